"""`stance-bot` (and `python -m bot`): a thin command line over bot.ingest and bot.queries.

Adding a subcommand: write `_add_<name>(sub)` that builds its parser and sets `run=` to a
handler `(args, settings) -> exit status` (a coroutine function is run with asyncio.run), then
append it to SUBCOMMANDS; `_command(sub, name, ...)` gives it --json. One error handler, in `main`:
StanceError -> `error: …` on stderr and exit 1; anything else is a bug and shows its traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import inspect
import json
import os
import shlex
import signal
import sys
from contextlib import asynccontextmanager
from pathlib import Path

from bot import queries, render_text
from bot.articles import Article, find_article_files, load_article, parse_date
from bot.errors import ArticleError, StanceError
from bot.ingest import IngestReport, IngestResult, ingest_paths, ingest_paths_parallel, load_tables
from bot.settings import load_settings
from bot.store import open_store
from bot.store.readers import time_budget
from bot.user_input import SQLITE_MAX_INT, clean_text, parse_count


def _date(raw: str):
    try:
        return parse_date(raw, "--date")
    except ArticleError as e:
        raise argparse.ArgumentTypeError(e.problem) from None


def _text(raw: str) -> str:
    """A text argument as the queries take it (paths are left alone: they must reach the file)."""
    return clean_text(raw)


def _count(name: str, high: int = queries.MAX_LIMIT):
    """An integer argument, range-checked; a BadQuery goes past argparse to main's error handler."""
    return lambda raw: parse_count(name, raw, 1, high)


def _command(sub, name: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand parser with the options every command has (--json)."""
    parser = sub.add_parser(name, **kwargs)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, default=str))


def _as_json(result):
    """Query results (dataclasses, lists of them) as JSON-ready values."""
    if isinstance(result, list):
        return [_as_json(item) for item in result]
    return dataclasses.asdict(result)


@asynccontextmanager
async def _store(settings):
    """The store, migrated and with actors.toml and concepts.toml loaded."""
    async with open_store(settings.database_path) as db:
        await load_tables(db, settings)
        yield db


def _query_command(query, render):
    """A handler that runs one query function and prints its answer as text or JSON."""

    async def run(args, settings) -> int:
        async with _store(settings) as db, time_budget(db, settings.query_seconds):
            result = await query(db, args)
        if args.json:
            _print_json(_as_json(result))
        else:
            print(render(result))
        return 0

    return run


# --- extract: stores nothing ---------------------------------------------------------------------
def _read_for_extract(paths: list[str], published) -> list[tuple[str, Article | ArticleError]]:
    """Each file as given (directories expanded) with its Article, or the error that stopped it."""
    items: list[tuple[str, Article | ArticleError]] = []
    for path in find_article_files([Path(p) for p in paths]):
        shown = str(path)
        try:
            items.append((shown, load_article(path, published)))
        except ArticleError as e:
            items.append((shown, e))
    return items


def _extractions(settings, articles: list[Article]):
    from bot.extract import load_extractor  # spaCy: loaded only by the commands that extract

    return load_extractor(settings).extract_each(articles)


def run_extract(args, settings) -> int:
    items = _read_for_extract(args.files, args.date)
    articles = [item for _, item in items if isinstance(item, Article)]
    extractions = _extractions(settings, articles) if articles else iter(())
    extracted = 0
    for path, item in items:
        result = item if isinstance(item, ArticleError) else next(extractions)
        if isinstance(result, ArticleError):  # unreadable, over a limit or out of time: only this file
            print(f"error: {result}", file=sys.stderr)
            found, error = [], str(result)
        else:
            found, error, extracted = result.statements, None, extracted + 1
        if args.json:
            line = {"file": path, "error": error} if error else {"file": path}
            _print_json({**line, "statements": [s.as_json() for s in found]})
        elif not error:
            print(render_text.extraction(path, found))
        sys.stdout.flush()
    return 0 if extracted else 1


def _add_extract(sub) -> None:
    p = _command(
        sub,
        "extract",
        help="print who said what in article files; stores nothing",
        description="One JSON object per file per line with --json: {file, statements} (or {file, error, "
        "statements: []} for a file that cannot be read or extracted, with the message on stderr). Exit 0 "
        "when at least one file was extracted, 1 when none was.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article files or directories")
    p.add_argument("--date", type=_date, help="publication date for files without a date line (YYYY-MM-DD)")
    p.set_defaults(run=run_extract)


# --- ingest --------------------------------------------------------------------------------------
async def run_ingest(args, settings) -> int:
    paths = args.paths or [settings.articles_dir]
    stored: list[IngestResult] = []  # filled as each file is done: what an interruption leaves stored
    signals = _cancel_on_sigterm()
    try:
        async with _store(settings) as db:
            report = await _ingest(args, settings, db, paths, stored)
    except asyncio.CancelledError:  # Ctrl-C (asyncio.run cancels us) or SIGTERM
        total = len(find_article_files([Path(p) for p in paths]))
        _print_ingest(
            args, IngestReport(tuple(stored)), render_text.interrupted(IngestReport(tuple(stored)), total)
        )
        return 143 if signals else 130
    _print_ingest(args, report, report.summary())
    return 1 if report.failed else 0


async def _ingest(args, settings, db, paths, stored: list) -> IngestReport:
    if args.workers > 1:
        return await ingest_paths_parallel(
            db, paths, settings, workers=args.workers, published=args.date, progress=stored
        )
    from bot.extract import load_extractor

    return await ingest_paths(db, paths, load_extractor(settings), args.date, progress=stored)


def _cancel_on_sigterm() -> list[int]:
    """SIGTERM ends an ingest as Ctrl-C does: stored articles stay, workers stop, a summary is printed.
    The list returned gets the signal's number when it came."""
    came: list[int] = []
    task = asyncio.current_task()

    def stop() -> None:
        came.append(signal.SIGTERM)
        task.cancel()

    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop)
    except (NotImplementedError, RuntimeError, ValueError):
        pass  # not the main thread, or no signals here (Windows): SIGTERM ends the process as before
    return came


