"""The parts of an article that are never statements: headline, dateline, a reporter's question.

- A headline is the first line when it is short and ends without . ! or ? (closing quote
  marks aside): "Unification Minister: talks must resume" names no speaker of a statement, and the
  story repeats what it summarises.
  A question is a headline only under a kicker ("Analysis: What changes now?"); alone it may be
  the lead ("Should the tunnel be finished?").
- A wire dateline ("SEOUL, March 3 (Yonhap) --", "GENEVA (Reuters) -") opens the lead; it is
  neither a speaker nor part of what was said.
- "Asked whether …", "When asked about …", "X asked whether …": a question put to a speaker is
  not a statement; the answer after it is (news convention for Q&A at briefings and hearings).
- `“A,” X said. “B.”`: when nothing stands between two quotes but the speaker (with who they
  are) and the verb of saying, the writer has only broken one utterance to attribute it; it is one
  statement however long. Circumstances between ("said at a briefing on Monday") mark two.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.lexicon import Lexicon

HEADLINE = 160  # characters: a first line this short, ending no sentence, is a headline
CLOSING = "\"”’'»)"
DATELINE = re.compile(
    r"^[A-Z]{2,}(?:[ .'’-]+[A-Z]+)*\.?"  # SEOUL, NEW YORK, WASHINGTON, D.C. (one separator or more
    # between words: with none allowed, a run of capitals splits every way and fails in 2^n steps)
    r"(?:,\s*(?:[A-Z]\.)+)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?P<bare>(?:\s+[A-Z][a-z]+){1,2})?)?"  # , March 3 [Kyodo]
    r"\s*(?:\([^)\n]{1,40}\))?"  # (Yonhap)
    r"\s*(?:--|—|–|-)\s+"
)


def is_headline(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSING)
    return "\n" not in text.strip() and len(text) < HEADLINE and stripped[-1:] not in ".!?"


# a section label a headline opens with: "[Feature]", "Analysis:", "North Korea:" (not "Q:")
KICKER = re.compile(r"^\s*(?:\[[^\]\n]{2,30}\]|[A-Z][\w.'’-]+(?:\s+[\w.'’-]+){0,3}:)\s+[^\s\"“‘'«]")


def is_first_line_headline(text: str) -> bool:
    """The article's first line as a headline: as is_headline reads one, or a question under a
    kicker ("Analysis: Will the levy survive?", "[Feature] Who still fishes here?"): a lead
    does not open with a section label, so the question is the headline's, and the lead (with
    its day) is the paragraph after it. A question in quote marks after the label is someone's
    words ("X said: “Should the drills be postponed?”")."""
    if is_headline(text):
        return True
    stripped = text.rstrip().rstrip(CLOSING)
    m = KICKER.match(text)
    label = m.group(0).split(":")[0].strip(" [").lower() if m else ""
    return (
        m is not None and label != "question" and stripped.endswith("?")
        and "\n" not in text.strip() and len(text) < HEADLINE
    )  # fmt: skip


# "Senators grill envoy over quotas: 'Is a ban still the goal?'": a question quoted after a colon
QUOTED_QUESTION = re.compile(r"^[^:\n]+(?P<colon>:)\s*[\"“‘'«][^\n]+\?[\"”’'»]\s*$")


def is_quoted_question_headline(doc) -> bool:
    """A short first line ending in a question quoted after a colon is a headline when what comes
    before the colon is told as headlines are, in the present ("Senators grill envoy over quotas:
    'Is a ban still the goal?'", "Port chief on the levy: “Who pays?”"), not in narration's past,
    which tells someone's words ("Lena Dahl said: “Will the levy survive?”")."""
    text = doc.text
    m = QUOTED_QUESTION.match(text)
    if m is None or "\n" in text.strip() or len(text) >= HEADLINE:
        return False
    return not any(t.tag_ == "VBD" for t in doc if t.idx < m.start("colon"))


# ... or any place named before an agency: "Pusan (Wirenews) —"
WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?"  # place, country
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # day
    r"\s*\([A-Z][\w.&'’ -]{0,30}\)\s*[-–—]{1,2}\s"  # (agency) and the dash
)


SLASH_DATELINE = re.compile(  # "MOSCOW, August 20. /TASS/. The ..."
    r"^[A-Z]{2,}(?:[ .'’-]+[A-Z]+)*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*"  # place, day
    r"/(?P<agency>[A-Z][\w.&'’ -]{0,30})/\.?\s+"  # the agency between slashes, no dash
)


