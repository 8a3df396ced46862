"""The player: the step's picture, title and instruction in large type, a large countdown and big controls.

It shows what the session engine says and sends it commands; it never changes session state itself.
Keys: Space pause/resume, Left/Right back/next, R repeat, + add time, Esc stop (asks first).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroguide.app.session_driver import SessionDriver
from neuroguide.core.outcome import StopReason, stopped_for_safety
from neuroguide.core.routine import PlannedStep
from neuroguide.core.safety import STOP_SIGNS
from neuroguide.core.session import (
    Event,
    Phase,
    PlacesLeftOut,
    SessionFinished,
    SessionStopped,
    asked_places,
)
from neuroguide.core.settings import Settings
from neuroguide.ui.kit.contacts import MyContactsBox
from neuroguide.ui.kit.illustration import IllustrationView
from neuroguide.ui.kit.widgets import Button, FlowLayout, scrolling, text_label
from neuroguide.ui.kit.words import place_names, side_and_limb


def tr(text: str) -> str:
    return QCoreApplication.translate("PlayerPage", text)


def clock_text(seconds: float) -> str:
    """A countdown as people read it: 0:45, 2:05; whole seconds, rounded up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-9))
    if whole < 60:
        return tr("under a minute")
    return QCoreApplication.translate("PlayerPage", "%n min", None, round(whole / 60))


def side_words(step: PlannedStep) -> str:
    """'Right foot', in the person's language; '' when the step is not done on one side."""
    return side_and_limb(step.side, step.limb) if step.side is not None else ""


