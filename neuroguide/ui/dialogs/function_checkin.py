"""How daily life is going: a few questions about the past week, each answered with one button.

Nothing is chosen until the person chooses it, and every question may be left: "Save" keeps what was
answered, "Not this week" keeps nothing. Each answer row is a group of radio buttons drawn as large
buttons (``widgets.one_of``): Tab reaches the group, the arrow keys move between its answers, and the
chosen one shows a tick as well as its colour. A fall or a near fall shows at once whom to tell and how
soon, in the words every safety screen uses (core/contacts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.core.function_checkin import (
    BY_KEY,
    QUESTIONS,
    SAID,
    FunctionCheckIn,
    fall_advice,
)
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, Choice, FlowLayout, one_of, scrolling, text_label
from neuroguide.ui.kit.window_size import fit_to_screen
from neuroguide.ui.kit.wrapping import WrappingCheckBox


class FunctionCheckInDialog(QDialog):
    """``result_checkin`` holds the answers once saved (None when put off); ``offered``: asked after a
    session, so the person may also say not to be asked so again."""

    def __init__(
        self,
        now: Callable[[], datetime],
        *,
        caregiver: bool = False,
        cause: str = "",
        numbers: Mapping[str, str] | None = None,
        answered_by: str = "",
        offered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now, self._caregiver, self._cause, self._numbers = now, caregiver, cause, numbers
        self._answered_by = answered_by
        self.result_checkin: FunctionCheckIn | None = None
        self.setWindowTitle(window_title(tr("How daily life is going")))
        fit_to_screen(self, 760, 720, "function-checkin")
        outer = QVBoxLayout(self)
        outer.addWidget(text_label(tr("How daily life is going"), "title", bold=True))
        outer.addWidget(
            text_label(
                tr(
                    "A few questions about the past week, for you and your care team: a change in what "
                    "you can do matters to them. Answer the ones you like and leave the rest."
                ),
                muted=True,
            )
        )
        self.questions_area = scrolling(self._build_body(), tr("Questions about daily life"), focusable=True)
        outer.addWidget(self.questions_area, 1)
        outer.addLayout(self._build_buttons(offered))
        first = next(iter(self.choices.values()))
        next(iter(first.values())).setFocus()

    def _build_body(self) -> QWidget:
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setSpacing(style.SPACING[2])
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: dict[str, dict[str, Choice]] = {}
        # whom to tell about a fall, right under the answer that shows it
        self.fall_words = text_label("", "body")
        self.fall_words.setObjectName("notice")
        self.fall_words.hide()
        for number, question in enumerate(QUESTIONS):
            if number:
                layout.addSpacing(style.SPACING[4])  # each question apart from the answers above it
            asked = tr(question.caregiver_words if self._caregiver else question.words)
            label = text_label(asked, "lead", bold=True)
            layout.addWidget(label)
            group, buttons = one_of(
                self,
                ((code, self._answer_words(question.key, code, words)) for code, words in question.answers),
                _named(tr(question.topic)),
            )
            row = FlowLayout()
            for button in buttons.values():
                button.setAccessibleDescription(asked)
                row.addWidget(button)
            label.setBuddy(next(iter(buttons.values())))
            layout.addLayout(row)
            if question.key == "falls":
                layout.addWidget(self.fall_words)
            self.groups[question.key], self.choices[question.key] = group, buttons
        self._falls_asked = tr(BY_KEY["falls"].caregiver_words if self._caregiver else BY_KEY["falls"].words)
        for button in self.choices["falls"].values():
            button.toggled.connect(lambda _on: self._show_fall_words())
        layout.addStretch(1)
        return body

    def _answer_words(self, key: str, code: str, words: str) -> str:
        said = SAID.get((key, code))
        return tr(words if said is None else said[self._caregiver])

    def _build_buttons(self, offered: bool) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.stop_offering = WrappingCheckBox(tr("Don't offer these after sessions"))
        self.stop_offering.setVisible(offered)
        buttons.addWidget(self.stop_offering, 1)  # the room the buttons leave: its words wrap only there
        buttons.addStretch(0)  # the buttons to the right when it is not shown
        self.skip_button = Button(tr("Not this week"))
        self.save_button = Button(tr("Save"), primary=True)
        self.skip_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        self.save_button.setDefault(True)  # Enter saves what was answered, never puts it off
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        return buttons

    @property
    def answers(self) -> dict[str, str]:
        return {
            key: code
            for key, buttons in self.choices.items()
            for code, button in buttons.items()
            if button.isChecked()
        }

    def _show_fall_words(self) -> None:
        lines = fall_advice(self.answers.get("falls", ""), self._cause, self._numbers, self._caregiver, tr)
        self.fall_words.setText("\n".join(lines))
        self.fall_words.setVisible(bool(lines))
        if lines:  # once the scroll area has made room for the words, not before: scrolled to them
            QTimer.singleShot(0, self, self._scroll_to_fall_words)
        self.fall_words.setAccessibleName(" ".join(lines))
        for button in self.choices["falls"].values():  # heard with the chosen answer, by a screen reader
            said = self._falls_asked + (" " + " ".join(lines) if button.isChecked() and lines else "")
            button.setAccessibleDescription(said)

    def _scroll_to_fall_words(self) -> None:
        """All of the advice in view, or, when it is taller than the view, its start."""
        words, area = self.fall_words, self.questions_area
        area.ensureVisible(0, words.y() + words.height(), 0, 8)
        area.ensureVisible(0, words.y(), 0, 8)

    def _save(self) -> None:
        self.result_checkin = FunctionCheckIn(self._now(), self.answers, self._answered_by)
        self.accept()


def _named(topic: str) -> Callable[[str], str]:
    """An answer's accessible name says its question: "Falls: I nearly fell"."""
    return lambda words: fill(tr("%1: %2"), topic, words)
