"""The symptom chart of the History page: one symptom in one place, its scores before and after a
session as a pair per week (or month) with the change between them shaded, and the person's markers
as labelled vertical lines. Painted with a QPainter as lines and shapes, so it is sharp at any pixel
ratio, in the theme's chart colours; every length follows the text size, so nothing is cut at 200 %.

The figures come worked out from the history thread (``store.history_view.Series``); this paints."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuroguide.app.locale_words import day_words, month_words
from neuroguide.core.translation import tr
from neuroguide.store.history import Marker
from neuroguide.store.history_view import Pair, Series
from neuroguide.ui.kit import style
from neuroguide.ui.kit.style import Theme

SHADE_ALPHA = {False: 70, True: 120}  # of 255, on a light or dark surface: the change, under the lines
MARKER_ROWS = 3  # rows of marker labels above the plot before a label is shortened


def shade(theme: Theme, symptom: str) -> QColor:
    """The change between before and after: the symptom's colour, see-through."""
    colour = QColor(getattr(theme, symptom, theme.text))
    colour.setAlpha(SHADE_ALPHA[theme.dark])
    return colour


def bucket_start(day: date, bucket: str) -> date:
    return day.replace(day=1) if bucket == "month" else day - timedelta(days=day.weekday())


def bucket_end(start: date, bucket: str) -> date:
    """The day after the bucket that starts on ``start``."""
    if bucket == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=7)


