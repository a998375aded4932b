"""Disputed reports: a media report that an actor denies in the same story.

News often carries a report and its denial side by side ("One outlet reported that X urged ...,
although the ministry dismissed the report as inaccurate"). The report is then not X's
established position: it is stored as disputed, by whom and in which statement, and the denial
counts as said about the report's subject, so it shows under that actor too.

A denial: a statement whose act is a denial (data: denial_verbs) of a report (report_nouns:
"dismissed the report as inaccurate", "denied the claims"), or that says a report is false
("the report was groundless"). The report: the nearest statement before it, in its paragraph or
the one before, that a medium tells (its source names a report or an outlet, or its cue is
"reported"), with the statements inside it (what the report says someone did).
"""

from __future__ import annotations

import dataclasses
import re

from bot.model import Dispute, Extraction, Statement

ARTICLES = r"(?:(?:the|a|an|this|that|these|those|such|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?"


class DisputeFinder:
    def __init__(self, lexicon):
        self.denials = lexicon.denial_verbs
        nouns = "|".join(re.escape(w) for w in sorted(lexicon.report_nouns, key=len, reverse=True))
        self.report_first = re.compile(rf"^{ARTICLES}(?:{nouns})\b", re.I)
        false = "|".join(re.escape(w) for w in sorted(lexicon.denial_words, key=len, reverse=True))
        self.said_false = re.compile(rf"\b(?:{false})\b", re.I)
        self.media = lexicon.report_nouns | lexicon.media_words

    def link(self, extraction: Extraction) -> Extraction:
        statements = list(extraction.statements)
        for i, denial in enumerate(statements):
            if not self._is_denial(denial):
                continue
            reported = self._reported(statements, denial)
            if not reported:
                continue
            by = denial.actor or denial.speaker.id
            mark = Dispute(by, denial.start, denial.end)
            for j in reported:
                statements[j] = dataclasses.replace(
                    statements[j], disputed_by=(*statements[j].disputed_by, mark)
                )
            statements[i] = dataclasses.replace(
                denial, about=_about(denial, [statements[j] for j in reported])
            )
        return dataclasses.replace(extraction, statements=tuple(statements))

    def _is_denial(self, st: Statement) -> bool:
        if not self.report_first.search(st.content):
            return False
        verb = (st.cue or "").split()[0].lower() if st.cue else ""
        return _lemma(verb) in self.denials or bool(self.said_false.search(st.content))

    def _reported(self, statements: list[Statement], denial: Statement) -> list[int]:
        """The report the denial answers (the latest before it) and the statements inside it."""
        before = [
            i for i, st in enumerate(statements)
            if st.end <= denial.start and denial.paragraph - 1 <= st.paragraph <= denial.paragraph
            and st.speaker.id != denial.speaker.id
        ]  # fmt: skip
        reports = [i for i in before if self._by_medium(statements[i])]
        if not reports:
            return []
        report = statements[max(reports, key=lambda i: statements[i].start)]
        return [i for i in before if report.start <= statements[i].start and statements[i].end <= report.end]

    def _by_medium(self, st: Statement) -> bool:
        words = set(re.findall(r"[\w-]+", st.speaker.mention.lower()))
        return bool(words & self.media) or _lemma((st.cue or "").lower()) == "report"


def _lemma(word: str) -> str:
    """ "dismissed" -> "dismiss", "denies" -> "deny": enough for the verbs of the list."""
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            return stem[:-1] if suffix == "ed" and stem[-1] == stem[-2] else stem
    return word


def _about(denial: Statement, reported: list[Statement]) -> tuple[str, ...]:
    """The denial is also about whoever the report says acted: the speakers of what it reports,
    else the first actor the report names."""
    own = {denial.speaker.id, denial.actor}
    subjects = [
        slug for st in reported for slug in (st.actor, None if st.speaker.anonymous else st.speaker.id)
    ]
    if not any(subjects):
        subjects = list(reported[0].about[:1])
    return tuple(dict.fromkeys([*denial.about, *(s for s in subjects if s and s not in own)]))
