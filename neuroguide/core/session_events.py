"""What a session is doing (its phase), what it tells its listeners (events), and where it stands
(progress): the session engine's vocabulary, shared by everyone who listens to it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from neuroguide.core.routine import PlannedStep


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
    urgent: bool = False  # what was found needs care now: the session stops for safety


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
