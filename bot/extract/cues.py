"""Cues: the words that attribute a statement, and the spans they govern, over a spaCy parse.

Rules over the dependency parse (after textacy's direct-quotation and triple extractors and the
PolNeAR guidelines): a verb of saying with a subject attributes its clausal complement or a quote
beside it; "according to X" attributes the clause it hangs on; a verb of acting ("urged",
"dismissed", "decided") attributes its complements as a position; "X's calls to ..." does too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.extract.lexicon import Lexicon

SUBJECTS = ("nsubj", "nsubjpass")
COMPLEMENTS = {
    "dobj",
    "xcomp",
    "prep",
    "ccomp",
    "attr",
    "acomp",
    "oprd",
    "pobj",
    "dative",
    "advmod",
    "prt",
    "neg",
}
CLAUSES = ("ccomp", "advcl")
CONCESSIVE = {"although", "though", "while", "whereas", "but"}


@dataclass(frozen=True)
class Cue:
    token: Token
    kind: str  # speech | position | noun | according
    speaker: Token  # head of the speaker mention
    polarity: str | None
    text: str


RELATIVE = {"who", "which", "that"}


def _subject(verb: Token) -> Token | None:
    # nearest first: a misparse can give two subjects ("The main opposition People Power Party")
    for child in sorted(verb.children, key=lambda c: -c.i if c.i < verb.i else c.i):
        if child.dep_ == "nsubj" and child.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head  # "Smith, who said ...": the relative pronoun stands for Smith
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return pobj
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "X said ... and added ..."
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":
        return _subject(verb.head)  # "X responded, saying ..."
    return None


AGENT_ENTS = ("PERSON", "ORG", "GPE", "NORP")
AGENT_PRONOUNS = {"he", "she", "they", "we", "i"}


def _agentive(subject: Token, lex: Lexicon) -> bool:
    """Acts count as positions only when someone acts: a person, organisation or role."""
    return (
        subject.ent_type_ in AGENT_ENTS
        or subject.lower_ in lex.organisation_words
        or subject.lower_ in AGENT_PRONOUNS
        or subject.pos_ == "PROPN"
        or subject.lower_ in lex.anonymous_heads
        or subject.lower_ in lex.role_nouns
    )


def clause_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def find_cues(doc: Doc, lex: Lexicon, outside) -> list[Cue]:
    """Every cue in the doc whose word lies outside quotes (`outside(token)` says so)."""
    cues = []
    for t in doc:
        if not outside(t) or t.is_punct or t.is_space:
            continue
        cue = (
            _according(t)
            or _verb_cue(t, lex)
            or _after_quote_cue(t, lex, outside)
            or _lost_subject_cue(t, lex)
            or _noun_cue(t, lex)
            or _adjective_cue(t, lex)
        )
        if cue and outside(cue.speaker) and not non_speaker(cue.speaker, lex) and not _hypothetical(t, lex):
            cues.append(cue)
    return cues


def non_speaker(t: Token, lex: Lexicon) -> bool:
    """ "it", "this", "we": not a source. "US" is a country, not the pronoun."""
    return t.lower_ in lex.non_speakers and t.pos_ != "PROPN" and not t.text.isupper()


def _hypothetical(t: Token, lex: Lexicon) -> bool:
    """ "the ministry would announce details": not said yet."""
    return any(c.dep_ == "aux" and c.lower_ in lex.modals for c in t.children)


def _after_quote_cue(t: Token, lex: Lexicon, outside) -> Cue | None:
    """`“…,” Wi Sung-lac, national security adviser, told reporters` when the parser has lost the
    subject: the words between the closing quote mark and the verb name the speaker."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.speech_verbs or _subject(t) is not None:
        return None
    k = t.i - 1
    while k >= t.sent.start and outside(t.doc[k]) and t.doc[k].text not in ".;:?!":
        k -= 1
    if k < t.sent.start or outside(t.doc[k]) or k + 1 >= t.i:
        return None
    span = t.doc[k + 1 : t.i]
    if not any(w.pos_ in ("PROPN", "NOUN") for w in span):
        return None
    return Cue(t, "speech", span.root, None, t.text)


