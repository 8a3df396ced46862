"""History at scale: twenty years of sessions (about 15,000, with steps and check-ins), generated.

- the History page opening with its chart drawn, against the same with an empty history (budget 1.5x);
  both the default six months and the whole twenty years;
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

END = datetime(2026, 11, 20, 9, 0).astimezone()
RUNS = 5


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QStackedWidget

    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.store.database import FILE_NAME
    from neuroguide.store.export import write_csv
    from neuroguide.store.history import HistoryStore
    from neuroguide.ui import style
    from neuroguide.ui.history_bridge import HistoryBridge
    from neuroguide.ui.history_controller import HistoryController
    from neuroguide.ui.report import write_report
    from tests.history_seed import seed

    app = QApplication(sys.argv[:1])
    style.apply(app)

    def wait(condition: Callable[[], bool], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition() and time.monotonic() < deadline:
            QTimer.singleShot(1, loop.quit)
            loop.exec()

    def page_open_ms(data_dir: Path, period: str) -> float:
        """From asking for the page to its chart painted, the history thread doing the reading."""
        pages = QStackedWidget()
        pages.resize(1100, 760)
        pages.show()
        controller = HistoryController(HistoryBridge(data_dir), Settings(None), FakeClock(END), pages, print)
        controller.bridge.worker.opened.result()
        controller.page.period = period
        times = []
        for _ in range(RUNS):
            controller.page.view = None
            started = time.perf_counter()
            controller.show()
            wait(lambda: controller.page.view is not None)
            controller.page.chart_view.repaint()  # the chart drawn, not just handed over
            times.append(1000 * (time.perf_counter() - started))
        controller.close()
        pages.close()
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
            base = page_open_ms(empty, period)
            loaded = page_open_ms(full, period)
            rows.append((f"History page + chart, {words}", loaded, base, 1.5))
        year_ms = page_open_ms(one_year, "6m")
        store = HistoryStore(full)
        started = time.perf_counter()
        records = store.sessions()
        write_csv(records, full / "all.csv")
        csv_seconds = time.perf_counter() - started
        year = store.sessions(END.date() - timedelta(days=364), END.date())
        markers = store.markers()
        store.close()
        started = time.perf_counter()
        write_report(year, markers, END.date() - timedelta(days=364), END.date(), full / "year.pdf", END)
        pdf_seconds = time.perf_counter() - started
        csv_mb = (full / "all.csv").stat().st_size / 1e6

    print(f"history: {count} sessions over 20 years (generated in {seeded:.1f} s), {os.cpu_count()} cores")
    print(f"{'figure':<40}{'20 years':>11}{'empty':>10}{'ratio':>8}{'budget':>8}  met")
    for name, value, base, budget in rows:
        ratio = value / base
        met = "yes" if ratio <= budget else "NO"
        print(f"{name:<40}{value:>8.1f} ms{base:>7.1f} ms{ratio:>8.2f}{budget:>7.1f}x  {met}")
    label = "  six months, with one year of history"
    print(f"{label:<40}{year_ms:>8.1f} ms  (the same page over a shorter history)")
    print(f"{'CSV export, every session':<40}{csv_seconds:>9.2f} s{'':>10}{'':>8}{'2 s':>8}  "
          f"{'yes' if csv_seconds < 2 else 'NO'}")  # fmt: skip
    print(f"{'PDF report, one year':<40}{pdf_seconds:>9.2f} s")
    print(f"{'database size':<40}{size_mb:>8.1f} MB   (CSV {csv_mb:.1f} MB)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
