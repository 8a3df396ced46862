"""The calmer look (docs/design-system.md): library pictures that grow with the text and stay crisp,
cards that fit from 1024 to 1920 px wide at 100 to 200 % text, a welcome with no empty half, the
desktop's own file dialog, and a calendar in the theme's colours with days a fingertip can hit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.library import Library
from neuroguide.core.routine import Illustration
from neuroguide.core.settings import Settings
from neuroguide.system.datadir import settings_path
from neuroguide.ui.dialogs.marker import MarkerDialog
from neuroguide.ui.kit import illustration, style
from neuroguide.ui.kit.widgets import ask_where_to_save
from neuroguide.ui.pages.library import LibraryPage
from neuroguide.ui.pages.welcome import WelcomePage
from tests.layout_check import layout_problems, tab_order_problems
from tests.test_pictures import difference

SCREENS = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)]


@pytest.fixture(autouse=True)
def ordinary_again(qapp: QApplication) -> Iterator[None]:
    yield
    style.apply(qapp, style.LIGHT, 100)


def library_at(qtbot: QtBot, qapp: QApplication, shipped: Library, percent: int, size: QSize) -> LibraryPage:
    style.apply(qapp, style.LIGHT, percent)
    page = LibraryPage(shipped)
    qtbot.addWidget(page)
    page.set_suggested([shipped.routines[0].id])  # its badge, the widest words a card has
    page.resize(size)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page


def test_the_pictures_grow_with_the_text(qtbot: QtBot, qapp: QApplication, shipped: Library) -> None:
    sides = {}
    for percent in (100, 150, 200):
        page = library_at(qtbot, qapp, shipped, percent, QSize(1280, 720))
        card = page.cards[0]
        shown = card.picture.size()
        pixmap = card.picture.pixmap()
        # drawn at the size shown, at the screen's density: never stretched by the label
        assert pixmap.deviceIndependentSize().toSize() == shown
        assert pixmap.size() == shown * card.devicePixelRatioF()
        sides[percent] = shown
        page.close()
    assert sides[100] == QSize(96, 120)  # the size the pictures were drawn for
    assert sides[100].height() < sides[150].height() < sides[200].height() <= 240
    assert sides[200].height() >= 1.9 * sides[100].height()


def test_the_pictures_follow_a_live_change_of_text_size(
    qtbot: QtBot, qapp: QApplication, shipped: Library
) -> None:
    page = library_at(qtbot, qapp, shipped, 100, QSize(1280, 720))
    before = page.cards[0].picture.size()
    style.apply(qapp, style.LIGHT, 200)
    QApplication.processEvents()
    card = page.cards[0]
    assert card.picture.size().height() > before.height()
    assert card.picture.pixmap().size() == card.picture.size() * card.devicePixelRatioF()
    assert layout_problems(page) == []


def svg_drawn(base: Illustration, size: QSize, ratio: float) -> QImage:
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    illustration.paint(painter, QRectF(0, 0, size.width(), size.height()), base, False, None)
    painter.end()
    return pixmap.toImage()


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_grown_picture_is_crisp(qapp: QApplication, shipped: Library, ratio: float) -> None:
    """Larger than the pictures drawn ahead for its screen: shrunk from a larger one, or drawn from the
    SVG where none is large enough, never a small picture blown up."""
    routine = shipped.get("foot-care")
    assert routine is not None
    size = QSize(144, 180)  # 150 % text
    made = illustration.CardPictures().picture(routine.first_illustration, size, ratio).toImage()
    mean, _ = difference(made, svg_drawn(routine.first_illustration, size, ratio))
    assert mean < 2, mean
    # what a picture drawn for the smaller card, blown up, would look like
    small = illustration.thumbnail(routine.first_illustration, size * 2 / 3, ratio).toImage()
    blown_up = small.scaled(
        made.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    assert difference(blown_up, svg_drawn(routine.first_illustration, size, ratio))[0] > mean


@pytest.mark.parametrize("percent", [100, 150, 200])
@pytest.mark.parametrize(("width", "height"), SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_the_cards_fit_every_screen_and_text_size(
    qtbot: QtBot, qapp: QApplication, shipped: Library, width: int, height: int, percent: int
) -> None:
    page = library_at(qtbot, qapp, shipped, percent, QSize(width, height))
    assert layout_problems(page) == []
    assert tab_order_problems(page) == []
    columns = page.columns_for(page.list_area.viewport().width())
    first, second = page.cards[0], page.cards[1]
    if columns == 2:
        assert second.y() == first.y() and second.x() > first.x()
    else:
        assert second.x() == first.x() and second.y() > first.y()
    words = first.width() - first.picture.width()
    assert words >= 28 * first.fontMetrics().averageCharWidth()  # a comfortable line beside the picture
    expected = {(1280, 200): 1, (1024, 150): 1, (1920, 200): 2, (1280, 100): 2}
    assert expected.get((width, percent), columns) == columns


def welcome_at(qtbot: QtBot, qapp: QApplication, data_dir: Path, percent: int, width: int) -> WelcomePage:
    style.apply(qapp, style.LIGHT, percent)
    page = WelcomePage(Settings.load(settings_path(data_dir)))
    qtbot.addWidget(page)
    page.resize(width, 720)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page


def place(widget: QWidget, page: QWidget) -> tuple[int, int, int, int]:
    corner = widget.mapTo(page, widget.rect().topLeft())
    return corner.x(), corner.y(), corner.x() + widget.width(), corner.y() + widget.height()


@pytest.mark.parametrize("step", [1, 2])
def test_the_welcome_has_no_empty_half_on_a_wide_window(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, step: int
) -> None:
    page = welcome_at(qtbot, qapp, data_dir, 100, 1280)
    if step == 2:
        page.next_button.click()
        QApplication.processEvents()
    beside = page.hello if step == 1 else page.questions.parentWidget()  # type: ignore[union-attr]
    assert beside.side_by_side()  # type: ignore[union-attr]
    words, panel = beside.words, beside.panel  # type: ignore[union-attr]
    assert panel.isVisible() and words.isVisible()
    left, top, _, _ = place(panel, page)
    assert left >= place(words, page)[2]  # beside the words, to their right
    assert top < page.height() / 4  # at the top, beside them, not below
    assert place(panel, page)[2] > 0.8 * page.width()  # the page's width used, no empty half
    assert layout_problems(page) == []
    assert page.next_button.property("primary")  # the one way on, filled


@pytest.mark.parametrize(("percent", "width"), [(100, 760), (200, 1280)])
def test_the_welcome_is_one_column_when_narrow_or_at_large_text(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, percent: int, width: int
) -> None:
    page = welcome_at(qtbot, qapp, data_dir, percent, width)
    assert not page.hello.side_by_side()
    words, panel = page.hello.words, page.hello.panel
    assert panel.mapTo(page.hello, panel.rect().topLeft()).y() >= words.geometry().bottom()  # below
    assert layout_problems(page) == []
    page.next_button.click()
    QApplication.processEvents()
    assert layout_problems(page) == []


def test_a_save_dialog_is_the_desktops_own_where_it_has_one(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt hands a file dialog to the desktop (GTK's or KDE's chooser) unless told not to, or unless it
    is a subclass: nothing here tells it so. Where the desktop has none, Qt's own gets room."""
    window = QWidget()
    qtbot.addWidget(window)
    chosen: list[Path] = []
    dialog = ask_where_to_save(window, "Save", "PDF (*.pdf)", "report.pdf", chosen.append)
    try:
        assert type(dialog) is QFileDialog
        assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert not QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        assert dialog.width() >= 100 * dialog.fontMetrics().averageCharWidth()
        dialog.fileSelected.emit(str(tmp_path / "report.pdf"))
        assert chosen == [tmp_path / "report.pdf"]
    finally:
        dialog.close()
    root = Path(__file__).resolve().parent.parent / "neuroguide"
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "DontUseNativeDialog" not in text, source
        assert "QFileDialog(" not in text or source.name == "widgets.py", source  # one way to ask


