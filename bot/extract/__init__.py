"""Who said what: articles in, attributed statements out. Pure and deterministic.

Public surface:
    load_extractor(settings) -> Extractor      loads the spaCy pipeline and the data tables
    Extractor(actors, concepts, lexicon, nlp)
    Extractor.extract(article) -> Extraction   statements + actors discovered in the text
    Extractor.extract_many(articles) -> iterator of Extraction (raises the first ArticleError)
    Extractor.extract_each(articles) -> iterator of Extraction or ArticleError, one per article
"""

import os

# One BLAS thread, as thinc's BLIS had: the pipeline multiplies one batch of paragraphs at a time, and
# with a second OpenBLAS thread `stance-bot extract` took two thirds more CPU, not less time, on a shared
# 2-core machine (numpy_matmul.py). OpenBLAS reads this when numpy first loads; a user's setting wins.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from bot.extract.pipeline import Extractor, load_extractor, load_nlp  # noqa: E402

__all__ = ["Extractor", "load_extractor", "load_nlp"]
