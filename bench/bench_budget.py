"""Extraction budgets against hostile articles: each must end within its time budget.

    .venv/bin/python bench/bench_budget.py

Times, with the real extractor and the default limits (settings), what issue 9 measured:
- a 5 MB article (the largest file accepted): seed paragraphs repeated to 5,000,000 bytes;
- 10,000 quote marks: in one paragraph (refused by MAX_QUOTE_MARKS before parsing), the quote
  scanner alone on them, and spread over 100 paragraphs at the limit (parsed and read in full);
- 40,000 two-word paragraphs (refused by MAX_PARAGRAPHS).
Each line prints the seconds taken, the outcome, and whether it stayed within EXTRACT_SECONDS.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.articles import MAX_BYTES, load_article, parse_article  # noqa: E402
from bot.extract import load_extractor  # noqa: E402
from bot.extract.quotes import find_quotes  # noqa: E402
from bot.settings import load_settings  # noqa: E402

DAY = date(2026, 3, 12)


def five_megabytes() -> str:
    """The seed articles' body paragraphs, repeated and joined 16 at a time (paragraphs of ~5,000
    characters, about 1,000 of them: within the limits, so the time budget is what stops it), to 5 MB."""
    seeds = [load_article(p) for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    paragraphs = [a.paragraph_text(i) for a in seeds for i in range(1, len(a.paragraphs))]
    out, size, i = ["Headline"], 0, 0
    while size < MAX_BYTES - 10_000:
        block = " ".join(paragraphs[(i + k) % len(paragraphs)] for k in range(16))
        out.append(block)
        size += len(block.encode()) + 2
        i += 16
    return "\n\n".join(out)


def quote_marks_spread() -> str:
    """10,000 quote marks: 100 paragraphs of 50 short quotes, at MAX_QUOTE_MARKS (100) each."""
    paragraph = " ".join(f'"word {n}" said Min.' for n in range(50))
    return "\n\n".join(["Headline", *[paragraph] * 100])


def cases() -> list[tuple[str, str]]:
    return [
        ("5 MB article", five_megabytes()),
        ("10,000 quote marks in one paragraph", "Headline\n\n" + '"' * 10_000),
        ("10,000 quote marks over 100 paragraphs", quote_marks_spread()),
        ("40,000 two-word paragraphs", "\n\n".join(["Headline", *["Kim said."] * 40_000])),
    ]


def main() -> None:
    settings = load_settings(dotenv_path=None)
    data = ROOT / "data"
    settings = dataclasses.replace(
        settings, actors_file=data / "actors.toml", concepts_file=data / "concepts.toml",
        lexicon_file=data / "lexicon.toml", names_file=data / "names.toml",
    )  # fmt: skip
    extractor = load_extractor(settings)
    budget = settings.extract_seconds
    started = time.perf_counter()
    find_quotes('"' * 10_000, ((0, 10_000),))
    print(f"quote scanner alone, 10,000 quote marks in one paragraph: {time.perf_counter() - started:.3f} s")
    for label, text in cases():
        started = time.perf_counter()
        article = parse_article(text, label, DAY)
        result = next(extractor.extract_each([article]))
        elapsed = time.perf_counter() - started
        outcome = (f"{len(result.statements):,} statements" if hasattr(result, "statements")
                   else f"failed: {result.problem}")  # fmt: skip
        verdict = "within" if elapsed <= budget + 5 else "OVER"
        print(f"{label} ({len(text.encode()):,} bytes): {elapsed:.1f} s, {verdict} the budget of "
              f"{budget:g} s; {outcome}")  # fmt: skip


if __name__ == "__main__":
    main()
