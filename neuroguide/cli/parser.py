"""The ``neuroguide`` command line: its options, subcommands and their arguments."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from neuroguide import APP_NAME, __version__
from neuroguide.core.languages import LANGUAGES

# argparse's own type for the object add_subparsers returns
_Commands = argparse._SubParsersAction


TRANSLATED_AND_SOURCE = tuple(LANGUAGES)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuroguide",
        description=f"{APP_NAME}: guided hand and foot self-massage for people with peripheral neuropathy.",
        epilog="With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="use this folder for settings, your own routines and history (default: your user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=TRANSLATED_AND_SOURCE,
        metavar="LANGUAGE",
        help="show words in this language (%(choices)s); default: the system's (LANG)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start without the window, for reminders (as when starting with the desktop)",
    )
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add NeuroGuide to your desktop's menu, with its icon (for a pip or pipx install)",
    )
    menu.add_argument(
        "--remove-desktop-entry",
        action="store_true",
        help="take NeuroGuide's menu entry and icon away again (your data stays)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_routine_commands(commands)
    _add_history_commands(commands)
    _add_reminder_commands(commands)
    _add_safety_commands(commands)
    commands.add_parser(
        "doctor",
        help="check what works here: data folder, routines, speech engine and voices, sound, display",
    )
    return parser


def _add_routine_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    validate = commands.add_parser("validate", help="check routine files and folders; list every problem")
    validate.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a routine .toml file or a folder"
    )

    routines = commands.add_parser("routines", help="list the routines the app loads")
    routines.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _add_history_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    history = commands.add_parser("history", help="your session history")
    history_commands = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    export = history_commands.add_parser("export", help="write your history as CSV or a PDF report")
    export.add_argument("--format", choices=("csv", "pdf"), required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--from", dest="since", type=_day, metavar="YYYY-MM-DD", help="first day (default: 90 days ago)"
    )
    export.add_argument(
        "--to", dest="until", type=_day, metavar="YYYY-MM-DD", help="last day (default: today)"
    )
    export.add_argument(
        "--since-visit",
        dest="visit",
        type=_day,
        metavar="YYYY-MM-DD",
        help="pdf: the day of the last appointment; the first page says what changed since then "
        "(default: the one set in Settings, if any)",
    )
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="pdf: the paper to lay the report out on (default: the one set in Settings, else the locale's)",
    )

    importer = history_commands.add_parser("import", help="read sessions back from a CSV file made by export")
    importer.add_argument("file", type=Path, metavar="FILE")
    history_commands.add_parser(
        "check", help="report the history file, its sessions and backups, and what would be restored"
    )
    summary = history_commands.add_parser(
        "summary",
        help="what the History page says: sessions, which count and why, the week, the run of days, "
        "scores before and after",
    )
    summary.add_argument(
        "--from",
        dest="since",
        type=_day,
        metavar="YYYY-MM-DD",
        help="first day (default: the 182 days up to --to, the six months History first shows)",
    )
    summary.add_argument(
        "--to",
        dest="until",
        type=_day,
        metavar="YYYY-MM-DD",
        help="last day (default: today); the week, the run of days and the day's session are as of it",
    )
    summary.add_argument(
        "--person", metavar="NAME", help="whose history: a name or folder id from People (default: the first)"
    )
    summary.add_argument("--json", action="store_true", help="print JSON (the keys are in the README)")


def _add_reminder_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    reminder = commands.add_parser("reminder", help="the morning reminder")
    reminder_commands = reminder.add_subparsers(dest="reminder_command", metavar="ACTION", required=True)
    ics = reminder_commands.add_parser("ics", help="write the reminder as a calendar file (.ics)")
    ics.add_argument("--out", type=Path, required=True, metavar="FILE")


def _add_safety_commands(commands: _Commands[argparse.ArgumentParser]) -> None:
    safety = commands.add_parser("safety", help="the safety questions and rules, for a clinician to review")
    safety_commands = safety.add_subparsers(dest="safety_command", metavar="ACTION", required=True)
    questions = safety_commands.add_parser("questions", help="every question, its words and its answers")
    questions.add_argument("--json", action="store_true", help="print JSON")
    check = safety_commands.add_parser("check", help="the decision for a routine and a set of answers")
    check.add_argument("routine_id", metavar="ROUTINE_ID")
    check.add_argument(
        "--answer",
        action="append",
        default=[],
        metavar="ID=VALUE",
        help="an answer: yes or no, or places such as left-foot,right-hand (none for none); repeat it",
    )
    check.add_argument("--caregiver", action="store_true", help="as asked of a caregiver")
    check.add_argument("--json", action="store_true", help="print JSON")
    safety_commands.add_parser("rules", help="the whole rule table with its sources, for printing")


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)  # the days a history period may name


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01"
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{text} is out of range; choose a day from {FIRST_DAY} to {LAST_DAY}"
        )
    return day
