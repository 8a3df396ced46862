"""The report's sections, each a function of what was read (``ReportParts``) that gives its HTML.

The report is the list ``SECTIONS`` in order after the first page's heading, summary and chart; a new
section is one function added to it where it should be read."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from neuroguide import APP_NAME
from neuroguide.app.locale_words import day_words, tenths
from neuroguide.core.foot_temperature import DIFFERENCE, FOOT_WORDS, Foot, Reading, by_day, warm_runs
from neuroguide.core.function_checkin import QUESTIONS, FunctionCheckIn
from neuroguide.core.sources import citation
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import Marker
from neuroguide.ui.kit.temperatures import degrees
from neuroguide.ui.kit.words import in_sentence, side_and_limb, symptom_name
from neuroguide.ui.print.facts import ReportFacts, Tally, week_of


@dataclass(frozen=True)
class ReportPerson:
    name: str = ""  # as the person gave it; a blank line to fill in when not given
    birth: date | None = None


@dataclass(frozen=True)
class ReportParts:
    """What the report is made from, read on the history thread a stretch of sessions at a time."""

    facts: ReportFacts
    markers: list[Marker]
    since: date
    until: date
    visit: date  # "since your last appointment": the summary compares from here on with before
    visit_given: bool  # False when ``visit`` is only the period's start
    earlier: Tally  # the same length of time just before ``visit``
    person: ReportPerson = field(default_factory=ReportPerson)
    asked: date | None = None  # the appointment's day as given, inside the period or not
    function: tuple[FunctionCheckIn, ...] = ()  # how daily life is going: the period's answers, oldest first
    function_before: FunctionCheckIn | None = None  # the last answers before the period, to compare with
    temperatures: tuple[Reading, ...] = ()  # foot skin temperatures of the period, oldest first


Section = Callable[[ReportParts], list[str]]


def table(
    headers: list[str], rows: list[list[str]], text_columns: tuple[int, ...] = (0,), bold_last: bool = False
) -> str:
    """The columns not in ``text_columns`` are figures, set to the right."""

    def cell(tag: str, index: int, text: str, bold: bool) -> str:
        align = "left" if index in text_columns else "right"
        inner = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
        return f"<{tag} align='{align}'>{inner}</{tag}>"

    head = "".join(cell("th", i, text, False) for i, text in enumerate(headers))
    body = "".join(
        "<tr>"
        + "".join(cell("td", i, text, bold_last and n == len(rows) - 1) for i, text in enumerate(row))
        + "</tr>"
        for n, row in enumerate(rows)
    )
    return f"<table cellspacing='0' cellpadding='3' border='1' width='100%'><tr>{head}</tr>{body}</table>"


NEW_DOCUMENT = "<!-- a new page -->"  # where a long report is cut into documents printed one by one
ROWS_A_DOCUMENT = 460  # rows of a long table laid out at a time: the memory of ten pages or so, not all


def long_table(headers: list[str], rows: list[list[str]], text_columns: tuple[int, ...] = (0,)) -> list[str]:
    """A table of any length, in pieces of ``ROWS_A_DOCUMENT`` rows, each after the first on a new
    page with the headers again: twenty years of rows are never laid out at once."""
    pieces = [rows[start : start + ROWS_A_DOCUMENT] for start in range(0, len(rows), ROWS_A_DOCUMENT)]
    found: list[str] = []
    for piece in pieces or [[]]:
        found += [NEW_DOCUMENT] if found else []
        found.append(table(headers, piece, text_columns))
    return found


def number(value: float | None) -> str:
    return "–" if value is None else tenths(value)


def paragraph(text: str, kind: str = "") -> str:
    return f"<p class='{kind}'>{html.escape(text)}</p>" if kind else f"<p>{html.escape(text)}</p>"


def heading(text: str) -> str:
    # Qt's layout gives no room above a heading that follows a table: a small empty line makes it
    return f"<p class='gap'>&nbsp;</p><h2>{html.escape(text)}</h2>"


def limb_words(limb: str) -> str:
    side, _, part = limb.partition(" ")
    return side_and_limb(side, part) if part else limb


# -- the sections ---------------------------------------------------------------------------------


def scores(parts: ReportParts) -> list[str]:
    rows = [
        [
            symptom_name(symptom),
            limb_words(limb),
            number(before),
            number(after),
            f"{after - before:+.1f}",
            str(n),
        ]
        for symptom, limb, before, after, n in parts.facts.limbs()
    ]
    found = [heading(tr("Average scores, before and after a session"))]
    if not rows:
        return [*found, paragraph(tr("No session in this period has scores both before and after."))]
    return [
        *found,
        table(
            [tr("Symptom"), tr("Where"), tr("Before"), tr("After"), tr("Change"), tr("Sessions")],
            rows,
            (0, 1),
        ),
        paragraph(
            tr(
                "Scores from 0 (none) to 10 (worst), for each hand and foot on its own. Each average rests "
                "on the sessions counted beside it: those with a score for that place both before and after. "
                "Changes from before to after a session have no control comparison: they may come from rest, "
                "expectation or the time of day as much as from the massage."
            ),
            "small",
        ),
    ]


def weeks_of(since: date, until: date) -> list[date]:
    """The Monday of every week the period touches, the first and last perhaps in part."""
    weeks, start = [], week_of(since)
    while start <= until:
        weeks.append(start)
        start += timedelta(days=7)
    return weeks


def week_words(week: date, since: date, until: date) -> str:
    first, last = max(week, since), min(week + timedelta(days=6), until)
    return fill(tr("%1 – %2"), day_words(first, year=False), day_words(last))


def per_week(parts: ReportParts) -> list[str]:
    facts, weeks = parts.facts, weeks_of(parts.since, parts.until)
    rows = [
        [
            week_words(week, parts.since, parts.until),
            str(facts.per_week[week]),
            str(facts.finished_per_week[week]),
            f"{facts.seconds_per_week.get(week, 0.0) / 60:.0f}",
        ]
        for week in weeks
    ]
    total = [
        fill(tr("All %1 weeks"), str(len(weeks))),
        str(facts.sessions),
        str(facts.finished),
        f"{facts.seconds / 60:.0f}",
    ]
    headers = [tr("Week"), tr("Sessions"), tr("Finished"), tr("Minutes")]
    if len(rows) <= WEEKS_IN_ONE_COLUMN:
        listed = [table(headers, [*rows, total], bold_last=True)]
    else:  # a year at a time, its weeks in two columns, read down the left one first
        listed = []
        for start in range(0, len(rows), 52):
            if start and start % (52 * ROWS_A_DOCUMENT // 26) == 0:
                listed.append(NEW_DOCUMENT)
            listed.append(two_up(headers, rows[start : start + 52]))
        listed.append(table(headers, [total], bold_last=True))
    return [
        heading(tr("Sessions per week")),
        paragraph(tr("Every week of the period, Monday to Sunday; the first and last may be part weeks.")),
        *listed,
    ]


WEEKS_IN_ONE_COLUMN = 27


def two_up(headers: list[str], rows: list[list[str]]) -> str:
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [[""] * len(headers)] * (2 * half - len(rows))
    return table(headers * 2, [a + b for a, b in zip(left, right, strict=True)], (0, len(headers)))


def routines(parts: ReportParts) -> list[str]:
    weeks = max(1.0, ((parts.until - parts.since).days + 1) / 7)
    rows = [
        [title, str(count), tenths(count / weeks), f"{seconds / 60:.0f}"]
        for title, (count, seconds) in sorted(parts.facts.used.items())
    ]
    if not rows:
        return [heading(tr("Routines used")), paragraph(tr("No sessions in this period."))]
    return [
        heading(tr("Routines used")),
        table([tr("Routine"), tr("Sessions"), tr("A week, on average"), tr("Minutes")], rows),
    ]


def events(parts: ReportParts) -> list[str]:
    found = [heading(tr("Skin findings and safety stops"))]
    if not parts.facts.events:
        return [*found, paragraph(tr("None recorded."))]
    headers = [tr("Date"), tr("Routine"), tr("Found or why it stopped")]
    return [*found, *long_table(headers, parts.facts.events, (0, 1, 2))]


def markers(parts: ReportParts) -> list[str]:
    if not parts.markers:
        return []
    rows = [[str(n), day_words(m.day), m.label] for n, m in enumerate(parts.markers, 1)]
    return [
        heading(tr("Markers")),
        paragraph(tr("Events the person marked on the timeline, numbered as on the chart.")),
        table([tr("No."), tr("Date"), tr("Marker")], rows, (0, 1, 2)),
    ]


def notes(parts: ReportParts) -> list[str]:
    if not parts.facts.notes:
        return []
    return [
        heading(tr("The person's own notes")),
        *long_table([tr("Date"), tr("Routine"), tr("Note")], parts.facts.notes, (0, 1, 2)),
    ]


def daily_life(parts: ReportParts) -> list[str]:
    """The weekly answers about daily life, one row a week they were given; a blank is a question left."""
    if not parts.function:
        return []
    rows = [
        [day_words(checkin.recorded_at.date())]
        + [tr(question.answer_words(checkin.answers.get(question.key, ""))) or "–" for question in QUESTIONS]
        for checkin in parts.function
    ]
    return [
        heading(tr("How daily life is going")),
        paragraph(
            tr(
                "The person's own answers to a few questions asked once a week, each about the week "
                "before; a dash is a question left unanswered. Worsening function is what leads a cancer "
                "team to change the treatment (recommendation 2.1):"
            )
            + " "
            + citation("asco-cipn-2020"),
            "small",
        ),
        *long_table([tr("Date"), *(tr(question.topic) for question in QUESTIONS)], rows, (0, 1, 2, 3, 4)),
    ]


TEMPERATURE_ROWS = 14  # the newest days of readings listed; the counts and the rule cover them all


def run_words(first: date, last: date, foot: Foot) -> str:
    """'3 Dec 2026 – 4 Dec 2026, left foot'."""
    return fill(tr("%1 – %2, %3"), day_words(first), day_words(last), in_sentence(tr(FOOT_WORDS[foot])))


def temperature_rows(newest: list[Reading]) -> list[list[str]]:
    unit = degrees()
    return [
        [
            day_words(r.day),
            unit.number(r.right),
            unit.number(r.left),
            unit.difference(r.difference),
            tr(FOOT_WORDS[r.warm_foot]) if r.warm_foot else "–",
        ]
        for r in newest
    ]


def foot_temperatures(parts: ReportParts) -> list[str]:
    """The newest days' readings, how often one foot was warm, and when the rule said to rest it."""
    days = by_day(parts.temperatures)
    if not days:
        return []
    unit = degrees()
    over = unit.difference(DIFFERENCE)
    rows = temperature_rows([days[day] for day in sorted(days)[-TEMPERATURE_ROWS:]])
    warm = sum(1 for reading in days.values() if reading.warm_foot)
    runs = warm_runs(parts.temperatures)
    result = (
        fill(
            tr(
                "The same foot was more than %2 warmer on two or more days running (the sign to rest it "
                "and call the foot clinic): %1."
            ),
            "; ".join(run_words(*run) for run in runs),
            over,
        )
        if runs
        else fill(tr("The same foot was never more than %1 warmer on two days running."), over)
    )
    counted = tr("Days measured in this period: %1; with one foot more than %3 warmer than the other: %2.")
    return [
        heading(tr("Foot skin temperature")),
        paragraph(fill(counted, str(len(days)), str(warm), over)),
        paragraph(result),
        table(
            [
                tr("Date"),
                fill(tr("Right, %1"), unit.symbol),
                fill(tr("Left, %1"), unit.symbol),
                tr("Difference"),
                fill(tr("Warmer by over %1"), over),
            ],
            rows,
            (0, 4),
        ),
        paragraph(
            fill(
                tr(
                    "The newest %1 days measured, the last reading of each day. A difference over %2 on two "
                    "days running means rest and a call to the foot clinic: %3"
                ),
                str(len(rows)),
                over,
                citation("iwgdf-2023"),
            ),
            "small",
        ),
    ]


def closing(parts: ReportParts) -> list[str]:
    return [
        paragraph(
            fill(
                tr(
                    "%1 is a self-care companion, not a medical device. It does not diagnose or treat; "
                    "these records are the person's own."
                ),
                APP_NAME,
            ),
            "small",
        )
    ]


SECTIONS: tuple[Section, ...] = (
    scores, daily_life, foot_temperatures, per_week, routines, events, markers, notes, closing,
)  # fmt: skip
