"""The system libraries Qt's X11 platform loads that a desktop may lack: without libxcb-cursor0 (Qt
6.5 and newer), for one, Qt gives up with words a person cannot act on. The bundle carries them; a
pip or pipx install takes them from the system."""

from __future__ import annotations

import ctypes

# Each library by its file name, and the Debian and Ubuntu package that has it.
NEEDED = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)  # Qt loads it next anyway: nothing is loaded that would not be
    except OSError:
        return False
    return True


def missing_packages() -> list[str]:
    """The packages to install for Qt's X11 platform, none when everything is there."""
    return [package for library, package in NEEDED.items() if not loads(library)]
