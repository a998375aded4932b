"""Bodies not in the table, found in the text (part of `speakers.Discourse`, beside
`organisations.Organisations`).

A run of capitalised words holding an organisation word ("a researcher at the Sejong Institute",
"of the Rebuilding Korea Party") names a body, slugged from the full name; a lower-case word for a
body before it gives its kind ("the activist group Free Voices"); the body or country before "'s"
or after "of the" owns it; an acronym given in brackets after it ("(JCS)") refers to it later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from bot.extract.doc_cache import kept, lowers_of, texts_of
from bot.extract.mention_parts import body_words
from bot.extract.name_runs import capitalised_runs as _capitalised_runs
from bot.extract.names import NameHit, text_of
from bot.extract.organisations import _strip_the
from bot.tables import slugify

ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.]*[A-Z])\)")

STATE_OFFICE_KINDS = ("ministry", "military")  # bodies every government has, by a shared name


def _set_beside(doc: Doc, word: int, start: int) -> bool:
    """A name in apposition to doc[word] begins at `start` (its head a few words on)."""
    return any(
        doc[i].dep_ == "appos" and doc[i].head.i == word for i in range(start, min(start + 8, len(doc)))
    )


def _described_before(doc: Doc, comma: int, start: int) -> int | None:
    """ "The group behind the march, Open Sky for Tibet, said": a name set beside a word a phrase
    before the comma describes (every word between hangs on it); the word's place, or None."""
    head = next((doc[i].head for i in range(start, min(start + 8, len(doc))) if doc[i].dep_ == "appos"), None)
    if head is None or not comma - 8 <= head.i < comma - 1:
        return None
    if all(head in doc[i].ancestors for i in range(head.i + 1, comma)):
        return head.i
    return None


def _a_proper_word(run: Span, body_words: frozenset[str]) -> bool:
    """One capitalised word that is neither a place, a people nor a word for a body."""
    return (
        len(run) == 1
        and run[0].text[:1].isupper()
        and run[0].ent_type_ not in ("GPE", "NORP", "LOC")
        and run[0].lower_ not in body_words
    )


