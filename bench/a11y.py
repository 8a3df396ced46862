"""Accessibility figures: every page and dialog walked as a screen reader walks it (Qt's QAccessible
tree), in each theme at 100% and 200% text.

- interactive controls found, and those without a name (target 0);
- the smallest target, in logical px (target 44 or more);
- views with words cut off, squeezed or overlapping controls, and Tab out of reading order (target 0);
- the lowest contrast of text, and of focus rings and lines, per theme (4.5:1 and 3:1; 7:1 for text
  in high contrast);
- the time to walk the whole tree of each view.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.a11y_walk
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for summary
from quiet import hush_offscreen_notices
from summary import record


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from neuroguide.core.clock import FakeClock
    from neuroguide.core.contrast import ratio
    from neuroguide.ui.kit import style
    from tests.a11y_walk import controls, every_view
    from tests.layout_check import layout_problems, tab_order_problems

    app = QApplication([])
    hush_offscreen_notices()
    kept: list[QWidget] = []
    print("accessibility tree, every page and dialog")
    print(
        f"{'theme':<10}{'text':>6}{'views':>6}{'controls':>10}{'unnamed':>9}{'smallest':>10}"
        f"{'clipped':>9}{'tab order':>11}{'walk (all views)':>18}"
    )
    for theme in style.THEMES.values():
        for percent in (100, 200):
            style.apply(app, theme, percent)
            with tempfile.TemporaryDirectory() as folder:
                views = found = unnamed = clipped = out_of_order = 0
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
                    clipped += bool(layout_problems(view))
                    out_of_order += bool(tab_order_problems(view))
                for widget in kept:
                    widget.close()
                kept.clear()
            print(
                f"{theme.name:<10}{percent:>5}%{views:>6}{found:>10}{unnamed:>9}{smallest:>7} px"
                f"{clipped:>9}{out_of_order:>11}{walking * 1000:>15.1f} ms"
            )
            where = f"a11y, {theme.name} {percent}%"
            record(f"{where}: unnamed controls", unnamed, "", budget=0, budget_is_ratio=False)
            record(f"{where}: views clipped or sideways", clipped, "", budget=0, budget_is_ratio=False)
            record(f"{where}: views with Tab out of order", out_of_order, "", budget=0, budget_is_ratio=False)
            record(f"{where}: walking every view", walking * 1000, "ms")
    print()
    print(f"{'theme':<10}{'lowest text contrast':>32}{'lowest focus/line contrast':>36}")
    for theme in style.THEMES.values():
        pairs = style.contrast_pairs(theme)
        text = min((ratio(front, back), what) for what, front, back, least in pairs if least >= 4.5)
        shapes = min((ratio(front, back), what) for what, front, back, least in pairs if least < 4.5)
        least = 7.0 if theme is style.HIGH_CONTRAST else 4.5
        print(
            f"{theme.name:<10}{text[0]:>8.2f}:1 (min {least:g}) {text[1][:20]:<20}"
            f"{shapes[0]:>8.2f}:1 (min 3) {shapes[1][:24]}"
        )
        record(f"a11y, {theme.name}: lowest text contrast (min {least:g})", text[0], ":1")
        record(f"a11y, {theme.name}: lowest focus/line contrast (min 3)", shapes[0], ":1")
    style.apply(app, style.LIGHT, 100)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
