"""Step timing on the real clock: a routine of 1-second steps run by the Qt event loop, as in the app.

For every step start, the lateness is the moment the event reached a listener minus the moment it was
due (session start + lead-in + the planned steps before it). The drift is the same for the end of the
whole routine. Budgets: each boundary within 50 ms (p99 within 20 ms); the routine ends within 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from neuroguide.app.session_driver import SessionDriver
from neuroguide.app.timers import Timers
from neuroguide.core.clock import SystemClock
from neuroguide.core.routine import Routine
from neuroguide.core.schema import parse
from neuroguide.core.session import Event, SessionEngine, SessionFinished, StepStarted

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from summary import record


def one_second_routine(steps: int) -> Routine:
    step = {
        "title": "Step",
        "text": "Text.",
        "text_caregiver": "Text.",
        "say": "Say.",
        "say_caregiver": "Say.",
        "seconds": 1,
        "technique": "glide",
        "pressure": "light",
        "illustration": {"base": "foot-top"},
    }
    data = {
        "id": "bench",
        "title": "Bench",
        "summary": "One-second steps.",
        "area": "feet",
        "performer": "self",
        "precautions": [],
        "sources": ["nccih-massage"],
        "blocks": [{"sides": "both", "steps": [dict(step, id=f"s{i}") for i in range(steps)]}],
    }
    routine, issues = parse(Routine, data)
    assert routine is not None, issues
    return routine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=60)
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    lead_in = 1.0
    engine = SessionEngine(one_second_routine(args.steps), SystemClock(), lead_in_seconds=lead_in)
    driver = SessionDriver(engine, Timers(SystemClock()))
    late_ms: list[float] = []
    drift_ms: list[float] = []
    started = time.monotonic()

    def on_event(event: Event) -> None:
        now = time.monotonic()
        if isinstance(event, StepStarted):
            due = started + lead_in + (event.step.number - 1) * 1.0
            late_ms.append(1000 * (now - due))
        elif isinstance(event, SessionFinished):
            drift_ms.append(1000 * (now - (started + lead_in + args.steps)))
            app.quit()

    driver.engine.subscribe(on_event)
    started = time.monotonic()
    driver.do(engine.start)
    app.exec()
    ordered = sorted(late_ms)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(f"step timing on the real clock: {args.steps} steps of 1 s, Qt event loop, {os.cpu_count()} cores")
    print(f"{'figure':<34}{'value':>10}{'budget':>10}  met")
    for name, value, budget in (
        ("step start lateness, median", statistics.median(late_ms), None),
        ("step start lateness, p99", p99, 20.0),
        ("step start lateness, max", max(late_ms), 50.0),
        ("whole routine drift at the end", drift_ms[0], 50.0),
    ):
        met = "-" if budget is None else ("yes" if abs(value) <= budget else "NO")
        limit = "-" if budget is None else f"{budget:.0f} ms"
        print(f"{name:<34}{value:>7.2f} ms{limit:>10}  {met}")
        record(f"timing: {name}", abs(value), "ms", budget=budget, budget_is_ratio=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
