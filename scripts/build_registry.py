"""Build the default actor registry (analysis/data/registry.yaml) from well-kept sources.

    python scripts/build_registry.py [--phoenix ../shared/actor-dictionaries/phoenix]

Sources, merged in this order (later wins for the same id):
1. pycountry (ISO 3166-1: names, official names, common names) for every state and territory;
2. Phoenix/PETRARCH `Phoenix.Countries.actors.txt` (MIT; CountryInfo of 2014-01-30): country name variants
   (demonyms, regions and cities dropped) and named persons with CAMEO country+role codes and date ranges;
3. Phoenix `Phoenix.International.actors.txt`: international organizations (records that name an organization),
   and companies (MNC records): those with a market value of $10bn or more in the list's comment, and the
   hand-picked multinationals without one (persons in those records left out); a company is also found by its
   name without the legal suffix ("Apple Inc" → "Apple") unless that name is an English word (WordNet), which
   would match every sentence that starts with it ("Next", "Target"): such names are added by hand in 5.;
4. `scripts/registry_offices.yaml` (hand-kept): capitals, English short names of states ("Turkey"), major
   IGOs and organs, major political parties and armed non-state groups, and heads of state, heads of
   government and foreign ministers since 2014 for the UN Security Council's permanent members, the G20 and
   both Koreas, with their date ranges; descriptors ("the Russian president") are generated from them;
5. `scripts/registry_curated.yaml` (hand-kept): the reference article's actors and fixes.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from analysis.registry.model import dump_json_registry  # noqa: E402

OUT = ROOT / "analysis" / "data" / "registry.yaml"
PHOENIX = ROOT.parent / "shared" / "actor-dictionaries" / "phoenix"
ROLE_CODES = ("GOV", "MIL", "LEG", "JUD", "DIP", "IGO", "NGO", "MED", "BUS", "REB", "OPP", "ELI", "COP", "SPY",
              "PTY", "EDU", "HLH", "LAB", "REF", "CVL", "IMG", "AGR", "CRM", "ENV", "HRI", "RAD", "MOD", "UAF")
ORG_WORDS = re.compile(r"\b(ORGANI[SZ]ATION|AGENCY|COUNCIL|COMMISSION|FUND|BANK|COURT|PROGRAM|PROGRAMME|UNION|"
                       r"ASSOCIATION|COMMITTEE|CONFERENCE|FORUM|FEDERATION|INSTITUTE|OFFICE|LEAGUE|TRIBUNAL|"
                       r"PARLIAMENT|ASSEMBLY|SECRETARIAT|AUTHORITY|CROSS|CRESCENT|COMMUNITY|FOUNDATION|PANEL|"
                       r"MISSION|GROUP|PARTNERSHIP|ALLIANCE|CENTRE|CENTER)\b")
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def phoenix_records(path: Path):
    """Yield (primary, synonyms, codes, comment) from a TABARI/PETRARCH .actors file."""
    rec = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        codes = re.findall(r"\[([^\]]*)\]", body)
        text = re.sub(r"\[[^\]]*\]", "", body).strip()
        if raw.startswith(("\t", " ")) and not text:
            if rec is not None:
                rec[2].extend(codes)
            continue
        if text.startswith("+"):
            if rec is not None:
                rec[1].append(text[1:].strip())
                rec[2].extend(codes)
            continue
        if rec is not None:
            yield tuple(rec)
        rec = [text, [], list(codes), comment.strip()]
    if rec is not None:
        yield tuple(rec)


def phrase(p: str, person: bool = False) -> str:
    """PETRARCH phrase → text: 'NORTH_KOREA_' → 'North Korea', 'DPRK_' → 'DPRK', 'KIM_JONG_UN' → 'Kim Jong Un'."""
    words = [w for w in p.strip().strip("_").replace("_", " ").split() if w]
    small = {"of", "the", "and", "for", "de", "al", "el", "la", "du", "von", "van", "bin", "on", "in", "der", "den",
             "ibn", "dos", "das", "da", "di", "ter"}
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in small and i > 0:
            out.append(lw)
        elif not person and ("." in w.rstrip(".") or (len(w) <= 4 and not re.search(r"[AEIOU]", w[1:]))
                           or (len(w) <= 3 and lw not in small) or len(words) == 1 and len(w) <= 6
                           and not re.search(r"[AEIOU][^AEIOU]*[AEIOU]", w)):
            out.append(w)
        elif lw in small and i > 0:
            out.append(lw)
        else:
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(out)


def phoenix_date(s: str) -> str | None:
    s = s.strip()
    if not s:
        return None
    if len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    elif len(s) == 6:
        yy, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
        y = 1900 + yy if yy > 30 else 2000 + yy
    else:
        return None
    try:
        return date(y, max(m, 1), max(d, 1)).isoformat()
    except ValueError:
        return None


def parse_code(code: str) -> dict | None:
    """'RUSGOV >000101' → {country: RUS, role: GOV, from: 2000-01-01}."""
    parts = code.split()
    if not parts or not re.match(r"^[A-Z]{3}", parts[0]):
        return None
    c = parts[0]
    country, rest = c[:3], c[3:]
    role = next((rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] in ROLE_CODES), None)
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = phoenix_date(span[1:])
        elif span.startswith("<"):
            end = phoenix_date(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = phoenix_date(a), phoenix_date(b)
    return {"country": country, "role": role, "from": start, "to": end}


def is_demonym(name: str, aliases: list[str]) -> bool:
    """'Russian' for Russia, 'North Korean' for North Korea: a demonym is not the state acting."""
    low = name.lower()
    if not low.endswith(("an", "ans", "ese", "ish", "i", "ic", "ian")):
        return False
    return any(low != a.lower() and low.startswith(a.lower()[: max(4, len(a) - 2)]) for a in aliases)


def state_demonym(text: str, canon: str, aliases: list[str]) -> bool:
    """'Russian' for Russia, 'North Korean' for North Korea, 'Afghan' for Afghanistan: one word (or a compass word
    and one), a demonym ending, the state's own name's start; not a name variant ('Afghanastan'), a city or a
    '-man' word."""
    words = text.split()
    low, stem = text.lower(), canon.lower()
    if (len(words) > 2 or len(words) == 2 and words[0] not in ("North", "South", "East", "West")
            or text in aliases or text == canon or text.isupper() or low.endswith(("stan", "man", "men"))
            or not low.endswith(("an", "ian", "ese", "ish", "i", "ic"))):
        return False
    return low.startswith(stem[: max(4, min(5, len(stem) - 3))])


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z']+", name) if w.lower() not in ("of", "the", "and"))


def states(phoenix: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        aliases = sorted({n for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None))
                          if n and "," not in n})
        out[c.alpha_3] = {"id": c.alpha_3, "name": name, "type": "state", "country": c.alpha_3, "role": "GOV",
                          "aliases": aliases, "source": "pycountry"}
    path = phoenix / "Phoenix.Countries.actors.txt"
    for primary, syns, codes, _ in phoenix_records(path):
        if len(codes) == 1 and re.fullmatch(r"[A-Z]{3}", codes[0].strip()) and codes[0].strip() in out:
            cc = codes[0].strip()
            canon = out[cc]["name"]
            names = out[cc]["aliases"] + [canon] + [phrase(x) for x in [primary, *syns] if len(x.split("_")) >= 3]
            keys = {w for n in out[cc]["aliases"] + [canon] for w in re.findall(r"[a-z]{4,}", n.lower())}
            every = out[cc]["aliases"] + [canon] + [phrase(x) for x in [primary, *syns]]
            inits = {initials(n).upper() for n in names if len(initials(n)) >= 2}
            for s in [primary, *syns]:
                text = phrase(s)
                if "(" in text or "," in text or not text:
                    continue
                if state_demonym(text, canon, out[cc]["aliases"]):
                    out[cc].setdefault("demonyms", [])
                    if text not in out[cc]["demonyms"]:
                        out[cc]["demonyms"].append(text)
                words = set(re.findall(r"[a-z]{4,}", text.lower()))
                acronym = text.replace(".", "").replace(" ", "").upper()
                if ((text.isupper() or "." in text) and acronym in inits) or (
                        words & keys and not text.isupper() and not is_demonym(text, every)):
                    if text not in out[cc]["aliases"]:
                        out[cc]["aliases"].append(text)
            # a single word inside a longer name ("Saudi" of "Saudi Arabia", "Slovak" of "Slovak Republic") is
            # mostly an adjective or demonym in news, not the state acting
            multi = {w for al in out[cc]["aliases"] if " " in al for w in al.split()}
            out[cc]["aliases"] = [al for al in out[cc]["aliases"]
                                  if " " in al or al == canon or al not in multi or al.isupper()]
            out[cc]["source"] = "pycountry+phoenix"
    return out


def persons(phoenix: Path, known_countries: set[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for primary, syns, codes, comment in phoenix_records(phoenix / "Phoenix.Countries.actors.txt"):
        if "CountryInfo" not in comment or not codes:
            continue
        roles = [r for r in (parse_code(c) for c in codes) if r and r["country"] in known_countries]
        if not roles:
            continue
        name = phrase(primary, person=True)
        if len(name.split()) < 2:
            continue
        latest = max(roles, key=lambda r: r["from"] or "")
        aid = f"{latest['country']}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        aliases = sorted({phrase(s, person=True) for s in syns if len(s.strip("_").split("_")) >= 2
                          and not re.match(r"(?i)^(president|prime|minister|king|queen|general|mr|dr|secretary)\b",
                                           phrase(s, person=True))})
        aliases = [a for a in aliases if not any(a != b and a.endswith(" " + b) for b in [name, *aliases])]
        out[aid] = {"id": aid, "name": name, "type": "person", "country": latest["country"],
                    "role": latest["role"], "aliases": aliases,
                    "roles": [{"role": r["role"] or "ELI", "from": r["from"], "to": r["to"]} for r in roles],
                    "source": "phoenix"}
    return out


def organizations(phoenix: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for primary, syns, codes, comment in phoenix_records(phoenix / "Phoenix.International.actors.txt"):
        text = primary.replace("_", " ").strip()
        if not (ORG_WORDS.search(text) or ACRONYM.match(text.replace(" ", ""))):
            continue
        code = next((c.split()[0] for c in codes if c.strip()), "")
        role = next((code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] in ("IGO", "NGO", "BUS", "MED")),
                    "IGO" if code.startswith("IGO") else "BUS" if code.startswith("MNC") else "NGO")
        name = phrase(primary)
        aid = f"ORG-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        aliases = sorted({phrase(s) for s in syns if phrase(s)} - {name})
        out[aid] = {"id": aid, "name": name, "type": "organization", "role": role, "aliases": aliases,
                    "source": "phoenix"}
    return out


LEGAL_SUFFIX = re.compile(r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|Plc|Group|Holdings|"
                          r"Holding|SA|S\.A\.|AG|NV|N\.V\.|LLC|Incorporated|Cos|International|Intl))+\.?$", re.I)
NOT_COMPANY = re.compile(r"spokes|official|executive|chief|president|minister|director|chairman|employee", re.I)
MIN_MARKET_VALUE = 10_000_000_000
# PETRARCH phrases are upper case; these companies write their names in mixed case (matching is case-sensitive)
COMPANY_CASE = {"Mcdonald's": "McDonald's", "Ebay": "eBay", "Fedex": "FedEx", "Glaxosmithkline": "GlaxoSmithKline",
                "Conocophillips": "ConocoPhillips", "Directv": "DirecTV", "Centurylink": "CenturyLink",
                "Firstenergy": "FirstEnergy", "Autozone": "AutoZone", "Metlife": "MetLife", "Airasia": "AirAsia",
                "Capitaland": "CapitaLand", "Hypovereinsbank": "HypoVereinsbank", "Marriot": "Marriott",
                "AMAZON.COM": "Amazon.com", "Mckesson": "McKesson", "ELI Lilly": "Eli Lilly", "POU Chen": "Pou Chen",
                "Nike INC": "Nike Inc", "Exxonmobil": "ExxonMobil", "Bankamerica": "BankAmerica",
                "Jpmorgan Chase": "JPMorgan Chase", "Blackrock": "BlackRock", "Paypal": "PayPal"}


def english_words() -> set[str]:
    import gzip

    path = ROOT / "analysis" / "data" / "wordnet_senses.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {line.split("\t", 1)[0].replace("_", " ").lower() for line in f}


def companies(phoenix: Path, known_countries: set[str]) -> dict[str, dict]:
    """The largest listed companies and the hand-picked multinationals of Phoenix's MNC records."""
    words = english_words()
    out: dict[str, dict] = {}
    for primary, syns, codes, comment in phoenix_records(phoenix / "Phoenix.International.actors.txt"):
        code = next((c.split()[0] for c in codes if c.strip()), "")
        if not code.startswith("MNC") or NOT_COMPANY.search(comment + " " + primary.replace("_", " ")):
            continue
        value = re.search(r"\$([\d,]+)", comment + " " + primary)
        if value and int(value.group(1).replace(",", "")) < MIN_MARKET_VALUE:
            continue
        full = phrase(primary).rstrip(",")
        full = COMPANY_CASE.get(full, full)
        if re.search(r"[$/]", full):
            continue  # a record whose comment ran into its name
        short = LEGAL_SUFFIX.sub("", full).strip(" ,")
        short = COMPANY_CASE.get(short, short)
        name = short if short and short.lower() not in words else full
        aid = f"ORG-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        country = code[3:6] if code[3:6] in known_countries else None
        aliases = {full, name} | {phrase(s) for s in syns if phrase(s)}
        out[aid] = {"id": aid, "name": name, "type": "organization", "role": "BUS", "aliases": sorted(aliases - {""}),
                    "source": "phoenix"}
        if country:
            out[aid]["country"] = country
    return out


