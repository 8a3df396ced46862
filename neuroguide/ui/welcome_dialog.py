"""The first run: what NeuroGuide is and is not, then a few optional questions that shape it.

Nothing here is required; everything can be changed later in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from neuroguide import APP_NAME
from neuroguide.core.safety import PLACES
from neuroguide.core.settings import Settings
from neuroguide.ui.widgets import Button, FlowLayout, one_of, scrolling, text_label
from neuroguide.ui.words import side_and_limb

CAUSES = ("diabetes", "chemotherapy", "injury", "infection", "autoimmune", "other", "not-sure")


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


def cause_words() -> dict[str, str]:
    return {
        "diabetes": tr("Diabetes"),
        "chemotherapy": tr("Chemotherapy"),
        "injury": tr("An injury"),
        "infection": tr("An infection"),
        "autoimmune": tr("An autoimmune illness"),
        "other": tr("Something else"),
        "not-sure": tr("Not sure"),
    }


class PlaceButtons(QWidget):
    def __init__(self, chosen: set[str]) -> None:
        super().__init__()
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, Button] = {}
        for place in PLACES:
            side, limb = place.split(" ")
            button = Button(side_and_limb(side, limb))
            button.setCheckable(True)
            button.setChecked(place in chosen)
            self.buttons[place] = button
            row.addWidget(button)

    def chosen(self) -> list[str]:
        return [place for place, button in self.buttons.items() if button.isChecked()]


class WelcomeDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Welcome to %1").replace("%1", APP_NAME))
        self.resize(820, 640)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)

        hello = QWidget()
        first = QVBoxLayout(hello)
        first.addWidget(text_label(tr("Welcome to %1").replace("%1", APP_NAME), "title", bold=True))
        for line in (
            tr(
                "NeuroGuide walks you, or someone who helps you, through gentle hand and foot massage, "
                "step by step."
            ),
            tr(
                "It is comfort and routine: massage can ease pain and tingling for a while. It does not cure "
                "neuropathy or repair nerves, and it is not a medical device."
            ),
            tr(
                "Talk to your doctor or nurse before you start, especially during chemotherapy, "
                "with diabetic foot problems, blood thinners or low platelets."
            ),
            tr("Before each session it asks a few safety questions, and it always says when to stop."),
        ):
            first.addWidget(text_label(line, "lead"))
        first.addStretch(1)
        self.pages.addWidget(scrolling(hello, tr("Welcome")))

        questions = QWidget()
        second = QVBoxLayout(questions)
        second.addWidget(text_label(tr("A few questions (all optional)"), "title", bold=True))
        second.addWidget(text_label(tr("What caused your neuropathy?"), "lead"))
        causes = FlowLayout()
        self.cause_group, self.cause_buttons = one_of(self, cause_words().items())
        for key, choice in self.cause_buttons.items():
            choice.setChecked(settings.text("profile_cause") == key)
            causes.addWidget(choice)
        second.addLayout(causes)
        second.addWidget(text_label(tr("Where are your symptoms?"), "lead"))
        self.places = PlaceButtons(set(settings.text("profile_places").split(",")))
        second.addWidget(self.places)
        second.addWidget(text_label(tr("Does someone help you with the massage?"), "lead"))
        helps = FlowLayout()
        self.helper_group, helpers = one_of(
            self, (("no", tr("No, I do it myself")), ("yes", tr("Yes, a caregiver helps")))
        )
        self.helper_no, self.helper_yes = helpers["no"], helpers["yes"]
        for choice in helpers.values():
            helps.addWidget(choice)
        (self.helper_yes if settings.flag("caregiver_mode") else self.helper_no).setChecked(True)
        second.addLayout(helps)
        second.addWidget(text_label(tr("You can change all of this later in Settings."), "small", muted=True))
        second.addStretch(1)
        self.pages.addWidget(scrolling(questions, tr("A few questions")))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.skip_button = Button(tr("Skip"))
        self.skip_button.clicked.connect(self._finish)
        self.next_button = Button(tr("Next"), primary=True)
        self.next_button.clicked.connect(self._next)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self.pages.setCurrentIndex(1)
            self.next_button.setText(tr("Done"))
            self.next_button.setAccessibleName(tr("Done"))
            return
        cause = next((key for key, button in self.cause_buttons.items() if button.isChecked()), "")
        self.settings.set("profile_cause", cause)
        self.settings.set("profile_places", ",".join(self.places.chosen()))
        self.settings.set("caregiver_mode", self.helper_yes.isChecked())
        self._finish()

    def _finish(self) -> None:
        self.settings.set("welcomed", True)
        self.accept()
