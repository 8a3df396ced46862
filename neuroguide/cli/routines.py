"""``neuroguide validate`` and ``neuroguide routines``: for people who write routine files."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from neuroguide.core.library import Library


def validate(paths: Sequence[Path]) -> int:
    """Routine files and folders, and translation files (.ts): every problem, one a line."""
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir
    from neuroguide.core.translation_check import ts_problems

    translations = [path for path in paths if path.suffix == ".ts"]
    said = [words for path in translations for words in ts_problems(path)]
    for words in said:
        print(words)
    valid = sum(1 for path in translations if not any(words.startswith(f"{path}:") for words in said))
    if len(translations) == len(paths):
        print(f"{len(said)} problem(s) found; {valid} translation file(s) valid.", file=sys.stderr)
        return 1 if said else 0
    # The app reads the shipped routines first, so a file reusing one of their ids is refused there.
    shipped = load_library([routines_dir()], illustration_bases())
    taken = {routine.id: routine.origin for routine in shipped.routines}
    routine_paths = [path for path in paths if path.suffix != ".ts"]
    library = load_library(routine_paths, illustration_bases(), missing_ok=False, taken=taken)
    for problem in library.problems:
        print(problem)
    count = len(library.routines)
    if library.problems or said:
        found = len(library.problems) + len(said)
        print(f"{found} problem(s) found; {count} routine(s) valid.", file=sys.stderr)
        return 1
    print(f"{count} routine(s) valid.", file=sys.stderr)
    return 0


def list_routines(library: Library, as_json: bool, language: str = "en") -> int:
    from neuroguide.core.content_words import library_in, load_content_words
    from neuroguide.core.files import printable  # titles and file names come from files
    from neuroguide.core.resources import translations_dir

    library = library_in(load_content_words(translations_dir(), language), library)

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
