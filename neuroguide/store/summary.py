"""What the History page says about a period, as plain data: sessions by how they ended, which count
and why (``core.counting``), the week against the goal, the run of days, who gave the sessions, and the
scores before and after per symptom and per limb, and the foot skin temperatures. For ``neuroguide
history summary``; every figure of the sessions is summed in SQL, so twenty years cost a handful of
queries, not a list of every session (a reading a day is small beside them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.counting import Why, week_start, why
from neuroguide.core.foot_temperature import Advice, Foot, Reading, assess, by_day, warm_runs
from neuroguide.store.queries import HistoryQueries

OUTCOMES = ("finished", "stopped", "interrupted", "running")
RULE = (
    "A session counts toward the goal, the run of days and the day's session when it is finished, or "
    "when at least half of its steps were done; one that ended before that is shown, but not counted."
)


@dataclass(frozen=True)
class Average:
    """Scores before and after, over the sessions of the period that have both (counted or not)."""

    symptom: str
    limb: str | None  # None: each session's average over its limbs
    before: float
    after: float
    sessions: int

    @property
    def change(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class Tally:
    """Sessions of a stretch of days (the week, the last day) that count, and that do not."""

    counted: int
    not_counted: int

    @classmethod
    def of(cls, store: HistoryQueries, first: date, last: date) -> Tally:
        counted = store.counted_sessions(first, last)
        return cls(counted, store.count_sessions(first, last)[0] - counted)


@dataclass(frozen=True)
class Temperatures:
    """The foot skin temperatures of the period: the last reading of each day measured."""

    days: list[Reading] = field(default_factory=list)
    runs: list[tuple[date, date, Foot]] = field(default_factory=list)  # the same foot warm two days or more
    advice: Advice | None = None  # what the newest reading means

    @classmethod
    def of(cls, readings: list[Reading]) -> Temperatures:
        days = by_day(readings)
        return cls([days[day] for day in sorted(days)], warm_runs(readings), assess(readings))

    @property
    def warm_days(self) -> int:
        return sum(1 for reading in self.days if reading.warm_foot)

    def as_json(self) -> dict[str, Any]:
        latest = self.days[-1] if self.days else None
        return {
            "days": len(self.days),
            "warm_days": self.warm_days,
            "latest": None
            if latest is None
            else {
                "date": latest.day.isoformat(),
                "right": latest.right,
                "left": latest.left,
                "difference": latest.difference,
                "warm_foot": latest.warm_foot,
            },
            "advice": self.advice.kind if self.advice is not None else None,
            "two_days_running": [
                {"from": first.isoformat(), "to": last.isoformat(), "foot": foot}
                for first, last, foot in self.runs
            ],
        }


@dataclass(frozen=True)
class Summary:
    since: date
    until: date  # the period's last day: the week, the run of days and "done" are as of this day

    outcomes: dict[str, int]  # sessions by how they ended (OUTCOMES)
    reasons: dict[Why, int]  # sessions by whether they count, and why

    goal: int  # sessions a week, from the person's settings
    week: Tally  # Monday to the last day
    day: Tally  # the last day: "done" when one counts
    run: int  # the run of days up to the last day

    given_by: dict[str, int]  # sessions by who gave them ("self" for the person alone)
    averages: list[Average]  # per symptom, then per symptom and limb
    temperatures: Temperatures = field(default_factory=Temperatures)

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    @property
    def counted(self) -> int:
        return sum(n for reason, n in self.reasons.items() if reason.counts)

    @property
    def week_from(self) -> date:
        return week_start(self.until)

    def as_json(self) -> dict[str, Any]:
        """The keys the README documents under ``neuroguide history summary --json``."""
        counted = {reason.value: n for reason, n in self.reasons.items() if reason.counts}
        left = {reason.value: n for reason, n in self.reasons.items() if not reason.counts}
        return {
            "period": {"from": self.since.isoformat(), "to": self.until.isoformat()},
            "sessions": {"total": self.total, **self.outcomes},
            "counted": {"total": self.counted, **counted},
            "not_counted": {"total": self.total - self.counted, **left},
            "rule": RULE,
            "week": {
                "from": self.week_from.isoformat(),
                "to": self.until.isoformat(),
                "counted": self.week.counted,
                "not_counted": self.week.not_counted,
                "goal": self.goal,
                "reached": self.week.counted >= self.goal,
            },
            "run_of_days": self.run,
            "day": {
                "date": self.until.isoformat(),
                "done": self.day.counted > 0,
                "counted": self.day.counted,
                "not_counted": self.day.not_counted,
            },
            "given_by": dict(self.given_by),
            "averages": [
                {
                    "symptom": average.symptom,
                    "limb": average.limb,
                    "before": round(average.before, 2),
                    "after": round(average.after, 2),
                    "change": round(average.change, 2),
                    "sessions": average.sessions,
                }
                for average in self.averages
            ],
            "foot_temperatures": self.temperatures.as_json(),
        }


def summarize(
    store: HistoryQueries, since: date, until: date, goal: int, readings: list[Reading] | None = None
) -> Summary:
    """``readings``: the period's foot skin temperatures (HistoryStore.temperatures)."""
    where, params = _between(since, until)
    outcomes = dict.fromkeys(OUTCOMES, 0)
    reasons = dict.fromkeys(Why, 0)
    for status, done, total, count in store.connection.execute(
        f"SELECT status, steps_done, steps_total, count(*) FROM session s {where} GROUP BY 1, 2, 3", params
    ):
        outcomes[status] = outcomes.get(status, 0) + count
        reasons[why(status, done, total)] += count
    given_by = {
        who or "self": count
        for who, count in store.connection.execute(
            f"SELECT performed_by, count(*) FROM session s {where} GROUP BY 1 ORDER BY 2 DESC, 1", params
        )
    }
    week, day = Tally.of(store, week_start(until), until), Tally.of(store, until, until)
    averages = _averages(store, where, params)
    run = store.run_of_days(until)
    temperatures = Temperatures.of(readings or [])
    return Summary(since, until, outcomes, reasons, goal, week, day, run, given_by, averages, temperatures)


