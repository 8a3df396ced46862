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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from neuroguide.core.checkin import SYMPTOMS, CheckIn, Moment
from neuroguide.core.schedule import ReminderState
from neuroguide.store.database import SUMMED, OpenReport, backup_daily, open_history


def is_busy(error: sqlite3.Error) -> bool:
    """The database is locked by another connection for now (SQLITE_BUSY or SQLITE_LOCKED)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


@dataclass(frozen=True)
class StepRecord:
    position: int
    step_key: str
    title: str
    side: str | None
    completed: bool
    seconds_done: float
    finished_at: str


@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_id: str
    routine_title: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    stop_reason: str
    planned_seconds: int
    done_seconds: float
    steps_total: int
    performed_by: str
    steps_done: int = 0
    before: CheckIn | None = None
    after: CheckIn | None = None
    steps: tuple[StepRecord, ...] = field(default=())
    # The skin check's answer: "" when none was asked, "nothing", or the places where something was found.
    found: str = ""
    # Places left out during the session, each "place: why" ("check" or "person"), joined by "; ".
    left_out: str = ""

    @property
    def day(self) -> date:
        return self.started_at.date()

    @property
    def performer_words(self) -> str:
        return self.performed_by or "self"


@dataclass(frozen=True)
class Marker:
    id: int
    day: date
    label: str


class HistoryStore:
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

    def finish_session(self, session_id: int, status: str, ended_at: datetime, reason: str = "") -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE session SET status = ?, ended_at = ?, stop_reason = ? WHERE id = ?",
                (status, ended_at.isoformat(), reason, session_id),
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

    def reminder_state(self, today: date, now: datetime) -> ReminderState:
        """What the reminder needs to know on ``today``: the last due moment handled (none from the
        future, should the clock once have been ahead), every due moment handled from two days before
        ``now`` on (the future ones too, so a clock set back never repeats a reminder), a snooze still
        running, and whether today's session is done or skipped."""
        moment = now.astimezone(UTC)
        last = self.connection.execute(
            "SELECT max(due) FROM reminder_event WHERE due <= ?", (moment.isoformat(),)
        ).fetchone()[0]
        handled = self.connection.execute(
            "SELECT DISTINCT due FROM reminder_event WHERE due >= ?",
            (datetime.fromtimestamp(moment.timestamp() - 2 * 86_400, UTC).isoformat(),),
        ).fetchall()
        snooze = self.connection.execute(
            "SELECT until FROM reminder_event WHERE kind = 'snoozed' AND due = ? ORDER BY id DESC LIMIT 1",
            (last,),
        ).fetchone()
        later = self.connection.execute(
            "SELECT count(*) FROM reminder_event WHERE due = ? AND kind IN ('skipped', 'started', 'reminded')"
            " AND id > coalesce((SELECT max(id) FROM reminder_event WHERE kind = 'snoozed' AND due = ?), 0)",
            (last, last),
        ).fetchone()[0]
        skipped = self.connection.execute(
            "SELECT count(*) FROM reminder_event WHERE kind = 'skipped' AND substr(at, 1, 10) = ?",
            (today.isoformat(),),
        ).fetchone()[0]
        finished = self.connection.execute(
            "SELECT coalesce(sum(finished), 0) FROM day_summary WHERE day = ?", (today.isoformat(),)
        ).fetchone()[0]
        return ReminderState(
            last_fired=datetime.fromisoformat(last) if last else None,
            snoozed_until=datetime.fromisoformat(snooze[0]) if snooze and snooze[0] and not later else None,
            done_today=bool(skipped or finished),
            handled=frozenset(datetime.fromisoformat(due) for (due,) in handled),
        )

    def version(self) -> tuple[int, int]:
        """Changes whenever the history does: through this connection (rows changed since it opened)
        or through another one, such as an import from the command line (SQLite's data_version)."""
        data_version = self.connection.execute("PRAGMA data_version").fetchone()[0]
        return self.connection.total_changes, int(data_version)

    def backup(self, today: date) -> Path | None:
        return backup_daily(self.connection, self.data_dir, today)

    # -- reading --------------------------------------------------------------------------------

    def sessions(
        self, since: date | None = None, until: date | None = None, with_steps: bool = False
    ) -> list[SessionRecord]:
        """Sessions started on ``since`` up to and including ``until``, oldest first, with check-ins."""
        where, params = _range(since, until)
        rows = self.connection.execute(
            "SELECT s.id, s.routine_id, s.routine_title, s.started_at, s.ended_at, s.status, s.stop_reason,"
            " s.planned_seconds, s.done_seconds, s.steps_total, s.performed_by,"
            " (SELECT count(*) FROM step WHERE step.session_id = s.id AND step.completed),"
            " s.found, s.left_out"
            f" FROM session s {where} ORDER BY s.started_at, s.id",
            params,
        ).fetchall()
        checkins = self._checkins(since, until)
        steps = self._steps([row[0] for row in rows]) if with_steps else {}
        return [
            SessionRecord(
                id=row[0],
                routine_id=row[1],
                routine_title=row[2],
                started_at=datetime.fromisoformat(row[3]),
                ended_at=datetime.fromisoformat(row[4]) if row[4] else None,
                status=row[5],
                stop_reason=row[6],
                planned_seconds=row[7],
                done_seconds=row[8],
                steps_total=row[9],
                performed_by=row[10],
                steps_done=row[11],
                before=checkins.get((row[0], "before")),
                after=checkins.get((row[0], "after")),
                steps=tuple(steps.get(row[0], ())),
                found=row[12],
                left_out=row[13],
            )
            for row in rows
        ]

    # -- reading a long history a stretch at a time ------------------------------------------------

    def each_session(
        self, since: date | None = None, until: date | None = None, days_at_a_time: int = 60
    ) -> Iterator[SessionRecord]:
        """The sessions of ``sessions(since, until)``, in the same order, read ``days_at_a_time`` days
        at a time: an export of twenty years never holds more than a stretch of them."""
        where, params = _range(since, until)
        first, last = self.connection.execute(
            f"SELECT min(s.started_at), max(s.started_at) FROM session s {where}", params
        ).fetchone()
        if first is None:
            return
        start, end = datetime.fromisoformat(first).date(), datetime.fromisoformat(last).date()
        start, end = max(start, since or start), min(end, until or end)
        while start <= end:
            stop = min(end, date.fromordinal(start.toordinal() + days_at_a_time - 1))
            yield from self.sessions(start, stop)
            start = date.fromordinal(stop.toordinal() + 1)

    def count_sessions(self, since: date | None = None, until: date | None = None) -> tuple[int, int]:
        """(sessions, of which finished) in the range, from the day summary."""
        where, params = _day_range(since, until)
        row = self.connection.execute(
            f"SELECT coalesce(sum(sessions), 0), coalesce(sum(finished), 0) FROM day_summary {where}", params
        ).fetchone()
        return int(row[0]), int(row[1])

    def recent_sessions(
        self, since: date | None, until: date | None, limit: int, older_than: SessionRecord | None = None
    ) -> list[SessionRecord]:
        """The newest ``limit`` sessions of the range (older than a given one), newest first."""
        where, params = _range(since, until)
        if older_than is not None:
            where += (
                " AND " if where else "WHERE "
            ) + "(s.started_at < ? OR (s.started_at = ? AND s.id < ?))"
            stamp = older_than.started_at.isoformat()
            params += [stamp, stamp, str(older_than.id)]
        rows = self.connection.execute(
            f"SELECT min(started_at), max(started_at) FROM (SELECT s.started_at FROM session s {where}"
            " ORDER BY s.started_at DESC, s.id DESC LIMIT ?)",
            [*params, limit],
        ).fetchone()
        if rows[0] is None:
            return []
        first, last = datetime.fromisoformat(rows[0]).date(), datetime.fromisoformat(rows[1]).date()

        def order(record: SessionRecord) -> tuple[str, int]:
            # the order SQL used: the stored text, which keeps its local offset (so across a
            # daylight-saving change it is not the order of the instants, but it is one order)
            return record.started_at.isoformat(), record.id

        span = [r for r in self.sessions(first, last) if older_than is None or order(r) < order(older_than)]
        return sorted(span, key=order, reverse=True)[:limit]

    def chart_points(
        self, since: date, until: date, max_points: int
    ) -> tuple[str, dict[tuple[str, str], list[tuple[date, float]]]]:
        """Average scores per symptom and moment: per session over short ranges; over long ones per
        week or month, from the day summary, so twenty years read at most one row a day."""
        sessions, _ = self.count_sessions(since, until)
        points: dict[tuple[str, str], list[tuple[date, float]]] = {}
        if sessions <= max_points:
            where, params = _range(since, until)
            rows = self.connection.execute(
                "SELECT s.started_at, c.moment, c.pain, c.tingling, c.numbness"
                f" FROM checkin c JOIN session s ON s.id = c.session_id {where} ORDER BY s.started_at, s.id",
                params,
            )
            for started, moment, *averages in rows:
                for symptom, value in zip(SYMPTOMS, averages, strict=True):
                    if value is not None:
                        points.setdefault((symptom, moment), []).append(
                            (date.fromisoformat(started[:10]), value)
                        )
            return "session", points
        first = self.first_day() or since
        weeks = ((until - max(since, first)).days + 1) / 7
        bucket, key = (
            ("week", "date(day, 'weekday 0', '-6 days')")
            if weeks <= max_points
            else (
                "month",
                "substr(day, 1, 7) || '-01'",
            )
        )
        sums = ", ".join(f"sum({m}_{s}), sum({m}_{s}_n)" for m, s in SUMMED)
        where, params = _day_range(since, until)
        for when, *values in self.connection.execute(
            f"SELECT {key} AS bucket, {sums} FROM day_summary {where} GROUP BY bucket ORDER BY bucket", params
        ):
            day = date.fromisoformat(when)
            for index, (moment, symptom) in enumerate(SUMMED):
                total, count = values[2 * index], values[2 * index + 1]
                if count:
                    points.setdefault((symptom, moment), []).append((day, total / count))
        return bucket, points

    def session(self, session_id: int) -> SessionRecord | None:
        row = self.connection.execute("SELECT started_at FROM session WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            return None
        day = datetime.fromisoformat(row[0]).date()
        return next(
            (record for record in self.sessions(day, day, with_steps=True) if record.id == session_id), None
        )

    def session_days(self, since: date, until: date) -> dict[date, int]:
        """How many sessions were done on each day in the range."""
        where, params = _day_range(since, until)
        rows = self.connection.execute(
            f"SELECT day, sessions FROM day_summary {where} AND sessions > 0", params
        )
        return {date.fromisoformat(day): count for day, count in rows}

    def markers(self, since: date | None = None, until: date | None = None) -> list[Marker]:
        where, params = _day_range(since, until)
        rows = self.connection.execute(f"SELECT id, day, label FROM marker {where} ORDER BY day, id", params)
        return [Marker(row[0], date.fromisoformat(row[1]), row[2]) for row in rows]

    def first_day(self) -> date | None:
        row = self.connection.execute("SELECT min(day) FROM day_summary WHERE sessions > 0").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def _checkins(self, since: date | None, until: date | None) -> dict[tuple[int, Moment], CheckIn]:
        where, params = _range(since, until)
        rows = self.connection.execute(
            "SELECT c.id, c.session_id, c.moment, c.skin, c.soreness, c.fatigue, c.note"
            f" FROM checkin c JOIN session s ON s.id = c.session_id {where}",
            params,
        ).fetchall()
        scores: dict[int, dict[tuple[str, str], int]] = {}
        for checkin_id, limb, symptom, value in self.connection.execute(
            "SELECT sc.checkin_id, sc.limb, sc.symptom, sc.value FROM score sc"
            f" JOIN checkin c ON c.id = sc.checkin_id JOIN session s ON s.id = c.session_id {where}",
            params,
        ):
            scores.setdefault(checkin_id, {})[(limb, symptom)] = value
        found: dict[tuple[int, Moment], CheckIn] = {}
        for checkin_id, session_id, moment, skin, soreness, fatigue, note in rows:
            found[(session_id, moment)] = CheckIn(
                moment=moment,
                scores=scores.get(checkin_id, {}),
                skin=tuple(finding for finding in skin.split(",") if finding),
                soreness=bool(soreness),
                fatigue=bool(fatigue),
                note=note,
            )
        return found

    def _steps(self, session_ids: list[int]) -> dict[int, list[StepRecord]]:
        found: dict[int, list[StepRecord]] = {}
        for chunk in range(0, len(session_ids), 500):
            ids = session_ids[chunk : chunk + 500]
            marks = ",".join("?" * len(ids))
            for row in self.connection.execute(
                "SELECT session_id, position, step_key, title, side, completed, seconds_done, finished_at"
                f" FROM step WHERE session_id IN ({marks}) ORDER BY session_id, id",
                ids,
            ):
                found.setdefault(row[0], []).append(
                    StepRecord(row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7])
                )
        return found


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


