"""Safety rules: a table of scenarios (answers, a routine, the decision a nurse expects), each checked in
the core and through `neuroguide safety check`, the way a clinician reviewing the rules runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from neuroguide.cli import main
from neuroguide.core.about_me import ANSWER_NOTES
from neuroguide.core.library import Library
from neuroguide.core.routine import Routine
from neuroguide.core.safety import (
    BY_ID,
    QUESTIONS,
    RULES,
    STOP_SIGNS,
    UnansweredError,
    decide,
    parse_typed,
    questions_for,
)
from neuroguide.core.sources import shipped_sources

FOOT = ("lotion", "lotion-sole", "top-glides", "sole-circles", "toes", "ankle-circles", "closing-glides")
HAND = ("lotion", "palm-circles", "back-glides", "fingers", "web-pinch", "closing-glides")
POINTS = ("settle", "ball", "arch", "heel", "closing")
LEG = ("leg-glides", "leg-kneading", "foot-friction", "sole-friction", "leg-closing")
ARM = ("arm-glides", "arm-kneading", "hand-glides", "arm-closing")


def on(side: str, *steps: str) -> set[str]:
    return {f"{step}@{side}" for step in steps}


@dataclass(frozen=True)
class Scenario:
    name: str
    routine: str
    answers: dict[str, str]  # as typed; every other question asked is answered no (or none)
    decision: str = "go"
    left_out: set[str] = field(default_factory=set)  # step keys
    contact: tuple[str, str] | None = None
    cap: str | None = None
    rules: set[str] = field(default_factory=set)  # rules that must be among those given
    caregiver: bool = False


SCENARIOS = [
    Scenario("all clear: foot care", "foot-care", {}),
    Scenario("all clear: hand relief", "hand-relief", {}),
    Scenario("all clear: pressure points", "pressure-points", {}),
    Scenario("all clear: caregiver strokes", "swedish-strokes", {}, caregiver=True),
    Scenario("fever, not on treatment", "foot-care", {"fever": "yes"}, "no-massage",
             contact=("doctor", "today"), rules={"fever"}),
    Scenario("fever of 37.8 during chemotherapy", "foot-care",
             {"fever": "yes", "cancer-treatment": "yes"}, "no-massage", contact=("helpline", "now"),
             rules={"fever-during-treatment"}),
    Scenario("fever before a hand routine", "hand-relief", {"fever": "yes"}, "no-massage",
             contact=("doctor", "today")),
    Scenario("chest pain", "foot-care", {"chest-pain": "yes"}, "no-massage",
             contact=("emergency", "emergency")),
    Scenario("chest pain and a swollen leg: the emergency comes first", "swedish-strokes",
             {"chest-pain": "yes", "swollen-leg": "yes"}, "no-massage",
             contact=("emergency", "emergency"), caregiver=True),
    Scenario("a swollen leg stops even a hand routine", "hand-relief", {"swollen-leg": "yes"},
             "no-massage", contact=("doctor", "now"), rules={"swollen-leg"}),
    Scenario("a hot foot", "foot-care", {"hot-foot": "yes"}, "no-massage", contact=("foot-clinic", "now")),
    Scenario("signs of poor blood flow", "foot-care", {"poor-blood-flow": "yes"}, "no-massage",
             contact=("doctor", "now")),
    Scenario("spreading weakness", "hand-relief", {"spreading-weakness": "yes"}, "no-massage",
             contact=("doctor", "today")),
    Scenario("a cut on the left foot", "foot-care", {"open-skin": "left-foot"},
             left_out=on("left", *FOOT), rules={"open-skin"}),
    Scenario("a cut on the left foot, with diabetes", "foot-care",
             {"open-skin": "left-foot", "diabetic-feet": "yes"}, left_out=on("left", *FOOT),
             contact=("foot-clinic", "today"), cap="light", rules={"open-skin-with-diabetes"}),
    Scenario("cuts on both feet leave only the checks", "foot-care",
             {"open-skin": "left-foot,right-foot"}, "not-today",
             left_out=on("left", *FOOT) | on("right", *FOOT)),
    Scenario("a cut on a foot does not touch a hand routine", "hand-relief", {"open-skin": "left-foot"}),
    Scenario("a cut on a hand, with diabetes: no foot clinic", "hand-relief",
             {"open-skin": "right-hand", "diabetic-feet": "yes"}, left_out=on("right", *HAND)),
    Scenario("hand-foot syndrome on the right sole", "foot-care",
             {"cancer-treatment": "yes", "hand-foot-syndrome": "right-foot"}, left_out=on("right", *FOOT),
             contact=("helpline", "today"), rules={"hand-foot-syndrome", "wash-hands"}),
    Scenario("a painful arm with a PICC line", "hand-relief",
             {"cancer-treatment": "yes", "line-arm": "yes"}, "no-massage", contact=("helpline", "now")),
    Scenario("a clot in the left leg: that foot is left out", "foot-care", {"clot": "left-foot"},
             left_out=on("left", *FOOT), rules={"clot"}),
    Scenario("a clot in a leg leaves the hands alone", "hand-relief", {"clot": "left-foot"}),
    Scenario("a clot in the right leg: that leg, not the arms", "swedish-strokes", {"clot": "right-foot"},
             left_out=on("right", *LEG), caregiver=True),
    Scenario("a clot: no pressure points", "pressure-points", {"clot": "right-foot"}, "not-today",
             left_out=on("right", *POINTS)),
    Scenario("clots in both legs: arms only", "swedish-strokes", {"clot": "left-foot,right-foot"},
             left_out=on("left", *LEG) | on("right", *LEG), caregiver=True),
    Scenario("low platelets: light touch", "foot-care", {"bleeding-risk": "yes"}, cap="light",
             contact=("doctor", "next-appointment")),
    Scenario("low platelets: no kneading or friction", "swedish-strokes", {"bleeding-risk": "yes"},
             left_out=on("right", "leg-kneading", "foot-friction", "sole-friction", "arm-kneading")
             | on("left", "leg-kneading", "foot-friction", "sole-friction", "arm-kneading"),
             cap="light", contact=("doctor", "next-appointment"), caregiver=True),
    Scenario("low platelets: no pressure points", "pressure-points", {"bleeding-risk": "yes"}, "not-today",
             left_out=on("right", "ball", "arch", "heel") | on("left", "ball", "arch", "heel"),
             cap="light", contact=("doctor", "next-appointment")),
    Scenario("surgery on the right foot, a caregiver moving the joints", "foot-care",
             {"bone-or-surgery": "right-foot"}, left_out=on("right", *FOOT) | on("left", "ankle-circles"),
             cap="light", contact=("doctor", "next-appointment"), caregiver=True),
    Scenario("surgery on the right foot, moving their own ankle", "foot-care",
             {"bone-or-surgery": "right-foot"}, left_out=on("right", *FOOT), cap="light",
             contact=("doctor", "next-appointment")),
    Scenario("cancer in the spine: light touch on the hands", "hand-relief", {"bone-or-surgery": "elsewhere"},
             cap="light", contact=("doctor", "next-appointment")),
    Scenario("cancer in a bone: no pressure points", "pressure-points", {"bone-or-surgery": "elsewhere"},
             "not-today", left_out=on("right", "ball", "arch", "heel") | on("left", "ball", "arch", "heel"),
             cap="light", contact=("doctor", "next-appointment")),
    Scenario("poor circulation, not yet agreed", "foot-care", {"poor-circulation": "yes"}, "not-today",
             left_out=on("right", *FOOT) | on("left", *FOOT), contact=("doctor", "next-appointment")),
    Scenario("poor circulation, the doctor agreed", "foot-care",
             {"poor-circulation": "yes", "circulation-agreed": "yes"}),
    Scenario("poor circulation leaves the hands", "hand-relief", {"poor-circulation": "yes"},
             contact=("doctor", "next-appointment")),
    Scenario("pregnant: not the web of the hand", "hand-relief", {"pregnant": "yes"},
             left_out=on("right", "web-pinch") | on("left", "web-pinch"), rules={"pregnant"}),
    Scenario("pregnant: no pressure points", "pressure-points", {"pregnant": "yes"}, "not-today"),
    Scenario("pregnant: foot care unchanged", "foot-care", {"pregnant": "yes"}),
    Scenario("gout: no pressure points", "pressure-points", {"gout": "yes"}, "not-today"),
    Scenario("lymphoedema in the right arm", "hand-relief", {"lymphoedema": "right-hand"},
             left_out=on("right", *HAND)),
    Scenario("a port in the left arm", "swedish-strokes", {"port-or-radiotherapy": "left-hand"},
             left_out=on("left", *ARM), caregiver=True),
    Scenario("diabetes with numb feet", "foot-care", {"diabetic-feet": "yes"}, cap="light",
             rules={"diabetic-feet"}),
    Scenario("an oil allergy only informs", "foot-care", {"oil-allergy": "yes"}, rules={"oil-allergy"}),
    Scenario("a port on one foot and a cut on the other", "foot-care",
             {"port-or-radiotherapy": "left-foot", "open-skin": "right-foot"}, "not-today",
             left_out=on("left", *FOOT) | on("right", *FOOT)),
    Scenario("a clot in the left leg, in bed: that foot's steps are left out", "bed-or-recliner",
             {"clot": "left-foot"}, left_out=on("left", "foot-glides", "foot-hold"), rules={"clot"},
             caregiver=True),
    Scenario("hand-foot syndrome on the right hand: its exercises are left out", "chemo-hand-function",
             {"cancer-treatment": "yes", "hand-foot-syndrome": "right-hand"},
             left_out=on("right", "tendon-glides", "finger-glides", "open-close", "thumb-to-fingertips"),
             contact=("helpline", "today"), rules={"hand-foot-syndrome"}),
    Scenario("cuts on both feet: the gentle feet routine is not for today", "bad-day-feet",
             {"open-skin": "left-foot,right-foot"}, "not-today",
             left_out=on("left", "rest-hand", "slow-glides", "hold")
             | on("right", "rest-hand", "slow-glides", "hold")),
    Scenario("low platelets: resting touch still goes ahead", "resting-touch", {"bleeding-risk": "yes"},
             cap="light", contact=("doctor", "next-appointment")),
    Scenario("surgery on the right foot: only the left foot exercises", "foot-ankle-exercises",
             {"bone-or-surgery": "right-foot"},
             left_out=on("right", "ankle-pumps", "ankle-circles", "toe-curls", "toe-spreads"), cap="light",
             contact=("doctor", "next-appointment")),
    Scenario("a fever outranks a cut", "foot-care",
             {"open-skin": "left-foot", "fever": "yes", "cancer-treatment": "yes"}, "no-massage",
             left_out=on("left", *FOOT), contact=("helpline", "now")),
]  # fmt: skip


def all_answers(routine: Routine, given: dict[str, str]) -> dict[str, str]:
    """The scenario's answers, and "no" (or "none") for every other question asked of this routine."""
    answers = dict(given)
    while True:
        parsed = {key: parse_typed(BY_ID[key], value) for key, value in answers.items()}
        missing = [question for question in questions_for(routine, parsed) if question.id not in answers]
        if not missing:
            return answers
        for question in missing:
            answers[question.id] = "no" if question.kind == "yes-no" else "none"


