"""One article's contexts of statements, as the run meets them in order (stance_topic.py says which
context gives a statement's topic, nearest first: its attribution sentence, the question an
interview answer answers, the same speaker's statement before, the headline and lead)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Span

from bot.extract.doc_cache import sentence_of
from bot.extract.stance_topic import SIDES, Topic


def _one(found: dict[str, Topic]) -> Topic | None:
    return next(iter(found.values())) if len(found) == 1 else None


class Contexts:
    """One article's contexts of statements, as the run meets them in order."""

    def __init__(self, coder, paragraphs: list[tuple[int, int]], docs, headline: bool, quoted):
        self.coder, self.paragraphs, self.docs, self.headline = coder, paragraphs, docs, headline
        self.quoted = quoted  # (start, end) of every quote: what others say is not the attribution
        self.last: dict[str, tuple[int, Span | None, tuple]] = {}  # speaker: (paragraph, parse, own names)
        self._named_last: dict[str, dict[str, Topic]] = {}
        self._decided: dict[str, str | None] = {}  # speaker: the concept their last statement took a side on
        self._lead: dict[str, Topic] | None = None
        self.sides: dict[int, list[tuple[str, str, int]]] = {}  # paragraph: (speaker, concept, side) taken
        self.questions: dict[int, int] = {}  # an interview answer's paragraph: its question's

    def topic(
        self, n: int, mention: tuple[int, int], span: tuple[int, int], speaker: str, own
    ) -> Topic | None:
        """The nearest context's concept: attribution sentence, the question an interview answer
        answers ("Q. Should Seoul build its own bomb? // A. It is a fantasy."), the speaker's
        statement before, the headline and lead; None when the nearest that names any names two;
        failing all, for "the idea", the sentence just before."""
        nearest = (  # read in this order, each only when those before it name nothing
            (partial(self._attribution, n, mention, span, own), True),
            (partial(self._asked, n), True),
            (partial(self._previous, n, speaker), False),
        )
        for context, near in nearest:
            if found := context():
                one = _one(found)
                return replace(one, near=True) if one is not None and near else one
        article = self._article() if n > int(self.headline) else {}  # not the lead's own statements
        found = self._nearer(n, speaker, article) if article else None
        return found if found is not None else _one(self._just_before(n, span))

    def _asked(self, n: int) -> dict[str, Topic]:
        """What the question an interview answer answers names (its plural things are "they")."""
        if n not in self.questions:
            return {}
        return {
            slug: replace(t, asked=True)
            for slug, t in self.coder.named(self.docs[self.questions[n]][:]).items()
        }

    def _nearer(self, n: int, speaker: str, article: dict[str, Topic]) -> Topic | None:
        """The headline's concept; when the headline names only the thing, a proposal another
        speaker made on it in the paragraph before is what "the push" or "the idea" answers
        ("Yeo urged redeploying the weapons. // Kang dismissed the push as ...")."""
        topic = _one(article)
        if topic is None or topic.act:
            return topic
        sides = {
            side for who, slug, side in self.sides.get(n - 1, ()) if who != speaker and slug == topic.concept
        }
        return Topic(topic.concept, sides.pop(), True) if len(sides) == 1 else topic

    def note(self, n: int, speaker: str, parsed: Span | None, own, stance=None) -> None:
        """The speaker's latest statement; what it names is read only if a later one needs it.
        `stance`: the side it took, which a later answer in the next paragraph may take up."""
        if not _within(self.last.get(speaker), n, parsed):  # a part of the statement before is not a new one
            self.last[speaker] = (n, parsed, own)
            self._named_last.pop(speaker, None)
            self._decided[speaker] = stance.concept if stance is not None else None
        if stance is not None and stance.agreement in SIDES:
            self.sides.setdefault(n, []).append((speaker, stance.concept, SIDES[stance.agreement]))

    def _attribution(self, n: int, mention: tuple[int, int], span: tuple[int, int], own) -> dict[str, Topic]:
        base, end = self.paragraphs[n]
        if not base <= mention[0] < mention[1] <= end:
            return {}  # a speaker carried from an earlier paragraph
        name = self.docs[n].char_span(mention[0] - base, mention[1] - base, alignment_mode="expand")
        if name is None or len(name) == 0:
            return {}
        skip = [(a - base, b - base) for a, b in (mention, span, *self.quoted) if base <= a < end]
        return self.coder.named(sentence_of(name[0]), own, skip, self._not_reported)

    def _not_reported(self, keyword: Span) -> bool:
        """ "insisted that sanctions ...": what a verb of saying governs is another statement; what
        the speaker was asked ("asked whether Seoul would reopen X, he said that was ...") is what
        the answer is about."""
        words = self.coder.words
        return not any(
            t.dep_ == "ccomp" and t.head.lemma_.lower() in words.speech - words.questions
            for t in keyword.root.ancestors
        )

    def _previous(self, n: int, speaker: str) -> dict[str, Topic]:
        """What the speaker's statement before names; when it names several, the one it took its
        side on ("Scrapping the ministry would be to accept Pyongyang's doctrine. // That would be
        a grave error": the scrapping is the point, the doctrine the charge)."""
        at, parsed, own = self.last.get(speaker, (-2, None, ()))
        if at < n - 1 or parsed is None:
            return {}
        if speaker not in self._named_last:
            self._named_last[speaker] = self.coder.named(parsed, own)
        found = self._named_last[speaker]
        decided = self._decided.get(speaker)
        if len(found) > 1 and decided in found:
            return {decided: found[decided]}  # the one it took a side on, not a charge it named
        return found

    def _just_before(self, n: int, span: tuple[int, int]) -> dict[str, Topic]:
        """ "He added that a declaration would cost little. Kim dismissed the idea as ...": a
        statement opening with "the idea", "the proposal" (`topic_nouns`) answers the one thing the
        sentence just before names, whoever said it; the paragraph before's last sentence when its
        own sentence opens the paragraph."""
        base, end = self.paragraphs[n]
        if not base <= span[0] < end:
            return {}
        words = self.docs[n].char_span(span[0] - base, span[1] - base, alignment_mode="expand")
        lex = self.coder.lexicon
        if words is None or len(words) < 2 or words[0].lower_ not in lex.topic_determiners:
            return {}
        if words[1].lower_ not in lex.topic_nouns | lex.offered_nouns:
            return {}
        sentence = words[0].sent
        before = [s for s in self.docs[n].sents if s.end <= sentence.start]
        if not before and n == 0:
            return {}
        found = self.coder.named(before[-1] if before else list(self.docs[n - 1].sents)[-1])
        return found if len(found) == 1 else {}

    def _article(self) -> dict[str, Topic]:
        """What the headline names, when it names one concept; else the headline and the lead
        together (computed once). The headline says what the story is about; the lead adds its
        setting and aims."""
        if self._lead is None:
            self._lead = {}
            for n in range(min(2 if self.headline else 1, len(self.paragraphs))):
                one = list(self._lead) if n == 1 and len(self._lead) == 1 else None
                for slug, topic in self._summary(n).items():
                    if one and slug not in one:
                        continue  # the headline's one concept; the lead may say more of it
                    if slug not in self._lead or topic.act and not self._lead[slug].act:
                        self._lead[slug] = topic  # a word of acting says more than a bare mention
        return self._lead

    def _summary(self, n: int) -> dict[str, Topic]:
        """What a headline or lead names; when it names several, those its own clauses name ("X
        rejected Seoul's offer of talks, insisting the two Koreas are separate states": what X
        insists is X's statement, read on its own)."""
        named = self.coder.named(self.docs[n][:])
        if len(named) > 1:
            return self.coder.named(self.docs[n][:], keep=self._not_reported) or named
        return named


def _within(last, n: int, parsed: Span | None) -> bool:
    """Whether `parsed` lies inside the speaker's last statement, of the same paragraph ("X said A
    and that Seoul would keep B": the act inside X's report is part of it)."""
    if last is None or last[0] != n or last[1] is None or parsed is None:
        return False
    return last[1].start_char <= parsed.start_char and parsed.end_char <= last[1].end_char
