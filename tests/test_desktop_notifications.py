"""The morning reminder as the desktop's own notification, against a real notification server (dunst
on a private session bus), its actions chosen through dunst as a person chooses them; and the small
window where there is no server, or where the person prefers it."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from neuroguide.app.desktop_notifications import DesktopNotifications
from neuroguide.app.reminders import ReminderController
from neuroguide.core.clock import FakeClock
from neuroguide.core.resources import app_icon_picture_path
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.ui.dialogs.reminder import ReminderWindow
from tests.conftest import ReminderOpener
from tests.notification_server import NotificationDesktop, missing_tools

pytestmark = pytest.mark.skipif(
    bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} for a real notification server"
)
BUS_NAMES = (f"notification-test-{number}" for number in itertools.count())


def events(data_dir: Path) -> list[str]:
    with HistoryStore(data_dir) as store:
        return [row[0] for row in store.connection.execute("SELECT kind FROM reminder_event ORDER BY id")]


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[NotificationDesktop]:
    folder = tmp_path / "desktop"
    folder.mkdir()
    started = NotificationDesktop(folder, time.monotonic() + 30)
    with started:
        yield started


@pytest.fixture
def bus(desktop: NotificationDesktop) -> Iterator[QDBusConnection]:
    name = next(BUS_NAMES)
    connection = QDBusConnection.connectToBus(desktop.address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def reminders(
    desktop: NotificationDesktop,
    bus: QDBusConnection,
    open_reminders: ReminderOpener,
    reminder_settings: Settings,
) -> ReminderController:
    """The reminders at 08:00, with the desktop's notifications."""
    return open_reminders(reminder_settings, eight_oclock(), notifications=DesktopNotifications(bus))


def eight_oclock() -> FakeClock:
    """A Monday at 08:00 in London by the fake clock: the reminder is due."""
    return FakeClock(datetime(2026, 6, 1, 8, 0, tzinfo=ZoneInfo("Europe/London")))


def notified(qtbot: QtBot, reminders: ReminderController, desktop: NotificationDesktop) -> None:
    """The reminder is due: it comes as a notification, and not as the window."""
    assert reminders.notifications is not None
    reminders.check()
    qtbot.waitUntil(lambda: reminders.notifications is not None and reminders.notifications.shown_id != 0)
    assert desktop.displayed() == 1
    assert not reminders.window.isVisible()


def test_the_reminder_arrives_as_a_notification_and_its_snooze_and_start_work(
    qtbot: QtBot, desktop: NotificationDesktop, reminders: ReminderController, data_dir: Path
) -> None:
    assert reminders.notifies()
    assert "notification from your desktop" in reminders.way_words()
    notified(qtbot, reminders, desktop)
    desktop.choose("snooze")
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded", "snoozed"], timeout=5000)
    qtbot.waitUntil(lambda: desktop.displayed() == 0, timeout=5000)  # answered: it goes away
    assert reminders.next_words() == "Snoozed until 08:10"
    shown = desktop.history()[0]
    assert shown["appname"] == "NeuroGuide" and shown["summary"] == "Time for Morning foot care (12 min)"
    assert shown["body"] == "Take a seat somewhere comfortable. Light pressure only."
    assert shown["icon_path"] == str(app_icon_picture_path(256))  # the app's own icon
    menu = (desktop.folder / "menu.log").read_text()
    for words in ("#Start (", "#Snooze 10 min (", "#Skip today (", "#Open ("):
        assert words in menu  # every answer the window has, offered in the notification
    assert isinstance(reminders.clock, FakeClock)
    reminders.clock.advance(10 * 60)
    notified(qtbot, reminders, desktop)  # back after the snooze
    with qtbot.waitSignal(reminders.start_requested, timeout=5000) as started:
        desktop.choose("start")
    assert started.args == ["foot-care"]
    qtbot.waitUntil(lambda: events(data_dir)[-1] == "started", timeout=5000)
    qtbot.waitUntil(lambda: desktop.displayed() == 0, timeout=5000)


def test_skip_today_from_the_notification_and_a_click_opens_the_window(
    qtbot: QtBot, desktop: NotificationDesktop, reminders: ReminderController, data_dir: Path
) -> None:
    notified(qtbot, reminders, desktop)
    desktop.choose("default")  # a click on the notification itself
    qtbot.waitUntil(reminders.window.isVisible, timeout=5000)
    assert isinstance(reminders.window, ReminderWindow)
    assert reminders.window.headline.text() == "Time for Morning foot care (12 min)"
    reminders.window.skip_button.click()  # answered in the window
    assert not reminders.window.isVisible()
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded", "skipped"], timeout=5000)
    assert isinstance(reminders.clock, FakeClock)
    reminders.clock.advance(3600)
    reminders.check()
    assert desktop.displayed() == 0 and reminders.notifications is not None
    assert reminders.notifications.shown_id == 0  # nothing more today


def test_answered_in_the_window_or_the_tray_the_notification_goes(
    qtbot: QtBot, desktop: NotificationDesktop, reminders: ReminderController, data_dir: Path
) -> None:
    notified(qtbot, reminders, desktop)
    reminders.skip_today()  # as from the tray's menu, or the window
    qtbot.waitUntil(lambda: desktop.displayed() == 0, timeout=5000)
    qtbot.waitUntil(lambda: events(data_dir) == ["reminded", "skipped"], timeout=5000)


def test_the_window_for_people_who_prefer_it(
    desktop: NotificationDesktop,
    bus: QDBusConnection,
    open_reminders: ReminderOpener,
    reminder_settings: Settings,
) -> None:
    reminder_settings.set("reminder_way", "window")
    reminders = open_reminders(reminder_settings, eight_oclock(), notifications=DesktopNotifications(bus))
    assert not reminders.notifies()
    reminders.check()
    assert reminders.window.isVisible() and desktop.displayed() == 0


def test_the_window_where_the_desktop_has_no_notification_server(
    desktop: NotificationDesktop, open_reminders: ReminderOpener, reminder_settings: Settings, tmp_path: Path
) -> None:
    clock = eight_oclock()
    name = next(BUS_NAMES)
    nowhere = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        reminders = open_reminders(reminder_settings, clock, notifications=DesktopNotifications(nowhere))
        assert not reminders.notifies()
        reminders.check()
        assert reminders.window.isVisible()
    finally:
        QDBusConnection.disconnectFromBus(name)
    # a bus with no server on it: dunst ended
    desktop.processes[-1].terminate()
    desktop.processes[-1].wait(10)
    name = next(BUS_NAMES)
    quiet_bus = QDBusConnection.connectToBus(desktop.address, name)
    try:
        started = time.monotonic()
        assert DesktopNotifications(quiet_bus).available() is False
        assert time.monotonic() - started < 3  # asked in bounded time
    finally:
        QDBusConnection.disconnectFromBus(name)
