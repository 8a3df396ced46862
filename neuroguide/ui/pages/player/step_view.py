"""The step on screen: the routine's name and progress, the picture beside the step's words, and the
countdown with its bar."""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.prompts import exercise_words
from neuroguide.core.routine import PlannedStep
from neuroguide.core.session import Phase, Progress
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.giving_hand import pose_for
from neuroguide.ui.kit.illustration import IllustrationView
from neuroguide.ui.kit.widgets import text_label
from neuroguide.ui.pages.player.view import PlayerView
from neuroguide.ui.pages.player.words import clock_text, minutes_text, side_words

PICTURE_LEAST = 96  # px: still a recognisable picture, where the words need the room
ROUNDING = 4  # px: what laid-out heights may add to the measured ones


class StepView(PlayerView):
    """The picture beside the words while both fit the room; when they do not (a short screen, large
    text), the words take the whole width above, and the picture shrinks beside the countdown: the
    picture gives way, never the words, which are always read whole."""

    def __init__(self) -> None:
        super().__init__((0, 0, 0, 0), spacing=12)
        layout = self.column

        top = QHBoxLayout()
        self.routine_title = text_label("", "lead", bold=True)
        top.addWidget(self.routine_title, 1)
        self.overall = text_label("", muted=True)
        self.overall.setWordWrap(False)
        self.overall.setAccessibleName(tr("Session progress"))
        top.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.picture = QFrame()
        self.picture.setObjectName("panel")
        picture_layout = QVBoxLayout(self.picture)
        self.illustration = IllustrationView()
        self.illustration.setMinimumSize(PICTURE_LEAST, PICTURE_LEAST)  # it gives way to the words
        picture_layout.addWidget(self.illustration)
        self.words = self._build_words()
        self.timing = self._build_timing()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(12)
        layout.addLayout(self.grid, 1)
        self.side_by_side: bool | None = None
        self._timing_is_across = False  # below the words without the picture (_timing_across)
        self._watching_area = False  # the scroll area it is shown in, for the room it has
        self._arranging = False
        self._question_below = False  # a question after the step is asked below the view
        self._deciding = False  # whether to stop is asked below the view
        # each heading's text role beside the picture, and above it
        self._roles = {
            self.routine_title: ("lead", "body"),
            self.step_title: ("display", "title"),
            self.countdown: ("countdown", "title"),
        }
        self._arrange(side_by_side=True)
        for label in self.findChildren(QLabel):
            label.installEventFilter(self)

    def _build_words(self) -> QWidget:
        words, column = _column(12)
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
        self.counts = text_label("", "lead", bold=True)  # an exercise's repetitions and hold
        self.counts.setAccessibleDescription(tr("How many times"))
        self.counts.hide()
        column.addWidget(self.counts)
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
        column.addStretch(1)  # the words stay together at the top, however tall the room
        return words

    def _build_timing(self) -> QWidget:
        timing, column = _column(8)
        column.addStretch(1)  # the countdown sits low, next to the controls
        self.status = text_label("", "lead", bold=True)
        self.status.setAccessibleDescription(tr("Session state"))
        column.addWidget(self.status)
        self.countdown = text_label("", "countdown", bold=True)
        self.countdown.setWordWrap(False)
        self.countdown.setAccessibleDescription(tr("Time left on this step"))
        column.addWidget(self.countdown)
        self.step_bar = QProgressBar()
        self.step_bar.setTextVisible(False)
        self.step_bar.setRange(0, 1000)
        self.step_bar.setAccessibleName(tr("Time through this step"))
        column.addWidget(self.step_bar)
        return timing

    def _arrange(self, side_by_side: bool) -> None:
        """The picture left of the words and the countdown, or the words across the top with the
        picture and the countdown side by side below them."""
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        self._timing_is_across = False
        self._arranging = True  # the headings' new sizes below are this arrangement's own
        for part in (self.picture, self.words, self.timing):
            self.grid.removeWidget(part)
        if side_by_side:
            self.grid.addWidget(self.picture, 0, 0, 2, 1)
            self.grid.addWidget(self.words, 0, 1)
            self.grid.addWidget(self.timing, 1, 1)
            stretches = ((5, 6), (1, 0))
        else:
            self.grid.addWidget(self.words, 0, 0, 1, 2)
            self.grid.addWidget(self.picture, 1, 0)
            self.grid.addWidget(self.timing, 1, 1)
            stretches = ((1, 1), (0, 1))
        for column, stretch in enumerate(stretches[0]):
            self.grid.setColumnStretch(column, stretch)
        for row, stretch in enumerate(stretches[1]):
            self.grid.setRowStretch(row, stretch)
        # below the words, smaller headings and countdown, and a picture that takes only what is left
        for label, roles in self._roles.items():
            style.set_role(label, roles[0] if side_by_side else roles[1], True)
        least = PICTURE_LEAST if side_by_side else 0
        self.illustration.setMinimumSize(least, least)
        self._arranging = False

    def _show_parts(self) -> None:
        """With the words across the top (short room, large text), a question asked below the step
        takes the place of the picture and of the timing, which has no countdown while it waits; when
        the words and the countdown would not both fit, the picture gives way and the countdown takes
        the whole width; and when the words would still need scrolling, the routine's name and
        progress give way too: the step's words and its countdown stay whole above the controls."""
        # whether to stop is asked below the view, the timer paused: its countdown gives way if need be
        short = self._deciding and not self._fits(named=False, timing="across")
        gone = (self._question_below or short) and not self.side_by_side
        squeezed = not gone and not self.side_by_side and not self._fits(timing="beside")
        self._timing_across(squeezed)
        self.picture.setVisible(not gone and not squeezed)
        self.timing.setVisible(not gone)
        crowded = not self.side_by_side and not self._fits(timing="none" if gone else "across")
        self.routine_title.setVisible(not crowded)
        self.overall.setVisible(not crowded)

    def _timing_across(self, across: bool) -> None:
        """The countdown below the words beside the picture, or across the whole width without it."""
        if self.side_by_side or across == self._timing_is_across:
            return
        self._timing_is_across = across
        self.grid.removeWidget(self.timing)
        self.grid.addWidget(self.timing, 1, 0 if across else 1, 1, 2 if across else 1)

    def _fits(self, named: bool = True, timing: Literal["none", "beside", "across"] = "none") -> bool:
        """Whether the words across the top fit the room the view is shown in with no scroll bar:
        under the routine's name and progress (``named``), and with the countdown below them beside
        the picture (half the width), across the whole width, or not at all."""
        inner, height = self._room()
        needed = (self._name_height(inner) if named else 0) + self.words.heightForWidth(inner)
        if timing != "none":
            width = (inner - self.grid.horizontalSpacing()) // 2 if timing == "beside" else inner
            needed += self.grid.verticalSpacing() + self.timing.heightForWidth(width)
        return needed + ROUNDING <= height

    def _room(self) -> tuple[int, int]:
        """The inner width and height of the room the view is shown in: the scroll area's whole size,
        so that a scroll bar coming or going never changes what fits."""
        area = self._area()
        room = area.size() if area is not None else self.size()
        margins = self.column.contentsMargins()
        return (
            room.width() - margins.left() - margins.right(),
            room.height() - margins.top() - margins.bottom(),
        )

    def _name_height(self, inner: int) -> int:
        progress = self.overall.sizeHint()
        name_width = inner - progress.width() - self.column.spacing()
        return (
            max(progress.height(), self.routine_title.heightForWidth(max(1, name_width)))
            + self.column.spacing()
        )

    def _fits_side_by_side(self, width: int, height: int) -> bool:
        """Whether the words and the countdown, beside the picture, fit ``height`` at ``width``."""
        margins = self.column.contentsMargins()
        inner = width - margins.left() - margins.right()
        words_width = (inner - self.grid.horizontalSpacing()) * 6 // 11
        needed = (
            self.routine_title.heightForWidth(max(1, inner // 2))
            + self.column.spacing()
            + self.words.heightForWidth(words_width)
            + self.grid.verticalSpacing()
            + self.timing.heightForWidth(words_width)
        )
        # the words as large as they are beside the picture, whatever size they have now
        for label, width_there in (
            (self.routine_title, inner // 2),
            (self.step_title, words_width),
            (self.countdown, words_width),
        ):
            if label.isVisibleTo(self):
                needed += _height_in(label, self._roles[label][0], width_there) - _height_in(
                    label, str(label.property("textRole")), width_there
                )
        return needed <= height - margins.top() - margins.bottom()

    def _rearrange(self, width: int) -> None:
        if self._arranging:
            return
        # decided by the room the view is shown in (the scroll area's), not its own current size
        room = self.parentWidget()
        self._arrange(self._fits_side_by_side(width, room.height() if room is not None else self.height()))
        self._show_parts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rearrange(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._rearrange(self.width())  # a new text size: each label is given it in turn
        elif event.type() == QEvent.Type.Resize and watched is self._area():
            self._rearrange(self.width())  # less room (a question below it), though the view keeps its size
        return False

    def _area(self) -> QWidget | None:
        viewport = self.parentWidget()
        return viewport.parentWidget() if viewport is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        area = self._area()
        if area is not None and not self._watching_area:
            area.installEventFilter(self)
            self._watching_area = True
        super().showEvent(event)

    def show_step(self, planned: PlannedStep, caregiver: bool) -> None:
        side = side_words(planned)
        self.side.setText(side)
        self.side.setVisible(bool(side))
        self.step_title.setText(planned.title())
        counts = exercise_words(planned.step.repetitions, planned.step.hold_seconds)
        self.counts.setText(counts)
        self.counts.setVisible(bool(counts))
        self.instruction.setText(planned.text(caregiver))
        description = f"{side}. {planned.title()}" if side else planned.title()
        illustration = planned.step.illustration
        hand = pose_for(illustration, planned.step.technique_for(caregiver))
        self.illustration.show_step(illustration, planned.mirrored, planned.step.pace, description, hand)
        self._rearrange(self.width())  # this step's words may need the other arrangement

    def show_progress(self, progress: Progress, untimed_routine: bool, deciding: bool = False) -> None:
        """Where the session stands: the step count, the time left, and what the person is waited for;
        ``deciding``: whether to stop, asked below the view."""
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
        self.status.setText(_status_words(progress, reading, untimed, asking, deciding))
        self.countdown.setText(clock_text(progress.step_left))
        done = 1 - progress.step_left / progress.step_length if progress.step_length else 0
        self.step_bar.setValue(round(1000 * (0 if reading or untimed else done)))
        self.illustration.set_running(progress.phase is Phase.RUNNING)
        self._question_below = asking and not deciding
        self._deciding = deciding
        self._show_parts()


def _column(spacing: int) -> tuple[QWidget, QVBoxLayout]:
    """A part of the step that is moved as one when the arrangement changes, and its column."""
    part = QWidget()
    part.setObjectName("page")
    column = QVBoxLayout(part)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(spacing)
    return part, column


def _height_in(label: QLabel, role: str, width: int) -> int:
    """The height ``label``'s text would take at ``width`` in the text size of ``role``."""
    font = QFont(label.font())
    font.setPointSizeF(style.body_points() * style.SCALE[role])
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
    return QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width), 0), flags, label.text()).height()


def _status_words(progress: Progress, reading: bool, untimed: bool, asking: bool, deciding: bool) -> str:
    if deciding:  # the stop question below says the rest, and no key but its own works meanwhile
        return tr("Paused.") if progress.paused else ""
    if asking:
        return tr("Answer the question below to go on.")
    if progress.paused:
        return tr("Paused. Press Space or Resume when you are ready.")
    if reading:
        return tr("Get ready: the timer starts in %n s", None, math.ceil(progress.lead_in_left - 1e-9))
    if untimed:
        return fill(
            tr("No countdown: press Next (→) when you are ready to move on. About %1 is usual."),
            clock_text(progress.step_length),
        )
    return ""
