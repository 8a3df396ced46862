"""Whom to contact and how soon: one vocabulary for every rule, stop sign and screen.

The words are region-neutral ("your doctor", not a country's own service); the person keeps their own
numbers in Settings (My contacts), and every stop screen shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from neuroguide.core.translation import fill, tr_noop

Who = Literal["emergency", "helpline", "foot-clinic", "doctor"]
When = Literal["emergency", "now", "today", "next-appointment"]

WHO: tuple[Who, ...] = ("emergency", "helpline", "foot-clinic", "doctor")
WHEN: tuple[When, ...] = ("emergency", "now", "today", "next-appointment")  # most urgent first

# The setting that holds the person's own number (or name and number) for each.
SETTING: dict[Who, str] = {
    "emergency": "contact_emergency",
    "helpline": "contact_helpline",
    "foot-clinic": "contact_foot_clinic",
    "doctor": "contact_doctor",
}

WHO_WORDS: dict[Who, str] = {
    "emergency": tr_noop("your local emergency number"),
    "helpline": tr_noop("your cancer team's helpline"),
    "foot-clinic": tr_noop("your foot clinic"),
    "doctor": tr_noop("your doctor"),
}
WHO_WORDS_CAREGIVER: dict[Who, str] = {
    "emergency": tr_noop("your local emergency number"),
    "helpline": tr_noop("their cancer team's helpline"),
    "foot-clinic": tr_noop("their foot clinic"),
    "doctor": tr_noop("their doctor"),
}
# What each label in My contacts is called.
LABELS: dict[Who, str] = {
    "emergency": tr_noop("Local emergency number"),
    "helpline": tr_noop("Cancer team's helpline"),
    "foot-clinic": tr_noop("Foot clinic"),
    "doctor": tr_noop("Doctor"),
}

# %1 is who to contact (WHO_WORDS); %2 is the person's own number for them, in brackets, or nothing.
WHEN_WORDS: dict[When, str] = {
    "emergency": tr_noop("Call an ambulance now on %1%2."),
    "now": tr_noop("Call %1 now%2. If it is closed, call the out-of-hours or urgent number."),
    "today": tr_noop("Contact %1 today%2."),
    "next-appointment": tr_noop("Talk to %1 at the next appointment%2."),
}


@dataclass(frozen=True, order=True)
class Contact:
    """Whom to contact, and how soon."""

    who: Who
    when: When

    @property
    def urgency(self) -> int:
        """Higher is more urgent."""
        return len(WHEN) - WHEN.index(self.when)


def most_urgent(contacts: list[Contact]) -> Contact | None:
    """The contact to show first: the most urgent; the earliest named wins a tie."""
    best: Contact | None = None
    for contact in contacts:
        if best is None or contact.urgency > best.urgency:
            best = contact
    return best


def _as_written(text: str) -> str:
    return text


def advice(
    contact: Contact,
    numbers: Mapping[str, str] | None = None,
    caregiver: bool = False,
    translate: Callable[[str], str] = _as_written,
) -> str:
    """The sentence that says whom to call and how soon, with the person's own number when known.

    ``numbers`` maps each Who to what the person typed in My contacts (missing or blank: no number).
    ``translate`` puts each English piece (WHEN_WORDS, WHO_WORDS) in the reader's language before the
    pieces are put together; the number goes in as typed.
    """
    who = contact.who if contact.when != "emergency" else "emergency"
    words = translate((WHO_WORDS_CAREGIVER if caregiver else WHO_WORDS)[who])
    number = (numbers or {}).get(who, "").strip()
    sentence = translate(WHEN_WORDS[contact.when])
    return fill(sentence, words, f" ({number})" if number else "")


def numbers_from(text: Callable[[str], str]) -> dict[str, str]:
    """The person's own contacts, read through ``text`` (such as ``Settings.text``)."""
    return {who: text(key).strip() for who, key in SETTING.items() if text(key).strip()}
