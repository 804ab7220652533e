"""The actor registry: actors with aliases, descriptors, roles and periods, read from YAML (the shipped
default plus the user's file) and checked, with a JSON copy cached for fast loading."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from analysis.store import atomic_write_bytes, default_dir, mark
from analysis.store.yamlsafe import load_yaml
from analysis.vocab import DATA_DIR

log = logging.getLogger(__name__)


DEFAULT_REGISTRY = DATA_DIR / "registry.yaml"


ACTOR_TYPES = ("person", "state", "organization", "group", "location")


TYPE_LABEL = {"person": "PERSON", "state": "GPE", "organization": "ORG", "group": "NORP", "location": "LOC"}


ACTOR_FIELDS = {"id", "name", "type", "country", "role", "aliases", "descriptors", "capitals", "demonyms", "roles",
                "affiliation", "notes", "source"}


class RegistryError(ValueError):
    """A malformed registry file: the message names the file, the line and the problem."""


@lru_cache(maxsize=1 << 17)
def name_key(s: str) -> str:
    """Normalize a name for lookups: case, hyphens, dots in acronyms, quotes, leading 'the', possessive.

    Memoized: a corpus repeats the same names, and every lookup normalizes its key."""
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'")
    s = s.lower().strip()
    s = re.sub(r"'s$|'$", "", s)
    s = re.sub(r"(?<=\b[a-z])\.", "", s)  # U.S. -> us, D.P.R.K. -> dprk
    s = re.sub(r"[\-\u2010-\u2015]", " ", s)
    s = re.sub(r"[^\w' ]+", " ", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


# the Phoenix lists' dated roles (CountryInfo) begin in 2000: before it a person's office is unknown to them
PERIODS_FROM = "2000-01-01"


@dataclass
class Period:
    """A role or descriptor valid between two ISO dates (inclusive; None = open)."""

    value: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str | None) -> bool:
        if not isinstance(date, str) or not date:
            return True  # no date (None, NaN): every period counts, the caller picks the latest
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Actor:
    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    descriptors: list[Period] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    roles: list[Period] = field(default_factory=list)
    affiliation: str | None = None
    demonyms: list[str] = field(default_factory=list)  # "Russian", "Russians": counted as the state

    def role_on(self, date: str | None) -> str | None:
        """The role valid on a date (the latest one when no date is known); none on a date since ``PERIODS_FROM``
        outside every period of the role: Donald Trump in PolNeAR's 2016 news was a candidate, not in office (GOV
        from 2017-01-20), and as "the" US government official of its articles he had made Obama's press secretary a
        spokesman of his. Before that date the periods say nothing (Michael Wilson, GOV 2006–2009 in the lists,
        was Canada's finance minister in Reuters' 1987): the latest role stays, as does a role of no period."""
        valid = [r for r in self.roles if r.covers(date)]
        if not valid:
            known = isinstance(date, str) and date >= PERIODS_FROM and any(r.value == self.role for r in self.roles)
            return None if known else self.role
        return max(valid, key=lambda r: r.start or "").value


@dataclass
class Registry:
    actors: dict[str, Actor]
    sources: list[str]
    ignored: frozenset[str] = frozenset()  # name_key()s of names that are never actors (the files' ``ignore``)
    alias_index: dict[str, list[str]] = field(default_factory=dict)
    descriptor_index: dict[str, list[tuple[str, Period]]] = field(default_factory=dict)
    capital_index: dict[str, str] = field(default_factory=dict)
    surname_index: dict[str, list[str]] = field(default_factory=dict)
    demonym_index: dict[str, str] = field(default_factory=dict)
    _given: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self.alias_index, self.descriptor_index, self.capital_index, self.surname_index = {}, {}, {}, {}
        self.demonym_index = {}
        for a in self.actors.values():
            for alias in [a.name, *a.aliases]:
                k = name_key(alias)
                if k and a.id not in self.alias_index.setdefault(k, []):
                    self.alias_index[k].append(a.id)
            for d in a.descriptors:
                self.descriptor_index.setdefault(name_key(d.value), []).append((a.id, d))
            for c in a.capitals:
                self.capital_index.setdefault(name_key(c), a.id)
            for d in a.demonyms:
                self.demonym_index.setdefault(name_key(d), a.id)
            if a.type == "person" and a.roles:
                last = name_key(a.name).split()[-1:]
                if last:
                    self.surname_index.setdefault(last[0], []).append(a.id)

    @property
    def fingerprint(self) -> str:
        return sources_fingerprint(self.sources)

    def lookup(self, text: str) -> Actor | None:
        ids = self.alias_index.get(name_key(text))
        return self.actors[ids[0]] if ids else None

    def descriptor(self, text: str, date: str | None, named: set[str] | frozenset[str] = frozenset()
                   ) -> Actor | None:
        """The actor a role phrase names on a date. With no date, the one holder the article names elsewhere,
        or the only holder the registry knows; with several and none named, nobody: "the British prime minister"
        in an undated 2005 text is not Keir Starmer."""
        cands = self.descriptor_index.get(name_key(text), [])
        valid = [(aid, p) for aid, p in cands if p.covers(date)]
        if not valid:
            return None
        if not isinstance(date, str) or not date:
            hits = sorted({aid for aid, _ in valid if aid in named})
            if len(hits) == 1:
                return self.actors[hits[0]]
            if len({aid for aid, _ in valid}) > 1:
                return None
        aid, _ = max(valid, key=lambda x: x[1].start or "")
        return self.actors[aid]

    def by_surname(self, surname: str, date: str | None) -> Actor | None:
        """The one registered office holder with this surname on the article's date ("Reagan" in 1987), else None.

        Only dated articles and offices (not the ELI "elite" code) count, so a bare surname is never guessed.
        """
        if not isinstance(date, str) or not date:
            return None
        hits = [aid for aid in self.surface_ids(surname)
                if any(r.value not in ("ELI", None) and (r.start or r.end) and r.covers(date)
                       for r in self.actors[aid].roles)]
        return self.actors[hits[0]] if len(hits) == 1 else None

    @property
    def given_names(self) -> frozenset[str]:
        """First words of the registry's persons' full names ("mark", "tony"): a sign that a word opens a name."""
        if self._given is None:
            self._given = frozenset(name_key(a.name).split()[0] for a in self.actors.values()
                                    if a.type == "person" and len(name_key(a.name).split()) >= 2)
        return self._given

    def surface_ids(self, surname: str) -> list[str]:
        return self.surname_index.get(name_key(surname), [])

    def capital(self, text: str) -> Actor | None:
        aid = self.capital_index.get(name_key(text))
        return self.actors.get(aid) if aid else None

    def demonym(self, text: str) -> Actor | None:
        """The state a demonym names ("Russian", "North Koreans"), for counting them with the state."""
        aid = self.demonym_index.get(name_key(text))
        return self.actors.get(aid) if aid else None


def _line_of(node: Any) -> int | None:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark else None


def _periods(value: Any, where: str) -> list[Period]:
    out = []
    for item in value or []:
        if isinstance(item, str):
            out.append(Period(item))
        elif isinstance(item, dict) and ("text" in item or "role" in item):
            v = item.get("text", item.get("role"))
            start = item.get("from")
            end = item.get("to")
            out.append(Period(str(v), str(start) if start else None, str(end) if end else None))
        else:
            raise RegistryError(f"{where}: expected a string or {{text/role, from, to}}, got {item!r}")
    return out


_UNSET = object()
_json_root: Any = _UNSET


def set_json_cache(root: str | Path | None) -> None:
    """Keep the registry's JSON copy under ``root/registry`` (a run's cache folder), or nowhere (None, as with
    --no-cache). Until this is called, the default cache folder."""
    global _json_root
    _json_root = Path(root) if root else None


def json_cache_root() -> Path | None:
    """Where the registry's JSON copy lives now (None: nowhere)."""
    return default_dir() if _json_root is _UNSET else _json_root


