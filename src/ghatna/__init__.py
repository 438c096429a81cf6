"""ghatna (घटना, "event"): political event data from Hindi news.

    >>> import ghatna
    >>> doc = ghatna.extract("बीजिंग, 5 नवंबर । ...")
    >>> record = doc.to_record()
"""

from .api import Outcome, extract, extract_file, extract_many, load, process
from .document import Document
from .errors import GhatnaError, PipelineError, ReadError, StageError
from .pipeline import Pipeline, stage
from .readers import RawArticle, iter_articles
from .settings import Settings

__all__ = [
    "Document", "GhatnaError", "Outcome", "Pipeline", "PipelineError", "RawArticle", "ReadError",
    "Settings", "StageError", "extract", "extract_file", "extract_many", "iter_articles", "load",
    "process", "stage",
]
__version__ = "0.1.0"
