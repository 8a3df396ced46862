"""The first run: what NeuroGuide is and is not, then a few optional questions that shape it.

A page of the main window, shown in place of the library until the person goes on or skips.
Nothing here is required; everything can be changed later in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from neuroguide import APP_NAME
from neuroguide.core.content_words import shown
from neuroguide.core.languages import LANGUAGES
from neuroguide.core.routine import Illustration
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.illustration import CardPicture, CardPictures
from neuroguide.ui.kit.profile import PlaceButtons, cause_words
from neuroguide.ui.kit.thumbnails import picture_size
from neuroguide.ui.kit.widgets import Button, Choice, FlowLayout, ReadingColumn, one_of, scrolling, text_label

PANEL_CHARS = (30, 48)  # the panel beside the words: between so many characters of its text wide
PANEL_LINES = 9  # its drawings: as tall as this many lines of its text
WIDE_CHARS = 80  # the words' narrowest comfortable line and the panel: below this, one column


class Panel(QFrame):
    """A short summary beside the words on a wide window (below them on a narrow one): two drawings,
    a heading and a few lines, so the page has no empty half."""

    def __init__(
        self, bases: tuple[str, ...], heading: str, lines: tuple[str, ...], picture_name: str
    ) -> None:
        super().__init__()
        pictures = CardPictures()
        self._drawings: list[CardPicture] = []
        self.setObjectName("panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addStretch(1)
        for base in bases:
            picture = CardPicture(pictures, Illustration(base))  # drawn when painted, at its size
            picture.setAccessibleName(picture_name)
            self._drawings.append(picture)
            row.addWidget(picture)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(text_label(heading, "lead", bold=True))
        for line in lines:
            column.addWidget(text_label(line))
        column.addStretch(1)

    def event(self, event: QEvent) -> bool:
        # the size the text asks for, again when it changes (each drawing follows its screen itself)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange):
            size = picture_size(self.fontMetrics(), PANEL_LINES)
            for picture in self._drawings:
                picture.setFixedSize(size)
        return super().event(event)


class Beside(QWidget):
    """The step's words with a panel beside them while the window is wide enough for both at a
    comfortable line, and the panel below the words when it is not (narrow, or large text)."""

    def __init__(self, words: QWidget, panel: Panel) -> None:
        super().__init__()
        self.setObjectName("page")
        self.words, self.panel = words, panel
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(24)
        self.row.addWidget(words)
        self.row.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addStretch()
        self._fit(0)

    def side_by_side(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.LeftToRight

    def _fit(self, width: int) -> None:
        chars = self.fontMetrics().averageCharWidth()
        wide = width >= WIDE_CHARS * chars + self.row.spacing() + 48
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        # the words take the width beside the panel; one below the other, the room left stays below
        self.row.setStretch(0, 3 if wide else 0)
        self.row.setStretch(1, 2 if wide else 0)
        self.row.setStretch(2, 0 if wide else 1)
        narrowest, widest = (count * chars + 48 for count in PANEL_CHARS)
        self.panel.setMinimumWidth(narrowest if wide else 0)
        self.panel.setMaximumWidth(widest if wide else ReadingColumn.LINE * chars)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit(self.width())


def step_panel(step: int) -> Panel:
    """The panel beside the hello (what a session is like) or beside the questions (why they are asked)."""
    if step == 1:
        bases, heading = ("hand-palm", "foot-sole"), tr("A session, step by step")
        lines: tuple[str, ...] = (
            tr("1. A few safety questions, so the massage suits you today."),
            tr("2. Each step with a picture and a countdown, read aloud if you like."),
            tr("3. If you wish, how you feel before and after, kept on this computer."),
        )
    else:
        bases, heading = ("hand-back", "foot-top"), tr("Why we ask")
        lines = (
            tr("Your answers put the routines that fit you first."),
            tr("They stay on this computer. Skip any question you like."),
        )
    return Panel(bases, heading, lines, tr("Drawing of a hand and a foot"))


class Questions(QWidget):
    """The optional questions, each answer as the person left it in Settings (none on a first run)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.addWidget(text_label(tr("A few questions (all optional)"), "title", bold=True))
        column.addWidget(text_label(tr("What caused your neuropathy?"), "lead"))
        causes = FlowLayout()
        self.cause_group, self.cause_buttons = one_of(self, cause_words().items())
        for key, choice in self.cause_buttons.items():
            choice.setChecked(settings.text("profile_cause") == key)
            causes.addWidget(choice)
        column.addLayout(causes)
        column.addWidget(text_label(tr("Where are your symptoms?"), "lead"))
        self.places = PlaceButtons(set(settings.listed("profile_places")))
        column.addWidget(self.places)
        column.addWidget(text_label(tr("Does someone help you with the massage?"), "lead"))
        helps = FlowLayout()
        self.helper_group, helpers = one_of(
            self, (("no", tr("No, I do it myself")), ("yes", tr("Yes, a caregiver helps")))
        )
        self.helper_no, self.helper_yes = helpers["no"], helpers["yes"]
        for choice in helpers.values():
            helps.addWidget(choice)
        self.helper_yes.setChecked(settings.flag("caregiver_mode"))  # "no" is not assumed either
        column.addLayout(helps)
        column.addWidget(text_label(tr("You can change all of this later in Settings."), "small", muted=True))
        column.addStretch(1)

    def first_choice(self) -> Choice:
        return next(iter(self.cause_buttons.values()))

    def save(self, settings: Settings) -> None:
        cause = next((key for key, button in self.cause_buttons.items() if button.isChecked()), "")
        settings.set("profile_cause", cause)
        settings.set("profile_places", self.places.chosen())
        if self.helper_group.checkedButton() is not None:  # left unanswered: as it was
            settings.set("caregiver_mode", self.helper_yes.isChecked())


