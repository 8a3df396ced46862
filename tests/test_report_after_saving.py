"""After the report (or the CSV) is saved: the History page says where, with Open, Print… and Show in
folder; the report takes the date of birth, the last appointment and the paper from Settings; the days
are checked; and the command line's --since-visit and --paper."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.cli import main
from neuroguide.core.clock import FakeClock
from neuroguide.core.people import FIRST, People
from neuroguide.core.settings import Settings, Value
from neuroguide.core.settings.days import day_problem, given_day
from neuroguide.system.datadir import settings_path
from neuroguide.ui.dialogs.settings.dates import DateRow
from neuroguide.ui.dialogs.settings.dialog import SettingsDialog
from neuroguide.ui.history_controller import HistoryController
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.saved_file import SavedNote
from tests.conftest import WindowOpener
from tests.history_seed import seed

TODAY = datetime(2026, 11, 20, 9, 0).astimezone()
REPORT_SETTINGS: dict[str, Value] = {
    "safety_check": False,
    "profile_birth": "1950-03-14",
    "last_visit": "2026-11-01",
    "report_paper": "letter",
}
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is not installed")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY)


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pages_of(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def page_width(pdf: Path) -> int:
    """The first page's width in points: 612 for Letter, 595 for A4."""
    found = re.search(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", pdf.read_bytes())
    assert found is not None
    return round(float(found.group(1)))


def letter(pdf: Path) -> bool:
    return page_width(pdf) == 612


# -- the days, checked ---------------------------------------------------------------------------


def test_a_day_given_is_a_real_day_up_to_today() -> None:
    today = date(2026, 11, 20)
    assert day_problem("", today) is None  # not given
    assert day_problem("1950-03-14", today) is None
    assert day_problem("2026-11-20", today) is None  # an appointment this morning
    assert "no later than today" in (day_problem("2026-11-21", today) or "")
    assert "from 1900" in (day_problem("1899-12-31", today) or "")
    for wrong in ("14/03/1950", "2026-02-30", "19500314", "1950-3-14", "soon"):
        assert "YYYY-MM-DD" in (day_problem(wrong, today) or ""), wrong
    assert given_day("1950-03-14") == date(1950, 3, 14) and given_day("") is None


def test_settings_refuse_a_birth_or_an_appointment_still_to_come(tmp_path: Path) -> None:
    settings = Settings()
    later = (date.today() + timedelta(days=1)).isoformat()
    for key in ("profile_birth", "last_visit"):
        with pytest.raises(ValueError, match="no later than today"):
            settings.set(key, later)
        settings.set(key, "2001-02-03")
        assert settings.text(key) == "2001-02-03"
    with pytest.raises(ValueError):
        settings.set("report_paper", "a3")
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"profile_birth": later, "last_visit": "1st May", "report_paper": "letter"}))
    loaded = Settings.load(file)
    assert loaded.text("profile_birth") == "" and loaded.text("last_visit") == ""
    assert loaded.text("report_paper") == "letter"
    assert len(loaded.problems) == 2


