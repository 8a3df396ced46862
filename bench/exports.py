"""Exports of twenty years of history (about 15,000 sessions, generated): time and peak memory.

Each export runs in a fresh process, so that its peak resident memory (the kernel's ``ru_maxrss`` of
that process) is its own; a process that only opens the history with Qt loaded is the reference.
Two ways side by side, in turns, in the same run: every session held in a list, as exports were made
until 2026-12 (``store.sessions()`` then ``write_csv`` / ``write_report``), and as the app makes them
now, a stretch of sessions at a time (``export_csv``; ``read_report`` then ``save_report``'s parts).
For the report, the time the GUI thread is busy is given too: none since 2026-12, when the chart came
to be drawn on the print lane with the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # for tests.history_seed
sys.path.insert(0, str(HERE))  # for summary
from summary import record  # noqa: E402

END = datetime(2026, 11, 20, 9, 0).astimezone()
KINDS = ("opened only", "CSV, held", "CSV, streamed", "PDF, held", "PDF, streamed")


def child(kind: str, folder: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from neuroguide.store.export import export_csv, write_csv
    from neuroguide.store.history import HistoryStore
    from neuroguide.ui.print.report import print_report, read_report, write_report

    app = QApplication(sys.argv[:1])
    out = Path(tempfile.mkdtemp()) / "export"
    gui = 0.0
    started = time.perf_counter()
    with HistoryStore(folder, read_only=True) as store:
        since = store.first_day() or END.date()
        if kind == "CSV, held":
            write_csv(store.sessions(), out)
        elif kind == "CSV, streamed":
            export_csv(store, out)
        elif kind == "PDF, held":
            write_report(store.sessions(since, END.date()), store.markers(), since, END.date(), out, END)
        elif kind == "PDF, streamed":
            parts = read_report(store, since, END.date())  # on the history thread in the app
            print_report(parts, END, "a4", out)  # chart, layout and printing: on the "print" lane
    seconds = time.perf_counter() - started
    del app
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "gui_seconds": gui}


def sample(kind: str, folder: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    command = [sys.executable, __file__, "--child", kind, str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each, in turns (default 3)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0
    from tests.history_seed import seed

    with tempfile.TemporaryDirectory() as folder:
        count = seed(Path(folder), 20 * 365, END, per_week=14.5)
        found: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
        for _ in range(args.runs):
            for kind in KINDS:
                found[kind].append(sample(kind, Path(folder)))

    def median(kind: str, figure: str) -> float:
        return statistics.median(run[figure] for run in found[kind])

    reference = median("opened only", "peak_mb")
    print(f"exports: {count} sessions over 20 years, {args.runs} runs each in turns, {os.cpu_count()} cores")
    print(f"{'figure':<28}{'time':>9}{'peak memory':>13}{'over opened':>13}{'GUI thread':>12}")
    for kind in KINDS:
        seconds, peak, gui = median(kind, "seconds"), median(kind, "peak_mb"), median(kind, "gui_seconds")
        busy = f"{gui:.2f} s" if kind == "PDF, streamed" else ("all" if kind.startswith("PDF") else "-")
        print(f"{kind:<28}{seconds:>7.2f} s{peak:>10.1f} MB{peak - reference:>10.1f} MB{busy:>12}")
        if kind != "opened only":
            record(f"exports: {kind}, peak memory", peak, "MB", reference)
            record(f"exports: {kind}, time", seconds, "s")
    record("exports: PDF, streamed, GUI thread busy", median("PDF, streamed", "gui_seconds"), "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
