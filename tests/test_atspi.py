"""The app as a screen reader (Orca) reads it: the real window on a virtual display, its accessibility
tree read over AT-SPI from another process, as Orca does on a Linux desktop.

Needs Xvfb, dbus-daemon, at-spi2-core's bus launcher and jeepney (``scripts/setup --dev`` installs
them on Debian); skipped, saying which is missing, where they are not there."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from neuroguide import APP_NAME
from neuroguide.core.clock import FakeClock
from neuroguide.core.prompts import PromptBook
from neuroguide.core.routine import Routine
from neuroguide.core.session import Event, SessionEngine
from neuroguide.core.settings import Settings
from neuroguide.system.datadir import load_routine_library, settings_path
from tests import virtual_display
from tests.virtual_display import find_launcher

if TYPE_CHECKING:
    from tests.atspi_reader import AtspiReader, Desktop, LineReader, Node

START_S = 20  # the desktop and the app up, the app registered with the screen reader's registry
STEP_S = 10  # one view coming up, one answer from the app

FRAME_TITLES = {
    "library": APP_NAME,
    "learn": APP_NAME,
    "player": f"Morning foot care — {APP_NAME}",
    "history": f"History — {APP_NAME}",
}


def missing_parts() -> list[str]:
    """What this machine lacks to run the app under a screen reader's eyes, with what to install."""
    if not sys.platform.startswith("linux"):
        return ["Linux: AT-SPI is the Linux desktop's accessibility protocol"]
    missing = []
    if importlib.util.find_spec("jeepney") is None:
        missing.append("jeepney, to speak D-Bus (pip install -e '.[dev]')")
    for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus-daemon")):
        if shutil.which(tool) is None:
            missing.append(f"{tool} (Debian package {package})")
    if find_launcher() is None:
        missing.append("at-spi-bus-launcher (Debian package at-spi2-core)")
    return missing


def require_desktop_tools() -> str:
    """The launcher's path; skips the test, saying what to install, when a part is missing."""
    missing = missing_parts()
    if missing:
        pytest.skip(f"needs {'; '.join(missing)}: on Debian, scripts/setup --dev installs them")
    launcher = find_launcher()
    assert launcher is not None
    return launcher


