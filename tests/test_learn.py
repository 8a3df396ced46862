"""The Learn page and honest content: every answer cites sources by key, and no text in the app promises a
cure."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroguide.core import safety
from neuroguide.core.clock import FakeClock
from neuroguide.core.contacts import Contact, advice
from neuroguide.core.learn import Section, claims, learn_problems, load_learn
from neuroguide.core.resources import learn_path, routines_dir
from neuroguide.core.settings import Settings
from neuroguide.core.sources import shipped_sources
from neuroguide.system.datadir import load_routine_library, settings_path
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.pages.learn import LearnPage
from tests.layout_check import layout_problems


def strings(value: Any) -> list[str]:
    """Every piece of text inside a TOML table or a dataclass, except web addresses."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return strings(dataclasses.asdict(value))
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in strings(item)]
    if isinstance(value, str) and not value.startswith("http"):
        return [value]
    return []


def test_claims_catches_a_promise_but_not_a_denial() -> None:
    assert claims("Massage heals damaged nerves. It feels good.") == ["Massage heals damaged nerves."]
    assert claims("This routine cures tingling!") == ["This routine cures tingling!"]
    assert claims("Massage does not cure neuropathy.") == []
    assert claims("Can massage cure neuropathy?") == []
    assert claims("Slow strokes can ease pain for a while.") == []


def test_every_learn_section_has_a_title_text_and_sources() -> None:
    sections = load_learn(learn_path())
    assert len(sections) >= 8
    for section in sections:
        assert section.title and section.body, section
        assert section.sources, section.title
    assert learn_problems(sections) == []


def section_titled(title: str) -> Section:
    return next(section for section in load_learn(learn_path()) if section.title == title)


def test_foot_protection_says_each_rule_and_whom_to_call_in_the_apps_words() -> None:
    section = section_titled("Protecting numb feet")
    text = " ".join(section.body)
    for rule in (
        "indoors too",
        "Never walk barefoot",
        "look inside them",
        "straight across",
        "podiatrist",
        "corn plasters",
        "never cut corns",
        "elbow or a bath thermometer",
        "never with your feet",
        "heating pads, hot-water bottles or electric blankets",
    ):
        assert rule in text, rule
    # The same sentences a session's stop sign gives, so the advice never differs from place to place.
    assert advice(Contact("foot-clinic", "today")) in text
    assert advice(Contact("foot-clinic", "now")) in text
    assert {"iwgdf-2023", "cdc-diabetes-feet"} <= set(section.sources)


def test_the_evidence_says_what_it_does_not_show_and_whom_to_ask() -> None:
    section = section_titled("What the evidence does and does not say")
    text = " ".join(section.body)
    assert "for a while" in text and "no study shows that massage repairs nerves" in text
    assert "foot and ankle exercise programme" in text and "may be considered" in text
    assert all(who in text for who in ("your foot clinic", "your cancer team", "your doctor"))
    assert {"iwgdf-2023", "asco-cipn-2020", "nccih-massage"} <= set(section.sources)
    assert claims(text) == []


def test_a_section_citing_an_unknown_key_or_nothing_says_so() -> None:
    known = next(iter(shipped_sources()))
    sections = [Section("Odd", ("Text.",), (known, "my notes")), Section("Bare", ("Text.",), ())]
    assert learn_problems(sections) == [
        "'Odd': sources[2]: unknown source key 'my notes'",
        "'Bare': sources: expected at least 1 item, got 0",
    ]


@pytest.mark.parametrize(
    "path",
    [learn_path(), *sorted(routines_dir().glob("*.toml"))],
    ids=lambda path: path.name,
)
def test_shipped_text_never_promises_a_cure(path: Path) -> None:
    texts = strings(tomllib.loads(path.read_text(encoding="utf-8")))
    assert texts
    assert [found for text in texts for found in claims(text)] == []


def test_safety_text_never_promises_a_cure() -> None:
    texts = strings([safety.QUESTIONS, safety.RULES, safety.STOP_SIGNS])
    assert len(texts) > 30
    assert [found for text in texts for found in claims(text)] == []


class UrlCatcher(QObject):
    """Stands in for the browser: records the addresses the page asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_learn_page_shows_every_section_with_sources_that_open_outside(qtbot: QtBot) -> None:
    sections = load_learn(learn_path())
    page = LearnPage(sections)
    qtbot.addWidget(page)
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    for section in sections:
        assert section.title in shown
        assert all(paragraph in shown for paragraph in section.body)
    sources = shipped_sources()
    cited = [sources[key] for s in sections for key in s.sources]
    assert [url for _, url in page.source_buttons] == [source.link for source in cited]
    assert all(f"{source.title}. {source.publisher}." in shown for source in cited)
    first, url = page.source_buttons[0]
    assert first.text() == "Open" and first.icon().isNull()  # drawn when first shown
    page.show()
    qtbot.waitExposed(page)
    assert not first.icon().isNull()
    assert first.accessibleName() == (
        f"Open {cited[0].publisher}, source for {sections[0].title}, in your browser"
    )
    assert first.accessibleDescription() == cited[0].title
    assert all(button.minimumSizeHint().height() >= 44 for button, _ in page.source_buttons)
    catcher = UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        qtbot.keyClick(first, Qt.Key.Key_Space)
        page.source_buttons[1][0].click()
    finally:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert catcher.opened == [url, page.source_buttons[1][1]]


def test_learn_is_one_press_from_the_library_and_back(
    screens: Path, qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    style.apply(qapp)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), Settings.load(settings_path(data_dir)), clock)
    window.resize(1024, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    library = window.library_page
    qtbot.keyClick(library.learn_button, Qt.Key.Key_Space)
    assert window.learn_page is not None
    assert window.pages.currentWidget() is window.learn_page
    assert window.learn_page.back_button.hasFocus()
    assert window.grab().save(str(screens / "learn-100.png"))
    qtbot.keyClick(window.learn_page.back_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is library


@pytest.mark.parametrize("percent", [100, 200])
def test_the_learn_page_lays_out_with_every_section_at_each_text_size(
    qtbot: QtBot, qapp: QApplication, screens: Path, percent: int
) -> None:
    style.apply(qapp, style.LIGHT, percent)
    try:
        page = LearnPage(load_learn(learn_path()))
        qtbot.addWidget(page)
        page.resize(1024, 720)
        page.show()
        qtbot.waitExposed(page)
        QApplication.processEvents()
        assert layout_problems(page) == []
        shown = [label.text() for label in page.findChildren(QLabel)]
        assert "Protecting numb feet" in shown and "What the evidence does and does not say" in shown
        assert page.grab().save(str(screens / f"learn-page-{percent}.png"))
    finally:
        style.apply(qapp, style.LIGHT, 100)
