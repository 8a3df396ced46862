"""The report for a clinician: a printable PDF over a chosen period, on A4 or Letter.

Page 1: who it is about (name and date of birth, or lines to fill in), the period, what changed since
the last appointment, and the chart, large. Then the scores before and after per symptom and per hand
or foot, with the sessions each average rests on; every week of the period with its sessions; the
routines; skin findings and safety stops; markers; the person's own notes (``sections.SECTIONS``).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QTextDocument

from neuroguide.app.locale_words import day_words
from neuroguide.app.tasks import Done, Tasks
from neuroguide.core.people import FIRST, People
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import Marker, SessionRecord
from neuroguide.system.private_files import write_private
from neuroguide.ui.print.chart import chart_height, draw_chart
from neuroguide.ui.print.facts import gather, tally
from neuroguide.ui.print.inputs import ReportInputs
from neuroguide.ui.print.pdf import (
    RESOLUTION,
    PrintError,
    page_layout,
    paged_pdf_bytes,
    paper_of_locale,
    print_pages,
)
from neuroguide.ui.print.sections import NEW_DOCUMENT, SECTIONS, ReportParts, ReportPerson
from neuroguide.ui.print.summary import first_page, title_words

if TYPE_CHECKING:
    from neuroguide.store.history import HistoryStore

STYLE = (
    "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 17pt; margin-bottom: 2pt; }"
    " h2 { font-size: 12.5pt; margin-top: 10pt; margin-bottom: 3pt; } th { background: #E3EDF8; }"
    " .gap { font-size: 4pt; margin: 0; } .small { font-size: 8.5pt; } .who { font-size: 12pt; }"
    " .summary { background: #F4F4F4; }"
)
MONTHS_AFTER_WEEKS = 78  # the chart averages by month over a period longer than this many weeks
CHART = "chart.png"


def person_of(data_dir: Path) -> ReportPerson:
    """The name of the person whose history is in ``data_dir``: the first person's folder is the data
    folder itself, anyone else's is ``people/<id>`` inside it (core/people.py)."""
    base, person_id = data_dir, FIRST
    if data_dir.parent.name == "people" and (data_dir.parent.parent / "people.json").exists():
        base, person_id = data_dir.parent.parent, data_dir.name
    try:
        person = People.load(base).get(person_id)  # a damaged list is read by its folders
    except OSError:
        person = None
    return ReportPerson(name=person.name if person is not None else "")


def read_report(
    store: HistoryStore,
    since: date,
    until: date,
    *,
    visit: date | None = None,
    birth: date | None = None,
) -> ReportParts:
    """On the history thread: the report's parts, a stretch of sessions at a time. ``visit``: the day
    of the last appointment, when the person gave one."""
    person = person_of(store.data_dir)
    parts = parts_of(
        store.each_session(since, until),
        store.markers(since, until),
        since,
        until,
        lambda start, end: store.each_session(start, end),
        visit=visit,
        person=ReportPerson(person.name, birth),
    )
    before = store.latest_function(1, since - timedelta(days=1))
    function = tuple(store.function_checkins(since, until))
    temperatures = tuple(store.temperatures(since, until))
    return replace(
        parts, function=function, function_before=before[0] if before else None, temperatures=temperatures
    )


def parts_of(
    records: Iterable[SessionRecord],
    markers: list[Marker],
    since: date,
    until: date,
    sessions: Callable[[date, date], Iterable[SessionRecord]],
    *,
    visit: date | None = None,
    person: ReportPerson | None = None,
) -> ReportParts:
    """``sessions(start, end)``: the sessions of another stretch, for the time before the appointment."""
    weeks = ((until - since).days + 1) / 7
    when = visit if visit is not None and since <= visit <= until else since
    facts = gather(records, "month" if weeks > MONTHS_AFTER_WEEKS else "week", when)
    length = (until - when).days + 1
    earlier = tally(sessions(when - timedelta(days=length), when - timedelta(days=1)))
    return ReportParts(
        facts, markers, since, until, when, when == visit, earlier, person or ReportPerson(), visit
    )


def report_html(parts: ReportParts, made: datetime, chart_width: float = 0) -> str:
    """The report as HTML; ``chart_width``: the chart's width in the document's units (the page's)."""
    chart = ""
    if chart_width:
        height = chart_height(parts.facts, chart_width)
        chart = f"<p><img src='{CHART}' width='{chart_width:.0f}' height='{height:.0f}'></p>"
        chart += "<p class='small'>" + html.escape(chart_words(parts.facts.bucket, parts.markers)) + "</p>"
    sections = [html for section in SECTIONS for html in section(parts)]
    return "\n".join([*first_page(parts, made), chart, *sections])


def chart_words(bucket: str, markers: list[Marker]) -> str:
    said = (
        tr("Each panel averages the right and left side of one part of the body, a week at a time.")
        if bucket == "week"
        else tr("Each panel averages the right and left side of one part of the body, a month at a time.")
    )
    said += " " + tr("The table below gives each side on its own.")
    if not markers:
        return said
    keys = [fill(tr("%1: %2, %3"), str(n), m.label, day_words(m.day)) for n, m in enumerate(markers, 1)]
    return said + " " + fill(tr("Numbered lines: %1."), "; ".join(keys))


