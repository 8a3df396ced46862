"""The person's settings: read from the JSON file in their data folder, changed in memory, written whole.

A value that is missing, of the wrong type or out of range falls back to its default and the problem is
reported; the file itself is kept as it was until the person changes a setting, and a copy of a damaged
file is kept before it is ever replaced. Keys this version does not know are kept in the file. A file
written before list settings were lists is read as well (see ``upgraded``).

A change lands in memory at once and tells the observers of its key. Writing it is ``save_hook``'s
business: by default the file is written there and then (the command line, tests); the app's saver
(neuroguide/app/settings_saver.py) instead writes a ``snapshot`` off the GUI thread a moment later.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from neuroguide.core.files import FileRefusedError, read_limited, write_whole
from neuroguide.core.settings.declared import BY_KEY, DECLARED
from neuroguide.core.settings.setting import Listed, Record, Setting, Value

MAX_FILE_BYTES = 256 << 10  # the whole file with every setting at its longest is a few KB
DAMAGED_COPIES = 10  # kept beside the file; the first is never replaced, the last takes the newest

T = TypeVar("T")
Observer = Callable[[Value], None]
Writer = Callable[[Path, bytes], None]  # writes the file whole or not at all


@dataclass(frozen=True)
class Snapshot:
    """The file's contents at one moment, ready to be written on any thread."""

    path: Path
    data: bytes
    change: int  # how many changes it holds
    keep_damaged_as: Path | None  # where the damaged file goes before it is replaced

    def write(self, writer: Writer) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.keep_damaged_as is not None and os.path.lexists(self.path):
            self.path.replace(self.keep_damaged_as)
        writer(self.path, self.data)


