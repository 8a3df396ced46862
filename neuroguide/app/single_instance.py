"""One NeuroGuide per data folder: a second launch brings the first window forward and exits.

A lock in the runtime folder says who runs (``neuroguide.system.folder_lock``): never one in the data folder,
so a read-only folder or a full disk still starts, and the kernel lets go of it when its process ends,
so a crash never leaves it held. The first instance listens on a local socket beside the lock, named
after the data folder, so two people's folders on one machine never meet.

The lock alone refuses a second launch, so it is all that is taken before the window's first paint;
the socket is opened after that paint. On Linux and other POSIX systems the first instance listens
with Python's own Unix socket where QLocalServer would (owner-only access), watched by a
QSocketNotifier, so QtNetwork and the libraries it pulls in (about 3 MB) are never loaded by the
instance that stays running; a second launch, which exits at once, asks with QLocalSocket.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from neuroguide.system.folder_lock import FolderLock, lock_name, runtime_dir

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
LISTENING_WITHIN_MS = 2000  # a first instance that has just started opens its socket after its first paint
MESSAGE = b"show"


def server_name(data_dir: Path) -> str:
    return lock_name(data_dir)


class SingleInstance(QObject):
    activated = Signal()  # a second launch asked this one to show itself

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = FolderLock(data_dir, "app")
        self._server: UnixServer | QLocalServer | None = None
        # The lock of the person this window shows (``neuroguide.system.folder_lock``), kept by the shell.
        self.person: FolderLock | None = None

    def acquire(self) -> bool:
        """Become the instance for this folder; False when another one holds it. Call ``listen`` next.
        An OSError when no lock can be made at all (no private runtime folder)."""
        return self._lock.acquire("window", self.answer_at)

    @property
    def answer_at(self) -> str:
        """Where a second launch reaches this instance: the socket's path, or its name off POSIX."""
        return str(self.socket_path()) if os.name == "posix" else self.name

    def listen(self) -> None:
        """Answer second launches from now on (once the lock is held; again does nothing)."""
        if self._server is not None or not self._lock.held:
            return
        if os.name == "posix":
            # When no socket can be made (as when QLocalServer cannot listen) the lock still holds.
            with contextlib.suppress(OSError):
                path = self.socket_path()
                self._server = UnixServer(listening_socket(path), path, self.activated.emit, self)
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(lambda: self._on_connection(server))
        server.listen(self.name)
        self._server = server

    def socket_path(self) -> Path:
        """Where this instance listens on a POSIX system: beside its lock, in the runtime folder."""
        return runtime_dir() / self.name

    def ask_running_to_show(self, server: str = "") -> bool:
        """From a second launch: ask the running instance (or the one answering at ``server``) to come
        forward."""
        from PySide6.QtNetwork import QLocalSocket

        not_listening_yet = (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        deadline = time.monotonic() + LISTENING_WITHIN_MS / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(server or self.answer_at)  # a full path is used as it is
            if socket.waitForConnected(WAIT_MS):
                break
            if socket.error() not in not_listening_yet or time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # it holds the lock but has not opened its socket yet: it has just started
        socket.write(MESSAGE + b"\n")
        written = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return written

    def _on_connection(self, server: QLocalServer) -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._on_message(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == MESSAGE:
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.person is not None:
            self.person.release()
            self.person = None
        self._lock.release()


def listening_socket(path: Path) -> socket.socket:
    """A Unix socket listening at ``path`` as QLocalServer makes one with UserAccessOption: bound inside
    a private folder, given owner-only access, then moved into place."""
    import socket  # here, not before the first paint
    import tempfile

    path.unlink(missing_ok=True)  # a socket left behind by a crash: the lock says no one owns it
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    private = Path(tempfile.mkdtemp(prefix=f"{path.name}.", dir=path.parent))
    try:
        server.bind(str(private / "s"))
        server.listen(8)
        (private / "s").chmod(0o700)
        (private / "s").rename(path)
    except OSError:
        server.close()
        raise
    finally:
        (private / "s").unlink(missing_ok=True)
        private.rmdir()
    server.setblocking(False)
    return server


class UnixServer(QObject):
    """Answers on a listening Unix socket, watched by the event loop. Each connection says one line."""

    def __init__(
        self, server: socket.socket, path: Path, on_message: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._on_message = on_message
        self._socket = server
        self._notifier = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._socket.accept()
            except OSError:  # BlockingIOError: no one else is waiting
                return
            client.setblocking(False)
            fd = client.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._clients[fd] = (client, notifier, bytearray())
            notifier.activated.connect(lambda *_, fd=fd: self._read(fd))
            self._read(fd)

    def _read(self, fd: int) -> None:
        client, _, received = self._clients[fd]
        try:
            chunk = client.recv(256)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        received += chunk
        if chunk and b"\n" not in received and len(received) <= 256:
            return  # the rest of the line is still to come
        self._finish(fd)
        if bytes(received).strip() == MESSAGE:
            self._on_message()

    def _finish(self, fd: int) -> None:
        client, notifier, _ = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        client.close()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        for fd in list(self._clients):
            self._finish(fd)
        self._socket.close()
        self.path.unlink(missing_ok=True)
