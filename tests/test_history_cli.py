"""`neuroguide history export` and `import`: real files, round trips, and plain refusals."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from neuroguide.cli import main
from neuroguide.store.history import HistoryStore, SessionRecord
from tests.history_seed import seed

END = datetime(2026, 11, 20, 9, 0).astimezone()


def sessions_of(data_dir: Path) -> list[SessionRecord]:
    with HistoryStore(data_dir) as store:
        return store.sessions()


def sessions_in(data_dir: Path) -> int:
    return len(sessions_of(data_dir))


def test_export_csv_has_a_row_a_session_with_every_check_in_field(data_dir: Path, tmp_path: Path) -> None:
    count = seed(data_dir, 60, END)
    out = tmp_path / "history.csv"
    assert main(["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for spreadsheets
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == count
    first = rows[0]
    expected = (
        "date",
        "routine",
        "minutes_done",
        "performed_by",
        "before_pain_average",
        "after_numbness_average",
    )
    expected += ("before_tingling_right_foot", "skin_findings", "soreness", "fatigue", "note")
    for column in expected:
        assert column in first
    assert 0 <= int(first["before_pain_right_foot"] or first["before_pain_right_hand"]) <= 10


def test_a_note_that_looks_like_a_formula_is_written_as_text(data_dir: Path, tmp_path: Path) -> None:
    from neuroguide.core.checkin import CheckIn

    with HistoryStore(data_dir) as store:
        session = store.start_session("hand-relief", "Hand relief", END, 480, 12)
        store.save_checkin(session, CheckIn("after", note='=HYPERLINK("x")'), END)
    out = tmp_path / "h.csv"
    main(["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)])
    (row,) = csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())
    assert row["note"] == '\'=HYPERLINK("x")'


def test_export_pdf_from_the_command_line_without_a_display(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, 90, END)
    out = tmp_path / "report.pdf"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "neuroguide", "--data-dir", str(data_dir), "history", "export"]
    command += ["--format", "pdf", "--out", str(out), "--from", "2026-09-01", "--to", "2026-11-20"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Period: 1 Sep 2026 to 20 Nov 2026" in text
        assert "Sessions per week" in text and "Average scores, before and after a session" in text
        assert "not a medical device" in text


def test_a_bad_date_is_refused_by_the_parser(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(
            [
                "--data-dir",
                str(data_dir),
                "history",
                "export",
                "--format",
                "csv",
                "--out",
                "x",
                "--from",
                "2026-13-01",
            ]
        )
    assert "'2026-13-01' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err


def test_export_then_import_into_a_new_history(data_dir: Path, tmp_path: Path) -> None:
    count = seed(data_dir, 45, END)
    with HistoryStore(data_dir) as store:
        first = store.sessions()[0].id
        store.record_found(first, frozenset({"left foot"}))
        store.record_left_out(first, frozenset({"left foot"}), "check", 8)
    out = tmp_path / "h.csv"
    main(["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)])
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "history", "import", str(out)]) == 0
    assert sessions_in(other) == count
    assert main(["--data-dir", str(other), "history", "import", str(out)]) == 0  # twice: nothing doubled
    assert sessions_in(other) == count
    imported, original = sessions_of(other), sessions_of(data_dir)
    assert [r.after.scores if r.after else None for r in imported] == [
        r.after.scores if r.after else None for r in original
    ]
    assert (imported[0].found, imported[0].left_out) == ("left foot", "left foot: check")


def test_stop_reasons_go_out_as_codes_and_come_in_as_codes_or_older_words(
    data_dir: Path, tmp_path: Path
) -> None:
    with HistoryStore(data_dir) as store:
        for minute, (reason, note) in enumerate((("safety", ""), ("other", "the phone rang"))):
            session = store.start_session("hand-relief", "Hand relief", END.replace(minute=minute), 480, 12)
            store.finish_session(session, "stopped", END, reason, note)
    out = tmp_path / "h.csv"
    main(["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)])
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(row["stop_reason"], row["stop_note"]) for row in rows] == [
        ("safety", ""),
        ("other", "the phone rang"),
    ]
    # an export by an older version: the words shown, and no stop_note column
    older = tmp_path / "older.csv"
    columns = [column for column in rows[0] if column != "stop_note"]
    with older.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, columns, extrasaction="ignore")
        writer.writeheader()
        for row, words in zip(rows, ("Something's wrong", "felt dizzy"), strict=True):
            writer.writerow({**row, "stop_reason": words})
    for name, source in (("again", out), ("from-older", older)):
        assert main(["--data-dir", str(tmp_path / name), "history", "import", str(source)]) == 0
    assert [(r.stop_reason, r.stop_note) for r in sessions_of(tmp_path / "again")] == [
        ("safety", ""),
        ("other", "the phone rang"),
    ]
    assert [(r.stop_reason, r.stop_note) for r in sessions_of(tmp_path / "from-older")] == [
        ("safety", ""),
        ("other", "felt dizzy"),
    ]


def test_an_import_with_bad_scores_or_dates_is_refused_whole(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir, 20, END)
    out = tmp_path / "h.csv"
    main(["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)])
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    rows[1][header.index("date")] = "2026-02-30"
    column = next(name for name in header if name.startswith("before_pain_right"))
    rows[2][header.index(column)] = "12"
    rows[3][header.index("status")] = "maybe"
    broken = tmp_path / "broken.csv"
    with broken.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    other = tmp_path / "other"
    capsys.readouterr()
    assert main(["--data-dir", str(other), "history", "import", str(broken)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("row 2: date/time: expected a date as YYYY-MM-DD")
    assert (
        err[1].startswith("row 3: pain for the right")
        and "expected a whole number from 0 to 10, got 12" in err[1]
    )
    assert err[2] == "row 4: status: expected one of finished, stopped, interrupted, got 'maybe'"
    assert err[-1] == f"Nothing was imported: 3 problem(s) in {broken}."
    assert sessions_in(other) == 0


def test_odd_rows_are_refused_plainly_and_notes_keep_their_line_breaks(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from neuroguide.core.checkin import CheckIn

    with HistoryStore(data_dir) as store:
        session = store.start_session("hand-relief", "Hand relief", END.replace(second=12), 480, 12)
        store.save_checkin(session, CheckIn("after", note="line one\nline two, -less tingling"), END)
        store.finish_session(session, "finished", END)
        store.start_session("foot-care", "Morning foot care", END.replace(hour=10), 690, 14)  # still running
    out = tmp_path / "h.csv"
    main(["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)])
    assert main(["--data-dir", str(data_dir), "history", "import", str(out)]) == 0  # its own export
    assert sessions_in(data_dir) == 2  # nothing doubled
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "history", "import", str(out)]) == 0
    imported = sessions_of(other)
    assert imported[0].after is not None and imported[0].after.note == "line one\nline two, -less tingling"
    assert imported[1].status == "interrupted"

    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    broken = tmp_path / "broken.csv"
    short = rows[1][:5]
    nan = list(rows[1])
    nan[header.index("minutes_planned")] = "nan"
    with broken.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([header, short, nan])
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "third"), "history", "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "row 2:" in err and "row 3: minutes_planned: expected a number of 0 or more, got 'nan'" in err
    assert "Traceback" not in err
