"""Settings, declared once: each has a type, a default, its allowed values and a description.

The settings file is JSON in the data folder. A value that is missing, of the wrong type or out of
range falls back to its default and the problem is reported; the file itself is kept as it was until
the person changes a setting, and a copy of a damaged file is kept before it is ever replaced.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from neuroguide.core.files import FileRefusedError, read_limited

Value = bool | int | float | str
MAX_FILE_BYTES = 256 << 10  # the whole file with every setting at its longest is a few KB
DAMAGED_COPIES = 10  # kept beside the file; the first is never replaced, the last takes the newest


SPEECH_RATE = 145  # words a minute: slower than most voices' own, as older listeners ask for


@dataclass(frozen=True)
class Setting:
    key: str
    default: Value
    description: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    max_length: int | None = None  # for text typed by the person
    check: Callable[[str], str | None] | None = None  # text with a form: why it is wrong, or None

    def problem_with(self, value: object) -> str | None:
        """Why ``value`` cannot be used for this setting, or None when it can."""
        kind = type(self.default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not kind:
            return f"expected {_kind_name(kind)}, got {value!r}"
        if self.max_length is not None and isinstance(value, str) and len(value) > self.max_length:
            return f"expected at most {self.max_length} characters, got {len(value)}"
        if self.check is not None and isinstance(value, str) and (wrong := self.check(value)):
            return wrong
        if self.choices and value not in self.choices:
            return f"expected one of {', '.join(self.choices)}, got {value!r}"
        if isinstance(value, int | float) and not isinstance(value, bool) and self._out_of_range(value):
            return f"expected {self.low:g} to {self.high:g}, got {value!r}"
        return None

    def _out_of_range(self, value: float) -> bool:
        return (self.low is not None and value < self.low) or (self.high is not None and value > self.high)


def _kind_name(kind: type) -> str:
    return {bool: "true or false", int: "a whole number", float: "a number", str: "text"}[kind]


_CLOCK_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _clock_time_problem(value: str) -> str | None:
    return None if _CLOCK_TIME.fullmatch(value) else f"expected a time from 00:00 to 23:59, got {value!r}"


def _days_problem(value: str) -> str | None:
    """Day names separated by commas; none at all is allowed (Settings writes it when every day is
    unticked, and the reminder then comes on no day)."""
    if len(value) > 64:
        return f"expected day names such as mon,wed,fri, got {len(value)} characters"
    names = value.split(",") if value else []
    unknown = [name for name in names if name not in DAY_NAMES]
    if unknown or len(set(names)) != len(names):
        return f"expected day names such as mon,wed,fri (from {','.join(DAY_NAMES)}), got {value!r}"
    return None


CONTACT_LENGTH = 100  # characters: room for a clinic's name and a number with its extension

DECLARED: tuple[Setting, ...] = (
    Setting(
        "lead_in_seconds",
        5,
        "Reading time before the timer starts, so the first step can be read first (seconds).",
        low=0,
        high=60,
    ),
    Setting(
        "lead_in_every_step",
        False,
        "Give the same reading time before every step, not only the first.",
    ),
    Setting(
        "pace",
        1.0,
        "Make every step longer by this much: 1.5 gives half as long again, 2 twice as long.",
        low=1.0,
        high=3.0,
    ),
    Setting("reduce_motion", False, "Show the illustrations' strokes without moving them."),
    Setting(
        "appearance",
        "system",
        "Colours: follow the computer's light, dark or high-contrast choice, or always use one.",
        choices=("system", "light", "dark", "contrast"),
    ),
    Setting("text_size", 100, "Text size, in percent of the computer's own.", low=100, high=200),
    Setting("untimed", False, "No countdown: each step lasts until you move on to the next."),
    Setting("voice", "", "The voice that speaks the instructions; empty for the engine's default."),
    Setting("speech_rate", SPEECH_RATE, "How fast the voice speaks, in words a minute.", low=80, high=260),
    Setting("volume", 80, "How loud the voice and the chime are (percent).", low=0, high=100),
    Setting("muted", False, "Silence the voice and the chime; instructions stay on screen."),
    Setting("chime", True, "A soft chime when a new step begins."),
    Setting(
        "captions",
        "when-silent",
        "Show what the voice says on screen: always, or only when the voice is silent.",
        choices=("when-silent", "always"),
    ),
    Setting("audio_output", "", "The sound output to use; empty for the system's default."),
    Setting("ask_before_session", True, "Ask for symptom scores before each session."),
    Setting("weekly_goal", 3, "How many sessions a week you aim for.", low=1, high=14),
    Setting("caregiver_name", "", "The name of the caregiver who last helped, offered again next time."),
    Setting("welcomed", False, "The first-run welcome was shown."),
    # My contacts: the person's own numbers, shown whenever NeuroGuide says whom to call (core/contacts.py)
    Setting(
        "contact_emergency",
        "",
        "Your local emergency number, as you would dial it, such as 999, 112 or 911.",
        max_length=CONTACT_LENGTH,
    ),
    Setting(
        "contact_helpline",
        "",
        "Your cancer team's helpline: its name and number, as you would dial it.",
        max_length=CONTACT_LENGTH,
    ),
    Setting(
        "contact_foot_clinic",
        "",
        "Your foot clinic: its name and number, as you would dial it.",
        max_length=CONTACT_LENGTH,
    ),
    Setting(
        "contact_doctor",
        "",
        "Your doctor: their name and number, as you would dial it.",
        max_length=CONTACT_LENGTH,
    ),
    Setting(
        "profile_cause",
        "",
        "What caused the neuropathy, if the person chose to say.",
        choices=("", "diabetes", "chemotherapy", "injury", "infection", "autoimmune", "other", "not-sure"),
    ),
    Setting("profile_places", "", "Where the symptoms are, such as 'left foot,right foot'."),
    Setting("safety_check", True, "Ask the safety questions before each session."),
    Setting(
        "caregiver_mode",
        False,
        "A caregiver gives the massage: the instructions and the voice speak to the helper.",
    ),
    Setting("standing_answers", "", "The safety answers that do not change from day to day (JSON)."),
    Setting("reminder_on", False, "Remind me each morning to do my routine."),
    Setting("reminder_time", "08:00", "The time of the reminder, as HH:MM.", check=_clock_time_problem),
    Setting("reminder_days", "mon,tue,wed,thu,fri,sat,sun", "The days of the reminder.", check=_days_problem),
    Setting("reminder_routine", "foot-care", "The routine the reminder starts."),
    Setting("start_with_desktop", True, "Start NeuroGuide when you log in, so reminders can come."),
    Setting("start_minimised", False, "Start in the background, without the window."),
    Setting("told_about_background", False, "The person was told that closing keeps reminders running."),
    Setting(
        "autostart_made", False, "NeuroGuide made the log-in entry (and will not remake one you removed)."
    ),
)
BY_KEY = {setting.key: setting for setting in DECLARED}

Observer = Callable[[str, Value], None]


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._values: dict[str, Value] = {setting.key: setting.default for setting in DECLARED}
        self._observers: list[Observer] = []
        self._damaged = False  # the file on disk had problems: keep a copy before replacing it
        self.problems: list[str] = []

    @classmethod
    def load(cls, path: Path) -> Settings:
        settings = cls(path)
        try:
            raw = json.loads(read_limited(path, MAX_FILE_BYTES).decode("utf-8"))
        except FileRefusedError as refused:
            if not os.path.lexists(path):
                return settings  # no file yet: the defaults, and nothing to report
            settings._report(f"{path}: {refused}; using the default settings")
            return settings
        except RecursionError:
            settings._report(f"{path}: cannot be read (nested too deeply); using the default settings")
            return settings
        except (UnicodeDecodeError, ValueError) as error:  # JSONDecodeError, or a number too long to read
            settings._report(f"{path}: cannot be read ({error}); using the default settings")
            return settings
        if not isinstance(raw, dict):
            settings._report(f"{path}: expected a JSON object; using the default settings")
            return settings
        for key, value in raw.items():
            setting = BY_KEY.get(key)
            if setting is None:
                settings._report(f"{path}: {key}: unknown setting, ignored")
                continue
            problem = setting.problem_with(value)
            if problem:
                settings._report(f"{path}: {key}: {problem}; using {setting.default!r}")
            else:
                settings._values[key] = float(value) if isinstance(setting.default, float) else value
        return settings

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

    def __getitem__(self, key: str) -> Value:
        return self._values[key]

    def whole(self, key: str) -> int:
        value = self._values[key]
        assert isinstance(value, int)
        return value

    def number(self, key: str) -> float:
        value = self._values[key]
        assert isinstance(value, int | float) and not isinstance(value, bool)
        return float(value)

    def text(self, key: str) -> str:
        value = self._values[key]
        assert isinstance(value, str)
        return value

    def flag(self, key: str) -> bool:
        value = self._values[key]
        assert isinstance(value, bool)
        return value

    def set(self, key: str, value: Value) -> None:
        problem = BY_KEY[key].problem_with(value)
        if problem:
            raise ValueError(f"{key}: {problem}")
        if self._values[key] == value:
            return
        self._values[key] = value
        try:
            self.save()
        except OSError as error:
            # the setting still applies for this run; the person is told it was not kept
            self.problems.append(f"{self.path}: cannot be saved ({error.strerror or error})")
        for observer in list(self._observers):
            observer(key, value)

    def observe(self, observer: Observer) -> None:
        self._observers.append(observer)

    def save(self) -> None:
        """Write the file whole or not at all; a damaged original is kept beside it first."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._damaged and os.path.lexists(self.path):
            self.path.replace(self._damaged_copy())
            self._damaged = False
        import tempfile  # only needed when saving; it is slow to import

        changed = {key: value for key, value in self._values.items() if value != BY_KEY[key].default}
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(changed, file, indent=2, sort_keys=True)
                file.flush()
                os.fsync(file.fileno())
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
