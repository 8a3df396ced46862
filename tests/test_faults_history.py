"""The history under faults and hostile input, on real SQLite and real files.

A missing, empty, truncated or damaged file with backups is restored and said; backups always keep
a copy with sessions; read-only commands never move or change the live file; writes wait for a busy
database; a hostile import file is refused plainly and leaves the database byte-identical.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from neuroguide.cli import main
from neuroguide.core.clock import FakeClock
from neuroguide.core.routine import Routine
from neuroguide.core.session import SessionFinished, StepFinished
from neuroguide.store import database
from neuroguide.store.database import (
    FILE_NAME,
    VERSION,
    backup_daily,
    backup_path,
    backups,
    backups_dir,
    session_count,
    thin_backups,
)
from neuroguide.store.history import HistoryStore
from neuroguide.store.importer import MAX_LINE, MAX_ROWS, ImportRefusedError, check_csv, import_file
from neuroguide.store.recorder import SessionRecorder
from neuroguide.store.worker import HistoryWorker

WHEN = datetime(2026, 3, 1, 8, 0).astimezone()


def with_backups(folder: Path, days: int = 5) -> None:
    """A history with one session a day and a backup made each day after it."""
    with HistoryStore(folder) as store:
        for day in range(days):
            store.start_session("hand-relief", "Hand relief", WHEN + timedelta(days=day), 480, 12)
            assert store.backup((WHEN + timedelta(days=day)).date()) is not None


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes: what "nothing was changed" means."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def export(folder: Path, out: Path, *extra: str) -> int:
    return main(
        ["--data-dir", str(folder), "history", "export", "--format", "csv", "--out", str(out), *extra]
    )


# -- never replaced silently ------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["empty", "missing", "truncated", "garbage"])
def test_a_lost_history_file_is_restored_from_the_newest_backup_and_said(tmp_path: Path, fault: str) -> None:
    with_backups(tmp_path)
    path = tmp_path / FILE_NAME
    if fault == "empty":
        path.write_bytes(b"")
    elif fault == "missing":
        path.unlink()
    elif fault == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    else:
        path.write_bytes(b"not a database at all" * 100)
    with HistoryStore(tmp_path) as store:
        assert len(store.sessions()) == 5
        assert store.report.restored_from == backup_path(tmp_path, (WHEN + timedelta(days=4)).date())
        (message,) = store.report.messages
        assert "5 session(s)) was restored" in message
        assert {"empty": "was empty", "missing": "was missing"}.get(fault, "was damaged") in message
    if fault != "missing":
        assert list(tmp_path.glob(f"{FILE_NAME}.damaged-*")), "the file found is kept, never deleted"


def test_the_reported_repro_export_after_emptying_the_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_backups(tmp_path)
    (tmp_path / FILE_NAME).write_bytes(b"")
    before = tree(tmp_path)
    out = tmp_path.parent / f"{tmp_path.name}-x.csv"
    assert export(tmp_path, out) == 0
    err = capsys.readouterr().err
    assert "is empty (0 bytes); this reads the backup" in err and "5 session(s) written" in err
    assert tree(tmp_path) == before, "an export only reads: nothing is moved or restored"


def test_a_brand_new_folder_is_simply_new(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "new") as store:
        assert store.report.created and store.report.messages == []


def test_an_empty_file_with_only_empty_backups_is_simply_new(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        store.backup(WHEN.date())
    (tmp_path / FILE_NAME).write_bytes(b"")
    with HistoryStore(tmp_path) as store:
        assert store.report.messages == [] and store.report.restored_from is None


def test_a_stale_journal_is_not_replayed_into_a_restored_file(tmp_path: Path) -> None:
    with_backups(tmp_path, 2)
    path = tmp_path / FILE_NAME
    (tmp_path / (FILE_NAME + "-wal")).write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    path.unlink()
    with HistoryStore(tmp_path) as store:
        assert len(store.sessions()) == 2


# -- backups ----------------------------------------------------------------------------------


def test_day_by_day_an_emptied_history_never_thins_out_the_last_backup_with_sessions(tmp_path: Path) -> None:
    with_backups(tmp_path, 5)
    empty = sqlite3.connect(":memory:")  # the live file, emptied: what the daily backup would copy
    try:
        empty.execute("CREATE TABLE session (id INTEGER PRIMARY KEY)")
        for day in range(5, 65):
            backup_daily(empty, tmp_path, (WHEN + timedelta(days=day)).date())
            counts = [info.sessions for info in backups(tmp_path)]
            assert max(c or 0 for c in counts) == 5, f"day {day}: {counts}"
            assert 0 not in counts, "a backup of an empty history pushes out none with sessions"
    finally:
        empty.close()


def test_thinning_keeps_the_backup_with_the_most_sessions_whatever_its_age(tmp_path: Path) -> None:
    with_backups(tmp_path, 2)
    old = backups(tmp_path)[0]
    for week in range(5):  # later, empty copies, one a week (as an older version made them)
        newer = backups_dir(tmp_path) / f"history-{date(2026, 6, 1) + timedelta(weeks=week)}.sqlite3"
        sqlite3.connect(newer).close()
    thin_backups(tmp_path, date(2026, 9, 1))
    assert old.path.exists() and session_count(old.path) == 2
    assert len(backups(tmp_path)) == 5  # four weeks, and the one with the sessions


# -- read-only commands -----------------------------------------------------------------------


def test_check_reports_file_sessions_backups_and_what_it_would_restore_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_backups(tmp_path, 3)
    (backups_dir(tmp_path) / "history-2026-02-01.sqlite3").write_bytes(b"damaged")
    assert main(["--data-dir", str(tmp_path), "history", "check"]) == 0
    out = capsys.readouterr().out
    assert f"format {VERSION}" in out and "integrity ok" in out and "3 session(s)" in out
    assert "2026-03-03  3 session(s)" in out and "2026-02-01  damaged or unreadable" in out
    assert "Would restore: nothing" in out
    (tmp_path / FILE_NAME).write_bytes(b"")
    before = tree(tmp_path)
    assert main(["--data-dir", str(tmp_path), "history", "check"]) == 1
    out = capsys.readouterr().out
    assert "0 bytes; empty" in out and "Would restore: the backup of 2026-03-03 (3 session(s))" in out
    assert tree(tmp_path) == before


def test_an_export_of_a_damaged_file_reads_a_backup_and_never_moves_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_backups(tmp_path, 3)
    path = tmp_path / FILE_NAME
    path.write_bytes(b"\xff" * 8192)
    before = tree(tmp_path)
    assert export(tmp_path, tmp_path.parent / f"{tmp_path.name}.csv") == 0
    assert "is damaged; this reads the backup" in capsys.readouterr().err
    assert tree(tmp_path) == before


def test_deleting_the_journal_mid_run_never_makes_an_export_move_the_live_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_backups(tmp_path, 1)
    with HistoryStore(tmp_path) as app:
        app.connection.execute("PRAGMA wal_autocheckpoint = 0")  # the session stays in the journal
        session = app.start_session("foot-care", "Foot care", WHEN + timedelta(days=1), 600, 42)
        inode = (tmp_path / FILE_NAME).stat().st_ino
        (tmp_path / (FILE_NAME + "-wal")).unlink()
        export(tmp_path, tmp_path.parent / f"{tmp_path.name}.csv")
        capsys.readouterr()
        assert (tmp_path / FILE_NAME).stat().st_ino == inode
        assert not list(tmp_path.glob(f"{FILE_NAME}.damaged-*"))
        app.finish_session(session, "finished", WHEN + timedelta(days=1, minutes=10))
        assert len(app.sessions()) == 2  # the running app still has its whole history


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A real read-only folder (a bind mount, so root is refused too), or a skip where mounting is
    not allowed."""
    source, mount = tmp_path / "source", tmp_path / "ro"
    source.mkdir()
    mount.mkdir()
    with_backups(source, 3)
    bind = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], capture_output=True).returncode:
            pytest.skip("a read-only remount is not allowed here")
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_read_only_folder_still_exports_and_checks(
    read_only_mount: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    assert export(read_only_mount, out) == 0
    assert "3 session(s) written" in capsys.readouterr().err
    assert main(["--data-dir", str(read_only_mount), "history", "check"]) == 0
    checked = capsys.readouterr().out
    assert "3 session(s)" in checked
    assert f"format {VERSION} (this version reads up to {VERSION}); integrity ok" in checked


def test_export_period_at_the_ends_of_the_calendar_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_backups(tmp_path, 1)
    for extra in (["--to", "9999-12-31"], ["--from", "0001-01-01"]):
        with pytest.raises(SystemExit) as exit_:
            export(tmp_path, tmp_path.parent / "x.csv", *extra)
        assert exit_.value.code == 2
        assert "out of range; choose a day from 1900-01-01" in capsys.readouterr().err


def test_the_command_line_says_no_traceback_for_an_emptied_file(tmp_path: Path) -> None:
    with_backups(tmp_path, 2)
    (tmp_path / FILE_NAME).write_bytes(b"")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = tmp_path.parent / f"{tmp_path.name}.csv"
    done = subprocess.run(
        [sys.executable, "-m", "neuroguide", "--data-dir", str(tmp_path), "history", "export", "--format",
         "csv", "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "2 session(s) written" in done.stderr
    shutil.rmtree(tmp_path)


# -- writes that wait ---------------------------------------------------------------------------

HOLD = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))  # another program's long write
db.execute("COMMIT")
db.close()
"""


@contextmanager
def hold_write_lock(folder: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the history's write lock for ``seconds``, from the moment it holds it."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder / FILE_NAME), str(seconds)], stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline() == "held\n"
            yield holder
        finally:
            if holder.poll() is None and holder.wait(timeout=30) is None:
                holder.kill()


def impatient(store: HistoryStore, patience: float) -> None:
    store.write_patience = patience
    store.connection.execute("PRAGMA busy_timeout = 50")  # so the store's own retries are what waits


def step_events(routine: Routine) -> list[StepFinished]:
    return [
        StepFinished(elapsed=0, remaining=0, step=step, completed=True, seconds_done=30.0)
        for step in routine.plan()
    ]


@contextmanager
def patient_worker(folder: Path, seconds: float, problems: list[str]) -> Iterator[HistoryWorker]:
    """The history thread on a new history, waiting at most ``seconds`` for a busy database."""
    with HistoryStore(folder):
        pass
    worker = HistoryWorker(folder, problems.append)
    try:
        worker.call(lambda store: impatient(store, seconds)).result()
        yield worker
    finally:
        worker.close()


def test_steps_recorded_while_another_process_holds_the_write_lock_all_arrive_in_order(
    tmp_path: Path, foot_care: Routine, clock: FakeClock
) -> None:
    problems: list[str] = []
    with patient_worker(tmp_path, 20, problems) as worker:
        recorder = SessionRecorder(worker, foot_care, clock)
        recorder.session_id.result()
        with hold_write_lock(tmp_path, 1.5) as holder:
            started = time.monotonic()
            events = step_events(foot_care)
            for event in events:
                recorder.on_event(event)
            finished = SessionFinished(elapsed=0, remaining=0, steps_completed=len(events), steps_total=0)
            recorder.on_event(finished)
            worker.call(lambda store: None).result(timeout=30)  # every write before it is done
            waited = time.monotonic() - started
            assert holder.wait(timeout=10) == 0
        session = worker.call(lambda store: store.session(recorder.session_id.result())).result()
    assert problems == [] and waited > 1.0
    assert session is not None and session.status == "finished"
    assert [step.position for step in session.steps] == [event.step.number for event in events]


def test_a_session_row_that_meets_a_long_lock_is_kept_and_written_before_its_steps(
    tmp_path: Path, foot_care: Routine, clock: FakeClock
) -> None:
    problems: list[str] = []
    with patient_worker(tmp_path, 0.2, problems) as worker:
        with hold_write_lock(tmp_path, 1.0) as holder:
            recorder = SessionRecorder(worker, foot_care, clock)
            events = step_events(foot_care)
            for event in events[:3]:
                recorder.on_event(event)  # each waits 0.2 s, then stays in memory
            worker.call(lambda store: None).result(timeout=30)
            assert recorder.unwritten == 3 and problems, "the person is told the history cannot be saved"
            assert holder.wait(timeout=10) == 0
        for event in events[3:]:
            recorder.on_event(event)
        worker.call(lambda store: None).result(timeout=30)
        assert recorder.unwritten == 0
        session = worker.call(lambda store: store.session(recorder.session_id.result())).result()
    assert session is not None and len(session.steps) == len(events)
    assert [step.position for step in session.steps] == [event.step.number for event in events]


# -- importing hostile files --------------------------------------------------------------------


def exported(folder: Path, tmp_path: Path, days: int = 3) -> list[list[str]]:
    with_backups(folder, days)
    out = tmp_path / "export.csv"
    assert export(folder, out) == 0
    return list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def import_(folder: Path, file: Path) -> int:
    return main(["--data-dir", str(folder), "history", "import", str(file)])


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("minutes_planned", "1e300", "minutes_planned: expected at most 1440 minutes (a day), got '1e300'"),
        ("minutes_done", "1e308", "minutes_done: expected at most 1440 minutes (a day)"),
        ("minutes_done", "inf", "minutes_done: expected a number of 0 or more, got 'inf'"),
        ("minutes_done", "-0.5", "minutes_done: expected a number of 0 or more"),
        ("steps_done", "9" * 5000, "steps_done: expected a number of 0 or more"),
        ("date", "9999-12-31", "date/time: expected a date as YYYY-MM-DD from 1900 to 2999"),
        ("date", "0001-01-01", "date/time: expected a date as YYYY-MM-DD from 1900 to 2999"),
    ],
)
def test_a_number_or_date_out_of_range_refuses_the_file_and_leaves_the_history_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str, value: str, words: str
) -> None:
    folder = tmp_path / "d"
    rows = exported(folder, tmp_path)
    rows[2][rows[0].index(column)] = value
    before = tree(folder)
    capsys.readouterr()
    assert import_(folder, write_rows(tmp_path / "bad.csv", rows)) == 1
    err = capsys.readouterr().err
    assert f"row 3: {words}" in err and "Traceback" not in err and "Nothing was imported" in err
    assert tree(folder) == before


def test_repeats_inside_one_file_are_said_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = exported(tmp_path / "d", tmp_path)
    capsys.readouterr()
    assert import_(tmp_path / "new", write_rows(tmp_path / "twice.csv", [*rows, rows[1], rows[2]])) == 0
    err = capsys.readouterr().err
    assert "3 session(s) imported; 0 already in your history; 2 repeated inside the file" in err
    assert "row 5 repeats row 2" in err
    with HistoryStore(tmp_path / "new") as store:
        assert len(store.sessions()) == 3


def test_a_dropped_table_or_a_locked_history_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    rows = exported(folder, tmp_path)
    file = write_rows(tmp_path / "in.csv", rows)
    other = tmp_path / "other"
    with HistoryStore(other):
        pass
    monkeypatch.setattr(database, "BUSY_SECONDS", 0.05)
    monkeypatch.setattr(HistoryStore, "write_patience", 0.3)
    with hold_write_lock(other, 1.0):
        capsys.readouterr()
        assert import_(other, file) == 1
    err = capsys.readouterr().err
    assert "another program has been writing to it for too long" in err and "Traceback" not in err

    with HistoryStore(folder) as store:
        store.connection.execute("DROP TABLE score")  # the scores every row of the CSV carries
    assert export(folder, tmp_path / "x.csv") == 1
    err = capsys.readouterr().err
    assert "the history cannot be read (the file is incomplete (no such table: score)" in err
    assert not (tmp_path / "x.csv").exists()  # nothing half written


def test_a_long_import_commits_in_batches(tmp_path: Path) -> None:
    rows = exported(tmp_path / "d", tmp_path, 1)
    header, row = rows[0], rows[1]
    day = header.index("date")
    many = [header]
    for number in range(1200):
        copy = list(row)
        copy[day] = (date(2000, 1, 1) + timedelta(days=number)).isoformat()
        many.append(copy)
    file = write_rows(tmp_path / "many.csv", many)
    commits: list[str] = []
    with HistoryStore(tmp_path / "new") as store:
        store.connection.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        result = import_file(store, check_csv(file))
        store.connection.set_trace_callback(None)
        assert result.imported == 1200 and len(store.sessions()) == 1200
    assert len(commits) == 3  # 500, 500 and 200


def test_a_huge_file_is_refused_as_a_stream_in_bounded_memory(tmp_path: Path) -> None:
    rows = exported(tmp_path / "d", tmp_path, 1)
    line = ",".join(rows[1]) + "\n"
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as file:
        file.write(",".join(rows[0]) + "\n")
        file.writelines(line for _ in range(MAX_ROWS + 10))
    start = time.monotonic()
    with pytest.raises(ImportRefusedError, match="more than 100,000 sessions"):
        check_csv(big)
    assert time.monotonic() - start < 60
    long_line = tmp_path / "long.csv"
    long_line.write_text(",".join(rows[0]) + "\n" + "x" * (MAX_LINE + 10), encoding="utf-8")
    with pytest.raises(ImportRefusedError, match="a line is longer than"):
        check_csv(long_line)
