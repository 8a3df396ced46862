"""Start-up time and peak memory of NeuroGuide against a bare PySide6 window, in the same run.

Each measurement is a fresh process: from just before it is started to its first painted main window
(both sides print the system-wide monotonic time of that paint), and its peak resident memory (from
the kernel's accounting of that child). Runs alternate between the two so that any drift in the
machine's load falls on both alike. Prints a table; the budgets are 1.25x (time) and 1.3x (memory).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Sample:
    seconds: float  # to the first painted main window
    ready_seconds: float  # to the first paint with the routine library in it (the bare window: same)
    peak_kib: int


def measure(command: list[str], env: dict[str, str]) -> Sample:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    times = dict(line.split() for line in output.splitlines() if line.endswith(tuple("0123456789")))
    if process.returncode != 0 or "first-paint" not in times:
        raise RuntimeError(f"{command} exited {process.returncode} without painting: {output!r}")
    first = float(times["first-paint"]) - started
    ready = float(times.get("ready-paint", times["first-paint"])) - started
    return Sample(first, ready, usage.ru_maxrss)


def table(rows: list[tuple[str, float, float, float, str]]) -> str:
    lines = [f"{'figure':<30}{'NeuroGuide':>12}{'bare window':>13}{'ratio':>8}{'budget':>8}  met"]
    for name, value, reference, budget, unit in rows:
        ratio = value / reference
        met = ("yes" if ratio <= budget else "NO") if budget else "-"
        shown = f"{value:.1f} {unit}"
        limit = f"{budget:>7.2f}x" if budget else f"{'-':>8}"
        lines.append(f"{name:<30}{shown:>12}{reference:>10.1f} {unit:<2}{ratio:>8.2f}{limit}  {met}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ, NEUROGUIDE_EXIT_AFTER_FIRST_PAINT="1")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data_dir:
        app = [sys.executable, "-m", "neuroguide", "--data-dir", data_dir]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        measure(app, env)  # warm the file cache for both before counting
        measure(bare, env)
        ours: list[Sample] = []
        reference: list[Sample] = []
        for _ in range(args.runs):
            ours.append(measure(app, env))
            reference.append(measure(bare, env))
    platform = env.get("QT_QPA_PLATFORM") or ("wayland" if env.get("WAYLAND_DISPLAY") else "xcb")
    print(f"start-up, {args.runs} runs each, Qt platform {platform}, {os.cpu_count()} cores")
    print(
        table(
            [
                (
                    "start to first paint (med)",
                    1000 * statistics.median(s.seconds for s in ours),
                    1000 * statistics.median(s.seconds for s in reference),
                    1.25,
                    "ms",
                ),
                (
                    "start to library shown (med)",
                    1000 * statistics.median(s.ready_seconds for s in ours),
                    1000 * statistics.median(s.ready_seconds for s in reference),
                    0.0,
                    "ms",
                ),
                (
                    "peak memory (median)",
                    statistics.median(s.peak_kib for s in ours) / 1024,
                    statistics.median(s.peak_kib for s in reference) / 1024,
                    1.3,
                    "MB",
                ),
            ]
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
