"""Command line: ``python -m analysis extract|report INPUT... --out DIR``.

Exit status: 0 done, 1 a run failed (a notebook raised), 2 bad arguments or inputs (before any work).
"""
from __future__ import annotations

import argparse
import glob
import logging
import sys
from pathlib import Path
from typing import Any, Sequence

import yaml

from .extract import ExtractParams

log = logging.getLogger("analysis")


class UsageError(Exception):
    pass


def _extract_args(p: argparse.ArgumentParser) -> None:
    d = ExtractParams()
    p.add_argument("inputs", nargs="+", help="files, folders or glob patterns")
    p.add_argument("--out", required=True, help="output folder for the tables (and report)")
    p.add_argument("--model", default=d.model, help=f"spaCy model (default {d.model})")
    p.add_argument("--registry", default=None, help="your actor registry YAML (adds to / overrides the default)")
    p.add_argument("--window", default=d.window, choices=["sentence", "paragraph", "article"])
    p.add_argument("--min-count", type=int, default=d.min_count, help="minimum windows for an edge")
    p.add_argument("--entity-types", nargs="+", default=d.entity_types, metavar="LABEL")
    p.add_argument("--n-process", type=int, default=d.n_process,
                   help=f"processes that parse and extract (default: the machine's {d.n_process} cores)")
    p.add_argument("--batch-size", type=int, default=d.batch_size, help=f"texts per spaCy batch (default {d.batch_size})")
    p.add_argument("--scheduler", default=None, metavar="local|tcp://HOST:PORT",
                   help="run parse-and-extract on a Dask cluster (local: a LocalCluster on this machine)")
    p.add_argument("--cache-dir", default=None, help="per-article parse cache (default $NEWS_WORKBOOK_CACHE or "
                   "~/.cache/news-actor-workbook)")
    p.add_argument("--no-cache", action="store_true", help="parse everything, read and write no cache")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    _extract_args(sub.add_parser("extract", help="load articles and write the tables"))
    rp = sub.add_parser("report", help="extract, run the notebooks and write DIR/report.html")
    _extract_args(rp)
    rp.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                    help="notebook parameter (value parsed as YAML: 2, true, [PERSON, ORG])")
    rp.add_argument("--show-code", action="store_true", help="keep code cells in the HTML report")
    rp.add_argument("--notebooks", default=None, help="folder of notebooks (default: the project's notebooks/)")
    bp = sub.add_parser("batch", help="run the report for each parameter set of a BATCH.yaml; DIR/index.html")
    bp.add_argument("batch_file", help="the batch YAML (input, params, runs and/or grid)")
    bp.add_argument("--out", required=True, help="folder for the runs (DIR/<run>/) and DIR/index.html")
    bp.add_argument("--jobs", type=int, default=1, help="runs in parallel (default 1)")
    bp.add_argument("--force", action="store_true", help="re-run unchanged runs too")
    bp.add_argument("--cache-dir", default=None, help="parse cache shared by the runs")
    bp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    cp = sub.add_parser("cache", help="manage the per-article parse cache")
    cp.add_argument("action", choices=["clear", "info"])
    cp.add_argument("--cache-dir", default=None)
    return ap


def check_inputs(inputs: Sequence[str]) -> None:
    for i in inputs:
        if glob.has_magic(i):
            if not glob.glob(i):
                raise UsageError(f"input pattern matches nothing: {i}")
        elif not Path(i).exists():
            raise UsageError(f"input not found: {i}")


def params_from(args: argparse.Namespace) -> ExtractParams:
    p = ExtractParams(model=args.model, registry=args.registry, entity_types=list(args.entity_types),
                      window=args.window, min_count=args.min_count, n_process=args.n_process,
                      batch_size=args.batch_size)
    try:
        p.validate()
        if args.scheduler:
            from .params import check_values

            check_values({"dask": args.scheduler})
    except ValueError as e:
        raise UsageError(str(e)) from None
    return p


