"""The one-time word that NeuroGuide keeps running in the background for the reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from neuroguide import APP_NAME
from neuroguide.core.translation import fill, tr

if TYPE_CHECKING:
    from neuroguide.app.reminders import ReminderController


def background_notice(reminders: ReminderController | None) -> QMessageBox:
    """Told once, when the window first closes with reminders on."""
    from PySide6.QtCore import Qt

    where = (
        tr("its icon in the system tray")
        if reminders is not None and reminders.uses_tray
        else tr("starting NeuroGuide again")
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        fill(
            tr(
                "NeuroGuide keeps running so your morning reminder can come. Open it again with %1; "
                "to end it completely, press Ctrl+Q or choose Quit.",
            ),
            where,
        ),
    )
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
