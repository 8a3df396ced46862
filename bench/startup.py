"""Start-up time and memory of NeuroGuide against a bare PySide6 window, in the same run.

Each measurement is a fresh process, from just before it is started:

- the window: to its first painted main window, and to the first paint of its first page in it
  (NeuroGuide prints the system-wide monotonic time of each, on the next turn of the event loop after
  the paint; the bare window prints its one paint the same way). The data folder has never been
  through the welcome, as on a first run, so that page is the welcome; the same start by a person
  who has been welcomed before, to the routine library, is measured as well;
- straight to the tray (``--background`` with the morning reminder on, as when starting with the
  desktop): to the moment the reminders are armed, no window being shown;
- peak resident memory of each process (the kernel's accounting of that child), and, in separate
  runs that stay up NEUROGUIDE_SETTLE_MS (2 s) after being ready, the resident memory then (VmRSS).

Runs alternate between NeuroGuide and the bare window so that any drift in the machine's load falls on
both alike. Both run as an installed program does, from compiled bytecode: PYTHONDONTWRITEBYTECODE is
dropped for them, so the first (uncounted) run of each leaves its bytecode cached, as installing a
wheel does. Prints a table; the budgets are 1.25x (time to first paint) and 1.3x (peak memory).
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
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # for summary

from summary import record  # noqa: E402

SETTLE_MS = 2000


@dataclass(frozen=True)
class Sample:
    seconds: float  # to the first painted main window (started in the background: to ready)
    ready_seconds: float  # to the first paint of the first page: welcome or library (bare window: same)
    peak_kib: int
    settled_kib: int  # resident SETTLE_MS after ready; 0 unless asked for


def measure(command: list[str], env: dict[str, str]) -> Sample:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    times = dict(line.split() for line in output.splitlines() if line.endswith(tuple("0123456789")))
    first = times.get("first-paint") or times.get("tray-ready")
    if process.returncode != 0 or first is None:
        raise RuntimeError(f"{command} exited {process.returncode} without being ready: {output!r}")
    ready = times.get("ready-paint") or times.get("tray-ready") or first
    return Sample(
        float(first) - started,
        float(ready) - started,
        usage.ru_maxrss,
        int(times.get("settled-rss-kib", 0)),
    )


Row = tuple[str, float, float, float, str]  # figure, value, reference, budget (0: none), unit ("": a heading)


def table(rows: list[Row]) -> str:
    lines = [f"{'figure':<40}{'NeuroGuide':>12}{'bare window':>13}{'ratio':>8}{'budget':>8}  met"]
    for name, value, reference, budget, unit in rows:
        if not unit:  # a heading
            lines.append(name)
            continue
        ratio = value / reference
        met = ("yes" if ratio <= budget else "NO") if budget else "-"
        shown = f"{value:.1f} {unit}"
        limit = f"{budget:>7.2f}x" if budget else f"{'-':>8}"
        lines.append(f"{name:<40}{shown:>12}{reference:>10.1f} {unit:<2}{ratio:>8.2f}{limit}  {met}")
    return "\n".join(lines)


def median(samples: list[Sample], field: str) -> float:
    return float(statistics.median(getattr(sample, field) for sample in samples))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each (default 10)")
    parser.add_argument(
        "--settled-runs", type=int, default=3, help="runs of each that stay up 2 s after ready (default 3)"
    )
    args = parser.parse_args()
    env = dict(os.environ, NEUROGUIDE_EXIT_AFTER_FIRST_PAINT="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # else every start compiles every module of the app again
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    settled_env = dict(env, NEUROGUIDE_SETTLE_MS=str(SETTLE_MS))
    with (
        tempfile.TemporaryDirectory() as first_dir,
        tempfile.TemporaryDirectory() as welcomed_dir,
        tempfile.TemporaryDirectory() as tray_dir,
    ):
        Path(welcomed_dir, "settings.json").write_text(json.dumps({"welcomed": True}))
        Path(tray_dir, "settings.json").write_text(
            json.dumps({"welcomed": True, "reminder_on": True, "start_with_desktop": False})
        )
        commands = {
            "first": [sys.executable, "-m", "neuroguide", "--data-dir", first_dir],
            "welcomed": [sys.executable, "-m", "neuroguide", "--data-dir", welcomed_dir],
            "tray": [sys.executable, "-m", "neuroguide", "--data-dir", tray_dir, "--background"],
            "bare": [sys.executable, str(HERE / "bare_window.py")],
        }
        for command in commands.values():
            measure(command, env)  # warm the file cache (and make each data folder) before counting
        timed: dict[str, list[Sample]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                timed[name].append(measure(command, env))
        settled: dict[str, list[Sample]] = {name: [] for name in ("first", "tray", "bare")}
        for _ in range(args.settled_runs):
            for name in settled:
                settled[name].append(measure(commands[name], settled_env))
    platform = env.get("QT_QPA_PLATFORM") or ("wayland" if env.get("WAYLAND_DISPLAY") else "xcb")
    print(
        f"start-up, {args.runs} runs each ({args.settled_runs} staying up {SETTLE_MS / 1000:g} s), "
        f"Qt platform {platform}, {os.cpu_count()} cores; medians"
    )
    bare = timed["bare"]
    bare_ms = 1000 * median(bare, "seconds")
    bare_peak = median(bare, "peak_kib") / 1024
    bare_settled = median(settled["bare"], "settled_kib") / 1024 if args.settled_runs else 0.0

    def start_rows(heading: str, name: str, first: str, ready: str, settled_after: str) -> list[Row]:
        """One start's rows: to its first paint (or to ready, in the tray), to its first page shown,
        peak memory, and resident memory after settling where those runs were made."""
        found = timed[name]
        first_budget = 1.25 if first == "first paint" else 0  # nothing is painted in the tray
        rows: list[Row] = [
            (heading, 0, 0, 0, ""),
            (f"  start to {first}", 1000 * median(found, "seconds"), bare_ms, first_budget, "ms"),
        ]
        if ready:
            rows.append((f"  start to {ready}", 1000 * median(found, "ready_seconds"), bare_ms, 0, "ms"))
        rows.append(("  peak memory", median(found, "peak_kib") / 1024, bare_peak, 1.3, "MB"))
        if settled_after and args.settled_runs:
            resident = median(settled[name], "settled_kib") / 1024
            rows.append(
                (f"  resident {SETTLE_MS / 1000:g} s after {settled_after}", resident, bare_settled, 0, "MB")
            )
        return rows

    rows = (
        start_rows(
            "the window, first run (the welcome shown)", "first", "first paint", "welcome shown", "shown"
        )
        + start_rows("the window, welcomed before", "welcomed", "first paint", "library shown", "")
        + start_rows(
            "straight to the tray (--background, reminder on)", "tray", "reminders ready", "", "ready"
        )
    )
    print(table(rows))
    heading = ""
    for name, value, reference, budget, unit in rows:
        if not unit:
            heading = name.split(" (")[0]
            continue
        record(f"{heading}: {name.strip()}", value, unit, reference, budget or None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
