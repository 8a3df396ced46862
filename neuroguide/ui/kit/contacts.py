"""The person's own contacts on screen: the sentence that says whom to call, with their number, and the
list of My contacts for a stop screen. The words come from neuroguide.core.contacts; only the
translation and the widgets are here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from neuroguide.core.contacts import LABELS, WHO, Contact, Who, advice, numbers_from
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr, tr_noop
from neuroguide.ui.kit.widgets import text_label

NONE_KEPT = tr_noop("No numbers kept yet: add them in Settings, My contacts.")


def contact_label(who: Who) -> str:
    """What the contact is called in My contacts, in the reader's language."""
    return tr(LABELS[who])


def contact_lines(settings: Settings, contact: Contact, caregiver: bool) -> str:
    """Whom to call and how soon, in the reader's language, with the person's own number in brackets
    when they have kept one in My contacts."""
    return advice(contact, numbers_from(settings.text), caregiver, tr)


def kept_contacts(settings: Settings) -> list[tuple[str, str]]:
    """The label and the number of each contact the person has kept, in the order of My contacts."""
    numbers = numbers_from(settings.text)
    return [(contact_label(who), numbers[who]) for who in WHO if who in numbers]


def kept_lines(settings: Settings) -> list[str]:
    """One "label: number" line for each contact the person has kept."""
    return [fill(tr("%1: %2"), label, number) for label, number in kept_contacts(settings)]


class MyContactsBox(QWidget):
    """My contacts, one "label: number" line each, under a heading; or how to add them when none are kept.

    It reads the settings when built (a stop screen is built when it is shown); ``refresh`` reads them
    again."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setAccessibleName(tr("My contacts"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(text_label(tr("My contacts"), "lead", bold=True))
        self.lines: list[QLabel] = []
        self.refresh()

    def refresh(self) -> None:
        for line in self.lines:
            self._layout.removeWidget(line)
            line.hide()
            line.deleteLater()
        self.lines = [text_label(text) for text in kept_lines(self.settings) or [tr(NONE_KEPT)]]
        for line in self.lines:
            self._layout.addWidget(line)

    def texts(self) -> list[str]:
        """What the box says, line by line."""
        return [line.text() for line in self.lines]
