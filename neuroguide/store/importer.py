"""Reading a history CSV back in (the format ``export`` writes), for a new computer or a restored copy.

Every row is checked before anything is written: a score outside 0–10, a date that is not a date or
an unknown status, a number that is not finite or out of range, is refused with the row and column
named, and then nothing at all is imported (the history file is not even opened). The file is read
twice as a stream, once to check and once to write, so its size never decides the memory used; it may
hold at most MAX_ROWS sessions and lines of at most MAX_LINE characters. Sessions already in the
history (same start and routine) are skipped, so importing twice is harmless; a session repeated
inside the file is imported once and said. Writing commits every BATCH sessions, so a session being
recorded meanwhile never waits long.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from neuroguide.core.checkin import SKIN_FINDINGS, SYMPTOMS, CheckIn, CheckInError
from neuroguide.core.outcome import stop_code
from neuroguide.store.export import FIXED_COLUMNS
from neuroguide.store.history import HistoryStore, insert_checkin

STATUSES = ("finished", "stopped", "interrupted")
MAX_STEPS = 1000  # no routine has more; a bigger number is a damaged file
MAX_MINUTES = 24 * 60  # no session lasts a day
MAX_ROWS = 100_000  # sessions in one file: two a day for over a century
MAX_LINE = 1 << 20  # characters in one line of the file
MAX_PROBLEMS = 100  # problems listed; the rest are counted
FIRST_YEAR, LAST_YEAR = 1900, 2999
BATCH = 500  # sessions written per transaction


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
    stop_note: str = ""  # the words of a stop reason coded "other"

    @property
    def key(self) -> tuple[str, str]:
        """The same session: same routine, same local minute (an export keeps the time to the minute)."""
        return self.routine_id, self.started_at.isoformat()[:16]


@dataclass
class CheckedFile:
    """A file whose every row was checked: how many sessions, and which rows repeat an earlier one."""

    path: Path
    rows: int
    repeated: dict[int, int] = field(default_factory=dict)  # row number: the earlier row it repeats


class _LineTooLongError(Exception):
    pass


def _lines(file: TextIO) -> Iterator[str]:
    """The file's lines, refusing one longer than MAX_LINE before it is all in memory."""
    while line := file.readline(MAX_LINE + 1):
        if len(line) > MAX_LINE:
            raise _LineTooLongError
        yield line


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, cells) for each row, as a spreadsheet counts (row 1 is the header)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:  # newline="": notes keep their line breaks
            reader = csv.DictReader(_lines(file), restval="")
            columns = reader.fieldnames or []
            missing = [column for column in FIXED_COLUMNS if column not in columns]
            if columns and missing:
                raise ImportRefusedError([f"{path}: missing column(s): {', '.join(missing)}"])
            for number, row in enumerate(reader, start=2):
                yield number, {key: _text(value) for key, value in row.items() if key is not None}
    except _LineTooLongError:
        raise ImportRefusedError(
            [f"{path}: a line is longer than {MAX_LINE:,} characters; this is not a NeuroGuide export"]
        ) from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ImportRefusedError([f"{path}: cannot be read ({error})"]) from error


def check_csv(path: Path) -> CheckedFile:
    """Check every row of ``path``, keeping none of them; refused with every problem, else counted."""
    checked = CheckedFile(path, 0)
    first_row: dict[tuple[str, str], int] = {}
    problems: list[str] = []
    count = 0
    for number, session in _sessions(path, problems):
        count += 1
        if count > MAX_ROWS:
            raise ImportRefusedError(
                [f"{path}: more than {MAX_ROWS:,} sessions; import it in parts of at most that many rows"]
            )
        if session is None:
            continue
        key = session.key
        if key in first_row:
            checked.repeated[number] = first_row[key]
        else:
            first_row[key] = number
    if count == 0:
        raise ImportRefusedError([f"{path}: no sessions found (expected a header row and one row a session)"])
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"… and {len(problems) - MAX_PROBLEMS} more problem(s)")
        raise ImportRefusedError(shown)
    checked.rows = count
    return checked


def _sessions(path: Path, problems: list[str]) -> Iterator[tuple[int, ImportedSession | None]]:
    for number, row in _rows(path):
        found: list[str] = []
        try:
            session = _session(row, found)
        except (ValueError, OverflowError, KeyError) as error:
            session, found = None, [*found, f"cannot be read ({error})"]
        problems.extend(f"row {number}: {problem}" for problem in found)
        yield number, (session if not found else None)


def read_csv(path: Path) -> list[ImportedSession]:
    """Every session in a file (for a small file; importing streams it instead)."""
    check_csv(path)
    return [session for _, session in _sessions(path, []) if session is not None]


def _text(value: object) -> str:
    """A cell as text; the export's guard against spreadsheet formulas ("'=...") is undone."""
    text = "" if value is None else str(value)
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r") else text


