"""Marks placed by the names of a drawing's places, and the words that name places in a step."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroguide.core.places import drawings, inside, marked_places, named_places
from neuroguide.core.resources import illustration_bases
from neuroguide.core.routine import Illustration, Mark
from tests.routine_text import VALID
from tests.test_routine_validation import problems_for

NAMED_GLIDE = (
    'illustration = { base = "foot-top", marks = [{ kind = "arrow", points = [[0.4, 0.4], [0.5, 0.9]] }] }'
)


def with_marks(marks: str, base: str = "foot-top") -> str:
    return VALID.replace(NAMED_GLIDE, f'illustration = {{ base = "{base}", marks = [{marks}] }}')


def test_every_drawing_has_its_places_and_every_place_is_on_the_drawing() -> None:
    assert set(drawings()) == set(illustration_bases())
    for base, drawing in drawings().items():
        assert drawing.landmarks and drawing.regions, base
        for name, (x, y) in drawing.landmarks.items():
            assert 0 <= x <= 1 and 0 <= y <= 1, (base, name)
        for name, outline in drawing.regions.items():
            assert len(outline) >= 3, (base, name)


def test_a_mark_placed_by_name_gets_the_places_coordinates(tmp_path: Path) -> None:
    from neuroguide.core.library import load_routine_file

    text = with_marks(
        '{ kind = "arrow", through = ["toe-base", "ankle-front"] }, { kind = "circle", on = "ankle-outer" },'
        ' { kind = "zone", region = "top" }'
    )
    path = tmp_path / "named.toml"
    path.write_text(text, encoding="utf-8")
    routine, problems = load_routine_file(path, illustration_bases())
    assert problems == [] and routine is not None
    arrow, circle, zone = routine.blocks[1].steps[0].illustration.marks
    places = drawings()["foot-top"]
    assert arrow.points == (places.landmarks["toe-base"], places.landmarks["ankle-front"])
    assert circle.at == places.landmarks["ankle-outer"]
    assert zone.points == places.regions["top"]
    assert arrow.through == ("toe-base", "ankle-front")  # the names are kept


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        (
            '{ kind = "circle", on = "heal" }',
            "step 'glide': illustration.marks[1].on: no spot 'heal' on the drawing 'foot-top'",
        ),
        (
            '{ kind = "zone", region = "arch" }',
            "step 'glide': illustration.marks[1].region: no area 'arch' on the drawing 'foot-top'",
        ),
        ('{ kind = "circle", at = [0.5, 0.5], on = "top" }', "give 'at' or 'on', not both"),
        (
            '{ kind = "arrow", through = ["top"] }',
            "an arrow needs at least 2 points, or 'through' 2 named places",
        ),
        ('{ kind = "zone", on = "top" }', "'on' is not for a zone"),
    ],
)
def test_a_wrong_place_name_is_reported_with_the_names_there_are(
    tmp_path: Path, marks: str, expected: str
) -> None:
    problems = problems_for(tmp_path, with_marks(marks))
    assert any(expected in problem for problem in problems), problems


def test_an_unknown_place_lists_the_drawings_places(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, with_marks('{ kind = "circle", on = "heal" }'))
    assert "(it has: ankle-front, ankle-inner, ankle-outer, big-toe," in problem


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Look between the toes and at the heel.", {"between-the-toes", "heel"}),
        ("Circles over the heel of the hand.", {"palm"}),
        ("Glide with your thumb from the wrist to the knuckles.", {"wrist"}),
        ("Thumb circles over the sole and the arch.", {"sole", "arch"}),
        ("Circles on the ball of the foot, then the balls of both feet.", {"ball"}),
        ("Stroke each finger, then the thumb.", {"fingers", "thumb"}),
        ("Rest a fingertip on the back of the hand.", {"back-of-hand"}),
        ("Knead the calves, then the shin.", {"calf", "shin"}),
        ("Lotion on the tops of the feet.", {"top"}),
    ],
)
def test_the_words_that_name_places(text: str, places: set[str]) -> None:
    assert named_places(text) == places


def test_a_mark_touches_the_regions_its_points_are_in() -> None:
    places = drawings()["foot-sole"]
    heel, arch = places.landmarks["heel"], places.landmarks["arch"]
    arrow = Mark("arrow", points=(heel, arch))
    assert {"heel", "arch", "sole"} <= marked_places(Illustration("foot-sole", (arrow,)))
    assert marked_places(Illustration("foot-sole", (Mark("zone", region="toes"),))) >= {"toes"}
    assert marked_places(Illustration("foot-sole")) == set()


def test_inside_a_polygon() -> None:
    square = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    assert inside((0.5, 0.5), square)
    assert not inside((1.5, 0.5), square)
