"""Shared fixtures: every test gets its own data folder and a clock that only moves when told."""

from __future__ import annotations

import gc
import sqlite3
import sys
import threading
import warnings
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library, load_library
from neuroguide.core.resources import illustration_bases, routines_dir
from neuroguide.core.routine import Routine


class _Watched(sqlite3.Connection):
    """Python 3.13 warns when a database connection is dropped without being closed, and the suite
    turns every warning into a failure; this makes Python 3.11 and 3.12 warn the same way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.closed = True  # until it opens
        super().__init__(*args, **kwargs)
        self.closed = False
        with _lock:
            _connections.add(self)

    def close(self) -> None:
        super().close()
        self.closed = True

    def __del__(self) -> None:
        if sys.version_info < (3, 13) and not self.closed:
            warnings.warn(f"unclosed database in {self!r}", ResourceWarning, stacklevel=1)


_lock = threading.Lock()  # history threads open connections too
_connections: weakref.WeakSet[_Watched] = weakref.WeakSet()
_connect = sqlite3.connect


def _watched_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
    kwargs.setdefault("factory", _Watched)
    return _connect(*args, **kwargs)


sqlite3.connect = _watched_connect


@pytest.fixture(autouse=True)
def _no_database_left_open() -> Iterator[None]:
    """A connection still open after a test may only be waiting for the garbage collector (SQLite's
    statement cache refers back to it): collect now, so its warning fails this test, not a later one."""
    yield
    with _lock:
        left_open = any(not connection.closed for connection in _connections)
    if left_open:
        gc.collect()


@pytest.fixture(scope="session", autouse=True)
def _own_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Config, data, cache and runtime folders of the suite's own, so that nothing a test starts (Qt,
    the sound library, the app itself) writes into the person's home or leaves a folder in /tmp."""
    base = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            folder = base / name.lower()
            folder.mkdir(mode=0o700)
            patch.setenv(name, str(folder))
        yield


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
