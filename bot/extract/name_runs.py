"""Runs of capitalised words that may name a body ("Institute for Far Eastern Studies",
"Voices for a Free North", "the Defectors' Solidarity"), read by found_bodies.py and placement.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import ENT_TYPE, IS_ALPHA
from spacy.tokens import Doc

from bot.extract.doc_cache import kept, lowers_of, texts_of

DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.N."
DAYS = ("DATE", "TIME")  # "the Associated Press on Wednesday": a day is no part of a name


def capitalised_runs(doc: Doc, lo: int, hi: int, lexicon) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words among doc[lo:hi], joined by "of", "for", "and", "the", "'s"
    inside a name ("Institute for Far Eastern Studies", "Kyungnam University's Institute ..."),
    a name built of such phrases through "in"/"by" and a place it is about ("Coalition for
    Justice in North Korea"; lexicon `name_subject_places`) or "with"/"from" and a partner's or
    members' place ("Council for Cooperation with North Korea", `name_partner_joins`), and one
    listing its portfolios with commas ("Ministry of Economy, Trade and Industry",
    `_portfolio_list`), as token ranges."""
    runs = list(_runs(doc, lo, hi, lexicon.name_connectors))
    k = 0
    while k < len(runs):
        start, end = runs[k]
        if k + 1 < len(runs) and _about_place(doc, (start, end), runs[k + 1], lexicon):
            end, k = runs[k + 1][1], k + 1
        elif (last := _portfolio_list(doc, runs, k, lexicon)) is not None:
            end, k = runs[last][1], last
        yield start, end
        k += 1


def _portfolio_list(doc: Doc, runs: list[tuple[int, int]], k: int, lexicon) -> int | None:
    """ "the Ministry of Economy, Trade and Industry", "a Foreign, Commonwealth and Development
    Office spokesperson": an official name that lists its portfolios, one or two capitalised
    words each, set off by commas and closed by "and", is one name; the index of its last run.
    The list goes on a body's "of"/"for" or ends in a body's word; a list of places or people
    ("Seoul, Tokyo and Beijing"), of bodies ("the Foreign Ministry, Defense Ministry and ...")
    or before a plural ("the University of Seoul, Yonsei and Korea universities") is no name."""
    texts, lowers, words = texts_of(doc), lowers_of(doc), lexicon.organisation_words
    j = k
    while j + 1 < len(runs) and runs[j + 1][0] == runs[j][1] + 1 and texts[runs[j][1]] == ",":
        j += 1
        items = [i for i in range(*runs[j]) if lowers[i] not in ("and", "&")]
        closing = len(items) < runs[j][1] - runs[j][0]
        if len(items) > (4 if closing else 2) or any(
            lowers[i] in lexicon.name_connectors or doc[i].ent_type_ in ("GPE", "LOC", "NORP", "PERSON")
            for i in items
        ):
            return None
        if closing:
            break
    else:
        return None
    end, tail = runs[j][1], [i for i in range(runs[k + 1][0], runs[j][1])]
    if any(lowers[i] in words for i in tail[:-1]) or end < len(doc) and doc[end].tag_ == "NNS":
        return None
    first = range(*runs[k])
    ends_body = lowers[end - 1] in words
    on_body = any(lowers[i] in ("of", "for") and i > first[0] and lowers[i - 1] in words for i in first)
    return j if on_body or ends_body and not any(lowers[i] in words for i in first) else None


def _about_place(doc: Doc, run: tuple[int, int], nxt: tuple[int, int], lexicon) -> bool:
    start, end = run
    lowers = lowers_of(doc)
    if end >= len(doc) or lowers[end] in lexicon.name_partner_joins:
        return end < len(doc) and _partner_place(doc, run, nxt, lexicon)
    if not (nxt[0] == end + 1 and lowers[end] in lexicon.name_subject_joins):
        return False  # the cheap test first: most runs are not joined by "in" or "by"
    if not any(lowers[i] in ("of", "for") for i in range(start, end)):
        return False
    return doc[nxt[0] : nxt[1]].text.lower() in lexicon.name_subject_places


def _partner_place(doc: Doc, run: tuple[int, int], nxt: tuple[int, int], lexicon) -> bool:
    """ "Council for Cooperation with North Korea", "Committee of Separated Families from
    Hamgyong": a purpose's partner after "for ... with", the home of the people a body is of after
    "of ... from" and a word for them (lexicon `name_people_plurals`); the place a country or
    region ("the North" too; one the recogniser reads into the body's name), not "Kim"."""
    start, end = run
    lowers = lowers_of(doc)
    the = nxt[0] == end + 2 and lowers[end + 1] == "the"
    if nxt[0] != end + 1 and not the:
        return False
    if lowers[end] == "with":
        fits = "for" in lowers[start:end]
    else:  # "from"
        fits = "of" in lowers[start:end] and lowers[end - 1] in lexicon.name_people_plurals
    place = doc[nxt[0] : nxt[1]]
    named = ("the " if the else "") + place.text.lower() in lexicon.name_subject_places
    one_name = all(t.ent_iob_ == "I" and t.ent_type_ not in ("PERSON", "DATE") for t in doc[end : nxt[1]])
    return fits and (named or one_name or all(t.ent_type_ in ("GPE", "LOC") for t in place))


def _runs(doc: Doc, lo: int, hi: int, connectors: frozenset[str]) -> Iterator[tuple[int, int]]:
    texts = texts_of(doc)[lo:hi]
    joins = [w in connectors for w in lowers_of(doc)[lo:hi]]
    joins = [j and _joins_here(doc, lo + k, k > 0 and joins[k - 1]) for k, j in enumerate(joins)]
    alpha = kept(doc, "is_alpha", lambda d: d.to_array(IS_ALPHA).tolist())[lo:hi]
    days = kept(doc, "is_day", _day_flags)[lo:hi]
    start = None
    for k in range(len(texts) + 1):
        if k < len(texts):
            text = texts[k]
            capital = text[:1].isupper() and (alpha[k] and not days[k] or DOTTED.match(text)) or text == "'s"
            if capital or start is not None and joins[k] and _capital_after(k, texts, joins):
                start = k if start is None else start
                continue
        if start is not None:
            end = k
            while end > start and joins[end - 1]:
                end -= 1
            yield lo + start, lo + end
            start = None


def _joins_here(doc: Doc, i: int, after_join: bool) -> bool:
    """An article joins a name only after "for", "of" ("Voices for a Free North"); an apostrophe
    only as a plural's possessive ("the Defectors' Solidarity", not a closing quote mark)."""
    t = doc[i]
    if t.pos_ == "DET":
        return after_join and doc[i - 1].pos_ == "ADP"
    if t.text not in ("'", "’") or t.tag_ == "POS":
        return True
    before = doc[i - 1] if i else None  # a curly one the tagger took for a closing quote mark
    return before is not None and before.text.endswith("s") and not before.whitespace_ and bool(t.whitespace_)


def _day_flags(doc: Doc) -> list[bool]:
    """Which tokens the recogniser took for a day or a time (one array read per paragraph)."""
    ids = {doc.vocab.strings[label] for label in DAYS}
    return [v in ids for v in doc.to_array(ENT_TYPE).tolist()]


def _capital_after(k: int, texts: list[str], joins: list[bool]) -> bool:
    nxt = k + 1
    while nxt < len(texts) and joins[nxt]:
        nxt += 1
    return nxt < len(texts) and texts[nxt][:1].isupper()
