"""The guard that fails a test leaving windows, timers or threads behind finds each of them."""

from __future__ import annotations

import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests import leftovers


def next_line() -> str:
    """Where the caller's next line is, as the guard names it."""
    return f"tests/test_leftovers.py:{sys._getframe(1).f_lineno + 1}"


def test_a_window_left_open_is_found_and_one_closed_is_not(qapp: QApplication) -> None:
    with pytest.MonkeyPatch.context() as patch, leftovers.watching(patch) as watch:
        kept, closed = QWidget(), QWidget()
        kept.setObjectName("kept")
        closed.close()
        closed.deleteLater()
        del closed
        kept.setWindowTitle("Kept")
        assert leftovers.widgets_left(watch) == ["QWidget 'kept' titled 'Kept'"]
        assert not shiboken6.isValid(kept)  # deleted, so it cannot slow or upset the next test
        assert leftovers.widgets_left(watch) == []


def test_a_timer_still_running_is_found_and_stopped(qapp: QApplication) -> None:
    with pytest.MonkeyPatch.context() as patch, leftovers.watching(patch) as watch:
        running, done = QTimer(), QTimer()
        started_at = next_line()
        running.start(60_000)
        done.start(60_000)
        done.stop()
        assert leftovers.timers_left(watch) == [started_at]
        assert not running.isActive()  # so it cannot fire into the next test
        assert leftovers.timers_left(watch) == []


def test_threads_still_going_are_found(qapp: QApplication) -> None:
    release = threading.Event()
    with pytest.MonkeyPatch.context() as patch, leftovers.watching(patch) as watch:
        thread = threading.Thread(target=release.wait, name="waiting")
        thread.start()
        qthread = QThread()
        started_at = next_line()
        qthread.start()
        try:
            found = leftovers.threads_left(watch, grace=0)  # it waits on purpose: no time for it to end
        finally:
            release.set()
            qthread.quit()
            qthread.wait()
        thread.join()
        assert found == [f"QThread started at {started_at}", "thread 'waiting'"]
        assert leftovers.threads_left(watch) == []
