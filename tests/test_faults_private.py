"""Faults: a reminder is never repeated whatever the clock does, in every time zone; and every file
NeuroGuide writes is its owner's alone (0600, folders 0700), whatever the umask.

Through the real code paths: the command line, the real history file (SQLite), the speech worker
with real espeak-ng (skipped where it is missing), the log; tests/zone_checks.py walks every zone.
"""

from __future__ import annotations

import ctypes.util
import os
import sqlite3
import stat
import time as wall_time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, available_timezones

import pytest
from pytestqt.qtbot import QtBot

from neuroguide.cli import main
from neuroguide.core.clock import FakeClock
from neuroguide.core.schedule import ReminderPlan, ReminderState, due_on, reminder_now, seconds_until_check
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import settings_path, voice_cache_dir
from tests.conftest import ReminderOpener
from tests.history_seed import seed
from tests.zone_checks import check_zones, sample_times

LONDON = ZoneInfo("Europe/London")
NUUK = ZoneInfo("America/Nuuk")  # from 2024: -02 and -01, springing forward Saturday 23:00 -> Sunday 00:00
EVERY_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """A permissive umask for the test (and the processes it starts), restored after."""
    old = os.umask(request.param)
    yield int(request.param)
    os.umask(old)


# -- reminders: once per due moment -----------------------------------------------------------------


def reminded_dues(data_dir: Path) -> list[str]:
    with HistoryStore(data_dir) as store:
        rows = store.connection.execute(
            "SELECT due FROM reminder_event WHERE kind IN ('reminded', 'caught-up') ORDER BY id"
        )
        return [row[0] for row in rows]


def run_app(data_dir: Path, plan: ReminderPlan, start: datetime, end: datetime) -> None:
    """One run of the app from ``start`` to ``end`` on the wall clock: the state read from the real
    history at start, each reminder recorded in it as it fires, looking again when the schedule says."""
    now = start
    with HistoryStore(data_dir) as store:
        state = store.reminder_state(now.astimezone(plan.zone).date(), now)
        while now < end:
            found = reminder_now(now, plan, state)
            if found is not None:
                store.record_reminder("caught-up" if found.catch_up else "reminded", found.due, now)
                state = state.fired(found.due)
            now += timedelta(seconds=seconds_until_check(now, plan, state))


def test_a_reminder_is_not_repeated_after_the_clock_goes_back_and_a_restart(data_dir: Path) -> None:
    plan = ReminderPlan.from_settings("08:00", EVERY_DAY, LONDON)
    eight = datetime(2026, 6, 1, 8, 0, tzinfo=LONDON)
    day = timedelta(days=1)
    for morning in (eight - day, eight):  # Sunday's and Monday's reminders, on time
        run_app(data_dir, plan, morning, morning + timedelta(minutes=1))
    assert len(reminded_dues(data_dir)) == 2
    # the clock set back to 07:55, the app started again and left running past 08:00
    run_app(data_dir, plan, eight - timedelta(minutes=5), eight + timedelta(hours=2))
    # and set back across midnight, to Sunday evening, then on into Monday morning
    run_app(data_dir, plan, eight - timedelta(hours=9), eight + timedelta(minutes=30))
    assert reminded_dues(data_dir) == [
        (eight - day).astimezone(UTC).isoformat(),
        eight.astimezone(UTC).isoformat(),
    ]
    run_app(data_dir, plan, eight + day - timedelta(hours=1), eight + day + timedelta(hours=1))
    assert len(reminded_dues(data_dir)) == 3  # Tuesday's still comes


def test_the_stored_state_knows_a_due_moment_handled_after_now(data_dir: Path) -> None:
    eight = datetime(2026, 6, 1, 8, 0, tzinfo=LONDON)
    with HistoryStore(data_dir) as store:
        store.record_reminder("reminded", eight, eight)
        state = store.reminder_state(eight.date(), eight - timedelta(minutes=5))
    assert state.last_fired is None  # nothing handled up to now: a clock once ahead silences nothing
    assert eight in state.handled


@pytest.fixture
def controller(open_reminders: ReminderOpener, data_dir: Path) -> ReminderOpener:
    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_on", True)
    settings.set("start_with_desktop", False)
    return lambda clock: open_reminders(settings, clock)


