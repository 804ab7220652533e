import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import decode, load, make_article, normalize_date, normalize_quotes


def write(p, data, mode="w", **kw):
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding=kw.get("encoding", "utf-8"))
    return p


def test_txt_title_is_first_nonempty_line_and_first_paragraph(tmp_path):
    write(tmp_path / "a.txt", "\n\n  Headline here \nBody line one.\n\nSecond para.")
    r = load(tmp_path)
    a = r.articles.iloc[0]
    assert a.title == "Headline here"
    assert a.text.startswith("Headline here\n\nBody line one.")
    assert a.text[a.body_start:].startswith("Body line one.")
    assert a.article_id == "a.txt"


def test_every_file_is_accounted_for(tmp_path):
    write(tmp_path / "ok.md", "# Title\n\nText of it.")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.txt", "   \n\t\n")
    write(tmp_path / "bin.txt", b"\x00\x01\x02binary\x00\x00")
    write(tmp_path / "notes.docx", b"PK..")
    write(tmp_path / "sub" / "b.txt", "T\nbody")
    r = load(tmp_path)
    rep = r.report.set_index(r.report.path.str.replace(str(tmp_path) + "/", ""))
    assert set(r.articles.article_id) == {"ok.md", "sub/b.txt"}
    assert rep.loc["empty.txt", "reason"] == "empty file"
    assert rep.loc["blank.txt", "status"] == "skipped"
    assert "binary" in rep.loc["bin.txt", "reason"]
    assert "unsupported" in rep.loc["notes.docx", "reason"]
    assert r.summary()["skipped"] == 4


def test_jsonl_broken_line_reported_with_line_number(tmp_path):
    lines = [json.dumps({"id": "x1", "title": "A", "text": "Alpha text."}), "{broken",
             json.dumps({"id": "x2", "text": ""}), json.dumps({"id": "x3", "title": 5, "text": "Gamma."})]
    write(tmp_path / "c.jsonl", "\n".join(lines))
    r = load(tmp_path / "c.jsonl")
    assert list(r.articles.article_id) == ["x1", "x3"]
    skipped = r.report[r.report.status == "skipped"]
    assert set(skipped.record) == {"line 2", "line 3"}
    assert "line 2" in skipped[skipped.record == "line 2"].reason.iloc[0]
    assert skipped[skipped.record == "line 3"].reason.iloc[0] == "record has no text"


def test_json_list_object_and_duplicate_ids(tmp_path):
    write(tmp_path / "l.json", json.dumps([{"id": "d", "text": "one"}, {"id": "d", "text": "two"},
                                            {"text": {"nested": 1}}]))
    write(tmp_path / "o.json", json.dumps({"headline": "H", "body": "B text", "published": "2023-09-05T10:00:00Z",
                                           "outlet": "Wire", "link": "http://x", "extra": 1}))
    r = load(tmp_path)
    ids = sorted(r.articles.article_id)
    assert ids == ["d", "d~2", "o.json"]
    o = r.articles.set_index("article_id").loc["o.json"]
    assert (o.title, o.date, o.source, o.url) == ("H", "2023-09-05", "Wire", "http://x")
    assert json.loads(o.meta) == {"extra": 1}
    assert r.report.reason.str.contains("duplicate id 'd'").any()
    assert r.report.reason.str.contains("field 'text' is a dict").any()


def test_csv_quoted_newlines_and_metadata(tmp_path):
    df = pd.DataFrame({"id": ["r1", "r2"], "title": ["T1", "T2"], "text": ["Para one,\n\nwith comma", ""],
                       "date": ["5 Sep 2023", "2023-09-06"], "lang": ["en", "en"]})
    df.to_csv(tmp_path / "x.csv", index=False)
    r = load(tmp_path / "x.csv")
    assert list(r.articles.article_id) == ["r1"]
    a = r.articles.iloc[0]
    assert a.text == "T1\n\nPara one,\n\nwith comma" and a.date == "2023-09-05"
    assert json.loads(a.meta) == {"lang": "en"}
    assert "no text" in r.report[r.report.status == "skipped"].reason.iloc[0]


def test_html_main_text_without_scripts_and_nav(tmp_path):
    body = " ".join(["The minister said the talks would continue next week in the capital."] * 6)
    page = (f"<html><head><title>Talks go on</title><script>alert('x')</script><style>p{{}}</style></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Talks go on</h1>"
            f"<p>{body}</p><p>{body}</p></article><form class='comments'>Leave a comment</form></body></html>")
    write(tmp_path / "p.html", page)
    r = load(tmp_path)
    assert len(r.articles) == 1
    a = r.articles.iloc[0]
    assert "minister said" in a.text and "alert" not in a.text and "Home" not in a.text.split("\n\n", 1)[1]


@pytest.mark.parametrize("enc,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")])
def test_decoding(enc, bom):
    s = "Café “quoted” – déjà vu"
    text, used = decode(bom + s.encode(enc))
    assert text.lstrip("\ufeff") == s


