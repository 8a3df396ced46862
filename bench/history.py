"""History at scale: twenty years of sessions (about 15,000, with steps and check-ins), generated.

- the History page opening with its chart and table drawn, against the same with an empty history
  (budget 1.5x): the first opening after start-up (the page built), opening it again, and choosing a
  period on the open page; both the default six months and the whole twenty years, each to the page
  painted with the history thread's answer. The runs over the empty and the full history alternate.
  The views are read ahead on the history thread as the app does; reading one without that is
  reported too;
- CSV export of everything (budget 2 s); the clinician's PDF for a year and for twenty years, made
  as the app makes them (a stretch of sessions at a time; bench/exports.py has their memory);
- the database's size on disk.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.history_seed
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget
from quiet import hush_offscreen_notices
from summary import record

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.store.database import FILE_NAME
from neuroguide.store.export import export_csv
from neuroguide.store.history import HistoryStore
from neuroguide.store.history_view import read_view
from neuroguide.ui.history_controller import HistoryController
from neuroguide.ui.kit import style
from neuroguide.ui.print.report import print_report, read_report
from tests.history_seed import seed

END = datetime(2026, 11, 20, 9, 0).astimezone()
RUNS = 9  # of each side, alternating: the medians hold on a busy machine
Row = tuple[str, float, float, float]  # figure, 20 years, empty, budget (0: reported)
Times = tuple[float, float, float]  # opened, opened again, another period chosen


def wait(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition() and time.monotonic() < deadline:
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def settle() -> None:
    """Let Qt lay out and paint what changed, so the figure includes the chart and the table drawn,
    not only handed over."""
    for _ in range(3):
        QApplication.processEvents()


def answered(controller: HistoryController) -> None:
    """Until the history thread has answered what the page asked when shown (its jobs run in turn:
    once a later one is done, the answer is on its way to the GUI thread), then that answer handled."""
    controller.bridge.ask(lambda store: None).result()
    settle()


def opened(controller: HistoryController, pages: QStackedWidget, period: str) -> tuple[float, float]:
    """(the page opened the first time after start-up, opened again after going back), in ms."""
    started = time.perf_counter()
    controller.page.period = period
    controller.show()
    wait(lambda: controller.page.view is not None)
    answered(controller)
    pages.repaint()
    first = 1000 * (time.perf_counter() - started)
    pages.setCurrentIndex(0)  # back to the routines, then History again
    settle()
    started = time.perf_counter()
    controller.show()
    answered(controller)  # the view is there from before: wait for this opening's answer
    pages.repaint()
    return first, 1000 * (time.perf_counter() - started)


def switched(controller: HistoryController, pages: QStackedWidget, period: str) -> float:
    """Another period chosen on the open page, then ``period`` again: that last choice, in ms."""
    previous = controller.page.view
    controller.page.period_buttons["3m" if period != "3m" else "6m"].click()
    wait(lambda: controller.page.view is not previous)
    settle()
    shown = controller.page.view
    started = time.perf_counter()
    controller.page.period_buttons[period].click()
    wait(lambda: controller.page.view is not shown)
    settle()
    pages.repaint()
    return 1000 * (time.perf_counter() - started)


def page_run(data_dir: Path, period: str) -> Times:
    """One run, each figure from the click to the page painted with the history's answer, its view
    read ahead as the app does."""
    pages = QStackedWidget()
    pages.resize(1100, 760)
    pages.addWidget(QLabel("routines"))
    pages.show()
    settle()
    controller = HistoryController(HistoryBridge(data_dir), Settings(None), FakeClock(END), pages, print)
    controller.bridge.worker.opened.result()
    controller.prepare()  # as the app does after start-up and after each change
    controller.bridge.ask(lambda store: None).result()
    first, again = opened(controller, pages, period)
    switch = switched(controller, pages, period)
    controller.close()
    pages.close()
    pages.deleteLater()
    settle()
    return first, again, switch


def page_ms(folders: list[Path], period: str) -> list[Times]:
    """For each folder, the medians of ``page_run``; the folders' runs alternate, so that any drift
    in the machine's load falls on each alike."""
    runs: list[list[Times]] = [[] for _ in folders]
    for _ in range(RUNS):
        for found, folder in zip(runs, folders, strict=True):
            found.append(page_run(folder, period))
    return [
        (
            statistics.median(run[0] for run in found),
            statistics.median(run[1] for run in found),
            statistics.median(run[2] for run in found),
        )
        for found in runs
    ]


