"""The Settings dialog's rows that are made by hand: what they offer is known only when the dialog
opens (the voices, the sound outputs, the routines) or is drawn in a way of its own (the places, My
contacts). Each still takes its words and help text from its setting's declaration."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from neuroguide.core.contacts import SETTING, Who
from neuroguide.core.languages import LANGUAGES, speaks
from neuroguide.core.library import Library
from neuroguide.core.settings import Setting, Settings
from neuroguide.core.translation import fill, tr
from neuroguide.speech.service import Voice
from neuroguide.ui.dialogs.settings.dates import DateRow
from neuroguide.ui.dialogs.settings.follow import Quiet
from neuroguide.ui.dialogs.settings.rows import combo_box, current_or_first, text_row
from neuroguide.ui.kit.contacts import contact_label
from neuroguide.ui.kit.profile import PlaceButtons
from neuroguide.ui.kit.widgets import Button
from neuroguide.ui.kit.words import setting_words

WHO_OF: dict[str, Who] = {key: who for who, key in SETTING.items()}


def row_label(setting: Setting) -> str:
    """The words before a setting's field: a contact is called what My contacts calls it everywhere."""
    who = WHO_OF.get(setting.key)
    return contact_label(who) if who is not None else setting_words(setting.label)


class PlaceRow(PlaceButtons, Quiet):
    """The places, saved as each is pressed in or out."""

    def named_buttons(self) -> dict[str, Button]:
        return self.buttons


def places_row(settings: Settings, setting: Setting) -> PlaceRow:
    places = PlaceRow(set(settings.listed(setting.key)))
    for button in places.buttons.values():
        button.toggled.connect(lambda _on: places.save_chosen(settings, setting.key))
    return places


def routine_row(settings: Settings, setting: Setting, library: Library | None) -> QComboBox:
    box = combo_box(setting)
    for routine in library.routines if library else ():
        box.addItem(routine.title, routine.id)
    current_or_first(box, settings.text(setting.key))
    box.currentIndexChanged.connect(lambda: settings.set(setting.key, str(box.currentData() or "")))
    return box


def voices_row(settings: Settings, setting: Setting) -> QComboBox:
    """The engine's default, and the voice chosen before; the rest come when the engine lists them."""
    box = combo_box(setting)
    box.addItem(tr("The usual voice"), "")
    current = settings.text(setting.key)
    if current:
        box.addItem(current, current)
        box.setCurrentIndex(1)
    box.currentIndexChanged.connect(lambda: settings.set(setting.key, str(box.currentData() or "")))
    return box


def fill_voices(box: QComboBox, voices: list[Voice], current: str, language: str = "en") -> None:
    """The voices that speak ``language``, its own country's first, then by name (every voice when
    none does); the choice stays as it was."""
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    box.setItemText(0, fill(tr("The usual voice for %1"), LANGUAGES.get(language, language)))
    speaking = [voice for voice in voices if speaks(voice.languages, language)] or voices
    own = {language, f"{language}-{language}"}
    for voice in sorted(speaking, key=lambda v: (not own & set(v.languages), v.name)):
        box.addItem(voice.name, voice.id)
    current_or_first(box, current)
    box.blockSignals(False)


def outputs_row(settings: Settings, setting: Setting) -> QComboBox:
    """Filled by ``fill_outputs`` once the player has listed the outputs."""
    box = combo_box(setting)
    box.currentIndexChanged.connect(lambda: settings.set(setting.key, str(box.currentData() or "")))
    return box


def fill_outputs(box: QComboBox, outputs: list[tuple[str, str]], current: str) -> None:
    """The outputs the player found; one chosen before and not connected now stays chosen."""
    box.blockSignals(True)
    box.clear()
    box.addItem(tr("The system's default"), "")
    for device_id, name in outputs:
        box.addItem(name, device_id)
    if box.findData(current) < 0:
        box.addItem(fill(tr("%1 (not connected)"), current), current)
    box.setCurrentIndex(box.findData(current))
    box.blockSignals(False)


def custom_row(settings: Settings, setting: Setting, library: Library | None) -> QWidget:
    if setting.row == "places":
        return places_row(settings, setting)
    if setting.row == "contact":
        return text_row(settings, setting)
    if setting.row == "routine":
        return routine_row(settings, setting, library)
    if setting.row == "voices":
        return voices_row(settings, setting)
    if setting.row == "outputs":
        return outputs_row(settings, setting)
    if setting.row == "date":
        return DateRow(settings, setting)
    raise ValueError(f"{setting.key}: no row is made for {setting.row!r}")
