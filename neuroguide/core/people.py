"""The people cared for on this computer, each with a data folder of their own.

The first person is the data folder itself, so a history kept before anyone else was added stays where it
was. Everyone added later gets ``people/<id>/`` inside it: their own settings, routines and history, so a
caregiver who helps two people never mixes up their scores. The list lives in ``people.json``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from neuroguide.core.files import (
    FileRefusedError,
    is_blank,
    read_limited,
    without_hidden_characters,
    write_whole,
)

FIRST = ""  # the first person's id: the data folder itself
MAX_NAME = 60
MAX_FILE_BYTES = 256 << 10  # people.json: names and ids only


@dataclass(frozen=True)
class Person:
    id: str
    name: str  # empty for the first person until named: the app calls them "Me"


@dataclass
class People:
    base: Path
    people: list[Person]
    current: str = FIRST
    problem: str = ""  # why people.json could not be read, said once; the folders are untouched

    @classmethod
    def load(cls, base: Path) -> People:
        path = base / "people.json"
        first = Person(FIRST, "")
        try:
            raw = json.loads(read_limited(path, MAX_FILE_BYTES).decode("utf-8"))
        except FileRefusedError as refused:
            if os.path.lexists(path):  # a FIFO, a device, a folder or a huge file: never waited on
                found = cls(base, [first], problem=f"{path}: {refused}; people are listed by their folders.")
            else:
                found = cls(base, [first])
            found.people += found._folders_without_names()
            return found
        except (ValueError, RecursionError) as error:
            found = cls(
                base,
                [first],
                problem=f"{path} could not be read ({error}); people are listed by their folders.",
            )
            found.people += found._folders_without_names()
            return found
        people = [first]
        entries = raw.get("people", []) if isinstance(raw, dict) else []
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            person_id, name = entry.get("id"), entry.get("name")
            if not isinstance(person_id, str) or not isinstance(name, str) or not valid_id(person_id):
                continue
            if person_id == FIRST:
                people[0] = Person(FIRST, clean_name(name))
            elif all(person.id != person_id for person in people):
                people.append(Person(person_id, clean_name(name)))
        current = raw.get("current") if isinstance(raw, dict) else FIRST
        found = cls(base, people)
        found.current = current if isinstance(current, str) and found.get(current) else FIRST
        found.people += found._folders_without_names()
        return found

    def _folders_without_names(self) -> list[Person]:
        """A person's folder whose entry was lost still shows, by its folder name: no history is hidden."""
        folder = self.base / "people"
        known = {person.id for person in self.people}
        try:
            names = sorted(entry.name for entry in folder.iterdir() if entry.is_dir())
        except OSError:
            return []
        return [Person(name, name) for name in names if valid_id(name) and name not in known]

    def get(self, person_id: str) -> Person | None:
        return next((person for person in self.people if person.id == person_id), None)

    def folder(self, person_id: str) -> Path:
        return self.base if person_id == FIRST else self.base / "people" / person_id

    def add(self, name: str) -> Person:
        name = clean_name(name)
        if not name:
            raise ValueError("a name is needed")
        stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:30] or "person"
        person_id, number = stem, 2
        while self.get(person_id) is not None or self.folder(person_id).exists():
            person_id, number = f"{stem}-{number}", number + 1
        person = Person(person_id, name)
        self.people.append(person)
        return person

    def rename(self, person_id: str, name: str) -> None:
        name = clean_name(name)
        if not name and person_id != FIRST:
            raise ValueError("a name is needed")
        self.people = [replace(p, name=name) if p.id == person_id else p for p in self.people]

    def save(self) -> None:
        """Written whole or not at all (an OSError says why)."""
        data = {
            "current": self.current,
            "people": [{"id": person.id, "name": person.name} for person in self.people],
        }
        self.base.mkdir(parents=True, exist_ok=True)
        path = self.base / "people.json"
        if self.problem and path.exists():
            kept, number = path.with_name("people.json.damaged"), 2
            while kept.exists():  # an earlier damaged copy may hold the only record of the names
                kept, number = path.with_name(f"people.json.damaged-{number}"), number + 1
            path.replace(kept)
            self.problem = ""
        write_whole(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))


def valid_id(person_id: str) -> bool:
    return person_id == FIRST or re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", person_id) is not None


def clean_name(name: str) -> str:
    """A name as shown: on one line, without control or direction characters; empty when nothing in it
    would show."""
    name = " ".join(without_hidden_characters(" ".join(name.split())).split())[:MAX_NAME]
    return "" if is_blank(name) else name
