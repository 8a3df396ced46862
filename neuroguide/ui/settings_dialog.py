"""Settings the person can change; each control takes its range and description from the declaration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.settings import BY_KEY, Settings
from neuroguide.speech.guide import VoiceGuide
from neuroguide.speech.service import Voice
from neuroguide.ui import style
from neuroguide.ui.widgets import Button, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, voice: VoiceGuide | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.voice = voice
        self.setWindowTitle(tr("Settings"))
        self.resize(640, 720)
        outer = QVBoxLayout(self)
        outer.addWidget(text_label(tr("Settings"), "title", bold=True))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        layout.addWidget(text_label(tr("Timing"), "lead", bold=True))
        timing = self._form(layout)
        self.lead_in = self._spin_box("lead_in_seconds", tr(" seconds"))
        self._add_row(timing, tr("Reading time before the timer starts"), self.lead_in)
        self.every_step = self._check_box("lead_in_every_step", tr("Give reading time before every step"))
        timing.addRow(self.every_step)

        layout.addWidget(text_label(tr("Voice"), "lead", bold=True))
        voice_form = self._form(layout)
        self.voice_choice = QComboBox()
        self.voice_choice.setMinimumHeight(style.MIN_TARGET)
        self.voice_choice.addItem(tr("The engine's default voice"), "")
        current = settings.text("voice")
        if current:
            self.voice_choice.addItem(current, current)
            self.voice_choice.setCurrentIndex(1)
        self.voice_choice.currentIndexChanged.connect(
            lambda: settings.set("voice", str(self.voice_choice.currentData() or ""))
        )
        self._add_row(voice_form, tr("Voice"), self.voice_choice)
        self.rate = self._spin_box("speech_rate", tr(" words a minute"))
        self._add_row(voice_form, tr("Speaking rate"), self.rate)
        self.volume = self._spin_box("volume", " %")
        self._add_row(voice_form, tr("Volume"), self.volume)
        self.output_choice = QComboBox()
        self.output_choice.setMinimumHeight(style.MIN_TARGET)
        self._fill_outputs()
        self._add_row(voice_form, tr("Sound output"), self.output_choice)
        self.muted = self._check_box("muted", tr("Mute the voice and the chime"))
        voice_form.addRow(self.muted)
        self.chime = self._check_box("chime", tr("Play a soft chime when a new step begins"))
        voice_form.addRow(self.chime)
        self.captions = QComboBox()
        self.captions.setMinimumHeight(style.MIN_TARGET)
        self.captions.addItem(tr("Only when the voice is silent"), "when-silent")
        self.captions.addItem(tr("Always"), "always")
        self.captions.setCurrentIndex(max(0, self.captions.findData(settings.text("captions"))))
        self.captions.currentIndexChanged.connect(
            lambda: settings.set("captions", str(self.captions.currentData()))
        )
        self._add_row(voice_form, tr("Show what the voice says"), self.captions)

        test_row = QHBoxLayout()
        self.test_button = Button(tr("Test voice"))
        self.test_button.setEnabled(voice is not None)
        self.test_button.clicked.connect(self._on_test)
        test_row.addWidget(self.test_button)
        self.voice_status = text_label("", "small", muted=True)
        self.voice_status.setAccessibleName(tr("Voice status"))
        test_row.addWidget(self.voice_status, 1)
        layout.addLayout(test_row)
        layout.addStretch(1)

        if settings.problems:
            layout.addWidget(
                text_label(
                    tr("Some saved settings could not be used and are back to their defaults:")
                    + "\n"
                    + "\n".join(settings.problems),
                    "small",
                )
            )

        close = Button(tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        if voice is not None:
            self._show_voice_status()
            voice.status_changed.connect(self._show_voice_status)
            if voice.service is not None:
                voice.service.voices_listed.connect(self._fill_voices)
                voice.service.list_voices()

    # -- building -------------------------------------------------------------------------------

    @staticmethod
    def _form(parent: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        parent.addLayout(form)
        return form

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)  # a screen reader names the field by its label
        field.setAccessibleName(text)
        form.addRow(label, field)

    def _spin_box(self, key: str, suffix: str) -> QSpinBox:
        declared = BY_KEY[key]
        box = QSpinBox()
        box.setRange(int(declared.low or 0), int(declared.high or 100))
        box.setSuffix(suffix)
        box.setValue(self.settings.whole(key))
        box.setMinimumHeight(style.MIN_TARGET)
        box.setAccessibleDescription(declared.description)
        # saved when editing is done, not at every step of the arrows
        box.editingFinished.connect(lambda: self.settings.set(key, box.value()))
        return box

    def _check_box(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(self.settings.flag(key))
        box.setMinimumHeight(style.MIN_TARGET)
        box.setAccessibleName(text)
        box.setAccessibleDescription(BY_KEY[key].description)
        box.toggled.connect(lambda on: self.settings.set(key, on))
        return box

    def _fill_outputs(self) -> None:
        self.output_choice.addItem(tr("The system's default"), "")
        try:
            from neuroguide.speech.audio import device_id, output_devices

            devices = output_devices()
        except ImportError:
            devices = []
        for device in devices:
            self.output_choice.addItem(device.description(), device_id(device))
        self.output_choice.setCurrentIndex(
            max(0, self.output_choice.findData(self.settings.text("audio_output")))
        )
        self.output_choice.currentIndexChanged.connect(
            lambda: self.settings.set("audio_output", str(self.output_choice.currentData() or ""))
        )

    def _fill_voices(self, voices: list[Voice]) -> None:
        """English voices first, then the rest by name; the choice stays as it was."""
        current = self.settings.text("voice")
        self.voice_choice.blockSignals(True)
        while self.voice_choice.count() > 1:
            self.voice_choice.removeItem(1)
        ordered = sorted(
            voices, key=lambda v: (not any(lang.startswith("en") for lang in v.languages), v.name)
        )
        for voice in ordered:
            self.voice_choice.addItem(voice.name, voice.id)
        self.voice_choice.setCurrentIndex(max(0, self.voice_choice.findData(current)))
        self.voice_choice.blockSignals(False)

    # -- voice ----------------------------------------------------------------------------------

    def _on_test(self) -> None:
        # Values typed but not yet confirmed count too.
        self.settings.set("speech_rate", self.rate.value())
        self.settings.set("volume", self.volume.value())
        if self.voice is not None:
            self.voice.test_voice()

    def _show_voice_status(self) -> None:
        if self.voice is None:
            return
        text = self.voice.status_text()
        if not text:
            names = {"voice": tr("The voice is ready."), "system": tr("The system voice is used.")}
            text = names.get(self.voice.mode, "")
        self.voice_status.setText(text)
