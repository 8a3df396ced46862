"""Settings written a moment after the last change, off the GUI thread, and never lost at the end.

A change lands in memory at once (``Settings.set``); the file is written through the task manager
``SAVE_AFTER_SECONDS`` after the last of a run of changes (dragging a slider, ticking days), private
and whole (``system.private_files.write_private``). ``flush`` writes what is waiting there and then
and waits for a write under way: before the window switches to another person, and when the app quits.
A write that fails leaves the changes in use and waiting; the person is told plainly (``failed``).
"""

from __future__ import annotations

import logging
from concurrent.futures import CancelledError, Future
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from neuroguide.app.tasks import Done, Tasks
from neuroguide.app.timers import Timers
from neuroguide.core.settings import Settings, Snapshot
from neuroguide.core.translation import fill, tr
from neuroguide.system.private_files import write_private

SAVE_AFTER_SECONDS = 1.0  # long enough to gather a run of changes, short enough to be safe
LANE = "settings"
log = logging.getLogger("neuroguide.settings")


class SettingsSaver(QObject):
    """Drives ``settings``' saving: it takes over ``save_hook`` from the first moment."""

    failed = Signal(str)  # what to tell the person, in plain words

    def __init__(
        self, settings: Settings, timers: Timers, tasks: Tasks | None = None, parent: QObject | None = None
    ) -> None:
        """Without ``tasks`` it has a task manager of its own, shut down by ``close``."""
        super().__init__(parent)
        self.settings = settings
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else Tasks(self)
        self.writes = 0  # files written, for the benches and tests
        self._writing: Snapshot | None = None  # the write under way
        self._future: Future[None] | None = None
        self._timer = timers.timer("settings-save", self)
        self._timer.timeout.connect(self._on_timeout)
        settings.save_hook = self._soon
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    @property
    def waiting(self) -> bool:
        """A change is not yet in the file, or a write is under way."""
        return self.settings.dirty or self._writing is not None

    def _soon(self) -> None:
        self._timer.start_in(SAVE_AFTER_SECONDS)  # again from the latest change

    def _on_timeout(self) -> None:
        if self._writing is not None:
            self._soon()  # one write at a time: this one when the one under way is done
            return
        if not self.settings.dirty:
            return
        snapshot = self._writing = self.settings.snapshot()  # before the write can end
        write = partial(snapshot.write, write_private)
        self._future = self.tasks.run(write, partial(self._on_written, snapshot), lane=LANE)

    def _on_written(self, snapshot: Snapshot, done: Done[None]) -> None:
        if self._writing is not snapshot:
            return  # already taken care of by ``flush``
        self._writing = self._future = None
        self._settle(snapshot, done.error)
        if self.settings.dirty and not self._timer.is_active():
            self._soon()  # changed while it was being written

    def flush(self) -> None:
        """Write what is waiting now, and wait for a write under way: nothing may be lost."""
        self._timer.stop()
        if self._writing is not None and self._future is not None:
            snapshot, future = self._writing, self._future
            self._writing = self._future = None
            self._settle(snapshot, _error_of(future))
        if self.settings.dirty:
            snapshot = self.settings.snapshot()
            try:
                snapshot.write(write_private)  # on this thread: the app is about to go
            except OSError as error:
                self._settle(snapshot, error)
            else:
                self._settle(snapshot, None)

    def close(self) -> None:
        """Flush, and write no more from here: a change made after this is written at once."""
        self.flush()
        self.settings.save_hook = self.settings.save_now
        if self._own_tasks:
            self.tasks.shutdown()

    def _settle(self, snapshot: Snapshot, error: BaseException | None) -> None:
        if error is None:
            self.writes += 1
            self.settings.saved(snapshot)
            return
        if not isinstance(error, OSError):
            error = OSError(str(error))
        problem = self.settings.not_saved(snapshot, error)
        log.warning("%s", problem)
        self.failed.emit(
            fill(
                tr("Your settings could not be saved (%1). They apply until NeuroGuide closes."),
                error.strerror or str(error),
            )
        )


def _error_of(future: Future[None]) -> BaseException | None:
    try:
        return future.exception()  # waits for the write under way
    except CancelledError as cancelled:
        return cancelled
