"""Light, dark and high-contrast themes: every pair of colours readable, computed from the themes and
from the palette Qt actually holds; the focus ring painted in the theme's colour; the desktop followed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroguide.core.contrast import ratio
from neuroguide.core.library import Library
from neuroguide.core.settings import Settings
from neuroguide.ui.kit import style
from neuroguide.ui.kit.appearance import Appearance
from neuroguide.ui.kit.widgets import Button, text_label

THEMES = list(style.THEMES.values())


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends with the light theme at 100%, whatever it changed."""
    style.apply(qapp, style.LIGHT, 100)
    yield
    style.apply(qapp, style.LIGHT, 100)


def test_contrast_ratios_as_wcag_computes_them() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert ratio("#1F2328", "#1F2328") == pytest.approx(1.0)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey
    with pytest.raises(ValueError, match="not a colour"):
        ratio("#12345", "#FFFFFF")


@pytest.mark.parametrize("theme", THEMES, ids=[theme.name for theme in THEMES])
def test_every_pair_the_theme_paints_contrasts_enough(theme: style.Theme) -> None:
    pairs = style.contrast_pairs(theme)
    too_low = [
        f"{what}: {ratio(front, back):.2f} < {least}"
        for what, front, back, least in pairs
        if ratio(front, back) < least
    ]
    assert too_low == []
    assert len(pairs) >= 25
    if theme is style.HIGH_CONTRAST:  # text at 7:1 or more throughout
        assert min(ratio(front, back) for what, front, back, least in pairs if least >= 4.5) >= 7


@pytest.mark.parametrize("theme", THEMES, ids=[theme.name for theme in THEMES])
def test_the_palette_qt_holds_is_readable(qapp: QApplication, theme: style.Theme) -> None:
    style.apply(qapp, theme)
    palette = qapp.palette()
    least = 7.0 if theme is style.HIGH_CONTRAST else 4.5

    def between(
        front: QPalette.ColorRole,
        back: QPalette.ColorRole,
        group: QPalette.ColorGroup = QPalette.ColorGroup.Active,
    ) -> float:
        return ratio(palette.color(group, front).name(), palette.color(group, back).name())

    roles = QPalette.ColorRole
    for front, back in (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.PlaceholderText, roles.Base),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.Link, roles.Base),
    ):
        assert between(front, back) >= least, (front, back)
        assert between(front, back, QPalette.ColorGroup.Inactive) >= least, (front, back)
    assert between(roles.ButtonText, roles.Button, QPalette.ColorGroup.Disabled) >= 4.5
    assert palette.color(roles.Window).name().upper() == theme.background


@pytest.mark.parametrize("theme", THEMES, ids=[theme.name for theme in THEMES])
def test_the_focus_ring_and_words_are_painted_in_the_themes_colours(
    qtbot: QtBot, qapp: QApplication, theme: style.Theme
) -> None:
    style.apply(qapp, theme)
    plain, primary = Button("Settings"), Button("Start", primary=True)
    for button in (plain, primary):
        qtbot.addWidget(button)
        button.resize(200, 60)
        button.show()
        qtbot.waitExposed(button)
    primary.setFocus()
    qtbot.waitUntil(primary.hasFocus)
    focused, unfocused = primary.grab().toImage(), plain.grab().toImage()
    middle = focused.height() // 2
    assert focused.pixelColor(1, middle).name().upper() == theme.focus  # the ring, 4 px wide
    assert unfocused.pixelColor(0, middle).name().upper() == theme.border
    inside = focused.pixelColor(12, middle).name().upper()
    assert inside == theme.accent  # the primary button's fill
    assert ratio(theme.focus, inside) >= 3.0


def test_the_desktop_is_followed_until_the_person_chooses(qtbot: QtBot, qapp: QApplication) -> None:
    desktop = {"theme": style.LIGHT}
    settings = Settings(None)
    Appearance(settings, desktop=lambda: desktop["theme"])
    label = QLabel("text")
    qtbot.addWidget(label)
    assert style.theme() is style.LIGHT
    desktop["theme"] = style.DARK  # the desktop switches to dark while the app runs
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.theme() is style.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(style.DARK.background)
    desktop["theme"] = style.HIGH_CONTRAST
    qapp.styleHints().accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert style.theme() is style.HIGH_CONTRAST
    settings.set("appearance", "light")  # the person's own choice wins over the desktop's
    assert style.theme() is style.LIGHT
    desktop["theme"] = style.DARK
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.theme() is style.LIGHT


