"""The morning reminder as the person sees it: a small window on top with big buttons. What it does is
the reminder controller's (app/reminders.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.reminders import SNOOZES, ReminderController
from neuroguide.core.clock import Clock
from neuroguide.core.library import Library
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, text_label


class ReminderWindow(QWidget):
    """The reminder itself: a small window on top with big buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("page")
        self.setWindowTitle(window_title(tr("Reminder")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never narrower than its buttons
        self.headline = text_label("", "title", bold=True)
        self.headline.setAccessibleDescription(tr("Reminder"))
        layout.addWidget(self.headline)
        self.detail = text_label("", muted=True)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.start_button = Button(tr("Start"), primary=True, icon="play")
        row.addWidget(self.start_button)
        self.snooze_buttons: dict[int, Button] = {}
        for minutes in SNOOZES:
            button = Button(fill(tr("Snooze %1 min"), str(minutes)))
            self.snooze_buttons[minutes] = button
            row.addWidget(button)
        self.skip_button = Button(tr("Skip today"))
        row.addWidget(self.skip_button)
        layout.addLayout(row)

    def show_reminder(self, headline: str, detail: str) -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.bring_forward()
        self.start_button.setFocus()

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()


def reminders_for(
    settings: Settings, clock: Clock, bridge: HistoryBridge, library: Library, window: QWidget
) -> ReminderController:
    """The main window's reminders, shown in this window and the tray."""
    from neuroguide.ui.kit.pictures import app_icon

    return ReminderController(
        settings,
        clock,
        bridge,
        library,
        parent=window,
        window=ReminderWindow(),
        tray_icon=app_icon(),  # drawn ahead: waiting in the tray needs no SVG renderer
    )
