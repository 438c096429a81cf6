"""Knowledge: the knowledge base of countries, places, organisations and people, its
importers, and the gazetteer that finds its names in tokens. Imports text and the core."""
