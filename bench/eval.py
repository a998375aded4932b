"""One table of the extractor's quality: seeds gold, korea-dev gold, the fresh set and PolNeAR dev.

Runs the scorers in ../shared (the same commands as `make score`, the korea-dev line of the README
and `make polnear`) and reads their summary lines. The fresh set (bench/fresh: 24 articles and their
gold in three batches, written by independent writers who saw neither korea-dev nor the code) is
scored like korea-dev: it shows what the rules do on articles they were not developed against. Not part of
`make test`: it needs ../shared and takes a minute or two.

    .venv/bin/python bench/eval.py [--shared ../shared] [--extractor .venv/bin/stance-bot]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

FOUND = re.compile(
    r"required found (\d+)/(\d+); of those right: speaker (\d+), actor (\d+), kind (\d+), said_on (\d+)"
)
NEGATIVES = re.compile(r"negatives extracted (\d+)")
ERRORS = re.compile(r"gold: (\d+) errors over (\d+) required")
STANCE = re.compile(r"precision ([\d.]+) \((\d+/\d+)\), recall ([\d.]+) \((\d+/\d+)\)")
FRESH = Path(__file__).resolve().parent / "fresh"
POLNEAR = re.compile(r"content F1 \(overlap\) ([\d.]+); content\+source recall ([\d.]+)")


def run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if not done.stdout.strip():
        sys.exit(f"error: {' '.join(cmd)} printed nothing: {done.stderr.strip()[-500:]}")
    return done.stdout


def search(pattern: re.Pattern, text: str, what: str) -> re.Match:
    m = pattern.search(text)
    if m is None:
        sys.exit(f"error: no {what} line in the scorer's output:\n{text[-800:]}")
    return m


def seeds_rows(shared: Path, extract: list[str]) -> list[tuple[str, str, str]]:
    out = run(
        [
            str(shared / "gold/score.py"),
            str(shared / "gold/seeds.json"),
            str(shared / "seeds"),
            "--",
            *extract,
        ]
    )
    errors, found = search(ERRORS, out, "errors"), search(FOUND, out, "found")
    return [("seeds", "errors", f"{errors[1]} ({found[1]}/{found[2]} found)")]


def korea_rows(shared: Path, extract: list[str]) -> list[tuple[str, str, str]]:
    return gold_rows("korea-dev", shared, shared / "korea-dev", extract)


def fresh_rows(shared: Path, extract: list[str]) -> list[tuple[str, str, str]]:
    return gold_rows("fresh", shared, FRESH, extract)


def gold_rows(label: str, shared: Path, folder: Path, extract: list[str]) -> list[tuple[str, str, str]]:
    """Each field of the gold scorer's summary for a folder holding gold.json and articles/."""
    gold, articles = str(folder / "gold.json"), str(folder / "articles")
    out = run([str(shared / "gold/score.py"), gold, articles, "--", *extract])
    m, st = search(FOUND, out, "found"), search(STANCE, out, "stance")
    found, total = int(m[1]), int(m[2])
    rows = [(label, "found", f"{found}/{total} ({found / total:.1%})")]
    for name, value in zip(("speaker", "actor", "kind", "date"), m.groups()[2:], strict=True):
        rows.append((label, name, f"{value}/{found} ({int(value) / max(found, 1):.1%})"))
    rows += [
        (label, "stance precision", f"{st[1]} ({st[2]})"),
        (label, "stance recall", f"{st[3]} ({st[4]})"),
        (label, "negatives extracted", search(NEGATIVES, out, "negatives")[1]),
    ]
    return rows


def polnear_rows(shared: Path, extract: list[str]) -> list[tuple[str, str, str]]:
    out = run([str(shared / "polnear/score.py"), str(shared / "polnear/dev"), "--", *extract])
    m = search(POLNEAR, out, "polnear")
    return [("polnear-dev", "content F1 (overlap)", m[1]), ("polnear-dev", "content+source recall", m[2])]


def table(rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--extractor", default=".venv/bin/stance-bot")
    args = ap.parse_args()
    if not (args.shared / "gold/score.py").exists():
        sys.exit(f"error: {args.shared}/gold/score.py not found; pass --shared PATH")
    extract = [args.extractor, "extract", "--json"]
    rows = [("set", "measure", "figure")]
    for part in (seeds_rows, korea_rows, fresh_rows, polnear_rows):
        rows += part(args.shared, extract)
    print(table(rows))


if __name__ == "__main__":
    main()
