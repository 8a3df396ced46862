"""The system libraries Qt needs that a computer may lack, named with the package that has them: Qt's
X11 platform gives up without libxcb-cursor0 (Qt 6.5 and newer), for one, and Qt itself does not
load without glib, with words a person cannot act on. The bundle carries the X11 ones; a pip or
pipx install takes them all from the system."""

from __future__ import annotations

import ctypes
import os
import re

# Each library by its file name, and the Debian and Ubuntu package that has it.
NEEDED = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


# What Qt's own libraries link that a bare system may lack (Debian's and Ubuntu's names).
QT_NEEDS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libpulse.so.0": "libpulse0",
}


def qt_on_x11() -> bool:
    """Whether Qt draws on X11 here: a display, and neither another platform asked for nor a
    Wayland session (where Qt takes Wayland)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not os.environ.get("DISPLAY") or platform not in ("", "xcb"):
        return False
    return platform == "xcb" or not os.environ.get("WAYLAND_DISPLAY")


def apt_install(packages: list[str]) -> str:
    return f"sudo apt install {' '.join(packages)}"


def loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)  # Qt loads it next anyway: nothing is loaded that would not be
    except OSError:
        return False
    return True


def missing_packages() -> list[str]:
    """The packages to install for Qt's X11 platform, none when everything is there."""
    return [package for library, package in NEEDED.items() if not loads(library)]


def missing_library_words(error: ImportError) -> str | None:
    """A sentence for a person when ``error`` is a system library that could not be found (None when
    it is something else)."""
    found = re.search(r"(\S+\.so(?:\.\d+)*): cannot open shared object file", str(error))
    if found is None:
        return None
    library = found.group(1)
    package = QT_NEEDS.get(library) or NEEDED.get(library)
    install = apt_install([package]) if package else "the package that has it"
    return (
        f"NeuroGuide could not start: the system library {library} is not installed. Install it "
        f"(on Debian or Ubuntu: {install}), then start NeuroGuide again; 'neuroguide doctor' then "
        "checks the rest."
    )
