"""Reading and writing the history: sessions, their steps, check-ins and the person's markers.

Every write is its own committed transaction, made the moment it happens: a session row when the
session starts, each step as it finishes. A session still marked running when the app starts again
was cut short by a crash and is marked interrupted, keeping the steps that were done.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from neuroguide.core.checkin import SYMPTOMS, CheckIn
from neuroguide.core.foot_temperature import Reading
from neuroguide.core.function_checkin import FunctionCheckIn
from neuroguide.store.database import OpenReport, backup_daily, open_history
from neuroguide.store.function import function_checkins, insert_function, latest_function
from neuroguide.store.queries import HistoryQueries
from neuroguide.store.records import Marker, SessionRecord, StepRecord, symptom_averages
from neuroguide.store.temperatures import insert_reading, readings


def is_busy(error: sqlite3.Error) -> bool:
    """The database is locked by another connection for now (SQLITE_BUSY or SQLITE_LOCKED)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


class HistoryStore(HistoryQueries):
    """The history file, opened in the thread that uses it (SQLite connections stay in one thread)."""

    def __init__(self, data_dir: Path, read_only: bool = False) -> None:
        """``read_only``: only read the file (an export, a check); it is never moved or changed."""
        self.data_dir = data_dir
        self.read_only = read_only
        self.connection, self.report = open_history(data_dir, read_only)

    @classmethod
    def open(cls, data_dir: Path, read_only: bool = False) -> HistoryStore:
        return cls(data_dir, read_only)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # How long a write waits for a busy database (another process's long write) before it fails.
    write_patience = 30.0

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, begun once the database is free (waiting up to write_patience)."""
        with self._transaction() as db:
            yield db

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, tried again with growing pauses while another connection holds the write
        lock; SQLite's own wait (the connection's busy timeout) is inside each try."""
        deadline = time.monotonic() + self.write_patience
        pause = 0.02
        while True:
            try:
                self.connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                left = deadline - time.monotonic()
                if not is_busy(error) or left <= 0:
                    raise
                time.sleep(min(pause, left))
                pause = min(pause * 2, 1.0)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._begin()
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # -- writing --------------------------------------------------------------------------------

    def start_session(
        self,
        routine_id: str,
        routine_title: str,
        started_at: datetime,
        planned_seconds: int,
        steps_total: int,
        performed_by: str = "",
    ) -> int:
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO session (routine_id, routine_title, started_at, status, planned_seconds,"
                " steps_total, performed_by) VALUES (?, ?, ?, 'running', ?, ?, ?)",
                (
                    routine_id,
                    routine_title,
                    started_at.isoformat(),
                    planned_seconds,
                    steps_total,
                    performed_by,
                ),
            )
            return int(cursor.lastrowid or 0)

    def record_step(self, session_id: int, step: StepRecord) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO step (session_id, position, step_key, title, side, completed, seconds_done,"
                " finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    step.position,
                    step.step_key,
                    step.title,
                    step.side,
                    int(step.completed),
                    step.seconds_done,
                    step.finished_at,
                ),
            )
            db.execute(
                "UPDATE session SET done_seconds = done_seconds + ? WHERE id = ?",
                (step.seconds_done, session_id),
            )

    def finish_session(
        self, session_id: int, status: str, ended_at: datetime, reason: str = "", note: str = ""
    ) -> None:
        """``reason``: a stop reason's code (core.outcome.StopReason); ``note``: an ``other``'s words."""
        with self._transaction() as db:
            db.execute(
                "UPDATE session SET status = ?, ended_at = ?, stop_reason = ?, stop_note = ? WHERE id = ?",
                (status, ended_at.isoformat(), reason, note, session_id),
            )

    def record_found(self, session_id: int, found: frozenset[str]) -> None:
        """The answer to a check step: what was found where ("nothing" when nothing was)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE session SET found = ? WHERE id = ?",
                (",".join(sorted(found)) or "nothing", session_id),
            )

    def record_left_out(self, session_id: int, places: frozenset[str], reason: str, steps_total: int) -> None:
        """Places taken out of a running session; the session's step count becomes what remains."""
        added = "; ".join(f"{place}: {reason}" for place in sorted(places))
        with self._transaction() as db:
            db.execute(
                "UPDATE session SET left_out = CASE WHEN left_out = '' THEN ? ELSE left_out || '; ' || ? END,"
                " steps_total = ? WHERE id = ?",
                (added, added, steps_total, session_id),
            )

    def set_performer(self, session_id: int, performed_by: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE session SET performed_by = ? WHERE id = ?", (performed_by, session_id))

    def mark_interrupted(self) -> int:
        """Sessions left running by a crash: mark them interrupted; their finished steps stay."""
        with self._transaction() as db:
            return db.execute("UPDATE session SET status = 'interrupted' WHERE status = 'running'").rowcount

    def save_checkin(self, session_id: int, checkin: CheckIn, recorded_at: datetime) -> None:
        with self._transaction() as db:
            db.execute(
                "DELETE FROM checkin WHERE session_id = ? AND moment = ?", (session_id, checkin.moment)
            )
            insert_checkin(db, session_id, checkin, recorded_at)

    def save_function(self, checkin: FunctionCheckIn) -> int | None:
        """How daily life is going this week; nothing is kept when no question was answered."""
        with self._transaction() as db:
            return insert_function(db, checkin)

    def function_checkins(
        self, since: date | None = None, until: date | None = None
    ) -> list[FunctionCheckIn]:
        return function_checkins(self.connection, since, until)

    def latest_function(self, count: int = 2, until: date | None = None) -> list[FunctionCheckIn]:
        return latest_function(self.connection, count, until)

    def save_temperature(self, reading: Reading, recorded_at: datetime) -> int:
        """Both feet's skin temperature; a second one the same day is kept too (the rule reads the last)."""
        with self._transaction() as db:
            return insert_reading(db, reading, recorded_at)

    def temperatures(self, since: date | None = None, until: date | None = None) -> list[Reading]:
        return readings(self.connection, since, until)

    def add_marker(self, day: date, label: str) -> int:
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO marker (day, label) VALUES (?, ?)", (day.isoformat(), label.strip())
            )
            return int(cursor.lastrowid or 0)

    def remove_marker(self, marker_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM marker WHERE id = ?", (marker_id,))

    def record_reminder(self, kind: str, due: datetime, at: datetime, until: datetime | None = None) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO reminder_event (at, kind, due, until) VALUES (?, ?, ?, ?)",
                (
                    at.isoformat(),
                    kind,
                    due.astimezone(UTC).isoformat(),
                    until.astimezone(UTC).isoformat() if until else None,
                ),
            )

    def version(self) -> tuple[int, int]:
        """Changes whenever the history does: through this connection (rows changed since it opened)
        or through another one, such as an import from the command line (SQLite's data_version)."""
        data_version = self.connection.execute("PRAGMA data_version").fetchone()[0]
        return self.connection.total_changes, int(data_version)

    def backup(self, today: date) -> Path | None:
        return backup_daily(self.connection, self.data_dir, today)


def insert_checkin(db: sqlite3.Connection, session_id: int, checkin: CheckIn, recorded_at: datetime) -> None:
    """Within the caller's transaction: the check-in, its scores, and its average per symptom."""
    cursor = db.execute(
        "INSERT INTO checkin (session_id, moment, recorded_at, skin, soreness, fatigue, note, pain, tingling,"
        " numbness) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            checkin.moment,
            recorded_at.isoformat(),
            ",".join(checkin.skin),
            int(checkin.soreness),
            int(checkin.fatigue),
            checkin.note,
            *(checkin.average(symptom) for symptom in SYMPTOMS),
        ),
    )
    db.executemany(
        "INSERT INTO score (checkin_id, limb, symptom, value) VALUES (?, ?, ?, ?)",
        [(cursor.lastrowid, limb, symptom, value) for (limb, symptom), value in checkin.scores.items()],
    )


__all__ = ["HistoryStore", "Marker", "OpenReport", "SessionRecord", "StepRecord", "symptom_averages"]
