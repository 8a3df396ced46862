"""Safety rules: a table of answer sets and the decisions they give, every rule with its sources."""

from __future__ import annotations

import pytest

from neuroguide.core.library import Library
from neuroguide.core.safety import (
    BY_ID,
    PLACES,
    QUESTIONS,
    RULES,
    decide,
    every_rule_has_a_source,
)

NONE: dict[str, object] = {}


FREE = (
    True,
    False,
    None,
    set(),
    False,
)  # may start, whole routine blocked, stop, places left out, light touch
LEFT_FOOT = frozenset({"left foot"})
BOTH_FEET = frozenset({"left foot", "right foot"})


@pytest.mark.parametrize(
    ("routine", "answers", "expected"),
    [
        ("foot-care", NONE, FREE),
        ("foot-care", {"open-skin": LEFT_FOOT}, (True, False, None, {"left foot"}, False)),
        ("foot-care", {"open-skin": BOTH_FEET}, (False, True, None, {"left foot", "right foot"}, False)),
        ("hand-relief", {"open-skin": LEFT_FOOT}, (True, False, None, {"left foot"}, False)),
        ("foot-care", {"red-hot-swollen": True}, (False, False, "foot-team", set(), False)),
        ("hand-relief", {"calf-pain": True, "red-hot-swollen": True}, (False, False, "urgent", set(), False)),
        ("hand-relief", {"fever": True}, (False, False, "chemo-helpline", set(), False)),
        ("swedish-strokes", {"clot-or-veins": True}, (False, True, None, set(), False)),
        ("foot-care", {"clot-or-veins": True}, FREE),
        ("foot-care", {"bleeding-risk": True}, (True, False, None, set(), True)),
        ("pressure-points", {"bleeding-risk": True}, (False, True, None, set(), True)),
        ("pressure-points", {"pregnant": True}, (False, True, None, set(), False)),
        ("foot-care", {"pregnant": True}, FREE),
        (
            "hand-relief",
            {"lymphoedema": frozenset({"right hand"})},
            (True, False, None, {"right hand"}, False),
        ),
        ("foot-care", {"diabetic-feet": True}, (True, False, None, set(), True)),
        ("foot-care", {"bone-or-surgery": True}, (True, False, None, set(), True)),
    ],
)
def test_answers_decide(
    shipped: Library, routine: str, answers: dict[str, object], expected: tuple[object, ...]
) -> None:
    decision = decide(shipped.get(routine), answers)  # type: ignore[arg-type]
    found = (
        decision.may_start,
        decision.blocked,
        decision.stop,
        set(decision.blocked_places),
        decision.light_touch,
    )
    assert found == expected
    if expected != FREE:
        # whatever changes is explained, with its sources
        assert decision.explanations and all(explanation.sources for explanation in decision.explanations)
    elif answers:
        assert decision.explanations == ()  # a rule about other routines says nothing here


def test_a_left_out_foot_skips_its_steps_and_keeps_the_rest(shipped: Library) -> None:
    routine = shipped.get("foot-care")
    assert routine is not None
    decision = decide(routine, {"open-skin": frozenset({"left foot"})})
    steps = decision.steps(routine)
    assert [step.side for step in steps] == [None] + ["right"] * 6 + [None]
    assert len(routine.plan()) - len(steps) == 6


def test_a_foot_left_out_leaves_out_that_leg_too(shipped: Library) -> None:
    routine = shipped.get("swedish-strokes")
    assert routine is not None
    steps = decide(routine, {"port-or-radiotherapy": frozenset({"right foot"})}).steps(routine)
    assert not any(step.side == "right" and step.limb in ("foot", "leg") for step in steps)
    assert any(step.side == "right" and step.limb == "arm" for step in steps)


def test_diabetes_with_open_skin_adds_the_foot_team_advice(shipped: Library) -> None:
    routine = shipped.get("foot-care")
    decision = decide(routine, {"open-skin": frozenset({"left foot"}), "diabetic-feet": True})  # type: ignore[arg-type]
    assert any("foot team" in explanation.text for explanation in decision.explanations)


def test_every_rule_and_question_has_sources_and_no_rule_is_orphaned() -> None:
    assert list(every_rule_has_a_source()) == []
    assert {rule.question for rule in RULES} <= set(BY_ID)
    assert {question.id for question in QUESTIONS} <= {rule.question for rule in RULES}
    assert {q.id for q in QUESTIONS if q.daily} == {"open-skin", "red-hot-swollen", "calf-pain", "fever"}
    assert PLACES == ("right foot", "left foot", "right hand", "left hand")


def test_the_wording_never_promises_a_cure() -> None:
    words = " ".join([rule.why for rule in RULES] + [q.text + q.text_caregiver for q in QUESTIONS]).lower()
    for claim in ("cure", "heal", "prevent neuropathy", "treats"):
        assert claim not in words
