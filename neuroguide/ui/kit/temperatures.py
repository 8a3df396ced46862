"""Temperatures as the person reads them: in the unit they chose in Settings, or the one usual where
they live (°F in the United States and a few other places), with their language's decimal point."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from neuroguide.core.temperature_words import Degrees, Unit

_chosen = ""  # the setting "temperature_unit": "c", "f", or "" for the locale's own


def use_unit(choice: str) -> None:
    global _chosen
    _chosen = choice


def degrees() -> Degrees:
    locale = QLocale()
    unit: Unit
    if _chosen in ("c", "f"):
        unit = "f" if _chosen == "f" else "c"
    else:
        unit = "f" if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "c"
    return Degrees(unit, locale.decimalPoint())


def shown(text: str) -> str:
    """``text`` with the temperatures it names in the reader's unit."""
    return degrees().in_text(text)
