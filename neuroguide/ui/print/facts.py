"""The figures of the clinician's report, gathered from the sessions as they come, one at a time: a
report over twenty years never holds every session."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import tr
from neuroguide.store.history import SessionRecord
from neuroguide.ui.kit.words import outcome_words


@dataclass
class ReportFacts:
    sessions: int = 0
    finished: int = 0
    seconds: float = 0.0
    per_week: Counter[date] = field(default_factory=Counter)  # by the Monday of the week
    per_month: Counter[str] = field(default_factory=Counter)  # by "YYYY-MM"
    both: int = 0  # sessions with both check-ins
    # per symptom: sums of the before and after averages, and how many sessions had both
    sums: dict[str, list[float]] = field(default_factory=lambda: {s: [0.0, 0.0, 0] for s in SYMPTOMS})
    events: list[list[str]] = field(default_factory=list)  # date, routine, what was found, note
    used: dict[str, tuple[int, float]] = field(default_factory=dict)  # routine title: sessions, seconds

    def add(self, record: SessionRecord) -> None:
        self.sessions += 1
        self.finished += record.status == "finished"
        self.seconds += record.done_seconds
        self.per_week[record.day - timedelta(days=record.day.weekday())] += 1
        self.per_month[record.day.strftime("%Y-%m")] += 1
        count, seconds = self.used.get(record.routine_title, (0, 0.0))
        self.used[record.routine_title] = (count + 1, seconds + record.done_seconds)
        self._add_scores(record)
        self._add_events(record)

    def _add_scores(self, record: SessionRecord) -> None:
        if record.before is None or record.after is None:
            return
        self.both += 1
        for symptom in SYMPTOMS:
            before, after = record.before.average(symptom), record.after.average(symptom)
            if before is not None and after is not None:
                sums = self.sums[symptom]
                sums[0] += before
                sums[1] += after
                sums[2] += 1

    def _add_events(self, record: SessionRecord) -> None:
        after = record.after
        found = []
        if after is not None:
            found += list(after.skin)
            found += [tr("soreness")] if after.soreness else []
            found += [tr("fatigue")] if after.fatigue else []
        if record.status == "stopped":
            found.append(outcome_words(record.status, record.stop_reason, record.stop_note))
        if found:
            note = after.note if after is not None else ""
            self.events.append(
                [record.day.strftime("%d %b %Y"), record.routine_title, ", ".join(found), note]
            )

    def averages(self) -> dict[str, tuple[float | None, float | None]]:
        """Average before and after score per symptom, as ``store.history.symptom_averages``."""
        return {
            symptom: (before / count, after / count) if count else (None, None)
            for symptom, (before, after, count) in self.sums.items()
        }


def gather(records: Iterable[SessionRecord]) -> ReportFacts:
    facts = ReportFacts()
    for record in records:
        facts.add(record)
    return facts
