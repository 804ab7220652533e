"""One run configuration: every parameter's name, default, allowed values and help, declared once.

The command line's options, the notebooks' ``parameters`` cell (``scripts/make_notebooks.py``), the checks that
``report`` and ``batch`` make before any work, and the extract stage's :class:`ExtractParams` are all derived from
:data:`PARAMS`, so a parameter cannot mean one thing on the command line and another in a notebook.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from analysis.vocab import DEFAULT_MODEL, ENTITY_TYPES, ROLLUPS, WINDOWS


class ParameterError(ValueError):
    """A parameter is unknown or has a bad value; the message names it."""


def _str(v: Any) -> str | None:
    return None if isinstance(v, str) and v.strip() else "a non-empty string"


def _opt_str(v: Any) -> str | None:
    return None if v is None else _str(v)


def _inputs(v: Any) -> str | None:
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, list) and v and all(isinstance(x, str) and x for x in v):
        return None
    return "a path or glob, or a non-empty list of them"


def _pos_int(v: Any) -> str | None:
    return None if isinstance(v, int) and not isinstance(v, bool) and v >= 1 else "an integer ≥ 1"


def _opt_pos_int(v: Any) -> str | None:
    return None if v is None else _pos_int(v)


def _choice(*options: str) -> Callable[[Any], str | None]:
    return lambda v: None if v in options else f"one of {', '.join(options)}"


def _entity_types(v: Any) -> str | None:
    ok = isinstance(v, list) and v and all(x in ENTITY_TYPES for x in v)
    return None if ok else f"a non-empty list drawn from {', '.join(ENTITY_TYPES)}"


def _yaml_file(what: str) -> Callable[[Any], str | None]:
    """The check of a parameter naming one of your YAML files (None: none)."""
    def check(v: Any) -> str | None:
        if v is None:
            return None
        if not isinstance(v, str) or not v:
            return f"None or the path of a {what} YAML file"
        return None if Path(v).is_file() else f"an existing {what} file (not found: {v})"
    return check


_concepts, _registry = _yaml_file("concept dictionary"), _yaml_file("registry")


def _scheduler(v: Any) -> str | None:
    if v is None or v == "local" or (isinstance(v, str) and v.startswith(("tcp://", "tls://"))):
        return None
    return "None, 'local' or a 'tls://HOST:PORT' (or 'tcp://HOST:PORT') address"


def _formats(v: Any) -> str | None:
    ok = isinstance(v, list) and all(x in ("png", "svg", "pdf") for x in v)
    return None if ok else "a list drawn from png, svg, pdf (may be empty)"


def _number(v: Any) -> str | None:
    return None if isinstance(v, (int, float)) and not isinstance(v, bool) else "a number"


@dataclass(frozen=True)
class Param:
    """A run parameter. ``stage``: ``run`` (where from, where to), ``extract`` (shapes the tables) or ``report``
    (how the notebooks show them). ``option``: its command-line option, if it has one."""

    name: str
    default: Any
    help: str
    check: Callable[[Any], str | None]
    stage: str = "report"
    option: str | None = None
    choices: tuple[str, ...] | None = None

    def default_value(self) -> Any:
        return list(self.default) if isinstance(self.default, (list, tuple)) else self.default


PARAMS: tuple[Param, ...] = (
    Param("input", "seeds", "a file, folder or glob, or a list of them", _inputs, "run"),
    Param("out", "outputs/seeds", "where the tables and the report go", _str, "run"),
    Param("model", DEFAULT_MODEL, "spaCy model", _str, "extract", "--model"),
    Param("registry", None, "your actor registry YAML (adds to the default one)", _registry, "extract",
          "--registry"),
    Param("concepts", None, "your concept dictionary YAML: labels for statement concepts (a report writes "
          "concepts_stub.yaml to start from)", _concepts, "extract", "--concepts"),
    Param("entity_types", list(ENTITY_TYPES), "spaCy labels that make mentions", _entity_types, "extract",
          "--entity-types", ENTITY_TYPES),
    Param("window", "sentence", "co-occurrence window: sentence, paragraph or article", _choice(*WINDOWS),
          "extract", "--window", WINDOWS),
    Param("min_count", 1, "minimum windows for a co-occurrence edge", _pos_int, "extract", "--min-count"),
    Param("n_process", None, "processes that parse and extract (None: every core)", _opt_pos_int, "extract",
          "--n-process"),
    Param("batch_size", 50, "texts per spaCy batch", _pos_int, "extract", "--batch-size"),
    Param("short_pages", "note", "HTML pages with under 500 characters of main text (paywall stubs, cookie walls): "
          "note (load them, with a note in the load report) or skip", _choice("note", "skip"), "extract",
          "--short-pages", ("note", "skip")),
    Param("dask", None, '"local" or "tls://HOST:PORT": parse on a Dask cluster', _scheduler, "run",
          "--scheduler"),
    Param("cache_dir", None, "per-article parse cache (None: $NEWS_WORKBOOK_CACHE or ~/.cache/news-actor-workbook)",
          _opt_str, "run", "--cache-dir"),
    Param("top_n", 30, "actors shown in tables and charts", _pos_int),
    Param("rollup", "actor", "count by actor, organization (a person's affiliation) or country", _choice(*ROLLUPS),
          choices=ROLLUPS),
    Param("network_nodes", 40, "nodes drawn in each network chart (the most mentioned or most active)", _pos_int),
    Param("color_by", "community", "network node colour: community, actor_type or country",
          _choice("community", "actor_type", "country"), choices=("community", "actor_type", "country")),
    Param("edge_weight", "n_windows", "network edge weight: n_windows, npmi, pmi or jaccard",
          _choice("n_windows", "npmi", "pmi", "jaccard"), choices=("n_windows", "npmi", "pmi", "jaccard")),
    Param("min_weight", 0, "leave out network edges weaker than this", _number),
    Param("timeline_freq", "M", "actors over time per D (day), W (week) or M (month)", _choice("D", "W", "M"),
          choices=("D", "W", "M")),
    Param("period", "auto", "time slices of the networks: month, quarter, year, or auto (at most 6 slices)",
          _choice("auto", "month", "quarter", "year"), choices=("auto", "month", "quarter", "year")),
    Param("ego_actor", None, "actor (id or name) for the ego network; None: the most mentioned", _opt_str),
    Param("image_formats", [], 'also write each chart as DIR/figures/<name>.<fmt>: ["png", "svg"]', _formats),
)
BY_NAME: dict[str, Param] = {p.name: p for p in PARAMS}
EXTRACT_NAMES = tuple(p.name for p in PARAMS if p.stage == "extract")


def check(params: Mapping[str, Any], known: set[str] | None = None) -> None:
    """Raise ParameterError listing every unknown name and every bad value in ``params``."""
    names = set(BY_NAME) if known is None else known
    problems = []
    unknown = sorted(set(params) - names)
    if unknown:
        problems.append(f"unknown parameter(s) {', '.join(unknown)} (known: {', '.join(sorted(names))})")
    for name in sorted(set(params) & set(BY_NAME)):
        want = BY_NAME[name].check(params[name])
        if want:
            problems.append(f"parameter {name} must be {want}, got {params[name]!r}")
    if problems:
        raise ParameterError("; ".join(problems))


def check_values(params: Mapping[str, Any]) -> None:
    """Check the values of the parameters we know, whoever declares them."""
    check(params, known=set(params))


def defaults() -> dict[str, Any]:
    return {p.name: p.default_value() for p in PARAMS}


def _field(name: str) -> Any:
    """A dataclass field whose default comes from PARAMS."""
    return field(default_factory=BY_NAME[name].default_value)


@dataclass
class ExtractParams:
    """Parameters of the extract stage: the PARAMS of stage "extract" (names checked equal by a test), with their
    defaults and checks; ``n_process=None`` means every core."""

    model: str = _field("model")
    registry: str | None = _field("registry")
    concepts: str | None = _field("concepts")
    entity_types: list[str] = _field("entity_types")
    window: str = _field("window")
    min_count: int = _field("min_count")
    n_process: int = _field("n_process")
    batch_size: int = _field("batch_size")
    short_pages: str = _field("short_pages")

    def __post_init__(self) -> None:
        if self.n_process is None:
            self.n_process = os.cpu_count() or 1  # every core

    def validate(self) -> None:
        """Raise ValueError (a ParameterError) naming each bad value."""
        check_values(asdict(self))


def extract_params(values: Mapping[str, Any]) -> ExtractParams:
    """The ExtractParams among ``values`` (a notebook's or a run's parameters), the rest left to defaults."""
    return ExtractParams(**{k: values[k] for k in EXTRACT_NAMES if k in values})


def notebook_cell() -> str:
    """The notebooks' ``parameters`` cell: one assignment per parameter, with its help as a comment."""
    lines = ["# Parameters (papermill overrides these; `python -m analysis report ... -p name value`)",
             "# relative paths are read from the project folder, wherever the notebook runs"]
    width = max(len(f"{p.name} = {p.default!r}") for p in PARAMS) + 2
    for p in PARAMS:
        lines.append(f"{p.name} = {p.default!r}".ljust(width) + f"# {p.help}")
    lines.append("extracted = False".ljust(width) + "# True when the command line has just written the tables")
    return "\n".join(lines)


def project_root() -> Path:
    """The folder relative paths in notebooks are read from: the checkout holding ``notebooks/``, else the cwd."""
    env = os.environ.get("NEWS_WORKBOOK_ROOT")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[1]
    return here if (here / "notebooks").is_dir() else Path.cwd()


def resolve(path: str) -> str:
    """``path`` as given if absolute or a glob from the root, else read from :func:`project_root`."""
    p = Path(path).expanduser()
    return str(p if p.is_absolute() else project_root() / p)
