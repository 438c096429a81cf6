"""A Hindi named-entity model for the names the knowledge base lacks (people, organisations,
places), trained from scratch with spaCy on IL-NER Hindi and the project's annotations
(``training/ner/``), and the ``ner`` stage that adds its names after the ``entities`` stage."""
