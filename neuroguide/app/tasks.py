"""One way to run work off the GUI thread and hear back on it: the caller gets the result or the error.

``Tasks.run(job, on_done)`` runs ``job`` on a named worker thread; ``on_done`` is later called on the GUI
thread with a :class:`Done` holding either the result or the exception, never neither, so a caller can
always finish what it began (close a progress note, say what went wrong). Jobs given the same lane run
one at a time, in order (the history file belongs to one thread); different lanes run side by side.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")
log = logging.getLogger("neuroguide.tasks")


@dataclass(frozen=True)
class Done(Generic[T]):
    """What became of a job: its result, or the error it raised."""

    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def result(self) -> T:
        """The job's result; raises the job's own error when it failed."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class Tasks(QObject):
    """The app's background task manager: one per window, shut down with it."""

    _finished = Signal(object, object)  # (on_done, Done), crossing from a worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued even from this thread: ``on_done`` never runs inside ``run``, when a job ends at once
        self._finished.connect(self._call_back, Qt.ConnectionType.QueuedConnection)
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._lock = threading.Lock()
        self._closed = False

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[Done[T]], None] | None = None,
        lane: str = "background",
    ) -> Future[T]:
        """Run ``job`` on ``lane``'s thread; ``on_done`` hears on the GUI thread how it went."""
        future = self._lane(lane).submit(job)
        if on_done is not None:
            future.add_done_callback(lambda finished: self._finished.emit(on_done, _outcome(finished)))
        return future

    def _lane(self, lane: str) -> ThreadPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the task manager is shut down")
            executor = self._lanes.get(lane)
            if executor is None:
                executor = self._lanes[lane] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=lane)
            return executor

    def _call_back(self, on_done: Callable[[Done[Any]], None], done: Done[Any]) -> None:
        on_done(done)

    def shutdown(self, wait: bool = True) -> None:
        """No new jobs; with ``wait``, the ones already given finish first (a save is never cut off)."""
        with self._lock:
            self._closed = True
            lanes, self._lanes = list(self._lanes.values()), {}
        for executor in lanes:
            executor.shutdown(wait=wait, cancel_futures=not wait)


def _outcome(future: Future[T]) -> Done[T]:
    if future.cancelled():
        return Done(error=RuntimeError("the task was cancelled"))
    error = future.exception()
    if error is not None:
        log.debug("background task failed: %r", error)
        return Done(error=error)
    return Done(value=future.result())
