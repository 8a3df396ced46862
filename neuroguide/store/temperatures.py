"""Foot skin temperatures in the history file (core.foot_temperature): every reading kept, in the
order it was written; the rule reads the last one of each day.

Written within the caller's transaction, read over any connection; HistoryStore names them.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from neuroguide.core.foot_temperature import Reading
from neuroguide.store.queries import day_range


def insert_reading(db: sqlite3.Connection, reading: Reading, recorded_at: datetime) -> int:
    cursor = db.execute(
        "INSERT INTO foot_temperature (day, recorded_at, right_c, left_c) VALUES (?, ?, ?, ?)",
        (reading.day.isoformat(), recorded_at.isoformat(), reading.right, reading.left),
    )
    return int(cursor.lastrowid or 0)


def readings(
    connection: sqlite3.Connection, since: date | None = None, until: date | None = None
) -> list[Reading]:
    """The readings of the days from ``since`` up to and including ``until``, oldest first."""
    where, params = day_range(since, until)
    rows = connection.execute(
        f"SELECT day, right_c, left_c, recorded_at FROM foot_temperature {where} ORDER BY day, id", params
    )
    return [
        Reading(date.fromisoformat(day), right, left, datetime.fromisoformat(at))
        for day, right, left, at in rows
    ]
