"""Small building blocks shared by the pages: buttons big enough for numb fingers, labelled text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QWidget,
)

from neuroguide.ui.kit import style


class Button(QPushButton):
    """A push button that Enter and Return press too, since Space may belong to the page.

    ``icon`` names one of the app's icons, drawn before the words (after them with ``icon_after``)
    in the colour of the words, in every theme, and as large as the text."""

    # Class defaults too: Qt may ask for a size or send a style change before the constructor has set
    # them, or while a deleted button is being torn down, and an override must never raise then.
    icon_name = ""
    other_texts: tuple[str, ...] = ()  # words it may show later, so its size never jumps
    words = ""  # a ticked button's words, without the tick

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
        if primary:
            self.setProperty("primary", True)
        self.icon_name = icon
        if icon_after:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # puts the icon after the words
        # drawn when first shown: started in the background, most buttons never are

    def set_icon(self, name: str) -> None:
        if name != self.icon_name:
            self.icon_name = name
            if self.isVisible():
                self._tint()

    def _tint(self) -> None:
        if not self.icon_name:
            return
        from neuroguide.ui.kit.icons import icon

        theme = style.theme()
        if self.property("primary"):
            colour = theme.on_accent
        elif self.objectName() == "danger":
            colour = theme.danger
        else:
            colour = theme.text
        side = icon_side()
        self.setIcon(icon(self.icon_name, colour, (side,), (self.devicePixelRatioF(),)))
        self.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        restyled = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)
        if event.type() in restyled and self.isVisible():
            self._tint()  # a new theme or text size

    def showEvent(self, event: QShowEvent) -> None:
        self._tint()  # its role (danger, say) may have been given after it was made
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.icon_name and self.icon().isNull():
            # its icon is drawn when first shown: room for it now, so the size never jumps then
            hint.setWidth(hint.width() + icon_side() + ICON_GAP)
        if self.other_texts:
            metrics = self.fontMetrics()

            def width(text: str) -> int:  # as Qt measures a button's words
                return metrics.size(Qt.TextFlag.TextShowMnemonic, text).width()

            widest = max(width(text) for text in self.other_texts)
            hint.setWidth(hint.width() + max(0, widest - width(self.text())))
        return hint

    def minimumSizeHint(self) -> QSize:
        return fingertip(self.sizeHint())  # never squeezed below its words, nor below a target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.animateClick()
            return
        super().keyPressEvent(event)


ICON_GAP = 4  # px: what Qt's push button puts between its icon and its words


def icon_side() -> int:
    """A button's icon: as large as the text."""
    return round(style.body_points() * 1.6)


def fingertip(hint: QSize) -> QSize:
    """At least a fingertip's target in each direction, and never less than the words need (an
    explicit minimum size would let a layout squeeze the words at large text)."""
    return QSize(max(hint.width(), style.MIN_TARGET), max(hint.height(), style.MIN_TARGET))


class WholeRow:
    """For a check box or radio button: a click anywhere on its row counts (Qt's own take only the
    small box and its words, well under a fingertip's 44 px), and the row is a fingertip's size."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # type: ignore[attr-defined, no-any-return]

    def sizeHint(self) -> QSize:
        return fingertip(super().sizeHint())  # type: ignore[misc]

    def minimumSizeHint(self) -> QSize:
        return fingertip(super().minimumSizeHint())  # type: ignore[misc]


class CheckBox(WholeRow, QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))


class RadioButton(WholeRow, QRadioButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))


def text_label(text: str = "", role: str = "body", bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    style.set_role(label, role, bold)
    if muted:
        label.setProperty("muted", True)
    return label


class ReadingColumn(QWidget):
    """A column of text no wider than a comfortable line, however wide the window: a long line is
    hard to follow back to the start of the next with tired eyes. Follows the text size."""

    LINE = 90  # characters of body text: about 70 of the larger lead text, the most a line should hold

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange):
            self.setMaximumWidth(self.LINE * self.fontMetrics().averageCharWidth())
        return super().event(event)


def scrolling(content: QWidget, name: str, focusable: bool = False, page: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area: at large text, a page that needs more room than the
    window has scrolls instead of squeezing its words and buttons. Tab moves through its controls and
    scrolls each into view, so the area itself is not a stop of its own, unless ``focusable``: for
    content of words alone, which only the area's own keys (arrows, Page Down) can scroll. ``page``:
    painted in the page's colour; otherwise it shows what it sits on (a card, the player's step)."""
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if focusable:  # a stop of its own only while there is something to scroll, with a mark of its own
        area.setProperty("keys", True)
        area.verticalScrollBar().rangeChanged.connect(lambda _low, high: _keys_scroll(area, high > 0))
    if page:
        area.setObjectName("page")
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def _keys_scroll(area: QScrollArea, needed: bool) -> None:
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if needed else Qt.FocusPolicy.NoFocus)


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
    # The desktop's own dialog where it has one (nothing here forbids it); where it has none, Qt's,
    # given room for long names at the text size asked for, within the screen.
    from neuroguide.ui.kit.window_size import fit_to_screen

    chars, lines = dialog.fontMetrics().averageCharWidth(), dialog.fontMetrics().lineSpacing()
    fit_to_screen(dialog, 110 * chars, 30 * lines)
    places = dialog.findChild(QSplitter, "splitter")  # its list of places, wide enough for their names
    if places is not None:
        places.setSizes([24 * chars, 86 * chars])
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


