"""Who a named mention is (part of `speakers.Discourse`): a name the recogniser found or the
parse shows ("Wi Sung-lac", "Rep. Kwon"), a bare surname ("Jung said": the person introduced with
it; of two who share it, the one whose role the mention repeats, else the one last speaking, never
one named only inside another's description), and the body the words introducing a person place
them in."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from bot.extract.doc_cache import entities, entities_in
from bot.extract.mentions import determiner, is_named, name_run, person_named
from bot.extract.names import span_text, text_of

if TYPE_CHECKING:  # speakers.py mixes this class in
    from bot.extract.discourse_entity import Entity


class PersonRefs:
    """Named people; mixed into Discourse, whose state it shares."""

    def _known_person_part(self, head: Token) -> bool:
        """ "Kim, a former skipper, was unmoved": a bare name part of someone introduced."""
        word = hyphened_word(head)
        return (head.pos_ == "PROPN" or _bare_word(head, head.doc[head.i : head.i + 1])) and any(
            e.kind == "person" and word in e.parts for e in self.entities.values()
        )

    def _named_person(self, head: Token, span: Span, pos: int) -> Entity | None:
        gender = self._introduced_gender([t for t in span if t.i < head.i]) or _own_pronoun(head)
        titled = any(self._title_after_body(head, e) for e in entities_in(span) if e.label_ == "PERSON")
        if self._organisation_hit(head, span.start_char, span.end_char) and not titled:
            return None  # a listed body the recogniser took for a person ("Cheong Wa Dae")
        # "Another Yang, Yang Mi-kyung, said", "A second Yang": not the Yang met before
        other = determiner(head) == "another" or self._ordinal_namesake(head)
        word = hyphened_word(head)
        if word != head.text and head.text[:1].isupper() and not other:
            # "Lind-Hart, a jurist, said": a hyphenated surname, which the tokenizer splits
            found = self._surname(word, pos, self._describing_words(span), True, gender)
            if found:
                return self._placed(found, span, pos)
        if (
            (head.pos_ == "PROPN" or head.dep_ in ("intj", "aux") or _bare_word(head, span))
            and head.text[:1].isupper()
            and not any(c.dep_ == "compound" for c in head.children)
            and not other
        ):
            # a bare name the NER may call a place or company ("Chung said", "Wang, without ...")
            found = self._surname(head.text, pos, self._describing_words(span), True, gender)
            if found:
                return self._placed(found, span, pos)
        text = span_text(span)
        for h in self.actors.find_names(text):
            name = span.char_span(h.start, h.end, alignment_mode="expand")
            if self.actors.get(h.slug).kind == "person" and is_named(head, name):
                return self._known(h.slug, pos, self._role_words(span))
        persons = [e for e in entities_in(span) if e.label_ == "PERSON"]
        # a name the parser cut ("spokesperson Yoo | Ji-hyun struck"): the entity the head is in
        persons += [e for e in entities(head.doc, "PERSON") if e.start <= head.i < e.end and e not in persons]
        # "the group Freedom Wind", "the group behind the march, Freedom Wind,": a body, though the
        # recogniser took its name for a person's
        persons = [e for e in persons if self._classifier_at(e.doc, e.start) is None]
        head_is_role = head.lower_ in self.lexicon.role_nouns or head.lower_ in self.lexicon.anonymous_heads
        posts = self.lexicon.posting_roles  # "Ambassador to Seoul Ray Holt", not "an aide to Minister X"
        persons = [
            e
            for e in persons
            if (e.start <= head.i < e.end or head_is_role or _apposed_name(head, e))
            and (is_named(head, e, posts) or self._titled_holder(head, e))
            or self._title_after_body(head, e)
        ]
        # "A United Nations official": capitalised words between "a" and a role are the unnamed
        # official's body, never a name ("an aide, Kim X," sets the name beside the role)
        texts = self.lexicon.published_nouns | self.lexicon.finding_nouns  # "a UN report" is no one
        unnamed = (
            head_is_role
            and head.lower_ not in texts
            and determiner(head) in self.lexicon.indefinite_determiners
        )
        if (
            not persons
            and not unnamed
            and (head_is_role or head.pos_ == "PROPN")
            and not self._org_headed(head, span)
        ):
            titles = self.actors.names.honorifics if self.actors.names else frozenset()
            run = self._past_listed(name_run(span, self.lexicon.organisation_words, titles))
            named = run is not None and is_named(head, run, posts) and not _place_before(run, head)
            persons = [run] if named else []
        if (
            not persons
            and head.pos_ == "PROPN"
            and head.text[:1].isupper()
            and not self._org_headed(head, span)
            and not other
        ):
            # "Park, a lawmaker, said"
            found = self._surname(head.text, pos, self._describing_words(span), gender=gender)
            return self._placed(found, span, pos)
        if not persons:
            return None
        if other:  # the name set beside "Another Yang" is who it is
            persons = [e for e in persons if not e.start <= head.i < e.end] or persons
        ent = person_named(head, persons)
        name = " ".join(ent.text.replace("’s", "").replace("'s", "").split())
        if len(name.split()) == 1:  # "Gov. Park said": the Park who is governor
            return self._surname(name, pos, self._describing_words(span), gender=gender)
        found = self.note_person(ent, list(span))
        if found:
            found.heads.update(self._role_words(span))
        return found

    def _ordinal_namesake(self, head: Token) -> bool:
        """ "A second Alvarez on the panel, Senator Daniel Alvarez, said": an ordinal after "a"
        counts a namesake not met before, as "another" does (names.toml ordinal_words)."""
        ordinals = self.actors.names.ordinal_words if self.actors.names else frozenset()
        return determiner(head) == "a" and any(
            c.dep_ == "amod" and c.lower_ in ordinals for c in head.children
        )

    def _past_listed(self, run: Span | None) -> Span | None:
        """ "envoy for North Korea Ada Holt": a run of capitalised words that opens with a listed
        country's or body's name goes on to the person's name, two words at least."""
        if run is None:
            return None
        text = text_of(run.doc)
        hit = next(iter(self.actors.find_names(text, run.start_char, run.end_char)), None)
        if hit is None or hit.start != run.start_char or self.actors.get(hit.slug).kind == "person":
            return run
        rest = run.doc.char_span(hit.end, run.end_char, alignment_mode="contract")
        return rest if rest is not None and len(rest) >= 2 and rest[0].text[:1].isupper() else run

    def _titled_holder(self, head: Token, name: Span) -> bool:
        """ "Deputy Defense Minister for Policy Lee Dong-hoon said", "Minister in charge of the
        abduction issue Keiko Moriyama said": a capitalised title with no article, its portfolio
        told after it, and a name ending the mention is the title's holder, though the parser
        hangs the name on the portfolio's last word; not a name with a title of its own ("an aide
        to Minister X", "Envoy for President Y") nor one of a description ("the sister of X")."""
        doc = head.doc
        before = doc[name.start - 1] if name.start > 0 else None
        return (
            head.text[:1].isupper()
            and head.lower_ in self.lexicon.role_nouns
            and head.i < name.start
            and head.right_edge.i == name.end - 1
            and not any(c.dep_ == "det" for c in head.children)
            and before is not None
            and before.lower_ not in self.lexicon.role_nouns
        )

    def _title_after_body(self, head: Token, name: Span) -> bool:
        """ "Commerce Under Secretary Helena Marchetti said", "the Y Party (YP) leader X said": a
        body's name, then a title and a name, with no article, comma or small word between them,
        is the title's holder speaking, though the parser makes the body the head and the name
        the object of a title word it took for a preposition ("Under")."""
        roles = self.lexicon.role_nouns
        between = head.doc[head.i + 1 : name.start]
        return (
            head.ent_type_ != "PERSON"
            and head.lower_ not in roles
            and len(between) > 0
            and between[-1].lower_ in roles
            and name.end - 1 <= head.right_edge.i
            and all(t.text in "()" or t.text[:1].isupper() or t.lower_ in roles for t in between)
        )

    def _placed(self, e: Entity | None, span: Span, pos: int) -> Entity | None:
        """ "…,” said Hwang, a lawmaker of the Y Party.": words beside a later mention place a
        person introduced without a body."""
        if e is None or e.org or e.unplaced or e.anonymous:
            return e
        if len(span) < 2:  # "Seo, who now heads the Y Association, said": the clause on the name
            org, role = self._led_body(list(span)), None
        else:
            org, role = self._org_in(list(span), span)
        if org:
            self._discover(e.name, "person", org, pos, role)
        return e

    def _surname(
        self,
        part: str,
        pos: int,
        roles: set[str] = frozenset(),
        introduced_only: bool = False,
        gender: str | None = None,
    ) -> Entity | None:
        """A name part alone: the person introduced with it. Two people sharing it ("Kim" and
        "Kim"): the one whose role or body the mention repeats most, else the one the story has
        called by it alone, else the one last speaking; a courtesy title ("Mrs Kim") leaves out
        the one known to be of the other sex, and tells the sex of the one it finds."""
        part = (
            part.title() if part.isupper() and len(part) > 1 else part
        )  # transcripts write names in capitals
        found = self._part_holder(part, pos, roles, introduced_only, gender)
        if found is not None:
            found.called.add(part)
            found.gender = found.gender or gender
        return found

    def _part_holder(
        self, part: str, pos: int, roles: set[str], introduced_only: bool, gender: str | None
    ) -> Entity | None:
        mentioned = [
            e
            for e in self.entities.values()
            if e.kind == "person" and part in e.parts and e.seen_before(pos) >= 0
        ]
        if len(mentioned) > 1 and gender:  # "Mrs Park" after "Mr Park": not him
            fits = [e for e in mentioned if e.gender in (None, gender)]
            mentioned = [e for e in fits if e.gender == gender] or fits or mentioned
        if len(mentioned) > 1 and roles:  # the one the mention's words describe best
            fit = {e.id: len(roles & self._described_by(e)) for e in mentioned}
            best = max(fit.values())
            mentioned = [e for e in mentioned if fit[e.id] == best] if best else mentioned
        if len(mentioned) > 1 and (called := self._called_so(part, mentioned, pos)) is not None:
            return self._touch(called, pos)
        if len(mentioned) > 1:
            speaking = [e for e in mentioned if e.subject_before(pos) >= 0]
            best = max(speaking, key=lambda e: e.subject_before(pos), default=None)
            if best is not None and not self._introduced_since(best, mentioned, pos):
                return self._touch(best, pos)
        if mentioned:  # the one named last, as a person in their own right
            return self._touch(max(mentioned, key=lambda e: e.named_before(pos)), pos)
        if introduced_only:
            return None
        known = self.actors.persons_with_part(part)
        if len(known) == 1:
            return self._known(known[0].slug, pos)
        return None  # a bare surname nobody introduced: better no speaker than a wrong one

    def _called_so(self, part: str, mentioned: list[Entity], pos: int) -> Entity | None:
        """Of two sharing a name part, the one the story has already called by it alone ("Baek
        said" for the retired general, while the moderator Baek Ji-yeon was named in full): a
        writer names the lesser namesake in full, so the bare name stays with the other, unless
        the namesake was introduced in this paragraph or the two before."""
        called = [e for e in mentioned if part in e.called]
        if len(called) != 1 or any(self._just_introduced(e) for e in mentioned if e not in called):
            return None
        return called[0]

    def _just_introduced(self, e: Entity) -> bool:
        """First named in this paragraph or the two before: still in view as a newcomer."""
        return min(e.seen) >= (self.bases[-3] if len(self.bases) >= 3 else 0)

    def _introduced_since(self, speaker: Entity, others: list[Entity], pos: int) -> bool:
        """Another person of that name introduced in a later paragraph than the one the speaker
        last spoke in, and in this paragraph or the two before: a bare name now means the newcomer
        ("Rep. Kim Mi-sook asked ... Kim said"); one introduced paragraphs back was named in full
        as the lesser of the two, and the bare name is again the one the story is about."""
        spoke = bisect_right(self.paragraph_starts, speaker.subject_before(pos))
        return any(
            bisect_right(self.paragraph_starts, min(e.seen)) > spoke and self._just_introduced(e)
            for e in others
            if e is not speaker
        )

    def _role_words(self, span: Span) -> set[str]:
        return {t.lower_ for t in span if t.lower_ in self.lexicon.role_nouns}

    def _describing_words(self, span: Span) -> set[str]:
        """What a mention says of its person ("Kim, the negotiator", "the opposition's Lee", "the Y
        Party's Lee": the body owning the name)."""
        owner = {w.i for t in span if t.dep_ == "poss" for w in t.subtree if w.pos_ in ("PROPN", "NOUN")}
        words = {
            t.lower_
            for t in span
            if t.pos_ in ("NOUN", "ADJ") or t.lower_ in self.lexicon.role_nouns or t.i in owner
        }
        return _with_full_titles(words, self.lexicon.full_titles)

    def _described_by(self, e: Entity) -> set[str]:
        """Words that describe a person: their roles, the names of their organisation and the words
        they were introduced with ("Kim, a researcher at ...": later "Kim, the researcher")."""
        words = set(e.heads) | e.described | {w.lower() for w in (e.role or "").split()}
        words = _with_full_titles(words, self.lexicon.full_titles)
        org = self.actors.get(e.org) if e.org else None
        if org is not None:
            words |= {w.lower() for n in (org.name, *org.aliases) for w in n.split()}
        return words


