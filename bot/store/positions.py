"""What a group of statements adds up to: agreements by month (for a position's history and its
counts) and how many statements about an actor there are in all."""

from __future__ import annotations

import aiosqlite

# Kept by triggers (migration 004): a handful of rows however many statements the group holds.
AGREEMENT_MONTHS = """
SELECT nullif(month, ''), nullif(agreement, ''), disputed, n FROM stance_months
WHERE slug = ? AND concept = ifnull(?, '') AND n > 0 ORDER BY month
"""
# Counted up to a cap: past it the answer says "1000+ more", and a widely named actor (tens of
# thousands of statements about it) costs no more than that.
ABOUT_CAP = 1_000
ABOUT_COUNT = """
SELECT count(*) FROM (SELECT 1 FROM statement_about ab WHERE ab.actor = ? {concept}
    AND NOT EXISTS (SELECT 1 FROM stance_index si
        WHERE si.slug = ab.actor AND si.statement_id = ab.statement_id) LIMIT ?)
"""


async def fetch_agreement_months(
    db: aiosqlite.Connection, slug: str, concept: str | None
) -> list[tuple[str | None, str | None, bool, int]]:
    """[(YYYY-MM or None, agreement, disputed, count)] of the statements counted for `slug` on
    `concept`, oldest month first."""
    rows = await db.execute_fetchall(AGREEMENT_MONTHS, (slug, concept))
    return [(row[0], row[1], bool(row[2]), row[3]) for row in rows]


async def fetch_about_count(db: aiosqlite.Connection, slug: str, concept: str | None) -> int:
    """How many statements by others are about `slug` (on `concept`, when given), up to ABOUT_CAP."""
    if concept is None:
        rows = await db.execute_fetchall(ABOUT_COUNT.format(concept=""), (slug, ABOUT_CAP))
    else:
        sql = ABOUT_COUNT.format(concept="AND ab.concept = ?")
        rows = await db.execute_fetchall(sql, (slug, concept, ABOUT_CAP))
    return rows[0][0]
