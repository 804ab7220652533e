"""The extract stage: load → parse → mentions (→ statements) → edges, written to the output folder.

``run_extract`` is what ``python -m analysis extract`` and the notebooks call. When the output folder
already holds tables made from the same inputs (content hashes) and parameters, they are read back
instead of parsing again.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import time
from datetime import datetime, timezone
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

import pandas as pd

from . import __version__
from collections import Counter

from .actors import (ENTITY_TYPES, SENTENCE_COLUMNS, actors_table, adhoc_counts, adhoc_merges, adhoc_name_counts,
                     adhoc_names, apply_adhoc_merges, apply_adhoc_names, apply_surname_links, doc_mentions, link_fields,
                     resolve, surname_links)
from .cooccurrence import WINDOWS, cooccurrence
from .cache import ARTICLE_KEYS, ArticleCache, ChunkCache
from .cache import fingerprint as cache_fingerprint
from .corpus import LoadResult, load, text_hash
from .nlp import DEFAULT_MODEL, load_pipeline, paragraph_starts, parse
from .registry import load_registry
from .stance import build_stance, doc_target_scores, merge_actors
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
    n_process: int = field(default_factory=lambda: os.cpu_count() or 1)  # every core
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


TABLE_NAMES = ("articles", "load_report", "sentences", "mentions", "actors", "edges", "statements", "stance")


class Extracted:
    """A run's tables, read from its output folder on first use (a 20,000-article run is not held in memory).

    ``ex.mentions``, ``ex.edges``, … are DataFrames; ``ex.manifest`` is the extract manifest. Tables given
    to the constructor (or :meth:`with_tables`) are used as they are.
    """

    def __init__(self, manifest: dict[str, Any], out: str | Path | None = None, **tables: pd.DataFrame):
        unknown = set(tables) - set(TABLE_NAMES)
        if unknown:
            raise TypeError(f"unknown tables: {sorted(unknown)}")
        self.manifest = manifest
        self.out = Path(out) if out is not None else None
        self._tables: dict[str, pd.DataFrame] = dict(tables)

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in TABLE_NAMES:
            tables = self.__dict__["_tables"]
            if name not in tables:
                if self.__dict__.get("out") is None:
                    raise AttributeError(f"table {name} was not given and there is no output folder")
                tables[name] = read_table(self.out, name)
            return tables[name]
        raise AttributeError(name)

    def with_tables(self, **tables: pd.DataFrame) -> "Extracted":
        """A copy with some tables replaced (e.g. rolled up to organizations)."""
        new = Extracted(self.manifest, self.out, **self._tables)
        new._tables.update(tables)
        return new


def model_version(model: str) -> str | None:
    """The installed model package's version, without loading the model."""
    import importlib.metadata

    for name in (model, model.replace("_", "-")):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def derive_articles(articles: pd.DataFrame, params: ExtractParams,
                    progress: bool = False) -> Iterator[tuple[str, dict[str, list[dict[str, Any]]]]]:
    """Parse articles in this process and derive their raw rows; yields (article_id, rows) in article order.

    Every article gets an entry (an empty text yields empty lists). The rows depend on the article alone,
    so any partition of the corpus gives the same rows: this is the unit the process pool and Dask run.
    """
    nlp = load_pipeline(params.model, params.registry)
    texts = dict(zip(articles["article_id"], articles["text"]))
    empty = {k: [] for k in ARTICLE_KEYS}
    pending = iter(articles["article_id"])
    cur: str | None = None
    d: dict[str, list[dict[str, Any]]] = {}
    paras: list[int] = []
    for piece in parse(articles, nlp, batch_size=params.batch_size, n_process=1, progress=progress):
        if piece.article_id != cur:
            if cur is not None:
                yield cur, d
            for aid in pending:  # articles without any piece (empty text) come first, in order
                if aid == piece.article_id:
                    break
                yield aid, {k: list(v) for k, v in empty.items()}
            cur, d = piece.article_id, {k: [] for k in ARTICLE_KEYS}
            paras = paragraph_starts(texts[cur])
        rows, sents = doc_mentions(piece, len(d["sentences"]), paras, params.entity_types)
        found = doc_statements(piece, len(d["sentences"]))
        d["mentions"].extend(rows)
        d["sentences"].extend(sents)
        d["statements"].extend(found)
        d["scores"].extend(doc_target_scores(piece, found, rows))
    if cur is not None:
        yield cur, d
    for aid in pending:
        yield aid, {k: list(v) for k, v in empty.items()}


