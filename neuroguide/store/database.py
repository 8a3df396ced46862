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
from datetime import date, datetime, timedelta
from pathlib import Path

from neuroguide.core.outcome import CODES, OLD_STOP_TEXTS, StopReason
from neuroguide.system.datadir import cannot_write, ensure_private_dir
from neuroguide.system.private_files import keep_private

FILE_NAME = "history.sqlite3"
BACKUP_PREFIX = "history-"

SUMMED = [(moment, symptom) for moment in ("before", "after") for symptom in ("pain", "tingling", "numbness")]


def _day_summary_migration() -> str:
    """The day_summary table, filled from what is there, and the triggers that keep it right.

    For each check-in moment and symptom it keeps the sum of the check-ins' averages and their count,
    so an average over any run of days is sum / count, read from one row a day."""
    columns = ",\n".join(
        f"{m}_{s} REAL NOT NULL DEFAULT 0, {m}_{s}_n INTEGER NOT NULL DEFAULT 0" for m, s in SUMMED
    )

    def adjust(sign: str, row: str) -> str:
        return ",\n".join(
            f"{m}_{s} = {m}_{s} {sign} CASE WHEN {row}.moment = '{m}' THEN coalesce({row}.{s}, 0) ELSE 0 END,"
            " "
            f"{m}_{s}_n = {m}_{s}_n {sign} ({row}.moment = '{m}' AND {row}.{s} IS NOT NULL)"
            for m, s in SUMMED
        )

    same_day = "JOIN session s ON s.id = c.session_id WHERE substr(s.started_at, 1, 10) = day_summary.day"
    backfill = ",\n".join(
        f"{m}_{s} = coalesce((SELECT sum(c.{s}) FROM checkin c {same_day} AND c.moment = '{m}'), 0), "
        f"{m}_{s}_n = (SELECT count(c.{s}) FROM checkin c {same_day} AND c.moment = '{m}')"
        for m, s in SUMMED
    )
    session_day = "(SELECT substr(started_at, 1, 10) FROM session WHERE id = {row}.session_id)"
    return f"""
    CREATE TABLE day_summary (
        day TEXT PRIMARY KEY, sessions INTEGER NOT NULL DEFAULT 0, finished INTEGER NOT NULL DEFAULT 0,
        {columns}
    ) WITHOUT ROWID;
    INSERT INTO day_summary (day, sessions, finished)
        SELECT substr(started_at, 1, 10), count(*), sum(status = 'finished') FROM session GROUP BY 1;
    UPDATE day_summary SET {backfill};
    CREATE TRIGGER day_summary_session_added AFTER INSERT ON session BEGIN
        INSERT INTO day_summary (day) VALUES (substr(NEW.started_at, 1, 10)) ON CONFLICT (day) DO NOTHING;
        UPDATE day_summary SET sessions = sessions + 1, finished = finished + (NEW.status = 'finished')
            WHERE day = substr(NEW.started_at, 1, 10);
    END;
    CREATE TRIGGER day_summary_session_status AFTER UPDATE OF status ON session BEGIN
        UPDATE day_summary SET finished = finished - (OLD.status = 'finished') + (NEW.status = 'finished')
            WHERE day = substr(NEW.started_at, 1, 10);
    END;
    CREATE TRIGGER day_summary_checkin_added AFTER INSERT ON checkin BEGIN
        UPDATE day_summary SET {adjust("+", "NEW")} WHERE day = {session_day.format(row="NEW")};
    END;
    CREATE TRIGGER day_summary_checkin_removed AFTER DELETE ON checkin BEGIN
        UPDATE day_summary SET {adjust("-", "OLD")} WHERE day = {session_day.format(row="OLD")};
    END;
    """


