"""Everything the window does with the history: the History page, exports (``history_export``) and
markers. A session is recorded, with its check-ins, by its runner (app/session_runner.py). The file is
only ever touched on the history thread; the page's read-ahead and the daily backup wake up by
``Timers``, on the injected clock."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QStackedWidget,
    QWidget,
)

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.tasks import Tasks
from neuroguide.app.timers import Timers
from neuroguide.core.clock import Clock
from neuroguide.core.settings import Settings
from neuroguide.core.translation import fill, tr
from neuroguide.store.history_view import PAGE_SIZE, PreparedViews
from neuroguide.ui import history_export
from neuroguide.ui.foot_temperatures import FootTemperatures
from neuroguide.ui.function_checkins import FunctionCheckIns
from neuroguide.ui.kit.widgets import ask_where_to_save
from neuroguide.ui.pages.history_words import session_cells

if TYPE_CHECKING:
    # The History page and its chart are imported when first used, not while the window starts.
    from neuroguide.store.database import OpenReport
    from neuroguide.store.history import SessionRecord
    from neuroguide.ui.pages.history import HistoryPage

PREPARE_DELAY_SECONDS = 1.5  # the page is read ahead this long after the window opens
BACKUP_EVERY_SECONDS = 3600.0  # the app may run for days in the background: a new day's backup


class HistoryController(QObject):
    def __init__(
        self,
        bridge: HistoryBridge,
        settings: Settings,
        clock: Clock,
        pages: QStackedWidget,
        notify: Callable[[str], None],
        parent: QObject | None = None,
        *,
        timers: Timers | None = None,
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
        self.dialog: QDialog | None = None  # the dialog open now, if any
        self._previous: QWidget | None = None
        bridge.problem.connect(self._on_problem)
        bridge.opened.connect(self._on_opened)
        self._views = PreparedViews(session_cells)  # the table's words, worked out ahead too
        self.tasks = Tasks(self)  # the clinician's PDF is printed on its "print" lane
        self.function = FunctionCheckIns(bridge, settings, clock, pages.window(), self._saved_to_history)
        self.temperatures = FootTemperatures(bridge, settings, clock, pages.window(), self._saved_to_history)
        today = clock.now().date()
        bridge.ask(lambda store: (store.mark_interrupted(), store.backup(today)))
        # Read the page ahead once the window has settled, off the start-up path. Started in the
        # background for reminders, not until the window is first shown: the page cannot open before,
        # and the History page's modules stay unloaded while it waits in the tray.
        timers = timers or Timers(clock)
        self._prepare_timer = timers.timer("history: read the page ahead", self)
        self._prepare_timer.timeout.connect(self.prepare)
        if pages.isVisible():
            self._prepare_timer.start_in(PREPARE_DELAY_SECONDS)
        else:
            pages.window().installEventFilter(self)
        # The app may run for days in the background for reminders: look for a new day's backup hourly.
        self._backup_timer = timers.timer("history: daily backup", self)
        self._backup_timer.timeout.connect(self._backup)
        self._backup_timer.start_in(BACKUP_EVERY_SECONDS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:  # the window, shown for the first time
            watched.removeEventFilter(self)
            self._prepare_timer.start_in(PREPARE_DELAY_SECONDS)
        return False

    # -- the file -------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Read the History page's views ahead on the history thread (after a change, say)."""

        today, views = self.clock.now().date(), self._views
        self.bridge.ask(lambda store: views.prepare(store, today))

    def _backup(self) -> None:
        self._backup_timer.start_in(BACKUP_EVERY_SECONDS)
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
            fill(
                tr(
                    "History cannot be saved right now: %1. "
                    "The session goes on, and what was saved before is safe."
                ),
                problem,
            )
        )

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
            page.function_view.ask.connect(lambda: self.function.ask())
            page.temperature_view.ask.connect(lambda: self.temperatures.ask())
            page.temperature_view.set_offered(self.settings.flag("foot_thermometer"))
            self._thermometer = lambda on: page.temperature_view.set_offered(bool(on))
            self.settings.observe("foot_thermometer", self._thermometer)
            self.pages.addWidget(page)
            self._page = page
        return self._page

    def let_go_of_page(self) -> None:
        """The page goes (built again in new words when next shown); the history stays open."""
        page, self._page = self._page, None
        if page is not None:
            self.settings.unobserve("foot_thermometer", self._thermometer)
            self.pages.removeWidget(page)
            page.deleteLater()

    def show(self) -> None:
        self._previous = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.page)
        self.page.show_notice(
            self.problem and fill(tr("History cannot be saved right now: %1."), self.problem)
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

    def _saved_to_history(self) -> None:
        """New answers or a new reading are in the history: the page reads them again."""
        self.prepare()
        if self._page is not None and self.pages.currentWidget() is self._page:
            self.refresh()

    def _on_goal(self, goal: int) -> None:
        self.settings.set("weekly_goal", goal)
        if self.page.view is not None:
            self.page.show_view(self.page.view, goal)

    # -- exports --------------------------------------------------------------------------------

    def _choose_file(self, kind: str) -> None:
        self.dialog = ask_where_to_save(
            self.page,
            tr("Save your history") if kind == "csv" else tr("Save the report"),
            tr("CSV files (*.csv)") if kind == "csv" else tr("PDF files (*.pdf)"),
            history_export.suggested_name(kind, self.clock.now()),
            lambda path: self.export(kind, path),
        )

    def export(self, kind: str, out: Path, done: Callable[[str], None] | None = None) -> None:
        """Save the history ("csv") or the clinician's report ("pdf") to ``out``; ``done`` hears how."""
        history_export.export(self.bridge, self.tasks, self.clock, self.page, kind, out, done, self.settings)

    # -- markers and details --------------------------------------------------------------------

    def _ask_marker(self) -> None:
        from neuroguide.ui.dialogs.marker import MarkerDialog

        dialog = MarkerDialog(self.page, self.add_marker)
        self.dialog = dialog
        dialog.open()

    def add_marker(self, day: date, label: str) -> None:
        self.bridge.ask(lambda store: store.add_marker(day, label), lambda _id: self.refresh())

    def show_session(self, session_id: int) -> None:
        self.bridge.ask(lambda store: store.session(session_id), self._show_details)

    def _show_details(self, record: SessionRecord | None) -> None:
        if record is None:
            return
        from neuroguide.ui.dialogs.details import DetailsDialog

        dialog = DetailsDialog(record, self.page)
        self.dialog = dialog
        dialog.open()

    def close(self) -> Future[None]:
        """Stop looking ahead and close the history; returns at once, done once the file is closed."""
        self._backup_timer.stop()
        self._prepare_timer.stop()
        if self.function.dialog is not None:  # another person's now: their answers would go nowhere
            self.function.dialog.reject()
        self.temperatures.close()
        self.tasks.shutdown()  # a report being printed is finished first
        return self.bridge.close()