def _derive_partition(part: pd.DataFrame, params: dict[str, Any]) -> list[tuple[str, dict[str, list]]]:
    """What a pool process or a Dask worker runs: the pipeline loads once per process (cached)."""
    return list(derive_articles(part, ExtractParams(**params)))


MAX_PARTITION = 250


def _partitions(todo: pd.DataFrame, workers: int, batch_size: int) -> list[pd.DataFrame]:
    """Contiguous article partitions that shrink towards the end (guided scheduling): each is half of what
    remains per worker, at least one batch and at most ``MAX_PARTITION`` articles. Large ones first keep
    the per-partition overhead low and a worker's memory flat; small ones last mean no worker is left parsing a
    big partition alone while the others idle (with 9 equal partitions on 2 workers, the last one ran alone)."""
    cols = [c for c in ("article_id", "text") if c in todo]
    out, i, n = [], 0, len(todo)
    while i < n:
        size = min(MAX_PARTITION, max(int(batch_size), -(-(n - i) // max(1, workers * 2))))
        out.append(todo.iloc[i:i + size][cols].reset_index(drop=True))
        i += size
    return out


def derive(todo: pd.DataFrame, params: ExtractParams, progress: bool = False, scheduler: str | None = None,
           pool: Any = None) -> Iterator[tuple[str, dict[str, list[dict[str, Any]]]]]:
    """Derive every article's raw rows, in article order: in this process, a process pool, or on Dask.

    ``n_process`` > 1 runs partitions in that many processes (parse *and* extraction, so the main
    process stays free): ``pool`` if given (see :func:`start_pool`), else a pool started here;
    ``scheduler`` ("local" or "tcp://HOST:PORT") sends them to a Dask cluster.
    """
    workers = max(1, int(params.n_process))
    parts = _partitions(todo, workers if not scheduler else max(workers, 2), params.batch_size)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(todo), desc="parsing", unit="doc", mininterval=1.0)
    try:
        if scheduler:
            results = _on_dask(parts, params, scheduler)
        elif workers == 1 or len(parts) == 1:
            results = (list(derive_articles(p, params)) for p in parts)
        else:
            results = _in_pool(parts, params, min(workers, len(parts)), pool)
        for rows in results:
            for aid, d in rows:
                yield aid, d
            if bar is not None:
                bar.update(len(rows))
    finally:
        if bar is not None:
            bar.close()


def start_pool(workers: int) -> Any:
    """A process pool whose workers exist before the corpus is loaded.

    Forked workers carry a copy of everything their parent held when they were forked; forking them
    first keeps the loaded articles (which grow with the corpus) out of them, and each worker loads the
    pipeline itself on its first partition, in parallel with the others. Inside a Jupyter kernel (whose
    threads make forking unsafe) the workers come from a fork server instead.
    """
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("forkserver" if "ipykernel" in sys.modules else "fork")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_die_with_parent)
    for f in [pool.submit(os.getpid) for _ in range(workers)]:  # start the workers now
        f.result()
    return pool


def _die_with_parent() -> None:
    """A worker whose parent is killed (SIGKILL skips every cleanup) must not live on, waiting for work
    and holding the parent's output pipes open: on Linux the kernel sends it SIGTERM."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def _in_pool(parts: list[pd.DataFrame], params: ExtractParams, workers: int, pool: Any = None) -> Iterator[list]:
    own = pool is None
    if own:
        pool = start_pool(workers)
    p = asdict(params)
    try:
        # bounded look-ahead (one partition queued per worker) keeps memory flat; results come back in order
        futures = [pool.submit(_derive_partition, part, p) for part in parts[: workers * 2]]
        nxt = len(futures)
        for i in range(len(parts)):
            yield futures[i].result()
            futures[i] = None
            if nxt < len(parts):
                futures.append(pool.submit(_derive_partition, parts[nxt], p))
                nxt += 1
    finally:
        if own:
            pool.shutdown(cancel_futures=True)


def _on_dask(parts: list[pd.DataFrame], params: ExtractParams, scheduler: str) -> Iterator[list]:
    """Partitions to Dask workers (each loads the model once), results gathered in order."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask is in requirements
        raise RuntimeError("--scheduler needs dask[distributed] (pip install 'dask[distributed]')") from e
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(2, int(params.n_process)), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        p = asdict(params)
        futures = [client.submit(_derive_partition, part, p, pure=False) for part in parts]
        for f in futures:
            yield f.result()
            f.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


CHUNK_ARTICLES = 500  # articles whose rows are turned into tables at a time (memory stays flat)
PROJECTION = ["article_id", "sent_idx", "para_idx", "start_char", "end_char", "actor_id", "actor_name", "actor_type",
              "country", "role", "affiliation", "resolution"]  # what the corpus-wide steps need of the mentions


def _article_rows(articles: pd.DataFrame, hashes: dict[str, str], cache: ArticleCache, params: ExtractParams,
                  progress: bool, scheduler: str | None, stats: dict[str, int], pool: Any = None):
    """(article_id, raw rows) for every article in the given order: from the cache, else parsed (and cached)."""
    ids = list(articles["article_id"])
    hit = {aid for aid in ids if cache.has(hashes[aid])}
    todo = articles[~articles["article_id"].isin(hit)]
    stats["parsed"] = stats.get("parsed", 0) + len(todo)
    fresh = derive(todo, params, progress=progress, scheduler=scheduler, pool=pool) if len(todo) else iter(())
    for aid in ids:
        if aid in hit:
            d = cache.get(hashes[aid])
            if d is None:  # unreadable entry: parse this one article here
                stats["parsed"] += 1
                d = next(iter(derive_articles(articles[articles["article_id"] == aid], params)))[1]
                cache.put(hashes[aid], d)
            for rows in d.values():
                for r in rows:
                    r["article_id"] = aid  # the same text may come under another id
        else:
            got, d = next(fresh)
            assert got == aid, (got, aid)
            cache.put(hashes[aid], d)
        yield aid, d


class _Parts:
    """Chunk tables written as Parquet parts in the staging folder, then joined into one Parquet + CSV each."""

    def __init__(self, stage: Path):
        self.dir = stage / ".parts"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.files: dict[str, list[Path]] = {}

    def _next(self, name: str) -> Path:
        files = self.files.setdefault(name, [])
        files.append(self.dir / f"{name}-{len(files):05d}.parquet")
        return files[-1]

    def add(self, name: str, df: pd.DataFrame) -> Path:
        path = self._next(name)
        df.reset_index(drop=True).to_parquet(path, index=False)
        return path

    def add_files(self, srcs: dict[str, Path]) -> dict[str, Path]:
        """Parts written before (a cached chunk's), copied in, all or none: joining consumes only the copies."""
        done: dict[str, Path] = {}
        try:
            for name, src in srcs.items():
                done[name] = self._next(name)
                shutil.copyfile(src, done[name])
        except OSError:
            for name, path in done.items():
                self.files[name].pop()
                path.unlink(missing_ok=True)
            raise
        return done

    def finish(self, name: str, stage: Path, fix=None) -> int:
        """Join the parts (in order) into stage/name.parquet and stage/name.csv, one part in memory at a time."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from .tables import csv_ready

        files = self.files.get(name, [])
        schema = pa.unify_schemas([pq.read_schema(p) for p in files], promote_options="permissive")
        schema = schema.remove_metadata()
        # integer columns with a null anywhere are nullable integers (Int64) in every part, as in one table
        nullable = set()
        for p in files:
            md = pq.read_metadata(p)
            for rg in range(md.num_row_groups):
                for i in range(md.num_columns):
                    col = md.row_group(rg).column(i)
                    if col.statistics is not None and col.statistics.null_count and pa.types.is_integer(
                            schema.field(col.path_in_schema).type if col.path_in_schema in schema.names else pa.null()):
                        nullable.add(col.path_in_schema)
        writer, written = None, 0
        with open(stage / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            for i, p in enumerate(files):
                df = pq.read_table(p).cast(schema).to_pandas()
                for c in nullable:
                    df[c] = df[c].astype("Int64")
                if fix is not None:
                    df = fix(df)
                written += len(df)
                if writer is None:
                    wschema = pa.Table.from_pandas(df, schema=schema, preserve_index=False).schema.with_metadata(
                        pa.Schema.from_pandas(df, preserve_index=False).metadata)
                    writer = pq.ParquetWriter(stage / f"{name}.parquet", wschema)
                writer.write_table(pa.Table.from_pandas(df, schema=wschema, preserve_index=False))
                csv_ready(df).to_csv(fh, index=False, header=(i == 0))
                p.unlink()
        writer.close()
        return written  # after ``fix``, which may merge rows


def extract_to(loaded: LoadResult, params: ExtractParams, stage: Path, progress: bool = False,
               cache_dir: str | Path | None = None, scheduler: str | None = None, pool: Any = None) -> dict[str, Any]:
    """Parse (only what the cache lacks), build every table chunk by chunk into ``stage``; returns the manifest.

    Articles are processed in article-id order, ``CHUNK_ARTICLES`` at a time: their rows become table
    parts on disk at once, and only a compact projection of the mentions is kept for the corpus-wide steps
    (co-occurrence, the actors table, ad-hoc actor names). Peak memory therefore grows with that
    projection, not with the corpus's raw rows.
    """
    t0 = time.perf_counter()
    registry = load_registry(params.registry) if params.registry != "" else None
    articles = loaded.articles
    texts = dict(zip(articles["article_id"], articles["text"]))
    hashes = {aid: text_hash(t) for aid, t in texts.items()}
    fp = cache_fingerprint({"model": params.model, "model_version": model_version(params.model),
                            "registry": registry.fingerprint if registry else None,
                            "code": code_fingerprint(DERIVE_CODE),
                            "entity_types": sorted(params.entity_types)})
    cache = ArticleCache(cache_dir, fp)
    ordered = articles.sort_values("article_id", kind="stable")
    parts = _Parts(stage)
    stats: dict[str, int] = {}
    proj: list[pd.DataFrame] = []
    name_counts: Counter = Counter()
    n_sent = n_para = 0
    doc_counts: dict[str, tuple[int, int]] = {}

    def flush(chunk: list[tuple[str, dict[str, list[dict[str, Any]]]]], key: str | None) -> None:
        """Turn a chunk's raw rows into table parts (and store them in the chunk cache under ``key``)."""
        ids = [aid for aid, _ in chunk]
        arts = ordered[ordered["article_id"].isin(ids)]
        raw = pd.DataFrame([r for _, d in chunk for r in d["mentions"]])
        m = resolve(raw, arts, registry, names=False)
        counts = adhoc_name_counts(m) if len(m) else Counter()
        sents = pd.DataFrame([r for _, d in chunk for r in d["sentences"]], columns=SENTENCE_COLUMNS)
        for c in ("sent_idx", "para_idx", "start_char", "end_char"):
            sents[c] = sents[c].astype("int64")
        sents = sents.sort_values(["article_id", "sent_idx"], kind="stable")
        docs = {aid: [len(g), int(g["para_idx"].nunique())] for aid, g in sents.groupby("article_id", sort=False)}
        mentions = m.drop(columns=["_name", "_org"])
        st = attach_speakers(pd.DataFrame([r for _, d in chunk for r in d["statements"]]), mentions, arts)
        stance = build_stance(st, mentions, pd.DataFrame([r for _, d in chunk for r in d["scores"]]))
        p = m[PROJECTION + ["_org"]].copy()
        for c in ("article_id", "actor_id", "actor_name", "actor_type", "country", "role", "affiliation",
                  "resolution"):
            p[c] = p[c].astype("category")  # shared strings: a few bytes a row
        for c in ("sent_idx", "para_idx", "start_char", "end_char"):
            p[c] = p[c].astype("int32")
        files = {"mentions": parts.add("mentions", mentions), "sentences": parts.add("sentences", sents),
                 "statements": parts.add("statements", st), "stance": parts.add("stance", stance),
                 "projection": parts.add("projection", p)}
        info = {"name_counts": sorted([a, f, n] for (a, f), n in counts.items()), "docs": docs,
                "n_sent": len(sents), "n_para": int(sents[["article_id", "para_idx"]].drop_duplicates().shape[0])}
        if key is not None:
            chunks.put(key, files, info)
        take(info, files)

    def take(info: dict[str, Any], files: dict[str, Path]) -> None:
        nonlocal n_sent, n_para
        proj.append(pd.read_parquet(files["projection"]))
        name_counts.update({(a, f): n for a, f, n in info["name_counts"]})
        doc_counts.update({aid: tuple(v) for aid, v in info["docs"].items()})
        n_sent += info["n_sent"]
        n_para += info["n_para"]

    # chunks of CHUNK_ARTICLES articles in id order; a chunk whose parts are cached is only joined
    chunks = ChunkCache(cache_dir, fp)
    all_ids = list(ordered["article_id"])
    dates = {aid: (None if pd.isna(d) else str(d)) for aid, d in zip(ordered["article_id"], ordered["date"])} \
        if "date" in ordered else {}
    plan = []
    for i in range(0, max(1, len(all_ids)), CHUNK_ARTICLES):
        ids = all_ids[i:i + CHUNK_ARTICLES]
        key = ChunkCache.key([(a, hashes[a], dates.get(a)) for a in ids]) if cache_dir else None
        plan.append((ids, key, chunks.get(key) if key else None))
    cached = {a for ids, _, got in plan if got for a in ids}
    stats["parsed"] = 0
    stream = _article_rows(ordered[~ordered["article_id"].isin(cached)], hashes, cache, params, progress, scheduler,
                           stats, pool)
    stats["chunks_cached"] = 0
    for ids, key, got in plan:
        if got is not None:
            folder, info = got
            try:
                files = parts.add_files({n: folder / f"{n}.parquet" for n in ChunkCache.FILES})
            except OSError:  # the entry went away (a cache clear meanwhile): build the chunk after all
                redo = _article_rows(ordered[ordered["article_id"].isin(ids)], hashes, cache, params, False,
                                     scheduler, stats, pool)
                flush(list(redo), key)
                continue
            take(info, files)
            stats["chunks_cached"] += 1
        else:
            flush([next(stream) for _ in ids], key)
    t_parse = time.perf_counter() - t0
    t1 = time.perf_counter()
    mp = pd.concat(proj, ignore_index=True) if proj else pd.DataFrame(columns=PROJECTION)
    for c in mp.columns:
        if isinstance(mp[c].dtype, pd.CategoricalDtype):
            mp[c] = mp[c].astype(object)
    for c in ("sent_idx", "para_idx", "start_char", "end_char"):
        mp[c] = mp[c].astype("int64")
    merges = adhoc_merges(*adhoc_counts(mp)) if len(mp) else {}
    mp = apply_adhoc_merges(mp, merges)
    merged: Counter = Counter()
    for (aid, form), k in name_counts.items():
        merged[(merges.get(aid, aid), form)] += k
    names = adhoc_names(merged)
    mp = apply_adhoc_names(mp, names)
    links = surname_links(mp)  # "Blair" alone → "Tony Blair", after the merges so counts are per actor
    fields = link_fields(mp, links)
    mp = apply_surname_links(mp, links, fields)
    counts = pd.DataFrame([(a, s, p) for a, (s, p) in doc_counts.items()],
                          columns=["article_id", "n_sentences", "n_paragraphs"])
    articles = articles.drop(columns=[c for c in ("n_sentences", "n_paragraphs") if c in articles]).merge(
        counts, on="article_id", how="left")
    articles[["n_sentences", "n_paragraphs"]] = articles[["n_sentences", "n_paragraphs"]].fillna(0).astype("int64")
    n_windows = {"sentence": n_sent, "paragraph": n_para, "article": len(articles)}[params.window]
    edges = cooccurrence(mp, None, params.window, params.min_count, n_windows=n_windows)
    actors = actors_table(mp, articles)
    t_aggregate = time.perf_counter() - t1
    del mp, proj

    name_of = pd.Series({**names, **{t: fields[t]["actor_name"] for t in links.values() if t in fields}},
                        dtype=object)  # one index (hash table) for every part, not one per part
    ids = {**{k: links.get(v, v) for k, v in merges.items()}, **links}  # ad-hoc merges, then surname links

    def rename(cols: tuple[str, ...]):
        def fix(df: pd.DataFrame) -> pd.DataFrame:
            for id_col, name_col in zip(cols[::2], cols[1::2]):
                if len(df) and len(name_of):
                    new = df[id_col].map(name_of)
                    hit = new.notna()
                    df.loc[hit, name_col] = new[hit]
            return df
        return fix

    statements_fix, stance_fix = rename(("speaker_actor_id", "speaker_name")), rename(
        ("speaker_actor_id", "speaker_name", "target_actor_id", "target_name"))
    n = {"mentions": parts.finish("mentions", stage, fix=lambda df: apply_surname_links(
             apply_adhoc_names(apply_adhoc_merges(df, merges), names), links, fields)),
         "sentences": parts.finish("sentences", stage),
         "statements": parts.finish("statements", stage, fix=lambda df: statements_fix(apply_adhoc_merges(df, ids))),
         "stance": parts.finish("stance", stage, fix=lambda df: stance_fix(merge_actors(df, ids)))}
    shutil.rmtree(parts.dir, ignore_errors=True)
    write_table(articles, stage, "articles", csv=False)
    write_table(actors, stage, "actors")
    write_table(edges, stage, "edges")
    write_table(loaded.report, stage, "load_report", csv=False)
    (stage / "load_report.csv").write_text(loaded.report.to_csv(index=False), encoding="utf-8")
    return {
        "created_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "package_version": __version__, "code": code_fingerprint(), "params": asdict(params),
        "model": {"name": params.model, "version": model_version(params.model)},
        "cache": {"dir": str(cache_dir) if cache_dir else None, "fingerprint": fp, "parsed": int(stats["parsed"]),
                  "from_cache": int(len(articles) - stats["parsed"]), "chunks_from_cache": stats["chunks_cached"]},
        "registry": {"sources": registry.sources if registry else [],
                     "fingerprint": registry.fingerprint if registry else None},
        "inputs": {aid: text_hash(t) for aid, t in sorted(texts.items())},
        "load": loaded.summary(),
        "scheduler": scheduler or ("process pool" if int(params.n_process) > 1 else "this process"),
        "timings_s": {"parse_and_mentions": round(t_parse, 3), "aggregate": round(t_aggregate, 3),
                      "total": round(time.perf_counter() - t0, 3)},
        "n": {"articles": len(articles), "sentences": n["sentences"], "mentions": n["mentions"],
              "actors": len(actors), "edges": len(edges), "statements": n["statements"], "stance": n["stance"]},
    }


def read_extracted(out: str | Path) -> Extracted:
    """The run in ``out`` (tables load when first used)."""
    import json

    out = Path(out)
    manifest = json.loads((out / "extract_manifest.json").read_text(encoding="utf-8"))
    return Extracted(manifest, out)


DERIVE_CODE = ("actors.py", "attribute_rules.py", "cache.py", "entity_classifier.py", "extract.py", "lemmas.py",
               "linear.py", "mlp.py", "nlp.py", "polarity.py", "registry.py", "stance.py",
               "statements.py")  # the modules whose code shapes the cached per-article rows


def code_fingerprint(modules: tuple[str, ...] | None = None) -> str:
    """Hash of the package's code (or of ``modules``) and data files: a changed rule or model invalidates
    earlier outputs. The parse cache uses only the modules that derive its rows, so editing a chart or a
    view does not throw the cache away."""
    import hashlib

    h = hashlib.sha256()
    pkg = Path(__file__).parent
    code = sorted(pkg.glob("*.py")) if modules is None else [pkg / m for m in sorted(modules)]
    for p in code + sorted((pkg / "data").glob("*")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


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
    return (m.get("package_version") == __version__ and m.get("code") == code_fingerprint()
            and _result_params(m.get("params") or {}) == _result_params(asdict(params))
            and m.get("inputs") == dict(sorted(inputs.items())) and m.get("load") == loaded.summary())


def run_extract(inputs: Sequence[str] | str, out: str | Path, params: ExtractParams | None = None,
                progress: bool = True, reuse: bool = True, cache_dir: str | Path | None | bool = True,
                scheduler: str | None = None) -> Extracted:
    """Load, extract and write every table to ``out``; reuse the tables already there if nothing changed."""
    params = params or ExtractParams()
    params.validate()
    out = Path(out)
    # forked workers start before the corpus is loaded (see start_pool); a run that parses nothing just stops
    # them. A fork server's workers (Jupyter) never copy the kernel, so there the pool starts only when needed.
    early = int(params.n_process) > 1 and not scheduler and "ipykernel" not in sys.modules
    pool = start_pool(int(params.n_process)) if early else None
    try:
        return _run_extract(inputs, out, params, progress, reuse, cache_dir, scheduler, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _run_extract(inputs: Sequence[str] | str, out: Path, params: ExtractParams, progress: bool, reuse: bool,
                 cache_dir: str | Path | None | bool, scheduler: str | None, pool: Any) -> Extracted:
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
    clean_leftovers(out)
    stage = staging_folder(out)
    try:
        manifest = extract_to(loaded, params, stage, progress=progress, cache_dir=cache_dir or None,
                              scheduler=scheduler, pool=pool)
        write_json(stage / "extract_manifest.json", manifest)
        publish_folder(stage, out, "extract_manifest.json")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return Extracted(manifest, out)
