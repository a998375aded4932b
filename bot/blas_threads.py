"""How many threads numpy's BLAS may start, set before numpy first loads (it reads them only then).

One process per core does the parsing (the ingest's workers, `stance-bot extract`, the tests), so BLAS
threads on top of that only fight over the same cores: with OpenBLAS's default thread per core,
`stance-bot extract` took two thirds more CPU, not less time, on a shared 2-core machine
(bot/extract/numpy_matmul.py, bench/bench_ingest.py). A user's own setting wins.
"""

import os

BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def limit_blas_threads(threads: int = 1) -> None:
    for name in BLAS_THREADS:
        os.environ.setdefault(name, str(threads))
