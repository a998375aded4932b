"""A scene set abroad places a speaker whose own words do not (part of `speakers.Discourse`, beside
`placement.Placement`): a sentence opened by its place ("In Tokyo, Chief Cabinet Secretary X told
...", "At the Pentagon, press secretary X said") and a spokesperson's briefing "in Beijing"."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.names import text_of


class ScenePlacement:
    """Placement by the scene; mixed into Discourse, whose state it shares."""

    def place_by_scene(self, e, verb: Token, mention: list[Token]) -> None:
        """A scene set in a foreign capital places a speaker whose words do not: "In Tokyo, Chief
        Cabinet Secretary X told ..." (a sentence opened by its place, the news convention for a
        change of scene), and a spokesperson's "told a regular briefing in Beijing" (spokespeople
        brief at home). A person with a role but no body gets that country; an unqualified shared
        body ("foreign ministry spokesman") becomes that country's. A country named in the mention
        itself, or a person the scene does not fit (no role), is left as it is: an official of
        Seoul quoted "in Washington" with "South Korean" before the title stays Seoul's."""
        if e.kind != "person" or not e.heads or self._names_country(mention):
            return
        body = self._scene_body(verb)
        if body is not None and e.org is None:  # "At the Pentagon, press secretary X said"
            e.org = body
            return
        briefing = bool(e.heads & self.lexicon.briefing_roles)
        country = self._scene_country(verb, briefing) or self._subject_country_before(mention)
        if country is None or (e.org and country in self.actors.lineage(e.org)):
            return
        if e.org is None:
            e.org = country
        elif self._government_of(e.org) and len(self.actors.lineage(e.org)) > 1:
            e.unplaced, e.org = e.org, self.actors.counterpart(e.org, country) or e.org

    def _names_country(self, mention: list[Token]) -> bool:
        """A country or capital in the mention ("Seoul's Foreign Ministry spokesperson"), listed or
        recognised as a place or nationality."""
        if any(t.ent_type_ in ("GPE", "NORP") for t in mention):
            return True
        doc = mention[0].doc
        s, e = mention[0].idx, mention[-1].idx + len(mention[-1])
        return any(self._is_government(h.slug) for h in self.actors.find_names(text_of(doc), s, e))

    def _scene_body(self, verb: Token) -> str | None:
        """The listed body (not a country) a sentence opens with: "At the Pentagon, ...", "At the
        United Nations, ..." place a role-holder with no body of their own there."""
        start = verb.sent.start
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == start):
            actor = self._named_by(prep)
            if actor is not None and actor.kind not in ("person", "government"):
                return actor.slug
            owner = self._scene_owner(prep)
            if owner is not None:
                return owner
        return None

    def _scene_owner(self, prep: Token) -> str | None:
        """ "At the department's regular briefing, ...": the body a generic word refers back to
        (the one of that kind the story last named), owning the event the sentence opens at."""
        words = self.lexicon.organisation_words
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for owner in (
                c for c in obj.children if c.dep_ == "poss" and c.text.islower() and c.lower_ in words
            ):
                found = self._organisation_named(owner.lower_, self.base + owner.idx)
                if found is not None and found.kind not in ("person", "government"):
                    return found.id
        return None

    def _scene_country(self, verb: Token, briefing: bool) -> str | None:
        """The country of the capital or country the verb's sentence opens with ("In Tokyo, ..."),
        or, for a briefing, that the verb or its object is placed in ("a briefing in Beijing")."""
        start = verb.sent.start
        places = [
            c for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in" and (c.i == start or briefing)
        ]  # fmt: skip
        if briefing:  # "told a briefing in Beijing", "At a regular briefing in Beijing, ... said"
            at = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children]
            objects = [c for c in [*verb.children, *at] if c.dep_ in ("dobj", "dative", "pobj")]
            places += [g for o in objects for g in o.children if g.dep_ == "prep" and g.lower_ == "in"]
        for prep in places:
            actor = self._named_by(prep)
            if actor is not None and actor.kind == "government":
                return actor.slug
        return None

    def _subject_country_before(self, mention: list[Token]) -> str | None:
        """ "Norway, which chairs the panel, was blunter. Foreign ministry spokeswoman X said":
        a sentence whose subject is a foreign country ("Russia", "some in Tokyo", "Japan's
        response") sets the scene for the role-holder who opens the next sentence of the
        paragraph (the news convention for a round of reactions, country by country). Not the
        story's default home, nor a country every story is about (data/names.toml
        `story_subjects`: "North Korea fired a missile. Defense Ministry spokesperson X said" is
        Seoul's), nor a holder named as the default home's people are."""
        first, names = mention[0], self.actors.names
        if names is None or first.i != first.sent.start or first.sent.start == 0:
            return None
        words = [t.text for t in mention if t.pos_ == "PROPN" and t.text[:1].isupper()]
        held = names.nation_of_name(words[-2:]) if len(words) >= 2 else None
        if held is not None and self._government_named(held) == self._default_home():
            return None
        skipped = {self._default_home(), *(self._government_named(s) for s in names.story_subjects)}
        root = first.doc[first.sent.start - 1].sent.root
        for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            places = [
                g for c in subject.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
            ]
            for t in (subject, *(g for g in places if g.dep_ == "pobj")):
                found = self.actors.find_names(text_of(t.doc), t.left_edge.idx, t.idx + len(t))
                country = found[-1].slug if found and self._is_government(found[-1].slug) else None
                if country is not None:
                    return None if country in skipped else country
        return None

    def _named_by(self, prep: Token):
        """The listed actor a preposition's object names ("in Tokyo", "at the Pentagon"), if any."""
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = self.actors.find_names(text_of(obj.doc), obj.left_edge.idx, obj.idx + len(obj))
            if found:
                return self.actors.get(found[-1].slug)
        return None
