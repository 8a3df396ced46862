"""The bars below the step: the notices (voice, safety, history), the stop question, and the
question a check step ends with."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from neuroguide.core.routine import PlannedStep
from neuroguide.core.session import asked_places
from neuroguide.core.translation import tr
from neuroguide.ui.kit.widgets import Button, FlowLayout, text_label
from neuroguide.ui.kit.words import place_names


def notice_label(description: str) -> QLabel:
    """A quiet notice, hidden until it has something to say."""
    label = text_label("", "small")
    label.setObjectName("notice")
    label.setAccessibleDescription(description)
    label.hide()
    return label


class ConfirmBar(QFrame):
    """Stop this session? Asked with the timer paused."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("confirm")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        question = text_label(
            tr("Stop this session? The timer is paused while you decide."), "lead", bold=True
        )
        row.addWidget(question, 1)
        self.confirm_stop_button = Button(tr("Stop now"), tr("Stop now"))
        self.keep_going_button = Button(tr("Keep going"), tr("Keep going"), primary=True)
        row.addWidget(self.confirm_stop_button)
        row.addWidget(self.keep_going_button)
        self.hide()


class FoundBar(QFrame):
    """The question a check step ends with; its answer leaves out that hand or foot for today."""

    answered = Signal(str)  # "nothing", "right", "left" or "both"

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("confirm")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(8)
        # no larger than the body text, so that the step's words above it keep their room at large text
        self.found_question = text_label("", "body", bold=True)
        # focus lands here, not on an answer, so a habitual Space or Enter answers nothing
        self.found_question.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.found_question.setObjectName("question")  # shows its focus like a button does
        column.addWidget(self.found_question)
        row = FlowLayout()
        self.found_buttons: dict[str, Button] = {}
        for key in ("nothing", "right", "left", "both"):
            button = Button("")
            button.clicked.connect(lambda _=False, key=key: self.answered.emit(key))
            self.found_buttons[key] = button
            row.addWidget(button)
        column.addLayout(row)
        self.hide()

    def ask(self, planned: PlannedStep, caregiver: bool) -> None:
        right, left = asked_places(planned)
        if caregiver:
            question = tr("Did you find anything on their skin: a cut, blister, crack, redness or swelling?")
        else:
            question = tr("Did you find anything on your skin: a cut, blister, crack, redness or swelling?")
        self.found_question.setText(question)
        self.found_question.setAccessibleName(question)
        words = {
            "nothing": tr("No, nothing"),
            "right": place_names([right]),
            "left": place_names([left]),
            "both": tr("Both hands") if right.endswith("hand") else tr("Both feet"),
        }
        for key, button in self.found_buttons.items():
            button.setText(words[key])
            button.setAccessibleName(f"{words[key]}: {question}")
        if not self.isVisible():
            self.show()
            self.found_question.setFocus(Qt.FocusReason.OtherFocusReason)
