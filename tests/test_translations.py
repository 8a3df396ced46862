"""The translations: compiled from their files, complete, their blanks and safety meaning kept, the
content falling back to English text by text, and the languages shown, spoken and written as people
read them (the pages in each language are walked in tests/test_languages.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from neuroguide.core import content_words
from neuroguide.core.clock import FakeClock
from neuroguide.core.contacts import LABELS, WHEN_WORDS, WHO_WORDS, WHO_WORDS_CAREGIVER
from neuroguide.core.content_words import ContentWords, load_content_words, routine_context
from neuroguide.core.languages import TRANSLATED
from neuroguide.core.library import Library
from neuroguide.core.prompts import PromptBook
from neuroguide.core.resources import translations_dir
from neuroguide.core.routine import Routine
from neuroguide.core.safety import QUESTIONS, RULES, STOP_SIGNS
from neuroguide.core.translation_check import ts_problems
from neuroguide.core.ts_files import Message, read_ts, write_ts
from neuroguide.speech.service import WORKER
from tests.virtual_display import CHECKOUT, checkout_first

FOLDER = translations_dir()
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def english_again() -> object:
    """Whatever a test shows, the suite goes on in English."""
    from neuroguide.ui.kit.language import apply_language, choose_for_this_run
    from neuroguide.ui.kit.temperatures import use_unit

    yield None
    choose_for_this_run("")
    use_unit("")
    apply_language("en")
    QLocale.setDefault(QLocale.c())


def test_every_compiled_translation_is_made_from_its_file_as_it_is_now(tmp_path: Path) -> None:
    """A .qm missing or older than its .ts is a failure here, not English on the screen."""
    for source in sorted(FOLDER.glob("neuroguide_*.ts")):
        fresh = tmp_path / source.with_suffix(".qm").name
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(fresh)], check=True, timeout=60)
        shipped = source.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} is missing: run scripts/translations build"
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is stale: run scripts/translations build"
        )


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.ts")), ids=lambda path: path.name)
def test_every_translation_is_complete_and_keeps_its_blanks(path: Path) -> None:
    assert ts_problems(path) == []


def test_the_code_s_words_share_the_one_context_the_lookups_use() -> None:
    """A word extracted under another context (a method's name, say) would never be found."""
    for path in FOLDER.glob("neuroguide_*.ts"):
        assert {message.context for message in read_ts(path).messages} == {""}, path.name


def _routine(library: Library, routine_id: str) -> Routine:
    routine = library.get(routine_id)
    assert routine is not None
    return routine


def _numbers(text: str) -> list[str]:
    return [number.replace(",", ".") for number in re.findall(r"\d+(?:[.,]\d+)?", text)]


SAFETY_TEXTS = [
    *(text for question in QUESTIONS for text in (question.text, question.text_caregiver)),
    *(rule.message for rule in RULES),
    *(text for sign in STOP_SIGNS for text in (sign.sign, sign.action)),
    *WHO_WORDS.values(), *WHO_WORDS_CAREGIVER.values(), *LABELS.values(), *WHEN_WORDS.values(),
]  # fmt: skip


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_safety_question_rule_and_stop_sign_is_in_each_language_with_its_numbers(language: str) -> None:
    found = {message.source: message for message in read_ts(FOLDER / f"neuroguide_{language}.ts").messages}
    assert len(SAFETY_TEXTS) > 90
    for english in SAFETY_TEXTS:
        message = found.get(english)
        assert message is not None and message.finished and message.translation.strip(), english
        assert message.translation != english, english
        # the same temperatures, ages, weeks and months: the meaning kept exactly
        assert sorted(_numbers(message.translation)) == sorted(_numbers(english)), english


def _with_file(tmp_path: Path, change: object) -> Path:
    path = tmp_path / "routines_es.ts"
    ts = read_ts(FOLDER / "routines_es.ts")
    change(ts.messages)  # type: ignore[operator]
    write_ts(path, ts)
    return path


def test_validate_names_a_missing_text_an_unknown_one_and_a_lost_blank(tmp_path: Path) -> None:
    def broken(messages: list[Message]) -> None:
        missing = next(
            m for m in messages if m.context == routine_context("foot-care") and "soles" in m.source
        )
        messages.remove(missing)
        messages.append(Message(routine_context("foot-care"), "A step no routine has.", "Un paso.", True))
        sided = next(m for m in messages if "{side}" in m.source)
        sided.translation = sided.translation.replace("{side}", "derecho")

    path = _with_file(tmp_path, broken)
    result = subprocess.run(
        [sys.executable, "-m", "neuroguide", "validate", str(path)],
        capture_output=True, text=True, timeout=60, cwd=CHECKOUT, env=os.environ | checkout_first(),
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3, lines
    assert any("routine:foot-care" in line and "not translated" in line for line in lines)
    assert any("not in the English" in line and "A step no routine has." in line for line in lines)
    assert any("blanks" in line and "{side}" in line for line in lines)
    shipped = subprocess.run(
        [sys.executable, "-m", "neuroguide", "validate", *map(str, sorted(FOLDER.glob("*.ts")))],
        capture_output=True, text=True, timeout=60, cwd=CHECKOUT, env=os.environ | checkout_first(),
    )  # fmt: skip
    assert shipped.returncode == 0, shipped.stdout


def test_a_missing_content_translation_is_english_for_that_text_only(shipped: Library) -> None:
    full = load_content_words(FOLDER, "fr")
    routine = _routine(shipped, "hand-relief")
    english_title = routine.title
    first_step = routine.blocks[0].steps[0]
    words = ContentWords("fr")
    words.add({key: text for key, text in full.translations.items() if key[1] != first_step.text})
    french = words.routine(routine)
    assert french.title != english_title and french.title == full.routine(routine).title
    assert french.blocks[0].steps[0].text == first_step.text  # that text only, in English
    assert french.blocks[0].steps[0].title != first_step.title
    assert words.missing == {(routine_context("hand-relief"), first_step.text, "")}


def test_the_app_says_once_that_some_words_are_in_english(qapp: object, english_again: object) -> None:
    from neuroguide.ui.kit import language

    language.apply_language("de")
    content_words.shown().missing.add(("routine:x", "Some text", ""))
    first = language.untranslated_notice()
    assert "Deutsch" in first and "English" not in first  # in the language shown
    assert language.untranslated_notice() == ""


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "neuroguide", *args],
        capture_output=True, text=True, timeout=60, cwd=CHECKOUT,
        env={**os.environ, **checkout_first(), **env},
    )  # fmt: skip


