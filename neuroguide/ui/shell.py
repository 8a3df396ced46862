"""The composition root: checks there is somewhere to draw, shows the window, then fills it in.

The window goes on screen first, with nothing heavy imported or read; the routines, settings and the
library page follow on the next turn of the event loop after its first paint.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from neuroguide import APP_ID, APP_NAME, __version__
from neuroguide.app.collector import GuiThreadCollector
from neuroguide.app.single_instance import SingleInstance
from neuroguide.core import translation
from neuroguide.ui.event_loop import AfterFirstPaint, QuitOnTerminate, forget_module_sources
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.paint_probe import PaintTimes
from neuroguide.ui.person_locks import PersonLocks
from neuroguide.ui.startup import (
    claim_data_folder,
    display_problem,
    fractional_scaling,
    make_folder,
    start_log,
)

if TYPE_CHECKING:
    from neuroguide.app.settings_saver import SettingsSaver
    from neuroguide.app.timers import Timers
    from neuroguide.core.library import Library
    from neuroguide.core.people import People
    from neuroguide.core.settings import Settings

__all__ = ["Shell", "claim_data_folder", "display_problem", "run", "start_log"]

POPULATE_AT_THE_LATEST_MS = 300  # for a window that is never painted (started minimised)
QUIT_WAIT_SECONDS = 10.0  # on quit, the last history writes and speech workers are waited for this long


def run(data_dir: Path, background: bool = False, language: str = "") -> int:
    """The window; ``language`` (from --lang) is shown instead of the settings' until one is chosen."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    start_log(data_dir)  # before the QApplication: Qt may have things to say while it starts
    fractional_scaling()
    app = QApplication(sys.argv[:1])
    collector = GuiThreadCollector(app)  # cycles are collected on this thread only (app/collector.py)
    translation.use(QCoreApplication.translate)  # every layer's words, through Qt's translators
    if language:
        from neuroguide.ui.kit.language import choose_for_this_run

        choose_for_this_run(language)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # the menu entry: a desktop shows its icon and name
    instance = claim_data_folder(data_dir)
    if instance is None:
        return 0
    logging.getLogger("neuroguide").info(
        "%s %s started%s for %s", APP_NAME, __version__, " in the background" if background else "", data_dir
    )
    style.apply(app, style.first_paint_theme(app))  # the person's own choice follows once it is read
    app.setQuitOnLastWindowClosed(False)  # with reminders on, closing the window keeps them coming
    shell = Shell(data_dir, instance)
    if background:
        shell.choose_someone_with_reminders()
    shell.open(background=background, first=True)
    code = app.exec()
    shell.finish(QUIT_WAIT_SECONDS)
    collector.stop()  # the workers are done: nothing else can collect on another thread now
    instance.release()
    return code


