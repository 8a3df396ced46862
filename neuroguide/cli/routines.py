"""``neuroguide validate`` and ``neuroguide routines``: for people who write routine files."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from neuroguide.core.library import Library


def validate(paths: Sequence[Path]) -> int:
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir

    # The app reads the shipped routines first, so a file reusing one of their ids is refused there.
    shipped = load_library([routines_dir()], illustration_bases())
    taken = {routine.id: routine.origin for routine in shipped.routines}
    library = load_library(paths, illustration_bases(), missing_ok=False, taken=taken)
    for problem in library.problems:
        print(problem)
    count = len(library.routines)
    if library.problems:
        print(f"{len(library.problems)} problem(s) found; {count} routine(s) valid.", file=sys.stderr)
        return 1
    print(f"{count} routine(s) valid.", file=sys.stderr)
    return 0


def list_routines(library: Library, as_json: bool) -> int:
    from neuroguide.core.files import printable  # titles and file names come from files

    rows = [
        {
            "id": routine.id,
            "title": printable(routine.title),
            "area": routine.area,
            "performer": routine.performer,
            "minutes": round(routine.total_seconds / 60, 1),
            "steps": len(routine.plan()),
            "file": printable(routine.origin),
        }
        for routine in library.routines
    ]
    if as_json:
        import json

        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        widths = [max([len(header), *(len(str(row[key])) for row in rows)]) for key, header in _COLUMNS]
        print("  ".join(header.ljust(width) for (_, header), width in zip(_COLUMNS, widths, strict=True)))
        for row in rows:
            print(
                "  ".join(
                    str(row[key]).ljust(width) for (key, _), width in zip(_COLUMNS, widths, strict=True)
                )
            )
    if library.problems:
        print(
            f"{len(library.problems)} problem(s) in routine files were skipped; "
            "run 'neuroguide validate' on the file for details.",
            file=sys.stderr,
        )
    return 0


_COLUMNS = (
    ("id", "ID"),
    ("title", "Title"),
    ("area", "Area"),
    ("performer", "Performer"),
    ("minutes", "Minutes"),
)
