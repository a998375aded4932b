"""What a cue governs: the character spans of its clause, complements or sentence, over the parse.

A verb of saying governs its clausal complement (leaving out a second
saying coordinated with it), an act its complements to the right (without separate clauses,
dates or the medium it was said in), a noun cue its own complements; where the parser lost a
clause, the words after the verb stand in for it. Spans are (start, end) offsets in the doc.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.extract.clause_subjects import SUBJECTS, clause_of, subject_of
from bot.extract.cues import for_clause
from bot.extract.doc_cache import sentence_bounds, sentence_of, texts_of
from bot.extract.lexicon import Lexicon
from bot.extract.report_frames import closes_sentence, closing_speaker

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


def clause_span(head: Token, lex: Lexicon) -> tuple[int, int] | None:
    """A clause's characters, leaving out a further saying coordinated with it ("… and stressed
    that …", "…, adding that …") and the writer's contrast set off after a comma ("…, while the
    coast guard urged caution"). Other clauses hung on its verb ("because …", "even though …",
    "while Pyongyang expanded its arsenal") are part of what was said."""
    cut = [
        c for c in head.children
        if c.i > head.i and c.dep_ == "advcl" and _has_subject(c) and c.doc[c.left_edge.i - 1].text == ","
        and any(m.lower_ in lex.contrast_markers for m in c.children if m.dep_ == "mark")
    ]  # fmt: skip
    cut += [
        c for c in head.children
        if c.i > head.i and c.dep_ == "conj" and clause_of(c) is not None
        and c.lemma_.lower() in lex.speech_verbs and not _backshifted(c)
    ]  # fmt: skip
    cut += [  # not "because the North was adding warheads": a clause of its own
        c for c in head.children
        if c.i > head.i and c.dep_ == "advcl" and c.tag_ == "VBG" and not _has_subject(c)
        and _says(c, head, lex.speech_verbs)
    ]  # fmt: skip
    limit = min((c.left_edge.i for c in cut), default=len(head.doc)) - 1
    hi = min(limit, _past_hyphen(head.doc, head.right_edge.i))
    lo, doc = head.left_edge.i, head.doc
    hi = _before_writers_tail(doc, head, hi, lex)
    while lo < head.i and _adverbial_date(doc[lo], head):
        lo += 1  # "said Thursday the government should ...": when it was said, not what
    if doc[lo].lower_ == "that" and lo < head.i:
        lo += 1  # "stressing that aid ...": the complementizer even when parsed as a determiner
    return trimmed(doc, lo, hi)


def _past_hyphen(doc, hi: int) -> int:
    """ "would co-sponsor a resolution": a word the parser broke at its hyphen and hung apart ("co"
    the clause's verb, "sponsor" elsewhere) goes on with the rest of its word and what hangs on it."""
    while (
        hi + 2 < len(doc)
        and doc[hi + 1].text == "-"
        and not doc[hi].whitespace_
        and not doc[hi + 1].whitespace_
    ):
        hi = max(hi + 2, doc[hi + 2].right_edge.i)
    return hi


def _backshifted(verb: Token) -> bool:
    """ "said the union had expressed interest but had again insisted that ...": a saying with its
    own auxiliary, in the tense of the reported clause it is coordinated with, is what the
    reported subject said, told by the speaker; the speaker's own second saying is told in the
    narrative's simple past ("said the plan was dead and stressed that ...")."""
    return any(c.dep_ == "aux" and c.i < verb.i for c in verb.children)


def _says(participle: Token, head: Token, speech: frozenset[str]) -> bool:
    """ "…, adding that …", and on a reported clause "…, calling it a task": a participle of
    saying that is a statement of its own (cues.py gives it the reporting verb's speaker)."""
    if clause_of(participle) is not None:
        return True
    return (
        head.dep_ == "ccomp"
        and participle.lemma_.lower() in speech
        and any(c.dep_ in ("dobj", "oprd", "xcomp") for c in participle.children)
    )


def _before_writers_tail(doc: Doc, head: Token, hi: int, lex: Lexicon) -> int:
    """Where reported speech ends before the writer's own addition set off by a comma at its end:
    a participle (", highlighting ...") or a "with" phrase (", with similar levels ..."). News
    writers hang background on the reported clause this way; it is not what the speaker said.
    A participle of saying (", urging ...", ", warning ...") is the speaker's own and stays. A
    trailing relative clause (", which ...") stays too: PolNeAR's annotators count it as the
    speaker's about as often as not."""
    texts = texts_of(doc)  # a Token only for the commas
    for k in range(head.left_edge.i + 2, hi):
        if texts[k] != "," or doc[k].head.i == k and doc[k].dep_ == "ROOT":
            continue
        start = k + 1
        while start < hi and doc[start].is_quote:  # "…,” referring to ...": the quote closed first
            start += 1
        h = _phrase_head(doc, start, hi)
        if (
            h is not None
            and _writers_phrase(doc, h, start, lex.tail_openers, lex.comment_participles)
            and h.lemma_.lower() not in lex.speech_verbs
        ):
            return k - 1
    return hi


def _phrase_head(doc: Doc, start: int, hi: int) -> Token | None:
    """The token whose subtree spans exactly doc[start .. hi] (None when no one does)."""
    t = doc[start]
    while t.head.i != t.i and t.head.left_edge.i >= start and t.head.right_edge.i <= hi:
        t = t.head
    return t if t.left_edge.i == start and t.right_edge.i >= hi - 1 else None


def _writers_phrase(
    doc: Doc, h: Token, start: int, openers: frozenset[str], comments: frozenset[str]
) -> bool:
    first = doc[start]
    if h.dep_ == "advcl" and h.tag_ == "VBG" and h.i == start:
        return h.lemma_.lower() in comments  # not ", covering X and Y": what the reported act does
    return h.dep_ == "prep" and first.lower_ in openers and h.i == start and not _with_absolute(h)


def _with_absolute(prep: Token) -> bool:
    """ ", with about 300 boats taking part", ", with its first meeting expected in May": a "with"
    phrase that tells a thing doing or done, the reported event's own circumstance."""
    told = ("VBG", "VBN")
    return prep.lower_ == "with" and any(
        c.dep_ == "pcomp"
        and c.tag_ in told
        or c.dep_ == "pobj"
        and any(a.dep_ in ("acl", "amod") and a.tag_ in told and a.i > c.i for a in c.children)
        for c in prep.children
    )


def complement_span(verb: Token, media: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """What an act is about: the verb's complements to its right, without separate clauses,
    dates, or (for a verb of saying) where it was said ("on Twitter", "in a statement"); a
    leading preposition is the cue's ("called for a ban" -> "a ban")."""
    active = not any(c.dep_ == "nsubjpass" for c in verb.children)
    kept = [
        c for c in verb.children
        if c.i > verb.i
        and (for_clause(c) or _infinitive(c) or _condition(c) or c.dep_ == "agent" and active
             or c.dep_ in COMPLEMENTS and not (c.dep_ in CLAUSES and _has_subject(c)))
        and c.ent_type_ not in ("DATE", "TIME")
    ]  # fmt: skip
    kept = [c for c in kept if not (c.dep_ == "prep" and (_dates_only(c) or _medium(c, media) or _record(c)))]
    kept = [c for c in kept if not (media and c.dep_ == "prep" and _from_place(c))]
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


def _record(prep: Token) -> bool:
    """ "…, according to the agency": where the act is known from, not what it is about."""
    return prep.lower_ == "according"


def _from_place(prep: Token) -> bool:
    """ "reported from Seoul", "spoke from Geneva": for a verb of saying, where the speaker was."""
    return prep.lower_ == "from" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in prep.children
    )


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


def unparsed_clause(
    verb: Token, media: frozenset[str], speech: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """What a verb of saying governs when the parser lost the clause: "X said the numbers were
    nothing new" read as a second subject after the verb, or "saying in a release that the
    sanctions would ..." with "that" hung on the release; up to a further saying coordinated
    with the verb ("told a briefing that A, and stressed that B": B is a statement of its own)."""
    doc, speaker = verb.doc, subject_of(verb)
    further = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in speech]
    hi = min(further, default=verb.right_edge.i + 1) - 1
    late = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if late and speaker is not None and speaker.i < verb.i:
        return trimmed(doc, late[0].left_edge.i, hi)
    for k in range(verb.i + 2, min(verb.i + 10, hi)):
        between = doc[verb.i + 1 : k]
        if (
            doc[k].lower_ == "that"
            and doc[k].dep_ != "det"
            and any(t.lemma_.lower() in media for t in between)
        ):
            return trimmed(doc, k + 1, hi)
        if _complementizer_after_adjuncts(doc[k], between):
            acts = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > k]
            return trimmed(doc, k + 1, min(acts, default=hi + 1) - 1)  # "... and repeated her call"
    return None


