"""Symptom check-ins: 0–10 scores for pain, tingling and numbness per limb, before and after a session.

After a session also the skin check, soreness, fatigue and a free note. Values are checked here, so a
score outside 0–10 never reaches the history, whether it comes from the window or from an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from neuroguide.core.routine import LIMB, Routine

SYMPTOMS = ("pain", "tingling", "numbness")
SKIN_FINDINGS = ("redness", "blister", "cut", "bruise", "swelling")  # none = no finding
Moment = Literal["before", "after"]


class CheckInError(ValueError):
    """A check-in value that cannot be recorded; the message says which and why."""


def limbs_for(routine: Routine) -> tuple[str, ...]:
    """The limbs a routine works on, as check-ins name them: 'right foot', 'left foot', …"""
    limbs: list[str] = []
    for planned in routine.plan():
        if planned.side is None:
            continue
        name = f"{planned.side} {planned.limb}"
        if name not in limbs:
            limbs.append(name)
    if not limbs:  # a routine with no sided steps still works on both sides of its area
        limb = LIMB[routine.area]
        limbs = [f"right {limb}", f"left {limb}"]
    return tuple(limbs)


@dataclass(frozen=True)
class CheckIn:
    moment: Moment
    scores: dict[tuple[str, str], int] = field(default_factory=dict)  # (limb, symptom) -> 0..10
    skin: tuple[str, ...] = ()  # findings from SKIN_FINDINGS; empty means none found
    soreness: bool = False
    fatigue: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if self.moment not in ("before", "after"):
            raise CheckInError(f"a check-in is 'before' or 'after', not {self.moment!r}")
        for (limb, symptom), value in self.scores.items():
            if symptom not in SYMPTOMS:
                raise CheckInError(f"unknown symptom {symptom!r} (expected one of: {', '.join(SYMPTOMS)})")
            if not limb.strip():
                raise CheckInError("a score needs the limb it is for")
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
                raise CheckInError(
                    f"{symptom} for the {limb}: expected a whole number from 0 to 10, got {value!r}"
                )
        for finding in self.skin:
            if finding not in SKIN_FINDINGS:
                raise CheckInError(f"unknown skin finding {finding!r} (expected: {', '.join(SKIN_FINDINGS)})")
        if self.moment == "before" and (self.skin or self.soreness or self.fatigue or self.note):
            raise CheckInError("skin findings, soreness, fatigue and notes belong to the check-in after")

    def average(self, symptom: str) -> float | None:
        values = [value for (_, name), value in self.scores.items() if name == symptom]
        return sum(values) / len(values) if values else None

    @property
    def adverse(self) -> bool:
        """Something a clinician should see: a skin finding, soreness or fatigue after the session."""
        return bool(self.skin) or self.soreness or self.fatigue
