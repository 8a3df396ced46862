"""Adding a marker to the history: a day that matters, such as an infusion or a new medicine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.translation import tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.steady import steady
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, text_label
from neuroguide.ui.kit.window_size import fit_to_screen
from neuroguide.ui.pages.history import name_calendar_buttons


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
        # the day in words ("Tuesday, 10 March 2026"), not a row of numbers to puzzle out
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.day.setMinimumHeight(style.MIN_TARGET)
        self.day.setAccessibleName(tr("Day"))
        calm_calendar(self.day.calendarWidget())
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("for example: infusion"))
        self.label.setMinimumHeight(style.MIN_TARGET)
        self.label.setAccessibleName(tr("What happened"))
        form.addRow(tr("Day"), self.day)
        form.addRow(tr("What happened"), self.label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = Button(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        save = Button(tr("Add"), primary=True)
        save.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        # as tall as the wrapped words need at its width (a dialog's own size hint leaves them out)
        width = max(560, self.sizeHint().width())
        fit_to_screen(self, width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)), "marker")
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


def calm_calendar(calendar: QCalendarWidget) -> None:
    """Qt's calendar in the theme's words and colours: weekends as plain as other days (not red), the
    weekday row quiet and bold, the chosen day bold and underlined as well as filled, full-size arrows
    with names. Its cells follow the text size."""
    theme = style.theme()
    calendar.setGridVisible(False)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    name_calendar_buttons(calendar)
    plain = QTextCharFormat()
    plain.setForeground(QBrush(QColor(theme.text)))
    for day in Qt.DayOfWeek:
        calendar.setWeekdayTextFormat(day, plain)
    header = QTextCharFormat()
    header.setForeground(QBrush(QColor(theme.muted)))
    header.setBackground(QBrush(QColor(theme.surface)))
    header.setFontWeight(QFont.Weight.Bold)
    calendar.setHeaderTextFormat(header)
    year = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
    if year is not None:
        steady(year)  # a wheel passing over it leaves the year alone
    calendar.setMinimumSize(7 * style.MIN_TARGET, 8 * style.MIN_TARGET)  # each day a fingertip's target
    calendar.selectionChanged.connect(lambda: mark_days(calendar))
    calendar.currentPageChanged.connect(lambda _year, _month: mark_days(calendar))
    mark_days(calendar)


def mark_days(calendar: QCalendarWidget) -> None:
    """The chosen day bold and underlined, not only filled; the days of the months either side muted."""
    calendar.setDateTextFormat(QDate(), QTextCharFormat())  # last time's marks gone
    other = QTextCharFormat()
    other.setForeground(QBrush(QColor(style.theme().muted)))
    first = QDate(calendar.yearShown(), calendar.monthShown(), 1)
    start = first.addDays(-((first.dayOfWeek() - calendar.firstDayOfWeek().value) % 7))
    for offset in range(42):  # the six weeks the page shows
        day = start.addDays(offset)
        if day.month() != first.month():
            calendar.setDateTextFormat(day, other)
    chosen = QTextCharFormat()
    chosen.setFontWeight(QFont.Weight.Bold)
    chosen.setFontUnderline(True)
    calendar.setDateTextFormat(calendar.selectedDate(), chosen)
