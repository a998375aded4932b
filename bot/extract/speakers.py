"""Who a speaker mention refers to, within one article.

Named people and organisations resolve to actor slugs (known from data/actors.toml, or
discovered: a slug from the name). Unnamed sources get an id local to the article, one per
source: "a Foreign Ministry official" and "another Foreign Ministry official" are two people.
Later references resolve to the most recent compatible entity: "the official" to the last
official, "the senior official" to the last one described as senior, "he" to the last person,
a surname alone to the person whose first or last name part it is ("Jung" is Jung Chung-rae,
not Chung Dong-young). Hobbs-style recency, restricted by head noun and modifiers.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.back_references import BackReferences
from bot.extract.country_placement import CountryPlacement
from bot.extract.cues import non_speaker
from bot.extract.discourse_entity import Entity
from bot.extract.found_bodies import FoundBodies
from bot.extract.issuers import Issuers
from bot.extract.led_posts import LedPosts
from bot.extract.lexicon import Lexicon
from bot.extract.mentions import (
    determiner,
    in_passing,
    mention_tokens,
    past_dateline,
    split_off,
)
from bot.extract.minister_placement import MinisterPlacement
from bot.extract.names import ActorIndex, text_of
from bot.extract.national_bodies import NationalBodies
from bot.extract.office_relations import OfficeRelations
from bot.extract.organisations import Organisations
from bot.extract.person_refs import PersonRefs
from bot.extract.placement import Placement
from bot.extract.pronouns import Pronouns
from bot.extract.qualified_offices import QualifiedOffices
from bot.extract.report_frames import asked_speaker
from bot.extract.scene_placement import ScenePlacement
from bot.extract.story_home import StoryHome
from bot.extract.unnamed_sources import UnnamedSources
from bot.model import Actor
from bot.tables import slugify

# "the 71-year-old", "the 71-year-old former minister": a person described by age alone is the one
# the story is about, as a pronoun would be
AGED = re.compile(r"^(?:the|The) (?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$")

IT_REACH = 600  # characters: "it said" refers to a body that was the subject this close before


class Discourse(
    Organisations,
    FoundBodies,
    Placement,
    MinisterPlacement,
    CountryPlacement,
    ScenePlacement,
    LedPosts,
    NationalBodies,
    PersonRefs,
    OfficeRelations,
    QualifiedOffices,
    BackReferences,
    StoryHome,
    Issuers,
    UnnamedSources,
    Pronouns,
):
    """The entities of one article, in order of mention."""

    def __init__(self, actors: ActorIndex, lexicon: Lexicon):
        self.actors, self.lexicon = actors, lexicon
        self.entities: dict[str, Entity] = {}
        self.discovered: dict[str, Actor] = {}
        self._anon_count = 0
        self.base = 0  # character offset of the paragraph being read: positions are article-wide
        self.previous_base = 0  # that of the paragraph read before it
        self.bases: list[int] = []  # those of the paragraphs read so far
        self._resolved: dict[int, Entity | None] = {}  # one resolution per mention
        self.named_in: dict[int, set[str]] = {}  # paragraph start -> entities referred to in it
        self.documents: dict[str, Entity] = {}  # "statement" -> who spoke in it ("the statement added")
        self.issued: tuple[int, Entity] | None = None  # where the last statement was issued, by whom
        self.issued_mention = (0, 0)  # the words naming who issued it
        self.text_subject: tuple[int, Entity] | None = None  # "The statement said ...": where, whose
        self.talked: tuple[Entity, tuple[int, int]] | None = None  # "X spoke to the paper": X, mention
        self.paragraph_starts: list[int] = []  # where the paragraphs read so far begin
        self.acronyms: dict[str, str] = {}  # "JCS" -> the body bracketed with it ("... Staff (JCS)")
        self.home = self._default_home()  # the country whose offices the story names bare
        self.wire_story = False  # filed by an international agency, which names every country
        self.filed_from: str | None = None  # the country of a foreign dateline on such a story
        self.headline_names: frozenset[str] = frozenset()  # the listed bodies the headline names
        self.spelled: dict[str, str] = {}  # a found body's slug in American spelling -> its slug
        self.placing = -1  # where the name of the person being placed starts (in the paragraph)
        self.story_words: frozenset[str] = frozenset()  # the story's words in lower case (note_story_words)

    # --- registering ------------------------------------------------------------------------
    def _touch(self, e: Entity, pos: int) -> Entity:
        if not self.paragraph_starts or self.paragraph_starts[-1] < self.base:
            self.paragraph_starts.append(self.base)
        e.last_seen = max(e.last_seen, pos)
        e.seen.append(pos)
        self.entities[e.id] = e
        return e

    def _known(self, slug: str, pos: int, heads: set[str] = frozenset()) -> Entity:
        e = self.entities.get(slug)
        if e is None:
            a = (
                self.actors.get(slug) or self.discovered[slug]
            )  # or a country's office found (_country_office)
            parts = tuple(p for n in (a.name, *a.aliases) for p in (n.split()[0], n.split()[-1]))
            org = self.actors.organisation_of(slug) or (slug if a.discovered else None)
            e = Entity(slug, a.name, a.kind, org, False, parts=parts, role=a.role)
            if a.role:
                e.heads.update(w.lower() for w in a.role.split())
        e.heads.update(heads)
        return self._touch(e, pos)

    def _body_slug(self, name: str) -> str:
        """A body found in the text is slugged from its name as the text spells it ("Centre for
        Asian Studies"), as a team would; one written both ways in an article stays one body, and
        one listed in the other spelling is the listed one."""
        american = slugify(self.actors.american(name))
        if american in self.actors.by_slug:
            return american
        return self.spelled.setdefault(american, slugify(name))

    def _discover(self, name: str, kind: str, org: str | None, pos: int, role: str | None) -> Entity:
        slug = slugify(name) if kind == "person" else self._body_slug(name)
        if slug in self.actors.by_slug:
            return self._known(slug, pos)
        e = self.entities.get(slug) or Entity(
            slug, name, kind, org, False, parts=(name.split()[0], name.split()[-1])
        )
        e.org = e.org or org
        e.role = e.role or role
        if slug not in self.discovered or (org and not self.discovered[slug].parent):
            parent = org if org != slug else None
            self.discovered[slug] = Actor(slug, name, kind, parent=parent, role=e.role, discovered=True)
        return self._touch(e, pos)

    def note_person(self, ent: Span, mention: list[Token] | None = None) -> Entity | None:
        """A PERSON named in narration: remembered for later surnames and pronouns."""
        name = " ".join(ent.text.replace("’s", "").replace("'s", "").split())
        passing = in_passing(ent)
        surname = self._titled_surname(name, self.base + ent.start_char)
        if surname is not None:  # "Mr Ri" after "Ri Chol-min": the same man, not a new one
            return self._passing(self._touch(surname, self.base + ent.start_char), passing)
        if len(name.split()) < 2:
            return None
        titles = [t for t in mention or () if t.i < ent.start] + [
            c for c in ent.root.children if c.dep_ == "appos"
        ]
        gender = self._introduced_gender(titles)
        hits = [h for h in self.actors.find_names(name) if self.actors.get(h.slug).kind == "person"]
        if hits:
            known = self._known(hits[0].slug, self.base + ent.start_char)
            known.gender = known.gender or gender
            return self._passing(known, passing)
        org, role = self._org_in(mention or list(ent), ent)
        org = self._counterpart_org(ent, mention or list(ent)) or org
        described = {t.lower_ for t in mention or ()}
        # "Unification Minister Nam ...", "Nam, who chairs ...": later "the minister", "the chair"
        roles = self._role_words(titles) | self._led_roles(mention or [])
        for e in self.entities.values():
            if e.kind == "person" and e.name == name:
                if org and not e.org and e.unplaced is None:  # not a person a counterpart unplaced
                    self._discover(name, "person", org, self.base + ent.start_char, role)
                e.described |= described
                e.heads |= roles
                e.gender = e.gender or gender
                self.mind_counterparts(ent, e)
                return self._passing(self._touch(e, self.base + ent.start_char), passing)
        found = self._discover(name, "person", org, self.base + ent.start_char, role)
        found.described |= described
        found.heads |= roles
        found.gender = found.gender or gender
        self.mind_counterparts(ent, found)
        return self._passing(found, passing)

    def _titled_surname(self, name: str, pos: int) -> Entity | None:
        """ "Mr Ri", "Dr. Ahn", "Minister Park": a title and one name part of someone introduced."""
        words = name.split()
        titles = self.actors.names.honorifics if self.actors.names else frozenset()
        if len(words) < 2 or any(w.lower() not in titles for w in words[:-1]):
            return None
        return self._surname(words[-1], pos, gender=self._gender_of({w.lower() for w in words[:-1]}))

    @staticmethod
    def _passing(e: Entity, passing: bool) -> Entity:
        if passing:
            e.passing.append(e.seen[-1])
        return e

    # --- resolving --------------------------------------------------------------------------
    def resolve(self, head: Token, mention: list[Token], salient: bool = True) -> Entity | None:
        """Who `head` refers to. `salient`: a speaker or a main clause's subject, which later
        pronouns prefer (Hobbs); not the subject of "whether X had been told"."""
        key = self.base + head.idx
        if key not in self._resolved:
            own = split_off(head, self.lexicon.role_nouns) or past_dateline(head)
            if own is not head and own is not None:
                mention = mention_tokens(head, self.lexicon)
            self._resolved[key] = self._resolve(own, mention) if own is not None else None
            self._carried(head, self._resolved[key])
        found = self._resolved[key]
        if found is not None:
            self.named_in.setdefault(self.base, set()).add(found.id)
            if salient and key not in found.passing:  # a pronoun's last resort is no subject
                found.subject_at.append(key)
            if salient and self._text_word(head) and not (found.anonymous and found.org is None):
                self.text_subject = (key, found)  # a text of no known author gives "it" no speaker
        return found

    def _text_word(self, head: Token) -> bool:
        """ "The statement", "the commentary" as a clause's subject: a text, which "it" later means."""
        lex = self.lexicon
        return (
            head.dep_ in ("nsubj", "nsubjpass")
            and head.lemma_.lower() in lex.published_nouns | lex.finding_nouns
        )

    def _carried(self, head: Token, e: Entity | None) -> None:
        """ "Kim said in a statement carried by the state news agency KCNA": a person of no known
        body speaks for the government whose state media carried the words."""
        if e is None or e.kind != "person" or e.anonymous or e.org:
            return
        verb = head.head
        lo, hi = verb.i, verb.right_edge.i
        for h in self.actors.find_names(
            text_of(head.doc), head.doc[lo].idx, head.doc[hi].idx + len(head.doc[hi])
        ):
            if self.actors.get(h.slug).kind == "state-media" and self.actors.get(h.slug).parent:
                e.org = self.actors.get(h.slug).parent
                self._discover(e.name, "person", e.org, self.base + head.idx, e.role)
                return

    def speaks_for(self, e: Entity) -> str:
        """The body a body's statement counts for: its own, or for a party's newspaper the party
        whose organ it is ("the ruling party's daily" speaks for the party, as its writers do)."""
        actor = self.actors.get(e.id)
        parent = self.actors.get(actor.parent) if actor and actor.parent else None
        organ = actor is not None and actor.kind == "state-media" and parent is not None
        return parent.slug if organ and parent.kind == "party" else e.id

    def resolved(self, head: Token) -> Entity | None:
        """What `head` was already resolved to (None if it was not, or to nobody)."""
        return self._resolved.get(self.base + head.idx)

    def resolved_at(self, pos: int) -> Entity | None:
        """What the mention whose head is at `pos` in the article was resolved to, if it was."""
        return self._resolved.get(pos)

    def resolve_label(self, name: Span) -> Entity | None:
        """The name before a colon ("KANG:", "Dr. Ben Carson:", "Poll:")."""
        if len(name) == 1:
            found = self._surname(name.text, self.base + name.start_char)
            if found:
                return found
        return self.resolve(name.root, list(name))

    def note_subject(self, head: Token) -> None:
        """A subject met in passing, in text order, so that later references find the latest one:
        "A Defense Ministry official spoke ..." (an unnamed source introduced without a cue), "The
        Defense Ministry said ..." (before "a ministry spokesperson" in the next sentence)."""
        det = determiner(head)
        main = head.dep_ in ("nsubj", "nsubjpass") and (
            head.head.dep_ in ("ROOT", "conj") or self._answering(head)
        )
        plural = head.tag_ in (
            "NNS",
            "NNPS",
        )  # "Ministry officials were blunter": a group, then "one official"
        named = next((c for c in head.children if c.dep_ == "appos" and self._a_name(c)), None)
        if head.pos_ in ("NOUN", "PROPN") and named is not None and head.lower_ in self.lexicon.role_nouns:
            # "Russia's envoy, Dmitry Avdeyev, went further": the post places the person as it
            # does before a verb of saying; so does a capitalised title the parser made the head
            # of the name after it ("Chief Cabinet Secretary Kenji Sato condemned ...")
            self.resolve(head, mention_tokens(head, self.lexicon), main)
        elif head.pos_ == "NOUN" and named is not None:  # "Her neighbor, Ham Jong-seok, was skeptical"
            self.resolve(named, mention_tokens(named, self.lexicon), main)
        elif head.lower_ in self.lexicon.anonymous_heads and (
            det in self.lexicon.mention_determiners or plural
        ):
            self.resolve(head, mention_tokens(head, self.lexicon), main)
        elif self._unnamed_sayer(head, det):
            # "A pastor from X said ... “…,” he said": met where it stands, before the pronoun
            self.resolve(head, mention_tokens(head, self.lexicon), main)
        elif main and det in self.lexicon.definite_determiners and self._named_holder(head):
            # "The general also described ... “…,” he said": the person the post refers back to is
            # the paragraph's subject, whom the pronoun after it means
            self.resolve(head, mention_tokens(head, self.lexicon), main)
        elif (
            head.lower_ in self.lexicon.person_pronouns
            or head.ent_type_ == "PERSON"
            or self._known_person_part(head)
            or self._known_organisation_at(head)
            or self._representation_word(head)
        ):
            self.resolve(head, mention_tokens(head, self.lexicon), main)
        elif main and (owner := self._subject_owner(head)) is not None:
            # "X's mandate runs until 2027. Asked ..., she laughed": the person whose thing the
            # sentence is about is the one a later pronoun means
            self.resolve(owner, mention_tokens(owner, self.lexicon), main)

    def _unnamed_sayer(self, head: Token, det: str | None) -> bool:
        """A person word with "a" as the subject of a verb of saying ("A fisherman from the island
        said"): a speaker introduced unnamed, though the word is no source's usual one; not one
        asking ("A reporter asked whether …. “We will wait,” he said" is the one answering)."""
        lex = self.lexicon
        verb = head.head.lemma_.lower()
        return (
            head.dep_ == "nsubj"
            and head.lower_ in lex.person_nouns - lex.questioner_nouns
            and det in lex.indefinite_determiners
            and verb in lex.speech_verbs - lex.question_verbs
        )

    def note_opening_owner(self, head: Token) -> None:
        """ "X's mandate runs until 2027. Asked ..., she laughed": a person whose thing opens the
        sentence is what the sentence is about, whom a later pronoun means, however the parser
        read the rest (a subject of their own named after it, "X's sister said", comes later)."""
        lex = self.lexicon
        things = lex.utterance_nouns | lex.medium_nouns | lex.finding_nouns
        if head.head.lower_ in lex.role_nouns | lex.person_nouns | (lex.anonymous_heads - things):
            return  # "X's sister, a nurse, was stopped": the sentence is about the sister
        if head.ent_type_ == "PERSON" or self._known_person_part(head):
            self.resolve(head, mention_tokens(head, lex))

    def _answering(self, head: Token) -> bool:
        """ "Minister X, asked about the fines, said ...": the parser makes X the subject of
        "asked", a clause under the main verb; X is the main clause's subject, whom "she said"
        in the next sentence means."""
        verb = head.head.head
        return verb.dep_ in ("ROOT", "conj") and asked_speaker(verb, self.lexicon) == head

    def _subject_owner(self, head: Token) -> Token | None:
        """The person owning a thing that is a main clause's subject ("X's story is not unusual",
        "The tone of X's statement was harsher"); not a person described by a relation or post
        ("X's sister", "Seoul's envoy"), who is the subject."""
        lex = self.lexicon
        things = lex.utterance_nouns | lex.medium_nouns | lex.finding_nouns  # "X's statement": X's
        words = lex.role_nouns | lex.person_nouns | (lex.anonymous_heads - things)  # kin: "X's sister"
        if head.pos_ != "NOUN" or head.lower_ in words:
            return None
        of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for thing in [head, *(g for g in of if g.dep_ == "pobj" and g.lower_ not in words)]:
            owner = next((c for c in thing.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.ent_type_ == "PERSON" or self._known_person_part(owner)):
                return owner
        return None

    def _named_holder(self, head: Token) -> bool:
        """A role word some person named so far was described with ("Gen. X": "the general")."""
        return head.lower_ in self.lexicon.role_nouns and any(
            e.kind == "person" and not e.anonymous and head.lower_ in self._described_by(e)
            for e in self.entities.values()
        )

    def _a_name(self, t: Token) -> bool:
        """A person's name set beside a noun: the recogniser's, or a romanized name's shape."""
        if t.ent_type_ == "PERSON":
            return True
        shapes = self.actors.names
        words = t.doc[t.left_edge.i : t.i + 1]
        return t.pos_ == "PROPN" and shapes is not None and shapes.pattern.fullmatch(words.text) is not None

    def _resolve(self, head: Token, mention: list[Token]) -> Entity | None:
        pos = self.base + mention[0].idx
        low = head.lower_
        if non_speaker(head, self.lexicon):
            return None
        if low in self.lexicon.person_pronouns:  # the last person who was a subject, not one named in passing
            return self._pronoun_person(head, "f" if low in ("she", "her") else "m", pos)
        if low == "it":
            return self._it(head, pos)
        if AGED.match(text_of(head.doc)[mention[0].idx : head.idx + len(head)]):
            person = lambda e: e.kind == "person"  # noqa: E731 - "the 71-year-old said": the person in view
            return self._utterance_owner(head) or self._last_subject(person, pos) or self._last(person, pos)
        if low in ("they", "them"):
            return self._last(lambda e: e.kind != "person", pos)
        span = head.doc[mention[0].i : mention[-1].i + 1]
        return (
            self._named_as_thing(head, span, pos)
            or self._named_person(head, span, pos)
            or self._organisation(head, span, pos)
            or self._unnamed(head, mention, span, pos)
        )

    def _it(self, head: Token, pos: int) -> Entity | None:
        """ "It added that ...": the organisation that was last the subject of a clause, close
        before; only with a verb of saying ("it means", "it seems" are nobody's words)."""
        verb = head.head.lemma_.lower()
        # "It praised ...", "It rejected ...": a body's act, told as the writer's own sentence (not one
        # inside reported words: "said it had approved the plans" is part of what was said)
        acts = self.lexicon.polarity(verb) is not None and head.head.dep_ == "ROOT"
        if (
            head.dep_ != "nsubj"
            or not acts
            and (verb not in self.lexicon.speech_verbs or verb in self.lexicon.clause_only_verbs)
        ):
            return None
        at, issuer = self.issued if self.issued and pos - self.issued[0] <= IT_REACH else (-1, None)
        text_at, text = self.text_subject if self.text_subject else (-1, None)
        if text is not None and 0 < pos - text_at <= IT_REACH and text_at > at:
            # "The statement said ... “…,” it said": the text last a subject, whoever wrote it,
            # unless a body was a subject after it
            body = self._last_subject(
                lambda e: self._body_near(e, pos) and e.subject_before(pos) > text_at, pos
            )
            return body or self._touch(text, pos)
        found = self._last_subject(lambda e: self._body_near(e, pos) and e.subject_before(pos) > at, pos)
        return found or (self._touch(issuer, pos) if issuer else None)  # "... issued a statement. It said"

    @staticmethod
    def _body_near(e: Entity, pos: int) -> bool:
        return e.kind not in ("person", "group") and pos - e.subject_before(pos) <= IT_REACH

    def _last_subject(self, ok, pos: int) -> Entity | None:
        cands = [e for e in self.entities.values() if ok(e) and e.subject_before(pos) >= 0]
        if not cands:
            return None
        return self._touch(max(cands, key=lambda e: e.subject_before(pos)), pos)

    def _last(self, ok, pos: int) -> Entity | None:
        cands = [e for e in self.entities.values() if ok(e) and e.seen_before(pos) >= 0]
        if not cands:
            return None
        best = max(cands, key=lambda e: e.seen_before(pos))
        return self._touch(best, pos)
