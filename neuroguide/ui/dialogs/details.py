"""One session of the history in full: what was done, how it ended, the scores before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from neuroguide.app.locale_words import moment_words
from neuroguide.core.translation import fill, tr
from neuroguide.store.history import SessionRecord
from neuroguide.ui.kit.titles import window_title
from neuroguide.ui.kit.widgets import Button
from neuroguide.ui.kit.window_size import fit_to_screen
from neuroguide.ui.kit.words import in_sentence, routine_title, stop_reason_words
from neuroguide.ui.pages.history_words import change_words


class DetailsDialog(QDialog):
    def __init__(self, record: SessionRecord, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(routine_title(record)))
        fit_to_screen(self, 640, 560, "details")
        layout = QVBoxLayout(self)
        text = QTextBrowser()
        text.setAccessibleName(tr("Session details"))
        text.setPlainText(details_text(record))
        layout.addWidget(text)
        close = Button(tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def details_text(record: SessionRecord) -> str:
    from neuroguide.ui.dialogs.checkin import limb_words
    from neuroguide.ui.kit.words import symptom_name

    reason = stop_reason_words(record.stop_reason, record.stop_note)
    lines = [
        routine_title(record),
        moment_words(record.started_at, short=False),
        fill(
            tr("Minutes: %1 of %2"), f"{record.done_seconds / 60:.0f}", f"{record.planned_seconds / 60:.0f}"
        ),
        fill(tr("Steps done: %1 of %2"), str(record.steps_done), str(record.steps_total)),
        fill(tr("How it ended: %1"), record.status + (f" ({reason})" if reason else "")),
        fill(tr("By: %1"), record.performed_by or tr("self")),
        "",
    ]
    for moment, checkin in ((tr("Before"), record.before), (tr("After"), record.after)):
        if checkin is None:
            continue
        lines.append(moment)
        for (limb, symptom), value in sorted(checkin.scores.items()):
            lines.append(f"  {limb_words(limb)}, {in_sentence(symptom_name(symptom))}: {value}")
        if checkin.moment == "after":
            lines.append("  " + fill(tr("Skin: %1"), ", ".join(checkin.skin) or tr("as usual")))
            if checkin.soreness:
                lines.append("  " + tr("Sore afterwards"))
            if checkin.fatigue:
                lines.append("  " + tr("Tired afterwards"))
            if checkin.note:
                lines.append("  " + fill(tr("Note: %1"), checkin.note))
    if change := change_words(record):
        lines += ["", change]
    if record.steps:
        lines += ["", tr("Steps")]
        for step in record.steps:
            mark = "✓" if step.completed else "–"
            lines.append(f"  {mark} {step.position}. {step.title} ({step.seconds_done:.0f} s)")
    return "\n".join(lines)
