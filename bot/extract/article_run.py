"""One article's extraction: paragraphs in order, keeping who spoke last.

Attribution order per paragraph: quotes first (the cue that governs each quote, else the cue
beside it, else the paragraph's speaker; a paragraph that is all quote continues the previous
speaker), then reported speech (a cue's clause that is not itself a quote), then positions
(acts with their complements, "X's calls to ..."). Quoted names and labels ("a committee,
tentatively titled the "…"") are nobody's statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.articles import Article
from bot.extract import cues as C
from bot.extract.quotes import Quote, content_of, find_quotes, looks_like_name, looks_like_sentence
from bot.extract.speakers import Discourse, Entity, mention_tokens
from bot.extract.when_said import explicit_when, past_event
from bot.model import Extraction, Speaker, Statement

CONFIDENCE = {"direct": 0.9, "partial": 0.8, "reported": 0.75, "position": 0.6, "continued": 0.7}
QUOTE_COVERS = 0.85  # a clause this much quoted is the quote itself
PLAIN_SAYING = {"say", "tell", "add", "write", "post", "tweet"}  # their objects are addressees or media
SPEAKER_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}):\s+(\S.*)$", re.S)
HEADLINE = 160  # a first line this short without a full stop is a headline
RUN_LENGTH = 300  # a longer run stays separate quotes: each reads on its own
ATTRIBUTION_GAP = 200  # characters between two quotes that can only be their attribution


@dataclass
class Said:
    """A speaker as attributed at one place: the entity, its mention and when it was said."""

    entity: Entity
    mention: tuple[int, int]
    cue: str | None
    said_on: tuple[str, str] | None
    paragraph: int


class ArticleRun:
    def __init__(self, extractor, article: Article):
        self.x, self.article = extractor, article
        self.lex = extractor.lexicon
        self.discourse = Discourse(extractor.index, extractor.lexicon)
        self.quotes = find_quotes(article.text, article.paragraphs)
        self.statements: dict[tuple[int, int], Statement] = {}
        self.last: Said | None = None
        self.default_when = (article.published.isoformat(), "day") if article.published else None
        self.dated: dict[str, tuple] = {}  # speaker id -> (date, sentence, paragraph) last given
        self.last_date: tuple[str, str] | None = None  # the last date a saying was given
        self.paragraph = 0

    # --- driver -------------------------------------------------------------------------------
    def run(self, docs: list[Doc]) -> Extraction:
        self.docs = docs  # the stance coder reads a statement's own parse
        carried: Said | None = None
        for n, doc in enumerate(docs):
            if n == 0 and _is_headline(self.article.paragraph_text(0)):
                self._labelled(n, doc)  # "Poll: ..." still says who; the rest of a headline repeats the story
                continue
            carried = self._paragraph(n, doc, carried)
        ordered = sorted(self.statements.values(), key=self._order)
        return Extraction(tuple(ordered), tuple(self.discourse.discovered.values()))

    def _order(self, st: Statement):
        inside = sum(
            1 for o in self.statements.values() if o is not st and o.start <= st.start and st.end <= o.end
        )
        return (st.paragraph, -inside, st.start, st.end)

    def _paragraph(self, n: int, doc: Doc, carried: Said | None) -> Said | None:
        base = self.article.paragraphs[n][0]
        self.paragraph = n
        quotes = [q for q in self.quotes if q.paragraph == n]
        outside = self._outside(quotes, base)
        self.discourse.base = base
        for ent in doc.ents:
            if ent.label_ == "PERSON" and outside(ent.root):
                self.discourse.note_person(ent, mention_tokens(ent.root))
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and outside(t):
                self.discourse.note_subject(t)
                self._note_occasion(t)
        self._labelled(n, doc)
        cues = C.find_cues(doc, self.lex, outside)
        consumed: set[Quote] = set()
        for cue in cues:
            self._clause(n, doc, base, cue, quotes, consumed)
        self._quotes(n, doc, base, [q for q in quotes if q not in consumed], cues, outside, carried)
        return self._carry(quotes)

    def _labelled(self, n: int, doc: Doc) -> None:
        """ "TAPPER: Do you think ...?", "Poll: Trump leads": a name and a colon open the paragraph."""
        m = SPEAKER_LABEL.match(doc.text)
        if m is None or m.group(1).lower() in self.lex.not_speaker_labels:
            return
        name = doc.char_span(0, m.end(1), alignment_mode="contract")
        if name is None or len(name) == 0:
            return
        base = self.article.paragraphs[n][0]
        self.discourse.base = base
        entity = self.discourse.resolve_label(name)
        if entity is not None:
            said = Said(entity, (base, base + m.end(1)), ":", self.default_when, n)
            self._emit("direct", (base + m.start(2), base + len(doc.text.rstrip())), n, said)

    def _outside(self, quotes: list[Quote], base: int):
        spans = [(q.outer[0] - base, q.outer[1] - base) for q in quotes]
        if not spans:
            return lambda t: True
        doc_len = max(e for _, e in spans)
        quoted = bytearray(doc_len)
        for s, e in spans:
            quoted[max(s, 0) : e] = b"\x01" * (e - max(s, 0))

        def outside(t: Token) -> bool:
            return t.idx >= doc_len or not quoted[t.idx]

        return outside

    def _carry(self, quotes: list[Quote]) -> Said | None:
        return self.last if quotes and quotes[-1].continues else None

    # --- speakers -----------------------------------------------------------------------------
    def _said(self, n: int, base: int, cue: C.Cue) -> Said | None:
        mention = mention_tokens(cue.speaker)
        if not any(t.text[:1].isalnum() for t in mention):
            return None  # punctuation or invisible characters are nobody
        entity = self.discourse.resolve(cue.speaker, mention)
        if entity is None:
            return None
        span = (base + mention[0].idx, base + mention[-1].idx + len(mention[-1]))
        when = self._when(cue, entity)
        for prep in (c for c in cue.token.children if c.dep_ == "prep"):
            for doc_noun in (g for g in prep.children if g.lemma_.lower() in self.lex.medium_nouns):
                self.discourse.documents[doc_noun.lemma_.lower()] = (
                    entity  # "in a statement": "the statement added"
                )
        return Said(entity, span, cue.text, when, n)

    def _note_occasion(self, subject: Token) -> None:
        """ "Kim, speaking at a separate event on Tuesday, struck a similar note": the day this
        speaker spoke, for the quote that follows without a date of its own."""
        entity = self.discourse.resolved(subject)
        if entity is None or self.article.published is None:
            return
        for c in subject.children:
            if (
                c.dep_ in ("acl", "advcl")
                and c.tag_ == "VBG"
                and c.lemma_.lower() in self.lex.speech_verbs | {"speak"}
            ):
                found = explicit_when(c, self.article.published, self.lex.event_nouns, act=False)
                if found:
                    self.dated[entity.id] = (found, c.sent.start, self.paragraph)

    def _when(self, cue: C.Cue, entity: Entity) -> tuple[str, str] | None:
        """The cue's own date; else the date this speaker was last given in this or the previous
        paragraph ("Kim, speaking ... on Tuesday, struck a similar note. “…,” Kim said"); else,
        for an act with its own year, that year; else the article's date."""
        published = self.article.published
        if published is None:
            return None
        act = cue.kind in ("position", "noun", "adjective")
        found = explicit_when(cue.token, published, self.lex.event_nouns, act)
        if found:
            self.dated[entity.id] = (found, cue.token.sent.start, self.paragraph)
            self.last_date = found
            return found
        if self.last_date and _same_day(cue.token):  # "X pushed back the same day. ... X said"
            return self.last_date
        carried = self.dated.get(entity.id)
        if carried and self.paragraph - carried[2] <= 1:
            return carried[0]
        return (past_event(cue.token, published) if act else None) or self.default_when

    # --- statements ---------------------------------------------------------------------------
    def _emit(self, kind: str, span: tuple[int, int], n: int, said: Said, polarity=None, conf=None) -> None:
        s, e = span
        if e <= s or (s, e) in self.statements:
            return
        text = self.article.text[s:e]
        ent = said.entity
        actor = ent.org if ent.kind in ("person", "group") else ent.id
        stance = self.x.coder.code(text, polarity, self._parsed(n, s, e))
        when = said.said_on or self.default_when
        speaker = Speaker(
            ent.id, ent.name, self.article.text[said.mention[0] : said.mention[1]], said.mention[0],
            said.mention[1], ent.anonymous, ent.role, ent.kind,
        )  # fmt: skip
        self.statements[(s, e)] = Statement(
            kind, text, s, e, n, said.cue, speaker, actor, when[0] if when else None,
            when[1] if when else None, stance.concept, stance.agreement, stance.cue,
            self._about(s, e, ent, actor), conf or CONFIDENCE[kind],
        )  # fmt: skip
        self.last = said

    def _parsed(self, n: int, s: int, e: int):
        """The statement's words in its paragraph's parse (None when it runs past the paragraph)."""
        base = self.article.paragraphs[n][0]
        return self.docs[n].char_span(s - base, e - base, alignment_mode="expand")

    def _about(self, s: int, e: int, ent: Entity, actor: str | None) -> tuple[str, ...]:
        own = self.x.index.lineage(ent.id) | self.x.index.lineage(actor) | {ent.id}
        found = [h.slug for h in self.x.index.find_names(self.article.text, s, e)]
        return tuple(dict.fromkeys(slug for slug in found if slug not in own))

    # --- quotes -------------------------------------------------------------------------------
    def _quotes(self, n, doc, base, quotes, cues, outside, carried: Said | None) -> None:
        attributed = self._attribute_quotes(n, doc, base, quotes, cues, outside, carried)
        for group in _runs(attributed):
            first, said, kind = group[0]
            span = (content_of(self.article.text, first)[0], content_of(self.article.text, group[-1][0])[1])
            conf = CONFIDENCE["continued"] if said.cue is None else None
            self._emit(kind, span, n, said, conf=conf)

    def _attribute_quotes(
        self, n, doc, base, quotes, cues, outside, carried
    ) -> list[tuple[Quote, Said, str]]:
        speech = [c for c in cues if c.kind in ("speech", "according", "position")]
        narration = any(outside(t) and not (t.is_punct or t.is_space) for t in doc)
        out: list[tuple[Quote, Said, str]] = []
        for i, q in enumerate(quotes):
            if self._is_label(q):
                continue
            cue = self._cue_for(q, doc, base, speech)
            said = self._said(n, base, cue) if cue else None
            if said is None and i == 0 and carried is not None:
                said = Said(carried.entity, carried.mention, None, carried.said_on, n)
            if said is None and out and q.open_at - out[-1][0].end <= ATTRIBUTION_GAP:
                prev = out[-1][1]
                said = Said(prev.entity, prev.mention, None, prev.said_on, n)
            direct = self._is_direct(q, doc, base)
            if said is None and speech and direct:  # a scare quote in narration is nobody's
                said = self._said(n, base, min(speech, key=lambda c: abs(base + c.token.idx - q.start)))
            if said is None and not narration:
                said = self._continued(n)
            if said is None:
                continue
            if not direct and looks_like_name(self.article.text[q.start : q.end]):
                continue
            out.append((q, said, "direct" if direct else "partial"))
        return out

    def _continued(self, n: int) -> Said | None:
        """A paragraph that is all quote: the previous speaker goes on (news convention), if the
        paragraph before spoke of nobody else ("The senior official nodded ... / “We are ...”")."""
        last = self.last
        if last is None or last.paragraph < n - 2:
            return None
        if last.paragraph == n - 2:
            between = self.discourse.named_in.get(self.article.paragraphs[n - 1][0], set())
            if between != {last.entity.id}:
                return None
        return Said(last.entity, last.mention, None, last.said_on, n)

    def _is_label(self, q: Quote) -> bool:
        text = self.article.text
        before = text[max(0, q.open_at - 30) : q.open_at].lower().replace("’", "'").split()[-3:]
        inner = text[q.start : q.end]
        for word in before:
            w = word.strip(",.:;")
            if w in self.lex.label_cues and (w not in ("called", "known") or looks_like_name(inner)):
                return True
        return False

    def _is_direct(self, q: Quote, doc: Doc, base: int) -> bool:
        """A quoted sentence standing on its own, not a fragment woven into narration."""
        if not looks_like_sentence(self.article.text, q):
            return False
        para_start = self.article.paragraphs[q.paragraph][0]
        before = self.article.text[para_start : q.open_at].rstrip()
        return not before or before[-1] in ':,.—–-(?!"”' or self._starts_sentence(q, doc, base)

    @staticmethod
    def _starts_sentence(q: Quote, doc: Doc, base: int) -> bool:
        tok = next((t for t in doc if base + t.idx >= q.start), None)
        return tok is not None and tok.sent.start >= tok.i - 1

    def _cue_for(self, q: Quote, doc: Doc, base: int, cues: list[C.Cue]) -> C.Cue | None:
        inside = [t for t in doc if q.start <= base + t.idx < q.end]
        if not inside or not cues:
            return None
        by_token = {c.token.i: c for c in cues}
        t = inside[0]
        while t.head.i != t.i:  # the cue that governs the quote, walking up the parse
            t = t.head
            if t.i in by_token and not (q.start <= base + t.idx < q.end):
                return by_token[t.i]
        sents = {inside[0].sent.start, inside[-1].sent.start}
        near = [c for c in cues if c.token.sent.start in sents]
        after = self._next_sentence_cue(q, doc, base, cues)
        pool = near or ([after] if after else [])
        return min(pool, key=lambda c: abs(base + c.token.idx - q.end)) if pool else None

    def _next_sentence_cue(self, q: Quote, doc: Doc, base: int, cues: list[C.Cue]) -> C.Cue | None:
        """`“…” Jung said.` parsed as two sentences: a bare cue right after the quote."""
        for c in cues:
            gap = self.article.text[q.end : base + c.speaker.left_edge.idx]
            if (
                0 <= base + c.token.idx - q.end <= 80
                and not gap.strip(" ,.”\"’'")
                and C.clause_of(c.token) is None
            ):
                return c
        return None

    # --- reported speech and positions ----------------------------------------------------------
    def _clause(self, n: int, doc: Doc, base: int, cue: C.Cue, quotes: list[Quote], consumed: set) -> None:
        """Reported speech or an act. A clause with quotes woven in is one mixed (partial)
        statement, as PolNeAR annotates it; a clause that is nothing but a quote is left to
        the quote it is."""
        span, kind = self._content_of(cue)
        if span is None:
            return
        s, e = base + span[0], base + span[1]
        speaker_at = base + cue.speaker.left_edge.idx
        clause = C.clause_of(cue.token)
        quoted_clause = clause is not None and any(q.start <= base + clause.idx < q.end for q in quotes)
        if quoted_clause and s < speaker_at < e:  # a misparse hangs the speaker inside the quote's clause
            e = s + len(self.article.text[s:speaker_at].rstrip(" ,\"'”’\n"))
        inside = [q for q in quotes if q.start < e and s < q.end]
        quoted = sum(min(e, q.end) - max(s, q.start) for q in inside)
        if quoted >= QUOTE_COVERS * (e - s):
            return
        said = self._said(n, base, cue)
        if said is None:
            return
        if inside:
            s, e = min(s, min(q.start for q in inside)), max(e, max(q.end for q in inside))
            kind = "partial" if kind == "reported" else kind
            consumed.update(inside)
        self._emit(kind, (s, e), n, said, polarity=cue.polarity if kind == "position" else None)

    def _content_of(self, cue: C.Cue) -> tuple[tuple[int, int] | None, str]:
        t = cue.token
        if cue.kind == "according":
            return _without(t.sent, t), "reported"
        if cue.kind == "noun":
            return C.noun_span(t, self.lex.medium_nouns), "position"
        if cue.kind == "adjective":
            return C.adjective_span(t), "position"
        clause = C.clause_of(t)
        if cue.kind == "speech":
            if clause is not None:
                return C.clause_span(clause), "reported"
            if t.dep_ == "parataxis" or (t.dep_ == "ROOT" and t.lemma_.lower() in ("say", "tell", "add")):
                return C.parenthetical_span(t), "reported"
            if t.lemma_.lower() in self.lex.clause_only_verbs or t.lemma_.lower() in PLAIN_SAYING:
                return None, "reported"
            return C.complement_span(t, self.lex.medium_nouns), "reported"
        return C.complement_span(t), "position"