class RunningApp:
    """The probe's window on the desktop, and a reader on the accessibility bus looking at it."""

    def __init__(self, desktop: Desktop, data_dir: Path) -> None:
        from tests.atspi_reader import AtspiReader, LineReader

        self.desktop = desktop
        env = desktop.env | {
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # no screen reader has asked: turn the bridge on anyway
        }
        probe = Path(__file__).with_name("atspi_probe.py")
        self.process = desktop.spawn(
            "app",
            [sys.executable, str(probe), str(data_dir)],
            env=env,
            cwd=Path(__file__).parent.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self.process.stdout is not None
        self.answers: LineReader = LineReader(self.process.stdout.fileno())
        self.expect("ready", desktop.deadline)
        self.reader: AtspiReader = AtspiReader(desktop.a11y_address)
        self.address = self.reader.wait_for_application(APP_NAME, desktop.deadline)

    def expect(self, answer: str, deadline: float | None = None) -> None:
        """Waits for the app's answer. Fails through pytest.fail, never an AssertionError, so that a test
        expected to fail on what it reads does not pass for a stuck app."""
        try:
            line = self.answers.readline(deadline or time.monotonic() + STEP_S)
        except (TimeoutError, EOFError) as error:
            pytest.fail(f"the app never said {answer!r}: {error}\n{self.desktop.logs()}")
        if line != answer:
            pytest.fail(f"the app said {line!r}, not {answer!r}\n{self.desktop.logs()}")

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{command}\n".encode())
        self.process.stdin.flush()

    def show(self, view: str) -> Node:
        """Switches the app to ``view`` and reads its tree once the screen reader would see it there."""
        self.tell(view)
        self.expect(f"shown {view}")
        return self.read_until(lambda tree: frame_or_dialog(tree, view) is not None)

    def do(self, action: str) -> None:
        """Has the app do ``action`` ("pause"), as a person would with a key or a click."""
        self.tell(action)
        self.expect(f"done {action}")

    def read(self) -> Node:
        """The whole tree; read again when the app changed it under the walk (an object gone midway)."""
        from jeepney.wrappers import DBusErrorResponse

        deadline = time.monotonic() + STEP_S
        while True:
            try:
                return self.reader.read(self.address)
            except DBusErrorResponse:
                if time.monotonic() > deadline:
                    raise

    def read_until(self, ready: Callable[[Node], bool], timeout: float = STEP_S) -> Node:
        deadline = time.monotonic() + timeout
        while True:
            tree = self.read()
            if ready(tree):
                return tree
            if time.monotonic() > deadline:
                pytest.fail(f"the view never showed; the tree:\n{outline(tree)}")
            time.sleep(0.05)

    def quit(self) -> None:
        self.reader.close()
        if self.process.poll() is None and self.process.stdin is not None:
            self.process.stdin.write(b"quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=STEP_S)


def first_words(routine: Routine, data_dir: Path) -> str:
    """What the voice says as ``routine`` starts in the app: "Get ready" and the first step when the app's
    settings give a lead-in, the first step itself when not."""
    settings = Settings.load(settings_path(data_dir))
    engine = SessionEngine(routine, FakeClock(), lead_in_seconds=settings.whole("lead_in_seconds"))
    events: list[Event] = []
    engine.subscribe(events.append)
    engine.start()
    prompt = PromptBook(routine, steps=engine.steps).for_event(events[0])
    assert prompt is not None, events[0]
    return prompt.text


def frame_or_dialog(tree: Node, view: str) -> Node | None:
    """The top-level window that ``view`` shows in, once on screen."""
    if view == "settings":
        return tree.find("dialog", f"Settings — {APP_NAME}")
    return tree.find("frame", FRAME_TITLES[view])


def outline(tree: Node) -> str:
    """What is on screen, one node a line, indented: for failure messages."""
    lines: list[str] = []

    def add(node: Node, depth: int) -> None:
        if "showing" in node.states:
            lines.append("  " * depth + str(node))
            for child in node.children:
                add(child, depth + 1)

    add(tree, 0)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    launcher = require_desktop_tools()
    from tests.atspi_reader import Desktop

    folder = tmp_path_factory.mktemp("atspi")
    data_dir = folder / "data"
    data_dir.mkdir()
    desktop = Desktop(folder, launcher, deadline=time.monotonic() + START_S)
    with desktop:
        running = RunningApp(desktop, data_dir)
        try:
            yield running
        finally:
            running.quit()
    assert desktop.leftovers() == [], "processes left running after the test"


def test_a_screen_reader_finds_the_app_and_reads_the_library(app: RunningApp) -> None:
    from tests.atspi_reader import problems

    app.show("library")
    started = time.monotonic()
    tree = app.read()
    walk_s = time.monotonic() - started
    on_screen = sum(1 for _ in tree.shown())
    print(f"library: {sum(1 for _ in tree.walk())} nodes, {on_screen} on screen, read in {walk_s:.3f} s")
    assert tree.role == "application" and tree.name == APP_NAME
    window = frame_or_dialog(tree, "library")
    assert window is not None, outline(tree)
    buttons = [node for node in window.shown() if node.role == "push button"]
    names = [button.name for button in buttons]
    assert all(name.strip() for name in names), names
    # The page's own buttons (History named for what it leads to), and one card for each routine.
    assert {"People: who the session is for", "History: your sessions and reports", "Settings"} <= set(names)
    settings = window.find("push button", "Settings")
    assert settings is not None and {"focusable", "enabled"} <= settings.states, settings
    routines = [
        routine
        for routine in load_routine_library(app.desktop.folder / "data").routines
        if not routine.add_on
    ]
    assert len(routines) >= 4
    for routine in routines:
        card = next((button for button in buttons if button.name.startswith(f"{routine.title}.")), None)
        assert card is not None, f"no card for {routine.title!r} in {names}"
        assert {"focusable", "enabled"} <= card.states, card  # reachable with Tab, and usable
        assert card.description == routine.summary
    assert problems(tree) == []
    # Listed in one call or one child at a time, the children agree: the walk sees what Orca sees.
    for node in window.shown():
        assert app.reader.children(node.address) == [child.address for child in node.children], node


@pytest.mark.parametrize(
    "view",
    [
        "library",
        "learn",
        "player",
        "history",  # the calendar's grid of days, too
        "settings",
    ],
)
def test_every_control_on_screen_has_a_name(app: RunningApp, view: str) -> None:
    from tests.atspi_reader import INTERACTIVE_ROLES, problems

    window = frame_or_dialog(app.show(view), view)  # show() waited for it
    assert window is not None
    controls = [node for node in window.shown() if node.role in INTERACTIVE_ROLES]
    if len(controls) < 3:
        pytest.fail(f"hardly any controls: is this the {view} view?\n{outline(window)}")
    assert problems(window) == []


def test_the_controls_say_what_they_are(app: RunningApp) -> None:
    """Orca acts on the role: a spin button is read with its value and can be stepped, a table by cells."""
    history = frame_or_dialog(app.show("history"), "history")
    assert history is not None
    assert history.find("push button", "Back to the routines") is not None, outline(history)
    assert history.find("spin button", "Your goal, sessions a week") is not None, outline(history)
    assert history.find("table", "Sessions") is not None, outline(history)
    tree = app.show("settings")
    dialog = frame_or_dialog(tree, "settings")
    assert dialog is not None
    assert dialog.find("push button", "Close") is not None, outline(dialog)
    assert dialog.find("spin button", "Speaking rate") is not None, outline(dialog)
    # Under the dialog is the library again: the history page's controls are gone from what is read.
    assert tree.find("push button", "Back to the routines") is None


def test_the_step_being_done_can_be_read(app: RunningApp) -> None:
    """Labels have no Text interface over AT-SPI: their words must be their name, so none is set."""
    tree = app.show("player")
    routines = load_routine_library(app.desktop.folder / "data").routines
    instruction = next(routine for routine in routines if routine.id == "foot-care").blocks[0].steps[0].text
    said = {words for node in tree.shown() for words in (node.name, node.description)}
    assert instruction in said, outline(tree)


def test_a_screen_reader_hears_the_session(app: RunningApp) -> None:
    """Qt's announcements reach the screen reader as AT-SPI object:announcement events: the first step's
    words as the session starts, said politely, and "Paused." at once, over whatever is being read."""
    data_dir = app.desktop.folder / "data"
    routine = load_routine_library(data_dir).get("foot-care")
    assert routine is not None
    expected = first_words(routine, data_dir)
    first_step = routine.plan()[0].title()
    assert first_step in expected  # the words name the step: what the test listens for
    started = time.monotonic()
    deadline = started + STEP_S
    with app.reader.announcements(app.address) as heard:
        app.show("player")
        try:
            said = heard.wait_for(lambda words: first_step in words.text, deadline)
            app.do("pause")
            paused = heard.wait_for(lambda words: "pause" in words.text.lower(), deadline)
        except TimeoutError as error:
            pytest.fail(f"{error}\n{app.desktop.logs()}")
    print(f"heard in {time.monotonic() - started:.3f} s: {[words.text for words in heard.heard]}")
    assert said.text == expected
    assert said.politeness == "polite"
    assert paused.text == "Paused."
    assert paused.politeness == "assertive"


def test_the_whole_tree_is_read_quickly(app: RunningApp) -> None:
    """Every object of the window, hidden pages too: what a screen reader's cache fills from."""
    app.show("history")
    calls_before = app.reader.calls
    started = time.monotonic()
    tree = app.read()
    walk_s = time.monotonic() - started
    count = sum(1 for _ in tree.walk())
    print(f"whole tree: {count} nodes, {app.reader.calls - calls_before} D-Bus calls, {walk_s:.3f} s")
    assert count > 150  # the calendar's days and the library's cards are in it, shown or not
    assert walk_s < 5


@pytest.mark.parametrize("missing", ["jeepney", "Xvfb", "dbus-daemon", "at-spi-bus-launcher"])
def test_skipped_saying_what_is_missing(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    if missing == "jeepney":
        monkeypatch.setitem(sys.modules, "jeepney", None)  # then find_spec finds nothing
    if missing == "at-spi-bus-launcher":
        monkeypatch.setattr(virtual_display, "LAUNCHER_PLACES", ("/nonexistent/at-spi-bus-launcher",))
    which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kw: None if name == missing else which(name))
    expected = missing if sys.platform.startswith("linux") else "Linux"
    with pytest.raises(pytest.skip.Exception, match=f"needs .*{re.escape(expected)}"):
        require_desktop_tools()
