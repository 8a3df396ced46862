"""The morning reminder as the person sees it: a small window on top with big buttons. What it does is
the reminder controller's (app/reminders.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.reminders import SNOOZES, ReminderController
from neuroguide.app.timers import Timers
from neuroguide.core.library import Library
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, text_label
from neuroguide.ui.kit.window_size import GUESSED_FRAME

if TYPE_CHECKING:
    from neuroguide.ui.main_window import MainWindow

# Room kept for the window manager's frame, however thin the one measured: a title bar, borders.
FRAME_ALLOWANCE = QSize(
    GUESSED_FRAME.left() + GUESSED_FRAME.right(), GUESSED_FRAME.top() + GUESSED_FRAME.bottom()
)
REFIT = QEvent.Type(QEvent.registerEventType())


class ReminderWindow(QWidget):
    """The reminder itself: a small window on top with big buttons, always inside the screen's
    available area: its buttons wrap two or one to a row when a row of four would not fit."""

    _refit_asked = False  # a class default too: Qt may send a change before the constructor has run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("page")
        self.body = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        self.headline = text_label("", "title", bold=True)
        layout.addWidget(self.headline)
        self.detail = text_label("", muted=True)
        layout.addWidget(self.detail)
        self.start_button = Button("", primary=True, icon="play")
        self.snooze_buttons = {minutes: Button("") for minutes in SNOOZES}
        self.skip_button = Button("")
        self.buttons = [self.start_button, *self.snooze_buttons.values(), self.skip_button]
        self._name_parts()
        self.grid = QGridLayout()
        self.grid.setSpacing(style.GAP)
        layout.addLayout(self.grid)
        self.columns = 0
        self._arrange(len(self.buttons))

    def _name_parts(self) -> None:
        """Its own words: made once, and again when the language changes (the window lives all day)."""
        self.setWindowTitle(window_title(tr("Reminder")))
        self.headline.setAccessibleDescription(tr("Reminder"))
        snoozes = [
            (button, fill(tr("Snooze %1 min"), str(minutes)))
            for minutes, button in self.snooze_buttons.items()
        ]
        for button, words in (
            (self.start_button, tr("Start")),
            *snoozes,
            (self.skip_button, tr("Skip today")),
        ):
            button.setText(words)
            button.setAccessibleName(words)

    def show_reminder(self, headline: str, detail: str) -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.bring_forward()
        self.start_button.setFocus()

    def bring_forward(self) -> None:
        self.ensurePolished()  # measured in the style's fonts, which only polishing gives the words
        self.fit_into(self.screen().availableGeometry())
        self.show()
        self.raise_()
        self.activateWindow()

    def fit_into(self, area: QRect) -> None:
        """Size and place the window inside ``area`` (a screen's available area, frame included):
        the buttons in as few rows as fit, never larger than the area, in its middle."""
        frame = self.frameGeometry().size() - self.size() if self.isVisible() else QSize(0, 0)
        frame = frame.expandedTo(FRAME_ALLOWANCE)
        room = area.size() - frame
        self.body.invalidate()  # measured again: the words or their font may have changed since
        for columns in (len(self.buttons), 2, 1):
            self._arrange(columns)
            if self.body.minimumSize().width() <= room.width():
                break
        self.setMaximumSize(room)
        width = min(room.width(), max(self.body.sizeHint().width(), self.body.minimumSize().width()))
        height = min(room.height(), self.body.totalHeightForWidth(width))
        self.resize(width, height)
        self.move(
            area.x() + (area.width() - width - frame.width()) // 2,
            area.y() + (area.height() - height - frame.height()) // 2,
        )

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for button in self.buttons:
            self.grid.removeWidget(button)
        for place, button in enumerate(self.buttons):
            self.grid.addWidget(button, place // columns, place % columns)
        self.columns = columns
        self.body.activate()  # measured at once, with the new rows

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "skip_button"):
            self._name_parts()  # Qt's word that translators changed, sent to every widget
        resized = event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange)
        if resized and self.isVisible() and not self._refit_asked:
            # new text size or words: fitted again once every part of the window has them
            self._refit_asked = True
            QCoreApplication.postEvent(self, QEvent(REFIT))

    def event(self, event: QEvent) -> bool:
        if event.type() == REFIT:
            self._refit_asked = False
            if self.isVisible():
                self.fit_into(self.screen().availableGeometry())
            return True
        return super().event(event)


def reminders_for(
    settings: Settings, timers: Timers, bridge: HistoryBridge, library: Library, window: QWidget
) -> ReminderController:
    """The main window's reminders: the desktop's notifications where it has them, this window, and
    the tray."""
    from neuroguide.app import desktop_notifications
    from neuroguide.ui.kit.pictures import app_icon

    wanted = desktop_notifications.supported_here() and desktop_notifications.session_has_a_bus()
    notifications = desktop_notifications.DesktopNotifications(parent=window) if wanted else None

    return ReminderController(
        settings,
        timers.clock,
        bridge,
        library,
        parent=window,
        timers=timers,
        window=ReminderWindow(),
        tray_icon=app_icon(),  # drawn ahead: waiting in the tray needs no SVG renderer
        notifications=notifications,
    )


def window_reminders(window: MainWindow, bridge: HistoryBridge) -> ReminderController:
    """The reminders of ``window``: a start opens the routine in it; the log-in entry follows them."""
    reminders = reminders_for(window.settings, window.timers, bridge, window.library, window)
    reminders.start_requested.connect(window.start_from_reminder)
    reminders.open_requested.connect(window.bring_forward)
    reminders.quit_requested.connect(window.quit)
    window.settings.observe(("reminder_on", "start_with_desktop"), lambda _value: window.sync_autostart())
    window.sync_autostart()
    return reminders
