"""The library with many of the person's own routines: every one is reached, pictures are shared."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.library import Library
from neuroguide.ui.kit import style
from neuroguide.ui.pages.library import CARDS_AHEAD, LibraryPage

MANY = 60


@pytest.fixture
def many(shipped: Library) -> Library:
    """``MANY`` routines: copies of the shipped ones (not the add-ons, which are not listed), each with
    an id and title of its own, and made for no day in particular, as a person's own routines are."""
    listed = [routine for routine in shipped.routines if not routine.add_on]
    routines = tuple(
        replace(listed[n % len(listed)], id=f"own-{n:02d}", title=f"Mine {n}", suits=()) for n in range(MANY)
    )
    return Library(routines, ())


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, many: Library) -> LibraryPage:
    style.apply(qapp)
    page = LibraryPage(many)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_opening_makes_the_cards_on_screen_not_all_of_them(page: LibraryPage, many: Library) -> None:
    assert page.visible_routines() == [routine.id for routine in many.routines]
    assert CARDS_AHEAD <= len(page.cards) < MANY
    assert [card.routine.id for card in page.cards] == page.visible_routines()[: len(page.cards)]


def test_scrolling_reaches_the_last_routine(qtbot: QtBot, page: LibraryPage, many: Library) -> None:
    bar = page.list_area.verticalScrollBar()
    for _ in range(MANY):
        if len(page.cards) == MANY and bar.value() == bar.maximum():
            break
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    last = page.cards[-1]
    assert [card.routine.id for card in page.cards] == [routine.id for routine in many.routines]
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())  # on screen, its picture drawn
    assert not last.picture.pixmap().isNull()


def test_tab_goes_on_to_cards_not_made_when_the_page_opened(qtbot: QtBot, page: LibraryPage) -> None:
    page.activateWindow()
    page.focus_first_card()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.cards[0])
    first_made = len(page.cards)
    for _ in range(first_made):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is page.cards[first_made]  # the card after those first made, made in time
    assert len(page.cards) > first_made + 1


def test_a_filter_shows_each_of_its_routines(page: LibraryPage, many: Library) -> None:
    page.filter_buttons["hands"].click()
    hands = [routine.id for routine in many.routines if routine.areas & {"hands", "arms"}]
    assert page.visible_routines() == hands
    shown = [card for card in page.cards if card.isVisibleTo(page)]
    assert [card.routine.id for card in shown] == hands[: len(shown)]


def test_a_picture_is_read_and_drawn_once_for_many_cards(page: LibraryPage, shipped: Library) -> None:
    pictures = page._pictures
    bases = {routine.first_illustration.base for routine in shipped.routines}
    assert pictures.files_read == len(bases)  # one read of each base, however many cards show it
    by_drawing: dict[object, set[int]] = {}
    for card in page.cards:
        by_drawing.setdefault(card.routine.first_illustration, set()).add(card.picture.pixmap().cacheKey())
    assert len(page.cards) > len(by_drawing)  # some drawings are on several cards
    assert all(len(keys) == 1 for keys in by_drawing.values())  # and those cards share one picture


def test_suggested_routines_come_first_among_many(page: LibraryPage) -> None:
    page.set_suggested(["own-57"])
    assert page.visible_routines()[0] == "own-57"
    first = page.cards[0]
    assert first.routine.id == "own-57" and first.badge.isVisibleTo(first)
    assert "Suggested for you" in first.accessibleName()


def test_an_empty_library_says_so(qtbot: QtBot, qapp: QApplication) -> None:
    page = LibraryPage(Library((), ()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty.isVisible() and page.empty.text() == "No routines could be loaded."
    assert page.cards == [] and page.visible_routines() == []
