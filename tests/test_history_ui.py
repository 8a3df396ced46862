"""Check-ins, recording and the History page, on real SQLite through the history thread."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget
from pytestqt.qtbot import QtBot

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.timers import FakeTimers
from neuroguide.core.clock import FakeClock
from neuroguide.core.options import Giver
from neuroguide.core.settings import Settings
from neuroguide.store.database import FILE_NAME, backups
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import load_routine_library, settings_path
from neuroguide.ui.dialogs.checkin import CheckInDialog, ScoreScale
from neuroguide.ui.history_controller import HistoryController
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.pages.history import run_words, week_words
from neuroguide.ui.shell import Shell
from tests.conftest import WindowOpener
from tests.history_seed import seed

TODAY = datetime(2026, 11, 20, 9, 0).astimezone()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY)


def stored(data_dir: Path) -> list:  # type: ignore[type-arg]
    with HistoryStore(data_dir) as store:
        return store.sessions(with_steps=True)


def wait_for_dialog(qtbot: QtBot, window: MainWindow) -> CheckInDialog:
    prompts = window.prompts
    qtbot.waitUntil(lambda: isinstance(prompts.dialog, CheckInDialog) and prompts.dialog.isVisible())
    dialog = prompts.dialog
    assert isinstance(dialog, CheckInDialog)
    return dialog


def finish_routine(window: MainWindow, clock: FakeClock) -> None:
    driver = window.player_page.driver
    assert driver is not None
    while (wait := driver.engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        driver.wake()


def test_a_session_with_both_check_ins_is_recorded(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    window.start_routine("hand-relief")
    before = wait_for_dialog(qtbot, window)
    assert list(before.scales) == [
        ("right hand", "pain"), ("right hand", "tingling"), ("right hand", "numbness"),
        ("left hand", "pain"), ("left hand", "tingling"), ("left hand", "numbness"),
    ]  # fmt: skip
    qtbot.keyClick(before.scales[("right hand", "pain")], Qt.Key.Key_6)
    qtbot.keyClick(before.scales[("left hand", "pain")], Qt.Key.Key_4)
    before.save_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page)
    finish_routine(window, clock)

    after = wait_for_dialog(qtbot, window)
    assert after is not before and after.moment == "after"
    after.scales[("right hand", "pain")].set_value(3)
    after.scales[("left hand", "pain")].set_value(2)
    after.skin["redness"].setChecked(True)
    after.fatigue.setChecked(True)  # type: ignore[union-attr]
    after.by_caregiver.setChecked(True)
    after.caregiver_name.setText("Sam")  # type: ignore[union-attr]
    after.note.setPlainText("Warm hands afterwards")  # type: ignore[union-attr]
    after.save_button.click()

    def saved() -> bool:
        records = stored(data_dir)
        return len(records) == 1 and records[0].after is not None and records[0].performed_by == "Sam"

    qtbot.waitUntil(saved, timeout=5000)
    (record,) = stored(data_dir)
    assert (record.status, record.steps_done, record.steps_total) == ("finished", 12, 12)
    assert record.before is not None and record.before.scores == {
        ("right hand", "pain"): 6,
        ("left hand", "pain"): 4,
    }
    assert record.after is not None and record.after.skin == ("redness",) and record.after.fatigue
    assert record.after.note == "Warm hands afterwards"
    assert window.settings.text("caregiver_name") == "Sam"
    window.close()


def test_enter_after_scoring_saves_the_scores_and_does_not_skip(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    window.start_routine("hand-relief")
    before = wait_for_dialog(qtbot, window)
    scale = before.scales[("right hand", "pain")]
    qtbot.keyClick(scale, Qt.Key.Key_5)
    qtbot.keyClick(scale, Qt.Key.Key_Return)  # as a person does, with the focus still on the scores
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page)
    finish_routine(window, clock)
    after = wait_for_dialog(qtbot, window)
    qtbot.keyClick(after.scales[("right hand", "pain")], Qt.Key.Key_3)
    qtbot.keyClick(after.scales[("right hand", "pain")], Qt.Key.Key_Enter)

    def saved() -> bool:
        records = stored(data_dir)
        return len(records) == 1 and records[0].after is not None

    qtbot.waitUntil(saved, timeout=5000)
    (record,) = stored(data_dir)
    assert record.before is not None and record.before.scores == {("right hand", "pain"): 5}
    assert record.after is not None and record.after.scores == {("right hand", "pain"): 3}
    window.close()


def test_skipping_and_not_being_asked_again(open_window: WindowOpener, qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    window.start_routine("foot-care")
    dialog = wait_for_dialog(qtbot, window)
    dialog.remember.setChecked(True)
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page)
    assert window.settings.flag("ask_before_session") is False
    window.player_page.ask_to_stop()
    window.player_page.confirm_stop_button.click()
    after = wait_for_dialog(qtbot, window)
    after.skip_button.click()
    window.player_page.library_button.click()
    window.start_routine("foot-care")
    assert window.pages.currentWidget() is window.player_page  # straight in, no question
    qtbot.waitUntil(lambda: [r.status for r in stored(data_dir)] == ["stopped", "running"], timeout=5000)
    assert [r.stop_reason for r in stored(data_dir)] == ["person", ""]  # Stop, then yes: a code
    window.close()


def test_the_score_scale_by_keyboard(qtbot: QtBot) -> None:
    scale = ScoreScale("Pain, right foot")
    qtbot.addWidget(scale)
    assert scale.value is None and scale.accessibleDescription() == "not scored"
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value == 0
    qtbot.keyClick(scale, Qt.Key.Key_7)
    qtbot.keyClick(scale, Qt.Key.Key_Up)
    assert scale.value == 8 and scale.accessibleDescription() == "8 out of 10"
    qtbot.keyClick(scale, Qt.Key.Key_End)
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value == 10
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert scale.value is None
    assert scale.sizeHint().height() >= 44


def test_the_history_page_with_a_year_of_sessions(
    screens: Path, open_window: WindowOpener, qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    count = seed(data_dir, 365, TODAY)
    window = open_window(settings={"safety_check": False}, history=True)
    assert window.history is not None
    window.history.add_marker(date(2026, 10, 2), "infusion 4")
    window.library_page.history_button.click()
    page = window.history.page
    qtbot.waitUntil(lambda: page.view is not None and bool(page.view.markers), timeout=5000)
    assert window.pages.currentWidget() is page
    view = page.view
    assert view is not None
    assert view.since == TODAY.date() - timedelta(days=181)
    assert page.table_model.rowCount() == len(view.records) == min(50, view.total)
    assert view.total > 60
    assert page.table_model.records[0].started_at >= page.table_model.records[-1].started_at  # newest first
    assert page.chart.series is not None and page.chart.series.pairs  # one symptom in one place
    assert [marker.label for marker in page.chart.markers] == ["infusion 4"]
    assert page.week_label.text().startswith("This week: ")
    page.period_buttons["all"].click()
    qtbot.waitUntil(lambda: page.view is not None and page.view.total == count, timeout=5000)
    assert page.chart.bucket == "week" and page.chart.x_range[0] > page.view.since - timedelta(days=7)
    assert page.table_model.rowCount() == 50 and page.more_button.isVisibleTo(page)
    assert page.shown_label.text() == f"Showing the newest 50 of {count} sessions."
    newest_first = page.table_model.records[-1]
    page.more_button.click()  # the next hundred, older ones
    qtbot.waitUntil(lambda: page.table_model.rowCount() == 100, timeout=5000)
    assert page.table_model.records[50].started_at <= newest_first.started_at
    assert len({record.id for record in page.table_model.records}) == 100
    page.period_buttons["6m"].click()
    qtbot.waitUntil(lambda: page.view is not None and page.view.total < count, timeout=5000)
    qapp.processEvents()
    assert window.grab().save(str(screens / "history-100.png"))
    window.close()


def test_exports_from_the_page(
    open_window: WindowOpener,
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    seed(data_dir, 120, TODAY)
    window = open_window(settings={"safety_check": False}, history=True)
    assert window.history is not None
    window.show_history()
    qtbot.waitUntil(lambda: window.history.page.view is not None, timeout=5000)  # type: ignore[union-attr]
    said: list[str] = []
    window.history.export("csv", tmp_path / "all.csv", said.append)
    window.history.export("pdf", tmp_path / "report.pdf", said.append)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=15_000)
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    header, first, *_ = text.splitlines()
    assert header.startswith("session,date,time,routine_id,routine,status")
    assert first.split(",")[4] in ("Morning foot care", "Hand relief")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert said[1].startswith("The report for your clinician was saved to")
    if shutil.which("pdftotext"):
        words = subprocess.run(
            ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "not a medical device" in words and "no control comparison" in words
    window.close()


def unwritable(kind: str, tmp_path: Path) -> tuple[Path, str]:
    """A folder that really cannot be written to (whoever runs the tests), and how it is said."""
    if kind == "missing":
        folder = tmp_path / "no such folder"
        return folder, f"the folder {folder} does not exist"
    if kind == "a file":
        folder = tmp_path / "notes.txt"
        folder.write_text("a file, not a folder")
        return folder, f"{folder} is not a folder"
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    if refuses_new_files(folder):
        return folder, f"the folder {folder} cannot be written to"
    folder = Path("/sys")  # root writes into a read-only folder; the kernel's own refuses even root
    if not refuses_new_files(folder):
        pytest.skip("no folder here refuses this user's new files")
    return folder, f"the folder {folder} cannot be written to"


def refuses_new_files(folder: Path) -> bool:
    try:
        (folder / "probe").touch(exist_ok=False)
    except PermissionError:
        return True
    except OSError:
        return False
    (folder / "probe").unlink()
    return False


@pytest.mark.parametrize("kind", ["missing", "a file", "read-only"])
def test_an_export_to_a_place_that_cannot_be_written_says_so_and_finishes(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    seed(data_dir, 5, TODAY)
    window = open_window(settings={"safety_check": False}, history=True)
    history = window.history
    assert history is not None
    window.show_history()
    qtbot.waitUntil(lambda: history.page.view is not None, timeout=5000)
    folder, reason = unwritable(kind, tmp_path)
    said: list[str] = []
    history.export("csv", folder / "all.csv", said.append)
    history.export("pdf", folder / "report.pdf", said.append)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=15_000)
    assert said == [f"The file could not be saved: {reason}. Please choose another folder."] * 2
    assert not (folder / "all.csv").exists() and not (folder / "report.pdf").exists()
    assert history.bridge.worker.problem == "" and history.problem == ""  # the history is not blamed
    assert history.page.notice.text() == said[-1] and not history.page.notice.isHidden()
    window.show_library()
    window.show_history()  # a later visit: the export's message is not there any more
    assert history.page.notice.isHidden()
    window.close()


def test_history_that_cannot_be_saved_is_said_and_the_session_goes_on(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    assert window.history is not None
    window.settings.set("ask_before_session", False)

    def read_only(store: HistoryStore) -> None:
        store.connection.close()
        store.connection = sqlite3.connect(
            f"file:{data_dir / FILE_NAME}?mode=ro", uri=True, isolation_level=None
        )

    window.history.bridge.ask(read_only).result()
    window.start_routine("hand-relief")
    player = window.player_page
    qtbot.waitUntil(lambda: player.history_notice.isVisible(), timeout=5000)
    assert "History cannot be saved right now: the data folder is read-only." in player.history_notice.text()
    clock.advance(10)
    player.driver.wake()  # type: ignore[union-attr]
    assert player.driver.engine.phase.name == "RUNNING"  # type: ignore[union-attr]
    window.close()


def test_kind_words_for_runs_and_weeks() -> None:
    today = date(2026, 11, 20)  # a Friday
    days = {today - timedelta(days=n): 1 for n in (1, 2, 3)}
    assert run_words(3, False) == "3 days in a row so far; today's session would make it 4."
    assert run_words(0, False) == "Pick a routine whenever you feel ready."
    assert run_words(1, True) == "Today's session is done. Well done."
    assert run_words(1, False, True) == (
        "Pick a routine whenever you feel ready. "
        "Today's session ended before half of its steps, so it is not counted yet."
    )
    assert week_words(days, today, 3) == "This week: 3 sessions. Your goal of 3 is reached."
    assert week_words({today: 1}, today, 4) == "This week: 1 of your 4 sessions."
    assert week_words({today: 1}, today, 1) == "This week: 1 session. Your goal of 1 is reached."
    assert week_words({today: 1}, today, 4, {today: 2, today - timedelta(days=7): 1}) == (
        "This week: 1 of your 4 sessions. Sessions that end before half of their steps are shown, "
        "but not counted (this week: 2)."
    )


def test_prepared_views_are_kept_until_the_history_or_the_day_changes(data_dir: Path) -> None:
    from neuroguide.store.history_view import PreparedViews

    seed(data_dir, 60, TODAY)
    views, today = PreparedViews(), TODAY.date()
    with HistoryStore(data_dir) as store, HistoryStore(data_dir) as other:
        views.prepare(store, today)
        first = views.view(store, today, "6m")
        assert views.view(store, today, "6m") is first  # nothing changed: no second read
        store.add_marker(today, "infusion")  # written here
        second = views.view(store, today, "6m")
        assert second is not first and [marker.label for marker in second.markers] == ["infusion"]
        other.add_marker(today, "new medicine")  # written by another program, such as an import
        third = views.view(store, today, "6m")
        assert third is not second and len(third.markers) == 2
        assert views.view(store, today + timedelta(days=1), "6m").today == today + timedelta(days=1)


def test_the_calendar_marks_session_days_of_the_month_on_show(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from neuroguide.store.history_view import HistoryView
    from neuroguide.ui.pages.history import HistoryPage

    page = HistoryPage(3)
    qtbot.addWidget(page)
    today = date(2026, 11, 20)
    days = {date(2026, 11, 18): 1, date(2026, 10, 5): 2, date(2025, 1, 9): 1}
    page.show_view(HistoryView(today, date(2026, 5, 23), [], 4, 4, [], days), 3)

    def bold(day: date) -> bool:
        text_format = page.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
        return text_format.fontWeight() == 700

    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 11)
    assert bold(date(2026, 11, 18)) and not bold(date(2026, 11, 19))
    page.calendar.showPreviousMonth()  # turning the page marks the month turned to
    assert bold(date(2026, 10, 5)) and not bold(date(2026, 10, 6))
    page.calendar.setCurrentPage(2025, 1)
    assert bold(date(2025, 1, 9))


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_render_history_and_check_ins_to_png(
    screens: Path,
    open_window: WindowOpener,
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    scale: float,
) -> None:
    """Pictures for a person to look at (screens/ in pytest's temporary folder), at 100% and 200% text."""
    seed(data_dir, 200, TODAY)
    original = qapp.font()
    font = qapp.font()
    font.setPointSizeF(max(font.pointSizeF(), style.MIN_BODY_POINTS) * scale)
    qapp.setFont(font)
    try:
        window = open_window(settings={"safety_check": False}, history=True)
        window.resize(1100, 760)
        suffix = f"{round(scale * 100)}"
        window.show_history()
        page = window.history.page  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
        qapp.processEvents()
        assert window.grab().save(str(screens / f"history-{suffix}.png"))
        for moment in ("before", "after"):
            helped = Giver(True, "Sam")
            dialog = CheckInDialog(moment, ("right foot", "left foot"), "Morning foot care", helped)  # type: ignore[arg-type]
            qtbot.addWidget(dialog)
            dialog.scales[("right foot", "pain")].set_value(6)
            dialog.show()
            qapp.processEvents()
            assert dialog.grab().save(str(screens / f"checkin-{moment}-{suffix}.png"))
            for scale_widget in dialog.scales.values():
                assert scale_widget.width() >= scale_widget.sizeHint().width()  # never squeezed
        window.close()
    finally:
        qapp.setFont(original)
        style.apply(qapp)


def test_somethings_wrong_stops_at_once_and_shows_what_to_do(
    screens: Path,
    open_window: WindowOpener,
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    clock: FakeClock,
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    window.settings.set("ask_before_session", False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start_routine("foot-care")
    player = window.player_page
    clock.advance(30)
    player.driver.wake()  # type: ignore[union-attr]
    qtbot.keyClick(player, Qt.Key.Key_W)
    assert player.driver.engine.phase.name == "STOPPED"  # type: ignore[union-attr]
    assert player.views.currentIndex() == 2
    shown = " ".join(label.text() for label in player.stop_sign_labels)  # type: ignore[attr-defined]
    assert "Call an ambulance now." in shown
    assert "Call your cancer team's helpline now." in shown
    assert player.my_contacts is not None  # type: ignore[attr-defined]
    assert player.my_contacts.texts() == ["No numbers kept yet: add them in Settings, My contacts."]
    assert "take the weight off it".lower() in shown.lower()

    def recorded() -> bool:
        records = stored(data_dir)
        return bool(records) and records[0].status == "stopped"

    qtbot.waitUntil(recorded, timeout=5000)
    assert stored(data_dir)[0].stop_reason == "safety"  # a code, not the words shown
    assert not isinstance(window.prompts.dialog, CheckInDialog)  # no questions now
    qapp.processEvents()
    assert window.grab().save(str(screens / "player-stop-signs-100.png"))
    player.signs_library_button.click()
    assert window.pages.currentWidget() is window.library_page
    window.close()


def test_caregiver_mode_speaks_to_the_helper_and_records_who_helped(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    from neuroguide.speech.guide import VoiceGuide
    from tests.fakes import FakeAudio, FakeService

    style.apply(qapp)
    settings = Settings.load(settings_path(data_dir))
    for key, value in (("safety_check", False), ("ask_before_session", False), ("caregiver_mode", True)):
        settings.set(key, value)
    settings.set("caregiver_name", "Sam")
    service = FakeService(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(
        load_routine_library(data_dir),
        settings,
        clock,
        voice=lambda: VoiceGuide(settings, service, FakeAudio()),
        history=lambda: HistoryBridge(data_dir),
    )
    window.show()
    window.start_routine("hand-relief")
    player = window.player_page
    clock.advance(5)
    player.driver.wake()  # type: ignore[union-attr]
    assert player.instruction.text() == (
        "Hold their right hand palm-up in yours. Warm a little lotion in your hands and smooth it over "
        "the front and back."
    )
    assert player.giver_tips.isVisibleTo(player) and "ask how it feels" in player.giver_tips.text()
    assert service.requests[-1][0].startswith("Start with their right hand.")
    qtbot.waitUntil(
        lambda: bool(stored(data_dir)) and stored(data_dir)[0].performed_by == "Sam", timeout=5000
    )
    window.close()


def test_closing_the_history_does_not_wait_and_a_write_queued_just_before_lands(data_dir: Path) -> None:
    bridge = HistoryBridge(data_dir)
    slow_disk = threading.Event()
    bridge.ask(lambda store: slow_disk.wait(10))
    bridge.ask(lambda store: store.add_marker(date(2026, 11, 20), "infusion"))
    closed = bridge.close()
    assert not closed.done()  # close came back while the history thread was still busy
    slow_disk.set()
    Shell(data_dir, None).finish(10)  # as the app quits: the last writes land first
    assert closed.done()
    with HistoryStore(data_dir) as store:
        assert [marker.label for marker in store.markers()] == ["infusion"]


def test_a_history_opened_again_starts_after_its_last_close(data_dir: Path) -> None:
    first = HistoryBridge(data_dir)
    slow_disk = threading.Event()
    first.ask(lambda store: slow_disk.wait(10))
    first.ask(lambda store: store.add_marker(date(2026, 11, 20), "infusion"))
    first.close()
    second = HistoryBridge(data_dir)  # a person switched away from and back to at once
    found = second.ask(lambda store: [marker.label for marker in store.markers()])
    slow_disk.set()
    assert found.result(timeout=10) == ["infusion"]
    second.close().result(timeout=10)


def test_the_history_reads_ahead_once_shown_and_backs_up_each_new_day(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    seed(data_dir, 5, TODAY)
    timers = FakeTimers(clock)
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    pages.show()
    bridge = HistoryBridge(data_dir)
    history = HistoryController(bridge, Settings(None), clock, pages, lambda _message: None, timers=timers)
    bridge.ask(lambda store: None).result(timeout=10)
    assert [info.day for info in backups(data_dir)] == [TODAY.date()]
    prepared = history._views._views  # what the page would show, read on the history thread
    assert not prepared
    clock.advance(1.5)
    assert timers.fire_due() == 1  # the page is read ahead, and nothing else is due yet
    bridge.ask(lambda store: None).result(timeout=10)
    assert {day for day, _period in prepared} == {TODAY.date()}
    clock.advance(24 * 3600)
    assert timers.fire_due() == 1  # the hourly look, once however long it slept
    bridge.ask(lambda store: None).result(timeout=10)
    assert [info.day for info in backups(data_dir)] == [TODAY.date() + timedelta(days=1), TODAY.date()]
    (backup,) = timers.active()
    assert backup.deadline == clock.monotonic() + 3600  # and again in an hour
    history.close().result(timeout=10)
