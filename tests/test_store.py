"""The store on real SQLite files: migrations, saving articles, the stance index, FTS triggers."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3

import pytest

from bot.model import Actor, Extraction
from bot.store import MigrationError, open_store, save_article, schema_version, sync_tables, transaction
from bot.store.db import MIGRATIONS_DIR, find_migrations, statement_words
from tests.handmade import ACTORS, CONCEPTS, article_1, article_2, fill

TABLES = {"articles", "actors", "aliases", "concepts", "statements", "statement_about", "stance_index",
          "statements_fts"}  # fmt: skip


async def names(db, kind: str = "table") -> set[str]:
    return {
        row[0] for row in await db.execute_fetchall("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
    }


async def count(db, table: str) -> int:
    return (await db.execute_fetchall(f"SELECT count(*) FROM {table}"))[0][0]


async def dump(db) -> list[tuple]:
    """Every row of every table of ours, for before/after comparisons."""
    rows = []
    for table in sorted(TABLES - {"statements_fts"}):
        rows += [(table, *row) for row in await db.execute_fetchall(f"SELECT * FROM {table} ORDER BY 1, 2")]
    fts = "SELECT rowid, content FROM statements_fts ORDER BY rowid"
    return rows + [("fts", *row) for row in await db.execute_fetchall(fts)]


async def test_a_fresh_store_reaches_the_latest_version_in_wal_mode(tmp_path):
    async with open_store(tmp_path / "new" / "stance.db") as db:
        assert await schema_version(db) == find_migrations()[-1].number
        assert TABLES <= await names(db)
        assert (await db.execute_fetchall("PRAGMA journal_mode"))[0][0] == "wal"
        assert (await db.execute_fetchall("PRAGMA foreign_keys"))[0][0] == 1
    async with open_store(tmp_path / "new" / "stance.db") as db:  # opening again changes nothing
        assert await schema_version(db) == find_migrations()[-1].number


async def test_open_store_can_be_awaited(tmp_path):
    db = await open_store(tmp_path / "stance.db")
    try:
        assert await schema_version(db) >= 1
    finally:
        await db.close()


def inspect(path) -> tuple[int, set[str]]:
    """(user_version, table names) read with plain sqlite3, outside the code under test."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return con.execute("PRAGMA user_version").fetchone()[0], tables


def write(directory, name: str, body: str) -> None:
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(body, encoding="utf-8")


async def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path):
    migrations = tmp_path / "migrations"
    write(migrations, "001_first.sql", "BEGIN;\nCREATE TABLE one (x);\nCOMMIT;\n")
    write(
        migrations, "002_bad.sql", "BEGIN;\nCREATE TABLE two (x);\nINSERT INTO nowhere VALUES (1);\nCOMMIT;\n"
    )
    with pytest.raises(
        MigrationError, match=r"002_bad.sql failed: no such table: nowhere; .* stays at version 1"
    ):
        await open_store(tmp_path / "s.db", migrations)
    assert inspect(tmp_path / "s.db") == (1, {"one"})
    write(migrations, "002_bad.sql", "BEGIN;\nCREATE TABLE two (x);\nCOMMIT;\n")  # fixed: applies next time
    async with open_store(tmp_path / "s.db", migrations) as db:
        assert await schema_version(db) == 2
        assert {"one", "two"} <= await names(db)


async def test_after_a_failed_migration_the_database_keeps_its_tables_and_version(tmp_path):
    migrations = tmp_path / "migrations"
    write(migrations, "001_first.sql", "BEGIN;\nCREATE TABLE one (x);\nCOMMIT;\n")
    async with open_store(tmp_path / "s.db", migrations) as db:
        await db.execute("INSERT INTO one VALUES (42)")
    write(
        migrations,
        "003_bad.sql",
        "BEGIN;\nCREATE TABLE three (x);\nDROP TABLE one;\nSELECT * FROM gone;\nCOMMIT;\n",
    )
    with pytest.raises(MigrationError, match="stays at version 1"):
        await open_store(tmp_path / "s.db", migrations)
    (migrations / "003_bad.sql").unlink()
    async with open_store(tmp_path / "s.db", migrations) as db:
        assert await schema_version(db) == 1
        assert "three" not in await names(db)
        assert [tuple(r) for r in await db.execute_fetchall("SELECT x FROM one")] == [(42,)]


