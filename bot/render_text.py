"""Query results as plain text for a terminal: one function per result type of bot.queries.

Used by the CLI and by any local console; pure functions, string in, string out.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from bot.model import Statement
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
from bot.wording import (
    agreement_word,
    as_read,
    counted,
    day_label,
    disputed_note,
    more,
    position_word,
    said_when,
)

WIDTH = 100
INDENT = "    "


def _wrap(text: str, indent: str = INDENT) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=indent)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def actor_label(actor: ActorRef) -> str:
    """'Park Il (park-il, person, foreign-ministry)'"""
    details = ", ".join(x for x in (actor.slug, actor.kind, actor.parent and f"of {actor.parent}") if x)
    return f"{actor.name} ({details})"


def _who(view: StatementView) -> str:
    speaker = view.speaker.name + (f" ({view.speaker.role})" if view.speaker.role else "")
    if view.actor and view.actor.slug != view.speaker.slug:
        speaker += f" for {view.actor.name}"
    return speaker


def statement_lines(view: StatementView, show_concept: bool = True, quote: str | None = None) -> list[str]:
    """One statement: date and speaker, its words (quote marks only for a direct quote), then the
    side it takes, whether it is a disputed report, and where it is from."""
    when = said_when(view)
    cue = f', "{view.cue}"' if view.cue else ""
    lines = [f"  {when}  {_who(view)} [{view.kind}{cue}] #{view.id}"]
    lines += _wrap(as_read(view, quote))
    if view.context and not quote and view.kind == "partial":  # a quote woven into its sentence
        lines += _wrap(f"in: {view.context}", INDENT + "  ")
    stance = []
    if view.concept:
        own = agreement_word(view.agreement)
        stance.append(f"{view.concept}: {own}" if show_concept else own)
    if disputed_note(view):
        stance.append(disputed_note(view))
    if view.stance_cue:
        stance.append(f"deciding words “{view.stance_cue}”")
    if view.about:
        stance.append("about " + ", ".join(view.about))
    stance.append(f"article {view.article_id}: {_short(view.article_title)}")
    lines += _wrap(" · ".join(stance), INDENT + "  ")
    return lines


def _position_lines(position: ConceptPosition) -> list[str]:
    name = position.concept or "(no concept)"
    shown = f", newest {len(position.statements)} shown" if position.total > len(position.statements) else ""
    lines = [f"{name}: {position_word(position)} ({counted(position)}{shown})"]
    if position.proposition:
        lines += _wrap(position.proposition, "  ")
    for view in position.statements:
        lines += statement_lines(view, show_concept=False)
    return lines


def stance(report: StanceReport) -> str:
    span = f", {report.first_date} to {report.last_date}" if report.first_date else ""
    lines = [f"{actor_label(report.actor)}: {_plural(report.statement_count, 'statement')}{span}"]
    if not report.positions:
        lines.append(report.empty_text())
    for position in report.positions:
        lines += ["", *_position_lines(position)]
    if report.about:
        lines += ["", f"What others said about {report.actor.name}:"]
        for view in report.about:
            lines += statement_lines(view)
        if report.about_total > len(report.about):
            lines.append(f"  … and {more(report)} more")
    return "\n".join(lines)


def statements(views: Sequence[StatementView], empty: str = "No statements.") -> str:
    """Quotes and timelines: statements one after another."""
    if not views:
        return empty
    lines: list[str] = []
    for view in views:
        lines += statement_lines(view)
    return "\n".join(lines)


def quotes(views: Sequence[StatementView]) -> str:
    return statements(views, "No quotes match.")


def timeline(views: Sequence[StatementView]) -> str:
    return statements(views, "No statements by this actor yet.")


def search(hits: Sequence[SearchHit]) -> str:
    if not hits:
        return "Nothing found. Try fewer or other words."
    lines: list[str] = []
    for hit in hits:
        lines += statement_lines(hit.statement, quote=hit.snippet)
    return "\n".join(lines)


def _cell(position: ConceptPosition | None) -> str:
    if position is None:
        return "-"
    newest = position.statements[0] if position.statements else None
    return f"{position_word(position)} ({counted(position)}; latest {said_when(newest)})"


def compare(comparison: Comparison) -> str:
    a, b = comparison.a, comparison.b
    if not comparison.rows:
        return f"Neither {a.name} nor {b.name} has statements on a concept yet."
    width = max(len(concept or "(no concept)") for concept, _, _ in comparison.rows)
    cells = [
        (concept or "(no concept)", _cell(mine), _cell(theirs)) for concept, mine, theirs in comparison.rows
    ]
    middle = max(len(a.name), *(len(m) for _, m, _ in cells))
    lines = [f"{'concept':<{width}}  {a.name:<{middle}}  {b.name}"]
    lines += [f"{concept:<{width}}  {mine:<{middle}}  {theirs}" for concept, mine, theirs in cells]
    return "\n".join(lines)


def actors(summaries: Sequence[ActorSummary]) -> str:
    if not summaries:
        return "No actors: check actors.toml."
    lines = [f"{'slug':<28} {'name':<30} {'kind':<10} {'parent':<20} statements"]
    for s in summaries:
        a = s.actor
        lines.append(f"{a.slug:<28} {a.name:<30} {a.kind:<10} {a.parent or '':<20} {s.statement_count}")
    return "\n".join(lines)


def article(view: ArticleView) -> str:
    lines = [f"#{view.id} {view.title}", f"{view.published or 'undated'} · {view.path}"]
    lines.append(_plural(view.statement_count, "statement"))
    for each in view.statements:
        lines += statement_lines(each)
    return "\n".join(lines)


def ingest(report, summary: str | None = None) -> str:
    """An IngestReport (bot.ingest): one line per file, then the totals (or `summary`)."""
    lines = [f"{r.status:<9} {r.path}: {r.message}" for r in report.results]
    lines.append(summary or report.summary())
    return "\n".join(lines)


def interrupted(report, total: int) -> str:
    """The last line of an ingest stopped by Ctrl-C or SIGTERM: what was stored stays stored."""
    return (
        f"interrupted after {len(report.results)} of {total} files: {report.summary()} "
        "(run the same command again to go on)"
    )


def extraction(path: str, found: Sequence[Statement]) -> str:
    """`extract` without --json: what the extractor found in one file."""
    lines = [f"{path}: {_plural(len(found), 'statement')}"]
    for st in found:
        org = f" for {st.actor}" if st.actor and st.actor != st.speaker.id else ""
        stance = f" · {st.concept}: {st.agreement}" if st.concept else ""
        when = day_label(st.said_on, st.said_on_precision)
        lines.append(f"  [{st.start}:{st.end}] {st.speaker.name}{org} ({st.kind}, {when}){stance}")
        lines += _wrap(f"“{st.content}”")
    return "\n".join(lines)
