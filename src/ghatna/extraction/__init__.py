"""Extraction stages (a folder named `extract` would shadow `ghatna.extract()`): entities, dates, events (triggers, roles, modality), quotes and figures.
Imports knowledge, text and the core; never models, store, cli or web."""
