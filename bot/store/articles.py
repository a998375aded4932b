"""Articles: saving one with its statements in one transaction, and reading them back."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.articles import Article
from bot.model import Extraction
from bot.store.actors import referenced_actors, save_discovered
from bot.store.db import transaction
from bot.store.statements import fetch_article_statement_ids, fetch_views, save_statements
from bot.store.views import ArticleView

ARTICLE_COLUMNS = (
    "id, title, published, path, (SELECT count(*) FROM statements WHERE article_id = articles.id) AS n"
)


@dataclass(frozen=True)
class SavedArticle:
    status: str  # added | replaced | unchanged
    article_id: int
    statements: int
    same_as: str | None = None  # for unchanged: the stored article with this text


async def find_same_text(db: aiosqlite.Connection, content_hash: str) -> SavedArticle | None:
    """The stored article with this text, if any: loading it again changes nothing."""
    sql = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?"
    rows = await db.execute_fetchall(sql, (content_hash,))
    return SavedArticle("unchanged", rows[0]["id"], rows[0]["n"], rows[0]["path"]) if rows else None


async def _write_article(db: aiosqlite.Connection, article: Article) -> tuple[str, int]:
    """Inserts the article, or replaces the one stored under its path (dropping its statements)."""
    published = article.published.isoformat() if article.published else None
    values = (article.content_hash, article.title, published, article.text, article.path)
    rows = await db.execute_fetchall("SELECT id FROM articles WHERE path = ?", (article.path,))
    if rows:
        await db.execute("DELETE FROM statements WHERE article_id = ?", (rows[0][0],))
        await db.execute(
            """UPDATE articles SET content_hash = ?, title = ?, published = ?, text = ?,
                ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE path = ?""",
            values,
        )
        return "replaced", rows[0][0]
    sql = "INSERT INTO articles (content_hash, title, published, text, path) VALUES (?, ?, ?, ?, ?)"
    async with db.execute(sql, values) as cur:
        return "added", cur.lastrowid


async def save_article(db: aiosqlite.Connection, article: Article, extraction: Extraction) -> SavedArticle:
    """Stores an article and its statements, all or nothing; the same text twice is stored once."""
    async with transaction(db):
        same = await find_same_text(db, article.content_hash)
        if same:
            return same
        status, article_id = await _write_article(db, article)
        await save_discovered(db, extraction.discovered)
        await save_discovered(db, referenced_actors(extraction.statements))
        count = await save_statements(db, article_id, article, extraction.statements)
    return SavedArticle(status, article_id, count)


async def fetch_article(
    db: aiosqlite.Connection, article_id: int, with_statements: bool = True
) -> ArticleView | None:
    rows = await db.execute_fetchall(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    row = rows[0]
    ids = await fetch_article_statement_ids(db, article_id) if with_statements else []
    views = tuple(await fetch_views(db, ids))
    return ArticleView(row["id"], row["title"], row["published"], row["path"], row["n"], views)


async def fetch_article_ids(db: aiosqlite.Connection, limit: int = 20) -> list[int]:
    """The most recently stored articles, newest first (for suggestions)."""
    rows = await db.execute_fetchall(
        "SELECT id FROM articles ORDER BY ingested_at DESC, id DESC LIMIT ?", (limit,)
    )
    return [row[0] for row in rows]
