"""Controls that only a deliberate choice changes: a wheel turned to scroll the page passes over them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

Steady = TypeVar("Steady", bound=QWidget)


class _WheelGuard(QObject):
    """A wheel over a value the person has not chosen to change (its widget has no focus) scrolls the
    page instead: scrolling past "What caused the neuropathy" must never change the answer."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)  # the page scrolls, as over its words
        return True


_GUARD = _WheelGuard()


def steady(widget: Steady) -> Steady:
    """A combo box, spin box, slider or date edit that only a deliberate choice changes: the wheel
    neither focuses it nor changes it unless it has focus (clicked, or reached with Tab)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_GUARD)
    return widget
