"""The routine schema as a JSON Schema (draft 2020-12), for editors that check a file as it is typed.

Made from the same type hints ``core.schema`` checks with, so the two cannot drift apart; the shipped
file ``assets/routine.schema.json`` is this module's output (a test compares them). Rules across fields
(the ``check`` methods) are beyond a JSON Schema and stay in Python.

Write the file again after changing the schema: ``python -m neuroguide.core.json_schema``.
"""

from __future__ import annotations

import dataclasses
import json
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from neuroguide.core.resources import illustration_bases
from neuroguide.core.routine import PRESSURE_WORDS, Routine
from neuroguide.core.schema import (
    MAX_ITEMS,
    MAX_LENGTH,
    Above,
    Between,
    MaxItems,
    MaxLength,
    MinItems,
    NonBlank,
    OneLine,
    Slug,
    describe,
    table_fields,
    unwrap,
)
from neuroguide.core.sources import shipped_sources

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "routine.schema.json"
# The patterns say in regular expressions what the Python checks say in code.
_PATTERNS = {NonBlank: r"\S", Slug: r"^[a-z0-9][a-z0-9-]*$", OneLine: r"^[^\n\r\t]*$"}


def to_json_schema(declared: Any) -> dict[str, Any]:
    """The JSON Schema of one declared type, with its limits."""
    tp, limits = unwrap(declared)
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):  # TOML has no null: an optional key is simply left out
        return to_json_schema(next(arg for arg in get_args(tp) if arg is not type(None)))
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _table(tp)
    if origin is tuple:
        return _list(get_args(tp), limits)
    if tp is bool:
        return {"type": "boolean"}
    if tp is str:
        return _text(limits)
    if tp in (int, float):
        return _number(tp, limits)
    raise TypeError(f"the schema has a type JSON Schema cannot say: {tp!r}")


def _table(cls: type) -> dict[str, Any]:
    hints, fields = table_fields(cls)
    properties = {}
    for field in fields:
        schema = to_json_schema(hints[field.name])
        properties[field.name] = {"description": describe(hints[field.name]), **schema}
    required = [
        field.name
        for field in fields
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    ]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _list(args: tuple[Any, ...], limits: tuple[Any, ...]) -> dict[str, Any]:
    if len(args) == 2 and args[1] is Ellipsis:
        schema: dict[str, Any] = {"type": "array", "items": to_json_schema(args[0])}
        for limit in limits:
            if isinstance(limit, MinItems):
                schema["minItems"] = limit.count
        most = next((limit.count for limit in limits if isinstance(limit, MaxItems)), MAX_ITEMS)
        return {**schema, "maxItems": most}
    items = [to_json_schema(arg) for arg in args]
    return {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}


def _text(limits: tuple[Any, ...]) -> dict[str, Any]:
    longest = next((limit.count for limit in limits if isinstance(limit, MaxLength)), MAX_LENGTH)
    schema: dict[str, Any] = {"type": "string", "maxLength": longest}
    patterns = [_PATTERNS[type(limit)] for limit in limits if type(limit) in _PATTERNS]
    if len(patterns) == 1:
        schema["pattern"] = patterns[0]
    elif patterns:
        schema["allOf"] = [{"pattern": pattern} for pattern in patterns]
    return schema


def _number(tp: type, limits: tuple[Any, ...]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer" if tp is int else "number"}
    for limit in limits:
        if isinstance(limit, Between):
            schema.update(minimum=limit.low, maximum=limit.high)
        if isinstance(limit, Above):
            schema.update(exclusiveMinimum=limit.low, maximum=limit.high)
    return schema


def routine_schema() -> dict[str, Any]:
    """The whole routine file, with the shipped drawings and source keys as the only choices."""
    schema = to_json_schema(Routine)
    schema["properties"]["sources"]["items"]["enum"] = sorted(shipped_sources())
    step = schema["properties"]["blocks"]["items"]["properties"]["steps"]["items"]
    step["properties"]["illustration"]["properties"]["base"]["enum"] = sorted(illustration_bases())
    # what each pressure means, for an editor's hover
    words = "; ".join(f"{key}: {meaning}" for key, meaning in PRESSURE_WORDS.items())
    step["properties"]["pressure"]["description"] = f"How firmly ({words})."
    return {
        "$schema": DIALECT,
        "title": "NeuroGuide routine",
        "description": "A routine file: its steps, how each one touches, and how firmly.",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(routine_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    from neuroguide.core.resources import assets_dir

    (Path(assets_dir()) / SCHEMA_FILE).write_text(schema_text(), encoding="utf-8")
