"""The self-contained bundle's program (PyInstaller's entry script): NeuroGuide's command line, and
``--run-module MODULE`` for the helper processes it starts (the speech worker, the player), as
``python -m MODULE`` would run them (neuroguide/system/installed_command.py)."""

from __future__ import annotations

import os
import runpy
import sys

from neuroguide.system.installed_command import RUN_MODULE


def leave_the_environment_as_found() -> None:
    """PyInstaller's start points LD_LIBRARY_PATH at the bundle's libraries. A program started from
    here (xdg-open and the browser it opens for a Learn link) would inherit it and load this bundle's
    OpenSSL or Qt in place of its own, so it is put back as it was (the dynamic linker read it once,
    as this process started). PyInstaller's own _PYI_* variables go too: with them, a helper process
    of the bundle would take its environment as already prepared, and start without its libraries."""
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
    for name in [name for name in os.environ if name.startswith("_PYI_")]:
        del os.environ[name]
    bundle = getattr(sys, "_MEIPASS", "")
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        if bundle and os.environ.get(name, "").startswith(bundle):
            del os.environ[name]


def main() -> int:
    if getattr(sys, "frozen", False):
        leave_the_environment_as_found()
    if len(sys.argv) > 2 and sys.argv[1] == RUN_MODULE:
        module = sys.argv[2]
        if not module.startswith("neuroguide."):
            print(f"{RUN_MODULE} runs NeuroGuide's own modules, not {module!r}", file=sys.stderr)
            return 2
        sys.argv = [sys.argv[0], *sys.argv[3:]]  # what the module sees, as under python -m
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from neuroguide.cli import main as neuroguide

    return neuroguide()


if __name__ == "__main__":
    sys.exit(main())
