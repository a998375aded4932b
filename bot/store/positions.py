"""What a group of statements adds up to: agreements by month (for a position's history and its
counts) and how many statements about an actor there are in all."""

from __future__ import annotations

import aiosqlite

# One row per month, agreement and disputed-or-not: a handful of rows however many statements
# the group holds, read along the (slug, concept, sort_date) index.
AGREEMENT_MONTHS = """
SELECT substr(i.sort_date, 1, 7) AS month, s.agreement,
    EXISTS (SELECT 1 FROM disputes d WHERE d.statement_id = s.id) AS disputed, count(*) AS n
FROM stance_index i JOIN statements s ON s.id = i.statement_id
WHERE i.slug = ? AND i.concept IS ?
GROUP BY month, s.agreement, disputed ORDER BY month
"""
ABOUT_COUNT = """
SELECT count(*) FROM statement_about ab WHERE ab.actor = ? {concept}
    AND NOT EXISTS (SELECT 1 FROM stance_index si
        WHERE si.slug = ab.actor AND si.statement_id = ab.statement_id)
"""


async def fetch_agreement_months(
    db: aiosqlite.Connection, slug: str, concept: str | None
) -> list[tuple[str | None, str | None, bool, int]]:
    """[(YYYY-MM or None, agreement, disputed, count)] of the statements counted for `slug` on
    `concept`, oldest month first."""
    rows = await db.execute_fetchall(AGREEMENT_MONTHS, (slug, concept))
    return [(row[0], row[1], bool(row[2]), row[3]) for row in rows]


async def fetch_about_count(db: aiosqlite.Connection, slug: str, concept: str | None) -> int:
    """How many statements by others are about `slug` (on `concept`, when given)."""
    if concept is None:
        rows = await db.execute_fetchall(ABOUT_COUNT.format(concept=""), (slug,))
    else:
        rows = await db.execute_fetchall(ABOUT_COUNT.format(concept="AND ab.concept = ?"), (slug, concept))
    return rows[0][0]
