"""The report's first page above the chart: who it is about, the period, and what changed since the
last appointment.

"What got worse" compares the time since the appointment with the same length of time just before
it, and says only what the numbers say: a score given before a session (how the day started) that is
higher on average by a point or more, with the sessions each average rests on, and more sessions with
a skin finding or a safety stop (``WORSE``). From the weekly check-in of daily life, a fall since the
appointment, or an answer a step or more worse than the one before it, is listed whatever the number
of sessions (``FLAGGED``)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from neuroguide import APP_NAME
from neuroguide.app.locale_words import day_words, tenths
from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.foot_temperature import DIFFERENCE, warm_runs
from neuroguide.core.function_checkin import BY_KEY, worse
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.temperatures import degrees
from neuroguide.ui.kit.words import in_sentence, sessions_words, symptom_name
from neuroguide.ui.print.facts import area_of
from neuroguide.ui.print.sections import ReportParts, heading, limb_words, paragraph, run_words

WORSE_BY = 1.0  # points on the 0 to 10 scale: smaller differences are not listed as worse
FEWEST = 3  # sessions on each side, at the least, for anything to be compared

Worse = Callable[[ReportParts], list[str]]


def title_words() -> str:
    return tr("Self-massage sessions and symptoms")


def first_page(parts: ReportParts, made: datetime) -> list[str]:
    person = parts.person
    blank = "_" * 24
    name = html.escape(person.name) if person.name else blank
    birth = day_words(person.birth) if person.birth else blank
    facts = parts.facts
    # translated outside the f-string: pyside6-lupdate does not look inside one
    name_words, birth_words = html.escape(tr("Name:")), html.escape(tr("Date of birth:"))
    return [
        f"<h1>{html.escape(title_words())}</h1>",
        f"<p class='who'><b>{name_words}</b> {name}&nbsp;&nbsp;&nbsp; "
        f"<b>{birth_words}</b> {html.escape(birth)}</p>",
        paragraph(
            fill(
                tr("Period: %1 to %2. Made with %3 on %4."),
                day_words(parts.since),
                day_words(parts.until),
                APP_NAME,
                day_words(made.date()),
            )
        ),
        paragraph(
            fill(
                tr("%1 (%2 finished, %3 stopped early, %4 interrupted), %5 minutes in all."),
                sessions_words(facts.sessions),
                str(facts.finished),
                str(facts.by_status["stopped"]),
                str(facts.by_status["interrupted"]),
                f"{facts.seconds / 60:.0f}",
            )
        ),
        since_visit(parts),
    ]


def since_visit(parts: ReportParts) -> str:
    recent, earlier = parts.facts.recent, parts.earlier
    days = (parts.until - parts.visit).days + 1
    weeks = days / 7
    if parts.visit_given:
        title = fill(tr("Since your last appointment, on %1"), day_words(parts.visit))
        lines = []
    else:
        title = fill(tr("Since %1"), day_words(parts.visit))
        lines = [
            fill(
                tr("The last appointment, on %1, is outside this period: this is the start of the period."),
                day_words(parts.asked),
            )
            if parts.asked is not None
            else tr("No date of the last appointment was given: this is the start of the period.")
        ]
    lines += [
        fill(
            tr("%1 since then (%2 a week); %3 in the %4 before (%5 a week)."),
            sessions_words(recent.sessions),
            tenths(recent.sessions / weeks),
            str(earlier.sessions),
            span_words(days),
            tenths(earlier.sessions / weeks),
        )
    ]
    said, items = verdict(parts, days)
    lines += said
    listed = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return (
        "<table class='summary' cellpadding='6' cellspacing='0' border='1' width='100%'><tr><td>"
        + heading(title)
        + "".join(paragraph(line) for line in lines)
        + (f"<ul>{listed}</ul>" if listed else "")
        + "</td></tr></table>"
    )


def verdict(parts: ReportParts, days: int) -> tuple[list[str], list[str]]:
    """What the summary says of the comparison, and the list of what got worse. A fall or a worse
    answer about daily life is listed however few the sessions before were."""
    earlier, lines = parts.earlier, []
    flagged = [item for check in FLAGGED for item in check(parts)]
    compared = [item for check in WORSE for item in check(parts)] if earlier.sessions >= FEWEST else []
    items = flagged + compared
    if earlier.sessions < FEWEST:
        lines.append(
            fill(
                tr("There are too few sessions from the %1 before to compare with (%2)."),
                span_words(days),
                str(earlier.sessions),
            )
        )
        if flagged:
            lines.append(tr("From the weekly questions about daily life:"))
    elif compared:
        lines.append(fill(tr("What got worse, compared with the %1 before:"), span_words(days)))
    elif flagged:  # the sessions show nothing worse; the person's own answers do
        lines.append(tr("From the weekly questions about daily life:"))
    else:
        lines.append(
            fill(
                tr(
                    "Nothing got worse, compared with the %1 before: no score given before a session "
                    "was higher on average by %2 point or more, and no larger share of sessions had a skin "
                    "finding or a safety stop."
                ),
                span_words(days),
                f"{WORSE_BY:.0f}",
            )
        )
    return lines, items


def worse_scores(parts: ReportParts) -> list[str]:
    recent, earlier = parts.facts.recent, parts.earlier
    found = []
    limbs = sorted(
        {limb for _, limb in recent.before}, key=lambda limb: (area_of(limb), not limb.startswith("right"))
    )
    for symptom in SYMPTOMS:
        for limb in limbs:
            now, then = recent.mean(symptom, limb), earlier.mean(symptom, limb)
            if now is None or then is None or min(now[1], then[1]) < FEWEST or now[0] - then[0] < WORSE_BY:
                continue
            found.append(
                fill(
                    tr(
                        "%1, %2: %3 on average before sessions since then (%4), "
                        "against %5 in the days before (%6)."
                    ),
                    symptom_name(symptom),
                    in_sentence(limb_words(limb)),
                    tenths(now[0]),
                    sessions_words(now[1]),
                    tenths(then[0]),
                    sessions_words(then[1]),
                )
            )
    return found


def worse_events(parts: ReportParts) -> list[str]:
    """More sessions with a skin finding, or stopped for safety, than in the time before."""
    recent, earlier = parts.facts.recent, parts.earlier
    found = []
    for now, then, words in (
        (
            recent.skin,
            earlier.skin,
            tr("Sessions with a skin finding: %1 of %2 since then, against %3 of %4 before."),
        ),
        (
            recent.safety_stops,
            earlier.safety_stops,
            tr("Sessions stopped for safety: %1 of %2 since then, against %3 of %4 before."),
        ),
    ):
        # more of them, and a larger share of the sessions: one in each is no change
        if now > then and earlier.sessions >= FEWEST and now / recent.sessions > then / earlier.sessions:
            found.append(fill(words, str(now), str(recent.sessions), str(then), str(earlier.sessions)))
    return found


def span_words(days: int) -> str:
    """'38 days', or '13 weeks' over two months."""
    return tr("%n days", None, days) if days < 60 else tr("%n weeks", None, round(days / 7))


def falls(parts: ReportParts) -> list[str]:
    """Every week since the appointment in which the person said they fell."""
    days = [c.recorded_at.date() for c in parts.function if c.fell and c.recorded_at.date() >= parts.visit]
    if not days:
        return []
    return [
        fill(
            tr("A fall, in the weekly questions about daily life: %1."),
            ", ".join(day_words(day) for day in days),
        )
    ]


def worse_function(parts: ReportParts) -> list[str]:
    """The latest answers since the appointment, where a step or more worse than the answers before them."""
    given = [parts.function_before, *parts.function] if parts.function_before else list(parts.function)
    if len(given) < 2 or given[-1].recorded_at.date() < parts.visit:
        return []
    previous, latest = given[-2], given[-1]
    assert previous is not None
    found = []
    for key in worse(previous, latest):
        question = BY_KEY[key]
        found.append(
            fill(
                tr("%1: “%2” on %3, against “%4” on %5."),
                tr(question.topic),
                tr(question.answer_words(latest.answers[key])),
                day_words(latest.recorded_at.date()),
                tr(question.answer_words(previous.answers[key])),
                day_words(previous.recorded_at.date()),
            )
        )
    return found


def warm_feet(parts: ReportParts) -> list[str]:
    """Every run since the appointment of the same foot more than 2.2 °C warmer two days running."""
    runs = [run for run in warm_runs(parts.temperatures) if run[1] >= parts.visit]
    if not runs:
        return []
    return [
        fill(
            tr("Foot skin temperature: the same foot more than %2 warmer two days running: %1."),
            "; ".join(run_words(*run) for run in runs),
            degrees().difference(DIFFERENCE),
        )
    ]


WORSE: tuple[Worse, ...] = (worse_scores, worse_events)
FLAGGED: tuple[Worse, ...] = (falls, worse_function, warm_feet)
