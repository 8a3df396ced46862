"""A warm-up before a routine and a cool-down after it, when the person asked for them in Settings.

An add-on is a routine of its own (``add_on = "warm-up"`` or ``"cool-down"``), joined to the chosen
routine as its first or last blocks, so the safety questions, the player and the history treat the
session as one routine. A routine of checks only (the daily foot check) gets none: there is nothing
to warm up for.
"""

from __future__ import annotations

from dataclasses import replace

from neuroguide.core.library import Library
from neuroguide.core.routine import AddOn, Block, Routine


def add_on(library: Library, kind: AddOn) -> Routine | None:
    """The first routine of the library that is an add-on of ``kind``."""
    return next((routine for routine in library.routines if routine.add_on == kind), None)


def with_add_ons(routine: Routine, library: Library, warm_up: bool, cool_down: bool) -> Routine:
    """``routine`` with the warm-up's steps before it and the cool-down's after it, as asked for."""
    if routine.add_on or not routine.touches:
        return routine
    before = add_on(library, "warm-up") if warm_up else None
    after = add_on(library, "cool-down") if cool_down else None
    if before is None and after is None:
        return routine
    blocks = (*_blocks_of(before), *routine.blocks, *_blocks_of(after))
    sources, precautions = list(routine.sources), list(routine.precautions)
    for extra in (before, after):
        sources += extra.sources if extra is not None else ()
        precautions += extra.precautions if extra is not None else ()
    return replace(
        routine,
        blocks=blocks,
        sources=tuple(dict.fromkeys(sources)),
        precautions=tuple(dict.fromkeys(precautions)),
    )


def _blocks_of(extra: Routine | None) -> tuple[Block, ...]:
    """An add-on's blocks, each naming its own area, with step ids that cannot meet the routine's."""
    if extra is None:
        return ()
    return tuple(
        replace(
            block,
            area=block.area or extra.area,
            steps=tuple(replace(step, id=f"{extra.add_on}-{step.id}"[:64]) for step in block.steps),
        )
        for block in extra.blocks
    )
