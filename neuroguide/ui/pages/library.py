"""The library: a card for each routine, a filter by body area, and a note about broken routine files.

The routines suggested for the person come first, each card saying why (core/suggestions.py); "Today
is a bad day" asks for the short, gentle ones, until the day is over. A warm-up or cool-down is added
to another routine, never listed as one."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.library import Library
from neuroguide.core.routine import Routine
from neuroguide.core.suggestions import Suggestion, library_order
from neuroguide.core.translation import fill, tr, tr_noop
from neuroguide.ui.kit.illustration import CardPictures
from neuroguide.ui.kit.thumbnails import picture_size
from neuroguide.ui.kit.widgets import (
    Button,
    CheckBox,
    FlowLayout,
    one_of,
    scrolling,
    side_by_side,
    text_label,
)
from neuroguide.ui.pages.library_card import CARD_SPACING, CARD_WORDS, RoutineCard

FILTERS = {
    "all": frozenset({"feet", "legs", "hands", "arms"}),
    "feet": frozenset({"feet", "legs"}),
    "hands": frozenset({"hands", "arms"}),
}
CARDS_AHEAD = 10  # cards made at a time: more than a screenful at the usual window size


class LibraryPage(QWidget):
    """The cards are made as the list is scrolled to them: with hundreds of the person's own routines,
    opening the page makes those on screen and a screenful more, not all of them."""

    routine_chosen = Signal(str)  # routine id
    settings_requested = Signal()
    history_requested = Signal()
    learn_requested = Signal()
    people_requested = Signal()
    bad_day_changed = Signal(bool)  # the person said today is (or is not) a bad day

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self._pictures = CardPictures()  # let go with the page
        self._made: dict[str, RoutineCard] = {}  # the cards made so far, by routine id
        self._listed = library_order(library.routines)
        self._order = list(self._listed)  # suggested first, once suggestions are known
        self._suggested: dict[str, str] = {}  # routine id: why
        self._shown: list[Routine] = []  # the routines the filter shows, in order
        self._placed: list[RoutineCard] = []  # their cards in the grid so far
        self._stretch_row = 0
        self._columns = 2
        self._filter = "all"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.setSpacing(16)
        outer.addLayout(self._top())
        self.notice = text_label("", "small")
        self.notice.setObjectName("notice")
        self.notice.setAccessibleDescription(tr("Message"))
        self.notice.hide()
        outer.addWidget(self.notice)
        # beside the filters while there is room, under them at large text
        choices, filters = FlowLayout(spacing=16), QWidget()
        filters.setLayout(self._filters())
        self.bad_day = CheckBox(tr("Today is a bad day"))
        self.bad_day.setAccessibleDescription(tr("Show the short, gentle routines first, until tonight"))
        self.bad_day.toggled.connect(self.bad_day_changed)
        choices.addWidget(filters)
        choices.addWidget(self.bad_day)
        outer.addLayout(choices)
        self.problems_note = self._problems_note()
        outer.addWidget(self.problems_note)
        self.problems_note.setVisible(bool(library.problems))
        outer.addWidget(self._list(), 1)
        safety = text_label(
            tr(
                "Massage can ease discomfort for a while; it does not cure neuropathy. Keep the pressure "
                "light, check your skin before and after, and ask your care team if you are unsure."
            ),
            "small",
            muted=True,
        )
        outer.addWidget(safety)
        if not self._listed:
            self.empty = text_label(tr("No routines could be loaded."), "lead")
            self.grid.addWidget(self.empty, 0, 0)
        self.set_filter("all")

    def _top(self) -> QBoxLayout:
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
        return top

    def _filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(8)
        show = text_label(tr("Show:"), muted=True)
        show.setWordWrap(False)
        filters.addWidget(show)
        self.filter_group, self.filter_buttons = one_of(
            self,
            (("all", tr("All")), ("feet", tr("Feet and legs")), ("hands", tr("Hands and arms"))),
            lambda words: fill(tr("Show: %1"), words),
        )
        for key, button in self.filter_buttons.items():
            button.clicked.connect(lambda _checked=False, key=key: self.set_filter(key))
            filters.addWidget(button)
        filters.addStretch(1)
        return filters

    def _list(self) -> QScrollArea:
        self.grid_host = QWidget()
        self.grid_host.setObjectName("page")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        for column in range(2):
            self.grid.setColumnStretch(column, 1)  # two cards a row share it evenly
        self.list_area = scrolling(self.grid_host, tr("Routines"))  # Tab scrolls each card into view
        # More cards are made as the end of those made comes near: scrolled to, or the window resized.
        self.list_area.verticalScrollBar().valueChanged.connect(self._make_more_if_near_end)
        self.list_area.viewport().installEventFilter(self)
        return self.list_area

    def _problems_note(self) -> QFrame:
        note = QFrame()
        note.setObjectName("note")
        layout = QVBoxLayout(note)
        layout.setContentsMargins(16, 12, 16, 12)
        count = len({problem.file for problem in self.library.problems})
        headline = text_label(
            tr(
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

    @property
    def cards(self) -> list[RoutineCard]:
        """The cards made so far, in the order the page shows them (suggested first)."""
        return [self._made[routine.id] for routine in self._order if routine.id in self._made]

    def set_suggested(self, routine_ids: Sequence[str]) -> None:
        """Mark the routines that fit the person, and show them first."""
        self.show_suggestions(
            [Suggestion(routine_id, tr_noop("Suggested for you")) for routine_id in routine_ids]
        )

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """The suggested routines first, in the order given, each saying why; the rest as they were."""
        wanted = {s.routine_id: s.why for s in suggestions}
        if list(wanted.items()) == list(self._suggested.items()):
            return  # the same: the cards stay where they are, not laid out again
        self._suggested = wanted
        for card in self._made.values():
            card.mark_suggested(self._suggested.get(card.routine.id, ""))
        rank = {routine_id: n for n, routine_id in enumerate(self._suggested)}
        self._order = sorted(self._listed, key=lambda routine: rank.get(routine.id, len(rank)))
        self.set_filter(self._filter)

    def show_bad_day(self, bad: bool) -> None:
        """Tick or untick "Today is a bad day" as the settings say, without telling anyone."""
        self.bad_day.blockSignals(True)
        self.bad_day.setChecked(bad)
        self.bad_day.blockSignals(False)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_filter(self, key: str) -> None:
        self._filter = key
        self.filter_buttons[key].setChecked(True)
        self._take_out()
        self._shown = [routine for routine in self._order if routine.areas & FILTERS[key]]
        if self.isVisible():  # else made when shown: the window may wait in the background all day
            self._place(CARDS_AHEAD)
            self._make_more_if_near_end()

    def _take_out(self) -> None:
        for card in self._placed:
            self.grid.removeWidget(card)
            card.hide()
        self._placed = []

    def columns_for(self, width: int) -> int:
        """Two cards a row while each has room for its picture and a comfortable line beside it."""
        metrics = self.fontMetrics()
        card = picture_size(metrics).width() + CARD_SPACING + 2 * 12 + CARD_WORDS * metrics.averageCharWidth()
        return 2 if width >= 2 * card + self.grid.horizontalSpacing() else 1

    def _reflow(self) -> None:
        """The cards laid out again when a change of width or text size changes the cards a row."""
        columns = self.columns_for(self.list_area.viewport().width())
        if columns == self._columns:
            return
        self._columns = columns
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        placed = len(self._placed)
        self._take_out()
        self._place(max(placed, CARDS_AHEAD))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed and self._shown:
            self._place(CARDS_AHEAD)
            self._make_more_if_near_end()  # a taller window than the last time: more rows on screen
        super().showEvent(event)

    def _card(self, routine: Routine) -> RoutineCard:
        card = self._made.get(routine.id)
        if card is None:
            card = RoutineCard(routine, self._pictures)
            card.clicked.connect(lambda _checked=False, rid=routine.id: self.routine_chosen.emit(rid))
            card.mark_suggested(self._suggested.get(routine.id, ""))
            self._made[routine.id] = card
        return card

    def _place(self, count: int) -> None:
        """Put the next ``count`` cards of the filter's list in the grid, one or two a row."""
        start, columns = len(self._placed), self._columns
        for index, routine in enumerate(self._shown[start : start + count], start):
            card = self._card(routine)
            self.grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
            card.show()
            self._placed.append(card)
        self.grid.setRowStretch(self._stretch_row, 0)
        self._stretch_row = (len(self._placed) + columns - 1) // columns
        self.grid.setRowStretch(self._stretch_row, 1)  # the cards stay at the top
        self._chain_focus(self._placed)

    def _make_more_if_near_end(self) -> None:
        """Make the next cards while less than half a screenful is left below what is on screen."""
        bar, viewport = self.list_area.verticalScrollBar(), self.list_area.viewport()
        while len(self._placed) < len(self._shown) and self.isVisible():
            needed = self.grid.totalHeightForWidth(viewport.width())  # the list as it will be laid out
            needed = needed if needed >= 0 else self.grid.sizeHint().height()
            if bar.value() + 1.5 * viewport.height() < needed:
                return
            self._place(CARDS_AHEAD)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window changed size
            self._reflow()
            self._make_more_if_near_end()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # another text size: perhaps fewer cards a row
            self._reflow()

    def visible_routines(self) -> list[str]:
        """The routines the filter shows, as the list reaches them when scrolled."""
        return [routine.id for routine in self._shown]

    def show_person(self, name: str) -> None:
        """With more than one person, whose library this is stays in sight."""
        shown = name.replace("&", "&&")  # shown, not a keyboard shortcut
        self.people_button.setText(fill(tr("For: %1"), shown) if name else tr("People"))
        # the name starts with the words shown, so "click For Anna" works for voice control too
        self.people_button.setAccessibleName(
            fill(tr("For: %1. Change who the session is for"), name)
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
            self.bad_day,
            *shown,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first_card(self) -> None:
        if self._placed:
            self._placed[0].setFocus(Qt.FocusReason.OtherFocusReason)
