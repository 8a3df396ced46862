"""Who is using a folder now: a lock per data folder, kept in the runtime folder, never in the data folder.

A lock taken in the data folder itself cannot be made when that folder is read-only or its disk is
full, and the person could then not even follow a routine. So the locks live in the runtime folder
(``$XDG_RUNTIME_DIR``, else ``/run/user/<uid>`` when it is this user's, else a private 0700 folder in
the temporary folder), each named after the resolved path of the folder it guards.

Two kinds per folder: ``app`` says which NeuroGuide window answers for a data folder (and where its
socket is), ``person`` says who may write a person's history now: the window showing that person, or
a ``history import`` into their folder. On POSIX a lock is ``flock`` on its file, so the kernel lets
go of it when its process ends, however it ends: a lock left by a crash never blocks the next start.
The file says who holds it (process id, what for, the socket that answers), for the messages.

Plain Python, no Qt: the window, the command line and the store can all take one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

MAX_SOCKET_PATH = 103  # a Unix socket's path and its NUL fit in sun_path (108 bytes on Linux, 104 on macOS)
# The socket is first bound as "<folder>/<name>.<8 letters>/s", then moved into place.
SOCKET_NAME_ROOM = len("/neuroguide-") + 20 + len(".12345678/s")


def lock_name(folder: Path) -> str:
    """``neuroguide-`` and the first 20 hex digits of the SHA-256 of the folder's resolved path."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()
    return f"neuroguide-{digest[:20]}"


def runtime_dir() -> Path:
    """This user's private runtime folder for locks and sockets; an OSError when none can be had."""
    candidates = [os.environ.get("XDG_RUNTIME_DIR", "")]
    if hasattr(os, "getuid"):
        candidates.append(f"/run/user/{os.getuid()}")  # the same folder for a command run without it set
    for candidate in candidates:
        folder = Path(candidate)
        if not candidate or not folder.is_absolute():
            continue
        fits = len(os.fsencode(candidate)) + SOCKET_NAME_ROOM <= MAX_SOCKET_PATH
        if fits and _is_private_dir(folder) and os.access(folder, os.W_OK):
            return folder
    return private_temporary_dir()


def private_temporary_dir() -> Path:
    """``neuroguide-<uid>`` in the temporary folder, made 0700; refused (OSError) when it is someone
    else's or a link, since another user could then see or take the locks."""
    if os.name != "posix":
        import tempfile

        folder = Path(tempfile.gettempdir()) / "neuroguide"
        folder.mkdir(exist_ok=True)
        return folder
    base = os.environ.get("TMPDIR") or "/tmp"
    if len(os.fsencode(base)) + len("/neuroguide-4294967295") + SOCKET_NAME_ROOM > MAX_SOCKET_PATH:
        base = "/tmp"
    folder = Path(base) / f"neuroguide-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    import stat

    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise OSError(f"{folder} is not a private folder of this user")
    if stat.S_IMODE(info.st_mode) & 0o077:
        folder.chmod(0o700)
    return folder


def _is_private_dir(folder: Path) -> bool:
    try:
        info = folder.stat()
    except OSError:
        return False
    import stat

    owner = getattr(os, "getuid", lambda: info.st_uid)()
    return stat.S_ISDIR(info.st_mode) and info.st_uid == owner and not stat.S_IMODE(info.st_mode) & 0o077


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as its file says (empty fields when it did not say)."""

    pid: int = 0
    purpose: str = ""  # "window" or "import"
    socket: str = ""  # where the holding window answers a second launch

    def describe(self) -> str:
        return f"process {self.pid}" if self.pid else "another process"


class FolderLock:
    """One kind of lock on one folder. ``acquire`` never waits; ``release`` may be called again."""

    def __init__(self, folder: Path, kind: str = "person") -> None:
        self.folder = folder
        self.kind = kind
        suffix = ".lock" if kind == "app" else f".{kind}.lock"
        self.name = lock_name(folder)
        self._suffix = suffix
        self._path: Path | None = None
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = runtime_dir() / f"{self.name}{self._suffix}"
        return self._path

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, purpose: str = "window", socket: str = "") -> bool:
        """Take the lock; False when another process holds it. An OSError when no lock can be made."""
        if self._fd is not None:
            return True
        for _ in range(10):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            try:
                if not _try_lock(fd):
                    os.close(fd)
                    return False
                # A holder that was letting go may have removed the file between open and lock:
                # then this lock guards nothing, and it is taken again on the file now there.
                if not _same_file(fd, self.path):
                    os.close(fd)
                    continue
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
            self.describe_holder(purpose, socket)
            return True
        return False

    def describe_holder(self, purpose: str, socket: str = "") -> None:
        """Say in the lock's file who holds it (only while held)."""
        if self._fd is None:
            return
        text = f"{os.getpid()}\n{purpose}\n{socket}\n".encode()
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, _INFO_AT)
            os.lseek(self._fd, _INFO_AT, os.SEEK_SET)
            os.write(self._fd, text)

    def holder(self) -> Holder:
        """Who holds it now, as its file says; read without taking the lock."""
        try:
            with self.path.open("rb") as file:
                file.seek(_INFO_AT)
                lines = file.read(4096).decode("utf-8", "replace").split("\n")
        except OSError:
            return Holder()
        pid = int(lines[0]) if lines and lines[0].isdigit() else 0
        purpose = lines[1] if len(lines) > 1 else ""
        socket = lines[2] if len(lines) > 2 else ""
        return Holder(pid, purpose, socket)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # removed while still held, so no one locks a file about to go
        os.close(fd)  # closing lets go of the lock


_INFO_AT = 0 if os.name == "posix" else 1  # Windows locks byte 0 itself, so the words come after it

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _same_file(fd: int, path: Path) -> bool:
        return True  # Windows does not remove a file that is open

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _same_file(fd: int, path: Path) -> bool:
        try:
            there = path.stat()
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)
