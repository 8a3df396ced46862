"""One look for the whole app: a calm palette, one type scale, large targets and a visible focus.

Three themes (light, dark and high contrast), chosen by the person or following the desktop. Sizes
are given relative to the application font, so a larger system font or the text-size setting scales
every page together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from neuroguide.core.contrast import HIGH_CONTRAST_TEXT_MINIMUM, SHAPE_MINIMUM, TEXT_MINIMUM

if TYPE_CHECKING:  # the Qt namespace costs a dozen milliseconds to build: not before the first paint
    from PySide6.QtCore import Qt

MIN_TARGET = 48  # logical px; above the 44 px minimum, for numb fingers
MIN_BODY_POINTS = 12.0
LARGE_TEXT_POINTS = 18.0  # from here on, side-by-side parts of a page stack one above the other
ILLUSTRATION_SKIN = "#F4EAE2"  # the drawings' fill, which the strokes are drawn over
SYMPTOM_LINES = ("pain", "tingling", "numbness")


@dataclass(frozen=True)
class Theme:
    """One palette: every colour the app paints with. Pairs that must contrast are checked in
    tests/test_themes.py (text 4.5:1, 7:1 in high contrast; focus, lines and borders 3:1)."""

    name: str
    dark: bool
    background: str  # the page
    surface: str  # fields, buttons, cards, the chart
    text: str
    muted: str  # secondary text, on the page and on surfaces
    accent: str  # filled primary buttons, the chosen score, the calendar's heading
    on_accent: str  # text on the accent
    accent_text: str  # accent-coloured words and lines on the page and on surfaces
    accent_soft: str  # a chosen option's fill, the days with a session
    accent_hover: str
    pressed: str
    border: str  # buttons' and fields' edges (3:1 against the page)
    panel_border: str  # quiet frames around groups (decoration only)
    focus: str  # the focus ring: 3:1 against everything it can sit on
    warning_bg: str
    warning_border: str
    danger: str  # words and edges of the "something's wrong" button
    danger_hover: str
    disabled_text: str
    disabled_bg: str
    track: str  # the progress bar's empty part
    mark: str  # strokes drawn over the illustrations
    mark_zone: str  # a zone's fill over the illustrations, '#RRGGBBAA'
    paper: str  # behind the illustrations, which are drawn on light paper in every theme
    pain: str
    tingling: str
    numbness: str
    grid: str  # the chart's grid lines (decoration)
    marker_dot: str  # the person's markers on the chart


LIGHT = Theme(
    name="light",
    dark=False,
    background="#FAF7F2",
    surface="#FFFFFF",
    text="#1F2328",
    muted="#4A5260",
    accent="#1D5FA8",
    on_accent="#FFFFFF",
    accent_text="#1D5FA8",
    accent_soft="#E3EDF8",
    accent_hover="#174E8C",
    pressed="#CFDDEE",
    border="#857D73",
    panel_border="#E2DDD5",
    focus="#000000",
    warning_bg="#FFF4D6",
    warning_border="#A86A00",
    danger="#8C1D18",
    danger_hover="#FBE9E7",
    disabled_text="#5E636B",
    disabled_bg="#EFEBE5",
    track="#E7E2DA",
    mark="#C2410C",
    mark_zone="#1D5FA83C",
    paper="#FAF7F2",
    pain="#B3261E",
    tingling="#1D5FA8",
    numbness="#5B3E96",
    grid="#E2DDD5",
    marker_dot="#4A3F3A",
)

DARK = Theme(
    name="dark",
    dark=True,
    background="#17191C",
    surface="#23272D",
    text="#ECEEF1",
    muted="#B7BEC8",
    accent="#2F6FB8",
    on_accent="#FFFFFF",
    accent_text="#8EBBF2",
    accent_soft="#1E3550",
    accent_hover="#25599A",
    pressed="#2A4566",
    border="#7D8693",
    panel_border="#343A42",
    focus="#FFD166",
    warning_bg="#3A2E12",
    warning_border="#D9A23A",
    danger="#FF9A8F",
    danger_hover="#3D2220",
    disabled_text="#A3A9B2",
    disabled_bg="#2B2F35",
    track="#3A3F46",
    mark="#C2410C",
    mark_zone="#1D5FA83C",
    paper="#E9E3DA",
    pain="#FF8A80",
    tingling="#7FB2F0",
    numbness="#C5A8F5",
    grid="#3A3F46",
    marker_dot="#E6DCD3",
)

HIGH_CONTRAST = Theme(
    name="contrast",
    dark=True,
    background="#000000",
    surface="#0D0D0D",
    text="#FFFFFF",
    muted="#E0E0E0",
    accent="#1A4D8F",
    on_accent="#FFFFFF",
    accent_text="#7FD4FF",
    accent_soft="#00324D",
    accent_hover="#143A6B",
    pressed="#003F60",
    border="#FFFFFF",
    panel_border="#BDBDBD",
    focus="#FFE600",
    warning_bg="#1F1800",
    warning_border="#FFE600",
    danger="#FF8A80",
    danger_hover="#2A0E0C",
    disabled_text="#C8C8C8",
    disabled_bg="#1A1A1A",
    track="#4D4D4D",
    mark="#B83200",
    mark_zone="#1D5FA83C",
    paper="#FFFFFF",
    pain="#FF7A70",
    tingling="#66CCFF",
    numbness="#E0B0FF",
    grid="#595959",
    marker_dot="#FFFFFF",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}
APPEARANCES = ("system", "light", "dark", "contrast")  # the setting's choices

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


def contrast_pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, the least ratio allowed) for every pair the theme paints."""
    text = HIGH_CONTRAST_TEXT_MINIMUM if t is HIGH_CONTRAST else TEXT_MINIMUM
    pairs = [
        ("text on the page", t.text, t.background, text),
        ("text on a surface", t.text, t.surface, text),
        ("muted text on the page", t.muted, t.background, text),
        ("muted text on a surface", t.muted, t.surface, text),
        ("words on the accent", t.on_accent, t.accent, text),
        ("words on the accent, pointed at", t.on_accent, t.accent_hover, text),
        ("accent words on the page", t.accent_text, t.background, text),
        ("accent words on a surface", t.accent_text, t.surface, text),
        ("a chosen option's words", t.accent_text, t.accent_soft, text),
        ("text on a button pointed at", t.text, t.accent_soft, text),
        ("text on a button pressed", t.text, t.pressed, text),
        ("text in a warning", t.text, t.warning_bg, text),
        ("the danger button's words", t.danger, t.surface, text),
        ("the danger button's words, pointed at", t.danger, t.danger_hover, text),
        ("a disabled button's words", t.disabled_text, t.disabled_bg, TEXT_MINIMUM),
        ("the focus ring on the page", t.focus, t.background, SHAPE_MINIMUM),
        ("the focus ring on a surface", t.focus, t.surface, SHAPE_MINIMUM),
        ("the focus ring on the accent", t.focus, t.accent, SHAPE_MINIMUM),
        ("the focus ring on a chosen option", t.focus, t.accent_soft, SHAPE_MINIMUM),
        ("the focus ring in a warning", t.focus, t.warning_bg, SHAPE_MINIMUM),
        ("a control's edge on the page", t.border, t.background, SHAPE_MINIMUM),
        ("a control's edge on a surface", t.border, t.surface, SHAPE_MINIMUM),
        ("a warning's edge", t.warning_border, t.background, SHAPE_MINIMUM),
        ("the progress bar", t.accent_text, t.track, SHAPE_MINIMUM),
        ("the chart's markers", t.marker_dot, t.surface, SHAPE_MINIMUM),
        ("the strokes on a picture", t.mark, ILLUSTRATION_SKIN, SHAPE_MINIMUM),
    ]
    pairs += [(f"the {name} line", getattr(t, name), t.surface, SHAPE_MINIMUM) for name in SYMPTOM_LINES]
    return pairs


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


