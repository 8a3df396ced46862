"""People cared for: each has a folder of their own, and switching keeps their histories apart."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.people import FIRST, People, Person
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import settings_path
from neuroguide.ui.dialogs.people import PeopleDialog
from neuroguide.ui.kit import style
from neuroguide.ui.kit.widgets import TICK
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.shell import Shell
from tests.conftest import ShellMaker
from tests.history_seed import seed


def test_the_first_person_is_the_data_folder_itself(tmp_path: Path) -> None:
    people = People.load(tmp_path)
    assert [person.id for person in people.people] == [FIRST]
    assert people.folder(FIRST) == tmp_path and people.current == FIRST
    assert not (tmp_path / "people.json").exists()


def test_added_people_get_their_own_folders_and_unique_ids(tmp_path: Path) -> None:
    people = People.load(tmp_path)
    ann = people.add("  Ann   Smith ")
    again = people.add("Ann Smith")
    snow = people.add("☃")
    assert (ann.id, ann.name) == ("ann-smith", "Ann Smith")
    assert again.id == "ann-smith-2" and snow.id == "person"
    assert people.folder(ann.id) == tmp_path / "people" / "ann-smith"
    people.rename(FIRST, "Bob")
    people.current = ann.id
    people.save()
    loaded = People.load(tmp_path)
    assert [(p.id, p.name) for p in loaded.people] == [
        (FIRST, "Bob"),
        ("ann-smith", "Ann Smith"),
        ("ann-smith-2", "Ann Smith"),
        ("person", "☃"),
    ]
    assert loaded.current == "ann-smith"


def test_a_blank_name_is_refused(tmp_path: Path) -> None:
    people = People.load(tmp_path)
    for blank in ("", "   "):
        with pytest.raises(ValueError):
            people.add(blank)
    assert [p.id for p in people.people] == [FIRST]


def test_odd_entries_are_skipped_and_a_damaged_list_hides_no_one(tmp_path: Path) -> None:
    (tmp_path / "people.json").write_text(
        json.dumps(
            {
                "current": "../../etc",
                "people": [
                    {"id": "../../etc", "name": "x"},
                    {"id": "ann", "name": 3},
                    "junk",
                    {"id": "cy", "name": "Cy"},
                ],
            }
        )
    )
    people = People.load(tmp_path)
    assert [p.id for p in people.people] == [FIRST, "cy"] and people.current == FIRST
    (tmp_path / "people" / "dee").mkdir(parents=True)
    (tmp_path / "people.json").write_text("{not json")
    damaged = People.load(tmp_path)
    assert "could not be read" in damaged.problem
    assert [(p.id, p.name) for p in damaged.people] == [(FIRST, ""), ("dee", "dee")]
    damaged.save()
    assert (tmp_path / "people.json.damaged").read_text() == "{not json"
    assert [p.id for p in People.load(tmp_path).people] == [FIRST, "dee"]


def sessions_in(window: MainWindow, qtbot: QtBot) -> int:
    assert window.history is not None
    found: list[int] = []
    window.history.bridge.ask(lambda store: len(store.sessions()), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def populated(shell: Shell, qtbot: QtBot) -> MainWindow:
    window = shell.window
    assert window is not None
    # filled in: showing its first page (the library, or the welcome for someone new)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is not None and window.history is not None)
    return window


def test_switching_people_keeps_their_histories_apart(
    screens: Path, make_shell: ShellMaker, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    style.apply(qapp)
    seeded = seed(tmp_path, 20, datetime(2026, 11, 20, 9, 0))
    Settings.load(settings_path(tmp_path)).set("welcomed", True)
    shell = make_shell(tmp_path)
    shell.open()
    first = populated(shell, qtbot)
    assert first.library_page.people_button.text() == "People"
    assert sessions_in(first, qtbot) == seeded > 0

    first.library_page.people_button.click()
    dialog = first.people_dialog
    assert isinstance(dialog, PeopleDialog)
    dialog.name_field.setText("Ann")
    dialog.rename_button.click()
    dialog.new_name.setText("Bob")
    assert dialog.grab().save(str(screens / "people-100.png"))
    dialog.add_button.click()
    second = populated(shell, qtbot)
    assert second is not first
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the old window is gone, not hidden
    qtbot.waitUntil(lambda: second.welcome is not None)  # a new person is welcomed
    assert second.welcome is not None
    second.welcome.skip_button.click()
    assert shell.people.current == "bob"
    assert second.windowTitle() == "Bob — NeuroGuide"
    second.show_history()
    assert second.windowTitle() == "History — NeuroGuide"
    second.show_library()
    assert second.windowTitle() == "Bob — NeuroGuide"  # back on the routines, still Bob's
    assert second.library_page.people_button.text() == "For: Bob"
    assert sessions_in(second, qtbot) == 0
    assert (tmp_path / "people" / "bob" / "history.sqlite3").exists()
    assert json.loads((tmp_path / "people.json").read_text())["current"] == "bob"

    second.library_page.people_button.click()
    assert isinstance(second.people_dialog, PeopleDialog)
    assert [b.text() for b in second.people_dialog.person_buttons.values()] == ["Ann", TICK + "Bob"]
    second.people_dialog.person_buttons[FIRST].click()
    third = populated(shell, qtbot)
    assert third.windowTitle() == "Ann — NeuroGuide"
    # Bob's settings were written when his window went, whether or not their moment had come
    assert Settings.load(settings_path(tmp_path / "people" / "bob")).flag("welcomed")
    assert sessions_in(third, qtbot) == seeded
    with HistoryStore(tmp_path / "people" / "bob") as store:
        assert store.sessions() == []
    third.close()


def test_lost_or_deeply_broken_lists_hide_no_one_and_keep_every_copy(tmp_path: Path) -> None:
    (tmp_path / "people" / "bob").mkdir(parents=True)
    assert [p.id for p in People.load(tmp_path).people] == [FIRST, "bob"]  # people.json missing
    (tmp_path / "people.json").write_text("[" * 100_000)
    deep = People.load(tmp_path)
    assert deep.problem and [p.id for p in deep.people] == [FIRST, "bob"]
    deep.save()
    (tmp_path / "people.json").write_text("{cut")
    People.load(tmp_path).save()
    assert (tmp_path / "people.json.damaged").read_text().startswith("[[[")
    assert (tmp_path / "people.json.damaged-2").read_text() == "{cut"


def bobs_people(qtbot: QtBot, tmp_path: Path) -> PeopleDialog:
    """The People dialog shown for Bob, with the first person beside him."""
    people = People.load(tmp_path)
    people.add("Bob")
    people.current = "bob"
    dialog = PeopleDialog(people)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_enter_in_a_name_saves_it_and_names_are_shown_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = bobs_people(qtbot, tmp_path)
    switched: list[str] = []
    dialog.chosen.connect(switched.append)
    dialog.name_field.setText("Tom & Jerry")
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert switched == [] and dialog.isVisible()
    assert People.load(tmp_path).get("bob") == Person("bob", "Tom & Jerry")
    assert dialog.person_buttons["bob"].text() == TICK + "Tom && Jerry"  # '&' shown, not a shortcut
    assert dialog.person_buttons["bob"].accessibleName() == "Switch to Tom & Jerry"


def test_the_chosen_person_shows_a_tick_through_a_rename_and_a_new_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = bobs_people(qtbot, tmp_path)
    me, bob = dialog.person_buttons[FIRST], dialog.person_buttons["bob"]
    assert (me.text(), bob.text()) == ("Me", TICK + "Bob") and bob.isChecked() and not me.isChecked()
    # a screen reader says "checked" itself: the name is the plain one, without the tick
    assert (me.accessibleName(), bob.accessibleName()) == ("Switch to Me", "Switch to Bob")

    dialog.name_field.setText("Robert")
    dialog.rename_button.click()
    assert bob.text() == TICK + "Robert" and bob.isChecked()
    assert bob.accessibleName() == "Switch to Robert"
    width = bob.sizeHint().width()
    assert width >= bob.fontMetrics().horizontalAdvance(TICK + "Robert")

    switched: list[str] = []
    dialog.chosen.connect(switched.append)
    me.click()
    assert switched == [FIRST]
    assert (me.text(), bob.text()) == (TICK + "Me", "Robert") and not bob.isChecked()
    assert bob.sizeHint().width() == width  # room kept for the tick: no jump
    assert me.accessibleName() == "Switch to Me"


def test_a_start_at_log_in_opens_someone_whose_reminders_are_on(
    make_shell: ShellMaker, tmp_path: Path
) -> None:
    people = People.load(tmp_path)
    bob = people.add("Bob")
    people.save()
    Settings.load(settings_path(people.folder(bob.id))).set("reminder_on", True)
    shell = make_shell(tmp_path)
    shell.choose_someone_with_reminders()
    assert shell.people.current == "bob"
    Settings.load(settings_path(tmp_path)).set("reminder_on", True)
    again = make_shell(tmp_path)
    again.choose_someone_with_reminders()
    assert again.people.current == FIRST  # the person last open keeps theirs
