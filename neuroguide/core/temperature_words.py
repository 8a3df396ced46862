"""Temperatures written in °C or °F, as the person chose or as is usual where they live, with their
decimal point ("37,5 °C", "99.5 °F"). Everything is kept and compared in °C; only the words change.

Prose that names a temperature ("37.5 °C or more") is converted where it is shown; a difference (the
feet 2.2 °C apart) is a different conversion (no 32 added), so texts that give one take it as a
blank (%1) filled with ``difference``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Unit = Literal["c", "f"]
_CELSIUS = re.compile(r"(\d+(?:[.,]\d+)?)([ \u00a0\u202f]?)°C")


def fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


@dataclass(frozen=True)
class Degrees:
    unit: Unit = "c"
    decimal_point: str = "."

    @property
    def symbol(self) -> str:
        return "°F" if self.unit == "f" else "°C"

    def number(self, celsius: float, tenths: bool = True) -> str:
        """The figure alone, to a tenth as a thermometer shows it ("31.0", "88.7"), or without a
        tenth of 0 ("20", "96.8")."""
        return self._figure(fahrenheit(celsius) if self.unit == "f" else celsius, tenths)

    def value(self, celsius: float, tenths: bool = True) -> str:
        return f"{self.number(celsius, tenths)} {self.symbol}"

    def difference(self, celsius: float) -> str:
        """A difference between two temperatures: 2.2 °C is 4.0 °F."""
        return f"{self._figure(celsius * 9 / 5 if self.unit == 'f' else celsius, True)} {self.symbol}"

    def in_text(self, text: str) -> str:
        """``text`` with every temperature it names ("37.5 °C", "37,5 °C") in this unit."""
        if self.unit == "c":
            return text

        def converted(match: re.Match[str]) -> str:
            celsius = float(match.group(1).replace(",", "."))
            return f"{self.number(celsius, tenths=False)}{match.group(2)}°F"

        return _CELSIUS.sub(converted, text)

    def typed(self, text: str) -> float:
        """Degrees typed in this unit ("31.5", "31,5", "88.7 °F"), in °C to a tenth; ValueError if
        it is not a number."""
        number = text.strip().replace(",", ".").removesuffix(self.symbol).strip()
        value = float(number)
        return round((value - 32) * 5 / 9 if self.unit == "f" else value, 1)

    def _figure(self, value: float, tenths: bool) -> str:
        text = f"{value:.1f}"
        return (text if tenths else text.removesuffix(".0")).replace(".", self.decimal_point)


CELSIUS = Degrees()
