"""When and how the questions about daily life are asked: from the History page whenever the person
likes, and after a session's check-in at most once a week (``function_offer``), never twice in a week,
whether they answered or put it off. The answers are saved on the history thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from neuroguide.core.contacts import numbers_from
from neuroguide.core.function_checkin import FunctionCheckIn, due
from neuroguide.store.history import HistoryStore
from neuroguide.ui.history_asker import HistoryAsker


def last_answered(store: HistoryStore) -> date | None:
    latest = store.latest_function(1)
    return latest[0].recorded_at.date() if latest else None


class FunctionCheckIns(HistoryAsker):
    """``on_saved`` hears when new answers are in the history (the History page reads them again)."""

    dialog: QDialog | None = None  # the questions open now, if any
    _stage: object = None  # the session's stage before the one it is in now

    def ask(self, offered: bool = False) -> None:
        """Open the questions now (the History page's button, or a due offer)."""
        from neuroguide.ui.dialogs.function_checkin import FunctionCheckInDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return
        settings = self.settings
        caregiver = settings.flag("caregiver_mode")
        dialog = FunctionCheckInDialog(
            self.clock.now,
            caregiver=caregiver,
            cause=settings.text("profile_cause"),
            numbers=numbers_from(settings.text),
            answered_by=settings.text("caregiver_name").strip() if caregiver else "",
            offered=offered,
            parent=self.parent_widget,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: QDialog, result: int) -> None:
        from neuroguide.ui.dialogs.function_checkin import FunctionCheckInDialog

        self.dialog = None
        assert isinstance(dialog, FunctionCheckInDialog)
        if dialog.stop_offering.isChecked():
            self.settings.set("function_offer", False)
        checkin = dialog.result_checkin
        if result == QDialog.DialogCode.Accepted and checkin is not None and checkin.answers:
            self.save(checkin)

    def save(self, checkin: FunctionCheckIn) -> None:
        self.bridge.ask(lambda store: store.save_function(checkin), lambda _id: self.on_saved())

    def on_stage(self, stage: object) -> None:
        """A session's stage (app/session_runner.py Stage): offer once it is done after its check-in after."""
        from neuroguide.app.session_runner import Stage

        before, self._stage = self._stage, stage
        if stage is Stage.DONE and before is Stage.CHECK_IN_AFTER:
            self.offer()

    def offer(self) -> None:
        """After a session: ask, if it is on and nothing was answered or offered in the last week."""
        if not self.settings.flag("function_offer") or self.dialog is not None:
            return
        self.bridge.ask(last_answered, self._offer_if_due)

    def _offer_if_due(self, answered: date | None) -> None:
        today = self.clock.now().date()
        offered_text = self.settings.text("function_offered_on")
        try:
            offered = date.fromisoformat(offered_text) if offered_text else None
        except ValueError:
            offered = None
        if self.dialog is not None or not due(today, answered, offered):
            return
        self.settings.set("function_offered_on", today.isoformat())
        self.ask(offered=True)
