"""The morning reminder in the app: checks the wall clock, shows the reminder (a window it is given,
ui/dialogs/reminder.py, and the tray), remembers what it did.

It looks again when the next reminder is due, and at least once a minute, so a changed clock or a
machine that slept is noticed soon; between looks it costs nothing. What it did is stored in the
history (on the history thread), so a restart never repeats a reminder. It comes as the desktop's
own notification, with Start, Snooze and Skip (app/desktop_notifications.py), where the desktop has
one and the person has not chosen otherwise; else as a small window on top. Where the desktop has a
system tray it waits there too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QMenu, QSystemTrayIcon

from neuroguide.app.desktop_notifications import DesktopNotifications
from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.locale_words import time_words, weekday_words
from neuroguide.app.timers import Timers
from neuroguide.core.clock import Clock
from neuroguide.core.library import Library
from neuroguide.core.resources import app_icon_picture_path
from neuroguide.core.schedule import (
    Reminder,
    ReminderPlan,
    ReminderState,
    next_due,
    reminder_now,
    seconds_until_check,
)
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import HistoryStore

SNOOZES = (10, 30)  # minutes
PLAN_KEYS = ("reminder_on", "reminder_time", "reminder_days")  # what sets the reminder up anew
SET_UP_AT = "reminder_set_up_at"


def local_zone() -> tzinfo:
    """The desktop's time zone with its daylight-saving rules (not just today's offset)."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fallback = datetime.now().astimezone().tzinfo
        assert fallback is not None
        return fallback


class ReminderView(Protocol):
    """The reminder as the person sees it: a small window on top with big buttons
    (ui/dialogs/reminder.py)."""

    @property
    def start_button(self) -> QAbstractButton: ...

    @property
    def snooze_buttons(self) -> Mapping[int, QAbstractButton]: ...

    @property
    def skip_button(self) -> QAbstractButton: ...

    def show_reminder(self, headline: str, detail: str) -> None: ...

    def bring_forward(self) -> None: ...

    def hide(self) -> None: ...

    def isVisible(self) -> bool: ...

    def close(self) -> bool: ...

    def deleteLater(self) -> None: ...


