"""The session engine's clockwork: how one phase follows another at its deadline, with the cues due
on the way and the times every event carries. The commands a person gives are in core.session."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import replace

from neuroguide.core.clock import Clock
from neuroguide.core.routine import GROUP, PlannedStep, Routine
from neuroguide.core.session_events import (
    ACTIVE,
    OVER,
    Event,
    GetReady,
    Halfway,
    LastSeconds,
    Listener,
    Phase,
    PlacesLeftOut,
    QuestionAsked,
    SessionFinished,
    SessionResumed,
    StepFinished,
    StepStarted,
)

HALFWAY_CUE_MIN_SECONDS = 40  # shorter steps get no halfway cue
LAST_SECONDS = 10  # the "nearly done" cue comes this long before a step ends
LAST_SECONDS_CUE_MIN_SECONDS = 20


def asked_places(step: PlannedStep) -> tuple[str, ...]:
    """The places a check step asks about: the right and left of the limb it looks at."""
    group = GROUP[step.limb]
    return (f"right {group}", f"left {group}")


def renumbered(steps: Sequence[PlannedStep]) -> tuple[PlannedStep, ...]:
    """Steps numbered 1, 2, 3… in the order given, so 'step 3 of 8' counts what is done today."""
    return tuple(replace(step, number=index) for index, step in enumerate(steps, start=1))


class SessionMachine:
    """The state of a session and the moves between its phases. Events wait in the outbox; the
    engine's commands send them once the state they describe is complete."""

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        lead_in_seconds: float = 5.0,
        lead_in_every_step: bool = False,
        steps: Sequence[PlannedStep] | None = None,
        pace: float = 1.0,
        untimed: bool = False,
    ) -> None:
        """``steps`` leaves some of the routine's steps out (a side that must be spared today).
        ``pace`` stretches every step (1.5 gives half as long again); ``untimed`` runs no countdown at
        all: a step lasts until the person moves on."""
        self.routine = routine
        self.steps = routine.plan() if steps is None else renumbered(steps)
        self._clock = clock
        self._lead_in = max(0.0, lead_in_seconds)
        self._lead_in_every_step = lead_in_every_step
        self.pace = min(3.0, max(1.0, pace))
        self.untimed = untimed
        self._elapsed_at_step = 0.0  # active seconds when the current step's timer began
        self._listeners: list[Listener] = []
        self._outbox: deque[Event] = deque()
        self._delivering = False
        self._phase = Phase.READY
        self._paused_phase = Phase.RUNNING
        self._index = 0
        self._deadline = 0.0  # monotonic moment the current phase ends
        self._paused_left = 0.0  # what was left of the phase when paused
        self._length = 0.0  # the current step's length, with any time added
        self._stretch_start = 0.0  # monotonic start of the current unpaused stretch
        self._elapsed_before = 0.0  # active seconds before that stretch
        self._halfway_sent = False
        self._last_sent = False
        self._completed = 0

    def _emit(self, event: Event) -> None:
        self._outbox.append(event)

    def _resume(self) -> None:
        if self._phase is not Phase.PAUSED:
            return
        now = self._clock.monotonic()
        self._phase = self._paused_phase
        self._deadline = now + self._paused_left
        self._stretch_start = now
        self._emit(SessionResumed(step=self._step(), **self._times(now)))

    def _leave_out_later(self, places: frozenset[str], reason: str, now: float) -> None:
        done = self.steps[: self._index + 1]
        later = [step for step in self.steps[self._index + 1 :] if step.place not in places]
        self.steps = renumbered([*done, *later])
        self._emit(PlacesLeftOut(places=places, reason=reason, steps=self.steps, **self._times(now)))

    # -- the machine ----------------------------------------------------------------------------

    def _navigate(self) -> float | None:
        """Common start of next / back / repeat: a paused session goes on with the new step."""
        now = self._clock.monotonic()
        self._catch_up(now)
        if self._phase in OVER or self._phase is Phase.READY:
            return None
        if self._phase is Phase.PAUSED:
            self._resume()
        return now

    def _catch_up(self, now: float) -> None:
        while self._phase in ACTIVE:
            if self._phase is Phase.RUNNING:
                self._send_cues(now)
            if now < self._deadline:
                return
            boundary = self._deadline
            if self._phase is Phase.LEAD_IN:
                self._start_timer(boundary)
            else:
                self._finish_step(boundary, completed=True, seconds_done=self._length)
                if self._step().step.asks:
                    self._ask(boundary)
                else:
                    self._advance(boundary)

    def _send_cues(self, now: float) -> None:
        left = self._deadline - now
        if self._wants_halfway() and left <= self._length / 2:
            self._halfway_sent = True
            if left > 0:  # a cue for a step that is already over would only confuse
                self._emit(Halfway(step=self._step(), **self._times(now)))
        if self._wants_last_seconds() and left <= LAST_SECONDS:
            self._last_sent = True
            if left > 0:
                self._emit(LastSeconds(step=self._step(), seconds_left=math.ceil(left), **self._times(now)))

    def _wants_halfway(self) -> bool:
        return not self._halfway_sent and self._length >= HALFWAY_CUE_MIN_SECONDS

    def _wants_last_seconds(self) -> bool:
        return not self._last_sent and self._length >= LAST_SECONDS_CUE_MIN_SECONDS

    def _begin_step(self, at: float, lead_in: float, repeat: bool = False) -> None:
        self._length = self._seconds(self._step())
        self._halfway_sent = self._last_sent = False
        if lead_in > 0:
            self._phase = Phase.LEAD_IN
            self._deadline = at + lead_in
            self._emit(GetReady(step=self._step(), seconds=lead_in, **self._times(at)))
        else:
            self._start_timer(at, repeat)

    def _start_timer(self, at: float, repeat: bool = False) -> None:
        self._phase = Phase.RUNNING
        self._deadline = math.inf if self.untimed else at + self._length
        self._elapsed_at_step = self._elapsed(at)
        self._emit(StepStarted(step=self._step(), repeat=repeat, **self._times(at)))

    def _leave_step(self, now: float) -> None:
        """The person leaves the current step before its timer ran out."""
        if self.untimed and self._in_step():
            # no timer to run out: moving on is how an untimed step is done
            self._finish_step(now, completed=True, seconds_done=self._elapsed(now) - self._elapsed_at_step)
        elif self._phase is Phase.RUNNING:
            self._finish_step(now, completed=False, seconds_done=self._length - (self._deadline - now))
        elif self._phase is Phase.PAUSED and self._paused_phase is Phase.RUNNING:
            self._finish_step(now, completed=False, seconds_done=self._length - self._paused_left)

    def _ask(self, at: float) -> None:
        """Wait for the answer to the step's question; the wait is not counted as session time."""
        self._elapsed_before += at - self._stretch_start
        self._phase = Phase.ASKING
        step = self._step()
        self._emit(QuestionAsked(step=step, places=asked_places(step), **self._times(at)))

    def _finish_step(self, at: float, completed: bool, seconds_done: float) -> None:
        self._completed += completed
        self._emit(
            StepFinished(
                step=self._step(),
                completed=completed,
                seconds_done=max(0.0, seconds_done),
                **self._times(at),
            )
        )

    def _advance(self, at: float) -> None:
        self._index += 1
        if self._index >= len(self.steps):
            self._finish_session(at)
        else:
            self._begin_step(at, self._lead_in if self._lead_in_every_step else 0.0)

    def _finish_session(self, at: float) -> None:
        self._elapsed_before += at - self._stretch_start
        self._phase = Phase.FINISHED
        self._emit(
            SessionFinished(
                steps_completed=self._completed,
                steps_total=len(self.steps),
                elapsed=self._elapsed_before,
                remaining=0.0,
            )
        )

    def _step(self) -> PlannedStep:
        return self.steps[min(self._index, len(self.steps) - 1)]

    def _in_step(self) -> bool:
        """Past the reading time, in the step itself (paused or not)."""
        return self._phase is Phase.RUNNING or (
            self._phase is Phase.PAUSED and self._paused_phase is Phase.RUNNING
        )

    def _seconds(self, planned: PlannedStep) -> float:
        return planned.step.seconds * self.pace

    def _phase_left(self, now: float) -> float:
        if self.untimed and self._in_step():
            return self._length  # no countdown: the step's planned length, as a guide
        if self._phase in ACTIVE:
            return max(0.0, self._deadline - now)
        if self._phase is Phase.PAUSED:
            return self._paused_left
        return 0.0

    def _elapsed(self, now: float) -> float:
        if self._phase in ACTIVE:
            return self._elapsed_before + (now - self._stretch_start)
        return self._elapsed_before

    def _total_left(self, now: float) -> float:
        if self._phase in OVER:
            return 0.0
        lead_in = self._lead_in if self._lead_in_every_step else 0.0
        if self._phase is Phase.READY:
            steps = sum(self._seconds(planned) for planned in self.steps)
            return self._lead_in + steps + lead_in * max(0, len(self.steps) - 1)
        later = sum(self._seconds(planned) + lead_in for planned in self.steps[self._index + 1 :])
        in_lead_in = self._phase is Phase.LEAD_IN or (
            self._phase is Phase.PAUSED and self._paused_phase is Phase.LEAD_IN
        )
        current = self._phase_left(now) + (self._length if in_lead_in else 0.0)
        return current + later

    def _times(self, at: float) -> dict[str, float]:
        return {"elapsed": self._elapsed(at), "remaining": self._total_left(at)}
