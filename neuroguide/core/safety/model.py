"""What the safety screening is made of: questions, the rules their answers trigger, and stop signs.

The tables themselves are in ``rules.py``; this module only says what a question, a rule and a stop
sign can hold, so that a nurse reading the tables knows what each field does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from neuroguide.core.contacts import Contact
from neuroguide.core.routine import Pressure, Routine, Technique

Kind = Literal["yes-no", "places"]
# A place is a hand with its arm, or a foot with its leg, on one side: what a rule can leave out.
PLACES = ("right foot", "left foot", "right hand", "left hand")
FEET = ("right foot", "left foot")
ELSEWHERE = "elsewhere"  # somewhere not a hand, arm, foot or leg (the spine, say): still counts as yes

Answer = bool | frozenset[str]  # yes or no, or the places named (none named is no)


def answered_yes(answer: Answer | None) -> bool:
    return bool(answer)


@dataclass(frozen=True)
class Question:
    id: str
    text: str  # asked of the person
    text_caregiver: str  # asked of a caregiver about the person
    kind: Kind
    daily: bool  # asked before every session; otherwise remembered, and shown with when it was answered
    sources: tuple[str, ...]  # keys of assets/sources.toml
    places: tuple[str, ...] = PLACES  # the places offered, for a "places" question
    asked_if: str = ""  # asked only when this other question was answered yes
    areas: tuple[str, ...] = ()  # asked only before routines that work on one of these areas
    routines: tuple[str, ...] = ()  # asked only before these routines

    def asked_for(self, routine: Routine, answers: Mapping[str, Answer]) -> bool:
        """Whether this question is asked before ``routine``, given the answers so far."""
        if self.routines and routine.id not in self.routines:
            return False
        if self.areas and not routine.areas & set(self.areas):
            return False
        return not self.asked_if or answered_yes(answers.get(self.asked_if))

    @property
    def values(self) -> tuple[str, ...]:
        """The answers it takes, as written on the command line and in JSON."""
        if self.kind == "yes-no":
            return ("yes", "no")
        return ("none", *(place.replace(" ", "-") for place in self.places))


@dataclass(frozen=True)
class Rule:
    """What a 'yes' to ``question`` does. Every effect is optional; a rule with none only informs."""

    id: str
    question: str
    message: str  # the plain explanation shown to the person
    sources: tuple[str, ...]
    also: str = ""  # applies only when this other question is also answered yes
    unless: str = ""  # does not apply when this other question is answered yes
    only_places: tuple[str, ...] = ()  # applies only when one of these places was named
    leave_out_named_places: bool = False  # the places named in the answer (each with its limb)
    leave_out_places: tuple[str, ...] = ()  # these places, whatever was named
    leave_out_techniques: tuple[Technique, ...] = ()
    leave_out_points: tuple[str, ...] = ()  # named acupressure points, such as "li4"
    pressure_cap: Pressure | None = None
    not_today: tuple[str, ...] = ()  # routines that are not for today
    no_massage: bool = False  # nothing at all today
    contact: Contact | None = None

    @property
    def changes_session(self) -> bool:
        return bool(
            self.leave_out_named_places
            or self.leave_out_places
            or self.leave_out_techniques
            or self.leave_out_points
            or self.pressure_cap
            or self.not_today
            or self.no_massage
        )


@dataclass(frozen=True)
class StopSign:
    """A sign to stop at once during a session, what to do, and whom to contact how soon."""

    sign: str
    action: str
    contact: Contact | None
    sources: tuple[str, ...]
