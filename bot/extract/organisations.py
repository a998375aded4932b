"""Which organisation a mention names, or places its person in (part of `speakers.Discourse`).

Known bodies come from data/actors.toml by name, alias or job title. A country right before a
shared name picks that country's body ("North Korea's Foreign Ministry", "Chinese foreign
ministry spokesperson", "its foreign ministry" after Pyongyang was the subject), as a reader
takes it. Bodies not listed are found in the text: a run of capitalised words holding an
organisation word ("a researcher at the Sejong Institute", "of the Rebuilding Korea Party"),
slugged from the full name; an acronym given in brackets after it ("(JCS)") refers to it later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc, Span, Token

from bot.extract.doc_cache import entities_in, kept, lowers_of, texts_of
from bot.extract.names import NameHit, text_of

CONNECTORS = {"of", "for", "and", "on", "the", "'s", "’s", "-", "&"}
DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.N."
ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.]*[A-Z])\)")
REACH_BACK = 40  # characters before a mention a listed name covering its head may start at
NEARBY = 600  # characters: a party named this close before a lawmaker is taken to be theirs


def _object_of_to(text: str, start: int, at: int) -> bool:
    """ "ambassador to South Korea": the country is where the post is, not whom it serves."""
    before = text[max(start, at - 8) : at].lower()
    return before.endswith("to ") or before.endswith("to the ")


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


class Organisations:
    """Organisation finding and placement; mixed into Discourse, whose state it shares."""

    # --- known bodies ------------------------------------------------------------------------
    def _known_organisation_at(self, head: Token) -> bool:
        from bot.extract.speakers import mention_tokens

        mention = mention_tokens(head)
        return self._organisation_hit(head, mention[0].idx, mention[-1].idx + len(mention[-1])) is not None

    def _organisation_hit(self, head: Token, start: int, end: int) -> NameHit | None:
        """A known organisation's name that is the mention's head or stands beside it in
        apposition ("The main opposition, the People Power Party"), its country's if qualified."""
        heads = [head] + [c for c in head.children if c.dep_ == "appos"]
        text = text_of(head.doc)
        start = max(0, start - REACH_BACK)  # the name may be cut by a misparse ("Cheong | Wa Dae")
        for h in self.actors.find_names(text, start, end):
            if self.actors.get(h.slug).kind != "person" and any(h.start <= t.idx < h.end for t in heads):
                return replace(h, slug=self._qualified(h, text, start))
        return None

    def _qualified(self, hit: NameHit, text: str, start: int) -> str:
        """A body named after a foreign country counts for that country's body of that name, or
        the country itself when the table has no such body."""
        country = self._country_before(text, start, hit.start)
        if country is None or country in self.actors.lineage(hit.slug):
            return hit.slug
        return self.actors.counterpart(hit.slug, country) or country

    def _country_before(self, text: str, start: int, at: int) -> str | None:
        """The government named right before `at` ("North Korea's", "Chinese"); "its" is the
        government of the organisation last mentioned."""
        before = text[start:at].rstrip()
        before = before[:-2].rstrip() if before.endswith(("'s", "’s")) else before
        if before.lower().endswith("its"):
            last = self._last(lambda e: e.kind == "government", self.base + at)
            return self._government_of(last.id) if last else None
        for h in self.actors.find_names(text, start, start + len(before)):
            if h.end == start + len(before) and self.actors.get(h.slug).kind == "government":
                return h.slug
        return None

    def _government_of(self, slug: str) -> str | None:
        return next((s for s in self.actors.lineage(slug) if self.actors.get(s).kind == "government"), None)

    def _looks_like_org(self, span: Span) -> bool:
        return any(t.lower_ in self.lexicon.organisation_words for t in span)

    def _org_headed(self, head: Token, span: Span) -> bool:
        """The mention names an organisation, not a person ("the Foreign Ministry in Seoul")."""
        if head.lower_ in self.lexicon.organisation_words or head.ent_type_ in ("ORG", "GPE", "NORP"):
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
        found = self._named_body(span, lambda run: run.start <= head.i < run.end)
        if found is not None:
            return self._body(found, pos)
        owned = self._country_body(head, span)
        if owned is not None:
            return self._known(owned, pos)
        for ent in entities_in(span):
            if ent.start <= head.i < ent.end and ent.label_ in ("GPE", "NORP"):
                kind = {"GPE": "government", "NORP": "group"}[ent.label_]
                return self._discover(_strip_the(ent.text).replace("’s", "").strip(), kind, None, pos, None)
        return None

    def _country_body(self, head: Token, span: Span) -> str | None:
        """ "South Korea's military", "the Japanese military": a generic head after a country
        is that country's one listed body of the kind."""
        if head.lower_ not in self.lexicon.organisation_words or not head.text.islower():
            return None
        country = self._country_before(text_of(head.doc), span.start_char, head.idx)
        return self.actors.body_of(country, head.lower_) if country else None

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
        if best in self.actors.by_slug:
            return self._known(best, pos)
        return self._touch(self.entities[best], pos)

    # --- bodies found in the text -------------------------------------------------------------
    def note_bodies(self, doc, outside) -> None:
        """Bodies not in the table named in narration ("a forum hosted by the Kaesong Business
        Association"), remembered so that "the association's chairman" later finds them."""
        for run in self._body_runs(doc[:]):
            run = _before_person(_after_person(run), self.lexicon.role_nouns)
            if len(run) < 2 or not self._names_body(run) or not outside(run.root):
                continue  # the cheap tests first: a run's root is found by walking its tokens
            if not any(
                h.start <= run.root.idx < h.end
                for h in self.actors.find_names(text_of(doc), run.start_char, run.end_char)
            ):
                self._body(run, self.base + run.start_char)

    def _body_runs(self, span: Span) -> Iterator[Span]:
        """The runs of capitalised words in `span` holding a capitalised organisation word: the
        only ones that can name a body (what is cut off them later only makes them shorter)."""
        doc, words = span.doc, self.lexicon.organisation_words
        texts, lowers = texts_of(doc), lowers_of(doc)
        named = kept(doc, ("body words", words), lambda _: _capitalised_in(texts, lowers, words))
        if not any(span.start <= i < span.end for i in named):
            return  # most paragraphs name no body: no runs to look at
        for start, end in _capitalised_runs(doc, span.start, span.end):
            if any(lowers[i] in words and texts[i][:1].isupper() for i in range(start, end)):
                yield doc[start:end]

    def _names_body(self, run: Span) -> bool:
        """A run holding a capitalised organisation word and a word of its own name: "Ministry"
        or "The Agency" alone is a generic head, the body of that kind last named, not a body."""
        return any(t.lower_ in self.lexicon.organisation_words and t.text[:1].isupper() for t in run) and (
            not self._generic(run)
        )

    def _generic(self, run: Span) -> bool:
        return all(t.lower_ in self.lexicon.organisation_words or t.lower_ in CONNECTORS for t in run)

    def _named_body(self, span: Span, wanted) -> Span | None:
        """The first run of capitalised words in `span` that names an organisation and that
        `wanted(run)` accepts; a person's name at its start is not part of it ("Tak Hye-ri of
        the Blue Wave Party")."""
        for run in self._body_runs(span):
            run = _before_person(_after_person(run), self.lexicon.role_nouns)
            if self._names_body(run) and wanted(run):
                return run
        return None

    def _body(self, run: Span, pos: int):
        """A body found in the text: registered under the slug of its full name, with its parent
        (the body or country before "'s") and the acronym bracketed after it."""
        parent, name = None, _strip_the(run.text).replace("’s ", "'s ")
        for m in re.finditer(r"'s ", name):  # "Kyungnam University's Institute ...", not "People's"
            owner = self._owner(name[: m.start()], pos)
            if owner is not None:
                parent, name = owner, name[m.end() :]
                break
        hit = self.actors.find_names(name)
        if hit and hit[0].start == 0 and hit[0].end == len(name):
            return self._known(self._country_counterpart(hit[0], name, parent), pos)
        if parent in self.entities and self._is_unit(name):  # "X University's Graduate School of ..."
            return self._touch(self.entities[parent], pos)
        parent = parent or self._country_at_start(name)
        entity = self._discover(name, self.actors.organisation_kind(name), parent, pos, None)
        m = ACRONYM.match(text_of(run.doc), run.end_char)
        if m:
            self.acronyms[m.group(1)] = entity.id
        return entity

    def _country_at_start(self, name: str) -> str | None:
        """ "U.S. Treasury Department", "North Korean Red Cross": the country it belongs to."""
        hits = self.actors.find_names(name)
        if hits and hits[0].start == 0 and self.actors.get(hits[0].slug).kind == "government":
            return hits[0].slug
        return None

    def _is_unit(self, name: str) -> bool:
        """A school or department of another body speaks for that body; an institute for itself."""
        units = self.actors.names.unit_words if self.actors.names else frozenset()
        return name.split()[0].lower() in units

    def _country_counterpart(self, hit: NameHit, name: str, country: str | None) -> str:
        if country is None or self.actors.get(country).kind != "government":
            return hit.slug
        return self.actors.counterpart(hit.slug, country) or hit.slug

    def _owner(self, owner: str, pos: int) -> str | None:
        hits = self.actors.find_names(owner)
        if hits and hits[-1].end == len(owner):
            return hits[-1].slug
        if owner[:1].isupper() and any(w.lower() in self.lexicon.organisation_words for w in owner.split()):
            return self._discover(_strip_the(owner), self.actors.organisation_kind(owner), None, pos, None).id
        return None

    # --- the organisation a person is placed in ---------------------------------------------
    def _org_in(self, mention: list[Token], span: Span) -> tuple[str | None, str | None]:
        """The organisation a mention places its person in: a job title ("Unification Minister"),
        its country's if qualified ("Chinese Foreign Ministry spokesperson"); else the first body
        named in it, listed or not ("Rep. X of the Y Party", "X, a researcher at the Y Institute");
        else a party named just before a lawmaker; else "the ministry" of the story."""
        mention = _without_clauses(mention)
        doc = mention[0].doc
        s, e = mention[0].idx, mention[-1].idx + len(mention[-1])
        for h in self.actors.find_titles(text_of(doc), s, e):
            return self._qualified(h, text_of(doc), s), text_of(doc)[h.start : h.end]
        minister = self._ministry_of_minister(mention)
        if minister:
            return minister
        found = self._listed_or_found(mention, doc[mention[0].i : mention[-1].i + 1], s, e)
        if found or (found := self._led_body(mention)):
            return found, None
        if any(t.lower_ in self.lexicon.legislator_words for t in mention):  # "The party ... Rep. Bae"
            party = self._last(lambda e: e.kind == "party", s + self.base)
            if party is not None and s + self.base - party.seen_before(s + self.base) < NEARBY:
                return party.id, None
        runs = _capitalised_runs(doc, mention[0].i, mention[-1].i + 1)
        generic = {i for lo, hi in runs if self._generic(doc[lo:hi]) for i in range(lo, hi)}
        for t in (
            mention
        ):  # "ministry spokesperson Koo", "Ministry spokesperson Koo", "an official at the ministry"
            if (
                (t.text.islower() or t.i in generic)
                and t.lower_ in self.lexicon.organisation_words
                and t.i != span.root.i
            ):
                found = self._organisation_named(t.lower_, self.base + t.idx)
                if found:
                    return found.id, None
        return None, None

    def _listed_or_found(self, mention: list[Token], span: Span, s: int, e: int) -> str | None:
        """The first organisation named in the mention, known or found in the text."""
        doc = mention[0].doc
        known = None
        for h in self.actors.find_names(text_of(doc), s, e):
            actor = self.actors.get(h.slug)
            if actor.kind == "person" or _object_of_to(text_of(doc), s, h.start):
                continue
            if actor.kind == "government" and not self._before_role(doc, h.end, e):
                continue  # "a professor of North Korean studies" is not North Korea's
            known = (h.start, self._qualified(h, text_of(doc), s))
            break
        body = self._named_body(span, lambda run: not _covers_known(run, known))
        if body is not None and (known is None or body.start_char < known[0]):
            return self._body(body, self.base + body.start_char).id
        return known[1] if known else None

    def _ministry_of_minister(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "Fisheries Minister Ahn": the listed "Fisheries Ministry", when no title was listed."""
        for t in mention:
            if t.text == "Minister" and t.i > 0 and t.doc[t.i - 1].text[:1].isupper():
                lo = t.i - 1
                while (
                    lo > mention[0].i and t.doc[lo - 1].text[:1].isupper() and t.doc[lo - 1].lower_ != "vice"
                ):
                    lo -= 1
                name = t.doc[lo : t.i].text + " Ministry"
                hits = self.actors.find_names(name)
                if hits and hits[0].start == 0 and hits[0].end == len(name):
                    return hits[0].slug, t.doc[lo : t.i + 1].text
        return None

    def _military_body(self, mention: list[Token], pos: int) -> str | None:
        """ "a military officer", "a senior army official": the military body or defence ministry
        last named in the story (a reader takes the JCS or the ministry the story is about)."""
        words = self.actors.names.military_words if self.actors.names else frozenset()
        if not any(t.lower_ in words for t in mention):
            return None

        def military(e) -> bool:
            actor = None if e.kind == "person" else self.actors.get(e.id) or self.discovered.get(e.id)
            return actor is not None and (
                actor.kind == "military" or any(w in words for w in actor.name.lower().split())
            )

        found = self._last(military, pos)
        return found.id if found else None

    def _led_body(self, mention: list[Token]) -> str | None:
        """ "X, who heads the Y Network": the body a relative clause says the person leads."""
        leading = self.actors.names.leading_verbs if self.actors.names else frozenset()
        for t in mention:
            for clause in (c for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() in leading):
                words = [w for w in clause.subtree if w.i > clause.i]
                if words:
                    found = self._listed_or_found(
                        words,
                        words[0].doc[words[0].i : words[-1].i + 1],
                        words[0].idx,
                        words[-1].idx + len(words[-1]),
                    )
                    if found:
                        return found
        return None

    def _before_role(self, doc, at: int, end: int) -> bool:
        """A country name directly before a role word ("US acting ambassador", "Chinese spokesperson")."""
        words = text_of(doc)[at:end].split()[:2]
        roles = self.lexicon.role_nouns | self.lexicon.anonymous_heads
        return any(re.sub(r"['’]s$", "", w.strip(",.")).lower() in roles for w in words)


def _without_clauses(mention: list[Token]) -> list[Token]:
    """The mention up to a clause hanging inside it ("the association's chairman, whose company
    employed North Korean workers"): what the clause names does not place the person."""
    inside = {t.i for t in mention}
    for t in mention:
        if t.dep_ in ("relcl", "acl", "advcl") and t.head.i in inside:
            return [w for w in mention if w.i < t.left_edge.i] or mention
    return mention


def _covers_known(run: Span, known: tuple[int, str] | None) -> bool:
    return known is not None and run.start_char <= known[0] < run.end_char


def _capitalised_runs(doc: Doc, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words among doc[lo:hi], joined by "of", "for", "and", "the", "'s"
    inside a name ("Institute for Far Eastern Studies", "Kyungnam University's Institute ..."),
    as token ranges."""
    texts = texts_of(doc)[lo:hi]
    joins = [w in CONNECTORS for w in lowers_of(doc)[lo:hi]]
    alpha = kept(doc, "is_alpha", lambda d: d.to_array(IS_ALPHA).tolist())[lo:hi]
    start = None
    for k in range(len(texts) + 1):
        if k < len(texts):
            text = texts[k]
            capital = text[:1].isupper() and (alpha[k] or DOTTED.match(text)) or text == "'s"
            if capital or start is not None and joins[k] and _capital_after(k, texts, joins):
                start = k if start is None else start
                continue
        if start is not None:
            end = k
            while end > start and joins[end - 1]:
                end -= 1
            yield lo + start, lo + end
            start = None


def _after_person(run: Span) -> Span:
    """The run after the last person's name followed by "of", "for" ...; else the whole run."""
    cut = run.start
    for t in run[:-1]:
        if t.ent_type_ == "PERSON" and t.doc[t.i + 1].lower_ in CONNECTORS:
            cut = t.i + 1
    while cut < run.end and run.doc[cut].lower_ in CONNECTORS:
        cut += 1
    return run.doc[cut : run.end]


def _before_person(run: Span, roles: frozenset[str]) -> Span:
    """A run that ends with a person's name is a title and the name ("Chief Cabinet Secretary Aki
    Sora", "Hanbit Institute Director Bae"): the name and the job words before it are no part of
    a body's name."""
    end = run.end
    while end > run.start and run.doc[end - 1].ent_type_ == "PERSON":
        end -= 1
    if end in (run.start, run.end) or run.doc[end - 1].lower_ not in roles:
        return run  # no job word before the name: the recogniser's "person" may be part of the body
    while end > run.start and run.doc[end - 1].lower_ in roles:
        end -= 1
    title = run.doc[run.start : end]
    if any(t.lower_ in roles for t in title):  # "Chief Cabinet", "Deputy Prime": still a job, not a body
        return run.doc[run.start : run.start]
    return title


def _capital_after(k: int, texts: list[str], joins: list[bool]) -> bool:
    nxt = k + 1
    while nxt < len(texts) and joins[nxt]:
        nxt += 1
    return nxt < len(texts) and texts[nxt][:1].isupper()


def _capitalised_in(texts: list[str], lowers: list[str], words: frozenset[str]) -> list[int]:
    """The indices of the capitalised tokens that are one of `words`."""
    return [
        i
        for i, (text, lower) in enumerate(zip(texts, lowers, strict=True))
        if lower in words and text[:1].isupper()
    ]
