"""Every shipped step's picture marks the places its words name, for the person and for a helper, and
the library ships enough routines, each step saying how it touches and how firmly."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroguide.cli import main
from neuroguide.core.library import Library, load_routine_file
from neuroguide.core.places import unmarked_places
from neuroguide.core.resources import illustration_bases, routines_dir
from neuroguide.core.routine import EXERCISES, Step
from tests.routine_text import VALID

MIN_ROUTINES = 11  # shipped routines a person can start, warm-ups and cool-downs not counted


@pytest.mark.parametrize("caregiver", [False, True], ids=["person", "caregiver"])
def test_every_shipped_step_marks_the_places_its_words_name(shipped: Library, caregiver: bool) -> None:
    missing = {
        f"{routine.id}/{step.id}": sorted(unmarked_places(step, caregiver))
        for routine in shipped.routines
        for block in routine.blocks
        for step in block.steps
        if unmarked_places(step, caregiver)
    }
    assert missing == {}


def test_enough_routines_ship_and_every_step_says_how_it_touches(
    shipped: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(routines_dir())]) == 0
    assert capsys.readouterr().out == ""
    startable = [routine for routine in shipped.routines if routine.add_on is None]
    assert len(startable) >= MIN_ROUTINES, [routine.id for routine in startable]
    add_ons = {routine.add_on for routine in shipped.routines if routine.add_on}
    assert add_ons == {"warm-up", "cool-down"}
    for routine in shipped.routines:
        assert routine.suits or routine.add_on or routine.id in _GENERAL, routine.id
        for block in routine.blocks:
            for step in block.steps:
                where = f"{routine.id}/{step.id}"
                assert step.technique and step.pressure, where
                if step.technique == "check":
                    assert step.pressure == "none", where
                if step.technique in EXERCISES and step.hold_seconds:
                    assert step.repetitions, where


# The first routines were written before a routine said whom it suits; they suit anyone.
_GENERAL = frozenset({"foot-care", "hand-relief", "swedish-strokes", "pressure-points"})


def test_the_words_and_marks_check_catches_a_step_naming_a_place_it_does_not_mark(tmp_path: Path) -> None:
    # the check step's picture marks the toes, but its words also send the eye to the heel
    text = VALID.replace(
        'text = "Look at both feet."\n',
        'text = "Look at the toes and the heel of both feet."\n',
    ).replace(
        'illustration = { base = "foot-sole" }',
        'illustration = { base = "foot-sole", marks = [{ kind = "zone", region = "toes" }] }',
    )
    path = tmp_path / "heel.toml"
    path.write_text(text, encoding="utf-8")
    routine, problems = load_routine_file(path, illustration_bases())
    assert problems == [] and routine is not None
    check = routine.blocks[0].steps[0]
    assert unmarked_places(check) == {"heel"}
    assert unmarked_places(check, caregiver=True) == set()  # "Look at both their feet." names none
    marked = text.replace('region = "toes" }', 'region = "toes" }, { kind = "zone", region = "heel" }')
    path.write_text(marked, encoding="utf-8")
    routine, problems = load_routine_file(path, illustration_bases())
    assert problems == [] and routine is not None
    assert unmarked_places(routine.blocks[0].steps[0]) == set()


def steps_of(library: Library, routine_id: str) -> list[Step]:
    routine = library.get(routine_id)
    assert routine is not None, routine_id
    return [step for block in routine.blocks for step in block.steps]


def test_each_routine_keeps_what_it_promises(shipped: Library) -> None:
    for routine in shipped.routines:
        if "bad-day" in routine.suits:
            assert 3 * 60 <= routine.total_seconds <= 5 * 60, routine.id  # short, for a bad day
        if routine.add_on:
            assert 60 <= routine.total_seconds <= 2 * 60, routine.id
            assert routine.areas == {"hands"}, routine.id  # adds no other place to the safety questions
    assert {(step.technique, step.pressure) for step in steps_of(shipped, "resting-touch")} == {
        ("rest", "resting")
    }
    check = steps_of(shipped, "daily-foot-check")
    assert {step.technique for step in check} == {"check"}
    assert [step.asks for step in check][-1] == "anything-found"
    assert not any(step.asks for step in check[:-1])  # asked once, at the end
    for routine_id in ("foot-ankle-exercises", "chemo-hand-function"):
        exercises = [step for step in steps_of(shipped, routine_id) if step.technique in EXERCISES]
        assert len(exercises) >= 4 and all(step.repetitions for step in exercises), routine_id
    cautions = " ".join(step.caution for step in steps_of(shipped, "chemo-hand-function"))
    assert "cold" in cautions and "oxaliplatin" in cautions.lower()


def test_the_daily_foot_check_goes_ahead_on_a_day_with_nothing_to_report(shipped: Library) -> None:
    from neuroguide.core.safety import BY_ID, decide, parse_typed
    from tests.test_safety import all_answers

    routine = shipped.get("daily-foot-check")
    assert routine is not None
    typed = all_answers(routine, {})
    decision = decide(routine, {key: parse_typed(BY_ID[key], value) for key, value in typed.items()}, False)
    assert decision.verdict == "go"
