"""The main window: the library and the player, one page at a time.

The window is shown before anything heavy is imported or read: ``populate`` then loads the library page
on the next turn of the event loop, so the window appears as fast as a bare Qt window does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from neuroguide import APP_NAME

if TYPE_CHECKING:
    from neuroguide.core.clock import Clock
    from neuroguide.core.library import Library
    from neuroguide.core.settings import Settings
    from neuroguide.ui.library_page import LibraryPage
    from neuroguide.ui.player_page import PlayerPage


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 760)
        self.pages = QStackedWidget()
        self.pages.setObjectName("page")
        self.setCentralWidget(self.pages)
        self._library_page: LibraryPage | None = None
        self._player: PlayerPage | None = None

    def populate(self, library: Library, settings: Settings, clock: Clock) -> None:
        from neuroguide.ui.library_page import LibraryPage

        self.library = library
        self.settings = settings
        self.clock = clock
        self._library_page = LibraryPage(library)
        self._library_page.routine_chosen.connect(self.start_routine)
        self._library_page.settings_requested.connect(self.open_settings)
        self.pages.addWidget(self._library_page)
        self.pages.setCurrentWidget(self._library_page)
        self._library_page.focus_first_card()

    @property
    def library_page(self) -> LibraryPage:
        assert self._library_page is not None, "populate() first"
        return self._library_page

    @property
    def player_page(self) -> PlayerPage:
        """Built on first use: nothing of the player is loaded until a routine starts."""
        if self._player is None:
            from neuroguide.ui.player_page import PlayerPage

            self._player = PlayerPage()
            self._player.leave.connect(self.show_library)
            self._player.again.connect(self.start_routine)
            self.pages.addWidget(self._player)
        return self._player

    def start_routine(self, routine_id: str) -> None:
        from neuroguide.core.session import SessionEngine
        from neuroguide.ui.session_driver import SessionDriver

        routine = self.library.get(routine_id)
        if routine is None:
            return
        engine = SessionEngine(
            routine,
            self.clock,
            lead_in_seconds=self.settings.whole("lead_in_seconds"),
            lead_in_every_step=self.settings.flag("lead_in_every_step"),
        )
        player = self.player_page
        self.pages.setCurrentWidget(player)
        player.begin(SessionDriver(engine))
        self.setWindowTitle(f"{routine.title} – {APP_NAME}")

    def show_library(self) -> None:
        if self._player is not None:
            self._player.shutdown()
        self.pages.setCurrentWidget(self.library_page)
        self.setWindowTitle(APP_NAME)
        self.library_page.focus_first_card()

    def open_settings(self) -> None:
        from PySide6.QtCore import Qt

        from neuroguide.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._player is not None:
            self._player.shutdown()
        super().closeEvent(event)
