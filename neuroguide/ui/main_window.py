"""The main window: the library and the player, one page at a time.

The window is shown before anything heavy is imported or read: ``populate`` then fills it in on the
next turn of the event loop (the library, or the welcome on a first run), so the window appears as
fast as a bare Qt window does. Even the ``Qt`` namespace (a dozen milliseconds to set up in PySide6)
is left to the pages that use it. Started hidden for the reminders, it builds no page until shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from neuroguide import APP_NAME
from neuroguide.core.translation import tr
from neuroguide.ui.kit.titles import PageTitles

if TYPE_CHECKING:
    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.app.reminders import ReminderController
    from neuroguide.app.session_runner import SessionRunner
    from neuroguide.app.timers import Timers
    from neuroguide.core.clock import Clock
    from neuroguide.core.library import Library
    from neuroguide.core.people import People
    from neuroguide.core.settings import Settings
    from neuroguide.speech.guide import VoiceGuide
    from neuroguide.ui.dialogs.settings import SettingsDialog
    from neuroguide.ui.history_controller import HistoryController
    from neuroguide.ui.pages.learn import LearnPage
    from neuroguide.ui.pages.library import LibraryPage
    from neuroguide.ui.pages.player import PlayerPage
    from neuroguide.ui.pages.welcome import WelcomePage
    from neuroguide.ui.session_view import SessionPrompts


class MainWindow(QMainWindow):
    person_chosen = Signal(str)  # switch to this person's folder: a new window takes over
    library: Library  # in the person's language, from populate() on
    english_library: Library  # as written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from neuroguide.ui.kit.window_size import fit_to_screen

        fit_to_screen(self, 1280, 800, "main")
        self.pages = QStackedWidget()
        self.pages.setObjectName("page")
        self.titles = PageTitles(self, self.pages)
        self.setCentralWidget(self.pages)
        self._library_page: LibraryPage | None = None
        self._player: PlayerPage | None = None
        self._make_voice: Callable[[], VoiceGuide] | None = None
        self._voice: VoiceGuide | None = None
        self.history: HistoryController | None = None
        self.reminders: ReminderController | None = None
        self.runner: SessionRunner | None = None  # the session now, from its safety questions to its end
        self._prompts: SessionPrompts | None = None
        self.learn_page: LearnPage | None = None
        self.people: People | None = None
        self.people_dialog: QDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.welcome: WelcomePage | None = None
        self.quit_when_closed = True  # False while started in the background for reminders
        self._quitting = False
        self._shown_before = False
        self._notice_for_later = ""  # said while no page could show it: shown with the library
        quit_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self)
        quit_key.activated.connect(self.quit)

    def populate(
        self,
        library: Library,
        settings: Settings,
        clock: Clock,
        voice: Callable[[], VoiceGuide] | None = None,
        history: Callable[[], HistoryBridge] | None = None,
        reminders: bool = False,
        data_dir: Path | None = None,
        welcome: bool = False,
        people: People | None = None,
        folder_problem: str = "",
        timers: Timers | None = None,
    ) -> None:
        """Fill the window in. ``voice`` builds the voice guide when the first session starts;
        ``history`` opens the history (on its own thread) at once. Started hidden, for the reminders,
        the library page is built when the window is first shown: it may wait all day.
        ``folder_problem`` says why nothing can be saved in the person's folder (read-only, a full
        disk); the history's own problems are then told in those words. ``timers``: FakeTimers in tests."""
        from neuroguide.app.timers import Timers
        from neuroguide.ui.kit.window_size import fit_to_screen, remember_sizes_in
        from neuroguide.ui.window_language import language_changed, tell_about_language, use_language

        self.settings, self.clock = settings, clock
        problem = use_language(self, library)  # before any page is built
        remember_sizes_in(settings)  # each window opens at the size it was last given
        fit_to_screen(self, self.width(), self.height(), "main")
        self.timers = timers if timers is not None else Timers(clock)
        self._make_voice = voice
        self._voice = None
        self.people = people
        if history is not None:
            from neuroguide.ui.history_controller import HistoryController

            self.history = HistoryController(
                history(), settings, clock, self.pages, self.notify, self, timers=self.timers
            )
            self.history.folder_problem = folder_problem
        from neuroguide.ui.library_suggestions import LibrarySuggestions

        bridge = self.history.bridge if self.history is not None else None
        self.suggestions = LibrarySuggestions(
            self.library, settings, clock, bridge, lambda: self._library_page, self
        )
        self.data_dir = data_dir
        if reminders and self.history is not None:
            from neuroguide.ui.dialogs.reminder import window_reminders

            self.reminders = window_reminders(self, self.history.bridge)
        settings.observe(
            ("language", "temperature_unit"),
            lambda _value: QTimer.singleShot(0, lambda: language_changed(self)),
        )
        if welcome and not settings.flag("welcomed"):
            self.show_welcome()
        elif self.isVisible():
            self.show_library()
        tell_about_language(self, problem)

    def showEvent(self, event: QShowEvent) -> None:
        first, self._shown_before = not self._shown_before, True
        # Filled in while hidden, or its pages let go while it waited: the library, built now.
        built = self.pages.currentWidget() is not None
        if (first or not built) and hasattr(self, "library") and self.welcome is None:
            self.show_library()
        super().showEvent(event)

    def _let_go_of_pages(self) -> None:
        """Waiting in the background, perhaps all day: the pages are built again when next shown."""
        from neuroguide.app.memory import give_back_memory
        from neuroguide.ui.window_language import build_pages_again

        if self.isVisible() or (self._player is not None and not self._player.session_over):
            return
        build_pages_again(self)
        QTimer.singleShot(0, give_back_memory)  # after the pages are deleted

    def take_built_pages(self) -> list[QWidget]:
        """The pages built on first use, let go of (the player shut down): built again when next shown."""
        pages: list[QWidget] = [page for page in (self._player, self._library_page, self.learn_page) if page]
        if self._player is not None:
            self._player.shutdown()
        self._player, self._library_page, self.learn_page, self._prompts = None, None, None, None
        return pages

    @property
    def library_page(self) -> LibraryPage:
        """Built on first use: started for the reminders, the window may stay hidden all day."""
        if self._library_page is None:
            from neuroguide.ui.pages.library import LibraryPage

            assert hasattr(self, "library"), "populate() first"
            page = LibraryPage(self.library)
            page.routine_chosen.connect(self.start_routine)
            page.settings_requested.connect(self.open_settings)
            page.history_requested.connect(self.show_history)
            page.learn_requested.connect(self.show_learn)
            page.people_requested.connect(self.open_people)
            page.people_button.setEnabled(self.people is not None)
            page.history_button.setEnabled(self.history is not None)
            self.pages.addWidget(page)
            self._library_page = page
            self._show_person()
            self.suggestions.attach(page)
        return self._library_page

    @property
    def player_page(self) -> PlayerPage:
        """Built on first use: nothing of the player is loaded until a routine starts."""
        if self._player is None:
            from neuroguide.ui.pages.player import PlayerPage

            self._player = PlayerPage(self.settings)
            self._player.leave.connect(self.show_library)
            self._player.again.connect(self.start_routine)
            self.pages.addWidget(self._player)
        return self._player

    @property
    def prompts(self) -> SessionPrompts:
        """The dialogs around a session (safety questions, check-ins), built when the first one starts."""
        if self._prompts is None:
            from neuroguide.ui.session_view import SessionPrompts

            self._prompts = SessionPrompts(self, self.settings, self.clock, self.timers)
        return self._prompts

    @property
    def reminders_wanted(self) -> bool:
        """Reminders are on, so the app should stay when the window closes."""
        return self.reminders is not None and self.settings.flag("reminder_on")

    def start_from_reminder(self, routine_id: str) -> None:
        self.bring_forward()
        if self._player is None or self._player.session_over:
            self.start_routine(routine_id)

    def sync_autostart(self) -> None:
        from neuroguide.app import autostart

        if message := autostart.sync(self.settings, self.data_dir):
            self.notify(message)

    def quit(self) -> None:
        """Really end NeuroGuide, reminders included."""
        self._quitting = True
        self.close()
        QApplication.quit()

    def bring_forward(self) -> None:
        """Show the window on top, from the tray, a reminder or a second launch."""
        print(f"{APP_NAME}: brought forward", file=sys.stderr)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def notify(self, message: str) -> None:
        """Tell the person something, on whichever page they are looking at."""
        current = self.pages.currentWidget()
        if self._player is not None and current is self._player:
            self._player.show_history_notice(message)
        elif self.history is not None and current is self.history.page:
            self.history.page.show_notice(message)
        elif self._library_page is not None and current is not self.welcome:
            self._library_page.show_notice(message)
        else:  # hidden, or on the welcome: kept for the library, not built for it now
            self._notice_for_later = message

    def show_history(self) -> None:
        if self.history is not None:
            self.history.show()
            self.titles.name(self.history.page, tr("History"))

    def start_routine(self, routine_id: str) -> None:
        """Safety questions, check-ins and the session, run by one SessionRunner (app/session_runner.py)."""
        from neuroguide.core.add_ons import with_add_ons
        from neuroguide.ui.session_view import session_runner

        routine = self.library.get(routine_id)
        if routine is None:
            return
        warm_up, cool_down = self.settings.flag("add_warm_up"), self.settings.flag("add_cool_down")
        routine = with_add_ons(routine, self.library, warm_up, cool_down)
        self.end_session()
        self.runner = session_runner(self, routine)
        self.runner.start()

    def end_session(self) -> None:
        """Let the last session go (its voice, timer and announcer), whatever stage it had reached."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.close()

    @property
    def voice(self) -> VoiceGuide | None:
        """The voice guide, built on first use (it starts the speech worker)."""
        if self._voice is None and self._make_voice is not None:
            self._voice = self._make_voice()
            self._make_voice = None
            self._voice.setParent(self)
            self._voice.caption.connect(lambda text: self.player_page.show_caption(text))
            self._voice.status_changed.connect(self.show_voice_status)
        return self._voice

    def show_voice_status(self) -> None:
        if self._voice is not None and self._player is not None:
            self._player.show_voice_status(self._voice.status_text(), self._voice.captions_shown)

    def show_library(self) -> None:
        self.end_session()
        if self._player is not None:
            self._player.shutdown()
        if self.welcome is not None:  # a session from a reminder came first: the welcome is not done
            self.show_welcome()
            return
        self.pages.setCurrentWidget(self.library_page)
        self.suggestions.show()  # a session since: perhaps today's foot check is done
        self._show_person()  # the title names whose routines these are again
        if self._notice_for_later:
            self.library_page.show_notice(self._notice_for_later)
            self._notice_for_later = ""
        self.library_page.focus_first_card()

    def show_learn(self) -> None:
        from neuroguide.core.content_words import shown as shown_words
        from neuroguide.core.learn import load_learn
        from neuroguide.core.resources import learn_path
        from neuroguide.ui.pages.learn import LearnPage

        if self.learn_page is None:
            self.learn_page = LearnPage(shown_words().sections(load_learn(learn_path())))
            self.learn_page.leave.connect(self.show_library)
            self.pages.addWidget(self.learn_page)
        self.pages.setCurrentWidget(self.learn_page)
        self.learn_page.back_button.setFocus()

    def show_welcome(self) -> None:
        """The first run's welcome, in place of the library until the person goes on or skips."""
        from neuroguide.ui.pages.welcome import WelcomePage

        if self.welcome is None:
            self.welcome = WelcomePage(self.settings)
            self.welcome.done.connect(self._welcomed)
            self.pages.addWidget(self.welcome)
        self.pages.setCurrentWidget(self.welcome)
        self.titles.name(self.welcome, tr("Welcome"))
        self.welcome.next_button.setFocus()

    def _welcomed(self) -> None:
        welcome, self.welcome = self.welcome, None
        self.show_library()
        if welcome is not None:
            self.pages.removeWidget(welcome)
            welcome.deleteLater()  # seen once: its memory is given back

    def open_settings(self, focus: str = "") -> None:
        """The Settings dialog; ``focus`` names the setting whose row has the focus (the first's)."""
        from neuroguide.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self.voice, self, self.reminders, self.library)
        dialog.destroyed.connect(lambda: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        _opened(dialog)
        dialog.focus_on(focus)

    def shut_down(self) -> None:
        """Stop the session, reminders and voice, and close the history: before closing or switching."""
        self.end_session()
        if self._player is not None:
            self._player.shutdown()
        if self.reminders is not None:
            self.reminders.shutdown()
        if self._voice is not None:
            self._voice.shutdown()
        if self.history is not None:
            self.history.close()

    def _show_person(self) -> None:
        from neuroguide.ui.dialogs.people import person_name

        person = self.people.get(self.people.current) if self.people is not None else None
        several = self.people is not None and len(self.people.people) > 1
        name = person_name(person) if person is not None and several else ""
        self.titles.name(self.library_page, name)  # "Robert — NeuroGuide", or the name alone
        self.library_page.show_person(name)

    def open_people(self) -> None:
        from neuroguide.ui.dialogs.people import PeopleDialog

        if self.people is None:
            return
        dialog = PeopleDialog(self.people, self)
        dialog.chosen.connect(self.person_chosen)
        dialog.finished.connect(lambda _result: self._show_person())
        self.people_dialog = _opened(dialog)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders_wanted and not self._quitting:
            # The window goes; the app stays for the reminders. Said once, plainly.
            event.ignore()
            self.hide()
            self.timers.later(self, LET_GO_AFTER_MS / 1000, self._let_go_of_pages, "let go of the pages")
            if not self.settings.flag("told_about_background"):
                self.settings.set("told_about_background", True)
                from neuroguide.ui.dialogs.background import background_notice

                self.background_notice = background_notice(self.reminders)
            return
        self.shut_down()
        super().closeEvent(event)
        if self.quit_when_closed or self._quitting:
            QApplication.quit()


def _opened(dialog: QDialog) -> QDialog:
    """A dialog shown over the window, deleted when it closes."""
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


LET_GO_AFTER_MS = 2_000
