"""The ``neuroguide`` command: the window by default, and subcommands for routine authors and support.

Qt is imported only when the window opens, so the subcommands start fast and work without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from neuroguide.cli.parser import build_parser
from neuroguide.system.datadir import default_data_dir

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Each command imports what it needs when it runs: the window's start (no command) loads
    nothing of the history or the routines before its first paint. A system library Qt needs and
    does not find is said plainly."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except ImportError as error:
        from neuroguide.system.system_libraries import missing_library_words

        words = missing_library_words(error)
        if words is None:
            raise
        print(words, file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.install_desktop_entry or args.remove_desktop_entry:
        from neuroguide.cli import desktop_entry

        return desktop_entry.install() if args.install_desktop_entry else desktop_entry.remove()
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command in ("validate", "routines"):
        from neuroguide.cli.routines import list_routines, validate
        from neuroguide.system.datadir import load_routine_library

        if args.command == "validate":
            return validate(args.paths)
        return list_routines(load_routine_library(data_dir), as_json=args.json, language=_language(args.lang))
    if args.command == "history":
        return _history(args, data_dir)
    if args.command == "reminder":
        from neuroguide.cli.reminder import write_ics

        return write_ics(data_dir, args.out)
    if args.command == "safety":
        from neuroguide.cli import safety_review

        return safety_review.run(args, data_dir)
    if args.command == "doctor":
        from neuroguide.cli import doctor

        return doctor.run(data_dir)
    from neuroguide.ui.shell import run  # the window: only now is Qt loaded

    return run(data_dir, background=args.background, language=args.lang or "")


def _history(args: Any, data_dir: Path) -> int:
    from neuroguide.cli.history import check_history, export_history, import_history

    if args.history_command == "import":
        return import_history(data_dir, args.file)
    if args.history_command == "check":
        return check_history(data_dir)
    if args.history_command == "summary":
        from neuroguide.cli.history_summary import summary

        return summary(data_dir, args.person, args.since, args.until, args.json)
    return export_history(
        data_dir,
        args.format,
        args.out,
        args.since,
        args.until,
        visit=args.visit,
        paper=args.paper,
        language=args.lang or "",
    )


def _language(chosen: str | None) -> str:
    """The language asked for with --lang, or the environment's (LANG and the like)."""
    import os

    from neuroguide.core.languages import language_of_environment

    return chosen or language_of_environment(os.environ)


if __name__ == "__main__":
    sys.exit(main())
