"""NeuroGuide at rest: started in the background with the morning reminder on, as after logging in.

CPU seconds used over 60 s of idling (budget under 0.05 s) and resident memory at idle, against a
bare PySide6 window idling in the same way in the same run: the 60 s are three turns of 20 s, each a
fresh start, NeuroGuide's and the bare window's alternating.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # for summary

from summary import record  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")

BARE_IDLE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
sys.exit(app.exec())
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def resident_mb(pid: int) -> float:
    return (
        int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 2**20
    )  # MB as start-up counts it (MiB)


def idle(command: list[str], seconds: float, settle: float) -> tuple[float, float]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)  # let it start and open its files
        before = cpu_seconds(process.pid)
        time.sleep(seconds)
        used = cpu_seconds(process.pid) - before
        return used, resident_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60, help="of idling for each, in all (default 60)")
    parser.add_argument("--rounds", type=int, default=3, help="turns the idling is split into (default 3)")
    args = parser.parse_args()
    each = args.seconds / args.rounds
    used = {"ours": 0.0, "bare": 0.0}
    resident: dict[str, list[float]] = {"ours": [], "bare": []}
    with tempfile.TemporaryDirectory() as data_dir:
        Path(data_dir, "settings.json").write_text(
            json.dumps({"welcomed": True, "reminder_on": True, "start_with_desktop": False})
        )
        commands = {
            "ours": [sys.executable, "-m", "neuroguide", "--data-dir", data_dir, "--background"],
            "bare": [sys.executable, "-c", BARE_IDLE],
        }
        for _ in range(args.rounds):  # in turns, so that the machine's drift falls on both alike
            for name, command in commands.items():
                cpu, rss = idle(command, each, 5)
                used[name] += cpu
                resident[name].append(rss)
    ours = (used["ours"], statistics.median(resident["ours"]))
    bare = (used["bare"], statistics.median(resident["bare"]))
    print(
        f"idle: {args.seconds:.0f} s in the background with the reminder on, in {args.rounds} turns "
        f"alternating with the bare window, {os.cpu_count()} cores"
    )
    print(f"{'figure':<34}{'NeuroGuide':>12}{'bare window':>13}{'budget':>10}  met")
    met = "yes" if ours[0] < 0.05 else "NO"
    print(f"{'CPU time while idle':<34}{ours[0]:>10.2f} s{bare[0]:>11.2f} s{'< 0.05 s':>10}  {met}")
    print(f"{'resident memory at idle':<34}{ours[1]:>9.1f} MB{bare[1]:>10.1f} MB")
    record("idle: CPU time over the idle period", ours[0], "s", budget=0.05, budget_is_ratio=False)
    record("idle: resident memory", ours[1], "MB", bare[1], 1.3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