# Small drawings the style sheet needs as files (it takes no inline pictures), one a colour that a
# theme paints them in, shipped in assets/icons/style (tests/test_themes.py checks every one is there).
MARKS = {
    "check": '<path d="M5 12.5l4.5 4.5L19 7.5" stroke-width="3"/>',
    "down": '<path d="M6 9l6 6 6-6" stroke-width="2.5"/>',
    "up": '<path d="M6 15l6-6 6 6" stroke-width="2.5"/>',
}


def mark_svg(name: str, colour: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="'
        f'{colour}" stroke-linecap="round" stroke-linejoin="round">{MARKS[name]}</svg>\n'
    )


def mark_colour(name: str, t: Theme) -> str:
    return t.on_accent if name == "check" else t.text


def mark_file(name: str, colour: str) -> str:
    """The path of a check mark or chevron drawn in ``colour``."""
    from neuroguide.core.resources import assets_dir

    return (assets_dir() / "icons" / "style" / f"{name}-{colour.lstrip('#').lower()}.svg").as_posix()


def stylesheet(chosen: Theme | None = None) -> str:
    t = chosen or _theme
    pad = round(body_points() * 0.5)
    arrow = round(body_points() * 1.2)
    check, down, up = (mark_file(name, mark_colour(name, t)) for name in MARKS)
    return f"""
    QWidget#page {{ background: {t.background}; }}
    QLabel {{ color: {t.text}; }}
    QLabel[muted="true"] {{ color: {t.muted}; }}
    QPushButton {{
        background: {t.surface}; color: {t.text};
        border: 2px solid {t.border}; border-radius: 10px;
        padding: {pad}px {pad + 4}px;
    }}
    QDialogButtonBox QPushButton {{ min-height: {MIN_TARGET - 2 * pad - 4}px; }}
    QPushButton:hover {{ background: {t.accent_soft}; }}
    QPushButton:pressed {{ background: {t.pressed}; }}
    QPushButton:focus {{ border: 4px solid {t.focus}; padding: {pad - 2}px {pad + 2}px; }}
    QPushButton:disabled {{
        color: {t.disabled_text}; border-color: {t.panel_border}; background: {t.disabled_bg};
    }}
    QPushButton[primary="true"] {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; }}
    QPushButton[primary="true"]:hover {{ background: {t.accent_hover}; }}
    QPushButton[primary="true"]:focus {{ border: 4px solid {t.focus}; }}
    QPushButton[primary="true"]:disabled {{
        color: {t.disabled_text}; border-color: {t.panel_border}; background: {t.disabled_bg};
    }}
    QPushButton:checked {{
        background: {t.accent_soft}; border-color: {t.accent_text}; color: {t.accent_text};
    }}
    QPushButton:checked:focus {{ border: 4px solid {t.focus}; }}
    QPushButton#danger {{ color: {t.danger}; border-color: {t.danger}; }}
    QPushButton#danger:hover {{ background: {t.danger_hover}; }}
    QPushButton#danger:focus {{ border: 4px solid {t.focus}; }}
    QLabel#urgent {{ color: {t.danger}; font-weight: bold; }}
    QLabel#question {{ border: 4px solid transparent; border-radius: 8px; padding: 4px; }}
    QLabel#question:focus {{ border-color: {t.focus}; }}
    QPushButton#card {{ text-align: left; padding: {pad}px; border-radius: 14px; }}
    QPushButton#card:focus {{ padding: {pad - 2}px; }}
    QFrame#note {{
        background: {t.warning_bg}; border: 2px solid {t.warning_border}; border-radius: 10px;
    }}
    QFrame#panel {{ background: {t.surface}; border: 1px solid {t.panel_border}; border-radius: 14px; }}
    QFrame#confirm {{
        background: {t.warning_bg}; border: 2px solid {t.warning_border}; border-radius: 12px;
    }}
    QLabel#caption {{
        background: {t.surface}; border-left: 6px solid {t.accent_text}; border-radius: 6px;
        padding: 8px 12px;
    }}
    QLabel#notice {{
        background: {t.warning_bg}; border: 1px solid {t.warning_border}; border-radius: 8px;
        padding: 6px 12px;
    }}
    QLabel#badge {{
        background: {t.accent_soft}; color: {t.accent_text}; border-radius: 8px; padding: 4px 12px;
        font-weight: bold;
    }}
    QProgressBar {{ border: none; background: {t.track}; border-radius: 5px; max-height: 10px; }}
    QProgressBar::chunk {{ background: {t.accent_text}; border-radius: 5px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QCheckBox, QRadioButton {{ spacing: 12px; min-height: {MIN_TARGET}px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 26px; height: 26px; background: {t.surface}; border: 2px solid {t.border};
    }}
    QCheckBox::indicator {{ border-radius: 5px; }}
    QRadioButton::indicator {{ border-radius: 15px; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({check}); }}
    QRadioButton::indicator:checked {{
        background: {t.on_accent}; border: 8px solid {t.accent}; width: 14px; height: 14px;
    }}
    QCheckBox:focus, QRadioButton:focus {{ outline: none; }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 3px solid {t.focus}; }}
    QRadioButton[choice="true"] {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 10px;
        padding: {pad}px {pad + 4}px; spacing: 0;
    }}
    QRadioButton[choice="true"]::indicator {{ width: 0; height: 0; border: none; background: transparent; }}
    QRadioButton[choice="true"]:hover {{ background: {t.accent_soft}; }}
    QRadioButton[choice="true"]:checked {{
        background: {t.accent_soft}; border-color: {t.accent_text}; color: {t.accent_text};
    }}
    QRadioButton[choice="true"]:focus {{ border: 4px solid {t.focus}; padding: {pad - 2}px {pad + 2}px; }}
    QComboBox::drop-down {{
        subcontrol-origin: border; subcontrol-position: center right; width: {arrow + 16}px;
        border: none; border-left: 1px solid {t.panel_border};
    }}
    QComboBox::down-arrow {{ image: url({down}); width: {arrow}px; height: {arrow}px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: border; width: {arrow + 16}px; border: none;
        border-left: 1px solid {t.panel_border}; background: {t.surface};
    }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QAbstractSpinBox::up-arrow {{ image: url({up}); width: {arrow - 4}px; height: {arrow - 4}px; }}
    QAbstractSpinBox::down-arrow {{ image: url({down}); width: {arrow - 4}px; height: {arrow - 4}px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
    QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QDateEdit, QTimeEdit, QTextEdit, QPlainTextEdit {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 6px;
        padding: 2px 6px; selection-background-color: {t.accent}; selection-color: {t.on_accent};
    }}
    QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus, QDateEdit:focus,
    QTimeEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{ border: 3px solid {t.focus}; }}
    QComboBox QAbstractItemView {{
        background: {t.surface}; color: {t.text}; selection-background-color: {t.accent};
        selection-color: {t.on_accent};
    }}
    QTableView {{
        background: {t.surface}; color: {t.text}; gridline-color: {t.panel_border};
        border: 2px solid {t.border}; selection-background-color: {t.accent};
        selection-color: {t.on_accent};
    }}
    QTableView:focus {{ border: 3px solid {t.focus}; }}
    QHeaderView::section {{
        background: {t.background}; color: {t.text}; border: none;
        border-bottom: 2px solid {t.border}; padding: 4px 8px; font-weight: bold;
    }}
    QTextBrowser {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; }}
    QTextBrowser:focus {{ border: 3px solid {t.focus}; }}
    QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {t.accent}; }}
    QCalendarWidget QToolButton {{ color: {t.on_accent}; background: transparent; border: none; }}
    QCalendarWidget QToolButton:focus {{ border: 3px solid {t.focus}; }}
    QCalendarWidget QAbstractItemView {{
        background: {t.surface}; color: {t.text}; selection-background-color: {t.accent};
        selection-color: {t.on_accent};
    }}
    QCalendarWidget QAbstractItemView:focus {{ border: 3px solid {t.focus}; }}
    """
