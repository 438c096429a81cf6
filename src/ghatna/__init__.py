"""ghatna (घटना, "event"): political event data from Hindi news.

    >>> import ghatna
    >>> doc = ghatna.extract("बीजिंग, 5 नवंबर । ...")
    >>> record = doc.to_record()
"""

from ghatna.api import Outcome, extract, extract_file, extract_many, load, process
from ghatna.document import Document
from ghatna.errors import GhatnaError, PipelineError, ReadError, StageError
from ghatna.pipeline import Pipeline, stage
from ghatna.settings import Settings
from ghatna.text.readers import RawArticle, iter_articles
from ghatna.version import __version__

__all__ = [
    "Document", "GhatnaError", "Outcome", "Pipeline", "PipelineError", "RawArticle", "ReadError",
    "Settings", "StageError", "__version__", "extract", "extract_file", "extract_many", "iter_articles", "load",
    "process", "stage",
]
