"""The day a saying was said, read off the paragraph around its cue (part of
`article_run.ArticleRun`): a saying told without a verb of saying ("Kim weighed in on Wednesday"),
the occasion a speaker spoke at ("Speaking at a forum on Friday, Kim said"), and the day of the
cue itself (event_dates.py keeps the article's date model)."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract import cues as C
from bot.extract.day_frames import utterance_acts
from bot.extract.discourse_entity import Entity
from bot.extract.doc_cache import dated
from bot.extract.mentions import mention_tokens
from bot.extract.paragraph_state import Para
from bot.extract.when_said import explicit_when


class SayingDays:
    """When each saying was said; uses the run's state (article, lexicon, discourse, dates)."""

    def _utterance_acts(self, p: Para) -> None:
        """ "Kim weighed in on Wednesday over …", "A KCNA commentary on Monday attacked …": a
        saying's day told without a verb of saying; its speaker is the act's subject, or the
        body that owns the saying named as a thing."""
        for t, act in utterance_acts(p.doc, p.outside, self.lex):
            said = act if act.pos_ == "NOUN" else next((c for c in act.children if c.dep_ == "nsubj"), None)
            if said is not None and said.pos_ == "NOUN" and said.lemma_.lower() in self.lex.utterance_nouns:
                said = next(
                    (c for c in said.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None
                )
            entity = self._speaker_of_act(said) if said is not None else None
            self.dates.occurred(t, entity.id if entity else None, self.article.paragraphs[p.n])

    def _speaker_of_act(self, subject: Token):
        found = self.discourse.resolved(subject)
        if found is None and subject.pos_ == "PROPN":  # a body named only as a saying's owner
            found = self.discourse.resolve(subject, mention_tokens(subject, self.lex), salient=False)
        return found

    def _note_occasion(self, p: Para, subject: Token, entity: Entity | None = None) -> None:
        """ "Kim, speaking at a separate event on Tuesday, struck a similar note", "Speaking at a
        forum on Friday, Kim said", "Nam, appearing before the committee on Monday, rejected ...",
        "The assembly, which wrapped up a session on Wednesday, approved ...": the day this speaker
        spoke or acted."""
        entity = entity or self.discourse.resolved(subject)
        if entity is None or self.article.published is None or not dated(subject.doc):
            return  # explicit_when reads only DATE entities' tokens
        verb = subject.head  # "Nam, appearing ... on Monday, rejected": the parser may hang it on the verb
        before = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]  # or fronted
        said = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]  # the parser may hang it on either
        after = [
            c for v in said for c in v.children if c.dep_ == "advcl" and c.i > verb.i and self._trailing(c)
        ]
        own = [verb] if subject.dep_ == "nsubj" and self._at_event(verb) else []
        for c in [*subject.children, *before, *after, *own]:
            if c is verb or self._occasion(c):
                found = explicit_when(c, self.dates.resolve, self.article.published, self.lex, act=False)
                if found and c is not verb and c.lemma_.lower() in self.lex.journey_verbs:
                    self.dates.journeyed(found, entity.id)
                elif found and (c is not verb or found[1] == "day"):
                    self.dates.spoke_at(found, entity.id, self.article.paragraphs[p.n])

    def _day_on(self, verb: Token) -> tuple[str, str] | None:
        published = self.article.published
        return explicit_when(verb, self.dates.resolve, published, self.lex, act=False) if published else None

    def _at_event(self, verb: Token) -> bool:
        """ "Chang answered the question at a parliamentary audit on Friday": the speaker's own
        act at an event; its day is the day of what they said there."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.speech_verbs or self.lex.polarity(lemma) or lemma in self.lex.intention_verbs:
            return False  # a cue: dated as it is read (a relative day must count once)
        return verb.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "during") and g.lemma_.lower() in self.lex.event_nouns
            for c in verb.children
            for g in c.children
        )

    def _trailing(self, verb: Token) -> bool:
        """ "X said …, speaking to reporters on Wednesday", "…, testifying before the committee on
        Monday": an occasion of speaking told after the saying, set off by a comma, wherever the
        parser hangs it; not another act ("…, visiting the plant on Monday": whose is unclear)
        nor another saying ("…, adding on Monday that …": a cue of its own)."""
        lemma = verb.lemma_.lower()
        speaking = lemma in self.lex.conversing_verbs or lemma in self.lex.speech_verbs
        comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        return comma and verb.tag_ == "VBG" and speaking and lemma in self.lex.occasion_verbs

    def _occasion(self, verb: Token) -> bool:
        """A participle or relative clause on a speaker that names an occasion: a verb of
        speaking or appearing, or any verb whose object is an event ("held a meeting"); a
        participle whose object is a text the speaker puts out or a saying ("Presenting her
        annual report on Tuesday, X said", "Releasing the survey on Monday, ..."): done as
        they spoke (a relative clause tells a past act: "X, who released a survey in May,")."""
        participle = verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG"
        if not (participle or verb.dep_ == "relcl"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.lex.speech_verbs or lemma in self.lex.occasion_verbs:
            return True
        lex = self.lex
        things = lex.event_nouns | (lex.published_nouns | lex.finding_nouns if participle else frozenset())
        return any(c.dep_ == "dobj" and c.lemma_.lower() in things for c in verb.children)

    def _when(self, p: Para, cue: C.Cue, entity: Entity) -> tuple[str, str] | None:
        act = cue.kind in ("position", "noun", "adjective")
        self._note_occasion(p, cue.speaker, entity)
        self.interview.saying(cue.token, entity.id, self._day_on)
        return self.dates.when(cue.report or cue.token, act, entity, self.article.paragraphs[p.n])
