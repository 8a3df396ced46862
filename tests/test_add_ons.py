"""A warm-up and a cool-down joined to a routine when the person asked for them."""

from __future__ import annotations

from pathlib import Path

from neuroguide.core.add_ons import with_add_ons
from neuroguide.core.library import Library, load_library
from neuroguide.core.resources import illustration_bases
from tests.routine_text import VALID


def add_on_text(kind: str, title: str) -> str:
    return (
        VALID.replace('id = "test-feet"', f'id = "{kind}-test"')
        .replace('title = "Test feet"', f'title = "{title}"')
        .replace('area = "feet"', f'area = "hands"\nadd_on = "{kind}"')
        .replace('sources = ["nccih-massage"]', 'sources = ["nccih-massage", "macmillan-massage"]')
        .replace('precautions = ["Light pressure."]', f'precautions = ["Light pressure.", "{title} gently."]')
    )


def library(tmp_path: Path, *texts: str) -> Library:
    for index, text in enumerate(texts):
        (tmp_path / f"r{index}.toml").write_text(text, encoding="utf-8")
    loaded = load_library([tmp_path], illustration_bases())
    assert loaded.problems == ()
    return loaded


def test_the_warm_up_comes_first_and_the_cool_down_last(tmp_path: Path) -> None:
    shelf = library(tmp_path, VALID, add_on_text("warm-up", "Warm up"), add_on_text("cool-down", "Cool down"))
    routine = shelf.get("test-feet")
    assert routine is not None
    joined = with_add_ons(routine, shelf, warm_up=True, cool_down=True)
    keys = [step.key for step in joined.plan()]
    assert keys[:3] == ["warm-up-check", "warm-up-glide@right", "warm-up-circles@right"]
    assert keys[-1] == "cool-down-circles@left"
    assert keys[len(keys) // 2 - 2 : len(keys) // 2 + 3] == [step.key for step in routine.plan()]
    assert len(keys) == 3 * len(routine.plan())
    assert joined.id == routine.id and joined.title == routine.title  # the history keeps the routine's name
    assert joined.areas == {"feet", "hands"}  # the safety questions ask about the add-ons' places too
    assert joined.blocks[0].area == "hands"
    assert joined.sources == ("nccih-massage", "macmillan-massage")
    assert joined.precautions == ("Light pressure.", "Warm up gently.", "Cool down gently.")


def test_only_what_was_asked_for_is_added(tmp_path: Path) -> None:
    shelf = library(tmp_path, VALID, add_on_text("warm-up", "Warm up"), add_on_text("cool-down", "Cool down"))
    routine = shelf.get("test-feet")
    assert routine is not None
    assert with_add_ons(routine, shelf, warm_up=False, cool_down=False) is routine
    cooled = with_add_ons(routine, shelf, warm_up=False, cool_down=True)
    assert cooled.plan()[0].key == "check" and cooled.plan()[-1].key == "cool-down-circles@left"


def test_no_add_on_for_an_add_on_a_check_only_routine_or_a_library_without_one(tmp_path: Path) -> None:
    checks = (
        VALID.replace('id = "test-feet"', 'id = "checks"')
        .replace('technique = "glide"', 'technique = "check"')
        .replace('technique = "circle"', 'technique = "check"')
        .replace('pressure = "light"', 'pressure = "none"')
    )
    shelf = library(tmp_path, checks, add_on_text("warm-up", "Warm up"))
    checks_only, warm_up = shelf.get("checks"), shelf.get("warm-up-test")
    assert checks_only is not None and warm_up is not None
    assert with_add_ons(checks_only, shelf, warm_up=True, cool_down=True) is checks_only
    assert with_add_ons(warm_up, shelf, warm_up=True, cool_down=True) is warm_up
    (tmp_path / "plain").mkdir()
    plain = library(tmp_path / "plain", VALID)
    routine = plain.get("test-feet")
    assert routine is not None and with_add_ons(routine, plain, True, True) is routine
