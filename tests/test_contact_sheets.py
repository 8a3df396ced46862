"""The contact sheets (tests/contact_sheets.py) show a picture of every step of a routine, both sides,
and of the question its check ends with, each a different picture, and the index lists them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from neuroguide.core.routine import Routine
from tests.contact_sheets import COLUMNS, GAP, TILE, tile_box
from tests.virtual_display import CHECKOUT, checkout_first


def test_a_sheet_has_a_different_picture_for_each_step_and_question(
    tmp_path: Path, foot_care: Routine
) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    command = [sys.executable, "-m", "tests.contact_sheets", str(tmp_path), "foot-care", "--text", "100"]
    run = subprocess.run(
        command, env=env | checkout_first(), cwd=CHECKOUT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["README.md", "foot-care-100.png"]

    planned = foot_care.plan()
    wanted = len(planned) + sum(1 for step in planned if step.step.asks)  # the skin check's question
    assert any(step.side == "right" for step in planned) and any(step.side == "left" for step in planned)
    sheet = QImage(str(tmp_path / "foot-care-100.png")).convertToFormat(QImage.Format.Format_RGB32)
    assert sheet.height() == tile_box(wanted - 1).bottom() + 1 + GAP  # rows for these many, no more
    pictures = [sheet.copy(tile_box(index)) for index in range(wanted)]
    for picture in pictures:
        assert len(colours(picture)) > 4  # a window, not an empty place
    assert len({hash(bytes(picture.constBits())) for picture in pictures}) == wanted  # each its own
    if wanted % COLUMNS:  # the place after the last picture stays empty
        assert colours(sheet.copy(tile_box(wanted))) == {sheet.pixel(0, sheet.height() - 1)}  # the page

    index = (tmp_path / "README.md").read_text(encoding="utf-8")
    line = next(line for line in index.splitlines() if "`foot-care`" in line)
    assert f"| {len(planned)} | {foot_care.minutes} |" in line
    assert "[100 %](foot-care-100.png)" in line and "200 %" not in line
    assert f"foot-care-100.png: {wanted} pictures" in run.stdout


def colours(picture: QImage) -> set[int]:
    """The colours of a grid of ``picture``'s pixels."""
    return {picture.pixel(x, y) for x in range(0, TILE[0], 7) for y in range(0, TILE[1], 7)}
