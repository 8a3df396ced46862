"""The clinician's report as printed: its text read back from the PDF (pdftotext) and checked against
the records, worked out here independently from the history file; its pages drawn as pictures."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.tasks import Done, Tasks
from neuroguide.core.checkin import SYMPTOMS, CheckIn
from neuroguide.core.people import People
from neuroguide.store.database import FILE_NAME
from neuroguide.store.history import HistoryStore, StepRecord
from neuroguide.ui.print.pdf import paper_of_locale
from neuroguide.ui.print.report import print_report, read_report, report_html, save_report
from tests.history_seed import seed

END = datetime(2026, 11, 20, 9, 0).astimezone()
SINCE, UNTIL = date(2026, 8, 26), END.date()  # a Wednesday to a Friday: part weeks at both ends
VISIT = date(2026, 10, 14)
BIRTH = date(1950, 3, 3)
WORSE_PLACE = ("numbness", "left foot")  # scored high before sessions since the visit

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="pdftotext and pdftoppm (poppler-utils, installed by scripts/setup --dev) are not here",
)


def add_session(
    store: HistoryStore,
    started: datetime,
    status: str,
    steps: int,
    before: dict[tuple[str, str], int] | None,
    after: CheckIn | None = None,
    reason: str = "",
    performed_by: str = "",
) -> None:
    session = store.start_session("foot-care", "Morning foot care", started, 690, 14, performed_by)
    for position in range(1, steps + 1):
        store.record_step(session, StepRecord(position, f"s{position}", "Step", "right", True, 50.0, ""))
    if status != "interrupted":
        store.finish_session(session, status, started + timedelta(minutes=12), reason)
    if before is not None:
        store.save_checkin(session, CheckIn("before", before), started)
    if after is not None:
        store.save_checkin(session, after, started)


def feet(value: int) -> dict[tuple[str, str], int]:
    return {(limb, symptom): value for limb in ("right foot", "left foot") for symptom in SYMPTOMS}


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> People:
    """Two people: Robert (named, with a long seeded history and a few sessions of every kind) and
    Ann, whose history must never show in Robert's report."""
    base = tmp_path_factory.mktemp("people")
    found = People.load(base)
    robert, ann = found.add("Robert Miller"), found.add("Ann Okafor")
    found.save()
    for person, days, per_week in ((robert, 150, 5.0), (ann, 60, 3.0)):
        found.folder(person.id).mkdir(parents=True)
        seed(found.folder(person.id), days, END, per_week=per_week, seed=len(person.id))
    with HistoryStore(found.folder(robert.id)) as store:
        for n in range(12):  # numbness in the left foot worse before sessions since the visit
            day = VISIT + timedelta(days=3 * n + 1)
            scores = feet(3) | {("left foot", "numbness"): 9}
            add_session(store, datetime.combine(day, time(19, 0)).astimezone(), "finished", 14, scores)
        add_session(
            store, datetime.combine(date(2026, 10, 20), time(20)).astimezone(), "interrupted", 0, None
        )
        add_session(
            store,
            datetime.combine(date(2026, 11, 2), time(20)).astimezone(),
            "stopped",
            3,
            feet(4),
            CheckIn("after", feet(5), skin=("blister",), note="a blister under the big toe"),
            reason="safety",
            performed_by="Sam",
        )
        store.add_marker(date(2026, 10, 5), "New medicine: duloxetine")
        store.mark_interrupted()  # as the app does when it opens the history again
    return found


def robert_folder(people: People) -> Path:
    return people.folder(next(p.id for p in people.people if p.name == "Robert Miller"))


def recorded(folder: Path) -> list[tuple[date, str, dict[tuple[str, str, str], int]]]:
    """Every session of the file, read with plain SQL: (day, status, {(moment, limb, symptom): score})."""
    db = sqlite3.connect(folder / FILE_NAME)
    try:
        sessions: dict[int, tuple[date, str, dict[tuple[str, str, str], int]]] = {
            row[0]: (datetime.fromisoformat(row[1]).date(), row[2], {})
            for row in db.execute("SELECT id, started_at, status FROM session")
        }
        for session, moment, limb, symptom, value in db.execute(
            "SELECT c.session_id, c.moment, s.limb, s.symptom, s.value FROM score s"
            " JOIN checkin c ON c.id = s.checkin_id"
        ):
            sessions[session][2][(moment, limb, symptom)] = value
    finally:
        db.close()
    return list(sessions.values())


