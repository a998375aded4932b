"""The body a person leads or works at now, told in a relative clause on their mention ("X, who
heads the Y Network", "X, who is now a fellow at the Y Institute") or in a main clause of
narration ("Ms X is a lawmaker of the Y Party", "X was elected in 2024 as a representative for
the Y Party"); part of `speakers.Discourse`, beside `placement.Placement`, whose finding of a
listed or named body it uses."""

from __future__ import annotations

from spacy.tokens import Token

# What the recogniser may call a name one heads or runs: no person, place, people or date ("Open
# Sea Voices" is often a product's or a work's name to it)
LED_KINDS = ("", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")


class LedPosts:
    """Posts told in a relative clause; mixed into Discourse, whose state it shares."""

    def _led_body(self, mention: list[Token]) -> str | None:
        """ "X, who heads the Y Network", "X, who is now a fellow at the Y Institute": the body a
        relative clause says the person leads or works at now; "X, who now serves as the
        association's secretary", "who heads the group": the body of that kind the story named."""
        for clause in self._post_clauses(mention):
            words = [w for w in clause.subtree if w.i > clause.i]
            if words:
                span = words[0].doc[words[0].i : words[-1].i + 1]
                found = self._listed_or_found(
                    words, span, words[0].idx, words[-1].idx + len(words[-1])
                ) or self._generic_named(words, clause.doc[clause.i : words[-1].i + 1])  # the verb its root
                if found:
                    return found
            led = self._led_name(clause)
            if led is not None:
                return led.id
        return None

    def _led_name(self, verb: Token):
        """ "X, who heads Free Korea Voices": the name a verb of leading takes as its object is the
        body led (found_bodies._proper_body), though no organisation word names it."""
        names = self.actors.names
        if names is None or verb.lemma_.lower() not in names.leading_verbs | names.founding_verbs:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return self._proper_body(obj, LED_KINDS) if obj is not None and obj.pos_ == "PROPN" else None

    def _post_clauses(self, mention: list[Token]) -> list[Token]:
        """The relative clauses on the mention that say what post the person holds now."""
        names = self.actors.names
        if names is None:
            return []
        leading, holding = names.leading_verbs, names.present_role_verbs
        out = []
        for t in mention:
            for c in (c for r in t.children if r.dep_ == "relcl" for c in _with_conjuncts(r)):
                lemma = c.lemma_.lower()  # "who fled in 2011 and now heads the Y Network": the second
                if any(_denied_or_added(n, names.additive_words) for n in c.children):
                    continue  # "who does not head ...", "who also heads ...": a second post
                if lemma in names.founding_verbs or (lemma in leading or lemma in holding) and _now(c):
                    out.append(c)  # "who heads ...", "who is now ..."; "who ran a factory" is past
        return out

    def _led_roles(self, mention: list[Token]) -> set[str]:
        """ "X, who heads the association": later "the association head" is X."""
        names = self.actors.names
        if names is None:
            return set()
        return {r for c in self._post_clauses(mention) for r in names.led_roles(c.lemma_.lower())}

    def note_post(self, subject: Token) -> None:
        """ "Ms Ahn is a lawmaker of the Y Party", "He chairs the Y Forum", "Ahn was elected in 2024
        as a representative for the Y Party": a post told in a main clause of narration places the
        named person it is told of, if nothing placed them before (what they said before it too:
        article_run._placed_later). A past post ("was a member until 2020"), a negated one, a
        country ("is a lawmaker of South Korea") and a relation that is no post ("is a critic of
        the Y Party") place nobody."""
        e = self._resolved.get(self.base + subject.idx)
        if e is None or e.kind != "person" or e.anonymous or e.org or e.unplaced:
            return
        if subject.head.dep_ not in ("ROOT", "conj") or subject.head.pos_ not in ("VERB", "AUX"):
            return
        for body in (*map(self._told_post, _with_conjuncts(subject.head)), self._fronted_post(subject)):
            if body:
                self._discover(e.name, "person", body, self.base + subject.idx, e.role)
                return

    def _fronted_post(self, subject: Token) -> str | None:
        """ "Now chairman of the Y Forum, he said ...", "A researcher at the Y Institute since 2021,
        Ahn argues ...": a post that opens the sentence, set off by a comma before its subject, is
        the subject's; not a past one ("A former member of ..."), nor a phrase with a verb ("Speaking
        at the Y Forum, ...") or with no post ("At the Y Institute, ...")."""
        names, doc = self.actors.names, subject.doc
        if names is None:
            return None
        start, end = subject.sent.start, subject.left_edge.i - 1
        while start < end and doc[start].lower_ in names.present_words | {"as"}:
            start += 1
        words = list(doc[start:end])
        ahead = words[: next((i for i, w in enumerate(words) if w.pos_ == "ADP"), len(words))]
        role = next((w for w in reversed(ahead) if w.pos_ in ("NOUN", "PROPN")), None)  # "floor leader of"
        if (
            end <= start
            or doc[end].text != ","
            or role is None
            or role.lower_ not in names.member_nouns
            or any(w.pos_ in ("VERB", "AUX") or w.lower_ in names.former_words for w in words)
        ):
            return None
        found = self._listed_or_found(words, doc[start:end], words[0].idx, words[-1].idx + len(words[-1]))
        actor = self._actor_of(found)
        return found if actor is not None and actor.kind not in ("government", "person") else None

    def _told_post(self, verb: Token) -> str | None:
        """The body a main clause's verb gives its subject a post in, or None."""
        names = self.actors.names
        if names is None or any(c.dep_ == "neg" for c in verb.children):
            return None
        for holder in _post_holders(verb, names):
            words = _without_clauses(holder)
            if any(w.lower_ in names.former_words for w in words):
                continue  # "is a former member of the Y Party"
            doc = holder.doc
            found = self._listed_or_found(
                words, doc[words[0].i : words[-1].i + 1], words[0].idx, words[-1].idx + len(words[-1])
            )
            actor = self._actor_of(found)
            if actor is not None and actor.kind not in ("government", "person"):
                return found
        return None


def _post_holders(verb: Token, names) -> list[Token]:
    """The words naming the post or its body: "was elected (as) a representative for ...", "is a
    lawmaker of ...", "works at ...", "chairs the ..." (a post held now; a choice for one, in the
    passive, holds from then on)."""
    lemma = verb.lemma_.lower()
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    objects = lambda *ps: [o for p in ps if p in preps for o in preps[p].children if o.dep_ == "pobj"]  # noqa: E731
    if lemma in names.appointing_verbs and any(c.dep_ == "auxpass" for c in verb.children):
        posts = [c for c in verb.children if c.dep_ == "oprd"] + objects("as")  # "was elected leader of"
        return [o for o in posts if o.lower_ in names.member_nouns] + objects("on", "for")
    if not _now(verb):
        return []
    if lemma in names.leading_verbs:
        return [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in names.present_role_verbs:
        posts = [c for c in verb.children if c.dep_ == "attr"] + objects("as")
        return [o for o in posts if o.lower_ in names.member_nouns] + objects("at", "for")
    return []


def _denied_or_added(word: Token, additive: frozenset[str]) -> bool:
    """ "not", or "also": a post denied, or held besides the one the person speaks for."""
    return word.dep_ == "neg" or word.dep_ == "advmod" and word.lower_ in additive


def _now(verb: Token) -> bool:
    """Present tense or present perfect: "is", "chairs", "has been"."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _without_clauses(noun: Token) -> list[Token]:
    """The noun's words without the clauses hung on it ("a lawmaker who criticised the Y Party")."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl", "advcl")]
    return [w for w in noun.subtree if not any(c.left_edge.i <= w.i <= c.right_edge.i for c in clauses)]


def _with_conjuncts(verb: Token) -> list[Token]:
    return [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
