"""Settings the person can change; each control is built from the setting's own declaration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from neuroguide.core.settings import BY_KEY, Settings
from neuroguide.ui import style
from neuroguide.ui.widgets import Button, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(text_label(tr("Settings"), "title", bold=True))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(12)

        lead_in = BY_KEY["lead_in_seconds"]
        self.lead_in = QSpinBox()
        self.lead_in.setRange(int(lead_in.low or 0), int(lead_in.high or 60))
        self.lead_in.setSuffix(tr(" seconds"))
        self.lead_in.setValue(settings.whole("lead_in_seconds"))
        self.lead_in.setMinimumHeight(style.MIN_TARGET)
        self.lead_in.setAccessibleName(tr("Reading time before the timer starts"))
        self.lead_in.setAccessibleDescription(lead_in.description)
        self.lead_in.valueChanged.connect(lambda value: settings.set("lead_in_seconds", value))
        label = QLabel(tr("Reading time before the timer starts"))
        label.setBuddy(self.lead_in)
        form.addRow(label, self.lead_in)

        self.every_step = QCheckBox(tr("Give reading time before every step, not only the first"))
        self.every_step.setChecked(settings.flag("lead_in_every_step"))
        self.every_step.setMinimumHeight(style.MIN_TARGET)
        self.every_step.setAccessibleName(tr("Reading time before every step"))
        self.every_step.toggled.connect(lambda on: settings.set("lead_in_every_step", on))
        form.addRow(self.every_step)
        layout.addLayout(form)

        if settings.problems:
            note = text_label(
                tr("Some saved settings could not be used and are back to their defaults:")
                + "\n"
                + "\n".join(settings.problems),
                "small",
            )
            layout.addWidget(note)

        close = Button(tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
