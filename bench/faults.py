"""The history under faults, the longer versions of tests/test_faults_history.py, with their figures.

- a CSV of 1,000,000 rows refused as a stream: time and peak resident memory (each measured in a
  process of its own, against the same process reading a one-row file);
- the largest file accepted (MAX_ROWS rows) checked and imported in batches: time and peak memory;
- sixty days of one start a day whose history file is emptied, removed or replaced by an empty one
  along the way: a backup with every session remains each day;
- a second process holding the write lock for 6 s (past SQLite's own 5 s wait) while a 120-step
  session is recorded: no step lost, in order.
"""

from __future__ import annotations

import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WHEN = datetime(2026, 3, 1, 8, 0).astimezone()


def sample_rows(folder: Path) -> tuple[list[str], list[str]]:
    from neuroguide.store.export import write_csv
    from neuroguide.store.history import HistoryStore

    with HistoryStore(folder) as store:
        store.start_session("hand-relief", "Hand relief", WHEN, 480, 12)
        records = store.sessions()
    out = folder / "one.csv"
    write_csv(records, out)
    header, row = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))[:2]
    return header, row


def write_file(path: Path, header: list[str], row: list[str], count: int) -> None:
    day = header.index("date")
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for number in range(count):
            row[day] = (date(1950, 1, 1) + timedelta(days=number % 18000)).isoformat()
            row[header.index("time")] = f"{(number // 18000) % 24:02d}:{(number // 432000) % 60:02d}"
            writer.writerow(row)


def child(kind: str, path: str, data_dir: str) -> None:
    """Run in a process of its own: check (and import) one file; print time and peak memory."""
    from neuroguide.store.history import HistoryStore
    from neuroguide.store.importer import ImportRefusedError, check_csv, import_file

    start = time.perf_counter()
    outcome = ""
    try:
        checked = check_csv(Path(path))
        if kind == "import":
            with HistoryStore(Path(data_dir)) as store:
                result = import_file(store, checked)
            outcome = f"{result.imported} imported"
        else:
            outcome = f"{checked.rows} accepted"
    except ImportRefusedError as refused:
        outcome = f"refused: {refused.problems[0].split(': ', 1)[1]}"
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "outcome": outcome}))


def measure(kind: str, path: Path, data_dir: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def imports(work: Path) -> None:
    from neuroguide.store.importer import MAX_ROWS

    header, row = sample_rows(work / "sample")
    cases = [("one row (reference)", 1, "check"), ("1,000,000 rows", 1_000_000, "check")]
    cases.append((f"{MAX_ROWS:,} rows, imported", MAX_ROWS, "import"))
    for name, count, kind in cases:
        path = work / f"{count}.csv"
        write_file(path, header, list(row), count)
        size = path.stat().st_size / 2**20
        figures = measure(kind, path, work / f"history-{count}")
        print(
            f"  {name:<24} {size:7.1f} MB file  {figures['seconds']:6.1f} s  "
            f"peak {figures['peak_mb']:6.1f} MB  ({figures['outcome']})"
        )
        path.unlink()


def sixty_days(work: Path) -> None:
    from neuroguide.store.database import FILE_NAME, backup_daily, backups
    from neuroguide.store.history import HistoryStore

    folder = work / "days"
    faults = {10: "emptied", 20: "removed", 30: "truncated"}
    restored = 0
    fewest_best = None
    for day in range(60):
        today = (WHEN + timedelta(days=day)).date()
        path = folder / FILE_NAME
        fault = faults.get(day)
        if fault == "emptied":
            path.write_bytes(b"")
        elif fault == "removed":
            path.unlink()
        elif fault == "truncated":
            path.write_bytes(path.read_bytes()[:5000])
        with HistoryStore(folder) as store:  # one start of the app
            restored += store.report.restored_from is not None
            store.mark_interrupted()
            store.backup(today)
            if day < 40:
                store.start_session("hand-relief", "Hand relief", WHEN + timedelta(days=day), 480, 12)
            if day > 0:  # once there is a session to keep
                best = max(info.sessions or 0 for info in backups(folder))
                fewest_best = best if fewest_best is None else min(fewest_best, best)
    with HistoryStore(folder) as store:
        kept = len(store.sessions())
    print(f"  60 starts, file emptied/removed/truncated on days 10/20/30: {restored} restore(s), each said")
    print(
        f"  a backup with sessions every day (the best held at least {fewest_best}); {len(backups(folder))} "
        f"backups kept; {kept} of 40 sessions (each restore loses that day's, recorded after its backup)"
    )

    # the old failure: from day 5 the daily backup is made of an empty history, every day
    other = work / "empty-days"
    with HistoryStore(other) as store:
        for day in range(5):
            store.start_session("hand-relief", "Hand relief", WHEN + timedelta(days=day), 480, 12)
            store.backup((WHEN + timedelta(days=day)).date())
    import sqlite3

    empty = sqlite3.connect(":memory:")
    empty.execute("CREATE TABLE session (id INTEGER PRIMARY KEY)")
    lowest = 5
    for day in range(5, 65):
        backup_daily(empty, other, (WHEN + timedelta(days=day)).date())
        lowest = min(lowest, max(info.sessions or 0 for info in backups(other)))
    empty.close()
    print(f"  60 days of backups of an emptied history: a backup with {lowest} of 5 sessions always remained")


def long_lock(work: Path) -> None:
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir
    from neuroguide.core.session import SessionFinished, StepFinished
    from neuroguide.store.history import HistoryStore
    from neuroguide.store.recorder import SessionRecorder
    from neuroguide.store.worker import HistoryWorker

    folder = work / "lock"
    with HistoryStore(folder):
        pass
    routine = load_library([routines_dir()], illustration_bases()).routines[0]
    plan = routine.plan()
    worker = HistoryWorker(folder)
    recorder = SessionRecorder(worker, routine, FakeClock(WHEN))
    recorder.session_id.result()
    hold = (
        "import sqlite3, sys, time\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(6); db.execute('COMMIT')\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", hold, str(folder / "history.sqlite3")], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        start = time.perf_counter()
        for number in range(120):
            step = plan[number % len(plan)]
            recorder.on_event(
                StepFinished(elapsed=0, remaining=0, step=step, completed=True, seconds_done=5.0)
            )
        recorder.on_event(SessionFinished(elapsed=0, remaining=0, steps_completed=120, steps_total=120))
        worker.call(lambda store: None).result(timeout=60)
        waited = time.perf_counter() - start
    session = worker.call(lambda store: store.session(recorder.session_id.result())).result()
    worker.close()
    assert session is not None
    print(
        f"  write lock held 6 s by another process: {len(session.steps)} of 120 steps written after "
        f"{waited:.1f} s, status {session.status}, problem {worker.problem or 'none'}"
    )


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:5])
        return 0
    print("History under faults")
    with tempfile.TemporaryDirectory(prefix="neuroguide-faults-") as name:
        work = Path(name)
        (work / "sample").mkdir()
        imports(work)
        sixty_days(work)
        long_lock(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
