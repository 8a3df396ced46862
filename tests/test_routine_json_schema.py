"""The published JSON Schema accepts every shipped routine and rejects what the Python validator rejects,
save the rules across fields that a JSON Schema cannot say."""

from __future__ import annotations

import json
import tomllib
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from neuroguide.core.json_schema import SCHEMA_FILE, schema_text
from neuroguide.core.resources import assets_dir, routines_dir
from tests.routine_text import VALID
from tests.test_routine_validation import CASES

# Rules across fields or over the whole file: checked only in Python (the ``check`` methods).
PYTHON_ONLY = {
    "duplicate step id points at the second one",  # unique across blocks
    "circle without a centre",  # which keys a mark needs depends on its kind
    "an arrow of one point",
    "unknown placeholder",  # {side} only: a pattern could, but the message would be lost
    "firmer than light on numb feet",  # the area may be the block's or the routine's
    "repetitions on a stroke",  # depends on the technique
    "a hold when the helper strokes instead",
    "a hold longer than the step",  # compares two numbers
}
NOT_TOML = {"bad TOML syntax names the line"}  # never reaches either schema


def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads((assets_dir() / SCHEMA_FILE).read_text(encoding="utf-8")))


def errors(data: dict[str, Any]) -> list[str]:
    return [error.message for error in validator().iter_errors(data)]


def test_the_shipped_schema_file_is_made_from_the_python_schema() -> None:
    # after changing the schema: python -m neuroguide.core.json_schema
    assert (assets_dir() / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads((assets_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", sorted(routines_dir().glob("*.toml")), ids=lambda path: path.stem)
def test_every_shipped_routine_validates(path: Any) -> None:
    assert errors(tomllib.loads(path.read_text(encoding="utf-8"))) == []


def test_the_valid_test_routine_validates() -> None:
    assert errors(tomllib.loads(VALID)) == []


@pytest.mark.parametrize(
    "change", [case[1] for case in CASES if case[0] not in NOT_TOML],
    ids=[case[0] for case in CASES if case[0] not in NOT_TOML],
)  # fmt: skip
def test_the_json_schema_rejects_what_python_rejects(change: tuple[str, str], request: Any) -> None:
    data = tomllib.loads(VALID.replace(*change, 1))
    name = request.node.callspec.id
    if name in PYTHON_ONLY:
        assert errors(data) == []  # the list above stays true: a rule a schema learns leaves it
    else:
        assert errors(data)


def test_a_step_without_a_technique_or_with_an_unknown_pressure_is_rejected() -> None:
    data = tomllib.loads(VALID.replace('technique = "glide"\npressure = "light"\n', 'pressure = "deep"\n'))
    found = errors(data)
    assert any("'technique' is a required property" in message for message in found)
    assert any("'deep' is not one of" in message for message in found)
