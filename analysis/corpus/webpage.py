"""What a web page's reader sees as the article: its headline (not the CMS's name or the site's tag line), and its
text without the newsletter, copyright and related-links lines that trail it.

trafilatura finds the main text; these rules fix what it leaves (issue 29): a page whose ``<title>`` is
"escenic" or "… - WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale", and a body that ends in "Get the
day's top headlines delivered to your inbox" or "Copyright 2019 Hawaii News Now. All rights reserved."
"""
from __future__ import annotations

import re
from typing import Any

# a main text shorter than this is a paywall stub, a cookie wall or a teaser: loaded with a note
SHORT_PAGE_CHARS = 500
# names content-management systems put where the headline belongs
CMS_NAMES = {"escenic", "wordpress", "drupal", "joomla", "arc", "brightspot", "ghost", "home", "homepage", "news",
             "article", "untitled", "index", "default", "page"}
_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|»|·)\s+")
_SITE_WORDS = re.compile(r"(?i)(\.com|\.co\.|\.org|\.net|\b\w*news\b|\btimes\b|\bpost\b|\bherald\b|\btribune\b|\bjournal\b|"
                        r"\bdaily\b|\bweekly\b|\bgazette\b|\bonline\b|\bmagazine\b|\bweather\b|\bsports\b|\btv\b|"
                        r"\bradio\b|\bchannel\b|\breuters\b|\bap\b|\bcnn\b|\bbbc\b|\bnbc\b|\bcbs\b|\babc\b|\bfox\b)")


# the hidden half of a hover card or tooltip ("rollover-people-block", "tooltiptext", "q-tooltip-content"): The Hill
# puts a politician's card, with headlines, inside the paragraph after each linked name, and the text read
# "Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders doubles down on Bolivia 'coup' …"
_POPUP = re.compile(r"[\w-]*(?:rollover|tooltip|popover|hovercard|hover-card)[\w-]*(?:block|content|text|body|inner)")


def drop_popups(html: str) -> str:
    """The page without the hidden parts of hover cards and tooltips (``_POPUP``), else as it was."""
    if not _POPUP.search(html):
        return html
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # unparsable markup: leave it to trafilatura
        return html
    hidden = [el for el in tree.iter() if isinstance(el.tag, str) and any(
        _POPUP.fullmatch(c) for c in (el.get("class") or "").split())]
    for el in hidden:
        el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode") if hidden else html


def _meta(tree: Any, *keys: str) -> str | None:
    """A meta tag's text (``content``, or ``value`` as pages saved by some readers' tools have it)."""
    for k in keys:
        for attr in ("property", "name"):
            found = tree.xpath(f'//meta[@{attr}="{k}"]/@content') or tree.xpath(f'//meta[@{attr}="{k}"]/@value')
            if found and str(found[0]).strip():
                return " ".join(str(found[0]).split())
    return None


# an <h1> inside these is the site's logo, menu or a hidden label, not the headline ("MENU", "POLITICO Politico
# Logo", "The New Republic" in a visually hidden <h1>)
_CHROME = re.compile(r"(?i)logo|brand|masthead|\bnav|menu|visually-?hidden|sr-only|screen-reader|site-?(title|name)")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def headline_h1(tree: Any, title: str | None = None, sitename: str | None = None) -> str | None:
    """The <h1> that is the article's headline: not one in the site's logo, menu or a hidden label, nor the site's
    name; of those left, the one whose words overlap the page's <title> most (Dice >= 0.5), else the first of four
    words or more. A section heading ("Business Monday") and a logo ("MENU") were taken for headlines on pages
    without og:title."""
    site = (sitename or "").strip().lower()
    suffix = (_SEPARATORS.split(title)[-1].strip().lower() if title and _SEPARATORS.search(title) else "")
    cands = []
    for h in tree.xpath("//h1"):
        text = " ".join(h.text_content().split())
        marks = " ".join(f"{el.get('class') or ''} {el.get('id') or ''}" for el in [h, *h.iterancestors()])
        if not text or _CHROME.search(marks) or text.lower() in (site, suffix):
            continue
        cands.append(text)
    if not cands:
        return None
    ref = _words(title or "")
    share = [2 * len(_words(c) & ref) / max(1, len(_words(c)) + len(ref)) for c in cands]  # Dice overlap
    best = max(range(len(cands)), key=lambda i: (share[i], -i))
    if ref and share[best] >= 0.5:
        return cands[best]
    return next((c for c in cands if len(c.split()) >= 4), None)


