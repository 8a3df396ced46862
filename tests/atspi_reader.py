"""A screen reader's view of an application: its accessibility tree read over AT-SPI, the D-Bus protocol
that Orca uses on Linux, with jeepney (pure Python, so no compiler or GObject libraries are needed), and
what it announces, heard as Orca hears it.

Also starts what a Linux desktop provides for that, each part private to the caller: a virtual X display
(Xvfb), a session bus (dbus-daemon) and the accessibility bus with its registry (at-spi-bus-launcher,
which starts at-spi2-registryd)."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import subprocess
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

from tests.virtual_display import LineReader, checkout_first, start_xvfb

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")  # the desktop, all apps below
LISTENERS = DBusAddress("/org/a11y/atspi/registry", "org.a11y.atspi.Registry", "org.a11y.atspi.Registry")
OBJECT_EVENTS = "org.a11y.atspi.Event.Object"  # the interface of the signals for "object:..." events
CALL_TIMEOUT = 5.0

# AtspiRole numbers (atspi-constants.h) and the names libatspi gives them, which screen readers act on.
# Qt's own GetRoleName words differ for some ("spin box" for a spin button), so the number is what counts.
ROLE_NAMES = {
    2: "alert",
    5: "calendar",
    7: "check box",
    8: "check menu item",
    10: "column header",
    11: "combo box",
    16: "dialog",
    20: "filler",
    23: "frame",
    26: "icon",
    27: "image",
    29: "label",
    30: "layered pane",
    31: "list",
    32: "list item",
    33: "menu",
    34: "menu bar",
    35: "menu item",
    37: "page tab",
    38: "page tab list",
    39: "panel",
    40: "password text",
    41: "popup menu",
    42: "progress bar",
    43: "push button",
    44: "radio button",
    45: "radio menu item",
    47: "row header",
    48: "scroll bar",
    49: "scroll pane",
    50: "separator",
    51: "slider",
    52: "spin button",
    54: "status bar",
    55: "table",
    56: "table cell",
    57: "table column header",
    58: "table row header",
    61: "text",
    62: "toggle button",
    63: "tool bar",
    64: "tool tip",
    65: "tree",
    66: "tree table",
    67: "unknown",
    69: "window",
    75: "application",
    79: "entry",
    80: "chart",
    83: "heading",
    88: "link",
    91: "tree item",
    98: "list box",
    99: "grouping",
    101: "notification",
}
# Controls a person acts on: a screen reader says only the role of one without a name.
INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "check box",
        "radio button",
        "toggle button",
        "spin button",
        "combo box",
        "slider",
        "text",
        "entry",
        "password text",
        "table",
        "tree",
        "tree table",
        "list box",
        "link",
        "page tab",
        "menu item",
    }
)
# AtspiLive, the politeness an announcement carries as its first number (detail1).
POLITENESS = {0: "none", 1: "polite", 2: "assertive"}
# AtspiStateType bit numbers: GetState answers with two 32-bit words.
STATE_BITS = {
    "checked": 4,
    "editable": 7,
    "enabled": 8,
    "focusable": 11,
    "focused": 12,
    "selected": 23,
    "sensitive": 24,
    "showing": 25,
    "visible": 30,
}


@dataclass
class Node:
    """One object of the tree, as a screen reader gets it."""

    role: str
    name: str
    description: str
    states: frozenset[str]
    address: tuple[str, str]  # bus name and object path
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        """This node and everything below it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def shown(self) -> Iterator[Node]:
        """What a screen reader presents: the nodes on screen, skipping hidden pages and their contents."""
        if "showing" not in self.states:
            return
        yield self
        for child in self.children:
            yield from child.shown()

    def find(self, role: str, name: str) -> Node | None:
        return next((node for node in self.shown() if node.role == role and node.name == name), None)

    def __str__(self) -> str:
        return f"{self.role} {self.name!r}"


