"""A cue's clause as a statement, and who a cue says spoke (part of `article_run.ArticleRun`).

Reported speech ("said that ...") and positions (acts with their complements, "X's calls to ...")
come from a cue's clause; a clause that is nothing but a quote is left to the quote it is
(quote_attribution.py, which gives quotes their speakers by `_said` too).
"""

from __future__ import annotations

from bot.extract import cues as C
from bot.extract.clause_subjects import clause_of
from bot.extract.cue_content import cue_content
from bot.extract.mentions import mention_tokens
from bot.extract.paragraph_state import Para, Said, of_records
from bot.extract.quotes import Quote, colon_elaboration, woven_on
from bot.extract.reports_within import reported_within
from bot.extract.written import written_span

QUOTE_COVERS = 0.85  # a clause this much quoted is the quote itself


class ReportedClauses:
    """Cues' clauses to statements; uses the run's state (article, lexicon, discourse, dates)."""

    def _said(self, p: Para, cue: C.Cue) -> Said | None:
        mention = mention_tokens(cue.speaker, self.lex)
        if not any(t.text[:1].isalnum() for t in mention):
            return None  # punctuation or invisible characters are nobody
        records = of_records(cue.speaker, self.lex)
        entity = self.discourse.resolve(
            cue.speaker, mention, salient=not (records or reported_within(cue.token, self.lex))
        )
        if entity is None:
            return None
        self.discourse.place_by_scene(entity, cue.token, mention)
        lo, hi = written_span(cue.token, cue.speaker, mention, self.lex.speech_verbs)
        span = (p.at(lo), p.at(hi) + len(hi))
        when = self._when(p, cue, entity)
        for prep in (c for c in cue.token.children if c.dep_ == "prep"):
            for doc_noun in (g for g in prep.children if g.lemma_.lower() in self.lex.medium_nouns):
                self.discourse.documents[doc_noun.lemma_.lower()] = (
                    entity  # "in a statement": "the statement added"
                )
        return Said(entity, span, cue.text, when, p.n)

    def _clause(self, p: Para, cue: C.Cue, consumed: set[Quote], found=None) -> None:
        """Reported speech or an act. A clause with quotes woven in is one mixed (partial)
        statement, as PolNeAR annotates it; a clause that is nothing but a quote is left to
        the quote it is."""
        if C.saying_idiom(cue.token, self.lex):
            return  # "put it bluntly: “…”": the quote is all it says
        span, kind = found or cue_content(cue, self.lex)
        if span is None:
            return
        s, e = p.base + span[0], p.base + span[1]
        speaker_at = p.at(cue.speaker.left_edge)
        clause = clause_of(cue.token)
        quoted_clause = clause is not None and any(q.start <= p.at(clause) < q.end for q in p.quotes)
        closing = (
            p.at(cue.token) >= e
        )  # "…, one of the sources said": the parser hung the speaker on the report
        if (
            quoted_clause or closing
        ) and s < speaker_at < e:  # a misparse hangs the speaker inside the clause
            e = s + len(self.article.text[s:speaker_at].rstrip(" ,\"'”’\n"))
        e = colon_elaboration(self.article.text, e, self.article.paragraphs[p.n][1])
        woven = woven_on(self.article.text, e, p.quotes, self.lex.quote_joiners)
        e = woven.end if woven is not None and woven not in consumed else e
        inside = [q for q in p.quotes if q.start < e and s < q.end]
        quoted = sum(min(e, q.end) - max(s, q.start) for q in inside)
        if quoted >= QUOTE_COVERS * (e - s) or not inside and _pronoun_only(p.doc, s - p.base, e - p.base):
            return  # a quote is the statement; "…, which she said “…”": "which" alone says nothing
        said = self._said(p, cue)
        if said is None:
            return
        if inside:
            s, e = min(s, min(q.start for q in inside)), max(e, max(q.end for q in inside))
            kind = "partial" if kind == "reported" else kind
            consumed.update(inside)
        polarity = cue.polarity if kind == "position" else None
        self._emit(kind, (s, e), said, polarity, part=cue.report is not None)


def _pronoun_only(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if not t.is_punct]
    return bool(words) and all(t.pos_ in ("PRON", "DET") for t in words)
