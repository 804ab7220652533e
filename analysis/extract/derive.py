"""Parse and derive rows per article, in this process, a pool of forked workers or a Dask cluster."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from typing import Any, Iterable, Iterator

import pandas as pd

from analysis.actors import doc_mentions, speaker_mentions
from analysis.config import ExtractParams
from analysis.nlp import Parsed, load_pipeline, paragraph_starts, parse
from analysis.registry import json_cache_root, set_json_cache
from analysis.stance import doc_target_scores
from analysis.statements import doc_statements
from analysis.store import ARTICLE_KEYS
from analysis.vocab import ENTITY_TYPES


def model_version(model: str) -> str | None:
    """The installed model package's version, without loading the model."""
    import importlib.metadata

    for name in (model, model.replace("_", "-")):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def derive_piece(piece: Parsed, sent_base: int, paras: list[int],
                 entity_types: Iterable[str] = ENTITY_TYPES) -> dict[str, list[dict[str, Any]]]:
    """The raw rows of one parsed piece: mentions, sentences, statements and target scores."""
    rows, sents = doc_mentions(piece, sent_base, paras, entity_types)
    found = doc_statements(piece, sent_base)
    more = speaker_mentions(piece, found, rows, sents, paras)  # speakers' names the recognizer missed
    if more:
        rows = sorted(rows + more, key=lambda r: r["start_char"])
    return {"mentions": rows, "sentences": sents, "statements": found,
            "scores": doc_target_scores(piece, found, rows)}


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
        for key, got in derive_piece(piece, len(d["sentences"]), paras, params.entity_types).items():
            d[key].extend(got)
    if cur is not None:
        yield cur, d
    for aid in pending:
        yield aid, {k: list(v) for k, v in empty.items()}


def _derive_partition(part: pd.DataFrame, params: dict[str, Any], registry_cache: Any = None
                      ) -> list[tuple[str, dict[str, list]]]:
    """What a pool process or a Dask worker runs: the pipeline loads once per process (cached). A Dask worker is
    told where the registry's JSON copy may live (a forked pool worker inherits it)."""
    if registry_cache is not None:
        set_json_cache(registry_cache or None)
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
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker)
    for f in [pool.submit(os.getpid) for _ in range(workers)]:  # start the workers now
        f.result()
    return pool


def _init_worker() -> None:
    """A worker dies with its parent and, living only to extract, collects cyclic garbage as rarely as the
    parent's extract does (``collector``)."""
    from .collector import collect_less

    _die_with_parent()
    collect_less()


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


def local_cluster(n_workers: int) -> tuple[Any, Any]:
    """A Dask cluster on this machine that only this process can use: TLS with a temporary certificate (a client
    without it is refused, so another local process cannot run code in it), bound to loopback, with no dashboard
    and no HTTP routes (distributed starts an HTTP server even without a dashboard; it gets a random loopback port
    and nothing to serve). Returns (cluster, security) for the Client."""
    import dask
    from dask.distributed import LocalCluster
    from distributed.security import Security

    security = Security.temporary()
    with dask.config.set({"distributed.scheduler.http.routes": [], "distributed.worker.http.routes": []}):
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               protocol="tls", security=security, dashboard_address=None,
                               scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"})
    return cluster, security


def _on_dask(parts: list[pd.DataFrame], params: ExtractParams, scheduler: str) -> Iterator[list]:
    """Partitions to Dask workers (each loads the model once), results gathered in order."""
    try:
        from dask.distributed import Client
    except ImportError as e:  # pragma: no cover - dask is in requirements
        raise RuntimeError("--scheduler needs dask[distributed] (pip install 'dask[distributed]')") from e
    cluster = None
    if scheduler == "local":
        cluster, security = local_cluster(max(2, int(params.n_process)))
        client = Client(cluster, security=security)
    else:  # tls://… with certificates from the Dask configuration (distributed.comm.tls.*), or a trusted tcp://…
        client = Client(scheduler)
    try:
        p = asdict(params)
        where = str(json_cache_root() or "")
        futures = [client.submit(_derive_partition, part, p, where, pure=False) for part in parts]
        for f in futures:
            yield f.result()
            f.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
