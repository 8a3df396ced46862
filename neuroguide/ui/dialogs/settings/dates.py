"""A day the person types in Settings (their birth, their last appointment), in the words of their
locale ("14 March 1950") or as 1950-03-14, and kept as YYYY-MM-DD. Left empty, it is not given.

A day that cannot be read, or one still to come, is not saved: the row says why under the field, and
the words typed stay for the person to mend."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from neuroguide.core.settings import Setting, Settings, Value
from neuroguide.core.settings.days import given_day
from neuroguide.core.translation import tr
from neuroguide.ui.dialogs.settings.follow import ShowsItself
from neuroguide.ui.dialogs.settings.rows import TextField
from neuroguide.ui.kit import style
from neuroguide.ui.kit.widgets import text_label
from neuroguide.ui.kit.words import setting_words as words

SHOWN = "d MMMM yyyy"  # how a day is shown: the month in words, never mistaken for another day
ISO = "yyyy-MM-dd"


def read_day(text: str, locale: QLocale | None = None) -> QDate | None:
    """The day ``text`` names, in one of the ways people write one here, or None."""
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")  # "3/14/50" would be 1950 or 2050: ask for the whole year
    formats = (ISO, SHOWN, "d MMM yyyy", "MMMM d yyyy", "MMMM d, yyyy", "MMM d, yyyy", short)
    for form in formats:
        day = locale.toDate(text.strip(), form)
        if day.isValid():
            return day
    return None


class DateRow(QWidget, ShowsItself):
    """A line to type a day in, and under it, when needed, why it was not kept."""

    def __init__(self, settings: Settings, setting: Setting) -> None:
        super().__init__()
        self.settings, self.setting = settings, setting
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = TextField()
        self.edit.setMinimumHeight(style.MIN_TARGET)
        self.edit.setPlaceholderText(tr("for example 14 March 1950"))
        self.edit.setAccessibleName(words(setting.label))
        self.description = words(setting.description)
        self.edit.setAccessibleDescription(self.description)
        self.problem: QLabel = text_label("", "small")
        self.problem.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.setAccessibleDescription(self.description)  # the row's, as every other row has
        self.shown = settings.text(setting.key)
        self.edit.setText(shown_words(self.shown))
        self.edit.editingFinished.connect(self.commit)

    def commit(self) -> None:
        """Keep the day typed, or say why it cannot be kept."""
        text = self.edit.text().strip()
        day = read_day(text) if text else None
        if text and day is None:
            self.say(tr("Please write the day with its month in words, such as 14 March 1950."))
            return
        value = day.toString(ISO) if day is not None else ""
        if self.setting.problem_with(value):
            self.say(
                tr("That day is still to come. Please give a day up to today.")
                if day is not None and day > QDate.currentDate()
                else tr("Please give a day from the year 1900 on.")
            )
            return
        self.say("")
        self.shown = value
        self.settings.set(self.setting.key, value)
        self.edit.setText(shown_words(value))

    def say(self, problem: str) -> None:
        """``problem`` under the field, and read out with it by a screen reader; "" takes it away."""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.edit.setAccessibleDescription(f"{problem} {self.description}" if problem else self.description)

    def show_value(self, value: Value) -> None:
        """A day set elsewhere, unless the person is typing another one here."""
        if self.edit.hasFocus() and self.edit.text() != shown_words(self.shown):
            return
        self.shown = str(value)
        self.say("")
        self.edit.setText(shown_words(self.shown))


def shown_words(value: str) -> str:
    day = given_day(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), SHOWN) if day is not None else ""
