"""The History table's words for a session. No widgets: they are worked out on the history thread for
a prepared view (``store.history_view.PreparedViews(session_cells)``) while the window may wait in the
tray, before the page or its chart is ever loaded."""

from __future__ import annotations

from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import tr
from neuroguide.store.history import SessionRecord
from neuroguide.ui.kit.words import outcome_words, symptom_name


def change_words(record: SessionRecord) -> str:
    """'Pain 6→3 · Tingling 5→4': averages over the limbs, before and after."""
    if record.before is None and record.after is None:
        return ""
    parts = []
    for symptom in SYMPTOMS:
        before = record.before.average(symptom) if record.before else None
        after = record.after.average(symptom) if record.after else None
        if before is None and after is None:
            continue
        shown = [f"{value:.0f}" if value is not None else "–" for value in (before, after)]
        parts.append(f"{symptom_name(symptom)} {shown[0]}→{shown[1]}")
    return " · ".join(parts)


def session_cells(record: SessionRecord) -> tuple[str, ...]:
    """The table's words for one session, worked out once (on the history thread for a page's view)."""
    return (
        record.started_at.strftime("%a %d %b %Y, %H:%M"),
        record.routine_title,
        f"{record.done_seconds / 60:.0f} / {record.planned_seconds / 60:.0f}",
        record.performed_by or tr("self"),
        change_words(record),
        outcome_words(record.status, record.stop_reason, record.stop_note),
        record.after.note if record.after else "",
    )
