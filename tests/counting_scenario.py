"""Two people's histories with every way a session can end, and what they should say, worked out here
from the rows alone (never by the app's own code): which sessions count, the week, the run of days,
"done today", who gave them, and the scores before and after."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from neuroguide.core.people import FIRST, People
from tests.history_seed import Planned, add_sessions

TODAY = date(2026, 11, 20)  # a Friday
RF, LF, RH, LH = "right foot", "left foot", "right hand", "left hand"


def day(n: int) -> date:
    return TODAY - timedelta(days=n)


# The first person, Maria, whose goal is 4 a week. The old counting called this week "7 sessions, the
# goal reached" and today "6 days in a row, today included": five of the seven counted nothing.
MARIA = [
    Planned(
        day(18),
        "finished",
        10,
        before={(RF, "pain"): 6, (LF, "pain"): 4, (RF, "numbness"): 5},
        after={(RF, "pain"): 3, (LF, "pain"): 3, (RF, "numbness"): 5},
    ),
    Planned(day(10), "interrupted", 7),  # the power went after 7 of 10: enough to count
    Planned(day(8), "stopped", 5, reason="person", before={(RF, "pain"): 5}, after={(RF, "pain"): 4}),
    Planned(day(7), "finished", 8, skipped=2),  # two steps moved past; finished all the same
    Planned(day(5), "finished", 10),  # Sunday: last week
    Planned(
        day(4),
        "finished",
        10,
        by="Sam",
        before={(RF, "pain"): 5, (LF, "pain"): 5, (RF, "tingling"): 4},
        after={(RF, "pain"): 2, (LF, "pain"): 4, (RF, "tingling"): 4},
    ),
    # a safety stop after 3 steps, the pain higher after: not counted, but its scores are kept
    Planned(day(3), "stopped", 3, reason="safety", before={(RF, "pain"): 4}, after={(RF, "pain"): 6}),
    Planned(day(3), "stopped", 6, hour=18, by="Sam", reason="person", before={(LF, "pain"): 7}),
    Planned(day(2), "interrupted", 0, before={(RF, "pain"): 5}),  # a crash at the start
    Planned(
        day(1),
        "finished",
        10,
        by="Sam",
        before={(RF, "pain"): 6, (LF, "pain"): 6},
        after={(RF, "pain"): 4, (LF, "pain"): 5},
    ),
    Planned(TODAY, "interrupted", 0, hour=7),
    Planned(TODAY, "stopped", 4, skipped=3, reason="person"),  # 4 done, 3 passed by: not half
]

# Robert, cared for by Anna: his goal is the default, 3.
ROBERT = [
    Planned(day(233), "finished", 8, total=8),  # in April: before the default six months
    Planned(
        day(2),
        "finished",
        8,
        total=8,
        by="Anna",
        before={(RH, "tingling"): 7, (LH, "tingling"): 6},
        after={(RH, "tingling"): 5, (LH, "tingling"): 5},
    ),
    Planned(day(1), "interrupted", 4, total=8),  # exactly half: counts
    Planned(
        TODAY,
        "finished",
        8,
        total=8,
        hour=10,
        by="Anna",
        before={(RH, "tingling"): 6, (LH, "tingling"): 6, (RH, "pain"): 2},
        after={(RH, "tingling"): 4, (LH, "tingling"): 3, (RH, "pain"): 2},
    ),
    Planned(TODAY, "stopped", 1, total=8, hour=15, reason="person"),
]


def set_up(base: Path) -> dict[str, Path]:
    """Both histories, each in its person's folder; Maria's goal of 4 in her settings."""
    people = People.load(base)
    people.rename(FIRST, "Maria")
    robert = people.add("Robert")
    people.save()
    folders = {"Maria": base, "Robert": people.folder(robert.id)}
    add_sessions(folders["Maria"], MARIA)
    add_sessions(folders["Robert"], ROBERT)
    (base / "settings.json").write_text(json.dumps({"weekly_goal": 4}), encoding="utf-8")
    return folders


GOALS = {"Maria": 4, "Robert": 3}
PLANNED = {"Maria": MARIA, "Robert": ROBERT}


# -- worked out from the rows ---------------------------------------------------------------------


def counts(one: Planned) -> bool:
    """The rule as the issue states it: finished, or at least half its steps done."""
    return one.status == "finished" or (
        one.status in ("stopped", "interrupted") and one.total > 0 and one.done * 2 >= one.total
    )


def within(planned: Iterable[Planned], first: date, last: date) -> list[Planned]:
    return [one for one in planned if first <= one.day <= last]


def this_week(planned: list[Planned], today: date = TODAY) -> list[Planned]:
    return within(planned, today - timedelta(days=today.weekday()), today)


def run_of_days(planned: list[Planned], today: date = TODAY) -> int:
    days = {one.day for one in planned if counts(one)}
    start = today if today in days else today - timedelta(days=1)
    run = 0
    while start - timedelta(days=run) in days:
        run += 1
    return run


def paired(planned: list[Planned], symptom: str, limb: str | None) -> tuple[list[float], list[float]]:
    """Before and after of the sessions scored both times: per limb, or each session's limb average."""
    befores, afters = [], []
    for one in planned:
        if one.before is None or one.after is None:
            continue
        if limb is not None:
            if (limb, symptom) in one.before and (limb, symptom) in one.after:
                befores.append(float(one.before[(limb, symptom)]))
                afters.append(float(one.after[(limb, symptom)]))
            continue
        before = [value for (_, name), value in one.before.items() if name == symptom]
        after = [value for (_, name), value in one.after.items() if name == symptom]
        if before and after:
            befores.append(sum(before) / len(before))
            afters.append(sum(after) / len(after))
    return befores, afters
