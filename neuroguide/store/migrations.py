"""The history file's format: numbered migrations, each moving a file one version forward in one
transaction, and the refusal of a file written by a newer version of the app."""

from __future__ import annotations

import sqlite3

from neuroguide.core.outcome import CODES, OLD_STOP_TEXTS, StopReason

SUMMED = [(moment, symptom) for moment in ("before", "after") for symptom in ("pain", "tingling", "numbness")]


def _day_summary_migration() -> str:
    """The day_summary table, filled from what is there, and the triggers that keep it right.

    For each check-in moment and symptom it keeps the sum of the check-ins' averages and their count,
    so an average over any run of days is sum / count, read from one row a day."""
    columns = ",\n".join(
        f"{m}_{s} REAL NOT NULL DEFAULT 0, {m}_{s}_n INTEGER NOT NULL DEFAULT 0" for m, s in SUMMED
    )

    def adjust(sign: str, row: str) -> str:
        return ",\n".join(
            f"{m}_{s} = {m}_{s} {sign} CASE WHEN {row}.moment = '{m}' THEN coalesce({row}.{s}, 0) ELSE 0 END,"
            " "
            f"{m}_{s}_n = {m}_{s}_n {sign} ({row}.moment = '{m}' AND {row}.{s} IS NOT NULL)"
            for m, s in SUMMED
        )

    same_day = "JOIN session s ON s.id = c.session_id WHERE substr(s.started_at, 1, 10) = day_summary.day"
    backfill = ",\n".join(
        f"{m}_{s} = coalesce((SELECT sum(c.{s}) FROM checkin c {same_day} AND c.moment = '{m}'), 0), "
        f"{m}_{s}_n = (SELECT count(c.{s}) FROM checkin c {same_day} AND c.moment = '{m}')"
        for m, s in SUMMED
    )
    session_day = "(SELECT substr(started_at, 1, 10) FROM session WHERE id = {row}.session_id)"
    return f"""
    CREATE TABLE day_summary (
        day TEXT PRIMARY KEY, sessions INTEGER NOT NULL DEFAULT 0, finished INTEGER NOT NULL DEFAULT 0,
        {columns}
    ) WITHOUT ROWID;
    INSERT INTO day_summary (day, sessions, finished)
        SELECT substr(started_at, 1, 10), count(*), sum(status = 'finished') FROM session GROUP BY 1;
    UPDATE day_summary SET {backfill};
    CREATE TRIGGER day_summary_session_added AFTER INSERT ON session BEGIN
        INSERT INTO day_summary (day) VALUES (substr(NEW.started_at, 1, 10)) ON CONFLICT (day) DO NOTHING;
        UPDATE day_summary SET sessions = sessions + 1, finished = finished + (NEW.status = 'finished')
            WHERE day = substr(NEW.started_at, 1, 10);
    END;
    CREATE TRIGGER day_summary_session_status AFTER UPDATE OF status ON session BEGIN
        UPDATE day_summary SET finished = finished - (OLD.status = 'finished') + (NEW.status = 'finished')
            WHERE day = substr(NEW.started_at, 1, 10);
    END;
    CREATE TRIGGER day_summary_checkin_added AFTER INSERT ON checkin BEGIN
        UPDATE day_summary SET {adjust("+", "NEW")} WHERE day = {session_day.format(row="NEW")};
    END;
    CREATE TRIGGER day_summary_checkin_removed AFTER DELETE ON checkin BEGIN
        UPDATE day_summary SET {adjust("-", "OLD")} WHERE day = {session_day.format(row="OLD")};
    END;
    """


def _stop_code_migration() -> str:
    """Older versions kept the stop reason in the words shown; each known text becomes its code."""
    known = " ".join(f"WHEN {_quoted(text)} THEN {_quoted(code)}" for text, code in OLD_STOP_TEXTS.items())
    codes = ", ".join(_quoted(code) for code in sorted(CODES))
    return f"""
    ALTER TABLE session ADD COLUMN stop_note TEXT NOT NULL DEFAULT '';
    UPDATE session SET stop_note = stop_reason, stop_reason = {_quoted(StopReason.OTHER)}
        WHERE stop_reason != '' AND stop_reason NOT IN ({", ".join(map(_quoted, OLD_STOP_TEXTS))})
        AND stop_reason NOT IN ({codes});
    UPDATE session SET stop_reason = CASE stop_reason {known} ELSE stop_reason END
    """


