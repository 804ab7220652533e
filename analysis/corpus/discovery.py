"""Finding the input files: files, folders and globs expanded, each problem (a missing path, a link out of the
folder, a loop, an unsupported type, a folder's README) a row of the load report."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

SUPPORTED = {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".csv"}


def discover(inputs: Iterable[str | os.PathLike]) -> tuple[list[tuple[Path, Path]], list[dict[str, Any]]]:
    """Expand files, folders and globs into (file, root) pairs; problems become report rows.

    The root is the folder the article ids are made relative to: the folder given, or the file's
    own folder when a file is given directly. Symlinked folders are followed once (loops are cut).
    """
    found: list[tuple[Path, Path]] = []
    problems: list[dict[str, Any]] = []
    for raw in inputs:
        raw = str(raw)
        paths = [Path(p) for p in sorted(glob.glob(raw))] if glob.has_magic(raw) else [Path(raw)]
        if not paths:
            problems.append(_problem(raw, "no file matches this pattern"))
        for p in paths:
            if p.is_dir():
                found.extend(_walk(p, problems))
            elif p.is_file():
                found.append((p, p.parent))
            elif p.is_symlink():
                problems.append(_problem(str(p), "broken symbolic link"))
            else:
                problems.append(_problem(str(p), "no such file or folder"))
    # a file reachable twice (two inputs, or a symlink) is loaded once
    seen: set[str] = set()
    unique = []
    for f, root in found:
        key = os.path.realpath(f)
        if key in seen:
            problems.append(_problem(str(f), "duplicate of a file already loaded (same real path)"))
            continue
        seen.add(key)
        unique.append((f, root))
    return unique, problems


def _problem(path: str, reason: str) -> dict[str, Any]:
    return {"path": path, "record": "", "article_id": None, "status": "skipped", "reason": reason,
            "encoding": "", "n_chars": 0}


OUTSIDE = "symbolic link to {} outside the input folder: skipped (give it as an input itself to load it)"
# a corpus folder's own notes ("README.md", "LICENSE.txt") are no articles: BBC's folder loaded its two README
# files as articles whose names took places in the actor tables
DOCUMENTATION = "a folder's documentation file (README, LICENSE …), not an article (give it as an input itself to load it)"
_DOC_STEMS = frozenset({"readme", "license", "licence", "copying", "changelog", "changes", "notice", "authors",
                        "contributing", "citation", "manifest"})


def _documentation(name: str) -> bool:
    """Whether a file name inside a folder is the folder's documentation ("README.md", "README.upstream.txt",
    "LICENSE.txt"): its name up to the first dot is such a word ("license-fees-row.txt" is an article)."""
    return name.lower().split(".", 1)[0] in _DOC_STEMS


def _walk(root: Path, problems: list[dict[str, Any]]) -> Iterator[tuple[Path, Path]]:
    visited: set[str] = set()
    top = os.path.realpath(root)

    def inside(real: str) -> bool:
        return real == top or real.startswith(top.rstrip(os.sep) + os.sep)

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in visited:
            problems.append(_problem(dirpath, "symbolic link loop (folder already visited)"))
            dirnames[:] = []
            continue
        visited.add(real)
        keep = []
        for d in sorted(d for d in dirnames if not d.startswith(".")):
            if inside(os.path.realpath(os.path.join(dirpath, d))):
                keep.append(d)
            else:
                problems.append(_problem(os.path.join(dirpath, d), OUTSIDE.format("a folder")))
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if not inside(os.path.realpath(p)):
                problems.append(_problem(str(p), OUTSIDE.format("a file")))
                continue
            if p.suffix.lower() in SUPPORTED and _documentation(name):
                problems.append(_problem(str(p), DOCUMENTATION))
            elif p.suffix.lower() in SUPPORTED:
                yield p, root
            else:
                problems.append(_problem(str(p), f"unsupported file type '{p.suffix or '(none)'}'"))
