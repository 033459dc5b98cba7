"""quotetracker: who said what, when, and what kind of claim it was."""

__version__ = "0.5.0"
