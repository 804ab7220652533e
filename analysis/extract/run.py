"""``run_extract``: load, reuse an unchanged run, else extract into a staging folder and publish it whole."""

from __future__ import annotations

import logging
import shutil
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, Sequence

from analysis import __version__
from analysis.config import ExtractParams
from analysis.corpus import LoadResult, load, text_hash
from analysis.registry import set_json_cache
from analysis.store import clean_leftovers, default_dir, file_sha256, publish_folder, staging_folder, write_json

from .build import extract_to
from .collector import fewer_collections
from .derive import start_pool
from .params import Extracted, code_fingerprint, read_extracted

log = logging.getLogger(__name__)


def _result_params(p: dict[str, Any]) -> dict[str, Any]:
    """The parameters that shape the tables (not how the work is spread over processes)."""
    return {k: v for k, v in p.items() if k not in ("n_process", "batch_size")}


def _same_run(out: Path, loaded: LoadResult, params: ExtractParams) -> bool:
    import json

    try:
        m = json.loads((out / "extract_manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    inputs = {aid: text_hash(t) for aid, t in zip(loaded.articles["article_id"], loaded.articles["text"])}
    from analysis.registry import registry_sources, sources_fingerprint
    from analysis.stance import concepts_fingerprint

    registry_now = sources_fingerprint(registry_sources(params.registry))  # an edited registry file: extract again
    return (m.get("package_version") == __version__ and m.get("code") == code_fingerprint()
            and (m.get("registry") or {}).get("fingerprint") == registry_now
            and (m.get("concepts") or {}).get("fingerprint") == concepts_fingerprint(params.concepts)
            and _result_params(m.get("params") or {}) == _result_params(asdict(params))
            and m.get("inputs") == dict(sorted(inputs.items())) and m.get("load") == loaded.summary()
            and _files_intact(out, m.get("files")))


def _file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every table file in ``folder`` (the manifest records them; reuse checks them)."""
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and not p.name.startswith(".") and p.name != "extract_manifest.json":
            out[p.name] = file_sha256(p)
    return out


def _files_intact(out: Path, files: Any) -> bool:
    """Every table the manifest lists is there, unchanged (a deleted or damaged table means extracting again,
    not a notebook failing later)."""
    if not isinstance(files, dict) or not files:
        return False
    try:
        now = _file_hashes(out)
    except OSError:
        return False
    return all(now.get(name) == h for name, h in files.items())


def run_extract(inputs: Sequence[str] | str, out: str | Path, params: ExtractParams | None = None,
                progress: bool = True, reuse: bool = True, cache_dir: str | Path | None | bool = True,
                scheduler: str | None = None) -> Extracted:
    """Load, extract and write every table to ``out``; reuse the tables already there if nothing changed."""
    params = params or ExtractParams()
    params.validate()
    from analysis.stance import load_concepts

    load_concepts(params.concepts)  # a malformed dictionary stops the run before any work, naming the problem
    out = Path(out)
    cache_root = default_dir() if cache_dir is True else Path(cache_dir) if cache_dir else None
    set_json_cache(cache_root)  # the registry's JSON copy follows --cache-dir and --no-cache too
    # forked workers start before the corpus is loaded (see start_pool); a run that parses nothing just stops
    # them. A fork server's workers (Jupyter) never copy the kernel, so there the pool starts only when needed.
    early = int(params.n_process) > 1 and not scheduler and "ipykernel" not in sys.modules
    pool = start_pool(int(params.n_process)) if early else None
    try:
        with fewer_collections():
            return _run_extract(inputs, out, params, progress, reuse, cache_root, scheduler, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _run_extract(inputs: Sequence[str] | str, out: Path, params: ExtractParams, progress: bool, reuse: bool,
                 cache_dir: Path | None, scheduler: str | None, pool: Any) -> Extracted:
    loaded = load(inputs if not isinstance(inputs, str) else [inputs], progress=progress,
                  short_pages=params.short_pages)
    clean_leftovers(out)  # a killed run's staging folder goes whether or not this run reuses the tables
    if reuse and _same_run(out, loaded, params):
        try:
            ex = read_extracted(out)
            log.info("outputs in %s are up to date; read them back", out)
            return ex
        except (OSError, ValueError) as e:
            log.info("outputs in %s are incomplete (%s); extracting again", out, e)
    clean_leftovers(out)
    stage = staging_folder(out)
    try:
        manifest = extract_to(loaded, params, stage, progress=progress, cache_dir=cache_dir,
                              scheduler=scheduler, pool=pool)
        manifest["files"] = _file_hashes(stage)
        write_json(stage / "extract_manifest.json", manifest)
        publish_folder(stage, out, "extract_manifest.json")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return Extracted(manifest, out)
