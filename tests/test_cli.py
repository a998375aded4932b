"""`stance-bot` run in-process (and once as `python -m bot`): outputs, --json, exit codes, errors."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.articles import load_article
from bot.cli import build_parser, main
from bot.store import open_store
from tests.conftest import DATA_DIR
from tests.handmade import ACTORS, CONCEPTS, fill
from tests.test_queries import QUOTES_MOFA_SANCTIONS, STANCE_UNIFICATION

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((DATA_DIR / "articles").glob("*.txt"))


@pytest.fixture(autouse=True)
def environment(monkeypatch, tmp_path):
    """The project's data files and a store in tmp_path, whatever .env says."""
    monkeypatch.setenv("DATA_DIR", str(DATA_DIR))
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "stance.db"))
    monkeypatch.setenv("ARTICLES_DIR", str(DATA_DIR / "articles"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def toml_tables(tmp_path: Path) -> None:
    """tests/handmade.py's actors and concepts as the TOML files the CLI loads at start."""
    actors = []
    for a in ACTORS:
        actors += [f"[actors.{a.slug}]", f"name = {json.dumps(a.name)}", f"kind = {json.dumps(a.kind)}"]
        actors += [f"parent = {json.dumps(a.parent)}"] if a.parent else []
        actors += [f"role = {json.dumps(a.role)}"] if a.role else []
        actors += [f"aliases = {json.dumps(list(a.aliases))}", ""]
    (tmp_path / "actors.toml").write_text("\n".join(actors))
    concepts = [f"[concepts.{c.slug}]\nproposition = {json.dumps(c.proposition)}\n" for c in CONCEPTS]
    (tmp_path / "concepts.toml").write_text("\n".join(concepts))


@pytest.fixture
def handmade(tmp_path, monkeypatch) -> Path:
    """A store file holding the hand-made articles, with the CLI reading the hand-made tables."""
    toml_tables(tmp_path)
    monkeypatch.setenv("ACTORS_FILE", str(tmp_path / "actors.toml"))
    monkeypatch.setenv("CONCEPTS_FILE", str(tmp_path / "concepts.toml"))

    async def build():
        async with open_store(tmp_path / "stance.db") as db:
            await fill(db)

    asyncio.run(build())
    return tmp_path / "stance.db"


def test_stance_prints_the_whole_answer(handmade, capsys):
    assert run(capsys, "stance", "Unification Ministry") == (0, STANCE_UNIFICATION + "\n", "")


def test_quotes_by_alias_with_concept_and_since(handmade, capsys):
    status, out, _ = run(
        capsys, "--db", handmade, "quotes", "MOFA", "--concept", "sanctions", "--since", "2025-12-01"
    )
    assert (status, out) == (0, QUOTES_MOFA_SANCTIONS + "\n")


def test_stance_json(handmade, capsys):
    status, out, _ = run(capsys, "stance", "park-il", "--json")
    answer = json.loads(out)
    assert status == 0
    park = dict(slug="park-il", name="Park Il", kind="person", parent="foreign-ministry")
    assert answer["actor"] == {**park, "role": "Foreign Ministry spokesperson"}
    assert [
        (p["concept"], p["agreement"], [s["id"] for s in p["statements"]]) for p in answer["positions"]
    ] == [("working-group", "support", [6, 1])]


@pytest.mark.parametrize(
    ("argv", "ids"),
    [
        (["timeline", "foreign-ministry", "--json"], [1, 3, 6, 7]),
        (["search", "working", "group", "--json"], None),
        (["quotes", "chung dong-young", "--json"], [2]),
    ],
)
def test_query_commands_print_json(handmade, capsys, argv, ids):
    status, out, err = run(capsys, *argv)
    rows = json.loads(out)
    got = [row["statement"]["id"] if "statement" in row else row["id"] for row in rows]
    assert (status, err) == (0, "")
    assert got == ids if ids is not None else set(got) == {1, 4, 6}  # search: by rank


def test_compare_actors_and_article(handmade, capsys):
    status, out, _ = run(capsys, "compare", "foreign-ministry", "unification-ministry")
    assert status == 0 and out.splitlines()[1].startswith(
        "working-group       supports (2 statements: 1 support, 1 oppose; latest 2025-12-17)"
    )
    status, out, _ = run(capsys, "actors")
    assert status == 0 and out.splitlines()[1].split() == ["south-korea", "South", "Korea", "government", "7"]
    status, out, _ = run(capsys, "article", "2")
    head = ["#2 Ministry stays away from talks", "2025-12-17 · a2.txt", "4 statements"]
    assert status == 0 and out.splitlines()[:3] == head


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["stance", "park ill"], "error: unknown actor 'park ill'; did you mean park-il?"),
        (["quotes", "xyzzy"], "error: unknown actor 'xyzzy'; list them with `actors`"),
        (
            ["stance", "park-il", "--concept", "sanctons"],
            "error: unknown concept 'sanctons'; did you mean sanctions?",
        ),
        (
            ["search", " "],
            'error: search needs some words, e.g. `search sanctions` or `search "working group"`',
        ),
        (["article", "99"], "error: unknown article '99'"),
        (["quotes", "park-il", "--limit", "0"], "error: limit must be from 1 to 1,000, got 0"),
    ],
)
def test_user_errors_are_one_line_on_stderr_and_exit_1(handmade, capsys, argv, message):
    assert run(capsys, *argv) == (1, "", message + "\n")


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "a OR", ")(", "'", "DROP TABLE statements"])
def test_hostile_search_text_is_just_text(handmade, capsys, text):
    assert run(capsys, "search", text) == (0, "Nothing found. Try fewer or other words.\n", "")


