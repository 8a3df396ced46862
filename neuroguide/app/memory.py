"""Giving memory back to the system when NeuroGuide goes to wait in the background."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys


def give_back_memory() -> None:
    """Collect what a session and its pages left, and hand the freed heap back to the system: glibc
    keeps freed memory for the process otherwise, and NeuroGuide may wait all day in the tray."""
    from PySide6.QtGui import QPixmapCache

    QPixmapCache.clear()  # the icons and pictures drawn for the pages, drawn again when shown
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    # The C library is already loaded: no need to look for it (find_library runs ldconfig).
    with contextlib.suppress(OSError, AttributeError):  # not glibc: musl has no malloc_trim
        ctypes.CDLL(None).malloc_trim(0)