def _stop_code_migration() -> str:
    """Older versions kept the stop reason in the words shown; each known text becomes its code."""
    known = " ".join(f"WHEN {_quoted(text)} THEN {_quoted(code)}" for text, code in OLD_STOP_TEXTS.items())
    codes = ", ".join(_quoted(code) for code in sorted(CODES))
    return f"""
    ALTER TABLE session ADD COLUMN stop_note TEXT NOT NULL DEFAULT '';
    UPDATE session SET stop_note = stop_reason, stop_reason = {_quoted(StopReason.OTHER)}
        WHERE stop_reason != '' AND stop_reason NOT IN ({", ".join(map(_quoted, OLD_STOP_TEXTS))})
        AND stop_reason NOT IN ({codes});
    UPDATE session SET stop_reason = CASE stop_reason {known} ELSE stop_reason END
    """


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


MIGRATIONS: tuple[str, ...] = (
    # 1: sessions and the steps done in them
    """
    CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_title TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
        stop_reason TEXT NOT NULL DEFAULT '',
        planned_seconds INTEGER NOT NULL,
        done_seconds REAL NOT NULL DEFAULT 0,
        steps_total INTEGER NOT NULL,
        performed_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX session_started ON session (started_at);
    CREATE TABLE step (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        step_key TEXT NOT NULL,
        title TEXT NOT NULL,
        side TEXT,
        completed INTEGER NOT NULL,
        seconds_done REAL NOT NULL,
        finished_at TEXT NOT NULL
    );
    CREATE INDEX step_session ON step (session_id);
    """,
    # 2: symptom check-ins before and after a session
    """
    CREATE TABLE checkin (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        recorded_at TEXT NOT NULL,
        skin TEXT NOT NULL DEFAULT '',
        soreness INTEGER NOT NULL DEFAULT 0,
        fatigue INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (session_id, moment)
    );
    CREATE TABLE score (
        checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
        limb TEXT NOT NULL,
        symptom TEXT NOT NULL CHECK (symptom IN ('pain', 'tingling', 'numbness')),
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (checkin_id, limb, symptom)
    );
    """,
    # 3: the person's own markers on the timeline ("infusion", "new medicine")
    """
    CREATE TABLE marker (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        label TEXT NOT NULL
    );
    CREATE INDEX marker_day ON marker (day);
    """,
    # 4: each check-in's average per symptom, so charts over years are summed in SQL
    """
    ALTER TABLE checkin ADD COLUMN pain REAL;
    ALTER TABLE checkin ADD COLUMN tingling REAL;
    ALTER TABLE checkin ADD COLUMN numbness REAL;
    UPDATE checkin SET
        pain = (SELECT avg(value) FROM score WHERE checkin_id = checkin.id AND symptom = 'pain'),
        tingling = (SELECT avg(value) FROM score WHERE checkin_id = checkin.id AND symptom = 'tingling'),
        numbness = (SELECT avg(value) FROM score WHERE checkin_id = checkin.id AND symptom = 'numbness')
    """,
    # 5: a summary a day (sessions, finished, score sums), kept by triggers, for years-long views
    _day_summary_migration(),
    # 6: what the morning reminder did, so a restart never repeats one and a skipped day is kept
    """
    CREATE TABLE reminder_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reminded', 'caught-up', 'snoozed', 'skipped', 'started')),
        due TEXT NOT NULL,
        until TEXT
    );
    CREATE INDEX reminder_event_due ON reminder_event (due);
    """,
    # 7: what the skin check inside a session found, and the places left out during it (and why)
    """
    ALTER TABLE session ADD COLUMN found TEXT NOT NULL DEFAULT '';
    ALTER TABLE session ADD COLUMN left_out TEXT NOT NULL DEFAULT '';
    """,
    # 8: stop reasons kept as codes, not as the words shown; other words kept as the stop's note
    _stop_code_migration(),
)
VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """History cannot be used; the message is meant for the person."""


class TooNewError(HistoryError):
    pass


@dataclass
class OpenReport:
    """What happened while opening, for the person to be told."""

    upgraded_from: int | None = None
    damaged_moved_to: Path | None = None
    restored_from: Path | None = None
    restored_backup_time: datetime | None = None
    created: bool = False
    messages: list[str] = field(default_factory=list)


