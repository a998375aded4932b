"""When each statement was said: one date model per article.

News convention (AP and wire style): the lead names the day of the story's event, and later
quotes without a day of their own belong to that event ("The ministry on Tuesday ... / “…,” the
minister said"). A day given to one saying ("X said Monday", "X, appearing before the committee
on Monday, ...") stays in force for that speaker, and for the others named where it was given
(the lawmaker who questioned X at that hearing), until another day replaces it. Relative days
("a day earlier", "the same day", "earlier this week") count from the day in force or from
publication. Dates inside what was said never count (when_said.py reads them off the parse).
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.date_framing import entity_text, past_event, possessive
from bot.extract.day_frames import opens_with_quote
from bot.extract.day_phrases import said_then, same_day
from bot.extract.doc_cache import entities, sentence_of
from bot.extract.gap_days import before_main
from bot.extract.lead_days import in_the_text
from bot.extract.narrated_days import remark_day, reported, saying_at_occasion
from bot.extract.relative_days import within
from bot.extract.story_days import Event, StoryDays, When, token_key
from bot.extract.venue_days import addressed_venue
from bot.extract.when_said import explicit_when, referred_saying, text_put_out_day, told_in_text_put_out


class EventDates(StoryDays):
    def _opens(self, cue: Token, day: When) -> bool:
        """ "Three churches have launched a winter aid drive. / They announced it at a press
        conference on Monday.": after a lead with no day, the first saying told with its day at
        an occasion, before anyone else speaks, is the story's occasion, as a dated occasion told
        there is, and so is one told in a text put out that day ("The institute said in a report
        released Monday that …"); not one told as before the story ("had warned"), nor a private
        talk."""
        at = saying_at_occasion(cue, self.lex) or told_in_text_put_out(cue, self.lex)
        return cue.tag_ == "VBD" and at and self._recent(day[0])

    def _opening_saying(self, day: When) -> None:
        if self.untold.voices:
            self.untold.tell(day, self.by_speaker)
        self.default = self.anchor = self.latest = day

    def _cue_day(self, speaker) -> When | None:
        """The day of a dated saying of this speaker's in the paragraph, or of the report that
        carries their words ("Zhou told Kim that …, Xinhua said late on Thursday")."""
        return next(
            (when for (lo, hi), when in self.cue_days if any(lo <= p < hi for p in speaker.seen)), None
        )

    def _attended(self, speaker) -> When | None:
        """ "Ri ... held talks with his counterpart on Monday." / "According to KCNA, which
        reported on the talks on Tuesday, Ri told his hosts that …": one named at an earlier
        dated occasion spoke there, not on the later day another's saying (the report) was given."""
        if self.event in self.occasions:
            return None
        seen = [
            o
            for o in self.occasions
            if o.paragraph[1] <= self.event.paragraph[0] and _named_in(speaker, o.paragraph)
        ]
        return seen[-1].when if seen and seen[-1].when[0] < self.event.when[0] else None

    def _met_at(self, speaker) -> When | None:
        """ "On Monday, the families met Minister X." / (a paragraph later) "X told the families
        that ...": one named at a dated occasion told in narration spoke there."""
        seen = [o for o in self.occasions if _named_in(speaker, o.paragraph)]
        return seen[-1].when if seen else None

    def _claim(self, speaker) -> None:
        """ "X spoke to The Daily Star on Monday." / later: "X: …", "“…,” X said": the day of that
        occasion is in force for X, once X is known to be the one who spoke (read at X's first
        saying after it; a day given to X since then stays)."""
        for (lo, hi), when in self.spoke_on:
            if any(lo <= p < hi for p in speaker.seen):
                self.spoke_on.remove(((lo, hi), when))
                self.by_speaker[speaker.id] = when
                self.untold.claim(speaker.id, when)
                return

    def _on_moved_clock(self, cue: Token) -> When | None:
        """The moved day for a saying after its sentence, counted when it is first needed: from
        the day in force then (a saying earlier in the paragraph may have set it)."""
        t = self.moved
        if t is None or cue.i < sentence_of(t).end:
            return None
        found = self.resolve(entity_text(t), t)
        return found if found and found[1] == "day" else None

    def _sharpen(self, speaker: str, own: When) -> None:
        """ "X said earlier this month that …" / next paragraph: "…,” X said at an Aug. 6 briefing":
        the day of the speaker's next saying, inside the vague period, is that period's day."""
        before = self.vague.pop(speaker, None)
        if own[1] != "day":
            self.vague[speaker] = (self.n, own)
        elif before and before[0] >= self.n - 2 and within(own[0], before[1]):
            self.sharpened[(speaker, before[1])] = own

    def sharp(self, speaker: str, when: When | None) -> When | None:
        """The day a vague date of this speaker's was made precise by (or the date as it was)."""
        return self.sharpened.get((speaker, when), when) if when else when

    def occurred(self, at: Token, speaker: str | None, paragraph: tuple[int, int]) -> None:
        """A saying told as an act with its day ("X weighed in on Wednesday"): in force for the
        speaker and those named in the paragraph, as a day given to a cue is."""
        found = self.resolve(entity_text(at), at) if self.published else None
        self.spoken = True
        self.untold.voice(self.n, speaker)
        if found and found[1] == "day":
            if speaker is not None:
                self.by_speaker[speaker] = found
            self.event, self.anchor = Event(found, paragraph), found
            if self.frame is None:  # "Seoul hit back on Tuesday." / "“…,” the spokesperson said."
                self.frame = (self.n, found)

    def given(self, when: When, speaker: str, paragraph: tuple[int, int], moves: bool = True) -> None:
        """A day given to `speaker`'s saying in `paragraph`: in force for them and those named
        there. A month or a year is only the speaker's: an event that others share is a day. A
        report from elsewhere ("In Beijing on Thursday, X said") does not move the story on."""
        if when[1] == "day" and self.undated_lead:  # the lead's speaker dated next (told_days.py)
            self.untold.told_by(when, speaker, self.latest, self.by_speaker)
        self._keep(speaker, when)
        self.spoken = True
        if when[1] == "day":
            self.event, self.anchor = Event(when, paragraph), when
            if moves:
                self._reached(when)

    def spoke_at(self, when: When, speaker: str, paragraph: tuple[int, int]) -> None:
        """ "Speaking at a forum on Wednesday, X said …", "X, testifying before the committee on
        Monday, …": a day given to a saying at an occasion, as a day on its cue is; the first
        after a lead with no day, before anyone else speaks, is the story's day (_opens), not one
        in the lead itself (the hearing's day reaches only those named at it)."""
        opening = self.undated_lead and self._untold() and self.n != self.untold.lead
        self.given(when, speaker, paragraph)
        if opening and when[1] == "day" and self._recent(when[0]):
            self._opening_saying(when)

    def journeyed(self, when: When, speaker: str) -> None:
        """ "Kim, who arrived on Tuesday, …": the day of one's own journey is the occasion of
        one's own later words (told on arrival), not of those named with them ("…, according to
        a person familiar with the schedule"): no one else was there."""
        self._keep(speaker, when)

    def _keep(self, speaker: str, when: When) -> None:
        """The speaker's day in force for their later words. A month or a year before the
        publication month is background ("Kim's January 2024 speech, in which he said ...",
        "the nominee's 2019 remarks"): the speaker's later words are the story's."""
        self.last_said[speaker] = when
        if when[1] in ("day", "week") or when[0] >= self.published.isoformat()[:7]:
            self.by_speaker[speaker] = when
        else:
            self.by_speaker.pop(speaker, None)
            self.background = (speaker, self.n, when)

    def _reached(self, when: When) -> None:
        """A saying given a day later than any so far moves the story on: new speakers quoted
        after it with no day of their own speak on that later day, not on the lead's."""
        if self.latest is None or when[0] > self.latest[0]:
            self.latest = when

    def when(self, cue: Token, act: bool, speaker, paragraph: tuple[int, int]) -> When | None:
        """The cue's own day; else "the same day" near it; else the day that opens its
        paragraph; else, in a quote paragraph continuing one opened by a day, that day; else the
        speaker's day in force; else the day of the event whose paragraph named them; else an
        act's own year; else its section's day or the story's."""
        if self.published is None:
            return None
        opening = self.undated_lead and self._untold()  # nobody but the lead has spoken yet
        went_on = self._went_on(cue, speaker.id)
        self.spoken = True
        self.untold.voice(self.n, speaker.id)
        before = before_main(cue, self.anchor, self.published, self.lex)
        if before:  # the speaker's later words are of that day too, not the story's clock
            self._keep(speaker.id, before)
            return before
        own = explicit_when(cue, self.resolve, self.published, self.lex, act)
        if own is None and (put_out := text_put_out_day(cue, self.resolve, self.lex)):
            self._keep(speaker.id, put_out)  # the text's day, not the story's running event
            return put_out
        if own and self._reports_the_news(cue):  # the source's report, not the story's event
            self._keep(speaker.id, own)
            return own
        if own and (cue.pos_ == "NOUN" or referred_saying(cue, self.lex) is not None):
            # "responding to Seoul's Aug. 31 proposal" (or "to remarks made last Thursday by X,
            # who said"): a saying referred back to, not the story's running event, nor one a
            # pronoun's words go on with ("X's 2019 remarks … / he said": the story's)
            self._keep(speaker.id, own)
            self.background = None
            return own
        if own and (
            reported(cue) or cue.dep_ == "ccomp"
        ):  # "X said the plan had been approved by Y on Monday": Y's act
            self.by_speaker[speaker.id] = own  # is the matter of X's saying, not the story's event
            return own
        if own:
            own = remark_day(cue, own, self.resolve, self.lex) or own
            self._sharpen(speaker.id, own)
            self.given(own, speaker.id, paragraph, moves=own != self.elsewhere)
            if opening and own[1] == "day" and self._opens(cue, own):
                self._opening_saying(own)
            return own
        if (then := self.last_said.get(speaker.id)) and said_then(cue, self.lex):
            return then  # "X told a panel in May that … / “…,” X said at the time"
        if self.anchor and same_day(cue, self.lex):
            self.given(self.anchor, speaker.id, paragraph)
            return self.anchor
        if self.lead_statement and in_the_text(cue, self.lex):  # "…,” a spokesperson said in the statement
            self.given(self.lead_statement, speaker.id, paragraph, moves=False)
            return self.lead_statement
        if self.frame and self.frame[0] == self.n:  # "A day later, X issued a statement. It said ..."
            self.given(self.frame[1], speaker.id, paragraph)
            return self.frame[1]
        if moved := self._on_moved_clock(cue):  # "... gathered a day earlier. It was there that X said"
            self.given(moved, speaker.id, paragraph)
            return moved
        if self.continued and opens_with_quote(cue.doc):
            self.given(self.continued, speaker.id, paragraph)
            return self.continued
        if cue_day := self._cue_day(speaker):
            self.by_speaker[speaker.id] = cue_day
            return cue_day
        if went_on:
            return went_on
        self._claim(speaker)
        if speaker.id in self.by_speaker:
            return self.by_speaker[speaker.id]
        if venue := self.venues.get(addressed_venue(cue, self.lex)):  # "told the council": named on Tuesday
            self.by_speaker[speaker.id] = venue
            return venue
        if self.event is not None and _named_in(speaker, self.event.paragraph):
            return self._attended(speaker) or self.event.when
        if met := self._met_at(speaker):
            return met
        past = past_event(cue, self.published, self.lex.date_prepositions) if act else None
        if not past and not self.section and (back := self._looking_back(cue)):
            self.by_speaker[speaker.id] = back  # their later words too
            return back
        if past or self.section:
            return past or self.section
        if self.latest is not None and self.latest[1] == "day":
            # a speaker first quoted on the story's day keeps it once the story moves on, and
            # the story's day is again the one "a day after" counts from
            self.by_speaker[speaker.id] = self.anchor = self.latest
        return self.latest

    def _went_on(self, cue: Token, speaker: str) -> When | None:
        """ "Last month, X said in a statement that … / She said …": a saying whose subject is a
        pronoun goes on with the speaker's background saying just told, no one else speaking
        between (a background month is not in force for the speaker's later words otherwise)."""
        told, self.background = self.background, None
        if told is None or told[0] != speaker or self.n - told[1] > 1:
            return None
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "PRP":
            return None
        self.background = told  # "She also said …"
        return told[2]

    def _reports_the_news(self, cue: Token) -> bool:
        return self.report == token_key(cue)

    def in_force(self, speaker) -> When | None:
        """The day in force for a speaker whose words come with no cue of their own ("X read a
        statement." / a paragraph all quote): theirs, else their event's, else the story's."""
        self.untold.voice(self.n, speaker.id)
        if self.background and self.background[0] != speaker.id:
            self.background = None
        self._claim(speaker)
        if speaker.id in self.by_speaker:
            return self.by_speaker[speaker.id]
        if self.event is not None and _named_in(speaker, self.event.paragraph):
            return self.event.when
        return self.latest

    def _looking_back(self, cue: Token) -> When | None:
        """ "Analysts said the tone of Monday's statements was familiar": a paragraph that names
        the story's day as a thing past speaks after it, on the day of publication."""
        if self.default is None or self.default[0] >= self.published.isoformat():
            return None
        for ent in entities(cue.doc, "DATE"):
            if possessive(ent.root) and self.resolve(entity_text(ent.root), ent.root) == self.default:
                return self.published.isoformat(), "day"
        return None


def _named_in(entity, paragraph: tuple[int, int]) -> bool:
    return any(paragraph[0] <= pos < paragraph[1] for pos in entity.seen)
