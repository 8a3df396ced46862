"""The history file on real SQLite: created safely, upgraded, restored, and crash-proof."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from neuroguide.core.checkin import CheckIn, CheckInError
from neuroguide.store.database import (
    FILE_NAME,
    VERSION,
    HistoryError,
    TooNewError,
    backup_path,
    migrate,
    open_history,
    thin_backups,
)
from neuroguide.store.history import HistoryStore, StepRecord, symptom_averages
from neuroguide.store.worker import HistoryWorker

WHEN = datetime(2026, 3, 2, 8, 0).astimezone()


def add_session(store: HistoryStore, started: datetime = WHEN, steps: int = 2) -> int:
    session = store.start_session("foot-care", "Morning foot care", started, 690, 14)
    for number in range(1, steps + 1):
        store.record_step(
            session,
            StepRecord(number, f"step-{number}", f"Step {number}", "right", True, 60.0, started.isoformat()),
        )
    return session


def test_created_private_in_wal_with_full_sync(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with HistoryStore(data) as store:
        assert store.report.created
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE((data / FILE_NAME).stat().st_mode) == 0o600
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_a_session_its_steps_and_check_ins_read_back(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        session = add_session(store)
        before = CheckIn(
            "before", {("right foot", "pain"): 6, ("left foot", "pain"): 4, ("right foot", "numbness"): 7}
        )
        after = CheckIn(
            "after",
            {("right foot", "pain"): 3, ("left foot", "pain"): 3},
            skin=("redness",),
            fatigue=True,
            note="ok",
        )
        store.save_checkin(session, before, WHEN)
        store.save_checkin(session, after, WHEN + timedelta(minutes=12))
        store.finish_session(session, "finished", WHEN + timedelta(minutes=12))
        (record,) = store.sessions(with_steps=True)
        assert (record.status, record.steps_done, record.done_seconds) == ("finished", 2, 120.0)
        assert record.before == before and record.after == after
        assert [step.step_key for step in record.steps] == ["step-1", "step-2"]
        assert symptom_averages([record])["pain"] == (5.0, 3.0)
        assert store.session_days(WHEN.date(), WHEN.date()) == {WHEN.date(): 1}


def test_the_store_is_closed_when_its_block_ends_even_by_an_error(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        add_session(store)
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        store.connection.execute("SELECT 1")
    with pytest.raises(ValueError), HistoryStore(tmp_path) as again:
        raise ValueError
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        again.connection.execute("SELECT 1")


def test_check_in_values_are_refused_plainly() -> None:
    with pytest.raises(
        CheckInError, match="pain for the right foot: expected a whole number from 0 to 10, got 11"
    ):
        CheckIn("before", {("right foot", "pain"): 11})
    with pytest.raises(CheckInError, match="unknown symptom 'itch'"):
        CheckIn("before", {("right foot", "itch"): 2})
    with pytest.raises(CheckInError, match="unknown skin finding 'rash'"):
        CheckIn("after", skin=("rash",))


def test_the_database_refuses_impossible_scores_too(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        session = add_session(store)
        with pytest.raises(sqlite3.IntegrityError):
            store.connection.execute(
                "INSERT INTO checkin (session_id, moment, recorded_at) VALUES (?, 'during', ?)",
                (session, "x"),
            )


def test_a_crash_leaves_the_session_interrupted_with_its_steps(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        add_session(store, steps=3)
    with HistoryStore(tmp_path) as again:
        assert again.mark_interrupted() == 1
        (record,) = again.sessions()
        assert (record.status, record.steps_done) == ("interrupted", 3)


@pytest.mark.parametrize("old_version", range(VERSION))
def test_every_earlier_version_upgrades_and_keeps_its_data(tmp_path: Path, old_version: int) -> None:
    path = tmp_path / FILE_NAME
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=old_version)
    if old_version >= 1:
        connection.execute(
            "INSERT INTO session (routine_id, routine_title, started_at, status, planned_seconds,"
            " steps_total) VALUES ('hand-relief', 'Hand relief', ?, 'finished', 480, 12)",
            (WHEN.isoformat(),),
        )
    if old_version >= 2:
        connection.execute("INSERT INTO checkin (session_id, moment, recorded_at) VALUES (1, 'before', 'x')")
        connection.execute("INSERT INTO score VALUES (1, 'right hand', 'tingling', 5)")
    connection.close()
    with HistoryStore(tmp_path) as store:
        assert store.report.upgraded_from == old_version
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
        records = store.sessions()
        assert len(records) == (1 if old_version >= 1 else 0)
        if old_version >= 2:
            assert records[0].before is not None and records[0].before.scores == {
                ("right hand", "tingling"): 5
            }
        store.add_marker(WHEN.date(), "infusion")  # the newest table works


def test_stop_reasons_kept_as_words_by_older_versions_become_codes(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    migrate(connection, target=7)  # the last format that kept the words shown
    kept = ("Something's wrong", "Stopped by the person", "felt dizzy", "", "safety")
    for reason in kept:
        connection.execute(
            "INSERT INTO session (routine_id, routine_title, started_at, status, stop_reason,"
            " planned_seconds, steps_total) VALUES ('hand-relief', 'Hand relief', ?, ?, ?, 480, 12)",
            (WHEN.isoformat(), "stopped" if reason else "finished", reason),
        )
    connection.close()
    with HistoryStore(tmp_path) as store:
        found = [(record.stop_reason, record.stop_note) for record in store.sessions()]
    assert found == [("safety", ""), ("person", ""), ("other", "felt dizzy"), ("", ""), ("safety", "")]


def test_a_stop_is_written_as_its_code(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        session = add_session(store)
        store.finish_session(session, "stopped", WHEN, "other", "the phone rang")
        (record,) = store.sessions()
        assert (record.status, record.stop_reason, record.stop_note) == ("stopped", "other", "the phone rang")


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(TooNewError, match="newer version of NeuroGuide"):
        HistoryStore(tmp_path)
    assert path.read_bytes() == before


def test_a_damaged_file_is_kept_and_the_newest_good_backup_restored(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        add_session(store)
        assert store.backup(date(2026, 3, 1)) is not None
        add_session(store, WHEN + timedelta(days=1))
        assert store.backup(date(2026, 3, 2)) is not None
        add_session(store, WHEN + timedelta(days=2))  # after the last backup: this one is lost
    damage(tmp_path / FILE_NAME)

    with HistoryStore(tmp_path) as restored:
        assert restored.report.restored_from == backup_path(tmp_path, date(2026, 3, 2))
        assert len(restored.sessions()) == 2
        moved = restored.report.damaged_moved_to
        assert moved is not None and moved.exists() and moved.name.startswith(f"{FILE_NAME}.damaged-")
        (message,) = restored.report.messages
        assert "was damaged" in message and "Sessions recorded after that backup are not" in message


def test_a_damaged_file_without_a_backup_starts_afresh_and_keeps_the_damaged_one(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        add_session(store)
    damage(tmp_path / FILE_NAME)
    with HistoryStore(tmp_path) as again:
        assert again.sessions() == []
        assert "no good backup was found" in again.report.messages[0]
        assert list(tmp_path.glob(f"{FILE_NAME}.damaged-*"))


def damage(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[0:100] = b"\xff" * 100  # the header: no longer a database
    data[4096:4200] = b"\x00" * 104
    path.write_bytes(bytes(data))


def test_backups_are_thinned_to_seven_days_and_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    today = date(2026, 3, 31)
    for back in range(60):
        (folder / f"history-{(today - timedelta(days=back)).isoformat()}.sqlite3").write_bytes(b"x")
    (folder / "history-notes.sqlite3").write_bytes(b"not ours")
    thin_backups(tmp_path, today)
    kept = sorted(path.stem.removeprefix("history-") for path in folder.glob("history-2*.sqlite3"))
    days = [date.fromisoformat(day) for day in kept]
    assert len([day for day in days if (today - day).days < 7]) == 7
    older = [day for day in days if (today - day).days >= 7]
    assert len(older) == 4 and len({day.isocalendar()[:2] for day in older}) == 4
    assert (folder / "history-notes.sqlite3").exists()


def test_one_backup_a_day(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        assert store.backup(date(2026, 3, 2)) is not None
        assert store.backup(date(2026, 3, 2)) is None
        assert stat.S_IMODE(backup_path(tmp_path, date(2026, 3, 2)).stat().st_mode) == 0o600


def test_a_history_that_cannot_be_written_is_reported_and_nothing_saved_is_harmed(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        add_session(store)
    problems: list[str] = []
    worker = HistoryWorker(tmp_path, problems.append)
    worker.opened.result()

    def read_only(store: HistoryStore) -> None:
        # exactly what SQLite answers when the folder or the disk refuses writes
        store.connection.close()
        store.connection = sqlite3.connect(
            f"file:{tmp_path / FILE_NAME}?mode=ro", uri=True, isolation_level=None
        )

    worker.call(read_only).result()
    future = worker.call(lambda store: add_session(store))
    with pytest.raises(sqlite3.OperationalError):
        future.result()
    assert problems == ["the data folder is read-only"]
    count = worker.call(lambda store: len(store.sessions())).result()
    assert count == 1
    worker.close()
    with HistoryStore(tmp_path) as store:
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_said_plainly_and_left_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    HistoryStore(folder).close()
    folder.chmod(0o500)
    try:
        problems: list[str] = []
        worker = HistoryWorker(folder, problems.append)
        with pytest.raises(HistoryError):
            worker.call(lambda store: add_session(store)).result()
        worker.close()
        assert problems == [
            f"the data folder {folder} is read-only, so your history cannot be saved; "
            "make it writable for yourself again to keep your sessions"
        ]
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_history_file_is_said_plainly_and_left_read_only(tmp_path: Path) -> None:
    HistoryStore(tmp_path).close()
    (tmp_path / FILE_NAME).chmod(0o400)
    with pytest.raises(HistoryError, match=f"the history file {tmp_path / FILE_NAME} is read-only"):
        HistoryStore(tmp_path)
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o400


def test_opening_takes_away_what_others_may_do_and_never_gives_the_owner_more(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    HistoryStore(folder).close()
    (folder / FILE_NAME).chmod(0o664)
    folder.chmod(0o777)
    HistoryStore(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / FILE_NAME).stat().st_mode) == 0o600
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            HistoryStore(folder).close()  # root may write anyway
        else:
            with pytest.raises(HistoryError, match="read-only"):
                HistoryStore(folder)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
    finally:
        folder.chmod(0o700)


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from pathlib import Path
    from neuroguide.store.history import HistoryStore, StepRecord

    store = HistoryStore(Path(sys.argv[1]))
    store.mark_interrupted()
    session = store.start_session("foot-care", "Morning foot care", datetime.now().astimezone(), 690, 400)
    print("session", session, flush=True)
    for number in range(1, 401):
        store.record_step(session, StepRecord(number, f"s{number}", "Step", "left", True, 1.0, "t"))
        print("step", number, flush=True)  # said only after the step is committed
        sys.stdin.readline()  # then on to the next one when told, so the test knows how far it got
    """
)


