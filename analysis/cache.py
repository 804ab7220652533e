"""Per-article cache of what parsing derived, so an unchanged article is never parsed twice.

Key: the article text's SHA-256 and a fingerprint of everything that shapes the result (model name and
version, registry fingerprint, the extractors' code and data, entity types). Value: the article's raw rows
(mentions before resolution, sentences, statements, target scores) as gzipped JSON, written to a temporary
name and renamed, so concurrent runs sharing a cache never see a torn file.

Default folder: ``$NEWS_WORKBOOK_CACHE`` or ``~/.cache/news-actor-workbook``; ``--cache-dir`` overrides,
``--no-cache`` bypasses, ``python -m analysis cache clear`` empties it.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from .tables import atomic_write_bytes

ARTICLE_KEYS = ("mentions", "sentences", "statements", "scores")


def default_dir() -> Path:
    env = os.environ.get("NEWS_WORKBOOK_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "news-actor-workbook"


def fingerprint(parts: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:20]


class ArticleCache:
    """Read and write an article's derived rows under ``root/<fingerprint>/<hash[:2]>/<hash>.json.gz``."""

    def __init__(self, root: str | Path | None, fp: str):
        self.root = Path(root) if root else None
        self.fp = fp
        self.hits = self.misses = 0

    def _path(self, text_hash: str) -> Path:
        assert self.root is not None
        return self.root / self.fp / text_hash[:2] / f"{text_hash}.json.gz"

    def has(self, text_hash: str) -> bool:
        return self.root is not None and self._path(text_hash).exists()

    def get(self, text_hash: str) -> dict[str, list[dict[str, Any]]] | None:
        if self.root is None:
            return None
        p = self._path(text_hash)
        try:
            data = json.loads(gzip.decompress(p.read_bytes()).decode("utf-8"))
        except (OSError, ValueError, EOFError):
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, text_hash: str, rows: dict[str, list[dict[str, Any]]]) -> None:
        if self.root is None:
            return
        blob = gzip.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 5)
        atomic_write_bytes(self._path(text_hash), blob)


def clear(root: str | Path | None = None) -> int:
    """Delete the cache folder; returns the number of files removed."""
    root = Path(root) if root else default_dir()
    if not root.exists():
        return 0
    n = sum(1 for _ in root.rglob("*.json.gz"))
    shutil.rmtree(root)
    return n
