"""Who said what: articles in, attributed statements out. Pure and deterministic.

Public surface:
    load_extractor(settings) -> Extractor      loads the spaCy pipeline and the data tables
    Extractor(actors, concepts, lexicon, nlp)
    Extractor.extract(article) -> Extraction   statements + actors discovered in the text
    Extractor.extract_many(articles) -> iterator of Extraction (raises the first ArticleError)
    Extractor.extract_each(articles) -> iterator of Extraction or ArticleError, one per article
"""

from bot.blas_threads import limit_blas_threads

limit_blas_threads(1)  # one BLAS thread, as thinc's BLIS had, before spaCy loads numpy

from bot.extract.pipeline import Extractor, load_extractor, load_nlp  # noqa: E402

__all__ = ["Extractor", "load_extractor", "load_nlp"]
