"""The safety questions before a session, and what they mean for today, in plain words.

Today's questions (skin, swelling, calf pain, fever) are asked every time; the others are remembered
and only shown to confirm. Every answer is a large button; a caregiver can answer for the person.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.routine import Routine
from neuroguide.core.safety import (
    PLACES,
    Answer,
    Decision,
    Question,
    daily_questions,
    decide,
    standing_questions,
)
from neuroguide.ui.widgets import Button, FlowLayout, text_label

CONTACT_WORDS = {
    "foot-team": "Contact your foot team or doctor today.",
    "chemo-helpline": "Call your chemotherapy helpline now.",
    "urgent": "Get urgent medical help today.",
    "emergency": "Call your emergency number now.",
}
PLACE_WORDS = {
    "right foot": "Right foot or leg",
    "left foot": "Left foot or leg",
    "right hand": "Right hand or arm",
    "left hand": "Left hand or arm",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Screening", text)


class AnswerRow(QWidget):
    """One question: No / Yes, or No / the places it concerns."""

    def __init__(self, question: Question, caregiver: bool, answer: Answer | None) -> None:
        super().__init__()
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        asked = tr(question.text_caregiver if caregiver else question.text)
        label = text_label(asked, "lead")
        layout.addWidget(label)
        row = FlowLayout()  # the places wrap onto a second row at large text
        # A screen reader hears the question with each answer, since it reads a button on its own.
        self.no = Button(tr("No"), tr("No: %1").replace("%1", asked))
        self.no.setCheckable(True)
        row.addWidget(self.no)
        self.choices: dict[str, Button] = {}
        if question.kind == "places":
            for place in PLACES:
                button = Button(tr(PLACE_WORDS[place]))
                button.setAccessibleDescription(asked)
                button.setCheckable(True)
                button.clicked.connect(self._on_place)  # not toggled: that also fires while being destroyed
                self.choices[place] = button
                row.addWidget(button)
        else:
            yes = Button(tr("Yes"), tr("Yes: %1").replace("%1", asked))
            yes.setCheckable(True)
            self.choices["yes"] = yes
            row.addWidget(yes)
            group = QButtonGroup(self)
            group.addButton(self.no)
            group.addButton(yes)
        layout.addLayout(row)
        self.no.clicked.connect(self._on_no)
        self.set_answer(answer)

    def set_answer(self, answer: Answer | None) -> None:
        if isinstance(answer, frozenset):
            for place, button in self.choices.items():
                button.setChecked(place in answer)
        elif answer and "yes" in self.choices:
            self.choices["yes"].setChecked(True)
        self.no.setChecked(not answer)

    def _on_place(self) -> None:
        self.no.setChecked(not any(button.isChecked() for button in self.choices.values()))

    def _on_no(self) -> None:
        for button in self.choices.values():
            button.setChecked(False)
        self.no.setChecked(True)

    def answer(self) -> Answer:
        if self.question.kind == "places":
            return frozenset(place for place, button in self.choices.items() if button.isChecked())
        return self.choices["yes"].isChecked()


class ScreeningDialog(QDialog):
    def __init__(
        self,
        routine: Routine,
        standing: Mapping[str, Answer],
        caregiver: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.decision: Decision | None = None
        self.answers: dict[str, Answer] = {}
        self.setWindowTitle(tr("Before you start: is it safe today?"))
        self.resize(900, 780)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)

        questions = QWidget()
        layout = QVBoxLayout(questions)
        layout.addWidget(text_label(tr("Before you start: is it safe today?"), "title", bold=True))
        layout.addWidget(
            text_label(tr("A few quick questions. The answers decide what is safe to massage."), muted=True)
        )
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.addWidget(text_label(tr("Today"), "lead", bold=True))
        self.rows: list[AnswerRow] = []
        for question in daily_questions():
            row = AnswerRow(question, caregiver, None)
            self.rows.append(row)
            rows.addWidget(row)
        rows.addWidget(text_label(tr("Still right? (remembered from last time)"), "lead", bold=True))
        for question in standing_questions():
            row = AnswerRow(question, caregiver, standing.get(question.id))
            self.rows.append(row)
            rows.addWidget(row)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("Safety questions"))  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = Button(tr("Not now"))
        cancel.clicked.connect(self.reject)
        self.continue_button = Button(tr("Continue"), primary=True)
        self.continue_button.clicked.connect(self._decide)
        buttons.addWidget(cancel)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self.pages.addWidget(questions)

        outcome = QWidget()
        result = QVBoxLayout(outcome)
        self.outcome_title = text_label("", "title", bold=True)
        self.outcome_text = text_label("", "lead")
        self.outcome_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        result.addWidget(self.outcome_title)
        result.addWidget(self.outcome_text, 1)
        finish = QHBoxLayout()
        finish.addStretch(1)
        self.close_button = Button(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.start_button = Button(tr("Start"), primary=True)
        self.start_button.clicked.connect(self.accept)
        finish.addWidget(self.close_button)
        finish.addWidget(self.start_button)
        result.addLayout(finish)
        self.pages.addWidget(outcome)

    def _decide(self) -> None:
        self.answers = {row.question.id: row.answer() for row in self.rows}
        decision = decide(self.routine, self.answers)
        self.decision = decision
        if decision.may_start and not decision.explanations:
            self.accept()  # nothing to say: straight on
            return
        lines = [tr(explanation.text) for explanation in decision.explanations]
        if decision.stop is not None:
            self.outcome_title.setText(tr("No massage today"))
            lines.append(tr(CONTACT_WORDS[decision.stop]))
        elif decision.blocked:
            self.outcome_title.setText(tr("This routine is not for today"))
            lines.append(tr("Another routine may still be fine: the library has others."))
        else:
            self.outcome_title.setText(tr("You can go ahead, with care"))
        self.outcome_text.setText("\n\n".join(lines))
        self.start_button.setVisible(decision.may_start)
        (self.start_button if decision.may_start else self.close_button).setFocus()
        self.pages.setCurrentIndex(1)
