"""Turn the derived rows into tables, chunk by chunk, through the caches, and write them to a staging folder."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import __version__
from analysis.actors import (
    actors_table,
    adhoc_counts,
    adhoc_merges,
    adhoc_name_counts,
    adhoc_names,
    apply_adhoc_merges,
    apply_adhoc_names,
    apply_surname_links,
    link_fields,
    resolve,
    surname_links,
)
from analysis.config import ExtractParams
from analysis.corpus import LoadResult, text_hash
from analysis.networks import cooccurrence
from analysis.registry import load_registry
from analysis.stance import build_stance, label_concepts, load_concepts, merge_actors, own_side
from analysis.statements import attach_speakers, unfit_pronoun_speakers
from analysis.store import ArticleCache, ChunkCache, csv_ready, write_table
from analysis.store import fingerprint as cache_fingerprint
from analysis.vocab import SENTENCE_COLUMNS

from .derive import derive, derive_articles, model_version
from .params import DERIVE_CODE, code_fingerprint

CHUNK_ARTICLES = 500  # articles whose rows are turned into tables at a time (memory stays flat)


PROJECTION = ["article_id", "sent_idx", "para_idx", "start_char", "end_char", "actor_id", "actor_name", "actor_type",
              "country", "role", "affiliation", "resolution"]  # what the corpus-wide steps need of the mentions


def _article_rows(articles: pd.DataFrame, hashes: dict[str, str], cache: ArticleCache, params: ExtractParams,
                  progress: bool, scheduler: str | None, stats: dict[str, int], pool: Any = None):
    """(article_id, raw rows) for every article in the given order: from the cache, else parsed (and cached)."""
    ids = list(articles["article_id"])
    texts = dict(zip(ids, articles["text"]))
    hit = {aid for aid in ids if cache.has(hashes[aid])}
    todo = articles[~articles["article_id"].isin(hit)]
    stats["parsed"] = stats.get("parsed", 0) + len(todo)
    fresh = derive(todo, params, progress=progress, scheduler=scheduler, pool=pool) if len(todo) else iter(())
    for aid in ids:
        if aid in hit:
            d = cache.get(hashes[aid], texts[aid])
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


# a statement's speaker fields, emptied together when its speaker is found to be a guess (``unfit_pronoun_speakers``)
SPEAKER_COLUMNS = ("speaker_actor_id", "speaker_name", "speaker_affiliation", "speaker_country", "speaker_resolution")


def _no_speaker(df: pd.DataFrame, ids: set[str], cols: tuple[str, ...]) -> pd.DataFrame:
    """The rows of statements ``ids`` with no speaker actor (their speaker phrase stays)."""
    hit = df["statement_id"].isin(ids) if ids and len(df) else None
    if hit is not None and hit.any():
        for c in cols:
            df[c] = df[c].astype(object)
            df.loc[hit, c] = None
    return df


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
    concepts = load_concepts(params.concepts)
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
        st = attach_speakers(pd.DataFrame([r for _, d in chunk for r in d["statements"]]), mentions, arts,
                             pd.DataFrame([r for _, d in chunk for r in d["sentences"]]))
        stance = build_stance(st, mentions, pd.DataFrame([r for _, d in chunk for r in d["scores"]]), texts)
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
        proj.append(pd.read_parquet(files["projection"]))  # noqa: F821 (the enclosing function's list, deleted later)
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
                    if hit.any():  # (a part whose names are all missing holds float NaN: set as objects)
                        df[name_col] = df[name_col].astype(object)
                        df.loc[hit, name_col] = new[hit]
            return df
        return fix

    statements_fix, stance_fix = rename(("speaker_actor_id", "speaker_name")), rename(
        ("speaker_actor_id", "speaker_name", "target_actor_id", "target_name"))
    types = dict(zip(actors["actor_id"], actors["actor_type"]))
    unfit: set[str] = set()  # "he said" given to a name the corpus shows is no person: unknown instead

    def fix_statements(df: pd.DataFrame) -> pd.DataFrame:
        df = statements_fix(apply_adhoc_merges(df, ids))
        bad = unfit_pronoun_speakers(df, types)
        unfit.update(bad)
        return _no_speaker(df, bad, SPEAKER_COLUMNS)

    affiliation = dict(actors.dropna(subset=["affiliation"])[["actor_id", "affiliation"]].itertuples(index=False))
    parties = set(actors.loc[actors["role"] == "PTY", "actor_id"])

    def fix_stance(df: pd.DataFrame) -> pd.DataFrame:
        df = own_side(merge_actors(df, ids), affiliation, parties)
        return _no_speaker(stance_fix(label_concepts(df, concepts)), unfit, ("speaker_actor_id", "speaker_name"))

    n = {"mentions": parts.finish("mentions", stage, fix=lambda df: apply_surname_links(
             apply_adhoc_names(apply_adhoc_merges(df, merges), names), links, fields)),
         "sentences": parts.finish("sentences", stage),
         "statements": parts.finish("statements", stage, fix=fix_statements),
         "stance": parts.finish("stance", stage, fix=fix_stance)}
    shutil.rmtree(parts.dir, ignore_errors=True)
    write_table(articles, stage, "articles", csv=False)
    write_table(actors, stage, "actors")
    write_table(edges, stage, "edges")
    write_table(loaded.report, stage, "load_report", csv=False)
    (stage / "load_report.csv").write_text(csv_ready(loaded.report).to_csv(index=False), encoding="utf-8")
    return {
        "created_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "package_version": __version__, "code": code_fingerprint(), "params": asdict(params),
        "model": {"name": params.model, "version": model_version(params.model)},
        "cache": {"dir": str(cache_dir) if cache_dir else None, "fingerprint": fp, "parsed": int(stats["parsed"]),
                  "from_cache": int(len(articles) - stats["parsed"]), "chunks_from_cache": stats["chunks_cached"]},
        "registry": {"sources": registry.sources if registry else [],
                     "fingerprint": registry.fingerprint if registry else None},
        "concepts": {"path": params.concepts, "fingerprint": concepts.fingerprint if concepts else None},
        "inputs": {aid: text_hash(t) for aid, t in sorted(texts.items())},
        "load": loaded.summary(),
        "scheduler": scheduler or ("process pool" if int(params.n_process) > 1 else "this process"),
        "timings_s": {"parse_and_mentions": round(t_parse, 3), "aggregate": round(t_aggregate, 3),
                      "total": round(time.perf_counter() - t0, 3)},
        "n": {"articles": len(articles), "sentences": n["sentences"], "mentions": n["mentions"],
              "actors": len(actors), "edges": len(edges), "statements": n["statements"], "stance": n["stance"]},
    }
