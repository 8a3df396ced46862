"""The window's side of a session: the dialogs the session runner asks through (``SessionPrompts``) and
the player page it shows the session on (``PlayerScreen``). What the runner does with the answers is
in ``app/session_runner.py``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from neuroguide.app.session_driver import SessionDriver
from neuroguide.app.timers import Timers
from neuroguide.core.checkin import CheckIn, limbs_for
from neuroguide.core.clock import Clock
from neuroguide.core.options import Giver, SessionOptions
from neuroguide.core.routine import Routine
from neuroguide.core.session import Event
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit import style
from neuroguide.ui.kit.titles import window_title

if TYPE_CHECKING:
    from neuroguide.app.session_runner import SessionRunner
    from neuroguide.core.safety import Decision
    from neuroguide.ui.dialogs.screening import ScreeningDialog
    from neuroguide.ui.main_window import MainWindow


Opened = TypeVar("Opened", bound=QDialog)


class SessionPrompts:
    """The safety questions and the check-ins, as dialogs over ``parent``; what the person chose to be
    remembered (standing answers, not being asked again, the helper's name) is kept in the settings."""

    def __init__(self, parent: QWidget, settings: Settings, clock: Clock, timers: Timers) -> None:
        self.parent = parent
        self.settings = settings
        self.clock = clock
        self.timers = timers
        self.screening: ScreeningDialog | None = None  # the last safety questions, kept until the next
        self.dialog: QDialog | None = None  # the check-in open now, if any

    def screen(self, routine: Routine, answer: Callable[[Decision | None], None]) -> None:
        from neuroguide.core.safety import dump_standing, load_standing
        from neuroguide.ui.dialogs.screening import ScreeningDialog

        if self.screening is not None:
            self.screening.deleteLater()
        settings = self.settings
        remembered = load_standing(settings.record("standing_answers"), settings.text("profile_cause"))
        dialog = ScreeningDialog(
            routine, remembered, settings, settings.flag("caregiver_mode"), parent=self.parent
        )

        def done(result: int) -> None:
            if dialog.answers:
                today = self.clock.now().date()
                settings.set("standing_answers", dump_standing(dialog.answers, today, remembered))
            accepted = result == QDialog.DialogCode.Accepted
            decision = dialog.decision if accepted else None
            # after the dialog has closed, not inside its own signal
            self.timers.later(self.parent, 0, lambda: answer(decision), "after-screening")

        dialog.finished.connect(done)
        self.screening = dialog
        dialog.open()

    def check_in_before(
        self, routine: Routine, giver: Giver, answer: Callable[[CheckIn | None], None]
    ) -> None:
        from neuroguide.ui.dialogs.checkin import CheckInDialog

        dialog = self._opened(
            CheckInDialog("before", limbs_for(routine), routine.title, giver, parent=self.parent)
        )

        def done(result: int) -> None:
            if dialog.remember.isChecked():
                self.settings.set("ask_before_session", False)
            answer(dialog.result_checkin if result == QDialog.DialogCode.Accepted else None)

        dialog.finished.connect(done)

    def check_in_after(
        self, routine: Routine, giver: Giver, answer: Callable[[CheckIn | None, str], None]
    ) -> None:
        from neuroguide.ui.dialogs.checkin import CheckInDialog

        dialog = self._opened(
            CheckInDialog("after", limbs_for(routine), routine.title, giver, parent=self.parent)
        )

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or dialog.result_checkin is None:
                answer(None, giver.performer)  # skipped: the session was still given as it was
                return
            if dialog.helper_name:  # a name typed, offered next time; never the stand-in "caregiver"
                self.settings.set("caregiver_name", dialog.helper_name)
            answer(dialog.result_checkin, dialog.performed_by)

        dialog.finished.connect(done)

    def _opened(self, dialog: Opened) -> Opened:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog


def session_runner(window: MainWindow, routine: Routine) -> SessionRunner:
    """The runner of a session of ``routine`` in ``window``: its dialogs, its player page, its history."""
    from neuroguide.app.session_runner import SessionParts, SessionRunner
    from neuroguide.core.options import session_options

    history = window.history
    parts = SessionParts(
        window.clock,
        window.timers,
        window.prompts,
        PlayerScreen(window),
        history=history.bridge.worker if history is not None else None,
        voice=lambda: window.voice,
        reminders=window.reminders,
        history_changed=history.prepare if history is not None else lambda: None,
    )
    runner = SessionRunner(routine, session_options(window.settings, window.people), parts, window)
    if history is not None:
        runner.stage_changed.connect(history.function.on_stage)  # the weekly questions, after a session
        history.temperatures.follow(runner, routine, window.player_page.finished_view)
    return runner


class PlayerScreen:
    """The player page, shown in the window for the runner's session."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def widget(self) -> QWidget:
        return self.window.player_page

    def show_session(self, driver: SessionDriver, options: SessionOptions, decision: Decision | None) -> None:
        window, player = self.window, self.window.player_page
        window.pages.setCurrentWidget(player)
        window.show_voice_status()
        app = QApplication.instance()
        player.illustration.still = options.reduce_motion or (
            isinstance(app, QApplication) and style.desktop_prefers_still(app)
        )
        player.begin(driver, options.caregiver_mode)
        player.show_safety_notice(
            safety_words(decision),
            decision.places if decision is not None else frozenset(),
            (decision is not None and any(rule.id == "diabetic-feet" for rule in decision.rules))
            or window.settings.text("profile_cause") == "diabetes",  # so too with no questions asked
        )
        window.setWindowTitle(window_title(driver.engine.routine.title))

    def on_event(self, event: Event) -> None:
        self.window.player_page.on_event(event)

    def show_change(self, before: CheckIn, after: CheckIn) -> None:
        self.window.player_page.finished_view.show_change(before, after)


def safety_words(decision: Decision | None) -> str:
    """What the screening changed for today's session, for the player to show."""
    if decision is None:
        return ""
    from neuroguide.core.routine import PRESSURE_WORDS
    from neuroguide.ui.kit.words import place_names

    words = []
    places = {left.step.place for left in decision.left_out if left.step.place in decision.places}
    if places:
        words.append(fill(tr("Left out today: %1."), place_names(places)))
    others = len([left for left in decision.left_out if left.step.place not in places])
    if others:
        words.append(fill(tr("Other steps left out today: %1."), str(others)))
    if decision.pressure_cap:
        pressure = tr(PRESSURE_WORDS[decision.pressure_cap])
        words.append(fill(tr("Pressure today: %1."), pressure))
    return " ".join(words)
