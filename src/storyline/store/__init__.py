"""storyline.store."""
