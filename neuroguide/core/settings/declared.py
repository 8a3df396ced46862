"""Every setting, declared once: its default, what is allowed, its words and its place in the dialog.

The table is in the order the Settings dialog shows it, section by section; a setting without a
section is kept for the app's own use and never shown; most of those are in core/settings/kept.py.
"""

from __future__ import annotations

import re

from neuroguide.core.settings.choices import (
    CAUSES,
    COLOURS,
    DAYS,
    PACES,
    PAPERS,
    REMINDER_WAYS,
)
from neuroguide.core.settings.days import day_problem
from neuroguide.core.settings.kept import KEPT_FOR_THE_APP
from neuroguide.core.settings.language_and_voice import LANGUAGE_SETTINGS, VOICE_SETTINGS
from neuroguide.core.settings.setting import Choice, Listed, Section, Setting
from neuroguide.core.translation import tr_noop

CONTACT_LENGTH = 100  # characters: room for a clinic's name and a number with its extension
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CLOCK_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def _clock_time_problem(value: str) -> str | None:
    return None if _CLOCK_TIME.fullmatch(value) else f"expected a time from 00:00 to 23:59, got {value!r}"


def _places_problem(places: Listed) -> str | None:
    from neuroguide.core.safety.model import PLACES  # only when a file is read: it brings the rules

    unknown = [place for place in places if place not in PLACES]
    return f"expected places such as {', '.join(PLACES)}, got {list(places)!r}" if unknown else None


SECTIONS: tuple[Section, ...] = (
    Section("looks", tr_noop("How it looks")),
    Section("language", tr_noop("Language")),
    Section("timing", tr_noop("Timing")),
    Section("about", tr_noop("About you")),
    Section("who", tr_noop("Who gives the massage")),
    Section(
        "contacts",
        tr_noop("My contacts"),
        tr_noop("These numbers are shown whenever NeuroGuide says whom to call."),
    ),
    Section(
        "report",
        tr_noop("The report for your clinician"),
        tr_noop("What the report you take to your appointments says and how it is printed."),
    ),
    Section("reminder", tr_noop("Morning reminder")),
    Section("voice", tr_noop("Voice")),
)


def _contact(key: str, description: str, placeholder: str) -> Setting:
    """One of My contacts: its row is named by core/contacts' own label for it."""
    placeholder = placeholder or tr_noop("name and number")
    return Setting(
        key,
        "",
        description,
        section="contacts",
        row="contact",
        placeholder=placeholder,
        max_length=CONTACT_LENGTH,
    )


