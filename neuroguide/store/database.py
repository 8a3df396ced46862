"""The history database: one SQLite file in the data folder, opened safely.

WAL with synchronous=FULL, so a committed step survives a crash or a power cut. Numbered migrations
move an old file forward, each in one transaction; a file from a newer version of the app is refused
and left untouched. On open a quick integrity check runs: a damaged file is moved aside (never
deleted), the newest good backup is put in its place, and the report says what happened. A missing
or empty file where a backup with sessions exists is restored the same way: the history is never
replaced silently by an empty one. Opened read-only (export, check), the file is only read: nothing
is moved, restored or changed, and a damaged or missing file is read from its newest good backup.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from neuroguide.store.backups import (
    BACKUP_PREFIX,
    KEEP_DAILY,
    KEEP_WEEKLY,
    BackupInfo,
    backup_daily,
    backup_path,
    backups,
    backups_dir,
    best_backup,
    thin_backups,
)
from neuroguide.store.migrations import (
    MIGRATIONS,
    SUMMED,
    VERSION,
    HistoryError,
    TooNewError,
    migrate,
    schema_version,
    too_new_message,
)
from neuroguide.store.sqlite_files import (
    file_state,
    is_intact,
    private_file,
    read_only_connection,
    session_count,
    stored_version,
)
from neuroguide.system.datadir import cannot_write, ensure_private_dir

__all__ = [
    "BACKUP_PREFIX",
    "BUSY_SECONDS",
    "FILE_NAME",
    "KEEP_DAILY",
    "KEEP_WEEKLY",
    "MIGRATIONS",
    "SUMMED",
    "VERSION",
    "BackupInfo",
    "HistoryCheck",
    "HistoryError",
    "OpenReport",
    "TooNewError",
    "backup_daily",
    "backup_path",
    "backups",
    "backups_dir",
    "best_backup",
    "check_history",
    "connect",
    "file_state",
    "is_intact",
    "migrate",
    "open_history",
    "private_file",
    "read_only_connection",
    "schema_version",
    "session_count",
    "stored_version",
    "thin_backups",
    "too_new_message",
]

FILE_NAME = "history.sqlite3"


@dataclass
class OpenReport:
    """What happened while opening, for the person to be told."""

    upgraded_from: int | None = None
    damaged_moved_to: Path | None = None
    restored_from: Path | None = None
    restored_backup_time: datetime | None = None
    created: bool = False
    messages: list[str] = field(default_factory=list)


BUSY_SECONDS = 5.0  # how long SQLite itself waits for a lock, each time it is asked


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        path, timeout=BUSY_SECONDS, isolation_level=None
    )  # transactions are explicit
    try:
        _prepare(connection)
        for suffix in ("", "-wal", "-shm"):
            private_file(Path(str(path) + suffix))
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare(connection: sqlite3.Connection) -> None:
    for attempt in range(100):
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            break
        except sqlite3.OperationalError as error:
            # Two openers of a brand-new file: the switch to WAL answers "locked" at once instead of
            # waiting for the other; it is done by then or soon.
            if "locked" not in str(error) or attempt == 99:
                raise
            time.sleep(0.01)
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")


def open_history(data_dir: Path, read_only: bool = False) -> tuple[sqlite3.Connection, OpenReport]:
    """Open (or create) the history file in ``data_dir``, checked, restored if need be, upgraded.

    ``read_only``: only read it (for an export or a check); nothing is created, moved or changed."""
    if read_only:
        return _open_read_only(data_dir)
    report = OpenReport()
    try:
        ensure_private_dir(data_dir)
    except OSError as error:
        raise HistoryError(
            f"the data folder {data_dir} cannot be used ({error.strerror or error})"
        ) from error
    path = data_dir / FILE_NAME
    for place, what in ((data_dir, "data folder"), (path, "history file")):
        if cannot_write(place):
            raise HistoryError(
                f"the {what} {place} is read-only, so your history cannot be saved; "
                "make it writable for yourself again to keep your sessions"
            )
    if path.exists():
        found = stored_version(path)
        if found is not None and found > VERSION:
            # refused before anything is written to it, not even the journal mode
            raise TooNewError(too_new_message(found))
    state = file_state(path)
    lost = state in ("missing", "empty") and best_backup(data_dir, need_sessions=True) is not None
    if state == "damaged" or lost:
        _restore(path, data_dir, report, state)
    report.created = not path.exists()
    try:
        connection = connect(path)
    except sqlite3.Error as error:
        raise HistoryError(f"the history file {path} cannot be opened ({error})") from error
    try:
        report.upgraded_from = migrate(connection)
    except BaseException as error:
        connection.close()
        if isinstance(error, sqlite3.Error):
            raise HistoryError(f"the history file {path} cannot be prepared ({error})") from error
        raise
    if report.created:
        report.upgraded_from = None
    return connection, report


def _open_read_only(data_dir: Path) -> tuple[sqlite3.Connection, OpenReport]:
    report = OpenReport()
    path = data_dir / FILE_NAME
    state = file_state(path)
    source = path
    if state != "ok":
        backup = best_backup(data_dir, need_sessions=state != "damaged")
        if backup is not None:
            source = backup.path
            report.restored_from = backup.path
            report.restored_backup_time = datetime.fromtimestamp(backup.path.stat().st_mtime)
            when = report.restored_backup_time.strftime("%d %B %Y at %H:%M").lstrip("0")
            report.messages.append(
                f"Your history file is {_STATE_WORDS[state]}; this reads the backup from {when} "
                f"({backup.sessions} session(s)) instead. Nothing was changed: NeuroGuide restores the "
                "backup the next time the app opens your history."
            )
        elif state == "damaged":
            raise HistoryError(
                f"the history file {path} is damaged and no good backup was found; it has not been changed"
            )
        else:
            source = Path()  # nothing to read yet: an empty history
    try:
        if source == Path():
            connection = sqlite3.connect(":memory:", isolation_level=None)
        else:
            found = stored_version(source)
            if found is not None and found > VERSION:
                raise TooNewError(too_new_message(found))
            connection = read_only_connection(source)
            connection.isolation_level = None
            if schema_version(connection) < VERSION:
                # an older format is brought up to date in a copy in memory; the file stays as it is
                snapshot = sqlite3.connect(":memory:", isolation_level=None)
                connection.backup(snapshot)
                connection.close()
                connection = snapshot
        migrate(connection)
    except sqlite3.Error as error:
        raise HistoryError(f"the history file {source} cannot be read ({error})") from error
    report.created = state == "missing" and source == Path()
    return connection, report


@dataclass(frozen=True)
class HistoryCheck:
    """What ``neuroguide history check`` reports; finding it changes nothing."""

    path: Path
    state: str  # as file_state says
    size: int | None
    version: int | None
    sessions: int | None
    backups: list[BackupInfo]
    damaged_copies: list[Path]
    would_restore: BackupInfo | None  # what the next opening would put in place of the file

    @property
    def fine(self) -> bool:
        return self.state == "ok" or (self.state == "missing" and self.would_restore is None)


def check_history(data_dir: Path) -> HistoryCheck:
    path = data_dir / FILE_NAME
    state = file_state(path)
    size = path.stat().st_size if path.is_file() else None
    restore = None
    if state == "damaged" or state in ("missing", "empty"):
        restore = best_backup(data_dir, need_sessions=state != "damaged")
    damaged = sorted(data_dir.glob(f"{FILE_NAME}.damaged-*")) if data_dir.is_dir() else []
    return HistoryCheck(
        path=path,
        state=state,
        size=size,
        version=stored_version(path) if state == "ok" else None,
        sessions=session_count(path) if state == "ok" else None,
        backups=backups(data_dir),
        damaged_copies=[copy for copy in damaged if not copy.name.endswith(("-wal", "-shm"))],
        would_restore=restore,
    )


_STATE_WORDS = {"missing": "missing", "empty": "empty (0 bytes)", "damaged": "damaged"}


def _restore(path: Path, data_dir: Path, report: OpenReport, state: str) -> None:
    """Put the newest good backup in place of a damaged, empty or missing file (kept, never deleted)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.name}.damaged-{stamp}")
    if path.exists():
        path.replace(moved)
        report.damaged_moved_to = moved
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():  # a journal left without its file would be replayed into the restored one
            side.replace(Path(str(moved) + suffix))
    backup = best_backup(data_dir, need_sessions=state != "damaged")
    what = {"damaged": "was damaged", "empty": "was empty (0 bytes)", "missing": "was missing"}[state]
    kept = f"It was kept as {moved.name}" if report.damaged_moved_to else ""
    if backup is not None:
        source = read_only_connection(backup.path)
        target = sqlite3.connect(path)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        private_file(path)
        report.restored_from = backup.path
        report.restored_backup_time = datetime.fromtimestamp(backup.path.stat().st_mtime)
        when = report.restored_backup_time.strftime("%d %B %Y at %H:%M").lstrip("0")
        restored = f"the backup from {when} ({backup.sessions} session(s)) was restored"
        report.messages.append(
            f"Your history file {what}. "
            + (f"{kept}, and {restored}." if kept else f"{restored[0].upper()}{restored[1:]}.")
            + " Sessions recorded after that backup are not in the restored history."
        )
        return
    report.messages.append(
        f"Your history file {what} and no good backup was found. "
        + (f"{kept}; a" if kept else "A")
        + " new, empty history was started."
    )
