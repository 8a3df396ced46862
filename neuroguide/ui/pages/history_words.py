"""The History page's words: the table's for a session, and the run of days, the week and the period,
from the sessions that count (``core.counting``). No widgets: the table's are worked out on the history
thread for a prepared view (``store.history_view.PreparedViews(session_cells)``) while the window may
wait in the tray, before the page or its chart is ever loaded."""

from __future__ import annotations

from datetime import date, timedelta

from neuroguide.app.locale_words import day_words, moment_words, tenths
from neuroguide.core.checkin import SYMPTOMS, CheckIn
from neuroguide.core.counting import Why, week_start
from neuroguide.core.translation import fill, tr, tr_noop
from neuroguide.store.history import SessionRecord
from neuroguide.store.history_view import Series
from neuroguide.ui.kit.words import (
    in_sentence,
    outcome_words,
    routine_title,
    sessions_words,
    side_and_limb,
    stop_reason_words,
    symptom_name,
)


def change_words(record: SessionRecord) -> str:
    """'Pain 6→3 · Tingling 5→4': averages over the limbs, before and after."""
    return checkin_change_words(record.before, record.after)


def checkin_change_words(before_checkin: CheckIn | None, after_checkin: CheckIn | None) -> str:
    """'Pain 6→3 · Tingling 5→4' for two check-ins (either may be missing: '–'), averaged over limbs."""
    if before_checkin is None and after_checkin is None:
        return ""
    parts = []
    for symptom in SYMPTOMS:
        before = before_checkin.average(symptom) if before_checkin else None
        after = after_checkin.average(symptom) if after_checkin else None
        if before is None and after is None:
            continue
        shown = [f"{value:.0f}" if value is not None else "–" for value in (before, after)]
        parts.append(f"{symptom_name(symptom)} {shown[0]}→{shown[1]}")
    return " · ".join(parts)


def session_cells(record: SessionRecord) -> tuple[str, ...]:
    """The table's words for one session, worked out once (on the history thread for a page's view)."""
    return (
        moment_words(record.started_at),
        routine_title(record),
        f"{record.done_seconds / 60:.0f} / {record.planned_seconds / 60:.0f}",
        record.performed_by or tr("self"),
        change_words(record),
        ended_words(record),
        record.after.note if record.after else "",
    )


def ended_words(record: SessionRecord) -> str:
    """How it ended, and for one not finished whether it counts and how far it got, before the reason
    (so a narrow column still shows it): "stopped early · not counted, 3 of 10 steps · Something's wrong"."""
    reason = record.why
    if reason in (Why.FINISHED, Why.RUNNING):
        return outcome_words(record.status, record.stop_reason, record.stop_note)
    counted = tr("counted") if reason.counts else tr("not counted")
    steps = fill(tr("%1 of %2 steps"), str(record.steps_done), str(record.steps_total))
    why = stop_reason_words(record.stop_reason, record.stop_note)
    return " · ".join(part for part in (outcome_words(record.status), f"{counted}, {steps}", why) if part)


RULE = tr_noop("A session counts when it is finished, or at least half done.")
NOT_COUNTED = tr_noop(
    "Sessions that end before half of their steps are shown, but not counted (this week: %1)."
)


def run_words(run: int, done_today: bool, tried_today: bool = False) -> str:
    """The run of days, kindly, from sessions that count; a session today that ended too early to
    count is said as it is, never praised."""
    if run >= 2 and done_today:
        return fill(tr("%1 days in a row, today included. Lovely."), str(run))
    if run >= 2:
        words = fill(tr("%1 days in a row so far; today's session would make it %2."), str(run), str(run + 1))
    elif done_today:
        return tr("Today's session is done. Well done.")
    else:
        words = tr("Pick a routine whenever you feel ready.")
    if tried_today:
        words += " " + tr("Today's session ended before half of its steps, so it is not counted yet.")
    return words


