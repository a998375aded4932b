"""Which of a statement's positions stands when it takes two: "welcomed the interest but has not
made a decision on X" ends on its bottom line. A clause after "but" is what the speaker leaves the
reader with (the concession comes first: Quirk et al., concessive coordination), so a position read
there outranks one read before it; elsewhere the first position read stands.

A corrective "A, not B" ("the remedy is a firmer alliance, not our own bomb") sets the speaker's
alternative against the option under debate: when B names another concept than A, the statement
is the speaker's answer on B, so B's mention is read first."""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.doc_cache import parse_of


def but_after(span: Span, keyword: Span) -> int | None:
    """The token index of the first clause-joining "but" after `keyword` in its sentence within
    `span`, or None: the later position only counts when it is in the conceded-to clause."""
    p, sentence = parse_of(span.doc), keyword.root.sent
    end = min(span.end, sentence.end)
    return next(
        (
            t
            for t in range(keyword.end, end)
            if p.lowers[t] == "but" and p.deps[t] == "cc" and _joins_clauses(p, t)
        ),
        None,
    )


def _joins_clauses(p, but: int) -> bool:
    """ "A but B" of two verbs, not "not A but B" of two nouns (stance_path reads that one)."""
    return p.pos[p.heads[but]] in ("VERB", "AUX")


def purposes_first(span: Span, mentions: list) -> list:
    """ "proposed Red Cross talks with the North to arrange family reunions": talks proposed for a
    purpose that names an outcome (a concept's `aim`) are a proposal of that outcome, the talks
    its means; the aim's mention is read before the talks' (each still decides its own side)."""
    talks = [m for m in mentions if m[2].concept.counterpart is not None]
    aims = [m for m in mentions if m[2].concept.aim]
    if not talks or not aims:
        return mentions
    purposes = [c for m in talks for c in _purpose_clauses(span, m)]
    first = [m for m in aims if any(_inside(span, m, c) for c in purposes)]
    return first + [m for m in mentions if m not in first] if first else mentions


def denied_first(span: Span, mentions: list, w) -> list:
    """ "we are strengthening deterrence through the alliance with Washington, not through our own nuclear
    weapons": a mention inside the member a comma and "not" set against an earlier one of another
    concept is read before the others (each still decides its own side)."""
    denied = [m for m in mentions if _denied_member(span, m, w)]
    if not denied or not any(
        m[0] < d[0] and m[2].concept.slug != d[2].concept.slug for d in denied for m in mentions
    ):
        return mentions
    return denied + [m for m in mentions if m not in denied]


def _denied_member(span: Span, mention, w) -> bool:
    """Whether the mention lies in a member opened by ", not" (stance_contrast.denied_member)."""
    token = _token(span, mention)
    if token is None:
        return False
    p, at = parse_of(span.doc), token.i
    while at != p.heads[at] and span.start <= at < span.end:
        if denied_member(p, at, w) is not None:
            return True
        at = p.heads[at]
    return False


def denied_member(p, m: int, w) -> int | None:
    """The "not" of ", not B" when `m` heads B, an alternative set against a word before it ("a
    firmer alliance, not our own bomb", "through the alliance with Washington, not through our own weapons"):
    the parser hangs that "not" on B or on the word before; None for any other word, and for an
    additive "not" (", not just in a crisis", `w` the StanceWords)."""
    edge = p.left_edge(m)
    n = edge if p.lowers[edge] == "not" else edge - 1
    if n < 1 or p.lowers[n] != "not" or p.texts[n - 1] != "," or w.additive(p, n):
        return None
    return n if p.heads[m] < n - 1 and p.deps[m] in MEMBERS else None


MEMBERS = ("appos", "conj", "prep", "dobj", "attr", "pobj")  # what ", not B" sets against A


def background_last(span: Span, mentions: list) -> list:
    """ "would maintain a firm defence posture with Washington and keep the door to talks open": a
    standing frame (concepts.toml `background`, the alliance) restated beside a position of its
    own on another concept, told in a clause or sentence joined to it or in the phrase holding it
    ("the drills with US troops"), is the setting: that position is read first. One that serves
    the frame's own clause ("strengthen deterrence instead of building a bomb") stays after it."""
    frames = [m for m in mentions if m[2].concept.background]
    if not frames or len(frames) == len(mentions):
        return mentions
    first = [
        m
        for m in mentions
        if m not in frames and any(_apart(span, m, f) for f in frames if f[0] < m[0] or _holds(span, m, f))
    ]
    return first + [m for m in mentions if m not in first] if first else mentions


def _apart(span: Span, mention, frame) -> bool:
    """Whether `mention` is told apart from the clause naming `frame`: in another sentence, in a
    clause coordinated with it, or holding the frame in its own phrase."""
    m, f = _token(span, mention), _token(span, frame)
    if m is None or f is None:
        return False
    if _holds(span, mention, frame):
        return True
    p = parse_of(span.doc)
    verb = f.i
    while p.pos[verb] not in ("VERB", "AUX") and p.heads[verb] != verb:
        verb = p.heads[verb]
    at = m.i
    while p.heads[at] != at:
        if at == f.i:
            return False  # "keep the alliance and the sanctions": one act on both
        if p.heads[at] == verb:
            return p.deps[at] == "conj" and p.pos[at] in ("VERB", "AUX") and not _set_against(p, verb, at)
        at = p.heads[at]
    return True  # another sentence, or a clause the frame's verb does not govern


def _set_against(p, verb: int, conj: int) -> bool:
    """ "bolster the alliance rather than resume talks": a second verb offered as the alternative
    the first is preferred to."""
    joining = [c for c in (*p.children[verb], *p.children[conj]) if verb < c < conj]
    return any(p.lowers[c] in ALTERNATIVES for c in joining)


ALTERNATIVES = ("rather", "than", "instead", "not")


def _holds(span: Span, mention, frame) -> bool:
    """ "the drills with US troops": the frame named inside the other mention's phrase."""
    m, f = _token(span, mention), _token(span, frame)
    return m is not None and f is not None and m.is_ancestor(f)


def _purpose_clauses(span: Span, mention) -> list:
    """The "to" clauses of purpose on the talks, or on the verb that takes them as its object (the
    parser hangs "talks ... to arrange X" on either)."""
    token = _token(span, mention)
    if token is None:
        return []
    verb = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else None
    found = [c for c in token.children if c.dep_ == "acl"]
    found += [c for c in verb.children if c.dep_ == "advcl"] if verb is not None else []
    return [c for c in found if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]


def _inside(span: Span, mention, clause) -> bool:
    token = _token(span, mention)
    return token is not None and clause.left_edge.i <= token.i <= clause.right_edge.i


def _token(span: Span, mention):
    s, e = span.start_char + mention[0], span.start_char + mention[1]
    found = span.doc.char_span(s, e, alignment_mode="expand")
    return found.root if found is not None and len(found) else None