def _print_ingest(args, report: IngestReport, summary: str) -> None:
    for failure in report.failed:
        print(f"error: {failure.message}", file=sys.stderr)
    if args.json:
        _print_json([dataclasses.asdict(r) for r in report.results])
    else:
        print(render_text.ingest(report, summary))


def _add_ingest(sub) -> None:
    p = _command(
        sub,
        "ingest",
        help="load article files into the store",
        description="Stores each article with its statements in one transaction. Unchanged files are "
        "skipped, changed ones replace their earlier version; a bad file is reported and skipped while the "
        "others load (exit 1 if any failed).",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: ARTICLES_DIR)")
    p.add_argument("--date", type=_date, help="publication date for files without a date line (YYYY-MM-DD)")
    p.add_argument(
        "--workers", type=int, default=1, help="extraction processes (2 uses both cores of a 2-core box)"
    )
    p.set_defaults(run=run_ingest)


# --- queries -------------------------------------------------------------------------------------
def _actor_arg(p, name: str = "actor") -> None:
    p.add_argument(name, type=_text, help="slug, name or alias, any case (see `actors`)")


def _add_stance(sub) -> None:
    p = _command(sub, "stance", help="an actor's positions by concept, and what others said about it")
    _actor_arg(p)
    p.add_argument("--concept", type=_text, help="only this concept")
    p.add_argument(
        "--limit", type=_count("limit"), default=5, help="statements shown per concept (default 5)"
    )
    query = lambda db, a: queries.stance(db, a.actor, a.concept, a.limit)  # noqa: E731
    p.set_defaults(run=_query_command(query, render_text.stance))


def _add_quotes(sub) -> None:
    p = _command(sub, "quotes", help="what an actor (and its people) said, newest first")
    _actor_arg(p)
    p.add_argument("--concept", type=_text, help="only this concept")
    p.add_argument("--since", type=_date, help="only from this date on (YYYY-MM-DD)")
    p.add_argument("--limit", type=_count("limit"), default=50)
    query = lambda db, a: queries.quotes(db, a.actor, a.concept, a.since, a.limit)  # noqa: E731
    p.set_defaults(run=_query_command(query, render_text.quotes))


