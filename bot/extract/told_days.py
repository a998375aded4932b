"""The story's day told after a lead that names none (event_dates.py keeps the article's date model).

News convention (broadcast anchor leads, summary leads in the present perfect, features): the lead
sums up the news without its day ("The two defense chiefs have reaffirmed their commitment to
...", "A former minister has revealed in a new memoir that ..."), and the next paragraphs tell it
("The two met in Seoul on Wednesday", "... held a book launch on Wednesday, where he ...", or
a day given to a lead speaker's next saying: "X said on Wednesday that ..."). The
first dated occasion told in narration, while only the lead's own speakers have spoken and no
saying has a day of its own, is the story's day: for the sayings after it, and for the lead's
words, which were given the day of publication only for want of one. A speaker whose words came
before their own dated conversation ("“…,” she said. / Choi spoke to CNN on Wednesday") said
them then. A new speaker quoted before the occasion ("“Never,” said X.") makes it one event of
the story, not its day.
"""

from __future__ import annotations

When = tuple[str, str]


class UntoldDay:
    """What the lead's untold day became, and who spoke while it was untold."""

    def __init__(self, undated: When | None):
        self.undated = undated  # the publication day standing in for the lead's day: this object
        self.lead: int | None = None  # the lead's paragraph
        self.voices: set[str] = set()  # who spoke in the lead
        self.others = False  # whether anyone else has spoken since
        self.told: When | None = None  # the day a later paragraph told
        self.claimed: dict[str, When] = {}  # speaker -> the day of their own dated conversation

    def opened(self, n: int, lead_read: bool) -> None:
        if self.lead is None and lead_read:
            self.lead = n

    def voice(self, n: int, speaker: str | None) -> None:
        """A saying in paragraph n: the lead's speakers may speak again before the day is told.
        Nothing before the lead (a headline, a byline) is a saying of the story."""
        if self.lead is None:
            return
        if n == self.lead and speaker is not None:
            self.voices.add(speaker)
        elif speaker not in self.voices:
            self.others = True

    def may_tell(self, latest: When | None, by_speaker: dict[str, When]) -> bool:
        """No one but the lead's speakers has spoken, and nothing said has a day of its own."""
        if self.others or self.told is not None or self.undated is None:
            return False
        return latest is self.undated and all(v is self.undated for v in by_speaker.values())

    def tell(self, day: When, by_speaker: dict[str, When]) -> None:
        self.told = day
        for speaker, when in by_speaker.items():
            if when is self.undated:
                by_speaker[speaker] = day

    def told_by(self, day: When, speaker: str, latest: When | None, by_speaker: dict[str, When]) -> None:
        """ "X has revealed in a memoir that … / X said on Wednesday that …": the first day given
        to a lead speaker's saying, while the story is untold, is the day of the lead's words."""
        if speaker in self.voices and self.may_tell(latest, by_speaker):
            self.tell(day, by_speaker)

    def claim(self, speaker: str, day: When) -> None:
        self.claimed.setdefault(speaker, day)

    def redated(self, speaker: str) -> When | None:
        """The day for a saying that was given the untold day: its speaker's own conversation's,
        else the one the story told later; None if neither was told."""
        return self.claimed.get(speaker) or self.told