def _complementizer_after_adjuncts(that: Token, between) -> bool:
    """ "told reporters after the session that ...", "said a day earlier that ...": the parser hung
    the that-clause on the time phrase; a complementizer after words of when and to whom (no
    verb, no comma) opens what was said."""
    return (
        that.lower_ == "that"
        and that.dep_ == "mark"
        and that.head.i > that.i
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)
    )


def parenthetical_span(verb: Token) -> tuple[int, int] | None:
    """ "Sales, he said, were great": the sentence around a cue that governs nothing."""
    sent, lo, hi = sentence_of(verb), verb.left_edge.i, verb.right_edge.i
    doc = verb.doc
    left = trimmed(doc, sent.start, lo - 1) if lo > sent.start else None
    right = trimmed(doc, hi + 1, sent.end - 1) if hi < sent.end - 1 else None
    if left and _whole_clause_before(verb, lo, hi):
        return left  # "A fired a missile, X said, days before the drills": what follows is the writer's
    if right and _whole_quote_after(verb):
        return right  # "Asked whether A, he said, “B.”": the words before are the writer's
    if left and right:
        return left[0], right[1]
    return left or right


def _whole_quote_after(verb: Token) -> bool:
    """A quote opens right after the cue and holds the verb it hangs on with that verb's subject
    ("At the briefing, she said, “Our aim is a halt.”"): the words before the cue are the
    writer's setting, not part of what was said, as they are in "Sales, he said, “were great”"."""
    doc, head = verb.doc, verb.head
    opening = next((t for t in doc[verb.i + 1 : head.i] if not t.is_punct or t.is_quote), None)
    return (
        opening is not None
        and opening.is_quote
        and head.i > opening.i
        and any(c.dep_ in SUBJECTS and c.i > opening.i for c in head.children)
    )


