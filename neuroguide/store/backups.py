"""The daily backups of the history: made with SQLite's backup API, thinned to the last week and a
copy a week for a month, and the best of them found when the history must be restored."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from neuroguide.store.sqlite_files import private_file, session_count
from neuroguide.system.datadir import ensure_private_dir

BACKUP_PREFIX = "history-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: date
    sessions: int | None  # None: damaged or unreadable


def backups(data_dir: Path) -> list[BackupInfo]:
    """The daily backups, newest first, each with its session count."""
    return [BackupInfo(path, day, session_count(path)) for day, path in _dated_backups(data_dir)]


def _dated_backups(data_dir: Path) -> list[tuple[date, Path]]:
    dated = []
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"):
        try:
            day = date.fromisoformat(path.stem.removeprefix(BACKUP_PREFIX))
        except ValueError:
            continue  # not one of ours: leave it alone
        dated.append((day, path))
    return sorted(dated, reverse=True)


def best_backup(data_dir: Path, need_sessions: bool) -> BackupInfo | None:
    """The newest good backup with sessions; without one, the newest good one unless it must have
    sessions (an empty backup is no help for a file that is missing or empty)."""
    good = [info for info in backups(data_dir) if info.sessions is not None]
    with_sessions = [info for info in good if info.sessions]
    if with_sessions:
        return with_sessions[0]
    return None if need_sessions or not good else good[0]


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def backup_path(data_dir: Path, day: date) -> Path:
    return backups_dir(data_dir) / f"{BACKUP_PREFIX}{day.isoformat()}.sqlite3"


def backup_daily(connection: sqlite3.Connection, data_dir: Path, today: date) -> Path | None:
    """Once a day: copy the live database with SQLite's backup API, then thin out old copies.

    A history with no sessions is not copied while a backup with sessions exists: an empty copy
    would only push a useful one out."""
    target = backup_path(data_dir, today)
    if target.exists():
        return None
    if _live_sessions(connection) == 0 and any(info.sessions for info in backups(data_dir)):
        return None
    ensure_private_dir(backups_dir(data_dir))
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)  # left by a backup cut short: start afresh
    partial.touch(mode=0o600, exist_ok=False)  # owner only before the first byte (SQLite keeps the mode)
    copy = sqlite3.connect(partial)
    try:
        connection.backup(copy)
    finally:
        copy.close()
    private_file(partial)
    partial.replace(target)
    thin_backups(data_dir, today)
    return target


def _live_sessions(connection: sqlite3.Connection) -> int:
    try:
        return int(connection.execute("SELECT count(*) FROM session").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def thin_backups(data_dir: Path, today: date) -> list[Path]:
    """Keep the last 7 days' copies and one a week for the 4 weeks before; remove the rest.

    Whatever their age, the newest backup with the most sessions stays, so a history that ever had
    sessions always keeps a copy of them."""
    keep: set[date] = set()
    dated = _dated_backups(data_dir)
    for day, _ in dated:
        if today - day < timedelta(days=KEEP_DAILY):
            keep.add(day)
    older = sorted((day for day, _ in dated if today - day >= timedelta(days=KEEP_DAILY)), reverse=True)
    weeks_kept: set[tuple[int, int]] = set()
    for day in older:
        week = day.isocalendar()[:2]
        if week not in weeks_kept and len(weeks_kept) < KEEP_WEEKLY:
            weeks_kept.add(week)
            keep.add(day)
    counts = {day: session_count(path) or 0 for day, path in dated}
    most = max(counts.values(), default=0)
    if most and not any(counts[day] == most for day in keep):
        keep.add(next(day for day, _ in dated if counts[day] == most))  # dated is newest first
    removed = []
    for day, path in dated:
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
