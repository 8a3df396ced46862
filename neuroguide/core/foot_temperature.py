"""Foot skin temperature: a reading of each foot a day, and what a difference between them means.

A foot that is warmer than the other can be the first sign of inflammation (a pressure injury, a
Charcot foot) in a foot too numb to hurt. IWGDF 2023 (``iwgdf-2023``): a difference of more than
2.2 °C between the same places on the two feet, on two days running, means resting the warmer foot
and asking the foot clinic. A reading outside what skin can be (about 20 to 40 °C) is refused: it is
a thermometer pointed at the air or a typing slip, and advice from it would mislead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from neuroguide.core.contacts import Contact, advice
from neuroguide.core.temperature_words import CELSIUS, Degrees
from neuroguide.core.translation import fill, tr_noop

SOURCES = ("iwgdf-2023",)  # by key, from assets/sources.toml
LOWEST, HIGHEST = 20.0, 40.0  # °C: what a foot's skin can be; a reading outside is refused
DIFFERENCE = 2.2  # °C: more than this between the feet is a warm foot (IWGDF 2023)

Foot = Literal["right", "left"]
Kind = Literal["rest", "again", "even"]

OUT_OF_RANGE = tr_noop(
    "%1: %2 is not a foot's skin temperature, which is between %3 and %4. Measure again, or check what "
    "was typed."
)
NOT_A_NUMBER = tr_noop("%1: type the degrees as a number, such as %2.")
EXAMPLE = 31.5  # °C: a foot's skin, as the example of what to type
FOOT_WORDS: dict[Foot, str] = {"right": tr_noop("Right foot"), "left": tr_noop("Left foot")}


class ReadingError(ValueError):
    """A reading that cannot be right; the message is meant for the person."""


def degrees(text: str, foot: Foot, translate: Callable[[str], str] = str, unit: Degrees = CELSIUS) -> float:
    """The degrees typed for ``foot`` ("31.5" or "31,5", in ``unit``), in °C to a tenth; ReadingError
    says what is wrong."""
    try:
        value = unit.typed(text)
    except ValueError:
        words = fill(translate(NOT_A_NUMBER), translate(FOOT_WORDS[foot]), unit.number(EXAMPLE))
        raise ReadingError(words) from None
    check(value, foot, translate, unit)
    return value


def check(value: float, foot: Foot, translate: Callable[[str], str] = str, unit: Degrees = CELSIUS) -> None:
    if not LOWEST <= value <= HIGHEST:  # NaN fails this too
        words = (
            translate(FOOT_WORDS[foot]),
            unit.value(value, False),
            unit.value(LOWEST, False),
            unit.value(HIGHEST, False),
        )
        raise ReadingError(fill(translate(OUT_OF_RANGE), *words))


@dataclass(frozen=True)
class Reading:
    """Both feet measured on one day, in °C."""

    day: date
    right: float
    left: float
    recorded_at: datetime | None = None  # when it was written down; the day is what the rule uses

    def __post_init__(self) -> None:
        check(self.right, "right")
        check(self.left, "left")

    @property
    def difference(self) -> float:
        """How much warmer the warmer foot is, to a tenth (so 33.3 against 31.1 is 2.2, not 2.19999)."""
        return round(abs(self.right - self.left), 1)

    @property
    def warm_foot(self) -> Foot | None:
        """The foot more than DIFFERENCE warmer than the other, if one is."""
        if self.difference <= DIFFERENCE:
            return None
        return "right" if self.right > self.left else "left"


@dataclass(frozen=True)
class Advice:
    """What the newest reading means: ``rest`` (the same foot warm two days running), ``again`` (warm
    today only: measure again tomorrow), or ``even`` (nothing to do)."""

    kind: Kind
    day: date  # the newest reading's day
    foot: Foot | None = None


def by_day(readings: Iterable[Reading]) -> dict[date, Reading]:
    """The last reading of each day: a second reading the same day (measured again) replaces the first."""
    found: dict[date, Reading] = {}
    for reading in sorted(
        readings, key=lambda r: (r.day, r.recorded_at.timestamp() if r.recorded_at else 0.0)
    ):
        found[reading.day] = reading
    return found


def assess(readings: Iterable[Reading]) -> Advice | None:
    """The advice for the newest day measured, from it and the calendar day before; None without any."""
    days = by_day(readings)
    if not days:
        return None
    newest = days[max(days)]
    foot = newest.warm_foot
    if foot is None:
        return Advice("even", newest.day)
    before = days.get(newest.day - timedelta(days=1))
    running = before is not None and before.warm_foot == foot
    return Advice("rest" if running else "again", newest.day, foot)


def warm_runs(readings: Iterable[Reading]) -> list[tuple[date, date, Foot]]:
    """Every stretch of two or more days running with the same foot warm: (first day, last day, foot)."""
    runs: list[tuple[date, date, Foot]] = []
    days = by_day(readings)
    start: date | None = None
    for day in sorted(days):
        foot = days[day].warm_foot
        before = days.get(day - timedelta(days=1))
        if foot is not None and before is not None and before.warm_foot == foot:
            start = start or before.day
            if runs and runs[-1][0] == start:
                runs[-1] = (start, day, foot)
            else:
                runs.append((start, day, foot))
        else:
            start = None
    return runs


_WARMER: dict[tuple[Foot, bool], str] = {
    ("right", False): tr_noop("Your right foot is %1 warmer than your left."),
    ("left", False): tr_noop("Your left foot is %1 warmer than your right."),
    ("right", True): tr_noop("Their right foot is %1 warmer than their left."),
    ("left", True): tr_noop("Their left foot is %1 warmer than their right."),
}
_REST = (
    tr_noop(
        "It was warmer yesterday too. Rest that foot today: stand and walk as little as you can. "
        "A warm foot can be the first sign of a problem you cannot feel."
    ),
    tr_noop(
        "It was warmer yesterday too. They should rest that foot today: standing and walking as little "
        "as they can. A warm foot can be the first sign of a problem they cannot feel."
    ),
)
_AGAIN = (
    tr_noop("Measure both feet again tomorrow, at the same time and in the same places."),
    tr_noop("Measure both their feet again tomorrow, at the same time and in the same places."),
)
_EVEN = (
    tr_noop("Your feet are within %1 of each other: nothing more to do today."),
    tr_noop("Their feet are within %1 of each other: nothing more to do today."),
)


def advice_lines(
    found: Advice,
    difference: float,
    numbers: Mapping[str, str] | None = None,
    caregiver: bool = False,
    translate: Callable[[str], str] = str,
    unit: Degrees = CELSIUS,
) -> list[str]:
    """What to do, in plain words; ``rest`` ends with whom to call, with the foot clinic's own number."""
    if found.kind == "even" or found.foot is None:
        return [fill(translate(_EVEN[caregiver]), unit.difference(DIFFERENCE))]
    lines = [fill(translate(_WARMER[(found.foot, caregiver)]), unit.difference(difference))]
    if found.kind == "again":
        return [*lines, translate(_AGAIN[caregiver])]
    return [
        *lines,
        translate(_REST[caregiver]),
        advice(Contact("foot-clinic", "today"), numbers, caregiver, translate),
    ]
