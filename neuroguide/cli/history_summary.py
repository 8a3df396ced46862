"""``neuroguide history summary``: what the History page says, for a script or a caregiver at a terminal.

Sessions by how they ended, how many count and why (``core.counting``), this week against the person's
goal, the run of days, who gave them, and the scores before and after per symptom and limb. The
history is only read. ``--person`` chooses whose (by name or folder id); without it, the first person's,
as the other history commands do."""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide import APP_NAME
from neuroguide.core.files import printable
from neuroguide.core.translation import fill, tr

if TYPE_CHECKING:
    from neuroguide.core.people import Person
    from neuroguide.store.summary import Summary

DEFAULT_DAYS = 182  # the History page's own first period, six months


def summary(data_dir: Path, person: str | None, since: date | None, until: date | None, as_json: bool) -> int:
    from neuroguide.cli.history import open_history, sqlite_words
    from neuroguide.core.settings import Settings
    from neuroguide.store.summary import summarize
    from neuroguide.system.datadir import settings_path

    until = until or datetime.now().astimezone().date()
    since = since or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        print(f"The period starts ({since}) after it ends ({until}).", file=sys.stderr)
        return 2
    chosen = choose_person(data_dir, person)
    if chosen is None:
        return 2
    folder, who = chosen
    settings = Settings.load(settings_path(folder))
    for problem in settings.problems:  # the goal is the default's then
        print(f"{APP_NAME}: {problem}", file=sys.stderr)
    store = open_history(folder, read_only=True)
    if store is None:
        return 1
    with store:
        try:
            readings = store.temperatures(since, until)
            found = summarize(store, since, until, settings.whole("weekly_goal"), readings)
        except sqlite3.Error as error:
            print(f"{APP_NAME}: the history cannot be read ({sqlite_words(error)})", file=sys.stderr)
            return 1
    if as_json:
        print(json.dumps({"person": {"id": who.id, "name": who.name}, **found.as_json()}, indent=2))
    else:
        print("\n".join(summary_lines(found, who.name or tr("Me"))))
    return 0


def choose_person(data_dir: Path, wanted: str | None) -> tuple[Path, Person] | None:
    """The folder and the person named (by name, any case, or by folder id); None after saying who
    there is when no one is called that."""
    from neuroguide.core.people import FIRST, People

    people = People.load(data_dir)
    if people.problem:
        print(f"{APP_NAME}: {people.problem}", file=sys.stderr)
    if wanted is None:
        first = people.get(FIRST)
        assert first is not None  # the first person is always listed
        return data_dir, first
    key = wanted.strip().casefold()
    for person in people.people:
        if key and key in (person.id, person.name.casefold()):
            return people.folder(person.id), person
    listed = ", ".join(
        f"{p.name or 'Me'} ({p.id or 'the first, in the data folder itself'})" for p in people.people
    )
    print(f"No one called {printable(wanted)!r} here. People: {printable(listed)}.", file=sys.stderr)
    return None


def summary_lines(found: Summary, name: str) -> list[str]:
    from neuroguide.core.counting import Why

    day = _day_words
    lines = [
        fill(tr("History summary for %1, %2 to %3"), printable(name), day(found.since), day(found.until))
    ]
    if not found.total:
        lines.append(tr("No sessions in this period."))
    else:
        ended = _listed(
            (found.outcomes["finished"], tr("finished")),
            (found.outcomes["stopped"], tr("stopped early")),
            (found.outcomes["interrupted"], tr("interrupted")),
            (found.outcomes["running"], tr("running now")),
        )
        lines.append(fill(tr("Sessions: %1 (%2)."), found.total, ended))
        counted = _listed(
            (found.reasons[Why.FINISHED], tr("finished")),
            (found.reasons[Why.HALF_DONE], tr("stopped or interrupted after at least half of their steps")),
        )
        lines.append(fill(tr("Counted: %1 (%2).") if counted else tr("Counted: %1."), found.counted, counted))
        stopped, interrupted = found.reasons[Why.STOPPED_EARLY], found.reasons[Why.INTERRUPTED_EARLY]
        if stopped or interrupted:
            early = _listed((stopped, tr("stopped")), (interrupted, tr("interrupted")))
            words = tr("Shown, but not counted: %1 that ended before half of their steps (%2).")
            lines.append(fill(words, stopped + interrupted, early))
        if found.reasons[Why.RUNNING]:
            lines.append(fill(tr("Not counted yet: %1 still running."), found.reasons[Why.RUNNING]))
        lines.append(tr("A session counts when it is finished, or at least half done."))
    lines += _week_lines(found)
    lines += _average_lines(found)
    lines += _temperature_lines(found)
    return lines


