"""A check box whose words wrap onto further lines where its row is narrow.

Qt's own check box never wraps its words: at large text on a small screen a long one is cut off or
widens the whole dialog. This one stays a single check box, so a screen reader meets one control named
with all its words, Tab and Space work as on any other, the focus mark is the box's own, and a click
anywhere on its lines counts. It paints the box beside the first line and the words below one another
(as GNOME and KDE lay out a long choice), and tells the layout how tall it must be for its width.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from neuroguide.ui.kit.widgets import CheckBox, fingertip

FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
TALL = 100_000  # px: room enough for any number of lines, or any line


class WrappingCheckBox(CheckBox):
    """A check box that is as tall as its words need at the width it is given."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)

    # -- sizes ----------------------------------------------------------------------------------

    def _option(self, rect: QRect) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = rect
        return option

    def _room(self, rect: QRect) -> QRect:
        """Where the words go in ``rect``: beside the box and the gap after it."""
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, self._option(rect), self)

    def _one_line(self) -> int:
        """The height of the row with its words on one line, as Qt's own check box has it."""
        return fingertip(super(CheckBox, self).sizeHint()).height()

    def _extra_lines(self, width: int) -> int:
        """How much taller than one line the words are at ``width``."""
        metrics = self.fontMetrics()
        room = self._room(QRect(0, 0, width, self._one_line()))
        wrapped = metrics.boundingRect(QRect(0, 0, max(1, room.width()), TALL), FLAGS, self.text())
        return max(0, wrapped.height() - metrics.boundingRect(self.text()).height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._one_line() + self._extra_lines(width)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word, never split, and a fingertip's height."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        words = self.text().split() or [""]
        before = self._room(QRect(0, 0, TALL, self._one_line())).left()
        widest = max(metrics.horizontalAdvance(word) for word in words)
        return fingertip(QSize(before + widest + 2, self._one_line()))

    def sizeHint(self) -> QSize:
        """Any width from its longest word up: the layout gives it the row's, and the words wrap in it."""
        hint = self.minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width()) if self.width() > 0 else hint.height())

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        one_line = self._one_line()
        # the box beside the first line: Qt centres it in a row of one line's height
        box = self._option(QRect(0, 0, self.width(), one_line))
        box.text = ""
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, box)
        room = self._room(self.rect())
        room.setTop((one_line - self.fontMetrics().boundingRect(self.text()).height()) // 2)
        flags = (FLAGS & ~int(Qt.AlignmentFlag.AlignVCenter)) | int(Qt.AlignmentFlag.AlignTop)
        align = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag(flags))
        text = QPalette.ColorRole.WindowText
        painter.drawItemText(room, int(align), self.palette(), self.isEnabled(), self.text(), text)


class RowLabel(QLabel):
    """A setting's words before its field: on one line where there is room, on more where there is not.

    Its preferred width is its whole line, or the form's width if that is less (a word-wrapped QLabel's
    own is a guess at a pleasing shape, about half a line, and a form short of room gives a label on a
    line of its own no more than that: a narrow column of short lines)."""

    room = 0  # px: the width of its form, as the form last said; 0 before it is laid out

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        line = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        width = min(line, self.room) if self.room > 0 else line
        return QSize(width, self.heightForWidth(width))


class ReflowForm(QFormLayout):
    """A form that wraps a row whose label and field do not fit side by side: the label on a line of
    its own, as wide as the form, and the field under it. It tells its labels how wide it is."""

    def _tell_labels(self, width: int) -> None:
        margins = self.contentsMargins()
        room = max(1, width - margins.left() - margins.right())
        changed = False
        for row in range(self.rowCount()):
            item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, RowLabel) and label.room != room:
                label.room = room
                label.updateGeometry()  # its layout item keeps its size until told
                changed = True
        if changed:
            self.invalidate()

    def setGeometry(self, rect: QRect) -> None:
        self._tell_labels(rect.width())
        super().setGeometry(rect)

    def heightForWidth(self, width: int) -> int:
        self._tell_labels(width)
        return super().heightForWidth(width)


class ReflowTogether(ReflowForm):
    """A form whose rows are all side by side, or all with their label above the field: a column of
    scales reads as one, and never half one way and half the other."""

    def _choose(self, width: int) -> None:
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        widest = 0
        for row in range(self.rowCount()):
            label, field = (
                self.itemAt(row, role)
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole)
            )
            if label is None or field is None:
                continue
            words = label.widget()
            line = words.fontMetrics().horizontalAdvance(words.text()) if isinstance(words, QLabel) else 0
            widest = max(widest, line + 2 + self.horizontalSpacing() + field.minimumSize().width())
        policy = self.RowWrapPolicy.DontWrapRows if widest <= room else self.RowWrapPolicy.WrapAllRows
        if policy != self.rowWrapPolicy():
            self.setRowWrapPolicy(policy)

    def setGeometry(self, rect: QRect) -> None:
        self._choose(rect.width())
        super().setGeometry(rect)

    def heightForWidth(self, width: int) -> int:
        self._choose(width)
        return super().heightForWidth(width)
