"""rawi: who said what, according to whom, in Arabic and English news."""

__version__ = "0.1.0"
