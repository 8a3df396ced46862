"""What the History page shows, worked out on the history thread: the period's newest sessions with
the table's words, counts, the chart's points and the calendar's days, kept until the history changes.

Plain data and words only (QtCore for translations): reading ahead must not load the page, its chart
(QtCharts) or any widget while the window waits in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import tr
from neuroguide.store.history import HistoryStore, Marker, SessionRecord
from neuroguide.ui.kit.words import outcome_words, symptom_name

PERIODS = {"3m": 91, "6m": 182, "1y": 365, "all": 0}
PAGE_SIZE = 50  # sessions a page of the table; "Show older sessions" reads the next
MAX_POINTS = 60  # more sessions than this in a period are averaged by week, then by month

Points = dict[tuple[str, str], list[tuple[date, float]]]


@dataclass(frozen=True)
class HistoryView:
    """What the page shows, read on the history thread in one go."""

    today: date
    since: date
    records: list[SessionRecord]  # the newest sessions of the period, newest first
    total: int  # sessions in the period
    finished: int
    bucket: str  # how the chart's points are averaged: session, week or month
    points: Points
    markers: list[Marker]
    days: dict[date, int]  # sessions per day, for the calendar and the run of days
    cells: list[tuple[str, ...]] | None = None  # the table's words for ``records``, when worked out


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


def read_view(store: HistoryStore, today: date, period: str) -> HistoryView:
    """All the page needs, in amounts that do not grow with the years of history: the newest page of
    sessions, counts, and chart points averaged in SQL."""
    days = PERIODS[period]
    since = today - timedelta(days=days - 1) if days else (store.first_day() or today)
    total, finished = store.count_sessions(since, today)
    bucket, points = store.chart_points(since, today, MAX_POINTS)
    records = store.recent_sessions(since, today, PAGE_SIZE)
    return HistoryView(
        today=today,
        since=since,
        records=records,
        cells=[session_cells(record) for record in records],
        total=total,
        finished=finished,
        bucket=bucket,
        points=points,
        markers=store.markers(since, today),
        days=store.session_days(today - timedelta(days=400), today),
    )


class PreparedViews:
    """What the History page shows, read ahead on the history thread and kept until the history (or the
    day) changes, so opening the page or choosing another period does not wait for the disk.

    Used on the history thread only, like the store it reads."""

    def __init__(self) -> None:
        self._views: dict[tuple[date, str], HistoryView] = {}
        self._version: tuple[int, int] | None = None

    def view(self, store: HistoryStore, today: date, period: str) -> HistoryView:
        version = store.version()
        if version != self._version or any(day != today for day, _ in self._views):
            self._views.clear()
            self._version = version
        key = (today, period)
        if key not in self._views:
            self._views[key] = read_view(store, today, period)
        return self._views[key]

    def prepare(self, store: HistoryStore, today: date) -> None:
        for period in PERIODS:
            self.view(store, today, period)
