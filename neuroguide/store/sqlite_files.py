"""A history file (the live one or a backup) looked at without changing it: its format version,
whether it is intact, how many sessions it holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from neuroguide.store.migrations import schema_version
from neuroguide.system.datadir import cannot_write
from neuroguide.system.private_files import keep_private


def private_file(path: Path) -> None:
    if path.exists():
        keep_private(path)


def stored_version(path: Path) -> int | None:
    """The format version of a history file, read without changing it; None when unreadable."""
    # in a read-only folder a WAL file cannot be opened even read-only (its -shm cannot be made), so
    # it is then read as it lies on disk
    for options in ("mode=ro", "immutable=1"):
        try:
            connection = sqlite3.connect(f"file:{path}?{options}", uri=True, timeout=5)
            try:
                return schema_version(connection)
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            continue
    return None


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path``; it never creates, moves or changes a file.

    In a read-only folder the WAL's shared-memory file cannot be made; the file is then read as it
    is on disk (SQLite's ``immutable``), which is right there because nothing can write to it."""
    uri = path.absolute().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=5)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except BaseException as error:
        connection.close()
        if not isinstance(error, sqlite3.OperationalError) or "unable to open" not in str(error):
            raise
        if not cannot_write(path.parent):
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def is_intact(path: Path) -> bool:
    try:
        connection = read_only_connection(path)
        try:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def session_count(path: Path) -> int | None:
    """How many sessions a history file holds, read without changing it; None when it is unreadable
    or damaged (0 for an empty file or one with no sessions yet)."""
    if not path.is_file():
        return None
    try:
        connection = read_only_connection(path)
        try:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'session'")
            if not tables.fetchone()[0]:
                return 0
            return int(connection.execute("SELECT count(*) FROM session").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None


def file_state(path: Path) -> str:
    """ "missing", "empty" (0 bytes), "damaged" (unreadable, truncated, not a database) or "ok"."""
    if not path.exists():
        return "missing"
    try:
        if path.stat().st_size == 0:
            return "empty"
    except OSError:
        return "damaged"
    return "ok" if is_intact(path) else "damaged"