def upgraded(setting: Setting, value: object) -> object:
    """A value as an earlier NeuroGuide wrote it, in today's form; anything else as it is."""
    if isinstance(setting.default, tuple) and isinstance(value, str):
        # "mon,wed,fri": the one place the old comma form is read; "" was an empty list
        return tuple(value.split(",")) if value else ()
    if isinstance(setting.default, dict) and isinstance(value, str):
        try:
            return json.loads(value) if value else {}  # an object kept as JSON text inside the file
        except (ValueError, RecursionError):
            return value  # reported as a value of the wrong type
    return tuple(value) if isinstance(value, list) else value


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._values: dict[str, Value] = {setting.key: copy.deepcopy(setting.default) for setting in DECLARED}
        self._unknown: dict[str, object] = {}  # kept as they were, for a newer NeuroGuide that knows them
        self._observers: dict[str, list[Observer]] = {}
        self._damaged = False  # the file on disk had problems: keep a copy before replacing it
        self._changes = 0
        self._saved_changes = 0
        self.problems: list[str] = []
        self.save_hook: Callable[[], None] = self.save_now  # called after every change

    @classmethod
    def load(cls, path: Path) -> Settings:
        settings = cls(path)
        raw = settings._read()
        if raw is None:
            return settings
        for key, value in raw.items():
            setting = BY_KEY.get(key)
            if setting is None:
                settings._unknown[key] = value
                settings.problems.append(f"{path}: {key}: unknown setting, kept but not used")
                continue
            value = upgraded(setting, value)
            problem = setting.problem_with(value)
            if problem:
                settings._report(f"{path}: {key}: {problem}; using {setting.default!r}")
            else:
                settings._values[key] = _as_declared(setting, value)
        return settings

    def _read(self) -> dict[str, object] | None:
        """The file's object, or None (with the reason reported) when it cannot be used."""
        assert self.path is not None
        path = self.path
        try:
            raw = json.loads(read_limited(path, MAX_FILE_BYTES).decode("utf-8"))
        except FileRefusedError as refused:
            if os.path.lexists(path):  # no file yet: the defaults, and nothing to report
                self._report(f"{path}: {refused}; using the default settings")
            return None
        except RecursionError:
            self._report(f"{path}: cannot be read (nested too deeply); using the default settings")
            return None
        except (UnicodeDecodeError, ValueError) as error:  # JSONDecodeError, or a number too long to read
            self._report(f"{path}: cannot be read ({error}); using the default settings")
            return None
        if not isinstance(raw, dict):
            self._report(f"{path}: expected a JSON object; using the default settings")
            return None
        return raw

    def _report(self, problem: str) -> None:
        self.problems.append(problem)
        self._damaged = True

    def _damaged_copy(self) -> Path:
        """Where to keep the damaged file: the first free of settings.json.damaged, .damaged-2, ...;
        when all are taken, the last one (so the earliest copies, likely the ones that matter, stay)."""
        assert self.path is not None
        names = [f"{self.path.name}.damaged"]
        names += [f"{self.path.name}.damaged-{number}" for number in range(2, DAMAGED_COPIES + 1)]
        copies = [self.path.with_name(name) for name in names]
        return next((copy for copy in copies if not os.path.lexists(copy)), copies[-1])

    # -- reading ------------------------------------------------------------------------------

    def __getitem__(self, key: str) -> Value:
        return self._values[key]

    def _of(self, key: str, kind: type[T]) -> T:
        value = self._values[key]
        assert isinstance(value, kind), f"{key} is not {kind.__name__}"
        return value

    def whole(self, key: str) -> int:
        return self._of(key, int)

    def number(self, key: str) -> float:
        value = self._values[key]
        assert isinstance(value, int | float) and not isinstance(value, bool)
        return float(value)

    def text(self, key: str) -> str:
        return self._of(key, str)

    def flag(self, key: str) -> bool:
        return self._of(key, bool)

    def listed(self, key: str) -> Listed:
        """A list setting's names, in the order kept."""
        return self._of(key, tuple)

    def record(self, key: str) -> Record:
        """An object setting, as a copy the caller may change."""
        return copy.deepcopy(self._of(key, dict))

    # -- changing -----------------------------------------------------------------------------

    def set(self, key: str, value: Value | list[str]) -> None:
        """Change a setting in memory, have it saved, and tell those who observe it."""
        problem = BY_KEY[key].problem_with(value)
        if problem:
            raise ValueError(f"{key}: {problem}")
        value = _as_declared(BY_KEY[key], tuple(value) if isinstance(value, list) else value)
        if self._values[key] == value:
            return
        self._values[key] = copy.deepcopy(value)
        self._changes += 1
        self.save_hook()
        for observer in list(self._observers.get(key, ())):
            observer(value)

    def observe(self, keys: str | Iterable[str], observer: Observer) -> None:
        """Call ``observer`` with the new value whenever one of ``keys`` changes."""
        for key in (keys,) if isinstance(keys, str) else keys:
            if key not in BY_KEY:
                raise KeyError(f"{key}: no such setting")
            self._observers.setdefault(key, []).append(observer)

    def unobserve(self, keys: str | Iterable[str], observer: Observer) -> None:
        """Stop calling ``observer`` for ``keys`` (a window that closes lets go of its settings)."""
        for key in (keys,) if isinstance(keys, str) else keys:
            with contextlib.suppress(ValueError):
                self._observers.get(key, []).remove(observer)

    # -- saving -------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Changed since the file was last written."""
        return self.path is not None and self._changes != self._saved_changes

    def snapshot(self) -> Snapshot:
        """What the file should hold now: the settings that differ from their defaults, and the keys
        kept from the file that this version does not know."""
        assert self.path is not None
        changed = {key: value for key, value in self._values.items() if value != BY_KEY[key].default}
        whole = {**self._unknown, **changed}
        data = json.dumps(whole, indent=2, sort_keys=True).encode("utf-8")
        damaged = self._damaged_copy() if self._damaged else None
        self._damaged = False
        return Snapshot(self.path, data, self._changes, damaged)

    def saved(self, snapshot: Snapshot) -> None:
        self._saved_changes = max(self._saved_changes, snapshot.change)

    def not_saved(self, snapshot: Snapshot, error: OSError) -> str:
        """The write failed: the changes stay in use and waiting to be written; the problem, in words."""
        if snapshot.keep_damaged_as is not None:
            self._damaged = True
        problem = f"{self.path}: cannot be saved ({error.strerror or error})"
        self.problems.append(problem)
        return problem

    def save(self, writer: Writer | None = None) -> None:
        """Write the file now, whole or not at all; a damaged original is kept beside it first."""
        if self.path is None:
            return
        snapshot = self.snapshot()
        try:
            snapshot.write(writer or write_whole)
        except OSError as error:
            self.not_saved(snapshot, error)
            raise
        self.saved(snapshot)

    def save_now(self) -> None:
        """``save``, where a failure is only kept in ``problems``: the setting still applies for this
        run, and the person is told it was not kept."""
        with contextlib.suppress(OSError):
            self.save()


def _as_declared(setting: Setting, value: object) -> Value:
    """A value ``problem_with`` allowed, in the declared type (a whole number for a number is a float)."""
    if isinstance(setting.default, float) and isinstance(value, int):
        return float(value)
    assert isinstance(value, bool | int | float | str | tuple | dict)
    return value
