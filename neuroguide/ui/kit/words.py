"""Words the pages share, translated in one place."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from neuroguide.core.content_words import shown
from neuroguide.core.translation import fill, tr, tr_noop

if TYPE_CHECKING:
    from neuroguide.store.history import SessionRecord


def side_and_limb(side: str, limb: str) -> str:
    """'Right foot': whole phrases, since word order differs between languages."""
    words = {
        ("right", "foot"): tr("Right foot"),
        ("left", "foot"): tr("Left foot"),
        ("right", "hand"): tr("Right hand"),
        ("left", "hand"): tr("Left hand"),
        ("right", "leg"): tr("Right leg"),
        ("left", "leg"): tr("Left leg"),
        ("right", "arm"): tr("Right arm"),
        ("left", "arm"): tr("Left arm"),
    }
    return words.get((side, limb), f"{side} {limb}")


def shown_language() -> str:
    return shown().language


def in_sentence(words: str) -> str:
    """A label's words inside a sentence ("Right foot" in "pain in the right foot"): its first letter
    small, except in German, whose nouns keep their capital."""
    if shown_language() == "de":
        return words
    return words[:1].lower() + words[1:]


def routine_title(record: SessionRecord) -> str:
    """The routine's title of a session in the history, in the reader's language where it can be."""
    return shown().title_of(record.routine_id, record.routine_title)


def sessions_words(count: int) -> str:
    """ "1 session", "3 sessions", in the plural forms of the reader's language."""
    return tr("%n sessions", None, count)


def place_names(places: Iterable[str]) -> str:
    """Places such as "left foot" as "Right foot, Left foot": right before left, as the routines go."""
    return ", ".join(side_and_limb(*place.split(" ", 1)) for place in sorted(places, reverse=True))


def setting_words(text: str) -> str:
    """Words declared with a setting (neuroguide.core.settings), in the reader's language."""
    return tr(text) if text else ""


# -- how a session ended: the history keeps codes (its status, core.outcome.StopReason); these are
# -- their words

OUTCOME_WORDS = {
    "finished": tr_noop("finished"),
    "stopped": tr_noop("stopped early"),
    "interrupted": tr_noop("interrupted"),
    "running": tr_noop("running"),
}

STOP_REASON_WORDS = {
    "safety": tr_noop("Something's wrong"),
    "person": tr_noop("Stopped by the person"),
}


def stop_reason_words(code: str, note: str = "") -> str:
    """A stored stop reason in words: a code's own words, or the note kept with an ``other``."""
    if code in STOP_REASON_WORDS:
        return tr(STOP_REASON_WORDS[code])
    return note or ("" if code == "other" else code)


def outcome_words(status: str, reason: str = "", note: str = "") -> str:
    """How a session ended, in words: "finished", or "stopped early: Something's wrong"."""
    words = tr(OUTCOME_WORDS.get(status, status))
    why = stop_reason_words(reason, note)
    return fill(tr("%1: %2"), words, why) if why else words


# What the skin check after a session may find (core.checkin.SKIN_FINDINGS), as its check boxes say it.
SKIN_WORDS = {
    "redness": tr_noop("Redness"),
    "blister": tr_noop("Blister"),
    "cut": tr_noop("Cut"),
    "bruise": tr_noop("Bruise"),
    "swelling": tr_noop("Swelling"),
}


def skin_words(finding: str) -> str:
    return tr(SKIN_WORDS[finding]) if finding in SKIN_WORDS else finding


def symptom_name(symptom: str) -> str:
    """ "Pain", "Tingling", "Numbness": the names of the symptoms scored (core.checkin.SYMPTOMS)."""
    return {"pain": tr("Pain"), "tingling": tr("Tingling"), "numbness": tr("Numbness")}.get(symptom, symptom)
