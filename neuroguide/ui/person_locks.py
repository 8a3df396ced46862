"""The lock of the person whose window is shown: taken before their window opens, the one of the
person shown before let go of once that window has closed its history, and what to say when another
process has it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from neuroguide import APP_NAME
from neuroguide.app.single_instance import SingleInstance

if TYPE_CHECKING:
    from neuroguide.core.people import People
    from neuroguide.system.folder_lock import FolderLock


class PersonLocks(QObject):
    _history_closed = Signal(object)  # the FolderLock to let go of, from the history thread

    def __init__(
        self, instance: SingleInstance | None, people: Callable[[], People], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.instance = instance
        self._people = people  # read when first needed, after the first paint
        self._letting_go: FolderLock | None = None  # the lock of the person shown before a switch
        self._closing: list[FolderLock] = []  # let go of once their history has closed
        self._history_closed.connect(self._release)

    def hold(self, person_id: str) -> bool:
        """Take the lock of this person's folder for the window (``let_go`` then releases the one held
        before); False when another process writes their history now. Without a lock
        of this folder's own (in tests, or when none could be made) there is nothing to take."""
        from neuroguide.system.folder_lock import FolderLock

        instance = self.instance
        if instance is None or instance.person is None:
            return True
        lock = FolderLock(self._people().folder(person_id))
        if lock.name == instance.person.name:
            return True
        try:
            if not lock.acquire("window", instance.answer_at):
                return False
        except OSError:
            return True  # the first lock was made in the same folder: not expected, and not a reason to stop
        self._letting_go, instance.person = instance.person, lock
        return True

    def let_go(self, once: Future[None] | None = None) -> None:
        """Release the lock of the person shown before, once their window has closed its history
        (``once``: done when it has; the window does not wait for it)."""
        previous, self._letting_go = self._letting_go, None
        if previous is None:
            return
        if once is None or once.done():
            previous.release()
            return
        self._closing.append(previous)
        once.add_done_callback(lambda _closed: self._history_closed.emit(previous))

    def _release(self, lock: FolderLock) -> None:
        if lock in self._closing:
            self._closing.remove(lock)
            lock.release()

    def release_closing(self) -> None:
        """As the app quits: the locks still waiting for their history to close are let go of."""
        for lock in list(self._closing):
            self._release(lock)

    def open_elsewhere(self, person_id: str) -> str:
        """Another process has this person's folder: bring its window forward; what to tell here."""
        from neuroguide.system.folder_lock import FolderLock
        from neuroguide.ui.dialogs.people import person_name

        person = self._people().get(person_id)
        name = person_name(person) if person is not None else person_id
        holder = FolderLock(self._people().folder(person_id)).holder()
        if holder.purpose == "import":
            return (
                f"{name}'s history is being imported into by another {APP_NAME} command "
                f"({holder.describe()}); choose {name} again when it is done."
            )
        if self.instance is not None and holder.socket:
            self.instance.ask_running_to_show(holder.socket)
        return f"{APP_NAME} is already open for {name} in another window; it was brought forward."
