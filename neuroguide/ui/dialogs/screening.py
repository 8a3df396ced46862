"""The safety questions before a session, and what they mean for today, in plain words.

No answer is assumed: every question of today starts unanswered, and Continue stays unavailable (saying
why) until each is answered. Remembered answers are shown with the day they were given, and only when the
person gave them. Keys: Tab and Shift+Tab go from question to question, the arrow keys between the
answers, Space or Enter chooses, and Enter on a complete page continues.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.routine import PRESSURE_WORDS, Routine
from neuroguide.core.safety import QUESTIONS, Answer, Decision, Question, Remembered, decide, questions_for
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.dialogs.screening_answers import AnswerRow, place_words
from neuroguide.ui.kit.contacts import MyContactsBox, contact_lines
from neuroguide.ui.kit.temperatures import shown
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, scrolling, text_label
from neuroguide.ui.kit.window_size import fit_to_screen

__all__ = ["AnswerRow", "ScreeningDialog", "outcome_lines", "place_words"]


class ScreeningDialog(QDialog):
    def __init__(
        self,
        routine: Routine,
        remembered: Mapping[str, Remembered],
        settings: Settings,
        caregiver: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.settings = settings
        self.caregiver = caregiver
        self.decision: Decision | None = None
        self.answers: dict[str, Answer] = {}
        self.setWindowTitle(window_title(tr("Before you start: is it safe today?")))
        fit_to_screen(self, 1100, 780, "screening")  # wide: large text shows a question with its answers
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_questions(remembered))
        self.pages.addWidget(self._build_outcome())
        self.answers_changed()
        self._focus_first_unanswered()

    # -- building -------------------------------------------------------------------------------

    def _build_questions(self, remembered: Mapping[str, Remembered]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(text_label(tr("Before you start: is it safe today?"), "title", bold=True))
        layout.addWidget(
            text_label(
                tr("Answer each question. The answers decide what is safe to massage today."), muted=True
            )
        )
        body = QWidget()
        rows = QVBoxLayout(body)
        self.rows: list[AnswerRow] = []
        self.headings: dict[str, QLabel] = {}
        for key, heading, questions in self._question_groups(bool(remembered)):
            label = text_label(heading, "lead", bold=True)
            self.headings[key] = label
            rows.addWidget(label)
            for question in questions:
                row = AnswerRow(question, self.caregiver, remembered.get(question.id))
                row.answered.connect(self.answers_changed)
                row.setProperty("group", key)
                self.rows.append(row)
                rows.addWidget(row)
        rows.addStretch(1)
        # not focusable: focus goes to the answers, which scroll into view
        self.questions_scroll = scrolling(body, tr("Safety questions"))
        layout.addWidget(self.questions_scroll, 1)
        layout.addLayout(self._build_question_buttons())
        for row in self.rows:
            for button in row.buttons:
                button.installEventFilter(self)
        return page

    def _question_groups(self, remembered: bool) -> list[tuple[str, str, list[Question]]]:
        """Every question this routine may ask, whatever the answers, under its heading; which of them
        show is decided as the answers come."""
        every_possible = [
            question
            for question in QUESTIONS
            if question.asked_for(self.routine, {question.asked_if: True} if question.asked_if else {})
        ]
        return [
            ("today", tr("Today"), [q for q in every_possible if q.daily and not q.asked_if]),
            (
                "treatment",
                tr("Today, because of cancer treatment"),
                [q for q in every_possible if q.daily and q.asked_if],
            ),
            (
                "standing",
                tr("About you: asked once, then remembered")
                if not remembered
                else tr("About you: remembered from before"),
                [q for q in every_possible if not q.daily],
            ),
        ]

    def _build_question_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.still_to_answer = text_label("", muted=True)
        buttons.addWidget(self.still_to_answer, 1)
        cancel = Button(tr("Not now"))
        cancel.clicked.connect(self.reject)
        self.continue_button = Button(tr("Continue"), primary=True)
        self.continue_button.clicked.connect(self._decide)
        buttons.addWidget(cancel)
        buttons.addWidget(self.continue_button)
        return buttons

    def _build_outcome(self) -> QWidget:
        outcome = QWidget()
        result = QVBoxLayout(outcome)
        self.outcome_title = text_label("", "title", bold=True)
        self.outcome_text = text_label("", "lead")
        self.outcome_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contact_text = text_label("", "lead", bold=True)
        self.my_contacts = MyContactsBox(self.settings)
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.outcome_title, self.contact_text, self.outcome_text, self.my_contacts):
            column.addWidget(widget)
        column.addStretch(1)
        result.addWidget(scrolling(body, tr("What this means for today"), focusable=True), 1)
        finish = QHBoxLayout()
        self.change_button = Button(tr("Change my answers"), icon="back")
        self.change_button.clicked.connect(self._back_to_questions)
        finish.addWidget(self.change_button)
        finish.addStretch(1)
        self.close_button = Button(tr("Close"), tr("Close: no session now"))
        self.close_button.clicked.connect(self.reject)
        self.start_button = Button(tr("Start"), primary=True)
        self.start_button.clicked.connect(self.accept)
        finish.addWidget(self.close_button)
        finish.addWidget(self.start_button)
        result.addLayout(finish)
        return outcome

    def _focus_first_unanswered(self) -> None:
        """The first question still to answer has the focus, on its first answer; with every one
        answered (all remembered), Continue has it."""
        left = self.unanswered_rows()
        target = left[0].buttons[0] if left else self.continue_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_questions(self) -> None:
        self.pages.setCurrentIndex(0)
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- answering ------------------------------------------------------------------------------

    def given(self) -> dict[str, Answer]:
        found: dict[str, Answer] = {}
        for row in self.rows:
            answer = row.answer()
            if answer is not None:
                found[row.question.id] = answer
        return found

    def asked_rows(self) -> list[AnswerRow]:
        asked = {question.id for question in questions_for(self.routine, self.given())}
        return [row for row in self.rows if row.question.id in asked]

    def unanswered_rows(self) -> list[AnswerRow]:
        return [row for row in self.asked_rows() if row.answer() is None]

    def answers_changed(self) -> None:
        """Show the questions that now apply, and say how many are left to answer."""
        asked = set(map(id, self.asked_rows()))
        for row in self.rows:
            row.setVisible(id(row) in asked)
        for key, heading in self.headings.items():
            heading.setVisible(any(row.property("group") == key and id(row) in asked for row in self.rows))
        left = len(self.unanswered_rows())
        self.continue_button.setEnabled(left == 0)
        if left:
            words = fill(tr("Questions still to answer before you can continue: %1."), str(left))
        else:
            words = tr("Every question is answered.")
        self.still_to_answer.setText(words)
        self.continue_button.setAccessibleDescription(words)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            focused = next((row for row in self.rows if watched in row.buttons), None)
            if focused is not None:  # after the scroll area has brought the button itself into view
                QTimer.singleShot(0, lambda: self._show_whole(focused))
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = next((row for row in self.rows if watched in row.buttons), None)
            key = event.key()
            # the arrows stay among the questions: at either end they stop, never on Not now
            if row is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                row.move_focus(1 if key == Qt.Key.Key_Right else -1)
                return True
            if row is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._to_question(row, 1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.unanswered_rows():
                self._decide()  # every question answered: Enter continues (until then it chooses)
                return True
        return super().eventFilter(watched, event)

    def _to_question(self, row: AnswerRow, step: int) -> bool:
        shown = [candidate for candidate in self.rows if candidate.isVisible()]
        index = shown.index(row) + step if row in shown else -1
        if not 0 <= index < len(shown):
            return False
        target = shown[index]
        chosen = next((button for button in target.buttons if button.isChecked()), target.buttons[0])
        chosen.setFocus(Qt.FocusReason.TabFocusReason)
        self._show_whole(target)
        return True

    def _show_whole(self, row: AnswerRow) -> None:
        """Scroll so the question's words are in view with its answers, not the answers alone."""
        self.questions_scroll.ensureWidgetVisible(row, 0, 16)
        bar = self.questions_scroll.verticalScrollBar()
        if row.height() > self.questions_scroll.viewport().height() or row.y() < bar.value():
            bar.setValue(row.y())

    # -- the outcome ----------------------------------------------------------------------------

    def _decide(self) -> None:
        if self.unanswered_rows():
            first = self.unanswered_rows()[0]
            first.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_whole(first)
            return
        self.answers = self.given()
        decision = decide(self.routine, self.answers, self.caregiver)
        self.decision = decision
        if decision.may_start and not decision.changes_anything:
            self.accept()  # nothing to say: straight on
            return
        titles = {
            "no-massage": tr("No massage today"),
            "not-today": tr("This routine is not for today"),
            "go": tr("You can go ahead, with care"),
        }
        self.outcome_title.setText(titles[decision.verdict])
        contact = decision.contact
        self.contact_text.setText(contact_lines(self.settings, contact, self.caregiver) if contact else "")
        self.contact_text.setVisible(contact is not None)
        # red only when it cannot wait; a question for the next appointment is plain
        urgent = contact is not None and contact.when in ("emergency", "now")
        self.contact_text.setObjectName("urgent" if urgent else "")
        self.contact_text.style().unpolish(self.contact_text)
        self.contact_text.style().polish(self.contact_text)
        self.my_contacts.setVisible(contact is not None)
        self.outcome_text.setText("\n\n".join(outcome_lines(decision)))
        self.start_button.setVisible(decision.may_start)
        (self.start_button if decision.may_start else self.close_button).setFocus()
        self.pages.setCurrentIndex(1)


def outcome_lines(decision: Decision) -> list[str]:
    """What the answers change today, rule by rule, then what is left out of this routine."""
    lines = [shown(tr(rule.message)) for rule in decision.rules]
    if decision.verdict == "not-today":
        lines.append(tr("Another routine may still be fine: the library has others."))
    if decision.verdict == "go":
        places = sorted({left.step.place for left in decision.left_out if left.step.place in decision.places})
        if places:
            names = ", ".join(place_words(place) for place in reversed(places))
            lines.append(fill(tr("Left out today: %1."), names))
        others = [left for left in decision.left_out if left.step.place not in places]
        if others:
            titles = ", ".join(dict.fromkeys(left.step.title() for left in others))
            lines.append(fill(tr("Steps left out today: %1."), titles))
        if decision.pressure_cap:
            lines.append(fill(tr("Pressure today: %1."), tr(PRESSURE_WORDS[decision.pressure_cap])))
    return lines
