"""Python's garbage collection, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate past its threshold: the
history's worker, the speech worker, the printing lane. A cycle that holds a Qt object made on the
GUI thread (a page, a dialog, a timer) would then be deleted from that other thread, which Qt does not
allow: its timers stay registered on the GUI thread and fire into freed memory, and the app crashes
later, somewhere unrelated. So automatic collection is turned off and the same three generations are
collected from a timer on the GUI thread, at the thresholds Python itself uses (as calibre and
novelWriter do).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500  # often enough that garbage never piles up, cheap when there is none


class GuiThreadCollector(QObject):
    """While it lives, only it collects: from the GUI thread, when Python's own counts say to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        return collect_due(self._thresholds)

    def stop(self) -> None:
        """Hand collection back to Python (at quit, once the worker threads are done)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_due(thresholds: tuple[int, ...]) -> int:
    """Collect the generations whose counts passed their ``thresholds``, youngest first, as Python
    itself would; returns how many objects were found unreachable."""
    counts, found = gc.get_count(), 0
    for generation in range(3):
        if thresholds[generation] <= 0 or counts[generation] < thresholds[generation]:
            break
        found += gc.collect(generation)
    return found
