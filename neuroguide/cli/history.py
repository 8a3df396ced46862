"""``neuroguide history``: export, import and check the session history without the window."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide import APP_NAME

if TYPE_CHECKING:
    from neuroguide.store.history import HistoryStore


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


def export_history(
    data_dir: Path,
    kind: str,
    out: Path,
    since: date | None,
    until: date | None,
    *,
    visit: date | None = None,
    paper: str | None = None,
    language: str = "",
) -> int:
    """``visit`` (the last appointment) and ``paper``: the report's, else the ones set in Settings;
    the report is in ``language`` (from --lang), else the one the person chose, else the system's."""
    today = datetime.now().astimezone().date()
    until = until or today
    if kind == "pdf":
        since = since or until - timedelta(days=89)
    if since is not None and since > until:
        print(f"The period starts ({since}) after it ends ({until}).", file=sys.stderr)
        return 2
    if kind != "pdf" and (visit is not None or paper is not None):
        print("--since-visit and --paper are for the report: use them with --format pdf.", file=sys.stderr)
        return 2
    if visit is not None and visit > today:
        print(f"The last appointment ({visit}) cannot be after today ({today}).", file=sys.stderr)
        return 2
    store = open_history(data_dir, read_only=True)
    if store is None:
        return 1
    with store:
        try:
            if kind == "pdf":
                count = write_pdf(store, since or until, until, out, visit, paper, language)
            else:
                count = _export_csv(store, out, since, until)
        except sqlite3.Error as error:
            print(f"{APP_NAME}: the history cannot be read ({sqlite_words(error)})", file=sys.stderr)
            return 1
        except OSError as error:
            print(f"{APP_NAME}: {out} cannot be written ({error.strerror or error})", file=sys.stderr)
            return 1
    print(f"{count} session(s) written to {out}", file=sys.stderr)
    return 0


def _export_csv(store: HistoryStore, out: Path, since: date | None, until: date) -> int:
    """The CSV row by row (0600, whole or not at all). How many sessions were written."""
    from neuroguide.store.export import export_csv

    return export_csv(store, out, since, until)


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
                    f"{APP_NAME}: the history cannot be written ({sqlite_words(error)}). Sessions imported "
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


def sqlite_words(error: sqlite3.Error) -> str:
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


def _in_language(choice: str, unit: str) -> None:
    """The report's words, dates and temperatures in the language chosen, as the window's are."""
    from PySide6.QtCore import QCoreApplication

    from neuroguide.core import translation
    from neuroguide.ui.kit.language import apply_language
    from neuroguide.ui.kit.temperatures import use_unit

    translation.use(QCoreApplication.translate)
    apply_language(choice)
    use_unit(unit)


def write_pdf(
    store: HistoryStore,
    since: date,
    until: date,
    out: Path,
    visit: date | None,
    paper: str | None,
    language: str = "",
) -> int:
    """The report, a stretch of sessions at a time (0600, whole or not at all), named for the person
    whose folder it is, with the date of birth, the last appointment and the paper from their
    Settings unless ``visit`` or ``paper`` are given."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file is made; no window is shown
    from PySide6.QtWidgets import QApplication

    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import settings_path
    from neuroguide.ui.print.inputs import ReportInputs, report_inputs
    from neuroguide.ui.print.report import write_report_of

    app = QApplication.instance() or QApplication(["neuroguide"])
    settings = Settings.load(settings_path(store.data_dir))
    _in_language(language or settings.text("language"), settings.text("temperature_unit"))
    given = report_inputs(settings)
    chosen = ReportInputs(given.birth, visit or given.visit, paper or given.paper)
    count = write_report_of(store, since, until, out, datetime.now().astimezone(), chosen)
    del app
    return count