class Shell(QObject):
    """Owns the window of the person being cared for now. Switching people closes that window's
    session, voice and history, and opens a fresh window on the other person's folder.

    The routine files are read on a thread of their own (a person's folder may hold anything, and
    reading a large file takes a while): the window is filled in when they are read."""

    _library_read = Signal(object, object)  # (what fills the window in, the Future), from the thread

    def __init__(self, base: Path, instance: SingleInstance | None) -> None:
        super().__init__()
        self.base = base
        self.instance = instance
        self._people: People | None = None  # read after the first paint, with everything else
        self.window: MainWindow | None = None
        self.library_read: Future[Library] | None = None  # the latest reading of the routine files
        self._library_read.connect(self._on_library_read)
        self.locks = PersonLocks(instance, lambda: self.people, self)
        self._on_terminate: QuitOnTerminate | None = None
        self.settings_saver: SettingsSaver | None = None  # the shown person's settings, written soon after

    @property
    def people(self) -> People:
        if self._people is None:
            from neuroguide.core.people import People

            self._people = People.load(self.base)
            if self._people.problem:
                print(f"{APP_NAME}: {self._people.problem}", file=sys.stderr)
        return self._people

    def open(self, background: bool = False, first: bool = False) -> MainWindow:
        window = MainWindow()
        self.window = window
        if self.instance is not None:
            self.instance.activated.connect(window.bring_forward)
        window.person_chosen.connect(self.switch_to)
        probe: PaintTimes | None = None
        fill_in = AfterFirstPaint(window, lambda: self.after_first_paint(window, probe))
        if first and os.environ.get("NEUROGUIDE_EXIT_AFTER_FIRST_PAINT"):
            probe = PaintTimes(window)  # installed last, so it sees the first paint before fill_in does
        # Started in the background the window is not shown, so no paint is coming: fill in at once.
        QTimer.singleShot(0 if background else POPULATE_AT_THE_LATEST_MS, fill_in.run)
        window.quit_when_closed = not background
        if not background:
            window.show()
        return window

    def after_first_paint(self, window: MainWindow, probe: PaintTimes | None) -> None:
        if self.instance is not None:
            if self._on_terminate is None:  # before listening: whoever finds it listening may end it
                self._on_terminate = QuitOnTerminate(self.quit, self)
            self.instance.listen()  # the lock already refuses a second launch; from now on it is answered
        forget_module_sources()
        self.populate(window, probe)
        forget_module_sources()

    def populate(self, window: MainWindow, probe: PaintTimes | None) -> None:
        from neuroguide.app.settings_saver import SettingsSaver
        from neuroguide.app.timers import Timers
        from neuroguide.core.clock import SystemClock
        from neuroguide.core.people import FIRST
        from neuroguide.core.settings import Settings
        from neuroguide.system.datadir import (
            load_routine_library,
            settings_path,
            write_problem,
        )
        from neuroguide.ui.kit.appearance import Appearance

        taken_elsewhere = ""
        if self.people.current != FIRST and not self.locks.hold(self.people.current):
            # Shown in another NeuroGuide now (brought forward): this window shows the first person.
            taken_elsewhere = self.locks.open_elsewhere(self.people.current)
            self.people.current = FIRST
        self.locks.let_go()
        folder = self.people.folder(self.people.current)
        make_folder(folder, "folder")
        folder_problem = write_problem(folder) or ""
        if folder_problem and folder != self.base:
            print(f"{APP_NAME}: {folder_problem}", file=sys.stderr)  # the base's was said at the start
        settings = Settings.load(settings_path(folder))
        for line in settings.problems:
            print(f"{APP_NAME}: {line}", file=sys.stderr)
        timers = Timers(SystemClock())  # the window's one timer factory: its saver's too
        self.settings_saver = SettingsSaver(settings, timers, parent=window)
        self.settings_saver.failed.connect(window.notify)
        Appearance(settings, window)  # before the pages are built, so they are built at the right size

        def fill_in(read: Future[Library]) -> None:
            if shiboken6.isValid(window) and window is self.window:  # not closed while the files were read
                library = _library_from(read)
                self._fill_in_window(
                    window, probe, library, settings, timers, folder, folder_problem, taken_elsewhere
                )

        reading = ThreadPoolExecutor(max_workers=1, thread_name_prefix="routines")
        future = reading.submit(load_routine_library, folder)
        self.library_read = future
        future.add_done_callback(lambda done: self._library_read.emit(fill_in, done))
        reading.shutdown(wait=False)  # the thread ends once the files are read

    def _on_library_read(self, fill_in: Callable[[Future[Library]], None], read: Future[Library]) -> None:
        fill_in(read)

    def _fill_in_window(
        self,
        window: MainWindow,
        probe: PaintTimes | None,
        library: Library,
        settings: Settings,
        timers: Timers,
        folder: Path,
        folder_problem: str,
        taken_elsewhere: str,
    ) -> None:
        """The window filled in, once its routines are read, with what the person must be told now."""
        from neuroguide.app.history_bridge import HistoryBridge
        from neuroguide.speech import build_voice_guide
        from neuroguide.system.datadir import voice_cache_dir
        from neuroguide.ui.kit.language import voice_words

        window.populate(
            library,
            settings,
            timers.clock,
            timers=timers,
            voice=lambda: build_voice_guide(
                settings, voice_cache_dir(folder), lambda: voice_words(settings.text("speech_language"))
            ),
            history=lambda: HistoryBridge(folder),
            reminders=True,
            data_dir=self.base,
            welcome=True,
            people=self.people,
            folder_problem=folder_problem,
        )
        if folder_problem or taken_elsewhere:
            window.notify(" ".join(filter(None, (taken_elsewhere, folder_problem))))
        if not window.isVisible() and not window.reminders_wanted:
            window.show()  # started in the background, but there is nothing to wait for: show the window
        if probe is not None:
            page = window.pages.currentWidget()  # the library, or the welcome on a first run
            if window.isVisible() and page is not None:
                page.installEventFilter(probe)
            else:
                probe.ready_with(window.reminders)  # started for the reminders

    def quit(self) -> None:
        """End NeuroGuide as Quit does: the session, voice and history closed, the socket removed."""
        if self.window is not None:
            self.window.quit()
        else:
            QApplication.quit()

    def choose_someone_with_reminders(self) -> None:
        """Started at log-in for the reminders: if the person last open has none, the first who has."""
        from neuroguide.core.settings import Settings
        from neuroguide.system.datadir import settings_path

        def wants(person_id: str) -> bool:
            return Settings.load(settings_path(self.people.folder(person_id))).flag("reminder_on")

        if wants(self.people.current):
            return
        chosen = next((p.id for p in self.people.people if wants(p.id)), None)
        if chosen is not None:
            self.people.current = chosen

    def finish(self, timeout: float) -> None:
        """As the app quits: the histories closed let their last writes land, and the speech workers
        ended are gone, within ``timeout`` seconds; then the locks still held are let go of."""
        from neuroguide.speech.service import wait_for_ending
        from neuroguide.store.worker import wait_for_closing

        deadline = time.monotonic() + timeout
        if not wait_for_closing(timeout):
            logging.getLogger("neuroguide").warning("the history was still writing as %s quit", APP_NAME)
        wait_for_ending(max(0, round(1000 * (deadline - time.monotonic()))))
        self.locks.release_closing()

    def switch_to(self, person_id: str) -> None:
        old = self.window
        if old is None or self.people.get(person_id) is None:
            return
        if not self.locks.hold(person_id):
            old.notify(self.locks.open_elsewhere(person_id))
            return
        old.shut_down()  # the history closes behind the new window, on its own thread
        if self.settings_saver is not None:
            self.settings_saver.close()  # the old person's changes, written before their window goes
        self.locks.let_go(once=old.history.bridge.closed if old.history is not None else None)
        if self.instance is not None:
            self.instance.activated.disconnect(old.bring_forward)
        self.people.current = person_id
        problem = ""
        try:
            self.people.save()
        except OSError as error:
            problem = f"The list of people could not be saved ({error.strerror or error})."
        geometry = old.saveGeometry()
        new = self.open()
        new.restoreGeometry(geometry)
        old.quit_when_closed = False
        old.hide()
        old.deleteLater()
        if problem:
            QTimer.singleShot(POPULATE_AT_THE_LATEST_MS + 50, lambda: new.notify(problem))


def _library_from(read: Future[Library]) -> Library:
    """The library read, or an empty one that says why (the loader itself reports each file's problems,
    so this is only for the unforeseen)."""
    from neuroguide.core.library import Library, Problem

    error = read.exception()
    if error is None:
        return read.result()
    logging.getLogger("neuroguide").error("the routine files could not be read: %r", error)
    return Library((), (Problem("routines", f"could not be read ({type(error).__name__}: {error})"),))
