"""One look for the whole app: a calm palette, one type scale, large targets and a visible focus.

Three themes (light, dark and high contrast), chosen by the person or following the desktop. Sizes
are given relative to the application font, so a larger system font or the text-size setting scales
every page together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from neuroguide.ui.kit.stylesheet import MARKS, MIN_TARGET, build_stylesheet, mark_colour, mark_file, mark_svg
from neuroguide.ui.kit.themes import (
    APPEARANCES,
    DARK,
    HIGH_CONTRAST,
    ILLUSTRATION_SKIN,
    LIGHT,
    SYMPTOM_LINES,
    THEMES,
    Theme,
    contrast_pairs,
)

if TYPE_CHECKING:  # the Qt namespace costs a dozen milliseconds to build: not before the first paint
    from PySide6.QtCore import Qt

__all__ = [
    "APPEARANCES",
    "DARK",
    "GAP",
    "HIGH_CONTRAST",
    "ILLUSTRATION_SKIN",
    "LARGE_TEXT_POINTS",
    "LIGHT",
    "MARGIN",
    "MARKS",
    "MIN_BODY_POINTS",
    "MIN_TARGET",
    "SCALE",
    "SPACING",
    "SYMPTOM_LINES",
    "THEMES",
    "SpacedStyle",
    "Theme",
    "apply",
    "body_points",
    "colour",
    "contrast_pairs",
    "desktop_prefers_still",
    "desktop_theme",
    "first_paint_theme",
    "mark_colour",
    "mark_file",
    "mark_svg",
    "palette",
    "set_role",
    "stylesheet",
    "system_theme",
    "text_percent",
    "theme",
]

MIN_BODY_POINTS = 12.0
LARGE_TEXT_POINTS = 18.0  # from here on, side-by-side parts of a page stack one above the other

_theme = LIGHT
_system_points: float | None = None  # the desktop's own text size, before the text-size setting
_system_style: str | None = None  # the name of the platform's style, under SpacedStyle


def theme() -> Theme:
    """The theme the app shows now."""
    return _theme


def colour(value: str) -> QColor:
    """A theme colour ('#RRGGBB' or '#RRGGBBAA') as Qt wants it."""
    if len(value) == 9:
        return QColor(int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16), int(value[7:9], 16))
    return QColor(value)


def desktop_theme(scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> Theme:
    """What the desktop asks for: high contrast first, then dark or light."""
    from PySide6.QtCore import Qt

    if contrast == Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def first_paint_theme(app: QGuiApplication) -> Theme:
    """Dark or light as the desktop's own palette is, for the very first paint: asking Qt for the
    colour scheme builds the whole Qt namespace (a dozen milliseconds), so the full answer (high
    contrast too) waits until the window is shown; this one only looks at a colour."""
    return DARK if app.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def system_theme(app: QGuiApplication) -> Theme:
    hints = app.styleHints()
    return desktop_theme(hints.colorScheme(), hints.accessibility().contrastPreference())


def desktop_prefers_still(app: QGuiApplication) -> bool:
    """Whether the desktop asks for reduced motion. Qt tells from 6.12 on (motionPreference); with an
    older Qt this is False and the app's own "keep the pictures still" setting is the way."""
    from PySide6 import QtCore

    hints = app.styleHints().accessibility()
    preference = getattr(hints, "motionPreference", None)
    reduced = getattr(getattr(QtCore.Qt, "MotionPreference", None), "ReducedMotion", None)
    return preference is not None and reduced is not None and preference() == reduced


# One spacing scale, in logical px: every gap and margin of every layout is one of these (the Qt
# style's own defaults are brought onto it by SpacedStyle; tests/test_every_theme.py checks them all).
SPACING = (0, 4, 8, 12, 16, 24, 32, 48)
GAP = 12  # between controls
MARGIN = 16  # inside a window's edge