def _lost_subject_cue(t: Token, lex: Lexicon) -> Cue | None:
    """ "In a statement carried by the agency, Kim, a party official, said: ...": the parser hung
    the speaker on the fronted phrase as an apposition; the outermost name before the verb speaks."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP") or t.lemma_.lower() not in lex.speech_verbs:
        return None
    if _subject(t) is not None or t.i == t.sent.start:
        return None
    k = t.doc[t.i - 1]
    while k.is_punct and k.i > t.sent.start:
        k = t.doc[k.i - 1]
    top = None
    while k.head.i != k.i and k.head.i < t.i:
        if k.dep_ == "appos" and k.pos_ == "PROPN":
            top = k
        k = k.head
    return Cue(t, "speech", top, None, t.text) if top is not None else None


def _according(t: Token) -> Cue | None:
    if t.lower_ != "according":
        return None
    to = next((c for c in t.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    return Cue(t, "according", pobj, None, "according to") if pobj is not None else None


def _verb_cue(t: Token, lex: Lexicon) -> Cue | None:
    if t.pos_ != "VERB":
        return None
    lemma = t.lemma_.lower()
    speech, polarity = lemma in lex.speech_verbs, lex.polarity(lemma)
    for c in t.children:
        if c.dep_ in ("prep", "prt") and c.i > t.i:
            polarity = lex.prep_polarity(lemma, c.lower_) or polarity
        elif _for_clause(c):  # "called for the drills to be postponed"
            polarity = lex.prep_polarity(lemma, "for") or polarity
    if not speech and polarity is None and lemma not in lex.intention_verbs:
        return None
    subject = (_outer_speaker(t, lex) if speech else None) or _subject(t)
    if subject is None:
        return None
    if speech and (clause_of(t) is not None or polarity is None):
        return Cue(t, "speech", subject, None, t.text)
    if lemma in lex.intention_verbs and polarity is None:
        return _intention(t, subject, lex)
    if not _agentive(subject, lex) or any(
        c.dep_ == "prt" and c.lower_ in lex.weak_particles for c in t.children
    ):
        return None
    if any(c.dep_ == "neg" for c in t.children):  # "did not back" opposes; "has not responded" says nothing
        if polarity not in ("support", "oppose"):
            return None
        polarity = "oppose" if polarity == "support" else "support"
    return Cue(t, "position", subject, polarity, cue_text(t))


def _outer_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """ "X said A and stressed that B", "X said A, stressing that B": the parser often hangs the
    second verb of saying on A's verb; it is still X's saying (Y is X's statement, not A's
    subject's)."""
    if clause_of(verb) is None or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not (verb.dep_ in ("conj", "ccomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return None
    inner = verb.head
    if verb.dep_ == "ccomp" and verb.doc[verb.i - 1].dep_ == "cc":
        outer = inner  # "X said A and added that B" read as two clauses of "said"
    else:
        outer = inner.head if inner.dep_ == "ccomp" and inner.head.i != inner.i else None
    if outer is None or outer.lemma_.lower() not in lex.speech_verbs:
        return None
    return _subject(outer)


def _intention(t: Token, subject: Token, lex: Lexicon) -> Cue | None:
    """ "X wants to ...", "X plans to ...": an intention, taken as support for what is intended."""
    has_goal = any(c.dep_ in ("xcomp", "dobj") and c.i > t.i for c in t.children)
    if not has_goal or not _agentive(subject, lex):
        return None
    return Cue(t, "position", subject, "support", t.text)


def _noun_cue(t: Token, lex: Lexicon) -> Cue | None:
    if t.pos_ != "NOUN" or t.lower_ not in lex.noun_cues:
        return None
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN"):
        return None
    lemma = t.lemma_.lower()
    polarity = "support" if lemma in lex.noun_support else lex.polarity(lemma)
    return Cue(t, "noun", owner, polarity, t.text)


def _adjective_cue(t: Token, lex: Lexicon) -> Cue | None:
    """ "X has been critical of Y", "X is confident that ..." """
    if t.pos_ != "ADJ" or t.dep_ != "acomp":
        return None
    polarity = lex.adjective_polarity(t.lower_)
    if polarity is None or not any(c.dep_ in ("prep", "ccomp", "xcomp") for c in t.children):
        return None
    subject = _subject(t.head)
    if subject is None or not _agentive(subject, lex):
        return None
    return Cue(t, "adjective", subject, polarity, t.text)


def cue_text(verb: Token) -> str:
    """The cue as read: the verb, with "not to join" when it decides through a negated complement."""
    x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if x is not None and any(c.dep_ == "neg" for c in x.children):
        return verb.doc[verb.i : x.i + 1].text
    return verb.text


def trimmed(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Token range [lo, hi] to a character span without edge punctuation, marks or spaces."""
    while lo <= hi and (
        doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "mark" and doc[lo].lower_ == "that"
    ):
        lo += 1
    while hi >= lo and (
        doc[hi].is_space or doc[hi].is_punct and doc[hi].text not in ".?!" + _closing(doc, lo, hi)
        or doc[hi].dep_ == "cc"
    ):  # fmt: skip
        hi -= 1  # "the levy was unfair and [stressed ...]": a dangling conjunction is not content
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _closing(doc: Doc, lo: int, hi: int) -> str:
    """ ")" when the span opened a bracket it closes ("the Ulchi Freedom Shield (UFS)")."""
    return ")" if any(doc[i].text == "(" for i in range(lo, hi)) else ""


def continued_clause(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """ "said the government should adjust the (UFS) exercise to ...": a word the parser
    coordinated with the verb of saying, right after its clause with no conjunction between, is
    the rest of that clause."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "conj" and not _has_subject(c) and c.left_edge.idx >= span[1]:
            between = doc.text[span[1] : c.left_edge.idx]
            if not between.strip(" )"):
                tail = trimmed(doc, c.left_edge.i, c.right_edge.i)
                return (span[0], tail[1]) if tail else span
    return span


def _has_subject(t: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in t.children)


def clause_span(head: Token, speech: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """A clause's characters, leaving out a concessive clause after it ("…, although …") and a
    further saying coordinated with it ("… and stressed that …", "…, adding that …")."""
    cut = [
        c for c in head.children
        if c.i > head.i and c.dep_ == "advcl" and _has_subject(c)
        and any(m.lower_ in CONCESSIVE for m in c.children if m.dep_ == "mark")
    ]  # fmt: skip
    cut += [
        c for c in head.children
        if c.i > head.i and c.dep_ == "conj" and clause_of(c) is not None and c.lemma_.lower() in speech
    ]  # fmt: skip
    cut += [
        c
        for c in head.children
        if c.i > head.i and c.dep_ == "advcl" and c.tag_ == "VBG" and clause_of(c) is not None
    ]
    hi = min((c.left_edge.i for c in cut), default=head.right_edge.i + 1) - 1
    lo, doc = head.left_edge.i, head.doc
    while lo < head.i and _adverbial_date(doc[lo], head):
        lo += 1  # "said Thursday the government should ...": when it was said, not what
    if doc[lo].lower_ == "that" and lo < head.i:
        lo += 1  # "stressing that aid ...": the complementizer even when parsed as a determiner
    return trimmed(doc, lo, hi)


def complement_span(verb: Token, media: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """What an act is about: the verb's complements to its right, without separate clauses,
    dates, or (for a verb of saying) where it was said ("on Twitter", "in a statement"); a
    leading preposition is the cue's ("called for a ban" -> "a ban")."""
    active = not any(c.dep_ == "nsubjpass" for c in verb.children)
    kept = [
        c for c in verb.children
        if c.i > verb.i
        and (_for_clause(c) or _infinitive(c) or _condition(c) or c.dep_ == "agent" and active
             or c.dep_ in COMPLEMENTS and not (c.dep_ in CLAUSES and _has_subject(c)))
        and c.ent_type_ not in ("DATE", "TIME")
    ]  # fmt: skip
    kept = [c for c in kept if not (c.dep_ == "prep" and (_dates_only(c) or _medium(c, media)))]
    kept = [c for c in kept if c.dep_ not in ("advmod", "prt", "neg") or c is not kept[-1]]
    if not kept:
        return None
    lo = min(c.left_edge.i for c in kept)
    first = verb.doc[lo]
    if first.dep_ in ("prep", "advmod", "prt") and first.head.i == verb.i and lo < kept[-1].right_edge.i:
        lo += 1
    return trimmed(verb.doc, lo, _before_participle(kept[-1]))


def _infinitive(c: Token) -> bool:
    """ "called for the two sides to declare ...": a subjectless to-clause the parser made an
    adverbial is what the act is for."""
    return (
        c.dep_ == "advcl"
        and not _has_subject(c)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    )


def _condition(c: Token) -> bool:
    """ "threatened a walkout unless the levy is dropped": the condition is part of the act."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children)


def _before_participle(last: Token) -> int:
    """The last token of a complement, leaving out a trailing ", using ..." participle."""
    tail = [c for c in last.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > last.i]
    if tail and tail[0].doc[tail[0].left_edge.i - 1].text == ",":
        return tail[0].left_edge.i - 2
    return last.right_edge.i


def _for_clause(c: Token) -> bool:
    return c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)


def _medium(prep: Token, media: frozenset[str]) -> bool:
    return any(g.dep_ == "pobj" and g.lemma_.lower() in media for g in prep.children)


def adjective_span(adj: Token) -> tuple[int, int] | None:
    kept = [c for c in adj.children if c.dep_ in ("prep", "ccomp", "xcomp") and c.i > adj.i]
    if not kept:
        return None
    return trimmed(adj.doc, min(c.left_edge.i for c in kept), max(c.right_edge.i for c in kept))


def _adverbial_date(t: Token, clause: Token) -> bool:
    """A token of a date that hangs on the clause's verb as a bare adverbial ("Thursday")."""
    if t.ent_type_ not in ("DATE", "TIME"):
        return False
    while t.head.i != clause.i and t.head.ent_type_ in ("DATE", "TIME") and t.head.i != t.i:
        t = t.head
    return t.head.i == clause.i and t.dep_ in ("npadvmod", "tmod")


def _dates_only(prep: Token) -> bool:
    return all(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree if t.i != prep.i)


def unparsed_clause(verb: Token, media: frozenset[str]) -> tuple[int, int] | None:
    """What a verb of saying governs when the parser lost the clause: "X said the numbers were
    nothing new" read as a second subject after the verb, or "saying in a release that the
    sanctions would ..." with "that" hung on the release."""
    doc, speaker = verb.doc, _subject(verb)
    late = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if late and speaker is not None and speaker.i < verb.i:
        return trimmed(doc, late[0].left_edge.i, verb.right_edge.i)
    for k in range(verb.i + 2, min(verb.i + 8, verb.right_edge.i)):
        between = doc[verb.i + 1 : k]
        if doc[k].lower_ == "that" and any(t.lemma_.lower() in media for t in between):
            return trimmed(doc, k + 1, verb.right_edge.i)
    return None


def parenthetical_span(verb: Token) -> tuple[int, int] | None:
    """ "Sales, he said, were great": the sentence around a cue that governs nothing."""
    sent, lo, hi = verb.sent, verb.left_edge.i, verb.right_edge.i
    doc = verb.doc
    left = trimmed(doc, sent.start, lo - 1) if lo > sent.start else None
    right = trimmed(doc, hi + 1, sent.end - 1) if hi < sent.end - 1 else None
    if left and right:
        return left[0], right[1]
    return left or right


def noun_span(noun: Token, media: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """What "X's calls" call for: the noun's own complements ("to ...", "for ...", "on ...",
    "that ..."), or, for an object noun with nothing attached, the words that follow it."""
    right = [
        c for c in noun.children
        if c.i > noun.i and c.dep_ in ("prep", "acl", "relcl", "xcomp", "ccomp", "advcl")
        and not (c.dep_ == "prep" and (_dates_only(c) or _medium(c, media)))
    ]  # fmt: skip
    if right:
        return trimmed(noun.doc, noun.i + 1, max(c.right_edge.i for c in right))
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ in ("nsubj", "nsubjpass") or nxt is None or nxt.lower_ not in ("to", "for", "that"):
        return None
    return trimmed(noun.doc, noun.i + 1, noun.sent.end - 1)
