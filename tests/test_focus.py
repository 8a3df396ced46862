"""Keyboard and focus: a dialog opens with the focus on its first question or its primary action,
Enter does the default thing where that is safe, one focus mark shows at a time, and a chosen option
shows a tick and changed words, not a colour alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.library import Library
from neuroguide.core.settings import Settings
from neuroguide.ui.dialogs.checkin import CheckInDialog
from neuroguide.ui.dialogs.screening import ScreeningDialog
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.kit import style
from neuroguide.ui.kit.widgets import TICK, Button, scrolling, text_label, ticked
from neuroguide.ui.pages.library import LibraryPage
from neuroguide.ui.pages.welcome import WelcomePage
from tests.test_settings_dialog import active


def key(qtbot: QtBot, which: Qt.Key) -> QWidget:
    """Press ``which`` where the focus is; the widget that has the focus after it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, which)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def screening(qtbot: QtBot, shipped: Library) -> ScreeningDialog:
    routine = shipped.get("foot-care")
    assert routine is not None
    return active(qtbot, ScreeningDialog(routine, {}, Settings()))


def test_the_safety_questions_open_on_the_first_answer_and_tab_goes_question_by_question(
    qtbot: QtBot, shipped: Library
) -> None:
    dialog = screening(qtbot, shipped)
    first = dialog.unanswered_rows()[0]
    assert QApplication.focusWidget() is first.buttons[0]  # not the page around the questions
    assert first.buttons[0].isVisible()
    asked = dialog.asked_rows()
    stops = [key(qtbot, Qt.Key.Key_Tab) for _ in range(len(asked))]
    # one stop a question, then Not now
    assert stops[:-1] == [row.buttons[0] for row in asked[1:]]
    assert stops[-1].accessibleName() == "Not now"
    for row in dialog.unanswered_rows():
        row.no.click()
    last = asked[-1]
    last.buttons[-1].click()  # its stop moves to the answer chosen
    asked[0].no.setFocus()
    stops = [key(qtbot, Qt.Key.Key_Tab) for _ in range(len(asked) + 1)]
    assert stops[:-2] == [row.no for row in asked[1:-1]] + [last.buttons[-1]]
    assert stops[-2].accessibleName() == "Not now"
    assert stops[-1] is dialog.continue_button  # as many Tabs away as there are questions, plus one


def test_arrows_stay_among_the_answers_and_enter_continues_once_all_are_answered(
    qtbot: QtBot, shipped: Library
) -> None:
    dialog = screening(qtbot, shipped)
    rows = dialog.asked_rows()
    assert key(qtbot, Qt.Key.Key_Up) is rows[0].buttons[0]  # the first: Up goes nowhere
    assert key(qtbot, Qt.Key.Key_Right) is rows[0].buttons[1]
    assert key(qtbot, Qt.Key.Key_Right) is rows[0].buttons[-1]  # a yes-no question: Yes is its last
    assert key(qtbot, Qt.Key.Key_Left) is rows[0].buttons[0]
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows[0].answer() is False)
    assert rows[0].no.text() == TICK + "No"
    for row in dialog.unanswered_rows():
        row.no.click()
    last = dialog.asked_rows()[-1]
    last.no.setFocus()
    assert key(qtbot, Qt.Key.Key_Down) is last.no  # the last: Down never leaves for Not now
    qtbot.keyClick(last.no, Qt.Key.Key_Return)
    assert dialog.decision is not None  # Enter continued


def test_enter_does_not_continue_while_a_question_is_unanswered(qtbot: QtBot, shipped: Library) -> None:
    dialog = screening(qtbot, shipped)
    key(qtbot, Qt.Key.Key_Return)  # chooses No for the first question
    qtbot.waitUntil(lambda: dialog.asked_rows()[0].answer() is False)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.decision is None and dialog.isVisible()


def test_a_check_in_opens_on_the_first_score_and_enter_saves(qtbot: QtBot) -> None:
    dialog = active(qtbot, CheckInDialog("before", ("right foot", "left foot"), "Morning foot care"))
    first = next(iter(dialog.scales.values()))
    assert QApplication.focusWidget() is first
    key(qtbot, Qt.Key.Key_4)
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Save and start is the default button
    assert dialog.result_checkin is not None and dialog.result_checkin.scores == {("right foot", "pain"): 4}


