"""storyline.annotate."""
