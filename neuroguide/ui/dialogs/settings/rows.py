"""The Settings dialog's rows, made from the settings' declarations: one maker for each kind of row.

Each control shows its setting's value, carries its declared label and help text for a screen reader,
and saves its setting as soon as the person has chosen (a number or text when editing is done).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from neuroguide.app.locale_words import first_weekday
from neuroguide.core.settings import Setting, Settings, Value
from neuroguide.core.translation import tr
from neuroguide.ui.dialogs.settings.follow import Quiet
from neuroguide.ui.kit import style
from neuroguide.ui.kit.profile import PlaceButtons
from neuroguide.ui.kit.steady import steady
from neuroguide.ui.kit.widgets import Button, FlowLayout, ticked
from neuroguide.ui.kit.words import setting_words as words
from neuroguide.ui.kit.wrapping import ReflowForm, RowLabel, WrappingCheckBox


def section_form(parent: QVBoxLayout) -> QFormLayout:
    form = ReflowForm()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setVerticalSpacing(12)
    parent.addLayout(form)
    return form


def add_row(form: QFormLayout, text: str, field: QWidget) -> None:
    """A labelled row: the label names the field for a screen reader too."""
    label = RowLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text)
    form.addRow(label, field)


def check_row(settings: Settings, setting: Setting) -> QCheckBox:
    text = words(setting.label)
    box = WrappingCheckBox(text)
    box.setChecked(settings.flag(setting.key))
    box.setAccessibleName(text)
    box.setAccessibleDescription(words(setting.description))
    box.toggled.connect(lambda on: settings.set(setting.key, on))
    return box


def number_row(settings: Settings, setting: Setting) -> QSpinBox:
    box = steady(QSpinBox())
    box.setRange(int(setting.low or 0), int(setting.high or 100))
    box.setSuffix(words(setting.unit))
    box.setValue(settings.whole(setting.key))
    box.setMinimumHeight(style.MIN_TARGET)
    box.setAccessibleDescription(words(setting.description))
    # saved when editing is done, not at every step of the arrows
    box.editingFinished.connect(lambda: settings.set(setting.key, box.value()))
    return box


def choice_row(settings: Settings, setting: Setting) -> QComboBox:
    """A drop-down of the declared choices, saved (and so shown) as soon as one is chosen; a value set
    in the file by hand is offered too."""
    current = settings[setting.key]
    box = combo_box(setting)
    for choice in setting.choices:
        box.addItem(words(choice.words), choice.code)
    if box.findData(current) < 0:
        box.addItem(setting.words_for(current), current)
    box.setCurrentIndex(box.findData(current))
    box.currentIndexChanged.connect(lambda: settings.set(setting.key, box.currentData()))
    return box


def combo_box(setting: Setting) -> QComboBox:
    box = steady(QComboBox())
    box.setMinimumHeight(style.MIN_TARGET)
    box.setAccessibleDescription(words(setting.description))
    return box


def time_row(settings: Settings, setting: Setting) -> QTimeEdit:
    edit = steady(QTimeEdit(QTime.fromString(settings.text(setting.key), "HH:mm")))
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumHeight(style.MIN_TARGET)
    edit.setAccessibleDescription(words(setting.description))

    def commit() -> None:
        settings.set(setting.key, edit.time().toString("HH:mm"))

    # saved when the minutes are typed through or the field is left, never halfway ("09:00" on the
    # way to "09:30"): each save sets the reminder up anew
    edit.timeChanged.connect(
        lambda: commit() if edit.currentSection() == QTimeEdit.Section.MinuteSection else None
    )
    edit.editingFinished.connect(commit)
    return edit


class TextField(QLineEdit):
    """A line of text never narrower than its hint (or a name and number): short of room, its form
    puts it under its label instead of squeezing it to a few letters."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        frame = self.sizeHint().width() - 17 * metrics.horizontalAdvance("x")  # Qt's hint: 17 x's and a frame
        words = metrics.horizontalAdvance(self.placeholderText() or tr("name and number"))
        return QSize(max(hint.width(), words + frame), hint.height())


def text_row(settings: Settings, setting: Setting) -> QLineEdit:
    """Text, saved without the spaces at its ends when editing is done (Enter, or moving on), and never
    longer than declared."""
    field = TextField(settings.text(setting.key))
    field.setMinimumHeight(style.MIN_TARGET)
    field.setPlaceholderText(words(setting.placeholder))
    field.setAccessibleDescription(words(setting.description))
    if setting.max_length is not None:
        field.setMaxLength(setting.max_length)
    field.editingFinished.connect(lambda: settings.set(setting.key, field.text().strip()))
    return field


class DayButtons(QWidget, Quiet):
    """A button for each day of the week (declared Monday first), pressed in on the days chosen."""

    def __init__(self, settings: Settings, setting: Setting) -> None:
        super().__init__()
        row = FlowLayout(self)  # the seven days wrap at large text instead of widening the dialog
        chosen = set(settings.listed(setting.key))
        self.buttons: dict[str, Button] = {}
        first = first_weekday()  # the week starts where it does for the reader: Sunday in the US
        for choice in (*setting.choices[first:], *setting.choices[:first]):
            code = str(choice.code)
            button = ticked(Button(words(choice.words), words(choice.whole)))
            button.setChecked(code in chosen)
            button.toggled.connect(lambda _on: self.save_chosen(settings, setting.key))
            self.buttons[code] = button
            row.addWidget(button)

    def named_buttons(self) -> dict[str, Button]:
        return self.buttons


def add_setting_row(form: QFormLayout, label: str, field: QWidget) -> None:
    """A check box fills its row; a row of buttons has a plain label; any other field is labelled."""
    if isinstance(field, QCheckBox):
        form.addRow(field)
    elif isinstance(field, DayButtons | PlaceButtons):
        form.addRow(RowLabel(label), field)
    else:
        add_row(form, label, field)


def made_row(settings: Settings, setting: Setting) -> QWidget | None:
    """The field for a setting whose row is one of the declared kinds; None for a row built by hand."""
    makers: dict[str, Callable[[Settings, Setting], QWidget]] = {
        "check": check_row,
        "number": number_row,
        "choice": choice_row,
        "time": time_row,
        "days": DayButtons,
        "text": text_row,
    }
    maker = makers.get(setting.row)
    return maker(settings, setting) if maker is not None else None


def current_or_first(box: QComboBox, value: Value) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))
