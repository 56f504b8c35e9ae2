"""netra: pemantauan netralitas ASN."""

__version__ = "0.1.0"