def test_mojibake_is_repaired_and_real_letters_stay(tmp_path):
    """UTF-8 read as cp1252 by whoever saved the text ("TomÃ¡s Regalado", twice over "BasÃÂ¡ÃÂ±ez"): the NER took
    no name from it (a PolNeAR article); a capital "Ã" of Portuguese stays."""
    write(tmp_path / "a.jsonl", json.dumps({"id": "a", "title": "Miami mayor", "text": "TomÃ¡s Regalado, the mayor, "
                                            "met Miguel BasÃÂ¡ÃÂ±ez. Itâ€™s done. SÃO PAULO is far."}) + "\n")
    text = load([tmp_path]).articles.text[0]
    assert "Tomás Regalado" in text and "Miguel Basáñez" in text and "It’s done" in text and "SÃO PAULO" in text


def test_missing_input_is_reported(tmp_path):
    r = load([tmp_path / "nope", str(tmp_path / "*.zzz")])
    assert len(r.articles) == 0
    assert set(r.report.reason) == {"no such file or folder", "no file matches this pattern"}


def test_make_article_keeps_existing_headline_once():
    a = make_article("x", "Title", "Title\n\nBody.")
    assert a["text"] == "Title\n\nBody." and a["body_start"] == 7
    assert normalize_date("not a date") is None


def test_web_pages_headline_suffix_trailer_and_stub(tmp_path):
    """The title is the page's headline, not a CMS's name nor the site's tag line; the lines that trail an
    article on the web are cut; a stub is loaded with a note (issue 29)."""
    from analysis.corpus.webpage import cut_site_suffix, trim_trailer

    body = "".join(f"<p>Paragraph {i}: the mayor said the city would fund the new bridge next year.</p>" for i in range(12))
    page = ("<html><head><title>escenic</title><meta property='og:title' content='Mayor backs bridge plan - WSVN "
            "7News | Miami News, Weather, Sports | Fort Lauderdale'></head><body><article><h1>Mayor backs bridge "
            f"plan</h1>{body}<p>Copyright 2019 WSVN. All rights reserved.</p>"
            "<p>Get the day’s top headlines delivered to your inbox by subscribing to our newsletter.</p>"
            "</article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    stub = ("<html><head><title>Paywalled story | The Daily Planet</title></head><body><article><h1>Paywalled story"
            "</h1><p>Subscribers only. This story about the council vote is for members of the Daily Planet. "
            "Log in to read it.</p></article></body></html>")
    (tmp_path / "b.html").write_text(stub, encoding="utf-8")
    r = load(tmp_path)
    a = r.articles.set_index("article_id")
    assert a.loc["a.html", "title"] == "Mayor backs bridge plan"
    assert "All rights reserved" not in a.loc["a.html", "text"] and "newsletter" not in a.loc["a.html", "text"]
    assert a.loc["a.html", "text"].rstrip().endswith("next year.")
    rep = r.report.set_index("path")
    stub_rep = rep.loc[str(tmp_path / "b.html")]
    assert stub_rep.status == "loaded" and "short main text" in stub_rep.reason
    assert rep.loc[str(tmp_path / "a.html")].reason == ""
    assert cut_site_suffix("NASA adds five companies to lunar lander program - SpaceNews.com") == \
        "NASA adds five companies to lunar lander program"
    assert cut_site_suffix("Biden - Trump debate: what to watch") == "Biden - Trump debate: what to watch"
    text = "First para.\n\nSecond para is the long body of the article here, with enough words to keep.\n\n- Link one\n\n- Link two"
    assert trim_trailer(text).endswith("to keep.")


def test_headline_is_not_a_logo_section_or_archive_mark():
    """Pages of Postlight's parser fixtures (issue 29): an <h1> logo ("MENU", "POLITICO Politico Logo"), a visually
    hidden site name or a section heading ("Business Monday") was taken for the headline; meta tags saved with
    ``value`` for ``content`` went unread; "(Published 2016)" and "Opinion |" stayed in the title."""
    from analysis.corpus import page_title

    head = "<title>Airport workers go on strike - CNNMoney</title>"
    body = ("<header class='site-header'><h1 class='nav-logo'>MENU</h1></header><h1 class='visuallyHidden'>CNNMoney"
            "</h1><h1 class='section'>Business Monday</h1><h1 class='article-title'>Airport workers go on strike</h1>")
    assert page_title(f"<html><head>{head}</head><body>{body}</body></html>") == "Airport workers go on strike"
    no_title = "<html><body><h1>Business Monday</h1><h1>From Metrorail to bike paths, what CEOs think</h1></body></html>"
    assert page_title(no_title) == "From Metrorail to bike paths, what CEOs think"
    saved = ("<html><head><meta value='Opinion | Enough platitudes: Let’s name names (Published 2016)' "
             "name='og:title'><title>Site</title></head><body><h1>Logo</h1></body></html>")
    assert page_title(saved) == "Enough platitudes: Let’s name names"
    assert page_title(saved, sitename="Enough platitudes: Let’s name names (Published 2016)") == \
        "Enough platitudes: Let’s name names"  # a headline taken for the site's name is none


