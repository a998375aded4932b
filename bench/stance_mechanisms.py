"""Which mechanism decided each predicted stance, and how often each is right, over gold sets.

A diagnostic, not part of `make test`: it runs the extractor in-process and wraps the stance
reader's record-keeping (Reading.take / turn / flip, the context-topic routes) to note which rule
produced each reading, then matches statements to gold as ../shared/gold/score.py does and
tabulates right versus wrong by route (a keyword, a reference, the context's topic), by the kind
of word that decided (a concept phrase, a general stance verb, a judgement, the reporting act's
own side ...), and by negation. A wrong stance is worse than none: a mechanism whose precision is
poor across sets is one to narrow. A prediction the scorer counts for two gold statements (the gold
splits a saying the extractor keeps whole) is marked "merged": its false stance is one of segmentation.

    .venv/bin/python bench/stance_mechanisms.py GOLD.json ARTICLES_DIR [GOLD.json ARTICLES_DIR ...]
        [--shared ../shared] [--rows] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bot.articles import load_article
from bot.extract import load_extractor, stance, stance_reading
from bot.settings import load_settings

TRACE: list[tuple[str, str, str, int]] = []  # (what, caller, text, sign) for the reading being built
ROUTE: list[str] = []


def _wrap_reading() -> None:
    """Each take / turn / flip notes the function that called it (the rule that decided)."""
    cls = stance_reading.Reading
    for name in ("take", "turn", "flip"):
        original = getattr(cls, name)

        def wrapped(self, *args, _o=original, _n=name):
            caller = sys._getframe(1).f_code.co_name
            outer = sys._getframe(2).f_code.co_name
            text = args[1] if len(args) > 1 else ""
            sign = args[2] if len(args) > 2 else -1
            at = args[0]
            self.__dict__.setdefault("trace", []).append((_n, f"{outer}>{caller}", text, sign, at))
            return _o(self, *args)

        setattr(cls, name, wrapped)


def _wrap_coder(coder) -> dict:
    """Notes for each statement text the route and the reading of the stance returned."""
    found: dict[str, dict] = {}
    made: dict[int, object] = {}
    original_stance = stance._stance

    def _stance(slug, reading, sign):
        result = original_stance(slug, reading, sign)
        made[id(result)] = (reading, sign)
        return result

    stance._stance = _stance
    cls = type(coder)
    for name in ("_on_topic", "_on_own_topic"):
        original = getattr(cls, name)

        def routed(self, *args, _o=original, _n=name, **kw):
            ROUTE.append(_n)
            try:
                return _o(self, *args, **kw)
            finally:
                ROUTE.pop()

        setattr(cls, name, routed)
    read = stance.PathReader.read

    def read_noting(self, keyword, span, polarity, thing=False):
        r = read(self, keyword, span, polarity, thing)
        if r is not None:
            r.__dict__["keyword"] = keyword.text
            r.__dict__["route"] = ROUTE[-1] if ROUTE else "keyword"
            r.__dict__["polarity"] = polarity
            r.__dict__["doc"] = keyword.doc
        return r

    stance.PathReader.read = read_noting
    code = cls.code

    def code_noting(self, text, cue_polarity=None, span=None, own=(), topic=None, home=None):
        result = code(self, text, cue_polarity, span, own, topic, home)
        if result.concept:
            reading, sign = made.get(id(result), (None, None))
            found[text] = {"reading": reading, "sign": sign, "cue_polarity": cue_polarity}
        return result

    cls.code = code_noting
    return found


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "gold/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lexicon_lists(settings) -> dict[str, set[str]]:
    import tomllib

    raw = tomllib.loads(Path(settings.lexicon_file).read_text(encoding="utf-8"))
    return {k: {w.lower() for w in v} for k, v in raw.items() if isinstance(v, list)}


def _concept_phrases(settings) -> dict[str, dict[str, set[str]]]:
    import tomllib

    raw = tomllib.loads(Path(settings.concepts_file).read_text(encoding="utf-8"))["concepts"]
    return {
        slug: {k: {w.lower().rstrip("*") for w in c.get(k, [])} for k in ("support", "oppose")}
        for slug, c in raw.items()
    }


def _source(word: str, concept: str, lists, phrases) -> str:
    w = word.lower().replace(" … ", " ")
    own = phrases.get(concept, {})
    if any(w.startswith(x) for x in own.get("support", set()) | own.get("oppose", set()) if x):
        return "concept"
    for name in ("stance_support", "stance_oppose", "judgement_support", "judgement_oppose", "effect_support",
                 "effect_oppose", "course_end", "course_go_on", "stance_neutral", "stance_support_negated",
                 "stance_oppose_negated", "stance_as_verbs", "act_nouns_against"):  # fmt: skip
        if w in lists.get(name, set()):
            return name
    return "?"


KINDS = {  # the rule (caller of Reading.take) -> a mechanism's name
    "polar": "verb/prep (polar)",
    "take_negated": "phrase/judgement",
    "judged": "judgement",
    "copula": "copula (existential/form)",
    "terminal": "judgement noun",
    "effect": "effect",
    "_harm": "effect (risk)",
    "_level": "judged act / as-verb",
    "_climb": "verdict",
    "on_course": "course (must stop/go on)",
    "_keyword": "phrase in keyword",
    "read": "cue act (reporting verb)",
    "_holders": "holders",
}


def _clause(doc, at: int) -> dict:
    """The deciding word's clause: its verb's modal, tense and subject (first person or not)."""
    if doc is None or at < 0:
        return {"modal": "-", "subject": "-", "tense": "-"}
    verb = doc[at]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    aux = [c for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")]
    modal = next((c.lower_ for c in aux if c.tag_ == "MD"), "none")
    subj = next((c for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    who = "none" if subj is None else "1st" if subj.lower_ in ("i", "we") else "3rd"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for v in chain for c in v.children)
    return {"modal": modal, "subject": who, "tense": chain[-1].tag_ + (" passive" if passive else "")}


def mechanism(entry: dict, concept: str, lists, phrases) -> dict:
    r = entry["reading"]
    if r is None:
        return {"route": "?", "decider": "?", "negated": False, "cue_act": False, "source": "?"} | _clause(
            None, -1
        )
    trace = r.__dict__.get("trace", [])
    takes = [t for t in trace if t[0] == "take"]
    flips = [t for t in trace if t[0] == "flip"]
    first = takes[0] if takes else None
    if r.neutral and not takes:
        decider, source = "neutral", "stance_neutral"
    elif first is None:
        decider, source = "turn only", "?"
    else:
        outer, caller = first[1].split(">")
        name = caller if caller != "take_negated" else outer
        decider = KINDS.get(name, first[1])
        doc, at = r.__dict__.get("doc"), first[4]
        word = first[2] if " " in first[2].replace(" … ", " ") or doc is None else doc[at].lemma_
        source = "cue" if at == -1 else _source(word, concept, lists, phrases)
    return {
        **_clause(r.__dict__.get("doc"), first[4] if first else -1),
        "route": r.__dict__.get("route", "?"),
        "decider": decider,
        "source": source,
        "negated": bool(flips),
        "cue_act": any(t[4] == -1 for t in takes),
        "takes": len(takes),
        "keyword": r.__dict__.get("keyword"),
    }


def rows_for(gold_path: Path, articles: Path, extractor, found, score, lists, phrases) -> list[dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    by_doc = defaultdict(list)
    for g in gold["statements"]:
        by_doc[g["doc"]].append(g)
    rows = []
    for doc, golds in sorted(by_doc.items()):
        path = articles / doc
        text = path.read_text(encoding="utf-8")
        found.clear()
        preds = extractor.extract(load_article(path)).statements
        chosen = _chosen(text, [g for g in golds if g["required"]], [(p.start, p.end) for p in preds], score)
        standing_for = Counter(chosen.values())
        for g, i in ((g, i) for g in golds if (i := chosen.get(g["id"])) is not None):
            p = preds[i]
            if not p.concept:
                continue
            m = mechanism(found.get(p.content, {"reading": None}), p.concept, lists, phrases)
            rows.append(_row(gold_path.parent.name, doc, g, p) | m | {"merged": standing_for[i] > 1})
    return rows


def _chosen(text: str, golds: list[dict], spans: list[tuple[int, int]], score) -> dict[str, int]:
    """Each gold statement's predicted statement, as the scorer picks it (the one overlapping it
    most among those that match it). One prediction may stand for two gold statements: a saying
    the gold splits ("said A and urged B") and the extractor keeps whole is scored on both, its
    one stance right on one and a false or wrong stance on the other: a matter of where
    statements end, not of the stance rules ("merged" in the rows and the table)."""
    chosen = {}
    for g in golds:
        gs = score.span_of(text, g["content"])
        cands = [i for i, s in enumerate(spans) if score.matches(gs, s)]
        if cands:
            chosen[g["id"]] = max(cands, key=lambda i: score.overlap(gs, spans[i]))
    return chosen


def _row(label: str, doc: str, g: dict, p) -> dict:
    """One predicted stance against its gold statement: right, or why not."""
    gold = (g.get("concept"), g.get("agreement"))
    right = (p.concept, p.agreement) == gold
    why = "right" if right else "false" if not gold[1] else "concept" if p.concept != gold[0] else "side"
    return {
        "set": label, "doc": doc, "gold": g["id"], "right": right, "why": why, "concept": p.concept,
        "agreement": p.agreement, "gold_stance": list(gold), "cue": p.stance_cue, "kind": p.kind,
        "content": p.content[:160],
    }  # fmt: skip


def _wrong(r: dict) -> str:
    how = f"{r['route']}; {r['decider']}/{r['source']}; neg={r['negated']}" + (
        "; merged" if r["merged"] else ""
    )
    how += f"; {r['modal']} {r['subject']} {r['tense']}"
    return (
        f"{r['set'][:10]} {r['gold']:8} {r['why']:7} {r['concept']}/{r['agreement']} gold {r['gold_stance']}"
        f" [{how}] cue={r['cue']!r} kw={r['keyword']!r}\n    {r['content']}"
    )


def table(rows: list[dict], key, title: str = "mechanism", width: int = 44) -> str:
    """Right/all per key and set (bench/date_mechanisms.py tabulates its rules with it too)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        counts[key(r)][r["set"]] += 1
        counts[key(r)][r["set"] + "+"] += r["right"]
    sets = sorted({r["set"] for r in rows})
    out = [f"{title:{width}}" + "".join(f"{s[:12]:>14}" for s in sets) + f"{'all':>16}"]
    for k, c in sorted(counts.items(), key=lambda kv: -sum(kv[1][s] for s in sets)):
        cells = [f"{c[s + '+']}/{c[s]}" if c[s] else "-" for s in sets]
        total, ok = sum(c[s] for s in sets), sum(c[s + "+"] for s in sets)
        out.append(
            f"{str(k)[:width]:{width}}"
            + "".join(f"{x:>14}" for x in cells)
            + f"{f'{ok}/{total} {ok / total:.2f}':>16}"
        )
    return "\n".join(out)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", nargs="+")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--rows", action="store_true", help="print every wrong stance")
    ap.add_argument("--json", help="write every row to this file")
    args = ap.parse_args(argv)
    settings = load_settings()
    _wrap_reading()
    extractor = load_extractor(settings)
    found = _wrap_coder(extractor.coder)
    score, lists, phrases = _scorer(Path(args.shared)), _lexicon_lists(settings), _concept_phrases(settings)
    rows = []
    for gold, articles in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        rows += rows_for(Path(gold), Path(articles), extractor, found, score, lists, phrases)
    for title, key in (
        ("route", lambda r: r["route"]),
        ("decider", lambda r: r["decider"]),
        ("decider + source", lambda r: f"{r['decider']} / {r['source']}"),
        ("negated", lambda r: f"negated={r['negated']} cue_act={r['cue_act']}"),
        ("concept", lambda r: r["concept"]),
        ("modal", lambda r: f"modal={r['modal']} subj={r['subject']}"),
        ("modal + decider", lambda r: f"{r['modal']} {r['decider']}"),
        ("tense", lambda r: f"{r['tense']} {r['kind']}"),
        ("statement kind", lambda r: r["kind"]),
        ("one prediction scored for two gold statements", lambda r: f"merged={r['merged']}"),
    ):
        print(f"\n== by {title} (right/predicted)\n" + table(rows, key))
    if args.rows:
        print("\n".join(_wrong(r) for r in rows if not r["right"]))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
