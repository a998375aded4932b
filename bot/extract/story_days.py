"""The story's days as the narration tells them: the lead's day, a heading's, a paragraph opened
by a day and the dated occasions told in narration, with the state they leave in force
(event_dates.py reads each saying's day off it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from bot.extract.date_framing import entity_text, lead_dates, possessive
from bot.extract.dates import WEEKDAYS, resolve_when
from bot.extract.day_frames import fronted_day, fronted_place_day, heading_day_phrase
from bot.extract.day_phrases import with_following
from bot.extract.doc_cache import entities, kept, owner_key
from bot.extract.gap_days import came_before
from bot.extract.lead_days import lead_sentence, news_dates, past_dateline, reported_news
from bot.extract.lexicon import Lexicon
from bot.extract.narrated_days import narrated_days, reported
from bot.extract.relative_days import read_phrase, shift_of
from bot.extract.told_days import UntoldDay
from bot.extract.venue_days import dated_venues

When = tuple[str, str]
DAY_PARTS = ("morning", "afternoon", "evening", "night")  # "Thursday morning": still the day
LEAD_WINDOW = 7  # days: a lead's day further back is a past event, not the story's day


@dataclass(frozen=True)
class Event:
    """A day given in one paragraph, and who was named there."""

    when: When
    paragraph: tuple[int, int]  # character span of the paragraph


class StoryDays:
    def __init__(self, published: date | None, lex: Lexicon):
        self.published, self.lex = published, lex
        self.default: When | None = (published.isoformat(), "day") if published else None
        self.anchor = self.default  # the day in force: "the same day", "a day earlier" count from it
        self.latest = self.default  # the latest day a saying was given: the story's "now"
        self.by_speaker: dict[str, When] = {}
        self.last_said: dict[str, When] = {}  # the speaker's last dated saying, background too
        self.background: tuple[str, int, When] | None = (
            None  # (speaker, paragraph, month) of the last background saying
        )
        self.event: Event | None = None
        self.lead_read = False
        self.undated_lead = True  # until the lead names the story's day
        self.spoken = False  # whether a saying has been given a day yet
        self.section: When | None = None  # a heading's day, for the undated sayings under it
        self.frame: tuple[int, When] | None = None  # (paragraph, day) of a paragraph opened by a day
        self.elsewhere: When | None = None  # the day of a paragraph opened "In Beijing on Thursday,"
        self.continued: When | None = None  # that day, for the quote paragraph right after it
        self.moved: Token | None = None  # a relative day ("a day earlier") in the paragraph
        self._read: dict[tuple[int, int], When | None] = {}  # a phrase at one place resolves once
        self.n = 0  # the paragraph being read
        self.vague: dict[str, tuple[int, When]] = {}  # speaker -> (paragraph, "earlier this month")
        self.sharpened: dict[tuple[str, When], When] = {}  # (speaker, that month) -> its day
        self.cue_days: list[tuple[tuple[int, int], When]] = []  # (speaker's span, day) in the paragraph
        self.spoke_on: list[tuple[tuple[int, int], When]] = []  # ... of "X spoke to Y on Monday", kept
        self.occasions: list[Event] = []  # the dated occasions told in narration, in text order
        self.untold = UntoldDay(self.default)  # the lead's day, if a later paragraph tells it
        self.venues: dict[str, When] = {}  # "council" -> the day the story named it on (venue_days.py)
        self.report: tuple[object, int] | None = None  # the lead's cue reporting an earlier act
        self.lead_act: When | None = None  # ... and that act's day, an occasion of those named there
        self.lead_statement: When | None = None  # ... if that act was a saying: "said in the statement"

    def read_lead(self, doc: Doc, outside) -> None:
        """The story's day from the lead's first sentence ("X on Tuesday moved to ..."), once."""
        if self.lead_read or self.published is None:
            return
        first = lead_sentence(doc)
        if first is None:  # a paragraph with no verb ("News Analysis / By X Y") is a label, not the lead
            return
        self.lead_read = True
        dates = lead_dates(first, outside, self.lex)
        news = news_dates(first, outside, self.lex)
        # "SEOUL, June 17 (Reuters) - X said on Tuesday ...": the day the parser may join to the
        # lead from its dateline is the day the story was filed, only if the lead tells none
        if self._lead_day(filter(past_dateline, dates)):
            self._reported_later(first.root, reported_news(first.root, news))
            return
        # the day of the lead's news told elsewhere in it: the story's, though the lead stays
        # undated for a dated occasion before anyone speaks (lead_days.news_dates)
        if self._lead_day(news, undated=True):
            return
        self._lead_day(t for t in dates if not past_dateline(t))

    def _reported_later(self, root: Token, news: list[Token]) -> None:
        """ "X and Y held talks on Tuesday, the ministry said on Wednesday": the act the lead
        reports is the occasion of those named in it ("X told Y …"), its day theirs; the story's day
        stays the report's, for the reactions quoted after it."""
        for t in news if root.lemma_.lower() in self.lex.cue_verbs else ():
            found = self.resolve(entity_text(t), t)
            if found and found[1] == "day" and self._recent(found[0]) and found[0] < self.default[0]:
                self.lead_act = found
                self.report = token_key(root)
                act = next(a for a in t.ancestors if a.dep_ == "ccomp" and a.head.i == root.i)
                self.lead_statement = found if act.lemma_.lower() in self.lex.cue_verbs else None
                return

    def _lead_day(self, dates, undated: bool = False) -> bool:
        """The first of these dates that is a recent day is the story's day."""
        for t in dates:
            found = self.resolve(entity_text(t), t)
            if found and found[1] == "day" and self._recent(found[0]):
                self.default = self.anchor = self.latest = found
                self.undated_lead = undated
                return True
        return False

    def _recent(self, day: str) -> bool:
        back = self.published - date.fromisoformat(day)
        return timedelta(0) <= back <= timedelta(days=LEAD_WINDOW)

    def heading(self, text: str) -> None:
        """A section heading: its day (or none) dates the undated sayings under it."""
        phrase = heading_day_phrase(text)
        found = resolve_when(phrase, self.published) if phrase and self.published else None
        self.section = found if found and found[1] == "day" else None
        self.frame = self.continued = None
        if self.section:  # a new day's section: what was in force for the last one is not
            self.by_speaker, self.event = {}, None

    def open_paragraph(self, n: int, doc: Doc, outside, paragraph: tuple[int, int]) -> None:
        """A paragraph opened by a day frames itself and the quote paragraph that continues it."""
        self.n = n
        self.untold.opened(n, self.lead_read)
        before = self.frame if self.frame and self.frame[0] == n - 1 else None
        self.continued = before[1] if before and before[1][1] == "day" else None
        t = fronted_day(doc) if self.published else None
        found = self.resolve(entity_text(t), t) if t is not None else None
        # "Last month, the committee adopted a resolution. In a statement, X called it ...": a
        # month frames its own paragraph; only a day, one occasion, its quote paragraph after
        self.frame = (n, found) if found and found[1] in ("day", "month") else None
        t = fronted_place_day(doc, self.lex.event_nouns) if self.published and self.frame is None else None
        self.elsewhere = self._across_the_date_line(t) if t is not None else None
        self.moved = self._moved_clock(doc, outside) if self.frame is None else None
        self._narrated(doc, outside, paragraph)
        if self.lead_act:
            self.event = Event(self.lead_act, paragraph)
            self.occasions.append(self.event)
            self.lead_act = None
        for t, noun in dated_venues(doc, outside, self.lex) if self.published else ():
            found = self.resolve(entity_text(t), t)
            if found and found[1] == "day" and self._recent(found[0]):
                self.venues[noun] = found

    def _across_the_date_line(self, t: Token) -> When | None:
        """ "In Seoul, the ministry said Thursday that …" in a story of Wednesday's events, dated
        Wednesday: a report from a place ahead in time names the day after publication, already
        begun there, not the weekday six days back, which a story of today's news would call "last
        Thursday" (the place fronted, `fronted_place_day`; the story's day its publication day)."""
        found = self.resolve(entity_text(t), t)
        text = " ".join(entity_text(t).lower().split())
        if not found or found[1] != "day" or self.default != (self.published.isoformat(), "day"):
            return found
        if (self.published - date.fromisoformat(found[0])).days != 6 or not _bare_weekday(text):
            return found
        ahead = ((self.published + timedelta(days=1)).isoformat(), "day")
        self._read[token_key(t)] = ahead
        return ahead

    def _narrated(self, doc: Doc, outside, paragraph: tuple[int, int]) -> None:
        """ "The presidential office convened an emergency meeting on Tuesday chaired by X." / next
        paragraph: "X told reporters afterwards": an event of the last days told with its day in
        narration is the occasion of what those named there say, unless a saying of theirs is
        given a day of its own. It moves neither the day "the same day" counts from nor the
        story's latest day: nothing was said yet (narrated_days.py reads the parse)."""
        self.cue_days = []
        for t, speakers, occasion in narrated_days(doc, outside, self.lex) if self.published else ():
            found = self.resolve(entity_text(t), t)
            if not (found and found[1] == "day" and self._recent(found[0])):
                continue
            if speakers is None and self.undated_lead and self._untold():
                # "Should Seoul build a bomb? / That question took center stage Wednesday at a
                # forum ...": a lead with no day, then the occasion of the story's sayings; and
                # the lead's own words, if it told any ("X has revealed ...", told_days.py)
                if self.spoken:
                    self.untold.tell(found, self.by_speaker)
                self.default = self.anchor = self.latest = found
            if speakers is None:
                self.event = Event(found, paragraph)
                self.occasions.append(self.event)
            else:  # "“…,” X told reporters on Friday. X, who …, said …": X's, read before the quote's cue
                spans = [((paragraph[0] + lo, paragraph[0] + hi), found) for lo, hi in speakers]
                self.cue_days += spans
                self.spoke_on += spans if occasion else []

    def _untold(self) -> bool:
        return not self.spoken or self.untold.may_tell(self.latest, self.by_speaker)

    def _moved_clock(self, doc: Doc, outside) -> Token | None:
        """ "The families gathered a day earlier at the border. It was there that X announced
        ...": a day counted from the one in force moves the story's clock, and the sayings in
        the paragraph's later sentences happened on it; not one inside what someone reported
        ("KCNA reported that Kim, speaking the previous evening, had ...")."""
        for ent in entities(doc, "DATE"):
            t = ent.root
            if outside(t) and not possessive(t) and not reported(t) and not came_before(ent):
                low = with_following(" ".join(entity_text(t).lower().split()), t)
                if shift_of(low, self.lex) is not None:
                    return t
        return None

    def resolve(self, phrase: str, at: Token | None = None) -> When | None:
        """A time phrase as a date: relative to the day in force, else to publication; a phrase
        at one place in the text is read once (a relative day must not count twice)."""
        if at is None:
            return read_phrase(phrase, None, self.anchor, self.published, self.lex)
        key = token_key(at)
        if key not in self._read:
            self._read[key] = read_phrase(phrase, at, self.anchor, self.published, self.lex)
        return self._read[key]


def token_key(t: Token) -> tuple[object, int]:
    """A token's key across the article's paragraphs: its doc's own key (id() is reused once a
    doc is freed) and its index."""
    return kept(t.doc, "doc key", lambda _: owner_key()), t.i


def _bare_weekday(text: str) -> bool:
    """ "thursday", "thursday morning": a weekday named alone, not "last Thursday"."""
    words = text.split()
    return bool(words) and words[0] in WEEKDAYS and all(w in DAY_PARTS for w in words[1:])