def notebook_params(args: argparse.Namespace, ex: ExtractParams) -> dict[str, Any]:
    params: dict[str, Any] = {"input": [str(Path(i).resolve()) if not glob.has_magic(i) else i for i in args.inputs],
                              "out": str(Path(args.out).resolve()), "model": ex.model, "registry": ex.registry,
                              "entity_types": ex.entity_types, "window": ex.window, "min_count": ex.min_count,
                              "n_process": ex.n_process, "batch_size": ex.batch_size}
    if args.cache_dir:
        params["cache_dir"] = str(Path(args.cache_dir).resolve())
    if args.scheduler:
        params["dask"] = args.scheduler
    for name, value in args.parameter:
        try:
            params[name] = yaml.safe_load(value)
        except yaml.YAMLError as e:
            raise UsageError(f"parameter {name}: cannot parse value {value!r}: {e}") from None
    return params


def _batch(args: argparse.Namespace) -> int:
    from .batch import BatchError, run_batch

    if args.jobs < 1:
        print("error: --jobs must be ≥ 1", file=sys.stderr)
        return 2
    try:
        runs = run_batch(args.batch_file, args.out, jobs=args.jobs, force=args.force, progress=not args.quiet,
                         cache_dir=str(Path(args.cache_dir).resolve()) if args.cache_dir else None)
    except BatchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for r in runs:
        print(f"{r.status:8} {r.name}" + (f": {r.error}" if r.error else ""))
    failed = [r for r in runs if r.status == "failed"]
    print(f"index: {(Path(args.out) / 'index.html').resolve()}")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("papermill").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    if args.command == "cache":
        from .cache import clear, default_dir

        root = Path(args.cache_dir) if args.cache_dir else default_dir()
        if args.action == "clear":
            print(f"removed {clear(root)} cached articles from {root}")
        else:
            n = sum(1 for _ in root.rglob("*.json.gz")) if root.exists() else 0
            print(f"{root}: {n} cached articles")
        return 0
    if args.command == "batch":
        return _batch(args)
    try:
        check_inputs(args.inputs)
        ex_params = params_from(args)
        if args.command == "report":
            from .params import check_values
            from .report import NOTEBOOK_DIR, report_notebooks, validate_parameters

            nbs = report_notebooks(args.notebooks or NOTEBOOK_DIR)
            if not nbs:
                raise UsageError(f"no notebooks found in {args.notebooks or NOTEBOOK_DIR}")
            nb_params = notebook_params(args, ex_params)
            try:  # names and values, before any work; each notebook gets the parameters it declares
                validate_parameters({name: nb_params[name] for name, _ in args.parameter}, nbs)
                check_values(nb_params)
            except ValueError as e:
                raise UsageError(str(e)) from None
            # parameters that the extract stage shares with the notebooks
            for k in ("window", "min_count", "model", "registry", "n_process", "batch_size", "entity_types"):
                setattr(ex_params, k, nb_params.get(k, getattr(ex_params, k)))
            try:
                ex_params.validate()
            except ValueError as e:
                raise UsageError(str(e)) from None
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    from .extract import run_extract

    out = Path(args.out)
    cache_dir = False if args.no_cache else (args.cache_dir or True)
    ex = run_extract(args.inputs, out, ex_params, progress=not args.quiet, cache_dir=cache_dir,
                     reuse=not args.no_cache, scheduler=args.scheduler)
    s = ex.manifest["load"]
    c = ex.manifest.get("cache", {})
    if c.get("dir"):
        print(f"parsed {c.get('parsed', 0)} articles, {c.get('from_cache', 0)} from the cache")
    print(f"{s['articles_loaded']} articles loaded, {s['skipped']} skipped (see {out / 'load_report.csv'}); "
          f"{ex.manifest['n']['mentions']} mentions, {ex.manifest['n']['actors']} actors, "
          f"{ex.manifest['n']['edges']} edges → {out}")
    if args.command == "extract":
        return 0
    from .report import NotebookFailed, build_report, execute

    try:
        executed = execute(nbs, out, nb_params, cwd=Path.cwd(), progress=not args.quiet)
    except NotebookFailed as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    report = build_report(executed, out, show_code=args.show_code)
    print(f"report: {report.resolve()}")
    return 0
