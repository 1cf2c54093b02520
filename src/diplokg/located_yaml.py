"""YAML that remembers where each value came from.

Annotation files are written by people; an error in one must name the file and
line. :func:`load_yaml` returns plain dicts, lists and strings that also carry
``.path`` and ``.line`` (1-based). Every scalar is a string (no YAML 1.1
surprises: ``2025-04-11`` is not turned into a date, ``no`` is not False);
callers convert and check values themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from diplokg.errors import DiplokgError


class LocatedStr(str):
    path: str
    line: int


class LocatedDict(dict):
    path: str
    line: int

    def key_line(self, key: str) -> int:
        return self._key_lines.get(key, self.line)  # type: ignore[attr-defined]


class LocatedList(list):
    path: str
    line: int

    def item_line(self, index: int) -> int:
        return self._item_lines[index]  # type: ignore[attr-defined]


def _build(node: yaml.Node, path: str) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        value = LocatedStr(node.value)
        value.path, value.line = path, line
        return value
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList(_build(child, path) for child in node.value)
        items.path, items.line = path, line
        items._item_lines = [child.start_mark.line + 1 for child in node.value]  # type: ignore[attr-defined]
        return items
    if isinstance(node, yaml.MappingNode):
        mapping = LocatedDict()
        mapping.path, mapping.line = path, line
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise DiplokgError("a mapping key must be a plain word", path=path, line=key_line)
            key = key_node.value
            if key in mapping:
                raise DiplokgError(
                    f"duplicate key {key!r} (first at line {key_lines[key]})",
                    path=path,
                    line=key_line,
                )
            mapping[key] = _build(value_node, path)
            key_lines[key] = key_line
        mapping._key_lines = key_lines  # type: ignore[attr-defined]
        return mapping
    raise DiplokgError(
        f"unsupported YAML node {node.tag}", path=path, line=line
    )  # pragma: no cover


def load_yaml(path: str | Path) -> Any:
    """Read one YAML document; raise :class:`DiplokgError` naming file and line on any fault."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DiplokgError("no such file", path=path) from None
    except UnicodeDecodeError as exc:
        raise DiplokgError(f"not UTF-8 text (byte {exc.start})", path=path) from None
    except OSError as exc:
        raise DiplokgError(exc.strerror or str(exc), path=path) from None
    try:
        node = yaml.compose(text, Loader=yaml.BaseLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise DiplokgError(f"malformed YAML: {problem}", path=path, line=line) from None
    except yaml.YAMLError as exc:  # pragma: no cover - other reader errors
        raise DiplokgError(f"malformed YAML: {exc}", path=path) from None
    if node is None:
        raise DiplokgError("the file is empty", path=path, line=1)
    return _build(node, str(path))
