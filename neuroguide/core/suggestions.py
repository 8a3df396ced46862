"""Which routines to suggest first: those for the places the person said their symptoms are, and
only the caregiver's routines when someone helps."""

from __future__ import annotations

from neuroguide.core.library import Library
from neuroguide.core.routine import Routine
from neuroguide.core.settings import Settings


def suggested(library: Library, settings: Settings) -> list[str]:
    """Routines that fit the places the person named, and who gives the massage."""
    places = settings.listed("profile_places")
    if not places:
        return []
    wanted = {"feet", "legs"} if any(place.endswith("foot") for place in places) else set()
    if any(place.endswith("hand") for place in places):
        wanted |= {"hands", "arms"}

    def fits(routine: Routine) -> bool:
        if routine.performer == "caregiver" and not settings.flag("caregiver_mode"):
            return False
        return bool(routine.areas & wanted)

    return [routine.id for routine in library.routines if fits(routine)]
