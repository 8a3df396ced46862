"""Loading routine files: every file that can be read is loaded, every problem is reported by place.

One broken file never stops the others. A problem names the file, the line where it can be found,
the step and the field, and says what was expected.
"""

from __future__ import annotations

import re
import stat
import tomllib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from neuroguide.core.files import FileRefusedError, printable, read_limited
from neuroguide.core.places import placed, unknown_places
from neuroguide.core.routine import Routine
from neuroguide.core.schema import Issue, Location, parse

MAX_FILE_BYTES = 1 << 20  # a routine with 500 long steps is well under 400 KB
MAX_KEY_PARTS = 16  # a dotted key or table name of more parts than this is refused before tomllib
MAX_PROBLEMS = 50  # per file; the rest are counted in one line
# tomllib's cost grows with the square of a dotted key's length (a 100 KB key of 50,000 parts takes
# gigabytes), so keys are counted first. A key part is bare or quoted; possessive and after a
# non-key character, so the scan is linear in the text, however long a word is.
_KEY_PART = r"""(?:[A-Za-z0-9_-]++|"[^"\n]*+"|'[^'\n]*+')"""
_LONG_KEY = re.compile(rf"(?<![A-Za-z0-9_-]){_KEY_PART}(?:[ \t]*+\.[ \t]*+{_KEY_PART}){{{MAX_KEY_PARTS}}}")

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    step: str | None = None
    field: str = ""
    step_is_id: bool = True  # False when the step has no usable id and is named by its place

    def __str__(self) -> str:
        parts = [f"{self.file}:{self.line}" if self.line else self.file]
        if self.step:
            parts.append(f"step '{self.step}'" if self.step_is_id else f"step {self.step}")
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return printable(": ".join(parts))  # names come from files: never a terminal escape


@dataclass(frozen=True)
class Library:
    routines: tuple[Routine, ...]
    problems: tuple[Problem, ...]

    def get(self, routine_id: str) -> Routine | None:
        return next((routine for routine in self.routines if routine.id == routine_id), None)

    def get_or_first(self, routine_id: str) -> Routine | None:
        """The routine named (the reminder's, say), or the first there is when it has gone."""
        return self.get(routine_id) or (self.routines[0] if self.routines else None)


def routine_files(sources: Iterable[Path], problems: list[Problem], missing_ok: bool) -> list[Path]:
    """The routine files named, with folders expanded to the .toml files inside, in name order."""
    files: list[Path] = []
    for source in sources:
        try:
            mode = source.stat().st_mode
        except FileNotFoundError:
            if not missing_ok:
                problems.append(Problem(str(source), "no such file or folder"))
            continue
        except OSError as error:
            problems.append(Problem(str(source), f"cannot be read: {error.strerror or error}"))
            continue
        if stat.S_ISDIR(mode):
            files.extend(sorted(source.glob("*.toml")))
        else:
            files.append(source)  # anything else is read, or refused with its reason, by the loader
    return files


def load_library(
    sources: Iterable[Path],
    known_bases: Collection[str],
    missing_ok: bool = True,
    taken: Mapping[str, str] | None = None,
) -> Library:
    """Load every routine file under ``sources``; the first file to use an id keeps it.

    ``taken`` maps ids already used elsewhere (the shipped routines) to the file that uses them; a
    routine that reuses one is refused as the app refuses it, unless it is that very file."""
    problems: list[Problem] = []
    routines: dict[str, Routine] = {}
    for path in routine_files(sources, problems, missing_ok):
        try:
            routine, found = load_routine_file(path, known_bases)
        except Exception as error:  # whatever one file does, the others still load
            routine, found = (
                None,
                [Problem(str(path), f"could not be read ({type(error).__name__}: {error})")],
            )
        problems.extend(found)
        if routine is None:
            continue
        elsewhere = (taken or {}).get(routine.id)
        if elsewhere is not None and not _same_file(path, Path(elsewhere)):
            problems.append(
                Problem(str(path), f"routine id {routine.id!r} is already used by {elsewhere}", field="id")
            )
            continue
        if routine.id in routines:
            first = routines[routine.id].origin
            problems.append(
                Problem(str(path), f"routine id {routine.id!r} is already used by {first}", field="id")
            )
            continue
        routines[routine.id] = routine
    return Library(tuple(routines.values()), tuple(problems))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def load_routine_file(path: Path, known_bases: Collection[str]) -> tuple[Routine | None, list[Problem]]:
    routine, found = _load_routine_file(path, known_bases)
    if len(found) > MAX_PROBLEMS:
        more = len(found) - MAX_PROBLEMS
        found = [*found[:MAX_PROBLEMS], Problem(str(path), f"and {more} more problem(s)")]
    return routine, found


