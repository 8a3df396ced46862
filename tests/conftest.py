"""Shared fixtures: every test gets its own data folder and a clock that only moves when told."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library, load_library
from neuroguide.core.routine import Routine
from neuroguide.resources import illustration_bases, routines_dir


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def shipped() -> Library:
    library = load_library([routines_dir()], illustration_bases())
    assert not library.problems, library.problems
    return library


@pytest.fixture
def foot_care(shipped: Library) -> Routine:
    routine = shipped.get("foot-care")
    assert routine is not None
    return routine
