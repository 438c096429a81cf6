"""Text: reading inputs, normalising, cleaning page clutter, language, sentences and tokens,
and the number and date words every later layer reads. The lowest layer: it imports only
the core modules (document, errors, settings, pipeline, resources)."""
