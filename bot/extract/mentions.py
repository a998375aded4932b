"""The words that make up a speaker mention: the subject's subtree without the clauses hanging off
it, a wire dateline or a phrase set off by commas; which name in it is the person it is about; its
determiner. Read once per subject head (doc_cache) by speakers.Discourse and organisations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.doc_cache import kept, parse_of
from bot.extract.lexicon import Lexicon
from bot.extract.names import text_of
from bot.extract.person_names import past_titles
from bot.extract.structure import dateline_end

MENTION_DROP = {"acl", "relcl", "advcl", "punct", "cc", "conj"}


def name_run(span: Span, org_words: frozenset[str], titles: frozenset[str] = frozenset()) -> Span | None:
    """The longest run of proper nouns (hyphens allowed inside) that could be a person's name:
    at least two words, capitalised first, for names the NER missed ("Wi Sung-lac"); a title
    before it ("Rep.", "Dr.") is not part of the name."""
    best, start = None, None
    doc = span.doc
    for t in list(span) + [None]:
        title = t is not None and start is None and t.lower_ in titles
        inside = t is not None and not title and (t.pos_ == "PROPN" or (t.text == "-" and start is not None))
        if inside and start is None and t.text[:1].isupper():
            start = t.i
        elif not inside and start is not None:
            end = t.i if t is not None else span.end
            while end > start and doc[end - 1].text == "-":
                end -= 1
            run = doc[start:end]
            if sum(1 for w in run if w.pos_ == "PROPN") >= 2 and (best is None or len(run) > len(best)):
                best = run
            start = None
    if best is not None and any(w.lower_ in org_words for w in best):
        return None
    if best is not None and titles:  # "NCG Commandant Rina Holt": the title inside the run too
        best = doc[past_titles(doc, best.start, best.end, titles) : best.end]
    return best


def split_off(head: Token, roles: frozenset[str] = frozenset()) -> Token | None:
    """ "Rep. Kwon of the main opposition People Power Party said": the parser may make the
    party a second subject. The subject right before it, ending in its "of" phrase, is the
    speaker, and the two are one mention. So is a title set off before a name ("The vice-minister
    of trade, Seo Ha-na, said"), when the parser makes both subjects: the name is in apposition."""
    if head.dep_ != "nsubj":
        return None
    doc = head.doc
    for sib in head.head.children:
        if sib.dep_ != "nsubj" or sib.i >= head.i:
            continue
        edge = sib.right_edge.i
        if edge == head.left_edge.i - 1:
            last = doc[edge]
            if last.dep_ == "pobj" and last.head.dep_ == "prep" and last.head.head.i == sib.i:
                return sib
        elif edge == head.left_edge.i - 2 and doc[edge + 1].text == "," and head.ent_type_ == "PERSON":
            if any(w.lower_ in roles for w in sib.subtree):
                return sib
    return None


DATELINE_WORDS = 24  # a dateline, with a byline in the Korean wires' form, ends within these words


def _dateline_end(doc) -> int:
    """Where the paragraph's wire dateline ends (0: none), matched once per paragraph."""
    return kept(doc, "dateline end", lambda d: dateline_end(text_of(d)))


def past_dateline(head: Token) -> Token | None:
    """The subject the parser hung on a dateline ("SEOUL (Reuters) - Kim ..." has SEOUL as head):
    the first word after the dateline that depends on it; None when nothing does."""
    end = _dateline_end(head.doc) if head.i < DATELINE_WORDS else 0
    if head.idx >= end:
        return head
    after = [c for c in head.children if c.idx >= end and c.dep_ in ("appos", "conj", "compound", "nmod")]
    return max(after, key=lambda c: len(list(c.subtree)), default=None)


OWNED = {"prep", "pobj", "poss", "relcl", "acl", "advcl"}
HOST_WORDS = 4  # "Ambassador to the United Arab Emirates NAME": the host's words, "the" with them


def is_named(head: Token, name: Span | None, posts: frozenset[str] = frozenset()) -> bool:
    """Whether a name in the mention is the person the mention is about: not one it is owned by
    or related to ("the sister of leader Kim Jong-un", "Kim Jong-un's aide" are someone else)."""
    if name is None or len(name) == 0 or name.start <= head.i < name.end:
        return True
    t = name.root
    prep = t.head.lower_
    post = head.lower_ in posts and t.dep_ == "pobj" and prep in ("to", "for") and t.head.head.i == head.i
    before = t.doc[t.left_edge.i : name.start]
    if post and len(before) > 0 and (prep == "to" or _place_or_topic(before)):
        # "Ambassador to Seoul Ray Holt", "former envoy for North Korea Ray Holt": the post's place,
        # then the holder's name; not "envoy for President Ray Holt" (whose envoy he is)
        return True
    if _set_beside_a_body(t, name) and t.head.i > head.i:
        return True  # "A delegate of the X Guild, Tova Lindqvist, said": a body has no name set beside it
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ in OWNED:
            return False
        t = t.head
    return True


def _place_or_topic(words: Span) -> bool:
    """Words naming where or what a post is for: a name the recogniser knows or words in lower
    case ("North Korea", "human rights"), no title written with a capital ("President")."""
    return all(w.ent_type_ not in ("", "PERSON") or not w.text[:1].isupper() for w in words)


def _set_beside_a_body(t: Token, name: Span) -> bool:
    """A name set off by a comma after a body's name, which the parser hung on it; a rank or
    title written short may stand between ("the X Guard, Col. Dana Whitlow, said")."""
    k = name.start - 1
    while (
        k > 0
        and name.doc[k].text.endswith(".")
        and name.doc[k].head.i == t.i
        and name.doc[k].dep_ == "compound"
    ):
        k -= 1
    comma = k >= 0 and name.doc[k].text == ","
    body = t.head.pos_ == "PROPN" and t.head.ent_type_ != "PERSON"
    return comma and body and t.dep_ in ("appos", "npadvmod")


def person_named(head: Token, persons: list[Span]) -> Span:
    """The name the mention is about: the one its head is part of or governs ("Kim Yo-jong, the
    sister of leader Kim Jong-un" is Kim Yo-jong), else the longest."""
    for ok in (lambda e: e.start <= head.i < e.end, lambda e: e.root.head.i == head.i):
        found = [e for e in persons if ok(e)]
        if found:
            return found[0]
    return max(persons, key=len)


def mention_tokens(head: Token, lex: Lexicon) -> list[Token]:
    """The mention's tokens: the head's subtree without clauses hanging off it or a dateline.
    Worked out once per head: a subject is looked at by several rules."""
    doc = head.doc
    return [doc[i] for i in kept(doc, ("mention", head.i), lambda _: _mention_indices(head, lex))]


def introducing_mention(name: Token, lex: Lexicon) -> list[Token]:
    """The words that introduce a person named in narration: the post a name is set beside, with
    it, where the post is no subject ("met South Korea's ambassador to China, Yoo Jae-hoon";
    a subject's is read as the speaker's or the subject's, note_subject), else the name's own."""
    post = name.head
    subject = post.dep_ in ("nsubj", "nsubjpass")
    if name.dep_ == "appos" and post.lower_ in lex.role_nouns and post.i < name.i and not subject:
        return mention_tokens(post, lex)
    return mention_tokens(name, lex)


def _mention_indices(head: Token, lex: Lexicon) -> list[int]:
    held = _post_to(head, lex)
    if held is not None:  # "US Ambassador to South Korea Margaret Holloway": the post, the host, the name
        return list(range(held.left_edge.i, head.i + 1))
    split = split_off(head, lex.role_nouns)
    if split is not None:
        return [t.i for t in mention_tokens(split, lex) + _tokens(head, lex)]
    return [t.i for t in _tokens(head, lex)]


def _post_to(name: Token, lex: Lexicon) -> Token | None:
    """The role word of "Ambassador to X NAME" when the parser made the name the object of "to"
    or an apposition of the role word with no comma between, or wherever it hung them: the
    post, its host, the name."""
    if name.ent_type_ != "PERSON" or name.i == 0:
        return None
    if name.dep_ == "pobj" and name.head.lower_ == "to":
        role = name.head.head
        return role if role.i == name.head.i - 1 and role.lower_ in lex.role_nouns else None
    role = name.head
    if name.dep_ != "appos" or role.i > name.i or role.lower_ not in lex.role_nouns:
        return _post_to_before(name, lex)
    between = name.doc[role.i + 1 : name.i]
    has_to = any(t.lower_ == "to" and t.head.i == role.i for t in between)
    return role if has_to and not any(t.is_punct for t in between) else None


def _post_to_before(name: Token, lex: Lexicon) -> Token | None:
    """ "..., Russian Ambassador to the Freedonia Ana Roe said": the role word right before "to"
    and a capitalised host, the name right after them, however the parser hung the three (it
    may make the role a modifier of the name, or of the last words before it)."""
    doc, start = name.doc, name.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    k = start - 1
    while k > 0 and start - k <= HOST_WORDS and (doc[k].pos_ == "PROPN" or doc[k].lower_ == "the"):
        k -= 1
    if k < 1 or k == start - 1 or doc[k].lower_ != "to":
        return None
    return doc[k - 1] if doc[k - 1].lower_ in lex.role_nouns else None


def determiner(head: Token) -> str | None:
    """The mention's determiner; "one" counts as one ("one official said")."""
    return next(
        (t.lower_ for t in head.children if t.dep_ == "det" or (t.dep_ == "nummod" and t.lower_ == "one")),
        None,
    )


def _set_off(head: Token, lex: Lexicon) -> list[Token]:
    """ "Another official, at the Unification Ministry, said": the parser hangs the phrase set
    off by commas on the verb (or a comma); it describes the subject."""
    verb, doc = head.head, head.doc
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i:
        return []
    k = head.right_edge.i + 1
    if k + 1 >= verb.i or doc[k].text != "," or doc[k + 1].lower_ not in lex.affiliation_prepositions:
        return []
    end = next((t.i for t in doc[k + 1 : verb.i] if t.text == ","), verb.i)
    return list(doc[k + 1 : end])


def _beside_name(head: Token, lex: Lexicon) -> list[Token]:
    """ "Another analyst, Ana Ruiz at the Y Institute, disagreed": the parser may hang the place
    of work written right after a name set beside a noun on that noun; with no comma between, it
    is the name's."""
    doc, noun = head.doc, head.head
    if head.dep_ != "appos" or head.ent_type_ != "PERSON" or noun.i > head.i:
        return []
    k = head.right_edge.i + 1
    prep = doc[k] if k < len(doc) else None
    if (
        prep is None
        or prep.head.i != noun.i
        or prep.dep_ != "prep"
        or prep.lower_ not in lex.affiliation_prepositions
    ):
        return []
    return list(doc[k : prep.right_edge.i + 1])


def _tokens(head: Token, lex: Lexicon) -> list[Token]:
    p, h = parse_of(head.doc), head.i  # token indices: a subtree read token by token costs a Token a word
    dropped: set[int] = set()
    for c in p.children[h]:
        if p.deps[c] in MENTION_DROP and not (p.deps[c] == "punct" and c < h):
            dropped.update(p.subtree(c))
    after = _dateline_end(head.doc) if h < DATELINE_WORDS else 0
    inside = [i for i in p.subtree(h) if i not in dropped and p.starts[i] >= after]
    inside += [t.i for t in _set_off(head, lex) + _beside_name(head, lex)]
    if not inside:  # a dateline alone
        return [head]
    lo, hi = min(inside), max(inside)
    doc = head.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].tag_ == "POS"):
        hi -= 1
    if hi + 1 < len(doc) and doc[hi + 1].text == ")" and "(" in [doc[i].text for i in range(lo, hi + 1)]:
        hi += 1  # "the Joint Chiefs of Staff (JCS)": the bracket the mention opened closes in it
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    if doc[h].ent_type_ == "PERSON":
        lo = _title_run_before(doc, _titled_from(doc, lo, lex), lex)
    return [doc[i] for i in range(lo, hi + 1)]


