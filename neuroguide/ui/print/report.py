"""The report for a clinician: a printable PDF over a chosen period.

Sessions per week, average scores before and after per symptom, the chart, skin findings and other
adverse events, the routines used; and two honest lines: changes within a session have no control
comparison, and the app is not a medical device.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageSize, QPainter, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from neuroguide import APP_NAME
from neuroguide.app.tasks import Done, Tasks
from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import Marker, SessionRecord
from neuroguide.store.history_view import MAX_POINTS, Points
from neuroguide.system.private_files import write_private
from neuroguide.ui.kit.charts import build_chart, series_points, symptom_words
from neuroguide.ui.print.facts import ReportFacts, gather
from neuroguide.ui.print.pdf import pdf_bytes

if TYPE_CHECKING:
    from neuroguide.store.history import HistoryStore

STYLE = (
    "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; }"
    " th { background: #E3EDF8; }"
)


@dataclass(frozen=True)
class ReportParts:
    """What the report is made from, read on the history thread: the facts gathered a stretch of
    sessions at a time, the markers, and the chart's points as the History page reads them."""

    facts: ReportFacts
    markers: list[Marker]
    bucket: str
    points: Points


def read_report(store: HistoryStore, since: date, until: date) -> ReportParts:
    """On the history thread: the report's parts, without holding every session of the period."""
    facts = gather(store.each_session(since, until))
    bucket, points = store.chart_points(since, until, MAX_POINTS)
    return ReportParts(facts, store.markers(since, until), bucket, points)


def chart_image(parts: ReportParts, since: date, until: date) -> QImage:
    chart = build_chart(parts.bucket, parts.points, parts.markers, since, until)
    chart.resize(QSizeF(1000, 480))
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.plotAreaChanged.emit(chart.plotArea())  # place the marker labels
    image = QImage(2000, 960, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()
    scene.removeItem(chart)
    return image


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(cell)}</th>" for cell in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr>{head}</tr>{body}</table>"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _paragraph(text: str) -> str:
    return "<p>" + html.escape(text) + "</p>"


def _heading(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def report_html(facts: ReportFacts, markers: list[Marker], since: date, until: date, made: datetime) -> str:
    used = sorted(facts.used.items())
    parts = [
        f"<h1>{html.escape(tr('Self-massage sessions and symptoms'))}</h1>",
        _paragraph(
            fill(
                tr("Period: %1 to %2. Made with %3 on %4."),
                since.strftime("%d %b %Y"),
                until.strftime("%d %b %Y"),
                APP_NAME,
                made.strftime("%d %b %Y"),
            )
        ),
        _paragraph(
            fill(
                tr("%1 sessions (%2 finished), %3 minutes in all."),
                str(facts.sessions),
                str(facts.finished),
                f"{facts.seconds / 60:.0f}",
            )
        ),
        _heading(tr("Sessions per week")),
        _per_week(facts, since, until),
        *_averages(facts),
        "<p><img src='chart.png' width='640'></p>",
        *_events(facts, markers),
        _heading(tr("Routines used")),
        _table(
            [tr("Routine"), tr("Sessions"), tr("Minutes")],
            [[title, str(count), f"{seconds / 60:.0f}"] for title, (count, seconds) in used],
        ),
        "<p><i>"
        + html.escape(
            tr(
                "Changes from before to after a session have no control comparison: they may come from rest, "
                "expectation or the time of day as much as from the massage."
            )
        )
        + "<br>"
        + html.escape(
            fill(
                tr(
                    "%1 is a self-care companion, not a medical device. It does not diagnose or treat; "
                    "these records are the person's own."
                ),
                APP_NAME,
            )
        )
        + "</i></p>",
    ]
    return "\n".join(parts)


def _per_week(facts: ReportFacts, since: date, until: date) -> str:
    weeks = []
    start = since - timedelta(days=since.weekday())
    while start <= until:
        weeks.append(start)
        start += timedelta(days=7)
    if len(weeks) > 26:  # a long period: by month instead
        months = sorted({day.strftime("%Y-%m") for day in weeks})
        rows = [[month, str(facts.per_month[month])] for month in months]
        return _table([tr("Month"), tr("Sessions")], rows)
    rows = [[fill(tr("Week of %1"), week.strftime("%d %b %Y")), str(facts.per_week[week])] for week in weeks]
    return _table([tr("Week"), tr("Sessions")], rows)


def _averages(facts: ReportFacts) -> list[str]:
    words, averages = symptom_words(), facts.averages()
    rows = [
        [words[symptom], _number(averages[symptom][0]), _number(averages[symptom][1])] for symptom in SYMPTOMS
    ]
    return [
        _heading(tr("Average scores, before and after a session")),
        _table([tr("Symptom"), tr("Before"), tr("After")], rows),
        "<p>"
        + fill(
            html.escape(
                tr(
                    "Scores from 0 (none) to 10 (worst), averaged over both sides, "
                    "from %1 sessions with both check-ins."
                )
            ),
            str(facts.both),
        )
        + "</p>",
    ]


def _events(facts: ReportFacts, markers: list[Marker]) -> list[str]:
    parts = [_heading(tr("Skin findings and other events"))]
    if facts.events:
        parts.append(_table([tr("Date"), tr("Routine"), tr("Found"), tr("Note")], facts.events))
    else:
        parts.append(_paragraph(tr("None recorded.")))
    if markers:
        parts.append(_heading(tr("Markers")))
        parts.append(
            _table([tr("Date"), tr("Marker")], [[m.day.strftime("%d %b %Y"), m.label] for m in markers])
        )
    return parts


def print_report(text: str, chart: QImage, out: Path) -> None:
    """Lay the report out and print it to ``out``, whole or not at all. No widget and no pixmap: it
    may run on a worker thread."""
    write_private(out, _printed(text, chart))


def _printed(text: str, chart: QImage) -> bytes:
    # The document lives and ends here, on this thread: an error writing the file, handed to the
    # GUI thread, carries no frame that still holds it.
    _ = QEventLoop()  # on a worker thread of Python's, gives it the event dispatcher the layout's timers need
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
    document.setHtml(text)
    return pdf_bytes(document, tr("Self-massage sessions and symptoms"), QPageSize.PageSizeId.A4)


def save_report(
    parts: ReportParts,
    since: date,
    until: date,
    out: Path,
    made: datetime,
    tasks: Tasks,
    on_done: Callable[[Done[None]], None],
) -> None:
    """Make the PDF from ``parts``; ``on_done`` hears how it went, on the GUI thread. The chart is drawn
    here (a chart is a graphics item, for the GUI thread alone, and has a few hundred points at most);
    the layout and printing, most of the time for a long period, run on the "print" lane: a text
    document, a PDF writer and a painter on an image are Qt's to use off the GUI thread."""
    image = chart_image(parts, since, until)
    text = report_html(parts.facts, parts.markers, since, until, made)
    tasks.run(lambda: print_report(text, image, out), on_done, lane="print")


def write_report(
    records: list[SessionRecord], markers: list[Marker], since: date, until: date, out: Path, made: datetime
) -> None:
    """Write the PDF of ``records`` whole or not at all, here and now (the command line's way)."""
    parts = ReportParts(gather(records), markers, *series_points(records))
    print_report(report_html(parts.facts, markers, since, until, made), chart_image(parts, since, until), out)