def footer_words(parts: ReportParts) -> Callable[[int, int], str]:
    who = parts.person.name

    def footer(page: int, pages: int) -> str:
        where = fill(tr("Page %1 of %2"), str(page), str(pages))
        return f"{who} · {title_words()} · {where}" if who else f"{title_words()} · {where}"

    return footer


def print_report(parts: ReportParts, made: datetime, paper: str, out: Path) -> None:
    """Lay the report out and print it to ``out``, whole or not at all. No widget and no pixmap: it
    may run on a worker thread."""
    write_private(out, printed(parts, made, paper))


def printed(parts: ReportParts, made: datetime, paper: str) -> bytes:
    # The document lives and ends here, on this thread: an error writing the file, handed to the
    # GUI thread, carries no frame that still holds it.
    _ = QEventLoop()  # on a worker thread of Python's, gives it the event dispatcher the layout's timers need
    makers = documents(parts, made, page_layout(paper))
    return paged_pdf_bytes(makers, title_words(), paper, footer_words(parts))


def print_on(parts: ReportParts, made: datetime, printer: QPagedPaintDevice) -> None:
    """The same report, laid out on the pages of ``printer`` as the person set it up (its paper, at
    ``RESOLUTION`` dots an inch): on the print lane, as a PDF is."""
    _ = QEventLoop()  # as in ``printed``
    try:
        print_pages(printer, documents(parts, made, printer.pageLayout()), footer_words(parts))
    except Exception as error:  # said as it is, without the frames that hold the documents
        problem = PrintError(str(error))
    else:
        return
    raise problem  # the documents ended here, on this thread


def documents(parts: ReportParts, made: datetime, layout: QPageLayout) -> list[Callable[[], QTextDocument]]:
    """What makes each of the report's documents, laid out for pages of ``layout``."""
    width = layout.paintRectPixels(RESOLUTION).width()
    chart: QImage = draw_chart(parts.facts, parts.markers, parts.since, parts.until, width)
    # An image's size in HTML is in pixels of 1/96 inch, whatever the printer's resolution
    pieces = report_html(parts, made, width * 96 / RESOLUTION).split(NEW_DOCUMENT)

    def document(text: str, with_chart: bool) -> Callable[[], QTextDocument]:
        def make() -> QTextDocument:
            piece = QTextDocument()
            font = piece.defaultFont()
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters when read back or copied
            piece.setDefaultFont(font)
            piece.setDefaultStyleSheet(STYLE)
            if with_chart:
                piece.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART), chart)
            piece.setHtml(text)
            return piece

        return make

    return [document(text, index == 0) for index, text in enumerate(pieces)]


def save_report(
    parts: ReportParts,
    since: date,
    until: date,
    out: Path,
    made: datetime,
    tasks: Tasks,
    on_done: Callable[[Done[None]], None],
    paper: str | None = None,
) -> None:
    """Make the PDF from ``parts`` on the "print" lane; ``on_done`` hears how it went, on the GUI
    thread. The chart is drawn with a painter on an image and the document laid out and printed
    there too: all of them Qt's to use off the GUI thread. ``paper``: "a4" or "letter"; the
    locale's when not given. ``since`` and ``until`` are the parts' own, as read."""
    assert (since, until) == (parts.since, parts.until)
    chosen = paper or paper_of_locale()
    tasks.run(lambda: print_report(parts, made, chosen, out), on_done, lane="print")


def write_report_of(
    store: HistoryStore, since: date, until: date, out: Path, made: datetime, given: ReportInputs
) -> int:
    """The report of ``store`` written whole or not at all, here and now, a stretch of sessions at a
    time (the command line's way), on the paper ``given``, else the locale's. Returns the number of
    sessions."""
    parts = read_report(store, since, until, visit=given.visit, birth=given.birth)
    print_report(parts, made, given.paper or paper_of_locale(), out)
    return parts.facts.sessions


def write_report(
    records: list[SessionRecord],
    markers: list[Marker],
    since: date,
    until: date,
    out: Path,
    made: datetime,
    *,
    person: ReportPerson | None = None,
    visit: date | None = None,
    paper: str | None = None,
) -> None:
    """Write the PDF of ``records``, held in a list, whole or not at all, here and now."""

    def stretch(start: date, end: date) -> list[SessionRecord]:
        return [record for record in records if start <= record.day <= end]

    parts = parts_of(stretch(since, until), markers, since, until, stretch, visit=visit, person=person)
    print_report(parts, made, paper or paper_of_locale(), out)


__all__ = [
    "ReportParts",
    "ReportPerson",
    "print_on",
    "read_report",
    "report_html",
    "save_report",
    "write_report",
    "write_report_of",
]
