"""`stance-bot ingest DIR --workers 2` killed or interrupted: no process is left behind, and Ctrl-C or
SIGTERM end it cleanly with a summary of what was stored. Real processes, read from /proc (Linux)."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def descendants(pid: int) -> set[int]:
    found, frontier = set(), {pid}
    while frontier:
        children = {int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                    and _parent_of(int(p.name)) in frontier}  # fmt: skip
        frontier = children - found
        found |= children
    return found


FILES = 400


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def folder(tmp_path) -> Path:
    """FILES articles: the seeds, each with a line of its own so that none is a copy of another
    (enough that a fast machine cannot finish them between the first stored one and the signal)."""
    out = tmp_path / "articles"
    out.mkdir()
    seeds = sorted((DATA_DIR / "articles").glob("*.txt"))
    for i in range(FILES):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (out / f"{i:03d}.txt").write_text(f"{text}\n\nCorrection appended to copy {i}.\n", encoding="utf-8")
    return out


@pytest.fixture
def start_ingest(tmp_path, folder):
    """Starts the ingest; afterwards kills whatever is left of its process group, pass or fail."""
    started: list[subprocess.Popen] = []

    def start() -> subprocess.Popen:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DATA_DIR": str(DATA_DIR)}
        argv = ["--db", str(tmp_path / "s.db"), "ingest", str(folder), "--workers", "2"]
        started.append(subprocess.Popen(
            [sys.executable, "-m", "bot", *argv],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,  # a process group of its own, as a terminal gives a command
        ))  # fmt: skip
        return started[-1]

    yield start
    for proc in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)


def workers_started(proc: subprocess.Popen) -> set[int]:
    """The ingest's processes once both extraction workers (and the resource tracker) are up."""
    assert wait_until(lambda: len(descendants(proc.pid)) >= 3, 60), "the workers never started"
    return descendants(proc.pid)


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_leaves_no_worker_behind(start_ingest):
    proc = start_ingest()
    family = workers_started(proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert wait_until(lambda: not any(_alive(p) for p in family), 5), [p for p in family if _alive(p)]


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_and_ctrl_c_stop_cleanly_with_a_summary_of_what_was_stored(
    tmp_path, start_ingest, signum, status
):
    proc = start_ingest()
    family = workers_started(proc)
    assert wait_until(lambda: stored(tmp_path / "s.db") > 0, 120), "nothing was stored"
    os.killpg(proc.pid, signum)  # Ctrl-C reaches the whole process group, workers included
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    last = out.splitlines()[-1]
    m = re.fullmatch(rf"interrupted after (\d+) of {FILES} files: (\d+) added, 0 replaced, 0 unchanged, "
                     r"0 failed \(run the same command again to go on\)", last)  # fmt: skip
    assert m and int(m.group(2)) == stored(tmp_path / "s.db") > 0, last
    assert "Traceback" not in err, err
    assert wait_until(lambda: not any(_alive(p) for p in family), 5), [p for p in family if _alive(p)]
