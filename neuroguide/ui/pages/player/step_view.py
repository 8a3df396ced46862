"""The step on screen: the routine's name and progress, the picture beside the step's words, and the
countdown with its bar."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from neuroguide.core.routine import PlannedStep
from neuroguide.core.session import Phase, Progress
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.illustration import IllustrationView
from neuroguide.ui.kit.widgets import scrolling, text_label
from neuroguide.ui.pages.player.view import PlayerView
from neuroguide.ui.pages.player.words import clock_text, minutes_text, side_words


class StepView(PlayerView):
    """Scrolls as a whole when large text needs it; the words scroll on their own inside it."""

    def __init__(self) -> None:
        super().__init__((0, 0, 0, 0), spacing=12)
        layout = self.column

        top = QHBoxLayout()
        self.routine_title = text_label("", "lead", bold=True)
        self.routine_title.setWordWrap(False)
        top.addWidget(self.routine_title, 1)
        self.overall = text_label("", muted=True)
        self.overall.setWordWrap(False)
        self.overall.setAccessibleName(tr("Session progress"))
        top.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)

        middle = QHBoxLayout()  # the picture beside the words: both stay in sight at any text size
        middle.setSpacing(24)
        picture = QFrame()
        picture.setObjectName("panel")
        picture_layout = QVBoxLayout(picture)
        self.illustration = IllustrationView()
        picture_layout.addWidget(self.illustration)
        middle.addWidget(picture, 5)
        middle.addLayout(self._build_words_and_time(), 6)
        layout.addLayout(middle, 1)

    def _build_words_and_time(self) -> QVBoxLayout:
        words = QWidget()
        words.setObjectName("page")
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        side_row = QHBoxLayout()
        self.side = text_label("", "lead", bold=True)
        self.side.setObjectName("badge")
        self.side.setWordWrap(False)
        side_row.addWidget(self.side)
        side_row.addStretch(1)
        column.addLayout(side_row)
        self.step_title = text_label("", "display", bold=True)
        self.step_title.setAccessibleDescription(tr("Step"))
        column.addWidget(self.step_title)
        self.instruction = text_label("", "lead")
        self.instruction.setAccessibleDescription(tr("Instruction"))
        column.addWidget(self.instruction)
        self.giver_tips = text_label(
            tr(
                "For the helper: ask how it feels as you go, and keep the pressure like smoothing on lotion. "
                "Stop at once if they say it hurts, burns or tingles more."
            ),
            "small",
            muted=True,
        )
        self.giver_tips.setAccessibleDescription(tr("Tips for the helper"))
        self.giver_tips.hide()
        column.addWidget(self.giver_tips)
        self.caption = text_label("", "lead")
        self.caption.setObjectName("caption")
        self.caption.setAccessibleDescription(tr("What the voice says"))
        self.caption.hide()
        column.addWidget(self.caption)
        column.addStretch(1)
        # The words scroll when large text needs it; the countdown below them always stays in view.
        scroll = scrolling(
            words, tr("The step's words"), focusable=True, page=False
        )  # it takes focus, to scroll by keyboard
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(scroll, 1)
        self.status = text_label("", "lead", bold=True)
        self.status.setAccessibleDescription(tr("Session state"))
        right.addWidget(self.status)
        self.countdown = text_label("", "countdown", bold=True)
        self.countdown.setWordWrap(False)
        self.countdown.setAccessibleDescription(tr("Time left on this step"))
        right.addWidget(self.countdown)
        self.step_bar = QProgressBar()
        self.step_bar.setTextVisible(False)
        self.step_bar.setRange(0, 1000)
        self.step_bar.setAccessibleName(tr("Time through this step"))
        right.addWidget(self.step_bar)
        return right

    def show_step(self, planned: PlannedStep, caregiver: bool) -> None:
        side = side_words(planned)
        self.side.setText(side)
        self.side.setVisible(bool(side))
        self.step_title.setText(planned.title())
        self.instruction.setText(planned.text(caregiver))
        description = f"{side}. {planned.title()}" if side else planned.title()
        self.illustration.show_step(
            planned.step.illustration, planned.mirrored, planned.step.pace, description
        )

    def show_progress(self, progress: Progress, untimed_routine: bool) -> None:
        """Where the session stands: the step count, the time left, and what the person is waited for."""
        assert progress.step is not None
        self.overall.setText(
            fill(
                tr("Step %1 of %2 · %3 left"),
                str(progress.step.number),
                str(progress.step_count),
                minutes_text(progress.total_left),
            )
        )
        reading = progress.lead_in_left > 0
        untimed = untimed_routine and not reading
        asking = progress.phase is Phase.ASKING
        self.countdown.setVisible(not untimed and not asking)
        self.step_bar.setVisible(not untimed and not asking)
        self.status.setText(_status_words(progress, reading, untimed, asking))
        self.countdown.setText(clock_text(progress.step_left))
        done = 1 - progress.step_left / progress.step_length if progress.step_length else 0
        self.step_bar.setValue(round(1000 * (0 if reading or untimed else done)))
        self.illustration.set_running(progress.phase is Phase.RUNNING)


def _status_words(progress: Progress, reading: bool, untimed: bool, asking: bool) -> str:
    if asking:
        return tr("Answer the question below to go on.")
    if progress.paused:
        return tr("Paused. Press Space or Resume when you are ready.")
    if reading:
        return tr("Get ready: the timer starts in %n s", n=math.ceil(progress.lead_in_left - 1e-9))
    if untimed:
        return fill(
            tr("No countdown: press Next (→) when you are ready to move on. About %1 is usual."),
            clock_text(progress.step_length),
        )
    return ""