class AtspiReader:
    """A connection to the accessibility bus that reads trees as Orca does: the registry lists the
    applications, and each object gives its name, role, states and children on request."""

    def __init__(self, bus_address: str) -> None:
        self.connection: DBusConnection = open_dbus_connection(bus=bus_address)
        self.calls = 0  # D-Bus round trips, for the figures

    def close(self) -> None:
        self.connection.close()

    def call(self, address: tuple[str, str], method: str, signature: str | None = None, *args: Any) -> Any:
        bus_name, path = address
        message = new_method_call(DBusAddress(path, bus_name, ACCESSIBLE), method, signature, args)
        self.calls += 1
        return unwrap_msg(self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    def property(self, address: tuple[str, str], name: str) -> Any:
        """One property of org.a11y.atspi.Accessible (Qt's bridge answers Get, not GetAll)."""
        bus_name, path = address
        message = Properties(DBusAddress(path, bus_name, ACCESSIBLE)).get(name)
        self.calls += 1
        ((_signature, value),) = unwrap_msg(self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))
        return value

    def applications(self) -> dict[str, tuple[str, str]]:
        """The applications the registry knows of, by name: what Orca lists as the desktop's children."""
        (children,) = self.call(REGISTRY, "GetChildren")
        return {self.property(tuple(child), "Name"): tuple(child) for child in children}

    def wait_for_application(self, name: str, deadline: float) -> tuple[str, str]:
        """An application registers with the registry a moment after its window shows: polled until then."""
        while True:
            found = self.applications().get(name)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                seen = list(self.applications())
                raise TimeoutError(f"{name!r} never appeared on the accessibility bus, only {seen}")
            time.sleep(0.05)

    def announcements(self, application: tuple[str, str]) -> Announcements:
        """What ``application`` announces from now on, heard until the ``with`` block ends."""
        return Announcements(self, application)

    def children(self, address: tuple[str, str]) -> list[tuple[str, str]]:
        """The children in one call (GetChildren), as a cache-filling screen reader asks for them."""
        (children,) = self.call(address, "GetChildren")
        return [tuple(child) for child in children]

    def read(self, address: tuple[str, str], depth: int = 0) -> Node:
        """The whole tree from ``address`` down, one object at a time (ChildCount, then GetChildAtIndex
        for each child), the way libatspi walks it for Orca without a cache."""
        (role,) = self.call(address, "GetRole")
        (words,) = self.call(address, "GetState")
        bits = words[0] | words[1] << 32
        node = Node(
            role=ROLE_NAMES.get(role, f"role {role}"),
            name=self.property(address, "Name"),
            description=self.property(address, "Description"),
            states=frozenset(state for state, bit in STATE_BITS.items() if bits >> bit & 1),
            address=address,
        )
        if depth < 60:  # a cycle in a broken tree must not hang the walk
            for index in range(self.property(address, "ChildCount")):
                (child,) = self.call(address, "GetChildAtIndex", "i", index)
                node.children.append(self.read(tuple(child), depth + 1))
        return node


@dataclass(frozen=True)
class Announcement:
    """Words an application asked the screen reader to say, not tied to anything on screen."""

    text: str
    politeness: str  # "polite" waits for what is being read; "assertive" interrupts it
    path: str  # the object that made it

    @classmethod
    def from_signal(cls, message: Message) -> Announcement:
        """An ``object:announcement`` event: Object.Announcement(kind, politeness, 0, <text>, ...)."""
        _kind, politeness, _detail2, (_signature, text), *_rest = message.body
        path = message.header.fields[HeaderFields.path]
        return cls(text=text, politeness=POLITENESS.get(politeness, str(politeness)), path=path)


class Announcements:
    """An application's announcements, as a screen reader hears them.

    Like Orca, it tells the registry which events it listens for: a toolkit bridge sends only the events
    someone has asked for, and Qt's sends no announcement otherwise. Then it asks the bus for the
    signals themselves, from that application only."""

    EVENT = "object:announcement"

    def __init__(self, reader: AtspiReader, application: tuple[str, str]) -> None:
        self.reader = reader
        self.application = application
        self.rule = MatchRule(
            type="signal", sender=application[0], interface=OBJECT_EVENTS, member="Announcement"
        )
        self.queue: deque[Message] = deque()
        self.heard: list[Announcement] = []  # everything so far, in order

    def __enter__(self) -> Announcements:
        connection = self.reader.connection
        self.filter = connection.filter(self.rule, queue=self.queue)
        try:
            unwrap_msg(connection.send_and_get_reply(message_bus.AddMatch(self.rule), timeout=CALL_TIMEOUT))
            # "sas" (with no properties) is what libatspi sends; every registry version takes it.
            register = new_method_call(LISTENERS, "RegisterEvent", "sas", (self.EVENT, []))
            unwrap_msg(connection.send_and_get_reply(register, timeout=CALL_TIMEOUT))
            # The registry tells the applications (EventListenerRegistered) before it answers, and each
            # then asks it again which events to send: one call to the application, answered, comes
            # after that news, so from now on it announces.
            self.reader.call(self.application, "GetRole")
        except BaseException:
            self.filter.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        connection = self.reader.connection
        try:
            deregister = new_method_call(LISTENERS, "DeregisterEvent", "s", (self.EVENT,))
            unwrap_msg(connection.send_and_get_reply(deregister, timeout=CALL_TIMEOUT))
            unmatch = message_bus.RemoveMatch(self.rule)
            unwrap_msg(connection.send_and_get_reply(unmatch, timeout=CALL_TIMEOUT))
        finally:
            self.filter.close()

    def wait_for(self, wanted: Callable[[Announcement], bool], deadline: float) -> Announcement:
        """The first announcement from here on that is ``wanted``; the others are kept in ``heard``."""
        while True:
            while self.queue:
                announcement = Announcement.from_signal(self.queue.popleft())
                self.heard.append(announcement)
                if wanted(announcement):
                    return announcement
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"not announced in time; heard only {[a.text for a in self.heard]}")
            with contextlib.suppress(TimeoutError):  # nothing arrived: the deadline is checked again
                self.reader.connection.recv_messages(timeout=left)