class SpacedStyle(QProxyStyle):
    """The platform's style, with its layout gaps and margins taken from the spacing scale."""

    GAPS = (
        QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
        QStyle.PixelMetric.PM_LayoutVerticalSpacing,
    )
    MARGINS = (
        QStyle.PixelMetric.PM_LayoutLeftMargin,
        QStyle.PixelMetric.PM_LayoutRightMargin,
        QStyle.PixelMetric.PM_LayoutTopMargin,
        QStyle.PixelMetric.PM_LayoutBottomMargin,
    )

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric in self.GAPS:
            return GAP
        if metric in self.MARGINS:
            return MARGIN if widget is not None and widget.isWindow() else GAP
        return super().pixelMetric(metric, option, widget)


# Text roles, as multiples of the body size.
SCALE = {"small": 0.9, "body": 1.0, "lead": 1.25, "title": 1.6, "display": 1.9, "countdown": 4.0}


def body_points() -> float:
    font = QApplication.font()
    return max(font.pointSizeF(), MIN_BODY_POINTS)


def set_role(widget: QWidget, role: str, bold: bool = False) -> None:
    """Give a widget's text one of the type scale's sizes (kept when the text size changes)."""
    widget.setProperty("textRole", role)
    widget.setProperty("textBold", bold)
    _size_role(widget)


def _size_role(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(body_points() * SCALE[str(widget.property("textRole"))])
    font.setBold(bool(widget.property("textBold")))
    widget.setFont(font)


def apply(app: QApplication, chosen: Theme | None = None, text_percent: int | None = None) -> None:
    """Show ``chosen`` theme (or keep the current one) at ``text_percent`` of the desktop's text size
    (or keep the current size), on every window, open or still to come."""
    global _theme, _system_points, _system_style
    if _system_points is None:
        _system_points = app.font().pointSizeF()
    if chosen is not None:
        _theme = chosen
    font = app.font()
    points = max(_system_points, MIN_BODY_POINTS)
    if text_percent is not None:
        font.setPointSizeF(points * text_percent / 100)
        app.setFont(font)
    elif font.pointSizeF() < MIN_BODY_POINTS:
        font.setPointSizeF(MIN_BODY_POINTS)
        app.setFont(font)
    if _system_style is None:  # once: the platform's own style, before any style sheet wraps it
        _system_style = app.style().name()
        app.setStyle(SpacedStyle(_system_style))
    app.setPalette(palette(_theme))
    app.setStyleSheet(stylesheet(_theme))
    for widget in app.allWidgets():
        if widget.property("textRole"):
            _size_role(widget)


def text_percent() -> int:
    """The text size shown now, in percent of the desktop's."""
    points = max(_system_points or MIN_BODY_POINTS, MIN_BODY_POINTS)
    return round(100 * body_points() / points)


def palette(chosen: Theme) -> QPalette:
    result = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    roles = (
        (QPalette.ColorRole.Window, chosen.background),
        (QPalette.ColorRole.Base, chosen.surface),
        (QPalette.ColorRole.AlternateBase, chosen.background),
        (QPalette.ColorRole.Button, chosen.surface),
        (QPalette.ColorRole.WindowText, chosen.text),
        (QPalette.ColorRole.Text, chosen.text),
        (QPalette.ColorRole.ButtonText, chosen.text),
        (QPalette.ColorRole.BrightText, chosen.text),
        (QPalette.ColorRole.Highlight, chosen.accent),
        (QPalette.ColorRole.HighlightedText, chosen.on_accent),
        (QPalette.ColorRole.PlaceholderText, chosen.muted),
        (QPalette.ColorRole.ToolTipBase, chosen.surface),
        (QPalette.ColorRole.ToolTipText, chosen.text),
        (QPalette.ColorRole.Link, chosen.accent_text),
        (QPalette.ColorRole.LinkVisited, chosen.accent_text),
        (QPalette.ColorRole.Light, chosen.surface),
        (QPalette.ColorRole.Midlight, chosen.panel_border),
        (QPalette.ColorRole.Mid, chosen.border),
        (QPalette.ColorRole.Dark, chosen.border),
        (QPalette.ColorRole.Shadow, chosen.background),
        (QPalette.ColorRole.Accent, chosen.accent),
    )
    for role, value in roles:
        for group in groups:
            result.setColor(group, role, QColor(value))
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(chosen.disabled_text))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(chosen.disabled_bg))
    return result


def stylesheet(chosen: Theme | None = None) -> str:
    return build_stylesheet(chosen or _theme, body_points())