DECLARED: tuple[Setting, ...] = (
    # -- how it looks
    Setting(
        "appearance",
        "system",
        tr_noop("Colours: follow the computer's light, dark or high-contrast choice, or always use one."),
        tr_noop("Colours"),
        "looks",
        "choice",
        choices=COLOURS,
    ),
    Setting(
        "text_size",
        100,
        tr_noop("Text size, in percent of the computer's own."),
        tr_noop("Text size"),
        "looks",
        "choice",
        choices=tuple(Choice(percent, f"{percent}%") for percent in (100, 125, 150, 175, 200)),
        low=100,
        high=200,
        by_hand="{}%",
    ),
    Setting(
        "reduce_motion",
        False,
        tr_noop("Show the illustrations' strokes without moving them."),
        tr_noop("Keep the pictures still (no moving strokes)"),
        "looks",
        "check",
    ),
    *LANGUAGE_SETTINGS,
    # -- timing
    Setting(
        "lead_in_seconds",
        5,
        tr_noop("Reading time before the timer starts, so the first step can be read first (seconds)."),
        tr_noop("Reading time before the timer starts"),
        "timing",
        "number",
        low=0,
        high=60,
        unit=tr_noop(" seconds"),
    ),
    Setting(
        "lead_in_every_step",
        False,
        tr_noop("Give the same reading time before every step, not only the first."),
        tr_noop("Give reading time before every step"),
        "timing",
        "check",
    ),
    Setting(
        "pace",
        1.0,
        tr_noop("Make every step longer by this much: 1.5 gives half as long again, 2 twice as long."),
        tr_noop("Pace of every step"),
        "timing",
        "choice",
        choices=PACES,
        low=1.0,
        high=3.0,
        by_hand="×{:g}",
    ),
    Setting(
        "untimed",
        False,
        tr_noop("No countdown: each step lasts until you move on to the next."),
        tr_noop("No countdown: I'll say when to move on"),
        "timing",
        "check",
    ),
    Setting(
        "add_warm_up",
        False,
        tr_noop("Two minutes of gentle warming before each massage routine."),
        tr_noop("Begin each routine with a short warm-up"),
        "timing",
        "check",
    ),
    Setting(
        "add_cool_down",
        False,
        tr_noop("Two minutes of slow, settling strokes after each massage routine."),
        tr_noop("End each routine with a short cool-down"),
        "timing",
        "check",
    ),
    Setting(
        "safety_check",
        True,
        tr_noop("Ask the safety questions before each session."),
        tr_noop("Ask the safety questions before each session"),
        "timing",
        "check",
    ),
    Setting(
        "function_offer",
        True,
        tr_noop("After a session, at most once a week, offer a few questions about how daily life is going."),
        tr_noop("Once a week, ask how daily life is going"),
        "timing",
        "check",
    ),
    # -- about you
    Setting(
        "profile_cause",
        "",
        tr_noop("What caused the neuropathy, if the person chose to say."),
        tr_noop("What caused the neuropathy"),
        "about",
        "choice",
        choices=CAUSES,
    ),
    Setting(
        "foot_thermometer",
        False,
        tr_noop(
            "After the daily foot check, offer to write down both feet's skin temperature: a foot warmer "
            "than the other can be the first sign of a problem in a foot too numb to hurt."
        ),
        tr_noop("I have a foot skin thermometer"),
        "about",
        "check",
    ),
    Setting(
        "profile_places",
        (),
        tr_noop("Where the symptoms are, such as the left foot and the right foot."),
        tr_noop("Where the symptoms are"),
        "about",
        "places",
        check=_places_problem,
    ),
    Setting(
        "profile_birth",
        "",
        tr_noop("Your date of birth, printed on the report for your clinician. You may leave it empty."),
        tr_noop("Date of birth (optional)"),
        "about",
        "date",
        check=day_problem,
    ),
    Setting(
        "profile_in_bed",
        False,
        tr_noop("Suggest first the routines that can be done lying in bed or sitting back in a recliner."),
        tr_noop("Mostly in bed or in a recliner"),
        "about",
        "check",
    ),
    # -- who gives the massage
    Setting(
        "caregiver_mode",
        False,
        tr_noop("A caregiver gives the massage: the instructions and the voice speak to the helper."),
        tr_noop("A caregiver gives it: speak to the helper"),
        "who",
        "check",
    ),
    Setting(
        "caregiver_name",
        "",
        tr_noop("The name of the caregiver who last helped, offered again next time."),
        tr_noop("Helper's name"),
        "who",
        "text",
        placeholder=tr_noop("the helper's name (optional)"),
    ),
    # -- my contacts: the person's own numbers, shown whenever NeuroGuide says whom to call
    _contact(
        "contact_emergency",
        tr_noop("Your local emergency number, as you would dial it, such as 999, 112 or 911."),
        tr_noop("for example 999, 112 or 911"),
    ),
    _contact(
        "contact_helpline",
        tr_noop("Your cancer team's helpline: its name and number, as you would dial it."),
        "",
    ),
    _contact(
        "contact_foot_clinic", tr_noop("Your foot clinic: its name and number, as you would dial it."), ""
    ),
    _contact("contact_doctor", tr_noop("Your doctor: their name and number, as you would dial it."), ""),
    # -- the report for your clinician
    Setting(
        "last_visit",
        "",
        tr_noop(
            "The day of your last appointment. The report's first page says what changed since then; "
            "left empty, it looks at the whole period of the report."
        ),
        tr_noop("Date of your last appointment"),
        "report",
        "date",
        check=day_problem,
    ),
    Setting(
        "report_paper",
        "",
        tr_noop("The paper the report is laid out on: A4, Letter, or the one your computer is set to."),
        tr_noop("Paper size"),
        "report",
        "choice",
        choices=PAPERS,
    ),
    # -- the morning reminder
    Setting(
        "reminder_on",
        False,
        tr_noop("Remind me each morning to do my routine."),
        tr_noop("Remind me to do my routine"),
        "reminder",
        "check",
    ),
    Setting(
        "reminder_time",
        "08:00",
        tr_noop("The time of the reminder, as HH:MM."),
        tr_noop("Time"),
        "reminder",
        "time",
        check=_clock_time_problem,
    ),
    Setting(
        "reminder_days",
        DAY_NAMES,
        tr_noop("The days of the reminder."),
        tr_noop("Days"),
        "reminder",
        "days",
        choices=DAYS,
    ),
    Setting(
        "reminder_routine",
        "foot-care",
        tr_noop("The routine the reminder starts."),
        tr_noop("Routine"),
        "reminder",
        "routine",
    ),
    Setting(
        "reminder_way",
        "notification",
        tr_noop(
            "How the reminder comes: as the desktop's own notification, with Start, Snooze and Skip, or "
            "as a small window that comes to the front. Where the desktop shows no notifications, it is "
            "the window."
        ),
        tr_noop("Show the reminder as"),
        "reminder",
        "choice",
        choices=REMINDER_WAYS,
    ),
    Setting(
        "start_with_desktop",
        True,
        tr_noop("Start NeuroGuide when you log in, so reminders can come."),
        tr_noop("Start with the desktop when I log in"),
        "reminder",
        "check",
    ),
    Setting(
        "start_minimised",
        False,
        tr_noop("Start in the background, without the window."),
        tr_noop("Start in the background, without the window"),
        "reminder",
        "check",
    ),
    *VOICE_SETTINGS,
    *KEPT_FOR_THE_APP,  # never shown in the dialog (core/settings/kept.py)
)
BY_KEY = {setting.key: setting for setting in DECLARED}
