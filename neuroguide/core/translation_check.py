"""What ``neuroguide validate`` says about a translation file: a content translation (routines_xx.ts,
learn_xx.ts) must have every text of every step, no text the English no longer has, and in every
translation the same blanks and tags as the English ({side}, %1, %n, <b>)."""

from __future__ import annotations

import re
from pathlib import Path

from neuroguide.core.content_words import DOMAINS, shipped_messages
from neuroguide.core.ts_files import Message, read_ts

BLANKS = re.compile(r"%[1-9n]|\{[a-z_]+\}|</?[a-z]+[^>]*>")


def blanks(text: str) -> list[str]:
    return sorted(BLANKS.findall(text))


def domain_of(path: Path) -> str:
    """ "routines" or "learn" for a content translation, "interface" for the app's own words."""
    prefix = path.stem.rsplit("_", 1)[0]
    return prefix if prefix in DOMAINS else "interface"


def ts_problems(path: Path) -> list[str]:
    """Every problem in one translation file, each naming the file and the text it is about."""
    try:
        ts = read_ts(path)
    except (OSError, ValueError) as error:
        return [f"{path}: cannot be read: {error}"]
    problems = [
        f"{path}: {_where(m)}: {why}" for m in ts.messages if m.finished for why in _blank_problems(m)
    ]
    domain = domain_of(path)
    if domain == "interface":
        left = [m for m in ts.messages if not m.finished]
        if left:
            problems.append(
                f"{path}: {len(left)} text(s) not translated yet, such as {left[0].source[:60]!r}"
            )
        return problems
    wanted = {m.key: m for m in shipped_messages(domain)}
    have = {m.key: m for m in ts.messages}
    for key, message in wanted.items():
        if key not in have or not have[key].finished:
            problems.append(f"{path}: {_where(message)}: not translated: {message.source[:60]!r}")
    for key, message in have.items():
        if key not in wanted:
            problems.append(
                f"{path}: {_where(message)}: not in the English (changed or removed): {message.source[:60]!r}"
            )
    return problems


def _where(message: Message) -> str:
    return " ".join(filter(None, (message.context, message.disambiguation, message.note.split(":")[0])))


def _blank_problems(message: Message) -> list[str]:
    expected = blanks(message.source)
    texts = message.forms if message.numerus else [message.translation]
    found = []
    for text in texts:
        if not text.strip():
            found.append("empty translation")
        elif blanks(text) != expected:
            found.append(f"blanks {blanks(text)} differ from the English {expected}")
    return found