def test_there_are_enough_scenarios() -> None:
    assert len(SCENARIOS) >= 40
    assert len({scenario.name for scenario in SCENARIOS}) == len(SCENARIOS)
    # every rule is reached by at least one scenario
    reached = set().union(*(scenario.rules for scenario in SCENARIOS))
    reached |= {"chest-pain", "hot-foot", "poor-blood-flow", "spreading-weakness", "line-arm"}
    reached |= {"bleeding-risk", "bone-or-surgery", "poor-circulation", "gout"}
    reached |= {"port-or-radiotherapy", "lymphoedema"}
    assert {rule.id for rule in RULES} <= reached


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.name)
def test_the_core_decides(shipped: Library, scenario: Scenario) -> None:
    routine = shipped.get(scenario.routine)
    assert routine is not None
    typed = all_answers(routine, scenario.answers)
    answers = {key: parse_typed(BY_ID[key], value) for key, value in typed.items()}
    decision = decide(routine, answers, scenario.caregiver)
    assert decision.verdict == scenario.decision
    assert {left.step.key for left in decision.left_out} == scenario.left_out
    contact = decision.contact
    assert ((contact.who, contact.when) if contact else None) == scenario.contact
    assert decision.pressure_cap == scenario.cap
    assert scenario.rules <= {rule.id for rule in decision.rules}
    # what runs and what is left out together make the whole routine, in order
    kept = {step.key for step in decision.steps}
    assert kept.isdisjoint(scenario.left_out)
    assert len(kept) + len(scenario.left_out) == len(routine.plan())
    if scenario.decision != "go" or scenario.left_out or scenario.contact:
        assert decision.rules and all(rule.sources for rule in decision.rules)  # said why, with sources


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda scenario: scenario.name)
def test_the_command_line_decides_the_same(
    shipped: Library, scenario: Scenario, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    routine = shipped.get(scenario.routine)
    assert routine is not None
    command = ["--data-dir", str(data_dir), "safety", "check", scenario.routine, "--json"]
    for key, value in all_answers(routine, scenario.answers).items():
        command += ["--answer", f"{key}={value}"]
    if scenario.caregiver:
        command.append("--caregiver")
    assert main(command) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["decision"] == scenario.decision
    assert set(found["left_out"]["steps"]) == scenario.left_out
    contact = found["contact"]
    assert ((contact["who"], contact["when"]) if contact else None) == scenario.contact
    assert found["pressure_cap"] == scenario.cap
    assert scenario.rules <= {rule["id"] for rule in found["rules"]}
    assert all(rule["message"] and rule["sources"] for rule in found["rules"])


def test_an_unanswered_daily_question_is_never_a_no(foot_care: Routine) -> None:
    answers = {
        key: parse_typed(BY_ID[key], value)
        for key, value in all_answers(foot_care, {}).items()
        if key != "fever"
    }
    with pytest.raises(UnansweredError) as raised:
        decide(foot_care, answers)
    assert raised.value.ids == ["fever"]


def test_questions_that_depend_on_another_are_asked_only_then(foot_care: Routine) -> None:
    asked = {question.id for question in questions_for(foot_care, {"cancer-treatment": False})}
    assert "hand-foot-syndrome" not in asked and "line-arm" not in asked
    asked = {question.id for question in questions_for(foot_care, {"cancer-treatment": True})}
    assert {"hand-foot-syndrome", "line-arm"} <= asked
    assert "gout" not in asked  # only the pressure-point routine names gout


def test_the_command_says_which_daily_question_is_missing(data_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir), "safety", "check", "foot-care",
         "--answer", "fever=no", "--answer", "chest-pain=no"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert (
        "not answered: swollen-leg, hot-foot, poor-blood-flow, spreading-weakness, open-skin" in done.stderr
    )
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("fever=maybe", "fever: expected yes or no"),
        ("open-skin=left-knee", "open-skin: expected some of none, right-foot"),
        ("clot=left-hand", "clot: expected some of none, right-foot, left-foot"),
        ("no-such-question=yes", "expected ID=VALUE with a question id"),
        ("fever", "expected ID=VALUE"),
    ],
)
def test_a_wrong_answer_is_refused_by_name(
    answer: str, problem: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "safety", "check", "foot-care", "--answer", answer]) == 2
    assert problem in capsys.readouterr().err


