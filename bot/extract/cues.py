"""Cues: the words that attribute a statement, over a spaCy parse (spans.py: what they govern).

Rules over the dependency parse (after textacy's direct-quotation and triple extractors and the
PolNeAR guidelines): a verb of saying with a subject attributes its clausal complement or a quote
beside it; "according to X" attributes the clause it hangs on; a verb of acting ("urged",
"dismissed", "decided") attributes its complements as a position; "X's calls to ..." does too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.extract.clause_subjects import (
    SUBJECTS,
    agentive,
    clause_of,
    subject_control,
    subject_of,
)
from bot.extract.doc_cache import lemmas_of, lowers_of, sentence_bounds, sentence_of, tags_of, tokens_with
from bot.extract.lexicon import Lexicon
from bot.extract.report_frames import (
    asked_speaker,
    closing_speaker,
    document_speaker,
    interrupted_subject,
    quoted_as,
    relayed_author,
)
from bot.extract.structure import inside_question


@dataclass(frozen=True)
class Cue:
    token: Token
    kind: str  # speech | position | noun | according
    speaker: Token  # head of the speaker mention
    polarity: str | None
    text: str
    report: Token | None = None  # the verb of saying whose reported words it is in (reports_within.py)


def _closing_over(verb: Token, subject: Token, lex: Lexicon) -> Token:
    """ "It will involve 90 aircraft, including F-35 fighters, the air force said earlier this
    week.": the parser took a noun of the report for the subject and hung the speaker on another;
    a noun phrase between the report's last comma and a verb that closes the sentence speaks."""
    closing = closing_speaker(verb, lex)
    return closing if closing is not None and subject.i < closing.left_edge.i else subject


def _went_on_to(verb: Token) -> Token | None:
    """ "Kim went on to describe the plan as ...": a saying in a to-clause the parser hung as an
    adverbial on a verb with no object is said by that verb's subject."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    head = verb.head
    if not to or verb.dep_ != "advcl" or head.pos_ != "VERB" or not subject_control(head):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


CUE_POS = ("VERB", "NOUN", "ADJ")


def find_cues(doc: Doc, lex: Lexicon, outside) -> list[Cue]:
    """Every cue in the doc whose word lies outside quotes (`outside(token)` says so)."""
    cues = []
    for t in tokens_with(doc, pos=CUE_POS, lower=("according",)):
        if t.pos_ not in CUE_POS and t.lower_ != "according" or not outside(t) or t.is_punct or t.is_space:
            continue  # every kind of cue below is one of these words
        if not _may_cue(t, lex):
            continue
        cue = (
            _quoted_cue(t, lex)
            or _according(t, lex)
            or _verb_cue(t, lex)
            or _after_quote_cue(t, lex, outside)
            or _lost_subject_cue(t, lex)
            or _noun_cue(t, lex)
            or _adjective_cue(t, lex)
        )
        if cue and outside(cue.speaker) and not non_speaker(cue.speaker, lex) and not _hypothetical(t, lex):
            if not asked(t, outside):
                cues.append(cue)
    return cues


def asked(t: Token, outside) -> bool:
    """ "Does Washington still believe talks are possible?": a question the writer or an
    interviewer asks, outside quotes, tells nobody's view ('Kim said: "Why stop now?"' does; a
    saying before a colon that opens the writer's question is still a saying)."""
    sentence = sentence_of(t)
    last = next((w for w in reversed(sentence) if not (w.is_space or w.is_quote)), None)
    if last is None or last.text != "?" or not outside(last):
        return False
    return not any(w.text in (":", ";") and w.i > t.i for w in sentence)  # the question comes after


def _may_cue(t: Token, lex: Lexicon) -> bool:
    """Whether the word is one a cue below can be made of (a cheap test: most nouns, verbs and
    adjectives of a paragraph are none)."""
    doc, i = t.doc, t.i
    pos, lower = tags_of(doc)[i], lowers_of(doc)[i]
    if lower == "according":
        return True
    if pos == "VERB":
        return lemmas_of(doc)[i] in lex.cue_verbs
    if pos == "NOUN":
        return lower in lex.noun_cues
    return pos == "ADJ" and lower in lex.cue_adjectives


def non_speaker(t: Token, lex: Lexicon) -> bool:
    """ "it", "this", "we", "I": not a source. "US" is a country, not the pronoun."""
    return t.lower_ in lex.non_speakers and t.pos_ != "PROPN" and not (t.text.isupper() and len(t) > 1)


def _hypothetical(t: Token, lex: Lexicon) -> bool:
    """ "the ministry would announce details": not said yet; "asked whether Seoul supported X":
    only asked; "if the launches continued": a condition, not a saying."""
    return (
        any(c.dep_ == "aux" and c.lower_ in lex.modals for c in t.children)
        or inside_question(t, lex)
        or t.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lex.condition_marks for c in t.children)
        or _told_by_report(t, lex)
    )


