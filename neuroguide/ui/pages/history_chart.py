"""The History page's chart and what goes with it: a plain line of what it shows, a choice of symptom
and of place (only the places the person scored; hands and feet never averaged together), the axis
title, the chart (``ui.kit.charts``) and its key."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.app.locale_words import day_words
from neuroguide.core.checkin import SYMPTOMS
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import Marker
from neuroguide.store.history_view import ChartData, Series
from neuroguide.ui.kit import style
from neuroguide.ui.kit.charts import SymptomChart, legend_words, shade
from neuroguide.ui.kit.style import Theme
from neuroguide.ui.kit.widgets import Choice, FlowLayout, one_of, text_label
from neuroguide.ui.kit.words import in_sentence, symptom_name
from neuroguide.ui.pages.history_words import chart_summary, latest_words, place_words


class Swatch(QWidget):
    """A key's small picture, painted as the chart paints what it stands for."""

    def __init__(self, kind: str, panel: ChartPanel) -> None:
        super().__init__()
        self.kind, self.panel = kind, panel

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(round(2.4 * line), line)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme, line = self.panel.theme, self.fontMetrics().height()
        own = QColor(getattr(theme, self.panel.symptom or "pain"))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        middle = QPointF(self.width() / 2, self.height() / 2)
        thick = max(2.0, line / 8)
        if self.kind == "change":
            change = shade(theme, self.panel.symptom or "pain")
            painter.fillRect(QRectF(middle.x() - 0.35 * line, 1, 0.7 * line, self.height() - 2), change)
        elif self.kind == "marker":
            painter.setPen(QPen(QColor(theme.marker_dot), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(middle.x(), 0), QPointF(middle.x(), self.height()))
        else:
            before = self.kind == "before"
            colour = QColor(theme.muted) if before else own
            painter.setPen(QPen(colour, thick, Qt.PenStyle.DashLine if before else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(0, middle.y()), QPointF(self.width(), middle.y()))
            painter.setPen(QPen(colour, thick))
            painter.setBrush(QColor(theme.surface) if before else colour)
            painter.drawEllipse(middle, 0.3 * line, 0.3 * line)
        painter.end()


class ChartPanel(QWidget):
    """Shows a view's ``ChartData``; the symptom and place chosen stay chosen across periods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = style.theme()
        self.data = ChartData("week", {})
        self.markers: list[Marker] = []
        self.today = date.today()
        self.symptom: str | None = None
        self.place: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = text_label("", "lead")  # the one line above the chart
        self.summary.setAccessibleDescription(tr("What the chart shows"))
        layout.addWidget(self.summary)
        self.symptom_row = FlowLayout()
        self.symptom_group, self.symptom_buttons = one_of(
            self,
            ((symptom, symptom_name(symptom)) for symptom in SYMPTOMS),
            lambda words: fill(tr("Show %1 on the chart"), in_sentence(words)),
        )
        for key, choice in self.symptom_buttons.items():
            choice.clicked.connect(lambda _checked=False, key=key: self.choose(symptom=key))
            self.symptom_row.addWidget(choice)
        layout.addLayout(self.symptom_row)
        self.place_row = FlowLayout()
        self.place_group = QButtonGroup(self)
        self.place_buttons: dict[str, Choice] = {}
        layout.addLayout(self.place_row)
        self.axis_title = text_label(tr("Scores: 0 is none, 10 is the worst"), "small", muted=True)
        layout.addWidget(self.axis_title)
        self.chart = SymptomChart(self.theme)
        layout.addWidget(self.chart, 1)
        layout.addLayout(self._build_key())

    def _build_key(self) -> FlowLayout:
        key = FlowLayout()
        self.swatches: list[Swatch] = []
        self.key_items: list[QWidget] = []
        for kind, words in legend_words().items():
            item = QWidget()
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            swatch = Swatch(kind, self)
            self.swatches.append(swatch)
            row.addWidget(swatch)
            label = text_label(words, "small")
            label.setWordWrap(False)
            row.addWidget(label)
            key.addWidget(item)
            self.key_items.append(item)
        return key

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.chart.apply_theme(theme)
        for swatch in self.swatches:
            swatch.update()

    def show_data(self, data: ChartData, markers: list[Marker], today: date) -> None:
        self.data, self.markers, self.today = data, markers, today
        symptoms = [symptom for symptom in SYMPTOMS if any(s == symptom for _, s in data.series)]
        for key, button in self.symptom_buttons.items():
            button.setVisible(key in symptoms)
        places = data.places()
        if places != list(self.place_buttons):
            self._make_place_buttons(places)
        if self.symptom not in symptoms:  # the symptom scored most, at first
            most = {key[1]: 0 for key in data.series}
            for one in data.series.values():
                most[one.symptom] = max(most[one.symptom], one.sessions)
            self.symptom = max(symptoms, key=lambda s: most[s]) if symptoms else None
        if self.place not in places:
            scored = [place for place in places if (place, self.symptom) in data.series]
            self.place = next(iter(scored or places), None)
        self._redraw()

    def _make_place_buttons(self, places: list[str]) -> None:
        for button in self.place_buttons.values():
            self.place_group.removeButton(button)
            self.place_row.removeWidget(button)
            button.deleteLater()
        self.place_buttons = {}
        for place in places:
            words = place_words(place)
            button = Choice(words, fill(tr("Show the scores for: %1"), in_sentence(words)))
            button.clicked.connect(lambda _checked=False, key=place: self.choose(place=key))
            self.place_group.addButton(button)
            self.place_row.addWidget(button)
            self.place_buttons[place] = button
            button.setVisible(len(places) > 1)
        # made after the page: put them where they are read, between the symptoms and the chart
        chain = [self.symptom_buttons[SYMPTOMS[-1]], *self.place_buttons.values(), self.chart]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def choose(self, symptom: str | None = None, place: str | None = None) -> None:
        """Show another symptom or place (as its button does)."""
        self.symptom = symptom or self.symptom
        self.place = place or self.place
        self._redraw()

    def shown(self) -> Series | None:
        if self.symptom is None or self.place is None:
            return None
        return self.data.series.get((self.place, self.symptom))

    def _redraw(self) -> None:
        for key, button in (*self.symptom_buttons.items(), *self.place_buttons.items()):
            button.setChecked(key in (self.symptom, self.place))
        series = self.shown()
        if self.symptom is None or self.place is None:
            empty = tr("The chart shows sessions scored both before and after. None in this period yet.")
        else:
            empty = fill(
                tr("No %1 scores for the %2, before and after, in this period."),
                in_sentence(symptom_name(self.symptom)),
                in_sentence(place_words(self.place)),
            )
        self.chart.show_series(series, self.data.bucket, self.markers, self.today, empty)
        summary = chart_summary(series, self.today)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        for swatch in self.swatches:
            swatch.update()
        self.key_items[-1].setVisible(bool(self.chart.markers))  # the markers' key, when there are some
        self._name_chart(series, summary or empty)

    def _name_chart(self, series: Series | None, summary: str) -> None:
        if self.symptom and self.place:
            name = fill(
                tr("Chart of %1 scores, %2, before and after each session"),
                in_sentence(symptom_name(self.symptom)),
                in_sentence(place_words(self.place)),
            )
        else:
            name = tr("Chart of symptom scores")
        self.chart.setAccessibleName(name)
        marks = ", ".join(
            f"{marker.label} ({day_words(marker.day, year=False)})" for marker in self.chart.markers
        )
        described = [summary, latest_words(series, self.data.bucket)]
        if marks:
            described.append(fill(tr("Markers: %1."), marks))
        self.chart.setToolTip(fill(tr("Markers: %1."), marks) if marks else "")
        self.chart.setAccessibleDescription(" ".join(part for part in described if part))
