"""The sources the app's advice rests on: one table (assets/sources.toml) of publishers' own pages and
articles, each cited everywhere by a short key, so an address is written once and checked once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from neuroguide.core.resources import sources_path

DOI = re.compile(r"10\.\d{4,9}/\S+")
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FIELDS = ("key", "title", "publisher", "year", "url", "doi")
REQUIRED = ("key", "title", "publisher", "year")


class SourcesError(ValueError):
    """The table of sources cannot be used as it is; the message says where and why."""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    publisher: str
    year: int
    url: str | None = None
    doi: str | None = None

    @property
    def link(self) -> str:
        """Where the source opens: its DOI's resolver address, or its own page."""
        if self.doi is not None:
            return f"https://doi.org/{self.doi}"
        if self.url is None:  # load_sources never makes one, but a hand-made Source might
            raise ValueError(f"source {self.key!r} has neither a url nor a doi")
        return self.url


def _text(item: dict[str, Any], name: str, where: str) -> str:
    value = item[name]
    if not isinstance(value, str) or not value.strip():
        raise SourcesError(f"{where}: {name}: expected some text, got {value!r}")
    return value


def _source(item: Any, where: str) -> Source:
    if not isinstance(item, dict):
        raise SourcesError(f"{where}: expected a table, got {item!r}")
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        raise SourcesError(f"{where}: unknown field {unknown[0]!r} (expected: {', '.join(FIELDS)})")
    for name in REQUIRED:
        if name not in item:
            raise SourcesError(f"{where}: missing field {name!r}")
    key = _text(item, "key", where)
    if not KEY.fullmatch(key):
        raise SourcesError(f"{where}: key: expected lowercase letters, digits and dashes, got {key!r}")
    where = f"{where} ({key!r})"
    year = item["year"]
    if not isinstance(year, int) or isinstance(year, bool):
        raise SourcesError(f"{where}: year: expected a whole number, got {year!r}")
    if ("url" in item) == ("doi" in item):
        raise SourcesError(f"{where}: give exactly one of 'url' or 'doi'")
    url = _text(item, "url", where) if "url" in item else None
    doi = _text(item, "doi", where) if "doi" in item else None
    if doi is not None and not DOI.fullmatch(doi):
        raise SourcesError(f"{where}: doi: expected a DOI such as 10.1038/s41598-022-23372-w, got {doi!r}")
    return Source(key, _text(item, "title", where), _text(item, "publisher", where), year, url, doi)


def load_sources(path: Path) -> dict[str, Source]:
    """Every ``[[source]]`` table in ``path``, by key; a duplicate key or a missing field is an error."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SourcesError(f"{path}: cannot be read: {error}") from error
    items = data.get("source", [])
    if not isinstance(items, list):
        raise SourcesError(f"{path}: 'source' should be a list of [[source]] tables")
    sources: dict[str, Source] = {}
    for number, item in enumerate(items, start=1):
        source = _source(item, f"{path}: source {number}")
        if source.key in sources:
            raise SourcesError(f"{path}: source {number}: duplicate source key {source.key!r}")
        sources[source.key] = source
    return sources


@cache
def shipped_sources() -> dict[str, Source]:
    """The table that comes with the app, read once."""
    return load_sources(sources_path())


def problems(sources: dict[str, Source]) -> list[str]:
    """What is wrong with the table's addresses: every one must be https."""
    return [
        f"source {source.key!r}: not an https address: {source.url}"
        for source in sources.values()
        if source.url is not None and not source.url.startswith("https://")
    ]


def citation(key: str) -> str:
    """A source as a reader cites it: "Title. Publisher, year. https://..."; the bare key if unknown."""
    source = shipped_sources().get(key)
    if source is None:
        return key
    return f"{source.title}. {source.publisher}, {source.year}. {source.link}"
