"""The session engine: a state machine over a routine's steps, on deadlines from an injected clock.

Every phase ends at a deadline on the monotonic clock, and the next phase starts at that deadline, not
at the moment the engine happened to be polled. A late poll therefore never shifts the rest of the
routine: a 15-minute routine ends on time. Nothing here waits or sleeps; the owner polls the engine
when ``seconds_to_next_change()`` says something is due, and listeners hear what happened.
"""

from __future__ import annotations

import enum
import logging
import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Concatenate, ParamSpec

from neuroguide.core.clock import Clock
from neuroguide.core.routine import GROUP, PlannedStep, Routine

log = logging.getLogger(__name__)

HALFWAY_CUE_MIN_SECONDS = 40  # shorter steps get no halfway cue
LAST_SECONDS = 10  # the "nearly done" cue comes this long before a step ends
LAST_SECONDS_CUE_MIN_SECONDS = 20
ADD_TIME_SECONDS = 30


class Phase(enum.Enum):
    READY = "ready"  # not started yet
    LEAD_IN = "lead-in"  # reading time before the step's timer starts
    RUNNING = "running"
    PAUSED = "paused"
    ASKING = "asking"  # a step has ended with a question; the session waits for its answer
    FINISHED = "finished"
    STOPPED = "stopped"


ACTIVE = (Phase.LEAD_IN, Phase.RUNNING)
OVER = (Phase.FINISHED, Phase.STOPPED)


@dataclass(frozen=True, kw_only=True)
class Event:
    elapsed: float  # active seconds so far; pauses do not count
    remaining: float  # seconds left in the whole session as planned now


@dataclass(frozen=True, kw_only=True)
class GetReady(Event):
    step: PlannedStep
    seconds: float


@dataclass(frozen=True, kw_only=True)
class StepStarted(Event):
    step: PlannedStep
    repeat: bool = False


@dataclass(frozen=True, kw_only=True)
class Halfway(Event):
    step: PlannedStep


@dataclass(frozen=True, kw_only=True)
class LastSeconds(Event):
    step: PlannedStep
    seconds_left: int


@dataclass(frozen=True, kw_only=True)
class TimeAdded(Event):
    step: PlannedStep
    seconds: float


@dataclass(frozen=True, kw_only=True)
class StepFinished(Event):
    step: PlannedStep
    completed: bool  # False when the person moved on, went back, repeated or stopped
    seconds_done: float


@dataclass(frozen=True, kw_only=True)
class QuestionAsked(Event):
    """A check step asks "Anything found?"; its answer names places from ``places`` (or none)."""

    step: PlannedStep
    places: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Answered(Event):
    step: PlannedStep
    found: frozenset[str]  # the places where something was found; empty when nothing was


@dataclass(frozen=True, kw_only=True)
class PlacesLeftOut(Event):
    """Places taken out of the rest of the session, and the steps that remain (renumbered)."""

    places: frozenset[str]
    reason: str  # "check": found at a check step; "person": the person chose to skip it
    steps: tuple[PlannedStep, ...]


@dataclass(frozen=True, kw_only=True)
class SessionPaused(Event):
    step: PlannedStep


@dataclass(frozen=True, kw_only=True)
class SessionResumed(Event):
    step: PlannedStep


@dataclass(frozen=True, kw_only=True)
class SessionFinished(Event):
    steps_completed: int
    steps_total: int


@dataclass(frozen=True, kw_only=True)
class SessionStopped(Event):
    steps_completed: int
    steps_total: int
    reason: str


@dataclass(frozen=True)
class Progress:
    """Where the session stands, for display."""

    phase: Phase
    step: PlannedStep | None
    step_count: int
    lead_in_left: float  # above 0 only while reading time runs (or is paused)
    step_left: float  # on the step's own timer; its full length during reading time
    step_length: float
    total_left: float
    elapsed: float
    steps_completed: int

    @property
    def paused(self) -> bool:
        return self.phase is Phase.PAUSED


Listener = Callable[[Event], None]


def asked_places(step: PlannedStep) -> tuple[str, ...]:
    """The places a check step asks about: the right and left of the limb it looks at."""
    group = GROUP[step.limb]
    return (f"right {group}", f"left {group}")


def renumbered(steps: Sequence[PlannedStep]) -> tuple[PlannedStep, ...]:
    """Steps numbered 1, 2, 3… in the order given, so 'step 3 of 8' counts what is done today."""
    return tuple(replace(step, number=index) for index, step in enumerate(steps, start=1))


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


class SessionEngine:
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

    # -- listening ------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        self._outbox.append(event)

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

    def _resume(self) -> None:
        if self._phase is not Phase.PAUSED:
            return
        now = self._clock.monotonic()
        self._phase = self._paused_phase
        self._deadline = now + self._paused_left
        self._stretch_start = now
        self._emit(SessionResumed(step=self._step(), **self._times(now)))

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
    def answer(self, found: frozenset[str]) -> None:
        """The answer to a check step's question: what it names is left out for the rest of the session."""
        if self._phase is not Phase.ASKING:
            return
        now = self._clock.monotonic()
        step = self._step()
        found = frozenset(found) & set(asked_places(step))
        self._stretch_start = now
        self._phase = Phase.RUNNING  # leaving the question; _advance starts what comes next
        self._emit(Answered(step=step, found=found, **self._times(now)))
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

    def _leave_out_later(self, places: frozenset[str], reason: str, now: float) -> None:
        done = self.steps[: self._index + 1]
        later = [step for step in self.steps[self._index + 1 :] if step.place not in places]
        self.steps = renumbered([*done, *later])
        self._emit(PlacesLeftOut(places=places, reason=reason, steps=self.steps, **self._times(now)))

    @_then_deliver
    def stop(self, reason: str = "") -> None:
        now = self._clock.monotonic()
        self._catch_up(now)
        if self._phase in OVER:
            return
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