TICK = "\u2713 "  # before the words of a chosen option: not its colour alone


def ticked(button: Button) -> Button:
    """A button pressed in for a choice (a day, a place, a person): chosen, it shows a tick before its
    words as well as its colour, and its size never jumps. The accessible name stays without the tick
    (a screen reader says "checked" itself). New words are given with ``set_words``."""
    button.setCheckable(True)
    button.toggled.connect(lambda _on: _show_tick(button))
    set_words(button, button.text(), button.accessibleName())
    return button


def set_words(button: Button, words: str, accessible_name: str) -> None:
    """New words for a ``ticked`` button (a person renamed), and its accessible name: the tick is kept
    while it is chosen, and room for it while it is not."""
    button.words = words
    button.other_texts = (TICK + words,)
    button.setAccessibleName(accessible_name)
    _show_tick(button)


def _show_tick(button: Button) -> None:
    button.setText(TICK + button.words if button.isChecked() else button.words)


class Choice(RadioButton):
    """One of a row of options drawn as buttons: a radio button underneath, so a screen reader says
    "radio button, checked" and the arrow keys move between the options. The chosen one shows a tick."""

    words = ""

    def __init__(self, text: str, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.words = text
        self.setAccessibleName(accessible_name or text.replace("&", ""))
        self.setProperty("choice", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggled.connect(lambda on: self.setText(TICK + self.words if on else self.words))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.isChecked():  # room for the tick it shows when chosen
            hint.setWidth(hint.width() + self.fontMetrics().horizontalAdvance(TICK))
        return hint


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


class FlowLayout(QLayout):
    """Lays its items out in a row, left to right, and starts a new row when the next one would not
    fit: rows of buttons that wrap at large text instead of running off the side."""

    def __init__(self, parent: QWidget | None = None, spacing: int = style.GAP) -> None:
        super().__init__()  # given to ``parent`` only once its items exist: Qt asks for them at once
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)
        if parent is not None:
            parent.setLayout(self)

    def _held(self) -> list[QLayoutItem]:
        # Qt may still ask while the Python side is being torn down
        return getattr(self, "_items", [])

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._held())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._held()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._held()
        return items.pop(index) if 0 <= index < len(items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._held():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._held():
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def side_by_side(owner: QWidget) -> QBoxLayout:
    """A row at ordinary text sizes that turns into a column at large text, and back, as the text size
    changes while ``owner`` is shown."""
    layout = QBoxLayout(_direction())
    owner.installEventFilter(_Reflow(owner, layout))
    return layout


def _direction() -> QBoxLayout.Direction:
    if style.body_points() >= style.LARGE_TEXT_POINTS:
        return QBoxLayout.Direction.TopToBottom
    return QBoxLayout.Direction.LeftToRight


class _Reflow(QObject):
    def __init__(self, owner: QWidget, layout: QBoxLayout) -> None:
        super().__init__(owner)
        self.layout = layout

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.layout.setDirection(_direction())
        return False
