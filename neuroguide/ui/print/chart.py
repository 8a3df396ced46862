"""The report's chart: one small panel per symptom and part of the body (feet, hands), each with the
scores before and after a session as a pair per week (or month), the change between them shaded, and
the person's markers as numbered lines. Drawn with a painter on an image, for print: black lines and
shapes that still tell before from after on a grey printer.

Scores stay on their 0 to 10 scale: a clinician reads the size of a change against the whole scale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from neuroguide.app.locale_words import day_words, month_words
from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import Marker
from neuroguide.ui.kit.words import in_sentence, sessions_words, symptom_name
from neuroguide.ui.print.facts import ReportFacts

BEFORE = QColor("#1F3F73")  # dark blue, solid line, filled circles
AFTER = QColor("#B3541E")  # dark orange, dashed line, open squares
EASED = QColor(46, 139, 87, 60)  # after lower than before
WORSE = QColor(190, 40, 40, 60)  # after higher than before
GRID = QColor("#C8C8C8")


def area_words(area: str) -> str:
    return {"foot": tr("Feet"), "hand": tr("Hands"), "leg": tr("Legs"), "arm": tr("Arms")}.get(area, area)


def chart_height(facts: ReportFacts, width: float) -> float:
    """How tall the chart is for ``width``: a row of panels for each part of the body scored."""
    return width * (0.06 + 0.3 * max(1, len(facts.areas())))


def draw_chart(facts: ReportFacts, markers: list[Marker], since: date, until: date, width: int) -> QImage:
    height = int(chart_height(facts, width))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = width / 180  # one millimetre of the printed chart
    font = QFont("sans-serif")
    font.setPixelSize(int(3.0 * unit))  # about 8.5 points
    painter.setFont(font)
    _legend(painter, QRectF(0, 0, width, 6 * unit), unit)
    areas = facts.areas() or ["foot"]
    row_height = (height - 7 * unit) / len(areas)
    column = width / len(SYMPTOMS)
    for row, area in enumerate(areas):
        for index, symptom in enumerate(SYMPTOMS):
            box = QRectF(index * column, 7 * unit + row * row_height, column, row_height)
            rests_on = sum(n for _, _, n in facts.points(area, symptom, "before"))
            title = fill(
                tr("%1, %2 (%3)"),
                symptom_name(symptom),
                in_sentence(area_words(area)),
                sessions_words(rests_on),
            )
            _panel(
                painter,
                box.adjusted(unit, 0, -unit, -unit),
                unit,
                title,
                facts,
                (area, symptom),
                markers,
                (since, until),
            )
    painter.end()
    return image


def _legend(painter: QPainter, box: QRectF, unit: float) -> None:
    x = box.left() + unit
    for color, dashed, text in (
        (BEFORE, False, tr("Before a session")),
        (AFTER, True, tr("After a session")),
    ):
        _line_pen(painter, color, dashed, unit)
        y = box.center().y()
        painter.drawLine(QPointF(x, y), QPointF(x + 8 * unit, y))
        _mark(painter, QPointF(x + 4 * unit, y), color, dashed, unit)
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(x + 10 * unit, box.top(), 60 * unit, box.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        x += 12 * unit + painter.fontMetrics().horizontalAdvance(text)
    painter.fillRect(QRectF(x, box.center().y() - 1.5 * unit, 6 * unit, 3 * unit), EASED)
    painter.drawText(
        QRectF(x + 8 * unit, box.top(), 100 * unit, box.height()),
        int(Qt.AlignmentFlag.AlignVCenter),
        tr("Shaded: the change from before to after (green lower, red higher)"),
    )


def _line_pen(painter: QPainter, color: QColor, dashed: bool, unit: float) -> None:
    pen = QPen(color, 0.5 * unit)
    pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    painter.setPen(pen)


def _mark(painter: QPainter, at: QPointF, color: QColor, hollow: bool, unit: float) -> None:
    painter.setPen(QPen(color, 0.4 * unit))
    size = 1.1 * unit
    if hollow:
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    else:
        painter.setBrush(color)
        painter.drawEllipse(at, size, size)
    painter.setBrush(Qt.BrushStyle.NoBrush)


@dataclass(frozen=True)
class Scale:
    """Where a day and a score fall in a panel's plot."""

    plot: QRectF
    since: date
    until: date

    def x(self, day: date, offset: float = 0.0) -> float:
        span = max(1, (self.until - self.since).days)
        days = min(max((day - self.since).days + offset, 0.0), span)
        return self.plot.left() + self.plot.width() * days / span

    def y(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * value / 10

    def bucket(self, start: date, size: str) -> tuple[float, float]:
        """(middle, width) of the part of a week or month from ``start`` that lies in the period."""
        if size == "month":
            last = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        else:
            last = start + timedelta(days=6)
        first, last = max(start, self.since), min(last, self.until)
        left, right = self.x(first), self.x(last, 1.0)
        return (left + right) / 2, right - left


def _panel(
    painter: QPainter,
    box: QRectF,
    unit: float,
    title: str,
    facts: ReportFacts,
    key: tuple[str, str],
    markers: list[Marker],
    period: tuple[date, date],
) -> None:
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), 5 * unit), int(Qt.AlignmentFlag.AlignLeft), title
    )
    painter.restore()
    plot = QRectF(
        box.left() + 6 * unit, box.top() + 6 * unit, box.width() - 7 * unit, box.height() - 12 * unit
    )
    scale = Scale(plot, *period)
    _axes(painter, scale, unit)
    _markers(painter, scale, unit, markers)
    area, symptom = key
    before = {day: value for day, value, _ in facts.points(area, symptom, "before")}
    after = {day: value for day, value, _ in facts.points(area, symptom, "after")}
    if not before and not after:
        painter.setPen(QColor("#555555"))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), tr("No scores given"))
        return
    for day in sorted(set(before) & set(after)):  # the change, shaded
        middle, width = scale.bucket(day, facts.bucket)
        half = min(max(0.8 * unit, width * 0.35), 3 * unit)
        top, low = scale.y(before[day]), scale.y(after[day])
        shade = EASED if after[day] < before[day] else WORSE
        painter.fillRect(QRectF(middle - half, min(top, low), 2 * half, abs(top - low)), shade)
    for values, color, dashed in ((before, BEFORE, False), (after, AFTER, True)):
        points = [
            QPointF(scale.bucket(day, facts.bucket)[0], scale.y(v)) for day, v in sorted(values.items())
        ]
        _line_pen(painter, color, dashed, unit)
        painter.drawPolyline(QPolygonF(points))
        if len(points) <= 60:
            for point in points:
                _mark(painter, point, color, dashed, unit)


