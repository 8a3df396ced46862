"""The guided session for minutes, as a person lives it (see tests/soak.py): the real window on Xvfb
with openbox, a private PulseAudio server with a silent output, the default settings (chime on), a
routine of many short spoken steps, random Space, arrows, R and + through the X server.

Three runs of the same length and the same keys: with sound, with sound off (muted: the reference for
CPU), and with the sound server killed a third of the way through and started again at two thirds.
Then memory back in the tray after a session, against a fresh start in the tray, in the same run:
once the speech worker and the player have ended by themselves (five minutes with nothing to say).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # for summary
sys.path.insert(0, str(HERE.parent))  # for tests.soak

from summary import record  # noqa: E402

from tests.soak import ROUTINE_ID, needed_tools, prepare_data_folder, resident_mb, run_soak, soak_routine  # noqa: E402

IDLE_EXIT_S = 5 * 60  # the speech worker's and the player's, in neuroguide/speech


def tray_memory(after_session: bool, wait_s: float) -> float:
    """Resident MB of NeuroGuide and its helpers, in the tray with the reminder on."""
    with tempfile.TemporaryDirectory(prefix="neuroguide-bench-") as folder:
        data = Path(folder) / "data"
        prepare_data_folder(
            data, True, soak_routine(steps=8, seconds=3), reminder_on=True, start_with_desktop=False
        )
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if after_session:
            command = [
                sys.executable,
                str(HERE.parent / "tests" / "soak_app.py"),
                str(data),
                ROUTINE_ID,
                "once",
            ]
        else:
            command = [sys.executable, "-m", "neuroguide", "--data-dir", str(data), "--background"]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        try:
            if after_session:
                assert process.stdout is not None
                for line in process.stdout:
                    if line.strip() == "in-tray":
                        break
            time.sleep(wait_s)  # the helpers end on their own clock; nothing here can hurry them
            return resident_mb(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    missing = needed_tools()
    if missing:
        print(f"soak: needs the Debian packages {', '.join(missing)}; nothing measured")
        return 0
    runs = {
        "chime on": run_soak(args.minutes, sound=True),
        "sound off": run_soak(args.minutes, sound=False),
        "server restarted": run_soak(args.minutes, sound=True, restart_server=True),
    }
    where = f"1280x720, openbox, PulseAudio null sink, {os.cpu_count()} cores"
    print(f"soak: {args.minutes:g} minutes each, {where}")
    print(f"{'run':<18}{'keys':>6}{'freezes':>9}{'still':>8}{'stall':>9}{'CPU/min':>9}{'log':>9}"
          f"{'QSocketN.':>10}{'mem start':>11}{'mem end':>9}{'heard again':>13}")  # fmt: skip
    for name, report in runs.items():
        again = f"{report.heard_again_after_s:.1f} s" if report.heard_again_after_s is not None else "-"
        kib = report.log_bytes / 1024
        print(
            f"{name:<18}{report.keys_pressed:>6}{report.freezes:>9}{report.longest_still_s:>7.1f}s"
            f"{report.longest_gap_ms:>7.0f}ms{report.cpu_per_session_minute:>8.2f}s{kib:>7.1f}KB"
            f"{report.socket_notifier_lines:>10}{report.memory_start_mb:>9.0f}MB"
            f"{report.memory_end_mb:>7.0f}MB{again:>13}"
        )
        print(f"  cpu by process: {json.dumps(report.cpu_by_process)}")
    quiet = runs["sound off"].cpu_per_session_minute
    for name in ("chime on", "server restarted"):
        report = runs[name]
        record(f"soak ({name}): freezes", report.freezes, "", budget=0, budget_is_ratio=False)
        record(
            f"soak ({name}): QSocketNotifier lines",
            report.socket_notifier_lines,
            "",
            budget=0,
            budget_is_ratio=False,
        )
        record(f"soak ({name}): log", report.log_bytes / 1024, "KB", budget=100, budget_is_ratio=False)
        record(
            f"soak ({name}): longest GUI stall",
            report.longest_gap_ms,
            "ms",
            budget=1000,
            budget_is_ratio=False,
        )
        record(f"soak ({name}): CPU per session-minute", report.cpu_per_session_minute, "s", quiet, 2.0)
    if not args.skip_memory:
        fresh = tray_memory(False, 10)
        after = tray_memory(True, IDLE_EXIT_S + 30)
        print(f"{'in the tray':<34}{'MB':>8}")
        print(f"{'fresh start':<34}{fresh:>8.1f}")
        print(f"{'after a session, helpers ended':<34}{after:>8.1f}  ({after / fresh:.2f}x, budget 1.3x)")
        record("soak: in the tray after a session", after, "MB", fresh, 1.3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
