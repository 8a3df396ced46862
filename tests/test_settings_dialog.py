"""The settings dialog: every control saves its setting; the voice can be tried and chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.contacts import SETTING
from neuroguide.core.settings import CONTACT_LENGTH, Settings
from neuroguide.speech.guide import VoiceGuide
from neuroguide.speech.service import Voice
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.kit import style
from tests.fakes import FakeAudio, FakeService
from tests.test_keyboard import focused, named, tab_to

Shown = TypeVar("Shown", bound=QWidget)


def active(qtbot: QtBot, widget: Shown) -> Shown:
    """``widget`` shown and active, so keys typed reach it."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def active_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    return active(qtbot, SettingsDialog(settings))


def test_controls_save_and_the_voice_can_be_tried(
    screens: Path, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    style.apply(qapp)
    settings = Settings.load(tmp_path / "settings.json")
    service = FakeService(tmp_path)
    guide = VoiceGuide(settings, service, FakeAudio())
    dialog = SettingsDialog(settings, guide)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.voice_status.text() == "The voice is ready."

    service.voices_listed.emit(
        [Voice("roa/fr", "French", ("fr",)), Voice("gmw/en-gb", "English (Great Britain)", ("en-gb",))]
    )
    names = [dialog.voice_choice.itemText(i) for i in range(dialog.voice_choice.count())]
    assert names == ["The usual voice for English", "English (Great Britain)"]  # the voice's language's
    dialog.voice_choice.setCurrentIndex(1)
    assert settings.text("voice") == "gmw/en-gb"
    speech_language = dialog.fields["speech_language"]
    assert isinstance(speech_language, QComboBox)
    speech_language.setCurrentIndex(speech_language.findData("fr"))
    names = [dialog.voice_choice.itemText(i) for i in range(dialog.voice_choice.count())]
    assert names == ["The usual voice for Français", "French"]
    speech_language.setCurrentIndex(speech_language.findData(""))
    dialog.voice_choice.setCurrentIndex(1)

    dialog.rate.setValue(110)
    dialog.rate.editingFinished.emit()
    assert settings.whole("speech_rate") == 110 and service.rate == 110
    dialog.muted.click()
    assert settings.flag("muted") is True
    assert dialog.voice_status.text() == "The voice is muted. Instructions are shown on screen."
    dialog.muted.click()
    dialog.captions.setCurrentIndex(1)
    assert settings.text("captions") == "always"
    dialog.lead_in.setValue(12)
    dialog.lead_in.editingFinished.emit()
    assert Settings.load(tmp_path / "settings.json").whole("lead_in_seconds") == 12

    dialog.safety_check.click()
    assert settings.flag("safety_check") is False
    dialog.test_button.click()
    assert service.requests[-1][0].startswith("This is your guide's voice.")
    for widget in (dialog.voice_choice, dialog.rate, dialog.volume, dialog.output_choice, dialog.captions):
        assert widget.accessibleName()
        assert widget.height() >= 44
    qapp.processEvents()
    assert dialog.grab().save(str(screens / "settings-100.png"))


def test_the_sound_outputs_come_from_the_player_and_a_missing_one_stays_chosen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set("audio_output", "usb-headset")  # chosen before, not plugged in now
    audio = FakeAudio()
    audio.outputs = None  # the player has not said yet
    guide = VoiceGuide(settings, FakeService(tmp_path), audio)
    dialog = SettingsDialog(settings, guide)
    qtbot.addWidget(dialog)
    assert audio.player_started  # asked to list the outputs

    def shown() -> list[str]:
        return [dialog.output_choice.itemText(i) for i in range(dialog.output_choice.count())]

    assert shown() == ["The system's default", "usb-headset (not connected)"]
    audio.outputs = [("speakers", "Built-in speakers"), ("usb-headset", "USB headset")]
    audio.changed.emit()
    assert shown() == ["The system's default", "Built-in speakers", "USB headset"]
    assert dialog.output_choice.currentText() == "USB headset"
    assert settings.text("audio_output") == "usb-headset"  # filling the list changed nothing
    dialog.output_choice.setCurrentIndex(1)
    assert settings.text("audio_output") == "speakers"
    assert audio.log[-1] == "device speakers"


def test_my_contacts_are_typed_by_keyboard_and_kept(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    style.apply(qapp)
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.set("contact_doctor", "Dr Old 01632 960 000")  # kept before: shown, and replaced
    dialog = active_dialog(qtbot, settings)
    fields = dialog.contact_fields
    assert [fields[kind].accessibleName() for kind in fields] == [
        "Local emergency number",
        "Cancer team's helpline",
        "Foot clinic",
        "Doctor",
    ]
    assert fields["emergency"].placeholderText() == "for example 999, 112 or 911"
    assert {fields[kind].placeholderText() for kind in ("helpline", "foot-clinic", "doctor")} == {
        "name and number"
    }
    assert fields["doctor"].text() == "Dr Old 01632 960 000"
    for field in fields.values():
        assert field.height() >= 44
        assert field.accessibleDescription()

    # Tab reaches the first, and each leads to the next, in the order written
    typed = {
        "emergency": "999",
        "helpline": "Macmillan 0808 808 00 00",
        "foot-clinic": "  Podiatry 020 7886 6666  ",
        "doctor": "Dr Okafor 01632 960 123",
    }
    tab_to(qtbot, named("Local emergency number"), "the emergency number")
    for kind, words in typed.items():
        field = focused()
        assert field is fields[kind]
        if kind == "doctor":
            qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the old one
        qtbot.keyClicks(field, words)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    saved = Settings.load(path)
    assert saved.problems == []
    assert {kind: saved.text(key) for kind, key in SETTING.items()} == {
        "emergency": "999",
        "helpline": "Macmillan 0808 808 00 00",
        "foot-clinic": "Podiatry 020 7886 6666",  # without the spaces at its ends
        "doctor": "Dr Okafor 01632 960 123",
    }


def test_a_contact_typed_then_closed_with_escape_is_kept_and_never_overlong(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    dialog = active_dialog(qtbot, settings)
    field = dialog.contact_fields["helpline"]
    field.setFocus()
    qtbot.keyClicks(field, "1" * (CONTACT_LENGTH + 20))
    assert len(field.text()) == CONTACT_LENGTH  # the field takes no more than the setting keeps
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Settings.load(path).text("contact_helpline") == "1" * CONTACT_LENGTH


def test_every_row_is_made_from_its_declaration(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

    from neuroguide.core.settings import DECLARED

    path = tmp_path / "settings.json"
    path.write_text('{"text_size": 110, "reminder_days": "mon,sat"}')  # set by hand, in the old form
    settings = Settings.load(path)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    shown = [setting for setting in DECLARED if setting.section]
    assert list(dialog.fields) == [setting.key for setting in shown]  # in the order declared
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    for setting in shown:
        field = dialog.fields[setting.key]
        if isinstance(field, QCheckBox):
            assert field.text() == setting.label and field.accessibleName() == setting.label
        elif setting.row in ("days", "places"):  # a row of buttons under a plain label
            assert setting.label in [label.text() for label in dialog.findChildren(QLabel)]
        else:
            assert buddies[field] == field.accessibleName(), setting.key
        if setting.row not in ("days", "places"):
            assert field.accessibleDescription() == setting.description, setting.key
        if setting.row == "choice":
            assert isinstance(field, QComboBox)
            offered = [field.itemData(i) for i in range(field.count())]
            assert offered[: len(setting.choices)] == [choice.code for choice in setting.choices]
    assert dialog.text_size.currentText() == "110%"  # kept, and offered in its declared form
    assert [day for day, button in dialog.day_buttons.items() if button.isChecked()] == ["mon", "sat"]
    assert [button.accessibleName() for button in dialog.day_buttons.values()][:2] == ["Monday", "Tuesday"]
    dialog.day_buttons["sat"].click()
    assert settings.listed("reminder_days") == ("mon",)
