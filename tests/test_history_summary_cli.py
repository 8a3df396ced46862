"""`neuroguide history summary`: what the History page says, checked against the rows written (worked
out in tests/counting_scenario.py, never by the app's code), for two people in real SQLite files."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from neuroguide.cli import main
from tests import counting_scenario as scenario
from tests.counting_scenario import ROBERT, TODAY
from tests.history_seed import Planned

SYMPTOMS = ("pain", "tingling", "numbness")


def run(base: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--data-dir", str(base), "history", "summary", *args])
    out, err = capsys.readouterr()
    return code, out, err


def summary_json(base: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(base, "--to", TODAY.isoformat(), "--json", *args, capsys=capsys)
    assert code == 0, err
    found: dict[str, Any] = json.loads(out)
    return found


def expected_averages(planned: list[Planned]) -> list[dict[str, Any]]:
    rows = []
    for symptom in SYMPTOMS:
        limbs = sorted({limb for one in planned for (limb, name) in (one.before or {}) if name == symptom})
        for limb in [None, *limbs]:
            befores, afters = scenario.paired(planned, symptom, limb)
            if befores:
                before, after = sum(befores) / len(befores), sum(afters) / len(afters)
                rows.append(
                    {
                        "symptom": symptom,
                        "limb": limb,
                        "before": round(before, 2),
                        "after": round(after, 2),
                        "change": round(after - before, 2),
                        "sessions": len(befores),
                    }
                )
    return rows


@pytest.mark.parametrize("who", ["Maria", "Robert"])
def test_the_numbers_are_the_rows_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], who: str
) -> None:
    scenario.set_up(tmp_path)
    found = summary_json(tmp_path, capsys, *(["--person", "robert"] if who == "Robert" else []))
    planned = scenario.PLANNED[who]
    period = scenario.within(planned, TODAY - timedelta(days=181), TODAY)  # six months by default
    assert found["period"] == {"from": (TODAY - timedelta(days=181)).isoformat(), "to": TODAY.isoformat()}
    assert found["person"]["name"] == who
    assert found["sessions"] == {
        "total": len(period),
        **{
            status: sum(one.status == status for one in period)
            for status in ("finished", "stopped", "interrupted")
        },
        "running": 0,
    }
    counted = [one for one in period if scenario.counts(one)]
    early = [one for one in period if not scenario.counts(one)]
    assert found["counted"] == {
        "total": len(counted),
        "finished": sum(one.status == "finished" for one in counted),
        "half_done": sum(one.status != "finished" for one in counted),
    }
    assert found["not_counted"] == {
        "total": len(early),
        "stopped_early": sum(one.status == "stopped" for one in early),
        "interrupted_early": sum(one.status == "interrupted" for one in early),
        "running": 0,
    }
    week = scenario.this_week(planned)
    assert found["week"] == {
        "from": (TODAY - timedelta(days=TODAY.weekday())).isoformat(),
        "to": TODAY.isoformat(),
        "counted": sum(map(scenario.counts, week)),
        "not_counted": sum(not scenario.counts(one) for one in week),
        "goal": scenario.GOALS[who],
        "reached": sum(map(scenario.counts, week)) >= scenario.GOALS[who],
    }
    assert found["run_of_days"] == scenario.run_of_days(planned)
    today = [one for one in planned if one.day == TODAY]
    assert found["day"] == {
        "date": TODAY.isoformat(),
        "done": any(map(scenario.counts, today)),
        "counted": sum(map(scenario.counts, today)),
        "not_counted": sum(not scenario.counts(one) for one in today),
    }
    given: dict[str, int] = {}
    for one in period:
        given[one.by or "self"] = given.get(one.by or "self", 0) + 1
    assert found["given_by"] == given
    assert found["averages"] == expected_averages(period)


def test_what_maria_reads_at_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario.set_up(tmp_path)
    code, out, _ = run(tmp_path, "--to", TODAY.isoformat(), capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "History summary for Maria, Sat 23 May 2026 to Fri 20 Nov 2026"
    assert lines[1] == "Sessions: 12 (5 finished, 4 stopped early, 3 interrupted)."
    assert lines[2] == "Counted: 8 (5 finished, 3 stopped or interrupted after at least half of their steps)."
    assert (
        lines[3]
        == "Shown, but not counted: 4 that ended before half of their steps (2 stopped, 2 interrupted)."
    )
    assert "This week (from Mon 16 Nov 2026): 3 of your 4 sessions. Not counted: 4 that ended early." in lines
    assert "Run of days: 1 day." in lines
    assert "Fri 20 Nov 2026: nothing that counts yet (ended early: 2)." in lines
    assert "Given by: self 9, Sam 3." in lines
    # pain, right foot: 6→3, 5→4, 5→2, 4→6, 6→4 in the five sessions scored both times
    assert "    Right foot: 5.2 → 3.8 (1.4 lower; sessions: 5)" in lines
    assert not any("Well done" in line or "Lovely" in line for line in lines)


def test_robert_by_name_and_the_period_chosen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario.set_up(tmp_path)
    whole = summary_json(tmp_path, capsys, "--person", "ROBERT", "--from", "2026-01-01")
    assert whole["sessions"]["total"] == len(ROBERT)  # April's is in a period from January
    today_only = summary_json(tmp_path, capsys, "--person", "Robert", "--from", TODAY.isoformat())
    assert today_only["sessions"] == {"total": 2, "finished": 1, "stopped": 1, "interrupted": 0, "running": 0}
    assert today_only["run_of_days"] == 3  # the run and the week are not cut by the period
    earlier = summary_json(
        tmp_path, capsys, "--person", "robert", "--from", "2026-11-01", "--to", "2026-11-19"
    )
    assert earlier["day"] == {"date": "2026-11-19", "done": True, "counted": 1, "not_counted": 0}
    assert earlier["run_of_days"] == 2 and earlier["week"]["counted"] == 2


def test_no_one_by_that_name_and_a_period_backwards_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario.set_up(tmp_path)
    code, out, err = run(tmp_path, "--person", "Roberta", capsys=capsys)
    assert (code, out) == (2, "")
    assert (
        "No one called 'Roberta' here. People: Maria (the first, in the data folder itself), Robert (robert)."
        in err
    )
    code, _, err = run(tmp_path, "--from", "2026-11-20", "--to", "2026-11-19", capsys=capsys)
    assert code == 2 and "starts (2026-11-20) after it ends (2026-11-19)" in err


def test_an_empty_history_is_said_so_and_left_uncreated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, "--to", TODAY.isoformat(), capsys=capsys)
    assert code == 0
    assert "No sessions in this period." in out and "Run of days: none at the moment" in out
    assert not (tmp_path / "history.sqlite3").exists()
    found = summary_json(tmp_path, capsys)
    assert (
        found["sessions"]["total"] == 0
        and found["averages"] == []
        and found["person"] == {"id": "", "name": ""}
    )


def test_every_key_is_in_the_readme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario.set_up(tmp_path)
    found = summary_json(tmp_path, capsys)
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The history summary") :]
    documented = set(re.findall(r"`([a-z_]+)`", section))

    def keys(value: object) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {key for inner in value.values() for key in keys(inner)}
        if isinstance(value, list):
            return {key for inner in value for key in keys(inner)}
        return set()

    assert keys({k: v for k, v in found.items() if k != "given_by"}) <= documented


def test_an_export_read_back_elsewhere_counts_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = scenario.set_up(tmp_path / "here")
    out, elsewhere = tmp_path / "maria.csv", tmp_path / "elsewhere"
    export = ["history", "export", "--format", "csv", "--out", str(out), "--from", "2026-01-01"]
    assert main(["--data-dir", str(folders["Maria"]), *export]) == 0
    assert main(["--data-dir", str(elsewhere), "history", "import", str(out)]) == 0
    capsys.readouterr()
    here = summary_json(folders["Maria"], capsys)
    there = summary_json(elsewhere, capsys)
    for key in ("sessions", "counted", "not_counted", "run_of_days", "day", "averages"):
        assert there[key] == here[key], key