def counted_sql(row: str) -> str:
    """The rule of ``core.counting.counts`` for the session ``row`` (NEW, OLD, a table's alias), as 1 or 0."""
    return (
        f"({row}.status = 'finished' OR ({row}.status IN ('stopped', 'interrupted')"
        f" AND {row}.steps_total > 0 AND {row}.steps_done * 2 >= {row}.steps_total))"
    )


def _counted_migration() -> str:
    """Each session's completed steps, and each day's sessions that count, kept by triggers.

    The steps a session has done are kept on its row (a step's insert, removal or change adjusts
    them), so whether it counts is a question about one row; the day's ``counted`` follows every
    change of a session's status, steps done or steps planned. The rule is the one of its time: a
    change to it needs a migration of its own that counts again."""
    session_day = "substr(NEW.started_at, 1, 10)"
    return f"""
    ALTER TABLE session ADD COLUMN steps_done INTEGER NOT NULL DEFAULT 0;
    UPDATE session SET steps_done = (SELECT count(*) FROM step WHERE step.session_id = session.id
        AND step.completed);
    ALTER TABLE day_summary ADD COLUMN counted INTEGER NOT NULL DEFAULT 0;
    UPDATE day_summary SET counted = c.n FROM (
        SELECT substr(started_at, 1, 10) AS day, sum({counted_sql("session")}) AS n FROM session GROUP BY 1
    ) AS c WHERE c.day = day_summary.day;
    DROP TRIGGER day_summary_session_added;
    DROP TRIGGER day_summary_session_status;
    CREATE TRIGGER day_summary_session_added AFTER INSERT ON session BEGIN
        INSERT INTO day_summary (day) VALUES ({session_day}) ON CONFLICT (day) DO NOTHING;
        UPDATE day_summary SET sessions = sessions + 1, finished = finished + (NEW.status = 'finished'),
            counted = counted + {counted_sql("NEW")}
            WHERE day = {session_day};
    END;
    CREATE TRIGGER day_summary_session_changed AFTER UPDATE OF status, steps_done, steps_total ON session
    BEGIN
        UPDATE day_summary SET finished = finished - (OLD.status = 'finished') + (NEW.status = 'finished'),
            counted = counted - {counted_sql("OLD")} + {counted_sql("NEW")}
            WHERE day = {session_day};
    END;
    CREATE TRIGGER session_step_added AFTER INSERT ON step WHEN NEW.completed BEGIN
        UPDATE session SET steps_done = steps_done + 1 WHERE id = NEW.session_id;
    END;
    CREATE TRIGGER session_step_removed AFTER DELETE ON step WHEN OLD.completed BEGIN
        UPDATE session SET steps_done = steps_done - 1 WHERE id = OLD.session_id;
    END;
    CREATE TRIGGER session_step_changed AFTER UPDATE OF completed, session_id ON step BEGIN
        UPDATE session SET steps_done = steps_done - (OLD.completed != 0) WHERE id = OLD.session_id;
        UPDATE session SET steps_done = steps_done + (NEW.completed != 0) WHERE id = NEW.session_id;
    END;
    """


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


