"""Before the window: is there a display to draw on, the log, and this process's claim on the data
folder (or the running NeuroGuide brought forward instead)."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from neuroguide import APP_NAME
from neuroguide.app.single_instance import SingleInstance
from neuroguide.system.installed_command import this_command

if TYPE_CHECKING:
    from neuroguide.system.folder_lock import FolderLock

NO_DISPLAY = f"""\
{APP_NAME} needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
To run it on a machine without a screen, give it a virtual one{{xvfb}}:
    xvfb-run -a {{command}}
or draw it off screen, with nothing shown:
    QT_QPA_PLATFORM=offscreen {{command}}
The other commands need no display: try '{{command}} --help'."""


def display_problem() -> str | None:
    """Why the window cannot open here, in plain words; None when it can.

    Without this check Qt aborts with a core dump when no X11 or Wayland display is reachable.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    from neuroguide.system.system_libraries import qt_on_x11

    if qt_on_x11():
        return x11_problem()
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return None  # drawn off screen, on Wayland, or a platform asked for by name: Qt says what is wrong
    xvfb = "" if shutil.which("xvfb-run") else " (xvfb-run comes with the xvfb package)"
    return NO_DISPLAY.format(command=this_command(), xvfb=xvfb)


def x11_problem() -> str | None:
    """On X11: the system libraries Qt's X11 platform needs, when some are missing."""
    from neuroguide.system.system_libraries import apt_install, missing_packages

    missing = missing_packages()
    if not missing:
        return None
    return (
        f"{APP_NAME}'s window needs system libraries that are not installed here: {', '.join(missing)}.\n"
        f"Install them (on Debian or Ubuntu: {apt_install(missing)}), then start it again."
    )


def fractional_scaling() -> None:
    """A screen scaled by 125 % or 150 % is drawn at that very ratio, not rounded to 1 or 2 (too small
    or too large for the person's eyes, or blurred): Qt 6's default, set here so no other default
    creeps in. A QT_SCALE_FACTOR_ROUNDING_POLICY set in the environment still wins. Called before the
    QApplication is made."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def start_log(data_dir: Path) -> None:
    """Qt's and Python's messages, warnings and uncaught exceptions go to the capped log of the base
    data folder (every person's window shares it), until the process ends."""
    from neuroguide.app import qt_messages
    from neuroguide.system import logs

    logs.install(data_dir)
    # Qt's handler is put back as Python ends: a message Qt writes while it unloads, after Python has
    # gone, would otherwise call into a Python that is no more, and crash the exit.
    atexit.register(qt_messages.install())


def make_folder(folder: Path, what: str) -> None:
    """Make ``folder`` (private) if it is not there, saying plainly when it cannot be made."""
    from neuroguide.system.datadir import ensure_private_dir

    try:
        ensure_private_dir(folder)
    except OSError as error:
        if not folder.is_dir():  # a folder that is there but read-only is said by write_problem
            print(
                f"{APP_NAME}: the {what} {folder} cannot be used ({error.strerror or error}).",
                file=sys.stderr,
            )


def claim_data_folder(data_dir: Path) -> SingleInstance | None:
    """This process becomes NeuroGuide for ``data_dir``, or a running one is brought forward.

    The locks are in the runtime folder, so a read-only data folder or a full disk still starts:
    it is said plainly, and the person can follow routines without their history being saved."""
    from neuroguide.system.datadir import write_problem
    from neuroguide.system.folder_lock import FolderLock

    make_folder(data_dir, "data folder")
    problem = write_problem(data_dir)
    if problem:
        print(f"{APP_NAME}: {problem}", file=sys.stderr)
    instance = SingleInstance(data_dir)
    try:
        if not instance.acquire():
            if instance.ask_running_to_show():
                print(f"{APP_NAME} is already running; its window was brought forward.", file=sys.stderr)
            else:
                print(
                    f"{APP_NAME} is already running for {data_dir}, but did not answer. "
                    "If it is stuck, end it and start again.",
                    file=sys.stderr,
                )
            return None
        person = FolderLock(data_dir)
        if not person.acquire("window", instance.answer_at):
            instance.release()
            refuse_for_person(instance, person, data_dir)
            return None
    except OSError as error:
        print(
            f"{APP_NAME}: no lock can be taken for {data_dir} ({error.strerror or error}), so a second "
            "NeuroGuide on this folder would not be refused.",
            file=sys.stderr,
        )
        return instance
    instance.person = person
    return instance


def refuse_for_person(instance: SingleInstance, person: FolderLock, folder: Path) -> None:
    """Another process writes this person's history now: say so, and bring its window forward."""
    holder = person.holder()
    if holder.purpose == "import":
        print(
            f"{APP_NAME} cannot open {folder} now: another {APP_NAME} command ({holder.describe()}) is "
            "importing sessions into this history. Start it again when that is done.",
            file=sys.stderr,
        )
    elif holder.socket and instance.ask_running_to_show(holder.socket):
        print(
            f"{APP_NAME} is already open for this person ({folder}); its window was brought forward.",
            file=sys.stderr,
        )
    else:
        print(
            f"{APP_NAME} is already open for this person ({folder}) in {holder.describe()}, but it did "
            "not answer. If it is stuck, end it and start again.",
            file=sys.stderr,
        )