def test_the_days_have_rows_in_settings_that_say_what_is_wrong(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply(qapp)
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    birth, visit = dialog.fields["profile_birth"], dialog.fields["last_visit"]
    assert isinstance(birth, DateRow) and isinstance(visit, DateRow)
    assert birth.edit.accessibleName() == "Date of birth (optional)"
    assert visit.edit.accessibleName() == "Date of your last appointment"
    assert dialog.fields["report_paper"].accessibleName() == "Paper size"
    dialog.show()
    qtbot.waitExposed(dialog)
    assert birth.edit.height() >= style.MIN_TARGET and birth.focusProxy() is birth.edit

    birth.edit.setText("14 March 1950")
    birth.commit()
    assert settings.text("profile_birth") == "1950-03-14" and birth.edit.text() == "14 March 1950"
    assert birth.problem.isHidden()
    birth.edit.setText("1950-03-15")
    birth.commit()
    assert settings.text("profile_birth") == "1950-03-15"

    coming = (date.today() + timedelta(days=3)).isoformat()
    visit.edit.setText(coming)
    visit.commit()
    assert settings.text("last_visit") == "" and visit.edit.text() == coming  # kept to mend
    assert visit.problem.isVisible() and "still to come" in visit.problem.text()
    assert "still to come" in visit.edit.accessibleDescription()
    visit.edit.setText("the first of May")
    visit.commit()
    assert "month in words" in visit.problem.text() and settings.text("last_visit") == ""
    visit.edit.setText("")
    visit.commit()
    assert visit.problem.isHidden() and settings.text("last_visit") == ""

    settings.set("last_visit", "2026-10-02")  # from elsewhere: shown in the open dialog
    assert visit.edit.text() == "2 October 2026"
    dialog.close()


def tab_stops_after(widget: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets that Tab stops at after ``widget``."""
    stops: list[QWidget] = []
    found = widget.nextInFocusChain()
    while len(stops) < count and found is not None and found is not widget:
        if found.isVisible() and found.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(found)
        found = found.nextInFocusChain()
    return stops


def opener(opened: list[QUrl]) -> Callable[[QUrl], bool]:
    """Stands for QDesktopServices.openUrl: keeps what it was asked to open."""

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    return open_url


# -- after saving, in the History page -----------------------------------------------------------


def history_of(
    open_window: WindowOpener, qtbot: QtBot, settings: dict[str, Value]
) -> tuple[MainWindow, HistoryController]:
    """The window on the History page, once the page shows the seeded history."""
    window = open_window(settings=settings, history=True)
    history = window.history
    assert history is not None
    window.show_history()
    qtbot.waitUntil(lambda: history.page.view is not None, timeout=5000)
    return window, history


def saved_report(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, out: Path
) -> tuple[MainWindow, HistoryController, SavedNote]:
    seed(data_dir, 90, TODAY)
    people = People.load(data_dir)
    people.rename(FIRST, "Robert Miller")
    people.save()
    window, history = history_of(open_window, qtbot, REPORT_SETTINGS)
    said: list[str] = []
    history.export("pdf", out, said.append)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
    assert said == [f"The report for your clinician was saved to {out}."]
    note = history.page.findChild(SavedNote)
    assert isinstance(note, SavedNote)
    return window, history, note


@needs_pdftotext
def test_the_report_takes_the_birth_the_appointment_and_the_paper_from_settings(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    window, _history, _note = saved_report(open_window, qtbot, data_dir, out)
    words = text_of(out)
    assert "Robert Miller" in words and "Date of birth: 14 Mar 1950" in words
    assert "Since your last appointment, on 1 Nov 2026" in words
    assert letter(out)
    window.close()


def test_the_saved_report_can_be_opened_shown_and_printed(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    window, history, note = saved_report(open_window, qtbot, data_dir, out)
    assert note.isVisible() and history.page.notice.isHidden()  # a line in the page, not a box
    assert note.words.text() == f"The report for your clinician was saved to {out}."
    buttons = (note.open_button, note.print_button, note.folder_button)
    assert [b.text() for b in buttons] == ["Open", "Print…", "Show in folder"]
    for button in buttons:
        assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.width() >= style.MIN_TARGET and button.height() >= style.MIN_TARGET
    assert note.open_button.accessibleName() == "Open the report"
    assert tab_stops_after(history.page.report_button, 3) == list(buttons)  # next to what saved it

    opened: list[QUrl] = []
    note.opener = opener(opened)
    qtbot.mouseClick(note.open_button, Qt.MouseButton.LeftButton)
    note.folder_button.setFocus()
    qtbot.keyClick(note.folder_button, Qt.Key.Key_Return)  # by keyboard too
    qtbot.waitUntil(lambda: len(opened) == 2)  # Enter presses the button as a click shows it
    assert [url.toLocalFile() for url in opened] == [str(out), str(tmp_path)]
    assert note.status.isHidden()

    printed = tmp_path / "printed.pdf"

    def to_a_file(printer: QPrinter, then: Callable[[], None]) -> None:  # as the dialog's Print does
        assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.Letter
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        then()

    note.ask_printer = to_a_file
    qtbot.mouseClick(note.print_button, Qt.MouseButton.LeftButton)
    assert note.status.text() == "Printing the report…" and not note.print_button.isEnabled()
    qtbot.waitUntil(lambda: note.print_button.isEnabled(), timeout=15_000)
    assert note.status.text() == f"The report was printed to the file {printed}."
    assert pages_of(printed) == pages_of(out) >= 2 and letter(printed)
    assert printed.stat().st_mode & 0o777 == 0o600  # health details, for the person alone
    if shutil.which("pdftotext"):
        words = text_of(printed)
        assert "Robert Miller" in words and "Date of birth: 14 Mar 1950" in words

    window.show_library()
    window.show_history()  # a later visit: the note is gone with the page's other notices
    assert note.isHidden()
    window.close()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word for the printer that did not start
def test_a_file_that_will_not_open_or_print_says_so(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    window, _history, note = saved_report(open_window, qtbot, data_dir, out)
    note.opener = lambda _url: False  # no program here opens a PDF
    note.open_button.click()
    assert note.status.text() == (
        f"The file could not be opened: no program here opens it. It is saved as {out}."
    )
    note.folder_button.click()
    assert note.status.text() == f"The folder {tmp_path} could not be shown."
    out.unlink()
    note.open_button.click()
    assert note.status.text() == f"The file is not there any more: {out}."

    def nowhere(printer: QPrinter, then: Callable[[], None]) -> None:  # a printer that will not start
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
        then()

    note.ask_printer = nowhere
    note.print_button.click()
    qtbot.waitUntil(lambda: note.print_button.isEnabled(), timeout=15_000)
    assert note.status.text() == (
        "The report could not be printed: the printer could not be started. The PDF is saved; you can"
        " open it and print it from there."
    )
    window.close()


def test_a_saved_csv_can_be_opened_but_not_printed(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    seed(data_dir, 10, TODAY)
    window, history = history_of(open_window, qtbot, {"safety_check": False})
    said: list[str] = []
    out = tmp_path / "all.csv"
    history.export("csv", out, said.append)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=5000)
    note = history.page.findChild(SavedNote)
    assert isinstance(note, SavedNote) and note.isVisible()
    assert note.open_button.isVisible() and note.print_button.isHidden()
    assert note.open_button.accessibleName() == "Open the file"
    opened: list[QUrl] = []
    note.opener = opener(opened)
    note.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(out))]
    history.export("csv", tmp_path / "no such folder" / "all.csv", said.append)  # then one that fails
    qtbot.waitUntil(lambda: len(said) == 2, timeout=5000)
    assert note.isHidden() and history.page.notice.text() == said[-1]
    window.close()


# -- the command line ----------------------------------------------------------------------------


def export(data_dir: Path, out: Path, *flags: str) -> int:
    command = ["--data-dir", str(data_dir), "history", "export", "--out", str(out)]
    return main([*command, "--from", "2026-09-01", "--to", "2026-11-20", *flags])


@needs_pdftotext
def test_the_command_line_takes_the_last_appointment_and_the_paper(
    qapp: QApplication, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir, 90, TODAY)
    settings_path(data_dir).write_text(json.dumps(REPORT_SETTINGS))
    out = tmp_path / "from-settings.pdf"
    assert export(data_dir, out, "--format", "pdf") == 0
    words = text_of(out)
    assert "Date of birth: 14 Mar 1950" in words and "Since your last appointment, on 1 Nov 2026" in words
    assert letter(out)
    out = tmp_path / "given.pdf"
    assert export(data_dir, out, "--format", "pdf", "--since-visit", "2026-10-15", "--paper", "a4") == 0
    words = text_of(out)
    assert "Since your last appointment, on 15 Oct 2026" in words and "14 Mar 1950" in words
    assert page_width(out) == 595  # A4
    capsys.readouterr()

    assert export(data_dir, tmp_path / "h.csv", "--format", "csv", "--paper", "a4") == 2
    assert "use them with --format pdf" in capsys.readouterr().err
    later = (date.today() + timedelta(days=2)).isoformat()
    assert export(data_dir, tmp_path / "r.pdf", "--format", "pdf", "--since-visit", later) == 2
    assert "cannot be after today" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        export(data_dir, tmp_path / "r.pdf", "--format", "pdf", "--paper", "a3")
    assert not (tmp_path / "h.csv").exists() and not (tmp_path / "r.pdf").exists()
