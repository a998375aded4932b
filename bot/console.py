"""The bot without Discord: the same slash commands typed in a terminal, or one at a time (`ask`).

`/stance unification-ministry`, `/quotes actor:"Park Il" since:2025-12-01`, `/search "working group"`:
a command line is split like a shell does (shlex); each value is given as `name:value`, like
Discord's own input, or in order. Answers come from the same query functions as the cogs and are
laid out for a terminal by bot/render_text.py.
"""

from __future__ import annotations

import asyncio
import dataclasses
import difflib
import json
import logging
import shlex
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TextIO

from bot import queries, render_text
from bot.articles import parse_date
from bot.errors import BadQuery, StanceError
from bot.settings import Settings
from bot.store.readers import time_budget
from bot.user_input import SQLITE_MAX_INT, clean_text, parse_count

log = logging.getLogger("bot.console")
APOLOGY = "sorry: something went wrong while answering (the details are in the log); try another command"
QUIT = {"quit", "exit", "/quit", "/exit", "q"}
BUDGET = Settings.query_seconds  # QUERY_SECONDS; `stance-bot run` passes the setting


@dataclass(frozen=True)
class Param:
    name: str
    required: bool = True
    kind: str = "text"  # text | int | date | rest (the words left over, joined: for free text)


@dataclass(frozen=True)
class Command:
    """One slash command; `description` is the same text Discord shows (a test keeps them equal)."""

    name: str
    description: str
    params: tuple[Param, ...]
    run: Callable[..., Awaitable[Any]]  # (db, **options) -> a query result
    render: Callable[..., str]  # (result, **options) -> terminal text

    @property
    def usage(self) -> str:
        return " ".join([f"/{self.name}", *(p.name if p.required else f"[{p.name}]" for p in self.params)])


def _commands() -> dict[str, Command]:
    actor, concept = Param("actor"), Param("concept", required=False)
    table = [
        Command("stance", "An actor's positions by concept: the deciding quote, who said it, when, and what "
                "others said.", (actor, concept), queries.stance, lambda r, **o: render_text.stance(r)),
        Command("quotes", "Who said what for an actor, newest first.",
                (actor, concept, Param("since", False, "date")), queries.quotes,
                lambda r, **o: render_text.quotes(r)),
        Command("search", "Full-text search over every statement, best matches first.",
                (Param("text", kind="rest"),), queries.search, lambda r, **o: render_text.search(r)),
        Command("timeline", "An actor's statements in date order, with the stance each one takes.", (actor,),
                queries.timeline, lambda r, **o: render_text.timeline(r)),
        Command("compare", "Two actors side by side, concept by concept.",
                (Param("actor_a"), Param("actor_b"), concept), queries.compare,
                lambda r, **o: render_text.compare(r)),
        Command("actors", "Every actor I know, with how many statements each has.", (), queries.list_actors,
                lambda r, **o: render_text.actors(r)),
        Command("article", "One article: its title, date and every statement found in it.",
                (Param("id", kind="int"),), _article, lambda r, **o: render_text.article(r)),
        Command("help", "What each command does and how to ask.", (), _help, lambda r, **o: r),
    ]  # fmt: skip
    return {c.name: c for c in table}


async def _article(db, id: int):
    return await queries.article(db, id)


async def _help(db) -> str:
    lines = [f"{c.usage}\n    {c.description}" for c in COMMANDS.values()]
    tip = (
        'Give values in order or as name:value; quote values with spaces: /quotes "Park Il" since:2025-12-01'
    )
    return "\n".join([*lines, "", tip, "quit (or Ctrl-D) leaves the console."])


COMMANDS = _commands()


# --- parsing a command line -------------------------------------------------------------------
def split_line(line: str) -> list[str]:
    """Shell-like words; an unbalanced quote is kept as a plain character rather than refused."""
    try:
        return shlex.split(line)
    except ValueError:
        return line.split()


def find_command(word: str) -> Command:
    name = word.removeprefix("/").lower()
    if name in COMMANDS:
        return COMMANDS[name]
    close = difflib.get_close_matches(name, list(COMMANDS), n=3)
    hint = f"; did you mean {', '.join('/' + c for c in close)}?" if close else "; try /help"
    raise BadQuery(f"unknown command /{name}{hint}")


