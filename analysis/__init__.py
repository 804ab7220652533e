"""News actor workbook: load articles, find actors, who appears with whom, who said what about whom."""
__version__ = "0.1.0"
