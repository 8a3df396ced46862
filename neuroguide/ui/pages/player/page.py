"""The player: the step's picture, title and instruction in large type, a large countdown and big controls.

It shows what the session engine says and sends it commands; it never changes session state itself.
Keys: Space pause/resume, Left/Right back/next, R repeat, + add time, Esc stop (asks first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QStackedWidget, QVBoxLayout, QWidget

from neuroguide.app.session_driver import SessionDriver
from neuroguide.core.outcome import StopReason, stopped_for_safety
from neuroguide.core.session import (
    Event,
    Phase,
    PlacesLeftOut,
    SessionEngine,
    SessionFinished,
    SessionStopped,
    StepFinished,
    asked_places,
)
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.widgets import scrolling
from neuroguide.ui.kit.words import place_names
from neuroguide.ui.pages.player.bars import ConfirmBar, FoundBar, notice_label
from neuroguide.ui.pages.player.controls import ControlsBar
from neuroguide.ui.pages.player.end_views import FinishedView, StopSignsView
from neuroguide.ui.pages.player.step_view import StepView

SESSION, FINISHED, STOP_SIGNS = range(3)  # the views, in the order they are stacked


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
        self._done_places: set[str] = set()  # where the session's steps were done, for its end
        self._planned_places: frozenset[str] = frozenset()  # where the whole routine would go

        self.views = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)
        self.views.addWidget(self._build_session_view())
        self.finished_view = FinishedView(settings)
        self.finished_view.library_button.clicked.connect(self.leave)
        self.finished_view.again_button.clicked.connect(self._on_again)
        self.views.addWidget(self.finished_view)
        self.stop_signs_view = StopSignsView(settings)
        self.stop_signs_view.signs_library_button.clicked.connect(self.leave)
        self.views.addWidget(self.stop_signs_view)
        self._name_parts()
        self.show_safety_notice("")
        self._build_shortcuts()

    # -- building -------------------------------------------------------------------------------

    def _build_session_view(self) -> QWidget:
        """The step above, scrolling when large text needs it; the notices, questions and controls
        below it always in view, so Stop and Something's wrong are never out of reach."""
        view = QWidget()
        view.setObjectName("page")
        layout = QVBoxLayout(view)
        layout.setContentsMargins(24, 8, 24, 8)  # the height is the scarce side of a laptop's screen
        layout.setSpacing(8)
        self.step_view = StepView()
        layout.addWidget(scrolling(self.step_view, tr("The session")), 1)
        self.voice_notice = notice_label(tr("Voice guidance"))
        self.safety_notice = notice_label(tr("Safety today"))
        self.history_notice = notice_label(tr("History"))
        self.confirm_bar = ConfirmBar()
        self.confirm_bar.confirm_stop_button.clicked.connect(self._on_confirm_stop)
        self.confirm_bar.keep_going_button.clicked.connect(self._on_keep_going)
        self.found_bar = FoundBar()
        self.found_bar.answered.connect(self._on_found)
        for bar in (
            self.voice_notice,
            self.safety_notice,
            self.history_notice,
            self.confirm_bar,
            self.found_bar,
        ):
            layout.addWidget(bar)
        self.controls = ControlsBar()
        for button, slot in (
            (self.controls.back_button, self._command(SessionEngine.back)),
            (self.controls.repeat_button, self._command(SessionEngine.repeat)),
            (self.controls.pause_button, self._command(SessionEngine.toggle_pause)),
            (self.controls.add_button, self._command(SessionEngine.add_time)),
            (self.controls.next_button, self._command(SessionEngine.next)),
            (self.controls.skip_side_button, self._command(SessionEngine.leave_out_current_place)),
            (self.controls.wrong_button, self.something_wrong),
            (self.controls.stop_button, self.ask_to_stop),
        ):
            button.clicked.connect(slot)
        self.controls_row = QWidget()
        self.controls_row.setLayout(self.controls)
        layout.addWidget(self.controls_row)
        return view

    def _name_parts(self) -> None:
        """The views' parts under the page's own names, as the window and the tests reach them."""
        self.routine_title = self.step_view.routine_title
        self.overall = self.step_view.overall
        self.side = self.step_view.side
        self.illustration = self.step_view.illustration
        self.step_title = self.step_view.step_title
        self.instruction = self.step_view.instruction
        self.giver_tips = self.step_view.giver_tips
        self.caption = self.step_view.caption
        self.status = self.step_view.status
        self.countdown = self.step_view.countdown
        self.step_bar = self.step_view.step_bar
        self.back_button = self.controls.back_button
        self.repeat_button = self.controls.repeat_button
        self.pause_button = self.controls.pause_button
        self.add_button = self.controls.add_button
        self.next_button = self.controls.next_button
        self.skip_side_button = self.controls.skip_side_button
        self.wrong_button = self.controls.wrong_button
        self.stop_button = self.controls.stop_button
        self.session_buttons = self.controls.buttons
        self.confirm_stop_button = self.confirm_bar.confirm_stop_button
        self.keep_going_button = self.confirm_bar.keep_going_button
        self.found_question = self.found_bar.found_question
        self.found_buttons = self.found_bar.found_buttons
        self.finished_title = self.finished_view.finished_title
        self.finished_summary = self.finished_view.finished_summary
        self.finished_advice = self.finished_view.finished_advice
        self.library_button = self.finished_view.library_button
        self.again_button = self.finished_view.again_button
        self.stop_sign_labels = self.stop_signs_view.stop_sign_labels
        self.my_contacts = self.stop_signs_view.my_contacts
        self.signs_library_button = self.stop_signs_view.signs_library_button

    def _build_shortcuts(self) -> None:
        keys = (
            (Qt.Key.Key_Space, self._on_space),
            (Qt.Key.Key_Left, self._command(SessionEngine.back)),
            (Qt.Key.Key_Right, self._command(SessionEngine.next)),
            (Qt.Key.Key_R, self._command(SessionEngine.repeat)),
            (Qt.Key.Key_Plus, self._command(SessionEngine.add_time)),
            (Qt.Key.Key_Equal, self._command(SessionEngine.add_time)),  # the + key without Shift
            (Qt.Key.Key_Escape, self._on_escape),
            (Qt.Key.Key_W, self.something_wrong),
            (Qt.Key.Key_S, self._command(SessionEngine.leave_out_current_place)),
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
                fill(
                    tr("Found at the skin check: %1. Left out today: keep it clean and covered."),
                    place_names(found),
                )
            )
            if self._diabetic and any(place.endswith("foot") for place in found):
                words.append(tr("With diabetes, contact your foot clinic today."))
        if skipped:
            words.append(fill(tr("Skipped today: %1."), place_names(skipped)))
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
        self._done_places = set()
        self._planned_places = frozenset(step.place for step in driver.engine.routine.plan() if step.place)
        driver.setParent(self)
        driver.ticked.connect(self._refresh)
        self.routine_title.setText(driver.engine.routine.title)
        self.show_caption("")
        self._show_stop_question(False)
        self.views.setCurrentIndex(SESSION)
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
        if isinstance(event, StepFinished) and event.completed and event.step.place is not None:
            self._done_places.add(event.step.place)
        if isinstance(event, PlacesLeftOut):
            (self._found if event.reason == "check" else self._skipped).update(event.places)
            self._show_safety_words()
        self._show_step()

    def _show_step(self) -> None:
        if self.driver is None:
            return
        planned = self.driver.progress().step
        if planned is None:
            return
        self.step_view.show_step(planned, self._caregiver)
        self._refresh()

    def _refresh(self) -> None:
        if self.driver is None or self.session_over:
            return
        progress = self.driver.progress()
        if progress.step is None:
            return
        deciding = self.confirm_bar.isVisibleTo(self)
        self.step_view.show_progress(progress, self.driver.engine.untimed, deciding)
        if progress.phase is Phase.ASKING and not deciding:
            self.found_bar.ask(progress.step, self._caregiver)
        self.controls.show_paused(progress.paused)
        self._update_controls()

    def _update_controls(self) -> None:
        """Session controls and keys work only while a session is on screen and no question is open;
        then Space presses a focused button as usual."""
        driver = self._live()
        for shortcut in self.session_shortcuts:
            shortcut.setEnabled(driver is not None)
        if driver is None:
            self.controls.enable(False, None)
        else:
            self.controls.enable(True, driver.progress(), driver.engine.untimed)

    def _show_finished(self, event: SessionFinished | SessionStopped) -> None:
        self.illustration.set_running(False)
        self._show_stop_question(False)
        if stopped_for_safety(event):
            if self.my_contacts is not None:
                self.my_contacts.refresh()  # the numbers as they are now
            self.views.setCurrentIndex(STOP_SIGNS)
            self._update_controls()
            self.signs_library_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        title = self.driver.engine.routine.title if self.driver else ""
        done = frozenset(self._done_places)
        found = frozenset(self._found - self._screened_out)
        self.finished_view.show_end(
            event, title, done, self._planned_places, self._caregiver, found, self._diabetic
        )
        self.views.setCurrentIndex(FINISHED)
        self._update_controls()
        self.library_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- commands -------------------------------------------------------------------------------

    def _live(self) -> SessionDriver | None:
        """The driver, when a session is on screen and the stop question is not being asked."""
        if self.driver is None or self.session_over or self.confirm_bar.isVisibleTo(self):
            return None
        return self.driver

    def _on_found(self, key: str, urgent: bool) -> None:
        if self.driver is None or self.driver.engine.phase is not Phase.ASKING:
            return
        step = self.driver.engine.current
        places = asked_places(step) if step is not None else ()
        chosen = {"nothing": (), "right": places[:1], "left": places[1:], "both": places}[key]
        self.found_bar.hide()
        self.driver.do(self.driver.engine.answer, frozenset(chosen), urgent)
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _command(self, command: Callable[[SessionEngine], None]) -> Callable[[], None]:
        """A button's or key's slot: ``command`` on the session running now; nothing once it is over."""

        def run() -> None:
            if driver := self._live():
                driver.do(command, driver.engine)

        return run

    def _on_space(self) -> None:
        """Space presses the button that has the focus, as everywhere else (Stop, an answer to the
        skin question); with the focus elsewhere it pauses or resumes."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused) and focused.isEnabled():
            focused.click()
        else:
            self._command(SessionEngine.toggle_pause)()

    def something_wrong(self) -> None:
        """Stop at once, and show the stop signs and what to do."""
        if self.driver is None or self.session_over:
            return
        self._show_stop_question(False)
        self.driver.do(self.driver.engine.stop, StopReason.SAFETY)

    def _on_escape(self) -> None:
        if self.confirm_bar.isVisibleTo(self):
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
        self._show_stop_question(True)
        self._refresh()
        self.keep_going_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_stop_question(self, shown: bool) -> None:
        """The stop question takes the place of the controls, which do nothing while it is open, and
        of a question after the step (asked again if the session goes on): at large text on a laptop's
        screen the step's words and countdown keep their room."""
        self.confirm_bar.setVisible(shown)
        self.controls_row.setVisible(not shown)
        if shown:
            self.found_bar.hide()

    def _on_confirm_stop(self) -> None:
        self._show_stop_question(False)
        if self.driver is not None:
            self.driver.do(self.driver.engine.stop, StopReason.PERSON)

    def _on_keep_going(self) -> None:
        self._show_stop_question(False)
        if self.driver is not None and self._resume_after_confirm:
            self.driver.do(self.driver.engine.resume)
        self._refresh()  # the step's state in full again, and a question after the step back
        if not self.found_bar.isVisibleTo(self):
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
