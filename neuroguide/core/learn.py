"""The Learn page's content: sections read from assets/learn/learn.toml, each with its sources, and a
check that no text promises a cure."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

CLAIMS = re.compile(r"\b(cures?|heals?|healing|prevents? neuropathy)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(no|not|never|does not|doesn't|cannot|nothing)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    title: str
    body: tuple[str, ...]
    sources: tuple[str, ...]


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


def claims(text: str) -> list[str]:
    """Sentences that seem to promise a cure, healing or prevention (a denial or a question is fine)."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if CLAIMS.search(sentence) and not NEGATION.search(sentence) and not sentence.endswith("?"):
            found.append(sentence)
    return found
