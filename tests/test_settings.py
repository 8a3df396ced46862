"""Settings: declared once; a bad file falls back per key, says so, and is never silently lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from neuroguide.core.contacts import SETTING, numbers_from
from neuroguide.core.settings import BY_KEY, CONTACT_LENGTH, DECLARED, Setting, Settings


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


def test_a_text_setting_can_be_bounded_in_length() -> None:
    bounded = Setting("name", "", "A name.", max_length=5)
    assert bounded.problem_with("Ann") is None
    assert bounded.problem_with("Annabel") == "expected at most 5 characters, got 7"
    assert Setting("name", "", "A name.").problem_with("Annabel" * 100) is None  # unbounded by default


def test_every_contact_is_declared_as_bounded_text() -> None:
    for key in SETTING.values():
        declared = BY_KEY[key]
        assert declared.default == "" and declared.description
        assert declared.max_length == CONTACT_LENGTH


def test_the_contacts_round_trip_through_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    typed = {
        "contact_emergency": "999",
        "contact_helpline": "Macmillan helpline 0808 808 00 00",
        "contact_foot_clinic": "Podiatry, St Mary's 020 7886 6666 ext. 2",
        "contact_doctor": "Dr Okafor 01632 960 123",
    }
    for key, value in typed.items():
        settings.set(key, value)
    assert {key: value for key, value in json.loads(path.read_text()).items() if key in typed} == typed
    again = Settings.load(path)
    assert again.problems == []
    assert {key: again.text(key) for key in typed} == typed
    assert numbers_from(again.text) == {
        "emergency": "999",
        "helpline": "Macmillan helpline 0808 808 00 00",
        "foot-clinic": "Podiatry, St Mary's 020 7886 6666 ext. 2",
        "doctor": "Dr Okafor 01632 960 123",
    }


def test_an_overlong_or_non_text_contact_falls_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    overlong = "0" * (CONTACT_LENGTH + 1)
    path.write_text(
        json.dumps(
            {"contact_emergency": 999, "contact_doctor": overlong, "contact_helpline": "0808 808 00 00"}
        )
    )
    settings = Settings.load(path)
    assert settings.text("contact_emergency") == ""
    assert settings.text("contact_doctor") == ""
    assert settings.text("contact_helpline") == "0808 808 00 00"
    assert settings.problems == [
        f"{path}: contact_emergency: expected text, got 999; using ''",
        f"{path}: contact_doctor: expected at most {CONTACT_LENGTH} characters, got {CONTACT_LENGTH + 1}; "
        "using ''",
    ]
    with pytest.raises(ValueError, match="expected at most"):
        settings.set("contact_doctor", overlong)
    assert settings.text("contact_doctor") == ""
