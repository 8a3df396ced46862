"""Exports of a long history, read a stretch at a time: the same files as when every session was held."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.tasks import Done, Tasks
from neuroguide.store.export import export_csv, write_csv
from neuroguide.store.history import HistoryStore
from neuroguide.ui.print.facts import gather
from neuroguide.ui.print.report import read_report, report_html, save_report
from tests.history_seed import seed

END = datetime(2026, 11, 20, 9, 0).astimezone()


@pytest.fixture(scope="module")
def long_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("history")
    seed(folder, 3 * 365, END, per_week=10)
    return folder


def test_each_session_is_every_session_in_order(long_history: Path) -> None:
    with HistoryStore(long_history, read_only=True) as store:
        assert list(store.each_session(days_at_a_time=7)) == store.sessions()
        since, until = date(2025, 2, 3), date(2025, 9, 30)
        assert list(store.each_session(since, until, days_at_a_time=11)) == store.sessions(since, until)


def test_csv_of_many_sessions_is_byte_for_byte_as_before(long_history: Path, tmp_path: Path) -> None:
    with HistoryStore(long_history, read_only=True) as store:
        records = store.sessions()
        write_csv(records, tmp_path / "held.csv")
        count = export_csv(store, tmp_path / "streamed.csv")
    assert count == len(records) > 1000
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "held.csv").read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["held.csv", "streamed.csv"]  # no .part


def test_csv_to_a_missing_folder_leaves_nothing(long_history: Path, tmp_path: Path) -> None:
    with HistoryStore(long_history, read_only=True) as store, pytest.raises(OSError):
        export_csv(store, tmp_path / "no-such-folder" / "all.csv")
    assert not list(tmp_path.rglob("*"))


def test_report_facts_gathered_one_at_a_time_match_the_whole_list(long_history: Path) -> None:
    with HistoryStore(long_history, read_only=True) as store:
        records = store.sessions()
    facts = gather(iter(records))
    assert facts.sessions == len(records)
    assert facts.finished == sum(record.status == "finished" for record in records)
    for symptom, limb, before, after, count in facts.limbs():
        pairs = [
            (r.before.scores[(limb, symptom)], r.after.scores[(limb, symptom)])
            for r in records
            if r.before
            and r.after
            and (limb, symptom) in r.before.scores
            and (limb, symptom) in r.after.scores
        ]
        assert count == len(pairs)
        assert (before, after) == pytest.approx(
            (sum(b for b, _ in pairs) / count, sum(a for _, a in pairs) / count)
        )
    assert facts.both == sum(r.before is not None and r.after is not None for r in records)


def test_the_report_is_printed_off_the_gui_thread(
    qtbot: QtBot, qapp: QApplication, long_history: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    since, until = date(2024, 1, 1), END.date()
    with HistoryStore(long_history, read_only=True) as store:
        parts = read_report(store, since, until)
    threads: list[threading.Thread] = []
    import neuroguide.ui.print.report as report

    printing = report.print_report

    def watched(*args: object) -> None:
        threads.append(threading.current_thread())
        printing(*args)  # type: ignore[arg-type]

    tasks = Tasks()
    outcomes: list[Done[None]] = []
    monkeypatch.setattr(report, "print_report", watched)
    try:
        save_report(parts, since, until, tmp_path / "report.pdf", END, tasks, outcomes.append, "a4")
        qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
    finally:
        tasks.shutdown()
    assert outcomes[0].ok and threads and threads[0] is not threading.main_thread()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    text = report_html(parts, END)
    assert f"{parts.facts.sessions} sessions (" in text


def test_a_report_that_cannot_be_saved_says_so(qtbot: QtBot, long_history: Path, tmp_path: Path) -> None:
    since, until = date(2026, 1, 1), END.date()
    with HistoryStore(long_history, read_only=True) as store:
        parts = read_report(store, since, until)
    tasks, outcomes = Tasks(), list[Done[None]]()
    try:
        save_report(parts, since, until, tmp_path / "no-such" / "r.pdf", END, tasks, outcomes.append)
        qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
    finally:
        tasks.shutdown()
    assert isinstance(outcomes[0].error, OSError)


def test_csv_of_a_range_is_as_before(long_history: Path, tmp_path: Path) -> None:
    since, until = date(2024, 6, 1), date(2025, 3, 15)
    with HistoryStore(long_history, read_only=True) as store:
        write_csv(store.sessions(since, until), tmp_path / "held.csv")
        export_csv(store, tmp_path / "streamed.csv", since, until)
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "held.csv").read_bytes()


def test_csv_of_an_empty_history_is_its_header(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with HistoryStore(folder) as store:
        assert export_csv(store, tmp_path / "streamed.csv") == 0
    write_csv([], tmp_path / "held.csv")
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "held.csv").read_bytes()
