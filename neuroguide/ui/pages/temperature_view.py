"""Foot skin temperature, on the History page: the newest reading, what it means when it is today's,
how many of the last two weeks were measured, and the button that writes today's down. Shown once
the person has said they have a foot skin thermometer, or has readings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.core.foot_temperature import DIFFERENCE, Reading, advice_lines, assess, by_day
from neuroguide.core.translation import fill, tr
from neuroguide.store.history_view import TEMPERATURE_DAYS
from neuroguide.ui.kit.temperatures import degrees
from neuroguide.ui.kit.widgets import Button, text_label
from neuroguide.ui.pages.function_view import day_words


def reading_words(reading: Reading) -> str:
    unit = degrees()
    return fill(tr("Right foot %1, left foot %2"), unit.value(reading.right), unit.value(reading.left))


class TemperatureView(QWidget):
    """``ask`` is emitted when the person wants to write down today's temperatures."""

    ask = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offered = False  # the person said they have a thermometer
        self._readings: list[Reading] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(text_label(tr("Foot skin temperature"), "lead", bold=True), 1)
        self.ask_button = Button(tr("Write down today's…"), tr("Write down today's foot skin temperatures"))
        self.ask_button.clicked.connect(self.ask)
        top.addWidget(self.ask_button)
        layout.addLayout(top)
        self.words = text_label("")
        self.words.setAccessibleDescription(tr("Foot skin temperature"))
        layout.addWidget(self.words)
        self.hide()

    def set_offered(self, offered: bool) -> None:
        self.offered = offered
        self.setVisible(offered or bool(self._readings))

    def show_readings(self, readings: list[Reading], today: date) -> None:
        """``readings``: those of the last TEMPERATURE_DAYS days up to ``today``, oldest first."""
        self._readings = readings
        self.setVisible(self.offered or bool(readings))
        days = by_day(readings)
        if not days:
            words = tr(
                "Each day, after your foot check, write down the skin temperature of both feet. A foot "
                "more than %1 warmer than the other two days running needs rest and your foot clinic."
            )
            self.words.setText(fill(words, degrees().difference(DIFFERENCE)))
            return
        newest = days[max(days)]
        lines = [fill(tr("Last measured on %1: %2."), day_words(newest.day), reading_words(newest))]
        advice = assess(readings)
        if advice is not None and advice.day == today:
            lines += advice_lines(advice, newest.difference, translate=tr, unit=degrees())
        shown = sum(1 for day in days if day > today - timedelta(days=TEMPERATURE_DAYS))
        lines.append(tr("Measured on %n of the last 14 days.", None, shown))
        self.words.setText("\n".join(lines))