class WelcomePage(QWidget):
    """Two steps: a hello that says plainly what massage can and cannot do, then the questions (built
    when reached: most of a first start never needs them). ``done`` once the person goes on or skips."""

    done = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("page")
        self.setAccessibleName(fill(tr("Welcome to %1"), APP_NAME))
        self.questions: Questions | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)

        hello = ReadingColumn()
        first = QVBoxLayout(hello)
        first.addWidget(text_label(fill(tr("Welcome to %1"), APP_NAME), "title", bold=True))
        first.addLayout(self._languages())
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
        self.hello = Beside(hello, step_panel(1))
        # only words here: at large text the area itself takes focus, to scroll with the keys
        self.steps.addWidget(scrolling(self.hello, tr("Welcome"), focusable=True))

        buttons = QHBoxLayout()
        self.back_button = Button(tr("Back"), icon="back")
        self.back_button.clicked.connect(self.back)
        self.back_button.hide()
        buttons.addWidget(self.back_button)
        self.step_label = text_label("", "small", muted=True)
        buttons.addWidget(self.step_label, 1)
        self.skip_button = Button(tr("Skip"), tr("Skip the welcome"))
        self.skip_button.clicked.connect(self.finish)
        self.next_button = Button(tr("Next"), primary=True, icon="next", icon_after=True)
        self.next_button.other_texts = (tr("Done"),)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self._show_step(1)

    def _languages(self) -> FlowLayout:
        """The languages, each named in itself, the one shown chosen: a person who does not read the
        computer's language finds their own first (Settings, Language, later)."""
        row = FlowLayout()
        label = text_label(tr("Language:"), "lead")
        label.setWordWrap(False)
        row.addWidget(label)
        self.language_group, self.language_buttons = one_of(
            self, LANGUAGES.items(), lambda name: fill(tr("Language: %1"), name)
        )
        label.setAlignment(Qt.AlignmentFlag.AlignVCenter)  # beside the buttons' words, as tall as they are
        label.setMinimumHeight(next(iter(self.language_buttons.values())).sizeHint().height())
        for code, button in self.language_buttons.items():
            button.setChecked(code == shown().language)
            button.clicked.connect(lambda _checked=False, code=code: self.settings.set("language", code))
            row.addWidget(button)
        return row

    def next(self) -> None:
        if self.questions is None or self.steps.currentIndex() == 0:
            self._show_questions()
            return
        self.questions.save(self.settings)
        self.finish()

    def back(self) -> None:
        self.steps.setCurrentIndex(0)
        self._show_step(1)
        self.next_button.setFocus()

    def finish(self) -> None:
        self.settings.set("welcomed", True)
        self.done.emit()

    def _show_questions(self) -> None:
        if self.questions is None:
            self.questions = Questions(self.settings)
            beside = Beside(self.questions, step_panel(2))
            self.steps.addWidget(scrolling(beside, tr("A few questions")))
        self.steps.setCurrentIndex(1)
        self._show_step(2)
        self.questions.first_choice().setFocus()

    def _show_step(self, step: int) -> None:
        self.step_label.setText(fill(tr("Step %1 of 2"), str(step)))
        last = step == 2
        self.back_button.setVisible(last)
        self.next_button.setText(tr("Done") if last else tr("Next"))
        self.next_button.setAccessibleName(tr("Done") if last else tr("Next"))
        self.next_button.set_icon("check" if last else "next")
