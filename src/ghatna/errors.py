"""Named errors. Each message says what went wrong and what to do about it."""

from __future__ import annotations


class GhatnaError(Exception):
    """Base of every error ghatna raises on purpose."""


class ReadError(GhatnaError):
    """An input could not be read as an article (binary, empty, undecodable, malformed)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PipelineError(GhatnaError):
    """The pipeline was assembled wrongly: an unknown stage or a stage before what it needs."""


class StageError(GhatnaError):
    """A stage failed on one article; the batch records it and goes on."""

    def __init__(self, stage: str, source: str, cause: BaseException) -> None:
        super().__init__(f"{source}: stage '{stage}' failed: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.source = source


class DataError(GhatnaError):
    """A bundled or user-supplied data file (knowledge base, lexicon) is malformed."""


class RecordError(GhatnaError):
    """A record cannot be written as JSON (a NaN or infinite number, a lone surrogate)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: record not written: {reason}; this is a bug in ghatna: "
                         f"please report it with the input")
        self.source = source
        self.reason = reason
