"""The one translation helper, for every layer: ``tr`` for words, ``fill`` for the numbered blanks.

The core has no Qt, so the translator is installed from outside (the app installs Qt's
``QCoreApplication.translate`` once the QApplication exists); until then, and in plain-Python commands,
words are the English source text. All words share one context, the empty one, which is the context
``pyside6-lupdate`` gives a bare ``tr("…")`` call, so the extracted .ts file and the lookups agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

Translator = Callable[[str, str, str | None, int], str]  # (context, text, disambiguation, n)
CONTEXT = ""


class Tr(Protocol):
    """What ``tr`` is: words in one language (the voice's may differ from the screen's)."""

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def source_text(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The translator of no language: the words as written (English)."""
    return text


_translate: Translator = source_text


def use(translator: Translator | None) -> None:
    """Translate through ``translator`` from now on; None goes back to the English source text."""
    global _translate
    _translate = translator or source_text


def tr_noop(text: str) -> str:
    """Marks words to be translated where they are shown, not here (as Qt's ``QT_TR_NOOP`` does): for
    tables of words declared in the core, such as the settings' labels. ``tr(text)`` shows them."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language. With ``n``, the plural form for ``n`` (``%n`` in the text)."""
    return _filled(_translate(CONTEXT, text, disambiguation, n), n)


def tr_through(translate: Translator) -> Tr:
    """A ``tr`` of another language than the screen's, such as the voice's."""

    def translated(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _filled(translate(CONTEXT, text, disambiguation, n), n)

    return translated


def _filled(translated: str, n: int) -> str:
    return translated.replace("%n", str(n)) if n >= 0 and "%n" in translated else translated


_BLANK = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values``, all at once, as Qt's ``QString.arg`` does:
    a value that itself contains ``%2`` is never filled in again, and word order can differ by language."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _BLANK.sub(value, text)
