"""Check-ins before and after a session: large 0–10 scales, one per symptom and limb.

A scale is one focus stop: Left/Right or Up/Down move the score, digits set it (0–9, and "+" or End for
10), Delete clears it. Each of its eleven boxes is a target of at least 44×44 px for a mouse or a finger.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.checkin import SKIN_FINDINGS, SYMPTOMS, CheckIn, Moment
from neuroguide.core.options import Giver
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.stylesheet import SCROLL_RING
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import (
    TICK,
    Button,
    CheckBox,
    FlowLayout,
    RadioButton,
    scrolling,
    text_label,
)
from neuroguide.ui.kit.window_size import fit_to_screen
from neuroguide.ui.kit.words import in_sentence, side_and_limb, skin_words, symptom_name
from neuroguide.ui.kit.wrapping import ReflowTogether, RowLabel, WrappingCheckBox

CELL = 46  # px per score box at ordinary text sizes, above the 44 px minimum


def cell_size() -> int:
    """Score boxes grow with the text, so "10" always fits with room around it."""
    return max(CELL, round(style.body_points() * 2.6))


def limb_words(limb: str) -> str:
    """'right foot' (as check-ins store it) in the person's language: 'Right foot'."""
    side, part = limb.split(" ", 1)
    return side_and_limb(side, part)


ALONE = Giver()  # the person gives the session themself


def title_words(giver: Giver) -> str:
    if not giver.helped:
        return tr("How are you feeling?")
    return fill(tr("How is %1 feeling?"), giver.person) if giver.person else tr("How are they feeling?")


def heading_words(moment: Moment, giver: Giver) -> str:
    """The question, asked of whoever holds the screen: the person, or the helper about the person."""
    if not giver.helped:
        return tr("Before you start: how do you feel?") if moment == "before" else tr("How do you feel now?")
    if giver.person:
        if moment == "before":
            return fill(tr("Before you start: how does %1 feel?"), giver.person)
        return fill(tr("How does %1 feel now?"), giver.person)
    if moment == "before":
        return tr("Before you start: how does the person you help feel?")
    return tr("How does the person you helped feel now?")


def intro_words(giver: Giver) -> str:
    """How to score, with the routine's title as %1; the scores are always the person's own."""
    if giver.helped:
        return tr(
            "%1. Ask them to score each from 0 (not at all) to 10 (the worst they can imagine). "
            "Leave any they would rather not score."
        )
    return tr(
        "%1. Score each from 0 (not at all) to 10 (the worst you can imagine). "
        "Leave any you would rather not score."
    )


def alone_words(giver: Giver) -> str:
    """The choice that the person did the massage alone, in the words of whoever answers."""
    if not giver.helped:
        return tr("I did it myself")
    return fill(tr("%1 did it alone"), giver.person) if giver.person else tr("They did it alone")


