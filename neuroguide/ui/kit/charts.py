"""The symptom chart: average before and after scores per symptom over time, with the person's markers.

Built with QtCharts, shared by the History page and the clinician's report. Long periods are averaged
by week (or month) so twenty years draw as fast as a few months.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis, QXYSeries
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import tr
from neuroguide.store.history import Marker, SessionRecord
from neuroguide.store.history_view import MAX_POINTS, Points
from neuroguide.ui.kit import style
from neuroguide.ui.kit.style import Theme
from neuroguide.ui.kit.words import symptom_name


def symptom_words() -> dict[str, str]:
    return {symptom: symptom_name(symptom) for symptom in SYMPTOMS}


def _bucket(day: date, size: str) -> date:
    if size == "week":
        return day - timedelta(days=day.weekday())
    if size == "month":
        return day.replace(day=1)
    return day


def series_points(
    records: list[SessionRecord],
) -> tuple[str, dict[tuple[str, str], list[tuple[date, float]]]]:
    """(bucket size, {(symptom, moment): [(day, average score)]}) for the sessions given."""
    size = "session"
    if len(records) > MAX_POINTS:
        weeks = len({_bucket(record.day, "week") for record in records})
        size = "week" if weeks <= MAX_POINTS else "month"
    sums: dict[tuple[str, str], dict[object, list[float]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        key: object = record.started_at if size == "session" else _bucket(record.day, size)
        for moment, checkin in (("before", record.before), ("after", record.after)):
            if checkin is None:
                continue
            for symptom in SYMPTOMS:
                average = checkin.average(symptom)
                if average is not None:
                    sums[(symptom, moment)][key].append(average)
    points: dict[tuple[str, str], list[tuple[date, float]]] = {}
    for series_key, by_time in sums.items():
        averaged = [(_as_day(when), sum(values) / len(values)) for when, values in by_time.items()]
        points[series_key] = sorted(averaged, key=lambda point: point[0])
    return size, points


def _as_day(when: object) -> date:
    if isinstance(when, datetime):
        return when.date()
    assert isinstance(when, date)
    return when


def _msecs(day: date, at: time = time(12)) -> float:
    """Milliseconds since the epoch of a local time on ``day``, as the date axis counts."""
    return datetime.combine(day, at).timestamp() * 1000


class SymptomChart(QChart):
    """One chart a page, built once: its seven series (three symptoms before and after, and the markers)
    are made and attached to the axes once, and only their points are replaced after that, which is
    several times faster than making series anew."""

    def __init__(self, theme: Theme | None = None) -> None:
        super().__init__()
        self.setBackgroundRoundness(0)
        self.setMargins(QMargins(4, 4, 4, 4))
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM yy")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(tr("Score (0 none, 10 worst)"))
        self.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._lines: dict[tuple[str, str], QLineSeries] = {}
        words = symptom_words()
        for symptom in SYMPTOMS:
            for moment in ("before", "after"):
                self._lines[(symptom, moment)] = self._make_line(words[symptom], symptom, moment)
        self._dots = QScatterSeries()
        self._dots.setName(tr("Your markers"))
        self._dots.setMarkerSize(12)
        self._attach(self._dots)
        self._labels: list[tuple[QGraphicsSimpleTextItem, Marker]] = []
        self.plotAreaChanged.connect(self._place_labels)
        self._theme = theme or style.theme()
        self.apply_theme(self._theme)

    def _make_line(self, name: str, symptom: str, moment: str) -> QLineSeries:
        line = QLineSeries()
        line.setName(name)
        self._attach(line)
        return line

    def apply_theme(self, theme: Theme) -> None:
        """Paint the chart in ``theme``'s colours: the page's surface, its text, its symptom lines."""
        text, muted = QColor(theme.text), QColor(theme.muted)
        self.setBackgroundBrush(QColor(theme.surface))
        self.setTitleBrush(text)
        self.legend().setLabelColor(text)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(QColor(theme.grid))
            axis.setLinePenColor(muted)
        for (symptom, moment), line in self._lines.items():
            pen = QPen(QColor(getattr(theme, symptom)), 2.5 if moment == "after" else 2.0)
            if moment == "before":
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
        self._dots.setColor(QColor(theme.marker_dot))
        self._dots.setBorderColor(QColor(theme.surface))
        for item, _ in self._labels:
            item.setBrush(text)
        self._theme = theme

    def _attach(self, series: QXYSeries) -> None:
        self.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def shown_series(self) -> list[QXYSeries]:
        """The series with something to show (the others stay hidden, ready for another period)."""
        return [series for series in (*self._lines.values(), self._dots) if series.isVisible()]

    def show_points(
        self, bucket: str, points: Points, markers: list[Marker], since: date, until: date
    ) -> None:
        """Show ``points`` ({(symptom, moment): [(day, average)]}), averaged per ``bucket``."""
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(since, time(0)))),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(until, time(23, 59)))),
        )
        for (symptom, moment), line in self._lines.items():
            values = points.get((symptom, moment), [])
            line.replace([QPointF(_msecs(day), value) for day, value in values])
            line.setVisible(bool(values))
            # one legend entry a symptom, on its "after" line; the title says which line is which
            shown_in_legend = bool(values) and (moment == "after" or not points.get((symptom, "after")))
            for legend_marker in self.legend().markers(line):
                legend_marker.setVisible(shown_in_legend)
        self._show_markers(markers)
        averaged = {"week": tr("Averaged by week."), "month": tr("Averaged by month.")}.get(bucket, "")
        self.setTitle((tr("Average scores: dashed before a session, solid after.") + " " + averaged).strip())
        self.setProperty("bucket", bucket)

    def _show_markers(self, markers: list[Marker]) -> None:
        self._dots.replace([QPointF(_msecs(marker.day), 10) for marker in markers])
        self._dots.setVisible(bool(markers))
        for legend_marker in self.legend().markers(self._dots):
            legend_marker.setVisible(bool(markers))
        for item, _ in self._labels:
            item.hide()
            scene = item.scene()
            if scene:  # a report's chart has no scene yet
                scene.removeItem(item)  # takes it from the chart, too
        self._labels = []
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
        for marker in markers[-12:]:  # the newest ones, so labels never pile up
            item = QGraphicsSimpleTextItem(marker.label, self)
            item.setFont(font)
            item.setBrush(QColor(self._theme.text))
            self._labels.append((item, marker))
        self._place_labels()

    def _place_labels(self) -> None:
        for item, marker in self._labels:
            at = self.mapToPosition(QPointF(_msecs(marker.day), 10), self._dots)
            item.setPos(at.x() + 6, at.y() - 4)


def build_chart(bucket: str, points: Points, markers: list[Marker], since: date, until: date) -> SymptomChart:
    chart = SymptomChart(style.LIGHT)  # printed on white paper, whatever the screen shows
    chart.show_points(bucket, points, markers, since, until)
    return chart
