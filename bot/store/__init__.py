"""The SQLite store (aiosqlite, WAL). All SQL of the project lives in this package.

db = await open_store(path)            # or: async with open_store(path) as db: ...
await sync_tables(db, actors, concepts)
await save_article(db, article, extraction)
async with transaction(db): ...        # one writer at a time per connection
"""

from bot.store.actors import sync_tables
from bot.store.articles import SavedArticle, find_same_text, save_article
from bot.store.db import MigrationError, migrate, open_store, schema_version, transaction

__all__ = [
    "MigrationError",
    "SavedArticle",
    "find_same_text",
    "migrate",
    "open_store",
    "save_article",
    "schema_version",
    "sync_tables",
    "transaction",
]
