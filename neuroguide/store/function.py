"""How daily life is going, in the history file: each week's answers (core.function_checkin), as codes.

Written within the caller's transaction, read over any connection; HistoryStore names them.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from neuroguide.core.function_checkin import FunctionCheckIn, known_answers


def insert_function(db: sqlite3.Connection, checkin: FunctionCheckIn) -> int | None:
    """Within the caller's transaction: the answers given (none given: nothing is kept)."""
    answers = known_answers(checkin.answers)
    if not answers:
        return None
    cursor = db.execute(
        "INSERT INTO function_checkin (recorded_at, answered_by) VALUES (?, ?)",
        (checkin.recorded_at.isoformat(), checkin.answered_by),
    )
    db.executemany(
        "INSERT INTO function_answer (checkin_id, question, answer) VALUES (?, ?, ?)",
        [(cursor.lastrowid, key, code) for key, code in answers.items()],
    )
    return int(cursor.lastrowid or 0)


def _read(
    connection: sqlite3.Connection, where: str, params: list[object], limit: str = ""
) -> list[FunctionCheckIn]:
    rows = connection.execute(
        f"SELECT id, recorded_at, answered_by FROM function_checkin {where}"
        f" ORDER BY recorded_at DESC, id DESC {limit}",
        params,
    ).fetchall()
    if not rows:
        return []
    ids = [row[0] for row in rows]
    answers: dict[int, dict[str, str]] = {}
    marks = ", ".join("?" * len(ids))
    for checkin_id, question, answer in connection.execute(
        f"SELECT checkin_id, question, answer FROM function_answer WHERE checkin_id IN ({marks})", ids
    ):
        answers.setdefault(checkin_id, {})[question] = answer
    return [
        FunctionCheckIn(datetime.fromisoformat(row[1]), known_answers(answers.get(row[0], {})), row[2])
        for row in reversed(rows)
    ]


def function_checkins(
    connection: sqlite3.Connection, since: date | None = None, until: date | None = None
) -> list[FunctionCheckIn]:
    """The week's answers given from ``since`` up to and including ``until``, oldest first."""
    where, params = [], []
    if since is not None:
        where.append("recorded_at >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("recorded_at < ?")
        params.append((until + timedelta(days=1)).isoformat())
    return _read(connection, "WHERE " + " AND ".join(where) if where else "", list(params))


def latest_function(
    connection: sqlite3.Connection, count: int = 2, until: date | None = None
) -> list[FunctionCheckIn]:
    """The newest ``count`` check-ins up to and including ``until``, oldest first."""
    where, params = "", []
    if until is not None:
        where, params = "WHERE recorded_at < ?", [(until + timedelta(days=1)).isoformat()]
    return _read(connection, where, list(params), f"LIMIT {int(count)}")