def _day_range(since: date | None, until: date | None) -> tuple[str, list[str]]:
    """A WHERE clause over a table with a ``day`` column (always present, so callers may add AND)."""
    clauses, params = ["1"], []
    if since is not None:
        clauses.append("day >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append("day <= ?")
        params.append(until.isoformat())
    return f"WHERE {' AND '.join(clauses)}", params


def _range(since: date | None, until: date | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if since is not None:
        clauses.append("s.started_at >= ?")
        params.append(since.isoformat())
    if until is not None and until < date.max:  # the last day there is: no end to look for
        clauses.append("s.started_at < ?")
        params.append(date.fromordinal(until.toordinal() + 1).isoformat())
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def symptom_averages(records: list[SessionRecord]) -> dict[str, tuple[float | None, float | None]]:
    """Average before and after score per symptom over sessions that have both check-ins."""
    result: dict[str, tuple[float | None, float | None]] = {}
    for symptom in SYMPTOMS:
        befores, afters = [], []
        for record in records:
            if record.before is None or record.after is None:
                continue
            before, after = record.before.average(symptom), record.after.average(symptom)
            if before is not None and after is not None:
                befores.append(before)
                afters.append(after)
        result[symptom] = (
            sum(befores) / len(befores) if befores else None,
            sum(afters) / len(afters) if afters else None,
        )
    return result


__all__ = ["HistoryStore", "Marker", "OpenReport", "SessionRecord", "StepRecord", "symptom_averages"]