async def test_migrations_apply_in_number_order_across_gaps(tmp_path):
    migrations = tmp_path / "migrations"
    write(migrations, "010_last.sql", "BEGIN;\nALTER TABLE one ADD COLUMN z;\nCOMMIT;\n")
    write(migrations, "001_first.sql", "BEGIN;\nCREATE TABLE one (x);\nCOMMIT;\n")
    write(migrations, "003_mid.sql", "-- adds y\nBEGIN;\nALTER TABLE one ADD COLUMN y;\nCOMMIT; -- done\n")
    async with open_store(tmp_path / "s.db", migrations) as db:
        assert await schema_version(db) == 10
        assert [row[1] for row in await db.execute_fetchall("PRAGMA table_info(one)")] == ["x", "y", "z"]


ONE_TX = "a migration is one transaction"


@pytest.mark.parametrize(
    ("name", "body", "problem"),
    [
        ("001_a.sql", "CREATE TABLE one (x);\n", "must start with BEGIN; and end with COMMIT;"),
        ("001_a.sql", "BEGIN;\nCREATE TABLE one (x);\n", "must start with BEGIN; and end with COMMIT;"),
        ("first.sql", "BEGIN;\nCOMMIT;\n", "named NNN_description.sql"),
        ("001_a.sql", "BEGIN;\nCREATE TABLE a (x);\nCOMMIT;\nBEGIN;\nCREATE TABLE b (x);\nCOMMIT;\n", ONE_TX),
        ("001_a.sql", "BEGIN;\nCREATE TABLE a (x);\nEND;\nCREATE TABLE b (x);\nCOMMIT;\n", ONE_TX),
        ("001_a.sql", "BEGIN;\nCREATE TABLE a (x);\nROLLBACK;\nBEGIN; COMMIT;\n", ONE_TX),
        ("001_a.sql", "BEGIN;\nSAVEPOINT s;\nCREATE TABLE a (x);\nRELEASE s;\nCOMMIT;\n", ONE_TX),
    ],
)
async def test_malformed_migration_files_are_refused(tmp_path, name, body, problem):
    write(tmp_path / "m", name, body)
    with pytest.raises(MigrationError, match=problem):
        await open_store(tmp_path / "s.db", tmp_path / "m")
    assert inspect(tmp_path / "s.db") == (0, set())


@pytest.mark.parametrize(
    "body",
    [
        # issue 9: the first transaction was committed, a table made and rows changed, the version not
        "BEGIN;\nCREATE TABLE two (x);\nUPDATE one SET x = 2;\nCOMMIT;\n"
        "BEGIN;\nINSERT INTO nowhere VALUES (1);\nCOMMIT;\n",
        "-- two steps\nBEGIN;\nCREATE TABLE two (x);\nCOMMIT; BEGIN; UPDATE one SET x = 2; COMMIT;\n",
    ],
)
async def test_a_migration_with_an_inner_commit_is_refused_before_it_runs(tmp_path, body):
    migrations = tmp_path / "migrations"
    write(
        migrations, "001_first.sql", "BEGIN;\nCREATE TABLE one (x);\nINSERT INTO one VALUES (1);\nCOMMIT;\n"
    )
    async with open_store(tmp_path / "s.db", migrations):
        pass
    write(migrations, "002_two_steps.sql", body)
    with pytest.raises(MigrationError, match=f"002_two_steps.sql: {ONE_TX}"):
        await open_store(tmp_path / "s.db", migrations)
    assert inspect(tmp_path / "s.db") == (1, {"one"})
    with contextlib.closing(sqlite3.connect(tmp_path / "s.db")) as con:
        assert con.execute("SELECT x FROM one").fetchall() == [(1,)]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("BEGIN;\nCREATE TABLE t (x);\nCOMMIT;\n", ["BEGIN", "CREATE", "COMMIT"]),
        # a ; or a COMMIT inside a string, a comment or a trigger body ends no statement
        ("BEGIN; INSERT INTO t VALUES ('a; COMMIT;'); -- COMMIT;\nCOMMIT;", ["BEGIN", "INSERT", "COMMIT"]),
        ("BEGIN; /* COMMIT; */ CREATE TABLE t (x); COMMIT;", ["BEGIN", "CREATE", "COMMIT"]),
        (
            "BEGIN;\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n"
            "  DELETE FROM u; INSERT INTO u VALUES (1);\nEND;\nCOMMIT;\n-- done\n",
            ["BEGIN", "CREATE", "COMMIT"],
        ),
        ("", []),
    ],
)
def test_statement_words_follow_sqlite_statement_ends(body, words):
    assert statement_words(body) == words


