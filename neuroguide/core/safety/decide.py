"""From answers to a decision: whether a routine may go ahead today, and what it leaves out.

A decision is one of go, not-today (this routine; another may still be fine) or no-massage (nothing
today, and whom to contact). Going ahead can still leave out places (a hand or foot with its limb),
techniques, named points and steps above a pressure cap. Every effect names the rule behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from neuroguide.core.contacts import Contact, most_urgent
from neuroguide.core.routine import PRESSURES, PlannedStep, Pressure, Routine
from neuroguide.core.safety.model import ELSEWHERE, Answer, Question, Rule, answered_yes
from neuroguide.core.safety.rules import QUESTIONS, RULES

Verdict = Literal["go", "not-today", "no-massage"]


class UnansweredError(ValueError):
    """Questions that must be answered before anything is decided; never taken as a 'no'."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__("not answered: " + ", ".join(ids))
        self.ids = ids


@dataclass(frozen=True)
class LeftOut:
    """A step of today's routine that will not be done, and the rule that leaves it out."""

    step: PlannedStep
    rule: str


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    rules: tuple[Rule, ...]  # the rules that applied, in table order
    places: frozenset[str]  # left out, each a hand or foot with its limb
    techniques: frozenset[str]
    points: frozenset[str]
    pressure_cap: Pressure | None
    contact: Contact | None  # the most urgent of the rules' contacts
    steps: tuple[PlannedStep, ...]  # what runs today, in order
    left_out: tuple[LeftOut, ...]

    @property
    def may_start(self) -> bool:
        return self.verdict == "go"

    @property
    def changes_anything(self) -> bool:
        return bool(self.rules) or self.verdict != "go"


def questions_for(routine: Routine, answers: Mapping[str, Answer]) -> list[Question]:
    """The questions asked before this routine, given the answers so far (some depend on others)."""
    return [question for question in QUESTIONS if question.asked_for(routine, answers)]


def unanswered(routine: Routine, answers: Mapping[str, Answer], daily_only: bool = False) -> list[str]:
    return [
        question.id
        for question in questions_for(routine, answers)
        if question.id not in answers and (question.daily or not daily_only)
    ]


def decide(
    routine: Routine,
    answers: Mapping[str, Answer],
    caregiver: bool = False,
    require: Literal["all", "daily"] = "all",
) -> Decision:
    """Apply every rule that applies to these answers. Questions asked for this routine that have no
    answer raise UnansweredError: every one when ``require`` is "all" (the screening), today's when it is
    "daily" (a check from the command line, where a remembered answer left out counts as not given)."""
    missing = unanswered(routine, answers, daily_only=require == "daily")
    if missing:
        raise UnansweredError(missing)
    asked = {question.id for question in questions_for(routine, answers)}
    applied = [rule for rule in RULES if rule.question in asked and _applies(rule, answers)]
    places = {place for rule in applied for place in _places_left_out(rule, answers)}
    techniques = {technique for rule in applied for technique in rule.leave_out_techniques}
    points = {point for rule in applied for point in rule.leave_out_points}
    caps = [rule.pressure_cap for rule in applied if rule.pressure_cap]
    cap = min(caps, key=PRESSURES.index) if caps else None

    kept: list[PlannedStep] = []
    left_out: list[LeftOut] = []
    for step in routine.plan():
        reason = _left_out_by(step, applied, answers, caregiver)
        if reason:
            left_out.append(LeftOut(step, reason))
        else:
            kept.append(step)
    # a rule matters to this routine when it changes it, or when it only informs
    relevant = tuple(
        rule
        for rule in applied
        if not rule.changes_session
        or rule.no_massage
        or routine.id in rule.not_today
        or rule.contact is not None
        or any(left.rule == rule.id for left in left_out)
        or rule.pressure_cap is not None
    )
    verdict: Verdict = "go"
    if any(rule.no_massage for rule in relevant):
        verdict = "no-massage"
    elif any(routine.id in rule.not_today for rule in relevant) or not _still_a_session(routine, kept):
        verdict = "not-today"
    contact = most_urgent([rule.contact for rule in relevant if rule.contact is not None])
    return Decision(
        verdict,
        relevant,
        frozenset(places),
        frozenset(techniques),
        frozenset(points),
        cap,
        contact,
        tuple(kept),
        tuple(left_out),
    )


def _still_a_session(routine: Routine, kept: list[PlannedStep]) -> bool:
    """A routine of touch left with only looking and resting is no session; a routine made for looking
    (the daily foot check) is one while any of its steps are left."""
    if not routine.touches:
        return bool(kept)
    return any(step.step.pressure != "none" for step in kept)


def _applies(rule: Rule, answers: Mapping[str, Answer]) -> bool:
    answer = answers.get(rule.question)
    if not answered_yes(answer):
        return False
    if rule.also and not answered_yes(answers.get(rule.also)):
        return False
    if rule.unless and answered_yes(answers.get(rule.unless)):
        return False
    return not rule.only_places or (isinstance(answer, frozenset) and bool(answer & set(rule.only_places)))


def _places_left_out(rule: Rule, answers: Mapping[str, Answer]) -> frozenset[str]:
    """The hands and feet (each with its limb) this rule leaves out: its own, and those named."""
    answer = answers.get(rule.question)
    named = answer - {ELSEWHERE} if rule.leave_out_named_places and isinstance(answer, frozenset) else set()
    return frozenset(rule.leave_out_places) | named


def _left_out_by(
    step: PlannedStep, applied: Iterable[Rule], answers: Mapping[str, Answer], caregiver: bool
) -> str:
    """The id of the first rule that leaves this step out, or "" when it stays."""
    for rule in applied:
        if step.place in _places_left_out(rule, answers):
            return rule.id
        if step.step.technique_for(caregiver) in rule.leave_out_techniques:
            return rule.id
        if set(step.step.points) & set(rule.leave_out_points):
            return rule.id
        if rule.pressure_cap and PRESSURES.index(step.step.pressure) > PRESSURES.index(rule.pressure_cap):
            return rule.id
    return ""