def _told_by_report(t: Token, lex: Lexicon) -> bool:
    """ "dismissed speculation that Seoul was seeking its own bomb", "amid reports that the
    allies plan to expand the drills": what a report or rumour tells is not its subject's act."""
    head = t.head
    return (
        t.dep_ in ("acl", "ccomp")
        and head.pos_ == "NOUN"
        and head.lower_ in lex.report_nouns
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    )


def _quoted_cue(t: Token, lex: Lexicon) -> Cue | None:
    """ "“…,” KCNA quoted Kim as saying": Kim speaks (report_frames.py)."""
    speaker = quoted_as(t, lex) if t.pos_ == "VERB" else None
    return Cue(t, "speech", speaker, None, t.text) if speaker is not None else None


def _after_quote_cue(t: Token, lex: Lexicon, outside) -> Cue | None:
    """`“…,” Wi Sung-lac, national security adviser, told reporters` when the parser has lost the
    subject: the words between the closing quote mark and the verb name the speaker."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.speech_verbs or subject_of(t) is not None:
        return None
    k, first = t.i - 1, sentence_bounds(t)[0]
    while k >= first and outside(t.doc[k]) and t.doc[k].text not in ".;:?!":
        k -= 1
    if k < first or outside(t.doc[k]) or k + 1 >= t.i:
        return None
    span = t.doc[k + 1 : t.i]
    if not any(w.pos_ in ("PROPN", "NOUN") for w in span):
        return None
    return Cue(t, "speech", span.root, None, t.text)


def _lost_subject_cue(t: Token, lex: Lexicon) -> Cue | None:
    """ "In a statement carried by the agency, Kim, a party official, said: ...": the parser hung
    the speaker on the fronted phrase as an apposition; the outermost name before the verb speaks."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.speech_verbs or subject_of(t) is not None:
        return None
    top = fronted_subject(t) or _named_before_aside(t, lex)
    return Cue(t, "speech", top, None, t.text) if top is not None else None


def _named_before_aside(t: Token, lex: Lexicon) -> Token | None:
    """ "Speaking at a lecture on Friday, Lim, who served as mayor until 2019, said ...", "... came a
    day after Rep. Ode of the Green Party, who sits on the panel, argued that ...": the parser hung
    the speaker on a place or a preposition before it and left the verb without a subject; by the
    word order its subject is the person named right before the phrase set off by commas before it."""
    doc, first = t.doc, sentence_bounds(t)[0]
    if t.tag_ not in ("VBD", "VBZ", "VBP") or t.i - 2 <= first or doc[t.i - 1].text != ",":
        return None
    opening = next((w for w in reversed(doc[first : t.i - 1]) if w.text == ","), None)
    if opening is None or opening.i == first:
        return None
    name = _phrase_head(doc[opening.i - 1])
    if name.ent_type_ == "PERSON" or name.lower_ in lex.role_nouns or name.lower_ in lex.anonymous_heads:
        return next((e.root for e in doc.ents if e.start <= name.i < e.end), name)
    return None


def _phrase_head(k: Token) -> Token:
    """The noun an of-phrase a word ends hangs on: "Ode" in "Rep. Ana Ode of the Green Party"."""
    while k.dep_ == "pobj" and k.head.lower_ == "of" and k.head.head.pos_ in ("NOUN", "PROPN"):
        k = k.head.head
    return k


def fronted_subject(t: Token) -> Token | None:
    """The outermost name in apposition on a phrase fronted before a finite verb with no subject
    ("In a statement carried by KCNA, the North's Foreign Ministry accused ...")."""
    first = sentence_bounds(t)[0]
    if t.tag_ not in ("VBD", "VBZ", "VBP") or t.i == first:
        return None
    k = t.doc[t.i - 1]
    while k.is_punct and k.i > first:
        k = t.doc[k.i - 1]
    top = None
    while k.head.i != k.i and k.head.i < t.i:
        if k.dep_ == "appos" and k.pos_ == "PROPN":
            top = k
        k = k.head
    return top or _name_after_fronted_phrase(t, first)


def _name_after_fronted_phrase(t: Token, first: int) -> Token | None:
    """ "In a statement carried by the agency, Ri Sol-ju, the board's head, called ... and warned
    ...": a person's name set off by commas right after a fronted phrase is the subject of the
    verbs that follow, however the parser hung it (on the phrase's verb as an object, say)."""
    doc = t.doc
    if doc[first].pos_ != "ADP":
        return None
    comma = next((w for w in doc[first : t.i] if w.text == ","), None)
    name = next((e for e in doc.ents if comma is not None and e.start == comma.i + 1), None)
    if name is None or name.label_ != "PERSON" or name.end >= t.i or doc[name.end].text != ",":
        return None
    return name.root


