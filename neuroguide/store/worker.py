"""One thread for everything that touches the history file, so the window never waits for the disk.

Jobs run one at a time, in the order given, on the thread that opened the file (SQLite connections
belong to one thread). A job that fails reports its problem in plain words; the jobs after it still run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from neuroguide.store.database import FILE_NAME, HistoryError, OpenReport
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import cannot_write

T = TypeVar("T")
ProblemHandler = Callable[[str], None]


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
    def __init__(self, data_dir: Path, on_problem: ProblemHandler | None = None) -> None:
        self.data_dir = data_dir
        self._on_problem = on_problem or (lambda message: None)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
        self._store: HistoryStore | None = None
        self.problem = ""  # the last problem, empty while all is well
        self._closed = False
        self.opened: Future[OpenReport] = self._executor.submit(self._open)

    def _open(self) -> OpenReport:
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

    def call(self, job: Callable[[HistoryStore], T]) -> Future[T]:
        """Run ``job`` with the store on the history thread; its future carries the result."""

        def run() -> T:
            if self._store is None:
                raise HistoryError(self.problem or "the history could not be opened")
            try:
                return job(self._store)
            except Exception as error:
                self._report(error)
                raise

        return self._executor.submit(run)

    def _report(self, error: BaseException) -> None:
        self.problem = describe(error)
        self._on_problem(self.problem)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        def finish() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._executor.submit(finish)
        self._executor.shutdown(wait=True)
