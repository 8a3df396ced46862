"""Who the session is for: a caregiver who helps more than one person switches here. Each person has
their own settings, routines and history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QLineEdit, QVBoxLayout, QWidget

from neuroguide.core.people import FIRST, People, Person
from neuroguide.ui import style
from neuroguide.ui.widgets import Button, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


def person_name(person: Person) -> str:
    return person.name or (tr("Me") if person.id == FIRST else person.id)


def as_button_text(text: str) -> str:
    """'&' in a name is shown, not turned into a keyboard shortcut."""
    return text.replace("&", "&&")


class PeopleDialog(QDialog):
    chosen = Signal(str)  # a person's id, other than the current one

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.setWindowTitle(tr("People"))
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
        for person in people.people:
            button = Button(
                as_button_text(person_name(person)), tr("Switch to %1").replace("%1", person_name(person))
            )
            button.setAutoDefault(False)  # Enter in a name field must not switch person
            button.setCheckable(True)
            button.setChecked(person.id == people.current)
            button.clicked.connect(lambda _on=False, person_id=person.id: self.choose(person_id))
            layout.addWidget(button)
            self.person_buttons[person.id] = button

        layout.addWidget(text_label(tr("This person's name"), bold=True))
        rename_row = QHBoxLayout()
        current = people.get(people.current)
        self.name_field = QLineEdit(current.name if current else "")
        self.name_field.setMinimumHeight(style.MIN_TARGET)
        self.name_field.setAccessibleName(tr("This person's name"))
        self.name_field.setPlaceholderText(tr("a name, so you can tell people apart"))
        self.name_field.returnPressed.connect(self.rename_current)
        rename_row.addWidget(self.name_field, 1)
        self.rename_button = Button(tr("Save name"))
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename_current)
        rename_row.addWidget(self.rename_button)
        layout.addLayout(rename_row)

        layout.addWidget(text_label(tr("Add someone you care for"), bold=True))
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setMinimumHeight(style.MIN_TARGET)
        self.new_name.setAccessibleName(tr("New person's name"))
        self.new_name.setPlaceholderText(tr("their name"))
        self.new_name.returnPressed.connect(self.add_person)
        add_row.addWidget(self.new_name, 1)
        self.add_button = Button(tr("Add and switch"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.status = text_label("", "small", muted=True)
        self.status.setAccessibleName(tr("Status"))
        layout.addWidget(self.status)
        close = Button(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        layout.addWidget(close)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def choose(self, person_id: str) -> None:
        if person_id == self.people.current:
            self.person_buttons[person_id].setChecked(True)
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
            self.status.setText(
                tr("The name could not be saved: %1").replace("%1", error.strerror or str(error))
            )
            return
        person = self.people.get(self.people.current)
        if person is not None:
            self.person_buttons[person.id].setText(as_button_text(person_name(person)))
        self.status.setText(tr("Saved."))

    def add_person(self) -> None:
        try:
            person = self.people.add(self.new_name.text())
        except ValueError:
            self.status.setText(tr("Please type their name first."))
            self.new_name.setFocus()
            return
        self.choose(person.id)
