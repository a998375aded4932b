"""Transcripts name who speaks in a label instead of a verb of saying, at the start of a paragraph:

- a name and a colon ("KANG: We will keep the line open."), how the words were got in brackets
  between them ("KANG (by phone): ...");
- a broadcast soundbite's caption, the name then the post after a comma or a slash, with an
  optional tag before it ("[SOUNDBITE] Han Mi-rae, Defense Minister: "We are ready."");
- a soundbite's caption inside its tag, the post before or after the name, the words after the
  tag ("[SOUND BITE: Defense Minister Han Mi-rae] "We are ready."", "(SOT: Han Mi-rae, Harbour
  University) ...");
- a caption on a line of its own above the words ("Han Mi-rae / Defense Minister", then a line
  break and what she said, or the words as the next paragraph; or in brackets as a paragraph of
  its own, "[Han Mi-rae / Defense Minister]"): the lower third of a television report.

The caption's post places the speaker as the apposition it stands for ("Han Mi-rae, Defense
Minister, said"). A caption is only a caption when its post holds no verb, a line-of-its-own caption
only when it is short and ends without a full stop: "Kim, however, said: ..." and a sentence broken
over two lines are prose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from bot.extract.discourse_entity import Entity
    from bot.extract.speakers import Discourse

from bot.extract.doc_cache import entities
from bot.extract.lexicon import Lexicon
from bot.extract.structure import is_headline

TAG = r"(?:[\[(][A-Z][A-Z /-]{1,20}[\])]\s*)?"  # "[SOUNDBITE] ", "(SOT) "
NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}"
POST = r"[^:\n\"“”]{1,120}"
HOW = r"(?:\s*\([A-Za-z][a-z ,-]{1,20}\))?"  # "KOO (recorded):", "JANG (by phone):": how the words were got
INITIAL = r"(?<=\b[A-Z])\."  # the stop of an initial, as in "U.S. Secretary of Defense"
COLON_LABEL = re.compile(rf"^{TAG}({NAME}){HOW}(?:\s*[,/]\s*({POST}))?:\s+(\S.*)$", re.S)
CAPTION = rf"^{TAG}({NAME})\s*[,/]\s*((?:[^:\n\"“”.!?]|{INITIAL}){{1,80}})"
LINE_LABEL = re.compile(rf"{CAPTION}\n\s*([A-Z\"“‘'].*)$", re.S)
CAPTION_ALONE = re.compile(rf"{CAPTION}\s*$")  # the words follow as a paragraph of their own
# "[Han Mi-rae / Defense Minister]": the lower third in brackets, on a line of its own
BRACKETED = rf"^\[({NAME})\s*[,/]\s*((?:[^:\n\"“”.!?\[\]]|{INITIAL}){{1,80}})\]"
BRACKETED_LINE = re.compile(rf"{BRACKETED}[ \t]*\n\s*([A-Z\"“‘'].*)$", re.S)
BRACKETED_ALONE = re.compile(rf"{BRACKETED}\s*$")
# "[SOUND BITE: Defense Minister Han Mi-rae] "…"": the caption inside the tag, the words after it
TAG_CAPTION = re.compile(r"^[\[(][A-Z][A-Z /-]{1,20}:\s*([^\[\]()\n:\"“”]{3,100})[\])]\s*(\S.*)$", re.S)
LINE_LABEL_WORDS = 12
NEWSROOM_LABEL = re.compile(r"^([A-Za-z][\w'’]*(?: [a-z]+){0,2}):\s")  # "Read more: ", "Editor's note: "


@dataclass(frozen=True)
class Label:
    name: tuple[int, int]  # character offsets in the paragraph
    post: tuple[int, int] | None
    words: int | None  # where the labelled words start; None: they are the next paragraph


def speaker_label(text: str, doc: Doc, lex: Lexicon) -> Label | None:
    """The label opening a paragraph of `text` (parsed as `doc`), or None."""
    if (tagged := _tag_caption(text, doc, lex)) is not None:
        return tagged
    m = COLON_LABEL.match(text) or LINE_LABEL.match(text) or CAPTION_ALONE.match(text)
    m = m or BRACKETED_LINE.match(text) or BRACKETED_ALONE.match(text)
    if m is None or m.group(1).lower() in lex.not_speaker_labels:
        return None
    words = m.start(3) if m.re not in (CAPTION_ALONE, BRACKETED_ALONE) else None
    if words is not None and not any(c.islower() for c in m.group(3)):  # "MONDAY: SEOUL MAKES AN OFFER"
        return None  # heads a section
    if m.re is not COLON_LABEL and len(text[: words or len(text)].split()) > LINE_LABEL_WORDS:
        return None
    post = m.span(2) if m.group(2) else None
    if post is not None and not _a_post(doc.char_span(*post, alignment_mode="expand"), lex):
        return None
    return Label(m.span(1), post, words)


def _tag_caption(text: str, doc: Doc, lex: Lexicon) -> Label | None:
    """ "[SOUND BITE: Green Party spokesperson Ahn Ye-rim] "…"": a caption inside the tag that names a
    person, its post (before or after the name) holding no verb; the caption is name and post at
    once, the person found in it by `labelled_speaker`."""
    m = TAG_CAPTION.match(text)
    caption = doc.char_span(*m.span(1), alignment_mode="expand") if m else None
    if caption is None or not any(c.islower() for c in m.group(2)) or not _a_post(caption, lex):
        return None
    if not any(e.label_ == "PERSON" for e in caption.ents):
        return None
    return Label(m.span(1), m.span(1), m.start(2))


def _a_post(span: Span | None, lex: Lexicon) -> bool:
    """ "senior fellow, Korea Institute for National Unification", not "however, said" nor a
    photo's credit ("Kim Jong-un / Yonhap")."""
    return span is not None and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in lex.credit_words for t in span
    )


def newsroom_line(text: str, lex: Lexicon) -> bool:
    """ "Read more: Seoul says talks are off", "Related: ...": a line the newsroom labels, a link
    to another story or a note, whose headline is nobody's statement here."""
    m = NEWSROOM_LABEL.match(text)
    return m is not None and m.group(1).lower() in lex.not_speaker_labels and is_headline(text)


def labelled_speaker(label: Label, doc: Doc, discourse: Discourse) -> Entity | None:
    """Who the label names. A caption names a person ("SEOUL, May 4" names none) and places them
    by its post. A bare label names a person, a body or someone by a role ("Officials:"); one
    whose word names nobody ("Keywords:", "Our Standards:", "Copyright:") is a web page's
    furniture."""
    name = doc.char_span(*label.name, alignment_mode="contract")
    if name is None or len(name) == 0:
        return None
    if label.post is None:
        found = discourse.resolve_label(name)
        return found if found is None or _names_someone(found, discourse.lexicon) else None
    person = next((e for e in entities(doc, "PERSON") if name.start <= e.start < name.end), None)
    post = doc.char_span(*label.post, alignment_mode="expand")
    if person is None or post is None:
        return None
    mention = {t.i: t for t in [*name, *post]}  # a caption inside its tag is both name and post
    return discourse.note_person(doc[person.start : min(person.end, name.end)], list(mention.values()))


def _names_someone(e: Entity, lex: Lexicon) -> bool:
    """Not an unnamed source made of a word that names nobody ("Topics", "Related Stories")."""
    return not e.anonymous or bool(e.heads & (lex.anonymous_heads | lex.role_nouns | lex.person_nouns))