def test_the_command_line_lists_the_routines_in_the_language_asked_for_or_the_system_s(
    shipped: Library, tmp_path: Path
) -> None:
    spanish = load_content_words(FOLDER, "es")
    titles = {routine.id: spanish.routine(routine).title for routine in shipped.routines}
    for listed in (
        _cli("--data-dir", str(tmp_path), "--lang", "es", "routines", "--json"),
        _cli("--data-dir", str(tmp_path), "routines", "--json", LANG="es_ES.UTF-8"),
    ):
        rows = json.loads(listed.stdout)
        assert {row["id"]: row["title"] for row in rows} == titles
        assert titles["foot-care"] != _routine(shipped, "foot-care").title
    english = json.loads(_cli("--data-dir", str(tmp_path), "routines", "--json", LANG="C.UTF-8").stdout)
    assert {row["id"]: row["title"] for row in english} == {r.id: r.title for r in shipped.routines}


def test_a_spanish_session_is_spoken_in_spanish_by_a_spanish_voice(
    qapp: object, shipped: Library, tmp_path: Path, english_again: object
) -> None:
    from neuroguide.ui.kit.language import apply_language, voice_words

    apply_language("en")  # the screen in English, the voice in Spanish: a setting of its own
    words = voice_words("es")
    assert words.language == "es" and words.content is not None
    book = PromptBook(_routine(shipped, "foot-care"), translate=words.tr, content=words.content)
    first = book.all_texts()[0]
    spanish_title = words.content.routine(_routine(shipped, "foot-care")).title
    assert spanish_title in first and "Get ready" not in first
    request = {
        "id": 1,
        "op": "synth",
        "text": first,
        "language": "es",
        "rate": 150,
        "out": str(tmp_path / "es.wav"),
    }
    result = subprocess.run(
        WORKER, input=json.dumps(request) + "\n", capture_output=True, text=True, timeout=60
    )
    reply = json.loads(result.stdout.splitlines()[1])
    assert reply["voice"] == "roa/es", reply  # espeak-ng's Spanish (Spain)
    assert Path(reply["path"]).stat().st_size > 10_000 and reply["seconds"] > 2


