"""Parameterized batch runs: ``python -m analysis batch BATCH.yaml --out DIR [--jobs N] [--force]``.

BATCH.yaml (see README)::

    input: seeds                 # default input of every run (a path, glob or list)
    params: {top_n: 20}          # parameters shared by every run
    runs:                        # explicit runs ...
      - {name: by-sentence, params: {window: sentence}}
      - {name: by-article, params: {window: article}}
    grid:                        # ... and/or every combination of these lists
      window: [sentence, paragraph]
      min_count: [1, 2]

Each run is ``python -m analysis report`` into ``DIR/<name>/`` in its own process (a crash stays in its run),
up to ``--jobs`` at a time. ``DIR/index.html`` links every report with its parameters and status; a failed
run's row shows the error and links the executed notebook that failed. A run whose inputs (content hashes),
parameters, notebooks and code did not change since its last success is skipped (``--force`` re-runs).
"""
from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis.config import ParameterError, check
from analysis.store import atomic_write_text, write_json
from analysis.store.yamlsafe import load_yaml

STATE = "batch_run.json"
NAME_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9._=,+-]{0,100}")  # the whole name (fullmatch: "ok\n" is refused)


class BatchError(ValueError):
    """The batch file is malformed; the message names the file and the problem."""


@dataclass
class Run:
    name: str
    inputs: list[str]
    params: dict[str, Any]
    status: str = "pending"  # pending, ok, skipped (unchanged), failed
    error: str = ""
    seconds: float = 0.0
    failed_notebook: str = ""
    key: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _slug(params: dict[str, Any]) -> str:
    parts = [f"{k}={'+'.join(map(str, v)) if isinstance(v, list) else v}" for k, v in params.items()]
    return re.sub(r"[^A-Za-z0-9._=,+-]", "_", ",".join(parts))[:100] or "run"


def parse_batch(path: str | Path) -> tuple[list[Run], dict[str, Any]]:
    """Read BATCH.yaml into runs (explicit ones, then the grid's combinations in order)."""
    path = Path(path)
    try:
        spec = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise BatchError(f"{path}: cannot read: {e.strerror or e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise BatchError(f"{path}:{where} not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(spec, dict):
        raise BatchError(f"{path}: expected a mapping with input, params, runs and/or grid")
    unknown = sorted(set(spec) - {"input", "params", "runs", "grid", "notebooks", "show_code"})
    if unknown:
        raise BatchError(f"{path}: unknown key(s) {', '.join(unknown)} (use input, params, runs, grid, notebooks)")
    base = spec.get("params") or {}
    if not isinstance(base, dict):
        raise BatchError(f"{path}: params must be a mapping of parameter names to values")

    def inputs_of(v: Any, where: str) -> list[str]:
        if isinstance(v, str) and v:
            v = [v]
        if not (isinstance(v, list) and v and all(isinstance(x, str) and x for x in v)):
            raise BatchError(f"{path}: {where}: input must be a path or a list of paths")
        # a relative path is taken next to the batch file when it exists there, else from the working folder
        return [str(path.parent / x) if not Path(x).is_absolute() and (path.parent / x).exists() else x for x in v]

    default_input = spec.get("input")
    runs: list[Run] = []
    for i, r in enumerate(spec.get("runs") or []):
        if not isinstance(r, dict) or not isinstance(r.get("params", {}), dict):
            raise BatchError(f"{path}: runs[{i}] must be a mapping with name, params and optional input")
        params = {**base, **(r.get("params") or {})}
        name = str(r.get("name") or _slug(r.get("params") or {}))
        inp = r.get("input", default_input)
        if inp is None:
            raise BatchError(f"{path}: runs[{i}] ({name}) has no input and the batch has no default input")
        runs.append(Run(name, inputs_of(inp, f"runs[{i}]"), params))
    grid = spec.get("grid") or {}
    if grid:
        if not isinstance(grid, dict) or not all(isinstance(v, list) and v for v in grid.values()):
            raise BatchError(f"{path}: grid must map parameter names to non-empty lists of values")
        if default_input is None:
            raise BatchError(f"{path}: a grid needs a top-level input")
        keys = list(grid)
        for combo in itertools.product(*(grid[k] for k in keys)):
            p = dict(zip(keys, combo))
            runs.append(Run(_slug(p), inputs_of(default_input, "input"), {**base, **p}))
    if not runs:
        raise BatchError(f"{path}: no runs (give runs: or grid:)")
    seen: set[str] = set()
    for r in runs:
        if not NAME_OK.fullmatch(r.name):
            raise BatchError(f"{path}: run name {r.name!r} must be letters, digits and . _ = , + - only")
        if r.name in seen or r.name in ("index.html",):
            raise BatchError(f"{path}: run name {r.name!r} is used twice")
        seen.add(r.name)
    return runs, spec


def _files(inputs: list[str]) -> list[Path]:
    import glob

    out: list[Path] = []
    for i in inputs:
        for m in sorted(glob.glob(i)) if glob.has_magic(i) else [i]:
            p = Path(m)
            out += sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p] if p.is_file() else []
    return out