def _according(t: Token, lex: Lexicon) -> Cue | None:
    """ "according to X": X; "according to NHK, which cited government sources": the sources, whom
    the medium only relays."""
    if t.lower_ != "according" or own_saying(t.head, lex):
        return None
    to = next((c for c in t.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if pobj is None:
        return None
    cited = [c for c in pobj.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lex.citing_verbs]
    relayed = next((g for c in cited for g in c.children if g.dep_ == "dobj"), None)
    return Cue(t, "according", relayed or pobj, None, "according to")


def own_saying(verb: Token, lex: Lexicon) -> bool:
    """ "“…,” Wang said, according to a transcript", "the spokesman told reporters, according to
    the agency", "Kim called for “…,” according to the agency": a saying with a subject of its own
    is that subject's; "according to" names only the record it is known from. An act or event told on
    the source's word stays the source's ("The ministers agreed to X, according to the ministry",
    "Zhao did not mention X, according to an official")."""
    while verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and not _says(verb, lex):
        verb = verb.head  # "Kim said the plant must “double its output,” according to X": hung on the words
    return (
        verb.pos_ == "VERB"
        and _says(verb, lex)
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "nsubj" and not non_speaker(c, lex) for c in verb.children)
    )


def _says(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying, plain or one that tells what the saying did ("warned", "vowed", "called
    for"), not an act ("met") nor the outcome of a meeting ("agreed to")."""
    lemma = verb.lemma_.lower()
    calls_for = lex.prep_polarity(lemma, "for") is not None and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    )
    agreement = lemma in lex.joint_verbs  # "The ministers agreed to X, according to the ministry": an outcome
    return lemma in lex.plain_saying_verbs or lemma in lex.speech_verbs and not agreement or calls_for


def _verb_cue(t: Token, lex: Lexicon) -> Cue | None:
    if t.pos_ != "VERB":
        return None
    lemma = t.lemma_.lower()
    speech, polarity = lemma in lex.speech_verbs or saying_idiom(t, lex), lex.polarity(lemma)
    if lemma in lex.document_verbs:
        speech = speech or _document_speaks(t, lex)
    for c in t.children if lemma in lex.preposition_verbs else ():
        if c.dep_ in ("prep", "prt") and c.i > t.i:
            polarity = lex.prep_polarity(lemma, c.lower_) or polarity
        elif for_clause(c):  # "called for the drills to be postponed"
            polarity = lex.prep_polarity(lemma, "for") or polarity
    if not speech and polarity is None and lemma not in lex.intention_verbs:
        return None
    joined = speech or (polarity is not None and t.dep_ == "conj")  # not a participle's tail
    subject = (_outer_speaker(t, lex) if joined else None) or relayed_author(t, lex) or subject_of(t)
    if speech and subject is not None and subject.i < t.i:
        subject = _closing_over(t, subject, lex)
    if subject is None and speech:  # "…, one of the sources said.", "X, asked about Y, said Z"
        subject = closing_speaker(t, lex) or asked_speaker(t, lex) or _went_on_to(t)
    if subject is None and (speech or polarity is not None):  # "X, touring the plant, called for"
        subject = interrupted_subject(t, lex)
    if subject is None and (speech or polarity is not None):  # "issued a statement warning that"
        subject = document_speaker(t, lex)
    if subject is None and polarity is not None:
        subject = fronted_subject(t)  # an act whose subject the parser hung on a fronted phrase
    if subject is None:
        return None
    if speech and _unsaid(t, lex):
        return None
    if speech and (clause_of(t) is not None or polarity is None):
        return Cue(t, "speech", subject, None, t.text)
    if lemma in lex.intention_verbs and polarity is None:
        return _intention(t, subject, lex)
    if not agentive(subject, lex) or any(
        c.dep_ == "prt" and c.lower_ in lex.weak_particles for c in t.children
    ):
        return None
    if any(c.dep_ == "neg" for c in t.children):  # "did not back" opposes; "has not responded" says nothing
        if polarity not in ("support", "oppose"):
            return None
        polarity = "oppose" if polarity == "support" else "support"
    return Cue(t, "position", subject, polarity, cue_text(t))


def _unsaid(verb: Token, lex: Lexicon) -> bool:
    """ "did not mention the aid plan", "declined to say which side proposed it", "refused to
    confirm the reports": a saying denied or refused was not made (the refusal itself is a
    position, `cue_content`)."""
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.refusal_verbs
    return refused or any(c.dep_ == "neg" for c in verb.children)


def _document_speaks(verb: Token, lex: Lexicon) -> bool:
    """ "“…,” the statement read": a saying named as a thing, with no object, says the quote
    (not "the minister read a statement", not "the sign read ...")."""
    subject = subject_of(verb)
    return (
        subject is not None
        and subject.lemma_.lower() in lex.utterance_nouns
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def wordless_talk(verb: Token, lex: Lexicon) -> bool:
    """ "X spoke to The Daily Star on Monday", "X talked with reporters at the pier as the barges
    left": a conversation told without its words (no clause, object or quote of its own, no
    ", saying ..."), the occasion of the words the story quotes from that speaker after it."""
    if verb.lemma_.lower() not in lex.conversing_verbs:
        return False
    told = ("ccomp", "xcomp", "dobj", "parataxis", "conj")
    return not any(
        c.dep_ in told or c.dep_ == "advcl" and c.lemma_.lower() in lex.speech_verbs for c in verb.children
    ) and not any(t.is_quote for t in verb.sent)


def to_someone(verb: Token) -> bool:
    """ "spoke to the paper", "sat down with this reporter": talking with someone, not "spoke of"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)


def saying_idiom(verb: Token, lex: Lexicon) -> bool:
    """ "put it more bluntly:", "as X put it,": the verb and its object say what is quoted with
    them; not with a place or a particle ("put it on the agenda", "put it off"), unless it says whom
    it was said to ("as X put it to this author")."""
    if any(
        c.dep_ in ("prep", "prt", "dative", "xcomp", "ccomp") and not _to_addressee(c, lex)
        for c in verb.children
    ):
        return False
    objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    return any(f"{verb.lemma_.lower()} {o}" in lex.saying_idioms for o in objects)


def _to_addressee(prep: Token, lex: Lexicon) -> bool:
    """ "as X put it to reporters", "put it to me": said to someone, not "put it to a vote"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "to" else None
    return obj is not None and (
        obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lex.addressee_nouns
    )


def _outer_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """ "X said A and stressed that B", "X said A, stressing that B", "X proposed that A hold
    talks, calling it urgent": the parser often hangs the second verb of saying on A's verb; it
    is still X's saying (B is X's statement, not A's subject's)."""
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    joined = verb.dep_ == "conj" and verb.head.dep_ == "ccomp"  # "X said A and called on B to ..."
    if clause_of(verb) is None and not (participle and verb.head.dep_ == "ccomp") and not joined:
        return None  # ", calling it a task" on a reported clause's verb: still the reporter's words
    if not (verb.dep_ in ("conj", "ccomp") or participle):
        return None
    inner = verb.head
    if verb.dep_ == "ccomp" and verb.doc[verb.i - 1].dep_ == "cc":
        outer = inner  # "X said A and added that B" read as two clauses of "said"
    else:
        outer = inner.head if inner.dep_ == "ccomp" and inner.head.i != inner.i else None
    if outer is None or outer.lemma_.lower() not in lex.speech_verbs:
        return None
    return subject_of(outer)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def reported_by(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of saying whose reported clause `verb` heads with a subject of its own, directly
    or as a further clause joined to it ("He said Beijing opposed ...", "told reporters that the
    launch showed ...", "noted that the meeting had reaffirmed ..."): what that subject does is
    part of the report, not a statement of its own; so is a verb its clause's verb governs
    ("said the board ought to go on offering talks")."""
    v = verb
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i < v.i and not _has_subject(v):
        v = v.head  # "said Busan had no use for the levy, dismissing the offer": an act told with the clause
    while v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX") and not _has_subject(v):
        v = v.head  # "said the board would continue to seek ...": the subject is continue's
    if not _has_subject(v):
        return None
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    outer = v.head
    if v.dep_ != "ccomp" or outer.i == v.i or outer.lemma_.lower() not in lex.speech_verbs:
        return None
    return outer if subject_of(outer) is not None else None


def _intention(t: Token, subject: Token, lex: Lexicon) -> Cue | None:
    """ "X wants to ...", "X plans to ...": an intention, taken as support for what is intended."""
    has_goal = any(c.dep_ in ("xcomp", "dobj") and c.i > t.i for c in t.children)
    if not has_goal or not agentive(subject, lex):
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
    subject = subject_of(t.head)
    if subject is None or not agentive(subject, lex):
        return None
    return Cue(t, "adjective", subject, polarity, t.text)


def cue_text(verb: Token) -> str:
    """The cue as read: the verb, with "not to join" when it decides through a negated complement."""
    x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if x is not None and any(c.dep_ == "neg" for c in x.children):
        return verb.doc[verb.i : x.i + 1].text
    return verb.text


def for_clause(c: Token) -> bool:
    """ "called for the drills to be postponed": a clause marked by "for"."""
    return c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
