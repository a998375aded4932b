"""Person names the entity recogniser misses or cuts wrongly, marked on the parse as PERSON.

spaCy's small English model often misses romanized Korean and Chinese names ("ministry
spokesperson Yoon Min-ho said" gives no PERSON, or "ho"), swallows a title ("Rep. Byun
Sang-wook") or a following possessive. Names written family name first are found here from a
list of family names and the shape of a romanized given name (data/names.toml, read by
name_shapes.py): "Yoon Min-ho", "Yoon Minho", "Lee Jae Myung", "YOON MIN-HO". The entities the
model found that overlap one are replaced by it; titles before a PERSON entity are cut off. No
extra parser pass: one regex over each paragraph, then `doc.set_ents`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from bot.extract.doc_cache import lowers_of, tokens_with
from bot.extract.name_shapes import PARTY_STATE, NameShapes
from bot.extract.structure import dateline_end

PORTFOLIO = ("for", "of")  # a capitalised title's portfolio: "Minister for Trade", "Secretary of State"
PLACES_AND_TIMES = ("GPE", "NORP", "LOC", "FAC", "DATE", "TIME")
FOUND = "person names"  # doc.user_data: the names `joined` found, as character spans


def _name_like(span: Span) -> bool:
    """A hyphenated given name is a name; otherwise the tagger must take every word for a proper
    noun ("Go Home", "No Man" have the shape of names but are not)."""
    return "-" in span.text or all(t.pos_ == "PROPN" for t in span)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


class PersonNames:
    """Marks romanized family-name-first names as PERSON entities on a parsed paragraph."""

    def __init__(
        self,
        shapes: NameShapes,
        organisation_words: frozenset[str],
        role_words: frozenset[str] = frozenset(),
        person_words: frozenset[str] = frozenset(),
    ):
        self.shapes, self.role_words, self.organisation_words = shapes, role_words, organisation_words
        self.person_words = person_words | role_words  # "a Chilean lawyer", "the mayor": a person
        self._name = shapes.pattern
        self._given = re.compile(rf"(?:{shapes.syllable}){{1,3}}")
        self._stop = shapes.not_after_name | organisation_words
        short = sorted(
            h[:-1].capitalize() for h in shapes.honorifics if h.endswith(".") and "." not in h[:-1]
        )
        # "Col." before a name: the tokenizer splits off the point of ranks it does not know, and the
        # parser then cuts "JCS spokesperson Col" off the name as a sentence of its own
        self._rank = re.compile(rf"(?<![\w.])(?:{'|'.join(short)})\.(?= [A-Z])") if short else None

    def find(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the names in `text`."""
        return [m.span() for m in self._name.finditer(text) if self._fits(m, text)]

    def _fits(self, m: re.Match, text: str) -> bool:
        if m.group().lower() in self.shapes.not_names:
            return False
        given = (m.group("given") or m.group("GIVEN")).lower()
        if not all(self._given.fullmatch(part) for part in re.split(r"[- ]", given)):
            return False
        if given in self._stop:  # "Ono Station": the place's word, not a given name
            return False
        after = text[m.end() :].split(maxsplit=1)
        return not (after and after[0].strip(".,;:").lower() in self._stop)  # "Kim Il Sung University"

    def joined(self, doc: Doc, text: str | None = None) -> Doc:
        """A tokenized (unparsed) paragraph with each hyphenated given name one token ("Min-kyu",
        not "Min", "-", "kyu"): split, the tagger takes the hyphen for a noun and the parser
        gives the sentence two subjects. The names found and the text are kept with the doc for
        `mark` and the rules (joining tokens leaves the text as it was). `text`: the paragraph's
        text when the caller has it (`doc.text` rebuilds it from the tokens)."""
        text = doc.text if text is None else text
        byline = dateline_end(text)  # a reporter named in a dateline's byline is no one the story quotes
        found = [m for m in self._name.finditer(text) if m.start() >= byline and self._fits(m, text)]
        spans = []
        for m in found:
            group = "given" if m.group("given") else "GIVEN"
            span = doc.char_span(m.start(group), m.end(group))
            if span is not None and len(span) > 1 and "-" in span.text:
                spans.append(span)
        spans += self._party_states(doc, text) + self._ranks(doc, text)
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
        doc.user_data["text"] = text  # names.text_of
        doc.user_data[FOUND] = [m.span() for m in found]
        return doc

    def _ranks(self, doc: Doc, text: str) -> list[Span]:
        """ "Col." as one token, as "Gen." and "Rep." already are."""
        spans = []
        for m in self._rank.finditer(text) if self._rank else ():
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) > 1:
                spans.append(span)
        return spans

    def _party_states(self, doc: Doc, text: str) -> list[Span]:
        """ "(D-Ore.)" as one token "D-Ore.": split, the parser makes the state the sentence's
        subject and the lawmaker its modifier ("Rep. Ann Doe (D-Ore.), the panel's chair, was ...")."""
        spans = []
        letters = dict(self.shapes.party_letters)
        for m in PARTY_STATE.finditer(text) if letters else ():
            if m.group("letter") not in letters:
                continue
            span = doc.char_span(m.start("letter"), m.end("state"))
            if span is not None and len(span) > 1:
                spans.append(span)
        return spans

    def mark(self, doc: Doc) -> Doc:
        """Sets the names found as PERSON entities, replacing the entities they overlap."""
        found_before = doc.user_data.get(FOUND)
        names = found_before if found_before is not None else self.find(doc.text)
        spans = [doc.char_span(s, e, label="PERSON", alignment_mode="expand") for s, e in names]
        spans = [s for s in spans if s is not None and _name_like(s)]
        found: list[Span] = []
        for span in spans + self._after_roles(doc) + self._beside_roles(doc):
            if not any(_overlap(span, f) for f in found):
                found.append(span)
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [self._trimmed(e) for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.set_ents(sorted([e for e in kept if e is not None] + found, key=lambda e: e.start))
        return doc

    def _after_roles(self, doc: Doc) -> list[Span]:
        """ "spokesperson Leah Castillo": two or three capitalised proper nouns right after a role
        word are a person, whatever the recogniser called them (it often says ORG); set off by
        commas ("the delegate, Masaru Endo, said") they are _beside_roles'."""
        out = []
        for i, word in enumerate(lowers_of(doc)[:-2]):
            if word not in self.role_words:
                continue
            start = i + 1  # "spokesperson Lt. Cmdr. Leah Castillo": the ranks are not the name
            ranks = self.shapes.honorifics
            while start < len(doc) and not doc[start].is_lower and doc[start].lower_ in ranks:
                start += 1
            if doc[start].lower_ == "to":  # "Ambassador to Seoul Ray Holt": the post's place, then the name
                out += [s for s in [self._after_post_place(doc, start + 1)] if s is not None]
                continue
            if doc[start].lower_ in PORTFOLIO and doc[i].text[:1].isupper():
                # "Deputy Commissioner for Human Rights Ana Ruiz": a title's portfolio, then the name
                out += [s for s in [self._after_post_place(doc, start + 1)] if s is not None]
                continue
            end = start
            while end < len(doc) and end - start < 3 and self._name_word(doc[end]):
                end += 1
            if 2 <= end - start <= 3 and not (end < len(doc) and doc[end].pos_ == "PROPN"):
                out.append(Span(doc, start, end, label="PERSON"))
        return out

    def _after_post_place(self, doc: Doc, start: int) -> Span | None:
        """The last two of three or more capitalised proper nouns after "to" (or a portfolio's
        "for"): a given name and a family name after the place ("to South Korea Ray Holt", "to
        the Netherlands Ray Holt")."""
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end - start < 3 or not all(self._name_word(doc[k]) for k in (end - 2, end - 1)):
            return None
        return Span(doc, end - 2, end, label="PERSON")

    def _beside_roles(self, doc: Doc) -> list[Span]:
        """ "Isabel Ruiz, a Chilean lawyer, said", "said Aki Mori, a professor at ...", "the
        rapporteur, Eva Lind-Hart,": capitalised proper nouns set in apposition with a word for a
        person are that person's name, whatever the recogniser called them (it often says ORG)."""
        out = []
        for t in tokens_with(doc, dep=("appos",)):  # not every token of the paragraph
            for name, role in ((t.head, t), (t, t.head)):
                if role.lower_ in self.person_words and role.pos_ == "NOUN" and name.pos_ == "PROPN":
                    span = self._name_ending(doc, name)
                    out += [span] if span is not None else []
        return out

    def _title(self, t) -> bool:
        """ "Col.", "Dr", "Prof.": a title before a name, written with its point or without."""
        word = t.lower_.rstrip(".")
        return "." in t.text or word in self.shapes.honorifics or f"{word}." in self.shapes.honorifics

    def _name_ending(self, doc: Doc, last) -> Span | None:
        """Two or three name words ending at `last`, a hyphenated one counting once ("Lind-Hart")."""
        start, words = last.i, 1
        while start > 0 and words < 3:
            before = doc[start - 1]
            hyphen = before.text == "-" and not before.whitespace_ and start > 1
            if hyphen and self._name_word(doc[start - 2]) and not doc[start - 2].whitespace_:
                start -= 2
            elif self._name_word(before) and not self._title(before):
                start, words = start - 1, words + 1
            else:
                break
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        named = self._name_word(last) or self._surname_taken_for_place(last)
        if words < 2 or not named or (nxt is not None and nxt.pos_ == "PROPN"):
            return None
        return Span(doc, start, last.i + 1, label="PERSON")

    def _surname_taken_for_place(self, last) -> bool:
        """ "Dmitry Volkov, Russia's envoy": a family name the recogniser called a place by itself,
        after a given name it left unlabelled; a place's own name is labelled whole ("South Korea")."""
        before = last.doc[last.i - 1] if last.i > 0 else None
        alone = last.ent_iob_ == "B" and (last.i + 1 == len(last.doc) or last.doc[last.i + 1].ent_iob_ != "I")
        return (
            alone
            and before is not None
            and before.ent_type_ == ""
            and self._name_word(before)
            and last.pos_ == "PROPN"
            and last.text[1:].islower()
            and last.lower_ not in self.organisation_words | self.role_words
        )

    def _name_word(self, t) -> bool:
        return (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.text[1:].islower()
            and t.lower_ not in self.organisation_words
            and t.lower_ not in self.role_words  # "Prime Minister Sakura Imai": "Minister" is the title
            and t.lower_ not in self.shapes.not_name_words
            and t.ent_type_ not in PLACES_AND_TIMES
        )

    def _trimmed(self, ent: Span) -> Span | None:
        """A PERSON entity without the titles before the name ("Rep.", "Lt. Col.", "Vice Minister",
        "Minister" of "Deputy Prime Minister Lorn Vesk"): a job word is no part of a name."""
        if ent.label_ != "PERSON":
            return ent
        start = past_titles(ent.doc, ent.start, ent.end, self.shapes.honorifics | self.role_words)
        return Span(ent.doc, start, ent.end, label="PERSON")


def past_titles(doc: Doc, start: int, end: int, titles: frozenset[str]) -> int:
    """Where the name starts after the titles before it ("Vice Admiral", "Rep."), a body's initials
    before a title included ("NCG Commandant Rina Holt"); at least one word is left."""
    while start < end - 1:
        word = doc[start].text
        initials = len(word) > 1 and word.isalpha() and word.isupper() and doc[start + 1].lower_ in titles
        if doc[start].lower_ not in titles and not initials:
            break
        start += 1
    return start
