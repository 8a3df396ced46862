"""Writes a session into the history as it happens: the session when it starts, each step as it ends
(``on_event``, on ``StepFinished``), how it ended, and the check-ins before and after it.

It listens to the session engine's events. Nothing it does can stop a session: if the history cannot
be written, the worker reports the problem and the person is told; the routine goes on. Each store
waits for a busy database (HistoryStore.write_patience); a write that still fails for a passing reason
(busy, full, read-only) is kept in memory, in order, and written before the next one.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime

from neuroguide.core.checkin import CheckIn
from neuroguide.core.clock import Clock
from neuroguide.core.outcome import stop_code
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import (
    Answered,
    Event,
    PlacesLeftOut,
    SessionFinished,
    SessionStopped,
    StepFinished,
)
from neuroguide.store.history import HistoryStore, StepRecord
from neuroguide.store.worker import HistoryWorker

Write = Callable[[HistoryStore, int], None]  # a write for the session, given its id


class SessionRecorder:
    def __init__(
        self,
        worker: HistoryWorker,
        routine: Routine,
        clock: Clock,
        performed_by: str = "",
        steps: tuple[PlannedStep, ...] | None = None,
    ) -> None:
        self._worker = worker
        self._clock = clock
        started = clock.now()
        steps = routine.plan() if steps is None else steps
        total = len(steps)
        self._start: Callable[[HistoryStore], int] = lambda store: store.start_session(
            routine.id, routine.title, started, routine.total_seconds, total, performed_by
        )
        self._id: int | None = None
        # Writes not yet in the file, oldest first: added here, taken off on the history thread only.
        self._pending: deque[Write] = deque()
        self.session_id: Future[int] = worker.call(self._begin)

    def _begin(self, store: HistoryStore) -> int:
        if self._id is None:
            self._id = self._start(store)
        return self._id

    @property
    def unwritten(self) -> int:
        """Writes kept in memory because the history could not take them yet."""
        return len(self._pending)

    def _write(self, write: Write) -> None:
        self._pending.append(write)
        self._worker.call(self._flush)

    def _flush(self, store: HistoryStore) -> None:
        if self._id is None:  # the session row met a lock before: it comes first now
            written: Future[int] = Future()
            written.set_result(self._begin(store))
            self.session_id = written
        session = self._begin(store)
        while self._pending:
            try:
                self._pending[0](store, session)
            except Exception as error:
                # busy, full or read-only for now: kept, and tried again with the next write; any
                # other failure can never succeed, and must not hold back the writes after it
                if not isinstance(error, sqlite3.OperationalError):
                    self._pending.popleft()
                raise
            self._pending.popleft()

    def on_event(self, event: Event) -> None:
        now = self._clock.now()
        if isinstance(event, StepFinished):
            step = StepRecord(
                position=event.step.number,
                step_key=event.step.key,
                title=event.step.title(),
                side=event.step.side,
                completed=event.completed,
                seconds_done=round(event.seconds_done, 3),
                finished_at=now.isoformat(),
            )
            self._write(lambda store, session: store.record_step(session, step))
        elif isinstance(event, Answered):
            found = event.found
            self._write(lambda store, session: store.record_found(session, found))
        elif isinstance(event, PlacesLeftOut):
            places, reason, total = event.places, event.reason, len(event.steps)
            self._write(lambda store, session: store.record_left_out(session, places, reason, total))
        elif isinstance(event, SessionFinished):
            self._write(lambda store, session: store.finish_session(session, "finished", now))
        elif isinstance(event, SessionStopped):
            reason, note = stop_code(event.reason)  # a code, never the words shown
            self._write(lambda store, session: store.finish_session(session, "stopped", now, reason, note))

    def save_checkin(self, checkin: CheckIn, at: datetime) -> None:
        """The scores before or after the session, written in turn with its steps."""
        self._write(lambda store, session: store.save_checkin(session, checkin, at))

    def set_performer(self, performed_by: str) -> None:
        """Who did the session, as the check-in after says ("" for the person alone)."""
        self._write(lambda store, session: store.set_performer(session, performed_by))
