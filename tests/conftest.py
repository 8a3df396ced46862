"""Shared fixtures: every test gets its own data folder and a clock that only moves when told, and
fails if it leaves windows, timers or threads behind it."""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import threading
import warnings
import weakref
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

import pytest

from neuroguide.app.collector import collect_due
from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library, load_library
from neuroguide.core.resources import illustration_bases, routines_dir
from neuroguide.core.routine import Routine
from neuroguide.core.settings import Settings, Value
from tests import leftovers

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from neuroguide.app.reminders import ReminderController
    from neuroguide.app.single_instance import SingleInstance
    from neuroguide.app.timers import FakeTimers
    from neuroguide.ui.main_window import MainWindow
    from neuroguide.ui.shell import Shell

ALLOW_LEFTOVERS = "allow_leftovers"

# The suite reads the same words wherever it runs: the app follows the computer's language and
# locale, so they are fixed here, before anything asks; a test of another language sets its own.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LC_MEASUREMENT"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{ALLOW_LEFTOVERS}(*beginnings, reason): the test may leave behind what the guard describes "
        "with one of these beginnings (anything, with none); the reason says why",
    )
    # Windows are sized from the screen: the offscreen platform's own is 800 px square, so the
    # suite gets a desktop's (test_fits_the_screen.py tries laptops' screens in programs of their own).
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        screen = Path(__file__).with_name("offscreen_screen.json")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


@pytest.fixture(autouse=True)
def _nothing_left_behind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves behind it a top-level widget it made, a QTimer it started that is
    still running, or a Python thread (not a daemon) or QThread it started that is still going. Each
    slows every later test (a theme change restyles every live widget) and can fire into one.

    Runs after pytest-qt has closed the widgets given to ``qtbot.addWidget``, and after the test's
    other fixtures have ended. A test that cannot help leaving something (rare) is marked
    ``@pytest.mark.allow_leftovers("ReminderWindow", reason="why")``, naming the beginning of what
    the failure message would say; what it leaves is still closed and stopped."""
    marker = request.node.get_closest_marker(ALLOW_LEFTOVERS)
    if marker is not None and not marker.kwargs.get("reason"):
        pytest.fail(f"@pytest.mark.{ALLOW_LEFTOVERS} needs a reason", pytrace=False)
    allowed: tuple[str, ...] = marker.args if marker is not None else ()
    with leftovers.watching(monkeypatch) as watch:
        yield
        found = {
            "windows still alive": leftovers.widgets_left(watch),
            "timers still running (started at)": leftovers.timers_left(watch),
            "threads still running": leftovers.threads_left(watch),
        }
    if marker is not None and not allowed:
        return
    found = {what: [one for one in things if not one.startswith(allowed)] for what, things in found.items()}
    found = {what: things for what, things in found.items() if things}
    if found:
        pytest.fail(
            "left behind: " + "; ".join(f"{what}: {', '.join(things)}" for what, things in found.items()),
            pytrace=False,
        )


class _Watched(sqlite3.Connection):
    """Python 3.13 warns when a database connection is dropped without being closed, and the suite
    turns every warning into a failure; this makes Python 3.11 and 3.12 warn the same way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.closed = True  # until it opens
        super().__init__(*args, **kwargs)
        self.closed = False
        with _lock:
            _connections.add(self)

    def close(self) -> None:
        super().close()
        self.closed = True

    def __del__(self) -> None:
        if sys.version_info < (3, 13) and not self.closed:
            warnings.warn(f"unclosed database in {self!r}", ResourceWarning, stacklevel=1)


_lock = threading.Lock()  # history threads open connections too
_connections: weakref.WeakSet[_Watched] = weakref.WeakSet()
_connect = sqlite3.connect


def _watched_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
    kwargs.setdefault("factory", _Watched)
    connection: sqlite3.Connection = _connect(*args, **kwargs)
    return connection


sqlite3.connect = _watched_connect  # type: ignore[assignment]  # one signature for its overloads


@pytest.fixture(autouse=True)
def _no_database_left_open() -> Iterator[None]:
    """A connection still open after a test may only be waiting for the garbage collector (SQLite's
    statement cache refers back to it): collect now, so its warning fails this test, not a later one."""
    yield
    with _lock:
        left_open = any(not connection.closed for connection in _connections)
    if left_open:
        gc.collect()


@pytest.fixture(scope="session", autouse=True)
def _collected_on_the_main_thread() -> Iterator[tuple[int, ...]]:
    """As in the app (neuroguide/app/collector.py): Python's cycles are collected on the main thread
    only, never by a worker thread that happens to allocate, which would delete Qt objects there."""
    thresholds = gc.get_threshold()
    gc.disable()
    yield thresholds
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collected_on_the_main_thread: tuple[int, ...]) -> Iterator[None]:
    yield
    collect_due(_collected_on_the_main_thread)