def week_words(days: dict[date, int], today: date, goal: int, tried: dict[date, int] | None = None) -> str:
    """This week's sessions that count against the goal; those that ended too early are named apart."""
    this_week = [week_start(today) + timedelta(days=n) for n in range(today.weekday() + 1)]
    done = sum(days.get(day, 0) for day in this_week)
    early = sum((tried or {}).get(day, 0) for day in this_week)
    if done >= goal:
        words = fill(tr("This week: %1. Your goal of %2 is reached."), sessions_words(done), str(goal))
    else:
        words = fill(tr("This week: %1 of your %2 sessions."), str(done), str(goal))
    return f"{words} {fill(tr(NOT_COUNTED), str(early))}" if early else words


def period_words(total: int, finished: int, counted: int) -> str:
    """The period's sessions, and when not every one finished, how many count and by what rule."""
    if not total:
        return tr("No sessions in this period yet. After your first session, your scores will show here.")
    words = fill(tr("%1 in this period, %2 finished."), sessions_words(total), str(finished))
    if counted == total == finished:
        return words
    counting = fill(tr("Counted toward your goal: %1."), str(counted))
    return f"{words} {counting} {tr(RULE)}"


# -- the chart's words --------------------------------------------------------------------------

FEWEST_FOR_SUMMARY = 3  # sessions scored both before and after; fewer say nothing about a change


def place_words(place: str) -> str:
    """'Feet', 'Right foot': a place the chart offers (an area, or a limb with its side)."""
    if " " in place:
        return side_and_limb(*place.split(" ", 1))
    areas = {"foot": tr("Feet"), "hand": tr("Hands"), "leg": tr("Legs"), "arm": tr("Arms")}
    return areas.get(place, place)


def span_words(first: date, today: date) -> str:
    """'In the last 4 weeks': the stretch from the first day to today, in weeks (rounded up) up to
    twelve, then in months, then in years (rounded: six months of data are "the last 6 months")."""
    days = (today - first).days + 1
    weeks = -(-days // 7)
    if weeks <= 12:
        return tr("In the last week") if weeks == 1 else fill(tr("In the last %1 weeks"), str(weeks))
    months = max(3, round(days / 30.44))
    if months <= 24:
        return fill(tr("In the last %1 months"), str(months))
    return fill(tr("In the last %1 years"), str(round(days / 365.25)))


def chart_summary(series: Series | None, today: date) -> str:
    """One plain line of what the chart shows, with the sessions it rests on and nothing beyond:
    'In the last 4 weeks, pain in the feet was on average 1.8 lower after a session than before,
    over 12 sessions.' Nothing when fewer than three sessions were scored both times."""
    if series is None or series.sessions < FEWEST_FOR_SUMMARY:
        return ""
    symptom, place = in_sentence(symptom_name(series.symptom)), in_sentence(place_words(series.place))
    what = fill(tr("%1 in the %2"), symptom, place)
    change = round(series.after - series.before, 1)
    if change < 0:
        moved = fill(tr("was on average %1 lower after a session than before"), tenths(-change))
    elif change > 0:
        moved = fill(tr("was on average %1 higher after a session than before"), tenths(change))
    else:
        moved = tr("was on average the same before and after a session")
    return fill(
        tr("%1, %2 %3, over %4 sessions."), span_words(series.first, today), what, moved, str(series.sessions)
    )


def latest_words(series: Series | None, bucket: str) -> str:
    """The newest week's (or month's) numbers, for a screen reader: 'Week of 16 Nov: before 4.5,
    after 3.0, over 3 sessions.'"""
    if series is None or not series.pairs:
        return ""
    pair = series.pairs[-1]
    when = day_words(pair.start)
    heading = fill(tr("Month of %1") if bucket == "month" else tr("Week of %1"), when)
    sessions = sessions_words(pair.sessions)
    return fill(
        tr("%1: before %2, after %3, over %4."), heading, tenths(pair.before), tenths(pair.after), sessions
    )