def _add_search(sub) -> None:
    p = _command(sub, "search", help="statements holding every word given, taken literally")
    p.add_argument("text", nargs="+", type=_text, help="words to find in statements and speakers' names")
    p.add_argument("--limit", type=_count("limit"), default=20)
    query = lambda db, a: queries.search(db, " ".join(a.text), a.limit)  # noqa: E731
    p.set_defaults(run=_query_command(query, render_text.search))


def _add_timeline(sub) -> None:
    p = _command(sub, "timeline", help="an actor's statements in date order")
    _actor_arg(p)
    p.add_argument("--limit", type=_count("limit"), default=200)
    query = lambda db, a: queries.timeline(db, a.actor, a.limit)  # noqa: E731
    p.set_defaults(run=_query_command(query, render_text.timeline))


def _add_compare(sub) -> None:
    p = _command(sub, "compare", help="two actors side by side, concept by concept")
    _actor_arg(p, "actor_a")
    _actor_arg(p, "actor_b")
    p.add_argument("--concept", type=_text, help="only this concept")
    query = lambda db, a: queries.compare(db, a.actor_a, a.actor_b, a.concept)  # noqa: E731
    p.set_defaults(run=_query_command(query, render_text.compare))


def _add_actors(sub) -> None:
    p = _command(sub, "actors", help="every actor known, with its statement count")
    p.set_defaults(run=_query_command(lambda db, a: queries.list_actors(db), render_text.actors))


def _add_article(sub) -> None:
    p = _command(sub, "article", help="one stored article with every statement found in it")
    p.add_argument(
        "id", type=_count("id", SQLITE_MAX_INT), help="the article's number (shown beside each statement)"
    )
    p.set_defaults(run=_query_command(lambda db, a: queries.article(db, a.id), render_text.article))


# --- the bot: run, ask, sync (bot/discord_app/main.py and bot/console.py) -------------------------
async def run_bot_or_console(args, settings) -> int:
    from bot.discord_app import main as bot_main

    bot_main.setup_logging(settings)
    await bot_main.main(settings, json_output=args.json)
    return 0


def _add_run(sub) -> None:
    p = _command(
        sub,
        "run",
        help="ingest ARTICLES_DIR, then serve Discord (DISCORD_TOKEN) or a console of the same commands",
        description="Without DISCORD_TOKEN the console reads commands from stdin; --json answers each "
        "with the query result as one line of JSON.",
    )
    p.set_defaults(run=run_bot_or_console)


async def run_ask(args, settings) -> int:
    from bot.console import ask

    line = args.line[0] if len(args.line) == 1 else shlex.join(args.line)
    async with _store(settings) as db:
        return await ask(db, line, args.json, budget=settings.query_seconds)


def _add_ask(sub) -> None:
    p = _command(
        sub,
        "ask",
        help='answer one slash command and exit, e.g. ask "/stance unification-ministry"',
        description="The console's command line: values in order or as name:value, quoted when they hold "
        "spaces. --json prints the query result (dataclasses.asdict) for scripts.",
    )
    p.add_argument(
        "line", nargs="+", type=_text, help="the command, e.g. \"/quotes actor:'Park Il' since:2025-12-01\""
    )
    p.set_defaults(run=run_ask)


async def run_sync(args, settings) -> int:
    from bot.discord_app.main import setup_logging, sync_global

    setup_logging(settings)
    await sync_global(settings, json_output=args.json)
    return 0


def _add_sync(sub) -> None:
    p = _command(sub, "sync", help="publish the slash commands to every server (needs DISCORD_TOKEN)")
    p.set_defaults(run=run_sync)


SUBCOMMANDS = [
    _add_extract,
    _add_ingest,
    _add_stance,
    _add_quotes,
    _add_search,
    _add_timeline,
    _add_compare,
    _add_actors,
    _add_article,
    _add_run,
    _add_ask,
    _add_sync,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stance-bot", description="Who said what, for whom, for or against what."
    )
    parser.add_argument("--db", type=Path, help="the SQLite store (default: DATABASE_PATH or data/stance.db)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a path may carry undecodable bytes (surrogates)
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        args = build_parser().parse_args(argv)
        settings = load_settings()
        if args.db:
            settings = dataclasses.replace(settings, database_path=args.db)
        status = args.run(args, settings)
        return asyncio.run(status) if inspect.iscoroutine(status) else status
    except StanceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `stance-bot ask ... | head`: the reader left; nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
