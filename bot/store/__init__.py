"""The SQLite store (aiosqlite, WAL). All SQL of the project lives in this package.

db = await open_store(path)            # or: async with open_store(path) as db: ...
await sync_tables(db, actors, concepts)
await save_article(db, article, extraction)
async with transaction(db): ...        # one writer at a time per connection
readers = await open_readers(path)     # read-only connections for questions, each on a time budget
await readers.run(queries.stance, "unification-ministry")
"""

from bot.store.actors import sync_tables
from bot.store.articles import SavedArticle, find_same_text, save_article
from bot.store.db import MigrationError, migrate, open_store, schema_version, transaction
from bot.store.readers import ReadPool, open_readers, time_budget

__all__ = [
    "MigrationError",
    "ReadPool",
    "SavedArticle",
    "find_same_text",
    "migrate",
    "open_readers",
    "open_store",
    "save_article",
    "schema_version",
    "sync_tables",
    "time_budget",
    "transaction",
]
