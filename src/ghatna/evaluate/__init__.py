"""Evaluation: the shared corpus, the project's annotations of it, and scoring against gold."""