def _json_path(text: str) -> Path | None:
    root = json_cache_root()
    if root is None:
        return None
    return Path(root) / "registry" / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:24]}.json"


def _cached_json(text: str) -> Any:
    """YAML parsing of a large registry takes seconds; its JSON copy (keyed by content hash) takes a fraction.
    The copy is used only when it is what it claims to be: a header line holds the SHA-256 of the YAML it was
    made from and of the JSON that follows; an edited, truncated or foreign copy is ignored (and rewritten)."""
    path = _json_path(text)
    if path is None:
        return None
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        claim = json.loads(head)
        if (claim.get("yaml_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest()
                or claim.get("data_sha256") != hashlib.sha256(body).hexdigest()):
            log.warning("%s: the registry's cached copy does not match its content; reading the YAML", path)
            return None
        data = json.loads(body)
    except (OSError, ValueError, AttributeError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("actors"), list) else None


def _cache_json(text: str, data: Any) -> None:
    path = _json_path(text)
    if path is None or not (isinstance(data, dict) and isinstance(data.get("actors"), list)):
        return
    body = json.dumps(data, default=str).encode("utf-8")
    head = json.dumps({"yaml_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                       "data_sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
    try:
        mark(path.parent.parent)
        atomic_write_bytes(path, head + b"\n" + body)
    except OSError as e:  # a read-only or full cache is fine: parse the YAML each time
        log.warning("%s: cannot write the registry's cached copy (%s)", path, e)


def parse_registry(path: str | Path) -> dict[str, Actor]:
    """Read one registry file's actors; raises RegistryError naming the file, line and problem."""
    return read_registry(path)[0]


def json_document(text: str) -> Any:
    """The document when the file is JSON under ``#`` comment lines, else None. JSON is YAML, so such a file is a
    registry like any other; the shipped default is written so (scripts/build_registry.py), and json.loads reads
    its 20,000 actors in a fraction of the seconds YAML parsing takes, with no cache at all."""
    i = 0
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if text.startswith("#", i):
            nl = text.find("\n", i)
            i = len(text) if nl < 0 else nl + 1
            continue
        break
    if not text.startswith("{", i):
        return None
    try:
        return json.loads(text[i:])
    except ValueError:
        return None


YAML_UNSAFE = re.compile("[\x7f-\x9f\ufeff\ufffe\uffff]")  # characters YAML refuses unescaped (JSON allows)


def dump_json_registry(header: str, actors: list[dict[str, Any]]) -> str:
    """A registry as ``#`` comment lines and a JSON document with one actor per line (see json_document)."""
    lines = ",\n".join(YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}",
                                       json.dumps(a, ensure_ascii=False, sort_keys=False, default=str))
                       for a in actors)
    return header + '{"actors": [\n' + lines + "\n]}\n"


def read_registry(path: str | Path) -> tuple[dict[str, Actor], frozenset[str]]:
    """One registry file's actors and its ``ignore`` list (names that are never actors, as name_key()s)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RegistryError(f"{path}: cannot read registry: {e}") from None
    data = json_document(text)
    if data is None:
        data = _cached_json(text)
    try:
        if data is None:
            data = load_yaml(text)
            _cache_json(text, data)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark else ""
        raise RegistryError(f"{path}{line}: invalid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise RegistryError(f"{path}, line 1: a registry is a mapping with a list under 'actors'")
    unknown = set(data) - {"actors", "ignore"}
    if unknown:
        raise RegistryError(f"{path}: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))} "
                            "(a registry has 'actors' and optionally 'ignore')")
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(n, str) for n in ignore):
        raise RegistryError(f"{path}: 'ignore' must be a list of names (strings)")
    try:
        return _actors(data["actors"], path), frozenset(k for k in map(name_key, ignore) if k)
    except RegistryError as e:
        # locate the offending actor's line only when needed (composing is slow on large files)
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        nodes = next((v.value for k, v in root.value if k.value == "actors"), [])
        i = e.args[1] if len(e.args) > 1 else None
        line = _line_of(nodes[i]) if i is not None and i < len(nodes) else None
        raise RegistryError(f"{path}, line {line}: {e.args[0]}" if line else f"{path}: {e.args[0]}") from None


def _actors(items: list, path: Path) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for i, item in enumerate(items):
        try:
            actors_add(actors, item, f"actor #{i + 1}")
        except RegistryError as e:
            raise RegistryError(str(e), i) from None
    return actors


def actors_add(actors: dict[str, Actor], item: Any, where: str) -> None:
    """Validate one registry entry and add it (errors say what is wrong; the caller adds file and line)."""
    if not isinstance(item, dict):
        raise RegistryError(f"{where}: an actor is a mapping, got {type(item).__name__}")
    unknown = set(item) - ACTOR_FIELDS
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for req in ("id", "name", "type"):
        if not item.get(req):
            raise RegistryError(f"{where}: actor is missing '{req}'")
    if item["type"] not in ACTOR_TYPES:
        raise RegistryError(f"{where}: type '{item['type']}' is not one of {', '.join(ACTOR_TYPES)}")
    country = item.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise RegistryError(f"{where}: country '{country}' is not an ISO 3166 alpha-3 code")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise RegistryError(f"{where}: aliases must be a list of strings")
    aid = str(item["id"])
    if aid in actors:
        raise RegistryError(f"{where}: duplicate actor id '{aid}'")
    actors[aid] = Actor(id=aid, name=str(item["name"]), type=item["type"], country=country,
                        role=item.get("role"), aliases=[str(a) for a in aliases],
                        descriptors=_periods(item.get("descriptors"), where),
                        capitals=list(item.get("capitals") or []), demonyms=list(item.get("demonyms") or []),
                        roles=_periods(item.get("roles"), where), affiliation=item.get("affiliation"))


def registry_sources(path: str | None = None, use_default: bool = True) -> list[str]:
    """The files a registry is read from: the default one, then the user's."""
    return [str(p) for p in ([DEFAULT_REGISTRY] if use_default and DEFAULT_REGISTRY.exists() else []) + (
        [path] if path else [])]


def sources_fingerprint(sources: list[str]) -> str:
    """What ``Registry.fingerprint`` is for these files, without reading the registry (a re-run compares it)."""
    h = hashlib.sha256()
    for src in sources:
        h.update(Path(src).read_bytes() if Path(src).exists() else src.encode())
    return h.hexdigest()[:16]


def registry_stamp(path: str | None = None, use_default: bool = True) -> tuple:
    """The state of a registry's files (path, modification time, size): what its memoized forms are keyed by."""
    stamp = []
    for src in registry_sources(path, use_default):
        try:
            st = os.stat(src)
            stamp.append((src, st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append((src, 0, -1))
    return tuple(stamp)


def load_registry(path: str | None = None, use_default: bool = True) -> Registry:
    """The default registry, extended/overridden by a user file (same id replaces). Memoized per file state:
    a user who edits their registry file gets the edited registry in the same kernel or process."""
    return _load_registry(path, use_default, registry_stamp(path, use_default))


@lru_cache(maxsize=8)
def _load_registry(path: str | None, use_default: bool, stamp: tuple) -> Registry:
    actors: dict[str, Actor] = {}
    ignored: set[str] = set()
    sources = registry_sources(path, use_default)
    for src in sources:
        more, ignore = read_registry(src)
        actors.update(more)
        ignored |= ignore
    return Registry(actors, sources, frozenset(ignored))
