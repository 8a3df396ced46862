"""Routines: what a routine file holds, how it is checked, and the steps it expands into.

A routine is written once per block of steps; a block names the sides it runs on, so "right then left"
steps are written once and mirrored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, Literal

from neuroguide.core.schema import Above, Between, Identifier, Location, MinItems, Text
from neuroguide.core.sources import shipped_sources

Area = Literal["feet", "hands", "legs", "arms"]
Performer = Literal["self", "caregiver", "either"]
Sides = Literal["right-left", "left-right", "both"]
Side = Literal["right", "left"]
MarkKind = Literal["arrow", "circle", "point", "zone"]

Unit = Annotated[float, Between(0.0, 1.0)]
Point = tuple[Unit, Unit]
StepSeconds = Annotated[int, Above(0, 3600)]
StrokesPerMinute = Annotated[int, Between(1, 120)]

LIMB = {"feet": "foot", "hands": "hand", "legs": "leg", "arms": "arm"}
SIDE_PLACEHOLDER = "{side}"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Mark:
    """Something drawn over the base illustration, in coordinates from 0 to 1 across the drawing.

    arrow: a stroke along ``points`` (two or more); circle: small circles round ``at``;
    point: a spot to press at ``at``; zone: an area inside ``points`` (three or more).
    """

    kind: MarkKind
    points: tuple[Point, ...] = ()
    at: Point | None = None
    radius: Annotated[float, Above(0.0, 0.5)] = 0.06

    def check(self) -> Iterator[tuple[Location, str]]:
        if self.kind == "arrow" and len(self.points) < 2:
            yield ("points",), "an arrow needs at least 2 points"
        if self.kind == "zone" and len(self.points) < 3:
            yield ("points",), "a zone needs at least 3 points"
        if self.kind in ("circle", "point") and self.at is None:
            yield ("at",), f"a {self.kind} needs 'at = [x, y]'"


@dataclass(frozen=True)
class Illustration:
    base: Identifier
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Step:
    id: Identifier
    title: Text
    text: Text
    text_caregiver: Text
    say: Text
    say_caregiver: Text
    seconds: StepSeconds
    illustration: Illustration
    pace: StrokesPerMinute | None = None

    def check(self) -> Iterator[tuple[Location, str]]:
        for name in ("title", "text", "text_caregiver", "say", "say_caregiver"):
            for placeholder in _PLACEHOLDER.findall(getattr(self, name)):
                if placeholder != SIDE_PLACEHOLDER:
                    yield (name,), f"unknown placeholder {placeholder} (only {SIDE_PLACEHOLDER})"


@dataclass(frozen=True)
class Block:
    sides: Sides
    steps: Annotated[tuple[Step, ...], MinItems(1)]
    area: Area | None = None  # when this block works on another area than the routine's own

    def check(self) -> Iterator[tuple[Location, str]]:
        if self.sides != "both":
            return
        for index, step in enumerate(self.steps):
            for name in ("title", "text", "text_caregiver", "say", "say_caregiver"):
                if SIDE_PLACEHOLDER in getattr(step, name):
                    yield (
                        ("steps", index, name),
                        f"{SIDE_PLACEHOLDER} needs a block that runs on a side, not sides = 'both'",
                    )


@dataclass(frozen=True)
class Routine:
    id: Identifier
    title: Text
    summary: Text
    area: Area
    performer: Performer
    precautions: tuple[Text, ...]
    sources: Annotated[tuple[Text, ...], MinItems(1)]
    blocks: Annotated[tuple[Block, ...], MinItems(1)]
    # Where the routine was read from; set by the loader, never by the file.
    origin: str = field(default="", metadata={"internal": True}, compare=False)

    def check(self) -> Iterator[tuple[Location, str]]:
        seen: set[str] = set()
        for b, block in enumerate(self.blocks):
            for s, step in enumerate(block.steps):
                if step.id in seen:
                    yield ("blocks", b, "steps", s, "id"), f"duplicate step id {step.id!r}"
                seen.add(step.id)
        known = shipped_sources()
        for index, source in enumerate(self.sources):
            if source not in known:
                yield ("sources", index), f"unknown source key {source!r}"

    @property
    def areas(self) -> frozenset[str]:
        """Every area the routine works on."""
        return frozenset({self.area} | {block.area for block in self.blocks if block.area})

    def plan(self) -> tuple[PlannedStep, ...]:
        return plan(self)

    @property
    def total_seconds(self) -> int:
        return sum(planned.step.seconds for planned in self.plan())

    @property
    def first_illustration(self) -> Illustration:
        return self.blocks[0].steps[0].illustration


@dataclass(frozen=True)
class PlannedStep:
    """One step as it is performed: a step of a block, on one side (or on none)."""

    step: Step
    side: Side | None
    number: int  # 1-based position in the session
    limb: str

    @property
    def key(self) -> str:
        """Unique within a session: the step id, with the side when it has one."""
        return f"{self.step.id}@{self.side}" if self.side else self.step.id

    @property
    def mirrored(self) -> bool:
        """Illustrations are drawn for the right side; the left side is their mirror image."""
        return self.side == "left"

    def title(self) -> str:
        return self._fill(self.step.title)

    def text(self, caregiver: bool = False) -> str:
        return self._fill(self.step.text_caregiver if caregiver else self.step.text)

    def spoken(self, caregiver: bool = False) -> str:
        return self._fill(self.step.say_caregiver if caregiver else self.step.say)

    def _fill(self, text: str) -> str:
        return text.replace(SIDE_PLACEHOLDER, self.side or "")


def plan(routine: Routine) -> tuple[PlannedStep, ...]:
    """Expand blocks into the steps in the order they are done, mirroring blocks over their sides."""
    order: dict[Sides, tuple[Side | None, ...]] = {
        "right-left": ("right", "left"),
        "left-right": ("left", "right"),
        "both": (None,),
    }
    planned: list[PlannedStep] = []
    for block in routine.blocks:
        limb = LIMB[block.area or routine.area]
        for side in order[block.sides]:
            for step in block.steps:
                planned.append(PlannedStep(step, side, len(planned) + 1, limb))
    return tuple(planned)
