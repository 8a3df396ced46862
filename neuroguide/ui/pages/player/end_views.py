"""What the player shows when a session is over: the summary with its advice, or, after
"Something's wrong", the stop signs and what to do about each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.core.checkin import CheckIn
from neuroguide.core.counting import enough_done
from neuroguide.core.safety import STOP_SIGNS
from neuroguide.core.session import SessionFinished, SessionStopped
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr, tr_noop
from neuroguide.ui.kit.contacts import MyContactsBox
from neuroguide.ui.kit.temperatures import shown
from neuroguide.ui.kit.widgets import Button, scrolling, text_label
from neuroguide.ui.kit.words import place_names
from neuroguide.ui.pages.history_words import checkin_change_words
from neuroguide.ui.pages.player.view import PlayerView
from neuroguide.ui.pages.player.words import minutes_text

# Whole phrases, since word order differs between languages; "only" when the other side was planned.
PLACE_WORDS = {
    ("foot", "both"): tr_noop("both feet"),
    ("foot", "right"): tr_noop("right foot"),
    ("foot", "left"): tr_noop("left foot"),
    ("foot", "right only"): tr_noop("right foot only"),
    ("foot", "left only"): tr_noop("left foot only"),
    ("hand", "both"): tr_noop("both hands"),
    ("hand", "right"): tr_noop("right hand"),
    ("hand", "left"): tr_noop("left hand"),
    ("hand", "right only"): tr_noop("right hand only"),
    ("hand", "left only"): tr_noop("left hand only"),
}


def places_words(done: frozenset[str], planned: frozenset[str]) -> str:
    """The places a session's steps were done on ("both feet", "right foot only" when the left was
    planned but left out or skipped); "" when no step on a side was done."""
    parts = []
    for limb in ("foot", "hand"):
        sides = sorted({place.split(" ", 1)[0] for place in done if place.endswith(f" {limb}")})
        if len(sides) == 2:
            parts.append(tr(PLACE_WORDS[(limb, "both")]))
        elif sides:
            (side,) = sides
            other = "left" if side == "right" else "right"
            only = f"{other} {limb}" in planned
            parts.append(tr(PLACE_WORDS[(limb, f"{side} only" if only else side)]))
    return fill(tr("%1 and %2"), *parts) if len(parts) == 2 else "".join(parts)


def end_words(event: SessionFinished | SessionStopped, routine_title: str, places: str) -> tuple[str, str]:
    """The end's title and what was done: "Well done" only for a session that counts."""
    minutes = minutes_text(event.elapsed)
    steps = (str(event.steps_completed), str(event.steps_total))
    enough = enough_done(event.steps_completed, event.steps_total)
    if isinstance(event, SessionFinished) and enough:
        title = tr("Well done")
        summary = (
            fill(tr("You finished %1: %2, %3 of %4 steps, %5."), routine_title, minutes, *steps, places)
            if places
            else fill(tr("You finished %1: %2, %3 of %4 steps."), routine_title, minutes, *steps)
        )
    elif isinstance(event, SessionFinished):
        title = tr("Session over")
        summary = (
            fill(
                tr("You reached the end of %1: %2, %3 of %4 steps done in full, %5."),
                routine_title,
                minutes,
                *steps,
                places,
            )
            if places
            else fill(
                tr("You reached the end of %1: %2, %3 of %4 steps done in full."),
                routine_title,
                minutes,
                *steps,
            )
        )
    else:
        title = tr("Session stopped")
        summary = (
            fill(tr("You stopped after %1, with %2 of %3 steps done, %4."), minutes, *steps, places)
            if places
            else fill(tr("You stopped after %1, with %2 of %3 steps done."), minutes, *steps)
        )
        summary += " " + (
            tr("Enough of it was done to count toward your week.")
            if enough
            else tr("It is in your history, but does not count toward your week.")
        )
    return title, summary


def found_words(found: frozenset[str], diabetic: bool, caregiver: bool) -> str:
    """What to do about what the skin check found, and whom to call how soon; '' when nothing was."""
    if not found:
        return ""
    places = place_names(found)
    feet = any(place.endswith("foot") for place in found)
    if feet and diabetic:
        template = (
            tr(
                "Found today: %1. Keep it clean and covered, leave it out of massage, and call their foot "
                "clinic or doctor today: with diabetes a small wound can turn serious quickly."
            )
            if caregiver
            else tr(
                "Found today: %1. Keep it clean and covered, leave it out of massage, and call your foot "
                "clinic or doctor today: with diabetes a small wound can turn serious quickly."
            )
        )
    else:
        template = (
            tr(
                "Found today: %1. Keep it clean and covered and leave it out of massage until it heals. "
                "If it spreads, gets hot or swollen, or is no better in a few days, call their doctor."
            )
            if caregiver
            else tr(
                "Found today: %1. Keep it clean and covered and leave it out of massage until it heals. "
                "If it spreads, gets hot or swollen, or is no better in a few days, call your doctor."
            )
        )
    return fill(template, places)