@pytest.mark.parametrize("percent", [100, 200])
def test_the_marker_calendar_is_calm_and_large(qtbot: QtBot, qapp: QApplication, percent: int) -> None:
    style.apply(qapp, style.LIGHT, percent)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = MarkerDialog(window, lambda _day, _words: None)
    dialog.day.setDate(QDate(2026, 3, 10))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert layout_problems(dialog) == []
    assert "Tuesday" in dialog.day.text() and "March" in dialog.day.text()  # the day in words
    calendar: QCalendarWidget = dialog.day.calendarWidget()
    saturday = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    assert saturday == QColor(style.theme().text)  # not red
    chosen = calendar.dateTextFormat(QDate(2026, 3, 10))
    assert chosen.fontWeight() == QFont.Weight.Bold and chosen.fontUnderline()  # more than its fill
    calendar.setSelectedDate(QDate(2026, 3, 12))
    assert not calendar.dateTextFormat(QDate(2026, 3, 10)).fontUnderline()
    assert calendar.dateTextFormat(QDate(2026, 2, 28)).foreground().color() == QColor(style.theme().muted)
    assert calendar.minimumWidth() >= 7 * style.MIN_TARGET  # a day is a fingertip's target
    for name in ("qt_calendar_prevmonth", "qt_calendar_nextmonth"):
        arrow = calendar.findChild(QToolButton, name)
        assert arrow is not None and arrow.accessibleName() and not arrow.icon().isNull()
    dialog.close()
