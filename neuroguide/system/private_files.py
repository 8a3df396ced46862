"""Every file NeuroGuide writes is its owner's alone: files 0600, folders 0700, whatever the umask.

Health data ends up in exports, reports, the calendar file, the voice cache and the log, so the mode
is set on the open file before a byte is written, and a file is written beside its name (``.part``)
and renamed into place, whole or not at all. A new folder is made 0700; a folder or file that was
already there only loses what the group and others may do with it (a folder the person made
read-only stays read-only). Folders the person chose for an export are never changed. Plain Python.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PRIVATE = os.name == "posix"  # elsewhere the folder's access rules apply


def open_private(path: Path, flags: int) -> int:
    """``os.open`` that creates ``path`` 0600 (O_EXCL in ``flags``: exactly 0600, whatever the
    umask); a file that was already there loses group and other access. Returns the descriptor."""
    fd = os.open(path, flags | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    if PRIVATE:
        try:
            mode = stat.S_IMODE(os.fstat(fd).st_mode)
            wanted = FILE_MODE if flags & os.O_EXCL else mode & 0o700
            if mode != wanted:
                os.fchmod(fd, wanted)
        except BaseException:
            os.close(fd)
            raise
    return fd


def write_private(out: Path, data: bytes) -> None:
    """Write ``out`` whole or not at all, 0600 from the moment it exists: an OSError (a missing
    folder, a full or read-only disk) leaves neither a short file nor a ``.part`` behind."""
    with writing_private(out) as file:
        file.write(data)


@contextmanager
def writing_private(out: Path) -> Iterator[BinaryIO]:
    """``write_private`` for a file written a piece at a time: what is written to the file given goes
    to ``out`` when the block ends, and nothing does if it raises."""
    partial = out.with_name(out.name + ".part")
    partial.unlink(missing_ok=True)  # left by a write cut short, or planted: never written through
    fd = open_private(partial, os.O_WRONLY | os.O_EXCL)
    try:
        with os.fdopen(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def keep_private(path: Path) -> None:
    """Take away what the group and others may do with ``path``, and nothing else: a folder or file
    the person made read-only stays read-only (that is said plainly where it matters)."""
    if not PRIVATE:
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        path.chmod(mode & 0o700)


def private_folder(path: Path) -> Path:
    """Make ``path`` and its missing parents 0700 each; an existing ``path`` loses group and other
    access only. Existing parents are left as they are."""
    missing = []
    folder = path
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made meanwhile by another process: treated as existing
            continue
        if PRIVATE:
            folder.chmod(FOLDER_MODE)  # mkdir's mode is cut by the umask
    if not missing:
        keep_private(path)
    return path
