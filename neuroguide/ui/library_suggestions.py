"""Keeping the library's suggestions right (core/suggestions.py): when a setting they read changes, when
the person says today is a bad day, and when the library is shown again after a session (today's scores
and the routines done today, read from the history).

What was last read of today is shown at once, so the page never waits for the disk; the history's
answer follows, and the cards move only if it changed anything."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from neuroguide.core.clock import Clock
from neuroguide.core.library import Library
from neuroguide.core.settings import Settings
from neuroguide.core.suggestions import KEYS, Today, suggested

if TYPE_CHECKING:
    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.ui.pages.library import LibraryPage


class LibrarySuggestions(QObject):
    """``page()`` is the library page now, or None while it is not built."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        clock: Clock,
        history: HistoryBridge | None,
        page: Callable[[], LibraryPage | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.settings, self.clock, self.history = library, settings, clock, history
        self._page = page
        self.today = Today()  # what was last read of today
        settings.observe(KEYS, self._on_setting)

    def attach(self, page: LibraryPage) -> None:
        page.bad_day_changed.connect(self._said_bad_day)
        self.show()

    def show(self) -> None:
        """Suggest from what is known now, then from what the history says of today."""
        day = self.clock.now().date()
        if self.today.day != day:
            self.today = Today(day)  # a new day: nothing done yet, no score given
        self._apply()
        if self.history is not None:
            self.history.ask(lambda store: store.today(day), self._heard)

    def _heard(self, today: Today) -> None:
        if today != self.today and today.day == self.clock.now().date():
            self.today = today
            self._apply()

    def _apply(self) -> None:
        page = self._page()
        if page is None:
            return
        page.show_bad_day(self.settings.text("bad_day_on") == self.clock.now().date().isoformat())
        page.show_suggestions(suggested(self.library, self.settings, self.today))

    def _on_setting(self, _value: object) -> None:
        if self._page() is not None:
            self._apply()

    def _said_bad_day(self, bad: bool) -> None:
        self.settings.set("bad_day_on", self.clock.now().date().isoformat() if bad else "")