class SymptomChart(QWidget):
    """The chart's data model is what it was last given (``series``, ``markers``, ``x_range``): tests
    read it, a person sees it painted."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach and read it
        self.series: Series | None = None
        self.bucket = "week"
        self.markers: list[Marker] = []
        self.empty_words = ""
        today = date.today()
        self.x_range: tuple[date, date] = (today, today)  # the first day shown, the last
        self.theme = theme or style.theme()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def show_series(
        self, series: Series | None, bucket: str, markers: list[Marker], until: date, empty_words: str = ""
    ) -> None:
        """Show ``series`` from the start of its first week (or month) to ``until``, with the markers
        that fall in that time; ``empty_words`` when there is nothing to draw."""
        self.series, self.bucket, self.empty_words = series, bucket, empty_words
        first = bucket_start(series.first, bucket) if series and series.pairs else until
        self.x_range = (min(first, until), until)
        self.markers = [marker for marker in markers if first <= marker.day <= until]
        self.update()

    def line(self) -> int:
        return max(12, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return QSize(40 * self.line(), 16 * self.line())

    def minimumSizeHint(self) -> QSize:
        return QSize(20 * self.line(), 13 * self.line())

    # -- where things go ----------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        line, metrics = self.line(), self.fontMetrics()
        left = metrics.horizontalAdvance("10") + 0.8 * line
        top = (self._marker_rows() + 0.6) * line if self.markers else 0.8 * line
        return QRectF(left, top, self.width() - left - 0.8 * line, self.height() - top - 1.8 * line)

    def day_x(self, day: date, plot: QRectF) -> float:
        since, until = self.x_range
        span = (until - since).days + 1
        return plot.left() + plot.width() * min(max((day - since).days, 0), span) / span

    def pair_x(self, pair: Pair, plot: QRectF) -> tuple[float, float]:
        """(middle, width) of a pair's bucket, as much of it as is shown."""
        since, until = self.x_range
        left = self.day_x(max(pair.start, since), plot)
        right = self.day_x(min(bucket_end(pair.start, self.bucket), until + timedelta(days=1)), plot)
        return (left + right) / 2, right - left

    @staticmethod
    def score_y(value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * value / 10

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.theme.surface))
        plot = self.plot_rect()
        self._paint_grid(painter, plot)
        self._paint_ticks(painter, plot)
        self._paint_markers(painter, plot)
        if self.series is None or not self.series.pairs:
            painter.setPen(QColor(self.theme.text))
            painter.drawText(
                plot.adjusted(self.line(), 0, -self.line(), 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_words,
            )
        else:
            self._paint_pairs(painter, plot, self.series.pairs)
        if self.hasFocus():
            painter.setPen(QPen(QColor(self.theme.focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF) -> None:
        line, text = self.line(), QColor(self.theme.text)
        for value in range(0, 11, 2):
            y = self.score_y(value, plot)
            painter.setPen(QPen(QColor(self.theme.grid), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            box = QRectF(0, y - line / 2, plot.left() - 0.4 * line, line)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value)
            )
        painter.setPen(QPen(QColor(self.theme.muted), 1.5))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_ticks(self, painter: QPainter, plot: QRectF) -> None:
        line, metrics = self.line(), self.fontMetrics()
        painter.setPen(QColor(self.theme.text))
        last_right = -1e9
        for day, words in ticks(*self.x_range):
            x, width = self.day_x(day, plot), metrics.horizontalAdvance(words)
            if x - width / 2 < last_right + line or x + width / 2 > self.width():
                continue  # labels never overlap nor run off the edge: some are left out instead
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 0.3 * line))
            box = QRectF(x - width / 2 - 2, plot.bottom() + 0.35 * line, width + 4, line)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), words)
            last_right = x + width / 2

    def marker_labels(self, left: float, width: float) -> list[tuple[float, int, str]]:
        """(x, row, words) for each day with markers: the fewest rows (up to three, taken in turn)
        in which every label fits whole; in three, a label too long for its room is shortened."""
        line, metrics = self.line(), self.fontMetrics()
        days: dict[date, list[str]] = {}
        for marker in self.markers:
            days.setdefault(marker.day, []).append(marker.label)
        span = (self.x_range[1] - self.x_range[0]).days + 1
        plot = QRectF(left, 0, width, 1)
        places = [(self.day_x(day, plot) + width / span / 2, ", ".join(found)) for day, found in days.items()]
        limit = self.width() - 0.2 * line
        for rows in range(1, MARKER_ROWS + 1):
            laid: list[tuple[float, int, str]] = []
            for index, (x, words) in enumerate(places):
                following = [later for later, _ in places[index + rows :: rows]][:1]
                room = min([limit, *(later - 0.6 * line for later in following)]) - x
                if rows < MARKER_ROWS and metrics.horizontalAdvance(words) > room:
                    break
                laid.append(
                    (x, index % rows, metrics.elidedText(words, Qt.TextElideMode.ElideRight, int(room)))
                )
            else:
                return laid
        return []

    def _marker_rows(self) -> int:
        if not self.markers:
            return 0
        line = self.line()
        left = self.fontMetrics().horizontalAdvance("10") + 0.8 * line
        return 1 + max(row for _, row, _ in self.marker_labels(left, self.width() - left - 0.8 * line))

    def _paint_markers(self, painter: QPainter, plot: QRectF) -> None:
        line = self.line()
        for x, row, words in self.marker_labels(plot.left(), plot.width()):
            top = (row + 0.3) * line
            painter.setPen(QPen(QColor(self.theme.marker_dot), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top + line), QPointF(x, plot.bottom()))
            painter.setPen(QColor(self.theme.text))
            box = QRectF(x - 0.2 * line, top, self.width() - x + 0.2 * line, line)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), words)

    def _paint_pairs(self, painter: QPainter, plot: QRectF, pairs: tuple[Pair, ...]) -> None:
        line = self.line()
        own = QColor(getattr(self.theme, self.series.symptom if self.series else "pain", self.theme.text))
        change = shade(self.theme, self.series.symptom if self.series else "pain")
        befores, afters = [], []
        for pair in pairs:
            middle, width = self.pair_x(pair, plot)
            half = max(1.0, min(width * 0.3, 0.7 * line))
            top, low = self.score_y(pair.before, plot), self.score_y(pair.after, plot)
            painter.fillRect(QRectF(middle - half, min(top, low), 2 * half, abs(top - low)), change)
            befores.append(QPointF(middle, top))
            afters.append(QPointF(middle, low))
        thick = max(2.0, line / 8)
        dots = len(pairs) <= 80  # over years the dots would touch: the lines alone
        for points, colour, before in (
            (befores, QColor(self.theme.muted), True),
            (afters, own, False),
        ):
            pen = QPen(colour, thick, Qt.PenStyle.DashLine if before else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for run in self._runs(pairs, points):  # a week without scores breaks the line
                painter.drawPolyline(QPolygonF(run))
            if dots:
                painter.setPen(QPen(colour, thick))
                painter.setBrush(QColor(self.theme.surface) if before else colour)
                for point in points:
                    painter.drawEllipse(point, 0.3 * line, 0.3 * line)

    def _runs(self, pairs: tuple[Pair, ...], points: list[QPointF]) -> list[list[QPointF]]:
        """The points in runs of buckets that follow one another."""
        runs: list[list[QPointF]] = []
        for index, (pair, point) in enumerate(zip(pairs, points, strict=True)):
            follows = index and bucket_end(pairs[index - 1].start, self.bucket) == pair.start
            if follows:
                runs[-1].append(point)
            else:
                runs.append([point])
        return runs


def ticks(since: date, until: date) -> list[tuple[date, str]]:
    """Days the time axis may name, most of them first left out where labels would touch: Mondays over
    up to twelve weeks, the first of each month up to three years, else each year's first day."""
    days = (until - since).days + 1
    found: list[tuple[date, str]] = []
    if days <= 84:
        day = since + timedelta(days=(7 - since.weekday()) % 7)
        while day <= until:
            found.append((day, day_words(day, year=False)))
            day += timedelta(days=7)
        return found
    day = since.replace(day=1)
    while day <= until:
        day = bucket_end(day, "month")
        if days > 3 * 366 and day.month != 1:
            continue
        if day <= until:
            found.append((day, str(day.year) if day.month == 1 else month_words(day)))
    return found


def legend_words() -> dict[str, str]:
    return {
        "after": tr("After a session"),
        "before": tr("Before a session"),
        "change": tr("Shaded: the change"),
        "marker": tr("Your markers"),
    }