def test_the_voice_cache_keeps_each_language_s_sound_apart(qapp: object, tmp_path: Path) -> None:
    from neuroguide.speech.service import SpeechService

    service = SpeechService(tmp_path)
    service.configure("", 150, "es")
    spanish = service.cache_path("Uno")
    service.configure("", 150, "fr")
    assert service.cache_path("Uno") != spanish


def test_dates_times_and_temperatures_follow_the_locale_and_the_choice(
    qapp: object, english_again: object
) -> None:
    from neuroguide.app.locale_words import day_words, first_weekday, moment_words, tenths
    from neuroguide.ui.kit.temperatures import degrees, shown, use_unit

    fever = next(question for question in QUESTIONS if question.id == "fever").text
    QLocale.setDefault(QLocale("de_DE"))
    assert day_words(date(2026, 10, 5)) == "5. Okt. 2026" and tenths(1.25) == "1,2"
    assert moment_words(datetime(2026, 10, 5, 14, 5)).endswith("14:05") and first_weekday() == 0
    assert "37.5 °C" in shown(fever)
    QLocale.setDefault(QLocale("en_US"))
    assert day_words(date(2026, 10, 5)) == "Oct 5, 2026" and first_weekday() == 6
    assert moment_words(datetime(2026, 10, 5, 14, 5)).endswith("2:05\u202fPM") or moment_words(
        datetime(2026, 10, 5, 14, 5)
    ).endswith("2:05 PM")
    assert "99.5 °F or more, or under 96.8 °F" in shown(fever)  # as is usual in the United States
    assert degrees().difference(2.2) == "4.0 °F"
    use_unit("c")  # chosen in Settings
    assert "37.5 °C" in shown(fever) and degrees().value(31.5) == "31.5 °C"


def test_a_language_chosen_in_settings_is_shown_at_once(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, english_again: object
) -> None:
    from PySide6.QtWidgets import QComboBox

    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.main_window import MainWindow

    settings = Settings.load(settings_path(data_dir))
    settings.set("welcomed", True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), settings, clock)
    window.show()
    qtbot.waitExposed(window)
    german = read_ts(FOLDER / "neuroguide_de.ts")
    in_german = {message.source: message.translation for message in german.messages}
    assert window.library_page.settings_button.text() == "Settings"
    window.open_settings()
    field = window.settings_dialog.fields["language"]  # type: ignore[union-attr]
    assert isinstance(field, QComboBox)
    field.setCurrentIndex(field.findData("de"))
    qtbot.waitUntil(lambda: window.library_page.settings_button.text() == in_german["Settings"])
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle().startswith(in_german["Settings"])  # opened again, in German
    assert dialog.focusWidget() is dialog.fields["language"]
    titles = {routine.id: routine.title for routine in window.library.routines}
    assert (
        titles["foot-care"]
        == load_content_words(FOLDER, "de").routine(_routine(window.english_library, "foot-care")).title
    )
    field = dialog.fields["language"]
    assert isinstance(field, QComboBox)
    field.setCurrentIndex(field.findData("en"))
    qtbot.waitUntil(lambda: window.library_page.settings_button.text() == "Settings")
    window.shut_down()


