"""How daily life is going, in the clinician's report: the section of weekly answers, read back from the
PDF (pdftotext), and the first page's summary, which lists a fall since the appointment and an answer a
step or more worse than the one before; both worked out here from the history file with plain SQL."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from neuroguide.core.checkin import SYMPTOMS, CheckIn
from neuroguide.core.function_checkin import FunctionCheckIn
from neuroguide.store.database import FILE_NAME
from neuroguide.store.history import HistoryStore, StepRecord
from neuroguide.ui.print.report import print_report, read_report, report_html

END = datetime(2026, 11, 20, 9, 0).astimezone()
SINCE, UNTIL, VISIT = date(2026, 9, 1), END.date(), date(2026, 10, 20)

# The scales and their words as a reader of the report sees them, best first: kept here on their own.
SCALES = {
    "hands": ["No trouble", "Some trouble", "A lot of trouble", "Cannot do it"],
    "walking": ["No trouble", "Some trouble", "A lot of trouble", "Cannot do it"],
    "falls": ["No", "Nearly fell", "Fell"],
    "sleep": ["Not at all", "Some nights", "Most nights", "Hardly slept"],
}
CODES = {
    "hands": ["none", "some", "a-lot", "cannot"],
    "walking": ["none", "some", "a-lot", "cannot"],
    "falls": ["none", "nearly", "fell"],
    "sleep": ["none", "some", "a-lot", "cannot"],
}
TOPICS = {
    "hands": "Buttons and small things",
    "walking": "Walking and balance",
    "falls": "Falls",
    "sleep": "Sleep",
}
WEEKS = [  # (day, answers): one before the period, then weekly; a fall after the visit, then worse hands
    (date(2026, 8, 20), {"hands": "none", "walking": "none", "falls": "none", "sleep": "none"}),
    (date(2026, 9, 10), {"hands": "none", "walking": "some", "falls": "none"}),
    (date(2026, 10, 1), {"hands": "some", "walking": "some", "falls": "nearly", "sleep": "some"}),
    (date(2026, 10, 28), {"hands": "some", "walking": "a-lot", "falls": "fell", "sleep": "some"}),
    (date(2026, 11, 12), {"hands": "a-lot", "walking": "a-lot", "falls": "none", "sleep": "none"}),
]

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not here")


def at(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def seeded(folder: Path) -> Path:
    with HistoryStore(folder) as store:
        for n in range(30):  # sessions before and after the visit, the same scores
            day = SINCE + timedelta(days=n * 2 + 12)
            session = store.start_session("foot-care", "Foot care", at(day, 9), 600, 2)
            for position in (1, 2):
                store.record_step(
                    session, StepRecord(position, f"s{position}", "Step", "right", True, 60.0, "")
                )
            store.finish_session(session, "finished", at(day, 10))
            store.save_checkin(
                session, CheckIn("before", {("right foot", s): 3 for s in SYMPTOMS}), at(day, 9)
            )
        for day, answers in WEEKS:
            store.save_function(FunctionCheckIn(at(day), answers))
    return folder


def answered(folder: Path) -> list[tuple[date, dict[str, str]]]:
    """Every week's answers in the file, oldest first, read with plain SQL."""
    db = sqlite3.connect(folder / FILE_NAME)
    try:
        found: dict[int, tuple[date, dict[str, str]]] = {
            row[0]: (datetime.fromisoformat(row[1]).date(), {})
            for row in db.execute("SELECT id, recorded_at FROM function_checkin ORDER BY recorded_at")
        }
        for checkin, question, answer in db.execute(
            "SELECT checkin_id, question, answer FROM function_answer"
        ):
            found[checkin][1][question] = answer
    finally:
        db.close()
    return list(found.values())


