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

from analysis.config import BY_NAME, PARAMS, Param, check_values, defaults, extract_params
from analysis.store import write_json
from analysis.store.yamlsafe import load_yaml

log = logging.getLogger("analysis")


class UsageError(Exception):
    pass


def _int_param(param: Param) -> bool:
    return isinstance(param.default, int) and not isinstance(param.default, bool) or param.name == "n_process"


def _extract_args(p: argparse.ArgumentParser) -> None:
    """The options of extract and report, derived from analysis.config.PARAMS (name, help, default, choices)."""
    p.add_argument("inputs", nargs="*", help="files, folders or glob patterns")
    p.add_argument("--out", required=True, help="output folder for the tables (and report)")
    for param in PARAMS:
        if not param.option:
            continue
        kw: dict[str, Any] = {"dest": param.name, "default": None,
                              "help": f"{param.help} (default {param.default!r})"}
        if isinstance(param.default, list):
            kw.update(nargs="+", metavar="VALUE")
        elif param.choices:
            kw["choices"] = param.choices
        if _int_param(param):
            kw["type"] = int
        p.add_argument(param.option, **kw)
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
    rp.add_argument("--config", default=None, help="a YAML/JSON mapping of parameters (input included); options "
                    "and -p given with it take precedence")
    rp.add_argument("--result", default=None, help="also write the outcome (status, error, failed notebook) "
                    "to this JSON file")
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
    if not inputs:
        raise UsageError("no input given: name files, folders or glob patterns")
    for i in inputs:
        if glob.has_magic(i):
            if not glob.glob(i):
                raise UsageError(f"input pattern matches nothing: {i}")
        elif not Path(i).exists():
            raise UsageError(f"input not found: {i}")


def _plain(name: str, value: Any, where: str = "") -> None:
    """A parameter value must be text, a number, true/false, null or a list/mapping of those: YAML reads
    2024-01-01 as a date, which a notebook cannot receive (it failed only after the extraction)."""
    if isinstance(value, (list, tuple)):
        for v in value:
            _plain(name, v, where)
    elif isinstance(value, dict):
        for k, v in value.items():
            _plain(name, k, where)
            _plain(name, v, where)
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        raise UsageError(f"{where}parameter {name}: {value!r} is read as a {type(value).__name__}; quote it "
                         f"(e.g. -p {name} \"'{value}'\") to pass it as text")


