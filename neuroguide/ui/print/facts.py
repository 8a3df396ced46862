"""The figures of the clinician's report, gathered from the sessions as they come, one at a time: a
report over twenty years never holds every session.

Scores are kept per limb ("left foot"), never averaged across hands and feet; where the chart shows
a limb's area ("feet"), it averages the sides of that area only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from neuroguide.app.locale_words import day_words
from neuroguide.core.checkin import SYMPTOMS, CheckIn
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import SessionRecord
from neuroguide.ui.kit.words import in_sentence, outcome_words, place_names, routine_title, skin_words

Sums = list[float]  # [sum, count]
K = TypeVar("K")


def week_of(day: date) -> date:
    """The Monday of the week ``day`` is in: the report's weeks run Monday to Sunday."""
    return day - timedelta(days=day.weekday())


def bucket_of(day: date, bucket: str) -> date:
    return day.replace(day=1) if bucket == "month" else week_of(day)


def area_of(limb: str) -> str:
    """'left foot' -> 'foot': the part of the body, whatever the side."""
    return limb.split()[-1]


def _add(sums: dict[K, Sums], key: K, value: float) -> None:
    pair = sums.setdefault(key, [0.0, 0])
    pair[0] += value
    pair[1] += 1


@dataclass
class Tally:
    """What a stretch of sessions says about how things went: the scores given before sessions (how
    the day started) per symptom and limb, skin findings and safety stops. The report's summary
    compares two of these."""

    sessions: int = 0
    before: dict[tuple[str, str], Sums] = field(default_factory=dict)  # (symptom, limb) -> [sum, count]
    skin: int = 0  # sessions with a skin finding, after or in the session's own check
    safety_stops: int = 0

    def add(self, record: SessionRecord) -> None:
        self.sessions += 1
        for (limb, symptom), value in (record.before.scores if record.before else {}).items():
            _add(self.before, (symptom, limb), value)
        self.skin += bool(record.after and record.after.skin) or record.found not in ("", "nothing")
        self.safety_stops += record.status == "stopped" and record.stop_reason == "safety"

    def mean(self, symptom: str, limb: str) -> tuple[float, int] | None:
        pair = self.before.get((symptom, limb))
        return (pair[0] / pair[1], int(pair[1])) if pair else None


@dataclass
class ReportFacts:
    bucket: str = "week"  # how the chart's points are averaged: "week" or "month"
    visit: date | None = None  # sessions from this day on are also tallied in ``recent``
    sessions: int = 0
    finished: int = 0
    seconds: float = 0.0
    by_status: Counter[str] = field(default_factory=Counter)
    per_week: Counter[date] = field(default_factory=Counter)  # by the Monday of the week
    finished_per_week: Counter[date] = field(default_factory=Counter)
    seconds_per_week: dict[date, float] = field(default_factory=dict)
    both: int = 0  # sessions with both check-ins
    # (symptom, limb) -> [before sum, after sum, sessions with both scores]
    limb_sums: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    # (area, symptom, moment) -> {bucket day: [sum, count]}, a session's value averaged over the area's sides
    series: dict[tuple[str, str, str], dict[date, Sums]] = field(default_factory=dict)
    events: list[list[str]] = field(default_factory=list)  # date, routine, what was found
    notes: list[list[str]] = field(default_factory=list)  # date, routine, the person's words
    used: dict[str, tuple[int, float]] = field(default_factory=dict)  # routine title: sessions, seconds
    recent: Tally = field(default_factory=Tally)

    def add(self, record: SessionRecord) -> None:
        self.sessions += 1
        self.finished += record.status == "finished"
        self.by_status[record.status] += 1
        self.seconds += record.done_seconds
        week = week_of(record.day)
        self.per_week[week] += 1
        self.finished_per_week[week] += record.status == "finished"
        self.seconds_per_week[week] = self.seconds_per_week.get(week, 0.0) + record.done_seconds
        count, seconds = self.used.get(routine_title(record), (0, 0.0))
        self.used[routine_title(record)] = (count + 1, seconds + record.done_seconds)
        if self.visit is not None and record.day >= self.visit:
            self.recent.add(record)
        self._add_scores(record)
        self._add_events(record)

    def _add_scores(self, record: SessionRecord) -> None:
        for moment, checkin in (("before", record.before), ("after", record.after)):
            if checkin is not None:
                self._add_series(record.day, moment, checkin)
        if record.before is None or record.after is None:
            return
        self.both += 1
        after = record.after.scores
        for (limb, symptom), before in record.before.scores.items():
            if (limb, symptom) in after:
                sums = self.limb_sums.setdefault((symptom, limb), [0.0, 0.0, 0])
                sums[0] += before
                sums[1] += after[(limb, symptom)]
                sums[2] += 1

    def _add_series(self, day: date, moment: str, checkin: CheckIn) -> None:
        by_area: dict[tuple[str, str], list[int]] = {}
        for (limb, symptom), value in checkin.scores.items():
            by_area.setdefault((area_of(limb), symptom), []).append(value)
        for (area, symptom), values in by_area.items():
            points = self.series.setdefault((area, symptom, moment), {})
            _add(points, bucket_of(day, self.bucket), sum(values) / len(values))

    def _add_events(self, record: SessionRecord) -> None:
        after, found = record.after, []
        if record.found not in ("", "nothing"):
            places = in_sentence(place_names(record.found.split(",")))
            found.append(fill(tr("at the skin check: %1"), places))
        if after is not None:
            found += [in_sentence(skin_words(finding)) for finding in after.skin]
            found += [tr("soreness")] if after.soreness else []
            found += [tr("fatigue")] if after.fatigue else []
        if record.status == "stopped" and record.stop_reason == "safety":
            found.append(outcome_words(record.status, record.stop_reason))
        when = day_words(record.day)
        if found:
            self.events.append([when, routine_title(record), ", ".join(found)])
        if record.status == "stopped" and record.stop_reason == "other" and record.stop_note:
            self.notes.append(
                [when, routine_title(record), outcome_words("stopped", "other", record.stop_note)]
            )
        if after is not None and after.note:
            self.notes.append([when, routine_title(record), after.note])

    def limbs(self) -> list[tuple[str, str, float, float, int]]:
        """(symptom, limb, before, after, sessions) for every symptom and limb scored both times,
        symptoms in their order, feet before hands, right before left."""
        order = {"right": 0, "left": 1}
        rows = [
            (symptom, limb, before / count, after / count, int(count))
            for (symptom, limb), (before, after, count) in self.limb_sums.items()
        ]
        return sorted(
            rows,
            key=lambda row: (
                SYMPTOMS.index(row[0]),
                area_of(row[1]),
                order.get(row[1].split()[0], 2),
                row[1],
            ),
        )

    def points(self, area: str, symptom: str, moment: str) -> list[tuple[date, float, int]]:
        """The chart's points: (bucket day, average, sessions it rests on), oldest first."""
        found = self.series.get((area, symptom, moment), {})
        return sorted((day, total / count, int(count)) for day, (total, count) in found.items())

    def areas(self) -> list[str]:
        return sorted({area for area, _, _ in self.series})


def gather(records: Iterable[SessionRecord], bucket: str = "week", visit: date | None = None) -> ReportFacts:
    facts = ReportFacts(bucket=bucket, visit=visit)
    for record in records:
        facts.add(record)
    return facts


def tally(records: Iterable[SessionRecord]) -> Tally:
    found = Tally()
    for record in records:
        found.add(record)
    return found
