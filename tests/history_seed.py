"""Generated history for tests and bench/: sessions with steps and check-ins over a span of days."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from neuroguide.core.checkin import SKIN_FINDINGS, SYMPTOMS, CheckIn
from neuroguide.store.history import HistoryStore, insert_checkin

NOTE_SORE, NOTE_WARM = "felt sore", "felt warm afterwards"  # typed by the person, in their words

ROUTINES = (
    ("foot-care", "Morning foot care", ("right foot", "left foot"), 690, 14),
    ("hand-relief", "Hand relief", ("right hand", "left hand"), 480, 12),
)


def seed(
    data_dir: Path, days: int, end: datetime, per_week: float = 5.0, steps: bool = True, seed: int = 1
) -> int:
    """Fill the history with about ``per_week`` sessions a week for ``days`` days up to ``end``."""
    rng = random.Random(seed)
    with HistoryStore(data_dir) as store:
        db = store.connection
        count = 0
        db.execute("BEGIN")
        rate = per_week / 7
        for offset in range(days, 0, -1):
            day = (end - timedelta(days=offset)).date()
            for _ in range(int(rate) + (rng.random() < rate - int(rate))):
                count += _one_session(db, rng, day, days, offset, steps)
        db.execute("COMMIT")
    return count


def _one_session(
    db: sqlite3.Connection, rng: random.Random, day: date, days: int, offset: int, steps: bool
) -> int:
    """One session with its steps and both check-ins; scores ease slowly over the span."""
    routine_id, title, limbs, planned, total = ROUTINES[rng.random() < 0.3]
    started = datetime.combine(day, time(8, rng.randint(0, 59))).astimezone()
    status = "finished" if rng.random() > 0.08 else "stopped"
    cursor = db.execute(
        "INSERT INTO session (routine_id, routine_title, started_at, ended_at, status, stop_reason,"
        " stop_note, planned_seconds, done_seconds, steps_total, performed_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            routine_id,
            title,
            started.isoformat(),
            (started + timedelta(minutes=12)).isoformat(),
            status,
            "other" if status == "stopped" else "",
            NOTE_SORE if status == "stopped" else "",
            planned,
            planned if status == "finished" else planned / 2,
            total,
            "" if rng.random() > 0.2 else "Sam",
        ),
    )
    session = int(cursor.lastrowid or 0)
    if steps:
        db.executemany(
            "INSERT INTO step (session_id, position, step_key, title, side, completed, seconds_done,"
            " finished_at) VALUES (?, ?, ?, ?, ?, 1, 60, ?)",
            [(session, n, f"s{n}", f"Step {n}", "right", started.isoformat()) for n in range(1, total + 1)],
        )
    base = 6 - 3 * (days - offset) / max(days, 1)  # slowly better over the span
    for moment, shift in (("before", 0.0), ("after", -1.5)):
        scores = {
            (limb, symptom): max(0, min(10, round(base + shift + rng.uniform(-1.5, 1.5))))
            for limb in limbs
            for symptom in SYMPTOMS
        }
        extra = {}
        if moment == "after":
            extra = {
                "skin": (rng.choice(SKIN_FINDINGS),) if rng.random() < 0.03 else (),
                "soreness": rng.random() < 0.05,
                "note": NOTE_WARM if rng.random() < 0.1 else "",
            }
        checkin = CheckIn(moment, scores, **extra)  # type: ignore[arg-type]
        insert_checkin(db, session, checkin, started)
    return 1


@dataclass(frozen=True)
class Planned:
    """One session written as it would be found in a history: ``done`` steps completed of ``total``,
    ``skipped`` more moved past without being completed, and the check-ins given (or not)."""

    day: date
    status: str
    done: int
    total: int = 10
    hour: int = 9
    by: str = ""  # who gave it: "" for the person alone
    before: dict[tuple[str, str], int] | None = None
    after: dict[tuple[str, str], int] | None = None
    skipped: int = 0
    reason: str = ""  # a stop reason's code, for a stopped one

    @property
    def started(self) -> datetime:
        return datetime.combine(self.day, time(self.hour, 5)).astimezone()


def add_sessions(data_dir: Path, planned: list[Planned]) -> list[int]:
    """Write the sessions as rows, the way an older version, an import or a crash leaves them: the
    history's own triggers keep its counts, nothing here does."""
    with HistoryStore(data_dir) as store:
        store.connection.execute("BEGIN")
        ids = write_rows(store.connection, planned)
        store.connection.execute("COMMIT")
    return ids


def write_rows(db: sqlite3.Connection, planned: list[Planned]) -> list[int]:
    """The rows of ``add_sessions``, in the caller's transaction (also into a file of an older format)."""
    return [_write_one(db, one) for one in planned]


def _write_one(db: sqlite3.Connection, one: Planned) -> int:
    started = one.started
    cursor = db.execute(
        "INSERT INTO session (routine_id, routine_title, started_at, ended_at, status, stop_reason,"
        " planned_seconds, done_seconds, steps_total, performed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            "foot-care",
            "Morning foot care",
            started.isoformat(),
            None if one.status == "running" else (started + timedelta(minutes=one.done)).isoformat(),
            one.status,
            one.reason,
            60 * one.total,
            60.0 * one.done,
            one.total,
            one.by,
        ),
    )
    session = int(cursor.lastrowid or 0)
    steps = [(n, 1) for n in range(1, one.done + 1)]
    steps += [(n, 0) for n in range(one.done + 1, one.done + one.skipped + 1)]
    db.executemany(
        "INSERT INTO step (session_id, position, step_key, title, side, completed, seconds_done,"
        " finished_at) VALUES (?, ?, ?, ?, 'right', ?, 60, ?)",
        [(session, n, f"s{n}", f"Step {n}", completed, started.isoformat()) for n, completed in steps],
    )
    for moment, scores in (("before", one.before), ("after", one.after)):
        if scores is not None:
            insert_checkin(db, session, CheckIn(moment, scores), started)  # type: ignore[arg-type]
    return session