def test_a_leg_is_named_with_its_foot_and_an_arm_with_its_hand() -> None:
    assert parse_typed(BY_ID["clot"], "left-leg") == frozenset({"left foot"})
    assert parse_typed(BY_ID["lymphoedema"], "right-arm,left-foot") == frozenset({"right hand", "left foot"})
    assert parse_typed(BY_ID["open-skin"], "none") == frozenset()


def test_the_questions_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["safety", "questions", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in found] == [question.id for question in QUESTIONS]
    for item in found:
        assert set(item) >= {"id", "text", "text_caregiver", "kind", "answers"}
        assert item["kind"] in ("daily", "standing")
        assert item["text"] != item["text_caregiver"]
    fever = next(item for item in found if item["id"] == "fever")
    assert fever["kind"] == "daily" and fever["answers"] == ["yes", "no"]
    assert "37.5 °C" in fever["text"] and "under 36 °C" in fever["text"]
    clot = next(item for item in found if item["id"] == "clot")
    assert clot["kind"] == "standing" and clot["answers"] == ["none", "right-foot", "left-foot"]


def test_the_rule_table_prints_every_rule_and_stop_sign(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["safety", "rules"]) == 0
    printed = capsys.readouterr().out
    for rule in RULES:
        assert f"\n{rule.id}: when {rule.question} is yes" in printed
    for sign in STOP_SIGNS:
        assert sign.sign in printed
    assert printed.count("Sources:") == len(RULES) + len(STOP_SIGNS)
    assert "The Christie" in printed and "https://" in printed  # each source by title, publisher and link


def test_every_question_rule_stop_sign_and_card_note_cites_sources_in_the_table() -> None:
    table = shipped_sources()
    notes = [sources for _, sources in ANSWER_NOTES.values()]
    for cited in (*(item.sources for item in (*QUESTIONS, *RULES, *STOP_SIGNS)), *notes):
        assert cited and set(cited) <= set(table), cited
        assert all(table[key].link.startswith("https://") for key in cited)
    for rule in RULES:
        assert rule.question in BY_ID
        for other in (rule.also, rule.unless):
            assert not other or other in BY_ID
    for question in QUESTIONS:
        assert not question.asked_if or question.asked_if in BY_ID
