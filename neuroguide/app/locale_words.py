"""Dates, times and numbers in the reader's language and their country's order, from QLocale: "5 oct
2026", "5. Okt. 2026", "Oct 5, 2026"; 24-hour or 12-hour clocks as is usual there; "1,3" or "1.3".

Qt's long date format is the base (it has the locale's order and month names); the weekday or the
year are taken out of it where a shorter form is wanted.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

# a weekday in a format ("dddd, " or ", dddd"), or a year (" yyyy", ", yyyy", "yyyy. "): and the
# separators that go with it
_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,]?\s*d{4}")
_YEAR = re.compile(r"(\s*'[^']*')?[\s,./-]*\by{2,4}\b[.]?|\by{2,4}\b[\s,./-]*")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pattern(weekday: bool, year: bool, short_month: bool) -> str:
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    if not weekday:
        pattern = _WEEKDAY.sub("", pattern, count=1).strip(" ,")
    elif "dddd" in pattern:
        pattern = pattern.replace("dddd", "ddd" if short_month else "dddd")
    if not year:
        pattern = _YEAR.sub("", pattern, count=1).strip(" ,")
    if short_month:
        pattern = pattern.replace("MMMM", "MMM")
    return pattern


def day_words(day: date, short: bool = True, year: bool = True, weekday: bool = False) -> str:
    """The day with its month's name: '5 Oct 2026' (``short``), '5 October 2026', or without the
    year ('5 Oct'), or with the weekday ('Monday 5 October 2026')."""
    return QLocale().toString(_qdate(day), _pattern(weekday, year, short))


def month_words(day: date) -> str:
    """The month's short name: 'Oct', 'oct.', 'Okt.'."""
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def weekday_words(day: date) -> str:
    """The weekday's short name: 'Mon', 'lun.', 'Mo.'."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def time_words(moment: datetime) -> str:
    """'14:05' or '2:05 PM', as is usual where the reader lives."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def moment_words(moment: datetime, short: bool = True) -> str:
    """The day and the time: 'Mon 5 Oct 2026, 14:05'."""
    return f"{day_words(moment.date(), short=short, weekday=True)}, {time_words(moment)}"


def first_weekday() -> int:
    """The first day of the week where the reader lives, as Python counts (Monday 0 … Sunday 6)."""
    return QLocale().firstDayOfWeek().value - 1


def tenths(value: float) -> str:
    """A number to a tenth with the reader's decimal point: "1.3", "1,3" (rounded as everywhere else
    the app writes a tenth)."""
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())
