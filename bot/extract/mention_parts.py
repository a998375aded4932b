"""Parts of a mention or a run of capitalised words: what placement reads of a speaker's mention
(bot/extract/placement.py: its unbroken runs, the mention without a clause hanging inside it, a
body named after "at"/"of", whether a run covers a known name) and the words of a run that can
name a body, without a person and their title (bot/extract/found_bodies.py)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token


def affiliation(
    span: Span, prepositions: frozenset[str], places: frozenset[str] = frozenset()
) -> Span | None:
    """ "an official at the Korean Red Cross": a body the recogniser found, named after "at",
    "of", "from" or "with", though no organisation word says it is one; not a place after a word
    for a settlement ("a fisherman in the town of X")."""
    for ent in span.ents:
        prep = ent.root.head
        if prep.lower_ == "of" and prep.head.lower_ in places:
            continue
        if ent.label_ == "ORG" and ent.root.dep_ == "pobj" and prep.lower_ in prepositions:
            return ent if ent.root.text[:1].isupper() else None  # "the party's supreme council": no name
    return _employer_at(span)


def _employer_at(span: Span) -> Span | None:
    """ "an analyst at Vantor Desk": a name the recogniser missed, after "at" on a person's role (the
    role a common noun), is where the person works; a place, a person or a date is not."""
    for t in span:
        prep = t.head
        if (
            t.dep_ == "pobj"
            and t.pos_ == "PROPN"
            and t.ent_type_ in ("", "ORG", "FAC")
            and prep.lower_ == "at"
            and prep.head.pos_ == "NOUN"
            and prep.head.dep_ == "appos"
        ):
            name = span.doc[t.left_edge.i : t.i + 1]
            if all(w.pos_ == "PROPN" and w.ent_type_ in ("", "ORG", "FAC") for w in name):
                return name
    return None


def runs_of(tokens: list[Token]) -> list[list[Token]]:
    """Unbroken stretches of tokens (a past role cut out of the mention leaves two)."""
    out: list[list[Token]] = []
    for t in tokens:
        if out and out[-1][-1].i == t.i - 1:
            out[-1].append(t)
        else:
            out.append([t])
    return out


def without_clauses(mention: list[Token], knowing: frozenset[str] = frozenset()) -> list[Token]:
    """The mention up to a clause hanging inside it ("the association's chairman, whose company
    employed North Korean workers") or an adjective after its head saying what the person knows
    ("an aide familiar with the committee's work", `knowing`): what they name does not place the
    person."""
    inside = {t.i for t in mention}
    for t in mention:
        named = t.dep_ == "acl" and t.text[:1].isupper() and t.i > mention[0].i  # "Victims Taken by X"
        knows = t.lower_ in knowing and t.dep_ == "amod" and t.head.i < t.i
        if (t.dep_ in ("relcl", "acl", "advcl") or knows) and t.head.i in inside and not named:
            return [w for w in mention if w.i < t.left_edge.i] or mention
    return mention


def covers_known(run: Span, known: tuple[int, str] | None) -> bool:
    return known is not None and run.start_char <= known[0] < run.end_char


def body_words(run: Span, connectors: frozenset[str], roles: frozenset[str], classified=False) -> Span:
    """The part of a run that can name a body: after a person "of"/"for" it, before a title and name.
    `classified`: a word for a body names the run ("the group Freedom Wind for X"), a person's name
    at its start is the body's."""
    return _before_person(_after_person(run, connectors, classified), roles)


def _after_person(run: Span, connectors: frozenset[str], classified: bool = False) -> Span:
    """The run after the last person's name followed by "of", "for" ...; else the whole run."""
    cut = run.start
    for t in run[:-1] if not classified else ():
        if t.ent_type_ == "PERSON" and t.doc[t.i + 1].lower_ in connectors:
            cut = t.i + 1
    while cut < run.end and run.doc[cut].lower_ in connectors:
        cut += 1
    return run.doc[cut : run.end]


def _before_person(run: Span, roles: frozenset[str]) -> Span:
    """A run that ends with a person's name is a title and the name ("Chief Cabinet Secretary Aki
    Sora", "Hanbit Institute Director Bae"): the name and the job words before it are no part of
    a body's name."""
    end = run.end
    while end > run.start and run.doc[end - 1].ent_type_ == "PERSON":
        end -= 1
    if end in (run.start, run.end) or run.doc[end - 1].lower_ not in roles:
        return run  # no job word before the name: the recogniser's "person" may be part of the body
    while end > run.start and run.doc[end - 1].lower_ in roles:
        end -= 1
    title = run.doc[run.start : end]
    if any(t.lower_ in roles for t in title):  # "Chief Cabinet", "Deputy Prime": still a job, not a body
        return run.doc[run.start : run.start]
    return title


def ranked_start(text: str, s: int, at: int, ranks: frozenset[str]) -> int:
    """Where a title at `at` starts with the ranks before it (not before `s`): "Deputy Foreign
    Minister", not "Foreign Minister" (a deputy is not the minister); a rank joined to the title
    by a hyphen is one too ("Vice-Foreign Minister")."""
    words = list(re.finditer(r"\S+?-(?=\S)|\S+", text[s:at]))
    while words and words[-1].group().lower().rstrip("-") in ranks:
        at = s + words.pop().start()
    return at
