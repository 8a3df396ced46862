"""The session engine: a state machine over a routine's steps, on deadlines from an injected clock.

Every phase ends at a deadline on the monotonic clock, and the next phase starts at that deadline, not
at the moment the engine happened to be polled. A late poll therefore never shifts the rest of the
routine: a 15-minute routine ends on time. Nothing here waits or sleeps; the owner polls the engine
when ``seconds_to_next_change()`` says something is due, and listeners hear what happened.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Concatenate, ParamSpec

from neuroguide.core.routine import PlannedStep
from neuroguide.core.session_events import (
    ACTIVE,
    OVER,
    Answered,
    Event,
    GetReady,
    Halfway,
    LastSeconds,
    Listener,
    Phase,
    PlacesLeftOut,
    Progress,
    QuestionAsked,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStopped,
    StepFinished,
    StepStarted,
    TimeAdded,
)
from neuroguide.core.session_machine import (
    HALFWAY_CUE_MIN_SECONDS,
    LAST_SECONDS,
    LAST_SECONDS_CUE_MIN_SECONDS,
    SessionMachine,
    asked_places,
    renumbered,
)

__all__ = [
    "ACTIVE",
    "ADD_TIME_SECONDS",
    "HALFWAY_CUE_MIN_SECONDS",
    "LAST_SECONDS",
    "LAST_SECONDS_CUE_MIN_SECONDS",
    "OVER",
    "Answered",
    "Event",
    "GetReady",
    "Halfway",
    "LastSeconds",
    "Listener",
    "Phase",
    "PlacesLeftOut",
    "Progress",
    "QuestionAsked",
    "SessionEngine",
    "SessionFinished",
    "SessionPaused",
    "SessionResumed",
    "SessionStopped",
    "StepFinished",
    "StepStarted",
    "TimeAdded",
    "asked_places",
    "renumbered",
]

log = logging.getLogger(__name__)

ADD_TIME_SECONDS = 30
SAFETY_REASON = "safety"  # core.outcome.StopReason.SAFETY, which builds on this module


P = ParamSpec("P")


def _then_deliver(
    command: Callable[Concatenate[SessionEngine, P], None],
) -> Callable[Concatenate[SessionEngine, P], None]:
    """Public commands change the state first, then tell the listeners."""

    def run(self: SessionEngine, /, *args: P.args, **kwargs: P.kwargs) -> None:
        command(self, *args, **kwargs)
        self._deliver()

    run.__name__, run.__doc__ = command.__name__, command.__doc__
    return run


class SessionEngine(SessionMachine):
    """A session of one routine: the commands a person gives, and the listeners who hear of them."""

    # -- listening ------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _deliver(self) -> None:
        """Send queued events, once the state they describe is complete.

        A listener may call back into the engine (say, stop on a step's end); that command runs on a
        settled state, and its own events join the queue instead of nesting inside this loop.
        """
        if self._delivering:
            return
        self._delivering = True
        try:
            while self._outbox:
                event = self._outbox.popleft()
                for listener in list(self._listeners):
                    try:
                        listener(event)
                    except Exception:
                        # A failing listener (history that cannot be written) must not stop the session.
                        log.exception("a session listener failed on %s", type(event).__name__)
        finally:
            self._delivering = False

    # -- state ----------------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def current(self) -> PlannedStep | None:
        return self.steps[self._index] if self._index < len(self.steps) else None

    def progress(self) -> Progress:
        """A snapshot; reading it changes nothing (listeners may call it while an event is sent)."""
        now = self._clock.monotonic()
        phase_left = self._phase_left(now)
        in_lead_in = self._phase is Phase.LEAD_IN or (
            self._phase is Phase.PAUSED and self._paused_phase is Phase.LEAD_IN
        )
        step_left = self._length if in_lead_in else phase_left
        if self._phase is Phase.READY:
            step_left = self._seconds(self.steps[0]) if self.steps else 0.0
        return Progress(
            phase=self._phase,
            step=self.current if self._phase not in OVER else None,
            step_count=len(self.steps),
            lead_in_left=phase_left if in_lead_in else 0.0,
            step_left=max(0.0, step_left),
            step_length=self._length,
            total_left=self._total_left(now),
            elapsed=self._elapsed(now),
            steps_completed=self._completed,
        )

    def seconds_to_next_change(self) -> float | None:
        """How long until something is due: a phase end, a cue, or the countdown's next second."""
        if self._phase not in ACTIVE or (self.untimed and self._phase is Phase.RUNNING):
            return None
        left = self._deadline - self._clock.monotonic()
        due = [left, left - (math.ceil(left) - 1)]
        if self._phase is Phase.RUNNING:
            if self._wants_halfway():
                due.append(left - self._length / 2)
            if self._wants_last_seconds():
                due.append(left - LAST_SECONDS)
        return max(0.0, min(due))

    @_then_deliver
    def poll(self) -> None:
        """Bring the session up to the present: end phases whose deadline passed, send due cues."""
        self._catch_up(self._clock.monotonic())

    # -- commands -------------------------------------------------------------------------------

    @_then_deliver
    def start(self) -> None:
        if self._phase is not Phase.READY:
            return
        now = self._clock.monotonic()
        self._stretch_start = now
        if not self.steps:
            self._finish_session(now)
            return
        self._begin_step(now, self._lead_in)

    @_then_deliver
    def pause(self) -> None:
        now = self._clock.monotonic()
        self._catch_up(now)
        if self._phase not in ACTIVE:
            return
        self._paused_phase = self._phase
        self._paused_left = self._deadline - now
        self._elapsed_before += now - self._stretch_start
        self._phase = Phase.PAUSED
        self._emit(SessionPaused(step=self._step(), **self._times(now)))

    @_then_deliver
    def resume(self) -> None:
        self._resume()

    def toggle_pause(self) -> None:
        if self._phase is Phase.PAUSED:
            self.resume()
        else:
            self.pause()

    @_then_deliver
    def next(self) -> None:
        """Move on: during reading time, start the step's timer now; otherwise go to the next step.
        A step that asks a question goes to its question; the question itself waits for an answer."""
        now = self._navigate()
        if now is None or self._phase is Phase.ASKING:
            return
        if self._phase is Phase.LEAD_IN:
            self._start_timer(now)
            return
        if self._step().step.asks:
            # moving on from a check means the looking is done: it counts, and its question follows
            self._finish_step(now, completed=True, seconds_done=self._elapsed(now) - self._elapsed_at_step)
            self._ask(now)
            return
        self._leave_step(now)
        self._advance(now)

    @_then_deliver
    def back(self) -> None:
        if self._index == 0 and self._phase is Phase.LEAD_IN:
            return  # nothing before the first step, and its reading time is still running
        now = self._navigate()
        if now is None:
            return
        if self._phase is Phase.ASKING:
            self._stretch_start = now
            self._begin_step(now, 0.0)  # back to the check the question is about
            return
        self._leave_step(now)
        self._index = max(0, self._index - 1)
        self._begin_step(now, 0.0)

    @_then_deliver
    def repeat(self) -> None:
        now = self._navigate()
        if now is None or self._phase is Phase.ASKING:
            return
        self._leave_step(now)
        self._begin_step(now, 0.0, repeat=True)

    @_then_deliver
    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> None:
        now = self._clock.monotonic()
        self._catch_up(now)
        if self._phase in (*OVER, Phase.READY, Phase.ASKING) or seconds <= 0:
            return
        self._length += seconds
        if self._phase is Phase.RUNNING:
            self._deadline += seconds
        elif self._phase is Phase.PAUSED and self._paused_phase is Phase.RUNNING:
            self._paused_left += seconds
        if self._phase_left(now) > LAST_SECONDS:
            self._last_sent = False
        self._emit(TimeAdded(step=self._step(), seconds=seconds, **self._times(now)))

    @_then_deliver
    def answer(self, found: frozenset[str], urgent: bool = False) -> None:
        """The answer to a check step's question: what it names is left out for the rest of the session.
        ``urgent``: what was found needs care now (a hot, red or swollen foot): the session stops for
        safety, and the stop signs say whom to call."""
        if self._phase is not Phase.ASKING:
            return
        now = self._clock.monotonic()
        step = self._step()
        found = frozenset(found) & set(asked_places(step))
        self._emit(Answered(step=step, found=found, urgent=urgent, **self._times(now)))
        if urgent:
            self._stop_now(now, SAFETY_REASON)  # from the question: no step is under way
            return
        self._stretch_start = now
        self._phase = Phase.RUNNING  # leaving the question; _advance starts what comes next
        if found:
            self._leave_out_later(found, "check", now)
        self._advance(now)

    @_then_deliver
    def leave_out_current_place(self) -> None:
        """Skip this side today: the current step's hand or foot, with its limb, for the rest of today."""
        now = self._navigate()
        if now is None or self._phase is Phase.ASKING:
            return
        place = self._step().place
        if place is None:
            return
        self._leave_step(now)
        self._leave_out_later(frozenset({place}), "person", now)
        self._advance(now)

    @_then_deliver
    def stop(self, reason: str = "") -> None:
        now = self._clock.monotonic()
        self._catch_up(now)
        if self._phase in OVER:
            return
        self._stop_now(now, reason)

    def _stop_now(self, now: float, reason: str) -> None:
        if self._phase not in (Phase.READY, Phase.ASKING):
            self._leave_step(now)
            if self._phase is not Phase.PAUSED:
                self._elapsed_before += now - self._stretch_start
        self._phase = Phase.STOPPED
        self._emit(
            SessionStopped(
                steps_completed=self._completed,
                steps_total=len(self.steps),
                reason=reason,
                elapsed=self._elapsed_before,
                remaining=0.0,
            )
        )
