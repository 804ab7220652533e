"""Load articles from files and folders into the `articles` table, accounting for every input.

Every file (and every record inside a JSON/JSONL/CSV file) ends up either as a row of the
articles table or as a row of the load report with the reason it was skipped. Nothing is
dropped silently, and one bad file never stops the run.

The headline is kept as the first paragraph of ``text`` (followed by a blank line) and also in
``title``; ``body_start`` is the offset where the body begins. All character offsets elsewhere in
the workbook index ``text``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import ftfy
import pandas as pd

from analysis.vocab import NO_BREAK_SPACES

from .discovery import discover
from .marks import normalize_quotes
from .webpage import SHORT_PAGE_CHARS, drop_popups, page_title, trim_trailer

log = logging.getLogger(__name__)

ARTICLE_COLUMNS = ["article_id", "title", "date", "source", "url", "text", "body_start", "path", "meta"]
REPORT_COLUMNS = ["path", "record", "article_id", "status", "reason", "encoding", "n_chars"]

# Field names accepted in JSON/CSV records, first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "uuid", "guid"),
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "article", "maintext", "story"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "datetime", "timestamp"),
    "source": ("source", "outlet", "publisher", "sitename", "site", "media"),
    "url": ("url", "link", "href", "source_url"),
}
MAX_FILE_BYTES = 200_000_000  # larger files are skipped with a reason rather than read into memory


@dataclass
class LoadResult:
    """Articles plus the per-file/per-record load report."""

    articles: pd.DataFrame
    report: pd.DataFrame
    n_files_seen: int = 0

    def summary(self) -> dict[str, Any]:
        st = self.report["status"].value_counts().to_dict() if len(self.report) else {}
        reasons = (self.report.loc[self.report.status == "skipped", "reason"].value_counts().to_dict()
                   if len(self.report) else {})
        return {"files_seen": self.n_files_seen, "articles_loaded": int(len(self.articles)),
                "records_loaded": int(st.get("loaded", 0)), "skipped": int(st.get("skipped", 0)),
                "skip_reasons": reasons}


@dataclass
class _Collector:
    rows: list[dict[str, Any]] = field(default_factory=list)
    report: list[dict[str, Any]] = field(default_factory=list)
    short_pages: str = "note"  # or "skip": what to do with a web page of under SHORT_PAGE_CHARS of main text

    def skip(self, path: str, reason: str, record: str = "", encoding: str = "") -> None:
        log.warning("skipped %s%s: %s", path, f" [{record}]" if record else "", reason)
        self.report.append({"path": path, "record": record, "article_id": None, "status": "skipped",
                            "reason": reason, "encoding": encoding, "n_chars": 0})


# ---------------------------------------------------------------- decoding

def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns (text, encoding) or raises ValueError.

    BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then UTF-16 without BOM (many NULs in
    alternating positions), then cp1252 and finally Latin-1. NUL bytes in anything else mean binary.
    """
    boms = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
            (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise ValueError(f"invalid {enc} text: {e}") from None
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = "", ""
    if enc and "\x00" not in text:
        return text, enc
    sample = data[:4096]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        for ratio, enc16 in ((odd_nul, "utf-16-le"), (even_nul, "utf-16-be")):
            if ratio > 0.3 and (even_nul if enc16 == "utf-16-le" else odd_nul) < 0.05:
                try:
                    return data.decode(enc16), enc16
                except UnicodeDecodeError:
                    pass
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes), not text")
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if ctrl > len(sample) * 0.05:
        raise ValueError("binary file (control bytes), not text")
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# the marks of UTF-8 read as cp1252 or Latin-1 ("TomÃ¡s", "Itâ€™s"): only texts with one go through ftfy
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€")


def normalize_text(text: str) -> str:
    """Unify newlines and strip control characters so offsets mean the same everywhere; no-break and thin spaces
    become spaces (the tokenizer made "\\xa0" a token of its own: "presidential nominee\\xa0Donald Trump" lost its
    title). Mojibake is repaired (``ftfy.fix_encoding``): "TomÃ¡s Regalado" was no name to the NER, and his
    surname went to a Honduran politician of the registry (13 of PolNeAR's 840 articles have some)."""
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(NO_BREAK_SPACES)
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    return text


# ---------------------------------------------------------------- records

def _pick(rec: dict[str, Any], key: str) -> Any:
    lower = {str(k).lower(): v for k, v in rec.items()}
    for alias in FIELD_ALIASES[key]:
        if alias in lower and lower[alias] not in (None, ""):
            return lower[alias]
    return None


def _as_text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from CSV
        return None
    if isinstance(value, (str, int, float)):
        return str(value)
    if name == "text" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)  # a list of paragraphs
    raise TypeError(f"field '{name}' is a {type(value).__name__}, expected text")


