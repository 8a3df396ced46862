"""Reading a small file the person (or anyone) may have put in the data folder, within limits.

A FIFO, a device such as ``/dev/zero`` or a link to one, a folder, or a file larger than the limit is
refused with a plain reason; nothing ever blocks or reads more than the limit and one byte.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

# Bidirectional controls can make text read differently from what it holds (CVE-2021-42574).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that draw nothing, though Unicode counts them as letters or symbols.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")


class FileRefusedError(Exception):
    """The file cannot be used; the message says why, in a few plain words."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes."""
    try:
        # stat first, so a device is never opened; O_NONBLOCK so a FIFO put there since never waits
        if not stat.S_ISREG(path.stat().st_mode):
            raise FileRefusedError("not a regular file")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FileRefusedError("no such file") from None
    except OSError as error:
        raise FileRefusedError(f"cannot be read: {error.strerror or error}") from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise FileRefusedError("not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, min(limit + 1 - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise FileRefusedError(f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if size > limit:
        raise FileRefusedError(f"larger than {_size(limit)}")
    return b"".join(chunks)


def _size(limit: int) -> str:
    if limit % (1 << 20) == 0:
        return f"{limit >> 20} MB"
    if limit % (1 << 10) == 0:
        return f"{limit >> 10} KB"
    return f"{limit} bytes"


def is_blank(text: str) -> bool:
    """True when the text shows nothing: only spaces, zero-width or other invisible characters."""
    return all(
        char.isspace() or char in _INVISIBLE or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp")
        for char in text
    )


def hidden_characters(text: str, allow_newlines: bool = False) -> list[str]:
    """The control and bidirectional characters in ``text``, as U+XXXX, once each in order."""
    allowed = "\n\t" if allow_newlines else ""
    found: dict[str, None] = {}
    for char in text:
        if char in allowed:
            continue
        if char in BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Co"):
            found.setdefault(f"U+{ord(char):04X}")
    return list(found)


def without_hidden_characters(text: str) -> str:
    """``text`` with its control and bidirectional characters taken out (for a name a person typed)."""
    return "".join(
        char
        for char in text
        if char not in BIDI_CONTROLS and unicodedata.category(char) not in ("Cc", "Cs", "Co")
    )


def printable(text: str) -> str:
    """``text`` safe to print to a terminal: control and bidirectional characters shown as escapes
    (spaces that do not break, as French puts before a colon, are spaces)."""
    if text.isprintable():
        return text
    return "".join(
        char
        if char in " \u00a0\u202f" or (char.isprintable() and char not in BIDI_CONTROLS)
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all, through a private temporary file beside it (0600, whatever
    the umask) renamed into place."""
    import tempfile  # only needed when saving; it is slow to import

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
