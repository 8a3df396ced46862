"""Adding a marker to the history: a day that matters, such as an infusion or a new medicine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from neuroguide.core.translation import tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.steady import steady
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, text_label


class MarkerDialog(QDialog):
    """Asks for the day and what happened; ``add(day, words)`` hears them when the person adds it."""

    def __init__(self, parent: QWidget, add: Callable[[date, str], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(tr("Add a marker")))
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(tr("Mark a day that matters, such as an infusion or a new medicine."), "lead")
        )
        form = QFormLayout()
        self.day = steady(QDateEdit(QDate.currentDate()))
        self.day.setCalendarPopup(True)
        self.day.setMinimumHeight(style.MIN_TARGET)
        self.day.setAccessibleName(tr("Day"))
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("for example: infusion"))
        self.label.setMinimumHeight(style.MIN_TARGET)
        self.label.setAccessibleName(tr("What happened"))
        form.addRow(tr("Day"), self.day)
        form.addRow(tr("What happened"), self.label)
        layout.addLayout(form)
        save = Button(tr("Add"), primary=True)
        save.clicked.connect(self.accept)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._add = add
        self.finished.connect(self._done)

    def open(self) -> None:
        super().open()
        self.label.setFocus()

    def _done(self, result: int) -> None:
        text = self.label.text().strip()
        if result == QDialog.DialogCode.Accepted and text:
            self._add(self.day.date().toPython(), text)  # type: ignore[arg-type]
