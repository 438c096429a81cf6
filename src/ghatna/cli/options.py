"""Options that more than one command takes: the run-wide defaults for inputs that carry none."""

from __future__ import annotations

from ghatna.cli.terminal import fail
from ghatna.errors import GhatnaError
from ghatna.text.defaults import ArticleDefaults, make_defaults

PUBLISHED_HELP = ("Publication date (YYYY-MM-DD or an ISO timestamp) for inputs without their own (text files, "
                  "stdin, JSON Lines records without 'published'); a date printed in the article still wins.")
OUTLET_HELP = "Outlet name for inputs with neither an outlet nor a URL (text and HTML files, stdin)."


def checked_defaults(published: str | None, outlet: str | None) -> ArticleDefaults:
    """The run's --published and --outlet, or one error line saying the valid form (exit 2)."""
    try:
        return make_defaults(published, outlet)
    except GhatnaError as err:
        raise fail(err) from err

