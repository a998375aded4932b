"""Killing a bulk ingest: how long its worker processes outlive it (target: 0 left after 5 s).

    .venv/bin/python bench/bench_kill.py [--trials 5] [--n 200]

Each trial starts `stance-bot ingest DIR --workers 2` on N articles made from the seeds (as
bench_ingest.py makes them), waits until both extraction workers are up and some articles are
stored, sends SIGKILL (or SIGTERM) to the ingest alone, and times how long its descendants (the
workers and multiprocessing's resource tracker) stay alive. Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_ingest import make_articles  # noqa: E402

WAIT = 5.0


def parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError):
        return None


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def descendants(pid: int) -> set[int]:
    found, frontier = set(), {pid}
    while frontier:
        pids = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]
        frontier = {p for p in pids if parent_of(p) in frontier} - found
        found |= frontier
    return found


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def trial(folder: Path, db: Path, signum: int) -> tuple[int, float | None]:
    """(processes left after WAIT seconds, seconds until the last one went)."""
    argv = [sys.executable, "-m", "bot", "--db", str(db), "ingest", str(folder), "--workers", "2"]
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # fmt: skip
    try:
        while len(descendants(proc.pid)) < 3 or stored(db) == 0:
            time.sleep(0.05)
        family = descendants(proc.pid)
        os.kill(proc.pid, signum)
        killed = time.monotonic()
        proc.wait()
        while any(alive(p) for p in family) and time.monotonic() - killed < WAIT:
            time.sleep(0.02)
        left = sum(alive(p) for p in family)
        return left, None if left else time.monotonic() - killed
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever the trial left: the bench cleans up after itself
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--n", type=int, default=200, help="articles per ingest (default 200)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_articles(folder, args.n)
        for signum in (signal.SIGKILL, signal.SIGTERM):
            results = [trial(folder, Path(tmp) / f"s{signum}-{i}.db", signum) for i in range(args.trials)]
            gone = [t for left, t in results if not left]
            slowest = f", all gone within {max(gone):.2f} s" if len(gone) == len(results) else ""
            print(f"{signal.Signals(signum).name} to the ingest, {args.trials} trials: processes left after "
                  f"{WAIT:g} s: {[left for left, _ in results]}{slowest}")  # fmt: skip


if __name__ == "__main__":
    main()
