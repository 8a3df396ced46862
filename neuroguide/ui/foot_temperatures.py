"""When and how foot skin temperatures are written down: from the History page whenever the person
likes, and from the end of the daily foot check (a routine that suits "daily") once they said in
Settings that they have a foot skin thermometer. The reading is saved on the history thread, then the
advice is worked out from it and the day before, as stored."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from neuroguide.core.contacts import numbers_from
from neuroguide.core.foot_temperature import Reading, advice_lines, assess, by_day
from neuroguide.core.routine import Routine
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import HistoryStore
from neuroguide.ui.history_asker import HistoryAsker
from neuroguide.ui.kit.temperatures import degrees

if TYPE_CHECKING:
    from neuroguide.app.session_runner import SessionRunner
    from neuroguide.ui.dialogs.foot_temperature import FootTemperatureDialog
    from neuroguide.ui.pages.player.end_views import FinishedView


def offered_after(routine: Routine, settings: Settings) -> bool:
    """The end of this routine offers to write the temperatures down."""
    return "daily" in routine.suits and settings.flag("foot_thermometer")


class FootTemperatures(HistoryAsker):
    """``on_saved`` hears when a reading is in the history (the History page reads it again)."""

    dialog: FootTemperatureDialog | None = None  # open now, if any
    _end_view: FinishedView | None = None  # the end page whose button opens it

    def ask(self) -> None:
        from neuroguide.ui.dialogs.foot_temperature import FootTemperatureDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = FootTemperatureDialog(
            self.clock.now, self.settings.flag("caregiver_mode"), self.parent_widget
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda reading: self._save(dialog, reading))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, dialog: FootTemperatureDialog, reading: Reading) -> None:
        at = self.clock.now()

        def job(store: HistoryStore) -> list[Reading]:
            store.save_temperature(reading, at)
            return store.temperatures(reading.day - timedelta(days=1), reading.day)

        self.bridge.ask(
            job, lambda found: self._saved(dialog, found), lambda error: self._failed(dialog, error)
        )

    def _saved(self, dialog: FootTemperatureDialog, found: list[Reading]) -> None:
        self.on_saved()
        advice = assess(found)
        if self.dialog is not dialog or advice is None:
            return  # closed meanwhile: the reading is kept all the same
        newest = by_day(found)[advice.day]
        caregiver = self.settings.flag("caregiver_mode")
        numbers = numbers_from(self.settings.text)
        lines = advice_lines(advice, newest.difference, numbers, caregiver, tr, degrees())
        dialog.show_advice(advice.kind, lines)

    def _failed(self, dialog: FootTemperatureDialog, error: BaseException) -> None:
        if self.dialog is dialog:
            dialog.show_problem(fill(tr("The reading could not be saved: %1."), str(error)))

    def follow(self, runner: SessionRunner, routine: Routine, view: FinishedView) -> None:
        """The end page of ``runner``'s session offers the temperatures after a daily foot check."""
        from neuroguide.app.session_runner import Stage

        if view is not self._end_view:  # a new player page: its button, wired once
            view.temperatures_button.clicked.connect(self.ask)
            self._end_view = view
        button = view.temperatures_button

        def on_stage(stage: object) -> None:
            if stage is Stage.RUNNING:
                button.hide()
            elif stage is Stage.DONE:
                button.setVisible(offered_after(routine, self.settings))

        runner.stage_changed.connect(on_stage)

    def close(self) -> None:
        if self.dialog is not None:  # another person's now: the reading would go nowhere
            self.dialog.reject()
