"""Reading a history CSV back in (the format ``export`` writes), for a new computer or a restored copy.

Every row is checked before anything is written: a score outside 0–10, a date that is not a date or
an unknown status is refused with the row and column named, and then nothing at all is imported.
Sessions already in the history (same start and routine) are skipped, so importing twice is harmless.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from neuroguide.core.checkin import SKIN_FINDINGS, SYMPTOMS, CheckIn, CheckInError
from neuroguide.store.export import FIXED_COLUMNS
from neuroguide.store.history import HistoryStore, insert_checkin

STATUSES = ("finished", "stopped", "interrupted")
MAX_STEPS = 1000  # no routine has more; a bigger number is a damaged file


class ImportRefusedError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportedSession:
    routine_id: str
    routine_title: str
    started_at: datetime
    status: str
    stop_reason: str
    done_seconds: float
    planned_seconds: int
    steps_done: int
    steps_total: int
    performed_by: str
    before: CheckIn | None
    after: CheckIn | None
    found: str = ""  # the session's own skin check, when the file has it (older exports do not)
    left_out: str = ""


def read_csv(path: Path) -> list[ImportedSession]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:  # newline="": notes keep their line breaks
            rows = list(csv.DictReader(file, restval=""))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ImportRefusedError([f"{path}: cannot be read ({error})"]) from error
    missing = [column for column in FIXED_COLUMNS if rows and column not in rows[0]]
    if not rows:
        raise ImportRefusedError([f"{path}: no sessions found (expected a header row and one row a session)"])
    if missing:
        raise ImportRefusedError([f"{path}: missing column(s): {', '.join(missing)}"])
    sessions: list[ImportedSession] = []
    problems: list[str] = []
    for number, row in enumerate(rows, start=2):  # row 1 is the header, as a spreadsheet counts
        found: list[str] = []
        row = {key: _text(value) for key, value in row.items() if key is not None}
        try:
            session = _session(row, found)
        except (ValueError, OverflowError, KeyError) as error:
            session, found = None, [*found, f"cannot be read ({error})"]
        problems.extend(f"row {number}: {problem}" for problem in found)
        if session is not None and not found:
            sessions.append(session)
    if problems:
        raise ImportRefusedError(problems)
    return sessions


def _text(value: object) -> str:
    """A cell as text; the export's guard against spreadsheet formulas ("'=...") is undone."""
    text = "" if value is None else str(value)
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r") else text


def _session(row: dict[str, str], problems: list[str]) -> ImportedSession | None:
    started = None
    try:
        day = date.fromisoformat(row["date"].strip())
        clock = datetime.strptime(row["time"].strip(), "%H:%M").time()
        started = datetime.combine(day, clock).astimezone()
    except ValueError:
        problems.append(
            "date/time: expected a date as YYYY-MM-DD and a time as HH:MM, "
            f"got {row['date']!r} {row['time']!r}"
        )
    status = row["status"].strip()
    if status == "running":
        status = "interrupted"  # exported while a session was under way: it did not finish
    if status not in STATUSES:
        problems.append(f"status: expected one of {', '.join(STATUSES)}, got {status!r}")
    numbers = {}
    for column in ("minutes_done", "minutes_planned", "steps_done", "steps_total"):
        try:
            numbers[column] = float(row[column])
            if not math.isfinite(numbers[column]) or numbers[column] < 0:
                raise ValueError
        except ValueError:
            problems.append(f"{column}: expected a number of 0 or more, got {row[column]!r}")
    if numbers.get("steps_done", 0) > MAX_STEPS or numbers.get("steps_total", 0) > MAX_STEPS:
        problems.append(f"steps_done/steps_total: expected at most {MAX_STEPS} steps")
    if not row["routine_id"].strip():
        problems.append("routine_id: expected the routine's id, got nothing")
    before = _checkin(row, "before", problems)
    after = _checkin(row, "after", problems)
    if problems or started is None:
        return None
    performer = row["performed_by"].strip()
    return ImportedSession(
        routine_id=row["routine_id"].strip(),
        routine_title=row["routine"].strip() or row["routine_id"].strip(),
        started_at=started,
        status=status,
        stop_reason=row["stop_reason"].strip(),
        done_seconds=numbers["minutes_done"] * 60,
        planned_seconds=round(numbers["minutes_planned"] * 60),
        steps_done=int(numbers["steps_done"]),
        steps_total=int(numbers["steps_total"]),
        performed_by="" if performer == "self" else performer,
        before=before,
        after=after,
        found=_text(row.get("skin_check_found", ""))[:200],
        left_out=_text(row.get("left_out", ""))[:500],
    )


