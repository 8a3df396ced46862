"""Generated history for tests and bench/: sessions with steps and check-ins over a span of days."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from pathlib import Path

from neuroguide.core.checkin import SKIN_FINDINGS, SYMPTOMS, CheckIn
from neuroguide.store.history import HistoryStore

ROUTINES = (
    ("foot-care", "Morning foot care", ("right foot", "left foot"), 690, 14),
    ("hand-relief", "Hand relief", ("right hand", "left hand"), 480, 12),
)


def seed(
    data_dir: Path, days: int, end: datetime, per_week: float = 5.0, steps: bool = True, seed: int = 1
) -> int:
    """Fill the history with about ``per_week`` sessions a week for ``days`` days up to ``end``."""
    rng = random.Random(seed)
    store = HistoryStore(data_dir)
    db = store.connection
    count = 0
    db.execute("BEGIN")
    for offset in range(days, 0, -1):
        day = (end - timedelta(days=offset)).date()
        if rng.random() > per_week / 7:
            continue
        routine_id, title, limbs, planned, total = ROUTINES[rng.random() < 0.3]
        started = datetime.combine(day, time(8, rng.randint(0, 59))).astimezone()
        status = "finished" if rng.random() > 0.08 else "stopped"
        cursor = db.execute(
            "INSERT INTO session (routine_id, routine_title, started_at, ended_at, status, stop_reason,"
            " planned_seconds, done_seconds, steps_total, performed_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                routine_id,
                title,
                started.isoformat(),
                (started + timedelta(minutes=12)).isoformat(),
                status,
                "felt sore" if status == "stopped" else "",
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
                [
                    (session, n, f"s{n}", f"Step {n}", "right", started.isoformat())
                    for n in range(1, total + 1)
                ],
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
                    "note": "felt warm afterwards" if rng.random() < 0.1 else "",
                }
            checkin = CheckIn(moment, scores, **extra)  # type: ignore[arg-type]
            cursor = db.execute(
                "INSERT INTO checkin (session_id, moment, recorded_at, skin, soreness, fatigue, note)"
                " VALUES (?, ?, ?, ?, ?, 0, ?)",
                (
                    session,
                    moment,
                    started.isoformat(),
                    ",".join(checkin.skin),
                    int(checkin.soreness),
                    checkin.note,
                ),
            )
            db.executemany(
                "INSERT INTO score VALUES (?, ?, ?, ?)",
                [(cursor.lastrowid, limb, symptom, value) for (limb, symptom), value in scores.items()],
            )
        count += 1
    db.execute("COMMIT")
    store.close()
    return count
