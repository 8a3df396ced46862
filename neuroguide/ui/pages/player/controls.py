"""The row of session controls under the step; it wraps onto a second row at large text."""

from __future__ import annotations

from neuroguide.core.session import Phase, Progress
from neuroguide.core.translation import tr
from neuroguide.ui.kit.widgets import Button, FlowLayout


class ControlsBar(FlowLayout):
    """Back, Repeat, Pause, +30 s, Next, Skip this side, Something's wrong and Stop; the page
    connects them to the session."""

    def __init__(self) -> None:
        super().__init__()
        self.back_button = Button(tr("Back"), tr("Previous step (Left arrow)"), icon="back")
        self.repeat_button = Button(tr("Repeat"), tr("Repeat this step (R)"), icon="repeat")
        self.pause_button = Button(tr("Pause"), tr("Pause (Space)"), primary=True, icon="pause")
        self.pause_button.other_texts = (tr("Resume"),)
        self.add_button = Button(tr("+30 s"), tr("Add 30 seconds to this step (+)"), icon="add-time")
        self.next_button = Button(tr("Next"), tr("Next step (Right arrow)"), icon="next", icon_after=True)
        self.skip_side_button = Button(tr("Skip this side"), tr("Skip this side today (S)"), icon="next")
        self.wrong_button = Button(
            tr("Something's wrong"), tr("Something's wrong: stop now (W)"), icon="warning"
        )
        self.wrong_button.setObjectName("danger")
        self.stop_button = Button(tr("Stop"), tr("Stop the session (Escape)"), icon="stop")
        # in the order they are laid out
        self.buttons = [
            self.back_button,
            self.repeat_button,
            self.pause_button,
            self.add_button,
            self.next_button,
            self.skip_side_button,
            self.wrong_button,
            self.stop_button,
        ]
        for button in self.buttons:
            self.addWidget(button)

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        self.pause_button.set_icon("play" if paused else "pause")
        self.pause_button.setAccessibleName(tr("Resume (Space)") if paused else tr("Pause (Space)"))

    def enable(self, live: bool, progress: Progress | None, untimed: bool = False) -> None:
        """Every control works while a session is on screen (``live``), within what its step allows;
        +30 s is shown only where there is a timer (not ``untimed``)."""
        for button in self.buttons:
            button.setEnabled(live)
        if not live or progress is None:
            return
        at_start = progress.step is not None and progress.step.number == 1 and progress.lead_in_left > 0
        self.back_button.setEnabled(not at_start)
        asking = progress.phase is Phase.ASKING
        for button in (self.repeat_button, self.pause_button, self.add_button, self.next_button):
            button.setEnabled(not asking)
        has_side = progress.step is not None and progress.step.place is not None
        self.skip_side_button.setEnabled(has_side and not asking)
        # While a question after a step waits, the controls it leaves no use for step aside, so that
        # the question, the step's words and the rest (Pause and Next where a person looks for them)
        # fit at large text on a laptop's screen.
        self.repeat_button.setVisible(not asking)
        self.add_button.setVisible(not untimed and not asking)
        self.skip_side_button.setVisible(has_side and not asking)