async def test_a_database_newer_than_the_code_is_refused(tmp_path):
    async with open_store(tmp_path / "s.db") as db:
        await db.execute("PRAGMA user_version = 999")
    with pytest.raises(MigrationError, match="schema version 999, newer than this code"):
        await open_store(tmp_path / "s.db")


def test_the_shipped_migrations_are_well_formed():
    assert [m.number for m in find_migrations(MIGRATIONS_DIR)][0] == 1
    for migration in find_migrations(MIGRATIONS_DIR):
        assert f"PRAGMA user_version = {migration.number};" in migration.script()


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "stance.db") as db:
        yield db


async def test_the_same_text_is_stored_once(db):
    await fill(db)
    before = await dump(db)
    article, extraction = article_1()
    again = await save_article(db, article, extraction)
    moved = await save_article(db, dataclasses.replace(article, path="copy.txt"), extraction)
    assert (again.status, again.article_id, again.statements) == ("unchanged", 1, 3)
    assert (moved.status, moved.same_as) == ("unchanged", "a1.txt")
    assert await dump(db) == before


async def test_a_changed_text_replaces_the_article_and_its_statements(db):
    await fill(db)
    article, extraction = article_1()
    edited = dataclasses.replace(article, content_hash="edited", title="Edited")
    saved = await save_article(db, edited, Extraction(extraction.statements[:1]))
    assert (saved.status, saved.article_id, saved.statements) == ("replaced", 1, 1)
    rows = await db.execute_fetchall("SELECT id, article_id FROM statements ORDER BY id")
    assert [tuple(r) for r in rows] == [(4, 2), (5, 2), (6, 2), (7, 2), (8, 1)]
    fts = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
    assert await db.execute_fetchall(fts, ('"sanctions" "stay"',)) == []  # the old statement left the index
    assert [r[0] for r in await db.execute_fetchall(fts, ('"oppose"',))] == [8]
    assert await count(db, "stance_index") == await count(
        db, "stance_index WHERE statement_id IN (4,5,6,7,8)"
    )


async def test_a_failure_inside_the_transaction_leaves_the_store_as_it_was(db, monkeypatch):
    await sync_tables(db, ACTORS, CONCEPTS)
    await save_article(db, *article_1())
    before = await dump(db)

    async def index_then_fail(db, article_ids):
        await real_index(db, article_ids)
        raise RuntimeError("crash after the statements were written")

    from bot.store import statements

    real_index = statements.index_stance
    monkeypatch.setattr(statements, "index_stance", index_then_fail)
    with pytest.raises(RuntimeError, match="crash after"):
        await save_article(db, *article_2())
    assert await dump(db) == before
    assert not db.in_transaction