def test_desktop_preferences_map_to_themes() -> None:
    scheme, contrast = Qt.ColorScheme, Qt.ContrastPreference
    assert style.desktop_theme(scheme.Dark, contrast.NoPreference) is style.DARK
    assert style.desktop_theme(scheme.Light, contrast.NoPreference) is style.LIGHT
    assert style.desktop_theme(scheme.Unknown, contrast.NoPreference) is style.LIGHT
    assert style.desktop_theme(scheme.Light, contrast.HighContrast) is style.HIGH_CONTRAST


def test_the_text_size_setting_scales_every_text_role(qtbot: QtBot, qapp: QApplication) -> None:
    settings = Settings(None)
    Appearance(settings, desktop=lambda: style.LIGHT)
    title, body = text_label("Your history", "title", bold=True), text_label("Some words")
    for label in (title, body):
        qtbot.addWidget(label)
    small_title, small_body = title.font().pointSizeF(), body.font().pointSizeF()
    settings.set("text_size", 200)
    assert style.text_percent() == 200
    assert title.font().pointSizeF() == pytest.approx(2 * small_title)
    assert body.font().pointSizeF() == pytest.approx(2 * small_body)
    assert title.font().bold()
    settings.set("text_size", 150)
    assert title.font().pointSizeF() == pytest.approx(1.5 * small_title)


def test_a_text_size_set_by_hand_out_of_range_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"text_size": 400, "appearance": "purple"}', encoding="utf-8")
    settings = Settings.load(path)
    assert settings.whole("text_size") == 100 and settings.text("appearance") == "system"
    assert len(settings.problems) == 2


def test_the_desktops_wish_for_still_pictures_is_followed_where_qt_tells_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    reduced, no_preference = object(), object()

    def desktop(wish: object) -> object:
        hints = SimpleNamespace(motionPreference=lambda: wish)
        return SimpleNamespace(styleHints=lambda: SimpleNamespace(accessibility=lambda: hints))

    from PySide6 import QtCore

    qt = SimpleNamespace(MotionPreference=SimpleNamespace(ReducedMotion=reduced))
    monkeypatch.setattr(QtCore, "Qt", qt)  # as Qt 6.12 has it
    assert style.desktop_prefers_still(desktop(reduced)) is True  # type: ignore[arg-type]
    assert style.desktop_prefers_still(desktop(no_preference)) is False  # type: ignore[arg-type]
    monkeypatch.setattr(QtCore, "Qt", SimpleNamespace())  # a Qt that cannot tell
    assert style.desktop_prefers_still(desktop(reduced)) is False  # type: ignore[arg-type]


def test_the_first_paint_is_dark_on_a_dark_desktop(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    dark, light = QPalette(), QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    light.setColor(QPalette.ColorRole.Window, QColor("#F0F0F0"))
    original = qapp.palette()
    try:
        qapp.setPalette(dark)
        assert style.first_paint_theme(qapp) is style.DARK
        qapp.setPalette(light)
        assert style.first_paint_theme(qapp) is style.LIGHT
    finally:
        qapp.setPalette(original)


@pytest.mark.parametrize("theme", THEMES, ids=[theme.name for theme in THEMES])
def test_the_style_sheets_marks_are_shipped_in_each_themes_colours(theme: style.Theme) -> None:
    for name in style.MARKS:
        colour = style.mark_colour(name, theme)
        path = Path(style.mark_file(name, colour))
        assert path.read_text(encoding="utf-8") == style.mark_svg(name, colour), path
    assert f"url({style.mark_file('check', theme.on_accent)})" in style.stylesheet(theme)


def test_at_large_text_the_librarys_title_gets_a_line_of_its_own(
    qtbot: QtBot, qapp: QApplication, shipped: Library
) -> None:
    """Beside four buttons at 200% the title was squeezed to a word a line; now the buttons go below."""
    from neuroguide.ui.pages.library import LibraryPage

    def title_and_buttons() -> tuple[QLabel, int]:
        heading = next(label for label in page.findChildren(QLabel) if label.text() == "Choose a routine")
        return heading, page.settings_button.geometry().top()

    page = LibraryPage(shipped)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    heading, buttons_top = title_and_buttons()
    assert buttons_top < heading.geometry().bottom()  # side by side at ordinary sizes
    settings = Settings(None)
    Appearance(settings, desktop=lambda: style.LIGHT)
    settings.set("text_size", 200)
    qtbot.waitUntil(lambda: title_and_buttons()[1] > heading.geometry().bottom())  # below it now
    one_line = heading.fontMetrics().lineSpacing()
    assert heading.height() < 2 * one_line, "the title wraps"
