"""Colour contrast as WCAG 2 measures it: relative luminance and the ratio between two colours.

Text needs 4.5:1 against what is behind it (7:1 for the high-contrast theme); focus rings, chart lines
and other shapes that carry meaning need 3:1.
"""

from __future__ import annotations

TEXT_MINIMUM = 4.5
HIGH_CONTRAST_TEXT_MINIMUM = 7.0
SHAPE_MINIMUM = 3.0


def rgb(colour: str) -> tuple[int, int, int]:
    """(red, green, blue) of '#RRGGBB' or '#RRGGBBAA' (the alpha is ignored: every theme colour is
    opaque where contrast is measured)."""
    text = colour.lstrip("#")
    if len(text) not in (6, 8) or any(char not in "0123456789abcdefABCDEF" for char in text):
        raise ValueError(f"not a colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (_linear(channel) for channel in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
