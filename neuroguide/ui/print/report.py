"""The report for a clinician: a printable PDF over a chosen period.

Sessions per week, average scores before and after per symptom, the chart, skin findings and other
adverse events, the routines used; and two honest lines: changes within a session have no control
comparison, and the app is not a medical device.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageSize, QPainter, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from neuroguide import APP_NAME
from neuroguide.core.checkin import SYMPTOMS
from neuroguide.store.history import Marker, SessionRecord, symptom_averages
from neuroguide.ui.kit.charts import build_chart, series_points, symptom_words
from neuroguide.ui.kit.words import stop_reason_words
from neuroguide.ui.print.pdf import print_to_pdf


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def chart_image(records: list[SessionRecord], markers: list[Marker], since: date, until: date) -> QImage:
    chart = build_chart(*series_points(records), markers, since, until)
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


def report_html(
    records: list[SessionRecord], markers: list[Marker], since: date, until: date, made: datetime
) -> str:
    words = symptom_words()
    parts = [
        f"<h1>{html.escape(tr('Self-massage sessions and symptoms'))}</h1>",
        "<p>"
        + html.escape(
            tr("Period: %1 to %2. Made with %3 on %4.")
            .replace("%1", since.strftime("%d %b %Y"))
            .replace("%2", until.strftime("%d %b %Y"))
            .replace("%3", APP_NAME)
            .replace("%4", made.strftime("%d %b %Y"))
        )
        + "</p>",
    ]
    finished = sum(record.status == "finished" for record in records)
    minutes = sum(record.done_seconds for record in records) / 60
    parts.append(
        "<p>"
        + html.escape(
            tr("%1 sessions (%2 finished), %3 minutes in all.")
            .replace("%1", str(len(records)))
            .replace("%2", str(finished))
            .replace("%3", f"{minutes:.0f}")
        )
        + "</p>"
    )

    parts.append(f"<h2>{html.escape(tr('Sessions per week'))}</h2>")
    per_week: Counter[date] = Counter(record.day - timedelta(days=record.day.weekday()) for record in records)
    weeks = []
    start = since - timedelta(days=since.weekday())
    while start <= until:
        weeks.append(start)
        start += timedelta(days=7)
    if len(weeks) > 26:  # a long period: by month instead
        per_month: Counter[str] = Counter(record.day.strftime("%Y-%m") for record in records)
        months = sorted({day.strftime("%Y-%m") for day in weeks})
        parts.append(
            _table([tr("Month"), tr("Sessions")], [[month, str(per_month[month])] for month in months])
        )
    else:
        rows = [
            [tr("Week of %1").replace("%1", week.strftime("%d %b %Y")), str(per_week[week])] for week in weeks
        ]
        parts.append(_table([tr("Week"), tr("Sessions")], rows))

    parts.append(f"<h2>{html.escape(tr('Average scores, before and after a session'))}</h2>")
    averages = symptom_averages(records)
    both = sum(1 for record in records if record.before is not None and record.after is not None)
    parts.append(
        _table(
            [tr("Symptom"), tr("Before"), tr("After")],
            [
                [words[symptom], _number(averages[symptom][0]), _number(averages[symptom][1])]
                for symptom in SYMPTOMS
            ],
        )
    )
    parts.append(
        "<p>"
        + html.escape(
            tr(
                "Scores from 0 (none) to 10 (worst), averaged over both sides, "
                "from %1 sessions with both check-ins."
            )
        ).replace("%1", str(both))
        + "</p>"
    )
    parts.append("<p><img src='chart.png' width='640'></p>")

    parts.append(f"<h2>{html.escape(tr('Skin findings and other events'))}</h2>")
    events = []
    for record in records:
        after = record.after
        found = []
        if after is not None:
            found += list(after.skin)
            found += [tr("soreness")] if after.soreness else []
            found += [tr("fatigue")] if after.fatigue else []
        if record.status == "stopped":
            reason = stop_reason_words(record.stop_reason, record.stop_note)
            found.append(tr("stopped early") + (f": {reason}" if reason else ""))
        if found:
            note = after.note if after is not None else ""
            events.append([record.day.strftime("%d %b %Y"), record.routine_title, ", ".join(found), note])
    if events:
        parts.append(_table([tr("Date"), tr("Routine"), tr("Found"), tr("Note")], events))
    else:
        parts.append("<p>" + html.escape(tr("None recorded.")) + "</p>")
    if markers:
        parts.append(f"<h2>{html.escape(tr('Markers'))}</h2>")
        parts.append(
            _table([tr("Date"), tr("Marker")], [[m.day.strftime("%d %b %Y"), m.label] for m in markers])
        )

    parts.append(f"<h2>{html.escape(tr('Routines used'))}</h2>")
    used: dict[str, list[SessionRecord]] = defaultdict(list)
    for record in records:
        used[record.routine_title].append(record)
    parts.append(
        _table(
            [tr("Routine"), tr("Sessions"), tr("Minutes")],
            [
                [title, str(len(done)), f"{sum(r.done_seconds for r in done) / 60:.0f}"]
                for title, done in sorted(used.items())
            ],
        )
    )
    parts.append(
        "<p><i>"
        + html.escape(
            tr(
                "Changes from before to after a session have no control comparison: they may come from rest, "
                "expectation or the time of day as much as from the massage."
            )
        )
        + "<br>"
        + html.escape(
            tr(
                "%1 is a self-care companion, not a medical device. It does not diagnose or treat; "
                "these records are the person's own."
            ).replace("%1", APP_NAME)
        )
        + "</i></p>"
    )
    return "\n".join(parts)


def write_report(
    records: list[SessionRecord], markers: list[Marker], since: date, until: date, out: Path, made: datetime
) -> None:
    """Write the PDF whole or not at all."""
    document = QTextDocument()
    document.setDefaultStyleSheet(
        "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; }"
        " th { background: #E3EDF8; }"
    )
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("chart.png"),
        chart_image(records, markers, since, until),
    )
    document.setHtml(report_html(records, markers, since, until, made))
    print_to_pdf(document, out, tr("Self-massage sessions and symptoms"), QPageSize.PageSizeId.A4)