def test_a_bad_date_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["quotes", "park-il", "--since", "2025-13-01"])
    assert caught.value.code == 2
    assert "impossible date '2025-13-01'" in capsys.readouterr().err


def test_every_command_is_documented_and_takes_json():
    commands = build_parser()._subparsers._group_actions[0]
    helps = {action.dest: action.help for action in commands._choices_actions}
    for name, parser in commands.choices.items():
        assert helps.get(name), f"{name} has no help line"
        assert "--json" in parser.format_help(), f"{name} has no --json"


# --- commands that run the real extractor ---------------------------------------------------------
def test_extract_json_one_line_per_file_bad_files_reported(tmp_path, capsys, extractor):
    bad, plain = tmp_path / "bad.txt", tmp_path / "plain.txt"
    bad.write_bytes(b"\xff\xfe")
    plain.write_text('Seoul weighs talks\n\n"We will keep talking," Park Il said on Tuesday.\n')
    status, out, err = run(capsys, "extract", "--json", SEEDS[0], bad, plain)
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [line["file"] for line in lines] == [str(SEEDS[0]), str(bad), str(plain)]
    assert lines[0]["statements"] == [
        s.as_json() for s in extractor.extract(load_article(SEEDS[0])).statements
    ]
    problem = f"{bad}:1: invalid UTF-8 at byte 0: save the file as UTF-8"
    assert lines[1] == {"file": str(bad), "error": problem, "statements": []}
    assert [s["speaker"]["id"] for s in lines[2]["statements"]] == ["park-il"]
    assert err == f"error: {bad}:1: invalid UTF-8 at byte 0: save the file as UTF-8\n"
    assert not (tmp_path / "stance.db").exists()  # extract stores nothing


def test_extract_with_a_date_dates_a_plain_file(tmp_path, capsys, extractor):
    plain = tmp_path / "plain.txt"
    plain.write_text('Seoul weighs talks\n\n"We will keep talking," Park Il said on Tuesday.\n')
    status, out, _ = run(capsys, "extract", "--json", "--date", "2025-12-09", plain)
    assert status == 0 and json.loads(out)["statements"][0]["said_on"] == "2025-12-09"


def test_extract_exits_1_when_no_file_was_readable(tmp_path, capsys):
    status, out, err = run(capsys, "extract", "--json", tmp_path / "missing.txt")
    assert status == 1
    missing = tmp_path / "missing.txt"
    problem = f"{missing}: cannot read: No such file or directory"
    assert json.loads(out) == {"file": str(missing), "error": problem, "statements": []}
    assert err.startswith("error: ")


def test_ingest_reports_each_file_and_exits_1_when_one_failed(tmp_path, capsys, extractor):
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "zz_bad.txt").write_text(" date 2025-02-30 x\n\ny\n")
    status, out, err = run(capsys, "ingest", folder)
    assert status == 1
    assert err == f"error: {folder / 'zz_bad.txt'}:1: impossible date '2025-02-30'\n"
    assert out.splitlines()[-1] == "2 added, 0 replaced, 0 unchanged, 1 failed"
    (folder / "zz_bad.txt").unlink()
    status, out, err = run(capsys, "ingest", folder, "--json")
    assert (status, err) == (0, "")
    assert [r["status"] for r in json.loads(out)] == ["unchanged", "unchanged"]


def test_ingest_defaults_to_articles_dir_and_python_m_bot_works(tmp_path):
    env_db = tmp_path / "stance.db"
    out = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(env_db), "ingest"], cwd=ROOT, capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DATA_DIR": str(DATA_DIR), "ARTICLES_DIR": str(DATA_DIR / "articles")},
        timeout=300,
    )  # fmt: skip
    assert (out.returncode, out.stderr) == (0, "")
    assert out.stdout.splitlines()[-1] == "2 added, 0 replaced, 0 unchanged, 0 failed"


def test_stance_on_the_seeds_shows_own_positions_then_what_others_said(seeded_db_file, tmp_path, capsys):
    """The issue's example, end to end: the seeds through the real extractor and ingest."""
    copy = tmp_path / "seeded.db"
    copy.write_bytes(seeded_db_file.read_bytes())
    status, out, err = run(capsys, "--db", copy, "stance", "unification-ministry")
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert (status, err) == (0, "")
    assert headings[1:3] == ["working-group: opposes (1 statement: 1 oppose)",
                             "military-exercises: supports (1 statement: 1 support)"]  # fmt: skip
    assert headings[-1] == "What others said about Unification Ministry:"
    others = out.split(headings[-1])[1]
    assert "Jung Chung-rae" in others and "the Unification Ministry’s decision not to attend" in others
    assert "Chung Dong-young" in out.split(headings[-1])[0]


@pytest.mark.parametrize(
    "dated, sentence",
    [
        (" date 0001-01-01", '"We will keep the line open," Oh Seung-min said yesterday.'),
        (" date 2024-02-28", '"We will keep the line open," Oh Seung-min said on Feb. 29.'),
    ],
)
def test_extract_json_prints_every_file_when_a_date_falls_outside_the_calendar(
    tmp_path, capsys, dated, sentence
):
    odd, plain = tmp_path / "odd.txt", tmp_path / "plain.txt"
    odd.write_text(f"{dated}\nHeadline\n\n{sentence}\n")
    plain.write_text('Seoul weighs talks\n\n"We will keep talking," Park Il said on Tuesday.\n')
    status, out, err = run(capsys, "extract", "--json", odd, plain)
    lines = [json.loads(line) for line in out.splitlines()]
    assert (status, err) == (0, "")
    assert [line["file"] for line in lines] == [str(odd), str(plain)]
    assert [s["content"] for s in lines[0]["statements"]] == ["We will keep the line open"]
    assert [s["speaker"]["id"] for s in lines[1]["statements"]] == ["park-il"]
