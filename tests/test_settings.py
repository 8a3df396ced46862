"""Settings: declared once; a bad file falls back per key, says so, and is never silently lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from neuroguide.core.settings import DECLARED, Settings


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    assert settings["lead_in_seconds"] == 5
    assert settings.flag("lead_in_every_step") is False
    assert settings.problems == []


def test_every_setting_is_described_and_its_default_is_allowed() -> None:
    for setting in DECLARED:
        assert setting.description
        assert setting.problem_with(setting.default) is None


def test_bad_keys_fall_back_and_good_keys_stay(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"lead_in_seconds": 500, "lead_in_every_step": True, "old_key": 1}))
    settings = Settings.load(path)
    assert settings["lead_in_seconds"] == 5
    assert settings["lead_in_every_step"] is True
    assert settings.problems == [
        f"{path}: lead_in_seconds: expected 0 to 60, got 500; using 5",
        f"{path}: old_key: unknown setting, ignored",
    ]
    # loading never rewrites the file
    assert json.loads(path.read_text())["lead_in_seconds"] == 500


def test_a_damaged_file_is_kept_beside_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    settings = Settings.load(path)
    assert "cannot be read" in settings.problems[0]
    settings.set("lead_in_seconds", 8)
    assert (tmp_path / "settings.json.damaged").read_text() == "{not json"
    assert json.loads(path.read_text()) == {"lead_in_seconds": 8}


def test_set_checks_the_value_and_tells_observers(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    seen: list[tuple[str, object]] = []
    settings.observe(lambda key, value: seen.append((key, value)))
    with pytest.raises(ValueError, match="expected 0 to 60"):
        settings.set("lead_in_seconds", 61)
    with pytest.raises(ValueError, match="expected a whole number"):
        settings.set("lead_in_seconds", True)
    settings.set("lead_in_seconds", 10)
    settings.set("lead_in_seconds", 10)
    assert seen == [("lead_in_seconds", 10)]
    assert Settings.load(tmp_path / "settings.json")["lead_in_seconds"] == 10