def _averages(store: HistoryQueries, where: str, params: list[str]) -> list[Average]:
    """Per symptom (each session's average over its limbs), then per symptom and limb: the sessions
    with a score of it both before and after, so each change is one session's own."""
    pair = (
        " FROM session s JOIN checkin cb ON cb.session_id = s.id AND cb.moment = 'before'"
        " JOIN checkin ca ON ca.session_id = s.id AND ca.moment = 'after'"
    )
    found: list[Average] = []
    for symptom in SYMPTOMS:  # a column of its own each: the name is one of SYMPTOMS, never input
        before, after, count = store.connection.execute(
            f"SELECT avg(cb.{symptom}), avg(ca.{symptom}), count(*){pair} {where}"
            f" AND cb.{symptom} IS NOT NULL AND ca.{symptom} IS NOT NULL",
            params,
        ).fetchone()
        if count:
            found.append(Average(symptom, None, before, after, count))
        for limb, limb_before, limb_after, limb_count in store.connection.execute(
            f"SELECT b.limb, avg(b.value), avg(a.value), count(*){pair}"
            " JOIN score b ON b.checkin_id = cb.id"
            " JOIN score a ON a.checkin_id = ca.id AND a.limb = b.limb AND a.symptom = b.symptom"
            f" {where} AND b.symptom = ? GROUP BY b.limb ORDER BY b.limb",
            [*params, symptom],
        ):
            found.append(Average(symptom, limb, limb_before, limb_after, limb_count))
    return found


def _between(since: date, until: date) -> tuple[str, list[str]]:
    """Sessions started on ``since`` up to and including ``until`` (their local day, as stored); a
    WHERE clause that callers may add to with AND."""
    return "WHERE s.started_at >= ? AND s.started_at < ?", [
        since.isoformat(),
        (until + timedelta(days=1)).isoformat(),
    ]
