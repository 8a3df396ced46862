"""Python's cycles are collected on the GUI thread only: a Qt object caught in a cycle is never deleted
by a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.collector import CHECK_EVERY_MS, GuiThreadCollector


class Holder:
    """A cycle with a Qt object in it, as a page and the lambda it connected can make."""

    def __init__(self, deleted_on: list[str]) -> None:
        self.timer = QTimer()  # parentless: deleted with the last Python reference to it
        self.timer.setInterval(10_000)
        self.timer.start()  # a timer the GUI thread knows of
        self.timer.destroyed.connect(
            lambda: deleted_on.append(threading.current_thread().name), Qt.ConnectionType.DirectConnection
        )
        self.me = self  # the cycle


def allocate_a_lot() -> None:
    for _ in range(50):
        _ = [[] for _ in range(2000)]  # far past the youngest generation's threshold


def test_a_cycle_left_by_the_gui_thread_is_deleted_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    gc.enable()  # as Python starts: the suite itself collects as the app does
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        deleted_on: list[str] = []
        Holder(deleted_on)
        with ThreadPoolExecutor(1, thread_name_prefix="worker") as worker:
            worker.submit(allocate_a_lot).result()
        assert deleted_on == []  # the worker collected nothing
        # the GUI thread's own work, counted toward its collection
        kept: list[list[object]] = [[] for _ in range(gc.get_threshold()[0] + 1)]
        qtbot.waitUntil(lambda: bool(deleted_on), timeout=10 * CHECK_EVERY_MS)
        assert deleted_on == [threading.main_thread().name]
        del kept
    finally:
        collector.stop()
        assert gc.isenabled()  # handed back as it was found
        gc.disable()
        collector.deleteLater()


def test_collection_is_due_at_pythons_own_thresholds(qapp: QApplication) -> None:
    collector = GuiThreadCollector()
    try:
        gc.collect()
        assert collector.collect_if_due() == 0  # nothing counted since: nothing collected
        for _ in range(gc.get_threshold()[0] + 1):
            box: list[object] = []
            box.append(box)  # a cycle, garbage once the next one is made
        assert collector.collect_if_due() > 0
    finally:
        collector.stop()
        collector.deleteLater()
