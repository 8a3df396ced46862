"""The window's link to the history thread: asks for work, hears back by Qt signal on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from neuroguide.store.history import HistoryStore
from neuroguide.store.worker import HistoryWorker


class HistoryBridge(QObject):
    problem = Signal(str)  # history cannot be saved or read; in plain words
    opened = Signal(object)  # the OpenReport, once the file is open
    _done = Signal(object, object)  # (callback, result), crossing from the history thread

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done.connect(self._on_done)
        self.worker = HistoryWorker(data_dir, self.problem.emit)  # emitted from the history thread: queued
        self.worker.opened.add_done_callback(self._on_opened)

    def _on_opened(self, future: Future[Any]) -> None:
        if future.exception() is None:
            self.opened.emit(future.result())

    def ask(
        self,
        job: Callable[[HistoryStore], Any],
        then: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        """Run ``job`` on the history thread; on the GUI thread ``then`` gets its result, or ``failed``
        the error it raised (so the caller can say what went wrong, and finish what it began)."""
        future = self.worker.call(job)

        def answer(done: Future[Any]) -> None:
            error = done.exception()
            if error is None and then is not None:
                self._done.emit(then, done.result())
            elif error is not None and failed is not None:
                self._done.emit(failed, error)

        future.add_done_callback(answer)
        return future

    def _on_done(self, then: Callable[[Any], None], result: Any) -> None:
        then(result)

    def close(self) -> None:
        self.worker.close()
