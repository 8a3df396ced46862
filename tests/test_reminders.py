"""The morning reminder in the app: on a fake clock, with the real history file and a restart or two."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide import APP_ID
from neuroguide.app import autostart
from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.timers import FakeTimers
from neuroguide.cli import main
from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import load_routine_library, settings_path
from tests.conftest import ReminderOpener

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def settings(reminder_settings: Settings) -> Settings:
    return reminder_settings


@pytest.fixture
def opened(open_reminders: ReminderOpener, settings: Settings) -> ReminderOpener:
    return lambda clock, timers=None: open_reminders(settings, clock, timers)


def events(data_dir: Path) -> list[str]:
    with HistoryStore(data_dir) as store:
        return [row[0] for row in store.connection.execute("SELECT kind FROM reminder_event ORDER BY id")]


def at(hour: int, minute: int = 0, day: int = 1) -> FakeClock:
    return FakeClock(datetime(2026, 6, day, hour, minute, tzinfo=LONDON))


def test_on_time_then_snooze_then_start(qtbot: QtBot, opened, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    clock = at(7, 59)
    reminders = opened(clock)
    assert not reminders.window.isVisible()
    assert reminders.next_words() == "Next reminder: Mon 08:00"
    clock.advance(60)
    reminders.check()
    assert reminders.window.isVisible()
    assert reminders.window.headline.text() == "Time for Morning foot care (12 min)"
    reminders.window.snooze_buttons[10].click()
    assert not reminders.window.isVisible()
    clock.advance(9 * 60)
    reminders.check()
    assert not reminders.window.isVisible()
    clock.advance(60)
    reminders.check()
    assert reminders.window.isVisible()  # back once, after ten minutes
    with qtbot.waitSignal(reminders.start_requested) as started:
        reminders.window.start_button.click()
    assert started.args == ["foot-care"]
    # the snoozed reminder coming back is recorded too, so a restart in between never repeats it
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded", "snoozed", "reminded", "started"], timeout=5000)
    clock.advance(3600)
    reminders.check()
    assert not reminders.window.isVisible()


def test_the_reminder_comes_by_itself_when_the_clock_reaches_it(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    clock = at(7, 59)
    timers = FakeTimers(clock)
    reminders = opened(clock, timers)
    clock.advance(59)
    timers.fire_due()
    assert not reminders.window.isVisible()
    clock.advance(1)
    assert timers.fire_due() == 1
    assert reminders.window.headline.text() == "Time for Morning foot care (12 min)"


def test_a_machine_that_slept_through_the_reminder_catches_up_when_it_wakes(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    clock = at(7, 30)
    timers = FakeTimers(clock)
    reminders = opened(clock, timers)
    (look,) = timers.active()
    assert look.deadline is not None and look.deadline - clock.monotonic() <= 60  # looks every minute
    clock.advance(3 * 3600)  # asleep from 07:30 to 10:30: the timer is late, not lost
    assert timers.fire_due() == 1
    assert reminders.window.headline.text() == "You missed your 08:00 routine"
    (look,) = timers.active()
    assert look.deadline is not None and 0 < look.deadline - clock.monotonic() <= 60


def test_a_machine_that_slept_into_the_next_day_starts_that_day_afresh(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    clock = at(7, 0)
    timers = FakeTimers(clock)
    reminders = opened(clock, timers)
    reminders.session_done()  # yesterday's session done
    clock.advance(25 * 3600)  # asleep until 08:00 the next morning
    timers.fire_due()  # the day is read again from the history ...
    qtbot.waitUntil(lambda: reminders.window.isVisible(), timeout=5000)  # ... and today is not done
    assert reminders.window.headline.text() == "Time for Morning foot care (12 min)"


def test_a_missed_morning_gives_one_catch_up_even_across_restarts(
    qtbot: QtBot, opened, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    first = opened(at(10, 0))
    assert first.window.isVisible()
    assert first.window.headline.text() == "You missed your 08:00 routine"
    qtbot.waitUntil(lambda: events(data_dir) == ["caught-up"], timeout=5000)
    first.shutdown()
    second = opened(at(10, 5))  # the app started again the same morning
    assert not second.window.isVisible()
    third = opened(at(8, 0, day=2))  # and the next morning, on time
    assert third.window.isVisible() and third.window.headline.text().startswith("Time for ")


def test_skip_today_is_recorded_and_kept(qtbot: QtBot, opened, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    reminders = opened(at(8, 0))
    reminders.window.skip_button.click()
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded", "skipped"], timeout=5000)
    again = opened(at(11, 0))
    assert not again.window.isVisible()


def test_no_reminder_when_todays_session_is_done(qtbot: QtBot, opened, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with HistoryStore(data_dir) as store:
        session = store.start_session(
            "foot-care", "Morning foot care", datetime(2026, 6, 1, 7, 0, tzinfo=LONDON), 690, 14
        )
        store.finish_session(session, "finished", datetime(2026, 6, 1, 7, 12, tzinfo=LONDON))
    reminders = opened(at(9, 0))
    assert not reminders.window.isVisible()


def test_a_session_done_while_running_stops_the_catch_up(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    clock = at(7, 0)
    reminders = opened(clock)
    reminders.session_done()
    clock.advance(3 * 3600)
    reminders.check()
    assert not reminders.window.isVisible()


def test_reminders_off_means_no_reminder(qtbot: QtBot, opened, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.set("reminder_on", False)
    reminders = opened(at(8, 0))
    assert not reminders.window.isVisible()
    assert reminders.next_words() == "No reminder is set."
    assert "no system tray here" in reminders.way_words()


def test_closing_the_window_keeps_the_app_for_reminders(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, settings: Settings
) -> None:
    from neuroguide.system.datadir import load_routine_library
    from neuroguide.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(
        load_routine_library(data_dir),
        settings,
        at(7, 0),
        history=lambda: HistoryBridge(data_dir),
        reminders=True,
    )
    window.show()
    assert window.reminders_wanted
    window.close()
    assert not window.isVisible() and window.reminders is not None
    assert settings.flag("told_about_background")
    notice = window.background_notice
    qtbot.addWidget(notice)  # a window of its own: the window that made it is only hidden
    assert "keeps running so your morning reminder can come" in notice.text()
    notice.close()
    # Waiting in the background, it lets go of its pages; shown again, the library is built anew.
    old_library = window.library_page
    qtbot.waitUntil(lambda: window._library_page is None, timeout=5000)
    assert window.pages.currentWidget() is None
    window.bring_forward()
    assert window.pages.currentWidget() is window.library_page is not old_library
    assert window.library_page.cards
    window.quit()  # really ends it: the history thread is closed too


def test_start_with_the_desktop_follows_the_settings_and_respects_a_removal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "neuroguide.desktop"
    settings = Settings.load(settings_path(data_dir))
    assert autostart.sync(settings, data_dir) == "" and not entry.exists()  # reminders off: nothing
    settings.set("reminder_on", True)
    assert autostart.sync(settings, data_dir) == ""
    text = entry.read_text()
    assert '"--background"' in text and f'"--data-dir" "{data_dir}"' in text and "Exec=" in text
    settings.set("reminder_on", False)
    autostart.sync(settings, data_dir)
    assert not entry.exists()
    settings.set("reminder_on", True)
    autostart.sync(settings, data_dir)
    entry.unlink()  # the person removed it in their desktop's settings
    message = autostart.sync(settings, data_dir)
    assert "will not add itself back" in message
    assert not entry.exists() and settings.flag("start_with_desktop") is False
    settings.set("start_with_desktop", True)
    autostart.sync(settings, data_dir)
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_log_in_entry_names_the_installed_command_and_follows_it_when_it_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "neuroguide.desktop"
    old = tmp_path / "old venv" / "bin"
    old.mkdir(parents=True)
    (old / "neuroguide").write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "executable", str(old / "python"))
    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_on", True)
    assert autostart.sync(settings, data_dir) == ""
    assert f'Exec="{old / "neuroguide"}" "--data-dir"' in entry.read_text()  # not this Python's -m
    entry.write_text(entry.read_text() + "X-GNOME-Autostart-Delay=10\n")  # the person's own change
    assert autostart.sync(settings, data_dir) == "" and "Delay=10" in entry.read_text()  # kept
    monkeypatch.setattr(sys, "executable", "/opt/neuroguide/neuroguide")
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # now the bundle, from the .deb
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert autostart.sync(settings, data_dir) == ""
    text = entry.read_text()
    assert 'Exec="/opt/neuroguide/neuroguide" "--data-dir"' in text and str(old) not in text
    assert f"Icon={APP_ID}" in text


def test_the_reminder_as_a_calendar_file(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar

    monkeypatch.setenv("TZ", "Europe/London")
    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_time", "07:30")
    settings.set("reminder_days", ["mon", "wed", "fri"])
    settings.set("reminder_routine", "hand-relief")
    out = tmp_path / "reminder.ics"
    assert main(["--data-dir", str(data_dir), "reminder", "ics", "--out", str(out)]) == 0
    calendar = Calendar.from_ical(out.read_bytes())
    (event,) = calendar.walk("VEVENT")
    rule = event.get("RRULE")
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "WE", "FR"]
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, start.tzinfo.key) == (7, 30, "Europe/London")
    assert start.weekday() in (0, 2, 4)
    assert str(event.get("SUMMARY")) == "Hand relief (8 min)"
    assert event.decoded("DURATION") == timedelta(minutes=8)
    (alarm,) = event.walk("VALARM")
    assert str(alarm.get("ACTION")) == "DISPLAY"
    assert calendar.walk("VTIMEZONE")  # the zone travels with the file


def test_the_calendar_file_needs_a_day(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_days", [])
    assert main(["--data-dir", str(data_dir), "reminder", "ics", "--out", str(tmp_path / "x.ics")]) == 1
    assert "no days are chosen" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_render_the_reminder_and_its_settings(
    screens: Path, qtbot: QtBot, qapp: QApplication, opened, shipped: Library
) -> None:  # type: ignore[no-untyped-def]
    from neuroguide.ui.dialogs.settings import SettingsDialog
    from neuroguide.ui.kit import style

    style.apply(qapp)
    reminders = opened(at(8, 0))
    qapp.processEvents()
    assert reminders.window.grab().save(str(screens / "reminder-100.png"))
    for button in (
        reminders.window.start_button,
        reminders.window.skip_button,
        *reminders.window.snooze_buttons.values(),
    ):
        assert button.height() >= 44 and button.accessibleName()
    dialog = SettingsDialog(reminders.settings, None, None, reminders, shipped)
    qtbot.addWidget(dialog)
    dialog.resize(700, 1100)
    dialog.show()
    qapp.processEvents()
    assert dialog.grab().save(str(screens / "settings-reminders-100.png"))
    dialog.day_buttons["sun"].click()
    assert reminders.settings.listed("reminder_days") == ("mon", "tue", "wed", "thu", "fri", "sat")
    assert dialog.reminder_way.text().startswith("There is no system tray here")


def test_start_in_the_reminder_opens_the_routine_in_the_window(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, settings: Settings
) -> None:
    from neuroguide.system.datadir import load_routine_library
    from neuroguide.ui.main_window import MainWindow

    settings.set("ask_before_session", False)
    settings.set("safety_check", False)
    settings.set("reminder_routine", "hand-relief")
    clock = at(8, 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(
        load_routine_library(data_dir),
        settings,
        clock,
        history=lambda: HistoryBridge(data_dir),
        reminders=True,
    )
    reminders = window.reminders
    assert reminders is not None
    reminders.zone = LONDON
    qtbot.waitUntil(lambda: reminders.window.isVisible(), timeout=5000)
    # waiting hidden for the reminder, the window built no page at all
    assert window.pages.count() == 0 and window._library_page is None and not window.isVisible()
    reminders.window.start_button.click()
    assert window.isVisible() and window.pages.currentWidget() is window.player_page
    assert window.player_page.routine_title.text() == "Hand relief"
    assert window.pages.indexOf(window.library_page) >= 0  # built on the way: Back goes there
    assert not reminders.window.isVisible()
    window.quit()


def test_a_snooze_from_yesterday_never_comes_back(qtbot: QtBot, opened, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    clock = at(8, 0)
    reminders = opened(clock)
    reminders.window.snooze_buttons[30].click()
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded", "snoozed"], timeout=5000)
    reminders.shutdown()
    next_morning = opened(at(7, 0, day=2))  # quit while snoozed, started again the next day
    assert not next_morning.window.isVisible()
    clock_running = at(8, 0)
    running = opened(clock_running)
    running.window.snooze_buttons[10].click()
    running.session_done()
    clock_running.advance(16 * 3600 + 60)  # past midnight, the app still running
    running.check()
    running.check()
    assert not running.window.isVisible()


def test_a_clock_that_was_once_ahead_does_not_silence_reminders(qtbot: QtBot, opened, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ahead = opened(FakeClock(datetime(2027, 6, 1, 8, 0, tzinfo=LONDON)))
    assert ahead.window.isVisible()
    ahead.shutdown()
    corrected = opened(at(8, 0, day=2))
    assert corrected.window.isVisible()


def test_the_day_changes_even_while_reminders_are_off(qtbot: QtBot, opened, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    clock = at(7, 0)
    reminders = opened(clock)
    reminders.session_done()
    settings.set("reminder_on", False)
    clock.advance(24 * 3600)  # the next day, 07:00
    reminders.check()
    qtbot.waitUntil(lambda: reminders.state is not None and not reminders.state.done_today, timeout=5000)
    settings.set("reminder_on", True)
    clock.advance(3600)
    reminders.check()
    assert reminders.window.isVisible()


def test_a_reminder_on_a_spring_forward_day_keeps_its_time_in_the_calendar() -> None:
    from datetime import date

    from icalendar import Calendar

    from neuroguide.core.schedule import ReminderPlan
    from neuroguide.system.calendar_file import reminder_calendar

    new_york = ZoneInfo("America/New_York")
    plan = ReminderPlan.from_settings("02:30", ("sun",), new_york)
    event = Calendar.from_ical(reminder_calendar(plan, "Hand relief", 8, date(2025, 3, 9))).walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (date(2025, 3, 9), 2, 30)


def test_start_with_desktop_entries_survive_odd_folder_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plistlib

    odd = tmp_path / 'My Data 100% & "more"'
    args = autostart.command(odd)
    entry = tmp_path / "neuroguide.desktop"
    entry.write_text(autostart.desktop_entry(args))
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    assert "%%" in autostart.exec_line(args)
    assert plistlib.loads(autostart.launch_agent(args).encode())["ProgramArguments"] == args


def test_turning_reminders_on_after_todays_time_waits_for_tomorrow(
    qtbot: QtBot, opened, settings: Settings, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    settings.set("reminder_on", False)
    clock = at(8, 31)
    timers = FakeTimers(clock)
    reminders = opened(clock, timers)
    settings.set("reminder_on", True)  # ticked at 08:31, the time at 08:00
    assert not reminders.window.isVisible()
    assert reminders.next_words() == "Next reminder: Tue 08:00"
    clock.advance(60)
    timers.fire_due()
    assert not reminders.window.isVisible()
    reminders.shutdown()
    restarted = opened(at(8, 40))  # the app started again this morning: still not "missed"
    assert not restarted.window.isVisible()
    restarted.shutdown()
    tomorrow = opened(at(8, 0, day=2))
    assert tomorrow.window.headline.text() == "Time for Morning foot care (12 min)"
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded"], timeout=5000)  # nothing kept for Monday


def test_reminders_on_since_yesterday_catch_up_once_at_start(
    qtbot: QtBot, opened, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    settings.set("reminder_on", False)
    yesterday = opened(at(20, 0, day=1))
    settings.set("reminder_on", True)  # turned on the evening before
    yesterday.shutdown()
    morning = opened(at(8, 31, day=2))  # the computer was off at 08:00
    assert morning.window.headline.text() == "You missed your 08:00 routine"
    morning.window.snooze_buttons[10].click()
    assert morning.next_words() == "Snoozed until 08:41"
    morning.clock.advance(10 * 60)
    morning.check()
    assert morning.window.isVisible() and morning.next_words() == "Next reminder: Wed 08:00"


def test_a_set_up_moment_spoilt_in_the_file_is_ignored(qtbot: QtBot, opened, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    for day, spoilt in ((1, "yesterday"), (2, "2026-06-02T08:30:00")):  # words, or a time without its zone
        settings.set("reminder_set_up_at", spoilt)
        reminders = opened(at(10, 0, day=day))
        assert reminders.window.headline.text() == "You missed your 08:00 routine"
        reminders.shutdown()


def test_a_new_time_later_today_still_comes_today(qtbot: QtBot, opened, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.set("reminder_on", False)
    clock = at(8, 31)
    reminders = opened(clock)
    settings.set("reminder_on", True)
    settings.set("reminder_time", "09:00")
    assert not reminders.window.isVisible() and reminders.next_words() == "Next reminder: Mon 09:00"
    clock.advance(29 * 60)
    reminders.check()
    assert reminders.window.headline.text() == "Time for Morning foot care (12 min)"


def test_the_time_being_typed_is_kept_and_saved_once_whole(
    qtbot: QtBot, qapp: QApplication, opened, settings: Settings, shipped: Library
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateTimeEdit

    from neuroguide.ui.dialogs.settings import SettingsDialog

    settings.set("reminder_on", False)
    clock = at(8, 31)
    reminders = opened(clock)
    dialog = SettingsDialog(settings, None, None, reminders, shipped)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    saved: list[str] = []
    settings.observe("reminder_time", lambda value: saved.append(str(value)))
    dialog.reminder_on.click()  # ticked at 08:31 with the time at 08:00: nothing is "missed"
    assert settings.flag("reminder_on") and not reminders.window.isVisible()
    edit = dialog.reminder_time
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    shown = []
    for key in "0930":
        qtbot.keyClick(edit, key)
        shown.append(edit.text())
    assert shown == ["0:00", "09:00", "09:3", "09:30"]  # the field keeps every keystroke
    assert saved == ["09:30"]  # saved once, when whole: not 09:00 on the way
    assert edit.hasFocus() and not reminders.window.isVisible()
    assert reminders.next_words() == "Next reminder: Mon 09:30"
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "10")
    assert saved == ["09:30"]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # or leaving the field: what it shows is saved
    assert saved == ["09:30", "10:30"]
    clock.advance(118 * 60)  # 10:29
    reminders.check()
    assert not reminders.window.isVisible()
    clock.advance(60)
    reminders.check()
    assert reminders.window.headline.text() == "Time for Morning foot care (12 min)"


def test_a_reminder_whose_routine_has_gone_offers_the_first_routine(data_dir: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_routine", "a-routine-since-removed")
    out = tmp_path / "reminder.ics"
    assert main(["--data-dir", str(data_dir), "reminder", "ics", "--out", str(out)]) == 0
    first = load_routine_library(data_dir).routines[0]
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event.get("SUMMARY")) == f"{first.title} ({first.minutes} min)"
    assert event.decoded("DURATION") == timedelta(minutes=first.minutes)