def test_the_window_never_reminds_twice_when_the_clock_goes_back(
    qtbot: QtBot, controller: Any, data_dir: Path
) -> None:
    eight = datetime(2026, 6, 1, 8, 0, tzinfo=LONDON)
    first = controller(FakeClock(eight))
    assert first.window.isVisible()
    qtbot.waitUntil(lambda: len(reminded_dues(data_dir)) == 1, timeout=5000)
    first.shutdown()
    clock = FakeClock(eight - timedelta(minutes=5))  # the clock set back, the app started again
    again = controller(clock)
    for _ in range(3):
        clock.advance(5 * 60)  # 08:00, 08:05, 08:10
        again.check()
    assert not again.window.isVisible()
    assert reminded_dues(data_dir) == [eight.astimezone(UTC).isoformat()]


def test_nuuk_spring_forward_saturday_keeps_its_reminder_on_saturday() -> None:
    plan = ReminderPlan.from_settings("23:30", EVERY_DAY, NUUK)
    saturday, sunday = date(2026, 3, 28), date(2026, 3, 29)  # 23:00 Saturday becomes 00:00 Sunday
    on_saturday, on_sunday = due_on(saturday, plan), due_on(sunday, plan)
    assert on_saturday is not None and on_sunday is not None
    assert on_saturday.astimezone(NUUK).strftime("%a %H:%M") == "Sat 22:59"  # the last minute before
    assert on_sunday.astimezone(NUUK).strftime("%a %H:%M") == "Sun 23:30"
    fired = []
    now = datetime(2026, 3, 28, 12, 0, tzinfo=NUUK).astimezone(UTC)
    state = ReminderState()
    while now < datetime(2026, 3, 30, 12, 0, tzinfo=NUUK):
        found = reminder_now(now, plan, state)
        if found is not None:
            fired.append(found.due.astimezone(NUUK).strftime("%a %H:%M"))
            state = state.fired(found.due)
        now += timedelta(seconds=seconds_until_check(now, plan, state))
    assert fired == ["Sat 22:59", "Sun 23:30"]


def test_every_zone_one_due_moment_a_day_on_its_day_and_increasing() -> None:
    """All zones, 2020-2030: every offset change, reminder times every 30 minutes and a few odd
    ones, and three ordinary days of each zone (bench/faults_reminders.py: every minute)."""
    started = wall_time.perf_counter()
    tally = check_zones(sample_times(30, ["00:01", "00:15", "01:45", "02:15", "02:45", "23:15", "23:59"]))
    seconds = wall_time.perf_counter() - started
    assert tally.problems == []
    assert tally.zones == len(available_timezones())
    assert tally.transitions > 500 and tally.checks > 100_000
    print(
        f"{tally.checks:,} due moments, {tally.zones} zones ({tally.behaviours} behaviours), {seconds:.1f} s"
    )


# -- private by default -----------------------------------------------------------------------------


def test_history_exports_are_private(umask: int, data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, 20, datetime(2026, 11, 20, 9, 0).astimezone())
    out = tmp_path / "exports"
    out.mkdir(mode=0o755)
    csv_file, pdf_file = out / "history.csv", out / "report.pdf"
    csv_file.write_text("an older export, readable by all\n")
    csv_file.chmod(0o644)
    for kind, path in (("csv", csv_file), ("pdf", pdf_file)):
        assert (
            main(["--data-dir", str(data_dir), "history", "export", "--format", kind, "--out", str(path)])
            == 0
        )
        assert mode(path) == 0o600, kind
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfsession,date,")
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert mode(out) == 0o755  # the folder the person chose is theirs to set
    assert sorted(item.name for item in out.iterdir()) == ["history.csv", "report.pdf"]  # no .part left