def private_file(path: Path) -> None:
    if path.exists():
        keep_private(path)


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


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = VERSION) -> int | None:
    """Bring the file up to ``target``; returns the version it had when it was older, else None."""
    found = schema_version(connection)
    if found > VERSION:
        raise TooNewError(too_new_message(found))
    for number in range(found, target):
        connection.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(connection) > number:
                # another connection (a second window, the command line) did this step meanwhile
                connection.execute("COMMIT")
                continue
            for statement in _statements(MIGRATIONS[number]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found if found < target else None


def too_new_message(found: int) -> str:
    return (
        f"the history file was written by a newer version of NeuroGuide (format {found}; this version "
        f"reads up to {VERSION}). It has not been changed. Please update NeuroGuide."
    )


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


def _statements(script: str) -> list[str]:
    """Split a migration into statements; a trigger's body keeps its own semicolons."""
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements


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


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: date
    sessions: int | None  # None: damaged or unreadable


def backups(data_dir: Path) -> list[BackupInfo]:
    """The daily backups, newest first, each with its session count."""
    return [BackupInfo(path, day, session_count(path)) for day, path in _dated_backups(data_dir)]


def _dated_backups(data_dir: Path) -> list[tuple[date, Path]]:
    dated = []
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"):
        try:
            day = date.fromisoformat(path.stem.removeprefix(BACKUP_PREFIX))
        except ValueError:
            continue  # not one of ours: leave it alone
        dated.append((day, path))
    return sorted(dated, reverse=True)


def best_backup(data_dir: Path, need_sessions: bool) -> BackupInfo | None:
    """The newest good backup with sessions; without one, the newest good one unless it must have
    sessions (an empty backup is no help for a file that is missing or empty)."""
    good = [info for info in backups(data_dir) if info.sessions is not None]
    with_sessions = [info for info in good if info.sessions]
    if with_sessions:
        return with_sessions[0]
    return None if need_sessions or not good else good[0]


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


# -- backups -------------------------------------------------------------------------------------

KEEP_DAILY = 7
KEEP_WEEKLY = 4


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def backup_path(data_dir: Path, day: date) -> Path:
    return backups_dir(data_dir) / f"{BACKUP_PREFIX}{day.isoformat()}.sqlite3"


def backup_daily(connection: sqlite3.Connection, data_dir: Path, today: date) -> Path | None:
    """Once a day: copy the live database with SQLite's backup API, then thin out old copies.

    A history with no sessions is not copied while a backup with sessions exists: an empty copy
    would only push a useful one out."""
    target = backup_path(data_dir, today)
    if target.exists():
        return None
    if _live_sessions(connection) == 0 and any(info.sessions for info in backups(data_dir)):
        return None
    ensure_private_dir(backups_dir(data_dir))
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)  # left by a backup cut short: start afresh
    partial.touch(mode=0o600, exist_ok=False)  # owner only before the first byte (SQLite keeps the mode)
    copy = sqlite3.connect(partial)
    try:
        connection.backup(copy)
    finally:
        copy.close()
    private_file(partial)
    partial.replace(target)
    thin_backups(data_dir, today)
    return target


def _live_sessions(connection: sqlite3.Connection) -> int:
    try:
        return int(connection.execute("SELECT count(*) FROM session").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def thin_backups(data_dir: Path, today: date) -> list[Path]:
    """Keep the last 7 days' copies and one a week for the 4 weeks before; remove the rest.

    Whatever their age, the newest backup with the most sessions stays, so a history that ever had
    sessions always keeps a copy of them."""
    keep: set[date] = set()
    dated = _dated_backups(data_dir)
    for day, _ in dated:
        if today - day < timedelta(days=KEEP_DAILY):
            keep.add(day)
    older = sorted((day for day, _ in dated if today - day >= timedelta(days=KEEP_DAILY)), reverse=True)
    weeks_kept: set[tuple[int, int]] = set()
    for day in older:
        week = day.isocalendar()[:2]
        if week not in weeks_kept and len(weeks_kept) < KEEP_WEEKLY:
            weeks_kept.add(week)
            keep.add(day)
    counts = {day: session_count(path) or 0 for day, path in dated}
    most = max(counts.values(), default=0)
    if most and not any(counts[day] == most for day in keep):
        keep.add(next(day for day, _ in dated if counts[day] == most))  # dated is newest first
    removed = []
    for day, path in dated:
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