def problems(tree: Node) -> list[str]:
    """What a screen reader user would trip over on screen: controls read out as a bare role. Each is
    told with the nearest named object around it, to find it by."""
    found: list[str] = []

    def visit(node: Node, around: Node) -> None:
        if "showing" not in node.states:
            return
        if node.role in INTERACTIVE_ROLES and not node.name.strip():
            found.append(f"{node} in {around}")
        for child in node.children:
            visit(child, node if node.name.strip() else around)

    visit(tree, tree)
    return found


class Desktop:
    """Xvfb, a session bus and the accessibility bus, started in ``folder`` and stopped together.

    Each process leads its own session, so stopping ends whatever it started too (the accessibility
    bus's dbus-daemon and the registry) and ``leftovers`` can tell whether anything survived."""

    def __init__(self, folder: Path, launcher: str, deadline: float, screen: str = "1280x1024x24") -> None:
        self.folder = folder
        self.launcher = launcher
        self.deadline = deadline
        self.screen = screen
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}
        self.a11y_address = ""

    def __enter__(self) -> Desktop:
        try:
            self._start()
        except (OSError, TimeoutError, EOFError) as error:
            self.stop()
            raise RuntimeError(f"the virtual desktop did not start: {error}\n{self.logs()}") from error
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def log(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def logs(self) -> str:
        """The helpers' own words, for a failure message."""
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-2000:]}"
            for path in sorted(self.folder.glob("*.log"))
        )

    def spawn(self, name: str, command: list[str], **options: Any) -> subprocess.Popen[bytes]:
        options.setdefault("stdin", subprocess.DEVNULL)
        with self.log(name).open("wb") as log:
            options.setdefault("stdout", log)
            process = subprocess.Popen(command, stderr=log, start_new_session=True, **options)
        self.processes.append(process)
        return process

    def _start(self) -> None:
        session_address = self.start_display_and_bus()
        self.spawn("at-spi-bus-launcher", [self.launcher, "--launch-immediately", "--a11y=1"], env=self.env)
        self.a11y_address = self._accessibility_bus_address(session_address)

    def start_display_and_bus(self) -> str:
        """Xvfb and a session bus of our own; returns the bus's address (``env`` has both)."""
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700)
        display = start_xvfb(functools.partial(self.spawn, "xvfb"), self.screen, self.deadline)
        # A session bus of our own, that starts nothing by itself: every service here is ours to stop.
        config = self.folder / "session.conf"
        config.write_text(
            '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"\n'
            ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
            f"<busconfig><type>session</type><listen>unix:dir={self.folder}</listen><auth>EXTERNAL</auth>"
            '<policy context="default"><allow send_destination="*" eavesdrop="true"/>'
            '<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>\n'
        )
        bus = self.spawn(
            "dbus-daemon",
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        assert bus.stdout is not None
        session_address = LineReader(bus.stdout.fileno()).readline(self.deadline).strip()
        self.env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DBUS_"))}
        self.env |= {
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": session_address,
            "XDG_RUNTIME_DIR": str(runtime),  # where the launcher puts the accessibility bus's socket
        } | checkout_first()
        return session_address

    def _accessibility_bus_address(self, session_address: str) -> str:
        """Asked of org.a11y.Bus on the session bus, as every toolkit and screen reader does."""
        with open_dbus_connection(bus=session_address) as session:
            while not unwrap_msg(session.send_and_get_reply(message_bus.NameHasOwner("org.a11y.Bus")))[0]:
                if time.monotonic() > self.deadline:
                    raise TimeoutError("at-spi-bus-launcher never took org.a11y.Bus\n" + self.logs())
                time.sleep(0.02)
            ask = new_method_call(DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress")
            (address,) = unwrap_msg(session.send_and_get_reply(ask, timeout=CALL_TIMEOUT))
        return str(address)

    def stop(self) -> None:
        """Ends each helper's session, the newest first, waiting for each to go."""
        for process in reversed(self.processes):
            end_session(process)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()

    def leftovers(self) -> list[str]:
        """Processes still alive in the helpers' sessions."""
        return [line for process in self.processes for line in session_members(process.pid)]


def end_session(process: subprocess.Popen[bytes], grace: float = 3.0) -> None:
    """SIGTERM to everything in the session ``process`` leads, SIGKILL to what is left after ``grace``."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in [process.pid, *session_pids(process.pid)]:
            with contextlib.suppress(ProcessLookupError):  # gone meanwhile
                os.kill(pid, sig)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
        deadline = time.monotonic() + grace
        while session_pids(process.pid) and time.monotonic() < deadline:
            time.sleep(0.02)  # its children are not ours to wait for: polled until they are gone
        if not session_pids(process.pid):
            return


def session_pids(session: int) -> list[int]:
    """Live processes (not zombies) whose session is ``session``, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # gone meanwhile
        fields = text.rsplit(")", 1)[1].split()
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def session_members(session: int) -> list[str]:
    names = []
    for pid in session_pids(session):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        names.append(f"{pid} {command}")
    return names