def _temperature_lines(found: Summary) -> list[str]:
    """Only for someone who measures: the days measured, the warm ones, and what the rule said."""
    from neuroguide.core.foot_temperature import FOOT_WORDS

    temperatures = found.temperatures
    if not temperatures.days:
        return []
    latest = temperatures.days[-1]
    lines = [
        fill(
            tr("Foot skin temperature: measured on %1 days; one foot more than 2.2 °C warmer on %2."),
            len(temperatures.days),
            temperatures.warm_days,
        ),
        "  "
        + fill(
            tr("Last: %1, right foot %2 °C, left foot %3 °C (a difference of %4 °C)."),
            _day_words(latest.day),
            f"{latest.right:.1f}",
            f"{latest.left:.1f}",
            f"{latest.difference:.1f}",
        ),
    ]
    for first, last, foot in temperatures.runs:
        words = tr("The same foot warmer two days running, %1 to %2: %3 (rest it, and call the foot clinic).")
        lines.append("  " + fill(words, _day_words(first), _day_words(last), tr(FOOT_WORDS[foot]).lower()))
    if not temperatures.runs:
        lines.append("  " + tr("Never the same foot more than 2.2 °C warmer two days running."))
    return lines


def _week_lines(found: Summary) -> list[str]:
    week = fill(tr("This week (from %1):"), _day_words(found.week_from))
    if found.week.counted >= found.goal:
        week += " " + fill(tr("%1 done; your goal of %2 is reached."), found.week.counted, found.goal)
    else:
        week += " " + fill(tr("%1 of your %2 sessions."), found.week.counted, found.goal)
    if found.week.not_counted:
        week += " " + fill(tr("Not counted: %1 that ended early."), found.week.not_counted)
    lines = [week]
    if found.run >= 2:
        lines.append(fill(tr("Run of days: %1 days in a row."), found.run))
    elif found.run == 1:
        lines.append(tr("Run of days: 1 day."))
    else:
        lines.append(tr("Run of days: none at the moment (a missed day is just a day)."))
    on = _day_words(found.until)
    if found.day.counted:
        lines.append(fill(tr("%1: a session that counts is done."), on))
    elif found.day.not_counted:
        lines.append(fill(tr("%1: nothing that counts yet (ended early: %2)."), on, found.day.not_counted))
    else:
        lines.append(fill(tr("%1: no session yet."), on))
    if found.given_by:
        given = ", ".join(f"{printable(who)} {count}" for who, count in found.given_by.items())
        lines.append(fill(tr("Given by: %1."), given))
    return lines


def _average_lines(found: Summary) -> list[str]:
    from neuroguide.ui.kit.words import side_and_limb, symptom_name

    if not found.averages:
        return [tr("Before and after: no session in this period has scores from both check-ins.")]
    lines = [tr("Before → after, over the sessions with scores from both check-ins:")]
    for average in found.averages:
        # the change shown is the one between the figures shown, so the line adds up
        before, after = f"{average.before:.1f}", f"{average.after:.1f}"
        change = round(float(after) - float(before), 1)
        how = (
            fill(tr("%1 lower"), f"{-change:.1f}")
            if change < 0
            else fill(tr("%1 higher"), f"{change:.1f}")
            if change > 0
            else tr("no change")
        )
        side, _, limb = (average.limb or "").partition(" ")
        what = (
            symptom_name(average.symptom)
            if average.limb is None
            else side_and_limb(side, limb)
            if side in ("right", "left") and limb
            else printable(average.limb)
        )
        words = fill(tr("%1: %2 → %3 (%4; sessions: %5)"), what, before, after, how, average.sessions)
        lines.append(("    " if average.limb else "  ") + words)
    return lines


def _listed(*parts: tuple[int, str]) -> str:
    return ", ".join(f"{count} {words}" for count, words in parts if count)


def _day_words(day: date) -> str:
    return day.strftime("%a %d %b %Y").replace(" 0", " ")
