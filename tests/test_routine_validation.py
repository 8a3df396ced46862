"""Broken routine files give one exact, placed message per problem, and never crash the loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroguide.core.library import load_library, load_routine_file
from neuroguide.core.resources import illustration_bases
from tests.routine_text import VALID

BASES = ", ".join(sorted(illustration_bases()))
STEP_KEYS = (
    "asks, caution, caution_caregiver, hold_seconds, id, illustration, pace, points, pressure, repetitions,"
    " say, say_caregiver, seconds, technique, technique_caregiver, text, text_caregiver, title"
)


def problems_for(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "f.toml"
    path.write_text(text, encoding="utf-8")
    routine, problems = load_routine_file(path, illustration_bases())
    assert (routine is None) == bool(problems)
    return [str(problem).replace(str(tmp_path) + "/", "") for problem in problems]


def test_the_valid_file_is_valid(tmp_path: Path) -> None:
    assert problems_for(tmp_path, VALID) == []


CASES = [
    (
        "seconds zero",
        ("seconds = 60", "seconds = 0"),
        ["f.toml:28: step 'glide': seconds: expected a whole number above 0 up to 3600, got 0"],
    ),
    (
        "seconds over an hour",
        ("seconds = 60", "seconds = 3601"),
        ["f.toml:28: step 'glide': seconds: expected a whole number above 0 up to 3600, got 3601"],
    ),
    (
        "seconds as text",
        ("seconds = 60", 'seconds = "60"'),
        ["f.toml:28: step 'glide': seconds: expected a whole number above 0 up to 3600, got '60'"],
    ),
    (
        "unknown drawing",
        ('base = "foot-top"', 'base = "foot-side"'),
        [
            "f.toml:28: step 'glide': illustration.base: "
            f"unknown drawing 'foot-side' (expected one of: {BASES})"
        ],
    ),
    (
        "blank text",
        ('text = "Small circles."', 'text = "   "'),
        ["f.toml:41: step 'circles': text: expected some text, got nothing"],
    ),
    (
        "unknown key in a step",
        ("seconds = 60\n", 'seconds = 60\ncolour = "red"\n'),
        [f"f.toml:28: step 'glide': colour: unknown key (expected one of: {STEP_KEYS})"],
    ),
    (
        "missing spoken caregiver line",
        ('say_caregiver = "Small circles on their sole."\n', ""),
        ["f.toml:41: step 'circles': say_caregiver: missing: expected some text"],
    ),
    (
        "duplicate step id points at the second one",
        ('id = "circles"', 'id = "glide"'),
        ["f.toml:41: step 'glide': id: duplicate step id 'glide'"],
    ),
    (
        "unknown area",
        ('area = "feet"', 'area = "toes"'),
        ["f.toml: area: expected one of 'feet', 'hands', 'legs', 'arms', got 'toes'"],
    ),
    (
        "unknown key at the top",
        ('performer = "either"', 'performer = "either"\nauthor = "me"'),
        [
            "f.toml: author: unknown key (expected one of: add_on, area, blocks, id, performer, "
            "precautions, sources, suits, summary, title)"
        ],
    ),
    (
        "bad sides",
        ('sides = "right-left"', 'sides = "left"'),
        ["f.toml: block 2: sides: expected one of 'right-left', 'left-right', 'both', got 'left'"],
    ),
    (
        "circle without a centre",
        ('{ kind = "circle", at = [0.5, 0.5] }', '{ kind = "circle" }'),
        [
            "f.toml:41: step 'circles': illustration.marks[1].at: a circle needs 'at = [x, y]' or 'on' a"
            " named place"
        ],
    ),
    (
        "coordinate off the drawing",
        ("[0.5, 0.9]", "[0.5, 1.4]"),
        [
            "f.toml:28: step 'glide': illustration.marks[1].points[2][2]: "
            "expected a number from 0 to 1, got 1.4"
        ],
    ),
    (
        "an arrow of one point",
        ("points = [[0.4, 0.4], [0.5, 0.9]]", "points = [[0.4, 0.4]]"),
        [
            "f.toml:28: step 'glide': illustration.marks[1].points: an arrow needs at least 2 points, or"
            " 'through' 2 named places"
        ],
    ),
    (
        "unknown placeholder",
        ('title = "Glide the {side} foot"', 'title = "Glide the {limb}"'),
        ["f.toml:28: step 'glide': title: unknown placeholder {limb} (only {side})"],
    ),
    (
        "a source that is not a key in the table",
        ('sources = ["nccih-massage"]', 'sources = ["nccih-massage", "my notes"]'),
        ["f.toml: sources[2]: unknown source key 'my notes'"],
    ),
    (
        "a web address instead of a key",
        ('sources = ["nccih-massage"]', 'sources = ["https://example.org/source"]'),
        ["f.toml: sources[1]: unknown source key 'https://example.org/source'"],
    ),
    (
        "no sources",
        ('sources = ["nccih-massage"]', "sources = []"),
        ["f.toml: sources: expected at least 1 item, got 0"],
    ),
    (
        "firmer than light on numb feet",
        ('technique = "circle"\npressure = "light"', 'technique = "circle"\npressure = "moderate"'),
        [
            "f.toml:41: step 'circles': pressure: at most 'light' on the feet, where numb skin cannot judge"
            " force, got 'moderate'"
        ],
    ),
    (
        "an unknown pressure word",
        ('technique = "circle"\npressure = "light"', 'technique = "circle"\npressure = "deep"'),
        [
            "f.toml:41: step 'circles': pressure: expected one of 'none', 'resting', 'light', 'moderate',"
            " 'firm', got 'deep'"
        ],
    ),
    (
        "repetitions on a stroke",
        ('technique = "circle"', 'technique = "circle"\nrepetitions = 10'),
        [
            "f.toml:41: step 'circles': repetitions: only for an exercise: technique must be"
            " 'active-exercise' or 'passive-movement', not 'circle'"
        ],
    ),
    (
        "no repetitions at all",
        ('technique = "circle"', 'technique = "active-exercise"\nrepetitions = 0'),
        ["f.toml:41: step 'circles': repetitions: expected a whole number from 1 to 100, got 0"],
    ),
    (
        "a hold in part seconds",
        ('technique = "circle"', 'technique = "active-exercise"\nhold_seconds = 2.5'),
        ["f.toml:41: step 'circles': hold_seconds: expected a whole number from 1 to 600, got 2.5"],
    ),
    (
        "a hold longer than the step",
        ('technique = "circle"', 'technique = "active-exercise"\nhold_seconds = 45'),
        [
            "f.toml:41: step 'circles': hold_seconds: "
            "a hold of 45 seconds is longer than the step's 30 seconds"
        ],
    ),
    (
        "a hold when the helper strokes instead",
        (
            'technique = "circle"',
            'technique = "active-exercise"\ntechnique_caregiver = "glide"\nhold_seconds = 5',
        ),
        [
            "f.toml:41: step 'circles': hold_seconds: only for an exercise: technique_caregiver must be"
            " 'active-exercise' or 'passive-movement', not 'glide'"
        ],
    ),
    (
        "a caution too long to say",
        ('technique = "circle"', 'technique = "circle"\ncaution = "' + "Stop gently " * 20 + '"'),
        ["f.toml:41: step 'circles': caution: expected at most 200 characters, got 240"],
    ),
    (
        "a caution over two lines",
        ('technique = "circle"', 'technique = "circle"\ncaution = "Stop if\\nit stings."'),
        ["f.toml:41: step 'circles': caution: has control or direction characters (U+000A); remove them"],
    ),
    (
        "bad TOML syntax names the line",
        ("seconds = 60", "seconds = "),
        ["f.toml:34: not valid TOML: Invalid value"],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_broken_file_gives_its_exact_message(
    tmp_path: Path, change: tuple[str, str], expected: list[str]
) -> None:
    old, new = change
    assert old in VALID
    assert problems_for(tmp_path, VALID.replace(old, new, 1)) == expected


def test_every_problem_in_a_file_is_reported_in_one_pass(tmp_path: Path) -> None:
    text = (
        VALID.replace("seconds = 60", "seconds = -5")
        .replace('text = "Small circles."', 'text = ""')
        .replace('area = "feet"', 'area = "toes"')
    )
    found = problems_for(tmp_path, text)
    assert len(found) == 3
    assert any("seconds" in line and "-5" in line for line in found)
    assert any("step 'circles': text:" in line for line in found)
    assert any(line.startswith("f.toml: area:") for line in found)


def test_side_placeholder_in_a_block_without_sides(tmp_path: Path) -> None:
    found = problems_for(tmp_path, VALID.replace('sides = "right-left"', 'sides = "both"'))
    # title, text, text_caregiver, say and say_caregiver of the 'glide' step all use {side}
    assert len(found) == 5
    assert all(line.startswith("f.toml:28: step 'glide':") and "sides = 'both'" in line for line in found)


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(VALID.replace("Look at both feet.", "Pied \xe9").encode("latin-1"))
    routine, problems = load_routine_file(path, illustration_bases())
    assert routine is None
    assert [problem.message for problem in problems] == ["is not UTF-8 text"]


def test_a_broken_file_never_stops_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-good.toml").write_text(VALID, encoding="utf-8")
    (tmp_path / "b-broken.toml").write_text("id = [", encoding="utf-8")
    (tmp_path / "c-good.toml").write_text(VALID.replace('"test-feet"', '"other"'), encoding="utf-8")
    library = load_library([tmp_path], illustration_bases())
    assert [routine.id for routine in library.routines] == ["test-feet", "other"]
    assert len(library.problems) == 1
    assert library.problems[0].file.endswith("b-broken.toml")


def test_the_first_file_keeps_a_routine_id(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(VALID, encoding="utf-8")
    (tmp_path / "b.toml").write_text(VALID.replace('title = "Test feet"', 'title = "Copy"'), encoding="utf-8")
    library = load_library([tmp_path], illustration_bases())
    assert [routine.title for routine in library.routines] == ["Test feet"]
    assert "already used by" in str(library.problems[0])


def test_a_missing_path_is_a_problem_only_when_asked_for(tmp_path: Path) -> None:
    assert load_library([tmp_path / "nope"], illustration_bases()).problems == ()
    strict = load_library([tmp_path / "nope"], illustration_bases(), missing_ok=False)
    assert [problem.message for problem in strict.problems] == ["no such file or folder"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('text = "Small circles."', 'text = "Small circles. Stop if it stings or burns."'),
            "f.toml:41: step 'circles': say: text warns with 'burn', 'sting', 'stop', but nothing spoken",
        ),
        (
            (
                'text_caregiver = "Small circles on their sole."',
                'text_caregiver = "Circles, in a comfortable range."',
            ),
            "f.toml:41: step 'circles': say_caregiver: text_caregiver warns with 'comfortabl'",
        ),
    ],
)
def test_a_safety_word_shown_must_be_spoken_too(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    found = problems_for(tmp_path, VALID.replace(*change, 1))
    assert len(found) == 1 and found[0].startswith(expected)


def test_a_caution_is_shown_and_spoken_so_it_satisfies_the_check(tmp_path: Path) -> None:
    warned = VALID.replace('text = "Small circles."', 'text = "Small circles. Stop if it stings."', 1)
    assert problems_for(tmp_path, warned)
    cautioned = warned.replace(
        'seconds = 30\ntechnique = "circle"',
        'seconds = 30\ncaution = "Stop if it stings."\ntechnique = "circle"',
    )
    assert problems_for(tmp_path, cautioned) == []
    (routine,) = load_library([tmp_path / "f.toml"], illustration_bases()).routines
    circles = next(step for step in routine.plan() if step.step.id == "circles")
    assert circles.spoken() == "Small circles. Stop if it stings."


def test_every_step_declares_how_it_touches(tmp_path: Path) -> None:
    found = problems_for(
        tmp_path, VALID.replace('technique = "glide"\npressure = "light"\n', 'pressure = "deep"\n')
    )
    assert found == [
        "f.toml:28: step 'glide': technique: missing: expected one of 'check', 'rest', 'glide', 'circle', "
        "'squeeze', 'knead', 'friction', 'press', 'active-exercise', 'passive-movement'",
        "f.toml:28: step 'glide': pressure: expected one of 'none', 'resting', 'light', 'moderate', 'firm',"
        " got 'deep'",
    ]


def test_a_routine_in_an_earlier_versions_words_still_loads(tmp_path: Path) -> None:
    """A person's own file that says "movement" (today "active-exercise") is read as it was meant."""
    older = VALID.replace('technique = "circle"', 'technique = "movement"', 1)
    assert older != VALID
    path = tmp_path / "older.toml"
    path.write_text(older, encoding="utf-8")
    routine, problems = load_routine_file(path, illustration_bases())
    assert problems == [] and routine is not None
    techniques = [step.technique for block in routine.blocks for step in block.steps]
    assert "active-exercise" in techniques and "movement" not in techniques
