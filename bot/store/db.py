"""Opening the store: connection settings, numbered migrations, and write transactions."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import weakref
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from bot.errors import StanceError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")
# executescript() commits before it runs, so each file carries its own BEGIN ... COMMIT and the
# runner puts the version bump inside that transaction: the schema and its number move together.
SCRIPT_BEGIN = re.compile(r"\A(\s|--[^\n]*\n)*BEGIN\b", re.IGNORECASE)
SCRIPT_COMMIT = re.compile(r"\bCOMMIT\s*;?(\s|--[^\n]*(\n|\Z))*\Z", re.IGNORECASE)
# A statement's first word once leading blanks and comments are skipped.
FIRST_WORD = re.compile(r"\A(?:\s+|--[^\n]*(?:\n|\Z)|/\*.*?\*/)*(\w+)", re.DOTALL)
# Statements that end or open a transaction. One of them inside a file would commit its first part
# while user_version stays put, so a file holds exactly one BEGIN (first) and one COMMIT (last).
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}

# One writer at a time per connection: the bot shares one connection between tasks, and a
# transaction spans several awaits during which another task could otherwise write.
_WRITE_LOCKS: weakref.WeakKeyDictionary[aiosqlite.Connection, asyncio.Lock] = weakref.WeakKeyDictionary()


class MigrationError(StanceError):
    """A migration file is malformed or failed; the database keeps its previous version."""


@dataclass(frozen=True)
class Migration:
    number: int
    path: Path

    def script(self) -> str:
        text = self.path.read_text(encoding="utf-8")
        commit = SCRIPT_COMMIT.search(text)
        if not SCRIPT_BEGIN.match(text) or not commit:
            raise MigrationError(f"{self.path.name}: a migration must start with BEGIN; and end with COMMIT;")
        control = [i for i, word in enumerate(statement_words(text)) if word in TRANSACTION_CONTROL]
        if len(control) != 2:
            raise MigrationError(
                f"{self.path.name}: a migration is one transaction: no BEGIN, COMMIT, END or ROLLBACK "
                "between its first BEGIN; and its last COMMIT;"
            )
        return f"{text[: commit.start()]}\nPRAGMA user_version = {self.number};\n{text[commit.start() :]}"


def statement_words(script: str) -> list[str]:
    """The first word of each statement of `script`, upper-cased. Statements end at a `;` that
    SQLite itself calls complete, so a `;` in a string, a comment or a trigger body does not end
    one (a trigger's BEGIN … END is a part of its CREATE TRIGGER)."""
    words, start = [], 0
    for semicolon in re.finditer(";", script):
        if sqlite3.complete_statement(script[start : semicolon.end()]):
            words.append(script[start : semicolon.end()])
            start = semicolon.end()
    words.append(script[start:])
    return [m.group(1).upper() for m in map(FIRST_WORD.match, words) if m]


def find_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Numbered .sql files in number order; gaps are allowed (a number may be reserved)."""
    found: dict[int, Migration] = {}
    for path in sorted(Path(directory).glob("*.sql")):
        m = MIGRATION_NAME.match(path.name)
        if not m:
            raise MigrationError(f"{path.name}: migration files are named NNN_description.sql")
        number = int(m.group(1))
        if number in found:
            raise MigrationError(f"{path.name}: migration number {number} is used twice")
        found[number] = Migration(number, path)
    return [found[n] for n in sorted(found)]


async def schema_version(db: aiosqlite.Connection) -> int:
    async with db.execute("PRAGMA user_version") as cur:
        return (await cur.fetchone())[0]


async def migrate(db: aiosqlite.Connection, directory: Path = MIGRATIONS_DIR) -> int:
    """Applies every migration numbered above PRAGMA user_version, each in its own transaction."""
    migrations = find_migrations(directory)
    current = await schema_version(db)
    latest = migrations[-1].number if migrations else 0
    if current > latest:
        raise MigrationError(f"the database is at schema version {current}, newer than this code ({latest})")
    pending = [m for m in migrations if m.number > current]
    scripts = [m.script() for m in pending]  # every file checked before the first one runs
    for migration, script in zip(pending, scripts, strict=True):
        await _apply(db, migration, script)
        current = migration.number
    return current


async def _apply(db: aiosqlite.Connection, migration: Migration, script: str) -> None:
    try:
        await db.executescript(script)
    except sqlite3.Error as e:
        if db.in_transaction:
            await db.execute("ROLLBACK")
        version = await schema_version(db)
        raise MigrationError(
            f"{migration.path.name} failed: {e}; the database stays at version {version}"
        ) from e


async def _connect(path: str | Path, migrations_dir: Path) -> aiosqlite.Connection:
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: no implicit BEGIN; transactions are explicit (see `transaction`).
    db = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        db.row_factory = aiosqlite.Row
        for pragma in (
            "journal_mode = WAL",
            "foreign_keys = ON",
            "synchronous = NORMAL",
            "busy_timeout = 5000",
        ):
            await db.execute(f"PRAGMA {pragma}")
        await migrate(db, migrations_dir)
    except BaseException:
        await db.close()
        raise
    return db


class open_store:  # noqa: N801 - used like a function: `await open_store(p)` or `async with open_store(p)`
    """Opens (creating if needed) and migrates the SQLite store at `path`."""

    def __init__(self, path: str | Path, migrations_dir: Path = MIGRATIONS_DIR):
        self.path, self.migrations_dir = path, migrations_dir
        self._db: aiosqlite.Connection | None = None

    def __await__(self):
        return _connect(self.path, self.migrations_dir).__await__()

    async def __aenter__(self) -> aiosqlite.Connection:
        self._db = await _connect(self.path, self.migrations_dir)
        return self._db

    async def __aexit__(self, *exc) -> None:
        await self._db.close()


@asynccontextmanager
async def transaction(db: aiosqlite.Connection):
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (including cancellation)."""
    lock = _WRITE_LOCKS.setdefault(db, asyncio.Lock())
    async with lock:
        await db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            await db.execute("ROLLBACK")
            raise
        await db.execute("COMMIT")
