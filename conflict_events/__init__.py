"""conflict-events: news articles in, an ACLED-style conflict-event dataset out."""

__version__ = "0.1.0"