class ReminderController(QObject):
    start_requested = Signal(str)  # routine id
    open_requested = Signal()
    quit_requested = Signal()
    changed = Signal()  # the next reminder or the way it is shown changed

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        bridge: HistoryBridge,
        library: Library,
        zone: tzinfo | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
        *,
        window: ReminderView,
        tray_icon: QIcon | None = None,
        timers: Timers | None = None,
        notifications: DesktopNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.bridge = bridge
        self.library = library
        self.zone = zone or local_zone()
        self.state: ReminderState | None = None  # known once read from the history
        self.current: Reminder | None = None  # the reminder on screen
        self.window = window
        self.window.start_button.clicked.connect(self.start)
        for minutes, button in self.window.snooze_buttons.items():
            button.setProperty("minutes", minutes)
            button.clicked.connect(self._on_snooze)
        self.window.skip_button.clicked.connect(self.skip_today)
        self.notifications = notifications
        self._words = ("", "")  # the reminder's headline and detail, for the window a notification opens
        if notifications is not None:
            notifications.answered.connect(self._on_notification_answer)
            notifications.failed.connect(lambda: self.window.show_reminder(*self._words))
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self._make_tray(tray_icon or QIcon())
        self._timer = (timers or Timers(clock)).timer("reminders: look at the clock", self)
        self._timer.timeout.connect(self.check)
        self._last_look = self.clock.now()  # a new day since is noticed however long the machine slept
        settings.observe(PLAN_KEYS, lambda _value: self._set_up())
        settings.observe("reminder_routine", lambda _value: self.check())
        self.reload()

    # -- what is in use ---------------------------------------------------------------------

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None

    def notifies(self) -> bool:
        """Whether the reminder comes as the desktop's notification (asked at each reminder)."""
        chosen = self.settings.text("reminder_way") == "notification"
        return chosen and self.notifications is not None and self.notifications.available()

    def way_words(self) -> str:
        if self.notifies():
            return tr("Reminders come as a notification from your desktop, with Start, Snooze and Skip.")
        if self.uses_tray:
            return tr("Reminders appear in the system tray and as a small window.")
        return tr("There is no system tray here: reminders appear as a small window that comes to the front.")

    def plan(self) -> ReminderPlan | None:
        if not self.settings.flag("reminder_on"):
            return None
        try:
            return ReminderPlan.from_settings(
                self.settings.text("reminder_time"),
                self.settings.listed("reminder_days"),
                self.zone,
                self._set_up_at(),
            )
        except ValueError:
            return None

    def _set_up_at(self) -> datetime | None:
        """When the reminder was last set up; None when never, or the file holds no such moment."""
        try:
            moment = datetime.fromisoformat(self.settings.text(SET_UP_AT))
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else None

    def next_words(self) -> str:
        plan = self.plan()
        if plan is None:
            return tr("No reminder is set.")
        snoozed = self.state.snoozed_until if self.state is not None else None
        if snoozed is not None and self.current is None and snoozed > self.clock.now():
            return fill(tr("Snoozed until %1"), time_words(snoozed.astimezone(self.zone)))
        upcoming = next_due(self.clock.now(), plan)
        if upcoming is None:
            return tr("No reminder is set: choose at least one day.")
        due = upcoming.astimezone(self.zone)
        return fill(tr("Next reminder: %1 %2"), weekday_words(due.date()), time_words(due))

    # -- looking at the clock ----------------------------------------------------------------

    def reload(self) -> None:
        """Read what the reminder did and whether today's session is done, then look."""
        today = self.clock.now().astimezone(self.zone).date()

        now = self.clock.now()

        def read(store: HistoryStore) -> ReminderState:
            return store.reminder_state(today, now)

        self.bridge.ask(read, self._on_state)

    def _on_state(self, state: ReminderState) -> None:
        self.state = state
        self.check()

    def _set_up(self) -> None:
        """Turned on, or its time or days changed: a time already past today was not missed. Kept
        with the settings, so a restart later this morning does not call it missed either."""
        self.settings.set(SET_UP_AT, self.clock.now().astimezone(UTC).isoformat(timespec="seconds"))
        self.check()

    def check(self) -> None:
        self._timer.stop()
        plan = self.plan()
        now = self.clock.now()
        if (
            self.state is not None
            and now.astimezone(self.zone).date() != self._last_look.astimezone(self.zone).date()
        ):
            # a new day (looked for even while reminders are off): today's session is not done yet
            self._last_look = now
            self.reload()
            return
        if self.state is not None and plan is not None:
            found = reminder_now(now, plan, self.state)
            if found is not None:
                self._fire(found, now)
            self._timer.start_in(seconds_until_check(now, plan, self.state))
        self._last_look = now
        self.changed.emit()

    def _fire(self, reminder: Reminder, now: datetime) -> None:
        assert self.state is not None
        self.current = reminder
        self.state = self.state.fired(reminder.due)
        kind = "caught-up" if reminder.catch_up else "reminded"
        self.bridge.ask(lambda store: store.record_reminder(kind, reminder.due, now))
        routine = self.library.get_or_first(self.settings.text("reminder_routine"))
        title = routine.title if routine else tr("routine")
        minutes = routine.minutes if routine else 0
        due_words = time_words(reminder.due.astimezone(self.zone))
        if reminder.catch_up:
            headline = fill(tr("You missed your %1 routine"), due_words)
            detail = fill(tr("%1 (%2 min) is still waiting, whenever you are ready."), title, str(minutes))
        else:
            headline = fill(tr("Time for %1 (%2 min)"), title, str(minutes))
            detail = tr("Take a seat somewhere comfortable. Light pressure only.")
        self._words = (headline, detail)
        if self.notifies():
            assert self.notifications is not None
            snooze = fill(tr("Snooze %1 min"), str(SNOOZES[0]))
            actions = [
                ("default", tr("Open")),
                ("start", tr("Start")),
                ("snooze", snooze),
                ("skip", tr("Skip today")),
            ]
            self.notifications.show(headline, detail, actions, str(app_icon_picture_path(256)))
            return
        self.window.show_reminder(headline, detail)
        if self.tray is not None and not self.window.isVisible():
            # only when the window could not be shown: a balloon would cover its Snooze and Skip
            self.tray.showMessage(headline, detail, QSystemTrayIcon.MessageIcon.Information, 15_000)

    # -- answers ----------------------------------------------------------------------------

    def start(self) -> None:
        self._answer("started")
        routine = self.library.get_or_first(self.settings.text("reminder_routine"))
        if routine is not None:
            self.start_requested.emit(routine.id)

    def snooze(self, minutes: int) -> None:
        if self.current is None or self.state is None:
            return
        now = self.clock.now()  # when the person pressed it, not when the history thread gets to it
        until, due = now + timedelta(minutes=minutes), self.current.due
        self.state = replace(self.state, snoozed_until=until)
        self.bridge.ask(lambda store: store.record_reminder("snoozed", due, now, until))
        self._put_away()
        self.current = None
        self.check()

    def skip_today(self) -> None:
        self._answer("skipped")
        if self.state is not None:
            self.state = replace(self.state, done_today=True)
        self.check()

    def session_done(self) -> None:
        """Today's session is done: no reminder (or catch-up) today."""
        if self.state is not None:
            self.state = replace(self.state, done_today=True, snoozed_until=None)
        self._put_away()
        self.check()

    def _put_away(self) -> None:
        """Answered, in one place or another: the window and the notification both go."""
        self.window.hide()
        if self.notifications is not None:
            self.notifications.withdraw()

    def _on_notification_answer(self, key: str) -> None:
        if key == "start":
            self.start()
        elif key == "snooze":
            self.snooze(SNOOZES[0])
        elif key == "skip":
            self.skip_today()
        elif self.current is not None:  # the notification itself was clicked: the whole reminder
            self.window.show_reminder(*self._words)

    def _answer(self, kind: str) -> None:
        self._put_away()
        if self.current is not None:
            due, now = self.current.due, self.clock.now()
            self.bridge.ask(lambda store: store.record_reminder(kind, due, now))
            self.current = None

    # -- the tray ---------------------------------------------------------------------------

    def _make_tray(self, icon: QIcon) -> None:
        tray = QSystemTrayIcon(icon, self)
        self.tray = tray
        self._menu = QMenu()
        tray.setContextMenu(self._menu)
        self.fill_menu()
        tray.activated.connect(lambda _reason: self.open_requested.emit())
        tray.messageClicked.connect(self._on_message_clicked)
        self.changed.connect(self._update_tray)
        tray.show()

    def fill_menu(self) -> None:
        """The tray's menu in the words of now (again when the language changes)."""
        menu = self._menu
        menu.clear()
        self._next_action = menu.addAction(self.next_words())
        self._next_action.setEnabled(False)
        menu.addSeparator()
        menu.addAction(tr("Start the morning routine"), self.start)
        menu.addAction(tr("Open NeuroGuide"), self.open_requested.emit)
        menu.addSeparator()
        menu.addAction(tr("Quit"), self.quit_requested.emit)
        if self.tray is not None:
            self.tray.setToolTip(self.next_words())

    def _on_message_clicked(self) -> None:
        if self.current is not None:
            self.window.bring_forward()
        else:
            self.open_requested.emit()

    def _update_tray(self) -> None:
        if self.tray is not None:
            words = self.next_words()
            self.tray.setToolTip(words)
            self._next_action.setText(words)

    def _on_snooze(self) -> None:
        button = self.sender()
        if button is not None:
            self.snooze(int(button.property("minutes")))

    def shutdown(self) -> None:
        self._timer.stop()
        if self.notifications is not None:
            self.notifications.withdraw()  # its buttons would answer no one
        if shiboken6.isValid(self.window):  # said more than once: at a switch, then at quit
            self.window.close()
            self.window.deleteLater()  # a window of its own: it would outlive the main window
        if self.tray is not None:
            self.tray.hide()
