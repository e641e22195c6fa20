"""The data the core passes around: documents, extracted facts, briefings."""
