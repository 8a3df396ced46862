"""The library: a card for each routine, a filter by body area, and a note about broken routine files."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.library import Library
from neuroguide.core.routine import Routine
from neuroguide.ui.kit.pictures import CARD_PICTURE
from neuroguide.ui.kit.widgets import Button, one_of, side_by_side, text_label

FILTERS = {
    "all": frozenset({"feet", "legs", "hands", "arms"}),
    "feet": frozenset({"feet", "legs"}),
    "hands": frozenset({"hands", "arms"}),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryPage", text)


def area_words(routine: Routine) -> str:
    names = {"feet": tr("Feet"), "legs": tr("Legs"), "hands": tr("Hands"), "arms": tr("Arms")}
    ordered = [names[area] for area in ("feet", "legs", "hands", "arms") if area in routine.areas]
    return tr(" and ").join([", ".join(ordered[:-1]), ordered[-1]] if len(ordered) > 1 else ordered)


def performer_words(routine: Routine) -> str:
    return {
        "self": tr("On your own"),
        "caregiver": tr("Given by a caregiver"),
        "either": tr("On your own or with a helper"),
    }[routine.performer]


def minutes_words(seconds: int) -> str:
    return QCoreApplication.translate("LibraryPage", "%n min", None, max(1, round(seconds / 60)))


class RoutineCard(Button):
    """A whole card is one big button: click it, or focus it and press Enter or Space."""

    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__("", routine.title, parent=parent)
        self.routine = routine
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        self.picture = QLabel()
        self.picture.setFixedSize(CARD_PICTURE)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        title = text_label(routine.title, "lead", bold=True)
        facts = text_label(
            " · ".join([area_words(routine), minutes_words(routine.total_seconds), performer_words(routine)]),
            muted=True,
        )
        summary = text_label(routine.summary)
        self.badge = text_label(tr("Suggested for you"), "small", bold=True)
        self.badge.setObjectName("badge")
        self.badge.setWordWrap(False)
        self.badge.hide()
        for label in (self.badge, title, facts, summary):
            # the labels only show text; the card takes every click
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            words.addWidget(label)
        words.addStretch(1)
        layout.addLayout(words, 1)
        self.base_name = (
            f"{routine.title}. {area_words(routine)}, {minutes_words(routine.total_seconds)}, "
            f"{performer_words(routine)}."
        )
        self.setAccessibleName(self.base_name)
        self.setAccessibleDescription(routine.summary)
        self._content = words

    def showEvent(self, event: QShowEvent) -> None:
        # Drawn when first shown: started in the background for reminders, the cards may never be.
        if self.picture.pixmap().isNull():
            from neuroguide.ui.kit.illustration import thumbnail  # only once there is a card to show

            self.picture.setPixmap(
                thumbnail(self.routine.first_illustration, CARD_PICTURE, self.devicePixelRatioF())
            )
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A button does not grow with wrapped text by itself: ask the layout how tall this width needs.
        layout = self.layout()
        needed = layout.totalHeightForWidth(event.size().width()) if layout is not None else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        super().resizeEvent(event)


class LibraryPage(QWidget):
    routine_chosen = Signal(str)  # routine id
    settings_requested = Signal()
    history_requested = Signal()
    learn_requested = Signal()
    people_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.cards: list[RoutineCard] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.setSpacing(16)

        # at large text the title gets a line of its own, not squeezed to a word a line by the buttons
        top = side_by_side(self)
        heading = text_label(tr("Choose a routine"), "title", bold=True)
        heading.setAccessibleName(tr("Choose a routine"))
        top.addWidget(heading, 1)
        tools = QHBoxLayout()
        self.people_button = Button(tr("People"), tr("People: who the session is for"), icon="people")
        self.people_button.clicked.connect(self.people_requested)
        self.learn_button = Button(
            tr("Learn"), tr("Learn: questions and answers about massage for neuropathy"), icon="learn"
        )
        self.learn_button.clicked.connect(self.learn_requested)
        self.history_button = Button(tr("History"), tr("History: your sessions and reports"), icon="history")
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = Button(tr("Settings"), icon="settings")
        self.settings_button.clicked.connect(self.settings_requested)
        for tool in (self.people_button, self.learn_button, self.history_button, self.settings_button):
            tools.addWidget(tool, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(tools)
        top.setAlignment(tools, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.notice = text_label("", "small")
        self.notice.setObjectName("notice")
        self.notice.setAccessibleDescription(tr("Message"))
        self.notice.hide()
        outer.addWidget(self.notice)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        show = text_label(tr("Show:"), muted=True)
        show.setWordWrap(False)
        filters.addWidget(show)
        self.filter_group, self.filter_buttons = one_of(
            self,
            (("all", tr("All")), ("feet", tr("Feet and legs")), ("hands", tr("Hands and arms"))),
            lambda words: tr("Show: %1").replace("%1", words),
        )
        for key, button in self.filter_buttons.items():
            button.clicked.connect(lambda _checked=False, key=key: self.set_filter(key))
            filters.addWidget(button)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.problems_note = self._problems_note()
        outer.addWidget(self.problems_note)
        self.problems_note.setVisible(bool(library.problems))

        self.grid_host = QWidget()
        self.grid_host.setObjectName("page")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("Routines"))  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll, 1)

        safety = text_label(
            tr(
                "Massage can ease discomfort for a while; it does not cure neuropathy. Keep the pressure "
                "light, check your skin before and after, and ask your care team if you are unsure."
            ),
            "small",
            muted=True,
        )
        outer.addWidget(safety)

        for routine in library.routines:
            card = RoutineCard(routine)
            card.clicked.connect(lambda _checked=False, rid=routine.id: self.routine_chosen.emit(rid))
            self.cards.append(card)
        if not self.cards:
            self.empty = text_label(tr("No routines could be loaded."), "lead")
            self.grid.addWidget(self.empty, 0, 0)
        self.filter_buttons["all"].setChecked(True)
        self.set_filter("all")

    def _problems_note(self) -> QFrame:
        note = QFrame()
        note.setObjectName("note")
        layout = QVBoxLayout(note)
        layout.setContentsMargins(16, 12, 16, 12)
        count = len({problem.file for problem in self.library.problems})
        headline = text_label(
            QCoreApplication.translate(
                "LibraryPage",
                "%n routine file(s) could not be loaded. The others are ready to use.",
                None,
                count,
            ),
            bold=True,
        )
        layout.addWidget(headline)
        details = text_label("\n".join(str(problem) for problem in self.library.problems), "small")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setAccessibleName(tr("Problems in routine files"))
        layout.addWidget(details)
        self.problem_details = details
        note.setAccessibleName(tr("Problems in routine files"))
        return note

    def set_suggested(self, routine_ids: list[str]) -> None:
        """Mark the routines that fit the person, and show them first."""
        wanted = set(routine_ids)
        for card in self.cards:
            card.badge.setVisible(card.routine.id in wanted)
            words = f"{card.routine.title}. {tr('Suggested for you')}." if card.routine.id in wanted else ""
            card.setAccessibleName(words + card.base_name if words else card.base_name)
        self.cards.sort(key=lambda card: card.routine.id not in wanted)
        self.set_filter(self._filter)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_filter(self, key: str) -> None:
        self._filter = key
        self.filter_buttons[key].setChecked(True)
        areas = FILTERS[key]
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
        shown = [card for card in self.cards if card.routine.areas & areas]
        for index, card in enumerate(shown):
            self.grid.addWidget(card, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            card.show()
        self.grid.setRowStretch(len(shown) // 2 + 1, 1)
        self._chain_focus(shown)

    def visible_routines(self) -> list[str]:
        return [card.routine.id for card in self.cards if card.isVisibleTo(self)]

    def show_person(self, name: str) -> None:
        """With more than one person, whose library this is stays in sight."""
        shown = name.replace("&", "&&")  # shown, not a keyboard shortcut
        self.people_button.setText(tr("For: %1").replace("%1", shown) if name else tr("People"))
        # the name starts with the words shown, so "click For Anna" works for voice control too
        self.people_button.setAccessibleName(
            tr("For: %1. Change who the session is for").replace("%1", name)
            if name
            else tr("People: who the session is for")
        )

    def _chain_focus(self, shown: list[RoutineCard]) -> None:
        """Tab goes through the filters, then the cards in reading order."""
        chain: list[QWidget] = [
            self.people_button,
            self.learn_button,
            self.history_button,
            self.settings_button,
            *self.filter_buttons.values(),
            *shown,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first_card(self) -> None:
        visible = [card for card in self.cards if card.isVisibleTo(self)]
        if visible:
            visible[0].setFocus(Qt.FocusReason.OtherFocusReason)
