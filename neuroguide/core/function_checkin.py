"""How daily life is going: a short, optional weekly check-in of function, as plain data.

Worsening function (buttons and small things, walking and balance, falls) is what leads a cancer team
to change a dose (ASCO 2020 CIPN guideline, recommendation 2.1), and what a foot clinic asks about, so
the answers are kept and shown in the history and the clinician's report. Every question may be left
unanswered; answers are stored as codes, the words are said here. Each scale goes from best to worst,
so "worse" is a higher step than the answer before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from neuroguide.core.contacts import Contact, Who, advice
from neuroguide.core.translation import tr_noop

SOURCES = ("asco-cipn-2020",)  # by key, from assets/sources.toml
EVERY_DAYS = 7  # offered at most once in this many days


@dataclass(frozen=True)
class Question:
    key: str
    words: str  # asked of the person
    caregiver_words: str  # asked of a caregiver, about the person
    topic: str  # a short name, for the history and the report
    answers: tuple[tuple[str, str], ...]  # (code, words), from best to worst

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.answers)

    def step(self, code: str) -> int | None:
        """How far down the scale an answer is (0 the best); None for an unknown code."""
        return self.codes.index(code) if code in self.codes else None

    def answer_words(self, code: str) -> str:
        return dict(self.answers).get(code, "")


_TROUBLE = (
    ("none", tr_noop("No trouble")),
    ("some", tr_noop("Some trouble")),
    ("a-lot", tr_noop("A lot of trouble")),
    ("cannot", tr_noop("Cannot do it")),
)

QUESTIONS: tuple[Question, ...] = (
    Question(
        "hands",
        tr_noop("This past week, how were buttons, zips and picking up small things?"),
        tr_noop("This past week, how were buttons, zips and picking up small things for them?"),
        tr_noop("Buttons and small things"),
        _TROUBLE,
    ),
    Question(
        "walking",
        tr_noop("This past week, how were walking and keeping your balance?"),
        tr_noop("This past week, how were walking and keeping their balance for them?"),
        tr_noop("Walking and balance"),
        _TROUBLE,
    ),
    Question(
        "falls",
        tr_noop("This past week, did you fall, or nearly fall?"),
        tr_noop("This past week, did they fall, or nearly fall?"),
        tr_noop("Falls"),
        (("none", tr_noop("No")), ("nearly", tr_noop("Nearly fell")), ("fell", tr_noop("Fell"))),
    ),
    Question(
        "sleep",
        tr_noop("This past week, did pain, tingling or numbness get in the way of sleep?"),
        tr_noop("This past week, did pain, tingling or numbness get in the way of their sleep?"),
        tr_noop("Sleep"),
        (
            ("none", tr_noop("Not at all")),
            ("some", tr_noop("Some nights")),
            ("a-lot", tr_noop("Most nights")),
            ("cannot", tr_noop("Hardly slept")),
        ),
    ),
)
BY_KEY = {question.key: question for question in QUESTIONS}
# In the dialog the fall answers are said as the one answering would say them: "I fell", or a caregiver's
# "They fell"; the history and the report keep the plain words above, whoever answered.
SAID = {
    ("falls", "nearly"): (tr_noop("I nearly fell"), tr_noop("They nearly fell")),
    ("falls", "fell"): (tr_noop("I fell"), tr_noop("They fell")),
}


@dataclass(frozen=True)
class FunctionCheckIn:
    """One week's answers: question key to answer code; a question left out was not answered."""

    recorded_at: datetime
    answers: Mapping[str, str] = field(default_factory=dict)
    answered_by: str = ""  # '' for the person, else the caregiver who answered

    def step(self, key: str) -> int | None:
        question = BY_KEY.get(key)
        code = self.answers.get(key)
        return question.step(code) if question is not None and code is not None else None

    @property
    def fell(self) -> bool:
        return self.answers.get("falls") == "fell"


def known_answers(answers: Mapping[str, str]) -> dict[str, str]:
    """Only answers to known questions with known codes, in the questions' order."""
    return {q.key: answers[q.key] for q in QUESTIONS if q.step(answers.get(q.key, "")) is not None}


def worse(previous: FunctionCheckIn | None, latest: FunctionCheckIn) -> list[str]:
    """The questions whose answer is at least one step worse than the one before (both answered)."""
    if previous is None:
        return []
    keys = []
    for question in QUESTIONS:
        before, now = previous.step(question.key), latest.step(question.key)
        if before is not None and now is not None and now > before:
            keys.append(question.key)
    return keys


def due(today: date, last_answered: date | None, last_offered: date | None) -> bool:
    """Offer the check-in: nothing answered, and nothing offered (answered or put off), in the last week."""
    recent = today - timedelta(days=EVERY_DAYS)
    return all(day is None or day <= recent for day in (last_answered, last_offered))


def contact_for(cause: str) -> Who:
    """During chemotherapy it is the cancer team who acts on a fall or a change; else the doctor."""
    return "helpline" if cause == "chemotherapy" else "doctor"


def fall_advice(
    code: str,
    cause: str = "",
    numbers: Mapping[str, str] | None = None,
    caregiver: bool = False,
    translate: Callable[[str], str] = str,
) -> list[str]:
    """Whom to tell about a fall or a near fall, and how soon (core/contacts.py's words); none for "No"."""
    if code not in ("nearly", "fell"):
        return []
    who = contact_for(cause)
    lines = [
        translate(
            tr_noop("Falls and near falls are worth telling your care team about, even without an injury.")
            if not caregiver
            else tr_noop(
                "Falls and near falls are worth telling their care team about, even without an injury."
            )
        ),
        # a helpline is for what cannot wait: the next appointment is with the doctor or the team
        advice(Contact("doctor", "next-appointment"), numbers, caregiver, translate),
    ]
    if code == "fell":
        lines.append(
            translate(
                tr_noop("If you were hurt in the fall:") if not caregiver else tr_noop("If they were hurt:")
            )
            + " "
            + advice(Contact(who, "now"), numbers, caregiver, translate)
        )
    return lines
