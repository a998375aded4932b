"""Unnamed sources and the words for a statement (part of `speakers.Discourse`): "a Foreign
Ministry official" gets an id local to the article, one per source, and "another official" is a
new one of the same body; "the official" is the last one so described, "the analyst" the person
introduced in a role of that kind; officials speaking as a group ("Ministry officials said") are one
group; envoys of a bloc's members speak as the bloc; "the statement said" is its issuer's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.discourse_entity import Entity
from bot.extract.mentions import determiner, mention_tokens
from bot.extract.names import text_of
from bot.tables import slugify


class UnnamedSources:
    """Mixed into Discourse, whose state it shares."""

    def _unnamed(self, head: Token, mention: list[Token], span: Span, pos: int) -> Entity | None:
        if head.pos_ not in ("NOUN", "PROPN"):
            return self._one_of(head, pos)
        role = _misread_role(head, self.lexicon.anonymous_heads)  # "an official present at the talks"
        word = role.lemma_.lower()
        mods = {t.lower_ for t in role.children if t.dep_ == "amod"} - self.lexicon.anaphor_modifiers
        det = determiner(head) or _dated(head)
        plural = head.tag_ in ("NNS", "NNPS")
        pair = self._pair_speaking(head, pos)
        if pair is not None:
            return pair
        if word in self.lexicon.medium_nouns:
            issuer = self._issuer_named(head, pos)
            if issuer is not None:
                return issuer
        if (maker := self._put_out_by(head, pos)) is not None:
            self.documents[word] = maker  # "the report says" later: its maker
            return maker
        if det in self.lexicon.definite_determiners:
            if word in self.documents:
                return self._touch(self.documents[word], pos)
            if word in self.lexicon.medium_nouns:  # "the statement said": the body that just spoke
                found = self._last_subject(lambda e: self._body_near(e, pos), pos)
                if found:
                    return found
            where = self._places_on(head)  # "the Jagang source": the one introduced "in Jagang Province"
            found = self._last(  # "the official" is one person, not the officials met before, and
                lambda e: (  # "the officials" are not one named person ("X, a senior party official")
                    word in e.heads
                    and mods <= e.mods
                    and (e.kind != "person" or e.anonymous if plural else e.kind != "group")
                    and all(w in e.name.split() for w in where)
                ),
                pos,
            ) or self._same_role(word, mods, pos)
            found = found or (self._post_holder(mention, span, pos) if not plural else None)
            found = found or (self._epithet(head, pos) if det == "the" and not plural else None)
            if found:
                return found
            if word in self.lexicon.organisation_words:
                named = self._organisation_named(word, pos) or self._home_government(head, pos)
                return named or self._body_referred(word, pos)
        owned = self._owners_body(head, pos)
        if owned is not None:
            return owned
        org, title = self._org_in(mention, span)
        if title is not None and title.islower():  # "a military official": the story's military body first
            org = self._military_body(mention, pos) or org
        ordinals = self.actors.names.ordinal_words if self.actors.names else frozenset()
        if org is None and (det in ("another", "one") or mods & ordinals):
            # "another official", "one official", "a second official": of the same kind
            same = self._last(lambda e: word in e.heads and e.anonymous, pos)
            org = same.org if same else None
        org = org or self._military_body(mention, pos)
        if org is None and not plural:  # "The ministry declined to comment. A spokesperson said"
            org = self._spokesperson_org(mention, pos, named=False)
        if plural and det is None and self._members_speaking(head, org):
            return self._known(org, pos)  # "Foreign ministers of the Group of Seven said": the body
        if plural and det is None and (kept := self._records_keeper(head.lower_, org, pos)) is not None:
            return kept
        if plural and det is None:
            key = f"group-{slugify(span.text)}"
            if key in self.entities:
                return self._touch(self.entities[key], pos)
            e = Entity(key, span.text, "group", org, True, {word}, mods)
            return self._touch(e, pos)
        self._anon_count += 1
        e = Entity(f"anon-{org or 'source'}-{self._anon_count}", span.text, "person", org, True, {word}, mods)
        return self._touch(e, pos)

    def _places_on(self, head: Token) -> list[str]:
        """The words of a place the recogniser knows, no listed country or body, set before a
        source's role word ("the Jagang Province source"): which of the sources met before is meant."""
        places = ("GPE", "LOC")
        words = [t for t in head.subtree if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ in places]
        if not words or self.actors.find_names(words[0].doc[words[0].i : words[-1].i + 1].text):
            return []
        return [t.text for t in words]

    def _epithet(self, head: Token, pos: int) -> Entity | None:
        """ "X, who escaped across the river in 2011, said … The defector also accused …": a person word
        with "the" that matches nobody introduced so is the writer's epithet for the named person
        in view, the last one a subject in this paragraph or the one before (not a body's word nor
        a text's, "the ministry", "the report"; not a description of its own, "the sister of Y";
        not the word an unnamed source was introduced with, however the parser hung it)."""
        lex, word = self.lexicon, head.lemma_.lower()
        if word not in (lex.anonymous_heads | lex.role_nouns | lex.person_nouns):
            return None
        if word in (lex.organisation_words | lex.medium_nouns | lex.finding_nouns | lex.published_nouns):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
        people = self.entities.values()
        introduced = lambda e: e.anonymous and e.kind != "group" and word in e.heads | e.mods  # noqa: E731
        if any(introduced(e) and e.seen_before(pos) >= 0 for e in people):  # not "members of defector groups"
            return None
        near = [e for e in people if e.kind == "person" and not e.anonymous]
        found = max(near, key=lambda e: e.subject_before(pos), default=None)
        if found is None or found.subject_before(pos) < self.previous_base or self._other_role(found, head):
            return None
        if any(t.text in found.parts for t in head.sent if t.pos_ == "PROPN"):
            return None  # "The minister met Ri": not Ri
        return self._touch(found, pos)

    def _other_role(self, e: Entity, head: Token) -> bool:
        """Introduced in a role ("a senior fellow", "the fisheries ombudsman"), the person is
        not "the diplomat" nor "the inspector", roles of another kind (data/names.toml
        role_groups: "The Rev. X" is "the pastor", a "special representative" "the envoy"; any
        post of government, `official_posts`, "the official"), nor "the former ombudsman": that is
        someone else."""
        lex, word = self.lexicon, head.lemma_.lower()
        names = self.actors.names
        kin = names.role_kin if names else (lambda w: frozenset())
        described = self._described_by(e)
        given = described & (lex.anonymous_heads | lex.role_nouns | lex.person_nouns)
        given |= names.role_phrases(described) | {w for w in described if kin(w)} if names else frozenset()
        posts = names.official_posts if names else frozenset()
        if word == "official" and given & posts:  # "the official": any post of government
            return False
        if given and word not in given and not any(word in kin(w) for w in given):
            return True
        former = names.former_words if names else frozenset()
        once = word in given  # "the ombudsman" introduced, "the former ombudsman" later
        return once and any(c.lower_ in former and c.lower_ not in e.described for c in head.children)

    def _members_speaking(self, head: Token, org: str | None) -> bool:
        """ "Foreign ministers of the Group of Seven", "Leaders of the bloc's members": the members'
        envoys of an international body, speaking together, speak as that body."""
        body = self._actor_of(org)
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        return body is not None and body.kind == "international" and bool(of)

    def _issuer_named(self, head: Token, pos: int) -> Entity | None:
        """ "the Foreign Ministry statement also criticised Tokyo", "an editorial in the X Daily
        said": a body named before the word for its statement, or after it by "in"/"by", issued
        it; of the bodies so named (Seoul's, the North's), the one the story last spoke of."""
        doc = head.doc
        before = [c for c in head.children if c.dep_ in ("compound", "nmod", "poss") and c.i < head.i]
        spans = [(min(c.left_edge.idx for c in before), head.idx)] if before else []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "from")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):  # "an editorial in the X Daily"
                spans.append((obj.left_edge.idx, obj.idx + len(obj)))
        hits = [
            (h, s)
            for s, e in spans
            for h in self.actors.find_names(text_of(doc), s, e)
            if self.actors.get(h.slug).kind != "person"
        ]
        if not hits:
            return None
        slug = self._qualified(*hits[-1][:1], text_of(doc), hits[-1][1], doc)  # "KCNA carried a Foreign ..."
        same = [b for b in self.entities.values() if b.kind != "person" and self._same_name(b.id, slug)]
        if same:
            return self._touch(max(same, key=lambda b: b.seen_before(pos)), pos)
        return self._known(slug, pos)

    def _put_out_by(self, head: Token, pos: int) -> Entity | None:
        """ "The report, compiled by the X Panel, says", "according to data released by the Y
        Bureau": a saying, finding or record whose maker a participle of making or putting it out
        names after "by" is that maker's (lexicon authoring_verbs, putting_out_verbs)."""
        lex = self.lexicon
        if not {head.lower_, head.lemma_.lower()} & (lex.medium_nouns | lex.finding_nouns | lex.record_nouns):
            return None
        verbs = lex.authoring_verbs | lex.putting_out_verbs
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if acl.lemma_.lower() in lex.attributing_verbs:
                return self._attributed_to(acl, pos)
            if acl.lemma_.lower() not in verbs:
                continue
            for by in (c for c in acl.children if c.dep_ == "agent"):
                maker = next((g for g in by.children if g.dep_ == "pobj"), None)
                found = self.resolve(maker, mention_tokens(maker, lex), salient=False) if maker else None
                if found is not None and not found.anonymous:
                    return found
        return None

    def _attributed_to(self, acl: Token, pos: int) -> Entity | None:
        """ "The statement, attributed to an unnamed ministry spokesperson, said": the author
        named after "to", as "by" names one ("a statement by a ministry spokesperson")."""
        for to in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "to"):
            author = next((g for g in to.children if g.dep_ == "pobj"), None)
            found = self.resolve(author, mention_tokens(author, self.lexicon)) if author else None
            if found is not None:
                return found
        return None

    def _same_name(self, body: str, slug: str) -> bool:
        """Whether `body` is the listed `slug` or its counterpart in another country."""
        if body == slug:
            return True
        country = self._government_of(body) if self.actors.get(body) else None
        return country is not None and self.actors.counterpart(slug, country) == body

    def _same_role(self, word: str, mods: set[str], pos: int) -> Entity | None:
        """ "the analyst" for the person introduced as "a senior fellow at the institute", "the
        rapporteur" for "X, the UN special rapporteur on ...": a named person described with that
        role word or one of its kind (data/names.toml role_groups), and with the mention's modifiers
        ("the former envoy" is no envoy in office)."""
        if word in self.lexicon.organisation_words:
            return None  # "the ministry" is its body, not a person described with the word
        names = self.actors.names
        kin = names.role_kin(word) if names else frozenset()
        phrases = names.role_phrases if names else (lambda words: frozenset())
        named = lambda e: e.kind == "person" and not e.anonymous  # noqa: E731
        fits = lambda e: named(e) and bool(kin & (e.described | phrases(e.described)))  # noqa: E731
        # of two that fit, the one speaking in this paragraph or the one before, not one named in passing
        near = self._last_subject(lambda e: fits(e) and e.subject_before(pos) >= self.previous_base, pos)
        titled = lambda e: named(e) and self._titled(e, word, mods)  # noqa: E731
        return near or self._last(fits, pos) or self._last(titled, pos)

    def _titled(self, e: Entity, word: str, mods: set[str]) -> bool:
        """Introduced with the role word in an apposition ("X, the UN special rapporteur on ..."),
        or with it as a title written short ("Gen. X": later "the general"), and with the
        mention's modifiers."""
        full = self.lexicon.full_titles
        short = {full[w] for w in e.described if w in full}
        titled = word in short or word in e.heads  # "Former Minister X": later "the former minister"
        return mods <= e.described and (titled or "," in e.described and word in e.described)


def _dated(head: Token) -> str | None:
    """ "Tuesday's statement", "Monday's editorial": a day owning the word names one already told
    of, as "the" would."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return "the" if owner is not None and owner.ent_type_ == "DATE" else None


def _misread_role(head: Token, roles: frozenset[str]) -> Token:
    """ "a Japanese official present at the meeting": the parser may take the adjective after the
    role word for the head noun, the role word for its modifier; the role word is the head."""
    role = next((c for c in head.children if c.i == head.i - 1 and c.lower_ in roles), None)
    return role if role is not None and head.lower_ not in roles else head
