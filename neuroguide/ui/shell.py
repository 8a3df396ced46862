"""The composition root: checks there is somewhere to draw, shows the window, then fills it in.

The window goes on screen first, with nothing heavy imported or read; the routines, settings and the
library page follow on the next turn of the event loop after its first paint.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shlex
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from neuroguide import APP_NAME, __version__
from neuroguide.app.single_instance import SingleInstance
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow

if TYPE_CHECKING:
    from neuroguide.core.library import Library
    from neuroguide.core.people import People
    from neuroguide.core.settings import Settings
    from neuroguide.system.folder_lock import FolderLock
    from neuroguide.ui.reminders import ReminderController

NO_DISPLAY = f"""\
{APP_NAME} needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
To run it on a machine without a screen, give it a virtual one{{xvfb}}:
    xvfb-run -a {{command}}
or draw it off screen, with nothing shown:
    QT_QPA_PLATFORM=offscreen {{command}}
The other commands need no display: try '{{command}} --help'."""

POPULATE_AT_THE_LATEST_MS = 300  # for a window that is never painted (started minimised)


def display_problem() -> str | None:
    """Why the window cannot open here, in plain words; None when it can.

    Without this check Qt aborts with a core dump when no X11 or Wayland display is reachable.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    xvfb = "" if shutil.which("xvfb-run") else " (xvfb-run comes with the xvfb package)"
    return NO_DISPLAY.format(command=this_command(), xvfb=xvfb)


def this_command() -> str:
    """This program as a shell starts it again: ``neuroguide`` where PATH finds this very one, else
    its full path (``.venv/bin/neuroguide`` after the quick start), else Python running the package."""
    program = Path(sys.argv[0])
    if program.name == "neuroguide" and program.is_file():
        found = shutil.which("neuroguide")
        if found and Path(found).resolve() == program.resolve():
            return "neuroguide"
        return shlex.quote(str(program.absolute()))
    return f"{shlex.quote(sys.executable)} -m neuroguide"


