"""What the history holds, as read back: sessions with their steps and check-ins, and the person's
markers on the timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from neuroguide.core.checkin import SYMPTOMS, CheckIn
from neuroguide.core.counting import Why, why


@dataclass(frozen=True)
class StepRecord:
    position: int
    step_key: str
    title: str
    side: str | None
    completed: bool
    seconds_done: float
    finished_at: str


@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_id: str
    routine_title: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    stop_reason: str  # a code (core.outcome.StopReason), or "" when not stopped
    planned_seconds: int
    done_seconds: float
    steps_total: int
    performed_by: str
    steps_done: int = 0
    before: CheckIn | None = None
    after: CheckIn | None = None
    steps: tuple[StepRecord, ...] = field(default=())
    # The skin check's answer: "" when none was asked, "nothing", or the places where something was found.
    found: str = ""
    # Places left out during the session, each "place: why" ("check" or "person"), joined by "; ".
    left_out: str = ""
    stop_note: str = ""  # the words of a stop reason without a code of its own ("other")

    @property
    def day(self) -> date:
        return self.started_at.date()

    @property
    def why(self) -> Why:
        """Whether the session counts toward goals and runs of days, and why (core.counting)."""
        return why(self.status, self.steps_done, self.steps_total)

    @property
    def counts(self) -> bool:
        return self.why.counts

    @property
    def performer_words(self) -> str:
        return self.performed_by or "self"


@dataclass(frozen=True)
class Marker:
    id: int
    day: date
    label: str


def symptom_averages(records: list[SessionRecord]) -> dict[str, tuple[float | None, float | None]]:
    """Average before and after score per symptom over sessions that have both check-ins."""
    result: dict[str, tuple[float | None, float | None]] = {}
    for symptom in SYMPTOMS:
        befores, afters = [], []
        for record in records:
            if record.before is None or record.after is None:
                continue
            before, after = record.before.average(symptom), record.after.average(symptom)
            if before is not None and after is not None:
                befores.append(before)
                afters.append(after)
        result[symptom] = (
            sum(befores) / len(befores) if befores else None,
            sum(afters) / len(afters) if afters else None,
        )
    return result
