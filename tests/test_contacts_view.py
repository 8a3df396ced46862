"""My contacts on screen: whom to call says the person's own number, and a stop screen lists them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroguide.core.contacts import Contact
from neuroguide.core.settings import Settings
from neuroguide.ui.kit.contacts import NONE_KEPT, MyContactsBox, contact_lines, kept_contacts


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "settings.json")


def test_whom_to_call_gives_the_number_kept_in_brackets(settings: Settings) -> None:
    settings.set("contact_foot_clinic", "Podiatry 020 7886 6666")
    assert contact_lines(settings, Contact("foot-clinic", "today"), caregiver=False) == (
        "Contact your foot clinic today (Podiatry 020 7886 6666)."
    )
    settings.set("contact_emergency", "112")
    # an emergency is the emergency number's, whoever else is named
    assert contact_lines(settings, Contact("doctor", "emergency"), caregiver=False) == (
        "Call an ambulance now on your local emergency number (112)."
    )


def test_whom_to_call_says_no_number_when_none_is_kept(settings: Settings) -> None:
    settings.set("contact_doctor", "   ")
    assert contact_lines(settings, Contact("doctor", "next-appointment"), caregiver=False) == (
        "Talk to your doctor at the next appointment."
    )
    assert "(" not in contact_lines(settings, Contact("helpline", "now"), caregiver=False)


def test_whom_to_call_speaks_of_their_team_to_a_caregiver(settings: Settings) -> None:
    settings.set("contact_helpline", "0808 808 00 00")
    said = contact_lines(settings, Contact("helpline", "now"), caregiver=True)
    assert said.startswith("Call their cancer team's helpline now (0808 808 00 00).")
    assert "your" not in said
    assert "your cancer team" in contact_lines(settings, Contact("helpline", "now"), caregiver=False)


class _Shouting(QTranslator):
    """A stand-in language: every word in capitals."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return source.upper()


@pytest.fixture
def shouting(qapp: QApplication) -> Iterator[None]:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("shouting")
def test_whom_to_call_is_translated_piece_by_piece_and_the_number_kept_as_typed(settings: Settings) -> None:
    settings.set("contact_doctor", "Dr Okafor 01632 960 123")
    assert contact_lines(settings, Contact("doctor", "today"), caregiver=False) == (
        "CONTACT YOUR DOCTOR TODAY (Dr Okafor 01632 960 123)."
    )
    assert kept_contacts(settings) == [("DOCTOR", "Dr Okafor 01632 960 123")]


def test_a_stop_screen_with_no_numbers_kept_says_how_to_add_them(qtbot: QtBot, settings: Settings) -> None:
    box = MyContactsBox(settings)
    qtbot.addWidget(box)
    assert box.texts() == [NONE_KEPT]
    assert box.texts() == ["No numbers kept yet: add them in Settings, My contacts."]
    assert box.accessibleName() == "My contacts"


def test_a_stop_screen_lists_the_numbers_kept_in_order(qtbot: QtBot, settings: Settings) -> None:
    settings.set("contact_doctor", "Dr Okafor 01632 960 123")
    settings.set("contact_emergency", "999")
    box = MyContactsBox(settings)
    qtbot.addWidget(box)
    assert box.texts() == ["Local emergency number: 999", "Doctor: Dr Okafor 01632 960 123"]
    settings.set("contact_emergency", "")
    settings.set("contact_helpline", "0808 808 00 00")
    box.refresh()
    assert box.texts() == ["Cancer team's helpline: 0808 808 00 00", "Doctor: Dr Okafor 01632 960 123"]
    shown = [label.text() for label in box.findChildren(QLabel) if label.isVisibleTo(box)]
    assert shown == ["My contacts", *box.texts()]  # the lines replaced are gone from the screen
    settings.set("contact_helpline", "")
    settings.set("contact_doctor", "")
    box.refresh()
    assert box.texts() == [NONE_KEPT]