def _markers(painter: QPainter, scale: Scale, unit: float, markers: list[Marker]) -> None:
    plot = scale.plot
    for number, marker in enumerate(markers, 1):
        x = scale.x(marker.day, 0.5)
        painter.setPen(QPen(QColor("#555555"), 0.3 * unit, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QColor("black"))
        label = QRectF(x + 0.5 * unit, plot.top(), 6 * unit, 3.5 * unit)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), str(number))


def _axes(painter: QPainter, scale: Scale, unit: float) -> None:
    plot = scale.plot
    for value in range(0, 11, 2):
        y = scale.y(value)
        painter.setPen(QPen(GRID, 0.2 * unit))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(plot.left() - 6 * unit, y - 2 * unit, 5 * unit, 4 * unit),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(value),
        )
    painter.setPen(QPen(QColor("black"), 0.25 * unit))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    for day, words in ticks(scale.since, scale.until):
        x = scale.x(day)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit))
        painter.drawText(
            QRectF(x - 10 * unit, plot.bottom() + unit, 20 * unit, 4 * unit),
            int(Qt.AlignmentFlag.AlignHCenter),
            words,
        )


def ticks(since: date, until: date) -> list[tuple[date, str]]:
    """The days the time axis names: the Mondays over a short period, else the first of each month (of
    every few months over a long one), at most five: the panels are narrow."""
    if (until - since).days < 60:
        mondays = [since + timedelta(days=n) for n in range((until - since).days + 1)]
        mondays = [day for day in mondays if day.weekday() == 0]
        step = max(1, -(-len(mondays) // 6))
        return [(day, day_words(day, year=False)) for day in mondays[::step]]
    months = (until.year - since.year) * 12 + until.month - since.month
    step = next(step for step in (1, 2, 3, 6, 12, 24, 60, 120) if months / step <= 5)
    found: list[tuple[date, str]] = []
    year, month = since.year, since.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > until:
            return found
        if (year * 12 + month - 1) % step == 0:
            found.append((day, str(year) if month == 1 else month_words(day)))  # January names its year
