"""The words a person reads and hears from a window: every visible label, button, field, list and
table cell, tab and window title, and the accessible names and descriptions a screen reader reads; and
which of them are still in English."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from neuroguide.core.languages import LANGUAGES
from tests.pseudo_locale import CLOSE, OPEN

# Names that are the same in every language: the app's, the bodies' and the formats', and the helper
# the test data names.
PROPER_NAMES = frozenset(
    {
        "neuroguide",
        "picc",
        "iwgdf",
        "csv",
        "pdf",
        "ics",
        "qt",
        "toml",
        "json",
        "sam",
        "espeak",
        "ng",
        "a4",
        "ok",
    }
    | {name.lower() for name in LANGUAGES.values()}  # each language is named in itself
)
_TAGS = re.compile(r"<[^>]+>|&[a-z#0-9]+;")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PSEUDO = re.compile(f"{re.escape(OPEN)}[^{OPEN}{CLOSE}]*{re.escape(CLOSE)}")  # the innermost
MAX_ROWS = 40  # of a table or list: enough to see its words, not every session of a long history


def words(text: str) -> list[str]:
    return _WORD.findall(_TAGS.sub(" ", text))


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text shown in ``window`` or given to a screen reader."""
    found: list[tuple[str, str]] = [("the window's title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not (widget is window or widget.isVisibleTo(window)):
            continue
        where = type(widget).__name__ + (f" {widget.objectName()}" if widget.objectName() else "")
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        texts += _own_texts(widget)
        found += [(where, text) for text in texts if text and text.strip()]
    return found


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        texts = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
        ]
        for row in range(min(model.rowCount(), MAX_ROWS)):
            texts += [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        return texts
    return []


def locale_names(locale: QLocale) -> set[str]:
    """The month and weekday names of ``locale``, long and short: the locale's own, not the app's."""
    names: set[str] = set()
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        names |= {locale.monthName(month, kind) for month in range(1, 13)}
        names |= {locale.dayName(day, kind) for day in range(1, 8)}
    return {word.lower() for name in names for word in words(name)}


def pseudo_leftovers(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Words of ``text`` outside the pseudo-language's ⟦ ⟧: not translated."""
    allow = PROPER_NAMES | {word.lower() for word in allowed}
    while True:  # a translated text may hold another ("Open %1" with a title in it)
        shorter = _PSEUDO.sub(" ", text)
        if shorter == text:
            break
        text = shorter
    return [word for word in words(text) if word.lower() not in allow]


def english_leftovers(text: str, english_only: set[str]) -> list[str]:
    """Words of ``text`` that are English and not also words of the language shown."""
    return [
        word
        for word in words(text)
        if len(word) >= 3 and word.lower() in english_only and word.lower() not in PROPER_NAMES
    ]
