"""Which organisation a mention names, or places its person in (part of `speakers.Discourse`).

Known bodies come from data/actors.toml by name, alias or job title. A country right before a
shared name picks that country's body ("North Korea's Foreign Ministry", "Chinese foreign
ministry spokesperson", "its foreign ministry" after Pyongyang was the subject), as a reader
takes it. Bodies not listed are found in the text (`found_bodies.FoundBodies`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from bot.extract.doc_cache import entities_in
from bot.extract.mentions import mention_tokens
from bot.extract.names import NameHit, text_of

REACH_BACK = 40  # characters before a mention a listed name covering its head may start at


def _object_of_to(text: str, start: int, at: int) -> bool:
    """ "ambassador to South Korea": the country is where the post is, not whom it serves."""
    before = text[max(start, at - 8) : at].lower()
    return before.endswith("to ") or before.endswith("to the ")


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


class Organisations:
    """Organisation finding and placement; mixed into Discourse, whose state it shares."""

    # --- known bodies ------------------------------------------------------------------------
    def note_conjoined(self, subject: Token) -> None:
        """ "The presidential office and the ruling Y Party were at odds": a known body joined to a
        subject is met there too, so "the ruling party's policy chief" later finds it; it is not
        the subject a later "it" means. One of the subject's own kind is not: "the State
        Department and the Pentagon ... the department's briefing" is the subject's."""
        first = self.resolved(subject)
        for c in subject.conjuncts:
            if c.pos_ not in ("NOUN", "PROPN"):
                continue
            mention = mention_tokens(c, self.lexicon)
            hit = self._organisation_hit(c, mention[0].idx, mention[-1].idx + len(mention[-1]))
            if hit is not None and (first is None or self.actors.get(hit.slug).kind != first.kind):
                self.resolve(c, mention, False)

    def _known_organisation_at(self, head: Token) -> bool:
        mention = mention_tokens(head, self.lexicon)
        return self._organisation_hit(head, mention[0].idx, mention[-1].idx + len(mention[-1])) is not None

    def _organisation_hit(self, head: Token, start: int, end: int) -> NameHit | None:
        """A known organisation's name that is the mention's head or stands beside it in
        apposition ("The main opposition, the People Power Party"), its country's if qualified."""
        # "X, the Treasury's under secretary": a body in the possessive beside a name owns the post
        heads = [head] + [c for c in head.children if c.dep_ == "appos" and not _possessive(c)]
        text = text_of(head.doc)
        start = max(0, start - REACH_BACK)  # the name may be cut by a misparse ("Cheong | Wa Dae")
        for h in self.actors.find_names(text, start, end):
            if self.actors.get(h.slug).kind == "person" or not any(h.start <= t.idx < h.end for t in heads):
                continue
            if not self._inside_longer_name(head.doc, h):
                slug = self._qualified(h, text, start, head.doc)
                return replace(h, slug=self._placed_after(head, slug) if slug == h.slug else slug)
        return None

    def _inside_longer_name(self, doc: Doc, hit: NameHit) -> bool:
        """ "the National Security Council" is not the listed "Security Council": a capitalised word
        the parse joins to the name's first word makes a longer name of another body. A country
        before it qualifies the name instead ("Chinese Foreign Ministry", "South Korea-US ...")."""
        first = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        if first is None or first.start == 0:
            return False
        before = doc[first.start - 1]
        return (
            before.text[:1].isupper()
            and before.dep_ in ("compound", "amod")
            and first.start <= before.head.i < first.end
            and before.ent_type_ not in ("GPE", "NORP")
            and before.lower_ not in self.lexicon.party_standing_words
            and not any(self._is_government(h.slug) for h in self.actors.find_names(before.text))
        )

    def _actor_of(self, slug: str | None):
        """A listed or found body (or person) by its slug; None for none."""
        return (self.actors.get(slug) or self.discovered.get(slug)) if slug else None

    def _is_government(self, slug: str) -> bool:
        actor = self.actors.get(slug)  # None for a body discovered in the text
        return actor is not None and actor.kind == "government"

    def _government_of(self, slug: str) -> str | None:
        return next((s for s in self.actors.lineage(slug) if self._is_government(s)), None)

    def _looks_like_org(self, span: Span) -> bool:
        return any(t.lower_ in self.lexicon.organisation_words for t in span)

    def _org_headed(self, head: Token, span: Span) -> bool:
        """The mention names an organisation, not a person ("the Foreign Ministry in Seoul")."""
        courtesy = self.actors.names.courtesy_titles if self.actors.names else frozenset()
        if head.i and head.doc[head.i - 1].lower_ in courtesy:
            return False  # "Mr Ri", whatever the recogniser took "Ri" for
        if head.lower_ in self.lexicon.organisation_words or head.ent_type_ in ("ORG", "GPE", "NORP"):
            return True
        if self._ends_body_name(head.doc, head.i):
            return True
        return any(
            h.start <= head.idx < h.end
            for h in self.actors.find_names(text_of(head.doc), span.start_char, span.end_char)
        )

    # --- an organisation as the speaker ----------------------------------------------------------
    def _organisation(self, head: Token, span: Span, pos: int):
        if head.lower_ in self.lexicon.anonymous_heads:
            return None
        hit = self._organisation_hit(head, span.start_char, span.end_char)
        if hit is not None:
            return self._known(hit.slug, pos)
        if head.text.isupper() and head.text in self.acronyms:  # "the JCS" after "... (JCS)"
            return self._touch(self.entities[self.acronyms[head.text]], pos)
        short = self._short_named(head, pos) or self._met_in_full(head, span, pos)
        if short is not None:
            return short
        # the name the head is, or the one set beside the head's word ("the group behind it, X,")
        found = self._named_body(
            span, lambda r: r.start <= head.i < r.end or self._classifier_at(r.doc, r.start) == head.i
        )
        if found is not None:
            return self._body(found, pos)
        owned = self._country_body(head, span)
        if owned is not None:
            return self._known(owned, pos)
        portfolio = self._portfolio_body(head, span)
        if portfolio is not None:
            return self._body(portfolio[0], pos, portfolio[1])
        described = self._described_body(head, pos)
        if described is not None:
            return described
        national = self._national(head, span, pos) or self._representation(head, span, pos)
        if national is not None:
            return national
        for ent in entities_in(span):
            if ent.start <= head.i < ent.end and ent.label_ in ("GPE", "NORP"):
                kind = {"GPE": "government", "NORP": "group"}[ent.label_]
                return self._discover(_strip_the(ent.text).replace("’s", "").strip(), kind, None, pos, None)
        return None

    def _named_as_thing(self, head: Token, span: Span, pos: int):
        """ "Marlow Ferries, which ran the route, said", "Pellam said it would test the crates of
        its growers": a bare name (no title, no post beside it) the text refers to as a thing, by
        a relative clause with "which" or by "it" acting in what the name says, is a body
        speaking for itself, though the recogniser took it for a person's; a person met by that
        name before, not yet told as one (no post, no pronoun), was that body named in passing."""
        name = _bare_name(head, span)
        if name is None or head.lower_ in self.lexicon.organisation_words:
            return None  # "The Ministry of Unification, which ...": a body's word, read elsewhere
        lex = self.lexicon
        if _relative_clause(head, lex.person_relatives):
            return None  # "X, who ran the route, said": a person
        if not (_relative_clause(head, lex.thing_relatives) or self._it_acting(head)):
            return None
        if self.actors.find_names(name.text):
            return None
        slug = self._body_slug(name.text)
        e = self.entities.get(slug)
        if e is None and any(head.text in p.parts for p in self.entities.values() if p.kind == "person"):
            return None  # "Kim said it would ...": the Kim met before
        if e is not None and e.kind == "person":
            if e.org or e.gender or e.heads or e.role:
                return None
            e.kind, e.org = "other", slug
        return self._discover(name.text, "other", None, pos, None)

    def _it_acting(self, head: Token) -> bool:
        """ "X said it would require checks of its suppliers": "it" doing something in what X
        says, and "its" there too (not "it would take time", "it was unclear": `dummy_it_verbs`;
        "it" alone may be the plan X speaks of: "X said it would send the wrong signal")."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in self.lexicon.speech_verbs:
            return False
        return any(
            c.dep_ == "ccomp"
            and c.lemma_.lower() not in self.lexicon.dummy_it_verbs
            and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children)
            and any(w.lower_ == "its" for w in c.subtree)
            for c in verb.children
        )

    def _short_named(self, token: Token, pos: int):
        """ "The UN estimates ...": a body named by a short form the press never spells out
        (data/names.toml short_names), found under its full name."""
        full = self.actors.names.full_name(token.text) if self.actors.names else None
        if full is None:
            return self._initialled(token, pos)
        return self._discover(full, self.actors.organisation_kind(full), None, pos, None)

    def _initialled(self, token: Token, pos: int):
        """ "a METI official", "JCG Commandant X": capitals spelling the initials of a body the story
        found and named in full before ("Economy, Trade and Industry Minister Y", "the Japan Coast
        Guard"), with or without its country's name first, are that body, as a bracketed acronym
        is ("(JCS)"); a listed body's short forms are its aliases, and two letters spell too many."""
        letters = token.text.replace(".", "")
        if (
            len(letters) < 3
            or not (letters.isalpha() and letters.isupper())
            or self.actors.find_names(token.text)
        ):
            return None
        for slug, actor in self.discovered.items():
            e = self.entities.get(slug)
            if e is None or e.kind in ("person", "group", "government") or e.seen_before(pos) < 0:
                continue
            words = [w for w in re.split(r"[\s,]+", actor.name) if w[:1].isupper() and w != "The"]
            if letters in ("".join(w[0] for w in words), "".join(w[0] for w in words[1:])):
                return self._touch(e, pos)
        return None

    def _met_in_full(self, head: Token, span: Span, pos: int):
        """ "The General Staff said": a capitalised name alone that shortens a body's name met
        before (found_bodies._shortened) is that body."""
        name = _bare_name(head, span)
        if name is None or not all(t.text[:1].isupper() for t in name):
            return None
        body = self._shortened(name.text, pos)
        return self._touch(body, pos) if body is not None else None

    def _described_body(self, head: Token, pos: int):
        """ "Keidanren, Japan's largest business lobby, said": a name the recogniser calls an
        organisation, set beside a word for a body, is that body (of the country named there); so
        is a one-word name it took for a person's ("Unicef, the UN children's agency"): a body
        word in apposition says what the name is."""
        if head.pos_ != "PROPN" or not (
            head.ent_type_ == "ORG" or head.ent_type_ in ("PERSON", "") and head.left_edge.i == head.i
        ):
            return None
        words = self.lexicon.organisation_words
        kind = next((c for c in head.children if c.dep_ == "appos" and c.lower_ in words), None)
        if kind is None:
            return None
        doc = head.doc
        name = _strip_the(doc[head.left_edge.i : head.i + 1].text)
        hits = self.actors.find_names(text_of(doc), kind.left_edge.idx, kind.idx)
        country = next((h.slug for h in hits if self.actors.get(h.slug).kind == "government"), None)
        return self._discover(name, self.actors.organisation_kind(kind.lower_), country, pos, None)

    def _country_body(self, head: Token, span: Span) -> str | None:
        """ "South Korea's military", "Pyongyang's state media": a generic head after a country
        (and the words that make it up) is that country's one listed body of the kind."""
        if head.lower_ not in self.lexicon.organisation_words or not head.text.islower():
            return None
        doc, lo = head.doc, head.i
        while lo > span.start and doc[lo - 1].dep_ in ("compound", "amod") and doc[lo - 1].head.i == head.i:
            lo -= 1
        country = self._country_before(text_of(doc), span.start_char, doc[lo].idx)
        body = self.actors.body_of(country, head.lower_) if country else None
        if body is not None and head.lower_ in self.lexicon.portfolio_heads:
            # "China's commerce ministry" is not China's one listed ministry, its foreign ministry
            actor = self.actors.get(body)
            named = " ".join((actor.name, *actor.aliases)).lower().split()
            if any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in named for t in doc[lo : head.i]):
                return None
        return body

    def _organisation_named(self, word: str, pos: int):
        """ "the ministry": the organisation with that word in its name mentioned last, including
        the organisation of an unnamed official ("a Foreign Ministry official ... the ministry")."""
        best, best_pos = None, -1
        for e in self.entities.values():
            for slug in (e.id if e.kind != "person" else None, e.org):
                actor = self.actors.get(slug) if slug else None
                actor = actor or self.discovered.get(slug) if slug else None
                if actor and word in actor.name.lower().split() and best_pos < e.seen_before(pos):
                    best, best_pos = slug, e.seen_before(pos)
        if best is None:
            return None
        if best in self.actors.by_slug or best not in self.entities:
            # a country's office found only as a person's body has no entity of its own yet
            return self._known(best, pos)
        return self._touch(self.entities[best], pos)

    def _owners_body(self, head: Token, pos: int):
        """ "His party has long argued ...": a generic head after "his" or "her" is the body of
        the person last speaking or acting, when that body is of the kind the word names."""
        word = head.lower_
        if word not in self.lexicon.organisation_words or not any(
            c.dep_ == "poss" and c.lower_ in self.lexicon.person_possessives for c in head.children
        ):
            return None
        person = self._last_subject(lambda e: e.kind == "person", pos)
        actor = self._actor_of(person.org) if person else None
        if actor is None or not (
            word in actor.name.lower().split() or actor.kind == self.actors.organisation_kind(word)
        ):
            return None
        return (
            self._known(actor.slug, pos)
            if actor.slug in self.actors.by_slug
            else self._touch(self.entities[actor.slug], pos)
        )


def _possessive(t: Token) -> bool:
    return any(c.dep_ == "case" for c in t.children)


def _bare_name(head: Token, span: Span) -> Span | None:
    """The capitalised name `head` ends, when the mention is that name alone (a clause on it
    aside): not "Mr Ri", "spokesman X", "X, a lawyer"."""
    doc, lo = head.doc, head.i
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i <= head.i:
        if doc[lo - 1].pos_ != "PROPN" or not doc[lo - 1].text[:1].isupper():
            return None
        lo -= 1
    before = [t for t in span if t.i < lo and t.lower_ != "the"]
    if before or any(c.dep_ in ("appos", "prep") for c in head.children):
        return None
    return doc[lo : head.i + 1]


def _relative_clause(head: Token, pronouns: frozenset[str]) -> bool:
    """ "X, which ran the tours until 2008,": a relative clause on X opened by one of `pronouns`."""
    clauses = [c for c in head.children if c.dep_ == "relcl"]
    return any(w.lower_ in pronouns for c in clauses for w in c.children)