def test_the_calendar_file_is_private(
    umask: int, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    out = tmp_path / "reminder.ics"
    assert main(["--data-dir", str(data_dir), "reminder", "ics", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert mode(out) == 0o600


def test_the_about_card_pdf_is_private(umask: int, qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    from neuroguide.ui.print.about_card import write_card

    out = tmp_path / "about-me.pdf"
    write_card(Settings.load(settings_path(data_dir)), out, date(2026, 12, 1))
    assert out.read_bytes().startswith(b"%PDF") and mode(out) == 0o600


def test_the_start_with_the_desktop_entry_is_private(umask: int, data_dir: Path) -> None:
    from neuroguide.app import autostart

    settings = Settings.load(settings_path(data_dir))
    settings.set("reminder_on", True)
    settings.set("start_with_desktop", True)
    try:
        assert autostart.sync(settings, data_dir) == ""
        entry = autostart.entry_path()
        assert entry is not None and entry.exists()
        assert mode(entry) == 0o600
        assert [item.name for item in entry.parent.iterdir()] == [entry.name]  # no .part left
    finally:
        autostart.remove()


class WatchedBackup:
    """A live connection whose backup notes the mode of the file being written, while it is written."""

    def __init__(self, connection: sqlite3.Connection, partial: Path) -> None:
        self.connection, self.partial, self.seen = connection, partial, -1

    def backup(self, target: sqlite3.Connection) -> None:
        self.seen = mode(self.partial)
        self.connection.backup(target)

    def execute(self, sql: str) -> sqlite3.Cursor:  # the backup first counts the sessions
        return self.connection.execute(sql)


def test_a_backup_in_progress_is_private(umask: int, data_dir: Path) -> None:
    from neuroguide.store.database import backup_daily, backup_path

    seed(data_dir, 5, datetime(2026, 11, 20, 9, 0).astimezone())
    today = date(2026, 11, 21)
    target = backup_path(data_dir, today)
    with HistoryStore(data_dir) as store:
        watched = WatchedBackup(store.connection, target.with_name(target.name + ".part"))
        assert backup_daily(cast(sqlite3.Connection, watched), data_dir, today) == target
    assert watched.seen == 0o600
    assert mode(target) == 0o600 and mode(target.parent) == 0o700


def test_the_log_is_private(umask: int, tmp_path: Path) -> None:
    import logging

    from neuroguide.system.logs import RotatingLog, log_path

    path = log_path(tmp_path / "data")
    log = RotatingLog(path, max_bytes=200, backups=2)
    log.setFormatter(logging.Formatter("%(message)s"))
    try:
        for number in range(30):
            log.emit(logging.makeLogRecord({"msg": f"line {'x' * number}", "levelno": logging.INFO}))
    finally:
        log.close()
    assert log.problem is None
    assert mode(path.parent) == 0o700
    assert [
        mode(path.with_name(name)) for name in ("neuroguide.log", "neuroguide.log.1", "neuroguide.log.2")
    ] == [0o600] * 3


def test_a_log_left_readable_by_all_is_made_private(umask: int, tmp_path: Path) -> None:
    import logging

    from neuroguide.cli.doctor import check_log
    from neuroguide.system.logs import RotatingLog, log_path

    path = log_path(tmp_path / "data")
    assert check_log(tmp_path / "data").verdict == "ok"  # `neuroguide doctor` makes it first
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    path.parent.chmod(0o755)
    path.chmod(0o644)  # as an older version left it
    log = RotatingLog(path)
    try:
        log.emit(logging.makeLogRecord({"msg": "hello", "levelno": logging.INFO}))
    finally:
        log.close()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700


@pytest.mark.skipif(ctypes.util.find_library("espeak-ng") is None, reason="espeak-ng is not installed")
def test_the_voice_cache_is_private(umask: int, qtbot: QtBot, data_dir: Path) -> None:
    from neuroguide.speech.service import SpeechService

    cache = voice_cache_dir(data_dir)  # cache/voice, neither there yet
    speech = SpeechService(cache)
    made: dict[str, Path] = {}
    failed: list[str] = []
    speech.synthesized.connect(lambda text, path: made.update({text: Path(path)}))
    speech.failed.connect(lambda text, reason: failed.append(reason))
    try:
        speech.configure("", 150)
        speech.request("Now the left foot.")
        qtbot.waitUntil(lambda: bool(made or failed), timeout=30_000)
    finally:
        speech.shutdown()
    if failed and speech.reason == "espeak-ng is not installed":
        pytest.skip(speech.reason)
    assert not failed, failed
    (wav,) = made.values()
    assert wav.parent == cache and wav.read_bytes().startswith(b"RIFF")
    assert mode(wav) == 0o600
    assert mode(cache) == 0o700 and mode(cache.parent) == 0o700
    assert [item.name for item in cache.iterdir()] == [wav.name]  # no .part left
