"""Safety screening: the questions asked before a session, the rules that turn answers into what may be
done today, and the stop signs shown during one (the clinical brief, sections 0, 2 and 3).

model: what a question, rule and stop sign hold; rules: the tables; decide: answers to a decision;
answers: remembered and typed answers.
"""

from neuroguide.core.safety.answers import (
    BY_ID,
    Remembered,
    answers_of,
    daily_questions,
    dump_standing,
    load_standing,
    parse_typed,
    standing_questions,
    typed,
)
from neuroguide.core.safety.decide import Decision, LeftOut, UnansweredError, Verdict, decide, questions_for
from neuroguide.core.safety.model import (
    ELSEWHERE,
    FEET,
    PLACES,
    Answer,
    Question,
    Rule,
    StopSign,
    answered_yes,
)
from neuroguide.core.safety.rules import QUESTIONS, RULES
from neuroguide.core.safety.stop_signs import STOP_SIGNS

__all__ = [
    "BY_ID",
    "ELSEWHERE",
    "FEET",
    "PLACES",
    "QUESTIONS",
    "RULES",
    "STOP_SIGNS",
    "Answer",
    "Decision",
    "LeftOut",
    "Question",
    "Remembered",
    "Rule",
    "StopSign",
    "UnansweredError",
    "Verdict",
    "answered_yes",
    "answers_of",
    "daily_questions",
    "decide",
    "dump_standing",
    "load_standing",
    "parse_typed",
    "questions_for",
    "standing_questions",
    "typed",
]
