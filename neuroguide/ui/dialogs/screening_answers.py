"""One safety question with its answers, as the screening shows it, and the words for its places."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from neuroguide.app.locale_words import day_words
from neuroguide.core.safety import ELSEWHERE, Answer, Question, Remembered
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.temperatures import shown
from neuroguide.ui.kit.widgets import TICK, Button, FlowLayout, text_label
from neuroguide.ui.kit.words import in_sentence, side_and_limb


def place_words(place: str) -> str:
    if place == ELSEWHERE:
        return tr("Somewhere else")
    side, limb = place.split(" ", 1)
    return fill(
        tr("%1 or %2"),
        side_and_limb(side, limb),
        in_sentence(side_and_limb(side, "leg" if limb == "foot" else "arm")),
    )


class AnswerRow(QWidget):
    """One question and its answers: No / Yes, or No / the places it concerns (several may be chosen).

    Nothing is chosen to begin with; a chosen answer shows a tick as well as its colour."""

    answered = Signal()  # the person chose or changed an answer

    def __init__(self, question: Question, caregiver: bool, remembered: Remembered | None) -> None:
        super().__init__()
        self.question = question
        self.asked = shown(tr(question.text_caregiver if caregiver else question.text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(text_label(self.asked, "lead"))
        self.when = text_label("", "small", muted=True)
        layout.addWidget(self.when)
        row = FlowLayout()  # the places wrap onto a second row at large text
        self.no = self._answer_button(tr("No"))
        self.choices: dict[str, Button] = {}
        if question.kind == "places":
            for place in question.places:
                self.choices[place] = self._answer_button(place_words(place))
        else:
            self.choices["yes"] = self._answer_button(tr("Yes"))
        self.buttons = [self.no, *self.choices.values()]
        for button in self.buttons:
            row.addWidget(button)
        layout.addLayout(row)
        self.no.clicked.connect(self._on_no)
        for button in self.choices.values():
            button.clicked.connect(lambda _=False, chosen=button: self._on_choice(chosen))
        if remembered is not None:
            self._show(remembered.answer)
            self.when.setText(_when_words(remembered))
        self.when.setVisible(bool(self.when.text()))
        self._one_stop()

    def _answer_button(self, words: str) -> Button:
        button = Button(words, fill(tr("%1: %2"), words, self.asked))
        button.setCheckable(True)
        button.other_texts = (TICK + words,)
        button.setProperty("plain_text", words)
        return button

    def _show(self, answer: Answer) -> None:
        if isinstance(answer, frozenset):
            for place, button in self.choices.items():
                button.setChecked(place in answer)
            self.no.setChecked(not answer)
        else:
            self.choices["yes"].setChecked(answer)
            self.no.setChecked(not answer)
        self._mark()

    def _on_no(self) -> None:
        for button in self.choices.values():
            button.setChecked(False)
        self.no.setChecked(True)
        self._changed()

    def _on_choice(self, chosen: Button) -> None:
        if self.question.kind == "yes-no":
            self.no.setChecked(False)
            chosen.setChecked(True)  # one answer: choosing it again keeps it chosen
        else:
            self.no.setChecked(False)
        self._changed()

    def _changed(self) -> None:
        self.when.hide()  # a fresh answer, given now
        self._mark()
        self.answered.emit()

    def _mark(self) -> None:
        for button in self.buttons:
            words = str(button.property("plain_text"))
            button.setText(TICK + words if button.isChecked() else words)
        self._one_stop()

    def _one_stop(self) -> None:
        """Tab goes from question to question: each is one stop, at its chosen answer (the first while
        none is); the arrow keys move between its answers."""
        stop = next((button for button in self.buttons if button.isChecked()), self.buttons[0])
        for button in self.buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def answer(self) -> Answer | None:
        """The answer given, or None while there is none."""
        if self.question.kind == "places":
            places = frozenset(place for place, button in self.choices.items() if button.isChecked())
            return places if places or self.no.isChecked() else None
        if self.choices["yes"].isChecked():
            return True
        return False if self.no.isChecked() else None

    def move_focus(self, step: int) -> bool:
        """Arrow keys: the next or previous answer of this question; False at either end."""
        focused = next((index for index, button in enumerate(self.buttons) if button.hasFocus()), None)
        if focused is None or not 0 <= focused + step < len(self.buttons):
            return False
        self.buttons[focused + step].setFocus(Qt.FocusReason.TabFocusReason)
        return True


def _when_words(remembered: Remembered) -> str:
    if remembered.origin == "welcome":
        return tr("From your answer when you started using NeuroGuide. Still right?")
    if remembered.on is None:
        return tr("Answered before. Still right?")
    return fill(tr("Last answered on %1. Still right?"), day_words(remembered.on, short=False))
