"""Loading articles from files and folders into the articles table, with a load report for every file."""

from .discovery import DOCUMENTATION, OUTSIDE, SUPPORTED, discover
from .loading import (
    ARTICLE_COLUMNS,
    FIELD_ALIASES,
    MAX_FILE_BYTES,
    REPORT_COLUMNS,
    TOO_DEEP,
    LoadResult,
    decode,
    load,
    make_article,
    normalize_date,
    normalize_text,
    text_hash,
)
from .marks import TWO_MARKS, normalize_quotes
from .webpage import CMS_NAMES, SHORT_PAGE_CHARS, cut_site_suffix, drop_popups, headline_h1, page_title, trim_trailer

__all__ = [
    "CMS_NAMES",
    "SHORT_PAGE_CHARS",
    "cut_site_suffix",
    "drop_popups",
    "headline_h1",
    "page_title",
    "trim_trailer",
    "ARTICLE_COLUMNS",
    "FIELD_ALIASES",
    "LoadResult",
    "MAX_FILE_BYTES",
    "OUTSIDE",
    "DOCUMENTATION",
    "REPORT_COLUMNS",
    "SUPPORTED",
    "TOO_DEEP",
    "TWO_MARKS",
    "decode",
    "discover",
    "load",
    "make_article",
    "normalize_date",
    "normalize_quotes",
    "normalize_text",
    "text_hash",
]
