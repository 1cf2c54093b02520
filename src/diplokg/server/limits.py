"""Answering queries in worker processes, with a time limit and a result-size limit.

Each worker process opens the store once and answers one request at a time. A
query that overruns its time limit gets its worker killed (``SIGKILL``) and
replaced in the background, so a slow query never blocks the server and the
engine need not be interruptible. Results are formatted in the worker, so the
server process only moves bytes.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from diplokg.sparql import JSON_RESULTS


class LimitExceeded(Exception):
    """A request was refused or stopped by a limit; carries the HTTP status and message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class StoreConfig:
    """How a worker opens its store."""

    spec: str = "memory"
    data: Path | None = None
    reason: bool = False
    writable: bool = False
    options: dict = field(default_factory=dict)


def _answer(store, request: dict) -> tuple:
    from diplokg.errors import DiplokgError
    from diplokg.server.protocol import render

    try:
        if request["op"] == "update":
            store.update(request["text"])
            return ("ok", "text/plain; charset=utf-8", b"update applied\n")
        # SELECT/ASK as JSON written by the store itself (Oxigraph), with no rdflib terms
        written = store.query_json(request["text"], origin="query") if (
            request["media_type"] == JSON_RESULTS) else None
        if written is not None:
            rows, body = written
            return _over_limit(rows, request) or ("ok", f"{JSON_RESULTS}; charset=utf-8", body)
        outcome = store.query(request["text"], origin="query")
        size = len(outcome.result.graph) if outcome.kind in ("CONSTRUCT", "DESCRIBE") else (
            0 if outcome.kind == "ASK" else len(outcome.rows()))
        if (refusal := _over_limit(size, request)) is not None:
            return refusal
        content_type, body = render(outcome, request["media_type"])
        return ("ok", content_type, body)
    except DiplokgError as exc:
        return ("error", 400, str(exc))
    except Exception as exc:  # an engine error is the query's, not the server's
        return ("error", 500, f"the query failed: {type(exc).__name__}: {exc}")


def _over_limit(size: int, request: dict) -> tuple | None:
    """The 413 answer to a result larger than the request's row limit, else None."""
    if size <= request["max_rows"]:
        return None
    return ("error", 413, f"the result has {size} rows, more than the limit of "
            f"{request['max_rows']} (--max-rows): add a LIMIT or narrow the query")


def worker_main(conn, config: StoreConfig) -> None:
    """A worker process: open the store, say ready, then answer requests until EOF."""
    from diplokg.stores import open_store

    try:
        store = open_store(config.spec, data=config.data, reason=config.reason,
                           writable=config.writable, **config.options)
    except Exception as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready",))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, request))


def queue_wait(timeout: float) -> float:
    """How long a request may wait for a free worker: the time limit, plus time to restart one.

    >>> queue_wait(3)
    23.0
    """
    return timeout + 20.0


class Worker:
    def __init__(self, context, config: StoreConfig) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, config), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError("a query worker did not start in time")
        message = self.conn.recv()
        if message[0] != "ready":
            self.kill()
            raise RuntimeError(f"a query worker could not open the store: {message[1]}")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """A fixed number of worker processes; :meth:`run` blocks until an answer or a limit."""

    def __init__(self, config: StoreConfig, size: int = 2, start_timeout: float = 120.0) -> None:
        self.config = config
        self.size = size
        self.start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._closed = False
        self.restarts = 0
        workers = [Worker(self._context, config) for _ in range(size)]
        for worker in workers:
            worker.wait_ready(start_timeout)
            self._idle.put(worker)

    def _replace(self) -> None:
        """Start a worker in the background; it joins the pool once it is ready."""

        def start() -> None:
            while not self._closed:
                try:
                    worker = Worker(self._context, self.config)
                    worker.wait_ready(self.start_timeout)
                except RuntimeError:
                    time.sleep(1)
                    continue
                self._idle.put(worker)
                return

        self.restarts += 1
        threading.Thread(target=start, daemon=True).start()

    def run(self, request: dict, timeout: float, cancel: threading.Event | None = None,
            ) -> tuple[str, bytes]:
        """Send a request to an idle worker; (content type, body), or LimitExceeded.

        The time limit counts from when a worker takes the query. Waiting for a free
        worker (while killed ones are replaced) is bounded separately, by
        ``queue_wait(timeout)``. Setting ``cancel`` (the client hung up) kills the
        worker at once.
        """
        wait = queue_wait(timeout)
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise LimitExceeded(503, f"the server is busy: no worker free within {wait:g} s; "
                                "retry later") from None
        deadline = time.monotonic() + timeout
        try:
            worker.conn.send(request)
            while not worker.conn.poll(0.05):
                stopped = cancel is not None and cancel.is_set()
                if stopped or time.monotonic() > deadline:
                    worker.kill()
                    self._replace()
                    worker = None
                    if stopped:
                        raise LimitExceeded(499, "the client closed the connection")
                    raise LimitExceeded(503, f"the query ran longer than the time limit of "
                                        f"{timeout:g} s (--timeout) and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError):
            if worker is not None:
                worker.kill()
            self._replace()
            worker = None
            raise LimitExceeded(500, "the query worker died; it has been replaced") from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if reply[0] == "error":
            raise LimitExceeded(reply[1], reply[2])
        return reply[1], reply[2]

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return