def pdf_text(pdf: Path, *pages: int) -> str:
    command = ["pdftotext", "-layout"]
    if pages:
        command += ["-f", str(pages[0]), "-l", str(pages[-1])]
    text = subprocess.run([*command, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.replace("\f", "\n")  # a new page begins a line


@pytest.fixture(scope="module")
def report(qapp: QApplication, people: People, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "robert.pdf"
    with HistoryStore(robert_folder(people), read_only=True) as store:
        parts = read_report(store, SINCE, UNTIL, visit=VISIT, birth=BIRTH)
    print_report(parts, END, "a4", out)
    return out


def in_words(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


@needs_poppler
def test_the_report_names_the_person_and_the_period(report: Path) -> None:
    first = pdf_text(report, 1)
    assert "Name: Robert Miller" in first and "Date of birth: 3 Mar 1950" in first
    assert "Ann" not in pdf_text(report)
    assert f"Period: {in_words(SINCE)} to {in_words(UNTIL)}." in first
    assert "Robert Miller · Self-massage sessions and symptoms · Page 1 of" in first


@needs_poppler
def test_every_week_of_the_period_is_listed_with_its_sessions(report: Path, people: People) -> None:
    sessions = [(day, status) for day, status, _ in recorded(robert_folder(people)) if SINCE <= day <= UNTIL]
    expected: Counter[date] = Counter(day - timedelta(days=day.weekday()) for day, _ in sessions)
    monday, weeks = SINCE - timedelta(days=SINCE.weekday()), []
    while monday <= UNTIL:
        weeks.append(monday)
        monday += timedelta(days=7)
    text = pdf_text(report)
    rows = re.findall(r"(\d+ \w{3}) – (\d+ \w{3} \d{4}) +(\d+) +(\d+) +(\d+)", text)
    assert [row[0] for row in rows] == [f"{max(w, SINCE).day} {max(w, SINCE):%b}" for w in weeks]
    assert [row[1] for row in rows] == [in_words(min(w + timedelta(days=6), UNTIL)) for w in weeks]
    assert [int(row[2]) for row in rows] == [expected[week] for week in weeks]
    assert [int(row[3]) for row in rows] == [
        sum(
            1 for day, status in sessions if status == "finished" and day - timedelta(days=day.weekday()) == w
        )
        for w in weeks
    ]
    total = re.search(rf"All {len(weeks)} weeks +(\d+) +(\d+)", text)
    assert total is not None and int(total.group(1)) == len(sessions) == sum(int(row[2]) for row in rows)
    statuses = Counter(status for _, status in sessions)
    assert (
        f"{len(sessions)} sessions ({statuses['finished']} finished, {statuses['stopped']} stopped early, "
        f"{statuses['interrupted']} interrupted)" in " ".join(text.split())
    )
    assert statuses["interrupted"] == 1


def before_means(folder: Path, start: date, end: date) -> dict[tuple[str, str], tuple[float, int]]:
    found: dict[tuple[str, str], list[int]] = {}
    for day, _, scores in recorded(folder):
        if start <= day <= end:
            for (moment, limb, symptom), value in scores.items():
                if moment == "before":
                    found.setdefault((symptom, limb), []).append(value)
    return {key: (sum(values) / len(values), len(values)) for key, values in found.items()}


@needs_poppler
def test_the_summary_lists_what_got_worse_since_the_last_appointment(report: Path, people: People) -> None:
    folder, length = robert_folder(people), (UNTIL - VISIT).days + 1
    now = before_means(folder, VISIT, UNTIL)
    then = before_means(folder, VISIT - timedelta(days=length), VISIT - timedelta(days=1))
    worse = {
        key
        for key in now
        if key in then and min(now[key][1], then[key][1]) >= 3 and now[key][0] - then[key][0] >= 1.0
    }
    assert WORSE_PLACE in worse
    first = " ".join(pdf_text(report, 1).split())
    assert f"Since your last appointment, on {in_words(VISIT)}" in first
    assert f"What got worse, compared with the {length} days before:" in first
    for symptom, limb in worse:
        (mean, count), (earlier, earlier_count) = now[(symptom, limb)], then[(symptom, limb)]
        assert (
            f"{symptom.capitalize()}, {limb}: {mean:.1f} on average before sessions since then "
            f"({count} sessions), against {earlier:.1f} in the days before ({earlier_count} sessions)."
            in first
        )
    assert len(re.findall(r"on average before sessions", first)) == len(worse)
    since_then = [day for day, _, _ in recorded(folder) if VISIT <= day <= UNTIL]
    before_it = [day for day, _, _ in recorded(folder) if VISIT - timedelta(days=length) <= day < VISIT]
    said = f"stopped for safety: 1 of {len(since_then)} since then, against 0 of {len(before_it)} before."
    assert said in first


@needs_poppler
def test_scores_are_given_for_each_hand_and_foot_with_the_sessions_they_rest_on(
    report: Path, people: People
) -> None:
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for day, _, scores in recorded(robert_folder(people)):
        if SINCE <= day <= UNTIL:
            for (moment, limb, symptom), value in scores.items():
                if moment == "before" and ("after", limb, symptom) in scores:
                    pairs.setdefault((symptom, limb), []).append((value, scores[("after", limb, symptom)]))
    assert {limb for _, limb in pairs} == {"right foot", "left foot", "right hand", "left hand"}
    text = pdf_text(report)
    for (symptom, limb), values in pairs.items():
        before = sum(b for b, _ in values) / len(values)
        after = sum(a for _, a in values) / len(values)
        row = rf"{symptom.capitalize()} +{limb.capitalize()} +{before:.1f} +{after:.1f} +[-+]\d\.\d"
        assert re.search(rf"{row} +{len(values)}\n", text), row
    rows = re.findall(r"\n(Pain|Tingling|Numbness) +(\S+ ?\S*) +\d+\.\d +\d+\.\d", text)
    assert sorted(rows) == sorted(
        (s.capitalize(), limb.capitalize()) for s, limb in pairs
    )  # no row mixes places


@needs_poppler
def test_the_chart_is_large_on_page_one_and_the_pages_are_looked_at(
    report: Path, screens: Path, tmp_path: Path
) -> None:
    listed = subprocess.run(
        ["pdfimages", "-list", "-f", "1", "-l", "1", str(report)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listed) == 1 and int(listed[0].split()[3]) >= 2000  # the whole width, drawn at 300 dpi
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(report), str(screens / "report-a4")], check=True)
    pages = sorted(screens.glob("report-a4*.png"))
    assert len(pages) >= 2
    text = pdf_text(report)
    for heading in (
        "Skin findings and safety stops",
        "Markers",
        "The person's own notes",
        "Sessions per week",
    ):
        assert heading in text
    assert "a blister under the big toe" in text and "New medicine: duloxetine" in text
    assert "stopped early: Something's wrong" in text and "not a medical device" in text


@needs_poppler
def test_letter_paper_and_an_unnamed_person_from_the_print_lane(
    qtbot: QtBot, qapp: QApplication, people: People, tmp_path: Path, screens: Path
) -> None:
    first = people.folder("")  # the first person, never named: lines to write on
    seed(first, 20, END, per_week=4)
    with HistoryStore(first, read_only=True) as store:
        parts = read_report(store, UNTIL - timedelta(days=13), UNTIL)
    tasks, outcomes = Tasks(), list[Done[None]]()
    try:
        save_report(
            parts, parts.since, parts.until, tmp_path / "me.pdf", END, tasks, outcomes.append, "letter"
        )
        qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
    finally:
        tasks.shutdown()
    assert outcomes[0].ok
    info = subprocess.run(["pdfinfo", str(tmp_path / "me.pdf")], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info
    text = " ".join(pdf_text(tmp_path / "me.pdf", 1).split())
    assert "Name: ________________________ Date of birth: ____" in text
    assert f"Since {in_words(parts.since)} No date of the last appointment was given" in text
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(tmp_path / "me.pdf"), str(screens / "report-letter")])


@pytest.mark.parametrize(
    ("environ", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "en_GB.UTF-8"}, "a4"),
        ({"LANG": "en_GB.UTF-8", "LC_PAPER": "en_CA.UTF-8"}, "letter"),
        ({"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "a4"),
        ({"LANG": "es_MX.UTF-8"}, "letter"),
    ],
)
def test_the_paper_follows_the_locale(environ: dict[str, str], paper: str) -> None:
    assert paper_of_locale(environ) == paper


def test_too_few_sessions_before_the_appointment_are_not_compared(data_dir: Path, qapp: QApplication) -> None:
    with HistoryStore(data_dir) as store:
        add_session(
            store, datetime.combine(VISIT - timedelta(days=2), time(9)).astimezone(), "finished", 14, feet(1)
        )
        for n in range(4):
            add_session(
                store,
                datetime.combine(VISIT + timedelta(days=n), time(9)).astimezone(),
                "finished",
                14,
                feet(8),
            )
        parts = read_report(store, VISIT - timedelta(days=30), VISIT + timedelta(days=5), visit=VISIT)
    text = " ".join(report_html(parts, END).split())
    assert "There are too few sessions from the 6 days before to compare with (1)." in text
    assert "What got worse" not in text and "Nothing got worse" not in text
    assert "<b>Name:</b> ________________________" in text  # a folder no one named
    with HistoryStore(data_dir) as store:
        parts = read_report(store, VISIT, VISIT + timedelta(days=5), visit=VISIT - timedelta(days=40))
    said = f"The last appointment, on {in_words(VISIT - timedelta(days=40))}, is outside this period"
    assert said in " ".join(report_html(parts, END).split())


def test_an_empty_period_still_makes_a_report(data_dir: Path, qapp: QApplication, tmp_path: Path) -> None:
    with HistoryStore(data_dir) as store:
        parts = read_report(store, VISIT, VISIT + timedelta(days=20))
    print_report(parts, END, "letter", tmp_path / "empty.pdf")
    assert (tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF")
    text = " ".join(report_html(parts, END).split())
    assert "0 sessions (0 finished" in text and "All 4 weeks" in text
    assert "No session in this period has scores both before and after." in text
