"""Writes a session into the history as it happens: the session when it starts, each step as it ends.

It listens to the session engine's events. Nothing it does can stop a session: if the history cannot
be written, the worker reports the problem and the person is told; the routine goes on.
"""

from __future__ import annotations

from concurrent.futures import Future

from neuroguide.core.clock import Clock
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import (
    Answered,
    Event,
    PlacesLeftOut,
    SessionFinished,
    SessionStopped,
    StepFinished,
)
from neuroguide.store.history import StepRecord
from neuroguide.store.worker import HistoryWorker


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
        self.session_id: Future[int] = worker.call(
            lambda store: store.start_session(
                routine.id, routine.title, started, routine.total_seconds, len(steps), performed_by
            )
        )

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
            self._worker.call(lambda store: store.record_step(self.session_id.result(), step))
        elif isinstance(event, Answered):
            found = event.found
            self._worker.call(lambda store: store.record_found(self.session_id.result(), found))
        elif isinstance(event, PlacesLeftOut):
            places, reason, total = event.places, event.reason, len(event.steps)
            self._worker.call(
                lambda store: store.record_left_out(self.session_id.result(), places, reason, total)
            )
        elif isinstance(event, SessionFinished):
            self._worker.call(lambda store: store.finish_session(self.session_id.result(), "finished", now))
        elif isinstance(event, SessionStopped):
            reason = event.reason
            self._worker.call(
                lambda store: store.finish_session(self.session_id.result(), "stopped", now, reason)
            )
