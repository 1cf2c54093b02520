"""The one error type for bad user input.

A :class:`DiplokgError` is printed by the CLI as a single line
``PATH:LINE: message`` (or ``query:LINE:COL: message``) and exits with code 2.
"""

from __future__ import annotations

from pathlib import Path


class DiplokgError(Exception):
    """Bad input (a file, an annotation, a query): one line, exit code 2."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def location(self) -> str:
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class ValidationFailed(Exception):
    """The graph does not conform to the SHACL shapes (exit code 1, with a report)."""

    exit_code = 1

    def __init__(self, report: str) -> None:
        super().__init__("the graph does not conform to the SHACL shapes")
        self.report = report


class ExtractionFailed(Exception):
    """The extraction rules raised on a text: a bug in diplokg, not bad input (exit code 3).

    The CLI prints one line naming the article, the error and where in the rules it was
    raised; nothing has been written by then."""

    exit_code = 3

    def __init__(self, path: str | Path, error: BaseException) -> None:
        frame = error.__traceback__
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        where = (f" at {Path(frame.tb_frame.f_code.co_filename).name}:{frame.tb_lineno}"
                 if frame is not None else "")
        super().__init__(
            f"the extraction rules failed on this text ({type(error).__name__}{where}: "
            f"{error}); this is a bug in diplokg, please report it with the article; "
            "nothing was written")
        self.path = str(path)

    def __str__(self) -> str:
        return f"{self.path}: {self.args[0]}"