@pytest.fixture(scope="session", autouse=True)
def _words_through_qt(qapp: QApplication) -> Iterator[None]:
    """Words go through Qt's translators, as in the app (ui.shell.run installs the same)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from neuroguide.core import translation
    from neuroguide.core.resources import translations_dir

    translation.use(QCoreApplication.translate)
    english = QTranslator()  # English's own plural forms, as the app loads them (ui/kit/language.py)
    assert english.load(str(translations_dir() / "neuroguide_en.qm")), "scripts/translations build first"
    QCoreApplication.installTranslator(english)
    yield
    QCoreApplication.removeTranslator(english)
    translation.use(None)


@pytest.fixture(scope="session", autouse=True)
def _own_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Config, data, cache and runtime folders of the suite's own, so that nothing a test starts (Qt,
    the sound library, the app itself) writes into the person's home or leaves a folder in /tmp."""
    base = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            folder = base / name.lower()
            folder.mkdir(mode=0o700)
            patch.setenv(name, str(folder))
        yield


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def shipped() -> Library:
    library = load_library([routines_dir()], illustration_bases())
    assert not library.problems, library.problems
    return library


@pytest.fixture
def foot_care(shipped: Library) -> Routine:
    routine = shipped.get("foot-care")
    assert routine is not None
    return routine


@pytest.fixture(scope="session")
def screens(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where tests put pictures of the app for a person to look at: in pytest's own temporary folder
    (pytest-current/screens under /tmp/pytest-of-<user>/), never in the source tree."""
    folder = tmp_path_factory.getbasetemp() / "screens"
    folder.mkdir(exist_ok=True)
    return folder


class WindowOpener(Protocol):
    def __call__(
        self,
        *,
        settings: Mapping[str, Value] = ...,
        history: bool = False,
        active: bool = False,
        **populate: Any,
    ) -> MainWindow: ...


@pytest.fixture
def open_window(qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock) -> WindowOpener:
    """Opens the main window on ``data_dir`` and ``clock``, in the light theme, shown; pytest-qt closes
    it after the test. ``settings`` are stored first; ``history`` gives it its history thread;
    ``active`` waits until it has the keyboard; the rest goes to ``MainWindow.populate``."""
    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.kit import style
    from neuroguide.ui.main_window import MainWindow

    def open_(
        *, settings: Mapping[str, Value] = {}, history: bool = False, active: bool = False, **populate: Any
    ) -> MainWindow:
        style.apply(qapp)
        stored = Settings.load(settings_path(data_dir))
        for key, value in settings.items():
            stored.set(key, value)
        window = MainWindow()
        qtbot.addWidget(window)
        if history:
            populate["history"] = lambda: HistoryBridge(data_dir)
        window.populate(load_routine_library(data_dir), stored, clock, **populate)
        window.show()
        qtbot.waitExposed(window)
        if active:
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    return open_


class ShellMaker(Protocol):
    def __call__(self, folder: Path, instance: SingleInstance | None = None) -> Shell: ...


@pytest.fixture
def make_shell() -> Iterator[ShellMaker]:
    """Makes the app's composition root on a folder, as ``neuroguide`` does; after the test each is
    ended as Quit ends it (the session, voice, history and reminders closed) and its window deleted."""
    import shiboken6

    from neuroguide.ui.shell import Shell

    made: list[Shell] = []

    def make(folder: Path, instance: SingleInstance | None = None) -> Shell:
        shell = Shell(folder, instance)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        window = shell.window
        shell.quit()
        if window is not None and shiboken6.isValid(window):
            window.deleteLater()


@pytest.fixture
def window(open_window: WindowOpener) -> MainWindow:
    """The main window with the keyboard, the safety questions off (they have tests of their own)."""
    return open_window(settings={"safety_check": False}, active=True)


ReminderOpener = Callable[..., "ReminderController"]


@pytest.fixture
def reminder_settings(data_dir: Path) -> Settings:
    """Settings with the morning reminder on (at 08:00, every day), not starting with the desktop."""
    from neuroguide.system.datadir import settings_path

    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_on", True)
    settings.set("start_with_desktop", False)
    return settings


@pytest.fixture
def open_reminders(qtbot: QtBot, data_dir: Path, shipped: Library) -> Iterator[ReminderOpener]:
    """``open_reminders(settings, clock, timers=None, **more)``: a reminder controller on ``data_dir``'s
    history, in London's time zone, with no tray, once it has read the history (``more``: the
    controller's other arguments); each is shut down after the test."""
    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.app.reminders import ReminderController
    from neuroguide.ui.dialogs.reminder import ReminderWindow

    made: list[tuple[ReminderController, HistoryBridge]] = []

    def open_at(
        settings: Settings, clock: FakeClock, timers: FakeTimers | None = None, **more: Any
    ) -> ReminderController:
        bridge = HistoryBridge(data_dir)
        controller = ReminderController(
            settings,
            clock,
            bridge,
            shipped,
            zone=ZoneInfo("Europe/London"),
            tray_available=lambda: False,
            timers=timers,
            window=ReminderWindow(),
            **more,
        )
        made.append((controller, bridge))
        qtbot.waitUntil(lambda: controller.state is not None, timeout=5000)
        return controller

    yield open_at
    for controller, bridge in made:
        controller.shutdown()
        bridge.close()
