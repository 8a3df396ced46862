"""Walk a window's accessibility tree the way a screen reader sees it (Qt's QAccessible interface), and
list interactive controls that have no name or are smaller than a fingertip."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.history_seed import seed

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Link,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
}
MIN_TARGET = 44


@dataclass(frozen=True)
class Control:
    role: str
    name: str
    width: int
    height: int
    where: str  # the widget's class and text, to find it


def controls(root: QWidget) -> list[Control]:
    """Every visible interactive control under ``root``."""
    found: list[Control] = []
    interface = QAccessible.queryAccessibleInterface(root)
    if interface is not None:
        _walk(interface, found, depth=0)
    return found


def _walk(interface: QAccessibleInterface, found: list[Control], depth: int) -> None:
    if depth > 60 or not interface.isValid() or interface.state().invisible:
        return
    role = interface.role()
    if role in INTERACTIVE:
        rect = interface.rect()
        owner = interface.object()
        if isinstance(owner, QAbstractButton) and owner.hitButton(owner.rect().bottomRight()):
            rect = owner.rect()  # a button that answers a click on its whole area, not only its box
        where = type(owner).__name__ if owner is not None else "?"
        text = interface.text(QAccessible.Text.Value) or interface.text(QAccessible.Text.Description)
        found.append(
            Control(
                role.name,
                interface.text(QAccessible.Text.Name).strip(),
                rect.width(),
                rect.height(),
                f"{where} {text!r}",
            )
        )
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            _walk(child, found, depth + 1)


def problems(root: QWidget) -> list[str]:
    """Plain descriptions of what a screen reader user or a numb finger would trip over."""
    found = []
    for control in controls(root):
        if not control.name:
            found.append(f"no name: {control.role} {control.where}")
        if min(control.width, control.height) < MIN_TARGET:
            found.append(
                f"{control.width}x{control.height} px: {control.role} {control.name!r} {control.where}"
            )
    return found


def every_view(
    data_dir: Path,
    clock: object,
    keep: Callable[[QWidget], None],
    size: tuple[int, int] | None = (1100, 760),
) -> Iterator[tuple[str, QWidget]]:
    """Open each page and dialog of the app in turn, with the window ``keep`` is given for clean-up;
    yields (name, top widget) while that view is showing. The main window is given ``size``, or, with
    None, the size the app chooses for the screen."""
    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.options import Giver
    from neuroguide.core.people import People
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.dialogs.background import background_notice
    from neuroguide.ui.dialogs.checkin import CheckInDialog
    from neuroguide.ui.dialogs.people import PeopleDialog
    from neuroguide.ui.dialogs.reminder import ReminderWindow
    from neuroguide.ui.dialogs.screening import ScreeningDialog
    from neuroguide.ui.dialogs.settings import SettingsDialog
    from neuroguide.ui.main_window import MainWindow

    settings = Settings.load(settings_path(data_dir))
    for key, value in (("safety_check", False), ("ask_before_session", False), ("welcomed", True)):
        settings.set(key, value)
    library = load_routine_library(data_dir)
    window = MainWindow()
    keep(window)
    seed(data_dir, 42, clock.now())  # type: ignore[attr-defined]
    window.populate(library, settings, clock, history=lambda: HistoryBridge(data_dir))  # type: ignore[arg-type]
    if size is not None:
        window.resize(*size)
    window.show()
    yield "library", window
    window.show_learn()
    yield "learn", window
    window.show_library()
    window.start_routine("foot-care")
    yield "player", window
    player = window.player_page
    player.stop_button.click()
    yield "player asking to stop", window
    player.confirm_stop_button.click()
    yield "finished", window
    for checkin in window.findChildren(CheckInDialog):
        checkin.skip_button.click()  # the check-in a stopped session ends with is looked at on its own
    window.show_library()
    window.start_routine("hand-relief")
    window.player_page.wrong_button.click()
    yield "stop signs", window
    window.show_library()
    window.show_history()
    yield "history", window
    window.show_welcome()
    yield "welcome", window
    assert window.welcome is not None
    window.welcome.next_button.click()
    yield "welcome questions", window
    window.welcome.skip_button.click()
    yield from _history_dialogs(data_dir, window, keep)

    def reminder() -> QWidget:
        from neuroguide.core.translation import fill, tr

        shown = ReminderWindow()
        title = window.library.routines[0].title
        shown.show_reminder(
            fill(tr("Time for %1 (%2 min)"), title, "12"),
            tr("Take a seat somewhere comfortable. Light pressure only."),
        )
        return shown

    shown_library = window.library  # in the window's language
    titles = {routine.id: routine.title for routine in shown_library.routines}

    # each made when its turn comes: some show themselves at once
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("settings", lambda: SettingsDialog(settings)),
        ("people", lambda: PeopleDialog(People.load(data_dir))),
        ("screening", lambda: ScreeningDialog(shown_library.routines[0], {}, settings, caregiver=False)),
        (
            "check-in before",
            lambda: CheckInDialog("before", ("right foot", "left foot"), titles["foot-care"]),
        ),
        (
            "check-in after",
            lambda: CheckInDialog(
                "after", ("right hand", "left hand"), titles["hand-relief"], Giver(True, "Sam")
            ),
        ),
        ("reminder", reminder),
        ("background notice", lambda: background_notice(None)),
    ]
    yield from _each_shown(dialogs, keep)
    window.shut_down()  # the history's thread ends now, as on Quit, not while the test's widgets go


def _history_dialogs(
    data_dir: Path, window: QWidget, keep: Callable[[QWidget], None]
) -> Iterator[tuple[str, QWidget]]:
    """The history's own dialogs: a session's details, adding a marker, the questions about daily life,
    the foot skin temperatures (as they open, and with the longest advice after saving)."""
    from datetime import datetime

    from neuroguide.store.history import HistoryStore
    from neuroguide.ui.dialogs.details import DetailsDialog
    from neuroguide.ui.dialogs.foot_temperature import FootTemperatureDialog
    from neuroguide.ui.dialogs.function_checkin import FunctionCheckInDialog
    from neuroguide.ui.dialogs.marker import MarkerDialog

    with HistoryStore(data_dir, read_only=True) as store:
        record = store.session(1)
    assert record is not None
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("session details", lambda: DetailsDialog(record, window)),
        ("add a marker", lambda: MarkerDialog(window, lambda _day, _words: None)),
        ("daily life", lambda: FunctionCheckInDialog(datetime.now, offered=True, parent=window)),
        ("foot temperatures", lambda: FootTemperatureDialog(datetime.now, parent=window)),
        ("foot temperatures, advice", lambda: _temperature_advice(window)),
    ]
    yield from _each_shown(dialogs, keep)


def _temperature_advice(window: QWidget) -> QWidget:
    """The dialog once a reading is saved that says to rest a foot: its longest words."""
    from datetime import date, datetime

    from neuroguide.core.foot_temperature import Advice, advice_lines
    from neuroguide.core.translation import tr
    from neuroguide.ui.dialogs.foot_temperature import FootTemperatureDialog

    dialog = FootTemperatureDialog(datetime.now, parent=window)
    numbers = {"foot-clinic": "Podiatry at St Mary's Hospital, 0161 555 0100 extension 2345"}
    dialog.show_advice("rest", advice_lines(Advice("rest", date.today(), "left"), 3.4, numbers, translate=tr))
    return dialog


def _each_shown(
    dialogs: list[tuple[str, Callable[[], QWidget]]], keep: Callable[[QWidget], None]
) -> Iterator[tuple[str, QWidget]]:
    """Each dialog made, shown while it is looked at, then closed."""
    for name, make in dialogs:
        dialog = make()
        keep(dialog)
        dialog.show()
        yield name, dialog
        dialog.close()
