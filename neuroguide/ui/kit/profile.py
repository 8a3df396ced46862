"""The person's profile in words and buttons: what caused the neuropathy and where the symptoms are.

Shared by the welcome, Settings and the "about me" card, so each says it the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from neuroguide.core.safety import PLACES
from neuroguide.core.settings import BY_KEY
from neuroguide.ui.kit.widgets import Button, FlowLayout, ticked
from neuroguide.ui.kit.words import setting_words, side_and_limb


def cause_words() -> dict[str, str]:
    """The causes the profile offers (not "Rather not say"), with their declared words."""
    declared = BY_KEY["profile_cause"].choices
    return {str(choice.code): setting_words(choice.words) for choice in declared if choice.code}


class PlaceButtons(QWidget):
    """A button for each hand and foot, pressed in where the symptoms are."""

    def __init__(self, chosen: set[str]) -> None:
        super().__init__()
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, Button] = {}
        for place in PLACES:
            side, limb = place.split(" ")
            button = ticked(Button(side_and_limb(side, limb)))
            button.setChecked(place in chosen)
            self.buttons[place] = button
            row.addWidget(button)

    def chosen(self) -> list[str]:
        return [place for place, button in self.buttons.items() if button.isChecked()]