def _checkin(row: dict[str, str], moment: str, problems: list[str]) -> CheckIn | None:
    scores: dict[tuple[str, str], int] = {}
    for column, value in row.items():
        if (
            not column
            or not column.startswith(f"{moment}_")
            or column.endswith("_average")
            or not value.strip()
        ):
            continue
        parts = column.split("_", 2)
        if len(parts) != 3 or parts[1] not in SYMPTOMS:
            continue
        try:
            score = int(value.strip())
        except ValueError:
            problems.append(f"{column}: expected a whole number from 0 to 10, got {value!r}")
            continue
        scores[(parts[2].replace("_", " "), parts[1])] = score
    extra: dict[str, object] = {}
    if moment == "after":
        skin = tuple(
            finding.strip() for finding in row.get("skin_findings", "").split(";") if finding.strip()
        )
        extra = {
            "skin": tuple(finding for finding in skin if finding != "none"),
            "soreness": row.get("soreness", "").strip() == "yes",
            "fatigue": row.get("fatigue", "").strip() == "yes",
            "note": row.get("note", "").strip(),
        }
        unknown = [finding for finding in extra["skin"] if finding not in SKIN_FINDINGS]  # type: ignore[attr-defined]
        if unknown:
            problems.append(
                f"skin_findings: unknown {', '.join(unknown)} (expected: none, {', '.join(SKIN_FINDINGS)})"
            )
            return None
    if not scores and not any(extra.values()):
        return None
    try:
        return CheckIn(moment, scores, **extra)  # type: ignore[arg-type]
    except CheckInError as error:
        problems.append(str(error))
        return None


def import_sessions(store: HistoryStore, sessions: list[ImportedSession]) -> tuple[int, int]:
    """Write the sessions in one transaction; returns (imported, skipped as already present)."""
    # the same session: same routine, same local minute (an export keeps the time to the minute)
    existing = {
        (row[0], row[1][:16])
        for row in store.connection.execute("SELECT routine_id, started_at FROM session")
    }
    imported = skipped = 0
    db = store.connection
    db.execute("BEGIN IMMEDIATE")
    try:
        for session in sessions:
            stamp = session.started_at.isoformat()
            key = (session.routine_id, stamp[:16])
            if key in existing:
                skipped += 1
                continue
            existing.add(key)
            cursor = db.execute(
                "INSERT INTO session (routine_id, routine_title, started_at, status, stop_reason,"
                " planned_seconds, done_seconds, steps_total, performed_by, found, left_out)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session.routine_id,
                    session.routine_title,
                    stamp,
                    session.status,
                    session.stop_reason,
                    session.planned_seconds,
                    session.done_seconds,
                    session.steps_total,
                    session.performed_by,
                    session.found,
                    session.left_out,
                ),
            )
            session_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO step (session_id, position, step_key, title, completed, seconds_done,"
                " finished_at) VALUES (?, ?, 'imported', 'Imported step', 1, 0, ?)",
                [(session_id, number, stamp) for number in range(1, session.steps_done + 1)],
            )
            for checkin in (session.before, session.after):
                if checkin is not None:
                    insert_checkin(db, session_id, checkin, session.started_at)
            imported += 1
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return imported, skipped
