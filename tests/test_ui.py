"""The window on Qt's offscreen platform: library, a whole routine in the player, keyboard, targets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.library import load_library
from neuroguide.core.resources import illustration_bases, routines_dir
from neuroguide.core.session import Phase
from neuroguide.core.settings import Settings
from neuroguide.core.suggestions import library_order
from neuroguide.system.datadir import load_routine_library, settings_path
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.pages.library import RoutineCard
from neuroguide.ui.pages.player import PlayerPage, clock_text
from tests.routine_text import VALID


def run_clock_until_over(window: MainWindow, clock: FakeClock, limit: int = 10_000) -> None:
    driver = window.player_page.driver
    assert driver is not None
    for _ in range(limit):
        wait = driver.engine.seconds_to_next_change()
        if wait is None:
            return
        clock.advance(wait)
        driver.wake()
    raise AssertionError("the routine did not end")


def card_for(window: MainWindow, routine_id: str) -> RoutineCard:
    return next(card for card in window.library_page.cards if card.routine.id == routine_id)


def shipped_ids(*areas: str) -> list[str]:
    """The shipped routines on any of ``areas``, in the library's order (add-ons are not listed)."""
    library = load_library([routines_dir()], illustration_bases())
    return [routine.id for routine in library_order(library.routines) if routine.areas & set(areas)]


def interactive_widgets(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QAbstractSpinBox) and widget.isVisibleTo(root)
    ]


def test_the_library_lists_every_routine_and_filters_by_area(window: MainWindow) -> None:
    page = window.library_page
    everything = page.visible_routines()
    assert everything == shipped_ids("feet", "legs", "hands", "arms")
    assert {"foot-care", "hand-relief", "pressure-points", "swedish-strokes"} <= set(everything)
    page.filter_buttons["hands"].click()
    hands = page.visible_routines()
    assert hands == shipped_ids("hands", "arms") and {"hand-relief", "swedish-strokes"} <= set(hands)
    assert "foot-care" not in hands and "daily-foot-check" not in hands
    page.filter_buttons["feet"].click()
    feet = page.visible_routines()
    assert feet == shipped_ids("feet", "legs")
    assert {"foot-care", "pressure-points", "swedish-strokes"} <= set(feet)
    assert "hand-relief" not in feet and "chemo-hand-function" not in feet
    assert not page.problems_note.isVisibleTo(page)
    card = card_for(window, "foot-care")
    assert card.accessibleName() == "Morning foot care. Feet, 12 min, On your own or with a helper."


