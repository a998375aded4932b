"""How answers word a statement and a position, the same in the terminal and in Discord.

Only a direct quote stands in quote marks; a paraphrase, a mixed quote or an act reads as a
sentence with its speaker and verb ("Unification Ministry decided not to join Tuesday's
consultations ..."), so nobody is quoted saying words the article only reports. A position says
what it is, what it was before when it changed, and what its counts count.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.store.positions import ABOUT_CAP
from bot.store.views import ConceptPosition, StanceReport, StatementView

PRESENT = {"support": "supports", "oppose": "opposes", "neutral": "neutral", "mixed": "mixed"}
PAST = {"support": "supported", "oppose": "opposed", "neutral": "neutral", "mixed": "mixed"}
COUNTED = {
    "support": "support", "oppose": "oppose", "neutral": "neutral", "none": "no stance",
    "disputed": "disputed",
}  # fmt: skip


def day_label(said_on: str | None, precision: str | None) -> str | None:
    """A statement's date as precise as the article tells it: a day ("2026-10-28"), a month
    ("2026-10"), or a week across two months ("week of 2026-10-26", its Monday: the extractor keeps
    the week's middle day, which the article never named)."""
    if said_on and precision == "week" and len(said_on) == 10:
        day = date.fromisoformat(said_on)
        return f"week of {(day - timedelta(days=day.weekday())).isoformat()}"
    return said_on


def said_when(view: StatementView | None) -> str:
    """When a statement was said (`day_label`), else its article's date."""
    if view is None:
        return "?"
    return day_label(view.said_on, view.said_on_precision) or view.article_date or "undated"


def agreement_word(agreement: str | None) -> str:
    return PRESENT.get(agreement or "", "no stance")


def as_read(view: StatementView, content: str | None = None) -> str:
    """A direct quote in quote marks; anything else as "Speaker verb what they said"."""
    text = " ".join((content if content is not None else view.content).split())
    if view.kind == "direct":
        return f"“{text}”"
    text = _balanced(text)
    who = view.speaker.name
    cue = " ".join((view.cue or "").split())
    if not cue:
        return f"{_capital(who)}: {text}"
    if cue.lower() == "according to":
        return f"According to {who}, {text}"
    return f"{_capital(who)} {_joined(cue, text)}"


def _joined(cue: str, text: str) -> str:
    """ "decided not to join" + "not to join the talks" reads "decided not to join the talks"."""
    words = cue.split()
    lowered = text.lower()
    for n in range(len(words) - 1, 0, -1):
        tail = " ".join(words[-n:]).lower()
        if lowered.startswith(tail + " ") or lowered == tail:
            return " ".join(words[:-n]) + " " + text
    return f"{cue} {text}"


def _balanced(text: str) -> str:
    """A quote the statement's words open or close at their edge, closed or opened: the extractor
    keeps a mixed quote's words up to the quote's last word ('called it "a gift'), or from its
    first ('deep regret” on Tuesday')."""
    opened, closed = text.count("“"), text.count("”")
    if closed > opened:
        text = "“" + text
    elif opened > closed:
        text += "”"
    if text.count('"') % 2:
        text += '"'
    return text


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def disputed_note(view: StatementView) -> str | None:
    """ "disputed by Unification Ministry (#14)": a report someone denied, and where."""
    if not view.disputed_by:
        return None
    return "disputed by " + ", ".join(f"{name} (#{denial})" for name, denial in view.disputed_by)


def position_word(p: ConceptPosition) -> str:
    """The position, with its history when it changed: "supported until 2026-03, opposes since
    2026-04"; "disputed report" when the only statements with a side are denied reports."""
    if p.agreement is None:
        return "disputed report, no position" if dict(p.counts).get("disputed") else "no stance"
    runs = p.history
    if len(runs) < 2 or runs[-1][0] != p.agreement:
        return agreement_word(p.agreement)
    before = [
        f"{PAST[a]} until {last}" if n == 0 else f"{PAST[a]} {first} to {last}"
        for n, (a, first, last) in enumerate(runs[:-1])
    ]
    return ", ".join([*before, f"{PRESENT[p.agreement]} since {runs[-1][1]}"])


def counted(p: ConceptPosition) -> str:
    """ "5 statements: 3 support, 1 oppose, 1 neutral": what the number counts."""
    total = f"{p.total} statement" + ("" if p.total == 1 else "s")
    if not p.counts or p.concept is None:
        return total
    return total + ": " + ", ".join(f"{n} {COUNTED.get(k, k)}" for k, n in p.counts)


def more(report: StanceReport) -> str:
    """How many statements about the actor are not shown ("1000+" past the count's cap)."""
    left = report.about_total - len(report.about)
    return f"{left}+" if report.about_total >= ABOUT_CAP else str(left)
