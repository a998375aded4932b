"""Extraction against the parser in one process: what the rules add to spaCy's own work.

    .venv/bin/python bench/bench_extract.py [--n 100] [--rounds 3]

Makes N articles from the seeds as bench_ingest.py does, then alternates, `rounds` times, nlp.pipe
over all their paragraphs (one stream, batches of 64) with spaCy's pipeline as shipped and with the
extractor's own (the same parse, a faster attribute ruler and lemmatizer), and
Extractor.extract_each over the same articles, and prints the fastest of each (CPU seconds of this
process) and the ratio of the shipped pipeline to extraction, as bench_ingest.py's ceiling is the
shipped pipeline. One process and alternating rounds keep the machine's drift out of the ratio,
which bench_ingest.py's two-worker figure cannot: on a shared 2-core machine its runs vary by ±15%.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench_ingest import BLAS_THREADS, ROOT, data_settings, make_articles

for _name in BLAS_THREADS:  # before numpy loads, as in the ingest workers
    os.environ.setdefault(_name, "1")
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from bot.articles import load_article  # noqa: E402
from bot.extract import load_extractor  # noqa: E402


def cpu_seconds(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    args = parser.parse_args()
    settings = data_settings()
    extractor = load_extractor(settings)
    shipped = spacy.load(settings.spacy_model)
    with tempfile.TemporaryDirectory() as tmp:
        articles = [load_article(p) for p in make_articles(Path(tmp), args.n)]
    texts = [a.text[s:e] for a in articles for s, e in a.paragraphs]
    for nlp in (shipped, extractor.nlp):
        list(nlp.pipe(texts[:32]))  # warm up

    def parse() -> None:
        for _ in shipped.pipe(texts, batch_size=64):
            pass

    def own_parse() -> None:
        for _ in extractor.nlp.pipe(texts, batch_size=64):
            pass

    def extract() -> None:
        for _ in extractor.extract_each(articles):
            pass

    best = {"parse": float("inf"), "own parse": float("inf"), "extract": float("inf")}
    for _ in range(args.rounds):
        for name, work in (("parse", parse), ("own parse", own_parse), ("extract", extract)):
            best[name] = min(best[name], cpu_seconds(work))
    print(f"{args.n} articles, {len(texts):,} paragraphs; fastest of {args.rounds} rounds, CPU seconds")
    print(f"nlp.pipe alone, as shipped: {best['parse']:.2f} s ({args.n / best['parse']:.1f} articles/s)")
    own = best["own parse"]
    print(f"nlp.pipe alone, the extractor's pipeline: {own:.2f} s ({args.n / own:.1f} articles/s)")
    print(f"extraction (parse + rules): {best['extract']:.2f} s ({args.n / best['extract']:.1f} articles/s)")
    print(f"rules (extraction - the extractor's parse): {best['extract'] - own:.2f} s")
    print(f"parse as shipped / extraction = {best['parse'] / best['extract']:.2f}")


if __name__ == "__main__":
    main()
