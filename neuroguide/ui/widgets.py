"""Small building blocks shared by the pages: buttons big enough for numb fingers, labelled text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from neuroguide.ui import style


class Button(QPushButton):
    """A push button that Enter and Return press too, since Space may belong to the page.

    ``icon`` names one of the app's icons, drawn before the words (after them with ``icon_after``)
    in the colour of the words, in every theme, and as large as the text."""

    def __init__(
        self,
        text: str,
        accessible_name: str = "",
        primary: bool = False,
        parent: QWidget | None = None,
        icon: str = "",
        icon_after: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(accessible_name or text.replace("&", ""))
        # No explicit minimum size: it would let layouts squeeze the words; minimumSizeHint keeps both
        # the words and a fingertip's target.
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.other_texts: tuple[str, ...] = ()  # words it may show later, so its size never jumps
        if primary:
            self.setProperty("primary", True)
        self.icon_name = icon
        if icon_after:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # puts the icon after the words
        self._tint()

    def set_icon(self, name: str) -> None:
        if name != self.icon_name:
            self.icon_name = name
            self._tint()

    def _tint(self) -> None:
        if not getattr(self, "icon_name", ""):  # a restyle can come before the constructor is done
            return
        from neuroguide.ui.icons import icon

        theme = style.theme()
        if self.property("primary"):
            colour = theme.on_accent
        elif self.objectName() == "danger":
            colour = theme.danger
        else:
            colour = theme.text
        self.setIcon(icon(self.icon_name, colour))
        side = round(style.body_points() * 1.6)
        self.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._tint()  # a new theme or text size

    def showEvent(self, event: QShowEvent) -> None:
        self._tint()  # its role (danger, say) may have been given after it was made
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.other_texts:
            metrics = self.fontMetrics()
            widest = max(metrics.horizontalAdvance(text) for text in self.other_texts)
            hint.setWidth(hint.width() + max(0, widest - metrics.horizontalAdvance(self.text())))
        return hint

    def minimumSizeHint(self) -> QSize:
        return fingertip(self.sizeHint())  # never squeezed below its words, nor below a target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.animateClick()
            return
        super().keyPressEvent(event)


def fingertip(hint: QSize) -> QSize:
    """At least a fingertip's target in each direction, and never less than the words need (an
    explicit minimum size would let a layout squeeze the words at large text)."""
    return QSize(max(hint.width(), style.MIN_TARGET), max(hint.height(), style.MIN_TARGET))


class CheckBox(QCheckBox):
    """A check box that answers a click anywhere on its row: Qt's own takes only the small box and its
    words, well under a fingertip's 44 px."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:
        return fingertip(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return fingertip(super().minimumSizeHint())


class RadioButton(QRadioButton):
    """A radio button that answers a click anywhere on its row, like CheckBox."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:
        return fingertip(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return fingertip(super().minimumSizeHint())


def text_label(text: str = "", role: str = "body", bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    style.set_role(label, role, bold)
    if muted:
        label.setProperty("muted", True)
    return label


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """``content`` in a frameless scroll area: at large text, a page that needs more room than the
    window has scrolls instead of squeezing its words and buttons. Tab moves through its controls and
    scrolls each into view, so the area itself is not a stop of its own."""
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setObjectName("page")
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def ask_where_to_save(
    parent: QWidget, title: str, name_filter: str, suggested: str, then: Callable[[Path], None]
) -> QFileDialog:
    """Open a save dialog (not blocking the window) in the home folder; ``then`` gets the chosen path."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    dialog.selectFile(str(Path.home() / suggested))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: then(Path(path)))
    dialog.open()
    return dialog


def page_header(
    title: str, back_words: str, back_name: str, leave: SignalInstance
) -> tuple[QHBoxLayout, Button]:
    """A page's top row: the way back, then the page's title."""
    row = QHBoxLayout()
    back = Button(back_words, back_name, icon="back")
    back.clicked.connect(leave)
    row.addWidget(back)
    row.addWidget(text_label(title, "title", bold=True), 1)
    return row, back


class Choice(RadioButton):
    """One of a row of options drawn as buttons: a radio button underneath, so a screen reader says
    "radio button, checked" and the arrow keys move between the options."""

    def __init__(self, text: str, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(accessible_name or text.replace("&", ""))
        self.setProperty("choice", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)


def one_of(
    owner: QObject, choices: Iterable[tuple[str, str]], name: Callable[[str], str] = str
) -> tuple[QButtonGroup, dict[str, Choice]]:
    """Options of which one is chosen at a time, by key; ``name`` gives each its accessible name."""
    group = QButtonGroup(owner)
    buttons: dict[str, Choice] = {}
    for key, words in choices:
        button = Choice(words, name(words))
        group.addButton(button)
        buttons[key] = button
    return group, buttons