def _load_routine_file(path: Path, known_bases: Collection[str]) -> tuple[Routine | None, list[Problem]]:
    name = str(path)
    try:
        text = read_limited(path, MAX_FILE_BYTES).decode("utf-8")
    except FileRefusedError as refused:
        return None, [Problem(name, str(refused))]
    except UnicodeDecodeError:
        return None, [Problem(name, "is not UTF-8 text")]
    if text.startswith("\ufeff"):
        return None, [Problem(name, "starts with a byte-order mark; save it as UTF-8 without one", line=1)]
    if long_key := _LONG_KEY.search(text):
        at = text.count("\n", 0, long_key.start()) + 1
        return None, [Problem(name, f"a key of more than {MAX_KEY_PARTS} dotted parts", line=at)]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match and match.group(1) else None
        if match and line is None:
            line = max(1, len(text.splitlines()))  # "at end of document": the last line
        return None, [Problem(name, f"not valid TOML: {_TOML_POSITION.sub('', message)}", line=line)]
    except RecursionError:
        return None, [Problem(name, "not valid TOML: nested too deeply to read")]
    except ValueError as error:  # such as a whole number with thousands of digits
        return None, [Problem(name, f"not valid TOML: {error}")]

    routine, issues = parse(Routine, _in_todays_words(data))
    if routine is not None:
        issues.extend(_unknown_bases(routine, known_bases))
        issues.extend(Issue(where, message) for where, message in unknown_places(routine))
    step_lines = _step_id_lines(text) if issues else []
    problems = [_locate(name, step_lines, data, issue) for issue in issues]
    if problems or routine is None:
        return None, problems
    return replace(placed(routine), origin=name), []


def _unknown_bases(routine: Routine, known_bases: Collection[str]) -> list[Issue]:
    expected = ", ".join(sorted(known_bases))
    return [
        Issue(
            ("blocks", b, "steps", s, "illustration", "base"),
            f"unknown drawing {step.illustration.base!r} (expected one of: {expected})",
        )
        for b, block in enumerate(routine.blocks)
        for s, step in enumerate(block.steps)
        if step.illustration.base not in known_bases
    ]


def _locate(file: str, step_lines: list[tuple[str, int]], data: object, issue: Issue) -> Problem:
    """Name the step and field an issue is about, and the line where the step starts."""
    where = issue.location
    if len(where) >= 4 and where[0] == "blocks" and where[2] == "steps":
        block, step = int(where[1]), int(where[3])
        step_id = _step_id(data, block, step)
        field = _dotted(where[4:])
        if step_id is None:
            return Problem(
                file, issue.message, step=f"{step + 1} of block {block + 1}", field=field, step_is_id=False
            )
        uses = [line for found, line in step_lines if found == step_id]
        earlier = _earlier_uses(data, block, step, step_id)
        line = uses[min(earlier, len(uses) - 1)] if uses else None
        return Problem(file, issue.message, line=line, step=step_id, field=field)
    if len(where) >= 2 and where[0] == "blocks":
        rest = _dotted(where[2:])
        block_label = f"block {int(where[1]) + 1}"
        return Problem(file, issue.message, field=f"{block_label}: {rest}" if rest else block_label)
    return Problem(file, issue.message, field=_dotted(where))


_STEP_HEADER = re.compile(r"^\s*\[\[\s*blocks\s*\.\s*steps\s*\]\]")
_ANY_HEADER = re.compile(r"^\s*\[")
_ID_LINE = re.compile(r"^\s*id\s*=\s*[\"']([^\"']*)[\"']")


def _step_id_lines(text: str) -> list[tuple[str, int]]:
    """(id, line) for each step's id line, in file order; read once per file."""
    found: list[tuple[str, int]] = []
    in_step = False
    for number, line in enumerate(text.splitlines(), start=1):
        if _STEP_HEADER.match(line):
            in_step = True
        elif _ANY_HEADER.match(line):
            in_step = False
        elif in_step and (match := _ID_LINE.match(line)):
            found.append((match.group(1), number))
    return found


def _step_id(data: object, block: int, step: int) -> str | None:
    try:
        value = data["blocks"][block]["steps"][step]["id"]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return None
    return value if isinstance(value, str) and value else None


def _earlier_uses(data: object, block: int, step: int, step_id: str) -> int:
    """How many steps before this one have the same id (so a duplicate points at its own line)."""
    count = 0
    for b in range(block + 1):
        last = step if b == block else _step_count(data, b)
        count += sum(1 for s in range(last) if _step_id(data, b, s) == step_id)
    return count


def _step_count(data: object, block: int) -> int:
    try:
        return len(data["blocks"][block]["steps"])  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return 0


def _dotted(location: Location) -> str:
    out = ""
    for part in location:
        # Positions count from 1, as a person reading the file counts them.
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# Words earlier versions wrote that mean the same today: a person's own routine keeps loading.
_RENAMED_TECHNIQUES = {"movement": "active-exercise"}


def _in_todays_words(data: dict[str, object]) -> dict[str, object]:
    """``data`` with each step's technique in today's words (``_RENAMED_TECHNIQUES``)."""
    blocks = data.get("blocks")
    for block in blocks if isinstance(blocks, list) else []:
        steps = block.get("steps") if isinstance(block, dict) else None
        for step in steps if isinstance(steps, list) else []:
            for key in ("technique", "technique_caregiver"):
                if isinstance(step, dict) and step.get(key) in _RENAMED_TECHNIQUES:
                    step[key] = _RENAMED_TECHNIQUES[step[key]]
    return data