async def test_discovered_actors_are_stored_without_overwriting_known_ones(db):
    await sync_tables(db, ACTORS, CONCEPTS)
    article, extraction = article_2()
    impostor = Actor("park-il", "Somebody Else", "other", discovered=True)
    await save_article(
        db, article, dataclasses.replace(extraction, discovered=(*extraction.discovered, impostor))
    )
    sql = "SELECT slug, name, kind, parent, discovered FROM actors WHERE slug IN (?, ?)"
    rows = await db.execute_fetchall(sql, ("kim-min-ji", "park-il"))
    assert sorted(tuple(r) for r in rows) == [
        ("kim-min-ji", "Kim Min-ji", "person", "foreign-ministry", 1),
        ("park-il", "Park Il", "person", "foreign-ministry", 0),
    ]


async def test_sync_tables_is_idempotent_and_replaces_aliases(db):
    await sync_tables(db, ACTORS, CONCEPTS)
    await sync_tables(db, ACTORS, CONCEPTS)
    assert await count(db, "actors") == len(ACTORS)
    assert await count(db, "concepts") == len(CONCEPTS)
    renamed = [
        dataclasses.replace(a, aliases=("Washington DC",)) if a.slug == "united-states" else a for a in ACTORS
    ]
    await sync_tables(db, renamed, CONCEPTS)
    aliases = await db.execute_fetchall("SELECT alias FROM aliases WHERE slug = 'united-states'")
    assert [r[0] for r in aliases] == ["Washington DC"]


async def test_moving_a_person_to_another_organisation_reindexes_the_stances(db):
    await fill(db)
    fm = "SELECT statement_id FROM stance_index WHERE slug = ? ORDER BY statement_id"
    assert [r[0] for r in await db.execute_fetchall(fm, ("unification-ministry",))] == [2, 4]
    moved = [
        dataclasses.replace(a, parent="unification-ministry") if a.slug == "park-il" else a for a in ACTORS
    ]
    assert await sync_tables(db, moved, CONCEPTS) is True
    assert [r[0] for r in await db.execute_fetchall(fm, ("unification-ministry",))] == [1, 2, 4, 6]
    assert await sync_tables(db, moved, CONCEPTS) is False  # nothing moved this time


async def test_a_parent_cycle_does_not_hang_the_index(db):
    looped = [dataclasses.replace(a, parent="park-il") if a.slug == "south-korea" else a for a in ACTORS]
    await sync_tables(db, looped, CONCEPTS)
    await save_article(db, *article_1())
    owners = "SELECT slug FROM stance_index WHERE statement_id = 1 ORDER BY slug"
    assert [r[0] for r in await db.execute_fetchall(owners)] == ["foreign-ministry", "park-il", "south-korea"]


async def test_transaction_rolls_back_on_error(db):
    await sync_tables(db, ACTORS, CONCEPTS)
    with pytest.raises(ValueError):
        async with transaction(db):
            await db.execute("DELETE FROM actors WHERE slug = 'park-il'")
            raise ValueError("no")
    assert await count(db, "actors WHERE slug = 'park-il'") == 1


async def test_stance_counts_follow_inserts_replacements_and_reindexing(db):
    truth = """SELECT slug, ifnull(concept, ''), count(*) FROM stance_index GROUP BY 1, 2 ORDER BY 1, 2"""
    kept = "SELECT slug, concept, n FROM stance_counts WHERE n > 0 ORDER BY 1, 2"

    async def agree() -> list[tuple]:
        rows = [tuple(r) for r in await db.execute_fetchall(kept)]
        assert rows == [tuple(r) for r in await db.execute_fetchall(truth)]
        return rows

    await fill(db)
    assert ("south-korea", "working-group", 3) in await agree()
    article, extraction = article_1()
    edited = dataclasses.replace(article, content_hash="edited")
    await save_article(db, edited, Extraction(extraction.statements[2:]))  # drops Park Il's first statement
    assert ("south-korea", "working-group", 2) in await agree()
    await sync_tables(db, [dataclasses.replace(a, parent="unification-ministry") if a.slug == "park-il" else a
                           for a in ACTORS], CONCEPTS)  # fmt: skip
    assert ("unification-ministry", "working-group", 2) in await agree()
