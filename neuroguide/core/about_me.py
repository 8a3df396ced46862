"""The "about me" card: what a massage therapist should know, from the profile and the remembered safety
answers. Written in the first person, because the person hands it over (or a caregiver does for them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from neuroguide.core.safety import Answer, answered_yes
from neuroguide.core.translation import tr_noop

# Always on the card: numb skin cannot report too much pressure or heat (clinical brief, sections 2 and 4).
GENERAL_NOTES = (
    tr_noop(
        "I have peripheral neuropathy: my skin may not feel pressure, heat or pain properly. "
        "Please keep the pressure light, like smoothing on lotion: I may not feel it when it is too much, "
        "so watch my skin for redness as you go."
    ),
    tr_noop("Please no heat, hot stones or hot towels on numb areas."),
    tr_noop("Please stop and tell me if you see a cut, a blister, redness or swelling."),
)

# One note for each remembered answer of 'yes'; {places} is filled with the places named. The sources
# are keys of assets/sources.toml, the same as the rules'.
ANSWER_NOTES: dict[str, tuple[str, tuple[str, ...]]] = {
    "cancer-treatment": (
        tr_noop(
            "I am having cancer treatment: my white cells may be low, so please wash your hands first. If I "
            "have a temperature or feel unwell, no massage."
        ),
        ("allina-low-wbc", "christie-fever"),
    ),
    "clot": (
        tr_noop(
            "I have a blood clot in a leg, on the side of my {places}: please leave that whole leg and foot "
            "out, and no reflexology."
        ),
        ("umn-reflexology", "nhs-wales-dvt"),
    ),
    "poor-circulation": (
        tr_noop(
            "I have poor circulation in my legs: please massage my feet and legs only if my doctor agrees."
        ),
        ("umn-reflexology",),
    ),
    "bleeding-risk": (
        tr_noop(
            "I bruise easily (low platelets or a blood thinner): light touch only, no kneading, friction "
            "or pressure points."
        ),
        ("womans-cancer-massage", "lopez-2022"),
    ),
    "port-or-radiotherapy": (
        tr_noop(
            "There is a port, a line, a pain patch or a radiotherapy area on my {places}: please leave it "
            "out, and no oils there."
        ),
        ("cancer-council-massage", "macmillan-massage"),
    ),
    "lymphoedema": (
        tr_noop(
            "Lymph nodes were removed, or there is lymphoedema, on the side of my {places}: please leave "
            "that limb out."
        ),
        ("womans-cancer-massage", "cancer-council-massage"),
    ),
    "bone-or-surgery": (
        tr_noop(
            "I have cancer in a bone, a recent fracture or recent surgery: please leave that place out, "
            "and light touch only elsewhere."
        ),
        ("erapid-massage", "womans-cancer-massage"),
    ),
    "diabetic-feet": (
        tr_noop(
            "I have diabetes and my feet are numb or at high risk: light pressure only, no heat, and please "
            "look at my feet before and after."
        ),
        ("ada-feet", "iwgdf-2023", "cdc-diabetes-feet"),
    ),
    "gout": (tr_noop("I have gout: no pressure points on my feet."), ("umn-reflexology",)),
    "pregnant": (
        tr_noop(
            "I am pregnant: no pressure on the web between my thumb and first finger, and no pressure-point "
            "work unless my midwife or doctor agrees."
        ),
        ("roswell-acupressure", "umn-reflexology"),
    ),
    "oil-allergy": (
        tr_noop("I am allergic to oils or have very sensitive skin: plain, unscented lotion only."),
        ("nci-aromatherapy-pdq", "contact-dermatitis-eo-2021"),
    ),
}


@dataclass(frozen=True)
class CardNote:
    text: str  # may hold {places}, filled in (in the reader's language) from ``places``
    places: tuple[str, ...]
    sources: tuple[str, ...]  # keys of the sources table


def card_notes(answers: Mapping[str, Answer]) -> list[CardNote]:
    """The precautions for the card: the general ones, then one for each remembered 'yes'."""
    notes = [CardNote(text, (), ()) for text in GENERAL_NOTES]
    for question, (text, sources) in ANSWER_NOTES.items():
        answer = answers.get(question)
        if not answered_yes(answer):
            continue
        places = tuple(sorted(answer)) if isinstance(answer, frozenset) else ()
        notes.append(CardNote(text, places, sources))
    return notes
