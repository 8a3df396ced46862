"""The "about me" card: what a massage therapist should know, from the profile and the remembered safety
answers. Written in the first person, because the person hands it over (or a caregiver does for them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from neuroguide.core.safety import SOURCES, Answer, answered_yes

# Always on the card: numb skin cannot report too much pressure or heat (clinical brief, sections 2 and 4).
GENERAL_NOTES = (
    "I have peripheral neuropathy: my skin may not feel pressure, heat or pain properly. "
    "Please keep the pressure light, like smoothing on lotion, and ask me often how it feels.",
    "Please no heat, hot stones or hot towels on numb areas.",
    "Please stop and tell me if you see a cut, a blister, redness or swelling.",
)

# One note for each remembered answer of 'yes'; {places} is filled with the places named.
ANSWER_NOTES: dict[str, tuple[str, tuple[int, ...]]] = {
    "clot-or-veins": (
        "I have had a blood clot in a leg, or have varicose veins: please leave my legs out.",
        (30, 31, 32),
    ),
    "bleeding-risk": (
        "I bruise easily (low platelets or a blood thinner): light touch only, no deep pressure "
        "and no pressure points.",
        (36, 28, 37, 38),
    ),
    "port-or-radiotherapy": (
        "There is a port, a line, a pain patch or a radiotherapy area on my {places}: please leave it "
        "out, and no oils there.",
        (39, 32),
    ),
    "lymphoedema": (
        "Lymph nodes were removed, or there is lymphoedema, on the side of my {places}: please leave "
        "that limb out.",
        (36, 39),
    ),
    "bone-or-surgery": (
        "I have cancer in the bones, a recent fracture or recent surgery: no pressure, light touch only.",
        (40, 41),
    ),
    "diabetic-feet": (
        "I have diabetes and my feet are numb or at high risk: light pressure only, no heat, and please "
        "look at my feet before and after.",
        (42, 43, 44),
    ),
    "pregnant": ("I am pregnant: no pressure-point work unless my midwife or doctor agrees.", (45, 28)),
    "oil-allergy": (
        "I am allergic to oils or have very sensitive skin: plain, unscented lotion only.",
        (46, 47),
    ),
}


@dataclass(frozen=True)
class CardNote:
    text: str  # may hold {places}, filled in (in the reader's language) from ``places``
    places: tuple[str, ...]
    sources: tuple[str, ...]  # web addresses


def card_notes(answers: Mapping[str, Answer]) -> list[CardNote]:
    """The precautions for the card: the general ones, then one for each remembered 'yes'."""
    notes = [CardNote(text, (), ()) for text in GENERAL_NOTES]
    for question, (text, sources) in ANSWER_NOTES.items():
        answer = answers.get(question)
        if not answered_yes(answer):
            continue
        places = tuple(sorted(answer)) if isinstance(answer, frozenset) else ()
        notes.append(CardNote(text, places, tuple(SOURCES[n] for n in sources)))
    return notes