def run(data_dir: Path, background: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    start_log(data_dir)  # before the QApplication: Qt may have things to say while it starts
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("neuroguide")
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
    instance.release()
    return code


def start_log(data_dir: Path) -> None:
    """Qt's and Python's messages, warnings and uncaught exceptions go to the capped log of the base
    data folder (every person's window shares it), until the process ends."""
    from neuroguide.app import qt_messages
    from neuroguide.system import logs

    logs.install(data_dir)
    qt_messages.install()


def claim_data_folder(data_dir: Path) -> SingleInstance | None:
    """This process becomes NeuroGuide for ``data_dir``, or a running one is brought forward.

    The locks are in the runtime folder, so a read-only data folder or a full disk still starts:
    it is said plainly, and the person can follow routines without their history being saved."""
    from neuroguide.system.datadir import ensure_private_dir, write_problem
    from neuroguide.system.folder_lock import FolderLock

    try:
        ensure_private_dir(data_dir)
    except OSError as error:
        if not data_dir.is_dir():  # a folder that is there but read-only is said just below
            print(
                f"{APP_NAME}: the data folder {data_dir} cannot be used ({error.strerror or error}).",
                file=sys.stderr,
            )
    problem = write_problem(data_dir)
    if problem:
        print(f"{APP_NAME}: {problem}", file=sys.stderr)
    instance = SingleInstance(data_dir)
    try:
        if not instance.acquire():
            if instance.ask_running_to_show():
                print(f"{APP_NAME} is already running; its window was brought forward.", file=sys.stderr)
            else:
                print(
                    f"{APP_NAME} is already running for {data_dir}, but did not answer. "
                    "If it is stuck, end it and start again.",
                    file=sys.stderr,
                )
            return None
        person = FolderLock(data_dir)
        if not person.acquire("window", instance.answer_at):
            instance.release()
            refuse_for_person(instance, person, data_dir)
            return None
    except OSError as error:
        print(
            f"{APP_NAME}: no lock can be taken for {data_dir} ({error.strerror or error}), so a second "
            "NeuroGuide on this folder would not be refused.",
            file=sys.stderr,
        )
        return instance
    instance.person = person
    return instance


def refuse_for_person(instance: SingleInstance, person: FolderLock, folder: Path) -> None:
    """Another process writes this person's history now: say so, and bring its window forward."""
    holder = person.holder()
    if holder.purpose == "import":
        print(
            f"{APP_NAME} cannot open {folder} now: another {APP_NAME} command ({holder.describe()}) is "
            "importing sessions into this history. Start it again when that is done.",
            file=sys.stderr,
        )
    elif holder.socket and instance.ask_running_to_show(holder.socket):
        print(
            f"{APP_NAME} is already open for this person ({folder}); its window was brought forward.",
            file=sys.stderr,
        )
    else:
        print(
            f"{APP_NAME} is already open for this person ({folder}) in {holder.describe()}, but it did "
            "not answer. If it is stuck, end it and start again.",
            file=sys.stderr,
        )


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
        self._letting_go: FolderLock | None = None  # the lock of the person shown before a switch
        self._on_terminate: QuitOnTerminate | None = None

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
            self.instance.listen()  # the lock already refuses a second launch; from now on it is answered
            if self._on_terminate is None:
                self._on_terminate = QuitOnTerminate(self.quit, self)
        forget_module_sources()
        self.populate(window, probe)
        forget_module_sources()

    def populate(self, window: MainWindow, probe: PaintTimes | None) -> None:
        from neuroguide.core.people import FIRST
        from neuroguide.core.settings import Settings
        from neuroguide.system.datadir import (
            ensure_private_dir,
            load_routine_library,
            settings_path,
            write_problem,
        )
        from neuroguide.ui.kit.appearance import Appearance

        taken_elsewhere = ""
        if self.people.current != FIRST and not self.hold_person(self.people.current):
            # Shown in another NeuroGuide now (brought forward): this window shows the first person.
            taken_elsewhere = self.open_elsewhere(self.people.current)
            self.people.current = FIRST
        self.let_go()
        folder = self.people.folder(self.people.current)
        try:
            ensure_private_dir(folder)
        except OSError as error:
            if not folder.is_dir():  # a folder that is there but read-only is said just below
                print(
                    f"{APP_NAME}: the folder {folder} cannot be used ({error.strerror or error}).",
                    file=sys.stderr,
                )
        folder_problem = write_problem(folder) or ""
        if folder_problem and folder != self.base:
            print(f"{APP_NAME}: {folder_problem}", file=sys.stderr)  # the base's was said at the start
        settings = Settings.load(settings_path(folder))
        for line in settings.problems:
            print(f"{APP_NAME}: {line}", file=sys.stderr)
        Appearance(settings, window)  # before the pages are built, so they are built at the right size

        def fill_in(read: Future[Library]) -> None:
            if shiboken6.isValid(window) and window is self.window:  # not closed while the files were read
                library = _library_from(read)
                self._fill_in_window(
                    window, probe, library, settings, folder, folder_problem, taken_elsewhere
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
        folder: Path,
        folder_problem: str,
        taken_elsewhere: str,
    ) -> None:
        """The window filled in, once its routines are read, with what the person must be told now."""
        from neuroguide.app.history_bridge import HistoryBridge
        from neuroguide.core.clock import SystemClock
        from neuroguide.speech import build_voice_guide
        from neuroguide.system.datadir import voice_cache_dir

        window.populate(
            library,
            settings,
            SystemClock(),
            voice=lambda: build_voice_guide(settings, voice_cache_dir(folder)),
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

    def hold_person(self, person_id: str) -> bool:
        """Take the lock of this person's folder for the window (``let_go`` then releases the one held
        before); False when another process writes their history now. Without a lock
        of this folder's own (in tests, or when none could be made) there is nothing to take."""
        from neuroguide.system.folder_lock import FolderLock

        instance = self.instance
        if instance is None or instance.person is None:
            return True
        lock = FolderLock(self.people.folder(person_id))
        if lock.name == instance.person.name:
            return True
        try:
            if not lock.acquire("window", instance.answer_at):
                return False
        except OSError:
            return True  # the first lock was made in the same folder: not expected, and not a reason to stop
        self._letting_go, instance.person = instance.person, lock
        return True

    def let_go(self) -> None:
        """Release the lock of the person shown before, once their window has closed its history."""
        previous, self._letting_go = self._letting_go, None
        if previous is not None:
            previous.release()

    def open_elsewhere(self, person_id: str) -> str:
        """Another process has this person's folder: bring its window forward; what to tell here."""
        from neuroguide.system.folder_lock import FolderLock
        from neuroguide.ui.dialogs.people import person_name

        person = self.people.get(person_id)
        name = person_name(person) if person is not None else person_id
        holder = FolderLock(self.people.folder(person_id)).holder()
        if holder.purpose == "import":
            return (
                f"{name}'s history is being imported into by another {APP_NAME} command "
                f"({holder.describe()}); choose {name} again when it is done."
            )
        if self.instance is not None and holder.socket:
            self.instance.ask_running_to_show(holder.socket)
        return f"{APP_NAME} is already open for {name} in another window; it was brought forward."

    def switch_to(self, person_id: str) -> None:
        old = self.window
        if old is None or self.people.get(person_id) is None:
            return
        if not self.hold_person(person_id):
            old.notify(self.open_elsewhere(person_id))
            return
        old.shut_down()
        self.let_go()
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


class QuitOnTerminate(QObject):
    """SIGTERM (a logout, ``kill``, a service manager) ends NeuroGuide as Quit does, so its socket and
    locks are let go of. Python runs a signal handler only between its own bytecodes, and the Qt event
    loop runs none while it waits: the signal also writes a byte to a pipe the event loop watches."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        import signal

        from PySide6.QtCore import QSocketNotifier

        self._on_signal = on_signal
        self._read, write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(write, False)
        self._write = write
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        signal.set_wakeup_fd(write, warn_on_full_buffer=False)
        signal.signal(signal.SIGTERM, self._on_terminate)

    def _on_terminate(self, _signum: int, _frame: object) -> None:
        QTimer.singleShot(0, self._end)  # not here: the handler may have interrupted the log itself

    def _end(self) -> None:
        logging.getLogger("neuroguide").info("%s was asked to end (SIGTERM)", APP_NAME)
        self._on_signal()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._read, 512)  # the handler itself has run by now: this is Python code


def forget_module_sources() -> None:
    """Let go of the source text of the modules imported so far: PySide6 reads the whole source of
    every module imported after it (looking for ``from __feature__ import``) and Python's linecache
    keeps it, over a megabyte of text that NeuroGuide never shows. A traceback reads it again."""
    import linecache

    linecache.clearcache()


class AfterFirstPaint(QObject):
    """Runs a callback once: on the next turn of the event loop after the widget's first paint."""

    def __init__(self, widget: QObject, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


class PaintTimes(QObject):
    """For bench/: prints the monotonic time of the window's first paint, then of its first page's
    first paint (the library, or the welcome on a first run; started in the background for reminders,
    of the moment all is ready), and quits. With NEUROGUIDE_SETTLE_MS it waits that long first, then
    prints its resident memory."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:  # counted once painted: on the next turn of the event loop
            watched.removeEventFilter(self)
            if watched is self._window:
                QTimer.singleShot(0, lambda: self.stamp("first-paint"))
            else:
                QTimer.singleShot(0, lambda: self.ready("ready-paint"))
        return False

    def stamp(self, label: str) -> None:
        print(f"{label} {time.monotonic():.6f}", flush=True)

    def ready(self, label: str) -> None:
        self.stamp(label)
        QTimer.singleShot(int(os.environ.get("NEUROGUIDE_SETTLE_MS") or 0), self._done)

    def ready_with(self, reminders: ReminderController | None) -> None:
        """Ready once the reminders know from the history what today holds: their first answer."""
        if reminders is None or reminders.state is not None:
            QTimer.singleShot(0, lambda: self.ready("tray-ready"))
            return

        def answered() -> None:
            if reminders.state is not None:
                reminders.changed.disconnect(answered)
                QTimer.singleShot(0, lambda: self.ready("tray-ready"))

        reminders.changed.connect(answered)

    def _done(self) -> None:
        if os.environ.get("NEUROGUIDE_SETTLE_MS"):
            print(f"settled-rss-kib {resident_kib()}", flush=True)
        QApplication.quit()


def resident_kib() -> int:
    """This process's resident memory now (Linux), in KiB; 0 where /proc is not there."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
