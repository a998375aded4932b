"""bot.workers.stop_workers ends a process pool whose worker dies half-way through sending a result: the
process that stopped the pool exits instead of waiting for the rest of the message forever (seen as an
interrupted `ingest --workers 2` that never ended). Real processes: a script run by this Python."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent('''
    import multiprocessing, os, struct, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from pathlib import Path

    from bot.workers import stop_workers

    SENT = Path(sys.argv[1])


    def send_half_a_result():
        """Writes a result header that promises bytes which never come, as a worker killed mid-send does."""
        frame = sys._getframe(1)
        while "result_queue" not in frame.f_locals:
            frame = frame.f_back
        os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 100_000))
        SENT.touch()
        time.sleep(120)


    def sleep_long():
        """A whole task under way when the pool is stopped."""
        SENT.touch()
        time.sleep(120)


    def ready():
        """Nothing: a task that returns at once."""


    if __name__ == "__main__":
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        pool.submit(ready).result(timeout=60)
        pool.submit({task})
        deadline = time.monotonic() + 60
        while not SENT.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # the pool's thread is now reading the half message
        stop_workers(pool)
        print("stopped", flush=True)
''')


def run(tmp_path, task: str) -> subprocess.CompletedProcess:
    script = tmp_path / "pool.py"
    script.write_text(SCRIPT.replace("{task}", task), encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(script), str(tmp_path / "sent")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip


def test_a_worker_killed_mid_result_does_not_keep_the_stopped_process_alive(tmp_path):
    done = run(tmp_path, "send_half_a_result")
    assert (done.returncode, done.stdout) == (0, "stopped\n"), done.stderr
    assert (tmp_path / "sent").exists()


def test_a_worker_busy_with_a_whole_task_is_stopped_as_well(tmp_path):
    done = run(tmp_path, "sleep_long")
    assert (done.returncode, done.stdout) == (0, "stopped\n"), done.stderr
