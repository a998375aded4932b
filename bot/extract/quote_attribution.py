"""Which speaker each quote of a paragraph belongs to, and which consecutive quotes make one
statement (part of `article_run.ArticleRun`).

A quote goes to the cue that governs it in the parse, else the cue in its sentence or right after
it ("“…” Jung said."), else the paragraph's carried speaker; a paragraph that is all quote continues
the previous speaker. Consecutive quotes of one speaker join when they take the same stance or none.
"""

from __future__ import annotations

from functools import partial

from bot.extract import cues as C
from bot.extract.clause_subjects import agentive, clause_of
from bot.extract.doc_cache import sentence_bounds, tokens_between
from bot.extract.names import text_of
from bot.extract.paragraph_state import Para, Said, narrated
from bot.extract.quote_runs import ATTRIBUTION_GAP, runs
from bot.extract.quotes import Quote, content_of, looks_like_name, looks_like_sentence
from bot.extract.structure import bare_attribution

CONTINUED_CONFIDENCE = 0.7  # a quote that goes on a speaker named before it


class QuoteAttribution:
    """Quotes to speakers; uses the run's state (article, lexicon, contexts, coder, last speaker)."""

    def _quotes(self, p: Para, quotes: list[Quote], cues: list[C.Cue], carried: Said | None) -> None:
        attributed = self._attribute_quotes(p, quotes, cues, carried)
        for group in runs(attributed, partial(self._same_point, p), partial(self._bare_between, p)):
            first, said, kind = group[0]
            span = (content_of(self.article.text, first)[0], content_of(self.article.text, group[-1][0])[1])
            conf = CONTINUED_CONFIDENCE if said.cue is None else None
            self._emit(kind, span, said, conf=conf)

    def _same_point(self, p: Para, a: tuple[Quote, Said, str], b: tuple[Quote, Said, str]) -> bool:
        """Two quotes that take the same stance, or none, make one point; a quote that takes a
        stance of its own stands on its own, and so gets its own stance."""
        return self._stance_alone(p, *a[:2]) == self._stance_alone(p, *b[:2])

    def _bare_between(self, p: Para, a: tuple[Quote, Said, str], b: tuple[Quote, Said, str]) -> bool:
        """Two quotes broken only by a bare attribution ("“A,” the official said. “B.”")."""
        between = tokens_between(p.doc, a[0].end - p.base, b[0].open_at - p.base)
        return bare_attribution(between, self.lex.speech_verbs)

    def _stance_alone(self, p: Para, q: Quote, said: Said) -> tuple[str | None, str | None]:
        key = (q.start, q.end, said.entity.id)
        if key not in self._alone:  # a quote is compared with the one before it and the one after
            self._alone[key] = self._code_alone(p, q, said)
        return self._alone[key]

    def _code_alone(self, p: Para, q: Quote, said: Said) -> tuple[str | None, str | None]:
        ent = said.entity
        own = self._names(ent.org if ent.kind in ("person", "group") else ent.id)
        topic = partial(self.contexts.topic, p.n, said.mention, (q.start, q.end), ent.id, own)
        found = self.x.coder.code(
            self.article.text[q.start : q.end],
            None,
            self._parsed(q.start, q.end),
            own,
            topic,
            self.discourse.home,
        )
        return found.concept, found.agreement

    def _attribute_quotes(
        self, p: Para, quotes: list[Quote], cues: list[C.Cue], carried: Said | None
    ) -> list[tuple[Quote, Said, str]]:
        n = p.n
        speech = [c for c in cues if c.kind in ("speech", "according", "position")]
        out: list[tuple[Quote, Said, str]] = []
        for i, q in enumerate(quotes):
            if self._is_label(q):
                continue
            cue = self._colon_cue(q, p) or self._cue_for(q, p, speech)  # "Ko was blunt: “…”"
            said = self._said(p, cue) if cue else None
            if said is None and i == 0 and carried is not None:
                said = Said(carried.entity, carried.mention, None, carried.said_on, n)
            if said is None and out and q.open_at - out[-1][0].end <= ATTRIBUTION_GAP:
                prev = out[-1][1]
                said = Said(prev.entity, prev.mention, None, prev.said_on, n)
            direct = self._is_direct(q, p)
            if said is None and speech and direct:  # a scare quote in narration is nobody's
                said = self._said(p, min(speech, key=lambda c: abs(p.at(c.token) - q.start)))
            if said is None and not narrated(p):  # read only when needed: it walks the paragraph
                said = self._continued(n)
            if said is None and direct:
                said = self._subject_before(q, p)
            if said is None:
                continue
            if not direct and looks_like_name(self.article.text[q.start : q.end]):
                continue
            if self._questioner_asking(q, said):
                continue
            out.append((q, said, "direct" if direct else "partial"))
        return out

    def _questioner_asking(self, q: Quote, said: Said) -> bool:
        """ "“Will the talks resume?” a reporter asked", "One attendee asked, “…?”": a question an
        unnamed questioner puts in quotes (lexicon questioner_nouns) states nothing; a named
        person's or an official's ("“Who will pay for that?” the senator asked") is their point."""
        ent = said.entity
        asking = said.cue is not None and said.cue.lower().startswith("ask")
        question = self.article.text[q.start : q.end].rstrip(" ,\"'”’").endswith("?")
        return asking and question and ent.anonymous and bool(ent.heads & self.lex.questioner_nouns)

    def _colon_cue(self, q: Quote, p: Para) -> C.Cue | None:
        """ "Pressed on the deterrent, Ko was blunt: “…”", "Ko put it bluntly in an interview:
        “…”": a clause saying how someone spoke, ending in a colon right before the quote,
        introduces it, as does one issuing a text ("The ministry issued the following statement:");
        its subject speaks, if someone acts there (not "The message was clear:")."""
        before = tokens_between(p.doc, 0, q.open_at - p.base)
        if len(before) < 2 or before[-1].text != ":":
            return None
        colon, verb = before[-1], before[-2]
        while verb.head.i < colon.i and verb.head.i != verb.i:  # the top of the clause before it
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        manner = verb.lemma_ == "be" and any(_how(c) for c in verb.children)  # "was blunt(er):"
        manner = manner or any(  # "put it bluntly in an interview with the Herald:", "went on:"
            c.dep_ in ("dobj", "prt") and f"{verb.lemma_.lower()} {c.lower_}" in self.lex.colon_phrases
            for c in verb.children
        )
        manner = manner or verb.lemma_.lower() in self.lex.colon_verbs  # "Min answered:"
        manner = manner or (  # "The ministry issued the following statement:", "released a note, which read:"
            verb.lemma_.lower() in self.lex.issuing_verbs
            and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.medium_nouns for c in verb.children)
        )
        if subject is None or not manner or not agentive(subject, self.lex):
            return None  # not "The party put pressure on the minister: “…”"
        return C.Cue(verb, "speech", subject, None, verb.text)

    def _continued(self, n: int) -> Said | None:
        """A paragraph that is all quote: the previous speaker goes on (news convention), if the
        paragraph before spoke of nobody else ("The senior official nodded ... / “We are ...”")."""
        issued = self._issued_before(n)
        if issued is not None:
            return issued
        last = self.last
        if last is None or last.paragraph < n - 2:
            return None
        if last.paragraph == n - 2:
            between = self.discourse.named_in.get(self.article.paragraphs[n - 1][0], set())
            if between != {last.entity.id}:
                return None
        return Said(last.entity, last.mention, None, last.said_on, n)

    def _subject_before(self, q: Quote, p: Para) -> Said | None:
        """ "She did, however, back food aid. “Food is a different matter.”": a quoted sentence
        standing alone right after a sentence about a person is that person's (news convention),
        as is a paragraph all quote after one ending by telling the person's mood ("X was unmoved
        by the row. / “…”", "X remained defiant."; not an act: "X waved to the crowd.")."""
        inside = tokens_between(p.doc, q.start - p.base, q.end - p.base)
        if not inside:
            return None
        first, end = sentence_bounds(inside[0])
        if any(p.outside(t) and not (t.is_punct or t.is_space) for t in p.doc[first:end]):
            return None  # the quote's sentence has words of its own: not standing alone
        if first > 0:
            doc, base = p.doc, p.base
        elif p.n > 0 and not narrated(p):
            doc, base = self.docs[p.n - 1], self.article.paragraphs[p.n - 1][0]
        else:
            return None
        if len(doc) == 0:
            return None
        root = doc[sentence_bounds(doc[first - 1 if first > 0 else len(doc) - 1])[0]].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or root.lemma_.lower() in self.lex.speech_verbs or '"' in root.sent.text:
            return None
        if first == 0 and not any(c.dep_ in ("auxpass", "acomp") for c in root.children):
            return None  # across paragraphs only after the person's mood ("was unmoved"), not an act
        entity = self.discourse.resolved_at(base + subject.idx)
        if entity is None or entity.kind != "person":
            return None
        mention = (base + subject.left_edge.idx, base + subject.idx + len(subject))
        return Said(entity, mention, None, self.dates.in_force(entity), p.n)

    def _issued_before(self, n: int) -> Said | None:
        """ "X read a statement." / "“…”": a paragraph all quote after one that ends by someone
        issuing or reading a statement is that statement (news convention for a text quoted whole)."""
        issued = self.discourse.issued
        if n == 0 or issued is None:
            return None
        start, end = self.article.paragraphs[n - 1]
        if not start <= issued[0] < end or (self.last is not None and self.last.paragraph == n - 1):
            return None
        return Said(issued[1], self.discourse.issued_mention, None, self.dates.in_force(issued[1]), n)

    def _is_label(self, q: Quote) -> bool:
        text = self.article.text
        start = max(self.article.paragraphs[q.paragraph][0], q.open_at - 30)  # not the line before
        before = text[start : q.open_at].lower().replace("’", "'").split()[-3:]
        inner = text[q.start : q.end]
        for word in before:
            w = word.strip(",.:;")
            if w in self.lex.label_cues and (w not in ("called", "known") or looks_like_name(inner)):
                return True
        return False

    def _is_direct(self, q: Quote, p: Para) -> bool:
        """A quoted sentence standing on its own, not a fragment woven into narration."""
        if not looks_like_sentence(self.article.text, q):
            return False
        para_start = self.article.paragraphs[q.paragraph][0]
        before = self.article.text[para_start : q.open_at].rstrip()
        return not before or before[-1] in ':,.—–-(?!"”' or self._starts_sentence(q, p)

    @staticmethod
    def _starts_sentence(q: Quote, p: Para) -> bool:
        after = tokens_between(p.doc, q.start - p.base, len(text_of(p.doc)))
        return len(after) > 0 and sentence_bounds(after[0])[0] >= after.start - 1

    def _cue_for(self, q: Quote, p: Para, cues: list[C.Cue]) -> C.Cue | None:
        inside = tokens_between(p.doc, q.start - p.base, q.end - p.base)
        if not inside or not cues:
            return None
        by_token = {c.token.i: c for c in cues}
        t = inside[0]
        while t.head.i != t.i:  # the cue that governs the quote, walking up the parse
            t = t.head
            if t.i in by_token and not (q.start <= p.at(t) < q.end):
                return by_token[t.i]
        sents = {sentence_bounds(inside[0])[0], sentence_bounds(inside[-1])[0]}
        near = [c for c in cues if sentence_bounds(c.token)[0] in sents]
        after = self._next_sentence_cue(q, p, cues)
        pool = near or ([after] if after else [])
        return min(pool, key=lambda c: abs(p.at(c.token) - q.end)) if pool else None

    def _next_sentence_cue(self, q: Quote, p: Para, cues: list[C.Cue]) -> C.Cue | None:
        """`“…” Jung said.` parsed as two sentences: a bare cue right after the quote."""
        for c in cues:
            gap = self.article.text[q.end : p.at(c.speaker.left_edge)]
            if 0 <= p.at(c.token) - q.end <= 80 and not gap.strip(" ,.”\"’'") and clause_of(c.token) is None:
                return c
        return None


def _how(c) -> bool:
    """ "was blunt:", "was blunter:" (the parser takes a comparative for a noun): a bare word for
    how someone spoke, not "was a warning:"."""
    return c.dep_ == "acomp" or c.dep_ == "attr" and not any(d.dep_ == "det" for d in c.children)
