"""What every view of the player shares: the page's background, and a column to lay it out in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PlayerView(QWidget):
    def __init__(self, margins: tuple[int, int, int, int], spacing: int | None = None) -> None:
        super().__init__()
        self.setObjectName("page")
        # the style sheet paints a QWidget subclass's background only when asked to
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(*margins)
        if spacing is not None:
            self.column.setSpacing(spacing)
