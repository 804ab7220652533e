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
import logging
import os
import shutil
from pathlib import Path
from typing import Any

from .tables import atomic_write_bytes, file_sha256

ARTICLE_KEYS = ("mentions", "sentences", "statements", "scores")
log = logging.getLogger(__name__)
# the character offsets each kind of row holds (None where absent); all must lie inside the article's text
OFFSETS = {"mentions": ("start_char", "end_char", "affil_char"), "sentences": ("start_char", "end_char"),
           "statements": ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end",
                          "object_start", "object_end", "sentence_start", "sentence_end", "concept_start",
                          "concept_end"),
           "scores": ("cue_start", "content_start", "mention_start")}


def entry_problem(data: Any, text: str | None) -> str | None:
    """Why a per-article cache entry cannot be trusted, or None."""
    if not isinstance(data, dict) or set(data) != set(ARTICLE_KEYS):
        return f"expected the keys {', '.join(ARTICLE_KEYS)}"
    n = len(text) if text is not None else None
    for key, rows in data.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            return f"{key} is not a list of rows"
        for r in rows:
            for field in OFFSETS[key]:
                v = r.get(field)
                if v is None and field not in ("start_char", "end_char"):
                    continue
                if not isinstance(v, int) or isinstance(v, bool) or v < 0 or (n is not None and v > n):
                    return f"{key}: {field} {v!r} is not an offset into the text"
            if key == "mentions" and text is not None and text[r["start_char"]:r["end_char"]] != r.get("text"):
                return f"mention {r.get('text')!r} is not the text at {r['start_char']}:{r['end_char']}"
    return None


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
        self.write_failed = self.marked = False

    def _path(self, text_hash: str) -> Path:
        assert self.root is not None
        return self.root / self.fp / text_hash[:2] / f"{text_hash}.json.gz"

    def has(self, text_hash: str) -> bool:
        return self.root is not None and self._path(text_hash).exists()

    def get(self, text_hash: str, text: str | None = None) -> dict[str, list[dict[str, Any]]] | None:
        """The entry, when it is what it claims: its header's SHA-256 matches its rows, they have the shape the
        extractors write and (given ``text``) every span lies inside the text and every mention's text is the
        text at its offsets. Anything else is None (the caller parses the article again)."""
        if self.root is None:
            return None
        p = self._path(text_hash)
        try:
            head, _, body = gzip.decompress(p.read_bytes()).partition(b"\n")
            ok = json.loads(head).get("sha256") == hashlib.sha256(body).hexdigest()
            data = json.loads(body.decode("utf-8")) if ok else None
        except (OSError, ValueError, EOFError, AttributeError, gzip.BadGzipFile):
            data = None
        problem = "unreadable, or its checksum does not match" if data is None else entry_problem(data, text)
        if problem:
            if p.exists():
                log.warning("%s: cache entry ignored (%s); parsing the article again", p, problem)
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, text_hash: str, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Store an entry; a cache that cannot be written (full disk, read-only) is a warning, once per run."""
        if self.root is None or self.write_failed:
            return
        body = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = json.dumps({"sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
        try:
            if not self.marked:
                mark(self.root)
                self.marked = True
            atomic_write_bytes(self._path(text_hash), gzip.compress(head + b"\n" + body, 5))
        except OSError as e:
            self.write_failed = True
            log.warning("cannot write the parse cache under %s (%s); going on without storing", self.root, e)


def _json_sha256(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


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
            sums = counts.pop("sha256")
            if (set(sums) != {*self.FILES, "counts"} or sums["counts"] != _json_sha256(counts)
                    or any(file_sha256(d / f"{n}.parquet") != sums[n] for n in self.FILES)):
                log.warning("%s: chunk cache entry does not match its checksums; building the chunk again", d)
                return None
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            return None
        return d, counts

    def put(self, key: str, files: dict[str, Path], counts: dict[str, Any]) -> None:
        """Copy the chunk's part files and counts in; a concurrent writer of the same key wins harmlessly."""
        if self.root is None:
            return
        import tempfile

        tmp = None
        try:
            mark(self.root.parent.parent)  # root/<fingerprint>/chunks
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=self.root))
            for name, path in files.items():
                shutil.copyfile(path, tmp / f"{name}.parquet")
            sums = {name: file_sha256(tmp / f"{name}.parquet") for name in files} | {"counts": _json_sha256(counts)}
            (tmp / "counts.json").write_text(json.dumps({**counts, "sha256": sums}, ensure_ascii=False),
                                             encoding="utf-8")
            target = self.root / key
            if target.exists() and self.get(key) is None:  # a damaged entry: move it aside, then replace it
                old = Path(tempfile.mkdtemp(prefix=f".{key}.old.", dir=self.root))
                os.replace(target, old / "entry")
                shutil.rmtree(old, ignore_errors=True)
            os.rename(tmp, target)
        except OSError as e:  # another run stored this chunk first, or the disk is full or read-only
            if not (self.root / key).exists():
                log.warning("cannot write the chunk cache under %s (%s); the tables are unaffected", self.root, e)
        finally:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)


MARKER = ".news-workbook-cache"  # in every cache folder the tool made: `cache clear` deletes only such a folder


class NotACacheError(ValueError):
    """`cache clear` was pointed at a folder the tool did not make."""


def mark(root: Path) -> None:
    """Create the cache folder (if need be) with its marker file."""
    root.mkdir(parents=True, exist_ok=True)
    marker = root / MARKER
    if not marker.exists():
        marker.write_text("a cache of news-actor-workbook; `python -m analysis cache clear` may delete this folder\n",
                          encoding="utf-8")


def clear(root: str | Path | None = None) -> int:
    """Delete the cache folder; returns the number of cached articles removed. Refuses a folder without the
    marker the tool writes into its caches (a mistyped --cache-dir must not delete someone's work)."""
    root = Path(root) if root else default_dir()
    if not root.exists():
        return 0
    if not (root / MARKER).is_file():
        raise NotACacheError(f"{root} is not a cache folder of this tool (it has no {MARKER} file); nothing deleted"
                             " (delete it yourself if it is an old cache)")
    n = sum(1 for _ in root.rglob("*.json.gz"))
    shutil.rmtree(root)
    return n
