"""Settings the person can change; each control takes its range and description from the declaration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.contacts import SETTING, WHO, Who
from neuroguide.core.library import Library
from neuroguide.core.schedule import WEEKDAYS, ReminderPlan
from neuroguide.core.settings import BY_KEY, Settings, Value
from neuroguide.speech.guide import VoiceGuide
from neuroguide.speech.service import Voice
from neuroguide.ui.kit import style
from neuroguide.ui.kit.contacts import contact_label
from neuroguide.ui.kit.widgets import Button, CheckBox, ask_where_to_save, text_label

if TYPE_CHECKING:
    from neuroguide.ui.reminders import ReminderController


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        voice: VoiceGuide | None = None,
        parent: QWidget | None = None,
        reminders: ReminderController | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.voice = voice
        self.setWindowTitle(tr("Settings"))
        outer = QVBoxLayout(self)
        outer.addWidget(text_label(tr("Settings"), "title", bold=True))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("All settings"))  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        layout.addWidget(text_label(tr("How it looks"), "lead", bold=True))
        looks = self._form(layout)
        self.appearance = self._choices(
            "appearance",
            (
                ("system", tr("Follow my computer")),
                ("light", tr("Light")),
                ("dark", tr("Dark")),
                ("contrast", tr("High contrast")),
            ),
        )
        self._add_row(looks, tr("Colours"), self.appearance)
        self.text_size = self._choices(
            "text_size",
            tuple((percent, f"{percent}%") for percent in (100, 125, 150, 175, 200)),
            lambda value: f"{value}%",
        )
        self._add_row(looks, tr("Text size"), self.text_size)
        self.reduce_motion = self._check_box(
            "reduce_motion", tr("Keep the pictures still (no moving strokes)")
        )
        looks.addRow(self.reduce_motion)

        layout.addWidget(text_label(tr("Timing"), "lead", bold=True))
        timing = self._form(layout)
        self.lead_in = self._spin_box("lead_in_seconds", tr(" seconds"))
        self._add_row(timing, tr("Reading time before the timer starts"), self.lead_in)
        self.every_step = self._check_box("lead_in_every_step", tr("Give reading time before every step"))
        timing.addRow(self.every_step)
        self.pace = self._choices(
            "pace",
            (
                (1.0, tr("As written")),
                (1.25, tr("A little slower (×1.25)")),
                (1.5, tr("Slower (×1.5)")),
                (2.0, tr("Twice as long (×2)")),
            ),
            lambda value: f"×{value:g}",
        )
        self._add_row(timing, tr("Pace of every step"), self.pace)
        self.untimed = self._check_box("untimed", tr("No countdown: I'll say when to move on"))
        timing.addRow(self.untimed)
        self.safety_check = self._check_box(
            "safety_check", tr("Ask the safety questions before each session")
        )
        timing.addRow(self.safety_check)

        layout.addWidget(text_label(tr("About you"), "lead", bold=True))
        about = self._form(layout)
        from neuroguide.ui.kit.profile import PlaceButtons, cause_words

        self.cause = QComboBox()
        self.cause.setMinimumHeight(style.MIN_TARGET)
        self.cause.addItem(tr("Rather not say"), "")
        for key, words in cause_words().items():
            self.cause.addItem(words, key)
        self.cause.setCurrentIndex(max(0, self.cause.findData(settings.text("profile_cause"))))
        self.cause.currentIndexChanged.connect(
            lambda: settings.set("profile_cause", str(self.cause.currentData()))
        )
        self._add_row(about, tr("What caused the neuropathy"), self.cause)
        self.places = PlaceButtons(set(settings.text("profile_places").split(",")))
        for button in self.places.buttons.values():
            button.toggled.connect(lambda _on: settings.set("profile_places", ",".join(self.places.chosen())))
        about.addRow(QLabel(tr("Where the symptoms are")), self.places)
        self.card_button = Button(
            tr("Card for a massage therapist…"), tr("Save a printable card about you for a massage therapist")
        )
        self.card_button.clicked.connect(self._choose_card_file)
        about.addRow(self.card_button)
        self.card_status = text_label("", "small", muted=True)
        self.card_status.setAccessibleDescription(tr("Card status"))
        about.addRow(self.card_status)

        layout.addWidget(text_label(tr("Who gives the massage"), "lead", bold=True))
        who = self._form(layout)
        self.caregiver_mode = self._check_box(
            "caregiver_mode", tr("A caregiver gives it: speak to the helper")
        )
        who.addRow(self.caregiver_mode)
        self.caregiver_name = self._line_edit("caregiver_name", tr("the helper's name (optional)"))
        self._add_row(who, tr("Helper's name"), self.caregiver_name)

        layout.addWidget(text_label(tr("My contacts"), "lead", bold=True))
        layout.addWidget(text_label(tr("These numbers are shown whenever NeuroGuide says whom to call.")))
        contacts = self._form(layout)
        others = tr("name and number")
        hints: dict[Who, str] = {"emergency": tr("for example 999, 112 or 911")}
        self.contact_fields: dict[Who, QLineEdit] = {}
        for kind in WHO:  # emergency, helpline, foot clinic, doctor
            field = self._line_edit(SETTING[kind], hints.get(kind, others))
            self._add_row(contacts, contact_label(kind), field)
            self.contact_fields[kind] = field

        self._build_reminders(layout, reminders, library)

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
        self.output_choice.currentIndexChanged.connect(self._choose_output)
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
        self.test_button = Button(tr("Test voice"), icon="speaker")
        self.test_button.setEnabled(voice is not None)
        self.test_button.clicked.connect(self._on_test)
        test_row.addWidget(self.test_button)
        self.voice_status = text_label("", "small", muted=True)
        self.voice_status.setAccessibleDescription(tr("Voice status"))
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
        # as wide as the settings need, so large text never has to be read by scrolling sideways
        side = scroll.verticalScrollBar().sizeHint().width() + 2 * style.MARGIN
        self.resize(max(640, body.minimumSizeHint().width() + side), 720)

        if voice is not None:
            self._show_voice_status()
            voice.status_changed.connect(self._show_voice_status)
            if voice.audio is not None:
                voice.audio.changed.connect(self._fill_outputs)
                voice.audio.start()  # it lists the outputs
            if voice.service is not None:
                voice.service.voices_listed.connect(self._fill_voices)
                voice.service.list_voices()

    # -- building -------------------------------------------------------------------------------

    @staticmethod
    def _form(parent: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(12)
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

    def _choices(
        self,
        key: str,
        options: tuple[tuple[Value, str], ...],
        by_hand: Callable[[Value], str] = str,
    ) -> QComboBox:
        """A drop-down of a setting's values, saved (and so shown) as soon as one is chosen; a value set
        in the file by hand is offered too, in ``by_hand``'s words."""
        declared = BY_KEY[key]
        current: Value = {int: self.settings.whole, float: self.settings.number}.get(
            type(declared.default), self.settings.text
        )(key)
        box = QComboBox()
        box.setMinimumHeight(style.MIN_TARGET)
        box.setAccessibleDescription(declared.description)
        for value, words in options:
            box.addItem(words, value)
        if box.findData(current) < 0:
            box.addItem(by_hand(current), current)
        box.setCurrentIndex(box.findData(current))
        box.currentIndexChanged.connect(lambda: self.settings.set(key, box.currentData()))
        return box

    def _line_edit(self, key: str, placeholder: str) -> QLineEdit:
        """A text setting, saved without the spaces at its ends when editing is done (Enter, or moving
        on), and never longer than declared."""
        declared = BY_KEY[key]
        field = QLineEdit(self.settings.text(key))
        field.setMinimumHeight(style.MIN_TARGET)
        field.setPlaceholderText(placeholder)
        field.setAccessibleDescription(declared.description)
        if declared.max_length is not None:
            field.setMaxLength(declared.max_length)
        field.editingFinished.connect(lambda: self.settings.set(key, field.text().strip()))
        return field

    def _check_box(self, key: str, text: str) -> QCheckBox:
        box = CheckBox(text)
        box.setChecked(self.settings.flag(key))
        box.setAccessibleName(text)
        box.setAccessibleDescription(BY_KEY[key].description)
        box.toggled.connect(lambda on: self.settings.set(key, on))
        return box

    def _fill_outputs(self) -> None:
        """The outputs the player found; the list comes when it has started, and when one is added."""
        box = self.output_choice
        current = self.settings.text("audio_output")
        box.blockSignals(True)
        box.clear()
        box.addItem(tr("The system's default"), "")
        audio = self.voice.audio if self.voice is not None else None
        for device_id, name in (audio.outputs or []) if audio is not None else []:
            box.addItem(name, device_id)
        if box.findData(current) < 0:
            box.addItem(tr("%1 (not connected)").replace("%1", current), current)
        box.setCurrentIndex(box.findData(current))
        box.blockSignals(False)

    def _choose_output(self) -> None:
        self.settings.set("audio_output", str(self.output_choice.currentData() or ""))

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

    # -- reminders --------------------------------------------------------------------------------

    def _build_reminders(
        self, layout: QVBoxLayout, reminders: ReminderController | None, library: Library | None
    ) -> None:
        self.reminders = reminders
        layout.addWidget(text_label(tr("Morning reminder"), "lead", bold=True))
        form = self._form(layout)
        self.reminder_on = self._check_box("reminder_on", tr("Remind me to do my routine"))
        self.reminder_on.setEnabled(reminders is not None)
        form.addRow(self.reminder_on)
        self.reminder_time = QTimeEdit(QTime.fromString(self.settings.text("reminder_time"), "HH:mm"))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setMinimumHeight(style.MIN_TARGET)
        self.reminder_time.editingFinished.connect(
            lambda: self.settings.set("reminder_time", self.reminder_time.time().toString("HH:mm"))
        )
        self._add_row(form, tr("Time"), self.reminder_time)
        days_row = QHBoxLayout()
        chosen = set(self.settings.text("reminder_days").split(","))
        names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
        full = [tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday")]
        full += [tr("Saturday"), tr("Sunday")]
        self.day_buttons: dict[str, Button] = {}
        for key, name, whole in zip(WEEKDAYS, names, full, strict=True):
            button = Button(name, whole)
            button.setCheckable(True)
            button.setChecked(key in chosen)
            button.toggled.connect(self._save_days)
            self.day_buttons[key] = button
            days_row.addWidget(button)
        days_row.addStretch(1)
        form.addRow(QLabel(tr("Days")), days_row)
        self.reminder_routine = QComboBox()
        self.reminder_routine.setMinimumHeight(style.MIN_TARGET)
        for routine in library.routines if library else ():
            self.reminder_routine.addItem(routine.title, routine.id)
        current = self.reminder_routine.findData(self.settings.text("reminder_routine"))
        self.reminder_routine.setCurrentIndex(max(0, current))
        self.reminder_routine.currentIndexChanged.connect(
            lambda: self.settings.set("reminder_routine", str(self.reminder_routine.currentData() or ""))
        )
        self._add_row(form, tr("Routine"), self.reminder_routine)
        self.with_desktop = self._check_box("start_with_desktop", tr("Start with the desktop when I log in"))
        form.addRow(self.with_desktop)
        self.minimised = self._check_box("start_minimised", tr("Start in the background, without the window"))
        form.addRow(self.minimised)
        way = reminders.way_words() if reminders else tr("Reminders are not available here.")
        self.reminder_way = text_label(way, "small", muted=True)
        self.reminder_next = text_label(reminders.next_words() if reminders else "", "small", muted=True)
        form.addRow(self.reminder_way)
        form.addRow(self.reminder_next)
        if reminders is not None:
            reminders.changed.connect(lambda: self.reminder_next.setText(reminders.next_words()))
        self.calendar_button = Button(tr("Add to my calendar (.ics)…"))
        self.calendar_button.setEnabled(reminders is not None)
        self.calendar_button.clicked.connect(self._choose_calendar_file)
        form.addRow(self.calendar_button)

    def _save_days(self) -> None:
        chosen = [key for key, button in self.day_buttons.items() if button.isChecked()]
        self.settings.set("reminder_days", ",".join(chosen))

    def _choose_calendar_file(self) -> None:
        ask_where_to_save(
            self,
            tr("Save the reminder for your calendar"),
            tr("Calendar files (*.ics)"),
            "neuroguide-reminder.ics",
            self.save_calendar,
        )

    def _choose_card_file(self) -> None:
        ask_where_to_save(
            self,
            tr("Save the card for your massage therapist"),
            tr("PDF files (*.pdf)"),
            "neuroguide-about-me.pdf",
            self.save_card,
        )

    def save_card(self, out: Path) -> None:
        from datetime import date

        from neuroguide.ui.print.about_card import write_card

        try:
            write_card(self.settings, out, date.today())
        except OSError as error:
            self.card_status.setText(
                tr("The card could not be saved: %1").replace("%1", error.strerror or str(error))
            )
            return
        self.card_status.setText(tr("Saved %1. Print it and hand it over.").replace("%1", str(out)))

    def save_calendar(self, out: Path) -> None:
        from datetime import date

        from neuroguide.system.calendar_file import write_reminder_calendar

        if self.reminders is None:
            return
        routine = self.reminders.library.get(self.settings.text("reminder_routine"))
        title = routine.title if routine else tr("Morning routine")
        minutes = max(1, round(routine.total_seconds / 60)) if routine else 10
        try:
            plan = ReminderPlan.from_settings(
                self.settings.text("reminder_time"), self.settings.text("reminder_days"), self.reminders.zone
            )
            write_reminder_calendar(plan, title, minutes, date.today(), out)
        except (OSError, ValueError) as error:
            self.reminder_next.setText(
                tr("The calendar file could not be saved: %1").replace("%1", str(error))
            )
            return
        self.reminder_next.setText(tr("Saved %1. Open it with your calendar.").replace("%1", str(out)))

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
