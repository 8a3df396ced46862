"""History at scale: twenty years of sessions (about 15,000, with steps and check-ins), generated.

- the History page opening with its chart and table drawn, against the same with an empty history
  (budget 1.5x): the first opening after start-up (the page built), and choosing a period on the open
  page; both the default six months and the whole twenty years. The views are read ahead on the history
  thread as the app does; reading one without that is reported too;
- CSV export of everything (budget 2 s); the clinician's PDF for a year;
- the database's size on disk.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.history_seed
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from quiet import hush_offscreen_notices
from summary import record

END = datetime(2026, 11, 20, 9, 0).astimezone()
RUNS = 5


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.store.database import FILE_NAME
    from neuroguide.store.export import write_csv
    from neuroguide.store.history import HistoryStore
    from neuroguide.ui.history_controller import HistoryController
    from neuroguide.ui.kit import style
    from neuroguide.ui.pages.history_view import read_view
    from neuroguide.ui.print.report import write_report
    from tests.history_seed import seed

    app = QApplication(sys.argv[:1])
    hush_offscreen_notices()
    style.apply(app)

    def wait(condition: Callable[[], bool], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition() and time.monotonic() < deadline:
            QTimer.singleShot(1, loop.quit)
            loop.exec()

    def settle() -> None:
        """Let Qt lay out and paint what changed, then paint the whole window once more, so the
        figure includes the chart and the table drawn, not only handed over."""
        for _ in range(3):
            QApplication.processEvents()

    def page_ms(data_dir: Path, period: str) -> tuple[float, float, float]:
        """(opening the page the first time after start-up, opening it again later, switching to
        ``period`` on the open page): medians, each from the click to the page painted, its view read
        ahead as the app does."""
        first, again, switch = [], [], []
        other = "3m" if period != "3m" else "6m"
        for _ in range(RUNS):
            pages = QStackedWidget()
            pages.resize(1100, 760)
            pages.addWidget(QLabel("routines"))
            pages.show()
            settle()
            controller = HistoryController(
                HistoryBridge(data_dir), Settings(None), FakeClock(END), pages, print
            )
            controller.bridge.worker.opened.result()
            controller.prepare()  # as the app does after start-up and after each change
            controller.bridge.ask(lambda store: None).result()
            started = time.perf_counter()
            controller.page.period = period
            controller.show()
            wait(lambda c=controller: c.page.view is not None)  # type: ignore[misc]
            settle()
            pages.repaint()
            first.append(1000 * (time.perf_counter() - started))
            pages.setCurrentIndex(0)  # back to the routines, then History again
            settle()
            started = time.perf_counter()
            controller.show()
            wait(lambda c=controller: c.page.view is not None)  # type: ignore[misc]
            settle()
            pages.repaint()
            again.append(1000 * (time.perf_counter() - started))
            previous = controller.page.view
            controller.page.period_buttons[other].click()
            wait(lambda c=controller, p=previous: c.page.view is not p)  # type: ignore[misc]
            settle()
            shown = controller.page.view
            started = time.perf_counter()
            controller.page.period_buttons[period].click()
            wait(lambda c=controller, s=shown: c.page.view is not s)  # type: ignore[misc]
            settle()
            pages.repaint()
            switch.append(1000 * (time.perf_counter() - started))
            controller.close()
            pages.close()
            pages.deleteLater()
            settle()
        return statistics.median(first), statistics.median(again), statistics.median(switch)

    def cold_ms(data_dir: Path, period: str) -> float:
        """Reading the view without it read ahead: the history thread's part alone."""
        with HistoryStore(data_dir) as store:
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                read_view(store, END.date(), period)
                times.append(1000 * (time.perf_counter() - started))
        return statistics.median(times)

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
        rows = []
        for period, words in (("6m", "six months"), ("all", "twenty years")):
            base_ms = page_ms(empty, period)
            loaded = page_ms(full, period)
            rows.append((f"History page opened, {words}", loaded[0], base_ms[0], 1.5))
            rows.append((f"  opened again, {words}", loaded[1], base_ms[1], 1.5))
            rows.append((f"  another period chosen, {words}", loaded[2], base_ms[2], 0))
        year_first = page_ms(one_year, "6m")[0]
        cold = [(words, cold_ms(full, period)) for period, words in (("6m", "six months"), ("all", "all"))]
        with HistoryStore(full) as store:
            started = time.perf_counter()
            records = store.sessions()
            write_csv(records, full / "all.csv")
            csv_seconds = time.perf_counter() - started
            year = store.sessions(END.date() - timedelta(days=364), END.date())
            markers = store.markers()
        started = time.perf_counter()
        write_report(year, markers, END.date() - timedelta(days=364), END.date(), full / "year.pdf", END)
        pdf_seconds = time.perf_counter() - started
        started = time.perf_counter()
        write_report(records, markers, records[0].day, END.date(), full / "all.pdf", END)
        all_pdf_seconds = time.perf_counter() - started
        csv_mb = (full / "all.csv").stat().st_size / 1e6

    print(f"history: {count} sessions over 20 years (generated in {seeded:.1f} s), {os.cpu_count()} cores")
    print(f"{'figure':<40}{'20 years':>11}{'empty':>10}{'ratio':>8}{'budget':>8}  met")
    for name, value, base, budget in rows:
        ratio = value / base
        if budget:
            met = "yes" if ratio <= budget else "NO"
            print(f"{name:<40}{value:>8.1f} ms{base:>7.1f} ms{ratio:>8.2f}{budget:>7.1f}x  {met}")
        else:
            print(f"{name:<40}{value:>8.1f} ms{base:>7.1f} ms{ratio:>8.2f}  (reported)")
    label = "  opened, six months of one year"
    print(f"{label:<40}{year_first:>8.1f} ms  (the same page over a shorter history)")
    for words, value in cold:
        label = f"  view read without read-ahead, {words}"
        print(f"{label:<40}{value:>8.1f} ms  (on the history thread, when nothing was read ahead)")
    print(f"{'CSV export, every session':<40}{csv_seconds:>9.2f} s{'':>10}{'':>8}{'2 s':>8}  "
          f"{'yes' if csv_seconds < 2 else 'NO'}")  # fmt: skip
    print(f"{'PDF report, one year':<40}{pdf_seconds:>9.2f} s{'':>26}{'5 s':>8}  "
          f"{'yes' if pdf_seconds < 5 else 'NO'}")  # fmt: skip
    print(f"{'PDF report, twenty years':<40}{all_pdf_seconds:>9.2f} s{'':>26}{'5 s':>8}  "
          f"{'yes' if all_pdf_seconds < 5 else 'NO'}")  # fmt: skip
    print(f"{'database size':<40}{size_mb:>8.1f} MB   (CSV {csv_mb:.1f} MB)")
    for name, value, base, budget in rows:
        record(f"history: {name.strip()}", value, "ms", base, budget or None)
    record("history: CSV export, every session", csv_seconds, "s", budget=2, budget_is_ratio=False)
    record("history: PDF report, one year", pdf_seconds, "s", budget=5, budget_is_ratio=False)
    record("history: PDF report, twenty years", all_pdf_seconds, "s", budget=5, budget_is_ratio=False)
    record("history: database size, twenty years", size_mb, "MB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
