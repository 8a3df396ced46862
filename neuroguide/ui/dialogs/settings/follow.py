"""An open Settings dialog follows its settings: a value changed elsewhere while it is open (the
reminder's time or Remind me from the reminder window or the tray, the text size from a shortcut)
shows in its row at once.

Showing a value saves nothing back, moves no focus, and never takes away words the person is typing:
a field they are editing keeps what they typed, which is saved as usual when they are done with it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, QTime
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from neuroguide.core.settings import BY_KEY, Observer, Setting, Settings, Value
from neuroguide.core.translation import fill, tr

TIME = "HH:mm"  # as the settings keep a time


class Quiet:
    """For a row of buttons, one for each name: while it shows a value from elsewhere, its buttons'
    toggles save nothing (each still shows its own tick)."""

    quiet = False

    def named_buttons(self) -> Mapping[str, QAbstractButton]:
        raise NotImplementedError

    def show_chosen(self, names: tuple[str, ...]) -> None:
        self.quiet = True
        try:
            for name, button in self.named_buttons().items():
                button.setChecked(name in names)
        finally:
            self.quiet = False

    def save_chosen(self, settings: Settings, key: str) -> None:
        """Keep the names pressed in now, unless they are only being shown."""
        if not self.quiet:
            settings.set(key, [name for name, button in self.named_buttons().items() if button.isChecked()])


class ShowsItself:
    """A row made of several widgets (a day and why it was not kept) that shows a value itself."""

    def show_value(self, value: Value) -> None:
        raise NotImplementedError


class Follower:
    """Shows in ``fields`` (by setting) each change of their settings, until ``stop``."""

    def __init__(self, settings: Settings, fields: dict[str, QWidget]) -> None:
        self.settings = settings
        self.fields = fields
        self.shown: dict[str, Value] = {key: settings[key] for key in fields}
        self.observers: dict[str, Observer] = {key: self._observer(key) for key in fields}
        for key, observer in self.observers.items():
            settings.observe(key, observer)

    def _observer(self, key: str) -> Observer:
        return lambda value: self.changed(key, value)

    def changed(self, key: str, value: Value) -> None:
        before, self.shown[key] = self.shown[key], value
        show(self.fields[key], BY_KEY[key], value, before)

    def stop(self) -> None:
        """Let go of the settings: the dialog has closed, or is gone with its window."""
        for key, observer in self.observers.items():
            self.settings.unobserve(key, observer)
        self.observers.clear()


def show(field: QWidget, setting: Setting, value: Value, before: Value) -> None:
    """``value`` in ``field``, unless the person is typing something else there."""
    if isinstance(field, Quiet):
        field.show_chosen(tuple(value) if isinstance(value, tuple) else ())
        return
    if isinstance(field, ShowsItself):
        field.show_value(value)
        return
    if typed(field, before):
        return
    with QSignalBlocker(field):  # shown, not saved again
        if isinstance(field, QCheckBox):
            field.setChecked(bool(value))
        elif isinstance(field, QComboBox):
            choose(field, setting, value)
        elif isinstance(field, QSpinBox) and isinstance(value, int | float):
            field.setValue(round(value))
        elif isinstance(field, QTimeEdit):
            field.setTime(QTime.fromString(str(value), TIME))
        elif isinstance(field, QLineEdit) and field.text() != value:
            field.setText(str(value))


def typed(field: QWidget, before: Value) -> bool:
    """Whether the person is in ``field`` and has changed what it showed: their words stay."""
    if not field.hasFocus():
        return False
    if isinstance(field, QTimeEdit):
        return field.text() != QTime.fromString(str(before), TIME).toString(field.displayFormat())
    if isinstance(field, QSpinBox) and isinstance(before, int | float):
        return field.cleanText() != field.textFromValue(round(before))
    if isinstance(field, QLineEdit):
        return field.text() != before
    return False


def choose(box: QComboBox, setting: Setting, value: Value) -> None:
    """``value`` chosen in ``box``; one it does not offer (set by hand, or not there now) is added."""
    index = box.findData(value)
    if index < 0:
        box.addItem(_words_for(setting, value), value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def _words_for(setting: Setting, value: Value) -> str:
    if setting.row == "outputs":
        return fill(tr("%1 (not connected)"), str(value))
    return setting.words_for(value) if setting.row == "choice" else str(value)
