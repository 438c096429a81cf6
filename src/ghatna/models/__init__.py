"""Learned components: stages that load a model shipped in the package. Imports extract,
knowledge, text and the core."""
