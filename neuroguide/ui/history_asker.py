"""What the owners of the history's own questions share (the weekly questions about daily life, the
foot skin temperatures): the history they save to, the settings and clock they read, the window their
dialog opens over, and whom to tell once something new is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.core.clock import Clock
from neuroguide.core.settings import Settings


class HistoryAsker(QObject):
    """``on_saved`` hears when new answers are in the history (the History page reads them again)."""

    def __init__(
        self,
        bridge: HistoryBridge,
        settings: Settings,
        clock: Clock,
        parent: QWidget,
        on_saved: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.bridge, self.settings, self.clock, self.parent_widget = bridge, settings, clock, parent
        self.on_saved = on_saved
