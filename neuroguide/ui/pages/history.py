"""The History page: "is this helping me?", answered with the person's own records.

A calendar with session days marked, the run of days framed kindly, sessions this week against the
person's own goal (the sessions that count: finished, or at least half done; ``core.counting``), the
chart of symptom scores with their markers, and a table of sessions.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neuroguide.core.translation import fill, tr
from neuroguide.store.history import SessionRecord
from neuroguide.store.history_view import HistoryView
from neuroguide.ui.kit import style
from neuroguide.ui.kit.icons import calendar_arrows
from neuroguide.ui.kit.steady import steady
from neuroguide.ui.kit.widgets import (
    Button,
    FlowLayout,
    one_of,
    page_header,
    scrolling,
    side_by_side,
    text_label,
)
from neuroguide.ui.pages.function_view import FunctionView
from neuroguide.ui.pages.history_chart import ChartPanel
from neuroguide.ui.pages.history_table import SessionTable, fit_columns
from neuroguide.ui.pages.history_words import period_words, run_words, week_words
from neuroguide.ui.pages.temperature_view import TemperatureView

THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)


class HistoryPage(QWidget):
    leave = Signal()
    period_changed = Signal(str)
    export_csv = Signal()
    export_report = Signal()
    add_marker = Signal()
    open_session = Signal(int)
    goal_changed = Signal(int)
    more_requested = Signal()

    def __init__(self, goal: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.view: HistoryView | None = None
        self._goal_shown = goal
        self._marked_days: dict[date, int] | None = None
        self._tried_days: dict[date, int] = {}
        self.period = "6m"
        # Everything scrolls when large text needs more room than the window has; nothing overlaps.
        inner = QWidget()
        inner.setObjectName("page")
        scroll = scrolling(inner, tr("Your history"))
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll)
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)

        top, self.back_button = page_header(
            tr("Your history"), tr("Routines"), tr("Back to the routines"), self.leave
        )
        outer.addLayout(top)
        outer.addLayout(self._build_actions())
        self.notice = text_label("", "small")
        self.notice.setObjectName("notice")
        self.notice.hide()
        outer.addWidget(self.notice)

        middle = side_by_side(inner)  # one above the other when the text is large
        middle.setSpacing(16)
        middle.addLayout(self._build_calendar_column(goal), 0)
        middle.addLayout(self._build_chart_column(), 1)
        outer.addLayout(middle, 3)
        self.function_view = FunctionView()  # how daily life is going: the weekly answers
        outer.addWidget(self.function_view)
        self.temperature_view = TemperatureView()  # foot skin temperatures, with a thermometer
        outer.addWidget(self.temperature_view)
        self._build_table(outer)
        self._apply_theme()

    def _build_actions(self) -> FlowLayout:
        actions = FlowLayout()
        self.marker_button = Button(tr("Add a marker…"), icon="marker")
        self.csv_button = Button(tr("Export CSV…"), icon="export")
        self.report_button = Button(tr("Report for my clinician…"), primary=True, icon="report")
        for button, signal in (
            (self.marker_button, self.add_marker),
            (self.csv_button, self.export_csv),
            (self.report_button, self.export_report),
        ):
            button.clicked.connect(signal)
            actions.addWidget(button)
        return actions

    def _build_calendar_column(self, goal: int) -> QVBoxLayout:
        """The calendar with its session days, the run of days, and the week against the goal."""
        left = QVBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(tr("Calendar of sessions"))
        self.calendar.setMinimumSize(340, 280)
        name_calendar_buttons(self.calendar)
        self.calendar.currentPageChanged.connect(self._mark_month)
        self._theme_shown: style.Theme | None = None
        left.addWidget(self.calendar)
        self.run_label = text_label("", "lead")
        self.run_label.setAccessibleDescription(tr("Days in a row"))
        left.addWidget(self.run_label)
        self.week_label = text_label("")
        self.week_label.setAccessibleDescription(tr("This week"))
        left.addWidget(self.week_label)
        goal_row = QHBoxLayout()
        goal_label = text_label(tr("Your goal:"))
        goal_label.setWordWrap(False)
        goal_row.addWidget(goal_label)
        self.goal = steady(QSpinBox())
        self.goal.setRange(1, 14)
        self.goal.setValue(goal)
        self.goal.setSuffix(tr(" sessions a week"))
        self.goal.setMinimumHeight(style.MIN_TARGET)
        self.goal.setAccessibleName(tr("Your goal, sessions a week"))
        goal_label.setBuddy(self.goal)
        self.goal.editingFinished.connect(lambda: self.goal_changed.emit(self.goal.value()))
        goal_row.addWidget(self.goal, 1)
        left.addLayout(goal_row)
        left.addStretch(1)
        return left

    def _build_chart_column(self) -> QVBoxLayout:
        """The periods to choose from, the chart of scores, and the period in words."""
        right = QVBoxLayout()
        periods = FlowLayout()
        self.period_group, self.period_buttons = one_of(
            self,
            (("3m", tr("3 months")), ("6m", tr("6 months")), ("1y", tr("A year")), ("all", tr("All"))),
            lambda words: fill(tr("Show %1"), words),
        )
        for key, choice in self.period_buttons.items():
            choice.clicked.connect(lambda _checked=False, key=key: self._choose_period(key))
            periods.addWidget(choice)
        self.period_buttons[self.period].setChecked(True)
        right.addLayout(periods)
        self.chart_panel = ChartPanel()  # the line of what it shows, the choices, the chart
        self.chart = self.chart_panel.chart
        right.addWidget(self.chart_panel, 1)
        self.summary = text_label("", muted=True)
        self.summary.setAccessibleDescription(tr("Summary of the period"))
        right.addWidget(self.summary)
        return right

    def _build_table(self, outer: QVBoxLayout) -> None:
        """The sessions, newest first, and the way to older ones."""
        self.table_model = SessionTable()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(tr("Sessions"))
        self.table.setTabKeyNavigation(False)  # the arrows move between cells; Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(style.MIN_TARGET)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._on_activated)  # Enter or double-click
        self.table.setMinimumHeight(6 * style.MIN_TARGET)
        outer.addWidget(self.table, 2)
        more_row = QHBoxLayout()
        self.shown_label = text_label("", "small", muted=True)
        more_row.addWidget(self.shown_label, 1)
        self.more_button = Button(tr("Show older sessions"))
        self.more_button.clicked.connect(self.more_requested)
        more_row.addWidget(self.more_button)
        outer.addLayout(more_row)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in THEME_EVENTS:
            self._apply_theme()

    def _apply_theme(self) -> None:
        """Colours Qt's style sheet does not reach: the chart and the calendar's day formats."""
        theme = style.theme()
        if theme is self._theme_shown:
            return
        self._theme_shown = theme
        self.chart_panel.apply_theme(theme)
        calendar_arrows(self.calendar, theme.on_accent)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(QColor(theme.text)))
        for day in Qt.DayOfWeek:
            self.calendar.setWeekdayTextFormat(day, plain)
        header = QTextCharFormat(plain)
        header.setBackground(QBrush(QColor(theme.background)))
        self.calendar.setHeaderTextFormat(header)
        self._mark_month(self.calendar.yearShown(), self.calendar.monthShown())

    def _choose_period(self, key: str) -> None:
        self.period = key
        self.period_buttons[key].setChecked(True)
        self.period_changed.emit(key)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session.emit(self.table_model.records[index.row()].id)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_view(self, view: HistoryView, goal: int) -> None:
        if view is self.view and goal == self._goal_shown:
            return  # the same prepared view: the page shows it already
        self.view, self._goal_shown = view, goal
        self.calendar.setSelectedDate(QDate(view.today.year, view.today.month, view.today.day))
        self._mark_calendar(view.days, view.tried)
        today = view.today
        self.run_label.setText(run_words(view.run, bool(view.days.get(today)), bool(view.tried.get(today))))
        self.week_label.setText(week_words(view.days, today, goal, view.tried))
        self.chart_panel.show_data(view.chart, view.markers, today)
        self.summary.setText(period_words(view.total, view.finished, view.counted))
        self.table_model.set_records(view.records, view.cells)
        fit_columns(self.table, self.table_model)
        self._show_count()
        self.function_view.show_answers(view.function)
        self.temperature_view.show_readings(view.temperatures, view.today)

    def add_older(self, records: list[SessionRecord]) -> None:
        self.table_model.add_records(records)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = len(self.table_model.records), self.view.total if self.view else 0
        words = fill(tr("Showing the newest %1 of %2 sessions."), str(shown), str(total))
        self.shown_label.setText(words if total else "")
        self.more_button.setVisible(shown < total)

    def _mark_calendar(self, days: dict[date, int], tried: dict[date, int]) -> None:
        if (days, tried) == (self._marked_days, self._tried_days):
            return  # another period of the same history: the calendar is right already
        self._marked_days, self._tried_days = dict(days), dict(tried)
        self._mark_month(self.calendar.yearShown(), self.calendar.monthShown())

    def _mark_month(self, year: int, month: int) -> None:
        """Mark the session days of the month on show (and the days of its neighbours it shows), so a
        long history costs no more than a short one; turning the page marks the next month. A day
        with a session that counts is filled in; one with only sessions that ended too early to count
        is underlined, shown but not made to look done."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the old marks
        marked = QTextCharFormat()
        marked.setBackground(QBrush(QColor(style.theme().accent_soft)))
        marked.setForeground(QBrush(QColor(style.theme().accent_text)))
        marked.setFontWeight(QFont.Weight.Bold)
        tried = QTextCharFormat()
        tried.setFontUnderline(True)
        first = date(year, month, 1)
        for day in (first + timedelta(days=offset) for offset in range(-7, 45)):
            shown = (
                marked if (self._marked_days or {}).get(day) else tried if self._tried_days.get(day) else None
            )
            if shown is not None:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), shown)


