"""Extraction worker processes that die with the process that started them.

A worker killed with its parent would otherwise go on (and keep multiprocessing's resource tracker
alive through the pipe it inherited) for as long as its chunk takes, each holding a spaCy pipeline.
So each worker (1) asks Linux to kill it when its parent dies (prctl PR_SET_PDEATHSIG), (2) watches
its parent id from a thread, for systems without prctl, and (3) ignores Ctrl-C, which the terminal
sends the whole process group: the parent handles it and stops the workers itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 0.5
MANAGER_WAIT_SECONDS = 5.0  # how long a stop waits for the pool's manager thread to end


def watch_parent(parent: int) -> None:
    """Called first in a worker: end this process when `parent` is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent_on_linux()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="watch-parent", daemon=True).start()


def _die_with_parent_on_linux() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread still ends the worker, within WATCH_SECONDS


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)  # orphaned: nobody will read what this worker extracts


def stop_workers(pool) -> None:
    """Ends a ProcessPoolExecutor's workers now, not after their current chunk (Ctrl-C, SIGTERM).
    Python 3.14 has terminate_workers(); before, the pool's processes are only reachable privately."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    results = getattr(pool, "_result_queue", None)  # shutdown() below forgets both
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    _close_our_end(results)
    _let_manager_finish(manager)


def _let_manager_finish(manager) -> None:
    """Python 3.11's exit hook wakes the pool's manager thread through a pipe that the thread closes
    as it ends; when both happen at once the hook writes to the closed pipe and prints a traceback
    after an otherwise clean stop. The thread ends within moments of its workers' death, so waiting
    for it here (bounded) leaves the hook nothing to race with."""
    if manager is not None:
        manager.join(timeout=MANAGER_WAIT_SECONDS)


def _close_our_end(results) -> None:
    """A worker killed while sending a result leaves half a message in the pipe, and the pool's thread
    waits for the rest forever: the pipe's write end is still open here, so no end of file comes, and
    Python joins that thread at exit (an interrupted ingest that never ends). This process never
    writes results, so closing its copy lets the read end once the workers are dead."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()