def normalize_date(value: Any) -> str | None:
    """ISO 8601 date (YYYY-MM-DD) or None when missing/unparseable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        ts = pd.to_datetime(str(value), utc=True, errors="raise", format="mixed")
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(ts):
        return None
    return ts.strftime("%Y-%m-%d")


def make_article(article_id: str, title: str | None, body: str, *, date: Any = None, source: Any = None,
                 url: Any = None, path: str = "", meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Build one articles row; the headline becomes the first paragraph of text."""
    title = normalize_quotes(normalize_text(title or "")).strip()
    title = re.sub(r"\s+", " ", title)
    body = normalize_quotes(normalize_text(body)).strip("\n ")
    if title and body.startswith(title):
        text, body_start = body, 0  # text already opens with its headline (as in PolNeAR)
        if body[len(title):len(title) + 2] in ("\n\n",) or len(body) == len(title):
            body_start = min(len(body), len(title) + 2)
    elif title:
        text = f"{title}\n\n{body}"
        body_start = len(title) + 2
    else:
        text, body_start = body, 0
    return {"article_id": article_id, "title": title or None, "date": normalize_date(date),
            "source": (str(source).strip() or None) if source is not None else None,
            "url": (str(url).strip() or None) if url is not None else None, "text": text,
            "body_start": body_start, "path": path,
            "meta": json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str) if meta else None}


TOO_DEEP = "JSON nested too deeply to read (more levels than Python's recursion limit)"


def _not_unicode(fields: dict[str, str | None]) -> str | None:
    """Why a field is no valid Unicode text (a lone surrogate such as JSON's "\\udfff" cannot be written as
    UTF-8), or None."""
    for name, value in fields.items():
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            return (f"field '{name}' is not valid Unicode: a lone surrogate U+{ord(value[e.start]):04X} at "
                    f"character {e.start}")
    return None


def _record_to_article(rec: Any, default_id: str, path: str, col: _Collector, record: str,
                       encoding: str) -> None:
    if not isinstance(rec, dict):
        col.skip(path, f"record is a {type(rec).__name__}, expected an object", record, encoding)
        return
    try:
        body = _as_text(_pick(rec, "text"), "text")
        title = _as_text(_pick(rec, "title"), "title")
        rid = _as_text(_pick(rec, "id"), "id")
        date = _as_text(_pick(rec, "date"), "date")
        source = _as_text(_pick(rec, "source"), "source")
        url = _as_text(_pick(rec, "url"), "url")
    except TypeError as e:
        col.skip(path, str(e), record, encoding)
        return
    used = {a for k in FIELD_ALIASES for a in FIELD_ALIASES[k]}
    meta = {k: v for k, v in rec.items() if str(k).lower() not in used}
    bad = _not_unicode({"text": body, "title": title, "id": rid, "date": date, "source": source, "url": url,
                        "other fields": json.dumps(meta, ensure_ascii=False, default=str) if meta else None})
    if bad:
        col.skip(path, bad, record, encoding)
        return
    if body is None or not body.strip():
        col.skip(path, "record has no text", record, encoding)
        return
    aid = rid.strip() if rid and rid.strip() else default_id
    row = make_article(aid, title, body, date=date, source=source, url=url, path=path, meta=meta)
    col.rows.append(row)
    col.report.append({"path": path, "record": record, "article_id": aid, "status": "loaded", "reason": "",
                       "encoding": encoding, "n_chars": len(row["text"])})


