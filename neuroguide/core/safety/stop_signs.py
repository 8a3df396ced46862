"""The stop signs shown during a session: a sign to stop at once, what to do, and whom to contact how
soon. Each cites its sources by key (assets/sources.toml); `neuroguide safety rules` prints them."""

from __future__ import annotations

from neuroguide.core.contacts import Contact
from neuroguide.core.safety.model import StopSign
from neuroguide.core.safety.rules import AMBULANCE
from neuroguide.core.translation import tr_noop

STOP_SIGNS: tuple[StopSign, ...] = (
    StopSign(
        tr_noop("Chest pain, or trouble breathing, swallowing or speaking."),
        tr_noop("Stop. Call an ambulance now."),
        AMBULANCE,
        ("hse-chest-pain", "nhs-wales-dvt", "nhs-gbs"),
    ),
    StopSign(
        tr_noop("One leg swollen, painful, warm or red."),
        tr_noop(
            "Stop: it can be a blood clot. Call your doctor now; if closed, the out-of-hours or urgent "
            "number."
        ),
        Contact("doctor", "now"),
        ("nhs-wales-dvt",),
    ),
    StopSign(
        tr_noop("A foot that turns hot and swollen, or changes shape."),
        tr_noop("Stop, take the weight off it, and call your foot clinic or doctor now."),
        Contact("foot-clinic", "now"),
        ("diabetes-uk-serious-foot",),
    ),
    StopSign(
        tr_noop("A foot that turns cold, pale, blue or dark."),
        tr_noop("Stop. Call your doctor now. If it happened suddenly and hurts, call an ambulance."),
        Contact("doctor", "now"),
        ("nhs-pad-cli", "nhs-pad"),
    ),
    StopSign(
        tr_noop("A temperature, shivering or feeling unwell during cancer treatment."),
        tr_noop("Stop. Call your cancer team's helpline now, day or night."),
        Contact("helpline", "now"),
        ("christie-fever",),
    ),
    StopSign(
        tr_noop("An arm with a line or port that swells, reddens or hurts."),
        tr_noop("Stop. Call your cancer team's helpline now."),
        Contact("helpline", "now"),
        ("gstt-picc", "christie-fever"),
    ),
    StopSign(
        tr_noop("A temperature, shivering or feeling unwell, at other times."),
        tr_noop("Stop and rest. If it does not settle, contact your doctor today."),
        Contact("doctor", "today"),
        ("nsw-infection", "nice-cg151-public"),
    ),
    StopSign(
        tr_noop("Weakness or numbness that spreads over hours or days."),
        tr_noop("Stop. See a doctor today."),
        Contact("doctor", "today"),
        ("nhs-gbs",),
    ),
    StopSign(
        tr_noop(
            "Redness that does not fade, bruising, a blister, bleeding or broken skin; a rash after an oil."
        ),
        tr_noop(
            "Stop and leave that place out today. Cover broken skin with a clean dressing. Do not use "
            "that oil "
            "again. With diabetes, a problem on a foot: contact your foot clinic today."
        ),
        None,
        ("diabetes-uk-serious-foot", "nccih-massage", "nci-aromatherapy-pdq"),
    ),
    StopSign(
        tr_noop("Pain, burning or tingling that flares up and stays."),
        tr_noop("Stop and rest. If it does not settle, tell your doctor or nurse before the next session."),
        Contact("doctor", "next-appointment"),
        ("cancer-council-massage",),
    ),
    StopSign(
        tr_noop(
            "Neuropathy that slowly gets worse over weeks; during cancer treatment, before the next dose."
        ),
        tr_noop("Tell your doctor, or your cancer team before your next treatment."),
        Contact("doctor", "next-appointment"),
        ("nhs-inform-neuropathy", "asco-cipn-2020"),
    ),
)
