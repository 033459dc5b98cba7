"""quotetracker: who said what, when, and what kind of claim it was."""

__version__ = "0.4.0"
