"""The parameters of an extraction, the run folder it writes, and the code fingerprint that keys its caches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from analysis.store import read_table
from analysis.vocab import TABLE_NAMES


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


def read_extracted(out: str | Path) -> Extracted:
    """The run in ``out`` (tables load when first used)."""
    import json

    out = Path(out)
    manifest = json.loads((out / "extract_manifest.json").read_text(encoding="utf-8"))
    return Extracted(manifest, out)


DERIVE_CODE = ("vocab.py", "config.py", "actors", "extract", "ml", "nlp", "registry", "stance", "statements",
               "store/cache.py", "store/yamlsafe.py")  # the code (files, or packages under analysis/) that shapes the cached per-article rows


def code_fingerprint(modules: tuple[str, ...] | None = None) -> str:
    """Hash of the package's code (or of ``modules``: files or subpackages under analysis/) and data files: a changed
    rule or model invalidates earlier outputs. The parse cache uses only the code that derives its rows, so editing
    a chart or a view does not throw the cache away."""
    import hashlib

    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parents[1]
    if modules is None:
        code = sorted(pkg.rglob("*.py"))
    else:
        code = sorted({f for m in modules for f in ((pkg / m).rglob("*.py") if (pkg / m).is_dir() else [pkg / m])})
    for p in code + sorted((pkg / "data").glob("*")):
        h.update(p.relative_to(pkg).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]
