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

from neuroguide.core.foot_temperature import Reading
from neuroguide.core.function_checkin import FunctionCheckIn
from neuroguide.store.history import HistoryStore, Marker, SessionRecord
from neuroguide.store.queries import ChartRow

AREAS = ("foot", "hand", "leg", "arm")  # the order the places are offered in; others after
SIDES = ("right", "left")


@dataclass(frozen=True)
class Pair:
    """One week's (or month's) scores before and after, averaged over the sessions scored both times."""

    start: date  # the bucket's first day
    before: float
    after: float
    sessions: int


@dataclass(frozen=True)
class Series:
    """One symptom in one place: its pairs, oldest first, and what they add up to."""

    place: str  # a limb ("right foot") or an area ("foot": each session's sides averaged first)
    symptom: str
    pairs: tuple[Pair, ...]
    first: date  # the day of the first session it rests on

    @property
    def sessions(self) -> int:
        return sum(pair.sessions for pair in self.pairs)

    @property
    def before(self) -> float:
        return sum(pair.before * pair.sessions for pair in self.pairs) / max(1, self.sessions)

    @property
    def after(self) -> float:
        return sum(pair.after * pair.sessions for pair in self.pairs) / max(1, self.sessions)


@dataclass(frozen=True)
class ChartData:
    """The chart's pairs for every place and symptom the period has, chosen between on the page."""

    bucket: str  # "week" or "month"
    series: dict[tuple[str, str], Series]  # (place, symptom)

    @property
    def first(self) -> date | None:
        """The first day with scores both before and after: where the chart's time starts."""
        return min((one.first for one in self.series.values()), default=None)

    def places(self) -> list[str]:
        """The places the person scored: each area, then its sides when it has more than one (an
        area with one side scored is offered as that side)."""
        limbs = {place for place, _ in self.series if " " in place}
        areas = sorted({place for place, _ in self.series if " " not in place}, key=_area_order)
        found: list[str] = []
        for area in areas:
            sides = sorted((limb for limb in limbs if limb.endswith(" " + area)), key=_side_order)
            found += sides if len(sides) == 1 else [area, *sides]
        return found

    def symptoms(self, place: str) -> list[str]:
        return [symptom for where, symptom in self.series if where == place]


def _area_order(area: str) -> tuple[int, str]:
    return (AREAS.index(area) if area in AREAS else len(AREAS), area)


def _side_order(limb: str) -> tuple[int, str]:
    side = limb.split(" ", 1)[0]
    return (SIDES.index(side) if side in SIDES else len(SIDES), limb)


def chart_data(bucket: str, rows: list[ChartRow]) -> ChartData:
    """The query's rows (``HistoryQueries.chart_points``) as a series per place and symptom."""
    pairs: dict[tuple[str, str], list[Pair]] = {}
    first: dict[tuple[str, str], date] = {}
    for row in rows:
        if row.kind == "limb" and " " not in row.place:
            continue  # a limb named without its side is its area, counted once as that
        key = (row.place, row.symptom)
        pairs.setdefault(key, []).append(
            Pair(row.start, row.before / row.sessions, row.after / row.sessions, row.sessions)
        )
        first[key] = min(first.get(key, row.first), row.first)
    return ChartData(
        bucket,
        {
            key: Series(key[0], key[1], tuple(sorted(found, key=lambda pair: pair.start)), first[key])
            for key, found in pairs.items()
        },
    )


PERIODS = {"3m": 91, "6m": 182, "1y": 365, "all": 0}
PAGE_SIZE = 50  # sessions a page of the table; "Show older sessions" reads the next
TEMPERATURE_DAYS = 14  # the foot skin temperatures read for the page
MAX_WEEKS = 60  # the chart pairs scores by week up to this many weeks of them, by month beyond

Cells = Callable[[SessionRecord], tuple[str, ...]]  # the table's words for a session


@dataclass(frozen=True)
class HistoryView:
    """What the page shows, read on the history thread in one go."""

    today: date
    since: date
    records: list[SessionRecord]  # the newest sessions of the period, newest first
    total: int  # sessions in the period
    finished: int
    markers: list[Marker]
    days: dict[date, int]  # sessions that count per day (core.counting), for the calendar and the week
    cells: list[tuple[str, ...]] | None = None  # the table's words for ``records``, when worked out
    counted: int = 0  # sessions in the period that count
    tried: dict[date, int] = field(default_factory=dict)  # sessions per day that do not count
    run: int = 0  # the run of days with a session that counts, up to today
    chart: ChartData = field(default_factory=lambda: ChartData("week", {}))
    function: list[FunctionCheckIn] = field(default_factory=list)  # the newest two, oldest first
    temperatures: list[Reading] = field(default_factory=list)  # foot skin, the last 14 days, oldest first


def read_view(store: HistoryStore, today: date, period: str, cells: Cells | None = None) -> HistoryView:
    """All the page needs, in amounts that do not grow with the years of history: the newest page of
    sessions, counts, and chart points averaged in SQL."""
    length = PERIODS[period]
    since = today - timedelta(days=length - 1) if length else (store.first_day() or today)
    total, finished = store.count_sessions(since, today)
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
        chart=chart_data(*store.chart_points(since, today, MAX_WEEKS)),
        markers=store.markers(since, today),
        days=days,
        counted=store.counted_sessions(since, today),
        tried={day: count - days.get(day, 0) for day, count in sessions.items() if count > days.get(day, 0)},
        run=store.run_of_days(today),
        function=store.latest_function(2, today),
        temperatures=store.temperatures(today - timedelta(days=TEMPERATURE_DAYS - 1), today),
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
