"""How this NeuroGuide is started again, wherever it is installed: the log-in entry, the menu entry,
the helper processes and the messages that name a command all ask here.

The ways it is installed differ in what ``sys.executable`` is:

- the bundle (and the .deb, which puts it in /opt/neuroguide): the bundle's own program, which has no
  ``-m``; it runs a module given ``--run-module`` (packaging/bundle_main.py);
- a wheel (pip, pipx) or the project's own ``.venv``: a Python, with the ``neuroguide`` command beside it;
- a checkout run as ``python -m neuroguide`` with nothing installed: only that Python.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

COMMAND = "neuroguide"
RUN_MODULE = "--run-module"  # the bundle's own way of running a module, as ``python -m`` does


def frozen() -> bool:
    """True in the self-contained bundle (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def module_command(module: str) -> list[str]:
    """A command that runs ``module`` as a program, in this same installation."""
    if frozen():
        return [sys.executable, RUN_MODULE, module]
    return [sys.executable, "-m", module]


def on_path_as(program: Path) -> str | None:
    """``neuroguide`` when PATH finds that very ``program`` (a link to it counts), else None."""
    found = shutil.which(COMMAND)
    if found and Path(found).resolve() == program.resolve():
        return found
    return None


def launcher() -> list[str]:
    """The command that starts this installation, as absolute paths where the entries that name it
    (log-in, menu) must not depend on PATH. The .deb's /usr/bin/neuroguide is named rather than the
    bundle behind it, so an entry stays right when an upgrade moves the bundle."""
    if frozen():
        program = Path(sys.executable)
        return [on_path_as(program) or str(program)]
    beside = Path(sys.executable).parent / COMMAND  # a venv's or pipx's console script
    if beside.is_file():
        return [str(beside)]
    return [sys.executable, "-m", "neuroguide"]


def this_command() -> str:
    """This program as a person types it in a shell: ``neuroguide`` where PATH finds this very one,
    else its full path (``.venv/bin/neuroguide`` after the quick start), else Python running the
    package."""
    program = Path(sys.argv[0])
    if program.name == COMMAND and program.is_file():
        return COMMAND if on_path_as(program) else shlex.quote(str(program.absolute()))
    return shlex.join(launcher())