def run_values(args: argparse.Namespace) -> tuple[dict[str, Any], set[str], list[str]]:
    """Every parameter of the run (defaults < --config < options < -p; paths made absolute for the notebooks),
    the names the user set, and the inputs as given (the articles table keeps the paths as the user wrote them)."""
    values = defaults()
    given: set[str] = set()
    if getattr(args, "config", None):
        try:
            cfg = load_yaml(Path(args.config).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as e:
            raise UsageError(f"{args.config}: cannot read the configuration: {e}") from None
        if not isinstance(cfg, dict):
            raise UsageError(f"{args.config}: the configuration must be a mapping of parameter names to values")
        for name, value in cfg.items():
            _plain(str(name), value, f"{args.config}: ")
        values.update(cfg)
        given |= set(cfg)
    for param in PARAMS:
        v = getattr(args, param.name, None) if param.option else None
        if v is not None:
            values[param.name] = list(v) if isinstance(v, list) else v
            given.add(param.name)
    for name, value in getattr(args, "parameter", []):
        try:
            values[name] = load_yaml(value)
        except yaml.YAMLError as e:
            raise UsageError(f"parameter {name}: cannot parse value {value!r}: {e}") from None
        _plain(name, values[name])
        given.add(name)
    if args.inputs:
        values["input"] = list(args.inputs)
    elif "input" not in given:
        raise UsageError("no input given: name files, folders or glob patterns")
    values["input"] = [values["input"]] if isinstance(values["input"], str) else values["input"]
    values["out"] = args.out
    if args.no_cache:
        values["cache_dir"] = None
    try:
        check_values(values)
    except ValueError as e:
        raise UsageError(str(e)) from None
    check_inputs(values["input"])
    given_inputs = list(values["input"])
    values["input"] = [str(Path(i).resolve()) if not glob.has_magic(i) else i for i in values["input"]]
    values["out"] = str(Path(args.out).resolve())
    if values["cache_dir"]:
        values["cache_dir"] = str(Path(values["cache_dir"]).resolve())
    return values, given, given_inputs


def _batch(args: argparse.Namespace) -> int:
    from analysis.report.batch import BatchError, run_batch

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
        from analysis.store import NotACacheError, clear, default_dir

        root = Path(args.cache_dir) if args.cache_dir else default_dir()
        if args.action == "clear":
            try:
                print(f"removed {clear(root)} cached articles from {root}")
            except NotACacheError as e:
                print(f"error: {e}", file=sys.stderr)
                return 2
        else:
            n = sum(1 for _ in root.rglob("*.json.gz")) if root.exists() else 0
            print(f"{root}: {n} cached articles")
        return 0
    if args.command == "batch":
        return _batch(args)
    code, message, failed = _run(args)
    if getattr(args, "result", None):
        write_json(Path(args.result), {"status": "ok" if code == 0 else "failed", "exit_code": code,
                                       "error": message, "failed_notebook": failed})
    if message:
        print(f"error: {message}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace) -> tuple[int, str, str | None]:
    """extract or report: (exit status, error message, the notebook that failed)."""
    try:
        values, given, inputs = run_values(args)
        ex_params = extract_params(values)
        from analysis.registry import RegistryError, load_registry
        from analysis.stance import ConceptError, load_concepts

        try:  # a malformed registry or concept dictionary: one line naming the file and the problem, no work done
            load_registry(ex_params.registry)
            load_concepts(ex_params.concepts)
        except (RegistryError, ConceptError) as e:
            raise UsageError(str(e)) from None
        if args.command == "report":
            from analysis.report.notebooks import NOTEBOOK_DIR, report_notebooks, validate_parameters

            nbs = report_notebooks(args.notebooks or NOTEBOOK_DIR)
            if not nbs:
                raise UsageError(f"no notebooks found in {args.notebooks or NOTEBOOK_DIR}")
            try:  # names the user set must be declared by a notebook (each gets the parameters it declares)
                validate_parameters({n: values[n] for n in given - {"input", "out"} if n not in BY_NAME}, nbs)
            except ValueError as e:
                raise UsageError(str(e)) from None
    except UsageError as e:
        return 2, str(e), None
    from analysis.extract import run_extract

    out = Path(values["out"])
    if args.command == "report":
        from analysis.report.notebooks import retire_report

        retire_report(out)  # before anything is written: a killed run never leaves the old report over new tables
    cache_dir = False if args.no_cache else (values["cache_dir"] or True)
    ex = run_extract(inputs, out, ex_params, progress=not args.quiet, cache_dir=cache_dir,
                     reuse=not args.no_cache, scheduler=values["dask"])
    s = ex.manifest["load"]
    c = ex.manifest.get("cache", {})
    if c.get("dir"):
        print(f"parsed {c.get('parsed', 0)} articles, {c.get('from_cache', 0)} from the cache")
    print(f"{s['articles_loaded']} articles loaded, {s['skipped']} skipped (see {out / 'load_report.csv'}); "
          f"{ex.manifest['n']['mentions']} mentions, {ex.manifest['n']['actors']} actors, "
          f"{ex.manifest['n']['edges']} edges → {out}")
    if not s["articles_loaded"]:
        return 2, f"no articles loaded from the inputs ({s['skipped']} skipped: see {out / 'load_report.csv'})", None
    if args.command == "extract":
        return 0, "", None
    if values.get("ego_actor"):  # checked against the run's actors before any notebook runs
        from analysis.report.views import default_actor

        try:
            default_actor(ex, values["ego_actor"])
        except ValueError as e:
            return 2, f"parameter ego_actor: {e}", None
    from analysis.report.notebooks import NotebookFailed, build_report, execute, folder_state, seal_report

    before = folder_state(out)
    try:  # the notebooks read the tables just written (extracted=True) instead of extracting again
        executed = execute(nbs, out, {**values, "extracted": True}, cwd=Path.cwd(), progress=not args.quiet)
    except NotebookFailed as e:
        return 1, str(e), e.notebook
    report = build_report(executed, out, show_code=args.show_code)
    seal_report(out, before, ex.manifest)  # last: it vouches for report.html and the files beside it
    print(f"report: {report.resolve()}")
    return 0, "", None