def offices(path: Path, actors: dict[str, dict]) -> None:
    """Capitals, IGOs and post-2014 office holders from the hand-kept offices file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for cc, caps in (data.get("capitals") or {}).items():
        if cc in actors:
            actors[cc]["capitals"] = caps if isinstance(caps, list) else [caps]
    for cc, names in (data.get("short_names") or {}).items():
        if cc in actors:
            actors[cc]["aliases"] += [n for n in names if n not in actors[cc]["aliases"]]
            if "," in actors[cc]["name"]:
                actors[cc]["name"] = names[0]
    for org in data.get("organizations") or []:
        actors[org["id"]] = {**org, "type": org.get("type", "organization"), "source": "offices"}
    demonyms = data.get("demonyms") or {}
    for cc, names in demonyms.items():  # a demonym counts as its state ("Russian" in the actors table: Russia)
        if cc in actors:
            own = actors[cc].setdefault("demonyms", [])
            own += [n for n in names if n not in own and not n.isupper() and "." not in n]
    for h in data.get("holders") or []:
        cc, office, name = h["country"], h["office"], h["name"]
        aid = h.get("id") or f"{cc}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        role = "DIP" if office == "foreign minister" else "GOV"
        a = actors.setdefault(aid, {"id": aid, "name": name, "type": "person", "country": cc, "role": role,
                                    "aliases": [], "roles": [], "descriptors": [], "source": "offices"})
        a.update({"name": name, "country": cc, "source": "offices" if a.get("source") == "offices" else "phoenix+offices"})
        a.setdefault("roles", []).append({"role": role, "from": str(h["from"]), "to": str(h["to"]) if h.get("to") else None})
        a["role"] = role if not a.get("role") else a["role"]
        a["aliases"] = sorted(set(a.get("aliases", [])) | set(h.get("aliases", [])) | {name})
        a.setdefault("descriptors", [])
        a["affiliation"] = h.get("affiliation") or cc  # a party where the file gives one ("Tony Blair": Labour)
        for dem in demonyms.get(cc, []):
            for form in (f"the {dem} {office}", f"{dem} {office}"):
                a["descriptors"].append({"text": form, "from": str(h["from"]),
                                         "to": str(h["to"]) if h.get("to") else None})


def agents(phoenix: Path) -> dict[str, str]:
    """Role words from Phoenix.agents.txt: 'spokeswoman' → GOV, 'senator' → LEG, 'journalist' → MED."""
    out: dict[str, str] = {}
    for raw in (phoenix / "Phoenix.agents.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z_!\-']*?)_?\s*(?:\{[^}]*\}\s*)?\[~([A-Z]{3})", line)
        if not m:
            continue
        words = m.group(1).strip("_")
        for form in ({"man", "woman", "person"} if "!PERSON!" in words else {""}):
            text = words.replace("!PERSON!", form).replace("_", " ").lower().strip()
            if text and len(text.split()) <= 2 and text not in out:
                out[text] = m.group(2)
    return dict(sorted(out.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--phoenix", default=str(PHOENIX))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    phoenix = Path(args.phoenix)
    actors: dict[str, dict] = {}
    st = states(phoenix)
    actors.update(companies(phoenix, set(st)))
    actors.update(organizations(phoenix))
    actors.update(persons(phoenix, set(st)))
    actors.update(st)
    actors["XKX"] = {"id": "XKX", "name": "Kosovo", "type": "state", "country": "XKX", "role": "GOV",
                     "aliases": ["Kosovo", "Republic of Kosovo"], "source": "offices"}
    offices(ROOT / "scripts" / "registry_offices.yaml", actors)
    curated = yaml.safe_load((ROOT / "scripts" / "registry_curated.yaml").read_text(encoding="utf-8"))["actors"]
    for a in curated:
        base = actors.get(a["id"], {})
        merged = {**base, **a, "source": "curated"}
        for key in ("aliases", "capitals"):
            merged[key] = sorted(set(base.get(key, [])) | set(a.get(key, [])))
        merged["descriptors"] = base.get("descriptors", []) + a.get("descriptors", [])
        actors[a["id"]] = merged
    # hand-kept actors own their names: a Phoenix record with the same alias ("IMF") loses it
    from analysis.registry import name_key

    kept = {name_key(al) for a in actors.values() if a.get("source") in ("offices", "curated")
            for al in [a["name"], *a.get("aliases", [])]}
    for a in actors.values():
        if a.get("source") == "phoenix" and a["type"] != "person":
            a["aliases"] = [al for al in a.get("aliases", []) if name_key(al) not in kept]
            if name_key(a["name"]) in kept:
                a["aliases"] = []
                a["drop"] = True
    actors = {k: v for k, v in actors.items() if not v.get("drop")}
    for a in actors.values():  # plurals: "Russians", "Israelis" (not "Chinese", "British", "French")
        if a.get("demonyms"):
            forms = list(a["demonyms"]) + [d + "s" for d in a["demonyms"] if d.endswith(("an", "i"))]
            a["demonyms"] = sorted(set(forms))
    # an alias that names two different states (or a state and something else) is ambiguous: keep it on the state
    owners: dict[str, set[str]] = defaultdict(set)
    for a in actors.values():
        for al in a.get("aliases", []):
            owners[al.lower()].add(a["id"])
    for a in actors.values():
        if a["type"] != "state":
            a["aliases"] = [al for al in a.get("aliases", [])
                            if not any(actors[o]["type"] == "state" for o in owners[al.lower()] if o != a["id"])]
    clean = []
    for aid in sorted(actors):
        a = {k: v for k, v in actors[aid].items() if v not in (None, [], "") and k != "source"}
        clean.append(a)
    header = ("# Generated by scripts/build_registry.py — do not edit; edit scripts/registry_offices.yaml or\n"
              "# scripts/registry_curated.yaml, or pass your own registry with --registry.\n"
              "# Contains material from the Phoenix/PETRARCH dictionaries (MIT, (c) 2014 Open Event Data Alliance).\n")
    # JSON under the comment lines: still YAML, and read in 0.06 s instead of 5 s (analysis.registry.json_document)
    Path(args.out).write_text(dump_json_registry(header, clean), encoding="utf-8")
    ag = agents(phoenix)
    (Path(args.out).parent / "agents.yaml").write_text(
        "# Role words from Phoenix.agents.txt (MIT, (c) 2014 Open Event Data Alliance); generated by\n"
        "# scripts/build_registry.py. A title before or in apposition to a name gives the person this role.\n"
        + yaml.safe_dump(ag, allow_unicode=True, sort_keys=True), encoding="utf-8")
    print(f"wrote agents.yaml: {len(ag)} role words")
    kinds = defaultdict(int)
    for a in clean:
        kinds[a["type"]] += 1
    print(f"wrote {args.out}: {len(clean)} actors ({dict(sorted(kinds.items()))})")


if __name__ == "__main__":
    main()
