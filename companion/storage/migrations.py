"""The database schema as ordered steps: step i upgrades ``PRAGMA user_version`` i to i + 1.

Never edit a released step: add a new one at the end (with a test migrating from the schema
before it)."""

from __future__ import annotations

# Ordered migrations. Index i upgrades the schema from version i to i + 1.
# Never edit a released step: add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE checkins (
        id          INTEGER PRIMARY KEY,
        ts          TEXT    NOT NULL,
        utc_offset  INTEGER NOT NULL,
        state       TEXT    NOT NULL
                    CHECK (state IN ('fight', 'flight', 'freeze', 'fawn', 'settled')),
        intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 5),
        note        TEXT    NOT NULL DEFAULT '',
        tag         TEXT,
        context     TEXT,
        break_id    INTEGER
    );
    CREATE TABLE breaks (
        id              INTEGER PRIMARY KEY,
        started         TEXT    NOT NULL,
        utc_offset      INTEGER NOT NULL,
        return_at       TEXT    NOT NULL,
        original_return TEXT    NOT NULL,
        plan            TEXT    NOT NULL DEFAULT '[]',
        plan_done       TEXT    NOT NULL DEFAULT '[]',
        extensions      TEXT    NOT NULL DEFAULT '[]',
        bridge          TEXT    NOT NULL DEFAULT '',
        ended           TEXT,
        outcome         TEXT,
        before_checkin  INTEGER,
        after_checkin   INTEGER,
        notified        TEXT    NOT NULL DEFAULT '[]'
    );
    CREATE TABLE sessions (
        id           INTEGER PRIMARY KEY,
        started      TEXT    NOT NULL,
        utc_offset   INTEGER NOT NULL,
        ended        TEXT,
        pattern_name TEXT    NOT NULL,
        pattern_spec TEXT    NOT NULL,
        breaths      INTEGER NOT NULL DEFAULT 0,
        seconds      REAL    NOT NULL DEFAULT 0,
        finished     INTEGER NOT NULL DEFAULT 0
    );
    """,
    """
    CREATE TABLE patterns (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE,
        spec  TEXT NOT NULL
    );
    CREATE INDEX checkins_by_time ON checkins (ts);
    CREATE INDEX checkins_by_state_time ON checkins (state, ts);
    CREATE INDEX breaks_by_time ON breaks (started);
    CREATE INDEX breaks_open ON breaks (ended);
    CREATE INDEX sessions_by_time ON sessions (started);
    """,
    # Counting by local part of the day (night, morning, ...) straight from the index. The
    # expression must stay exactly as insights_queries.LOCAL_DAY_PART_SQL writes it.
    """
    CREATE INDEX IF NOT EXISTS checkins_by_state_part ON checkins (
        state,
        ((((CAST(substr(ts, 12, 2) AS INTEGER) * 60 + CAST(substr(ts, 15, 2) AS INTEGER)
           + utc_offset) + 1440) % 1440) / 360),
        ts
    );
    """,
    # Counting by local weekday and by strength from indexes (see insights_queries; the
    # weekday expression must stay exactly as LOCAL_WEEKDAY_SQL writes it).
    """
    CREATE INDEX IF NOT EXISTS checkins_by_state_weekday ON checkins (
        state,
        (((CAST(julianday(substr(ts, 1, 10)) + 0.5 AS INTEGER)
           + ((CAST(substr(ts, 12, 2) AS INTEGER) * 60 + CAST(substr(ts, 15, 2) AS INTEGER)
               + utc_offset) + 1440) / 1440 - 1) % 7)),
        ts
    );
    CREATE INDEX IF NOT EXISTS checkins_by_state_intensity ON checkins (state, intensity, ts);
    """,
    # Early builds filed the break check-ins as "before_break" / "after_break"; use the ids
    # every other part of the app knows.
    """
    UPDATE checkins SET context = 'during_break' WHERE context = 'before_break';
    UPDATE checkins SET context = 'after_return' WHERE context = 'after_break';
    """,
    # The couple's pause plan: at most one row, its fields as JSON (see core.plan).
    """
    CREATE TABLE pause_plan (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        updated     TEXT    NOT NULL,
        utc_offset  INTEGER NOT NULL,
        data        TEXT    NOT NULL DEFAULT '{}'
    );
    """,
    # Each message asking for more time is kept apart from the words said when leaving
    # ("bridge"), which it used to overwrite. Existing rows keep their words as they are.
    """
    ALTER TABLE breaks ADD COLUMN more_time TEXT NOT NULL DEFAULT '[]';
    """,
    # The partner who waits: each break says which side of the pause it was taken on, and
    # the messages written instead of sent are kept with their break (and go with it).
    """
    ALTER TABLE breaks ADD COLUMN role TEXT NOT NULL DEFAULT 'leaving'
        CHECK (role IN ('leaving', 'waiting'));
    CREATE TABLE drafts (
        id          INTEGER PRIMARY KEY,
        break_id    INTEGER NOT NULL,
        ts          TEXT    NOT NULL,
        utc_offset  INTEGER NOT NULL,
        text        TEXT    NOT NULL
    );
    CREATE INDEX drafts_by_break ON drafts (break_id, ts);
    CREATE TRIGGER drafts_go_with_their_break AFTER DELETE ON breaks
    BEGIN
        DELETE FROM drafts WHERE break_id = OLD.id;
    END;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