SAME_DAY = re.compile(r"\b(?:the same day|that same day|later that day|that day)\b", re.I)


def _same_day(cue: Token) -> bool:
    """ "the same day" in the cue's sentence or the one before it in the paragraph."""
    sent = cue.sent
    before = cue.doc[sent.start - 1].sent if sent.start > 0 else None
    return any(s is not None and SAME_DAY.search(s.text) for s in (sent, before))


def _is_headline(text: str) -> bool:
    return "\n" not in text and len(text) < HEADLINE and text.rstrip()[-1:] not in ".!?\"”’'"


def _runs(attributed: list[tuple[Quote, Said, str]]) -> list[list[tuple[Quote, Said, str]]]:
    """Consecutive quotes of one speaker in a paragraph ("“A,” she said. “B.”") read as one
    statement, the way PolNeAR annotates them."""
    runs: list[list[tuple[Quote, Said, str]]] = []
    for item in attributed:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last[1].entity.id == item[1].entity.id
            and item[0].open_at - last[0].end <= ATTRIBUTION_GAP
            and item[0].end - runs[-1][0][0].start <= RUN_LENGTH
        ):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _without(sent, according: Token) -> tuple[int, int] | None:
    """A sentence's characters minus its "according to X" phrase."""
    lo, hi = according.left_edge.i, according.right_edge.i
    doc = sent.doc
    if lo - sent.start >= sent.end - 1 - hi:
        return C.trimmed(doc, sent.start, lo - 1)
    return C.trimmed(doc, hi + 1, sent.end - 1)