def test_the_reminder_s_days_start_the_week_where_the_reader_s_week_starts(
    qtbot: QtBot, tmp_path: Path, english_again: object
) -> None:
    from neuroguide.core.settings import BY_KEY, Settings
    from neuroguide.ui.dialogs.settings.rows import DayButtons

    settings = Settings.load(tmp_path / "settings.json")
    QLocale.setDefault(QLocale("en_US"))
    american = DayButtons(settings, BY_KEY["reminder_days"])
    QLocale.setDefault(QLocale("de_DE"))
    german = DayButtons(settings, BY_KEY["reminder_days"])
    for buttons in (american, german):
        qtbot.addWidget(buttons)
    assert list(american.buttons)[:2] == ["sun", "mon"] and list(german.buttons)[:2] == ["mon", "tue"]


# The nouns the routines put before {side}, by their gender, and the gender of the side's word for each
# limb ("pie derecho", "mano derecha"): a step about a leg that said "tobillo {side}" would read
# "tobillo derecha".
NOUNS = {
    "es": {
        "m": {"pie", "talón", "antebrazo", "brazo", "tobillo", "pulgar"},
        "f": {"mano", "pierna", "palma", "planta"},
    },
    "fr": {
        "m": {"pied", "talon", "bras", "avant-bras", "pouce"},
        "f": {"main", "jambe", "paume", "cheville"},
    },
}
SIDE_GENDER = {
    "foot": "m",
    "leg": "f",
    "hand": "f",
    "arm": "m",
}  # pie/pied, pierna/jambe, mano/main, brazo/bras


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_word_for_a_side_agrees_with_the_noun_before_it(language: str, shipped: Library) -> None:
    from neuroguide.core.routine import LIMB, TEXT_FIELDS

    words = load_content_words(FOLDER, language)
    feminine = {"es": "derecha", "fr": "droite"}[language]  # the file's own words have those genders
    assert {limb: words.side("right", limb) == feminine for limb in SIDE_GENDER} == {
        limb: gender == "f" for limb, gender in SIDE_GENDER.items()
    }
    checked = 0
    for routine in shipped.routines:
        for block in routine.blocks:
            limb = LIMB[block.area or routine.area]
            for step in block.steps:
                for name in TEXT_FIELDS:
                    english = getattr(step, name)
                    if "{side}" not in english:
                        continue
                    translated = words.text(routine_context(routine.id), english)
                    for noun in re.findall(r"([\w-]+) \{side\}", translated):
                        known = {g for g, nouns in NOUNS[language].items() if noun.lower() in nouns}
                        assert known == {SIDE_GENDER[limb]}, (routine.id, step.id, name, translated)
                        checked += 1
    assert checked > 40


def test_a_language_chosen_on_the_welcome_shows_the_welcome_in_it(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, english_again: object
) -> None:
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.main_window import MainWindow

    settings = Settings.load(settings_path(data_dir))
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    window.show()
    qtbot.waitExposed(window)
    first = window.welcome
    assert first is not None and first.language_buttons["en"].isChecked()
    assert not any(button.isChecked() for code, button in first.language_buttons.items() if code != "en")
    first.language_buttons["fr"].click()
    qtbot.waitUntil(lambda: window.welcome is not None and window.welcome is not first)
    french = {
        message.source: message.translation for message in read_ts(FOLDER / "neuroguide_fr.ts").messages
    }
    again = window.welcome
    assert again is not None and again.next_button.text() == french["Next"]
    assert again.language_buttons["fr"].isChecked() and again.language_buttons["fr"].hasFocus()
    assert settings.text("language") == "fr" and not settings.flag("welcomed")  # still on the welcome
    window.shut_down()


def test_the_reminder_window_made_before_a_language_is_chosen_speaks_it(
    qtbot: QtBot, english_again: object
) -> None:
    from neuroguide.ui.dialogs.reminder import ReminderWindow
    from neuroguide.ui.kit.language import apply_language

    window = ReminderWindow()  # made at start, it may wait all day
    qtbot.addWidget(window)
    assert window.skip_button.text() == "Skip today"
    apply_language("es")
    spanish = {
        message.source: message.translation for message in read_ts(FOLDER / "neuroguide_es.ts").messages
    }
    qtbot.waitUntil(lambda: window.skip_button.text() == spanish["Skip today"])
    assert window.start_button.accessibleName() == spanish["Start"]
