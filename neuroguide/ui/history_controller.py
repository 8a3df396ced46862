"""Everything the window does with the history: check-ins around a session, recording it, the History
page, exports and markers. The disk is only ever touched on the history thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.tasks import Done, Tasks
from neuroguide.core.checkin import CheckIn, limbs_for
from neuroguide.core.clock import Clock
from neuroguide.core.settings import Settings
from neuroguide.ui.kit import style
from neuroguide.ui.kit.widgets import Button, ask_where_to_save, text_label
from neuroguide.ui.pages.history_view import PAGE_SIZE, PreparedViews, change_words

if TYPE_CHECKING:
    # The History page, its chart (QtCharts), the check-in dialogs and the session's recorder are
    # imported when first used, not while the window starts.
    from neuroguide.app.session_driver import SessionDriver
    from neuroguide.core.routine import PlannedStep, Routine
    from neuroguide.core.session import Event
    from neuroguide.store.database import OpenReport
    from neuroguide.store.history import HistoryStore, SessionRecord
    from neuroguide.store.recorder import SessionRecorder
    from neuroguide.ui.pages.history import HistoryPage

PREPARE_DELAY_MS = 1500  # the page is read ahead this long after the window opens


def tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


class HistoryController(QObject):
    def __init__(
        self,
        bridge: HistoryBridge,
        settings: Settings,
        clock: Clock,
        pages: QStackedWidget,
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.settings = settings
        self.clock = clock
        self.pages = pages
        self.notify = notify  # a message for the person, shown where they are
        self.problem = ""
        self.folder_problem = ""  # why nothing can be saved in the folder, as the window said it
        self._page: HistoryPage | None = None
        self._recorder: SessionRecorder | None = None
        self.dialog: QDialog | None = None  # the dialog open now, if any
        self._previous: QWidget | None = None
        bridge.problem.connect(self._on_problem)
        bridge.opened.connect(self._on_opened)
        self._views = PreparedViews()
        self.tasks = Tasks(self)  # the clinician's PDF is printed on its "print" lane
        today = clock.now().date()
        bridge.ask(lambda store: (store.mark_interrupted(), store.backup(today)))
        # Read the page ahead once the window has settled, off the start-up path. Started in the
        # background for reminders, not until the window is first shown: the page cannot open before,
        # and the History page's modules (QtCharts among them) stay unloaded while it waits in the tray.
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.timeout.connect(self.prepare)
        if pages.isVisible():
            self._prepare_timer.start(PREPARE_DELAY_MS)
        else:
            pages.window().installEventFilter(self)
        # The app may run for days in the background for reminders: look for a new day's backup hourly.
        self._backup_timer = QTimer(self)
        self._backup_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._backup_timer.setInterval(3600 * 1000)
        self._backup_timer.timeout.connect(self._backup)
        self._backup_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:  # the window, shown for the first time
            watched.removeEventFilter(self)
            self._prepare_timer.start(PREPARE_DELAY_MS)
        return False

    # -- the file -------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Read the History page's views ahead on the history thread (after a change, say)."""

        today, views = self.clock.now().date(), self._views
        self.bridge.ask(lambda store: views.prepare(store, today))

    def _backup(self) -> None:
        today = self.clock.now().date()
        self.bridge.ask(lambda store: store.backup(today))

    def _on_opened(self, report: OpenReport) -> None:
        for message in report.messages:
            self.notify(message)

    def _on_problem(self, problem: str) -> None:
        self.problem = problem
        if self.folder_problem:  # the folder is read-only or its disk full: said once, in those words
            self.notify(self.folder_problem)
            return
        self.notify(
            tr(
                "History cannot be saved right now: %1. "
                "The session goes on, and what was saved before is safe."
            ).replace("%1", problem)
        )

    # -- a session ------------------------------------------------------------------------------

    def before_session(
        self, routine: Routine, start: Callable[[CheckIn | None], None], parent: QWidget
    ) -> None:
        """Ask for the scores before (unless the person chose not to be asked), then ``start``."""
        if not self.settings.flag("ask_before_session"):
            start(None)
            return
        from neuroguide.ui.dialogs.checkin import CheckInDialog

        dialog = CheckInDialog("before", limbs_for(routine), routine.title, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if dialog.remember.isChecked():
                self.settings.set("ask_before_session", False)
            start(dialog.result_checkin if result == QDialog.DialogCode.Accepted else None)

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def record(
        self,
        routine: Routine,
        driver: SessionDriver,
        before: CheckIn | None,
        parent: QWidget,
        steps: tuple[PlannedStep, ...] | None = None,
    ) -> None:
        from neuroguide.core.safety import SAFETY_STOP_REASON
        from neuroguide.core.session import SessionFinished, SessionStopped
        from neuroguide.store.recorder import SessionRecorder

        # who does it, as far as is known now; the check-in after may say otherwise
        performer = (
            self.settings.text("caregiver_name") or "caregiver"
            if self.settings.flag("caregiver_mode")
            else ""
        )
        recorder = SessionRecorder(self.bridge.worker, routine, self.clock, performer, steps)
        self._recorder = recorder
        driver.happened.connect(recorder.on_event)
        if before is not None:
            now = self.clock.now()
            self.bridge.ask(lambda store: store.save_checkin(recorder.session_id.result(), before, now))

        def after(event: Event) -> None:
            stopped_for_safety = isinstance(event, SessionStopped) and event.reason == SAFETY_STOP_REASON
            if isinstance(event, SessionFinished | SessionStopped):
                self.prepare()  # after the recorder's last write, on the same thread
                if not stopped_for_safety:  # not over the stop signs: they come first
                    self._after_session(routine, recorder, parent)

        driver.happened.connect(after)

    def _after_session(self, routine: Routine, recorder: SessionRecorder, parent: QWidget) -> None:
        from neuroguide.ui.dialogs.checkin import CheckInDialog

        helper = self.settings.text("caregiver_name") if self.settings.flag("caregiver_mode") else ""
        dialog = CheckInDialog("after", limbs_for(routine), routine.title, helper, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or dialog.result_checkin is None:
                return
            checkin, performer, now = dialog.result_checkin, dialog.performed_by, self.clock.now()
            if performer:
                self.settings.set("caregiver_name", performer)

            def save(store: HistoryStore) -> None:
                session = recorder.session_id.result()
                store.save_checkin(session, checkin, now)
                store.set_performer(session, performer)

            self.bridge.ask(save)
            self.prepare()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    # -- the page -------------------------------------------------------------------------------

    @property
    def page(self) -> HistoryPage:
        if self._page is None:
            from neuroguide.ui.pages.history import HistoryPage

            page = HistoryPage(self.settings.whole("weekly_goal"))
            page.leave.connect(self._leave)
            page.period_changed.connect(lambda _key: self.refresh())
            page.goal_changed.connect(self._on_goal)
            page.export_csv.connect(lambda: self._choose_file("csv"))
            page.export_report.connect(lambda: self._choose_file("pdf"))
            page.add_marker.connect(self._ask_marker)
            page.open_session.connect(self.show_session)
            page.more_requested.connect(self._load_more)
            self.pages.addWidget(page)
            self._page = page
        return self._page

    def show(self) -> None:
        self._previous = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.page)
        self.page.show_notice(
            self.problem and tr("History cannot be saved right now: %1.").replace("%1", self.problem)
        )
        self.refresh()
        self.page.back_button.setFocus()

    def _leave(self) -> None:
        if self._previous is not None:
            self.pages.setCurrentWidget(self._previous)

    def refresh(self) -> None:
        page, today, period, goal = self.page, self.clock.now().date(), self.page.period, self.settings
        views = self._views
        self.bridge.ask(
            lambda store: views.view(store, today, period),
            lambda view: page.show_view(view, goal.whole("weekly_goal")),
        )

    def _load_more(self) -> None:

        view, page = self.page.view, self.page
        if view is None or not page.table_model.records:
            return
        oldest = page.table_model.records[-1]
        self.bridge.ask(
            lambda store: store.recent_sessions(view.since, view.today, PAGE_SIZE, older_than=oldest),
            page.add_older,
        )

    def _on_goal(self, goal: int) -> None:
        self.settings.set("weekly_goal", goal)
        if self.page.view is not None:
            self.page.show_view(self.page.view, goal)

    # -- exports --------------------------------------------------------------------------------

    def _choose_file(self, kind: str) -> None:
        today = self.clock.now().date().isoformat()
        name = f"neuroguide-history-{today}.csv" if kind == "csv" else f"neuroguide-report-{today}.pdf"
        self.dialog = ask_where_to_save(
            self.page,
            tr("Save your history") if kind == "csv" else tr("Save the report"),
            tr("CSV files (*.csv)") if kind == "csv" else tr("PDF files (*.pdf)"),
            name,
            lambda path: self.export(kind, path),
        )

    def export(self, kind: str, out: Path, done: Callable[[str], None] | None = None) -> None:
        """CSV is written on the history thread; the PDF is drawn here, from records read there."""
        view = self.page.view
        since = view.since if view is not None else self.clock.now().date() - timedelta(days=89)
        today = self.clock.now().date()
        made = self.clock.now()

        def finished(message: str) -> None:
            self.page.show_notice(message)
            if done is not None:
                done(message)

        def not_saved(error: BaseException) -> str:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            return tr("The file could not be saved: %1.").replace("%1", reason)

        if kind == "csv":
            from neuroguide.store.export import export_csv

            def write(store: HistoryStore) -> str:
                try:
                    count = export_csv(store, out)  # row by row; 0600, whole or not at all
                except (
                    OSError
                ) as error:  # the file chosen, not the history: said here, not as a history problem
                    return not_saved(error)
                return tr("%1 sessions saved to %2.").replace("%1", str(count)).replace("%2", str(out))

            self.bridge.ask(
                write,
                finished,
                lambda error: finished(tr("The file could not be made: the history cannot be read.")),
            )
            return
        from neuroguide.ui.print.report import read_report, save_report

        def printed(outcome: Done[None]) -> None:
            saved = tr("The report for your clinician was saved to %1.").replace("%1", str(out))
            finished(saved if outcome.error is None else not_saved(outcome.error))

        self.bridge.ask(
            lambda store: read_report(store, since, today),  # on the history thread, a stretch at a time
            lambda parts: save_report(parts, since, today, out, made, self.tasks, printed),  # printed off it
            lambda error: finished(tr("The report could not be made: the history cannot be read.")),
        )

    # -- markers and details --------------------------------------------------------------------

    def _ask_marker(self) -> None:
        dialog = QDialog(self.page)
        dialog.setWindowTitle(tr("Add a marker"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(
            text_label(tr("Mark a day that matters, such as an infusion or a new medicine."), "lead")
        )
        form = QFormLayout()
        day = QDateEdit(QDate.currentDate())
        day.setCalendarPopup(True)
        day.setMinimumHeight(style.MIN_TARGET)
        day.setAccessibleName(tr("Day"))
        label = QLineEdit()
        label.setPlaceholderText(tr("for example: infusion"))
        label.setMinimumHeight(style.MIN_TARGET)
        label.setAccessibleName(tr("What happened"))
        form.addRow(tr("Day"), day)
        form.addRow(tr("What happened"), label)
        layout.addLayout(form)
        save = Button(tr("Add"), primary=True)
        save.clicked.connect(dialog.accept)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            text = label.text().strip()
            if result == QDialog.DialogCode.Accepted and text:
                chosen = day.date().toPython()
                self.add_marker(chosen, text)  # type: ignore[arg-type]

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        label.setFocus()

    def add_marker(self, day: date, label: str) -> None:
        self.bridge.ask(lambda store: store.add_marker(day, label), lambda _id: self.refresh())

    def show_session(self, session_id: int) -> None:
        self.bridge.ask(lambda store: store.session(session_id), self._show_details)

    def _show_details(self, record: SessionRecord | None) -> None:
        if record is None:
            return
        dialog = QDialog(self.page)
        dialog.setWindowTitle(record.routine_title)
        dialog.resize(640, 560)
        layout = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setAccessibleName(tr("Session details"))
        text.setPlainText(details_text(record))
        layout.addWidget(text)
        close = Button(tr("Close"), primary=True)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def close(self) -> None:
        self._backup_timer.stop()
        self._prepare_timer.stop()
        self.tasks.shutdown()  # a report being printed is finished first
        self.bridge.close()


def details_text(record: SessionRecord) -> str:
    from neuroguide.ui.dialogs.checkin import limb_words, symptom_name

    lines = [
        record.routine_title,
        record.started_at.strftime("%A %d %B %Y, %H:%M"),
        tr("Minutes: %1 of %2")
        .replace("%1", f"{record.done_seconds / 60:.0f}")
        .replace("%2", f"{record.planned_seconds / 60:.0f}"),
        tr("Steps done: %1 of %2")
        .replace("%1", str(record.steps_done))
        .replace("%2", str(record.steps_total)),
        tr("How it ended: %1").replace(
            "%1", record.status + (f" ({record.stop_reason})" if record.stop_reason else "")
        ),
        tr("By: %1").replace("%1", record.performed_by or tr("self")),
        "",
    ]
    for moment, checkin in ((tr("Before"), record.before), (tr("After"), record.after)):
        if checkin is None:
            continue
        lines.append(moment)
        for (limb, symptom), value in sorted(checkin.scores.items()):
            lines.append(f"  {limb_words(limb)}, {symptom_name(symptom).lower()}: {value}")
        if checkin.moment == "after":
            lines.append("  " + tr("Skin: %1").replace("%1", ", ".join(checkin.skin) or tr("as usual")))
            if checkin.soreness:
                lines.append("  " + tr("Sore afterwards"))
            if checkin.fatigue:
                lines.append("  " + tr("Tired afterwards"))
            if checkin.note:
                lines.append("  " + tr("Note: %1").replace("%1", checkin.note))
    if change_words(record):
        lines += ["", change_words(record)]
    if record.steps:
        lines += ["", tr("Steps")]
        for step in record.steps:
            mark = "✓" if step.completed else "–"
            lines.append(f"  {mark} {step.position}. {step.title} ({step.seconds_done:.0f} s)")
    return "\n".join(lines)
