"""The Learn page's content: sections read from assets/learn/learn.toml, each citing its sources by
their keys in assets/sources.toml, and a check that no text promises a cure."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from neuroguide.core.schema import Location
from neuroguide.core.sources import shipped_sources

CLAIMS = re.compile(r"\b(cures?|heals?|healing|prevents? neuropathy)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(no|not|never|does not|doesn't|cannot|nothing)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    title: str
    body: tuple[str, ...]
    sources: tuple[str, ...]  # keys in assets/sources.toml

    def check(self) -> Iterator[tuple[Location, str]]:
        """What is wrong with the section, as a routine's check says it: each source must be a key in
        the shipped table."""
        if not self.sources:
            yield ("sources",), "expected at least 1 item, got 0"
        known = shipped_sources()
        for index, source in enumerate(self.sources):
            if source not in known:
                yield ("sources", index), f"unknown source key {source!r}"


def load_learn(path: Path) -> list[Section]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Section(
            str(item["title"]),
            tuple(str(text) for text in item["body"]),
            tuple(str(s) for s in item["sources"]),
        )
        for item in data.get("section", [])
    ]


def learn_problems(sections: list[Section]) -> list[str]:
    """Every problem in the sections, each naming its section: "'Title': sources[2]: unknown source
    key 'x'" (positions in a list counted from 1, as for routines)."""
    found = []
    for section in sections:
        for location, message in section.check():
            place = "".join(f"[{part + 1}]" if isinstance(part, int) else str(part) for part in location)
            found.append(f"{section.title!r}: {place}: {message}")
    return found


def claims(text: str) -> list[str]:
    """Sentences that seem to promise a cure, healing or prevention (a denial or a question is fine)."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if CLAIMS.search(sentence) and not NEGATION.search(sentence) and not sentence.endswith("?"):
            found.append(sentence)
    return found
