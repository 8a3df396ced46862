"""The window's link to the history thread: a typed wrapper over the history lane of ``Tasks``.

Every job runs on that one thread, in order; its caller hears on the GUI thread the result, or the error
it raised. A failing job is also reported by ``problem`` in plain words (the history's own trouble).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from neuroguide.app.tasks import Done, Tasks
from neuroguide.store.database import OpenReport
from neuroguide.store.history import HistoryStore
from neuroguide.store.worker import HistoryWorker

T = TypeVar("T")
LANE = "history"


class HistoryBridge(QObject):
    problem = Signal(str)  # history cannot be saved or read; in plain words
    opened = Signal(object)  # the OpenReport, once the file is open

    def __init__(self, data_dir: Path, parent: QObject | None = None, tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self._owns_tasks = tasks is None
        self.tasks = tasks or Tasks(self)
        # the recorder's writes (store/, no Qt) go to the worker directly: the same lane, the same thread
        self.worker = HistoryWorker(data_dir, self.problem.emit, self.tasks.lane(LANE))
        self.tasks.hear(self.worker.opened, self._on_opened)

    def _on_opened(self, done: Done[OpenReport]) -> None:
        if done.ok:
            self.opened.emit(done.result())

    def ask(
        self,
        job: Callable[[HistoryStore], T],
        then: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Run ``job`` on the history thread; on the GUI thread ``then`` gets its result, or ``failed``
        the error it raised (so the caller can say what went wrong, and finish what it began)."""

        def answer(done: Done[T]) -> None:
            if done.error is None:
                if then is not None:
                    then(done.result())
            elif failed is not None:
                failed(done.error)

        wants_answer = then is not None or failed is not None
        return self.tasks.run(lambda: self.worker.run(job), answer if wants_answer else None, LANE)

    @property
    def closed(self) -> Future[None] | None:
        """Once closing: done when the file is closed, every job given before it run."""
        return self.worker.closed

    def close(self) -> Future[None]:
        """Close the file after the jobs given before; returns at once (``wait_for_closing`` waits)."""
        closed = self.worker.close()
        if self._owns_tasks:
            self.tasks.shutdown(wait=False)
        return closed
