"""Settings the person can change, section by section, each row made from its setting's declaration
(neuroguide.core.settings). Besides the rows: the card about you, the reminder's state and calendar
file, and trying the voice."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.contacts import Who
from neuroguide.core.library import Library
from neuroguide.core.schedule import ReminderPlan
from neuroguide.core.settings import DECLARED, SECTIONS, Section, Settings
from neuroguide.core.translation import fill, tr
from neuroguide.speech.guide import VoiceGuide
from neuroguide.speech.service import Voice
from neuroguide.ui.dialogs.settings import custom
from neuroguide.ui.dialogs.settings.follow import Follower
from neuroguide.ui.dialogs.settings.rows import DayButtons, add_setting_row, made_row, section_form
from neuroguide.ui.kit import style
from neuroguide.ui.kit.language import voice_language
from neuroguide.ui.kit.profile import PlaceButtons
from neuroguide.ui.kit.stylesheet import SCROLL_RING
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, ask_where_to_save, scrolling, text_label
from neuroguide.ui.kit.window_size import fit_to_screen
from neuroguide.ui.kit.words import setting_words

if TYPE_CHECKING:
    from neuroguide.app.reminders import ReminderController

# The names the dialog's fields are known by, for the code around it and the tests.
FIELD_NAMES = {
    "lead_in_seconds": "lead_in",
    "lead_in_every_step": "every_step",
    "profile_cause": "cause",
    "profile_places": "places",
    "start_with_desktop": "with_desktop",
    "start_minimised": "minimised",
    "voice": "voice_choice",
    "speech_rate": "rate",
    "audio_output": "output_choice",
}


class SettingsDialog(QDialog):
    # the fields, by the names in FIELD_NAMES (or their setting's key); all of them are in ``fields``
    appearance: QComboBox
    text_size: QComboBox
    reduce_motion: QCheckBox
    lead_in: QSpinBox
    every_step: QCheckBox
    pace: QComboBox
    untimed: QCheckBox
    safety_check: QCheckBox
    cause: QComboBox
    places: PlaceButtons
    caregiver_mode: QCheckBox
    caregiver_name: QLineEdit
    reminder_on: QCheckBox
    reminder_time: QTimeEdit
    reminder_days: DayButtons
    reminder_routine: QComboBox
    with_desktop: QCheckBox
    minimised: QCheckBox
    voice_choice: QComboBox
    rate: QSpinBox
    volume: QSpinBox
    output_choice: QComboBox
    muted: QCheckBox
    chime: QCheckBox
    captions: QComboBox

    def __init__(
        self,
        settings: Settings,
        voice: VoiceGuide | None = None,
        parent: QWidget | None = None,
        reminders: ReminderController | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}  # by setting
        self._voices: list[Voice] = []  # as the engine listed them
        self.contact_fields: dict[Who, QLineEdit] = {}
        self.settings = settings
        self.voice = voice
        self.reminders = reminders
        self.library = library
        self.setWindowTitle(window_title(tr("Settings")))
        outer = QVBoxLayout(self)
        outer.addWidget(text_label(tr("Settings"), "title", bold=True))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        scroll = scrolling(body, tr("All settings"), focusable=True)  # to scroll by keyboard
        self.settings_scroll = scroll
        outer.addWidget(scroll, 1)
        for section in SECTIONS:
            self._add_section(layout, section)
        layout.addStretch(1)
        if settings.problems:
            problems = "\n".join(settings.problems)
            words = tr("Some saved settings could not be used and are back to their defaults:")
            layout.addWidget(text_label(f"{words}\n{problems}", "small"))
        close = Button(tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        # as wide as the settings need, so large text never has to be read by scrolling sideways
        side = scroll.verticalScrollBar().sizeHint().width() + 2 * (style.MARGIN + SCROLL_RING)
        fit_to_screen(self, max(640, body.minimumSizeHint().width() + side), 720, "settings")
        self._listen_to_voice()
        self._follow_settings()
        self.first_control().setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_settings(self) -> None:
        """Each row shows its setting as it changes elsewhere while the dialog is open; the dialog lets
        go of the settings when it closes, or goes with its window (a person switched)."""
        follower = Follower(self.settings, self.fields)
        self.follower = follower
        self.finished.connect(lambda _result: follower.stop())
        self.destroyed.connect(lambda: follower.stop())

    def focus_on(self, key: str) -> None:
        """The focus on a setting's row, scrolled into view ("": where it is)."""
        if not key:
            return
        field = self.fields[key]
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settings_scroll.ensureWidgetVisible(field)

    def first_control(self) -> QWidget:
        """The first setting's control (the first of its buttons, for a row of them): where the
        focus starts, so the first Tab is not spent on the page around it."""
        field = next(iter(self.fields.values()))
        if field.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return field
        return next(w for w in field.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus)

    # -- building -------------------------------------------------------------------------------

    def _add_section(self, layout: QVBoxLayout, section: Section) -> None:
        """The section's heading, then a row for each of its settings in the order declared."""
        layout.addWidget(text_label(setting_words(section.title), "lead", bold=True))
        if section.intro:
            layout.addWidget(text_label(setting_words(section.intro)))
        form = section_form(layout)
        for setting in DECLARED:
            if setting.section != section.code:
                continue
            field = made_row(self.settings, setting) or custom.custom_row(
                self.settings, setting, self.library
            )
            add_setting_row(form, custom.row_label(setting), field)
            self.fields[setting.key] = field
            setattr(self, FIELD_NAMES.get(setting.key, setting.key), field)
            if setting.key in custom.WHO_OF and isinstance(field, QLineEdit):
                self.contact_fields[custom.WHO_OF[setting.key]] = field
        extras = {
            "about": self._add_card,
            "reminder": self._add_reminder_state,
            "voice": self._add_voice_test,
        }
        if section.code in extras:
            extras[section.code](layout, form)

    def _add_card(self, _layout: QVBoxLayout, form: QFormLayout) -> None:
        self.card_button = Button(
            tr("Card for a massage therapist…"), tr("Save a printable card about you for a massage therapist")
        )
        self.card_button.clicked.connect(self._choose_card_file)
        form.addRow(self.card_button)
        self.card_status = text_label("", "small", muted=True)
        self.card_status.setAccessibleDescription(tr("Card status"))
        form.addRow(self.card_status)

    def _add_reminder_state(self, _layout: QVBoxLayout, form: QFormLayout) -> None:
        reminders = self.reminders
        self.reminder_on.setEnabled(reminders is not None)
        self.day_buttons = self.reminder_days.buttons
        way = reminders.way_words() if reminders else tr("Reminders are not available here.")
        self.reminder_way = text_label(way, "small", muted=True)
        self.reminder_next = text_label(reminders.next_words() if reminders else "", "small", muted=True)
        form.addRow(self.reminder_way)
        form.addRow(self.reminder_next)
        if reminders is not None:
            reminders.changed.connect(self._show_next_reminder)  # let go of when the dialog goes
        self.calendar_button = Button(tr("Add to my calendar (.ics)…"))
        self.calendar_button.setEnabled(reminders is not None)
        self.calendar_button.clicked.connect(self._choose_calendar_file)
        form.addRow(self.calendar_button)

    def _show_next_reminder(self) -> None:
        if self.reminders is not None:
            self.reminder_next.setText(self.reminders.next_words())

    def _add_voice_test(self, layout: QVBoxLayout, _form: QFormLayout) -> None:
        self._fill_outputs()
        test_row = QHBoxLayout()
        self.test_button = Button(tr("Test voice"), icon="speaker")
        self.test_button.setEnabled(self.voice is not None)
        self.test_button.clicked.connect(self._on_test)
        test_row.addWidget(self.test_button)
        self.voice_status = text_label("", "small", muted=True)
        self.voice_status.setAccessibleDescription(tr("Voice status"))
        test_row.addWidget(self.voice_status, 1)
        layout.addLayout(test_row)

    def _listen_to_voice(self) -> None:
        voice = self.voice
        if voice is None:
            return
        self._show_voice_status()
        voice.status_changed.connect(self._show_voice_status)
        if voice.audio is not None:
            voice.audio.changed.connect(self._fill_outputs)
            voice.audio.start()  # it lists the outputs
        if voice.service is not None:
            voice.service.voices_listed.connect(self._fill_voices)
            voice.service.list_voices()
            speech_language = self.fields["speech_language"]
            assert isinstance(speech_language, QComboBox)
            speech_language.currentIndexChanged.connect(lambda _index: self._fill_voices(self._voices))

    def _fill_outputs(self) -> None:
        """The outputs the player found; the list comes when it has started, and when one is added."""
        audio = self.voice.audio if self.voice is not None else None
        outputs = (audio.outputs or []) if audio is not None else []
        custom.fill_outputs(self.output_choice, outputs, self.settings.text("audio_output"))

    def _fill_voices(self, voices: list[Voice]) -> None:
        """The voices of the voice's language, again whenever that language is changed here."""
        self._voices = voices
        language = voice_language(self.settings.text("speech_language"))
        custom.fill_voices(self.voice_choice, voices, self.settings.text("voice"), language)

    # -- the card and the calendar file --------------------------------------------------------

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
                fill(tr("The card could not be saved: %1"), error.strerror or str(error))
            )
            return
        self.card_status.setText(fill(tr("Saved %1. Print it and hand it over."), str(out)))

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
                self.settings.text("reminder_time"),
                self.settings.listed("reminder_days"),
                self.reminders.zone,
            )
            write_reminder_calendar(plan, title, minutes, date.today(), out)
        except (OSError, ValueError) as error:
            self.reminder_next.setText(fill(tr("The calendar file could not be saved: %1"), str(error)))
            return
        self.reminder_next.setText(fill(tr("Saved %1. Open it with your calendar."), str(out)))

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
