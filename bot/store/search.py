"""Quote search over the FTS5 index of statement text and speaker names."""

from __future__ import annotations

import re

import aiosqlite

from bot.store.statements import fetch_views
from bot.store.views import SearchHit

WORD = re.compile(r"\w")
# Ranking every match of a common word costs ~1 µs a match (33 ms for "korea", in 28,000 of
# bench_queries.py's 100,000 statements), so only the newest WINDOW matches are ranked by bm25:
# all of them for any rarer query.
WINDOW = 1000
SEARCH = """
SELECT rowid, snippet(statements_fts, 0, '**', '**', '…', 24) AS snippet, rank
FROM statements_fts WHERE statements_fts MATCH :query AND rowid >= coalesce((SELECT min(rowid) FROM (
    SELECT rowid FROM statements_fts WHERE statements_fts MATCH :query ORDER BY rowid DESC LIMIT :window)), 0)
ORDER BY rank LIMIT :limit
"""


def fts_terms(text: str) -> list[str]:
    """The white-space separated words of `text` that can match, each once (FTS5 ignores case, so
    `Korea korea` is one word): a repeated word changes no answer, only the cost."""
    words = [w for w in text.replace("\x00", " ").split() if WORD.search(w)]
    return list({w.casefold(): w for w in words}.values())


def fts_query(text: str) -> str | None:
    """User text as an FTS5 query taken literally: every white-space separated word becomes a
    quoted FTS5 string (so `"`, `*`, NEAR, AND/OR and parentheses are only text), all required.
    None when no word is left (nothing could match). A NUL would end the query string early
    inside SQLite ("unterminated string"), so it separates words like a space."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in fts_terms(text)) or None


async def search_statements(db: aiosqlite.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    query = fts_query(text)
    if query is None:
        return []
    rows = await db.execute_fetchall(SEARCH, {"query": query, "window": WINDOW, "limit": limit})
    views = {v.id: v for v in await fetch_views(db, [row[0] for row in rows])}
    return [SearchHit(views[row[0]], row[1], row[2]) for row in rows if row[0] in views]
