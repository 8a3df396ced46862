"""What the History page shows, worked out on the history thread: the period's newest sessions,
counts, the chart's points and the calendar's days, kept until the history changes.

Plain data (no Qt): reading ahead must not load the page, its chart or any widget while the window
waits in the background. The table's words are the page's (``ui.pages.history_table``): given as
``cells``, they are worked out here too, on the history thread, once a view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from neuroguide.core.function_checkin import FunctionCheckIn
from neuroguide.store.history import HistoryStore, Marker, SessionRecord

PERIODS = {"3m": 91, "6m": 182, "1y": 365, "all": 0}
PAGE_SIZE = 50  # sessions a page of the table; "Show older sessions" reads the next
MAX_POINTS = 60  # more sessions than this in a period are averaged by week, then by month

Points = dict[tuple[str, str], list[tuple[date, float]]]
Cells = Callable[[SessionRecord], tuple[str, ...]]  # the table's words for a session


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
    days: dict[date, int]  # sessions that count per day (core.counting), for the calendar and the week
    cells: list[tuple[str, ...]] | None = None  # the table's words for ``records``, when worked out
    counted: int = 0  # sessions in the period that count
    tried: dict[date, int] = field(default_factory=dict)  # sessions per day that do not count
    run: int = 0  # the run of days with a session that counts, up to today
    function: list[FunctionCheckIn] = field(default_factory=list)  # the newest two, oldest first


def read_view(store: HistoryStore, today: date, period: str, cells: Cells | None = None) -> HistoryView:
    """All the page needs, in amounts that do not grow with the years of history: the newest page of
    sessions, counts, and chart points averaged in SQL."""
    length = PERIODS[period]
    since = today - timedelta(days=length - 1) if length else (store.first_day() or today)
    total, finished = store.count_sessions(since, today)
    bucket, points = store.chart_points(since, today, MAX_POINTS)
    records = store.recent_sessions(since, today, PAGE_SIZE)
    shown = today - timedelta(days=400), today  # the calendar's days, and the week's
    days, sessions = store.counted_days(*shown), store.session_days(*shown)
    return HistoryView(
        today=today,
        since=since,
        records=records,
        cells=[cells(record) for record in records] if cells is not None else None,
        total=total,
        finished=finished,
        bucket=bucket,
        points=points,
        markers=store.markers(since, today),
        days=days,
        counted=store.counted_sessions(since, today),
        tried={day: count - days.get(day, 0) for day, count in sessions.items() if count > days.get(day, 0)},
        run=store.run_of_days(today),
        function=store.latest_function(2, today),
    )


class PreparedViews:
    """What the History page shows, read ahead on the history thread and kept until the history (or the
    day) changes, so opening the page or choosing another period does not wait for the disk.

    Used on the history thread only, like the store it reads."""

    def __init__(self, cells: Cells | None = None) -> None:
        self._cells = cells
        self._views: dict[tuple[date, str], HistoryView] = {}
        self._version: tuple[int, int] | None = None

    def view(self, store: HistoryStore, today: date, period: str) -> HistoryView:
        version = store.version()
        if version != self._version or any(day != today for day, _ in self._views):
            self._views.clear()
            self._version = version
        key = (today, period)
        if key not in self._views:
            self._views[key] = read_view(store, today, period, self._cells)
        return self._views[key]

    def prepare(self, store: HistoryStore, today: date) -> None:
        for period in PERIODS:
            self.view(store, today, period)
