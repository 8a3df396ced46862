"""Reading the history: sessions, counts and chart points over a range of days, markers, and what
the morning reminder needs to know. Nothing here writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import NamedTuple

from neuroguide.core.checkin import CheckIn, Moment
from neuroguide.core.counting import run_of_days
from neuroguide.core.schedule import ReminderState
from neuroguide.core.suggestions import Today
from neuroguide.store.migrations import counted_sql
from neuroguide.store.records import Marker, SessionRecord, StepRecord

# Each session's scores of one limb and symptom given both before and after it, with its day.
PAIRED = (
    "SELECT s.id AS sid, substr(s.started_at, 1, 10) AS day, b.limb AS limb, b.symptom AS symptom,"
    " b.value AS bv, a.value AS av FROM session s"
    " JOIN checkin cb ON cb.session_id = s.id AND cb.moment = 'before'"
    " JOIN checkin ca ON ca.session_id = s.id AND ca.moment = 'after'"
    " JOIN score b ON b.checkin_id = cb.id"
    " JOIN score a ON a.checkin_id = ca.id AND a.limb = b.limb AND a.symptom = b.symptom {where}"
)


class ChartRow(NamedTuple):
    """One bucket of one place and symptom: sums over the sessions scored both before and after."""

    kind: str  # "limb" or "area"
    place: str  # "right foot", or an area: "foot"
    symptom: str
    start: date  # the bucket's first day (a Monday, or the first of a month)
    before: float  # sum of the scores before
    after: float  # sum of the scores after
    sessions: int
    first: date  # the first session's day in the bucket


class HistoryQueries:
    """The reading half of HistoryStore, over the connection it opened."""

    connection: sqlite3.Connection

    # -- reading --------------------------------------------------------------------------------

    def sessions(
        self, since: date | None = None, until: date | None = None, with_steps: bool = False
    ) -> list[SessionRecord]:
        """Sessions started on ``since`` up to and including ``until``, oldest first, with check-ins."""
        where, params = _range(since, until)
        rows = self.connection.execute(
            "SELECT s.id, s.routine_id, s.routine_title, s.started_at, s.ended_at, s.status, s.stop_reason,"
            " s.planned_seconds, s.done_seconds, s.steps_total, s.performed_by,"
            " s.steps_done,"
            " s.found, s.left_out, s.stop_note"
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
                stop_note=row[14],
            )
            for row in rows
        ]

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
        where, params = day_range(since, until)
        row = self.connection.execute(
            f"SELECT coalesce(sum(sessions), 0), coalesce(sum(finished), 0) FROM day_summary {where}", params
        ).fetchone()
        return int(row[0]), int(row[1])

    def counted_sessions(self, since: date | None = None, until: date | None = None) -> int:
        """Sessions in the range that count (core.counting: finished, or at least half done)."""
        where, params = day_range(since, until)
        row = self.connection.execute(f"SELECT coalesce(sum(counted), 0) FROM day_summary {where}", params)
        return int(row.fetchone()[0])

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

    def chart_points(self, since: date, until: date, max_weeks: int) -> tuple[str, list[ChartRow]]:
        """The chart's pairs: for each week (each month over more than ``max_weeks``), place and
        symptom, the sums of the scores before and after over the sessions scored both times, how
        many, and the first day. A place is a limb ("right foot") or its area ("foot": each session's
        sides averaged first, never hands with feet). Summed in SQL: a row a week, however many years."""
        where, params = _range(since, until)
        first = self.connection.execute(
            "SELECT substr(min(s.started_at), 1, 10) FROM session s"
            " JOIN checkin cb ON cb.session_id = s.id AND cb.moment = 'before'"
            f" JOIN checkin ca ON ca.session_id = s.id AND ca.moment = 'after' {where}",
            params,
        ).fetchone()[0]
        if first is None:
            return "week", []
        weeks = ((until - date.fromisoformat(first)).days + 1) / 7
        bucket = "week" if weeks <= max_weeks else "month"
        key = "date(day, 'weekday 0', '-6 days')" if bucket == "week" else "substr(day, 1, 7) || '-01'"
        paired = PAIRED.format(where=where)
        by_area = (
            "SELECT min(day) AS day, substr(limb, instr(limb, ' ') + 1) AS limb, symptom, avg(bv) AS bv,"
            f" avg(av) AS av FROM ({paired}) GROUP BY sid, 2, symptom"
        )
        found: list[ChartRow] = []
        for kind, rows in (("limb", paired), ("area", by_area)):
            found += [
                ChartRow(kind, place, symptom, date.fromisoformat(start), b, a, n, date.fromisoformat(day))
                for start, place, symptom, b, a, n, day in self.connection.execute(
                    f"SELECT {key} AS bucket, limb, symptom, sum(bv), sum(av), count(*), min(day)"
                    f" FROM ({rows}) GROUP BY bucket, limb, symptom",
                    params,
                )
            ]
        return bucket, found

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
        where, params = day_range(since, until)
        rows = self.connection.execute(
            f"SELECT day, sessions FROM day_summary {where} AND sessions > 0", params
        )
        return {date.fromisoformat(day): count for day, count in rows}

    def counted_days(self, since: date, until: date) -> dict[date, int]:
        """How many sessions that count were done on each day in the range (days with none left out)."""
        where, params = day_range(since, until)
        rows = self.connection.execute(
            f"SELECT day, counted FROM day_summary {where} AND counted > 0", params
        )
        return {date.fromisoformat(day): count for day, count in rows}

    def run_of_days(self, today: date) -> int:
        """The run of days with a session that counts (core.counting.run_of_days), however long: the
        days are read newest first, only as far back as the run goes."""
        rows = self.connection.execute(
            "SELECT day FROM day_summary WHERE counted > 0 AND day <= ? ORDER BY day DESC",
            (today.isoformat(),),
        )
        return run_of_days((date.fromisoformat(day) for (day,) in rows), today)

    def today(self, day: date) -> Today:
        """What the suggestions need of ``day``: its highest score before a session, and the routines
        with a session that counts (core.counting)."""
        where, params = _range(day, day)
        worst = self.connection.execute(
            "SELECT max(sc.value) FROM score sc"
            " JOIN checkin c ON c.id = sc.checkin_id AND c.moment = 'before'"
            f" JOIN session s ON s.id = c.session_id {where}",
            params,
        ).fetchone()[0]
        done = self.connection.execute(
            f"SELECT DISTINCT s.routine_id FROM session s {where} AND {counted_sql('s')}", params
        )
        return Today(day, worst, frozenset(routine for (routine,) in done))

    def markers(self, since: date | None = None, until: date | None = None) -> list[Marker]:
        where, params = day_range(since, until)
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

    def reminder_state(self, today: date, now: datetime) -> ReminderState:
        """What the reminder needs to know on ``today``: the last due moment handled (none from the
        future, should the clock once have been ahead), every due moment handled from two days before
        ``now`` on (the future ones too, so a clock set back never repeats a reminder), a snooze still
        running, and whether today's session is done (one that counts, core.counting) or skipped."""
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
        done = self.counted_sessions(today, today)  # a skip is handled, but it is no session done
        return ReminderState(
            last_fired=datetime.fromisoformat(last) if last else None,
            snoozed_until=datetime.fromisoformat(snooze[0]) if snooze and snooze[0] and not later else None,
            done_today=bool(skipped or done),
            handled=frozenset(datetime.fromisoformat(due) for (due,) in handled),
        )


def day_range(since: date | None, until: date | None) -> tuple[str, list[str]]:
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
