"""One article's extraction: paragraphs in order, keeping who spoke last.

Attribution order per paragraph: quotes first (the cue that governs each quote, else the cue
beside it, else the paragraph's speaker; a paragraph that is all quote continues the previous
speaker; quote_attribution.py), then reported speech (a cue's clause that is not itself a quote),
then positions (acts with their complements, "X's calls to ..."; both reported_clauses.py).
Quoted names and labels ("a committee, tentatively titled the "…"") are nobody's statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Token

from bot.articles import Article
from bot.extract import cues as C
from bot.extract.about import described_bodies
from bot.extract.context import sentence_around
from bot.extract.cue_content import further_that_clauses
from bot.extract.discourse_entity import Entity
from bot.extract.doc_cache import entities, tokens_with
from bot.extract.event_dates import EventDates
from bot.extract.interviews import InterviewDay, asking_labels, headline_interviewee, interview_turn
from bot.extract.lead_identity import lead_identities
from bot.extract.mentions import introducing_mention, mention_tokens
from bot.extract.paragraph_state import Para, Said, cited_sources, of_records, perspective_holders
from bot.extract.quote_attribution import QuoteAttribution
from bot.extract.quotes import Quote, find_quotes
from bot.extract.reported_clauses import ReportedClauses
from bot.extract.reports_within import adds_nothing, carried_whole, reported_cue
from bot.extract.saying_days import SayingDays
from bot.extract.speakers import Discourse
from bot.extract.stance_contexts import Contexts
from bot.extract.stance_shortened import EARLIER
from bot.extract.structure import (
    dateline_end,
    is_first_line_headline,
    is_headline,
    is_quoted_question_headline,
)
from bot.extract.transcripts import labelled_speaker, newsroom_line, speaker_label
from bot.model import Extraction, Speaker, Statement

CONFIDENCE = {"direct": 0.9, "partial": 0.8, "reported": 0.75, "position": 0.6}  # by kind


class ArticleRun(QuoteAttribution, ReportedClauses, SayingDays):
    def __init__(self, extractor, article: Article):
        self.x, self.article = extractor, article
        self.lex = extractor.lexicon
        self.discourse = Discourse(extractor.index, extractor.lexicon)
        self.quotes = find_quotes(article.text, article.paragraphs)
        self._quotes_in: dict[int, list[Quote]] = {}  # by paragraph, in text order
        for q in self.quotes:
            self._quotes_in.setdefault(q.paragraph, []).append(q)
        self.statements: dict[tuple[int, int], Statement] = {}
        self.last: Said | None = None
        self.dates = EventDates(article.published, self.lex)
        self.interview = InterviewDay(self.lex)
        self.asking = asking_labels(article.paragraph_text(n) for n in range(len(article.paragraphs)))
        self._alone: dict[tuple[int, int, str], tuple[str | None, str | None]] = {}
        self.caption: Said | None = None  # a caption alone: its words are the next paragraph
        self.untold: set[tuple[int, int]] = set()  # statements given the lead's day before it was told
        self.coded: dict[tuple[int, int], tuple] = {}  # a statement's stance inputs, its actor then

    # --- driver -------------------------------------------------------------------------------
    def run(self, docs: list[Doc]) -> Extraction:
        self.docs = docs  # the stance coder reads a statement's own parse
        headline = bool(self.article.paragraphs) and (
            is_first_line_headline(self.article.paragraph_text(0)) or is_quoted_question_headline(docs[0])
        )
        quoted = [(q.start, q.end) for q in self.quotes]
        self.contexts = Contexts(self.x.coder, self.article.paragraphs, docs, headline, quoted)
        carried: Said | None = None
        lead = self._lead_index(int(headline))
        self.headed = (headline, lead)
        self.discourse.note_story_words(self.article.text)
        for n, doc in enumerate(docs):
            doc.user_data[EARLIER] = self.article.text[: self.article.paragraphs[n][0]]  # stance_shortened.py
            if n == 0 and headline:
                self.discourse.note_headline(self.article.paragraph_text(0))
                continue  # "Minister: talks must resume" is the story's summary, nobody's statement
            if n == lead:  # the lead: a national agency's dateline sets the story's home
                self.discourse.note_dateline(self.article.paragraph_text(n))
                self.discourse.note_opening(self.article.text[: self.article.paragraphs[n][1]])
            carried = self._paragraph(self._para(n, doc), carried)
        named = lead_identities(
            self.discourse.entities, self.article.paragraphs, lead, self.article.text,
            self.lex.anonymity_words, self.x.index.lineage,
            self.x.names.role_kin if self.x.names else None, self._state_post_of_party,
            self.x.names.former_words if self.x.names else frozenset(), self.lex.person_nouns,
            self.lex.kin_sexes,
        )  # fmt: skip
        pub = self.article.published
        placed = (
            self._recoded(
                self._represented(
                    self.interview.dated(
                        self._sharpened(self._placed_later(self._named_later(self._told(st), named))), pub
                    )
                )
            )
            for st in self.statements.values()
        )
        carriers = carried_whole(self.statements.values(), self.article.text, self._medium)
        ordered = sorted(
            (st for st in placed if (st.start, st.end, st.speaker.id) not in carriers), key=self._order
        )
        return Extraction(tuple(ordered), tuple(self.discourse.discovered.values()))

    def _state_post_of_party(self, words: set[str], org: str) -> bool:
        """A post only a state fills (data/names.toml `state_posts`) described, a party's member met."""
        actor = self.x.index.get(org) or self.discourse.discovered.get(org)
        posts = self.x.names.state_posts if self.x.names else frozenset()
        return actor is not None and actor.kind == "party" and bool(words & posts)

    def _medium(self, slug: str) -> bool:
        """A state medium or an outlet carrying others' words (reports_within.carried_whole); a
        group of them too ("state media reported"), not one unnamed person of one."""
        e = self.discourse.entities.get(slug)
        return (
            e is not None
            and (not e.anonymous or e.kind == "group")
            and (e.kind == "state-media" or bool(e.heads & self.lex.media_words))
        )

    def _named_later(self, st: Statement, named: dict) -> Statement:
        """The lead's unnamed speaker the story names next (lead_identity.py); the body the lead
        gave them is the named person's own words' too, when nothing placed the person ("a
        spokesperson for the X Ministry said ... “...,” spokesperson Y told a briefing")."""
        e = named.get(st.speaker.id)
        if e is None:
            lent = next((a for a, n in named.items() if n.id == st.speaker.id), None)
            org = self.discourse.entities[lent].org if lent and st.actor is None else None
            return replace(st, actor=org) if org else st
        speaker = replace(st.speaker, id=e.id, name=e.name, anonymous=False, role=e.role)
        return replace(st, speaker=speaker, actor=e.org or st.actor)

    def _recoded(self, st: Statement) -> Statement:
        """A speaker whose body the story tells only later ("“…,” Lee said" after "a ruling party
        lawmaker"): what the stance reads of the speaker's side ("we should build nuclear weapons"
        is Seoul's own bomb for a Seoul party's lawmaker) is read again with that body."""
        coded = self.coded.get((st.start, st.end))
        if coded is None or st.actor is None or st.actor == coded[-1]:
            return st
        text, polarity, parsed, said, _ = coded
        own = self._names(st.actor)
        topic = partial(
            self.contexts.topic, said.paragraph, said.mention, (st.start, st.end), said.entity.id, own
        )
        stance = self.x.coder.code(text, polarity, parsed, own, topic, self.discourse.home)
        return replace(st, concept=stance.concept, agreement=stance.agreement, stance_cue=stance.cue)

    def _told(self, st: Statement) -> Statement:
        """A saying given the publication day for want of the lead's: the day told later
        (told_days.py)."""
        day = self.dates.untold.redated(st.speaker.id) if (st.start, st.end) in self.untold else None
        return replace(st, said_on=day[0], said_on_precision=day[1]) if day else st

    def _represented(self, st: Statement) -> Statement:
        """A country's embassy, and its people, speak for its government (national_bodies.py)."""
        actor = self.discourse.represented(st.actor)
        return st if actor == st.actor else replace(st, actor=actor)

    def _placed_later(self, st: Statement) -> Statement:
        """A person placed only further on ("…,” said Hwang, a lawmaker of the Y Party; a
        spokesperson's briefing "in Beijing") spoke for that body in their earlier statements too."""
        ent = self.discourse.entities.get(st.speaker.id)
        if ent is None or ent.kind != "person" or not ent.org:
            return st
        if st.actor is None or st.actor == ent.unplaced:  # or a scene abroad placed them later
            return replace(st, actor=ent.org)
        return st

    def _sharpened(self, st: Statement) -> Statement:
        """A vague day ("earlier this month") the speaker's next saying made precise."""
        vague = (st.said_on, st.said_on_precision) if st.said_on else None
        sharp = self.dates.sharp(st.speaker.id, vague)
        return st if sharp == vague else replace(st, said_on=sharp[0], said_on_precision=sharp[1])

    def _order(self, st: Statement):
        own = s, e = st.start, st.end  # by span, not identity: st may be a placed copy of its statement
        inside = sum(1 for span in self.statements if span[0] <= s and e <= span[1] and span != own)
        return (st.paragraph, -inside, s, e)

    def _para(self, n: int, doc: Doc) -> Para:
        base = self.article.paragraphs[n][0]
        quotes = tuple(self._quotes_in.get(n, ()))
        return Para(n, doc, base, quotes, self._outside(quotes, base))

    def _paragraph(self, p: Para, carried: Said | None) -> Said | None:
        previous = self.article.paragraph_text(p.n - 1) if p.n else None
        turn = interview_turn(self.article.paragraph_text(p.n), previous, self.lex, self.asking)
        if turn is not None:  # interviews.py: a question is nobody's; an answer is the interviewee's
            self._answer(p, turn)
            return carried
        if newsroom_line(self.article.paragraph_text(p.n), self.lex):
            return carried  # "Read more: Seoul says talks are off": another story's headline
        self.discourse.previous_base, self.discourse.base = self.discourse.base, p.base
        self.discourse.bases.append(p.base)
        self._days(p)
        self.discourse.note_bodies(p.doc, p.outside)  # first: a person may be placed in one named before
        for ent in entities(p.doc, "PERSON"):
            if p.outside(ent.root):
                self.discourse.note_person(ent, introducing_mention(ent.root, self.lex))
        subjects = tokens_with(p.doc, dep=("nsubj", "nsubjpass"))
        agents = [c for by in tokens_with(p.doc, lower=("by",)) for c in by.children if c.dep_ == "pobj"]
        holders = perspective_holders(p.doc, p.outside, self.lex.perspective_prepositions)
        holders += cited_sources(p.doc, p.outside, self.lex)
        owners = [t for t in tokens_with(p.doc, dep=("poss",)) if t.left_edge.i == t.sent.start]
        for t in sorted(subjects + agents + holders + owners, key=lambda t: t.i):  # in text order
            if not p.outside(t):
                continue
            if t.dep_ == "poss":
                self.discourse.note_opening_owner(t)
                continue
            if any(t.i == h.i for h in holders):  # salient, as a subject, unless only its records are
                self.discourse.resolve(t, mention_tokens(t, self.lex), not of_records(t, self.lex))
                continue
            if t.dep_ != "pobj":
                self.discourse.note_subject(t)
                self.discourse.note_conjoined(t)
                self.discourse.note_post(t)  # "Ms X is a lawmaker of the Y Party" (led_posts.py)
                self._note_occasion(p, t)
            elif self.discourse.statement_by(t) is not None:  # "a statement by a spokesperson for X"
                self.discourse.resolve(t, mention_tokens(t, self.lex), not of_records(t, self.lex))
            else:
                continue
            self.discourse.note_issued(t)
        self._utterance_acts(p)
        cues = C.find_cues(p.doc, self.lex, p.outside)
        consumed, spoken = self._labelled(p, bool(cues))
        if spoken is not None:  # "KELLER: The day Washington says it accepts ...": all the label's
            cues = [c for c in cues if not spoken[0] <= p.at(c.token) < spoken[1]]
        cues = [reported_cue(c, self.lex, self.discourse, p.outside) for c in cues]
        for cue in cues:
            self._clause(p, cue, consumed)
            for second in further_that_clauses(cue) if cue.kind == "speech" else ():
                self._clause(p, cue, consumed, (second, "reported"))  # "said A, but that B"
        self._quotes(p, [q for q in p.quotes if q not in consumed], cues, carried)
        return self._carry(p.quotes)

    def _answer(self, p: Para, turn: tuple[str, int]) -> None:
        """ "A. Not scale back. Adjust.": the words after the label, said by the one the headline
        names and the lead is about, else by the one quoted last."""
        kind, start = turn
        answerer = self._headline_named(p.n) or self.last or self._talker(p.n)
        self.interview.turn(kind, answerer.entity.id if answerer else None)
        if kind == "answer":
            self.contexts.questions[p.n] = p.n - 1  # what "it" in the answer stands for (stance_topic.py)
        if kind == "answer" and answerer is not None:
            text = self.article.paragraph_text(p.n)
            said = replace(answerer, cue=text[:start].strip(), paragraph=p.n)
            self._emit("direct", (p.base + start, p.base + len(text.rstrip())), said)

    def _lead_index(self, first: int) -> int:
        """The lead is the first paragraph after the headline that is no heading line: a byline
        ("By Ann Lee") before "WASHINGTON, July 8 (Reuters) - ..." leaves the dateline the lead's, as
        does a kicker and a byline on two lines of one paragraph ("News Analysis" / "By Ann Lee")."""
        paragraphs = range(first, len(self.article.paragraphs))
        return next((n for n in paragraphs if not self._heading_lines(n)), first)

    def _heading_lines(self, n: int) -> bool:
        lines = [line for line in self.article.paragraph_text(n).splitlines() if line.strip()]
        return bool(lines) and all(is_headline(line) for line in lines)

    def _headline_named(self, n: int) -> Said | None:
        """The one the headline names and the lead is about answers (interviews.headline_interviewee)."""
        headline, lead = self.headed
        if not headline:
            return None
        base, text = self.article.paragraphs[lead][0], self.article.paragraph_text(0)
        found = headline_interviewee(text, self.docs[lead], base, self.discourse.entities.values())
        return Said(found[0], found[1], None, self.dates.in_force(found[0]), n) if found else None

    def _talker(self, n: int) -> Said | None:
        """With nobody quoted before the questions, the one the introduction tells talking to the
        paper ("Now a professor, he spoke with The Daily Star at his office") answers them."""
        talked = self.discourse.talked
        if talked is None:
            return None
        return Said(talked[0], talked[1], None, self.dates.in_force(talked[0]), n)

    def _days(self, p: Para) -> None:
        """A heading line (a byline, "MONDAY: THE OFFER") is no lead: a day in it heads a section."""
        if is_headline(self.article.paragraph_text(p.n)):
            if p.n > 0:
                self.dates.heading(self.article.paragraph_text(p.n))
            return
        self.dates.read_lead(p.doc, p.outside)
        self.dates.open_paragraph(p.n, p.doc, p.outside, self.article.paragraphs[p.n])
        self.interview.read(p.doc, p.outside, self._day_on)

    def _labelled(self, p: Para, cued: bool) -> tuple[set[Quote], tuple[int, int] | None]:
        """ "TAPPER: Do you think ...?", "[SOUNDBITE] Han Mi-rae, Defense Minister: "..."": a
        label opens the paragraph (transcripts.py); the words after it, or the quote they are, are
        the speaker's; after a caption alone, the next paragraph's, unless it says who speaks
        (`cued`: then the caption was a photo's). Returns the quotes so given, and the words."""
        text = self.article.paragraph_text(p.n)  # doc.text is rebuilt from the tokens on each use
        label = speaker_label(text, p.doc, self.lex)
        captioned, self.caption = self.caption, None
        entity = labelled_speaker(label, p.doc, self.discourse) if label else None
        if label is not None and entity is not None:
            said = Said(
                entity,
                (p.base + label.name[0], p.base + label.name[1]),
                ":",
                self.dates.in_force(entity),
                p.n,
            )
            if label.words is None:
                self.caption = said
                return set(), None
            start = label.words
            if p.n and interview_turn(self.article.paragraph_text(p.n - 1), None, self.lex, self.asking):
                self.interview.turn("answer", entity.id)  # "Keppler: I understand it." after a question
        elif captioned is not None and label is None and not cued:
            said, start = replace(captioned, paragraph=p.n), 0
        else:
            return set(), None
        words = (p.base + start, p.base + len(text.rstrip()))
        if text.rstrip().endswith("?") and not any(q.open_at < words[1] <= q.outer[1] for q in p.quotes):
            return set(), None  # "KH: Should the allies scale back the drills?": the interviewer asks
        quoted = [q for q in p.quotes if q.outer == words]  # the label's words are one quote
        self._emit("direct", (quoted[0].start, quoted[0].end) if quoted else words, said)
        return set(quoted), words

    def _outside(self, quotes: tuple[Quote, ...], base: int) -> Callable[[Token], bool]:
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

    def _carry(self, quotes: tuple[Quote, ...]) -> Said | None:
        return self.last if quotes and quotes[-1].continues else None

    # --- statements ---------------------------------------------------------------------------
    def _emit(self, kind: str, span: tuple[int, int], said: Said, polarity=None, conf=None, part=0) -> None:
        s, e = self._past_dateline(span, said.paragraph)
        if e <= s or (s, e) in self.statements:
            return
        text = self.article.text[s:e]
        ent = said.entity
        actor = ent.org if ent.kind in ("person", "group") else self.discourse.speaks_for(ent)
        parsed, own = self._parsed(s, e), self._names(actor)
        topic = partial(self.contexts.topic, said.paragraph, said.mention, (s, e), ent.id, own)
        stance = self.x.coder.code(text, polarity, parsed, own, topic, self.discourse.home)
        if part and adds_nothing(self.statements.values(), ent.id, (s, e), stance):
            return  # a part of the reporter's statement that takes no other side
        self.contexts.note(said.paragraph, ent.id, parsed, own, stance)
        self.coded[(s, e)] = (text, polarity, parsed, said, actor)
        when = said.said_on or self.dates.default
        if when is self.dates.untold.undated:
            self.untold.add((s, e))
        self.statements[(s, e)] = Statement(
            kind=kind, content=text, start=s, end=e, paragraph=said.paragraph, cue=said.cue,
            speaker=self._speaker(said), actor=actor, said_on=when[0] if when else None,
            said_on_precision=when[1] if when else None, concept=stance.concept,
            agreement=stance.agreement, stance_cue=stance.cue, about=self._about(s, e, ent, actor),
            confidence=conf or CONFIDENCE[kind], context=self._context(said.paragraph, (s, e)),
        )  # fmt: skip
        self.last = said

    def _names(self, slug: str | None) -> tuple[str, ...]:
        """The names of the speaker's organisation: "his ministry" may be one of them; a body
        the story names under a listed one ("a spokesperson for the South Korean Embassy in
        Washington") speaks for that one's side too."""
        actor = self.x.index.get(slug) if slug else None
        if actor is None and slug and (found := self.discourse.discovered.get(slug)) is not None:
            above = self.x.index.get(found.parent) if found.parent else None
            return (found.name, above.name, *above.aliases) if above else ()
        return (actor.name, *actor.aliases) if actor else ()

    def _past_dateline(self, span: tuple[int, int], n: int) -> tuple[int, int]:
        """ "SEOUL, March 3 (Yonhap) -- North Korea fired ...": the dateline is not content."""
        base = self.article.paragraphs[n][0]
        cut = base + dateline_end(self.article.text[base : span[1]]) if span[0] == base else span[0]
        return cut, span[1]

    def _speaker(self, said: Said) -> Speaker:
        ent, (s, e) = said.entity, said.mention
        return Speaker(
            id=ent.id, name=ent.name, mention=self.article.text[s:e], start=s, end=e,
            anonymous=ent.anonymous, role=ent.role, kind=ent.kind,
        )  # fmt: skip

    def _context(self, n: int, span: tuple[int, int]) -> str:
        return sentence_around(self.article.text, self.article.paragraphs[n], span, self.lex.abbreviations)

    def _parsed(self, s: int, e: int):
        """The statement's words in its paragraph's parse (None when they run past it)."""
        for n, (start, end) in enumerate(self.article.paragraphs):
            if start <= s and e <= end:
                return self.docs[n].char_span(s - start, e - start, alignment_mode="expand")
        return None

    def _about(self, s: int, e: int, ent: Entity, actor: str | None) -> tuple[str, ...]:
        own = self.x.index.lineage(ent.id) | self.x.index.lineage(actor) | {ent.id}
        found = [h.slug for h in self.x.index.find_names(self.article.text, s, e)]
        found += described_bodies(self.article.text, (s, e), self.x.index, self.lex.body_anaphors)
        return tuple(dict.fromkeys(slug for slug in found if slug not in own))