TITLE_LINKS = frozenset({"of", "for", "and", "the"})  # inside a capitalised title: "Secretary of Defense"


def _title_run_before(doc, lo: int, lex: Lexicon) -> int:
    """ "At a hearing, Assistant Secretary of Defense for Asian Affairs Mara Quill said": the
    parser may hang a capitalised title on a word before it (here as the hearing's apposition),
    leaving the name alone. A run of capitalised words (with "of", "for", "and", "the" inside)
    right before the name, after a comma, a quote or the sentence's start and holding a role
    word, is the name's title."""
    k = lo
    if k > 1 and _lower_role(doc[k - 1], lex) and _title_word(doc[k - 2]):
        k -= 1  # "Sky Party lawmaker Oh Da-in disagreed": the parser may make the three siblings
    while k > 0 and _title_word(doc[k - 1]):  # the sentence splitter may break after a quote
        k -= 1
    while k < lo and doc[k].lower_ in TITLE_LINKS:
        k += 1
    name = next((i for i in range(lo, len(doc)) if doc[i].ent_type_ == "PERSON"), lo)
    opens = k == 0 or doc[k].is_sent_start or doc[k - 1].text == "," or doc[k - 1].is_quote
    if k == lo or not opens or not any(t.lower_ in lex.role_nouns for t in doc[k:name]):
        return lo
    return k


