"""The bars below the step: the notices (voice, safety, history), the stop question, and the
question a check step ends with."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from neuroguide.core.routine import PlannedStep
from neuroguide.core.session import asked_places
from neuroguide.core.translation import fill, tr
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
    """The question a check step ends with; its answer leaves out that hand or foot for today. A
    finding is asked about once more: hot, red or swollen needs care now, and stops the session."""

    answered = Signal(str, bool)  # "nothing", "right", "left" or "both"; and whether it is urgent

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
        for key in ("nothing", "right", "left", "both", "urgent", "not-urgent", "back"):
            button = Button("")
            button.clicked.connect(lambda _=False, key=key: self._on_button(key))
            self.found_buttons[key] = button
            row.addWidget(button)
        column.addLayout(row)
        self._where = ""  # the answer to the first question, while the second is asked
        self._planned: PlannedStep | None = None
        self._caregiver = False
        self.hide()

    def asking_again(self) -> bool:
        """Whether the second question (is it hot, red or swollen?) is on screen."""
        return bool(self._where)

    def ask(self, planned: PlannedStep, caregiver: bool) -> None:
        if self.isVisible() and self._planned == planned:
            return  # asked already: an update of the view asks nothing new
        self._planned, self._caregiver, self._where = planned, caregiver, ""
        self._show_first()

    def hide(self) -> None:
        self._planned, self._where = None, ""
        super().hide()

    def _on_button(self, key: str) -> None:
        if key == "nothing":
            self.answered.emit("nothing", False)
        elif key in ("right", "left", "both"):
            self._where = key
            self._show_second()
        elif key == "back":
            self._where = ""
            self._show_first()
        else:
            self.answered.emit(self._where, key == "urgent")

    def _show_first(self) -> None:
        assert self._planned is not None
        right, left = asked_places(self._planned)
        if self._caregiver:
            question = tr("Did you find anything on their skin: a cut, blister, crack, redness or swelling?")
        else:
            question = tr("Did you find anything on your skin: a cut, blister, crack, redness or swelling?")
        words = {
            "nothing": tr("No, nothing"),
            "right": place_names([right]),
            "left": place_names([left]),
            "both": tr("Both hands") if right.endswith("hand") else tr("Both feet"),
        }
        self._show(question, words)

    def _show_second(self) -> None:
        assert self._planned is not None
        places = asked_places(self._planned)
        chosen = {"right": places[:1], "left": places[1:], "both": places}[self._where]
        question = fill(
            tr("%1: is any of it hot, red or swollen, or has its shape changed?"), place_names(chosen)
        )
        words = {
            "urgent": tr("Yes: stop now"),
            "not-urgent": tr("No, none of these"),
            "back": tr("Change my answer"),
        }
        self._show(question, words)

    def _show(self, question: str, words: dict[str, str]) -> None:
        self.found_question.setText(question)
        self.found_question.setAccessibleName(question)
        for key, button in self.found_buttons.items():
            button.setVisible(key in words)
            if key in words:
                button.setText(words[key])
                button.setAccessibleName(f"{words[key]}: {question}")
        self.show()
        self.found_question.setFocus(Qt.FocusReason.OtherFocusReason)
