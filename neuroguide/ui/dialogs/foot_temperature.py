"""Writing down both feet's skin temperature: two number fields, then what the difference means.

Nothing is filled in ahead. "Save" checks both readings (a foot's skin is between 20 and 40 °C) and
says plainly what is wrong with one that cannot be right, next to it; once the reading is in the
history, the dialog shows the advice (core/foot_temperature.py), with the foot clinic's own number when
the person keeps one, and "Close" takes the focus so a screen reader reads the advice with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from neuroguide.core.foot_temperature import EXAMPLE, FOOT_WORDS, Foot, Kind, Reading, ReadingError
from neuroguide.core.foot_temperature import degrees as read
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.temperatures import degrees
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, scrolling, text_label
from neuroguide.ui.kit.window_size import fit_to_screen

FIELD_CHARACTERS = 6  # "31.5" and room to spare


class DegreesField(QLineEdit):
    """A field for degrees, wide enough for a reading at any text size."""

    def __init__(self, foot: Foot) -> None:
        super().__init__()
        words = tr(FOOT_WORDS[foot])
        unit = degrees()
        in_degrees = tr("in degrees Fahrenheit") if unit.unit == "f" else tr("in degrees Celsius")
        self.setAccessibleName(fill(tr("%1, %2"), words, in_degrees))
        self.setPlaceholderText(fill(tr("such as %1"), unit.number(EXAMPLE)))
        self.setMaxLength(FIELD_CHARACTERS)
        self.setMinimumHeight(style.MIN_TARGET)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        wide = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 4 * style.SPACING[4]
        self.setMinimumWidth(wide)


class FootTemperatureDialog(QDialog):
    """``saved`` carries the Reading once both fields hold one that can be right; the one who saves it
    calls ``show_advice`` (or ``show_problem``) when it is in the history."""

    saved = Signal(object)  # a core.foot_temperature.Reading

    def __init__(
        self, now: Callable[[], datetime], caregiver: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.reading: Reading | None = None  # the reading saved, once saved
        self.setWindowTitle(window_title(tr("Foot skin temperature")))
        fit_to_screen(self, 720, 680, "foot-temperature")
        outer = QVBoxLayout(self)
        outer.addWidget(text_label(tr("Foot skin temperature"), "title", bold=True))
        self.body_area = scrolling(self._body(caregiver), tr("Foot skin temperature"), focusable=False)
        outer.addWidget(self.body_area, 1)
        outer.addLayout(self._buttons())
        self.fields["right"].setFocus()

    def _body(self, caregiver: bool) -> QWidget:
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setSpacing(style.SPACING[3])
        layout.addWidget(
            text_label(
                tr(
                    "Measure the same places on both their feet, at the same time each day, as the foot "
                    "clinic showed you."
                )
                if caregiver
                else tr(
                    "Measure the same places on both feet, at the same time each day, as your foot clinic "
                    "showed you."
                ),
                muted=True,
            )
        )
        self.fields: dict[Foot, DegreesField] = {}
        for foot in ("right", "left"):
            label = text_label(tr(FOOT_WORDS[foot]), "lead", bold=True)
            field = DegreesField(foot)
            label.setBuddy(field)
            row = QHBoxLayout()
            row.addWidget(field)
            unit = text_label(degrees().symbol, "lead")
            unit.setWordWrap(False)
            row.addWidget(unit)
            row.addStretch(1)
            layout.addWidget(label)
            layout.addLayout(row)
            self.fields[foot] = field
        self.problem = text_label("", "body")
        self.problem.setObjectName("notice")
        self.problem.hide()
        for field in self.fields.values():
            field.textEdited.connect(lambda _text: self.problem.hide())
        layout.addWidget(self.problem)
        self.advice = text_label("", "lead")
        self.advice.hide()
        layout.addWidget(self.advice)
        self._words_layout = layout
        layout.addStretch(1)
        return body

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = Button(tr("Not now"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = Button(tr("Save"), primary=True)
        self.save_button.clicked.connect(self._save)
        self.save_button.setDefault(True)
        self.close_button = Button(tr("Close"), primary=True)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        for button in (self.cancel_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.save_button.isVisible():
            self._save()  # Enter in a field saves, as the default button would
            return
        super().keyPressEvent(event)

    def _save(self) -> None:
        try:
            unit = degrees()
            right, left = (read(self.fields[foot].text(), foot, tr, unit) for foot in ("right", "left"))
        except ReadingError as error:
            self.show_problem(str(error))
            return
        now = self._now()
        self.reading = Reading(now.date(), right, left, now)
        self.save_button.setEnabled(False)  # until the history has it, or says why not
        self.saved.emit(self.reading)

    def show_problem(self, words: str) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(words)
        self.problem.setAccessibleName(words)
        self.problem.show()
        foot: Foot = "left" if words.startswith(tr(FOOT_WORDS["left"])) else "right"
        self.fields[foot].setFocus()
        self.fields[foot].setAccessibleDescription(words)  # heard with the field it is about

    def show_advice(self, kind: Kind, lines: list[str]) -> None:
        """The reading is saved: what it means, and the way out."""
        words = "\n".join(lines)
        self.problem.hide()
        # a new label: a style sheet's padding follows an object name only when the label is first shown
        shown = text_label(words, "lead")
        shown.setObjectName("urgent" if kind == "rest" else "notice")
        shown.setAccessibleName(" ".join(lines))
        self._words_layout.replaceWidget(self.advice, shown)
        self.advice.deleteLater()
        self.advice = shown
        shown.show()
        for field in self.fields.values():
            field.setReadOnly(True)
        self.save_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setAccessibleDescription(" ".join(lines))
        self.close_button.setFocus()
        # once the scroll area has made room for the words, not before: scrolled to them
        QTimer.singleShot(0, self, lambda: self.body_area.ensureWidgetVisible(self.advice, 0, 8))