def _load_file(p: Path, root: Path, col: _Collector) -> None:
    path = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            col.skip(path, f"file too large ({size:,} bytes > {MAX_FILE_BYTES:,})")
            return
        data = p.read_bytes()
    except OSError as e:
        col.skip(path, f"cannot read file: {e.strerror or e}")
        return
    if not data.strip():
        col.skip(path, "empty file")
        return
    try:
        text, enc = decode(data)
    except ValueError as e:
        col.skip(path, str(e))
        return
    del data  # a large JSONL file should not sit in memory three times
    text = normalize_text(text)
    if not text.strip():
        col.skip(path, "file has only whitespace", encoding=enc)
        return
    rel = os.path.relpath(p, root) if root else p.name
    rel = rel.replace(os.sep, "/")
    suffix = p.suffix.lower()
    if suffix in (".txt", ".md"):
        lines = text.split("\n")
        i = next(k for k, line in enumerate(lines) if line.strip())
        title = lines[i].strip().lstrip("#").strip() if suffix == ".md" else lines[i].strip()
        body = "\n".join(lines[i + 1:])
        if not body.strip():
            col.skip(path, "file has a title line but no text", encoding=enc)
            return
        _record_to_article({"id": rel, "title": title, "text": body}, rel, path, col, "", enc)
    elif suffix in (".html", ".htm"):
        _load_html(text, rel, path, col, enc)
    elif suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            col.skip(path, f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}", encoding=enc)
            return
        except RecursionError:
            col.skip(path, TOO_DEEP, encoding=enc)
            return
        recs = obj if isinstance(obj, list) else [obj]
        for k, rec in enumerate(recs):
            rid = rel if not isinstance(obj, list) else f"{rel}#{k}"
            _record_to_article(rec, rid, path, col, "" if not isinstance(obj, list) else f"item {k}", enc)
    elif suffix in (".jsonl", ".ndjson"):
        for n, line in enumerate(_lines(text), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                col.skip(path, f"invalid JSON on line {n}: {e.msg}", f"line {n}", enc)
                continue
            except RecursionError:
                col.skip(path, f"line {n}: {TOO_DEEP}", f"line {n}", enc)
                continue
            _record_to_article(rec, f"{rel}#{n}", path, col, f"line {n}", enc)
    elif suffix == ".csv":
        _load_csv(text, rel, path, col, enc)


def _lines(text: str):
    """The lines of ``text``, one at a time (no list of every line of a big file)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def _load_csv(text: str, rel: str, path: str, col: _Collector, enc: str) -> None:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames:
            col.skip(path, "CSV has no header row", encoding=enc)
            return
        if not any(f and f.strip().lower() in FIELD_ALIASES["text"] for f in reader.fieldnames):
            col.skip(path, f"CSV has no text column (columns: {', '.join(map(str, reader.fieldnames))})",
                     encoding=enc)
            return
        for k, rec in enumerate(reader, start=2):
            if None in rec:  # more fields than headers
                col.skip(path, f"row at line {reader.line_num} has more fields than the header", f"row {k - 1}", enc)
                continue
            _record_to_article(dict(rec), f"{rel}#{k - 1}", path, col, f"row {k - 1}", enc)
    except csv.Error as e:
        col.skip(path, f"CSV error: {e}", encoding=enc)


def _load_html(html: str, rel: str, path: str, col: _Collector, enc: str) -> None:
    import trafilatura

    try:
        body = trafilatura.extract(drop_popups(html), include_comments=False, include_tables=False, favor_recall=True,
                                   deduplicate=False)
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # trafilatura raises a variety of lxml errors on broken markup
        col.skip(path, f"HTML could not be parsed: {type(e).__name__}: {e}", encoding=enc)
        return
    if not body or not body.strip():
        col.skip(path, "no main text found in HTML", encoding=enc)
        return
    # trafilatura separates paragraphs with single newlines; make them real paragraph breaks
    body = trim_trailer(re.sub(r"\n+", "\n\n", body))
    if len(body) < SHORT_PAGE_CHARS and col.short_pages == "skip":
        col.skip(path, f"short main text ({len(body)} characters): a paywall, cookie wall or teaser? Skipped "
                       "(short_pages = skip)", encoding=enc)
        return
    sitename = getattr(meta, "sitename", None) if meta else None
    rec = {"id": rel, "text": body,
           "title": page_title(html, getattr(meta, "title", None) if meta else None, sitename),
           "date": getattr(meta, "date", None) if meta else None,
           "source": getattr(meta, "sitename", None) if meta else None,
           "url": getattr(meta, "url", None) if meta else None}
    _record_to_article(rec, rel, path, col, "", enc)
    if len(body) < SHORT_PAGE_CHARS and col.report and col.report[-1]["status"] == "loaded":
        col.report[-1]["reason"] = (f"short main text ({len(body)} characters): a paywall, cookie wall or teaser? "
                                    "Loaded; check the page")


# ---------------------------------------------------------------- entry point

def load(inputs: Iterable[str | os.PathLike] | str | os.PathLike, progress: bool = False,
         short_pages: str = "note") -> LoadResult:
    """Load every input file; return the articles table and the load report. A web page with under
    ``SHORT_PAGE_CHARS`` of main text is loaded with a note, or skipped with ``short_pages="skip"``.

    Duplicate article ids are kept apart: the second and later get a ``~2``, ``~3`` suffix and the
    load report says so.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    files, problems = discover(inputs)
    col = _Collector(report=list(problems), short_pages=short_pages)
    it: Iterable[tuple[Path, Path]] = files
    if progress:
        from tqdm.auto import tqdm
        it = tqdm(files, desc="loading", unit="file", disable=len(files) < 50)
    for p, root in it:
        try:
            _load_file(p, root, col)
        except Exception as e:  # whatever a file does, the others load and the report says what happened
            log.warning("%s: %s: %s", p, type(e).__name__, e)
            col.skip(str(p), f"could not be read ({type(e).__name__}: {e}); records before the error are loaded")
    # duplicate ids: kept apart, reported
    seen: dict[str, int] = {}
    report_by_id = [r for r in col.report if r["status"] == "loaded"]
    for row, rep in zip(col.rows, report_by_id):
        aid = row["article_id"]
        if aid in seen:
            seen[aid] += 1
            new = f"{aid}~{seen[aid]}"
            while new in seen:
                seen[aid] += 1
                new = f"{aid}~{seen[aid]}"
            seen[new] = 1
            rep["reason"] = f"duplicate id '{aid}': renamed to '{new}'"
            row["article_id"] = rep["article_id"] = new
        else:
            seen[aid] = 1
    articles = pd.DataFrame(col.rows, columns=ARTICLE_COLUMNS)
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    articles["body_start"] = articles["body_start"].astype("int64")
    report = pd.DataFrame(col.report, columns=REPORT_COLUMNS)
    report = report.sort_values(["path", "record"], kind="stable").reset_index(drop=True)
    return LoadResult(articles, report, n_files_seen=len(files) + sum(1 for r in problems if r["path"]))


def text_hash(text: str) -> str:
    """Content hash of a text (used for caching and the run manifest)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
