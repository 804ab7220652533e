"""Run the notebooks with papermill and assemble one self-contained HTML report.

The executed notebooks are kept in ``DIR/notebooks/`` (for debugging a failed cell); ``DIR/report.html``
joins their outputs, with plotly.js inlined once, code hidden unless ``show_code`` is set, and a table
of contents built from the notebooks' headings.
"""
from __future__ import annotations

import copy
import html
import json
import logging
import os
import re
import shutil
from pathlib import Path
from typing import Any, Sequence

import nbformat

from analysis.config import check
from analysis.store import atomic_write_text, clean_leftovers, file_sha256, write_json

log = logging.getLogger(__name__)

NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
REPORT_GLOB = "[0-9][0-9]_*.ipynb"
EXCLUDED = {"10_explore.ipynb"}  # interactive, needs a live kernel


class NotebookFailed(RuntimeError):
    """A notebook raised: the message names the notebook and the cell's error; ``notebook`` is its file name."""

    def __init__(self, message: str, notebook: str | None = None):
        super().__init__(message)
        self.notebook = notebook


def report_notebooks(nb_dir: str | Path = NOTEBOOK_DIR) -> list[Path]:
    return [p for p in sorted(Path(nb_dir).glob(REPORT_GLOB)) if p.name not in EXCLUDED]


def notebook_parameters(nb_path: str | Path) -> dict[str, Any]:
    """Parameter names and defaults declared in a notebook's `parameters` cell."""
    import papermill

    return {k: v.get("default") for k, v in papermill.inspect_notebook(str(nb_path)).items()}


def validate_parameters(params: dict[str, Any], notebooks: Sequence[Path]) -> None:
    """Unknown names (declared by none of the notebooks) and bad values raise ParameterError."""
    known: set[str] = set()
    for nb in notebooks:
        known |= set(notebook_parameters(nb))
    check(params, known)


def execute(notebooks: Sequence[Path], out: Path, params: dict[str, Any], cwd: str | Path | None = None,
            progress: bool = False) -> list[Path]:
    """Execute each notebook into DIR/notebooks/; raise NotebookFailed naming the notebook and error."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from .kernel_polling import install, kernel_manager_class

    install()  # a missed ZeroMQ wake-up must not leave a finished cell waiting forever
    done = []
    nb_out = out / "notebooks"
    nb_out.mkdir(parents=True, exist_ok=True)
    clean_leftovers(nb_out)
    for nb in notebooks:
        target = nb_out / nb.name
        running = nb_out / f".{nb.stem}.pid-{os.getpid()}.running.ipynb"  # papermill saves as it goes
        own = notebook_parameters(nb)
        try:
            papermill.execute_notebook(str(nb), str(running), parameters={k: v for k, v in params.items() if k in own},
                                       kernel_name="python3", progress_bar=progress, cwd=str(cwd) if cwd else None,
                                       log_output=False, kernel_manager_class=kernel_manager_class())
        except PapermillExecutionError as e:
            os.replace(running, target)
            raise NotebookFailed(f"notebook {nb.name} failed in cell {e.exec_count}: {e.ename}: {e.evalue} "
                                 f"(executed notebook kept at {target})", notebook=nb.name) from None
        os.replace(running, target)
        done.append(target)
    return done


PLOTLY_MARK = "window.PlotlyConfig"
ITABLES_MARK = "function injectCSS(base64CSS)"  # itables' offline bundle
ONCE_MARKS = (PLOTLY_MARK, ITABLES_MARK)
REMOTE_SCRIPT = re.compile(r'<script[^>]*\bsrc="https?://[^"]*"[^>]*>\s*</script>', re.I)


PLOTLY_MIME = "application/vnd.plotly.v1+json"


def chart_html(fig: dict, first: bool) -> str:
    """A chart saved as plotly's mimetype, as HTML for the report: a div and its Plotly.newPlot call; the first
    chart of the page also carries plotly.js (inline: the report works offline) and MathJax stays off (a CDN)."""
    import plotly.io as pio

    return pio.to_html(fig, include_plotlyjs=True if first else False, full_html=False, include_mathjax=False,
                       config={"responsive": True, "typesetMath": False}, validate=False)


def merge(executed: Sequence[Path], title: str) -> nbformat.NotebookNode:
    """One notebook holding every executed notebook's cells; plotly.js and itables kept once (the first copy).
    Charts saved as plotly's mimetype become HTML (``chart_html``)."""
    merged = nbformat.v4.new_notebook()
    merged.metadata = copy.deepcopy(nbformat.read(str(executed[0]), as_version=4).metadata) if executed else {}
    merged.metadata["title"] = title
    seen: set[str] = set()
    for p in executed:
        nb = nbformat.read(str(p), as_version=4)
        for cell in nb.cells:
            if "parameters" in cell.metadata.get("tags", []) or "injected-parameters" in cell.metadata.get("tags", []):
                cell.metadata.setdefault("tags", [])
            if cell.cell_type == "code":
                outs = []
                for o in cell.get("outputs", []):
                    data = o.get("data", {}) if o.get("output_type") in ("display_data", "execute_result") else {}
                    if PLOTLY_MIME in data:
                        first = PLOTLY_MARK not in seen
                        data["text/html"] = chart_html(data.pop(PLOTLY_MIME), first)
                        data.pop("text/plain", None)
                        seen.add(PLOTLY_MARK)
                        outs.append(o)
                        continue
                    h = data.get("text/html", "")
                    mark = next((m for m in ONCE_MARKS if m in h), None)
                    if mark:  # each notebook loads the same library; the page needs it once
                        if mark in seen:
                            continue
                        seen.add(mark)
                    outs.append(o)
                cell.outputs = outs
            merged.cells.append(cell)
    return merged


