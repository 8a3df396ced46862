"""The ``neuroguide`` command: the window by default, and subcommands for routine authors and support.

Qt is imported only when the window opens, so the subcommands start fast and work without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide import APP_NAME, __version__
from neuroguide.datadir import default_data_dir, load_routine_library

if TYPE_CHECKING:
    from neuroguide.core.library import Library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuroguide",
        description=f"{APP_NAME}: guided hand and foot self-massage for people with peripheral neuropathy.",
        epilog="With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="use this folder for settings, your own routines and history (default: your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check routine files and folders; list every problem")
    validate.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a routine .toml file or a folder"
    )

    routines = commands.add_parser("routines", help="list the routines the app loads")
    routines.add_argument("--json", action="store_true", help="print JSON instead of a table")

    commands.add_parser(
        "doctor",
        help="check what works here: data folder, routines, speech engine and voices, sound, display",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command == "validate":
        return validate(args.paths)
    if args.command == "routines":
        return list_routines(load_routine_library(data_dir), as_json=args.json)
    if args.command == "doctor":
        from neuroguide import doctor

        return doctor.run(data_dir)
    from neuroguide.ui.app import run  # the window: only now is Qt loaded

    return run(data_dir)


def validate(paths: Sequence[Path]) -> int:
    from neuroguide.core.library import load_library
    from neuroguide.resources import illustration_bases

    library = load_library(paths, illustration_bases(), missing_ok=False)
    for problem in library.problems:
        print(problem)
    count = len(library.routines)
    if library.problems:
        print(f"{len(library.problems)} problem(s) found; {count} routine(s) valid.", file=sys.stderr)
        return 1
    print(f"{count} routine(s) valid.", file=sys.stderr)
    return 0


def list_routines(library: Library, as_json: bool) -> int:
    rows = [
        {
            "id": routine.id,
            "title": routine.title,
            "area": routine.area,
            "performer": routine.performer,
            "minutes": round(routine.total_seconds / 60, 1),
            "steps": len(routine.plan()),
            "file": routine.origin,
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

if __name__ == "__main__":
    sys.exit(main())