def _whole_clause_before(verb: Token, lo: int, hi: int) -> bool:
    """The words before a parenthetical cue are a clause of their own: the verb it hangs on and
    that verb's subject ("Sales, he said, were great" has its verb after the cue), and no clause
    coordinated with it follows ("A rose, he said, and B fell" reports both)."""
    head = verb.head
    return (
        head.i < lo
        and any(c.dep_ in SUBJECTS and c.i < lo for c in head.children)
        and not any(c.dep_ == "conj" and c.i > hi for c in head.children)
    )


def noun_span(
    noun: Token, media: frozenset[str] = frozenset(), as_verbs: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """What "X's calls" call for: the noun's own complements ("to ...", "for ...", "on ...",
    "that ..."), or, for an object noun with nothing attached, the words that follow it."""
    right = [
        c for c in noun.children
        if c.i > noun.i and c.dep_ in ("prep", "acl", "relcl", "xcomp", "ccomp", "advcl")
        and not (c.dep_ == "prep" and (_dates_only(c) or _medium(c, media)))
    ]  # fmt: skip
    if right:
        last = max(c.right_edge.i for c in right)
        return trimmed(noun.doc, noun.i + 1, _before_label(noun, last, as_verbs))
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ in ("nsubj", "nsubjpass") or nxt is None or nxt.lower_ not in ("to", "for", "that"):
        return None
    return trimmed(noun.doc, noun.i + 1, sentence_bounds(noun)[1] - 1)


def _before_label(noun: Token, hi: int, as_verbs: frozenset[str]) -> int:
    """ "dismissed the council's pledge to clean the river as “a stunt”": the quoted label after
    "as" is what the one who dismissed the object called it, not part of the object's owner's
    pledge (the parser hangs "as" on the pledge's verb); the owner's words end before it. Not
    after a verb that takes "as" itself ("Tokyo's plan to use the island as a “base”")."""
    if noun.dep_ != "dobj":
        return hi
    doc = noun.doc
    for t in doc[noun.i + 1 : hi + 1]:
        after = [w for w in doc[t.i + 1 : min(t.i + 3, hi + 1)] if w.pos_ != "DET"]
        own = t.head.lemma_.lower() in as_verbs
        if t.lower_ == "as" and t.dep_ == "prep" and after and after[0].is_quote and not own:
            return t.i - 1
    return hi


def closing_report(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """ "The tankers delivered a million barrels, the department said in a statement.": what comes
    before the comma that opens a closing attribution, whatever the parser hung where (it often
    takes the report's subject for the verb's, or the verb for a clause of the report). Not a
    fronted phrase ("In a statement carried by KCNA, the ministry said ...")."""
    subject = closing_speaker(verb, lex) or max(
        (c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), key=lambda c: c.i, default=None
    )
    first, end = sentence_bounds(verb)
    if subject is None or not closes_sentence(verb, end, lex):
        return None
    comma = subject.left_edge.i - 1
    doc = verb.doc
    if comma - first < 3 or doc[comma].text != "," or doc[first].pos_ in ("ADP", "SCONJ"):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[first:comma]) or "?" in doc[first:end].text:
        return None  # a fragment, or a question
    return trimmed(doc, first, comma - 1)


def _inverted_report(verb: Token) -> tuple[int, int] | None:
    """ "The boats sailed at dawn and docked by noon, the agency said in a statement.": the parser
    may hang the closing "X said" on the report's verb as one more conjunct. What comes before
    the comma that opens it is what was said; "A, and X said" is two clauses, not a report."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if verb.dep_ != "conj" or subject is None or verb.head.i > subject.i:
        return None
    comma = subject.left_edge.i - 1
    if comma <= verb.head.i or verb.doc[comma].text != ",":
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return None  # "…, the minister told reporters" stays; "…, he said the talks ..." is its own clause
    return trimmed(verb.doc, verb.head.left_edge.i, comma - 1)