def test_settings_open_on_the_first_control(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = active(qtbot, SettingsDialog(Settings.load(tmp_path / "settings.json")))
    assert QApplication.focusWidget() is dialog.first_control() is dialog.appearance


def test_a_scroll_area_of_words_is_a_stop_only_when_it_scrolls(qtbot: QtBot) -> None:
    words = QWidget()

    column = QVBoxLayout(words)
    column.addWidget(text_label("A few words."))
    area = active(qtbot, scrolling(words, "Words", focusable=True))
    area.resize(400, 400)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus  # nothing to scroll: Tab passes it by
    area.resize(400, 20)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert area.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert area.property("keys") is True  # the style sheet draws its focus mark


def grab_focused(qtbot: QtBot, button: QWidget, reason: Qt.FocusReason) -> QImage:
    button.setFocus(reason)
    qtbot.waitUntil(button.hasFocus)
    QApplication.processEvents()
    return button.grab().toImage()


def test_a_button_reached_by_tab_shows_one_focus_mark(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """The style's own dotted focus rectangle, drawn inside the ring for keyboard focus only, made two
    marks on the welcome's buttons."""
    style.apply(qapp)
    welcome = active(qtbot, WelcomePage(Settings.load(tmp_path / "settings.json")))
    by_mouse = grab_focused(qtbot, welcome.skip_button, Qt.FocusReason.MouseFocusReason)
    welcome.next_button.setFocus()
    for _ in range(3):  # the keyboard's focus: the case that drew two
        if not welcome.skip_button.hasFocus():
            key(qtbot, Qt.Key.Key_Tab)
    assert welcome.skip_button.hasFocus()
    by_tab = grab_focused(qtbot, welcome.skip_button, Qt.FocusReason.TabFocusReason)
    assert by_tab == by_mouse


def test_chosen_options_show_a_tick_and_keep_their_size(qtbot: QtBot, shipped: Library) -> None:
    day = ticked(Button("Mon", "Monday"))
    qtbot.addWidget(day)
    width = day.sizeHint().width()
    day.setChecked(True)
    assert day.text() == TICK + "Mon" and day.accessibleName() == "Monday"
    assert day.sizeHint().width() == width
    day.setChecked(False)
    assert day.text() == "Mon"

    page = LibraryPage(shipped)
    qtbot.addWidget(page)
    chosen = page.filter_buttons["all"]
    other = next(button for key, button in page.filter_buttons.items() if key != "all")
    assert chosen.isChecked() and chosen.text().startswith(TICK) and not other.text().startswith(TICK)
    width = other.sizeHint().width()
    other.click()
    assert other.text().startswith(TICK) and not chosen.text().startswith(TICK)
    assert other.sizeHint().width() == width
    assert TICK not in other.accessibleName()


def test_a_chosen_place_and_day_in_settings_show_a_tick(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set("profile_places", ["right foot"])
    settings.set("reminder_days", ["mon"])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    places = dialog.places.buttons
    assert places["right foot"].text().startswith(TICK) and not places["left foot"].text().startswith(TICK)
    days = dialog.reminder_days.buttons
    assert days["mon"].text().startswith(TICK) and not days["tue"].text().startswith(TICK)
    assert all(button.text().startswith(TICK) == button.isChecked() for button in days.values())


def test_a_chosen_score_is_marked_by_more_than_its_colour(qtbot: QtBot) -> None:
    """The chosen box's tick: the box differs from the same box drawn chosen without one."""
    dialog = CheckInDialog("before", ("right foot",), "Morning foot care")
    qtbot.addWidget(dialog)
    scale = next(iter(dialog.scales.values()))
    scale.resize(scale.sizeHint())
    scale.set_value(5)
    ticked_image = scale.grab().toImage()
    scale._tick = lambda painter, rect: None  # type: ignore[method-assign]
    plain = scale.grab().toImage()
    assert ticked_image != plain
