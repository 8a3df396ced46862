"""The one translation helper: filling blanks once, plurals, and an installed translator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from neuroguide.core import translation
from neuroguide.core.translation import fill, tr


@pytest.fixture
def german() -> Iterator[list[tuple[str, str, str | None, int]]]:
    asked: list[tuple[str, str, str | None, int]] = []
    table = {"Stop": "Anhalten", "%n steps": "%n Schritte", "%1 of %2": "%2: %1"}

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, disambiguation, n))
        return table.get(text, text)

    before = translation._translate  # the suite's own (Qt's), put back for the tests after this one
    translation.use(translate)
    yield asked
    translation.use(before)


def test_untranslated_words_are_the_source_text() -> None:
    before = translation._translate
    translation.use(None)
    try:
        assert tr("Stop") == "Stop"
        assert tr("%n steps", n=3) == "3 steps"
    finally:
        translation.use(before)
    # through Qt's translator with no translation loaded: the same
    assert tr("Stop") == "Stop"
    assert tr("%n steps", n=3) == "3 steps"


def test_an_installed_translator_is_asked_in_the_shared_context(
    german: list[tuple[str, str, str | None, int]],
) -> None:
    assert tr("Stop") == "Anhalten"
    assert tr("%n steps", n=2) == "2 Schritte"
    assert german[0] == ("", "Stop", None, -1)
    assert german[1][3] == 2


def test_word_order_may_change_with_the_language(german: list[tuple[str, str, str | None, int]]) -> None:
    assert fill(tr("%1 of %2"), "Step 3", "10") == "10: Step 3"


def test_blanks_are_filled_once() -> None:
    # a name that contains "%2" is not itself filled in, as it would be by two str.replace calls
    assert fill("Hello %1, step %2", "Ro%2bert", 4) == "Hello Ro%2bert, step 4"
    assert fill("Only %1 and %3", "one") == "Only one and %3"