def run_key(run: Run, notebooks: list[Path]) -> str:
    """Hash of the run's input files' contents, its parameters, the notebooks and the package code."""
    from analysis.extract import code_fingerprint

    h = hashlib.sha256()
    h.update(json.dumps({"params": run.params, "inputs": run.inputs}, sort_keys=True, default=str).encode())
    h.update(code_fingerprint().encode())
    for p in list(notebooks) + _files(run.inputs):
        h.update(str(p).encode())
        try:
            with open(p, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()[:24]


def _execute(run: Run, out: Path, notebooks: str | None, show_code: bool, cache_dir: str | None) -> Run:
    """One run: ``python -m analysis report --config`` in a process of its own, which writes its outcome to a
    result file (status, error, the notebook that failed) that this reads back."""
    d = out / run.name
    d.mkdir(parents=True, exist_ok=True)
    config, result = d / ".run_config.json", d / ".run_result.json"
    write_json(config, {"input": run.inputs, **run.params})
    result.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "analysis", "report", "--config", str(config), "--out", str(d), "--quiet",
           "--result", str(result)]
    if notebooks:
        cmd += ["--notebooks", notebooks]
    if show_code:
        cmd.append("--show-code")
    if cache_dir:
        cmd += ["--cache-dir", cache_dir]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    run.seconds = round(time.perf_counter() - t0, 1)
    try:
        outcome = json.loads(result.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # the process died before it could say why
        outcome = {"status": "failed", "error": "\n".join(p.stderr.strip().splitlines()[-5:])
                   or f"exit status {p.returncode}", "failed_notebook": None}
    if p.returncode == 0 and outcome.get("status") == "ok" and (d / "report.html").exists():
        run.status, run.error = "ok", ""
    else:
        run.status = "failed"
        run.error = outcome.get("error") or f"exit status {p.returncode}"
        nb = outcome.get("failed_notebook")
        if nb and (d / "notebooks" / nb).exists():
            run.failed_notebook = f"{run.name}/notebooks/{nb}"
    write_json(d / STATE, {"key": run.key, "status": run.status, "error": run.error, "seconds": run.seconds,
                           "params": run.params, "inputs": run.inputs})
    return run


def run_batch(batch_file: str | Path, out: str | Path, jobs: int = 1, force: bool = False, progress: bool = True,
              cache_dir: str | None = None) -> list[Run]:
    """Validate every run, then execute the changed ones in parallel and write DIR/index.html."""
    from .notebooks import NOTEBOOK_DIR, notebook_parameters, report_notebooks

    runs, spec = parse_batch(batch_file)
    nb_dir = spec.get("notebooks")
    if nb_dir and not Path(nb_dir).is_absolute():
        nb_dir = str((Path(batch_file).parent / nb_dir).resolve())
    nbs = report_notebooks(nb_dir or NOTEBOOK_DIR)
    if not nbs:
        raise BatchError(f"{batch_file}: no notebooks in {nb_dir or NOTEBOOK_DIR}")
    known: set[str] = set()
    for nb in nbs:
        known |= set(notebook_parameters(nb))
    for r in runs:  # everything is checked before any run starts
        try:
            check(r.params, known - {"input", "out", "extracted"})
        except ParameterError as e:
            raise BatchError(f"{batch_file}: run {r.name}: {e}") from None
        missing = [i for i in r.inputs if not _files([i]) and not Path(i).exists()]
        if missing:
            raise BatchError(f"{batch_file}: run {r.name}: input not found: {', '.join(missing)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    todo = []
    for r in runs:
        r.key = run_key(r, nbs)
        try:
            prev = json.loads((out / r.name / STATE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            prev = {}
        if not force and prev.get("key") == r.key and prev.get("status") == "ok" and (out / r.name / "report.html").exists():
            r.status, r.seconds = "skipped", 0.0
            r.extra["previous_seconds"] = prev.get("seconds")
        else:
            todo.append(r)
    write_index(runs, out, spec)
    from tqdm.auto import tqdm

    bar = tqdm(total=len(todo), desc="batch runs", unit="run", disable=not progress or not todo)
    with ThreadPoolExecutor(max_workers=max(1, int(jobs))) as pool:
        futures = {pool.submit(_execute, r, out, nb_dir, bool(spec.get("show_code")), cache_dir): r for r in todo}
        for f in as_completed(futures):
            r = f.result()
            bar.set_postfix_str(f"{r.name}: {r.status}")
            bar.update(1)
            write_index(runs, out, spec)  # the index is current while the batch runs
    bar.close()
    write_index(runs, out, spec)
    return runs


def write_index(runs: list[Run], out: Path, spec: dict[str, Any]) -> Path:
    """DIR/index.html: one row per run with its link, parameters, status, time and error (all escaped)."""
    e = html.escape
    rows = []
    for r in runs:
        link = (f'<a href="{e(r.name)}/report.html">{e(r.name)}</a>'
                if r.status in ("ok", "skipped") else e(r.name))
        params = "<br>".join(f"<code>{e(k)}</code> = {e(json.dumps(v, ensure_ascii=False))}"
                             for k, v in sorted(r.params.items()))
        err = e(r.error)
        if r.failed_notebook:
            err += f' — <a href="{e(r.failed_notebook)}">executed notebook</a>'
        status = {"skipped": "unchanged (skipped)"}.get(r.status, r.status)
        rows.append(f'<tr class="{e(r.status)}"><td>{link}</td><td>{e(", ".join(r.inputs))}</td><td>{params}</td>'
                    f'<td>{e(status)}</td><td>{r.seconds:g}</td><td>{err}</td></tr>')
    n_ok = sum(r.status in ("ok", "skipped") for r in runs)
    n_failed = sum(r.status == "failed" for r in runs)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Batch runs</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;
padding:4px 8px;vertical-align:top;text-align:left}}tr.failed{{background:#fde0e0}}tr.pending{{color:#888}}
code{{font-size:90%}}</style></head><body>
<h1>Batch runs</h1>
<p>{len(runs)} runs: {n_ok} with a report, {n_failed} failed, {len(runs) - n_ok - n_failed} pending.</p>
<table><thead><tr><th>run</th><th>input</th><th>parameters</th><th>status</th><th>seconds</th><th>error</th></tr>
</thead><tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    target = out / "index.html"
    atomic_write_text(target, page)
    return target
