"""One table of every figure bench/run measured: figure, value, reference, ratio, budget, met.

Each benchmark calls ``record`` for its figures; when bench/run has set NEUROGUIDE_BENCH_SUMMARY to a
file, they are added to it as JSON lines, and ``python bench/summary.py FILE`` prints the table.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SUMMARY = "NEUROGUIDE_BENCH_SUMMARY"


def record(
    figure: str,
    value: float,
    unit: str,
    reference: float | None = None,
    budget: float | None = None,
    budget_is_ratio: bool = True,
) -> None:
    """Keep one figure: ``budget`` is a ratio to ``reference`` or, with ``budget_is_ratio`` False, a
    value in ``unit`` not to exceed."""
    path = os.environ.get(SUMMARY)
    if not path:
        return
    row = {"figure": figure, "value": value, "unit": unit, "reference": reference}
    row |= {"budget": budget, "ratio_budget": budget_is_ratio}
    with Path(path).open("a", encoding="utf-8") as file:
        file.write(json.dumps(row) + "\n")


def verdict(row: dict[str, object]) -> tuple[str, str]:
    """(the budget in words, whether it was met: yes, NO, or - when there is none)."""
    value, unit, reference, budget = row["value"], str(row["unit"]), row["reference"], row["budget"]
    if budget is None:
        return "-", "-"
    if row["ratio_budget"]:
        ratio = float(value) / float(reference) if reference else None  # type: ignore[arg-type]
        return f"{budget:g}x", "yes" if ratio is not None and ratio <= float(budget) else "NO"  # type: ignore[arg-type]
    return f"{budget:g} {unit}", "yes" if float(value) <= float(budget) else "NO"  # type: ignore[arg-type]


def table(rows: list[dict[str, object]]) -> str:
    lines = [f"{'figure':<46}{'value':>12}{'reference':>12}{'ratio':>8}{'budget':>11}  met"]
    for row in rows:
        value, unit, reference = float(row["value"]), str(row["unit"]), row["reference"]  # type: ignore[arg-type]
        shown_reference = f"{float(reference):.1f} {unit}" if reference else "-"  # type: ignore[arg-type]
        shown_ratio = f"{value / float(reference):.2f}" if reference else "-"  # type: ignore[arg-type]
        limit, met = verdict(row)
        lines.append(
            f"{str(row['figure'])[:45]:<46}{value:>9.2f} {unit:<2}{shown_reference:>12}{shown_ratio:>8}"
            f"{limit:>11}  {met}"
        )
    return "\n".join(lines)


def main() -> int:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line]
    print("summary: every figure above, with its budget")
    print(table(rows))
    missed = [row["figure"] for row in rows if verdict(row)[1] == "NO"]
    print(f"{len(rows)} figures, {len(missed)} over budget" + (f": {', '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
