"""History as a CSV file a spreadsheet opens: one row a session, every check-in field in columns.

UTF-8 with a byte-order mark, so spreadsheet programs on every system read accents correctly; a
cell that a spreadsheet would take for a formula is written as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from neuroguide.core.checkin import SKIN_FINDINGS, SYMPTOMS, CheckIn
from neuroguide.store.history import HistoryStore, SessionRecord

FIXED_COLUMNS = (
    "session",
    "date",
    "time",
    "routine_id",
    "routine",
    "status",
    "stop_reason",
    "minutes_done",
    "minutes_planned",
    "steps_done",
    "steps_total",
    "performed_by",
)
AFTER_COLUMNS = ("skin_findings", "soreness", "fatigue", "note")
IN_SESSION_COLUMNS = ("skin_check_found", "left_out")  # what the session's own skin check found
STOP_COLUMNS = ("stop_note",)  # the words of a stop reason coded "other" (stop_reason holds the code)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def limbs_in(records: Iterable[SessionRecord]) -> list[str]:
    found: list[str] = []
    for record in records:
        for checkin in (record.before, record.after):
            if checkin is None:
                continue
            for limb, _ in checkin.scores:
                if limb not in found:
                    found.append(limb)
    return in_limb_order(found)


def in_limb_order(limbs: Iterable[str]) -> list[str]:
    order = {"right": 0, "left": 1}
    return sorted(limbs, key=lambda limb: (limb.split()[-1], order.get(limb.split()[0], 2), limb))


def limbs_recorded(store: HistoryStore, since: date | None, until: date | None) -> list[str]:
    """``limbs_in`` the sessions of the range, asked of the database instead of read from them."""
    clauses, params = ["c.moment IN ('before', 'after')"], []
    if since is not None:
        clauses.append("s.started_at >= ?")
        params.append(since.isoformat())
    if until is not None and until < date.max:
        clauses.append("s.started_at < ?")
        params.append((until + timedelta(days=1)).isoformat())
    rows = store.connection.execute(
        "SELECT DISTINCT sc.limb FROM score sc JOIN checkin c ON c.id = sc.checkin_id"
        f" JOIN session s ON s.id = c.session_id WHERE {' AND '.join(clauses)}",
        params,
    )
    return in_limb_order(limb for (limb,) in rows)


def header(limbs: list[str]) -> list[str]:
    columns = list(FIXED_COLUMNS)
    for moment in ("before", "after"):
        for symptom in SYMPTOMS:
            columns.append(f"{moment}_{symptom}_average")
        for limb in limbs:
            for symptom in SYMPTOMS:
                columns.append(f"{moment}_{symptom}_{limb.replace(' ', '_')}")
    return columns + list(AFTER_COLUMNS) + list(IN_SESSION_COLUMNS) + list(STOP_COLUMNS)


def row(record: SessionRecord, limbs: list[str]) -> list[str]:
    cells = [
        str(record.id),
        record.started_at.date().isoformat(),
        record.started_at.strftime("%H:%M"),
        record.routine_id,
        record.routine_title,
        record.status,
        record.stop_reason,
        f"{record.done_seconds / 60:.1f}",
        f"{record.planned_seconds / 60:.1f}",
        str(record.steps_done),
        str(record.steps_total),
        record.performed_by or "self",
    ]
    for checkin in (record.before, record.after):
        cells.extend(_scores(checkin, limbs))
    after = record.after
    cells.extend(
        [
            ";".join(after.skin) if after and after.skin else ("none" if after else ""),
            ("yes" if after.soreness else "no") if after else "",
            ("yes" if after.fatigue else "no") if after else "",
            after.note if after else "",
            record.found,
            record.left_out,
            record.stop_note,
        ]
    )
    return [_safe(cell) for cell in cells]


def _scores(checkin: CheckIn | None, limbs: list[str]) -> list[str]:
    cells = []
    for symptom in SYMPTOMS:
        average = checkin.average(symptom) if checkin else None
        cells.append("" if average is None else f"{average:.1f}")
    for limb in limbs:
        for symptom in SYMPTOMS:
            value = checkin.scores.get((limb, symptom)) if checkin else None
            cells.append("" if value is None else str(value))
    return cells


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) and not _is_number(cell) else cell


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_csv(records: list[SessionRecord]) -> str:
    buffer = io.StringIO()
    write_rows(buffer, records, limbs_in(records))
    return buffer.getvalue()


def write_rows(file: TextIO, records: Iterable[SessionRecord], limbs: list[str]) -> int:
    """The header and a row a session, written as they come; returns the number of sessions."""
    writer = csv.writer(file, lineterminator="\r\n")
    writer.writerow(header(limbs))
    count = 0
    for record in records:
        writer.writerow(row(record, limbs))
        count += 1
    return count


def write_csv(records: list[SessionRecord], out: Path) -> None:
    """Written whole or not at all, readable by the person alone."""
    from neuroguide.system.private_files import write_private

    write_private(out, to_csv(records).encode("utf-8-sig"))


def export_csv(store: HistoryStore, out: Path, since: date | None = None, until: date | None = None) -> int:
    """The sessions of the range written to ``out`` as ``write_csv`` writes them, byte for byte, read
    a stretch at a time and written row by row: twenty years are never all in memory. Returns the
    number of sessions."""
    from neuroguide.system.private_files import writing_private

    limbs = limbs_recorded(store, since, until)
    with writing_private(out) as file:
        text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
        count = write_rows(text, store.each_session(since, until), limbs)
        text.flush()
        text.detach()  # the file itself is synced, closed and renamed by writing_private
    return count


__all__ = ["SKIN_FINDINGS", "export_csv", "header", "to_csv", "write_csv"]