def test_killing_the_app_at_any_moment_loses_at_most_the_step_in_progress(tmp_path: Path) -> None:
    rng = random.Random(4)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    for attempt in range(25):
        data = tmp_path / f"data{attempt % 5}"
        child = subprocess.Popen(
            [sys.executable, str(script), str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            stderr=subprocess.DEVNULL,
        )
        assert child.stdin is not None and child.stdout is not None
        first = child.stdout.readline()  # the session row is committed
        assert first.startswith("session")
        session = int(first.split()[1])
        committed = 0
        wanted = rng.randint(0, 60)
        while True:
            if committed:
                child.stdin.write("go\n")
                child.stdin.flush()
            if committed >= wanted:
                break
            line = child.stdout.readline()
            if not line.startswith("step"):
                break
            committed = int(line.split()[1])
        child.kill()  # SIGKILL, while the next step is written or just before
        child.wait()
        child.stdin.close()
        child.stdout.close()
        connection = sqlite3.connect(data / FILE_NAME)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        saved = connection.execute("SELECT count(*) FROM step WHERE session_id = ?", (session,)).fetchone()[0]
        connection.close()
        # everything reported as committed is there; at most the step being written beyond that
        assert committed <= saved <= committed + 1, (attempt, committed, saved)
    with HistoryStore(tmp_path / "data0") as store:
        store.mark_interrupted()
        assert {record.status for record in store.sessions()} == {"interrupted"}


def test_the_history_opens_with_a_report_of_what_happened(tmp_path: Path) -> None:
    connection, report = open_history(tmp_path / "new")
    assert report.created and report.messages == []
    connection.close()


def test_two_connections_opening_a_new_file_at_once_do_not_collide(tmp_path: Path) -> None:
    """The window's history thread and the command line may upgrade the same file at once."""
    import threading

    errors: list[BaseException] = []

    def open_and_close(folder: Path) -> None:
        try:
            HistoryStore(folder).close()
        except BaseException as error:
            errors.append(error)

    for attempt in range(10):
        folder = tmp_path / f"race{attempt}"
        threads = [threading.Thread(target=open_and_close, args=(folder,)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []


def test_the_day_summary_agrees_with_the_sessions_themselves(tmp_path: Path) -> None:
    """Counts read from the summary, and the chart's pairs summed in SQL, equal those worked out from
    every record."""
    from tests.history_seed import seed
    from tests.test_chart import expected_pairs

    end = datetime(2026, 11, 20, 9, 0).astimezone()
    seed(tmp_path, 3 * 365, end, per_week=9)
    with HistoryStore(tmp_path) as store:
        session = store.sessions()[5]
        store.save_checkin(session.id, CheckIn("after", {("right foot", "pain"): 10}), end)  # replaces one
        store.finish_session(store.sessions()[6].id, "stopped", end)
        records = store.sessions()
        assert store.count_sessions() == (len(records), sum(r.status == "finished" for r in records))
        since, until = end.date() - timedelta(days=3 * 365), end.date()
        bucket, rows = store.chart_points(since, until, 60)
        assert bucket == "month"
        found = {
            (r.place, r.symptom, r.start): (r.before / r.sessions, r.after / r.sessions, r.sessions)
            for r in rows
        }
        expected = expected_pairs(records, "month")
        assert found.keys() == expected.keys()
        for key, (before, after, count) in expected.items():
            assert found[key] == pytest.approx((before, after, count))
        days = store.session_days(since, until)
        assert sum(days.values()) == len(records)


def test_paging_never_skips_a_session_around_a_change_of_offset(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    new_york = ZoneInfo("America/New_York")
    with HistoryStore(tmp_path) as store:
        # the night the clocks go back: 01:30 EDT, then 01:10 EST (which is later)
        first = datetime(2026, 11, 1, 1, 30, tzinfo=new_york, fold=0)
        second = datetime(2026, 11, 1, 1, 10, tzinfo=new_york, fold=1)
        store.start_session("a", "A", first.astimezone(), 60, 1)
        store.start_session("b", "B", second.astimezone(), 60, 1)
        seen, page = [], store.recent_sessions(None, None, 1)
        while page:
            seen += [record.routine_id for record in page]
            page = store.recent_sessions(None, None, 1, older_than=page[-1])
        assert sorted(seen) == ["a", "b"] and len(seen) == 2


def test_what_a_check_found_and_the_places_left_out_are_kept_and_exported(tmp_path: Path) -> None:
    from neuroguide.store.export import header, row

    with HistoryStore(tmp_path) as store:
        quiet = add_session(store)
        store.record_found(quiet, frozenset())
        found = add_session(store, WHEN + timedelta(hours=1))
        store.record_found(found, frozenset({"left foot"}))
        store.record_left_out(found, frozenset({"left foot"}), "check", 8)
        store.record_left_out(found, frozenset({"right foot"}), "person", 3)
        plain = add_session(store, WHEN + timedelta(hours=2))
        records = {record.id: record for record in store.sessions()}
    assert (records[quiet].found, records[quiet].left_out) == ("nothing", "")
    assert records[found].found == "left foot"
    assert records[found].left_out == "left foot: check; right foot: person"
    assert records[found].steps_total == 3  # what remained to do, not the 14 planned
    assert (records[plain].found, records[plain].left_out) == ("", "")  # no check was asked
    columns = header([])
    cells = dict(zip(columns, row(records[found], []), strict=True))
    assert cells["skin_check_found"] == "left foot"
    assert cells["left_out"] == "left foot: check; right foot: person"
