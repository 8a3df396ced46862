"""One NeuroGuide per data folder: a second launch brings the first window forward and exits.

A lock file in the data folder says who runs; QLockFile clears a lock left by a crashed process
(its process id no longer runs). The first instance listens on a local socket named after the data
folder, so two people's folders on one machine never meet.

The lock alone refuses a second launch, so it is all that is taken before the window's first paint;
QtNetwork, for the socket, is loaded only when the first instance starts listening (after that paint)
or when a second launch asks it to come forward.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
LISTENING_WITHIN_MS = 2000  # a first instance that has just started opens its socket after its first paint


def server_name(data_dir: Path) -> str:
    digest = QCryptographicHash.hash(
        str(data_dir.resolve()).encode("utf-8"), QCryptographicHash.Algorithm.Sha256
    )
    return f"neuroguide-{bytes(digest.toHex().data()).decode('ascii')[:20]}"


class SingleInstance(QObject):
    activated = Signal()  # a second launch asked this one to show itself

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / "neuroguide.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Become the instance for this folder; False when another one holds it. Call ``listen`` next."""
        return self._lock.tryLock(100)

    def listen(self) -> None:
        """Answer second launches from now on (once the lock is held; again does nothing)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.name)

    def ask_running_to_show(self) -> bool:
        """From a second launch: ask the running instance to come forward."""
        from PySide6.QtNetwork import QLocalSocket

        not_listening_yet = (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        deadline = time.monotonic() + LISTENING_WITHIN_MS / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(WAIT_MS):
                break
            if socket.error() not in not_listening_yet or time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # it holds the lock but has not opened its socket yet: it has just started
        socket.write(b"show\n")
        written = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return written

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._on_message(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == b"show":
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