class FoundBodies:
    """Bodies found in the text; mixed into Discourse beside organisations.Organisations, whose
    state and reading it share."""

    def note_bodies(self, doc, outside) -> None:
        """Bodies not in the table named in narration ("a forum hosted by the Kaesong Business
        Association"), remembered so that "the association's chairman" later finds them."""
        for run in self._body_runs(doc[:]):
            run = body_words(run, self.lexicon.name_connectors, self.lexicon.role_nouns)
            if (
                len(run) < 2
                and self._classifier(run) is None
                or not self._names_body(run)
                or not outside(run.root)
            ):
                continue  # the cheap tests first: a run's root is found by walking its tokens
            if not any(
                h.start <= run.root.idx < h.end and not self._inside_longer_name(doc, h)
                for h in self.actors.find_names(text_of(doc), run.start_char, run.end_char)
            ):  # "the Liberal Democratic Party" is a body of its own, not the listed "Democratic Party"
                self._body(run, self.base + run.start_char)

    def _ends_body_name(self, doc: Doc, i: int) -> bool:
        """ "Human Rights Watch": a capitalised word that ends the names of bodies, after another."""
        finals = self.actors.names.body_final_words if self.actors.names else frozenset()
        t = doc[i]
        return t.lower_ in finals and t.text[:1].isupper() and i > 0 and doc[i - 1].text[:1].isupper()

    def _body_runs(self, span: Span) -> Iterator[Span]:
        """The runs of capitalised words in `span` holding a capitalised organisation word or
        right after a lower-case one ("the group Free Voices"): the only ones that can name a body
        (what is cut off them later only makes them shorter)."""
        doc, words = span.doc, self.lexicon.organisation_words
        texts, lowers = texts_of(doc), lowers_of(doc)
        finals = self.actors.names.body_final_words if self.actors.names else frozenset()
        named = kept(
            doc,
            ("body words", words),
            lambda _: [i for i, w in enumerate(lowers) if w in words or w in finals],
        )
        if not any(span.start - 1 <= i < span.end for i in named):
            return  # most paragraphs name no body: no runs to look at
        for start, end in _capitalised_runs(doc, span.start, span.end, self.lexicon):
            if lowers[start] in ("a", "an") and end - start > 1:
                start += 1  # "A Foreign Ministry official said": the article opens the sentence
            if lowers[start] in self.lexicon.party_standing_words and end - start > 2:
                start += 1  # "Opposition People Power Party leader X said": a standing, not the name
            if (
                any(lowers[i] in words and texts[i][:1].isupper() for i in range(start, end))
                or self._classifier_at(doc, start) is not None
                or any(self._ends_body_name(doc, i) for i in range(start + 1, end))  # "Red Cross President X"
            ):
                yield doc[start:end]

    def _names_body(self, run: Span) -> bool:
        """A run holding a capitalised organisation word and a word of its own name: "Ministry"
        or "The Agency" alone is a generic head, the body of that kind last named, not a body."""
        if len(run) > 1 and run[-1].lower_ == "paper" and run[-2].lower_ in self.lexicon.paper_kinds:
            return False  # "the Defense White Paper": a document, not a newspaper
        if self._classifier(run) is not None or self._ends_body_name(run.doc, run.end - 1):
            return True
        return any(t.lower_ in self.lexicon.organisation_words and t.text[:1].isupper() for t in run) and (
            not self._generic(run)
        )

    def _classifier(self, run: Span) -> str | None:
        """ "the activist group Free Korea Voices", "the think tank's institute X": a name right
        after a lower-case organisation word is that kind of body, whatever its own words."""
        if len(run) == 0 or run[0].lower_ in self.lexicon.role_nouns:
            return None
        at = self._classifier_at(run.doc, run.start)
        return run.doc[at].lower_ if at is not None else None

    def _classifier_at(self, doc: Doc, start: int) -> int | None:
        """Where the lower-case organisation word naming the body that starts at `start` stands:
        right before it ("the group Free Voices"), or before a comma with the name set beside it
        ("the activist group, Free Voices,", "the group behind the march, Free Voices,") or before
        "called" ("a group called Free Voices")."""
        lowers, texts = lowers_of(doc), texts_of(doc)
        at = start - 1
        if at > 0 and (lowers[at] in self.lexicon.naming_words or lowers[at] == ","):
            if lowers[at] == "," and not _set_beside(doc, at - 1, start):
                # "the ministry, Kim said": no name set beside the word; "the group behind X, Y": one
                at = _described_before(doc, at, start)
                if at is None:
                    return None
            else:
                at -= 1
        if at >= 0 and lowers[at] in self.lexicon.organisation_words and texts[at].islower():
            return at
        return None

    def _generic(self, run: Span) -> bool:
        return all(
            t.lower_ in self.lexicon.organisation_words or t.lower_ in self.lexicon.name_connectors
            for t in run
        )

    def _named_body(self, span: Span, wanted) -> Span | None:
        """The first run of capitalised words in `span` that names an organisation and that
        `wanted(run)` accepts; a person's name at its start is not part of it ("Tak Hye-ri of
        the Blue Wave Party"), unless a word for a body names it ("the group Freedom Wind for X")."""
        for run in self._body_runs(span):
            classified = self._classifier_at(run.doc, run.start) is not None
            run = body_words(run, self.lexicon.name_connectors, self.lexicon.role_nouns, classified)
            if self._names_body(run) and wanted(run):
                return run
        return None

    def _proper_body(self, head: Token, kinds: tuple[str, ...]):
        """ "X, who heads Free Korea Voices", "Y, Tidewell's head of research": a name that holds a
        post someone has (its head the object of a verb of leading or the owner of a role) is the
        body the story found by it before ("the research firm Tidewell"), or one found now if the
        recogniser gives it one of `kinds` (a name led: no person, place or people); not a person's
        or a listed one's (found by other rules)."""
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end and e.root.i == head.i), None)
        start = head.left_edge.i if ent is None else ent.start
        while start < head.i and head.doc[start].dep_ == "det":
            start += 1
        name = head.doc[start : head.i + 1]
        if not all(t.text[:1].isupper() or t.is_punct for t in name):
            return None
        found = self.entities.get(self.acronyms.get(name.text, slugify(_strip_the(name.text))))
        if found is not None:
            return found if found.kind not in ("person", "group", "government") else None
        label = ent.label_ if ent is not None else ""
        listed = any(h.end - h.start == len(name.text) for h in self.actors.find_names(name.text))
        if label not in kinds or listed or self._person_like(name):
            return None  # "Free North Korea Voices" is no listed body for the name inside it
        return self._body(name, self.base + name.start_char)

    def _person_like(self, name: Span) -> bool:
        """A name the recogniser may have taken for a body's that is a person's: one of a person
        met before ("Moon's adviser" after "Moon Hae-jin"), or one opening with a family name."""
        surnames = self.actors.names.surnames if self.actors.names else frozenset()
        return name[0].text in surnames or any(
            e.kind == "person" and any(t.text in e.parts for t in name) for e in self.entities.values()
        )

    def _portfolio_body(self, head: Token, span: Span) -> tuple[Span, str] | None:
        """ "the fisheries ministry said", "Japan's trade ministry": a ministry named in lower case
        after the nouns of its portfolio, as the wires write it, is the body its capitalised form
        names ("the Fisheries Ministry"): the words before it and that name, for `_body`; not "the
        ministry" alone, nor one described ("the new ministry"), nor a listed one (found before)."""
        if head.lower_ not in self.lexicon.portfolio_heads or not head.text.islower():
            return None
        doc, lo = head.doc, head.i
        # the parser may hang the portfolio flat on what the ministry qualifies: "a fisheries ministry aide"
        heads = (head.i, head.head.i) if head.dep_ == "compound" else (head.i,)
        while lo > span.start and (t := doc[lo - 1]).dep_ == "compound" and t.head.i in heads:
            if t.pos_ not in ("NOUN", "PROPN") or not t.text.islower():  # the tagger calls some PROPN
                return None
            lo -= 1
        if lo == head.i:
            return None
        owner = doc[span.start : lo].text + " " if lo > span.start and doc[lo - 1].tag_ == "POS" else ""
        name = " ".join(t.text.capitalize() for t in doc[lo : head.i + 1])
        return doc[span.start : head.i + 1], owner + name

    def _body(self, run: Span, pos: int, name: str | None = None):
        """A body found in the text: registered under the slug of its full name (`name`, when the
        run's words are not written as one), with its parent (the body or country before "'s")
        and the acronym bracketed after it."""
        name = _strip_the(run.text if name is None else name)
        parent, name = None, self._without_chamber(name.replace("’s ", "'s "))
        if self.acronyms.get(name) in self.entities:  # "general secretary of the NCCK" after "... (NCCK)"
            return self._touch(self.entities[self.acronyms[name]], pos)
        for m in re.finditer(r"'s ", name):  # "Kyungnam University's Institute ...", not "People's"
            owner = self._owner(name[: m.start()], pos)
            if owner is not None:
                parent, name = owner, name[m.end() :]
                break
        if parent is None:
            parent, name = self._owner_after(name, pos)
        hit = self.actors.find_names(name)
        if hit and hit[0].start == 0 and hit[0].end == len(name):
            return self._known(self._country_counterpart(hit[0], name, parent), pos)
        listed = self._listed_after_country(name) if parent is None else None
        if listed is not None:  # "the South Korean Foreign Ministry": the listed one, not a new body
            return self._known(listed, pos)
        if parent in self.entities and self._is_unit(name) and not self._is_government(parent):
            return self._touch(self.entities[parent], pos)  # "X University's Graduate School of ..."
        at = (pos, self.base + run.start_char)  # the mention's start, or the name's after its "The"
        whole = self._whole_name_at(name, at) or self._whole_name_at(
            self._of_foreign_state(name, self.actors.organisation_kind(name), parent), at
        )  # "Japan's Ministry of Health, ..." found whole as Japan's
        if whole is not None:
            return self._touch(whole, pos)
        shortened = self._shortened(name, pos) if parent is None else None
        if shortened is None and parent is None and _a_proper_word(run, self.lexicon.organisation_words):
            shortened = self._first_word_of(name, pos)
        if shortened is not None:
            return self._touch(shortened, pos)
        parent = parent or self._country_at_start(name)
        kind = self.actors.organisation_kind(name)
        name = self._of_foreign_state(name, kind, parent)
        classifier = self._classifier(run)
        if kind == "other" and classifier is not None:
            kind = self.actors.organisation_kind(classifier)
        entity = self._discover(name, kind, parent, pos, None)
        m = ACRONYM.match(text_of(run.doc), run.end_char)
        if m:
            self.acronyms[m.group(1)] = entity.id
        return entity

    def _without_chamber(self, name: str) -> str:
        """ "a Sky Party Lower House member": the chamber after a party's name is the member's seat
        (data/names.toml `chamber_names`), not a body of the party's."""
        chambers = self.actors.names.chamber_names if self.actors.names else ()
        low = name.lower()
        for chamber in chambers:
            if low.endswith(" party " + chamber):
                return name[: -len(chamber) - 1]
        return name

    def _of_foreign_state(self, name: str, kind: str, parent: str | None) -> str:
        """ "Japan's Ministry of Defense", "Japan's Health Ministry", "Japan's Coast Guard": a
        ministry or armed service found in the text and owned by a foreign government is that
        country's, named with it as the table names such bodies ("japan-ministry-of-defense", as
        "japan-foreign-ministry"): every government has one of that name. The home country's keeps
        its own name."""
        gov = self.actors.get(parent) if parent else None
        if (
            kind not in STATE_OFFICE_KINDS
            or gov is None
            or gov.kind != "government"
            or parent == self._default_home()
        ):
            return name
        hits = self.actors.find_names(name)
        if hits and hits[0].start == 0 and hits[0].slug == parent:
            return name  # "U.S. Treasury Department": named with its country already
        return f"{gov.name} {name}"

    def _whole_name_at(self, name: str, at: tuple[int, ...]):
        """ "X of the Council of Fisheries and Ocean Affairs": a name a person's mention cut at its
        "and" or at the comma of a list of portfolios ("the Ministry of Health, Labour and
        Welfare") is the body found whole where it stands (`note_bodies` reads the paragraph first)."""
        return next(
            (
                e
                for e in self.entities.values()
                if e.kind not in ("person", "group")
                and e.name.startswith((name + " ", name + ","))
                and any(pos in e.seen for pos in at)
            ),
            None,
        )

    def _shortened(self, name: str, pos: int):
        """ "The Korean National Red Cross proposed talks ... Red Cross President X": a body met
        before whose full name (or a listed alias) ends in this one is named again without its
        qualifiers; so is one whose name opens with this one before an "of" phrase ("the General
        Staff" after "the General Staff of the Korean People's Army")."""

        def shortens(e) -> bool:
            if e.kind in ("person", "group") or e.seen_before(pos) < 0:
                return False
            actor = self.actors.get(e.id)
            names = (e.name, *actor.aliases) if actor is not None else (e.name,)
            return any(n.endswith(" " + name) or n.startswith(name + " of ") for n in names)

        longer = [e for e in self.entities.values() if shortens(e)]
        return max(longer, key=lambda e: e.seen_before(pos), default=None)

    def _first_word_of(self, name: str, pos: int):
        """ "Ruiz, head of research at Brightwater" after "Brightwater Analytics, a data firm": a
        body found before is named again by the first word of its name alone."""
        longer = [
            e
            for e in self.entities.values()
            if e.kind not in ("person", "group", "government")
            and e.name.startswith(name + " ")
            and 0 <= e.seen_before(pos)
        ]
        return max(longer, key=lambda e: e.seen_before(pos), default=None)

    def _listed_after_country(self, name: str) -> str | None:
        """ "South Korean Foreign Ministry", "North Korean Foreign Ministry": a country's name
        before a listed body's name, the whole no name of the table's, is that country's listed
        body of that name; None when the table lists none of that country ("Russian Defense
        Ministry" is found as Russia's)."""
        country = self._country_at_start(name)
        if country is None:
            return None
        rest = name[self.actors.find_names(name)[0].end :].strip()
        inner = self.actors.find_names(rest)
        if not inner or inner[0].start != 0 or inner[0].end != len(rest):
            return None
        slug = self._country_counterpart(inner[0], rest, country)
        return slug if country in self.actors.lineage(slug) and slug != country else None

    def _country_at_start(self, name: str) -> str | None:
        """ "U.S. Treasury Department", "North Korean Red Cross": the country it belongs to."""
        hits = self.actors.find_names(name)
        if hits and hits[0].start == 0 and self.actors.get(hits[0].slug).kind == "government":
            return hits[0].slug
        return None

    def _owner_after(self, name: str, pos: int) -> tuple[str | None, str]:
        """ "Institute of Asian Studies of the Hallim Academy of Sciences": a unit followed by
        "of the" and another body's name belongs to that body (a name's own "of" takes no "the":
        "Institute of Foreign Affairs"); so does one followed by "of" and a school's name, which
        takes none ("Center for Korean Studies of Hanbit University", "Northeast Asian Studies
        Institute of Hanbit University": data/names.toml `owner_words`)."""
        owners = self.actors.names.owner_words if self.actors.names else frozenset()
        for m in re.finditer(r" of (the )?", name):
            owner, kind = name[m.end() :], self.actors.organisation_kind(name[m.end() :])
            if not self._is_unit(name[: m.start()]) or kind == "other":
                continue
            if m.group(1) or owner.split()[-1].lower() in owners:
                parent = (
                    self._owner(owner, pos)
                    or self._discover(owner, kind, self._country_at_start(owner), pos, None).id
                )
                return parent, name[: m.start()]
        return None, name

    def _is_unit(self, name: str) -> bool:
        """A school, department, centre or institute of another body speaks for that body (a
        university's or an academy's research institute is the university's, the body a reader
        and the dev set's gold name); a body not said to belong to another speaks for itself. The
        unit's word opens its name or ends it ("Northeast Asian Studies Institute")."""
        units = self.actors.names.unit_words if self.actors.names else frozenset()
        words = name.split()
        return bool(words) and (words[0].lower() in units or words[-1].lower() in units)

    def _country_counterpart(self, hit: NameHit, name: str, country: str | None) -> str:
        if country is None or self.actors.get(country).kind != "government":
            return hit.slug
        return self.actors.counterpart(hit.slug, country) or hit.slug

    def _owner(self, owner: str, pos: int) -> str | None:
        hits = self.actors.find_names(owner)
        if hits and hits[-1].end == len(owner):
            return hits[-1].slug
        hits = self.actors.find_names(f"the {owner}")  # "the North's X Agency": the run starts after "the"
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(owner) + 4:
            return hits[0].slug
        if owner[:1].isupper() and any(w.lower() in self.lexicon.organisation_words for w in owner.split()):
            return self._discover(_strip_the(owner), self.actors.organisation_kind(owner), None, pos, None).id
        return None
