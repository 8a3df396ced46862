"""How a session ended, as the codes the history keeps: never translated words, which the pages look
up in ``ui/kit/words``.

"Stopped for safety" is decided here only: the player shows the stop signs for it, and the session
runner asks no questions after it.
"""

from __future__ import annotations

import enum

from neuroguide.core.session import Event, SessionStopped


class StopReason(enum.StrEnum):
    SAFETY = "safety"  # "Something's wrong": stopped at once, the stop signs come next
    PERSON = "person"  # the person pressed Stop and said yes
    OTHER = "other"  # any other reason; its own words are kept beside the code, as a note


# What older versions kept in the history (and in their CSV exports) instead of a code.
OLD_STOP_TEXTS: dict[str, StopReason] = {
    "Something's wrong": StopReason.SAFETY,
    "Stopped by the person": StopReason.PERSON,
}


CODES = frozenset(reason.value for reason in StopReason)


def stopped_for_safety(event: Event) -> bool:
    return isinstance(event, SessionStopped) and event.reason == StopReason.SAFETY


def stop_code(reason: str) -> tuple[str, str]:
    """(code, note) to keep for a stop reason: a code as it is, an older text as its code, any other
    text under ``other`` with the text as its note; no reason at all stays empty."""
    reason = reason.strip()
    if not reason:
        return "", ""
    if reason in CODES:
        return reason, ""
    if reason in OLD_STOP_TEXTS:
        return OLD_STOP_TEXTS[reason].value, ""
    return StopReason.OTHER.value, reason
