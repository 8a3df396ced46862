"""What a test leaves behind it: top-level widgets still alive, Qt timers still running, threads (Python's
or Qt's) still going. Used by the guard in conftest.py, after pytest-qt has closed the test's widgets.

In the manner of napari's conftest (its dangling-widget, -QTimer and -QThread fixtures): ``QTimer.start``
and ``QThread.start`` are wrapped for the test's length to note where each was started from."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = str(Path(__file__).resolve().parent.parent)
PYTEST_QT = str(Path(sys.modules["pytestqt"].__file__ or "").parent)

# Windows Qt makes once and keeps for the whole run: they are not the test's to close.
QT_KEEPS = frozenset({"QTipLabel", "QWhatsThat", "QComboBoxPrivateContainer", "QCompleter"})


def calling_place() -> str:
    """The innermost line of this project's own code on the stack (the suite's or the app's)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(ROOT) and name != __file__:
            return f"{Path(name).relative_to(ROOT)}:{frame.f_lineno}"
        if name.startswith(PYTEST_QT):
            return "pytest-qt"
        frame = frame.f_back
    return "outside the project"


@dataclass
class Watch:
    """What was there before the test, and what the test started."""

    widgets: list[QWidget]  # held, so that their ids stay theirs
    threads: set[threading.Thread]
    timers: weakref.WeakKeyDictionary[QTimer, str] = field(default_factory=weakref.WeakKeyDictionary)
    qthreads: weakref.WeakKeyDictionary[QThread, str] = field(default_factory=weakref.WeakKeyDictionary)


@contextmanager
def watching(monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    app = QApplication.instance()
    watch = Watch(QApplication.topLevelWidgets() if app is not None else [], set(threading.enumerate()))
    start_timer, start_thread = QTimer.start, QThread.start

    def timer_start(timer: QTimer, *args: Any) -> None:
        place = calling_place()
        if place != "pytest-qt":  # its own waits stop their timers
            watch.timers[timer] = place
        start_timer(timer, *args)

    def thread_start(thread: QThread, *args: Any) -> None:
        watch.qthreads[thread] = calling_place()
        start_thread(thread, *args)

    monkeypatch.setattr(QTimer, "start", timer_start)
    monkeypatch.setattr(QThread, "start", thread_start)
    yield watch


def delete_what_was_closed() -> None:
    """Carry out the deleteLater() calls pytest-qt made when it closed the test's widgets."""
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def widgets_left(watch: Watch) -> list[str]:
    if QApplication.instance() is None:
        return []
    delete_what_was_closed()
    if not _new_widgets(watch):
        return []
    gc.collect()  # only when something seems left: a cycle may be all that holds it
    delete_what_was_closed()
    left = _new_widgets(watch)
    described = [_described(widget) for widget in left]
    for widget in left:  # so they cannot slow or upset the next test
        widget.close()
        widget.deleteLater()
    delete_what_was_closed()
    return described


def _described(widget: QWidget) -> str:
    name = widget.objectName()
    title = widget.windowTitle()
    return type(widget).__name__ + (f" {name!r}" if name else "") + (f" titled {title!r}" if title else "")


def _new_widgets(watch: Watch) -> list[QWidget]:
    before = {id(widget) for widget in watch.widgets}
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if id(widget) not in before and type(widget).__name__ not in QT_KEEPS
    ]


def timers_left(watch: Watch) -> list[str]:
    left = [
        place for timer, place in list(watch.timers.items()) if shiboken6.isValid(timer) and timer.isActive()
    ]
    for timer in list(watch.timers):
        if shiboken6.isValid(timer):
            timer.stop()  # so it cannot fire into the next test
    return left


def threads_left(watch: Watch, grace: float = 1.0) -> list[str]:
    left = [
        f"QThread started at {place}"
        for thread, place in list(watch.qthreads.items())
        if shiboken6.isValid(thread) and thread.isRunning()
    ]
    for thread in threading.enumerate():
        if thread in watch.threads or thread.daemon:
            continue
        thread.join(timeout=grace)  # one told to end may still be on its way out
        if thread.is_alive():
            left.append(f"thread {thread.name!r}")
    return left
