"""Routines: what a routine file holds, how it is checked, and the steps it expands into.

A routine is written once per block of steps; a block names the sides it runs on, so "right then left"
steps are written once and mirrored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, Literal

from neuroguide.core.schema import (
    Above,
    Between,
    Identifier,
    Location,
    MaxItems,
    MaxLength,
    MinItems,
    OneLine,
    Text,
    Title,
)
from neuroguide.core.sources import shipped_sources
from neuroguide.core.translation import tr_noop

Area = Literal["feet", "hands", "legs", "arms"]
Performer = Literal["self", "caregiver", "either"]
Sides = Literal["right-left", "left-right", "both"]
Side = Literal["right", "left"]
MarkKind = Literal["arrow", "circle", "point", "zone"]
# The giving hand drawn over the picture; by default the step's technique chooses it (HAND_FOR).
HandPose = Literal["flat", "thumb", "fingertip", "squeeze", "support", "none"]
# How a step touches: what a safety rule can leave out (kneading, friction, pressure points...).
# "check" is looking only; "active-exercise" the person moves the joint themself, "passive-movement" a
# helper moves it for them.
Technique = Literal[
    "check", "rest", "glide", "circle", "squeeze", "knead", "friction", "press", "active-exercise",
    "passive-movement",
]  # fmt: skip
EXERCISES: tuple[Technique, ...] = ("active-exercise", "passive-movement")  # may count repetitions, holds
# How firmly, in plain words (PRESSURE_WORDS): "none" is no touch, then a scale from 0 (resting) to 3
# (firm); a rule can cap it.
Pressure = Literal["none", "resting", "light", "moderate", "firm"]
# Who or what day a routine is made for, so suggestions can offer it: a bad day (short and gentle), a
# daily habit (the foot check), diabetes, chemotherapy, someone in bed or a recliner.
Suits = Literal["bad-day", "daily", "diabetes", "chemotherapy", "in-bed"]
# A routine of a few steps that can be added before ("warm-up") or after ("cool-down") any other.
AddOn = Literal["warm-up", "cool-down"]
# A question a step ends with, whose answer changes the rest of the session.
Asks = Literal["anything-found"]

Unit = Annotated[float, Between(0.0, 1.0)]
Point = tuple[Unit, Unit]
StepSeconds = Annotated[int, Above(0, 3600)]
StrokesPerMinute = Annotated[int, Between(1, 120)]
Repetitions = Annotated[int, Between(1, 100)]
HoldSeconds = Annotated[int, Between(1, 600)]
MAX_STEPS = 500  # written steps in a routine, before blocks are mirrored over their sides
MAX_MARKS = 20  # marks over one illustration
MAX_POINTS = 50  # points of one mark
MAX_CAUTION = 200  # characters: a caution is one short sentence or two, shown and spoken
Caution = Annotated[str, MaxLength(MAX_CAUTION), OneLine()]

# The giving hand each technique shows, placed and moved along the step's first mark.
HAND_FOR: dict[Technique, HandPose] = {
    "glide": "flat", "circle": "thumb", "friction": "thumb", "press": "fingertip", "squeeze": "squeeze",
    "knead": "squeeze", "rest": "support", "passive-movement": "support", "active-exercise": "none",
    "check": "none",
}  # fmt: skip
LIMB = {"feet": "foot", "hands": "hand", "legs": "leg", "arms": "arm"}
GROUP = {"foot": "foot", "leg": "foot", "hand": "hand", "arm": "hand"}  # a place names its limb's end
PRESSURES: tuple[Pressure, ...] = ("none", "resting", "light", "moderate", "firm")  # lightest first
PRESSURE_WORDS: dict[Pressure, str] = {
    "none": tr_noop("no touch: looking or talking only"),
    "resting": tr_noop("resting touch: the hand only lies there"),
    "light": tr_noop("light: no firmer than smoothing on lotion"),
    "moderate": tr_noop("moderate: a steady press, as if testing a ripe peach"),
    "firm": tr_noop("firm as a handshake, never painful"),
}
# Neuropathy numbs the feet and hands first, and numb skin cannot feel when it is pressed too hard:
# a step on them is never firmer than this.
NUMB_AREAS: frozenset[str] = frozenset({"feet", "hands"})
NUMB_MOST: Pressure = "light"
SIDE_PLACEHOLDER = "{side}"
TEXT_FIELDS = ("title", "text", "text_caregiver", "say", "say_caregiver", "caution", "caution_caregiver")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Words that tell a person when to stop or what to look for; a step that shows one must also say it,
# since someone listening with their eyes on their feet hears only the voice.
SAFETY_STEMS = (
    "stop", "sting", "burn", "crack", "blister", "cut", "red", "swell", "swollen", "sore", "bleed",
    "bruis", "comfortabl", "hurt", "pain", "shin bone", "slipper",
)  # fmt: skip
_SAFETY = re.compile(r"\b(" + "|".join(SAFETY_STEMS) + r")", re.IGNORECASE)


def safety_words(text: str) -> set[str]:
    """The safety words in a text, by their stem ("stings" and "sting" are one)."""
    return {match.lower() for match in _SAFETY.findall(text)}


@dataclass(frozen=True)
class Mark:
    """Something drawn over the base illustration, in coordinates from 0 to 1 across the drawing, or
    by the names of the drawing's places (assets/illustrations/places.toml).

    arrow: a stroke along ``points`` (two or more) or ``through`` named spots; circle: small circles
    round ``at`` or ``on`` a named spot; point: a spot to press at ``at`` or ``on``; zone: an area
    inside ``points`` (three or more) or a named ``region``.
    """

    kind: MarkKind
    points: Annotated[tuple[Point, ...], MaxItems(MAX_POINTS)] = ()
    at: Point | None = None
    radius: Annotated[float, Above(0.0, 0.5)] = 0.06
    on: Identifier | None = None
    through: Annotated[tuple[Identifier, ...], MaxItems(MAX_POINTS)] = ()
    region: Identifier | None = None

    def check(self) -> Iterator[tuple[Location, str]]:
        if self.kind == "arrow" and len(self.points) < 2 and len(self.through) < 2:
            yield ("points",), "an arrow needs at least 2 points, or 'through' 2 named places"
        if self.kind == "zone" and len(self.points) < 3 and not self.region:
            yield ("points",), "a zone needs at least 3 points, or a named 'region'"
        if self.kind in ("circle", "point") and self.at is None and not self.on:
            yield ("at",), f"a {self.kind} needs 'at = [x, y]' or 'on' a named place"
        for given, named in (("at", "on"), ("points", "through"), ("points", "region")):
            if getattr(self, given) and getattr(self, named):
                yield (named,), f"give '{given}' or '{named}', not both"
        wrong = {
            "through": ("circle", "point", "zone"),
            "on": ("arrow", "zone"),
            "region": ("arrow", "circle", "point"),
        }
        for name, kinds in wrong.items():
            if getattr(self, name) and self.kind in kinds:
                yield (name,), f"'{name}' is not for a {self.kind}"


@dataclass(frozen=True)
class Illustration:
    base: Identifier
    marks: Annotated[tuple[Mark, ...], MaxItems(MAX_MARKS)] = ()
    hand: HandPose | None = None  # the giving hand, when the technique's own (HAND_FOR) is not right
    support: Identifier | None = None  # a named place where the other hand holds and steadies


@dataclass(frozen=True)
class Step:
    id: Identifier
    title: Title
    text: Text
    text_caregiver: Text
    say: Text
    say_caregiver: Text
    seconds: StepSeconds
    illustration: Illustration
    technique: Technique
    pressure: Pressure
    pace: StrokesPerMinute | None = None
    technique_caregiver: Technique | None = None  # when a helper does it differently
    # Named acupressure points the step presses, such as "li4" (the hand's web); a rule can leave them out.
    points: tuple[Identifier, ...] = ()
    # A safety word that is both shown and spoken (the voice says it after the step's own line).
    caution: Caution = ""
    caution_caregiver: Caution = ""
    asks: Asks | None = None
    # For an exercise: how many times, and how long each one is held.
    repetitions: Repetitions | None = None
    hold_seconds: HoldSeconds | None = None
    # In another language than English: the step as written, for a voice in yet another language.
    english: Step | None = field(default=None, metadata={"internal": True}, compare=False, repr=False)

    def technique_for(self, caregiver: bool) -> Technique:
        return (self.technique_caregiver or self.technique) if caregiver else self.technique

    def check(self) -> Iterator[tuple[Location, str]]:
        if self.caution_caregiver and not self.caution:
            yield ("caution",), "a caution_caregiver needs a caution for the person too"
        yield from self._check_exercise()
        for name in TEXT_FIELDS:
            for placeholder in _PLACEHOLDER.findall(getattr(self, name)):
                if placeholder != SIDE_PLACEHOLDER:
                    yield (name,), f"unknown placeholder {placeholder} (only {SIDE_PLACEHOLDER})"
        for shown, said, caution in (
            ("text", "say", self.caution),
            ("text_caregiver", "say_caregiver", self.caution_caregiver or self.caution),
        ):
            missing = safety_words(getattr(self, shown)) - safety_words(getattr(self, said) + " " + caution)
            if missing:
                words = ", ".join(repr(word) for word in sorted(missing))
                yield (
                    (said,),
                    f"{shown} warns with {words}, but nothing spoken does: add it to {said} or caution",
                )

    def _check_exercise(self) -> Iterator[tuple[Location, str]]:
        allowed = " or ".join(repr(name) for name in EXERCISES)
        for name in ("repetitions", "hold_seconds"):
            if getattr(self, name) is None:
                continue
            for key, technique in (
                ("technique", self.technique),
                ("technique_caregiver", self.technique_caregiver),
            ):
                if technique is not None and technique not in EXERCISES:
                    yield (name,), f"only for an exercise: {key} must be {allowed}, not {technique!r}"
        if self.hold_seconds is not None and self.hold_seconds > self.seconds:
            yield (
                ("hold_seconds",),
                f"a hold of {self.hold_seconds} seconds is longer than the step's {self.seconds} seconds",
            )


@dataclass(frozen=True)
class Block:
    sides: Sides
    steps: Annotated[tuple[Step, ...], MinItems(1), MaxItems(MAX_STEPS)]
    area: Area | None = None  # when this block works on another area than the routine's own

    def check(self) -> Iterator[tuple[Location, str]]:
        if self.sides != "both":
            return
        for index, step in enumerate(self.steps):
            for name in TEXT_FIELDS:
                if SIDE_PLACEHOLDER in getattr(step, name):
                    yield (
                        ("steps", index, name),
                        f"{SIDE_PLACEHOLDER} needs a block that runs on a side, not sides = 'both'",
                    )


@dataclass(frozen=True)
class Routine:
    id: Identifier
    title: Title
    summary: Text
    area: Area
    performer: Performer
    precautions: tuple[Text, ...]
    sources: Annotated[tuple[Text, ...], MinItems(1)]
    blocks: Annotated[tuple[Block, ...], MinItems(1)]
    suits: tuple[Suits, ...] = ()
    add_on: AddOn | None = None
    # Where the routine was read from; set by the loader, never by the file.
    origin: str = field(default="", metadata={"internal": True}, compare=False)
    # The language of its words, and, when that is not English, the routine as written (for a voice
    # in another language) and the words for "right" and "left" by limb ({side} in the texts).
    language: str = field(default="en", metadata={"internal": True}, compare=False)
    english: Routine | None = field(default=None, metadata={"internal": True}, compare=False, repr=False)
    side_words: tuple[tuple[str, str, str], ...] = field(
        default=(), metadata={"internal": True}, compare=False, repr=False
    )  # (side, limb, word)

    def check(self) -> Iterator[tuple[Location, str]]:
        written = sum(len(block.steps) for block in self.blocks)
        if written > MAX_STEPS:
            yield ("blocks",), f"expected at most {MAX_STEPS} steps in all, got {written}"
            return
        seen: set[str] = set()
        for b, block in enumerate(self.blocks):
            for s, step in enumerate(block.steps):
                if step.id in seen:
                    yield ("blocks", b, "steps", s, "id"), f"duplicate step id {step.id!r}"
                seen.add(step.id)
        yield from self._check_numb_areas()
        known = shipped_sources()
        for index, source in enumerate(self.sources):
            if source not in known:
                yield ("sources", index), f"unknown source key {source!r}"

    def _check_numb_areas(self) -> Iterator[tuple[Location, str]]:
        most = PRESSURES.index(NUMB_MOST)
        for b, block in enumerate(self.blocks):
            area = block.area or self.area
            for s, step in enumerate(block.steps):
                if area in NUMB_AREAS and PRESSURES.index(step.pressure) > most:
                    yield (
                        ("blocks", b, "steps", s, "pressure"),
                        f"at most {NUMB_MOST!r} on the {area}, where numb skin cannot judge force,"
                        f" got {step.pressure!r}",
                    )

    @property
    def touches(self) -> bool:
        """Whether any step touches (a routine of looking only, the daily foot check, does not)."""
        return any(step.pressure != "none" for block in self.blocks for step in block.steps)

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
    def minutes(self) -> int:
        """How long it takes, in whole minutes as a person is told it (never 0)."""
        return max(1, round(self.total_seconds / 60))

    @property
    def first_illustration(self) -> Illustration:
        return self.blocks[0].steps[0].illustration

    def side_word(self, side: Side, limb: str) -> str:
        """'right' or 'left' in the routine's language, agreeing with the limb ("pie derecho")."""
        return next((word for named, of, word in self.side_words if named == side and of == limb), side)


@dataclass(frozen=True)
class PlannedStep:
    """One step as it is performed: a step of a block, on one side (or on none)."""

    step: Step
    side: Side | None
    number: int  # 1-based position in the session
    limb: str
    side_word: str = ""  # the side in the routine's language, for {side}; the side itself by default

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
        """The step's own line, then its caution: a safety word is never only on screen."""
        line = self._fill(self.step.say_caregiver if caregiver else self.step.say)
        caution = self.caution(caregiver)
        return f"{line} {caution}" if caution else line

    def caution(self, caregiver: bool = False) -> str:
        return self._fill(
            (self.step.caution_caregiver or self.step.caution) if caregiver else self.step.caution
        )

    @property
    def place(self) -> str | None:
        """The place this step works on, such as "left foot" (a foot and its leg, a hand and its arm)."""
        return f"{self.side} {GROUP[self.limb]}" if self.side else None

    def _fill(self, text: str) -> str:
        return text.replace(SIDE_PLACEHOLDER, self.side_word or self.side or "")


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
                word = routine.side_word(side, limb) if side else ""
                planned.append(PlannedStep(step, side, len(planned) + 1, limb, word))
    return tuple(planned)
