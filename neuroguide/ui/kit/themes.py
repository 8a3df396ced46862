"""The three themes as data: every colour the app paints with, and the pairs of them that must
contrast. Plain Python, so the colours can be read and checked without Qt."""

from __future__ import annotations

from dataclasses import dataclass

from neuroguide.core.contrast import HIGH_CONTRAST_TEXT_MINIMUM, SHAPE_MINIMUM, TEXT_MINIMUM

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
    mark_zone: str  # a zone's soft tint over the illustrations, '#RRGGBBAA'
    mark_zone_line: str  # a zone's solid edge
    hand: str  # the giving hand's see-through fill, '#RRGGBBAA'
    hand_line: str  # the giving hand's outline
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
    mark_zone="#3D8BFF30",
    mark_zone_line="#2A6FC0",
    hand="#FFFFFF8C",
    hand_line="#1D4F8C",
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
    mark_zone="#3D8BFF30",
    mark_zone_line="#2A6FC0",
    hand="#FFFFFF8C",
    hand_line="#1D4F8C",
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
    mark_zone="#2F7BFF44",
    mark_zone_line="#0B3D91",
    hand="#FFFFFFA6",
    hand_line="#000000",
    paper="#FFFFFF",
    pain="#FF7A70",
    tingling="#66CCFF",
    numbness="#E0B0FF",
    grid="#595959",
    marker_dot="#FFFFFF",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}
APPEARANCES = ("system", "light", "dark", "contrast")  # the setting's choices


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
        ("a zone's edge on a picture", t.mark_zone_line, ILLUSTRATION_SKIN, SHAPE_MINIMUM),
        ("the giving hand's outline on a picture", t.hand_line, ILLUSTRATION_SKIN, SHAPE_MINIMUM),
    ]
    pairs += [(f"the {name} line", getattr(t, name), t.surface, SHAPE_MINIMUM) for name in SYMPTOM_LINES]
    return pairs
