"""A small typed schema: turns parsed TOML into frozen dataclasses and reports every problem at once.

Routine authors want all the problems in a file in one pass, each named by where it is. msgspec stops
at the first error and pydantic adds noticeably to start-up, so the schema is the dataclasses' own type
hints, with limits attached through ``Annotated``.
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from neuroguide.core.files import hidden_characters, is_blank

Location = tuple[str | int, ...]
T = TypeVar("T")


@dataclass(frozen=True)
class Issue:
    """One problem, at a location inside the data (keys and list positions)."""

    location: Location
    message: str


@dataclass(frozen=True)
class Between:
    """A number from ``low`` to ``high``, both included."""

    low: float
    high: float


@dataclass(frozen=True)
class Above:
    """A number greater than ``low`` (and at most ``high``)."""

    low: float
    high: float


@dataclass(frozen=True)
class NonBlank:
    """Text with at least one visible character."""


@dataclass(frozen=True)
class Slug:
    """A short identifier: lowercase letters, digits and dashes."""


@dataclass(frozen=True)
class MinItems:
    count: int


@dataclass(frozen=True)
class MaxItems:
    """At most ``count`` items (a list without this limit holds at most ``MAX_ITEMS``)."""

    count: int


@dataclass(frozen=True)
class MaxLength:
    """At most ``count`` characters (text without this limit holds at most ``MAX_LENGTH``)."""

    count: int


@dataclass(frozen=True)
class OneLine:
    """Text on one line: no line breaks or tabs."""


MAX_ITEMS = 100
MAX_LENGTH = 2000

Text = Annotated[str, NonBlank()]
Identifier = Annotated[str, Slug(), MaxLength(64)]
Title = Annotated[str, NonBlank(), MaxLength(120), OneLine()]

_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def parse(cls: type[T], data: object) -> tuple[T | None, list[Issue]]:
    """Build ``cls`` from ``data``; on any problem return None and the full list of problems."""
    issues: list[Issue] = []
    value = _convert(cls, data, (), issues)
    return (value if not issues else None), issues


def describe(tp: Any) -> str:
    """What a value of this type looks like, in words a routine author understands."""
    tp, limits = unwrap(tp)
    origin = get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(choice) for choice in get_args(tp))
    if origin in (Union, types.UnionType):
        return " or ".join(describe(arg) for arg in get_args(tp) if arg is not type(None))
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return f"a list of {_plural(describe(args[0]))}"
        return f"a list of {len(args)} {_plural(describe(args[0]))}"
    if dataclasses.is_dataclass(tp):
        return "a table"
    for limit in limits:
        if isinstance(limit, Between | Above):
            kind = "a whole number" if tp is int else "a number"
            word = "from" if isinstance(limit, Between) else "above"
            high = _number(limit.high)
            return f"{kind} {word} {_number(limit.low)} {'to' if word == 'from' else 'up to'} {high}"
        if isinstance(limit, Slug):
            return "an id of lowercase letters, digits and dashes"
        if isinstance(limit, NonBlank):
            return "some text"
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false"}.get(
        tp, getattr(tp, "__name__", str(tp))
    )


def _plural(description: str) -> str:
    for single, many in (("a whole number", "whole numbers"), ("a number", "numbers")):
        if description.startswith(single):
            return many + description[len(single) :]
    if description.startswith("a list of"):
        return "lists of" + description[len("a list of") :]
    return {"a table": "tables", "some text": "texts"}.get(description, description)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def unwrap(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    if get_origin(tp) is Annotated:
        base, *limits = get_args(tp)
        return base, tuple(limits)
    return tp, ()


def _got(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"{value!r}" if len(value) <= 40 else f"{value[:37]!r}..."
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _convert(declared: Any, value: object, where: Location, issues: list[Issue]) -> Any:
    tp, limits = unwrap(declared)
    origin = get_origin(tp)

    def fail() -> None:
        issues.append(Issue(where, f"expected {describe(declared)}, got {_got(value)}"))

    if origin in (Union, types.UnionType):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        if value is None and len(options) < len(get_args(tp)):
            return None
        return _convert(options[0], value, where, issues)
    if origin is Literal:
        if isinstance(value, str) and value in get_args(tp):
            return value
        return fail()
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, dict):
            return fail()
        return _convert_table(tp, value, where, issues)
    if origin is tuple:
        return _convert_list(tp, value, where, issues, limits, fail)
    if tp is bool:
        return value if isinstance(value, bool) else fail()
    if tp is str:
        if not isinstance(value, str):
            return fail()
        longest = next((limit.count for limit in limits if isinstance(limit, MaxLength)), MAX_LENGTH)
        if len(value) > longest:
            issues.append(Issue(where, f"expected at most {longest} characters, got {len(value)}"))
            return value
        hidden = hidden_characters(value, allow_newlines=not any(isinstance(x, OneLine) for x in limits))
        if hidden:
            shown = ", ".join(hidden[:5]) + (", ..." if len(hidden) > 5 else "")
            issues.append(Issue(where, f"has control or direction characters ({shown}); remove them"))
        if any(isinstance(limit, NonBlank) for limit in limits) and is_blank(value):
            issues.append(Issue(where, "expected some text, got nothing"))
        if any(isinstance(limit, Slug) for limit in limits) and (
            not value or not set(value) <= _SLUG_CHARS or value.startswith("-")
        ):
            fail()
        return value
    if tp in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return fail()
        if tp is int and not isinstance(value, int):
            return fail()
        for limit in limits:
            if isinstance(limit, Between) and not limit.low <= value <= limit.high:
                return fail()
            if isinstance(limit, Above) and not limit.low < value <= limit.high:
                return fail()
        return tp(value)
    raise TypeError(f"the schema has a type it cannot check: {tp!r}")


def _convert_list(
    tp: Any, value: object, where: Location, issues: list[Issue], limits: tuple[Any, ...], fail: Any
) -> Any:
    if not isinstance(value, list):
        return fail()
    args = get_args(tp)
    if len(args) == 2 and args[1] is Ellipsis:
        item_types = [args[0]] * len(value)
    elif len(value) == len(args):
        item_types = list(args)
    else:
        return fail()
    for limit in limits:
        if isinstance(limit, MinItems) and len(value) < limit.count:
            noun = "item" if limit.count == 1 else "items"
            issues.append(Issue(where, f"expected at least {limit.count} {noun}, got {len(value)}"))
    most = next((limit.count for limit in limits if isinstance(limit, MaxItems)), MAX_ITEMS)
    if len(value) > most:  # refused before any item is looked at, however many there are
        issues.append(Issue(where, f"expected at most {most} items, got {len(value)}"))
        return None
    return tuple(
        _convert(item_type, item, (*where, index), issues)
        for index, (item_type, item) in enumerate(zip(item_types, value, strict=True))
    )


@cache
def table_fields(cls: type) -> tuple[dict[str, Any], tuple[dataclasses.Field[Any], ...]]:
    """The type hints and the fields a file may give; worked out once per class, as it is slow."""
    hints = get_type_hints(cls, include_extras=True)
    fields = tuple(
        field for field in dataclasses.fields(cls) if field.init and not field.metadata.get("internal")
    )
    return hints, fields


def _convert_table(cls: type, table: dict[str, object], where: Location, issues: list[Issue]) -> Any:
    hints, fields = table_fields(cls)
    known = {field.name for field in fields}
    before = len(issues)
    for key in table:
        if key not in known:
            issues.append(Issue((*where, key), f"unknown key (expected one of: {', '.join(sorted(known))})"))
    values: dict[str, Any] = {}
    for field in fields:
        if field.name in table:
            values[field.name] = _convert(hints[field.name], table[field.name], (*where, field.name), issues)
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            issues.append(Issue((*where, field.name), f"missing: expected {describe(hints[field.name])}"))
    if len(issues) > before:
        return None
    instance = cls(**values)
    check = getattr(instance, "check", None)
    if callable(check):
        # Rules across fields: the dataclass yields (location inside it, message) pairs.
        for location, message in check():
            issues.append(Issue((*where, *location), message))
    return instance
