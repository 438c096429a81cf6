"""The command line: a thin skin over the Python API and the store."""

from ghatna.cli.main import app

__all__ = ["app"]