MIGRATIONS: tuple[str, ...] = (
    # 1: sessions and the steps done in them
    """
    CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_title TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
        stop_reason TEXT NOT NULL DEFAULT '',
        planned_seconds INTEGER NOT NULL,
        done_seconds REAL NOT NULL DEFAULT 0,
        steps_total INTEGER NOT NULL,
        performed_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX session_started ON session (started_at);
    CREATE TABLE step (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        step_key TEXT NOT NULL,
        title TEXT NOT NULL,
        side TEXT,
        completed INTEGER NOT NULL,
        seconds_done REAL NOT NULL,
        finished_at TEXT NOT NULL
    );
    CREATE INDEX step_session ON step (session_id);
    """,
    # 2: symptom check-ins before and after a session
    """
    CREATE TABLE checkin (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        recorded_at TEXT NOT NULL,
        skin TEXT NOT NULL DEFAULT '',
        soreness INTEGER NOT NULL DEFAULT 0,
        fatigue INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (session_id, moment)
    );
    CREATE TABLE score (
        checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
        limb TEXT NOT NULL,
        symptom TEXT NOT NULL CHECK (symptom IN ('pain', 'tingling', 'numbness')),
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (checkin_id, limb, symptom)
    );
    """,
    # 3: the person's own markers on the timeline ("infusion", "new medicine")
    """
    CREATE TABLE marker (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        label TEXT NOT NULL
    );
    CREATE INDEX marker_day ON marker (day);
    """,
    # 4: each check-in's average per symptom, so charts over years are summed in SQL
    """
    ALTER TABLE checkin ADD COLUMN pain REAL;
    ALTER TABLE checkin ADD COLUMN tingling REAL;
    ALTER TABLE checkin ADD COLUMN numbness REAL;
    UPDATE checkin SET
        pain = (SELECT avg(value) FROM score WHERE checkin_id = checkin.id AND symptom = 'pain'),
        tingling = (SELECT avg(value) FROM score WHERE checkin_id = checkin.id AND symptom = 'tingling'),
        numbness = (SELECT avg(value) FROM score WHERE checkin_id = checkin.id AND symptom = 'numbness')
    """,
    # 5: a summary a day (sessions, finished, score sums), kept by triggers, for years-long views
    _day_summary_migration(),
    # 6: what the morning reminder did, so a restart never repeats one and a skipped day is kept
    """
    CREATE TABLE reminder_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reminded', 'caught-up', 'snoozed', 'skipped', 'started')),
        due TEXT NOT NULL,
        until TEXT
    );
    CREATE INDEX reminder_event_due ON reminder_event (due);
    """,
    # 7: what the skin check inside a session found, and the places left out during it (and why)
    """
    ALTER TABLE session ADD COLUMN found TEXT NOT NULL DEFAULT '';
    ALTER TABLE session ADD COLUMN left_out TEXT NOT NULL DEFAULT '';
    """,
    # 8: stop reasons kept as codes, not as the words shown; other words kept as the stop's note
    _stop_code_migration(),
    # 9: the steps each session did, and each day's sessions that count (finished, or half done)
    _counted_migration(),
    # 10: how daily life is going, asked at most once a week: each answer a code (core.function_checkin)
    """
    CREATE TABLE function_checkin (
        id INTEGER PRIMARY KEY,
        recorded_at TEXT NOT NULL,
        answered_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX function_checkin_at ON function_checkin (recorded_at);
    CREATE TABLE function_answer (
        checkin_id INTEGER NOT NULL REFERENCES function_checkin (id) ON DELETE CASCADE,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        PRIMARY KEY (checkin_id, question)
    ) WITHOUT ROWID;
    """,
    # 11: foot skin temperatures (core.foot_temperature), every reading kept; the range is that of its time
    """
    CREATE TABLE foot_temperature (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        right_c REAL NOT NULL CHECK (right_c BETWEEN 20 AND 40),
        left_c REAL NOT NULL CHECK (left_c BETWEEN 20 AND 40)
    );
    CREATE INDEX foot_temperature_day ON foot_temperature (day);
    """,
)
VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """History cannot be used; the message is meant for the person."""


class TooNewError(HistoryError):
    pass


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = VERSION) -> int | None:
    """Bring the file up to ``target``; returns the version it had when it was older, else None."""
    found = schema_version(connection)
    if found > VERSION:
        raise TooNewError(too_new_message(found))
    for number in range(found, target):
        connection.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(connection) > number:
                # another connection (a second window, the command line) did this step meanwhile
                connection.execute("COMMIT")
                continue
            for statement in _statements(MIGRATIONS[number]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found if found < target else None


def too_new_message(found: int) -> str:
    return (
        f"the history file was written by a newer version of NeuroGuide (format {found}; this version "
        f"reads up to {VERSION}). It has not been changed. Please update NeuroGuide."
    )


def _statements(script: str) -> list[str]:
    """Split a migration into statements; a trigger's body keeps its own semicolons."""
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements
