"""Accessibility figures: every page and dialog walked as a screen reader walks it (Qt's QAccessible tree),
at 100% and 200% text.

- interactive controls found, and those without a name (target 0);
- the smallest target, in logical px (target 44 or more);
- the time to walk the whole tree of each view.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.a11y_walk


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QWidget

    from neuroguide.core.clock import FakeClock
    from neuroguide.ui import style
    from tests.a11y_walk import controls, every_view

    app = QApplication([])
    base = QFont(app.font())
    kept: list[QWidget] = []
    print("accessibility tree, every page and dialog")
    print(
        f"{'text size':<11}{'views':>6}{'controls':>10}{'unnamed':>9}{'smallest':>10}{'walk (all views)':>18}"
    )
    for scale in (1.0, 2.0):
        font = QFont(base)
        font.setPointSizeF(max(base.pointSizeF(), style.MIN_BODY_POINTS) * scale)
        app.setFont(font)
        style.apply(app)
        with tempfile.TemporaryDirectory() as folder:
            views = found = unnamed = 0
            smallest = 10_000
            walking = 0.0
            for _name, view in every_view(Path(folder), FakeClock(), kept.append):
                app.processEvents()
                started = time.perf_counter()
                listed = controls(view)
                walking += time.perf_counter() - started
                views += 1
                found += len(listed)
                unnamed += sum(1 for control in listed if not control.name)
                smallest = min([smallest, *(min(c.width, c.height) for c in listed)])
            for widget in kept:
                widget.close()
            kept.clear()
        print(
            f"{round(scale * 100)}%{'':<7}{views:>6}{found:>10}{unnamed:>9}{smallest:>7} px"
            f"{walking * 1000:>15.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
