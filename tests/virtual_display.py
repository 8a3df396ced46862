"""A virtual X display (Xvfb) on a number it picks itself, for the tests that need a real X server."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Spawn = Callable[..., "subprocess.Popen[bytes]"]

CHECKOUT = Path(__file__).resolve().parent.parent


def checkout_first() -> dict[str, str]:
    """The environment for a script in tests/ run as a program: Python puts tests/ first on its path,
    not the checkout, and would import neuroguide from wherever it is installed (such as another
    checkout's editable install) instead of the code under test."""
    return {"PYTHONPATH": os.pathsep.join(filter(None, (str(CHECKOUT), os.environ.get("PYTHONPATH"))))}


# Where distributions put the accessibility bus launcher (the desktop's session needs it): Debian and
# Fedora in libexec, older Debian and Ubuntu in lib.
LAUNCHER_PLACES = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def find_launcher() -> str | None:
    return next((place for place in LAUNCHER_PLACES if Path(place).is_file()), None) or shutil.which(
        "at-spi-bus-launcher"
    )


class LineReader:
    """Lines from a child process's output, waiting at most until a deadline for each."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""

    def readline(self, deadline: float) -> str:
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise TimeoutError(f"no line in time; had {self.buffer!r}")
            chunk = os.read(self.fd, 4096)
            if not chunk:
                raise EOFError(f"the process ended; it had written {self.buffer!r}")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


def start_xvfb(spawn: Spawn, screen: str, deadline: float) -> str:
    """Start Xvfb with ``spawn`` (given the command and Popen's options) and return its display, such
    as ":1". Xvfb picks a display that is free and writes its number once it accepts clients, so
    nothing is guessed and nothing is waited for longer than that."""
    read_end, write_end = os.pipe()
    try:
        command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"]
        spawn(command, pass_fds=[write_end])
        os.close(write_end)
        write_end = -1
        return ":" + LineReader(read_end).readline(deadline).strip()
    finally:
        for end in (read_end, write_end):
            if end >= 0:
                os.close(end)


def wait_for_window_manager(display: str, deadline: float) -> None:
    """Until a window manager says it runs (_NET_SUPPORTING_WM_CHECK on the root window), as on a
    desktop, where it is up before any program: a window mapped while it starts may never be framed.
    Without xprop (x11-utils) it is not waited for."""
    if shutil.which("xprop") is None:
        return
    while time.monotonic() < deadline:
        asked = ["xprop", "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK"]
        if "window id" in subprocess.run(asked, capture_output=True, text=True, timeout=10).stdout:
            return
        time.sleep(0.05)  # a process starting: nothing to fake, only its answer to wait for
    raise TimeoutError(f"no window manager came up on {display}")


def quiet(command: list[str], **options: Any) -> subprocess.Popen[bytes]:
    """A helper process whose output is not wanted."""
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **options)


def run_on_xvfb(
    probe: Path,
    args: list[str],
    screen: str = "1024x768x24",
    before: Callable[[Spawn, dict[str, str]], object] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the script ``probe`` with ``args`` on a virtual display of its own, with this checkout's
    code; ``before`` starts what it needs there first (a tray, say). Everything started is ended."""
    import sys

    helpers: list[subprocess.Popen[bytes]] = []

    def spawn(command: list[str], **options: Any) -> subprocess.Popen[bytes]:
        helpers.append(quiet(command, **options))
        return helpers[-1]

    try:
        display = start_xvfb(spawn, screen, time.monotonic() + 30)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": display}
        env |= checkout_first()
        if before is not None:
            before(spawn, env)
        return subprocess.run(
            [sys.executable, str(probe), *args], capture_output=True, text=True, env=env, timeout=60
        )
    finally:
        for helper in reversed(helpers):
            helper.terminate()
            helper.wait(timeout=10)
