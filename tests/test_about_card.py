"""The "about me" card: what a massage therapist needs to know, from the profile and remembered answers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.about_me import ANSWER_NOTES, GENERAL_NOTES, card_notes
from neuroguide.core.learn import claims
from neuroguide.core.safety import dump_standing, standing_questions
from neuroguide.core.settings import Settings
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.print.about_card import card_html, write_card


def test_without_remembered_answers_the_card_has_the_general_precautions_only() -> None:
    notes = card_notes({})
    assert [note.text for note in notes] == list(GENERAL_NOTES)
    assert "light" in notes[0].text and "heat" in notes[1].text


def test_each_yes_adds_its_note_with_places_and_sources() -> None:
    notes = card_notes(
        {"bleeding-risk": True, "pregnant": False, "port-or-radiotherapy": frozenset({"left hand"})}
    )
    extra = notes[len(GENERAL_NOTES) :]
    assert [note.text for note in extra] == [
        ANSWER_NOTES["bleeding-risk"][0],
        ANSWER_NOTES["port-or-radiotherapy"][0],
    ]
    assert extra[1].places == ("left hand",)
    assert all(note.sources for note in extra)


def test_card_notes_cover_every_standing_question_and_promise_nothing() -> None:
    # every remembered answer but a follow-up ("has the doctor agreed?") has its note
    assert set(ANSWER_NOTES) == {question.id for question in standing_questions() if not question.asked_if}
    texts = [*GENERAL_NOTES, *(text for text, _ in ANSWER_NOTES.values())]
    assert [found for text in texts for found in claims(text)] == []


def test_the_card_is_saved_as_a_pdf_from_settings(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, screens: Path
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set("profile_cause", "chemotherapy")
    settings.set("profile_places", ["left foot", "right foot"])
    settings.set(
        "standing_answers",
        dump_standing({"lymphoedema": frozenset({"left hand"}), "oil-allergy": True}, date(2026, 11, 20), {}),
    )
    shown = card_html(settings, date(2026, 11, 24))
    assert "Chemotherapy" in shown and "Left foot, right foot" in shown
    assert "on the side of my left hand" in shown and "unscented lotion" in shown
    assert "24 November 2026" in shown and "not a medical device" in shown
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.card_button.accessibleName() == "Save a printable card about you for a massage therapist"
    out = tmp_path / "about-me.pdf"
    dialog.save_card(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.card_status.text().startswith("Saved ")
    assert not (tmp_path / "about-me.pdf.part").exists()
    if shutil.which("pdftotext"):
        words = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "About me" in words and "Chemotherapy" in words and "unscented" in words
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-singlefile", str(out), str(tmp_path / "card")], check=True
        )
        shutil.copy(tmp_path / "card.png", screens / "about-me-card.png")


def test_a_card_that_cannot_be_saved_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.save_card(tmp_path / "no-such-folder" / "card.pdf")
    assert dialog.card_status.text().startswith("The card could not be saved:")
    assert not list(tmp_path.rglob("*.pdf"))


def test_the_card_lists_the_contacts_kept_and_leaves_out_blank_ones(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    assert "My contacts" not in card_html(settings, date(2026, 11, 24))  # none kept: no heading
    settings.set("contact_emergency", "112")
    settings.set("contact_doctor", "Dr Okafor & partners <01632 960 123>")
    settings.set("contact_helpline", "  ")
    shown = card_html(settings, date(2026, 11, 24))
    contacts = shown.split("<h2>My contacts</h2>", 1)[1].split("</ul>", 1)[0]
    assert contacts == (
        "<ul><li>Local emergency number: 112</li>"
        "<li>Doctor: Dr Okafor &amp; partners &lt;01632 960 123&gt;</li>"
    )
    assert "helpline" not in shown and "Foot clinic" not in shown


def test_the_contacts_are_printed_on_the_saved_card(qapp: QApplication, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext to read the card back")
    settings = Settings.load(tmp_path / "settings.json")
    settings.set("contact_foot_clinic", "Podiatry 020 7886 6666")
    out = tmp_path / "about-me.pdf"
    write_card(settings, out, date(2026, 11, 24))
    words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "My contacts" in words and "Foot clinic: Podiatry 020 7886 6666" in words