# the Korean wires' form, place and agency in one bracket and the reporter's byline closed by "=":
# "(Pusan=Wirenews) Reporter Ann Lee = The port ...", "[Pusan=Wirenews] Ann Lee = The ..."
EQUALS_DATELINE = re.compile(
    r"^\s*[\[(](?P<place>[A-Z][\w.'’ -]{1,30})=(?P<agency>[A-Z][\w.&'’ -]{0,30})[\])]"  # (place=agency)
    r"\s*(?:(?:--|—|–|-)\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*=\s*)?"  # a dash, or the byline
)


def dateline_end(paragraph: str) -> int:
    """Where the text after a wire dateline starts (0 when the paragraph has none)."""
    m = (
        DATELINE.match(paragraph) or WIRE_DATELINE.match(paragraph) or SLASH_DATELINE.match(paragraph)
        or EQUALS_DATELINE.match(paragraph)
    )  # fmt: skip
    return m.end() if m else 0


def dateline_agency(paragraph: str) -> str | None:
    """The agency named in a wire dateline: in brackets ("TOKYO (Kyodo) --" -> "Kyodo"; after the
    place and "=" in the Korean wires' form: "(Pusan=Wirenews)" -> "Wirenews"), bare
    after the day, as Kyodo's English service writes it ("TOKYO, Nov. 3 Kyodo -"), or between
    slashes, as TASS does ("MOSCOW, August 20. /TASS/.")."""
    equals = EQUALS_DATELINE.match(paragraph)
    if equals:
        return equals.group("agency").strip()
    end = dateline_end(paragraph)
    m = re.search(r"\(([^)\n]{1,40})\)", paragraph[:end]) if end else None
    if m:
        return m.group(1).strip()
    slashed = SLASH_DATELINE.match(paragraph)
    if slashed:
        return slashed.group("agency").strip()
    bare = DATELINE.match(paragraph)
    return bare.group("bare").strip() if bare and bare.group("bare") else None


def dateline_place(paragraph: str) -> str | None:
    """The place a wire dateline names, as a name is written ("BEIJING (AP) --" -> "Beijing")."""
    equals = EQUALS_DATELINE.match(paragraph)
    if equals:
        return equals.group("place").strip().title()
    end = dateline_end(paragraph)
    m = re.match(r"[A-Z][A-Za-z .'’-]*?(?=\s*[(,/]|\s+[-–—])", paragraph[:end]) if end else None
    return m.group().strip().title() if m else None


def is_question(verb: Token, clause: Token | None, lex: Lexicon) -> bool:
    """ "asked whether the ministry would pull out": a verb of asking with an indirect question,
    or a direct one before it ("Did the boats sail, the minister asked?"); and with any verb, a
    clause the question word opens ("declined to say whether ...", "questioned whether ..."):
    what is left open is not said."""
    if clause is None:
        return False
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in lex.open_question_words and first.dep_ == "mark" and first.head.i == clause.i:
        return True  # not "which they said had funded ...": a relative pronoun, the clause's subject
    if verb.lemma_.lower() not in lex.question_verbs:
        return False
    after = clause.doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(clause.doc) else None
    asked = first.pos_ == "AUX" and clause.i < verb.i or after is not None and after.text == "?"
    return first.lower_ in lex.question_words or asked  # "“Did the boats sail?” she asked"


def inside_question(t: Token, lex: Lexicon) -> bool:
    """ "asked whether China still supported the goal", "asked if Seoul would consider seeking a
    summit": an act told inside an indirect question is what was asked, not what anyone did."""
    for node in (t, *t.ancestors):
        for c in node.children:
            if c.dep_ == "mark" and c.i < node.i and c.lower_ in lex.question_words:
                if c.lower_ in lex.open_question_words or node.head.lemma_.lower() in lex.question_verbs:
                    return True
    return False


CIRCUMSTANCES = ("prep", "advcl", "npadvmod", "advmod", "ccomp", "xcomp", "conj", "agent")


def bare_attribution(between: Span, speech_verbs: frozenset[str]) -> bool:
    """The words between two quotes hold one verb of saying and nothing of its own but its
    speaker and addressee ("Kim said.", "said Kim, a lawmaker from Busan", "she told reporters"); not
    a speaker introduced with a clause of their own ("said Kim, who has led the group since 2019")."""
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in speech_verbs]
    if len(verbs) != 1:
        return False
    own = [c for c in verbs[0].children if c.dep_ in CIRCUMSTANCES]
    told = [t for t in between if t.dep_ == "relcl"]  # "said X, who heads ...": the writer's introduction
    return not told and not any(between.start <= c.i < between.end for c in own)
