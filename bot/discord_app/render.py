"""Query results as Discord embeds: the only module that knows how an answer looks in Discord.

Every function returns a list of pages (embeds), each already inside Discord's limits; the cogs
send the first page and let the pager turn the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import discord
from discord.utils import escape_markdown

from bot.discord_app.limits import DESCRIPTION, FIELD_VALUE, FIELDS, and_more, clip, fit_embed, pack
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

# A page holds fewer characters than the 4,096 allowed: long pages are hard to read on a phone.
PAGE_CHARS = 3000
PAGE_ENTRIES = 8
MAX_PAGES = 25
COMPARE_ROWS_PER_PAGE = FIELDS // 3  # one row of three inline fields per concept
ANSWER = discord.Colour.blurple()
PROBLEM = discord.Colour.orange()
AGREEMENT = {"support": "supports", "oppose": "opposes", "neutral": "neutral", "mixed": "mixed"}


def md(text: str | None) -> str:
    """Stored text (quotes, titles, names) shown literally: one line, markdown escaped."""
    return escape_markdown(" ".join((text or "").split()))


def agreement_label(agreement: str | None) -> str:
    return AGREEMENT.get(agreement or "", "no stance")


def quoted(s: StatementView) -> str:
    """The words to show: a direct quote in quote marks, otherwise the sentence it came from."""
    if s.kind == "direct":
        return f"“{md(s.content)}”"
    return md(s.context or s.content)


def attribution(s: StatementView) -> str:
    who = f"**{md(s.speaker.name)}**"
    if s.actor is not None and s.actor.slug != s.speaker.slug:
        who += f" ({md(s.actor.name)})"
    when = s.said_on or s.article_date or "undated"
    return f"— {who} · {when} · article #{s.article_id} *{md(clip(s.article_title, 80))}*"


def statement_entry(s: StatementView, show_stance: bool = False) -> str:
    stance = ""
    if show_stance and s.concept:
        stance = f"**{agreement_label(s.agreement)}** `{s.concept}`: "
    return f"> {stance}{quoted(s)}\n{attribution(s)}"


def paged(
    title: str, entries: Sequence[str], header: str = "", footer: str = "", empty: str = "Nothing yet."
) -> list[discord.Embed]:
    """Entries packed into pages of PAGE_CHARS; past MAX_PAGES the rest is counted, not shown."""
    chunks = pack(list(entries), PAGE_CHARS, max_entries=PAGE_ENTRIES) or [[empty]]
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
    header = f"**{report.statement_count} statements** {date_range(report.first_date, report.last_date)}"
    entries = [position_entry(p) for p in report.positions]
    if report.about:
        entries.append(f"__What others said about {md(report.actor.name)}__")
        entries += [statement_entry(s, show_stance=True) for s in report.about]
    footer = f"{len(report.positions)} concepts · {len(report.about)} statements by others"
    return paged(
        f"Stance: {actor_title(report.actor)}",
        entries,
        header,
        footer,
        empty="No statements by this actor yet.",
    )


def position_entry(p: ConceptPosition) -> str:
    name = f"`{p.concept}`" if p.concept else "*no concept*"
    lines = [f"{name} — **{agreement_label(p.agreement)}**"]
    if p.proposition:
        lines.append(f"*{md(p.proposition)}*")
    if p.statements:
        lines.append(statement_entry(p.statements[0]))
    if p.total > 1:
        lines.append(f"({p.total} statements on this in all)")
    return "\n".join(lines)


def quotes(
    actor: str, rows: Sequence[StatementView], concept: str | None, since: str | None
) -> list[discord.Embed]:
    title = f"Quotes: {actor}" + (f" on {concept}" if concept else "") + (f" since {since}" if since else "")
    entries = [statement_entry(s, show_stance=True) for s in rows]
    return paged(title, entries, footer=f"{len(rows)} statements, newest first", empty="No statements match.")


def timeline(actor: str, rows: Sequence[StatementView]) -> list[discord.Embed]:
    entries = [timeline_entry(s) for s in rows]
    return paged(
        f"Timeline: {actor}",
        entries,
        footer=f"{len(rows)} statements, oldest first",
        empty="No statements by this actor yet.",
    )


def timeline_entry(s: StatementView) -> str:
    when = s.said_on or s.article_date or "undated"
    stance = f" · **{agreement_label(s.agreement)}** `{s.concept}`" if s.concept else ""
    return f"`{when}` **{md(s.speaker.name)}**{stance}\n{quoted(s)}"


def search(text: str, hits: Sequence[SearchHit]) -> list[discord.Embed]:
    entries = [search_entry(h) for h in hits]
    return paged(
        f"Search: {text}",
        entries,
        footer=f"{len(hits)} matches, best first",
        empty="No statement matches. Try fewer or different words.",
    )


def search_entry(hit: SearchHit) -> str:
    # The query marks the match with ** **; everything between the marks is escaped text.
    parts = hit.snippet.split("**")
    snippet = "**".join(md(p) if i % 2 == 0 else f"{md(p)}" for i, p in enumerate(parts))
    return f"> {snippet}\n{attribution(hit.statement)}"


def compare(c: Comparison) -> list[discord.Embed]:
    title = f"Compare: {c.a.name} and {c.b.name}"
    rows = list(c.rows)
    chunks = [rows[i : i + COMPARE_ROWS_PER_PAGE] for i in range(0, len(rows), COMPARE_ROWS_PER_PAGE)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks[:MAX_PAGES], 1):
        page = discord.Embed(title=title, colour=ANSWER)
        if not chunk:
            page.description = "Neither has a statement on a shared concept yet."
        for concept, a, b in chunk:
            page.add_field(name=concept, value=compare_cell(None, concept, a, b), inline=True)
            page.add_field(name=c.a.name, value=compare_cell(c.a, concept, a), inline=True)
            page.add_field(name=c.b.name, value=compare_cell(c.b, concept, b), inline=True)
        if number == MAX_PAGES and len(chunks) > MAX_PAGES:
            page.description = and_more(sum(len(x) for x in chunks[MAX_PAGES:]))
        _set_footer(page, f"{len(rows)} concepts", number, min(len(chunks), MAX_PAGES))
        pages.append(fit_embed(page))
    return pages


def compare_cell(
    actor: ActorRef | None, concept: str, p: ConceptPosition | None, other: ConceptPosition | None = None
) -> str:
    if actor is None:  # the first column: the proposition itself
        proposition = (p or other).proposition if (p or other) else None
        return clip(f"*{md(proposition)}*" if proposition else "—", FIELD_VALUE)
    if p is None or not p.statements:
        return "nothing said"
    s = p.statements[0]
    text = (
        f"**{agreement_label(p.agreement)}**\n{quoted(s)}\n— {md(s.speaker.name)}, {s.said_on or 'undated'}"
    )
    return clip(text, FIELD_VALUE)


def actors(rows: Sequence[ActorSummary]) -> list[discord.Embed]:
    entries = [actor_entry(a) for a in rows]
    return paged(
        "Actors", entries, footer=f"{len(rows)} actors", empty="No actors yet: ingest an article first."
    )


def actor_entry(a: ActorSummary) -> str:
    line = f"`{a.actor.slug}` **{md(a.actor.name)}** ({a.actor.kind}) · {a.statement_count} statements"
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
    return paged("Stance bot: commands", lines, header=tip)


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
    return fit_embed(discord.Embed(title="That did not work", description=md(str(error)), colour=PROBLEM))


def not_found(error: NotFound) -> discord.Embed:
    text = f"I don't know the {error.what} **{md(error.value)}**."
    if error.suggestions:
        text += "\nDid you mean: " + ", ".join(f"`{s}`" for s in error.suggestions) + "?"
    hint = {"actor": "`/actors` lists every actor", "concept": "the concept option autocompletes"}
    text += "\nTry: " + hint.get(error.what, "check the number or name")
    return fit_embed(discord.Embed(title=f"Unknown {error.what}", description=text, colour=PROBLEM))


def problem(text: str) -> discord.Embed:
    return fit_embed(discord.Embed(description=md(text), colour=PROBLEM))


def apology() -> discord.Embed:
    text = "Sorry, something went wrong on my side while answering. It has been logged; please try again."
    return discord.Embed(description=text, colour=PROBLEM)
