"""An interview printed as questions and answers: "Q. Should Seoul scale back the drills?" then
"A. Not scale back. Adjust." The question is the reporter's, nobody's statement; the answer is the
interviewee's own words though no quote mark or verb says so. The interviewee is the one the story
quoted last before the questions began (interview pieces open by quoting the person they then
question); with nobody quoted yet, an answer is left unattributed rather than guessed."""

from __future__ import annotations

import re

from bot.extract.lexicon import Lexicon

LABEL = re.compile(r"^\s*([A-Za-z]+)\s*[.:]\s+(?=\S)")


def _label(text: str) -> tuple[str, int] | None:
    m = LABEL.match(text)
    return (m.group(1).lower(), m.end()) if m else None


def interview_turn(text: str, previous: str | None, lex: Lexicon) -> tuple[str, int] | None:
    """("question", 0) for a labelled question, ("answer", where its words start) for a labelled
    answer right after one, else None ("A. J. Kim said" opening an ordinary paragraph is no answer)."""
    found = _label(text)
    if found is None:
        return None
    word, end = found
    if word in lex.interview_question_labels:
        return "question", 0
    before = _label(previous) if previous is not None else None
    if word in lex.interview_answer_labels and before and before[0] in lex.interview_question_labels:
        return "answer", end
    return None