class ScoreScale(QWidget):
    """A 0–10 scale drawn as eleven large boxes; no score until one is chosen."""

    changed = Signal(object)  # int | None

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._name = name
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name)
        self._describe()

    def sizeHint(self) -> QSize:
        cell = cell_size()
        return QSize(11 * cell + 10 * 4 + 8, cell + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(0, min(10, value))
        if value != self._value:
            self._value = value
            self._describe()
            self.update()
            self.changed.emit(value)

    def _describe(self) -> None:
        text = tr("not scored") if self._value is None else fill(tr("%1 out of 10"), str(self._value))
        self.setAccessibleDescription(text)
        self.setToolTip(f"{self._name}: {text}")

    def _cell(self, index: int) -> QRectF:
        cell = cell_size()
        return QRectF(4 + index * (cell + 4), 4, cell, cell)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(style.body_points() * 1.1)
        font.setBold(True)
        painter.setFont(font)
        theme = style.theme()
        for index in range(11):
            rect = self._cell(index)
            chosen = index == self._value
            painter.setPen(QPen(QColor(theme.accent if chosen else theme.border), 2))
            painter.setBrush(QColor(theme.accent if chosen else theme.surface))
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(QColor(theme.on_accent if chosen else theme.text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index))
            if chosen:  # a tick as well as the colour, in the box's corner
                self._tick(painter, rect)
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
        painter.end()

    def _tick(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        small = QFont(painter.font())
        small.setPointSizeF(style.body_points() * 0.65)  # small enough to stay off the number
        painter.setFont(small)
        corner = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        painter.drawText(rect.adjusted(0, 1, -3, 0), corner, TICK.strip())
        painter.restore()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(11):
            if self._cell(index).contains(event.position()):
                self.set_value(index)
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(0 if current is None else current + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(0 if current is None else current - 1)
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key in (Qt.Key.Key_End, Qt.Key.Key_Plus):
            self.set_value(10)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.set_value(int(key) - int(Qt.Key.Key_0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class CheckInDialog(QDialog):
    """Before a session: the scores. After: the scores, the skin check, soreness, fatigue, a note and
    who did the massage. Skipping is always possible. When a helper gives the session (``giver``), the
    words ask the helper about the person, by name when the app knows it."""

    def __init__(
        self,
        moment: Moment,
        limbs: tuple[str, ...],
        routine_title: str,
        giver: Giver = ALONE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.moment = moment
        self.limbs = limbs
        self.giver = giver
        self.result_checkin: CheckIn | None = None
        self.setWindowTitle(window_title(title_words(giver)))
        fit_to_screen(self, max(780, 11 * (cell_size() + 4) + 260 + 2 * SCROLL_RING), 760, "checkin")
        outer = QVBoxLayout(self)
        self.heading = text_label(heading_words(moment, giver), "title", bold=True)
        outer.addWidget(self.heading)
        self.intro = text_label(fill(intro_words(giver), routine_title), muted=True)
        outer.addWidget(self.intro)
        scroll = scrolling(self._build_body(moment, limbs), tr("Scores"), focusable=True)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._build_buttons(moment))
        first = next(iter(self.scales.values()), None)
        if first is not None:
            first.setFocus()

    def _build_body(self, moment: Moment, limbs: tuple[str, ...]) -> QWidget:
        """A scale for each symptom of each limb; after a session, the rest of the check-in below."""
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        self.scales: dict[tuple[str, str], ScoreScale] = {}
        for limb in limbs:
            layout.addWidget(text_label(limb_words(limb), "lead", bold=True))
            form = ReflowTogether()  # the names above their scales where they do not all fit beside
            form.setHorizontalSpacing(12)
            for symptom in SYMPTOMS:
                name = fill(tr("%1, %2"), symptom_name(symptom), in_sentence(limb_words(limb)))
                scale = ScoreScale(name)
                label = RowLabel(symptom_name(symptom))
                label.setBuddy(scale)
                form.addRow(label, scale)
                self.scales[(limb, symptom)] = scale
            layout.addLayout(form)

        self.skin: dict[str, QCheckBox] = {}
        self.soreness: QCheckBox | None = None
        self.fatigue: QCheckBox | None = None
        self.note: QPlainTextEdit | None = None
        self.caregiver_name: QLineEdit | None = None
        if moment == "after":
            layout.addWidget(self._after_section())
        layout.addStretch(1)
        return body

    def _build_buttons(self, moment: Moment) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.remember = WrappingCheckBox(tr("Don't ask before sessions"))
        self.remember.setVisible(moment == "before")
        buttons.addWidget(self.remember, 1)  # the room the buttons leave: its words wrap only there
        buttons.addStretch(0)  # the buttons to the right when it is not shown
        self.skip_button = Button(tr("Skip"))
        self.save_button = Button(tr("Save and start") if moment == "before" else tr("Save"), primary=True)
        self.skip_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        # Enter, wherever the focus is, saves what was scored: never the first button, Skip, by default
        self.save_button.setDefault(True)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _after_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(text_label(tr("Skin check"), "lead", bold=True))
        layout.addWidget(
            text_label(tr("Tick what you see now. Leave all empty if the skin looks as usual."), muted=True)
        )
        row = FlowLayout()  # onto more rows where the words are long or large
        for finding in SKIN_FINDINGS:
            box_ = CheckBox(skin_words(finding))
            self.skin[finding] = box_
            row.addWidget(box_)
        layout.addLayout(row)
        self.soreness = WrappingCheckBox(tr("Sore afterwards"))
        self.fatigue = WrappingCheckBox(tr("Tired afterwards"))
        for box_ in (self.soreness, self.fatigue):
            layout.addWidget(box_)
        layout.addWidget(text_label(tr("Who did the massage?"), "lead", bold=True))
        layout.addLayout(self._who())
        note_label = text_label(tr("Anything else to remember (optional)"), "lead", bold=True)
        layout.addWidget(note_label)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        note_label.setBuddy(self.note)
        layout.addWidget(self.note)
        return box

    def _who(self) -> QVBoxLayout:
        """The person alone, or a caregiver (named): a session a helper gave starts at the helper, with
        their name, since that is how it was given; the person's own session starts at them."""
        giver = self.giver
        who = QVBoxLayout()  # one choice a line, as long as their words are
        alone = alone_words(giver)
        self.by_self = RadioButton(alone.replace("&", "&&"))  # an "&" in a name shows, as typed
        self.by_self.setAccessibleName(alone)
        who.addWidget(self.by_self)
        self.by_caregiver = RadioButton(tr("A caregiver:"))
        helper = QHBoxLayout()
        helper.addWidget(self.by_caregiver)
        self.caregiver_name = QLineEdit(giver.helper)
        self.caregiver_name.setPlaceholderText(tr("their name"))
        self.caregiver_name.setAccessibleName(tr("Caregiver's name"))
        self.caregiver_name.setMinimumHeight(style.MIN_TARGET)
        self.caregiver_name.textEdited.connect(lambda: self.by_caregiver.setChecked(True))
        helper.addWidget(self.caregiver_name, 1)
        who.addLayout(helper)
        (self.by_caregiver if giver.helped else self.by_self).setChecked(True)
        return who

    @property
    def helper_name(self) -> str:
        """The caregiver's name as typed, when a caregiver is chosen; "" otherwise."""
        if self.caregiver_name is None or not self.by_caregiver.isChecked():
            return ""
        return self.caregiver_name.text().strip()

    @property
    def performed_by(self) -> str:
        """'' for the person themselves, else the caregiver's name (or 'caregiver')."""
        if self.caregiver_name is None or not self.by_caregiver.isChecked():
            return ""
        return self.helper_name or "caregiver"

    def _save(self) -> None:
        scores = {key: scale.value for key, scale in self.scales.items() if scale.value is not None}
        if self.moment == "before":
            self.result_checkin = CheckIn("before", scores)
        else:
            assert self.note is not None and self.soreness is not None and self.fatigue is not None
            self.result_checkin = CheckIn(
                "after",
                scores,
                skin=tuple(finding for finding, box in self.skin.items() if box.isChecked()),
                soreness=self.soreness.isChecked(),
                fatigue=self.fatigue.isChecked(),
                note=self.note.toPlainText().strip(),
            )
        self.accept()
