"""What one setting is: its type, default and allowed values, and how the Settings dialog shows it.

The words a person reads (labels, choices, help text) are plain English here, marked with ``tr_noop``
(core.translation) as Qt's ``QT_TR_NOOP`` marks them; the ui translates them with ``tr``. The core
imports no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

Listed = tuple[str, ...]  # a list setting, kept in the file as a JSON list
Record = dict[str, Any]  # a setting kept as a JSON object
Value = bool | int | float | str | Listed | Record


class Choice(NamedTuple):
    """One value a setting offers, with its words (and longer words, for a screen reader, if any)."""

    code: Value
    words: str
    whole: str = ""


@dataclass(frozen=True)
class Section:
    """A heading of the Settings dialog, and the sentence under it if any."""

    code: str
    title: str
    intro: str = ""


@dataclass(frozen=True)
class Setting:
    key: str
    default: Value
    description: str  # the help text: a screen reader says it after the label
    label: str = ""  # the row's words in the dialog; none for a setting the dialog does not show
    section: str = ""  # the dialog's section (a Section's code)
    # How the dialog shows it: check, number, choice, time, days or text; or the name of a row the
    # dialog builds by hand (voices, outputs, places, contact, routine, date).
    row: str = ""
    # The values offered, with their words. Without a range they are the only values allowed; with a
    # range (low, high) they are the ones offered, and another value in range set by hand is kept.
    choices: tuple[Choice, ...] = ()
    low: float | None = None
    high: float | None = None
    unit: str = ""  # after a number in its box, such as " seconds"
    by_hand: str = "{}"  # how a value set by hand in the file is offered, such as "{:g}%"
    placeholder: str = ""  # shown in an empty text box
    max_length: int | None = None  # for text typed by the person
    check: Callable[[Any], str | None] | None = None  # a value with a form: why it is wrong, or None

    @property
    def codes(self) -> tuple[Value, ...]:
        return tuple(choice.code for choice in self.choices)

    def words_for(self, code: Value) -> str:
        """The words of one of the choices, or the value as set by hand."""
        found = next((choice.words for choice in self.choices if choice.code == code), None)
        return found if found is not None else self.by_hand.format(code)

    def problem_with(self, value: object) -> str | None:
        """Why ``value`` cannot be used for this setting, or None when it can."""
        kind = type(self.default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is tuple and isinstance(value, list):
            value = tuple(value)
        if type(value) is not kind:
            return f"expected {_kind_name(kind)}, got {value!r}"
        if isinstance(value, tuple):
            return self._list_problem(value)
        if isinstance(value, dict):
            return _record_problem(value)
        if self.max_length is not None and isinstance(value, str) and len(value) > self.max_length:
            return f"expected at most {self.max_length} characters, got {len(value)}"
        if self.check is not None and (wrong := self.check(value)):
            return wrong
        if self.choices and self.low is None and value not in self.codes:
            return f"expected one of {', '.join(map(str, self.codes))}, got {value!r}"
        if isinstance(value, int | float) and not isinstance(value, bool) and self._out_of_range(value):
            return f"expected {self.low:g} to {self.high:g}, got {value!r}"
        return None

    def _list_problem(self, names: Listed) -> str | None:
        """Names, each once; from the choices when there are any. An empty list is allowed."""
        if not all(isinstance(name, str) for name in names):
            return f"expected a list of names, got {list(names)!r}"
        unknown = [name for name in names if self.choices and name not in self.codes]
        if unknown or len(set(names)) != len(names):
            offered = ", ".join(map(str, self.codes))
            return f"expected each of {offered} at most once, got {list(names)!r}"
        return self.check(names) if self.check is not None else None

    def _out_of_range(self, value: float) -> bool:
        return (self.low is not None and value < self.low) or (self.high is not None and value > self.high)


def _record_problem(record: Record) -> str | None:
    """An object the file can keep: JSON all the way down."""
    import json

    try:
        json.dumps(record)
    except (TypeError, ValueError, RecursionError) as error:
        return f"expected a JSON object, got one that cannot be kept ({error})"
    return None


def _kind_name(kind: type) -> str:
    names: dict[type, str] = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}
    return (names | {tuple: "a list of names", dict: "a JSON object"})[kind]
