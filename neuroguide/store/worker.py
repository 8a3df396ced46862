"""One thread for everything that touches the history file, so the window never waits for the disk.

Jobs run one at a time, in the order given, on the thread that opened the file (SQLite connections
belong to one thread). A job that fails reports its problem in plain words; the jobs after it still run.
Closing never waits: the file is closed after the jobs given before, and a history opened again on the
same folder (a person switched back to) starts only once that has happened. Before the process ends,
``wait_for_closing`` lets the last writes land.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from pathlib import Path
from typing import TypeVar

from neuroguide.store.database import FILE_NAME, HistoryError, OpenReport
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import cannot_write

T = TypeVar("T")
ProblemHandler = Callable[[str], None]
REOPEN_WAIT_SECONDS = 30.0  # a history opened again waits this long, at most, for its last close

_closing: dict[Path, Future[None]] = {}  # per folder, the latest close not yet finished
_closing_lock = threading.Lock()


def describe(error: BaseException) -> str:
    if isinstance(error, HistoryError):
        return str(error)
    if isinstance(error, sqlite3.OperationalError):
        text = str(error)
        if "readonly" in text or "read-only" in text:
            return "the data folder is read-only"
        if "disk is full" in text or "full" in text:
            return "the disk is full"
        return text
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return f"{type(error).__name__}: {error}"


class HistoryWorker:
    """The history of one folder, on one thread: its own, or the ``executor`` given (one thread)."""

    def __init__(
        self, data_dir: Path, on_problem: ProblemHandler | None = None, executor: Executor | None = None
    ) -> None:
        self.data_dir = data_dir
        self._on_problem = on_problem or (lambda message: None)
        self._owns_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
        self._store: HistoryStore | None = None
        self.problem = ""  # the last problem, empty while all is well
        self.closed: Future[None] | None = None  # once asked to close: done when the file is closed
        with _closing_lock:
            before = _closing.get(_key(data_dir))
        self.opened: Future[OpenReport] = self._executor.submit(self._open, before)

    def _open(self, before: Future[None] | None) -> OpenReport:
        if before is not None:  # the same folder, closed just now by another window: its writes first
            wait_for([before], REOPEN_WAIT_SECONDS)
        try:
            self._store = HistoryStore(self.data_dir)
        except HistoryError as error:
            self._report(error)
            if not self._writes_refused():
                raise
            # a read-only folder: the person is told nothing will be saved, and can still look back
            self._store = HistoryStore(self.data_dir, read_only=True)
        except Exception as error:
            self._report(error)
            raise
        return self._store.report

    def _writes_refused(self) -> bool:
        return any(cannot_write(place) for place in (self.data_dir, self.data_dir / FILE_NAME))

    def run(self, job: Callable[[HistoryStore], T]) -> T:
        """Run ``job`` with the store, here on the history thread; a failure is reported, then raised."""
        if self._store is None:
            raise HistoryError(
                "the history is closed" if self.closed else self.problem or "the history could not be opened"
            )
        try:
            return job(self._store)
        except Exception as error:
            self._report(error)
            raise

    def call(self, job: Callable[[HistoryStore], T]) -> Future[T]:
        """Run ``job`` with the store on the history thread; its future carries the result."""
        return self._executor.submit(self.run, job)

    def _report(self, error: BaseException) -> None:
        self.problem = describe(error)
        self._on_problem(self.problem)

    def close(self) -> Future[None]:
        """Close the file once every job given before has run; returns at once."""
        if self.closed is not None:
            return self.closed
        key = _key(self.data_dir)
        closed = self.closed = self._executor.submit(self._finish)
        with _closing_lock:
            _closing[key] = closed
        closed.add_done_callback(lambda done: _forget(key, done))
        if self._owns_executor:
            self._executor.shutdown(wait=False)  # the thread ends by itself once the file is closed
        return closed

    def _finish(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def wait_for_closing(timeout: float) -> bool:
    """Wait, at most ``timeout`` seconds, until every history closed in this process has written
    what it was given and closed its file; True when all have."""
    with _closing_lock:
        pending = list(_closing.values())
    _done, not_done = wait_for(pending, timeout)
    return not not_done


def _key(data_dir: Path) -> Path:
    return data_dir.resolve()


def _forget(key: Path, closed: Future[None]) -> None:
    with _closing_lock:
        if _closing.get(key) is closed:
            del _closing[key]
