"""The settings dialog: every control saves its setting; the voice can be tried and chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.settings import Settings
from neuroguide.speech.guide import VoiceGuide
from neuroguide.speech.service import Voice
from neuroguide.ui import style
from neuroguide.ui.settings_dialog import SettingsDialog
from tests.fakes import FakeAudio, FakeService

SCREENS = Path(__file__).parent / "screens"


def test_controls_save_and_the_voice_can_be_tried(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    style.apply(qapp)
    settings = Settings.load(tmp_path / "settings.json")
    service = FakeService(tmp_path)
    guide = VoiceGuide(settings, service, FakeAudio())  # type: ignore[arg-type]
    dialog = SettingsDialog(settings, guide)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.voice_status.text() == "The voice is ready."

    service.voices_listed.emit(
        [Voice("roa/fr", "French", ("fr",)), Voice("gmw/en-gb", "English (Great Britain)", ("en-gb",))]
    )
    names = [dialog.voice_choice.itemText(i) for i in range(dialog.voice_choice.count())]
    assert names == ["The engine's default voice", "English (Great Britain)", "French"]
    dialog.voice_choice.setCurrentIndex(1)
    assert settings.text("voice") == "gmw/en-gb"

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
    SCREENS.mkdir(exist_ok=True)
    qapp.processEvents()
    assert dialog.grab().save(str(SCREENS / "settings-100.png"))


def test_the_sound_outputs_come_from_the_player_and_a_missing_one_stays_chosen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set("audio_output", "usb-headset")  # chosen before, not plugged in now
    audio = FakeAudio()
    audio.outputs = None  # the player has not said yet
    guide = VoiceGuide(settings, FakeService(tmp_path), audio)  # type: ignore[arg-type]
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
