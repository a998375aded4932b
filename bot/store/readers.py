"""Reading without waiting for anyone: a small pool of read-only WAL connections, each query on a
time budget.

aiosqlite runs every connection in a thread of its own and one statement at a time, so a single
shared connection makes every command wait for the slowest (a 6,000-character search once held
the bot for 105 s). In WAL mode readers never block the writer nor each other, so queries go to
one of a few read-only connections while the one writer connection stays the only writer.

The budget is SQLite's progress handler: every PROGRESS_STEPS virtual-machine steps it checks a
deadline and, once past it, interrupts the statement; the query then ends as TooBroad, a user
error asking to narrow it. The check is cheap at this spacing (~1 ms of SQLite work between calls)
and still stops a runaway statement within milliseconds of its deadline.

    readers = await open_readers(path, size=3, budget=2.0)   # or: async with open_readers(...) as r
    async with readers.reader() as db:
        await queries.stance(db, "unification-ministry")
    await readers.run(queries.stance, "unification-ministry")  # the same, in one call
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import sqlite3
import time
import weakref
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.errors import StanceError, TooBroad

PROGRESS_STEPS = 20_000
TOO_BROAD = (
    "that question takes too long to answer (over {seconds:g} s): it is too broad. Narrow it: "
    "fewer or rarer words, one actor, a concept or a date"
)
_DEADLINES: weakref.WeakKeyDictionary[aiosqlite.Connection, Deadline] = weakref.WeakKeyDictionary()


class Deadline:
    """The progress handler: a nonzero answer makes SQLite interrupt the running statement. `at` is
    set from the event loop and read in the connection's thread (a float swap is atomic)."""

    def __init__(self) -> None:
        self.at = math.inf

    def __call__(self) -> int:
        return 1 if time.monotonic() > self.at else 0

    @property
    def passed(self) -> bool:
        return time.monotonic() > self.at


async def _deadline_of(db: aiosqlite.Connection) -> Deadline:
    deadline = _DEADLINES.get(db)
    if deadline is None:
        deadline = _DEADLINES[db] = Deadline()
        await db.set_progress_handler(deadline, PROGRESS_STEPS)
    return deadline


@asynccontextmanager
async def time_budget(db: aiosqlite.Connection, seconds: float):
    """Statements run on `db` inside the block are interrupted `seconds` after it starts, and the
    block then raises TooBroad. Only for a connection no other task uses meanwhile: a reader of the
    pool, or the CLI's own connection."""
    deadline = await _deadline_of(db)
    deadline.at = time.monotonic() + seconds
    try:
        yield db
    except sqlite3.OperationalError as e:
        if deadline.passed and "interrupt" in str(e):
            raise TooBroad(TOO_BROAD.format(seconds=seconds)) from None
        raise
    except asyncio.CancelledError:
        # Nobody waits for the answer any more (the user left, the bot is closing): the statement
        # still running in the connection's thread stops at its next check, freeing the reader.
        deadline.at = -math.inf
        raise
    deadline.at = math.inf


class ReadPool:
    """`size` read-only connections to one store file; `reader()` lends one for one query."""

    def __init__(self, connections: list[aiosqlite.Connection], budget: float):
        self.budget, self._all = budget, list(connections)
        self._free: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        for db in connections:
            self._free.put_nowait(db)
        # Heavy questions (full-text search: what a storm is made of) may hold every reader but
        # one, so the others (stance, quotes, autocomplete) never queue behind a storm.
        self._heavy = asyncio.Semaphore(max(1, len(connections) - 1))
        self._settling: set[asyncio.Task] = set()

    @asynccontextmanager
    async def reader(self, budget: float | None = None, heavy: bool = False):
        async with self._heavy if heavy else contextlib.nullcontext():
            db, cancelled = await self._free.get(), False
            try:
                async with time_budget(db, self.budget if budget is None else budget):
                    yield db
            except asyncio.CancelledError:
                cancelled = True
                raise
            finally:
                if cancelled:
                    settling = asyncio.create_task(self._return_when_idle(db))
                    self._settling.add(settling)
                    settling.add_done_callback(self._settling.discard)
                else:
                    self._free.put_nowait(db)

    async def _return_when_idle(self, db: aiosqlite.Connection) -> None:
        """A cancelled question's reader goes back once its statement has stopped (time_budget
        interrupts it): lent at once, the next question's deadline would let it run on."""
        with contextlib.suppress(sqlite3.Error, ValueError):  # ValueError: the pool was closed
            await db.execute_fetchall("SELECT 1")
        self._free.put_nowait(db)

    async def run(self, query, *args, **kwargs):
        """`await query(db, *args, **kwargs)` on a free reader, within the budget."""
        async with self.reader() as db:
            return await query(db, *args, **kwargs)

    async def run_heavy(self, query, *args, **kwargs):
        """`run` for a question that may come in a storm: it never takes the last free reader."""
        async with self.reader(heavy=True) as db:
            return await query(db, *args, **kwargs)

    async def close(self) -> None:
        closing, self._all = self._all, []  # once only: see StanceBot.close
        for db in closing:
            await db.close()

    async def __aenter__(self) -> ReadPool:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()


async def _open_reader(path: Path) -> aiosqlite.Connection:
    # mode=ro: this connection cannot write even by mistake; the file must already exist (the
    # writer creates and migrates it first).
    db = await aiosqlite.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        db.row_factory = aiosqlite.Row
        for pragma in ("query_only = ON", "busy_timeout = 5000", "foreign_keys = ON"):
            await db.execute(f"PRAGMA {pragma}")
        await _deadline_of(db)
    except BaseException:
        await db.close()
        raise
    return db


class open_readers:  # noqa: N801 - used like a function: `await open_readers(p)` or `async with`
    """Opens `size` read-only connections to the store file at `path` (open_store made it)."""

    def __init__(self, path: str | Path, size: int = 3, budget: float = 2.0):
        if str(path) == ":memory:":
            raise StanceError("a store in memory cannot be shared by readers; give DATABASE_PATH a file")
        self.path, self.size, self.budget = Path(path), size, budget
        self._pool: ReadPool | None = None

    async def _open(self) -> ReadPool:
        connections: list[aiosqlite.Connection] = []
        try:
            for _ in range(self.size):
                connections.append(await _open_reader(self.path))
        except BaseException:
            for db in connections:
                await db.close()
            raise
        return ReadPool(connections, self.budget)

    def __await__(self):
        return self._open().__await__()

    async def __aenter__(self) -> ReadPool:
        self._pool = await self._open()
        return self._pool

    async def __aexit__(self, *exc) -> None:
        await self._pool.close()


async def store_path(db: aiosqlite.Connection) -> Path | None:
    """The file behind an open connection (None for a store in memory)."""
    rows = await db.execute_fetchall("PRAGMA database_list")
    main = next((row[2] for row in rows if row[1] == "main"), "")
    return Path(main) if main else None
