"""How daily life is going, on the History page: the latest weekly answers in words, each beside the
answer before it when it changed, and the button that asks the questions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.app import locale_words as dates
from neuroguide.core.function_checkin import QUESTIONS, FunctionCheckIn, worse
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.widgets import Button, text_label


def day_words(day: date) -> str:
    return dates.day_words(day, short=False)


def answers_words(latest: FunctionCheckIn, previous: FunctionCheckIn | None) -> list[str]:
    """A line a question answered: "Walking and balance: Some trouble, worse than last time (No trouble)"."""
    changed = set(worse(previous, latest))
    lines = []
    for question in QUESTIONS:
        code = latest.answers.get(question.key)
        if code is None:
            continue
        line = fill(tr("%1: %2"), tr(question.topic), tr(question.answer_words(code)))
        if previous is not None and question.key in changed:
            before = tr(question.answer_words(previous.answers[question.key]))
            line = fill(tr("%1, worse than last time (%2)"), line, before)
        lines.append(line)
    return lines


class FunctionView(QWidget):
    """``ask`` is emitted when the person wants to answer the questions."""

    ask = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = text_label(tr("How daily life is going"), "lead", bold=True)
        top.addWidget(self.heading, 1)
        self.ask_button = Button(tr("Answer this week's questions…"))
        self.ask_button.setAccessibleName(tr("Answer this week's questions about daily life"))
        self.ask_button.clicked.connect(self.ask)
        top.addWidget(self.ask_button)
        layout.addLayout(top)
        self.answers = text_label("")
        self.answers.setAccessibleDescription(tr("How daily life is going"))
        layout.addWidget(self.answers)
        self.show_answers([])

    def show_answers(self, latest: list[FunctionCheckIn]) -> None:
        """``latest``: the newest check-ins, oldest first (the last two are compared)."""
        if not latest:
            self.answers.setText(
                tr(
                    "A few questions once a week about buttons and small things, walking and balance, "
                    "falls and sleep. The answers go in the report for your clinician."
                )
            )
            return
        newest = latest[-1]
        previous = latest[-2] if len(latest) > 1 else None
        lines = [fill(tr("Last answered on %1:"), day_words(newest.recorded_at.date()))]
        self.answers.setText("\n".join(lines + answers_words(newest, previous)))
