"""Every page, dialog and step of a session in each language, and in a pseudo-language whose words are
accented, 40 % longer and marked: nothing cut, overlapping or off a laptop's 1280×720 screen, and no
word left in English (proper names, the sources' titles and the person's own notes aside).

Each language runs in a program of its own (tests/language_probe.py), all started together; pictures
of every view are kept in pytest's own folder (see the ``screens`` fixture), to be looked at.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pseudo_locale import CODE as PSEUDO
from tests.test_fits_the_screen import Probe
from tests.virtual_display import checkout_first

# The languages at the everyday size and at 200 % (as large as the app goes); the pseudo-language's
# longer words at up to 150 %, where every language's words fit the screens people have.
CASES = {
    "es": ("light:100", "contrast:200"),
    "fr": ("dark:100", "light:200"),
    "de": ("contrast:100", "dark:200"),
    PSEUDO: ("light:100", "dark:150"),
}


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory, screens: Path) -> Iterator[dict[str, Probe]]:
    tmp = tmp_path_factory.mktemp("languages")
    config = tmp / "screen-1280x720.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env |= checkout_first() | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp)}
    started = {}
    for language, cases in CASES.items():
        out = screens / f"language-{language}"
        out.mkdir(exist_ok=True)
        started[language] = Probe(env, out, *cases, command=("tests.language_probe", language))
    yield started
    for probe in started.values():
        probe.stop()


@pytest.mark.parametrize("language", list(CASES))
def test_every_view_in_the_language_fits_and_has_no_english_left(
    probes: dict[str, Probe], language: str
) -> None:
    assert probes[language].problems() == []


def test_the_checks_find_words_left_in_english(qapp: object) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from neuroguide.ui.kit.widgets import Button, text_label
    from tests.language_probe import english_only
    from tests.pseudo_locale import pseudo
    from tests.words_check import english_leftovers, pseudo_leftovers, shown_texts

    german_lacks = english_only("de")
    assert english_leftovers("Bitte Stop and rest", german_lacks) == ["Stop", "and"]  # "Rest" is German too
    assert english_leftovers("Hören Sie auf und ruhen Sie sich aus.", german_lacks) == []
    assert pseudo_leftovers(pseudo("Open %1").replace("%1", pseudo("History"))) == []
    assert pseudo_leftovers(f"{pseudo('Step %1 of %2')} Next") == ["Next"]
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(text_label("Hallo"))
    button = Button("Weiter", "Go on to the next step")
    layout.addWidget(button)
    window.show()
    texts = [text for _where, text in shown_texts(window)]
    assert "Hallo" in texts and "Weiter" in texts and "Go on to the next step" in texts  # what is heard too
    window.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_the_clinician_s_report_has_no_english_left(language: str, tmp_path: Path) -> None:
    import subprocess
    import sys
    from datetime import datetime

    from tests.history_seed import seed
    from tests.language_probe import english_only, without_names
    from tests.words_check import english_leftovers

    seed(tmp_path, 42, datetime.now().astimezone())
    (tmp_path / "settings.json").write_text(
        json.dumps({"profile_cause": "diabetes", "profile_places": ["right foot", "left hand"]})
    )
    env = os.environ | checkout_first() | {"QT_QPA_PLATFORM": "offscreen"}
    report = tmp_path / "report.pdf"
    command = [sys.executable, "-m", "neuroguide", "--data-dir", str(tmp_path), "--lang", language]
    export = [*command, "history", "export", "--format", "pdf", "--out", str(report)]
    subprocess.run(export, env=env, check=True, timeout=120)
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    lacks = english_only(language)
    left = [line for line in text.splitlines() if english_leftovers(without_names(line), lacks)]
    assert left == []
    assert len(text) > 2000  # the whole report was read