def test_hover_cards_are_no_part_of_the_text(tmp_path):
    """Issue 29 (tuning pages): The Hill hides a politician's card, with headlines, after each linked name; the
    text read "Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders doubles down …" and the name became
    a junk person."""
    from analysis.corpus import drop_popups

    card = ('<span class="rollover-people"><a class="rollover-people-link" href="/people/aoc">Alexandria '
            'Ocasio-Cortez</a><span class="rollover-people-block"><a class="name">Alexandria Ocasio-Cortez</a>'
            '<a>Sanders doubles down on Bolivia coup</a></span></span>')
    body = "".join(f"<p>Paragraph {i}: the court heard the case of a man who threatened a congresswoman.</p>"
                   for i in range(8))
    page = (f"<html><head><title>Threat case</title></head><body><article><h1>Threat case</h1>{body}<p>Rep. {card}"
            " (D-N.Y.) linked the incident to a TV host's comments.</p></article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    text = load(tmp_path).articles.iloc[0].text
    assert "Rep. Alexandria Ocasio-Cortez (D-N.Y.) linked the incident" in text and "Sanders" not in text
    assert drop_popups("<p>plain</p>") == "<p>plain</p>"  # no card: the page as it was


def test_short_pages_skipped_by_the_parameter(tmp_path):
    """Issue 29: short_pages = skip leaves paywall stubs out, with the reason in the load report."""
    stub = ("<html><head><title>Paywalled story | The Daily Planet</title></head><body><article><h1>Paywalled story"
            "</h1><p>Subscribers only. This story about the council vote is for members of the Daily Planet. "
            "Log in to read it.</p></article></body></html>")
    (tmp_path / "b.html").write_text(stub, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nThe mayor said the bridge would open.", encoding="utf-8")
    r = load(tmp_path, short_pages="skip")
    assert list(r.articles.article_id) == ["a.txt"]
    rep = r.report.set_index("path").loc[str(tmp_path / "b.html")]
    assert rep.status == "skipped" and "short main text" in rep.reason
    assert len(load(tmp_path).articles) == 2  # the default loads it, with a note


def test_two_apostrophe_quote_marks_become_one_double_quote(tmp_path):
    """The New York Times' archive (116 of PolNeAR's 840 articles, 6 BBC ones) types quotes as ''…''; the quote
    finder and the parser read those as apostrophes. A record's text is normalized, the raw JSON is not."""
    write(tmp_path / "n.jsonl", json.dumps({"id": "n", "title": "''Nonsense,'' he says",
                                            "text": "Mr. Romney tweeted: ''Important distinction.'' A 5'' pipe; O'Neill."}))
    a = load(tmp_path / "n.jsonl").articles.iloc[0]
    assert a.title == '"Nonsense," he says'
    assert a.text.endswith('Mr. Romney tweeted: "Important distinction." A 5" pipe; O\'Neill.')
    assert normalize_quotes("``Yes,'' he said") == '"Yes," he said'
    assert make_article("x", None, "''' stays")["text"] == "''' stays"  # three marks are no quote mark


def test_no_break_spaces_become_spaces():
    """Web and wire text writes "presidential nominee\\xa0Donald Trump"; the tokenizer made the no-break space a
    token of its own and the title was lost (stance dev: "lashed out at the GOP nominee" is now against Trump)."""
    a = make_article("x", "A\xa0title", "Republican presidential nominee\xa0Donald Trump said\u202fso.")
    assert "\xa0" not in a["text"] and "\u202f" not in a["text"]
    assert a["text"] == "A title\n\nRepublican presidential nominee Donald Trump said so."


def test_a_folders_readme_and_license_are_no_articles(tmp_path):
    """BBC's corpus folder loaded its README.md and README.upstream.txt as articles. A folder's documentation
    files are skipped with a reason; given by name, such a file loads; an article named "license-fees-row.txt"
    is an article."""
    (tmp_path / "README.md").write_text("About this corpus\n\nThese are articles.", encoding="utf-8")
    (tmp_path / "README.upstream.txt").write_text("Upstream notes\n\nMore notes.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT", encoding="utf-8")
    (tmp_path / "license-fees-row.txt").write_text("Licence fee row\n\nThe BBC said so.", encoding="utf-8")
    res = load([tmp_path])
    assert list(res.articles.article_id) == ["license-fees-row.txt"]
    skipped = res.report[res.report.status == "skipped"]
    assert {Path(p).name for p in skipped.path} == {"README.md", "README.upstream.txt", "LICENSE"}
    assert set(skipped[skipped.path.str.contains("README")].reason.str.contains("documentation")) == {True}
    assert len(load([tmp_path / "README.md"]).articles) == 1
