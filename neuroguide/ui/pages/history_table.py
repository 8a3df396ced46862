"""The History page's table of sessions: its model, and columns sized from their words."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from neuroguide.core.translation import tr, tr_noop
from neuroguide.store.history import SessionRecord
from neuroguide.ui.pages.history_words import session_cells


class SessionTable(QAbstractTableModel):
    HEADERS = (
        tr_noop("Date"),
        tr_noop("Routine"),
        tr_noop("Minutes"),
        tr_noop("By"),
        tr_noop("Before → after"),
        tr_noop("How it ended"),
        tr_noop("Note"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.records: list[SessionRecord] = []
        self.cells: list[tuple[str, ...]] = []

    def set_records(self, records: list[SessionRecord], cells: list[tuple[str, ...]] | None = None) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.cells = list(cells) if cells is not None else [session_cells(record) for record in records]
        self.endResetModel()

    def add_records(self, records: list[SessionRecord]) -> None:
        if records:
            start = len(self.records)
            self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
            self.records.extend(records)
            self.cells.extend(session_cells(record) for record in records)
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.cells[index.row()][index.column()]


def fit_columns(table: QTableView, model: SessionTable, rows: int = 12) -> None:
    """Columns as wide as their header and the first ``rows`` rows need, measured here from the words:
    several times quicker than the view asking each cell's size, and the person may still drag them."""
    header = table.horizontalHeader()
    text_metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
    padding = 2 * text_metrics.averageCharWidth() + 8
    for column in range(model.columnCount() - 1):  # the last one stretches to the edge
        needed = header_metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal, 0)))
        for cells in model.cells[:rows]:
            needed = max(needed, text_metrics.horizontalAdvance(cells[column]))
        header.resizeSection(column, needed + padding)
