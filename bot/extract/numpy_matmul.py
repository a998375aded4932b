"""The pipeline's matrix products through numpy's BLAS (OpenBLAS) instead of thinc's bundled BLIS.

thinc's CPU ops multiply with BLIS, whose kernels are chosen per processor family; on the 2-core AMD
EPYC the benchmarks run on, BLIS reaches about 38 GFLOPS on the embedding layers' products (3,500
tokens by 288 x 288) where numpy's OpenBLAS reaches about 105, and those products are the larger
part of the parse. thinc's own switch, NumpyOps(use_blis=False), sends them to numpy; the parser's
per-step products (spaCy's Cython, through thinc's C interface) stay with BLIS. The same sums taken
in another order may differ in their last bits; the parses of korea-dev's and fresh-odd's 3,475
paragraphs came out the same token for token, and tests/test_numpy_matmul.py compares every token.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps


def with_numpy_matmul(nlp: Language) -> Language:
    """The pipeline with every layer of its models on numpy-multiplying ops (same weights, same
    layers); layers on other ops (a GPU) keep theirs."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops
    return nlp
