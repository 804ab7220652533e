"""The extract stage: load → parse → mentions (→ statements) → edges, written to the output folder.

``run_extract`` is what ``python -m analysis extract`` and the notebooks call. When the output folder
already holds tables made from the same inputs (content hashes) and parameters, they are read back
instead of parsing again.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from . import __version__
from .actors import ENTITY_TYPES, SENTENCE_COLUMNS, actors_table, doc_mentions, resolve
from .cooccurrence import WINDOWS, cooccurrence
from .cache import ARTICLE_KEYS, ArticleCache
from .cache import fingerprint as cache_fingerprint
from .corpus import LoadResult, load, text_hash
from .nlp import DEFAULT_MODEL, load_pipeline, paragraph_starts, parse
from .registry import load_registry
from .stance import build_stance, doc_target_scores
from .statements import attach_speakers, doc_statements
from .tables import clean_leftovers, publish_folder, read_table, staging_folder, write_json, write_table

log = logging.getLogger(__name__)


@dataclass
class ExtractParams:
    """Parameters of the extract stage (also the notebooks' parameters of the same names)."""

    model: str = DEFAULT_MODEL
    registry: str | None = None
    entity_types: list[str] = field(default_factory=lambda: list(ENTITY_TYPES))
    window: str = "sentence"
    min_count: int = 1
    n_process: int = 1
    batch_size: int = 50

    def validate(self) -> None:
        if self.window not in WINDOWS:
            raise ValueError(f"window must be one of {', '.join(WINDOWS)}, got {self.window!r}")
        if int(self.min_count) < 1:
            raise ValueError(f"min_count must be ≥ 1, got {self.min_count!r}")
        if int(self.n_process) < 1 or int(self.batch_size) < 1:
            raise ValueError("n_process and batch_size must be ≥ 1")
        bad = [t for t in self.entity_types if t not in ENTITY_TYPES]
        if bad:
            raise ValueError(f"unknown entity type(s) {bad}; choose from {', '.join(ENTITY_TYPES)}")
        if self.registry and not Path(self.registry).is_file():
            raise ValueError(f"registry file not found: {self.registry}")


@dataclass
class Extracted:
    articles: pd.DataFrame
    load_report: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    edges: pd.DataFrame
    statements: pd.DataFrame
    stance: pd.DataFrame
    manifest: dict[str, Any]


def model_version(model: str) -> str | None:
    """The installed model package's version, without loading the model."""
    import importlib.metadata

    for name in (model, model.replace("_", "-")):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def extract_tables(loaded: LoadResult, params: ExtractParams, progress: bool = False,
                   cache_dir: str | Path | None = None) -> Extracted:
    """Parse the loaded articles (only those not in the cache) and build every table (nothing written)."""
    t0 = time.perf_counter()
    registry = load_registry(params.registry) if params.registry != "" else None
    articles = loaded.articles
    texts = dict(zip(articles["article_id"], articles["text"]))
    hashes = {aid: text_hash(t) for aid, t in texts.items()}
    fp = cache_fingerprint({"model": params.model, "model_version": model_version(params.model),
                            "registry": registry.fingerprint if registry else None, "code": code_fingerprint(),
                            "entity_types": sorted(params.entity_types)})
    cache = ArticleCache(cache_dir, fp)
    derived: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for aid in articles["article_id"]:
        hit = cache.get(hashes[aid])
        if hit is not None:
            for rows in hit.values():
                for r in rows:
                    r["article_id"] = aid  # the same text may come under another id
            derived[aid] = hit
    todo = articles[~articles["article_id"].isin(derived)]
    if len(todo):
        nlp = load_pipeline(params.model, params.registry)
        para_cache: dict[str, list[int]] = {}
        for piece in parse(todo, nlp, batch_size=params.batch_size, n_process=params.n_process, progress=progress):
            aid = piece.article_id
            d = derived.setdefault(aid, {k: [] for k in ARTICLE_KEYS})
            if aid not in para_cache:
                para_cache = {aid: paragraph_starts(texts[aid])}  # pieces of one article arrive together
            rows, sents = doc_mentions(piece, len(d["sentences"]), para_cache[aid], params.entity_types)
            found = doc_statements(piece, len(d["sentences"]))
            d["mentions"].extend(rows)
            d["sentences"].extend(sents)
            d["statements"].extend(found)
            d["scores"].extend(doc_target_scores(piece, found, rows))
        for aid in todo["article_id"]:
            cache.put(hashes[aid], derived.setdefault(aid, {k: [] for k in ARTICLE_KEYS}))
    order = list(articles["article_id"])
    raw_rows = [r for aid in order for r in derived[aid]["mentions"]]
    sent_rows = [r for aid in order for r in derived[aid]["sentences"]]
    raw_statements = [r for aid in order for r in derived[aid]["statements"]]
    score_rows = [r for aid in order for r in derived[aid]["scores"]]
    t_parse = time.perf_counter() - t0
    raw = pd.DataFrame(raw_rows)
    mentions = resolve(raw, articles, registry)
    sentences = pd.DataFrame(sent_rows, columns=SENTENCE_COLUMNS)
    for c in ("sent_idx", "para_idx", "start_char", "end_char"):
        sentences[c] = sentences[c].astype("int64")
    sentences = sentences.sort_values(["article_id", "sent_idx"], kind="stable").reset_index(drop=True)
    counts = sentences.groupby("article_id").agg(n_sentences=("sent_idx", "size"), n_paragraphs=("para_idx", "nunique"))
    articles = articles.drop(columns=[c for c in ("n_sentences", "n_paragraphs") if c in articles]).merge(
        counts, left_on="article_id", right_index=True, how="left")
    articles[["n_sentences", "n_paragraphs"]] = articles[["n_sentences", "n_paragraphs"]].fillna(0).astype("int64")
    edges = cooccurrence(mentions, sentences, params.window, params.min_count)
    actors = actors_table(mentions, articles)
    statements = attach_speakers(pd.DataFrame(raw_statements), mentions, articles)
    stance = build_stance(statements, mentions, pd.DataFrame(score_rows))
    manifest = {
        "created_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "package_version": __version__, "code": code_fingerprint(), "params": asdict(params),
        "model": {"name": params.model, "version": model_version(params.model)},
        "cache": {"dir": str(cache_dir) if cache_dir else None, "fingerprint": fp, "parsed": int(len(todo)),
                  "from_cache": int(len(articles) - len(todo))},
        "registry": {"sources": registry.sources if registry else [],
                     "fingerprint": registry.fingerprint if registry else None},
        "inputs": {aid: text_hash(t) for aid, t in sorted(texts.items())},
        "load": loaded.summary(),
        "timings_s": {"parse_and_mentions": round(t_parse, 3), "total": round(time.perf_counter() - t0, 3)},
        "n": {"articles": len(articles), "sentences": len(sentences), "mentions": len(mentions),
              "actors": len(actors), "edges": len(edges), "statements": len(statements), "stance": len(stance)},
    }
    return Extracted(articles, loaded.report, sentences, mentions, actors, edges, statements, stance, manifest)


def write_extracted(ex: Extracted, out: str | Path) -> None:
    """Write every table into a hidden staging folder, then rename them into ``out``, the manifest last.

    A run killed at any point leaves the previous outputs whole (each file is the old or the new one, and
    without a manifest the folder is extracted again rather than trusted).
    """
    import shutil

    out = Path(out)
    clean_leftovers(out)
    stage = staging_folder(out)
    try:
        write_table(ex.articles, stage, "articles", csv=False)
        for name in ("sentences", "mentions", "actors", "edges", "statements", "stance"):
            write_table(getattr(ex, name), stage, name)
        write_table(ex.load_report, stage, "load_report", csv=False)
        (stage / "load_report.csv").write_text(ex.load_report.to_csv(index=False), encoding="utf-8")
        write_json(stage / "extract_manifest.json", ex.manifest)
        publish_folder(stage, out, "extract_manifest.json")
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def read_extracted(out: str | Path) -> Extracted:
    import json

    out = Path(out)
    names = ("articles", "sentences", "mentions", "actors", "edges", "load_report", "statements", "stance")
    t = {n: read_table(out, n) for n in names}
    manifest = json.loads((out / "extract_manifest.json").read_text(encoding="utf-8"))
    return Extracted(t["articles"], t["load_report"], t["sentences"], t["mentions"], t["actors"], t["edges"],
                     t["statements"], t["stance"], manifest)


def code_fingerprint() -> str:
    """Hash of the extractors' code and data files: a changed rule or model invalidates earlier outputs."""
    import hashlib

    h = hashlib.sha256()
    pkg = Path(__file__).parent
    for p in sorted(list(pkg.glob("*.py")) + list((pkg / "data").glob("*"))):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _same_run(out: Path, loaded: LoadResult, params: ExtractParams) -> bool:
    import json

    try:
        m = json.loads((out / "extract_manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    inputs = {aid: text_hash(t) for aid, t in zip(loaded.articles["article_id"], loaded.articles["text"])}
    return (m.get("package_version") == __version__ and m.get("code") == code_fingerprint()
            and m.get("params") == asdict(params)
            and m.get("inputs") == dict(sorted(inputs.items())) and m.get("load") == loaded.summary())


def run_extract(inputs: Sequence[str] | str, out: str | Path, params: ExtractParams | None = None,
                progress: bool = True, reuse: bool = True, cache_dir: str | Path | None | bool = True) -> Extracted:
    """Load, extract and write every table to ``out``; reuse the tables already there if nothing changed."""
    params = params or ExtractParams()
    params.validate()
    out = Path(out)
    loaded = load(inputs if not isinstance(inputs, str) else [inputs], progress=progress)
    if reuse and _same_run(out, loaded, params):
        try:
            ex = read_extracted(out)
            log.info("outputs in %s are up to date; read them back", out)
            return ex
        except (OSError, ValueError) as e:
            log.info("outputs in %s are incomplete (%s); extracting again", out, e)
    if cache_dir is True:
        from .cache import default_dir

        cache_dir = default_dir()
    ex = extract_tables(loaded, params, progress=progress, cache_dir=cache_dir or None)
    write_extracted(ex, out)
    return ex
