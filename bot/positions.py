"""A concept group's position: the latest agreement of its undisputed statements, what it was
before when it changed ("supported until 2026-03, opposes since"), and counts that say what they
count (support, oppose, neutral, no stance, disputed reports). Pure functions over what
bot.store.positions reads."""

from __future__ import annotations

from bot.store.views import StatementView

DISPUTED = "disputed"
NO_STANCE = "none"


def _when(view: StatementView) -> str | None:
    return view.said_on or view.article_date


def decide_agreement(views: list[StatementView]) -> str | None:
    """The newest undisputed statement's agreement; `mixed` when the newest day has support and
    opposition. A statement with no agreement, or a report someone denied, does not decide."""
    kept = [v for v in views if v.agreement and not v.disputed_by]
    if not kept:
        return None
    newest = {v.agreement for v in kept if _when(v) == _when(kept[0])}
    return "mixed" if {"support", "oppose"} <= newest else kept[0].agreement


def counts(months: list[tuple[str | None, str | None, bool, int]]) -> tuple[tuple[str, int], ...]:
    """(agreement, n) for support, oppose, neutral, no stance and disputed, those that occur."""
    found: dict[str, int] = {}
    for _, agreement, disputed, n in months:
        key = DISPUTED if disputed else (agreement or NO_STANCE)
        found[key] = found.get(key, 0) + n
    order = ("support", "oppose", "neutral", NO_STANCE, DISPUTED)
    return tuple((k, found[k]) for k in order if k in found)


def history(months: list[tuple[str | None, str | None, bool, int]]) -> tuple[tuple[str, str, str], ...]:
    """Runs of one agreement, oldest first: (agreement, first month, last month). A month with
    support and opposition is `mixed`; statements with no stance or disputed do not count."""
    by_month: dict[str, set[str]] = {}
    for month, agreement, disputed, _ in months:
        if month and agreement in ("support", "oppose") and not disputed:
            by_month.setdefault(month, set()).add(agreement)
    runs: list[list[str]] = []
    for month in sorted(by_month):
        found = by_month[month]
        agreement = "mixed" if len(found) > 1 else next(iter(found))
        if runs and runs[-1][0] == agreement:
            runs[-1][2] = month
        else:
            runs.append([agreement, month, month])
    return tuple((a, first, last) for a, first, last in runs)