def parse_line(line: str) -> tuple[Command, dict[str, Any]]:
    """`/name value name:value …` to the command and its options, converted and checked."""
    words = split_line(clean_text(line).strip())
    if not words:
        raise BadQuery("type a command, e.g. /stance unification-ministry (or /help)")
    command = find_command(words[0])
    raw = _assign(command, words[1:])
    missing = [p.name for p in command.params if p.required and p.name not in raw]
    if missing:
        raise BadQuery(f"missing {', '.join(missing)}: usage {command.usage}")
    return command, {name: _convert(command, name, value) for name, value in raw.items()}


def _assign(command: Command, words: list[str]) -> dict[str, str]:
    names = {p.name: p for p in command.params}
    raw: dict[str, str] = {}
    for word in words:
        key, sep, value = word.partition(":")
        if sep and key in names:
            raw[key] = value
            continue
        free = [p for p in command.params if p.name not in raw]
        if free:
            raw[free[0].name] = word
        elif command.params and command.params[-1].kind == "rest":
            raw[command.params[-1].name] += " " + word
        else:
            raise BadQuery(
                f"too many values for /{command.name} (usage {command.usage}); quote a value with spaces"
            )
    return raw


def _convert(command: Command, name: str, value: str) -> Any:
    kind = next(p.kind for p in command.params if p.name == name)
    if kind == "int":
        return parse_count(name, value, 1, SQLITE_MAX_INT)
    if kind == "date":
        return parse_date(value.strip(), name)
    return value


# --- answering --------------------------------------------------------------------------------
async def answer_result(db, line: str, budget: float = BUDGET) -> tuple[Command, Any]:
    """The command's answer on `db`, within `budget` seconds of database time (then TooBroad)."""
    command, options = parse_line(line)
    async with time_budget(db, budget):
        return command, await command.run(db, **options)


async def answer_line(db, line: str, json_output: bool = False, budget: float = BUDGET) -> str:
    """The console's one error handler: a user's mistake gets `error: …`, a bug an apology."""
    try:
        command, result = await answer_result(db, line, budget)
        return as_json(result) if json_output else command.render(result)
    except StanceError as e:
        return json.dumps({"error": str(e)}) if json_output else f"error: {e}"
    except Exception:
        log.exception("unexpected error answering %r", line)
        return json.dumps({"error": APOLOGY}) if json_output else APOLOGY


def as_json(result: Any) -> str:
    """The structured answer for scripts: dataclasses.asdict of the query result."""
    if dataclasses.is_dataclass(result):
        data = dataclasses.asdict(result)
    elif isinstance(result, list):
        data = [dataclasses.asdict(r) if dataclasses.is_dataclass(r) else r for r in result]
    else:
        data = result
    return json.dumps(data, ensure_ascii=False, default=str)


async def ask(
    db,
    line: str,
    json_output: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
    budget: float = BUDGET,
) -> int:
    """Answers one command line; exit status 0, or 1 with `error: …` on stderr."""
    out, err = out or sys.stdout, err or sys.stderr  # looked up now: tests and callers swap sys.stdout
    try:
        command, result = await answer_result(db, line, budget)
    except StanceError as e:
        print(f"error: {e}", file=err)
        return 1
    print(as_json(result) if json_output else command.render(result), file=out)
    return 0


async def run_console(
    db,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    json_output: bool = False,
    budget: float = BUDGET,
) -> None:
    """Reads commands until `quit` or end of input; every answer is printed, errors included
    (with `json_output`, one JSON value a line: a result, or {"error": …})."""
    stdin, out = stdin or sys.stdin, out or sys.stdout
    interactive = stdin.isatty()
    print("Type a command such as /stance unification-ministry, /help for the list, quit to leave.", file=out)
    while True:
        if interactive:
            print("stance> ", end="", file=out, flush=True)
        line = await asyncio.to_thread(stdin.readline)
        if not line or line.strip().lower() in QUIT:
            break
        if line.strip():
            print(await answer_line(db, line, json_output, budget), file=out, flush=True)
