"""Pick the labelled web pages (issue 29) from Zyte's article-extraction-benchmark (MIT licence,
https://github.com/scrapinghub/article-extraction-benchmark): English news pages with at least three "said",
chosen by a seeded shuffle of their ids; the first 32 are labelled (``pages.txt``) and kept apart from tuning,
the rest may be used to tune.

    python benchmarks/devsets/web/select.py PATH_TO_CHECKOUT [--write-text DIR]

The pages and their text stay in that repository; only the ids, URLs and labels are kept here.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_LABELLED = 32
SEED = 29
# outlets whose pages are English news (the benchmark also holds blogs, shops and pages in other languages)
NEWS = re.compile(r"(wsj|nytimes|ctpost|cbssports|latimes|thehill|cbsnews|wired|cnbc|deccanherald|aljazeera|nypost|"
                  r"nbcnews|sfgate|express\.co\.uk|detroitnews|bbc|usatoday|foxnews|ap\.org|washingtonexaminer|"
                  r"politifact|chron|msn|timesunion|cnn|mysanantonio|businessinsider|venturebeat|sportsnet|vox|"
                  r"techcrunch|polygraph|twincities|cleveland|cityam|nj\.com|rt\.com|foxbusiness|nbcdfw|reuters|"
                  r"theguardian|zdnet|newsweek|hollywoodreporter|slate|oregonlive|telegraph|thesun|sky\.com|"
                  r"therepublic|billboard|forbes|ctvnews|spokesman|cbslocal|floridatoday|spacenews|jpost|"
                  r"hawaiinewsnow|nationalreview|barrons|space\.com|livescience|theverge|rollingstone|indiewire|"
                  r"dealbreaker|therealdeal|newsnation|panarmenian|albawaba|sputniknews|smithsonianmag|phys\.org)")


def candidates(truth: dict) -> list[str]:
    return sorted(k for k, v in truth.items() if NEWS.search(v["url"]) and len(re.findall(r"\bsaid\b", v["articleBody"])) >= 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkout")
    ap.add_argument("--write-text", default=None, help="write each labelled page's ground-truth body to DIR/<id>.txt")
    args = ap.parse_args()
    truth = json.loads((Path(args.checkout) / "ground-truth.json").read_text(encoding="utf-8"))
    ids = candidates(truth)
    random.Random(SEED).shuffle(ids)
    labelled, tuning = ids[:N_LABELLED], ids[N_LABELLED:]
    (HERE / "pages.txt").write_text("".join(f"{i}\t{truth[i]['url']}\n" for i in labelled), encoding="utf-8")
    (HERE / "tuning.txt").write_text("".join(f"{i}\t{truth[i]['url']}\n" for i in sorted(tuning)), encoding="utf-8")
    if args.write_text:
        out = Path(args.write_text)
        out.mkdir(parents=True, exist_ok=True)
        for i in labelled:
            (out / f"{i}.txt").write_text(truth[i]["articleBody"], encoding="utf-8")
    print(f"{len(ids)} candidate pages: {len(labelled)} labelled, {len(tuning)} for tuning")


if __name__ == "__main__":
    main()
