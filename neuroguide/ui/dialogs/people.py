"""Who the session is for: a caregiver who helps more than one person switches here. Each person has
their own settings, routines and history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.people import FIRST, People, Person
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button, set_words, text_label, ticked
from neuroguide.ui.kit.window_size import fit_to_screen


def person_name(person: Person) -> str:
    return person.name or (tr("Me") if person.id == FIRST else person.id)


def as_button_text(text: str) -> str:
    """'&' in a name is shown, not turned into a keyboard shortcut."""
    return text.replace("&", "&&")


def person_words(person: Person) -> tuple[str, str]:
    """The words of the button that chooses ``person``, and its accessible name."""
    return as_button_text(person_name(person)), fill(tr("Switch to %1"), person_name(person))


class PeopleDialog(QDialog):
    chosen = Signal(str)  # a person's id, other than the current one

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.setWindowTitle(window_title(tr("People")))
        self.setModal(True)
        layout = QVBoxLayout(self)
        # the dialog never gets smaller than its words and buttons need, at any text size
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setSpacing(12)
        layout.addWidget(text_label(tr("Who is this session for?"), "lead", bold=True))
        layout.addWidget(
            text_label(
                tr(
                    "Each person has their own settings, safety answers and history. "
                    "Choose a person to switch."
                ),
                muted=True,
            )
        )
        self.person_buttons: dict[str, Button] = {}
        chosen_one = QButtonGroup(self)  # choosing another moves the tick to them
        for person in people.people:
            button = ticked(Button(*person_words(person)))
            button.setAutoDefault(False)  # Enter in a name field must not switch person
            button.setChecked(person.id == people.current)
            chosen_one.addButton(button)
            button.clicked.connect(lambda _on=False, person_id=person.id: self.choose(person_id))
            layout.addWidget(button)
            self.person_buttons[person.id] = button

        layout.addWidget(text_label(tr("This person's name"), bold=True))
        current = people.get(people.current)
        self.name_field, self.rename_button = name_row(
            layout,
            tr("This person's name"),
            tr("a name, so you can tell people apart"),
            tr("Save name"),
            self.rename_current,
        )
        self.name_field.setText(current.name if current else "")

        layout.addWidget(text_label(tr("Add someone you care for"), bold=True))
        self.new_name, self.add_button = name_row(
            layout, tr("New person's name"), tr("their name"), tr("Add and switch"), self.add_person
        )

        self.status = text_label("", "small", muted=True)
        self.status.setAccessibleName(tr("Status"))
        layout.addWidget(self.status)
        close = Button(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        layout.addWidget(close)
        fit_to_screen(self, max(520, self.sizeHint().width()), self.sizeHint().height())

    def choose(self, person_id: str) -> None:
        if person_id == self.people.current:
            self.accept()
            return
        self.accept()
        self.chosen.emit(person_id)

    def rename_current(self) -> None:
        try:
            self.people.rename(self.people.current, self.name_field.text())
            self.people.save()
        except ValueError:
            self.status.setText(tr("Please type a name."))
            return
        except OSError as error:
            self.status.setText(fill(tr("The name could not be saved: %1"), error.strerror or str(error)))
            return
        person = self.people.get(self.people.current)
        if person is not None:
            set_words(self.person_buttons[person.id], *person_words(person))
        self.status.setText(tr("Saved."))

    def add_person(self) -> None:
        try:
            person = self.people.add(self.new_name.text())
        except ValueError:
            self.status.setText(tr("Please type their name first."))
            self.new_name.setFocus()
            return
        self.choose(person.id)


def name_row(
    layout: QVBoxLayout, name: str, hint: str, words: str, act: Callable[[], None]
) -> tuple[QLineEdit, Button]:
    """A name field and the button that acts on it, Enter in the field doing the same."""
    row = QHBoxLayout()
    field = QLineEdit()
    field.setMinimumHeight(style.MIN_TARGET)
    field.setAccessibleName(name)
    field.setPlaceholderText(hint)
    field.returnPressed.connect(act)
    row.addWidget(field, 1)
    button = Button(words)
    button.setAutoDefault(False)
    button.clicked.connect(act)
    row.addWidget(button)
    layout.addLayout(row)
    return field, button
