"""Tells a screen reader what is happening in a session, through Qt's accessibility announcements.

It announces at the moments the voice speaks: the start of each step with what to do, halfway through
a long step, the last seconds with what comes next, paused, resumed, time added, finished or stopped.
The countdown itself is never announced second by second; a screen reader reads it when asked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from neuroguide.core.prompts import PromptBook
from neuroguide.core.routine import PlannedStep, Routine
from neuroguide.core.session import Event

URGENT_KINDS = ("question", "paused", "stopped")  # said at once, over whatever the screen reader is reading


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


class SessionAnnouncer(QObject):
    announced = Signal(str, bool)  # (text, urgent), as handed to the screen reader

    def __init__(
        self,
        widget: QWidget,
        routine: Routine,
        caregiver: bool = False,
        steps: tuple[PlannedStep, ...] | None = None,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.book = PromptBook(routine, caregiver, steps=steps)

    def on_event(self, event: Event) -> None:
        prompt = self.book.for_event(event)
        if prompt is None:
            return
        urgent = prompt.kind in URGENT_KINDS
        announce(self.widget, prompt.text, urgent)
        self.announced.emit(prompt.text, urgent)