def test_a_broken_routine_shows_in_the_problems_note(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    own = data_dir / "routines"
    own.mkdir()
    (own / "mine.toml").write_text(VALID.replace("seconds = 60", "seconds = 0"), encoding="utf-8")
    (own / "fine.toml").write_text(VALID, encoding="utf-8")
    main = MainWindow()
    main.populate(load_routine_library(data_dir), Settings(), clock)
    qtbot.addWidget(main)
    page = main.library_page
    assert page.problems_note.isVisibleTo(page)
    assert "mine.toml:28: step 'glide': seconds:" in page.problem_details.text()
    assert "test-feet" in page.visible_routines()


def test_a_whole_routine_runs_on_the_advanced_clock(window: MainWindow, clock: FakeClock) -> None:
    card_for(window, "foot-care").click()
    player = window.player_page
    assert window.pages.currentWidget() is player
    assert player.status.text() == "Get ready: the timer starts in 5 s"
    assert player.step_title.text() == "Check your soles"
    assert player.countdown.text() == "0:40"
    clock.advance(5)
    player.driver.wake()  # type: ignore[union-attr]
    assert player.status.text() == ""
    assert player.illustration.animating
    clock.advance(41)
    player.driver.wake()  # type: ignore[union-attr]
    assert player.step_title.text() == "Check the tops of your feet"  # the soles' look asks nothing yet
    assert not player.found_bar.isVisible()
    clock.advance(21)
    player.driver.wake()  # type: ignore[union-attr]
    # the skin check ends with its question, and waits for the answer
    assert player.found_bar.isVisible()
    assert player.status.text() == "Answer the question below to go on."
    assert not player.countdown.isVisible()
    clock.advance(600)
    player.driver.wake()  # type: ignore[union-attr]
    assert player.step_title.text() == "Check the tops of your feet"  # nothing is assumed unanswered
    player.found_buttons["nothing"].click()
    assert not player.found_bar.isVisible()
    assert player.side.text() == "Right foot"
    assert player.step_title.text() == "Lotion on top of the right foot"
    assert player.overall.text() == "Step 3 of 17 · 10 min left"
    run_clock_until_over(window, clock)
    assert player.views.currentIndex() == 1
    assert player.finished_title.text() == "Well done"
    assert player.finished_summary.text() == (
        "You finished Morning foot care: 12 min, 17 of 17 steps, both feet."
    )
    assert not player.illustration.animating
    player.library_button.click()
    assert window.pages.currentWidget() is window.library_page


def test_a_screen_reader_hears_each_step_and_state_but_not_every_second(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    heard: list[tuple[str, bool]] = []
    window.start_routine("foot-care")
    player = window.player_page
    assert window.runner is not None and window.runner.announcer is not None
    window.runner.announcer.announced.connect(lambda text, urgent: heard.append((text, urgent)))
    driver = player.driver
    assert driver is not None
    steps = driver.engine.steps
    for _ in range(5 + 40 + 20 + 5):  # the reading time, both looks and their question, a second at a time
        clock.advance(1)
        driver.wake()
    texts = [text for text, _ in heard]
    assert any(steps[0].title() in text for text in texts)  # the first step, as it starts
    assert any(steps[1].title() in text for text in texts)  # the second, announced ahead
    assert heard[-1] == ("Did you find anything? Choose no, the right foot, the left foot, or both.", True)
    player.found_buttons["nothing"].click()
    assert steps[2].title() in heard[-1][0]  # and the step after the question, as it starts
    assert len(heard) <= 9  # the moments the voice speaks, never the seconds ticking
    qtbot.keyClick(player, Qt.Key.Key_Space)  # pause
    assert heard[-1][1] is True and "pause" in heard[-1][0].lower()  # said at once
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert heard[-1][1] is False


def test_left_side_steps_are_mirrored(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine("hand-relief")
    player = window.player_page
    driver = player.driver
    assert driver is not None
    for _ in range(7):  # the first Next ends the reading time, then six steps of the right hand
        driver.do(driver.engine.next)
    assert player.side.text() == "Left hand"
    assert player.illustration._mirrored
    assert player.illustration.accessibleDescription() == "Left hand. Lotion on the left hand"


def test_keyboard_controls_the_session(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    window.start_routine("foot-care")
    player: PlayerPage = window.player_page
    driver = player.driver
    assert driver is not None
    engine = driver.engine
    clock.advance(5)
    driver.wake()

    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert engine.phase is Phase.PAUSED
    assert player.pause_button.text() == "Resume"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert engine.phase is Phase.RUNNING

    qtbot.keyClick(player, Qt.Key.Key_Right)  # done looking at the soles: on to the tops
    assert engine.phase is Phase.RUNNING and engine.current is not None
    assert engine.current.key == "skin-check"
    qtbot.keyClick(player, Qt.Key.Key_Right)  # done looking: the check's question comes
    assert engine.phase is Phase.ASKING
    assert player.found_question.hasFocus()  # on the question, so a stray Space answers nothing
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert engine.phase is Phase.ASKING
    qtbot.keyClick(player.found_question, Qt.Key.Key_Tab)
    assert player.found_buttons["nothing"].hasFocus()
    qtbot.keyClick(player.found_buttons["nothing"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: engine.phase is not Phase.ASKING)
    assert engine.current is not None and engine.current.key == "lotion@right"
    qtbot.keyClick(player, Qt.Key.Key_Left)
    assert engine.current.key == "skin-check"
    clock.advance(10)
    driver.wake()
    qtbot.keyClick(player, Qt.Key.Key_R)
    assert player.countdown.text() == "0:20"
    qtbot.keyClick(player, Qt.Key.Key_Plus)
    assert player.countdown.text() == "0:50"
    qtbot.keyClick(player, Qt.Key.Key_Equal)
    assert player.countdown.text() == "1:20"

    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert player.confirm_bar.isVisible()
    assert engine.phase is Phase.PAUSED
    assert player.keep_going_button.hasFocus()
    qtbot.keyClick(player, Qt.Key.Key_Right)  # ignored while the question is open
    assert engine.current.key == "skin-check"
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # Escape again: keep going
    assert not player.confirm_bar.isVisible()
    assert engine.phase is Phase.RUNNING

    qtbot.keyClick(player, Qt.Key.Key_Escape)
    qtbot.keyClick(player.confirm_stop_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: engine.phase is Phase.STOPPED)
    assert player.finished_title.text() == "Session stopped"
    assert player.finished_summary.text() == (
        "You stopped after under a minute, with 1 of 17 steps done."
        " It is in your history, but does not count toward your week."
    )


def test_stopping_a_paused_session_and_keeping_it_paused(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine("hand-relief")
    player = window.player_page
    engine = player.driver.engine  # type: ignore[union-attr]
    player.pause_button.click()
    player.stop_button.click()
    player.keep_going_button.click()
    assert engine.phase is Phase.PAUSED  # it was paused before the question, so it stays paused


def test_buttons_answer_enter_as_well_as_clicks(window: MainWindow, qtbot: QtBot) -> None:
    card = card_for(window, "hand-relief")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page)
    assert window.player_page.routine_title.text() == "Hand relief"


def test_every_control_is_named_and_big_enough(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine("foot-care")
    player = window.player_page
    checked = named_and_big_enough(window.library_page) + named_and_big_enough(player)
    player.stop_button.click()  # the stop question, in the controls' place
    checked += named_and_big_enough(player)
    assert checked >= 15


def named_and_big_enough(page: QWidget) -> int:
    """Checks each control shown on ``page``; how many there are."""
    widgets = interactive_widgets(page)
    for widget in widgets:
        assert widget.accessibleName(), (
            f"{type(widget).__name__} '{getattr(widget, 'text', str)()}' has no name"
        )
        assert widget.width() >= 44 and widget.height() >= 44, (widget.accessibleName(), widget.size())
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()
    return len(widgets)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_render_the_pages_to_png(
    screens: Path, qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock, scale: float
) -> None:
    """Pictures of each page, for a person to look at (in ``screens``); text at 100% and 200%."""
    original = qapp.font()
    font = qapp.font()
    font.setPointSizeF(max(font.pointSizeF(), style.MIN_BODY_POINTS) * scale)
    qapp.setFont(font)
    try:
        style.apply(qapp)
        main = MainWindow()
        unscreened = Settings()
        unscreened.set("safety_check", False)
        main.populate(load_routine_library(data_dir), unscreened, clock)
        qtbot.addWidget(main)
        main.resize(1100, 760)
        main.show()
        qtbot.waitExposed(main)
        suffix = f"{round(scale * 100)}"
        qapp.processEvents()
        assert main.grab().save(str(screens / f"library-{suffix}.png"))
        main.show_learn()
        qapp.processEvents()
        assert main.grab().save(str(screens / f"learn-{suffix}.png"))
        main.show_library()
        main.start_routine("foot-care")
        player = main.player_page
        qapp.processEvents()
        assert main.grab().save(str(screens / f"player-get-ready-{suffix}.png"))
        for _ in range(3):
            player.driver.do(player.driver.engine.next)  # type: ignore[union-attr]
        clock.advance(20)
        player.driver.wake()  # type: ignore[union-attr]
        qapp.processEvents()  # let the layouts settle, as the event loop would
        assert main.grab().save(str(screens / f"player-step-{suffix}.png"))
        for label in (player.step_title, player.countdown, player.instruction):
            # nothing clipped: each label gets at least the height its text needs at this width
            assert label.height() >= label.heightForWidth(label.width()) or not label.wordWrap(), label.text()
        player.stop_button.click()
        qapp.processEvents()
        assert main.grab().save(str(screens / f"player-confirm-stop-{suffix}.png"))
        player.confirm_stop_button.click()
        qapp.processEvents()
        assert main.grab().save(str(screens / f"player-finished-{suffix}.png"))
    finally:
        qapp.setFont(original)
        style.apply(qapp)


def test_clock_text() -> None:
    assert [clock_text(value) for value in (0, 0.2, 1, 59.01, 60, 125)] == [
        "0:00",
        "0:01",
        "0:01",
        "1:00",
        "1:00",
        "2:05",
    ]


def test_controls_rest_while_the_stop_question_is_open(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine("foot-care")
    player = window.player_page
    assert not player.back_button.isEnabled()  # nothing before the first step's reading time
    player.ask_to_stop()
    assert not any(button.isEnabled() for button in player.session_buttons)
    engine = player.driver.engine  # type: ignore[union-attr]
    qtbot.keyClick(player.keep_going_button, Qt.Key.Key_Space)  # Space presses the focused button
    assert not player.confirm_bar.isVisible()
    assert engine.phase is Phase.LEAD_IN
    assert player.pause_button.isEnabled()


def test_captions_and_a_plain_notice_when_speech_is_unavailable(
    screens: Path, qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    from neuroguide.speech.guide import VoiceGuide
    from tests.fakes import FakeAudio, FakeService

    settings = Settings.load(settings_path(data_dir))
    settings.set("safety_check", False)
    main = MainWindow()
    qtbot.addWidget(main)
    service = FakeService(tmp_path, available=False, reason="espeak-ng is not installed")
    main.populate(
        load_routine_library(data_dir),
        settings,
        clock,
        voice=lambda: VoiceGuide(settings, service, FakeAudio()),
    )
    main.show()
    main.start_routine("hand-relief")
    player = main.player_page
    assert player.voice_notice.isVisibleTo(player)
    assert player.voice_notice.text() == (
        "Speech is unavailable: espeak-ng is not installed. Instructions are shown on screen."
    )
    assert player.caption.isVisibleTo(player)
    assert player.caption.text() == "Get ready: Hand relief. First: Lotion on the right hand."
    clock.advance(5)
    player.driver.wake()  # type: ignore[union-attr]
    assert player.caption.text().startswith("Start with your right hand. Lotion on the right hand.")
    qapp.processEvents()
    assert main.grab().save(str(screens / "player-captions-100.png"))


def test_pace_and_no_countdown_come_from_settings(
    screens: Path, window: MainWindow, clock: FakeClock, qtbot: QtBot, tmp_path: Path
) -> None:
    from neuroguide.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.settings)
    qtbot.addWidget(dialog)
    dialog.pace.setCurrentIndex(dialog.pace.findData(2.0))
    dialog.untimed.click()
    dialog.reduce_motion.click()
    assert window.settings.number("pace") == 2.0 and window.settings.flag("untimed")
    window.start_routine("hand-relief")
    player = window.player_page
    engine = player.driver.engine  # type: ignore[union-attr]
    assert engine.pace == 2.0 and engine.untimed
    first = engine.current
    assert first is not None
    clock.advance(window.settings.whole("lead_in_seconds") + 1)
    player.driver.wake()  # type: ignore[union-attr]
    assert not player.countdown.isVisibleTo(player) and not player.add_button.isVisibleTo(player)
    assert not player.illustration.animating  # kept still, as asked
    expected = clock_text(first.step.seconds * 2)
    assert player.status.text().startswith("No countdown") and expected in player.status.text()
    clock.advance(3600)
    player.driver.wake()  # type: ignore[union-attr]
    assert engine.current == first  # an hour later, still waiting for the person
    assert window.grab().save(str(screens / "player-untimed-100.png"))
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert engine.current is not None and engine.current.number == 2


def test_card_pictures_are_drawn_when_first_shown(qtbot: QtBot, data_dir: Path) -> None:
    from neuroguide.ui.pages.library import LibraryPage

    page = LibraryPage(load_routine_library(data_dir))
    qtbot.addWidget(page)
    assert all(card.picture.pixmap().isNull() for card in page.cards)  # waiting in the background
    page.show()
    qtbot.waitExposed(page)
    assert not any(card.picture.pixmap().isNull() for card in page.cards)


def test_skip_this_side_by_button_or_key(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    window.start_routine("foot-care")
    player = window.player_page
    driver = player.driver
    assert driver is not None
    assert not player.skip_side_button.isVisibleTo(player)  # the skin check is on both feet
    driver.do(driver.engine.next)  # the reading time
    driver.do(driver.engine.next)  # done looking at the soles
    assert not player.skip_side_button.isVisibleTo(player)  # nor is the look at the tops
    driver.do(driver.engine.next)  # done looking
    player.found_buttons["nothing"].click()
    assert player.skip_side_button.isVisibleTo(player)
    assert player.skip_side_button.accessibleName() == "Skip this side today (S)"
    player.skip_side_button.click()
    assert driver.engine.current is not None and driver.engine.current.key == "lotion@left"
    assert player.safety_notice.text() == "Skipped today: Right foot."
    assert player.overall.text().startswith("Step 4 of 11")  # the right foot's lotion was begun
    qtbot.keyClick(player, Qt.Key.Key_S)
    assert driver.engine.current is not None and driver.engine.current.key == "after-check"
    assert not player.skip_side_button.isVisibleTo(player)
    assert player.safety_notice.text() == "Skipped today: Right foot, Left foot."
