"""What a person would see as broken in a laid-out view: words cut off, controls squeezed below what
their words need, things pushed out of their box, or lying on top of each other.

Only the app's own text and buttons are checked (Qt's inner parts of a spin box or a calendar are
Qt's to lay out); anything inside a scroll area may run past the visible part, since it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QWidget,
)

SLACK = 1  # px: rounding between a size hint and a laid-out size


def _checked(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text()) and widget.pixmap().isNull()
    return isinstance(widget, QAbstractButton) and not widget.objectName().startswith("qt_")


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Shown in ``root``'s own window (a dialog opened over it is checked on its own)."""
    return (
        widget.window() is root.window()
        and widget.isVisibleTo(root)
        and widget.width() > 0
        and widget.height() > 0
    )


def inside_qt_part(widget: QWidget, root: QWidget) -> bool:
    """Inside a composite Qt control (a calendar, a spin box, an item view's own widgets)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.objectName().startswith("qt_") or (
            isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea)
        ):
            return True
        parent = parent.parentWidget()
    return False


def _scrolls(widget: QWidget) -> bool:
    """The content widget of a scroll area: it may be larger than what shows."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QScrollArea)


def clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s words do not fit in the room it was given, or None when they do."""
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
            return None
        hint = widget.minimumSizeHint()
    else:
        hint = widget.minimumSizeHint().expandedTo(widget.sizeHint())
    if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return None


def outside(widget: QWidget, root: QWidget) -> str | None:
    """Why ``widget`` runs out of one of its boxes (up to the root or a scroll area), or None."""
    child: QWidget = widget
    while child is not root and not _scrolls(child):
        parent = child.parentWidget()
        if parent is None:
            return None
        if not parent.rect().contains(child.geometry()):
            return f"{type(child).__name__} {_rect(child.geometry())} runs out of {_rect(parent.rect())}"
        child = parent
    return None


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"


def _describe(widget: QWidget) -> str:
    words = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {words[:40]!r}"


def layout_problems(root: QWidget) -> list[str]:
    """Every clipped, squeezed, escaping or overlapping text and button shown under ``root``."""
    found: list[str] = []
    widgets = [
        widget
        for widget in root.findChildren(QWidget)
        if _checked(widget) and _shown(widget, root) and not inside_qt_part(widget, root)
    ]
    for widget in widgets:
        for problem in (clipped(widget), outside(widget, root)):
            if problem:
                found.append(f"{_describe(widget)}: {problem}")
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if _shown(area, root) and content is not None and content.width() > area.viewport().width() + SLACK:
            # reading line by line, sideways and back, is hard at large text (WCAG 1.4.10, reflow)
            found.append(
                f"{_describe(area)} {area.accessibleName()!r} scrolls sideways: "
                f"{content.width()} px of content in {area.viewport().width()}"
            )
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    found.append(f"{_describe(first)} and {_describe(second)} overlap by {_rect(overlap)}")
    return found


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``'s window, in the order it visits them."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(5000):
        if widget is None or widget is root:
            break
        takes_tab = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if (
            takes_tab
            and widget.window() is root.window()
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _region(widget: QWidget, root: QWidget) -> QWidget:
    """The content of the nearest scroll area around ``widget``, or the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if _scrolls(parent):
            return parent
        parent = parent.parentWidget()
    return root


def tab_order_problems(root: QWidget) -> list[str]:
    """Where Tab does not follow reading order: within each scrolling region (or the window), each stop
    is on the same row and further right, lower down, or at the top of a new column to the right of
    everything before it. Every stop is visited once."""
    stops = tab_stops(root)
    found = [f"{_describe(widget)} is visited twice" for widget in set(stops) if stops.count(widget) > 1]
    by_region: dict[int, list[QRect]] = {}
    for widget in stops:
        region = _region(widget, root)
        place = QRect(widget.mapTo(region, QPoint(0, 0)), widget.size())
        seen = by_region.setdefault(id(region), [])
        if seen:
            last = seen[-1]
            same_row = abs(place.center().y() - last.center().y()) < max(last.height(), place.height()) / 2
            lower = place.top() >= last.top() + last.height() / 2
            new_column = place.left() > max(earlier.left() for earlier in seen)
            if not ((same_row and place.left() > last.left()) or (lower and not same_row) or new_column):
                found.append(f"{_describe(widget)} at {_rect(place)} comes after one at {_rect(last)}")
        seen.append(place)
    return found


def spacing_problems(root: QWidget, scale: tuple[int, ...]) -> list[str]:
    """Gaps and margins of the app's own layouts that are not on the spacing ``scale``."""
    found = []
    for layout in root.findChildren(QLayout):
        owner = layout.parentWidget()
        if owner is None or owner.window() is not root.window() or inside_qt_part(owner, root):
            continue
        if owner.objectName().startswith("qt_"):
            continue
        if isinstance(layout, QFormLayout | QGridLayout):
            gaps = [layout.horizontalSpacing(), layout.verticalSpacing()]
        else:
            gaps = [layout.spacing()]
        margins = layout.contentsMargins()
        values = [*gaps, margins.left(), margins.top(), margins.right(), margins.bottom()]
        off = sorted({value for value in values if value not in scale and value != -1})
        if off:
            found.append(f"{type(layout).__name__} in {type(owner).__name__}: {off}")
    return found
