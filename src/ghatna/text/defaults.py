"""What an input does not say about itself, given once for a whole run.

``ghatna extract`` and ``ghatna ingest`` take ``--published DATE`` and ``--outlet NAME`` for
plain text files, which carry neither. A default never replaces what an input gives:

- ``published`` goes to an article with no publication date of its own that is not an HTML
  page: text files, standard input, JSON Lines records without ``published``. An HTML page
  keeps the date its metadata gives, and a date stamp printed in any article ("प्रकाशित:
  ...") still wins when the text is cleaned.
- ``outlet`` goes to an article with neither an outlet (JSON Lines ``source``) nor a URL
  (whose host names the outlet).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

from ghatna.errors import GhatnaError, ReadError
from ghatna.text.readers import RawArticle

DATE_FORMS = "YYYY-MM-DD (e.g. 2024-03-05) or an ISO timestamp (e.g. 2024-03-05T10:30:00+05:30)"


class DefaultsError(GhatnaError):
    """A run-wide default (publication date, outlet) that is malformed: the message says the valid form."""


@dataclass(frozen=True, slots=True)
class ArticleDefaults:
    """published: ISO date or timestamp for inputs without one; outlet: the outlet's name for
    inputs with neither an outlet nor a URL. None: no default."""

    published: str | None = None
    outlet: str | None = None

    def __bool__(self) -> bool:
        return self.published is not None or self.outlet is not None


def check_published(value: str) -> str:
    """An ISO date or timestamp, stripped; DefaultsError naming the valid forms otherwise."""
    text = value.strip()
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        elif len(text) > 10 and text[10] in "T ":
            datetime.fromisoformat(text)
        else:
            raise ValueError(text)
    except ValueError as err:
        raise DefaultsError(f"--published {value!r} is not a date; write {DATE_FORMS}") from err
    return text


def check_outlet(value: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise DefaultsError("--outlet is empty; give the outlet's name, e.g. --outlet 'Dainik Jagran'")
    return text


def make_defaults(published: str | None = None, outlet: str | None = None) -> ArticleDefaults:
    """Checked defaults from the command line's values (None: not given)."""
    return ArticleDefaults(None if published is None else check_published(published),
                           None if outlet is None else check_outlet(outlet))


def apply_defaults(article: RawArticle, defaults: ArticleDefaults) -> RawArticle:
    """The article with each default it lacks filled in (the same object when none applies)."""
    published = defaults.published if article.published is None and article.html is None else None
    outlet = defaults.outlet if article.outlet is None and article.url is None else None
    if published is None and outlet is None:
        return article
    return replace(article, published=published or article.published, outlet=outlet or article.outlet)


def with_defaults(items: Iterable[RawArticle | ReadError],
                  defaults: ArticleDefaults | None) -> Iterator[RawArticle | ReadError]:
    """Read articles with the run's defaults applied; read errors pass through."""
    for item in items:
        yield apply_defaults(item, defaults) if defaults and isinstance(item, RawArticle) else item