def _apposed_name(head: Token, name: Span) -> bool:
    """ "Another owner, Park Eun-jung, said": a name set beside the noun is the person it means,
    whatever the noun (a role word or not)."""
    return name.root.dep_ == "appos" and name.root.head.i == head.i


def hyphened_word(t: Token) -> str:
    """The whole word a token is part of when the tokenizer split it at hyphens ("Lind-Hart")."""
    doc, lo, hi = t.doc, t.i, t.i
    tight = lambda i: doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_  # noqa: E731
    while lo > 1 and tight(lo - 1):
        lo -= 2
    while hi + 2 < len(doc) and tight(hi + 1):
        hi += 2
    return doc[lo : hi + 1].text


def _with_full_titles(words: set[str], full: dict[str, str]) -> set[str]:
    """ "gov." also as "governor": a title written short names the role written in full."""
    return words | {full[w] for w in words if w in full}


def _bare_word(head: Token, span: Span) -> bool:
    """A capitalised word standing alone as the mention, whatever the tagger made of it: a surname
    it took for a noun ("Chae said" as plural "chaes", "Reyes said"). Only a person introduced
    with that name part is looked for (Discourse._surname(introduced_only=True)); one it took for
    an interjection ("Oh said", "Ha said": family names that are also English exclamations)."""
    return len(span) == 1 and head.pos_ in ("NOUN", "PROPN", "INTJ") and head.text[:1].isupper()


def _place_before(run: Span, head: Token) -> bool:
    """ "the Jagang Province source said": a place the recogniser knows, right before the role
    word, says where the source is, not who they are."""
    return run.end == head.i and all(t.ent_type_ in ("GPE", "LOC") for t in run)


def _own_pronoun(head: Token) -> str | None:
    """ "Park said she would stay": the pronoun that is the subject of the clause a speaker's verb
    reports is, in news English, nearly always the speaker; it tells which of two namesakes."""
    verb = head.head
    if head.dep_ != "nsubj" or head.i > verb.i:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return {"he": "m", "she": "f"}.get(subject.lower_) if subject is not None else None
