"""Who said what: articles in, attributed statements out. Pure and deterministic.

Public surface:
    load_extractor(settings) -> Extractor      loads the spaCy pipeline and the data tables
    Extractor(actors, concepts, lexicon, nlp)
    Extractor.extract(article) -> Extraction   statements + actors discovered in the text
    Extractor.extract_many(articles) -> iterator of Extraction (raises the first ArticleError)
    Extractor.extract_each(articles) -> iterator of Extraction or ArticleError, one per article
"""

from bot.extract.pipeline import Extractor, load_extractor, load_nlp

__all__ = ["Extractor", "load_extractor", "load_nlp"]
