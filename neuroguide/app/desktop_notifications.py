"""The morning reminder as the desktop's own notification, with its buttons (freedesktop
Notifications over D-Bus: GNOME, KDE, Xfce, dunst and the rest).

QtDBus, not a library such as desktop-notifier: it comes with Qt, already in the app and the bundle,
and its calls and signals run in Qt's own event loop (desktop-notifier needs asyncio beside it). The
server is never waited for: Notify is asynchronous, and a server that does not answer within
``CALL_TIMEOUT_MS`` counts as none, so the small window comes instead. Only the bus daemon itself is
asked, blocking, whether a server runs: it answers at once, and within ``CALL_TIMEOUT_MS`` at most.

One gap is filled by hand: PySide6 has no way to send a D-Bus unsigned integer, which Notify's
``replaces_id`` and CloseNotification's id must be (a Python int goes out as a signed one, and the
server refuses the call). ``_unsigned`` writes it with Qt's own ``QDBusArgument::operator<<(uint)``,
exported by libQt6DBus; where that cannot be found, the desktop counts as having no notifications.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from neuroguide import APP_ID, APP_NAME

SERVICE = PATH_INTERFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_MS = 3_000
NEVER_EXPIRE = 0  # a reminder stays until it is answered, as the small window does

log = logging.getLogger("neuroguide.app.notifications")


def supported_here() -> bool:
    """Freedesktop notifications exist on Linux and the BSDs; Windows and macOS get the window."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def session_has_a_bus() -> bool:
    """The desktop session's bus is named in the environment, or is at its usual place. Without one,
    none is asked for: libdbus would start a stray daemon of its own on the X display."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or bool(runtime and Path(runtime, "bus").exists())


@cache
def _unsigned_writer() -> Callable[[int, int], object] | None:
    try:
        library = ctypes.CDLL("libQt6DBus.so.6", mode=os.RTLD_NOLOAD | os.RTLD_LAZY)  # Qt's own copy
        write = library["_ZN13QDBusArgumentlsEj"]  # QDBusArgument::operator<<(uint)
    except (OSError, AttributeError):
        return None
    write.restype = ctypes.c_void_p
    write.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    return write


def _unsigned(value: int) -> QDBusArgument | None:
    """``value`` as a D-Bus ``u``, or None where Qt's writer is not found."""
    import shiboken6

    write = _unsigned_writer()
    if write is None:
        return None
    argument = QDBusArgument()
    write(shiboken6.getCppPointer(argument)[0], value)
    return argument if argument.currentSignature() == "u" else None


class DesktopNotifications(QObject):
    """One notification at a time: ``show`` it, hear which action was chosen (``answered``), or that
    it could not be shown (``failed``: show the window instead); ``withdraw`` takes it away."""

    answered = Signal(str)  # the action's key
    failed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.shown_id = 0  # the server's id of the notification on screen; 0 when none
        self._pending: QDBusPendingCallWatcher | None = None
        if self.bus.isConnected():
            # The slots' types are D-Bus's (uint): with int the match is never made, and nothing comes.
            for signal, slot in (
                ("ActionInvoked", "_on_action(uint,QString)"),
                ("NotificationClosed", "_on_closed(uint,uint)"),
            ):
                self.bus.connect(SERVICE, PATH, PATH_INTERFACE, signal, self, SLOT(slot))  # type: ignore[call-overload]

    def available(self) -> bool:
        """A notification server runs on this desktop's session bus (asked in bounded time)."""
        if not supported_here() or not self.bus.isConnected() or _unsigned_writer() is None:
            return False
        names = self.bus.interface()
        names.setTimeout(CALL_TIMEOUT_MS)
        reply = names.isServiceRegistered(SERVICE)
        return bool(reply.isValid() and reply.value())

    def show(self, summary: str, body: str, actions: Sequence[tuple[str, str]], icon: str) -> None:
        """Put the notification up (replacing the one shown): ``actions`` are (key, words), "default"
        being a click on the notification itself."""
        replaces = _unsigned(self.shown_id)
        if replaces is None:
            self.failed.emit()
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, PATH_INTERFACE, "Notify")
        hints = {"desktop-entry": APP_ID}  # the desktop finds the app's name and icon by it
        flat = [part for action in actions for part in action]
        message.setArguments([APP_NAME, replaces, icon, summary, body, flat, hints, NEVER_EXPIRE])
        self._pending = QDBusPendingCallWatcher(self.bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._pending.finished.connect(self._on_shown)

    def withdraw(self) -> None:
        """Take the notification away (answered elsewhere: in the window, the tray, or done)."""
        shown, self.shown_id = self.shown_id, 0
        argument = _unsigned(shown) if shown else None
        if argument is not None:
            message = QDBusMessage.createMethodCall(SERVICE, PATH, PATH_INTERFACE, "CloseNotification")
            message.setArguments([argument])
            self.bus.asyncCall(message, CALL_TIMEOUT_MS)  # its answer changes nothing here

    def _on_shown(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        self._pending = None
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.warning("the notification was not shown (%s): the window shows instead", reply.errorMessage())
            self.failed.emit()
            return
        self.shown_id = int(reply.arguments()[0])

    @Slot("uint", str)
    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id == self.shown_id and notification_id:
            self.withdraw()  # some servers (dunst) leave it on screen after an action
            self.answered.emit(key)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self.shown_id:
            self.shown_id = 0  # dismissed: the reminder waits in the tray, and is not answered
