"""One way to run work off the GUI thread and hear back on it: the caller gets the result or the error.

``Tasks.run(job, on_done)`` runs ``job`` on a named worker thread; ``on_done`` is later called on the GUI
thread with a :class:`Done` holding either the result or the exception, never neither, so a caller can
always finish what it began (close a progress note, say what went wrong). Jobs given the same lane run
one at a time, in order (the history file belongs to one thread); different lanes run side by side.
A job once given is never cancelled: shutting down refuses new jobs and lets the queued ones finish,
but answers nobody any more (its owner, a person's window, is closing and its widgets are going).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
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


class ShutDownError(RuntimeError):
    """A job given after the task manager was shut down (the window closing): it never ran."""


class Tasks(QObject):
    """The app's background task manager: one per owner (the history has its own), shut down with it."""

    _finished = Signal(int, object)  # (which caller, Done), crossing from a worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued even from the GUI thread: an answer never arrives inside the call that asked
        self._finished.connect(self._call_back, Qt.ConnectionType.QueuedConnection)
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._last: list[Future[None]] = []  # one a lane, given when shutting down: done, the lane is
        # The callers waiting to hear, held here on the GUI thread: a worker thread never holds one, so
        # the last reference to a caller (and the widgets it may own) is never let go on a worker thread,
        # where Qt must not delete widgets.
        self._waiting: dict[int, Callable[[Done[Any]], None]] = {}
        self._keys = itertools.count()

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[Done[T]], None] | None = None,
        lane: str = "background",
    ) -> Future[T]:
        """Run ``job`` on ``lane``'s thread; ``on_done`` hears on the GUI thread how it went."""
        try:
            future = self.lane(lane).submit(job)
        except RuntimeError:  # shut down meanwhile: the caller still hears, and nothing is raised here
            future = Future()
            future.set_exception(ShutDownError(f"{lane}: no new work after closing"))
        if on_done is not None:
            self.hear(future, on_done)
        return future

    def hear(self, future: Future[T], on_done: Callable[[Done[T]], None]) -> None:
        """Call ``on_done`` on the GUI thread once ``future`` (from any thread) is done."""

        key = next(self._keys)
        self._waiting[key] = on_done

        def finished(done: Future[T]) -> None:
            try:
                self._finished.emit(key, _outcome(done))
            except RuntimeError:  # the owner is gone (a person's window deleted): nobody to tell
                log.debug("a background task finished after its owner was deleted")

        future.add_done_callback(finished)

    def lane(self, name: str) -> Executor:
        """The one thread of ``name``: jobs given to it run one at a time, in the order given."""
        with self._lock:
            if self._closed:
                raise ShutDownError("the task manager is shut down")
            executor = self._lanes.get(name)
            if executor is None:
                executor = self._lanes[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
            return executor

    def _call_back(self, key: int, done: Done[Any]) -> None:
        on_done = self._waiting.pop(key, None)
        if on_done is not None and not self._closed:
            on_done(done)

    def shutdown(self, wait: bool = True, timeout: float | None = None) -> bool:
        """No new jobs; the ones already given still run (a save is never cut off). With ``wait``,
        wait for them, at most ``timeout`` seconds; True when every one has finished."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._waiting.clear()  # nobody is answered any more: let them go now, on this thread
                for executor in self._lanes.values():
                    self._last.append(executor.submit(_nothing))  # each lane runs in order
                    executor.shutdown(wait=False)  # its thread ends by itself once its queue is empty
            last = list(self._last)
        if not wait:
            return all(future.done() for future in last)
        _done, not_done = wait_for(last, timeout)
        return not not_done


def _nothing() -> None:
    return None


def _outcome(future: Future[T]) -> Done[T]:
    if future.cancelled():
        return Done(error=ShutDownError("the task was cancelled"))
    error = future.exception()
    if error is not None:
        log.debug("background task failed: %r", error)
        return Done(error=error)
    return Done(value=future.result())