class PlayerPage(QWidget):
    leave = Signal()  # back to the library
    again = Signal(str)  # run the same routine again

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.settings = settings  # for the person's own numbers on the stop screen
        self.driver: SessionDriver | None = None
        self._resume_after_confirm = False
        self._caregiver = False

        self.views = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)
        self.views.addWidget(self._build_session_view())
        self.views.addWidget(self._build_finished_view())
        self.views.addWidget(self._build_stop_signs_view())
        self.show_safety_notice("")
        self._build_shortcuts()

    # -- building -------------------------------------------------------------------------------

    def _build_session_view(self) -> QWidget:
        """The step above, scrolling when large text needs it; the notices, questions and controls
        below it always in view, so Stop and Something's wrong are never out of reach."""
        view = QWidget()
        view.setObjectName("page")
        outer = QVBoxLayout(view)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        step = QWidget()
        step.setObjectName("page")
        layout = QVBoxLayout(step)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        top = QHBoxLayout()
        self.routine_title = text_label("", "lead", bold=True)
        self.routine_title.setWordWrap(False)
        top.addWidget(self.routine_title, 1)
        self.overall = text_label("", muted=True)
        self.overall.setWordWrap(False)
        self.overall.setAccessibleName(tr("Session progress"))
        top.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)

        middle = QHBoxLayout()  # the picture beside the words: both stay in sight at any text size
        middle.setSpacing(24)
        picture = QFrame()
        picture.setObjectName("panel")
        picture_layout = QVBoxLayout(picture)
        self.illustration = IllustrationView()
        picture_layout.addWidget(self.illustration)
        middle.addWidget(picture, 5)

        words = QWidget()
        words.setObjectName("page")
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        side_row = QHBoxLayout()
        self.side = text_label("", "lead", bold=True)
        self.side.setObjectName("badge")
        self.side.setWordWrap(False)
        side_row.addWidget(self.side)
        side_row.addStretch(1)
        column.addLayout(side_row)
        self.step_title = text_label("", "display", bold=True)
        self.step_title.setAccessibleDescription(tr("Step"))
        column.addWidget(self.step_title)
        self.instruction = text_label("", "lead")
        self.instruction.setAccessibleDescription(tr("Instruction"))
        column.addWidget(self.instruction)
        self.giver_tips = text_label(
            tr(
                "For the helper: ask how it feels as you go, and keep the pressure like smoothing on lotion. "
                "Stop at once if they say it hurts, burns or tingles more."
            ),
            "small",
            muted=True,
        )
        self.giver_tips.setAccessibleDescription(tr("Tips for the helper"))
        self.giver_tips.hide()
        column.addWidget(self.giver_tips)
        self.caption = text_label("", "lead")
        self.caption.setObjectName("caption")
        self.caption.setAccessibleDescription(tr("What the voice says"))
        self.caption.hide()
        column.addWidget(self.caption)
        column.addStretch(1)
        # The words scroll when large text needs it; the countdown below them always stays in view.
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("The step's words"))  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(words)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(scroll, 1)
        self.status = text_label("", "lead", bold=True)
        self.status.setAccessibleDescription(tr("Session state"))
        right.addWidget(self.status)
        self.countdown = text_label("", "countdown", bold=True)
        self.countdown.setWordWrap(False)
        self.countdown.setAccessibleDescription(tr("Time left on this step"))
        right.addWidget(self.countdown)
        self.step_bar = QProgressBar()
        self.step_bar.setTextVisible(False)
        self.step_bar.setRange(0, 1000)
        self.step_bar.setAccessibleName(tr("Time through this step"))
        right.addWidget(self.step_bar)
        middle.addLayout(right, 6)
        layout.addLayout(middle, 1)
        outer.addWidget(scrolling(step, tr("The session")), 1)
        layout = outer

        self.voice_notice = text_label("", "small")
        self.voice_notice.setObjectName("notice")
        self.voice_notice.setAccessibleDescription(tr("Voice guidance"))
        self.voice_notice.hide()
        layout.addWidget(self.voice_notice)
        self.safety_notice = text_label("", "small")
        self.safety_notice.setObjectName("notice")
        self.safety_notice.setAccessibleDescription(tr("Safety today"))
        self.safety_notice.hide()
        layout.addWidget(self.safety_notice)
        self.history_notice = text_label("", "small")
        self.history_notice.setObjectName("notice")
        self.history_notice.setAccessibleDescription(tr("History"))
        self.history_notice.hide()
        layout.addWidget(self.history_notice)

        self.confirm_bar = self._build_confirm_bar()
        layout.addWidget(self.confirm_bar)
        self.found_bar = self._build_found_bar()
        layout.addWidget(self.found_bar)

        controls = FlowLayout()  # wraps onto a second row at large text
        self.back_button = Button(tr("Back"), tr("Previous step (Left arrow)"), icon="back")
        self.repeat_button = Button(tr("Repeat"), tr("Repeat this step (R)"), icon="repeat")
        self.pause_button = Button(tr("Pause"), tr("Pause (Space)"), primary=True, icon="pause")
        self.pause_button.other_texts = (tr("Resume"),)
        self.add_button = Button(tr("+30 s"), tr("Add 30 seconds to this step (+)"), icon="add-time")
        self.next_button = Button(tr("Next"), tr("Next step (Right arrow)"), icon="next", icon_after=True)
        self.skip_side_button = Button(tr("Skip this side"), tr("Skip this side today (S)"), icon="next")
        self.stop_button = Button(tr("Stop"), tr("Stop the session (Escape)"), icon="stop")
        for button, slot in (
            (self.back_button, self._on_back),
            (self.repeat_button, self._on_repeat),
            (self.pause_button, self._on_pause),
            (self.add_button, self._on_add_time),
            (self.next_button, self._on_next),
            (self.skip_side_button, self._on_skip_side),
        ):
            button.clicked.connect(slot)
            controls.addWidget(button)
        self.wrong_button = Button(
            tr("Something's wrong"), tr("Something's wrong: stop now (W)"), icon="warning"
        )
        self.wrong_button.setObjectName("danger")
        self.wrong_button.clicked.connect(self.something_wrong)
        controls.addWidget(self.wrong_button)
        self.session_buttons = [
            self.wrong_button,
            self.back_button,
            self.repeat_button,
            self.pause_button,
            self.add_button,
            self.next_button,
            self.skip_side_button,
            self.stop_button,
        ]
        self.stop_button.clicked.connect(self.ask_to_stop)
        controls.addWidget(self.stop_button)
        layout.addLayout(controls)
        return view

    def _build_confirm_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("confirm")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 12, 16, 12)
        question = text_label(
            tr("Stop this session? The timer is paused while you decide."), "lead", bold=True
        )
        row.addWidget(question, 1)
        self.confirm_stop_button = Button(tr("Stop now"), tr("Stop now"))
        self.keep_going_button = Button(tr("Keep going"), tr("Keep going"), primary=True)
        self.confirm_stop_button.clicked.connect(self._on_confirm_stop)
        self.keep_going_button.clicked.connect(self._on_keep_going)
        row.addWidget(self.confirm_stop_button)
        row.addWidget(self.keep_going_button)
        bar.hide()
        return bar

    def _build_found_bar(self) -> QFrame:
        """The question a check step ends with; its answer leaves out that hand or foot for today."""
        bar = QFrame()
        bar.setObjectName("confirm")
        column = QVBoxLayout(bar)
        column.setContentsMargins(16, 12, 16, 12)
        self.found_question = text_label("", "lead", bold=True)
        # focus lands here, not on an answer, so a habitual Space or Enter answers nothing
        self.found_question.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.found_question.setObjectName("question")  # shows its focus like a button does
        column.addWidget(self.found_question)
        row = FlowLayout()
        self.found_buttons: dict[str, Button] = {}
        for key in ("nothing", "right", "left", "both"):
            button = Button("")
            button.clicked.connect(lambda _=False, key=key: self._on_found(key))
            self.found_buttons[key] = button
            row.addWidget(button)
        column.addLayout(row)
        bar.hide()
        return bar

    def _show_question(self, planned: PlannedStep) -> None:
        right, left = asked_places(planned)
        if self._caregiver:
            question = tr("Did you find anything on their skin: a cut, blister, crack, redness or swelling?")
        else:
            question = tr("Did you find anything on your skin: a cut, blister, crack, redness or swelling?")
        self.found_question.setText(question)
        self.found_question.setAccessibleName(question)
        words = {
            "nothing": tr("No, nothing"),
            "right": place_names([right]),
            "left": place_names([left]),
            "both": tr("Both hands") if right.endswith("hand") else tr("Both feet"),
        }
        for key, button in self.found_buttons.items():
            button.setText(words[key])
            button.setAccessibleName(f"{words[key]}: {question}")
        if not self.found_bar.isVisible():
            self.found_bar.show()
            self.found_question.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_found(self, key: str) -> None:
        if self.driver is None or self.driver.engine.phase is not Phase.ASKING:
            return
        step = self.driver.engine.current
        places = asked_places(step) if step is not None else ()
        chosen = {"nothing": (), "right": places[:1], "left": places[1:], "both": places}[key]
        self.found_bar.hide()
        self.driver.do(self.driver.engine.answer, frozenset(chosen))
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_finished_view(self) -> QWidget:
        view = QWidget()
        view.setObjectName("page")
        layout = QVBoxLayout(view)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        self.finished_title = text_label("", "display", bold=True)
        self.finished_summary = text_label("", "lead")
        self.finished_advice = text_label("", "lead")
        for label in (self.finished_title, self.finished_summary, self.finished_advice):
            layout.addWidget(label)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.library_button = Button(tr("Back to routines"), primary=True)
        self.again_button = Button(tr("Do it again"))
        self.library_button.clicked.connect(self.leave)
        self.again_button.clicked.connect(self._on_again)
        row.addWidget(self.library_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        layout.addLayout(row)
        return view

    def _build_stop_signs_view(self) -> QWidget:
        view = QWidget()
        view.setObjectName("page")
        outer = QVBoxLayout(view)
        outer.setContentsMargins(32, 24, 32, 24)
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
        if self.settings is not None:
            self.my_contacts = MyContactsBox(self.settings)
            signs.addWidget(self.my_contacts)
        for stop_sign in STOP_SIGNS:
            sign = text_label(tr(stop_sign.sign), "lead", bold=True)
            action = text_label(tr(stop_sign.action), "lead")
            if stop_sign.contact is not None and stop_sign.contact.when in ("emergency", "now"):
                action.setObjectName("urgent")
            signs.addWidget(sign)
            signs.addWidget(action)
            self.stop_sign_labels += [sign, action]
        signs.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("What to do now"))  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        self.signs_library_button = Button(tr("Back to routines"), primary=True)
        self.signs_library_button.clicked.connect(self.leave)
        outer.addWidget(self.signs_library_button, 0, Qt.AlignmentFlag.AlignLeft)
        return view

    def _build_shortcuts(self) -> None:
        keys = (
            (Qt.Key.Key_Space, self._on_pause),
            (Qt.Key.Key_Left, self._on_back),
            (Qt.Key.Key_Right, self._on_next),
            (Qt.Key.Key_R, self._on_repeat),
            (Qt.Key.Key_Plus, self._on_add_time),
            (Qt.Key.Key_Equal, self._on_add_time),  # the + key without Shift
            (Qt.Key.Key_Escape, self._on_escape),
            (Qt.Key.Key_W, self.something_wrong),
            (Qt.Key.Key_S, self._on_skip_side),
        )
        self.session_shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            if key != Qt.Key.Key_Escape:  # Escape always answers: keep going, or leave
                self.session_shortcuts.append(shortcut)

    # -- voice ------------------------------------------------------------------------------------

    def show_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def show_safety_notice(
        self, text: str, screened_out: frozenset[str] = frozenset(), diabetic: bool = False
    ) -> None:
        """What the screening changed today (``text``, and the places it left out); what the session
        itself leaves out is added as it happens. ``diabetic``: a finding on a foot needs the foot clinic."""
        self._screened_words = text
        self._screened_out = set(screened_out)
        self._diabetic = diabetic
        self._found: set[str] = set()
        self._skipped: set[str] = set()
        self._show_safety_words()

    def _show_safety_words(self) -> None:
        words = [self._screened_words] if self._screened_words else []
        found = self._found - self._screened_out
        skipped = self._skipped - self._screened_out - found
        if found:
            words.append(
                tr("Found at the skin check: %1. Left out today: keep it clean and covered.").replace(
                    "%1", place_names(found)
                )
            )
            if self._diabetic and any(place.endswith("foot") for place in found):
                words.append(tr("With diabetes, contact your foot clinic today."))
        if skipped:
            words.append(tr("Skipped today: %1.").replace("%1", place_names(skipped)))
        self.safety_notice.setText(" ".join(words))
        self.safety_notice.setVisible(bool(words))

    def show_history_notice(self, text: str) -> None:
        self.history_notice.setText(text)
        self.history_notice.setVisible(bool(text))

    def show_voice_status(self, text: str, captions: bool) -> None:
        self.voice_notice.setText(text)
        self.voice_notice.setVisible(bool(text))
        if not captions:
            self.show_caption("")

    # -- the session ----------------------------------------------------------------------------

    def begin(self, driver: SessionDriver, caregiver: bool = False) -> None:
        """Show ``driver``'s session, kept until the next one; ``caregiver`` speaks to the helper, with
        tips for the giver. Its events come to ``on_event`` from the session runner, which starts it."""
        self._caregiver = caregiver
        self.giver_tips.setVisible(caregiver)
        if self.driver is not None:
            self.driver.shutdown()
            self.driver.deleteLater()
        self.driver = driver
        driver.setParent(self)
        driver.ticked.connect(self._refresh)
        self.routine_title.setText(driver.engine.routine.title)
        self.show_caption("")
        self.confirm_bar.hide()
        self.views.setCurrentIndex(0)
        self._show_step()
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def session_over(self) -> bool:
        return self.driver is None or self.driver.engine.phase in (Phase.FINISHED, Phase.STOPPED)

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionFinished | SessionStopped):
            self.found_bar.hide()
            self._show_finished(event)
            return
        if isinstance(event, PlacesLeftOut):
            (self._found if event.reason == "check" else self._skipped).update(event.places)
            self._show_safety_words()
        self._show_step()

    def _show_step(self) -> None:
        if self.driver is None:
            return
        progress = self.driver.progress()
        planned = progress.step
        if planned is None:
            return
        side = side_words(planned)
        self.side.setText(side)
        self.side.setVisible(bool(side))
        self.step_title.setText(planned.title())
        self.instruction.setText(planned.text(self._caregiver))
        description = f"{side}. {planned.title()}" if side else planned.title()
        self.illustration.show_step(
            planned.step.illustration, planned.mirrored, planned.step.pace, description
        )
        self._refresh()

    def _refresh(self) -> None:
        if self.driver is None or self.session_over:
            return
        progress = self.driver.progress()
        if progress.step is None:
            return
        self.overall.setText(
            tr("Step %1 of %2 · %3 left")
            .replace("%1", str(progress.step.number))
            .replace("%2", str(progress.step_count))
            .replace("%3", minutes_text(progress.total_left))
        )
        reading = progress.lead_in_left > 0
        untimed = self.driver.engine.untimed and not reading
        self.countdown.setVisible(not untimed)
        self.step_bar.setVisible(not untimed)
        self.add_button.setVisible(not self.driver.engine.untimed)
        asking = progress.phase is Phase.ASKING
        self.countdown.setVisible(not untimed and not asking)
        self.step_bar.setVisible(not untimed and not asking)
        if asking:
            self._show_question(progress.step)
            self.status.setText(tr("Answer the question below to go on."))
        elif progress.paused:
            self.status.setText(tr("Paused. Press Space or Resume when you are ready."))
        elif reading:
            seconds = str(math.ceil(progress.lead_in_left - 1e-9))
            self.status.setText(tr("Get ready: the timer starts in %n s").replace("%n", seconds))
        elif untimed:
            self.status.setText(
                tr("No countdown: press Next (→) when you are ready to move on. About %1 is usual.").replace(
                    "%1", clock_text(progress.step_length)
                )
            )
        else:
            self.status.setText("")
        self.countdown.setText(clock_text(progress.step_left))
        done = 1 - progress.step_left / progress.step_length if progress.step_length else 0
        self.step_bar.setValue(round(1000 * (0 if reading or untimed else done)))
        self.pause_button.setText(tr("Resume") if progress.paused else tr("Pause"))
        self.pause_button.set_icon("play" if progress.paused else "pause")
        self.pause_button.setAccessibleName(tr("Resume (Space)") if progress.paused else tr("Pause (Space)"))
        self.illustration.set_running(progress.phase is Phase.RUNNING)
        self._update_controls()

    def _update_controls(self) -> None:
        """Session controls and keys work only while a session is on screen and no question is open;
        then Space presses a focused button as usual."""
        live = self._live() is not None
        for button in self.session_buttons:
            button.setEnabled(live)
        for shortcut in self.session_shortcuts:
            shortcut.setEnabled(live)
        if live and self.driver is not None:
            progress = self.driver.progress()
            at_start = progress.step is not None and progress.step.number == 1 and progress.lead_in_left > 0
            self.back_button.setEnabled(not at_start)
            asking = progress.phase is Phase.ASKING
            for button in (self.repeat_button, self.pause_button, self.add_button, self.next_button):
                button.setEnabled(not asking)
            has_side = progress.step is not None and progress.step.place is not None
            self.skip_side_button.setVisible(has_side)
            self.skip_side_button.setEnabled(has_side and not asking)

    def _show_finished(self, event: SessionFinished | SessionStopped) -> None:
        self.illustration.set_running(False)
        self.confirm_bar.hide()
        if stopped_for_safety(event):
            if self.my_contacts is not None:
                self.my_contacts.refresh()  # the numbers as they are now
            self.views.setCurrentIndex(2)
            self._update_controls()
            self.signs_library_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        minutes = minutes_text(event.elapsed)
        if isinstance(event, SessionFinished):
            self.finished_title.setText(tr("Well done"))
            self.finished_summary.setText(
                tr("You finished %1: %2, %3 of %4 steps.")
                .replace("%1", self.driver.engine.routine.title if self.driver else "")
                .replace("%2", minutes)
                .replace("%3", str(event.steps_completed))
                .replace("%4", str(event.steps_total))
            )
        else:
            self.finished_title.setText(tr("Session stopped"))
            self.finished_summary.setText(
                tr("You stopped after %1, with %2 of %3 steps done.")
                .replace("%1", minutes)
                .replace("%2", str(event.steps_completed))
                .replace("%3", str(event.steps_total))
            )
        self.finished_advice.setText(
            tr(
                "Look at your skin once more for redness, blisters or broken skin. A foot that is red, hot "
                "or swollen: call your foot clinic or doctor now. Pain that flares up and stays: tell your "
                "doctor or nurse before the next session."
            )
        )
        self.views.setCurrentIndex(1)
        self._update_controls()
        self.library_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- commands -------------------------------------------------------------------------------

    def _live(self) -> SessionDriver | None:
        """The driver, when a session is on screen and the stop question is not being asked."""
        if self.driver is None or self.session_over or self.confirm_bar.isVisible():
            return None
        return self.driver

    def _on_pause(self) -> None:
        if driver := self._live():
            driver.do(driver.engine.toggle_pause)

    def _on_next(self) -> None:
        if driver := self._live():
            driver.do(driver.engine.next)

    def _on_back(self) -> None:
        if driver := self._live():
            driver.do(driver.engine.back)

    def _on_repeat(self) -> None:
        if driver := self._live():
            driver.do(driver.engine.repeat)

    def _on_add_time(self) -> None:
        if driver := self._live():
            driver.do(driver.engine.add_time)

    def _on_skip_side(self) -> None:
        if driver := self._live():
            driver.do(driver.engine.leave_out_current_place)

    def something_wrong(self) -> None:
        """Stop at once, and show the stop signs and what to do."""
        if self.driver is None or self.session_over:
            return
        self.confirm_bar.hide()
        self.driver.do(self.driver.engine.stop, StopReason.SAFETY)

    def _on_escape(self) -> None:
        if self.confirm_bar.isVisible():
            self._on_keep_going()
        elif self.session_over:
            self.leave.emit()
        else:
            self.ask_to_stop()

    def ask_to_stop(self) -> None:
        driver = self._live()
        if driver is None:
            return
        self._resume_after_confirm = driver.engine.phase is not Phase.PAUSED
        driver.do(driver.engine.pause)
        self.confirm_bar.show()
        self._update_controls()
        self.keep_going_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_confirm_stop(self) -> None:
        self.confirm_bar.hide()
        if self.driver is not None:
            self.driver.do(self.driver.engine.stop, StopReason.PERSON)

    def _on_keep_going(self) -> None:
        self.confirm_bar.hide()
        if self.driver is not None and self._resume_after_confirm:
            self.driver.do(self.driver.engine.resume)
        self._update_controls()
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_again(self) -> None:
        if self.driver is not None:
            self.again.emit(self.driver.engine.routine.id)

    def shutdown(self) -> None:
        """The session is left: let go of it (its engine and routine), not only stop it."""
        if self.driver is not None:
            self.driver.shutdown()
            self.driver.deleteLater()
            self.driver = None
        self.illustration.set_running(False)