class FinishedView(PlayerView):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__((48, 48, 48, 48), spacing=16)
        # the words scroll at large text (a finding and the person's numbers make them long); the
        # buttons below them stay in view
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.finished_title = text_label("", "display", bold=True)
        self.finished_summary = text_label("", "lead")
        self.change = text_label("", "lead", bold=True)
        self.change.hide()
        self.found = text_label("", "lead", bold=True)  # what the skin check found, and whom to call
        self.found.setObjectName("urgent")
        self.found.hide()
        self.finished_advice = text_label("", "lead")
        for label in (self.finished_title, self.finished_summary, self.change, self.found):
            layout.addWidget(label)
        # the person's own numbers, at hand when something was found
        self.found_contacts = MyContactsBox(settings) if settings is not None else None
        if self.found_contacts is not None:
            self.found_contacts.hide()
            layout.addWidget(self.found_contacts)
        layout.addWidget(self.finished_advice)
        layout.addStretch(1)
        # it takes focus, so the words below the fold can be scrolled to by keyboard
        self.column.addWidget(scrolling(body, tr("The end of the session"), focusable=True), 1)
        layout = self.column
        row = QHBoxLayout()
        self.library_button = Button(tr("Back to routines"), primary=True)
        self.again_button = Button(tr("Do it again"))
        # after the daily foot check, for someone with a foot skin thermometer (ui/foot_temperatures.py)
        self.temperatures_button = Button(
            tr("Foot temperatures…"), tr("Write down today's foot skin temperatures")
        )
        self.temperatures_button.hide()
        layout.addWidget(self.temperatures_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.library_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_end(
        self,
        event: SessionFinished | SessionStopped,
        routine_title: str,
        done: frozenset[str] = frozenset(),
        planned: frozenset[str] = frozenset(),
        caregiver: bool = False,
        found: frozenset[str] = frozenset(),
        diabetic: bool = False,
    ) -> None:
        """What was done, in plain words: praise only for a session that counts (core.counting), and
        the places its steps were done on (``done``, of the routine's ``planned`` places); the advice
        speaks to the helper about the person when a ``caregiver`` gave it. What the skin check
        ``found`` comes first after that, with what to do and the person's numbers."""
        title, summary = end_words(event, routine_title, places_words(done, planned))
        self.finished_title.setText(title)
        self.finished_summary.setText(summary)
        self.change.hide()
        self.found.setText(found_words(found, diabetic, caregiver))
        self.found.setVisible(bool(found))
        if self.found_contacts is not None:
            self.found_contacts.refresh()  # the numbers as they are now
            self.found_contacts.setVisible(bool(found))
        self.finished_advice.setText(
            tr(
                "Look at their skin once more for redness, blisters or broken skin. A foot that is red, "
                "hot or swollen: call their foot clinic or doctor now. Pain that flares up and stays: tell "
                "their doctor or nurse before the next session."
            )
            if caregiver
            else tr(
                "Look at your skin once more for redness, blisters or broken skin. A foot that is red, hot "
                "or swollen: call your foot clinic or doctor now. Pain that flares up and stays: tell your "
                "doctor or nurse before the next session."
            )
        )

    def show_change(self, before: CheckIn, after: CheckIn) -> None:
        """How the scores moved from before to after ("Pain 5→3 · Tingling 4→4"), when both were given."""
        words = checkin_change_words(before, after)
        self.change.setText(fill(tr("Before and after: %1"), words) if words else "")
        self.change.setVisible(bool(words))


class StopSignsView(PlayerView):
    """The person's own numbers first (with ``settings``), then every stop sign and its action."""

    def __init__(self, settings: Settings | None) -> None:
        super().__init__((32, 24, 32, 24))
        outer = self.column
        outer.addWidget(text_label(tr("Stopped. Here is what to do."), "display", bold=True))
        outer.addWidget(
            text_label(
                tr("Find what is happening below. When in doubt, ask for help: calling is never wrong."),
                "lead",
            )
        )
        body = QWidget()
        body.setObjectName("page")
        signs = QVBoxLayout(body)
        signs.setSpacing(16)
        self.stop_sign_labels: list[QWidget] = []
        self.my_contacts: MyContactsBox | None = None  # the numbers first, at hand
        if settings is not None:
            self.my_contacts = MyContactsBox(settings)
            signs.addWidget(self.my_contacts)
        for stop_sign in STOP_SIGNS:
            sign = text_label(shown(tr(stop_sign.sign)), "lead", bold=True)
            action = text_label(shown(tr(stop_sign.action)), "lead")
            if stop_sign.contact is not None and stop_sign.contact.when in ("emergency", "now"):
                action.setObjectName("urgent")
            signs.addWidget(sign)
            signs.addWidget(action)
            self.stop_sign_labels += [sign, action]
        signs.addStretch(1)
        # it takes focus, to scroll by keyboard
        outer.addWidget(scrolling(body, tr("What to do now"), focusable=True, page=False), 1)
        self.signs_library_button = Button(tr("Back to routines"), primary=True)
        outer.addWidget(self.signs_library_button, 0, Qt.AlignmentFlag.AlignLeft)
