"""Per-article cache of what parsing derived, so an unchanged article is never parsed twice.

Key: the article text's SHA-256 and a fingerprint of everything that shapes the result (model name and
version, registry fingerprint, the extractors' code and data, entity types). Value: the article's raw rows
(mentions before resolution, sentences, statements, target scores) as gzipped JSON, written to a temporary
name and renamed, so concurrent runs sharing a cache never see a torn file.

A second level keeps the finished table parts of each chunk of articles (``ChunkCache``), keyed by its
articles' ids, text hashes and dates: a re-run on an unchanged corpus then only joins parts; an edited
article re-builds only its own chunk's parts (from the per-article cache, after parsing that one article).

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


class ChunkCache:
    """Finished table parts of a chunk of articles under ``root/<fingerprint>/chunks/<key>/``: one Parquet
    file per table and ``counts.json``, written to a temporary folder and renamed (never seen torn)."""

    FILES = ("mentions", "sentences", "statements", "stance", "projection")

    def __init__(self, root: str | Path | None, fp: str):
        self.root = Path(root) / fp / "chunks" if root else None

    @staticmethod
    def key(items: list[tuple[str, str, str | None]]) -> str:
        """The key of a chunk: its (article id, text hash, date) in order."""
        return hashlib.sha256(json.dumps(items, separators=(",", ":")).encode("utf-8")).hexdigest()[:32]

    def get(self, key: str) -> tuple[Path, dict[str, Any]] | None:
        """(folder, counts) of a complete entry, or None."""
        if self.root is None:
            return None
        d = self.root / key
        try:
            counts = json.loads((d / "counts.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not all((d / f"{n}.parquet").is_file() for n in self.FILES):
            return None
        return d, counts

    def put(self, key: str, files: dict[str, Path], counts: dict[str, Any]) -> None:
        """Copy the chunk's part files and counts in; a concurrent writer of the same key wins harmlessly."""
        if self.root is None:
            return
        import tempfile

        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=self.root))
        try:
            for name, path in files.items():
                shutil.copyfile(path, tmp / f"{name}.parquet")
            (tmp / "counts.json").write_text(json.dumps(counts, ensure_ascii=False), encoding="utf-8")
            target = self.root / key
            if target.exists() and self.get(key) is None:  # a damaged entry: move it aside, then replace it
                old = Path(tempfile.mkdtemp(prefix=f".{key}.old.", dir=self.root))
                os.replace(target, old / "entry")
                shutil.rmtree(old, ignore_errors=True)
            os.rename(tmp, target)
        except OSError:
            pass  # another run stored this chunk first (or the folder is read-only): the tables are unaffected
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def clear(root: str | Path | None = None) -> int:
    """Delete the cache folder; returns the number of files removed."""
    root = Path(root) if root else default_dir()
    if not root.exists():
        return 0
    n = sum(1 for _ in root.rglob("*.json.gz"))
    shutil.rmtree(root)
    return n
