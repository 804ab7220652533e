"""The notebooks' parameters: names, types and allowed values, checked before any work starts.

``report`` and ``batch`` call :func:`check` so that a typo (``windw``) or a bad value (``top_n: many``)
fails at once with a message naming the parameter, instead of in a notebook cell minutes later.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from .actors import ENTITY_TYPES, ROLLUPS
from .cooccurrence import WINDOWS


class ParameterError(ValueError):
    """A notebook parameter is unknown or has a bad value; the message names it."""


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


def _choice(*options: str) -> Callable[[Any], str | None]:
    return lambda v: None if v in options else f"one of {', '.join(options)}"


def _entity_types(v: Any) -> str | None:
    ok = isinstance(v, list) and v and all(x in ENTITY_TYPES for x in v)
    return None if ok else f"a non-empty list drawn from {', '.join(ENTITY_TYPES)}"


def _registry(v: Any) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str) or not v:
        return "None or the path of a registry YAML file"
    return None if Path(v).is_file() else f"an existing registry file (not found: {v})"


def _scheduler(v: Any) -> str | None:
    if v is None or v == "local" or (isinstance(v, str) and v.startswith("tcp://")):
        return None
    return "None, 'local' or a 'tcp://HOST:PORT' address"


def _formats(v: Any) -> str | None:
    ok = isinstance(v, list) and all(x in ("png", "svg", "pdf") for x in v)
    return None if ok else "a list drawn from png, svg, pdf (may be empty)"


SPEC: dict[str, Callable[[Any], str | None]] = {
    "input": _inputs,
    "out": _str,
    "model": _str,
    "registry": _registry,
    "entity_types": _entity_types,
    "window": _choice(*WINDOWS),
    "min_count": _pos_int,
    "n_process": lambda v: None if v is None else _pos_int(v),
    "batch_size": _pos_int,
    "cache_dir": _opt_str,
    "top_n": _pos_int,
    "rollup": _choice(*ROLLUPS),
    "dask": _scheduler,
    "color_by": _choice("actor_type", "country"),
    "ego_actor": _opt_str,
    "image_formats": _formats,
    "edge_weight": _choice("n_windows", "npmi", "pmi", "jaccard"),
    "min_weight": lambda v: None if isinstance(v, (int, float)) and not isinstance(v, bool) else "a number",
    "timeline_freq": _choice("D", "W", "M"),
}


def check(params: dict[str, Any], known: set[str] | None = None) -> None:
    """Raise ParameterError listing every unknown name and every bad value in ``params``."""
    names = set(SPEC) if known is None else known
    problems = []
    unknown = sorted(set(params) - names)
    if unknown:
        problems.append(f"unknown parameter(s) {', '.join(unknown)} (known: {', '.join(sorted(names))})")
    for name in sorted(set(params) & set(SPEC)):
        want = SPEC[name](params[name])
        if want:
            problems.append(f"parameter {name} must be {want}, got {params[name]!r}")
    if problems:
        raise ParameterError("; ".join(problems))


def check_values(params: dict[str, Any]) -> None:
    """Check the values of the parameters we know, whoever declares them."""
    check(params, known=set(params))
