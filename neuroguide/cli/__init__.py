"""The ``neuroguide`` command: the window by default, and subcommands for routine authors and support.

Qt is imported only when the window opens, so the subcommands start fast and work without a display.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide import APP_NAME, __version__
from neuroguide.system.datadir import default_data_dir, load_routine_library

if TYPE_CHECKING:
    from neuroguide.core.library import Library
    from neuroguide.store.history import HistoryStore, Marker, SessionRecord


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
        "--background",
        action="store_true",
        help="start without the window, for reminders (as when starting with the desktop)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check routine files and folders; list every problem")
    validate.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a routine .toml file or a folder"
    )

    routines = commands.add_parser("routines", help="list the routines the app loads")
    routines.add_argument("--json", action="store_true", help="print JSON instead of a table")

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

    importer = history_commands.add_parser("import", help="read sessions back from a CSV file made by export")
    importer.add_argument("file", type=Path, metavar="FILE")
    history_commands.add_parser(
        "check", help="report the history file, its sessions and backups, and what would be restored"
    )

    reminder = commands.add_parser("reminder", help="the morning reminder")
    reminder_commands = reminder.add_subparsers(dest="reminder_command", metavar="ACTION", required=True)
    ics = reminder_commands.add_parser("ics", help="write the reminder as a calendar file (.ics)")
    ics.add_argument("--out", type=Path, required=True, metavar="FILE")

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

    commands.add_parser(
        "doctor",
        help="check what works here: data folder, routines, speech engine and voices, sound, display",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command == "validate":
        return validate(args.paths)
    if args.command == "routines":
        return list_routines(load_routine_library(data_dir), as_json=args.json)
    if args.command == "history" and args.history_command == "import":
        return import_history(data_dir, args.file)
    if args.command == "history" and args.history_command == "check":
        return check_history(data_dir)
    if args.command == "history":
        return export_history(data_dir, args.format, args.out, args.since, args.until)
    if args.command == "reminder":
        return write_ics(data_dir, args.out)
    if args.command == "safety":
        from neuroguide.cli import safety_review

        return safety_review.run(args, data_dir)
    if args.command == "doctor":
        from neuroguide.cli import doctor

        return doctor.run(data_dir)
    from neuroguide.ui.shell import run  # the window: only now is Qt loaded

    return run(data_dir, background=args.background)


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


def open_history(data_dir: Path, read_only: bool = False) -> HistoryStore | None:
    """The history, or None after saying plainly why it cannot be opened; what opening it found
    (a restore, an upgrade) is said too.

    ``read_only`` (export, check): the file is only read, never moved, restored or changed."""
    from neuroguide.store.database import HistoryError
    from neuroguide.store.history import HistoryStore

    try:
        store = HistoryStore(data_dir, read_only)
    except HistoryError as error:
        print(f"{APP_NAME}: the history cannot be opened: {error}", file=sys.stderr)
        return None
    for message in store.report.messages:
        print(f"{APP_NAME}: {message}", file=sys.stderr)
    return store


def export_history(data_dir: Path, kind: str, out: Path, since: date | None, until: date | None) -> int:
    from neuroguide.store.export import write_csv

    today = datetime.now().astimezone().date()
    until = until or today
    if kind == "pdf":
        since = since or until - timedelta(days=89)
    if since is not None and since > until:
        print(f"The period starts ({since}) after it ends ({until}).", file=sys.stderr)
        return 2
    store = open_history(data_dir, read_only=True)
    if store is None:
        return 1
    with store:
        try:
            records = store.sessions(since, until)
            markers = store.markers(since, until)
        except sqlite3.Error as error:
            print(f"{APP_NAME}: the history cannot be read ({_sqlite_words(error)})", file=sys.stderr)
            return 1
    try:
        if kind == "csv":
            write_csv(records, out)  # 0600, whole or not at all
        else:
            write_pdf(records, markers, since or until, until, out)
    except OSError as error:
        print(f"{APP_NAME}: {out} cannot be written ({error.strerror or error})", file=sys.stderr)
        return 1
    print(f"{len(records)} session(s) written to {out}", file=sys.stderr)
    return 0


def import_history(data_dir: Path, file: Path) -> int:
    from neuroguide.store.importer import ImportRefusedError, check_csv, import_file

    try:
        checked = check_csv(file)  # every row, before the history is even opened
    except ImportRefusedError as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"Nothing was imported: {len(refused.problems)} problem(s) in {file}.", file=sys.stderr)
        return 1
    from neuroguide.system.folder_lock import FolderLock

    lock = FolderLock(data_dir)  # the window showing this person holds it too: never both write
    try:
        if not lock.acquire("import"):
            print(
                f"{APP_NAME}: nothing was imported: {APP_NAME} is open for {data_dir} "
                f"({lock.holder().describe()}). Close it, or switch it to someone else, and try again.",
                file=sys.stderr,
            )
            return 1
    except OSError as error:
        print(
            f"{APP_NAME}: no lock can be taken ({error.strerror or error}); importing without one.",
            file=sys.stderr,
        )
    try:
        store = open_history(data_dir)
        if store is None:
            return 1
        with store:
            try:
                result = import_file(store, checked)
            except ImportRefusedError as refused:  # the file changed between the check and the import
                for problem in refused.problems:
                    print(problem, file=sys.stderr)
                return 1
            except sqlite3.Error as error:
                print(
                    f"{APP_NAME}: the history cannot be written ({_sqlite_words(error)}). Sessions imported "
                    "before this are kept; importing the file again skips them.",
                    file=sys.stderr,
                )
                return 1
    finally:
        lock.release()
    repeated = ""
    if result.repeated:
        rows = ", ".join(
            f"row {row} repeats row {first}" for row, first in list(result.repeated.items())[:10]
        )
        more = f" and {len(result.repeated) - 10} more" if len(result.repeated) > 10 else ""
        repeated = f"; {len(result.repeated)} repeated inside the file, imported once ({rows}{more})"
    print(
        f"{result.imported} session(s) imported; {result.present} already in your history{repeated}.",
        file=sys.stderr,
    )
    return 0


def _sqlite_words(error: sqlite3.Error) -> str:
    from neuroguide.store.history import is_busy

    text = str(error)
    if is_busy(error):
        return "another program has been writing to it for too long; try again when it is done"
    if "no such table" in text or "no such column" in text:
        return f"the file is incomplete ({text}); 'neuroguide history check' shows its backups"
    if "readonly" in text or "read-only" in text:
        return "the data folder is read-only"
    if "full" in text:
        return "the disk is full"
    return text


def check_history(data_dir: Path) -> int:
    """What the history file and its backups hold, and what would be restored; nothing is changed."""
    from neuroguide.store.database import VERSION, check_history

    found = check_history(data_dir)
    print(f"History file: {found.path}")
    if found.state == "missing":
        print("  not there")
    else:
        size = f"{found.size:,} bytes" if found.size is not None else "size unknown"
        if found.state == "ok":
            print(f"  {size}; format {found.version} (this version reads up to {VERSION}); integrity ok")
            print(f"  {found.sessions} session(s)")
        else:
            print(f"  {size}; {'empty' if found.state == 'empty' else 'damaged: it cannot be read as it is'}")
    print(f"Backups in {found.path.parent / 'backups'}:")
    for backup in found.backups:
        held = "damaged or unreadable" if backup.sessions is None else f"{backup.sessions} session(s)"
        print(f"  {backup.day}  {held}  ({backup.path.name})")
    if not found.backups:
        print("  none yet (one is made each day the app runs)")
    for copy in found.damaged_copies:
        print(f"Damaged copy kept: {copy.name}")
    if found.would_restore is not None:
        print(
            f"Would restore: the backup of {found.would_restore.day} "
            f"({found.would_restore.sessions} session(s)), the next time the app opens your history."
        )
    elif found.state == "damaged":
        print("Would restore: nothing, no good backup was found; a new, empty history would be started.")
    else:
        print("Would restore: nothing; the history file is as it should be.")
    print("Nothing was changed.", file=sys.stderr)
    return 0 if found.fine else 1


def write_ics(data_dir: Path, out: Path) -> int:
    """The reminder as set in Settings (time, days, routine), as an iCalendar file."""
    from neuroguide.core.files import printable
    from neuroguide.core.schedule import ReminderPlan
    from neuroguide.core.settings import Settings
    from neuroguide.system.calendar_file import write_reminder_calendar
    from neuroguide.system.datadir import settings_path

    settings = Settings.load(settings_path(data_dir))
    for problem in settings.problems:  # the calendar is made from the defaults for these
        print(f"{APP_NAME}: {printable(problem)}", file=sys.stderr)
    zone: tzinfo
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(_system_zone_name())
    except (KeyError, ValueError, OSError):
        zone = datetime.now().astimezone().tzinfo or UTC  # today's offset, when the zone has no name
    try:
        plan = ReminderPlan.from_settings(
            settings.text("reminder_time"), settings.listed("reminder_days"), zone
        )
    except ValueError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return 1
    routine = load_routine_library(data_dir).get(settings.text("reminder_routine"))
    title = routine.title if routine else "Morning routine"
    minutes = max(1, round(routine.total_seconds / 60)) if routine else 10
    try:
        write_reminder_calendar(plan, title, minutes, datetime.now().astimezone().date(), out)
    except ValueError as error:
        print(f"{APP_NAME}: {error}; choose some in Settings.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{APP_NAME}: {out} cannot be written ({error.strerror or error})", file=sys.stderr)
        return 1
    print(f"The reminder ({title}, {settings.text('reminder_time')}) was written to {out}", file=sys.stderr)
    return 0


def _system_zone_name() -> str:
    """The local IANA zone name without Qt: TZ, then /etc/localtime's link."""
    import os

    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        return name
    link = Path("/etc/localtime").resolve()
    parts = link.parts
    return "/".join(parts[parts.index("zoneinfo") + 1 :]) if "zoneinfo" in parts else "UTC"


