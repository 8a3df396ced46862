"""Which routines to suggest first, and why, in a few words on each card.

In this order, each routine once: with diabetes, the daily foot check until it is done that day; on a
day the person said is bad (the library's "Today is a bad day", or a score of 7 or more before a
session today), the short routines for a bad day; for someone mostly in bed, those that can be done
lying or reclining; during chemotherapy, those made for it; then those for the places the person
named. Only the caregiver's routines when someone helps, and never a warm-up or cool-down: those are
added to another routine, not done on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from neuroguide.core.library import Library
from neuroguide.core.routine import Routine, Suits
from neuroguide.core.settings import Settings
from neuroguide.core.translation import tr_noop

BAD_SCORE = 7  # a score before a session (0 to 10) from which the day counts as a bad one
# The settings the suggestions read: a change to one of them suggests again.
KEYS = ("profile_places", "profile_cause", "profile_in_bed", "caregiver_mode", "bad_day_on")


@dataclass(frozen=True)
class Today:
    """What is known about today, for the suggestions: the day, and what the history says of it."""

    day: date | None = None
    worst_before: int | None = None  # the highest score given before a session today
    done: frozenset[str] = field(default_factory=frozenset)  # routines with a session today that counts


@dataclass(frozen=True)
class Suggestion:
    routine_id: str
    why: str  # a few words, translated where they are shown


def bad_day(settings: Settings, today: Today) -> bool:
    """The person said today is a bad day, or scored it so before a session."""
    said = today.day is not None and settings.text("bad_day_on") == today.day.isoformat()
    return said or (today.worst_before is not None and today.worst_before >= BAD_SCORE)


def listed(routine: Routine) -> bool:
    """A routine shown as one in the library: a warm-up or cool-down is only added to others."""
    return routine.add_on is None


def library_order(routines: Iterable[Routine]) -> list[Routine]:
    """The routines the library lists, everyday ones first (foot care, hand relief…), then those made
    for particular days or people (a bad day, the foot check, chemotherapy, bed); each as read."""
    shown = [routine for routine in routines if listed(routine)]
    return sorted(shown, key=lambda routine: bool(routine.suits))


def suggested(library: Library, settings: Settings, today: Today | None = None) -> list[Suggestion]:
    """The routines to show first, most pressing first, each with why."""
    today = today or Today()
    caregiver = settings.flag("caregiver_mode")

    def offered(routine: Routine) -> bool:
        return listed(routine) and (routine.performer != "caregiver" or caregiver)

    routines = [routine for routine in library.routines if offered(routine)]
    wanted = _areas(settings.listed("profile_places"))
    cause = settings.text("profile_cause")

    def suiting(suits: Suits) -> Callable[[Routine], bool]:
        return lambda routine: suits in routine.suits

    rules: list[tuple[bool, Callable[[Routine], bool], str]] = [
        (
            cause == "diabetes",
            lambda routine: "daily" in routine.suits and routine.id not in today.done,
            tr_noop("Your daily foot check") if not caregiver else tr_noop("Their daily foot check"),
        ),
        (
            bad_day(settings, today),
            lambda routine: "bad-day" in routine.suits and (not wanted or bool(routine.areas & wanted)),
            tr_noop("Short, for a bad day"),
        ),
        (settings.flag("profile_in_bed"), suiting("in-bed"), tr_noop("Can be done in bed")),
        (cause == "chemotherapy", suiting("chemotherapy"), tr_noop("Made for chemotherapy")),
    ]
    found: dict[str, Suggestion] = {}
    for applies, fits, why in rules:
        for routine in routines if applies else ():
            if fits(routine) and routine.id not in found:
                found[routine.id] = Suggestion(routine.id, why)
    for routine in routines:
        if routine.areas & wanted and routine.id not in found:
            found[routine.id] = Suggestion(routine.id, _places_words(routine, wanted, caregiver))
    return list(found.values())


def _areas(places: tuple[str, ...]) -> frozenset[str]:
    wanted: set[str] = set()
    if any(place.endswith("foot") for place in places):
        wanted |= {"feet", "legs"}
    if any(place.endswith("hand") for place in places):
        wanted |= {"hands", "arms"}
    return frozenset(wanted)


def _places_words(routine: Routine, wanted: frozenset[str], caregiver: bool) -> str:
    feet = bool(routine.areas & wanted & {"feet", "legs"})
    hands = bool(routine.areas & wanted & {"hands", "arms"})
    if feet and hands:
        return tr_noop("For your feet and hands") if not caregiver else tr_noop("For their feet and hands")
    if feet:
        return tr_noop("For your feet") if not caregiver else tr_noop("For their feet")
    return tr_noop("For your hands") if not caregiver else tr_noop("For their hands")
