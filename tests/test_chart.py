"""The History page's chart: one symptom in one place, before and after as a pair per week, the time
fitted to the person's own data, markers as labelled lines, and the one line above it, checked against
figures worked out here from the records alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.store.history import HistoryStore, SessionRecord
from neuroguide.store.history_view import MAX_WEEKS, read_view
from neuroguide.ui.kit import style
from neuroguide.ui.pages.history import HistoryPage
from tests.counting_scenario import MARIA, ROBERT, TODAY, day, paired
from tests.history_seed import add_sessions, seed
from tests.layout_check import layout_problems, tab_stops

TODAY_AT = datetime.combine(TODAY, time(20)).astimezone()
Expected = dict[tuple[str, str, date], tuple[float, float, int]]


@pytest.fixture(autouse=True)
def ordinary_again(qapp: QApplication) -> Iterator[None]:
    yield
    style.apply(qapp, style.LIGHT, 100)


def expected_pairs(records: list[SessionRecord], bucket: str) -> Expected:
    """(place, symptom, bucket start) -> (before, after, sessions), from each session's own scores: a
    limb's scores given both times, and an area's sides averaged for the session first."""
    sums: dict[tuple[str, str, date], list[float]] = {}

    def add(key: tuple[str, str, date], before: float, after: float) -> None:
        found = sums.setdefault(key, [0.0, 0.0, 0])
        found[0], found[1], found[2] = found[0] + before, found[1] + after, found[2] + 1

    for record in records:
        if record.before is None or record.after is None:
            continue
        start = (
            record.day.replace(day=1) if bucket == "month" else record.day - timedelta(record.day.weekday())
        )
        areas: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for (limb, symptom), before in record.before.scores.items():
            after = record.after.scores.get((limb, symptom))
            if after is None:
                continue
            add((limb, symptom, start), before, after)
            areas.setdefault((limb.split()[-1], symptom), []).append((before, after))
        for (area, symptom), values in areas.items():
            add(
                (area, symptom, start),
                sum(b for b, _ in values) / len(values),
                sum(a for _, a in values) / len(values),
            )
    return {key: (b / n, a / n, int(n)) for key, (b, a, n) in sums.items()}


def page_for(qtbot: QtBot, folder: Path, period: str = "6m", today: date = TODAY) -> HistoryPage:
    with HistoryStore(folder) as store:
        view = read_view(store, today, period)
    page = HistoryPage(3)
    qtbot.addWidget(page)
    page.show_view(view, 3)
    return page


def test_the_pairs_summed_in_sql_are_each_sessions_own(tmp_path: Path) -> None:
    add_sessions(tmp_path, MARIA)
    seed(tmp_path / "long", 300, TODAY_AT, per_week=6)  # feet and hands
    for folder in (tmp_path, tmp_path / "long"):
        with HistoryStore(folder) as store:
            view = read_view(store, TODAY, "1y")
            records = store.sessions(view.since, TODAY)
        expected = expected_pairs(records, "week")
        found = {
            (series.place, series.symptom, pair.start): (pair.before, pair.after, pair.sessions)
            for series in view.chart.series.values()
            for pair in series.pairs
        }
        assert found.keys() == expected.keys()
        for key, (before, after, count) in expected.items():
            assert found[key] == pytest.approx((before, after, count))


def test_the_summary_line_says_the_average_change_and_the_sessions_it_rests_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    add_sessions(tmp_path, MARIA)
    page = page_for(qtbot, tmp_path)
    befores, afters = paired(MARIA, "pain", None)  # all of Maria's scores are of her feet
    change = sum(afters) / len(afters) - sum(befores) / len(befores)
    assert len(befores) == 5 and round(change, 1) == -0.9
    weeks = -(-((TODAY - day(18)).days + 1) // 7)  # her first session scored both times
    assert page.chart_panel.summary.text() == (
        f"In the last {weeks} weeks, pain in the feet was on average {-change:.1f} lower after a session "
        f"than before, over {len(befores)} sessions."
    )
    assert not any(word in page.chart_panel.summary.text() for word in ("improv", "works", "better"))
    page.chart_panel.choose(place="right foot")
    befores, afters = paired(MARIA, "pain", "right foot")
    change = sum(afters) / len(afters) - sum(befores) / len(befores)
    assert page.chart_panel.summary.text().endswith(
        f"pain in the right foot was on average {abs(change):.1f} lower after a session than before, "
        f"over {len(befores)} sessions."
    )
    page.chart_panel.choose(symptom="tingling", place="foot")  # one session: nothing is claimed
    assert page.chart_panel.summary.text() == "" and page.chart_panel.summary.isHidden()


def test_too_few_sessions_say_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    add_sessions(tmp_path, ROBERT)  # two sessions scored both times
    page = page_for(qtbot, tmp_path)
    panel = page.chart_panel
    assert (panel.symptom, panel.place) == ("tingling", "hand")  # what he scored most, at first
    assert panel.shown() is not None and panel.shown().sessions == 2  # type: ignore[union-attr]
    assert panel.summary.text() == ""
    assert list(panel.place_buttons) == ["hand", "right hand", "left hand"]


def test_the_time_starts_at_the_first_data_not_the_period(qtbot: QtBot, tmp_path: Path) -> None:
    add_sessions(tmp_path, MARIA)
    page = page_for(qtbot, tmp_path, "6m")
    assert page.view is not None and page.view.since == TODAY - timedelta(days=181)
    first = day(18)
    assert page.chart.x_range == (first - timedelta(days=first.weekday()), TODAY)


def test_choosing_a_symptom_or_a_place_changes_what_is_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    seed(tmp_path, 120, TODAY_AT, per_week=6)
    page = page_for(qtbot, tmp_path, "3m")
    panel, chart = page.chart_panel, page.chart
    assert list(panel.place_buttons) == ["foot", "right foot", "left foot", "hand", "right hand", "left hand"]
    assert chart.series is not None and (chart.series.place, chart.series.symptom) == ("foot", "pain")
    feet_pain = chart.series.pairs
    panel.symptom_buttons["numbness"].click()
    assert chart.series.symptom == "numbness" and chart.series.pairs != feet_pain
    assert "numbness" in chart.accessibleName()
    panel.place_buttons["left hand"].click()
    assert (chart.series.place, chart.series.symptom) == ("left hand", "numbness")
    assert panel.place_buttons["left hand"].isChecked() and panel.symptom_buttons["numbness"].isChecked()
    for button in (*panel.symptom_buttons.values(), *panel.place_buttons.values()):
        assert button.accessibleName() and button.sizeHint().height() >= style.MIN_TARGET
    page.show()  # Tab goes from the symptoms to the places, then the chart
    stops = [stop for stop in tab_stops(page) if panel.isAncestorOf(stop)]
    assert stops == [*panel.symptom_buttons.values(), *panel.place_buttons.values(), chart]


def test_markers_are_drawn_as_labelled_lines_and_read_out(qtbot: QtBot, tmp_path: Path) -> None:
    add_sessions(tmp_path, MARIA)
    with HistoryStore(tmp_path) as store:
        store.add_marker(day(12), "infusion 4")
        store.add_marker(day(40), "new medicine")  # before her first scores: outside the chart
    page = page_for(qtbot, tmp_path)
    assert [marker.label for marker in page.chart.markers] == ["infusion 4"]
    description = page.chart.accessibleDescription()
    assert description.startswith(page.chart_panel.summary.text())
    last = page.chart.series.pairs[-1]  # type: ignore[union-attr]
    assert f"before {last.before:.1f}, after {last.after:.1f}" in description
    assert "Markers: infusion 4" in description


def test_many_markers_close_together_are_all_labelled_in_up_to_three_rows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    seed(tmp_path, 60, TODAY_AT)
    labels = ["infusion 1", "new medicine: duloxetine 30 mg", "infusion 2", "podiatrist", "fell"]
    with HistoryStore(tmp_path) as store:
        for n, label in enumerate(labels):
            store.add_marker(TODAY - timedelta(days=40 - 3 * n), label)
    page = page_for(qtbot, tmp_path)
    page.resize(1024, 768)
    page.show()
    chart = page.chart
    plot = chart.plot_rect()
    laid = chart.marker_labels(plot.left(), plot.width())
    assert len(laid) == len(labels) and {row for _, row, _ in laid} == {0, 1, 2}
    assert [x for x, _, _ in laid] == sorted(x for x, _, _ in laid)
    assert (
        chart.toolTip()
        == "Markers: "
        + ", ".join(
            f"{label} ({(TODAY - timedelta(days=40 - 3 * n)).day} "
            f"{(TODAY - timedelta(days=40 - 3 * n)).strftime('%b')})"
            for n, label in enumerate(labels)
        )
        + "."
    )
    one = page_for(qtbot, tmp_path / "one")
    assert one.chart.markers == [] and one.chart_panel.key_items[-1].isHidden()


def test_an_empty_history_says_what_the_chart_will_show(qtbot: QtBot, tmp_path: Path) -> None:
    page = page_for(qtbot, tmp_path)
    panel = page.chart_panel
    assert panel.shown() is None and panel.summary.isHidden() and not panel.place_buttons
    assert all(button.isHidden() for button in panel.symptom_buttons.values())
    assert page.chart.empty_words.startswith("The chart shows sessions scored both before and after.")
    assert page.chart.accessibleDescription() == page.chart.empty_words


def test_long_histories_are_paired_by_month(tmp_path: Path) -> None:
    seed(tmp_path, 3 * 365, TODAY_AT, per_week=3, steps=False)
    with HistoryStore(tmp_path) as store:
        view = read_view(store, TODAY, "all")
    assert view.chart.bucket == "month" and (TODAY - view.chart.first).days / 7 > MAX_WEEKS  # type: ignore[operator]
    assert max(len(series.pairs) for series in view.chart.series.values()) <= 37


@pytest.mark.parametrize("percent", [100, 200])
def test_the_page_lays_out_and_the_chart_is_drawn_in_every_theme(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, screens: Path, percent: int
) -> None:
    seed(tmp_path, 45, TODAY_AT, per_week=5)
    with HistoryStore(tmp_path) as store:
        store.add_marker(TODAY - timedelta(days=20), "infusion 4")
        store.add_marker(TODAY - timedelta(days=19), "new medicine")
    for theme in style.THEMES.values():
        style.apply(qapp, theme, percent)
        page = page_for(qtbot, tmp_path)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        QApplication.processEvents()
        assert layout_problems(page) == []
        assert page.chart.height() >= page.chart.minimumSizeHint().height()
        for ratio in (1, 2):
            picture = QPixmap(page.chart_panel.size() * ratio)  # as on a screen of that pixel ratio
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor(theme.background))
            page.chart_panel.render(picture)
            assert picture.save(str(screens / f"chart-{theme.name}-{percent}-x{ratio}.png"))
        assert page.grab().save(str(screens / f"history-chart-{theme.name}-{percent}.png"))
        page.close()
