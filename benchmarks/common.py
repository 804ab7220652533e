"""Shared by the benchmark scripts: the default corpus and a first-N-lines copy of a JSONL corpus."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared/corpora/bbc_news/bbc_news.jsonl"


def require_file(path: str | Path) -> Path:
    """The corpus file a benchmark reads; stops with a message naming it when it is missing (the loader would
    skip it and the benchmark would time 0 articles)."""
    path = Path(path)
    if not path.is_file():
        raise SystemExit(f"corpus file not found: {path} (give the corpus path as the first argument)")
    return path


def first_lines(src: Path, limit: int | None, work: Path) -> Path:
    """``src`` itself, or a copy of its first ``limit`` lines in ``work`` (JSONL: the first N articles)."""
    src = require_file(src)
    if not limit:
        return src
    lines = src.read_text(encoding="utf-8").splitlines()[:limit]
    target = work / "corpus.jsonl"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target
