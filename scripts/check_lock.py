"""Check that an environment holds exactly the lock, and that the lock is closed under its own requirements.

`make install` installs requirements.txt with `--no-deps` (no resolver, so nothing newer on the index can slip
in); this script is what then fails loudly if the lock misses something. `pip check` alone is not enough: it
ignores extras, so a package asking for `lxml[html_clean]` passes it even when `lxml-html-clean` is absent.

    python scripts/check_lock.py requirements.txt          # the running environment against the lock
    python scripts/check_lock.py requirements.txt --fresh  # a new venv from `python3 -m venv`, installed as make does

Exit status 0 when every pinned package is installed at its pinned version and every requirement of every
installed package (with the extras other packages ask of it, followed transitively) is satisfied by the lock.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
    from packaging.version import Version
except ImportError:  # `--fresh` runs under a bare python3 and checks with the fresh venv's own packaging
    if "--fresh" not in sys.argv:
        raise

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;\\]+)")
# installed by the venv itself or by `pip install -e .`; never part of the compiled lock
NOT_LOCKED = {"pip", "news-actor-workbook"}
INSTALL = ["-m", "pip", "install", "--quiet", "--no-deps", "--only-binary", ":all:", "--require-hashes", "-r"]


def read_lock(path: str | Path) -> dict[str, str]:
    """Pinned versions of a compiled requirements file, by canonical name; every entry must be `==` with a hash."""
    text = Path(path).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=\S)", text)
    pins: dict[str, str] = {}
    for entry in entries:
        line = entry.strip()
        if not line or line.startswith("#") or line.startswith("-"):
            continue
        m = PIN.match(line)
        if m is None:
            raise ValueError(f"{path}: not pinned with ==: {line.splitlines()[0]}")
        if "--hash=sha256:" not in entry:
            raise ValueError(f"{path}: {m.group(1)}=={m.group(3)} has no --hash")
        pins[canonicalize_name(m.group(1))] = m.group(3)
    return pins


def unmet(
    pins: Mapping[str, str],
    requires: Mapping[str, Iterable[Requirement]],
    env: Mapping[str, str] | None = None,
) -> list[str]:
    """Requirements of the locked packages that the lock does not satisfy, extras followed transitively.

    `requires` maps a canonical name to its Requires-Dist (markers may name extras). A package's requirements are
    read once with no extra, then once per extra that some other locked package asks of it.
    """
    base = dict(env or default_environment())
    problems: set[str] = set()
    seen: set[tuple[str, str]] = set()
    todo = [(name, "") for name in pins]
    while todo:
        name, extra = todo.pop()
        if (name, extra) in seen:
            continue
        seen.add((name, extra))
        for req in requires.get(name, ()):
            if req.marker is not None and not req.marker.evaluate({**base, "extra": extra}):
                continue
            if extra and (req.marker is None or "extra" not in str(req.marker)):
                continue  # the unconditional requirements were read with extra ""
            dep = canonicalize_name(req.name)
            who = f"{name}[{extra}]" if extra else name
            if dep not in pins:
                problems.add(f"{who} requires {req}, which is not in the lock")
                continue
            if not req.specifier.contains(Version(pins[dep]), prereleases=True):
                problems.add(f"{who} requires {req}, but the lock pins {dep}=={pins[dep]}")
            todo.extend((dep, e) for e in sorted(req.extras))
    return sorted(problems)


def check_environment(lock: str | Path) -> list[str]:
    """What is wrong with the running environment against the lock: missing, other versions, unmet requirements."""
    pins = read_lock(lock)
    installed = {canonicalize_name(d.metadata["Name"]): d for d in metadata.distributions()}
    problems = []
    for name, version in sorted(pins.items()):
        dist = installed.get(name)
        if dist is None:
            problems.append(f"{name}=={version} is in the lock but not installed")
        elif Version(dist.version) != Version(version):
            problems.append(f"{name} is installed at {dist.version}, the lock pins {version}")
    extra = sorted(set(installed) - set(pins) - NOT_LOCKED)
    if extra:
        problems.append("installed but not in the lock (run `make clean install`): " + ", ".join(extra))
    requires = {name: [Requirement(r) for r in (d.requires or [])] for name, d in installed.items()}
    return problems + unmet(pins, requires)


def fresh(lock: Path) -> int:
    """Install the lock into a new venv exactly as `make install` does, then check it there."""
    with tempfile.TemporaryDirectory(prefix="lock-check-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = str(venv / "bin" / "python")
        subprocess.run([py, *INSTALL, str(lock)], check=True)
        subprocess.run([py, "-m", "pip", "check"], check=True)
        return subprocess.run([py, __file__, str(lock)]).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lock", type=Path)
    parser.add_argument("--fresh", action="store_true", help="check a new venv installed from the lock")
    args = parser.parse_args(argv)
    if args.fresh:
        return fresh(args.lock.resolve())
    try:
        problems = check_environment(args.lock)
    except ValueError as err:
        print(f"check_lock: {err}", file=sys.stderr)
        return 1
    for p in problems:
        print(f"check_lock: {p}", file=sys.stderr)
    if not problems:
        print(f"check_lock: the environment is exactly {args.lock} ({len(read_lock(args.lock))} packages), "
              "every requirement and extra satisfied")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