def in_words(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def words(question: str, code: str) -> str:
    return SCALES[question][CODES[question].index(code)]


@pytest.fixture
def pdf(qapp: QApplication, data_dir: Path, tmp_path: Path) -> Path:
    seeded(data_dir)
    out = tmp_path / "report.pdf"
    with HistoryStore(data_dir, read_only=True) as store:
        print_report(read_report(store, SINCE, UNTIL, visit=VISIT), END, "a4", out)
    return out


def pdf_lines(pdf: Path) -> list[str]:
    """The PDF's text laid out as printed, a line of the page a line, its spaces made single."""
    command = ["pdftotext", "-layout", str(pdf), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in text.replace("\f", "\n").splitlines() if line.strip()]


def pdf_text(pdf: Path) -> str:
    return " ".join(pdf_lines(pdf))


@needs_poppler
def test_the_report_lists_every_week_answered_in_the_period(pdf: Path, data_dir: Path) -> None:
    text = pdf_text(pdf)
    assert "How daily life is going" in text
    assert "recommendation 2.1" in text and "https://doi.org/10.1200/JCO.20.01399" in text
    in_period = [(day, answers) for day, answers in answered(data_dir) if SINCE <= day <= UNTIL]
    assert len(in_period) == 4
    section = text[text.index("How daily life is going") :]
    # each row's answers, in the questions' order, oldest first; a question left is a dash
    rows = [
        " ".join([in_words(day), *(words(q, answers[q]) if q in answers else "–" for q in SCALES)])
        for day, answers in in_period
    ]
    lines = pdf_lines(pdf)
    start = lines.index("How daily life is going")
    table = [line for line in lines[start:] if re.match(r"\d+ \w+ 2026 ", line)][: len(rows)]
    assert table == rows
    assert in_words(date(2026, 8, 20)) not in section  # before the period: compared with, not listed


@needs_poppler
def test_the_summary_flags_a_fall_and_a_worse_answer(pdf: Path, data_dir: Path) -> None:
    text = pdf_text(pdf)
    summary = text[text.index("Since your last appointment") : text.index("How daily life is going")]
    every = answered(data_dir)
    falls = [day for day, answers in every if answers.get("falls") == "fell" and VISIT <= day <= UNTIL]
    assert falls == [date(2026, 10, 28)]
    # the sessions' scores stayed the same: only the person's answers say something got worse
    assert "From the weekly questions about daily life:" in summary
    assert "What got worse" not in summary and "Nothing got worse" not in summary
    assert f"A fall, in the weekly questions about daily life: {in_words(falls[0])}." in summary
    (previous_day, previous), (latest_day, latest) = every[-2], every[-1]
    worse = [
        q
        for q in SCALES
        if q in previous and q in latest and CODES[q].index(latest[q]) > CODES[q].index(previous[q])
    ]
    assert worse == ["hands"]
    for q in worse:
        said = (
            f"{TOPICS[q]}: “{words(q, latest[q])}” on {in_words(latest_day)}, "
            f"against “{words(q, previous[q])}” on {in_words(previous_day)}."
        )
        assert said in summary
    better = [q for q in SCALES if q in previous and q in latest and q not in worse]
    for q in better:
        assert f"{TOPICS[q]}: “" not in summary


def test_a_fall_is_listed_however_few_sessions_came_before(qapp: QApplication, data_dir: Path) -> None:
    with HistoryStore(data_dir) as store:
        store.save_function(FunctionCheckIn(at(VISIT + timedelta(days=2)), {"falls": "fell"}))
        parts = read_report(store, VISIT - timedelta(days=30), VISIT + timedelta(days=5), visit=VISIT)
    html = " ".join(report_html(parts, END).split())
    assert "There are too few sessions" in html and "From the weekly questions about daily life:" in html
    assert re.search(r"<li>A fall, in the weekly questions about daily life: \d+ \w+ 2026\.</li>", html)


def test_no_section_without_answers(qapp: QApplication, data_dir: Path) -> None:
    with HistoryStore(data_dir) as store:
        parts = read_report(store, VISIT, VISIT + timedelta(days=5))
    assert "How daily life is going" not in report_html(parts, END)
