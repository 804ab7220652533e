"""Writing and reading run folders and caches: atomic Parquet/CSV/JSON writes, the per-article and chunk caches."""

from .cache import ARTICLE_KEYS, ArticleCache, ChunkCache, clear, default_dir, fingerprint
from .tables import (
    LEFTOVER,
    TABLES,
    atomic_write_bytes,
    atomic_write_text,
    clean_leftovers,
    csv_ready,
    duckdb_connection,
    publish_folder,
    read_table,
    staging_folder,
    write_json,
    write_table,
)

__all__ = [
    "ARTICLE_KEYS",
    "ArticleCache",
    "ChunkCache",
    "LEFTOVER",
    "TABLES",
    "atomic_write_bytes",
    "atomic_write_text",
    "clean_leftovers",
    "clear",
    "csv_ready",
    "default_dir",
    "duckdb_connection",
    "fingerprint",
    "publish_folder",
    "read_table",
    "staging_folder",
    "write_json",
    "write_table",
]