def cold_ms(data_dir: Path, period: str) -> float:
    """Reading the view without it read ahead: the history thread's part alone."""
    with HistoryStore(data_dir) as store:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            read_view(store, END.date(), period)
            times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def report_seconds(folder: Path, since: date) -> float:
    """The clinician's PDF as the app makes it: read a stretch at a time, then drawn and printed
    (here on one thread; in the app the printing runs on a worker thread)."""
    started = time.perf_counter()
    with HistoryStore(folder) as store:
        parts = read_report(store, since, END.date())
    print_report(parts, END, "a4", folder / "report.pdf")
    return time.perf_counter() - started


def page_rows(empty: Path, full: Path) -> list[Row]:
    rows: list[Row] = []
    for period, words in (("6m", "six months"), ("all", "twenty years")):
        base_ms, loaded = page_ms([empty, full], period)
        rows.append((f"History page opened, {words}", loaded[0], base_ms[0], 1.5))
        rows.append((f"  opened again, {words}", loaded[1], base_ms[1], 1.5))
        rows.append((f"  another period chosen, {words}", loaded[2], base_ms[2], 0))
    return rows


def print_rows(rows: list[Row]) -> None:
    print(f"{'figure':<40}{'20 years':>11}{'empty':>10}{'ratio':>8}{'budget':>8}  met")
    for name, value, base, budget in rows:
        ratio = value / base
        if budget:
            met = "yes" if ratio <= budget else "NO"
            print(f"{name:<40}{value:>8.1f} ms{base:>7.1f} ms{ratio:>8.2f}{budget:>7.1f}x  {met}")
        else:
            print(f"{name:<40}{value:>8.1f} ms{base:>7.1f} ms{ratio:>8.2f}  (reported)")
        record(f"history: {name.strip()}", value, "ms", base, budget or None)


def print_seconds(name: str, seconds: float, budget: float) -> None:
    met = "yes" if seconds < budget else "NO"
    print(f"{name:<40}{seconds:>9.2f} s{'':>26}{f'{budget:g} s':>8}  {met}")
    record(f"history: {name}", seconds, "s", budget=budget, budget_is_ratio=False)


def main() -> int:
    app = QApplication(sys.argv[:1])
    hush_offscreen_notices()
    style.apply(app)
    with (
        tempfile.TemporaryDirectory() as empty_dir,
        tempfile.TemporaryDirectory() as year_dir,
        tempfile.TemporaryDirectory() as full_dir,
    ):
        empty, one_year, full = Path(empty_dir), Path(year_dir), Path(full_dir)
        HistoryStore(empty).close()
        seed(one_year, 365, END, per_week=14.5)
        started = time.perf_counter()
        count = seed(full, 20 * 365, END, per_week=14.5)
        seeded = time.perf_counter() - started
        size_mb = (full / FILE_NAME).stat().st_size / 1e6
        rows = page_rows(empty, full)
        year_first = page_ms([one_year], "6m")[0][0]
        cold = [(words, cold_ms(full, period)) for period, words in (("6m", "six months"), ("all", "all"))]
        with HistoryStore(full) as store:
            started = time.perf_counter()
            export_csv(store, full / "all.csv")
            csv_seconds = time.perf_counter() - started
            first_day = store.first_day() or END.date()
        pdf_seconds = report_seconds(full, END.date() - timedelta(days=364))
        all_pdf_seconds = report_seconds(full, first_day)
        csv_mb = (full / "all.csv").stat().st_size / 1e6
    print(f"history: {count} sessions over 20 years (generated in {seeded:.1f} s), {os.cpu_count()} cores")
    print_rows(rows)
    label = "  opened, six months of one year"
    print(f"{label:<40}{year_first:>8.1f} ms  (the same page over a shorter history)")
    for words, value in cold:
        label = f"  view read without read-ahead, {words}"
        print(f"{label:<40}{value:>8.1f} ms  (on the history thread, when nothing was read ahead)")
    print_seconds("CSV export, every session", csv_seconds, 2)
    print_seconds("PDF report, one year", pdf_seconds, 5)
    print_seconds("PDF report, twenty years", all_pdf_seconds, 5)
    print(f"{'database size':<40}{size_mb:>8.1f} MB   (CSV {csv_mb:.1f} MB)")
    record("history: database size, twenty years", size_mb, "MB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
