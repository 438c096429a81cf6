"""The learned event detector: which PLOVER types a sentence reports (see ``detector``)."""