def write_pdf(
    records: list[SessionRecord], markers: list[Marker], since: date, until: date, out: Path
) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file is made; no window is shown
    from PySide6.QtWidgets import QApplication

    from neuroguide.ui.print.report import write_report

    app = QApplication.instance() or QApplication(["neuroguide"])
    write_report(records, markers, since, until, out, datetime.now().astimezone())
    del app


def validate(paths: Sequence[Path]) -> int:
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir

    # The app reads the shipped routines first, so a file reusing one of their ids is refused there.
    shipped = load_library([routines_dir()], illustration_bases())
    taken = {routine.id: routine.origin for routine in shipped.routines}
    library = load_library(paths, illustration_bases(), missing_ok=False, taken=taken)
    for problem in library.problems:
        print(problem)
    count = len(library.routines)
    if library.problems:
        print(f"{len(library.problems)} problem(s) found; {count} routine(s) valid.", file=sys.stderr)
        return 1
    print(f"{count} routine(s) valid.", file=sys.stderr)
    return 0


def list_routines(library: Library, as_json: bool) -> int:
    from neuroguide.core.files import printable  # titles and file names come from files

    rows = [
        {
            "id": routine.id,
            "title": printable(routine.title),
            "area": routine.area,
            "performer": routine.performer,
            "minutes": round(routine.total_seconds / 60, 1),
            "steps": len(routine.plan()),
            "file": printable(routine.origin),
        }
        for routine in library.routines
    ]
    if as_json:
        import json

        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        widths = [max([len(header), *(len(str(row[key])) for row in rows)]) for key, header in _COLUMNS]
        print("  ".join(header.ljust(width) for (_, header), width in zip(_COLUMNS, widths, strict=True)))
        for row in rows:
            print(
                "  ".join(
                    str(row[key]).ljust(width) for (key, _), width in zip(_COLUMNS, widths, strict=True)
                )
            )
    if library.problems:
        print(
            f"{len(library.problems)} problem(s) in routine files were skipped; "
            "run 'neuroguide validate' on the file for details.",
            file=sys.stderr,
        )
    return 0


_COLUMNS = (
    ("id", "ID"),
    ("title", "Title"),
    ("area", "Area"),
    ("performer", "Performer"),
    ("minutes", "Minutes"),
)

if __name__ == "__main__":
    sys.exit(main())