def name_calendar_buttons(calendar: QCalendarWidget) -> None:
    """Qt's calendar leaves its month arrows and its grid of days unnamed, and the arrows small; give
    them names, and the arrows full-size targets."""
    names = {
        "qt_calendar_prevmonth": tr("Previous month"),
        "qt_calendar_nextmonth": tr("Next month"),
        "qt_calendar_monthbutton": tr("Choose the month"),
        "qt_calendar_yearbutton": tr("Choose the year"),
    }
    from neuroguide.ui.kit.icons import icon

    side = round(style.body_points() * 1.6)  # the app's own arrows, as large as the text
    arrows = {"qt_calendar_prevmonth": "back", "qt_calendar_nextmonth": "next"}
    for object_name, name in names.items():
        button = calendar.findChild(QToolButton, object_name)
        if button is not None:
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setMinimumSize(style.MIN_TARGET, style.MIN_TARGET)
            if object_name in arrows:
                ratio = (calendar.devicePixelRatioF(),)
                button.setIcon(icon(arrows[object_name], style.theme().on_accent, (side,), ratio))
                button.setIconSize(QSize(side, side))
    days = calendar.findChild(QTableView, "qt_calendar_calendarview")
    if days is not None:
        days.setAccessibleName(
            tr(
                "Days of the month; days with a session that counts are marked, days with one that "
                "ended early are underlined"
            )
        )
