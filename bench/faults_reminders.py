"""Reminder due moments in every time zone: the exhaustive run of tests/test_faults_private.py's sample.

Every zone in zoneinfo.available_timezones(), over the years given (2020–2030 unless told), offset
changes found an hour at a time; around each change and on a few ordinary days, every minute of the
day as the reminder time (``--every`` to sample fewer). Each due moment is checked to be on its own
local day, at the chosen time or its documented shift, the first of a repeated time, and later than
the day before's (tests/zone_checks.py says how). Prints the number of checks and any problem; exits
1 when there is one.

    .venv/bin/python bench/faults_reminders.py [--first 2020] [--last 2030] [--every 1]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for neuroguide and tests, from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from summary import record

from tests.zone_checks import check_zones, sample_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=2020)
    parser.add_argument("--last", type=int, default=2030)
    parser.add_argument("--every", type=int, default=1, metavar="MINUTES", help="a reminder time every N min")
    parser.add_argument("--ordinary-days", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    tally = check_zones(
        sample_times(args.every),
        first=args.first,
        last=args.last,
        ordinary_days=args.ordinary_days,
        step_hours=1,
    )
    seconds = time.perf_counter() - started
    print(f"Reminder due moments, {args.first}–{args.last}, a reminder time every {args.every} min:")
    print(f"  zones                 {tally.zones:>10,}")
    print(f"  distinct behaviours   {tally.behaviours:>10,}")
    print(f"  offset changes        {tally.transitions:>10,}")
    print(f"  due moments checked   {tally.checks:>10,}")
    print(f"  problems              {len(tally.problems):>10,}")
    print(f"  time                  {seconds:>10.1f} s")
    for problem in tally.problems[:50]:
        print(f"  {problem}")
    record("reminders: zone checks, problems", len(tally.problems), "", budget=0, budget_is_ratio=False)
    return 1 if tally.problems else 0


if __name__ == "__main__":
    sys.exit(main())