def _lower_role(t: Token, lex: Lexicon) -> bool:
    return t.text.islower() and t.lower_ in lex.role_nouns


def _title_word(t: Token) -> bool:
    """A word of a capitalised title: capitalised and no date, a small word linking its parts or
    the hyphen inside a word ("Indo-Pacific")."""
    if t.lower_ in TITLE_LINKS or t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_:
        return True
    return t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in ("DATE", "TIME", "PERSON")


def _titled_from(doc, lo: int, lex: Lexicon) -> int:
    """ "JCS spokesperson Col. Ahn Do-yun said": the parser may end a sentence at the rank's
    point and leave the title outside the name's subtree; an abbreviated rank right before the
    name, after a role word, joins the role word and what it governs to the mention."""
    k = lo
    while k > 0 and _abbreviated_rank(doc[k - 1]):
        k -= 1
    if k == lo or k == 0 or doc[k - 1].lower_ not in lex.role_nouns:
        return lo
    return max(doc[k - 1].left_edge.i, doc[k - 1].sent.start)


def _abbreviated_rank(t: Token) -> bool:
    """ "Col.", "Lt.", "Rep.": a short capitalised word ending in a point."""
    return t.text.endswith(".") and 2 < len(t.text) <= 5 and t.text[:1].isupper() and t.text[1:-1].islower()


def in_passing(ent: Span) -> bool:
    """A person named inside another person's description, not in their own right: "Kim Yo-jong,
    the sister of leader Kim Jong-un", "Kim Jong-un's sister Kim Yo-jong" name Kim Jong-un in
    passing. Up the parse from the name, through a possessive or prepositional link, to a word of
    another PERSON name."""
    others = [e for e in ent.doc.ents if e.label_ == "PERSON" and e != ent]
    t, owned = ent.root, False
    while t.head.i != t.i:
        owned = owned or t.dep_ in OWNED
        t = t.head
        if owned and any(e.start <= t.i < e.end for e in others):
            return True
    return False
