"""Sayings and acts told inside another's reported words.

"He said Beijing opposed X", "told reporters that the launch showed Y": what the reported
clause's subject does is part of the reporter's words, the reporter's statement (as gold and
PolNeAR read it: the reporter states Beijing's position), not its subject's; and in "He
said the firms deserve a plan and called on the ministry to ...", the parser's hanging the
second verb on the reported one does not make it the firms' (cues.py `_outer_speaker`). A medium
is the exception: "KCNA said Kim told the meeting ..." and "state media said Kim visited the
plant and called for ..." carry Kim's words, which are his; and so is a named person's own
saying that anyone relays ("a source said Ri told the envoys that ...": Ri's words).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from bot.extract import cues as C
from bot.extract.clause_subjects import subject_of
from bot.extract.lexicon import Lexicon
from bot.extract.mentions import mention_tokens


def medium(subject: Token, lex: Lexicon, discourse) -> bool:
    """Whether the subject names a medium carrying others' words: a word for one ("the agency",
    "state media") or a listed state medium ("KCNA")."""
    if subject.lower_ in lex.media_words:
        return True
    e = discourse.resolve(subject, mention_tokens(subject, lex))
    return e is not None and (e.kind == "state-media" or bool(e.heads & lex.media_words))


def reported_cue(cue: C.Cue, lex: Lexicon, discourse, outside) -> C.Cue:
    """The cue as the reporter's words: a saying or act inside another's reported clause (not a
    medium's) is the reporter's to state ("the minister said Seoul did not reject contact": his
    statement, and the position it states); a second verb joined to a medium's reported clause
    goes back to that clause's subject ("state media said Kim visited the plant and called for
    more output": Kim called)."""
    outer = C.reported_by(cue.token, lex) if cue.kind != "according" else None
    # a verb in quote marks reports nothing: "“They never say that,” the scholar said" (misparsed)
    reporter = subject_of(outer) if outer is not None and outside(outer) else None
    if reporter is not None and not medium(reporter, lex, discourse):
        if _relayed_saying(cue, reporter, lex, discourse):
            return cue
        return replace(cue, speaker=reporter, report=outer)  # said when the report was made
    own = subject_of(cue.token) if cue.token.dep_ == "conj" else _before_closing_tag(cue, lex)
    if own is None or own.i == cue.speaker.i or not medium(cue.speaker, lex, discourse):
        return cue
    return replace(cue, speaker=own)


def _relayed_saying(cue: C.Cue, reporter: Token, lex: Lexicon, discourse) -> bool:
    """ "Another source said Ri reiterated that ...", "Park told Liu that ..., the diplomats said":
    a named person's own saying that another relays is the person's words (not the reporter's
    own, "Ko said he doubted it", which is one statement)."""
    if cue.kind != "speech":
        return False
    e = discourse.resolve(cue.speaker, mention_tokens(cue.speaker, lex), salient=False)
    if e is None or e.kind != "person" or e.anonymous:
        return False
    return e is not discourse.resolve(reporter, mention_tokens(reporter, lex))


def _before_closing_tag(cue: C.Cue, lex: Lexicon) -> Token | None:
    """ "Kim criticized the pact, calling it a noose, state media reported.": a participle on the
    reported clause's verb, before the tag that closes the sentence, is part of what was reported
    and done by that clause's subject (the tag's subject is the speaker found so far)."""
    verb, clause = cue.token, cue.token.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    tag = clause.head
    teller = subject_of(tag)
    if tag.i < verb.i or tag.lemma_.lower() not in lex.speech_verbs or teller is None:
        return None
    if teller.i != cue.speaker.i:
        return None
    return subject_of(clause)


def adds_nothing(statements, speaker: str, span: tuple[int, int], stance) -> bool:
    """Whether a saying inside a report, given to the reporter, is already said: a statement of
    theirs holds it and takes the same side, or it takes none ("X said the ministry does not
    oppose sanctions" is one statement; "X said Seoul did not reject contact" keeps the act, whose
    side the report's clause alone does not show)."""
    s, e = span
    holders = [o for o in statements if o.speaker.id == speaker and o.start <= s and e <= o.end]
    return any(
        stance.concept is None or (o.concept, o.agreement) == (stance.concept, stance.agreement)
        for o in holders
    )


def reported_within(verb: Token, lex: Lexicon) -> bool:
    """ "Yang said the timing suggested ...": a saying inside another's reported words; its
    subject is not one a later "he" refers to. Nor is the speaker of a relative clause on a
    noun that is not its sentence's subject ("a statement by Ri, responding to remarks by the
    minister, who said ...": background to the sentence, whose own actor "she" returns to)."""
    if verb.dep_ == "relcl":
        return verb.head.dep_ not in ("nsubj", "nsubjpass")
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.speech_verbs


CARRY_GAP = 20  # characters a fronted phrase ("Last month, ", "leader ") may stand before the subject
FRONTED_GAP = 80  # a longer one set off by its comma: "At a party congress in June, "


def fronted(gap: str) -> bool:
    """Whether the words before the subject are a short phrase ("Last month, ", "leader "), or a
    longer one opening the sentence and set off by its one comma ("At a party congress in June, ";
    not a clause the subject ends: "the launch was overseen by X, who ...")."""
    if len(gap) <= CARRY_GAP:
        return True
    one_phrase = gap.endswith(", ") and gap.count(",") == 1 and '"' not in gap
    return len(gap) <= FRONTED_GAP and one_phrase and gap[0].isupper()


def carried_whole(statements, text: str, is_medium) -> set[tuple[int, int, str]]:
    """A medium's report whose clause is someone's own act or saying ("KCNA said leader X had
    overseen the launch and called for Y", "X dismissed the offer as Z, according to KCNA"): the
    words are X's, found as X's statement inside it, and the medium's wrapper only carries them.
    Not a report holding another's act as a thing ("state media rejected Seoul's proposal")."""

    def inside(m, s) -> bool:
        sp = s.speaker
        return (
            m.start <= s.start
            and s.end <= m.end
            and not sp.anonymous
            and sp.id != m.speaker.id
            and (m.start <= sp.start and fronted(text[m.start : sp.start]) or _left_out(m, sp, text))
            and sp.end <= s.start
            and text[sp.end : sp.end + 1] not in ("'", "’")
        )

    return {
        (m.start, m.end, m.speaker.id)
        for m in statements
        if is_medium(m.speaker.id) and any(inside(m, s) for s in statements)
    }


def _left_out(m, sp, text: str) -> bool:
    """ "KCNA reported that X, while touring the plant, called for ...": the reported clause's
    subject the parser left out of the medium's words, between its cue and them."""
    return m.speaker.end <= sp.start < sp.end <= m.start and not text[sp.end : m.start].strip(" ,")
