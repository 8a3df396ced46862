"""Named places on the base drawings: landmarks (spots) and regions (areas), read from
assets/illustrations/places.toml.

A routine can put a mark "on the heel" rather than at coordinates, so that a redrawn picture moves
every mark with it. The regions carry the words routines use for places ("between the toes", "the
back of the hand"), which lets a test check that a step's picture marks every place its words name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache

from neuroguide.core.resources import places_path
from neuroguide.core.routine import Illustration, Mark, Point, Routine, Step
from neuroguide.core.schema import Location

# The places a step's words can name, each with the words that name it. Longer phrases come first:
# "between the toes" is not also "toes", and "the heel of the hand" is the palm, not the foot's heel.
PLACE_WORDS: dict[str, str] = {
    "between-the-toes": r"between (?:the|your|their|each|all the) toes",
    "back-of-hand": r"backs? of (?:the|your|their|each) hands?",
    "palm": r"\bpalms?\b|heel of (?:the|your|their) hand",
    "toes": r"\btoes?\b",
    "ball": r"\bballs?\b",  # of the foot: the hand's drawings have no ball
    "arch": r"\barch(?:es)?\b",
    "heel": r"\bheels?\b",
    "ankle": r"\bankles?\b",
    "sole": r"\bsoles?\b",
    "top": r"\btops?\b",
    "fingers": r"\bfingers?\b|\bfingertips?\b",
    "thumb": r"\bthumbs?\b",
    "wrist": r"\bwrists?\b",
    "forearm": r"\bforearms?\b",
    "calf": r"\bcal(?:f|ves)\b",
    "shin": r"\bshins?\b",
}
# Words for the giving hand, not for the place it works on: "with your thumb", "thumb circles",
# "rest a fingertip there", "the flat of the fingers".
_GIVING_HAND = re.compile(
    r"\b(?:with|using|between) (?:the (?:pads? of )?|your |their |one |two |both |a |the tips? of )?"
    r"(?:(?:flat|whole|other|free) )?(?:thumbs?|fingers?|fingertips?|palms?|hands?)"
    r"(?: and (?:index |first |other )?(?:fingers?|thumbs?))?\b"
    r"|\b(?:thumb|fingertip|finger) (?:circles?|glides?|strokes?|presses?|pads?|tips?)\b"
    r"|\b(?:rest|press|glide|place|put|use) (?:a|your|their|the|both) (?:thumbs?|fingertips?|fingers?)\b"
    r"|\b(?:a fingertip|(?:your|their) thumbs|flat of (?:the|your|their) fingers)\b"
    r"|\bthumb to (?:each|every) fingertip\b|\bindex finger\b",
    re.IGNORECASE,
)
_PLACES = re.compile(
    "|".join(f"(?P<{name.replace('-', '_')}>{words})" for name, words in PLACE_WORDS.items()), re.I
)


@dataclass(frozen=True)
class Drawing:
    """The named places of one base drawing."""

    landmarks: Mapping[str, Point]
    regions: Mapping[str, tuple[Point, ...]]


@cache
def drawings() -> dict[str, Drawing]:
    """Every base drawing's places, as shipped."""
    data = tomllib.loads(places_path().read_text(encoding="utf-8"))
    return {
        base: Drawing(
            {name: (float(x), float(y)) for name, (x, y) in places.get("landmarks", {}).items()},
            {
                name: tuple((float(x), float(y)) for x, y in outline)
                for name, outline in places.get("regions", {}).items()
            },
        )
        for base, places in data.items()
    }


def named_places(text: str) -> set[str]:
    """The places (region names) that ``text`` names, leaving out words for the giving hand."""
    text = _GIVING_HAND.sub(" ", text)
    return {match.lastgroup.replace("_", "-") for match in _PLACES.finditer(text) if match.lastgroup}


def marked_places(illustration: Illustration) -> set[str]:
    """The regions of the drawing that one of its marks touches (a mark placed by name already has
    its coordinates)."""
    drawing = drawings().get(illustration.base)
    if drawing is None:
        return set()
    touched: set[str] = set()
    for mark in illustration.marks:
        if mark.region:
            touched.add(mark.region)
        spots = [*mark.points, *([mark.at] if mark.at else [])]
        spots += [_middle(a, b) for a, b in zip(mark.points, mark.points[1:], strict=False)]
        for name, outline in drawing.regions.items():
            if any(inside(spot, outline) for spot in spots):
                touched.add(name)
    return touched


def unmarked_places(step: Step, caregiver: bool = False) -> set[str]:
    """The places a step's words name that its picture does not mark."""
    words = " ".join((step.title, step.text_caregiver if caregiver else step.text))
    return named_places(words) - marked_places(step.illustration)


def inside(point: Point, outline: tuple[Point, ...]) -> bool:
    """Whether ``point`` is inside the polygon ``outline`` (even-odd rule)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(outline, outline[1:] + outline[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def _middle(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def unknown_places(routine: Routine) -> Iterator[tuple[Location, str]]:
    """Every name a routine's marks use that its step's drawing does not have."""
    for b, block in enumerate(routine.blocks):
        for s, step in enumerate(block.steps):
            drawing = drawings().get(step.illustration.base)
            if drawing is None:
                continue  # an unknown drawing is reported on its own
            where: Location = ("blocks", b, "steps", s, "illustration")
            support = step.illustration.support
            if support and support not in drawing.landmarks:
                yield (
                    (*where, "support"),
                    _unknown(support, "spot", step.illustration.base, drawing.landmarks),
                )
            for m, mark in enumerate(step.illustration.marks):
                for key, name in _names(mark):
                    table = drawing.regions if key == "region" else drawing.landmarks
                    if name not in table:
                        yield (
                            (*where, "marks", m, key),
                            _unknown(
                                name, "area" if key == "region" else "spot", step.illustration.base, table
                            ),
                        )


def _unknown(name: str, kind: str, base: str, known: Mapping[str, object]) -> str:
    return f"no {kind} {name!r} on the drawing {base!r} (it has: {', '.join(sorted(known))})"


def _names(mark: Mark) -> Iterator[tuple[str, str]]:
    if mark.on:
        yield "on", mark.on
    for name in mark.through:
        yield "through", name
    if mark.region:
        yield "region", mark.region


def placed(routine: Routine) -> Routine:
    """The routine with every mark placed by name given its coordinates (the names are kept)."""
    return replace(
        routine,
        blocks=tuple(
            replace(
                block,
                steps=tuple(
                    replace(step, illustration=placed_illustration(step.illustration)) for step in block.steps
                ),
            )
            for block in routine.blocks
        ),
    )


def placed_illustration(illustration: Illustration) -> Illustration:
    drawing = drawings().get(illustration.base)
    if drawing is None or not any(_has_names(mark) for mark in illustration.marks):
        return illustration
    return replace(illustration, marks=tuple(_placed(mark, drawing) for mark in illustration.marks))


def _has_names(mark: Mark) -> bool:
    return bool(mark.on or mark.through or mark.region)


def _placed(mark: Mark, drawing: Drawing) -> Mark:
    if mark.on:
        mark = replace(mark, at=drawing.landmarks[mark.on])
    if mark.through:
        mark = replace(mark, points=tuple(drawing.landmarks[name] for name in mark.through))
    if mark.region:
        mark = replace(mark, points=drawing.regions[mark.region])
    return mark


def support_point(illustration: Illustration) -> Point | None:
    """Where the supporting hand rests, when the step names a place for it."""
    drawing = drawings().get(illustration.base)
    if drawing is None or not illustration.support:
        return None
    return drawing.landmarks.get(illustration.support)
