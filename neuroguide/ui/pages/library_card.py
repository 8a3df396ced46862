"""A routine's card in the library: its picture, title, facts and summary, and why it is suggested."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.core.routine import Routine
from neuroguide.core.translation import tr
from neuroguide.ui.kit.illustration import CardPicture, CardPictures
from neuroguide.ui.kit.thumbnails import picture_size
from neuroguide.ui.kit.widgets import Button, text_label

CARD_WORDS = 30  # characters of body text beside the picture: fewer, and the cards go one a row
CARD_SPACING = 16


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
    return tr("%n min", None, max(1, round(seconds / 60)))


class RoutineCard(Button):
    """A whole card is one big button: click it, or focus it and press Enter or Space."""

    def __init__(self, routine: Routine, pictures: CardPictures, parent: QWidget | None = None) -> None:
        super().__init__("", routine.title, parent=parent)
        self.routine = routine
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(CARD_SPACING)
        self.picture = CardPicture(pictures, routine.first_illustration)  # drawn when painted
        self.picture.setFixedSize(picture_size(self.fontMetrics()))
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        title = text_label(routine.title, "lead", bold=True)
        facts = text_label(
            " · ".join([area_words(routine), minutes_words(routine.total_seconds), performer_words(routine)]),
            muted=True,
        )
        summary = text_label(routine.summary)
        self.badge = text_label("", "small", bold=True)
        self.badge.setObjectName("badge")
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

    def mark_suggested(self, why: str) -> None:
        """``why``: the suggestion's few words ("Short, for a bad day"); empty when not suggested."""
        self.badge.setText(tr(why))
        self.badge.setVisible(bool(why))
        words = f"{self.routine.title}. {tr(why)}. " if why else ""
        self.setAccessibleName(words + self.base_name if words else self.base_name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # another text size: the picture grows with it
            self.picture.setFixedSize(picture_size(self.fontMetrics()))
            self._fit_height(self.width())
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_height(event.size().width())
        super().resizeEvent(event)

    def _fit_height(self, width: int) -> None:
        # A button does not grow with wrapped text by itself: ask the layout how tall this width needs.
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
