"""Saving the history as a file the person chose: every session as CSV, or the report for the clinician.

The CSV is written row by row on the history thread; the report's figures are gathered there a stretch
of sessions at a time, its chart drawn on the GUI thread (a graphics scene lives there), and the PDF laid
out and printed on the print lane of ``Tasks``.
Whatever happens, the caller's ``done`` hears one plain sentence, and the page shows it until the person
leaves: a file that cannot be written is the chosen folder's trouble, never told as the history's.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.tasks import Done, Tasks
from neuroguide.core.clock import Clock
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.words import sessions_words
from neuroguide.ui.print.inputs import ReportInputs, report_inputs

if TYPE_CHECKING:
    from neuroguide.store.history import HistoryStore
    from neuroguide.ui.pages.history import HistoryPage
    from neuroguide.ui.saved_file import Reprint

    Finished = Callable[[str, Path | None, Reprint | None], None]  # the words; the file saved, its reprint

HISTORY_DAYS = 90  # the report's period when the page has not shown one yet


def suggested_name(kind: str, made: datetime) -> str:
    day = made.date().isoformat()
    return f"neuroguide-history-{day}.csv" if kind == "csv" else f"neuroguide-report-{day}.pdf"


def not_saved_words(error: BaseException, out: Path) -> str:
    """Why ``out`` could not be written, in plain words that name its folder."""
    folder = str(out.parent)
    code = error.errno if isinstance(error, OSError) else None
    if code == errno.ENOENT:
        reason = fill(tr("the folder %1 does not exist"), folder)
    elif code == errno.ENOTDIR:
        reason = fill(tr("%1 is not a folder"), folder)
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = fill(tr("the folder %1 cannot be written to"), folder)
    elif code == errno.ENOSPC:
        reason = fill(tr("the disk that holds %1 is full"), folder)
    else:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        reason = fill(tr("it could not be written in %1 (%2)"), folder, detail)
    return fill(tr("The file could not be saved: %1. Please choose another folder."), reason)


def export(
    bridge: HistoryBridge,
    tasks: Tasks,
    clock: Clock,
    page: HistoryPage,
    kind: str,
    out: Path,
    done: Callable[[str], None] | None = None,
    settings: Settings | None = None,
) -> None:
    """Save ``kind`` ("csv" or "pdf") to ``out``; ``done`` gets the sentence the page shows. Saved,
    the page shows where, with Open (and Print for the report); not saved, why."""
    inputs = report_inputs(settings)
    from neuroguide.ui.print.pdf import paper_of_locale

    paper = inputs.paper or paper_of_locale()

    def finished(message: str, saved: Path | None = None, reprint: Reprint | None = None) -> None:
        from neuroguide.ui.saved_file import saved_note  # Qt's printing, loaded once a file is saved

        note = saved_note(page, tasks)
        if saved is not None:
            page.show_notice("")
            note.show_saved(message, saved, reprint, paper)
        else:
            note.hide()
            page.show_notice(message)
        if done is not None:
            done(message)

    if kind == "csv":
        _export_csv(bridge, out, finished)
    else:
        made = clock.now()
        since = page.view.since if page.view is not None else made.date() - timedelta(days=HISTORY_DAYS - 1)
        _export_report(bridge, tasks, out, since, made, finished, inputs._replace(paper=paper))


def _export_csv(bridge: HistoryBridge, out: Path, finished: Finished) -> None:
    from neuroguide.store.export import export_csv

    def write(store: HistoryStore) -> tuple[str, Path | None]:
        try:
            count = export_csv(store, out)  # row by row; 0600, whole or not at all
        except OSError as error:  # the file chosen, not the history: said here, not as a history problem
            return not_saved_words(error, out), None
        return fill(tr("%1 saved to %2."), sessions_words(count), str(out)), out

    bridge.ask(
        write,
        lambda said: finished(said[0], said[1], None),
        lambda _error: finished(tr("The file could not be made: the history cannot be read."), None, None),
    )


def _export_report(
    bridge: HistoryBridge,
    tasks: Tasks,
    out: Path,
    since: date,
    made: datetime,
    finished: Finished,
    inputs: ReportInputs,
) -> None:
    from neuroguide.ui.print.report import ReportParts, print_on, read_report, save_report

    today = made.date()

    def printed(parts: ReportParts, outcome: Done[None]) -> None:
        if outcome.error is not None:
            finished(not_saved_words(outcome.error, out), None, None)
        else:
            words = fill(tr("The report for your clinician was saved to %1."), str(out))
            finished(words, out, lambda printer: print_on(parts, made, printer))

    def save(parts: ReportParts) -> None:  # printed off the GUI thread, on the print lane
        save_report(parts, since, today, out, made, tasks, lambda done: printed(parts, done), inputs.paper)

    bridge.ask(
        # on the history thread, a stretch at a time
        lambda store: read_report(store, since, today, visit=inputs.visit, birth=inputs.birth),
        save,
        lambda _error: finished(tr("The report could not be made: the history cannot be read."), None, None),
    )
