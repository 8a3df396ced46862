"""Words the pages share, translated in one place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Words", text)


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


def place_names(places: Iterable[str]) -> str:
    """Places such as "left foot" as "Right foot, Left foot": right before left, as the routines go."""
    return ", ".join(side_and_limb(*place.split(" ", 1)) for place in sorted(places, reverse=True))


def setting_words(text: str) -> str:
    """Words declared with a setting (neuroguide.core.settings), in the reader's language."""
    from neuroguide.core.settings import CONTEXT

    return QCoreApplication.translate(CONTEXT, text) if text else ""