def _session(row: dict[str, str], problems: list[str]) -> ImportedSession | None:
    started = None
    try:
        day = date.fromisoformat(row["date"].strip())
        clock = datetime.strptime(row["time"].strip(), "%H:%M").time()
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError
        started = datetime.combine(day, clock).astimezone()
    except (ValueError, OverflowError):
        problems.append(
            f"date/time: expected a date as YYYY-MM-DD from {FIRST_YEAR} to {LAST_YEAR} and a time as "
            f"HH:MM, got {row['date']!r} {row['time']!r}"
        )
    status = row["status"].strip()
    if status == "running":
        status = "interrupted"  # exported while a session was under way: it did not finish
    if status not in STATUSES:
        problems.append(f"status: expected one of {', '.join(STATUSES)}, got {status!r}")
    numbers = {}
    for column in ("minutes_done", "minutes_planned", "steps_done", "steps_total"):
        try:
            value = float(row[column][:40])  # no number needs more; a longer one is refused below
            if not math.isfinite(value) or value < 0 or len(row[column]) > 40:
                raise ValueError
        except ValueError:
            problems.append(f"{column}: expected a number of 0 or more, got {row[column][:40]!r}")
            continue
        limit, unit = (
            (MAX_MINUTES, "minutes (a day)") if column.startswith("minutes") else (MAX_STEPS, "steps")
        )
        if value > limit:
            problems.append(f"{column}: expected at most {limit} {unit}, got {row[column]!r}")
            continue
        numbers[column] = value
    if not row["routine_id"].strip():
        problems.append("routine_id: expected the routine's id, got nothing")
    before = _checkin(row, "before", problems)
    after = _checkin(row, "after", problems)
    if problems or started is None or len(numbers) < 4:
        return None
    performer = row["performed_by"].strip()
    stop_reason, stop_note = _stop(row)
    return ImportedSession(
        routine_id=row["routine_id"].strip(),
        routine_title=row["routine"].strip() or row["routine_id"].strip(),
        started_at=started,
        status=status,
        stop_reason=stop_reason,
        done_seconds=numbers["minutes_done"] * 60,
        planned_seconds=round(numbers["minutes_planned"] * 60),
        steps_done=int(numbers["steps_done"]),
        steps_total=int(numbers["steps_total"]),
        performed_by="" if performer == "self" else performer,
        before=before,
        after=after,
        found=_text(row.get("skin_check_found", ""))[:200],
        left_out=_text(row.get("left_out", ""))[:500],
        stop_note=stop_note,
    )


def _stop(row: dict[str, str]) -> tuple[str, str]:
    """(code, note): older exports hold the words shown, newer ones the code and an "other"'s words."""
    code, note = stop_code(row["stop_reason"])
    return code, (row.get("stop_note", "").strip() or note)[:500]


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


@dataclass
class ImportResult:
    imported: int = 0
    present: int = 0  # already in the history
    repeated: dict[int, int] = field(default_factory=dict)  # row: the earlier row in the file it repeats


def import_file(store: HistoryStore, checked: CheckedFile) -> ImportResult:
    """Write a checked file's sessions, BATCH to a transaction, reading the file again as a stream.

    A session already in the history is skipped, and so is a row repeating an earlier row of the file.
    Should writing stop part way (a locked or full disk), the batches written stay: importing the file
    again skips them."""
    result = ImportResult(repeated=checked.repeated)
    batch: list[ImportedSession] = []
    for number, session in _sessions(checked.path, []):
        if session is None or number in checked.repeated:
            continue
        batch.append(session)
        if len(batch) >= BATCH:
            _write_batch(store, batch, result)
            batch = []
    if batch:
        _write_batch(store, batch, result)
    return result


def import_sessions(store: HistoryStore, sessions: list[ImportedSession]) -> tuple[int, int]:
    """Write the sessions (BATCH to a transaction); returns (imported, skipped as already present)."""
    result = ImportResult()
    for start in range(0, len(sessions), BATCH):
        _write_batch(store, sessions[start : start + BATCH], result)
    return result.imported, result.present


def _write_batch(store: HistoryStore, sessions: list[ImportedSession], result: ImportResult) -> None:
    with store.writing() as db:
        for session in sessions:
            stamp = session.started_at.isoformat()
            minute = stamp[:16]
            present = db.execute(
                "SELECT 1 FROM session WHERE started_at >= ? AND started_at < ? AND routine_id = ? LIMIT 1",
                (minute, minute + "\uffff", session.routine_id),
            ).fetchone()
            if present:
                result.present += 1
                continue
            cursor = db.execute(
                "INSERT INTO session (routine_id, routine_title, started_at, status, stop_reason,"
                " planned_seconds, done_seconds, steps_total, performed_by, found, left_out, stop_note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    session.stop_note,
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
            result.imported += 1
