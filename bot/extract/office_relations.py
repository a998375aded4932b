"""A person placed through another person the text relates them to (part of `speakers.Discourse`).

News copy often gives a person's body only through someone already placed:
- "Foreign Minister A and his South Korean counterpart, B": B holds A's office for that country,
  and A, whose counterpart is South Korean, is not South Korea's: A is of the country of the
  scene ("agreed in Tokyo") or of the story's home, else of no body the text tells.
- "Two days later, his colleague C said": C is of the body of the person "his" refers to, the
  last person speaking ("his party colleague", "a former colleague" are other relations).
- "The ministry responded cautiously. Spokesman D told reporters": a bare spokesperson's title
  opening a sentence, or a clause after "but" or "and" ("The ministry declined to comment, but a
  spokesperson said"), in the paragraph where a body (not a country) was the last subject, is that
  body's spokesperson, named or not.
- "Chief Cabinet Secretary E said ... The top government spokesman said": a body's top post,
  named with a word of rank, is the named person last speaking for that body.
The story's home country, which these relations fall back on, is story_home.py's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.doc_cache import lowers_of
from bot.extract.story_home import REFERRED_REACH

BARE_TITLE_WORDS = frozenset({"a", "the", "deputy", "chief"})  # a spokesperson's title, nothing else


class OfficeRelations:
    """Mixed into Discourse, whose state it shares."""

    def _related_org(self, mention: list[Token], pos: int) -> str | None:
        return (
            self._colleague_org(mention, pos)
            or self._owned_post_org(mention, pos)
            or self._spokesperson_org(mention, pos)
            or self._post_of_representation(mention, pos)
        )

    def _owned_post_org(self, mention: list[Token], pos: int) -> str | None:
        """ "The union said ... Its spokeswoman, X, said", "the group's leader, Y": a post owned by
        "its" or by "the <body word>'s" is of the body (not a country: "its envoy" is left to the
        other rules) named last close before."""
        heads = [t.head for t in mention if t.dep_ == "appos" and t.head.i < mention[0].i]
        for t in [*mention, *heads]:
            owner = next((c for c in t.children if c.dep_ == "poss" and c.i < t.i), None)
            if owner is None or _whole_word(t) not in self.lexicon.person_roles:
                continue
            body_word = owner.lower_ in self.lexicon.organisation_words and _definite(owner, self.lexicon)
            if owner.lower_ not in self.lexicon.body_possessives and not body_word:
                return None  # "his spokesman", "Seoul's envoy": other rules' to place
            body = self._owner_named_last(owner, pos)
            country, since = self._country_owning(owner, t, pos)
            before = self.entities[body].seen_before(pos) if body else -1
            if country and before < since:
                return country  # the country of its sentence or last subject, not a body named before
            return body
        return None

    def _country_owning(self, owner: Token, post: Token, pos: int) -> tuple[str | None, int]:
        """ "North Korea's delegation was led by its ambassador to Jakarta, X": "its" on a
        diplomat's post (data/names.toml `role_groups`) is the country named before it in the
        sentence, else the country that was the paragraph's last subject ("Japan welcomed the
        report. Its ambassador, X, said ..."), when no body is named after that; with the place
        from which on a body named would be the owner instead."""
        names = self.actors.names
        if owner.lower_ != "its" or names is None or "ambassador" not in names.role_kin(post.lower_):
            return None, -1
        named = self._government_in(owner.doc, owner.sent.start_char, owner.idx)
        if named is not None:
            return named, self.base + owner.sent.start_char
        last = max(self.entities.values(), key=lambda e: e.subject_before(pos), default=None)
        if last is None or last.subject_before(pos) < self.base or last.kind != "government":
            return None, -1
        return last.id, last.subject_before(pos)

    def _owner_named_last(self, owner: Token, pos: int) -> str | None:
        kind = self.actors.organisation_kind(owner.lower_)
        self._note_listed_before(owner.doc, owner.idx, lambda a: a.kind != "government")

        def fits(e) -> bool:
            return e.kind not in ("person", "group", "government") and kind in ("other", e.kind)

        near = [
            e for e in self.entities.values() if fits(e) and 0 <= pos - e.seen_before(pos) <= REFERRED_REACH
        ]
        best = max(near, key=lambda e: e.seen_before(pos), default=None)
        return best.id if best is not None else None

    def _counterpart_word(self, ent: Span, mention: list[Token]) -> tuple[Token, str] | None:
        """ "his South Korean counterpart, X", "X, her Japanese counterpart": the word and the
        country that qualifies it (a counterpart of no country tells no country); the word right
        before the name is its own however the parser hung them ("A and his Chinese counterpart
        X agreed", parsed as two subjects)."""
        words = self.actors.names.counterpart_words if self.actors.names else frozenset()
        heads = [ent.root.head] if ent.root.dep_ == "appos" else []
        heads += [ent.doc[ent.start - 1]] if ent.start > 0 else []
        for t in [*mention, *heads]:
            found = self._qualified_counterpart(t, words)
            if found:
                return found
        return None

    def _qualified_counterpart(self, t: Token, words: frozenset[str]) -> tuple[Token, str] | None:
        if t.lower_ not in words:
            return None
        poss = [c for c in t.children if c.dep_ == "poss"]
        if any(c.lower_ not in self.lexicon.person_possessives for c in poss):
            return None  # "their counterparts", "Japan's counterpart"
        start = t.left_edge.idx if not poss else poss[0].idx + len(poss[0])
        country = self._government_in(t.doc, start, t.idx)
        return (t, country) if country else None

    def _counterpart_org(self, ent: Span, mention: list[Token]) -> str | None:
        """X introduced as another's counterpart of a country: that country's body of the other's
        office (the country itself when no such body is listed)."""
        found = self._counterpart_word(ent, mention)
        if found is None:
            return None
        t, country = found
        other = self._person_before(t)
        office = (
            self._office_of(other.unplaced or other.org) if other and (other.unplaced or other.org) else None
        )
        if office is None:
            return country
        return self._same_office(office, country)

    def _same_office(self, office: str, country: str) -> str:
        """`country`'s body of the office `office` is (the country when none is listed or found)."""
        if country in self.actors.lineage(office):
            return office
        return self.actors.counterpart(office, country) or self._country_office(office, country) or country

    def mind_counterparts(self, ent: Span, e) -> None:
        """The person a sentence's "his/her <country> counterpart" belongs to (the last person
        named before it in the sentence) is not of that country: of the scene's or the home
        country, if another, else of no body the text tells ("Foreign Minister Ono and his South
        Korean counterpart met in Seoul")."""
        words = self.actors.names.counterpart_words if self.actors.names else frozenset()
        if words.isdisjoint(lowers_of(ent.doc)):
            return  # most paragraphs name no counterpart: no need to walk the sentence
        for t in ent.sent:
            found = self._qualified_counterpart(t, words) if t.i >= ent.end else None
            if found is None or self._person_before(found[0]) is not e:
                continue
            country = found[1]
            if not e.org or country not in self.actors.lineage(e.org):
                return
            other = next((c for c in (self._sentence_scene(t), self.home) if c and c != country), None)
            office = self._office_of(e.org)
            e.unplaced, e.org = (
                e.org,
                (self._same_office(office, other) if office else other) if other else None,
            )
            return

    def _office_of(self, slug: str) -> str | None:
        """The default home's body of the office `slug` is (itself, or the body it is the
        counterpart of: "Japanese Foreign Ministry" -> "Foreign Ministry")."""
        default = self._default_home()
        if default in self.actors.lineage(slug):
            return slug
        country = self._government_of(slug) if self.actors.get(slug) else None
        for body in self.actors.by_slug.values():
            if body.parent == default and country and self.actors.counterpart(body.slug, country) == slug:
                return body.slug
        return None

    def _sentence_scene(self, t: Token) -> str | None:
        """The country the sentence's main verb is placed in ("agreed Tuesday in Tokyo")."""
        for prep in (c for c in t.sent.root.children if c.dep_ == "prep" and c.lower_ == "in"):
            actor = self._named_by(prep)
            if actor is not None and actor.kind == "government":
                return actor.slug
        return None

    def _person_before(self, t: Token):
        """The person last named before `t` in its sentence (whom "his" refers to)."""
        start, at = self.base + t.sent.start_char, self.base + t.idx
        people = [e for e in self.entities.values() if e.kind == "person" and start <= e.seen_before(at) < at]
        return max(people, key=lambda e: e.seen_before(at), default=None)

    def _colleague_org(self, mention: list[Token], pos: int) -> str | None:
        """ "his colleague X": the body of the last person speaking whom "his" fits."""
        words = self.actors.names.colleague_words if self.actors.names else frozenset()
        heads = [t.head for t in mention if t.dep_ == "appos" and t.head.i < mention[0].i]
        for t in [*mention, *heads]:  # "his colleague, X": the name in apposition
            mods = [c for c in t.children if c.i < t.i and c.dep_ != "det"]
            if t.lower_ not in words or len(mods) != 1 or mods[0].dep_ != "poss":
                continue  # "his party colleague", "a former colleague": not of the same body
            if mods[0].lower_ not in self.lexicon.person_possessives:
                return None
            gender = "f" if mods[0].lower_ == "her" else "m"
            people = [
                e
                for e in self.entities.values()
                if e.kind == "person" and e.gender in (None, gender) and e.subject_before(pos) >= 0
            ]
            other = max(people, key=lambda e: e.subject_before(pos), default=None)
            return other.org if other else None
        return None

    def _spokesperson_org(self, mention: list[Token], pos: int, named: bool = True) -> str | None:
        """ "Spokesman X" opening a sentence or a clause after "but" or "and", or right after the
        quote it attributes ("“...,” deputy spokeswoman X said"): the body (not a country) last the
        subject in the paragraph or the one before ("The ministry expressed regret. / “...,” deputy
        spokesperson X told a briefing"), when nothing was the subject since. `named` False: the
        title alone ("A spokesperson told reporters")."""
        names = self.actors.names
        words = names.spokesperson_words if names else frozenset()
        posts = words | (names.staff_posts if names else frozenset())
        title = _title_without_portfolio([t for t in mention if t.ent_type_ != "PERSON" and not t.is_punct])
        bare = posts | BARE_TITLE_WORDS | (names.staff_ranks if names else frozenset())
        first = mention[0]
        opens = (
            first.is_sent_start or _after_quote(first) or _after_fronted_phrase(first) or _after_and(first)
        )
        if not (opens and title and (len(title) < len(mention) or not named)):
            return None
        if not all(t.lower_ in bare for t in title) or not any(t.lower_ in posts for t in title):
            return None
        body = self._body_subject_just_before(first)
        if body is not None:
            return body
        last = max(self.entities.values(), key=lambda e: e.subject_before(pos), default=None)
        if last is None or last.subject_before(pos) < self.previous_base:
            return None
        if last.kind == "person" and last.anonymous and words & last.heads:
            return last.org  # "a Foreign Ministry spokesperson said ... Spokesperson X": the one named
        return None if last.kind in ("person", "group", "government") else last.id

    def _body_subject_just_before(self, first: Token) -> str | None:
        """ "The ministry responded cautiously. “…,” spokeswoman X said": a body (not a country)
        that is the subject of the sentence right before, in the same paragraph, which the
        paragraph's subjects, read after its people are placed (article_run), do not yet tell."""
        sent = first.sent
        if (
            sent.start == 0
            or not sent[0].is_quote
            and any(t.dep_ in ("nsubj", "nsubjpass") for t in first.doc[sent.start : first.i])
        ):
            return None  # "Analyst X called it a bluff, but a spokesman said": someone else since
        before = first.doc[sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON" or any(t.is_quote for t in before):
            return None  # a pronoun, or a quote's speaker, is read in its turn
        words = list(subject.subtree)
        s, e = words[0].idx, words[-1].idx + len(words[-1])
        found = self._listed_or_found(words, first.doc[words[0].i : words[-1].i + 1], s, e)
        actor = self._actor_of(found)
        return found if actor is not None and actor.kind not in ("person", "group", "government") else None

    def _post_holder(self, mention: list[Token], span: Span, pos: int):
        """ "Chief Cabinet Secretary X said ... The top government spokesman said": a body's top
        post, named with "the" and a word of rank (data/names.toml `rank_words`), is held by the
        named person last speaking for that body."""
        ranks = self.actors.names.rank_words if self.actors.names else frozenset()
        if not any(t.lower_ in ranks and t.dep_ == "amod" for t in mention):
            return None
        org, _ = self._org_in(mention, span)
        people = [
            e
            for e in self.entities.values()
            if e.kind == "person" and not e.anonymous and org and e.org == org and e.subject_before(pos) >= 0
        ]
        best = max(people, key=lambda e: e.subject_before(pos), default=None)
        return self._touch(best, pos) if best else None


def _whole_word(t: Token) -> str:
    """ "the group's co-chair", parsed "co", "-", "chair" with the owner on "co": the post is the
    hyphenated word's last part."""
    doc = t.doc
    joined = t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_
    return doc[t.i + 2].lower_ if joined and not doc[t.i + 1].whitespace_ else t.lower_


def _definite(t: Token, lexicon) -> bool:
    """ "the group's", not "a group's" nor "Hanwha's": a body referred back to."""
    return any(c.dep_ == "det" and c.lower_ in lexicon.definite_determiners for c in t.children)


def _title_without_portfolio(title: list[Token]) -> list[Token]:
    """ "Under Secretary for Trade and Shipping": the title up to its portfolio, which names a
    field, not a body."""
    cut = next((k for k, t in enumerate(title) if t.lower_ == "for" and k > 0), len(title))
    return title[:cut]


def _after_fronted_phrase(t: Token) -> bool:
    """ "In a statement, spokeswoman X said": right after a phrase opening the sentence and
    ending in a comma, with no verb of its own and no owner or name ("At the company's briefing,"
    and "In Oslo," say whose post it is)."""
    doc, start = t.doc, t.sent.start
    if t.i < 2 or doc[t.i - 1].text != "," or doc[start].dep_ != "prep":
        return False
    return not any(w.pos_ in ("VERB", "AUX", "PROPN") or w.dep_ == "poss" for w in doc[start : t.i - 1])


def _after_and(t: Token) -> bool:
    """ "The ministry declined to comment, but a spokesperson said": right after "but", or ", and",
    joining a clause to the sentence's first ("The ministry and a spokesperson" join two names)."""
    doc = t.doc
    if t.i < t.sent.start + 2 or doc[t.i - 1].dep_ != "cc":
        return False
    word = doc[t.i - 1].lower_
    return word == "but" or (word == "and" and doc[t.i - 2].text == ",")


def _after_quote(t: Token) -> bool:
    """ "“...,” spokesman X said": the token right after a quote's closing mark and its comma."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].is_quote and doc[t.i - 2].text in (",", "?", "!")
