"""factcheck: cross-reference the figures that news articles report."""

__version__ = "0.1.0"
