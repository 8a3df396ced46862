"""The table of sources: one entry per key, every link https on the publisher's own site, and every key
cited anywhere is in the table."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from neuroguide.core.resources import learn_path, routines_dir, sources_path
from neuroguide.core.sources import DOI, Source, SourcesError, load_sources, problems, shipped_sources

# Hosts that copy, proxy or aggregate other people's pages, or that are retired: never a source.
NOT_PRIMARY = (
    "scholar.archive.org",
    "web.archive.org",
    "webarchive.library.unt.edu",
    "www2.mdpi.com",
    "ouci.dntb.gov.ua",
    "elsevierpure.com",
    "scribd.com",
    "drugotc.com",
    "megatopx.com",
    "ukocamp.co.uk",
    "massage.community.forum",
    "trials.co",
    "meddatax.com",
    "crick.ai",
    "ctv.veeva.com",
    "beta.nhs.uk",
    "nccam.nih.gov",
    "bibliotheek.ehb.be",
    "koreascience.or.kr",
    "koreamed.org",
    "blogspot.com",
)


def host_is(host: str, listed: str) -> bool:
    return host == listed or host.endswith("." + listed)


def test_the_shipped_table_loads_with_unique_keys() -> None:
    table = sources_path().read_text(encoding="utf-8")
    lines = [line for line in table.splitlines() if line.startswith("key =")]
    keys = [line.split("=", 1)[1].strip().strip('"') for line in lines]
    assert keys and len(keys) == len(set(keys))
    assert list(shipped_sources()) == keys


def test_every_link_is_https_and_problems_finds_none() -> None:
    sources = shipped_sources()
    assert problems(sources) == []
    assert all(source.link.startswith("https://") for source in sources.values())


def test_no_link_is_a_mirror_an_aggregator_a_proxy_or_a_retired_host() -> None:
    for source in shipped_sources().values():
        host = urlsplit(source.link).hostname or ""
        assert host, source
        assert not any(host_is(host, listed) for listed in NOT_PRIMARY), (source.key, host)


def test_every_doi_looks_like_a_doi_and_links_to_the_resolver() -> None:
    dois = [source for source in shipped_sources().values() if source.doi is not None]
    assert dois
    for source in dois:
        assert source.doi is not None and DOI.fullmatch(source.doi), source
        assert source.link == f"https://doi.org/{source.doi}"


def cited_keys() -> list[tuple[str, str]]:
    """(file, key) for every source cited by a shipped routine or a Learn section."""
    cited = []
    for path in sorted(routines_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        cited += [(path.name, key) for key in data["sources"]]
    for section in tomllib.loads(learn_path().read_text(encoding="utf-8"))["section"]:
        cited += [(f"learn.toml: {section['title']}", key) for key in section["sources"]]
    return cited


def test_every_key_cited_by_a_routine_or_the_learn_page_is_in_the_table() -> None:
    cited = cited_keys()
    assert len({name for name, _ in cited}) >= 4 + 8  # four routines and the Learn sections
    assert [(name, key) for name, key in cited if key not in shipped_sources()] == []


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


ONE = """
[[source]]
key = "nhs-dvt"
title = "Deep vein thrombosis"
publisher = "NHS"
year = 2024
url = "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/"
"""


def test_a_source_reads_into_its_fields(tmp_path: Path) -> None:
    assert load_sources(write(tmp_path, ONE)) == {
        "nhs-dvt": Source(
            "nhs-dvt",
            "Deep vein thrombosis",
            "NHS",
            2024,
            url="https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
        )
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (ONE + ONE, "source 2: duplicate source key 'nhs-dvt'"),
        (ONE.replace('publisher = "NHS"\n', ""), "source 1: missing field 'publisher'"),
        (ONE.replace("year = 2024", 'year = "2024"'), "year: expected a whole number, got '2024'"),
        (ONE + 'doi = "10.1000/x"\n', "give exactly one of 'url' or 'doi'"),
        (ONE.replace("url = ", "link = "), "unknown field 'link'"),
        (ONE.replace('url = "https://www.nhs.uk/', 'doi = "doi:10.1/x" # "'), "doi: expected a DOI"),
        (ONE.replace('key = "nhs-dvt"', 'key = "NHS DVT"'), "key: expected lowercase letters"),
    ],
    ids=["duplicate", "missing", "year as text", "url and doi", "unknown field", "bad doi", "bad key"],
)
def test_a_broken_table_says_where_and_why(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SourcesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_sources(write(tmp_path, text))


def test_problems_names_an_address_that_is_not_https(tmp_path: Path) -> None:
    sources = load_sources(write(tmp_path, ONE.replace("https://", "http://")))
    assert problems(sources) == [
        "source 'nhs-dvt': not an https address: http://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/"
    ]
