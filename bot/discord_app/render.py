"""Query results as Discord embeds: the only module that knows how an answer looks in Discord.

Every function returns a list of pages (embeds), each already inside Discord's limits; the cogs
send the first page and let the pager turn the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import discord
from discord.utils import escape_markdown

from bot.discord_app.limits import DESCRIPTION, and_more, clip, fit_embed, pack
from bot.errors import NotFound, StanceError
from bot.queries import (
    ActorRef,
    ActorSummary,
    ArticleView,
    Comparison,
    ConceptPosition,
    SearchHit,
    StanceReport,
    StatementView,
)
from bot.wording import agreement_word, as_read, counted, disputed_note, more, position_word, said_when

# A page holds fewer characters than the 4,096 allowed: long pages are hard to read on a phone.
PAGE_CHARS = 3000
PAGE_ENTRIES = 8
MAX_PAGES = 25
# Compare: one row of three inline fields per concept. Rows are budgeted so a page stays under
# the 6,000 characters a message may hold: 5 rows x (3 cells x 300 + names) < 6,000.
COMPARE_ROWS = 5
GROUP_SHOWN = 3  # statements shown under a concept: the deciding one, then two more, shorter
GROUP_ENTRY_CHARS = 400
CELL_CHARS = 300
NAME_CHARS = 80
ANSWER = discord.Colour.blurple()
PROBLEM = discord.Colour.orange()
WHITESPACE = re.compile(r"\s+")
HINTS = {
    "actor": "`/actors` lists every actor; the actor option suggests names as you type",
    "concept": "the concept option lists the concepts as you type",
    "article": "the number after “article #” beside each quote",
}


def md(text: str | None, strip: bool = True) -> str:
    """Stored text (quotes, titles, names) shown literally: one line, markdown escaped."""
    flat = WHITESPACE.sub(" ", text or "")
    return escape_markdown(flat.strip() if strip else flat)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def agreement_label(agreement: str | None) -> str:
    return agreement_word(agreement)


def quoted(s: StatementView) -> str:
    """The words to show: a direct quote in quote marks, anything else as a sentence with its
    speaker and verb ("Unification Ministry decided not to join ...")."""
    return md(as_read(s))


def attribution(s: StatementView) -> str:
    who = f"**{md(s.speaker.name)}**"
    if s.actor is not None and s.actor.slug != s.speaker.slug:
        who += f" ({md(s.actor.name)})"
    when = said_when(s)
    return f"— {who} · {when} · article #{s.article_id} *{md(clip(s.article_title, 80))}*"


def statement_entry(s: StatementView, show_stance: bool = False, own: bool = False) -> str:
    """One statement; `show_stance` adds its concept and side, `own` only its side (inside its
    concept's group). A report someone denied says so."""
    stance = ""
    if show_stance and s.concept:
        stance = f"**{agreement_label(s.agreement)}** `{s.concept}`: "
    elif own and s.concept:
        stance = f"**{agreement_label(s.agreement)}**: "
    note = f"\n*{md(disputed_note(s))}*" if s.disputed_by else ""
    return f"> {stance}{quoted(s)}{note}\n{attribution(s)}"


def paged(
    title: str,
    entries: Sequence[str],
    header: str = "",
    footer: str = "",
    empty: str = "Nothing yet.",
    per_page: int | None = PAGE_ENTRIES,
) -> list[discord.Embed]:
    """Entries packed into pages of PAGE_CHARS; past MAX_PAGES the rest is counted, not shown."""
    chunks = pack(list(entries), PAGE_CHARS, max_entries=per_page) or [[empty]]
    if len(chunks) > MAX_PAGES:
        hidden = sum(len(c) for c in chunks[MAX_PAGES:])
        chunks = chunks[:MAX_PAGES]
        chunks[-1] = [*chunks[-1], and_more(hidden)]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        text = "\n\n".join(chunk)
        if header and number == 1:
            text = f"{header}\n\n{text}"
        page = discord.Embed(title=title, description=clip(text, DESCRIPTION), colour=ANSWER)
        _set_footer(page, footer, number, len(chunks))
        pages.append(fit_embed(page))
    return pages


def _set_footer(page: discord.Embed, footer: str, number: int, count: int) -> None:
    parts = [footer] if footer else []
    if count > 1:
        parts.append(f"page {number}/{count}")
    if parts:
        page.set_footer(text=" · ".join(parts))


def date_range(first: str | None, last: str | None) -> str:
    if first and last and first != last:
        return f"from {first} to {last}"
    return f"on {first or last}" if (first or last) else "undated"


def actor_title(actor: ActorRef) -> str:
    return f"{actor.name} ({actor.kind})"


# --- one function per command -----------------------------------------------------------------
def stance(report: StanceReport) -> list[discord.Embed]:
    header = (
        f"**{plural(report.statement_count, 'statement')}** {date_range(report.first_date, report.last_date)}"
    )
    entries = [position_entry(p) for p in report.positions]
    if report.about:
        entries.append(f"__What others said about {md(report.actor.name)}__")
        entries += [statement_entry(s, show_stance=True) for s in report.about]
        if report.about_total > len(report.about):
            entries.append(f"…and {more(report)} more")
    footer = (
        f"{plural(len(report.positions), 'concept')} · {plural(report.about_total, 'statement')} by others"
    )
    return paged(
        f"Stance: {actor_title(report.actor)}",
        entries,
        header,
        footer,
        empty=report.empty_text(),
    )


def position_entry(p: ConceptPosition) -> str:
    """A concept group: its position (with its history), what the count counts, the deciding
    statement, then the next ones shorter, each with its own side."""
    name = f"`{p.concept}`" if p.concept else "*no concept*"
    lines = [f"{name} — **{md(position_word(p))}** ({counted(p)})"]
    if p.proposition:
        lines.append(f"*{md(p.proposition)}*")
    for n, s in enumerate(p.statements[:GROUP_SHOWN]):
        entry = statement_entry(s, own=True)
        lines.append(entry if n == 0 else clip(entry, GROUP_ENTRY_CHARS))
    return "\n".join(lines)


def quotes(
    actor: str, rows: Sequence[StatementView], concept: str | None, since: str | None
) -> list[discord.Embed]:
    title = f"Quotes: {actor}" + (f" on {concept}" if concept else "") + (f" since {since}" if since else "")
    entries = [statement_entry(s, show_stance=True) for s in rows]
    return paged(
        title, entries, footer=f"{plural(len(rows), 'statement')}, newest first", empty="No statements match."
    )


def timeline(actor: str, rows: Sequence[StatementView]) -> list[discord.Embed]:
    entries = [timeline_entry(s) for s in rows]
    return paged(
        f"Timeline: {actor}",
        entries,
        footer=f"{plural(len(rows), 'statement')}, oldest first",
        empty="No statements by this actor yet.",
    )


def timeline_entry(s: StatementView) -> str:
    when = said_when(s)
    stance = f" · **{agreement_label(s.agreement)}** `{s.concept}`" if s.concept else ""
    return f"`{when}` **{md(s.speaker.name)}**{stance}\n{quoted(s)}"


def search(text: str, hits: Sequence[SearchHit]) -> list[discord.Embed]:
    entries = [search_entry(h) for h in hits]
    return paged(
        f"Search: {text}",
        entries,
        footer=f"{len(hits)} {'match' if len(hits) == 1 else 'matches'}, best first",
        empty="No statement matches. Try fewer or different words.",
    )


def search_entry(hit: SearchHit) -> str:
    # The query marks the match with ** **; everything between the marks is escaped text.
    parts = hit.snippet.split("**")
    snippet = "**".join(md(p, strip=False) for p in parts).strip()
    return f"> {snippet}\n{attribution(hit.statement)}"


def compare(c: Comparison) -> list[discord.Embed]:
    title = f"Compare: {c.a.name} and {c.b.name}"
    rows = list(c.rows)
    chunks = [rows[i : i + COMPARE_ROWS] for i in range(0, len(rows), COMPARE_ROWS)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks[:MAX_PAGES], 1):
        page = discord.Embed(title=title, colour=ANSWER)
        if not chunk:
            page.description = "Neither has a statement on a concept yet."
        for concept, a, b in chunk:
            page.add_field(name=concept or "no concept", value=proposition_cell(a or b), inline=True)
            page.add_field(name=clip(c.a.name, NAME_CHARS), value=compare_cell(a), inline=True)
            page.add_field(name=clip(c.b.name, NAME_CHARS), value=compare_cell(b), inline=True)
        if number == MAX_PAGES and len(chunks) > MAX_PAGES:
            page.description = and_more(sum(len(x) for x in chunks[MAX_PAGES:]))
        _set_footer(page, plural(len(rows), "concept"), number, min(len(chunks), MAX_PAGES))
        pages.append(fit_embed(page))
    return pages


def proposition_cell(p: ConceptPosition | None) -> str:
    return clip(f"*{md(p.proposition)}*", CELL_CHARS) if p and p.proposition else "—"


def compare_cell(p: ConceptPosition | None) -> str:
    if p is None or not p.statements:
        return "nothing said"
    s = p.statements[0]
    said = f"\n— {md(clip(s.speaker.name, NAME_CHARS))}, {said_when(s)}"
    head = f"**{md(position_word(p))}** ({counted(p)})"
    return f"{head}\n{clip(quoted(s), CELL_CHARS - len(said) - len(head) - 4)}{said}"


def actors(rows: Sequence[ActorSummary]) -> list[discord.Embed]:
    entries = [actor_entry(a) for a in rows]
    return paged(
        "Actors", entries, footer=plural(len(rows), "actor"), empty="No actors yet: ingest an article first."
    )


def actor_entry(a: ActorSummary) -> str:
    line = (
        f"`{a.actor.slug}` **{md(a.actor.name)}** ({a.actor.kind}) · {plural(a.statement_count, 'statement')}"
    )
    if a.aliases:
        line += "\n" + clip("also: " + ", ".join(md(x) for x in a.aliases), 300)
    return line


def article(view: ArticleView) -> list[discord.Embed]:
    header = (
        f"Published {view.published or 'undated'} · {view.statement_count} statements · `{md(view.path)}`"
    )
    entries = [statement_entry(s, show_stance=True) for s in view.statements]
    return paged(f"Article #{view.id}: {view.title}", entries, header, empty="No statements found in it.")


def help_page(commands: Iterable[tuple[str, str]]) -> list[discord.Embed]:
    lines = [f"`{usage}`\n{description}" for usage, description in commands]
    tip = "Actor and concept options autocomplete: start typing a name, slug or alias."
    return paged("Stance bot: commands", lines, header=tip, per_page=None)


def ingested(summary: str) -> list[discord.Embed]:
    return [fit_embed(discord.Embed(title="Ingested", description=clip(summary, DESCRIPTION), colour=ANSWER))]


def synced(commands: Sequence) -> list[discord.Embed]:
    names = ", ".join(f"`/{c.name}`" for c in commands)
    text = f"Published {len(commands)} commands to every server: {names}. Discord may take up to an hour."
    return [fit_embed(discord.Embed(title="Commands synced", description=text, colour=ANSWER))]


# --- problems ---------------------------------------------------------------------------------
def user_error(error: StanceError) -> discord.Embed:
    """A user's mistake: what was wrong and what to try (suggestions for an unknown name)."""
    if isinstance(error, NotFound):
        return not_found(error)
    # StanceError messages are written to be shown (they may use `code` marks): not escaped.
    return fit_embed(discord.Embed(title="That did not work", description=str(error), colour=PROBLEM))


def not_found(error: NotFound) -> discord.Embed:
    text = f"I don't know the {error.what} **{md(error.value)}**."
    if error.suggestions:
        text += "\nDid you mean: " + ", ".join(f"`{s}`" for s in error.suggestions) + "?"
    text += "\nTry: " + HINTS.get(error.what, "`/help` shows what each command takes")
    return fit_embed(discord.Embed(title=f"Unknown {error.what}", description=text, colour=PROBLEM))


def problem(text: str) -> discord.Embed:
    return fit_embed(discord.Embed(description=text, colour=PROBLEM))


def apology() -> discord.Embed:
    text = "Sorry, something went wrong on my side while answering. It has been logged; please try again."
    return fit_embed(discord.Embed(description=text, colour=PROBLEM))