def _cms_like(title: str | None, sitename: str | None) -> bool:
    if not title:
        return True
    t = title.strip().lower()
    return t in CMS_NAMES or (sitename is not None and t == sitename.strip().lower()) or (
        " " not in t and t == title.strip() and len(t) < 20)  # a lone lower-case word: a template's name


def cut_site_suffix(title: str, sitename: str | None = None) -> str:
    """The headline without the site's name and tag line after it ("… - WSVN 7News | Miami News, Weather",
    "… - SpaceNews.com"): trailing parts after a separator are cut when they name the site (its name, a domain,
    a news word) or follow a "|", while the headline left has at least three words."""
    parts = _SEPARATORS.split(title)
    seps = _SEPARATORS.findall(title)
    site = (sitename or "").strip().lower()
    while len(parts) > 1:
        last, sep = parts[-1], seps[-1].strip()
        head = title[:title.rfind(seps[-1])] if seps[-1] in title else " ".join(parts[:-1])
        if len(head.split()) < 3:
            break
        names_site = bool(site) and (site in last.lower() or last.lower() in site)
        if names_site or _SITE_WORDS.search(last) or (sep == "|" and len(last.split()) <= 8):
            parts, seps, title = parts[:-1], seps[:-1], head
            continue
        break
    return title.strip()


def page_title(html: str, fallback: str | None = None, sitename: str | None = None) -> str | None:
    """The page's headline: og:title, twitter:title, the headline's <h1> (``headline_h1``), trafilatura's title or
    <title>, the first that is not a CMS's name, with the site's suffix cut."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # unparsable markup: keep what trafilatura found
        tree = None
    cands: list[str | None] = []
    t = tree.xpath("//title") if tree is not None else []
    title = " ".join(t[0].text_content().split()) if t else None
    if tree is not None:
        cands += [_meta(tree, "og:title", "twitter:title"), headline_h1(tree, title, sitename)]
    cands += [fallback, title]
    if sitename and len(sitename.split()) >= 5:
        sitename = None  # a headline taken for the site's name (trafilatura, on a page of Bloomberg's)
    for c in cands:
        if c and not _cms_like(c, sitename):
            return cut_site_suffix(_SECTION.sub("", _PUBLISHED.sub("", c)), sitename)
    return fallback


_PUBLISHED = re.compile(r"\s*\(Published \d{4}\)\s*$")  # The New York Times's archive mark
_SECTION = re.compile(r"^(?:Opinion|Analysis|Commentary|Editorial|Exclusive|Breaking|Live|Watch|Video)\s*(?:\||:)\s+(?=\S+\s+\S+\s+\S)",
                      re.I)  # a section label before the headline ("Opinion | Enough platitudes: …")


_TRAILER = re.compile(
    r"(?i)^\W*(copyright\b|©|\(c\)\s*\d{4}|all rights reserved|"
    r".{0,80}\b(newsletter|subscribe|subscribing|subscription|sign up|delivered to your inbox)\b|"
    r"our standards\b|(this (article|story) )?(was )?originally (published|appeared)|source:\s|updated (at|on)\b|"
    r"follow (us|him|her|them|@)|reach the (reporter|writer|author)s?\b|"
    r"\(?(reporting|additional reporting|writing|editing) by\b|"
    r".{0,200}\bcontributed (to )?this (report|story)|"
    r"(related|read more|more|see also|recommended|trending|most popular)\s*(:|$)|"
    r"(https?://|www\.|twitter\.com/)\S*$|\S+@\S+\.\w+$|join (our|the|us)\b|[\W\d_]+$|"
    r"[\w-]+-[\w-]+$)"  # a lone token of a template ("landscape-tablet-and-below")
)
_LINK_ITEM = re.compile(r"^\s*[-•*]\s+\S")


def trim_trailer(body: str, max_share: float = 0.3) -> str:
    """The body without the paragraphs that trail an article on the web: copyright, newsletter and follow-us
    lines, "Reporting by …", "originally published on …", a reporter's Twitter address, and the list of related
    links at the end (two or more bullet lines). Only from the end, and never more than ``max_share`` of it."""
    paras = body.split("\n\n")
    keep = len(paras)
    while keep > 1:
        p = paras[keep - 1].strip()
        if not p or _TRAILER.match(p):
            keep -= 1
            continue
        if _LINK_ITEM.match(p) and keep >= 2 and _LINK_ITEM.match(paras[keep - 2].strip()):
            while keep > 1 and _LINK_ITEM.match(paras[keep - 1].strip()):
                keep -= 1
            continue
        break
    out = "\n\n".join(paras[:keep]).rstrip()
    return out if len(out) >= (1 - max_share) * len(body.rstrip()) else body
