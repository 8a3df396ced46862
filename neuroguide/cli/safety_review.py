"""``neuroguide safety``: the questions, a decision, and the whole rule table, from the command line.

Exit codes: 0 when the answer was given, 2 when the request is incomplete or wrong (an unknown
routine or question, a value a question does not take, or a daily question left unanswered).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from neuroguide.core.safety import BY_ID, Answer, UnansweredError, decide, parse_typed
from neuroguide.core.safety.review import check_json, check_text, questions_json, rules_text
from neuroguide.core.sources import citation
from neuroguide.system.datadir import load_routine_library


def run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.safety_command == "questions":
        return _questions(args.json)
    if args.safety_command == "rules":
        print(rules_text(citation), end="")
        return 0
    return _check(data_dir, args.routine_id, args.answer, args.caregiver, args.json)


def _questions(as_json: bool) -> int:
    found = questions_json()
    if as_json:
        _print_json(found)
        return 0
    for question in found:
        print(f"{question['id']} ({question['kind']}; answers: {', '.join(question['answers'])})")
        print(f"  {question['text']}")
        print(f"  Caregiver: {question['text_caregiver']}")
    return 0


def _check(data_dir: Path, routine_id: str, typed: list[str], caregiver: bool, as_json: bool) -> int:
    routine = load_routine_library(data_dir).get(routine_id)
    if routine is None:
        return _fail(f"no routine {routine_id!r}; 'neuroguide routines' lists them")
    answers: dict[str, Answer] = {}
    for item in typed:
        key, equals, value = item.partition("=")
        question = BY_ID.get(key.strip())
        if not equals or question is None:
            return _fail(
                f"{item!r}: expected ID=VALUE with a question id; 'neuroguide safety questions' lists them"
            )
        try:
            answers[question.id] = parse_typed(question, value)
        except ValueError as error:
            return _fail(str(error))
    try:
        decision = decide(routine, answers, caregiver, require="daily")
    except UnansweredError as missing:
        names = ", ".join(missing.ids)
        return _fail(
            f"not answered: {names}. Every daily question needs an answer (--answer ID=VALUE); "
            "none is taken as no."
        )
    if as_json:
        _print_json(check_json(routine, answers, decision, caregiver))
    else:
        print(check_text(routine, decision, caregiver))
    return 0


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _fail(message: str) -> int:
    print(f"neuroguide safety: {message}", file=sys.stderr)
    return 2
