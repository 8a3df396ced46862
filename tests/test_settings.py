"""Settings: declared once; a bad file falls back per key, says so, and is never silently lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from neuroguide.core.contacts import SETTING, numbers_from
from neuroguide.core.settings import BY_KEY, CONTACT_LENGTH, DAY_NAMES, DECLARED, SECTIONS, Setting, Settings


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
        f"{path}: old_key: unknown setting, kept but not used",
    ]
    # loading never rewrites the file
    assert json.loads(path.read_text())["lead_in_seconds"] == 500
    settings.set("volume", 40)
    assert json.loads(path.read_text()) == {"lead_in_every_step": True, "old_key": 1, "volume": 40}


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
    settings.observe("lead_in_seconds", lambda value: seen.append(("lead in", value)))
    settings.observe(("muted", "volume"), lambda value: seen.append(("sound", value)))
    with pytest.raises(ValueError, match="expected 0 to 60"):
        settings.set("lead_in_seconds", 61)
    with pytest.raises(ValueError, match="expected a whole number"):
        settings.set("lead_in_seconds", True)
    settings.set("lead_in_seconds", 10)
    settings.set("lead_in_seconds", 10)
    settings.set("pace", 1.5)  # observed by no one here
    settings.set("muted", True)
    settings.set("volume", 30)
    assert seen == [("lead in", 10), ("sound", True), ("sound", 30)]
    with pytest.raises(KeyError, match="no such setting"):
        settings.observe("lead_in", print)  # a misspelt key is caught where it is written
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


def test_every_shown_setting_carries_its_words_and_its_row() -> None:
    sections = {section.code for section in SECTIONS}
    for setting in DECLARED:
        if not setting.section:
            continue
        assert setting.section in sections, setting.key
        assert setting.row, setting.key
        assert setting.label or setting.row == "contact", setting.key  # a contact is named by core/contacts
        if setting.row in ("choice", "days"):
            assert setting.choices and all(choice.words for choice in setting.choices), setting.key
    assert BY_KEY["appearance"].words_for("dark") == "Dark"
    assert BY_KEY["text_size"].words_for(110) == "110%"  # set by hand in the file, within the range
    assert BY_KEY["pace"].words_for(1.75) == "×1.75"


def test_list_settings_are_lists_and_objects_are_objects_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    assert settings.listed("reminder_days") == DAY_NAMES and settings.listed("profile_places") == ()
    settings.set("reminder_days", ["mon", "fri"])
    settings.set("profile_places", ("left foot",))
    settings.set("standing_answers", {"pregnant": {"answer": True, "on": "2026-11-02"}})
    kept = json.loads(path.read_text())
    assert kept["reminder_days"] == ["mon", "fri"] and kept["profile_places"] == ["left foot"]
    assert kept["standing_answers"] == {"pregnant": {"answer": True, "on": "2026-11-02"}}
    again = Settings.load(path)
    assert again.problems == []
    assert again.listed("reminder_days") == ("mon", "fri")
    answers = again.record("standing_answers")
    answers["pregnant"] = {}  # a copy: the settings are changed only through set
    assert again.record("standing_answers")["pregnant"]["answer"] is True
    for key, wrong in (
        ("reminder_days", ["mon", "mon"]),
        ("reminder_days", ["funday"]),
        ("profile_places", ["tail"]),
    ):
        with pytest.raises(ValueError, match=key):
            settings.set(key, wrong)
    with pytest.raises(ValueError, match="expected a list of names"):
        settings.set("reminder_days", "mon,fri")  # the old comma form is read from a file, never set


def test_a_file_from_before_lists_were_lists_is_read_and_kept_in_the_new_form(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    answers = {
        "pregnant": {"answer": False, "on": "2026-10-01"},
        "lymphoedema": {"answer": ["left hand"], "on": None},
    }
    old = {
        "reminder_days": "mon,wed,fri",
        "profile_places": "left foot,right hand",
        "standing_answers": json.dumps(answers, sort_keys=True),
        "volume": 60,
        "from_a_newer_version": ["kept", "as", "it", "is"],
    }
    path.write_text(json.dumps(old, indent=2))
    settings = Settings.load(path)
    assert settings.problems == [f"{path}: from_a_newer_version: unknown setting, kept but not used"]
    assert settings.listed("reminder_days") == ("mon", "wed", "fri")
    assert settings.listed("profile_places") == ("left foot", "right hand")
    assert settings.record("standing_answers") == answers
    assert json.loads(path.read_text()) == old  # read, not written: the file changes with the next change
    settings.set("volume", 70)
    assert json.loads(path.read_text()) == {
        "reminder_days": ["mon", "wed", "fri"],
        "profile_places": ["left foot", "right hand"],
        "standing_answers": answers,
        "volume": 70,
        "from_a_newer_version": ["kept", "as", "it", "is"],
    }
    assert not list(tmp_path.glob("*.damaged*"))  # an old form is not damage


def test_old_values_that_were_wrong_then_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"reminder_days": "mon,", "profile_places": "left foot,tail", "standing_answers": "{no"})
    )
    settings = Settings.load(path)
    assert settings.listed("reminder_days") == DAY_NAMES and settings.listed("profile_places") == ()
    assert settings.record("standing_answers") == {}
    assert [problem.split(": ")[1] for problem in settings.problems] == [
        "reminder_days",
        "profile_places",
        "standing_answers",
    ]
    assert Settings.load(path).listed("reminder_days") == DAY_NAMES
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"reminder_days": "", "profile_places": "", "standing_answers": ""}))
    blank = Settings.load(empty)
    assert (
        blank.problems == [] and blank.listed("reminder_days") == () and blank.listed("profile_places") == ()
    )
