"""Answers as they are kept and typed: the remembered ones with the day they were given, and the
``ID=VALUE`` form of the command line.

A remembered answer is used only when the person gave it: in the screening, or in the welcome (a
"diabetes" cause answers the diabetic-feet question). Nothing is ever filled in as "no".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from neuroguide.core.safety.model import Answer, Question
from neuroguide.core.safety.rules import QUESTIONS

BY_ID = {question.id: question for question in QUESTIONS}
Origin = Literal["asked", "welcome"]


@dataclass(frozen=True)
class Remembered:
    answer: Answer
    on: date | None  # None: given before the day was kept
    origin: Origin = "asked"


def standing_questions() -> list[Question]:
    return [question for question in QUESTIONS if not question.daily]


def daily_questions() -> list[Question]:
    return [question for question in QUESTIONS if question.daily]


def load_standing(kept: Mapping[str, object] | str, cause: str = "") -> dict[str, Remembered]:
    """The remembered answers, from the settings' object (or its JSON text); anything unreadable is
    simply asked again.

    ``cause`` is the welcome's answer to what caused the neuropathy.
    """
    try:
        raw = json.loads(kept) if isinstance(kept, str) and kept else kept or {}
    except (json.JSONDecodeError, RecursionError):
        raw = {}
    remembered: dict[str, Remembered] = {}
    for question in standing_questions():
        entry = raw.get(question.id) if isinstance(raw, dict) else None
        if isinstance(entry, dict):
            value, on = entry.get("answer"), _day(entry.get("on"))
        else:
            # the first format kept bare values, and every answer began as "no" whether asked or not:
            # only a "yes" there is known to be the person's own
            value, on = entry, None
            if not value:
                continue
        answer = parse_stored(question, value)
        if answer is not None:
            remembered[question.id] = Remembered(answer, on)
    if cause == "diabetes" and "diabetic-feet" not in remembered:
        remembered["diabetic-feet"] = Remembered(True, None, "welcome")
    return remembered


def answers_of(remembered: Mapping[str, Remembered]) -> dict[str, Answer]:
    return {key: entry.answer for key, entry in remembered.items()}


def dump_standing(
    answers: Mapping[str, Answer], today: date, before: Mapping[str, Remembered]
) -> dict[str, object]:
    """Keep the standing answers (the settings' object); one unchanged since last time keeps its day."""
    kept: dict[str, object] = {}
    for question in standing_questions():
        if question.id not in answers:
            continue
        answer = answers[question.id]
        earlier = before.get(question.id)
        on = earlier.on if earlier and earlier.answer == answer and earlier.origin == "asked" else today
        kept[question.id] = {
            "answer": sorted(answer) if isinstance(answer, frozenset) else answer,
            "on": on.isoformat() if on else None,
        }
    return kept


def parse_stored(question: Question, value: object) -> Answer | None:
    if question.kind == "places" and isinstance(value, list):
        return frozenset(place for place in value if place in question.places)
    if question.kind == "yes-no" and isinstance(value, bool):
        return value
    return None


def parse_typed(question: Question, value: str) -> Answer:
    """An answer as typed: yes or no, or places such as "left-foot,right-hand" ("none" for none)."""
    value = value.strip().lower()
    if question.kind == "yes-no":
        if value in ("yes", "no"):
            return value == "yes"
        raise ValueError(f"{question.id}: expected yes or no, got {value!r}")
    if value in ("none", "no"):
        return frozenset()
    # a leg is named with its foot, an arm with its hand ("left-leg" is "left-foot")
    words = (
        part.strip().replace("-", " ").replace(" leg", " foot").replace(" arm", " hand")
        for part in value.split(",")
    )
    places = frozenset(word for word in words if word)
    unknown = sorted(places - set(question.places))
    if unknown or not places:
        offered = ", ".join(question.values)
        raise ValueError(f"{question.id}: expected some of {offered}, got {value!r}")
    return places


def typed(answer: Answer) -> str:
    """The answer as the command line and JSON write it."""
    if isinstance(answer, frozenset):
        return ",".join(sorted(place.replace(" ", "-") for place in answer)) or "none"
    return "yes" if answer else "no"


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
