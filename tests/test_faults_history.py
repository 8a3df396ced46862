"""The history under faults and hostile input, on real SQLite and real files.

A missing, empty, truncated or damaged file with backups is restored and said; backups always keep
a copy with sessions; read-only commands never move or change the live file; writes wait for a busy
database; a hostile import file is refused plainly and leaves the database byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from neuroguide.cli import main
from neuroguide.store.database import (
    FILE_NAME,
    backup_daily,
    backup_path,
    backups,
    backups_dir,
    session_count,
    thin_backups,
)
from neuroguide.store.history import HistoryStore

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
    assert "format 7" in out and "integrity ok" in out and "3 session(s)" in out
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
    assert "3 session(s)" in capsys.readouterr().out


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
