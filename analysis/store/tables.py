"""Writing and reading the run's tables: Parquet (and CSV) in the output folder, written atomically."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

_UMASK = os.umask(0)
os.umask(_UMASK)


def _publish(tmp: str, target: Path) -> None:
    """Give the temporary file normal permissions, then rename it over the target."""
    os.chmod(tmp, 0o666 & ~_UMASK)
    os.replace(tmp, target)

TABLES = ("articles", "sentences", "mentions", "actors", "edges", "statements", "stance")


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.pid-{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        _publish(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file, read in 1 MB blocks (tables and cache parts are checked against recorded hashes)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _parquet_ready(df: pd.DataFrame) -> pd.DataFrame:
    return df.reset_index(drop=True)


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs a cell that starts so as a formula


def neutralize(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with ' (the OWASP rule for CSV files)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_LEADS) else value


def csv_ready(df: pd.DataFrame) -> pd.DataFrame:
    """The table as every CSV the tool writes holds it: lists (and arrays read back from Parquet) become JSON
    text, so a cell holds one value, and text cells that start like a formula (= + - @, tab, CR) are prefixed
    with ' so that opening the CSV in a spreadsheet runs nothing. Parquet files keep the exact text."""
    import numpy as np

    flat = df.copy()
    for c in flat.columns:
        col = flat[c]
        if col.dtype != object and not isinstance(col.dtype, pd.StringDtype):
            continue
        kind = pd.api.types.infer_dtype(col, skipna=True)  # one pass in C
        if kind in ("string", "empty"):  # text only: the formula check on the column at once
            lead = col.str[:1].isin(FORMULA_LEADS).fillna(False).astype(bool)
            if lead.any():
                col = col.astype(object)
                col[lead] = "'" + col[lead]
                flat[c] = col
            continue
        seq = col.map(lambda v: isinstance(v, (list, tuple, np.ndarray)))
        if seq.any():
            col = col.map(lambda v: json.dumps(list(v.tolist() if isinstance(v, np.ndarray) else v),
                                               ensure_ascii=False)
                          if isinstance(v, (list, tuple, np.ndarray)) else v)
        flat[c] = [neutralize(v) for v in col]
    return flat


def write_table(df: pd.DataFrame, out: str | Path, name: str, csv: bool = True) -> Path:
    """DIR/name.parquet (+ DIR/name.csv), each written atomically."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}.parquet"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.pid-{os.getpid()}.", suffix=".parquet.tmp", dir=out)
    os.close(fd)
    try:
        _parquet_ready(df).to_parquet(tmp, index=False)
        _publish(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if csv:
        atomic_write_text(out / f"{name}.csv", csv_ready(df).to_csv(index=False))
    return target


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


LEFTOVER = re.compile(r"^\..*\.pid-(\d+)\.")  # hidden temporary names carry their writer's pid


def clean_leftovers(out: str | Path, min_age_s: float = 0.0) -> list[str]:
    """Remove temporary files and staging folders left by runs that were killed (their process is gone)."""
    out = Path(out)
    removed = []
    if not out.is_dir():
        return removed
    for p in out.iterdir():
        m = LEFTOVER.match(p.name)
        if not m or _pid_alive(int(m.group(1))) or time.time() - p.lstat().st_mtime < min_age_s:
            continue
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        removed.append(p.name)
    return sorted(removed)


def publish_folder(stage: Path, out: Path, last: str) -> None:
    """Move every file of ``stage`` into ``out`` by renames, ``last`` (the manifest) at the end.

    The old ``last`` is removed first: a run killed while publishing leaves whole files and no manifest
    vouching for a mix of old and new tables, so the next run extracts again instead of trusting them.
    """
    (out / last).unlink(missing_ok=True)
    for f in sorted(stage.iterdir()):
        if f.name != last:
            os.replace(f, out / f.name)
    os.replace(stage / last, out / last)


def staging_folder(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".staging.pid-{os.getpid()}.", dir=out))


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(Path(out) / f"{name}.parquet")


def write_json(path: str | Path, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n")


def duckdb_connection(out: str | Path):
    """An in-memory DuckDB connection with one view per Parquet table of the run folder."""
    import duckdb

    con = duckdb.connect()
    for p in sorted(Path(out).glob("*.parquet")):
        path = str(p).replace("'", "''")
        con.execute(f'CREATE VIEW "{p.stem}" AS SELECT * FROM read_parquet(\'{path}\')')
    return con
