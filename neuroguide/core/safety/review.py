"""The safety tables and decisions as a clinician reads them: JSON objects (a documented interface, see
the README) and plain text for printing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from neuroguide.core.contacts import advice
from neuroguide.core.routine import Routine
from neuroguide.core.safety.answers import typed
from neuroguide.core.safety.decide import Decision, questions_for
from neuroguide.core.safety.model import Answer, Question, Rule
from neuroguide.core.safety.rules import QUESTIONS, RULES
from neuroguide.core.safety.stop_signs import STOP_SIGNS

Describe = Callable[[str], str]  # a source key to the words a reader needs (title, publisher, link)


def question_json(question: Question) -> dict[str, Any]:
    found: dict[str, Any] = {
        "id": question.id,
        "text": question.text,
        "text_caregiver": question.text_caregiver,
        "kind": "daily" if question.daily else "standing",
        "answers": list(question.values),
        "sources": list(question.sources),
    }
    if question.asked_if:
        found["asked_if"] = question.asked_if
    if question.areas:
        found["areas"] = list(question.areas)
    if question.routines:
        found["routines"] = list(question.routines)
    return found


def questions_json() -> list[dict[str, Any]]:
    return [question_json(question) for question in QUESTIONS]


def check_json(
    routine: Routine, answers: Mapping[str, Answer], decision: Decision, caregiver: bool
) -> dict[str, Any]:
    contact = decision.contact
    not_given = [question.id for question in questions_for(routine, answers) if question.id not in answers]
    return {
        "routine": routine.id,
        "caregiver": caregiver,
        "answers": {key: typed(value) for key, value in answers.items()},
        "decision": decision.verdict,
        "left_out": {
            "places": sorted(place.replace(" ", "-") for place in decision.places),
            "steps": [left.step.key for left in decision.left_out],
            "techniques": sorted(decision.techniques),
            "points": sorted(decision.points),
        },
        "pressure_cap": decision.pressure_cap,
        "contact": (
            {"who": contact.who, "when": contact.when, "advice": advice(contact, caregiver=caregiver)}
            if contact
            else None
        ),
        "rules": [
            {"id": rule.id, "message": rule.message, "sources": list(rule.sources)} for rule in decision.rules
        ],
        "not_given": not_given,  # remembered questions left out of the check: nothing is assumed for them
    }


VERDICT_WORDS = {
    "go": "Go ahead",
    "not-today": "Not today: this routine is not for today",
    "no-massage": "No massage today",
}


def check_text(routine: Routine, decision: Decision, caregiver: bool) -> str:
    lines = [f"{routine.title} ({routine.id}): {VERDICT_WORDS[decision.verdict]}"]
    if decision.left_out and decision.verdict != "no-massage":
        lines.append("Left out:")
        lines += [
            f"  - {left.step.key}: {left.step.title()} (rule {left.rule})" for left in decision.left_out
        ]
    if decision.pressure_cap:
        lines.append(f"Pressure: at most {decision.pressure_cap}")
    if decision.contact:
        lines.append(f"Contact: {advice(decision.contact, caregiver=caregiver)}")
    for rule in decision.rules:
        lines.append(f"Rule {rule.id}: {rule.message} [{', '.join(rule.sources)}]")
    return "\n".join(lines)


def rule_effects(rule: Rule) -> list[str]:
    effects = []
    if rule.no_massage:
        effects.append("no massage today")
    if rule.not_today:
        effects.append("not today: " + ", ".join(rule.not_today))
    if rule.leave_out_named_places:
        effects.append("leaves out the places named")
    if rule.leave_out_places:
        effects.append("leaves out " + ", ".join(rule.leave_out_places))
    if rule.leave_out_techniques:
        effects.append("leaves out " + ", ".join(rule.leave_out_techniques))
    if rule.leave_out_points:
        effects.append("leaves out the points " + ", ".join(rule.leave_out_points))
    if rule.pressure_cap:
        effects.append(f"pressure at most {rule.pressure_cap}")
    if rule.contact:
        effects.append(
            f"contact ({rule.contact.who}, {rule.contact.when}): {advice(rule.contact).rstrip('.')}"
        )
    return effects or ["informs only"]


def rules_text(describe: Describe) -> str:
    """The whole table, questions then rules then stop signs, each with its sources, for printing."""
    by_id = {question.id: question for question in QUESTIONS}
    out = ["NeuroGuide safety rules", "", "QUESTIONS"]
    for question in QUESTIONS:
        when = "every session" if question.daily else "remembered"
        extra = f"; only when {question.asked_if} is yes" if question.asked_if else ""
        extra += f"; only before routines on {', '.join(question.areas)}" if question.areas else ""
        extra += f"; only before {', '.join(question.routines)}" if question.routines else ""
        out += [f"{question.id} ({when}{extra}; answers: {', '.join(question.values)})", f"  {question.text}"]
    out += ["", "RULES"]
    for rule in RULES:
        condition = f"{rule.question} is yes" + (f" and {rule.also} is yes" if rule.also else "")
        condition += f", unless {rule.unless} is yes" if rule.unless else ""
        condition += f", for {', '.join(rule.only_places)}" if rule.only_places else ""
        out += [
            f"{rule.id}: when {condition} ({by_id[rule.question].text})",
            f"  Does: {'; '.join(rule_effects(rule))}.",
            f"  Says: {rule.message}",
            f"  Sources: {'; '.join(describe(key) for key in rule.sources)}",
        ]
    out += ["", "STOP SIGNS (shown during every session)"]
    for sign in STOP_SIGNS:
        contact = f" Contact ({sign.contact.who}, {sign.contact.when})." if sign.contact else ""
        out += [
            f"- {sign.sign}",
            f"  {sign.action}{contact}",
            f"  Sources: {'; '.join(describe(key) for key in sign.sources)}",
        ]
    return "\n".join(out) + "\n"