def _toc(nb: nbformat.NotebookNode) -> str:
    items = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for m in re.finditer(r"^(#{1,2})\s+(.+)$", cell.source, re.M):
            text = m.group(2).strip()
            anchor = re.sub(r"\s+", "-", text)
            indent = "    " * (len(m.group(1)) - 1)
            items.append(f"{indent}- [{text}](#{anchor})")
    return "## Contents\n\n" + "\n".join(items) if items else ""


UUID = re.compile(r"(?<![0-9a-f])[0-9a-f]{8}([-_])[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{12}(?![0-9a-f])")


def _stable_ids(page: str) -> str:
    """Plotly and itables name each chart's or table's element with a random UUID; number them in page order."""
    seen: dict[str, str] = {}
    return UUID.sub(lambda m: seen.setdefault(m.group(0), f"plot-{len(seen) + 1:04d}"), page)


def render_html(nb: nbformat.NotebookNode, show_code: bool = False) -> str:
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    toc = _toc(nb)
    if toc:  # after the first notebook (the title, the corpus and the findings), before the sections
        titles = [i for i, c in enumerate(nb.cells) if c.cell_type == "markdown" and c.source.startswith("# ")]
        nb.cells.insert(titles[1] if len(titles) > 1 else 0, nbformat.v4.new_markdown_cell(toc))
    exporter = HTMLExporter(template_name="lab", exclude_input=not show_code, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    for i, cell in enumerate(nb.cells):  # stable ids: the same run gives the same page
        cell["id"] = f"cell-{i:04d}"
    body, _ = exporter.from_notebook_node(nb)
    body = _stable_ids(body)
    # the report must work offline and never fetch code: drop CDN scripts (require.js, MathJax — which
    # would also typeset "$...$" in article text as LaTeX)
    body = REMOTE_SCRIPT.sub("", body)
    return body


def build_report(executed: Sequence[Path], out: Path, title: str = "News actor report", show_code: bool = False) -> Path:
    page = render_html(merge(executed, title), show_code=show_code)
    page = re.sub(r"<title>.*?</title>", f"<title>{html.escape(title)}</title>", page, count=1, flags=re.S)
    target = out / "report.html"
    atomic_write_text(target, page)
    return target


def notebook_html(notebook: str | Path, target: str | Path) -> Path:
    """One executed notebook as a page of its own, drawn as in the report (charts from their saved mimetype,
    plotly.js inline once): for handing on a single section."""
    nb = Path(notebook)
    page = render_html(merge([nb], nb.stem))
    target = Path(target)
    atomic_write_text(target, page)
    return target


REPORT_MANIFEST = "report_manifest.json"


def folder_state(out: Path) -> dict[str, float]:
    """Every file under ``out`` (relative path → modification time), to tell what a report run wrote."""
    if not out.is_dir():
        return {}
    return {p.relative_to(out).as_posix(): p.stat().st_mtime for p in out.rglob("*")
            if p.is_file() and not p.name.startswith(".")}


def retire_report(out: Path) -> list[str]:
    """Remove the previous report before a new run starts: its manifest first, then report.html and every file
    the manifest says that run wrote (exports, figures, executed notebooks). A run killed later leaves no
    report.html beside the new tables, so a folder never shows one run's report over another run's tables."""
    manifest = out / REPORT_MANIFEST
    try:
        files = list(json.loads(manifest.read_text(encoding="utf-8")).get("files", {}))
    except (OSError, ValueError, AttributeError):
        files = ["notebooks"] if (out / "report.html").exists() else []  # a report from before manifests
    manifest.unlink(missing_ok=True)
    removed = []
    for rel in ["report.html", *files]:
        p = (out / rel).resolve()
        if out.resolve() not in p.parents or not (p.exists() or p.is_symlink()):
            continue  # never outside the run folder
        shutil.rmtree(p) if p.is_dir() and not p.is_symlink() else p.unlink()
        removed.append(rel)
    return removed


def seal_report(out: Path, before: dict[str, float], extract_manifest: dict[str, Any]) -> Path:
    """Write the report manifest last: the files this run wrote (with SHA-256) and the extraction it shows."""
    now = folder_state(out)
    written = sorted(rel for rel, t in now.items()
                     if (rel not in before or before[rel] != t) and rel != REPORT_MANIFEST)
    files = {rel: file_sha256(out / rel) for rel in written}
    target = out / REPORT_MANIFEST
    write_json(target, {"files": files, "extract_created_utc": extract_manifest.get("created_utc"),
                        "extract_code": extract_manifest.get("code"), "inputs": extract_manifest.get("inputs")})
    return target
