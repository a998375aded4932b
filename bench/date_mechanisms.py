"""Which rule of the date model decided each found statement's day, and how often each is right.

A diagnostic, not part of `make test`: it runs the extractor in-process, notes the line of
`EventDates.when` or `EventDates.in_force` (event_dates.py) that returned each saying's day (or
that the day was carried from the speaker of a quote run), matches statements to gold as
../shared/gold/score.py does and tabulates right versus wrong `said_on` by that rule. A rule
that is wrong about as often as right across sets is one to narrow.

    .venv/bin/python bench/date_mechanisms.py GOLD.json ARTICLES_DIR [GOLD.json ARTICLES_DIR ...]
        [--shared ../shared] [--rows]
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import defaultdict
from pathlib import Path

from stance_mechanisms import _scorer, table  # bench/ is on the path when run as a script

from bot.articles import load_article
from bot.extract import article_run, event_dates, load_extractor, quote_attribution, reported_clauses
from bot.settings import load_settings

LAST: list = [None, None]  # (the day returned last by the date model, the rule that returned it)
BY_SAID: dict[int, str] = {}  # id(Said) -> rule
BY_SPAN: dict[tuple[int, int], str] = {}  # statement span -> rule
KEEP: list = []  # keeps the Said objects alive so their ids are not reused within an article


def _returning_line(method):
    """Wraps a method of EventDates: notes the source line of the `return` that ended it."""
    code = method.__code__
    lines, first = inspect.getsourcelines(method)

    def wrapped(*args, **kw):
        seen = []

        def local(frame, event, arg):
            if event == "return":
                seen.append(frame.f_lineno)
            return local

        def tracer(frame, event, arg):
            return local if frame.f_code is code else None

        old = sys.gettrace()
        sys.settrace(tracer)
        try:
            result = method(*args, **kw)
        finally:
            sys.settrace(old)
        line = seen[-1] if seen else first
        LAST[:] = [
            result,
            f"{method.__name__}:{line} {lines[line - first].strip()[:60]}{_story(args[0], result)}",
        ]
        return result

    return wrapped


def _story(dates, result) -> str:
    """Which story day a saying given none of its own got: the day of publication, the lead's, or
    a later one the story moved on to."""
    if result is None or result is not dates.latest:
        return ""
    if dates.default is not None and dates.default[0] == dates.published.isoformat():
        moved = result[0] != dates.default[0]
        return " [moved on]" if moved else " [published]"
    return " [lead's day]" if result is dates.default or result == dates.default else " [moved on]"


def _wrap() -> None:
    cls = event_dates.EventDates
    cls.when = _returning_line(cls.when)
    cls.in_force = _returning_line(cls.in_force)
    said_cls = article_run.Said

    def said(*args, **kw):
        s = said_cls(*args, **kw)
        when = args[3] if len(args) > 3 else kw.get("said_on")
        caller = sys._getframe(1).f_code.co_name
        BY_SAID[id(s)] = LAST[1] if LAST[0] is when and LAST[1] else f"carried ({caller})"
        KEEP.append(s)
        return s

    article_run.Said = said
    quote_attribution.Said = said
    reported_clauses.Said = said
    emit = article_run.ArticleRun._emit

    def emit_noting(self, kind, span, said_obj, *args, **kw):
        before = set(self.statements)
        emit(self, kind, span, said_obj, *args, **kw)
        for key in set(self.statements) - before:
            BY_SPAN[key] = BY_SAID.get(id(said_obj), "copied Said")
        KEEP.append(said_obj)

    article_run.ArticleRun._emit = emit_noting


def rows_for(gold_path: Path, articles: Path, extractor, score) -> list[dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    by_doc = defaultdict(list)
    for g in gold["statements"]:
        by_doc[g["doc"]].append(g)
    rows = []
    for doc, golds in sorted(by_doc.items()):
        path = articles / doc
        text = path.read_text(encoding="utf-8")
        BY_SPAN.clear(), BY_SAID.clear(), KEEP.clear()
        preds = extractor.extract(load_article(path)).statements
        spans = [(p.start, p.end) for p in preds]
        for g in (g for g in golds if g["required"]):
            gs = score.span_of(text, g["content"])
            cands = [i for i, s in enumerate(spans) if score.matches(gs, s)]
            if not cands:
                continue
            p = preds[max(cands, key=lambda i: score.overlap(gs, spans[i]))]
            said = p.said_on or ""
            right = any(said.startswith(d) and len(said) <= len(d) + 3 for d in score.as_list(g["said_on"]))
            rows.append(
                {
                    "set": gold_path.parent.name,
                    "doc": doc,
                    "gold": g["id"],
                    "right": right,
                    "said_on": said,
                    "gold_said_on": g["said_on"],
                    "rule": BY_SPAN.get((p.start, p.end), "?"),
                    "content": p.content[:100],
                }  # fmt: skip
            )
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", nargs="+")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--rows", action="store_true", help="print every wrong day with its rule")
    ap.add_argument("--all", help="print every day whose rule holds this text, right or wrong")
    args = ap.parse_args(argv)
    _wrap()
    extractor = load_extractor(load_settings())
    score = _scorer(Path(args.shared))
    rows = []
    for gold, articles in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        rows += rows_for(Path(gold), Path(articles), extractor, score)
    print(table(rows, lambda r: r["rule"], "rule", 80))
    if args.rows or args.all:
        for r in (r for r in rows if (args.rows and not r["right"]) or (args.all and args.all in r["rule"])):
            print(
                f"{r['gold']:28} {r['said_on']} gold {r['gold_said_on']} [{r['rule'][:70]}]\n"
                f"    {r['content']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
