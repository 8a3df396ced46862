"""What the History page shows once a file is saved: where it went, with Open, Print… (for the report)
and Show in folder. A line in the page, not a box to close: it goes when the person leaves the page.

Open and Show in folder hand the file to the system's own viewer and file manager. Print asks with Qt's
print dialog and lays the same report out on the chosen printer's pages on the print lane, as the PDF
was, so the window never waits for it. A file that will not open or a print that fails is said in
plain words under the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout, QWidget

from neuroguide.app.announcer import announce
from neuroguide.app.tasks import Done, Tasks
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, FlowLayout, text_label

if TYPE_CHECKING:
    from neuroguide.ui.pages.history import HistoryPage

Opener = Callable[[QUrl], bool]  # QDesktopServices.openUrl: False when nothing here opens it
Reprint = Callable[[QPagedPaintDevice], None]  # lays the report out on a printer's pages
AskPrinter = Callable[[QPrinter, Callable[[], None]], None]  # calls back once the person chose to print


class SavedNote(QFrame):
    """The saved file's line in the page, and its buttons."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNote")
        self.tasks = tasks
        self.opener: Opener = QDesktopServices.openUrl
        self.ask_printer: AskPrinter = self._print_dialog
        self.path: Path | None = None
        self.reprint: Reprint | None = None
        self.paper = "a4"
        self.printer: QPrinter | None = None  # kept while a print is laid out
        self.dialog: QPrintDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.words = text_label("", "small")
        layout.addWidget(self.words)
        row = FlowLayout()
        self.open_button = Button(tr("Open"), icon="report")  # the page's one filled button is the report's
        self.print_button = Button(tr("Print…"), tr("Print the report"))
        self.folder_button = Button(tr("Show in folder"), tr("Show the folder it was saved in"))
        self.open_button.clicked.connect(self.open_file)
        self.print_button.clicked.connect(self.ask_to_print)
        self.folder_button.clicked.connect(self.show_folder)
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        row.addWidget(self.folder_button)
        layout.addLayout(row)
        self.status = text_label("", "small")  # what opening or printing came to
        self.status.hide()
        layout.addWidget(self.status)
        self.hide()

    def show_saved(self, message: str, path: Path, reprint: Reprint | None = None, paper: str = "a4") -> None:
        """``message`` (where it was saved) and the buttons for ``path``; Print only with ``reprint``."""
        self.path, self.reprint, self.paper = path, reprint, paper
        self.words.setText(message)
        report = reprint is not None
        self.open_button.setAccessibleName(tr("Open the report") if report else tr("Open the file"))
        self.print_button.setVisible(report)
        self.print_button.setEnabled(self.printer is None)
        self.say("")
        self.show()
        announce(self.words, message)  # a screen reader hears it where the person is

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            announce(self.status, text)

    # -- open and show ----------------------------------------------------------------------------

    def open_file(self) -> None:
        if self.path is None:
            return
        if not self.path.exists():
            self.say(fill(tr("The file is not there any more: %1."), str(self.path)))
        elif not self.opener(QUrl.fromLocalFile(str(self.path))):
            self.say(
                fill(
                    tr("The file could not be opened: no program here opens it. It is saved as %1."),
                    str(self.path),
                )
            )
        else:
            self.say("")

    def show_folder(self) -> None:
        if self.path is None:
            return
        folder = self.path.parent
        if not self.opener(QUrl.fromLocalFile(str(folder))):
            self.say(fill(tr("The folder %1 could not be shown."), str(folder)))
        else:
            self.say("")

    # -- print ------------------------------------------------------------------------------------

    def ask_to_print(self) -> None:
        if self.reprint is None or self.printer is not None or self.path is None:
            return
        from neuroguide.ui.print.pdf import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper))  # the dialog offers the report's own paper first
        # Printed to a file, the dialog offers the document's name: never the saved report's own
        printer.setDocName(fill(tr("%1 (printed)"), self.path.stem))
        self.ask_printer(printer, lambda: self.print_to(printer))

    def _print_dialog(self, printer: QPrinter, then: Callable[[], None]) -> None:
        """Qt's print dialog, over the window but not blocking it."""
        dialog = QPrintDialog(printer, self.window())
        dialog.setWindowTitle(window_title(tr("Print the report")))
        dialog.accepted.connect(then)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as QDialog.open(), never exec()
        dialog.show()

    def _dialog_closed(self, dialog: QPrintDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> None:
        """Lay the report out on ``printer`` on the print lane; the page says how it went."""
        reprint = self.reprint
        if reprint is None or self.printer is not None:
            return
        from neuroguide.ui.print.pdf import RESOLUTION

        self.printer = printer
        printer.setResolution(RESOLUTION)  # the layout's own: the chart is drawn as sharp as in the PDF
        self.print_button.setEnabled(False)
        self.say(tr("Printing the report…"))
        self.tasks.run(lambda: print_privately(reprint, printer), self._printed, lane="print")

    def _printed(self, done: Done[None]) -> None:
        printer, self.printer = self.printer, None
        self.print_button.setEnabled(True)
        if done.error is not None or printer is None:
            self.say(printing_failed_words(done.error))
        elif printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            self.say(fill(tr("The report was printed to the file %1."), printer.outputFileName()))
        else:
            name = printer.printerName() or tr("the printer")
            self.say(fill(tr("The report was sent to %1."), name))

    # -- leaving the page -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The note goes when its page is left, as the page's other notices do."""
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.hide()
        return False


def print_privately(reprint: Reprint, printer: QPrinter) -> None:
    """Print; a report printed to a file is kept for its owner alone, as the saved PDF is."""
    reprint(printer)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).chmod(0o600)


def printing_failed_words(error: BaseException | None) -> str:
    detail = str(error) if error is not None and str(error) else tr("the printer did not answer")
    return fill(
        tr("The report could not be printed: %1. The PDF is saved; you can open it and print it from there."),
        detail,
    )


def saved_note(page: HistoryPage, tasks: Tasks) -> SavedNote:
    """The page's saved-file note, made under its notice the first time."""
    found = page.findChild(SavedNote)
    if isinstance(found, SavedNote):
        return found
    notice = page.notice
    holder = notice.parentWidget()
    assert holder is not None
    layout = holder.layout()
    assert isinstance(layout, QBoxLayout)
    note = SavedNote(tasks, holder)
    layout.insertWidget(layout.indexOf(notice) + 1, note)
    page.installEventFilter(note)
    # Tab goes from the button that saved it to the note's, not to them after the whole page
    QWidget.setTabOrder(page.report_button, note.open_button)
    QWidget.setTabOrder(note.open_button, note.print_button)
    QWidget.setTabOrder(note.print_button, note.folder_button)
    return note
