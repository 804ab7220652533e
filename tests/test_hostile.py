"""Untrusted article text never runs in a report: scripts, handlers and javascript: URLs stay text."""
import json
import re
import subprocess
import sys

from .conftest import ROOT, browse

HOSTILE = {
    "id": "evil-1",
    "title": "<script>document.title='PWNED'</script> Kim Jong Un meets Putin",
    "source": "<b onmouseover=\"document.title='PWNED2'\">Evil Wire</b>",
    "url": "javascript:document.title='PWNED3'",
    "date": "2023-09-05",
    "text": ("Kim Jong Un will meet Vladimir Putin in Russia, the White House said on Monday. "
             "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> "
             "“We warned about these talks,” said John Kirby, a spokesman for the National Security Council. "
             "Costs of $5 and $10 are not $\\LaTeX$ **bold** [link](javascript:alert(1))."),
}


def test_hostile_article_is_escaped_everywhere(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "analysis", "report", str(src), "--out", str(out), "-q"], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>document.title" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title" in html or "\\u003cscript\\u003e" in html
    dom, requested = browse(out / "report.html", tmp_path)
    assert requested == []
    assert dom.count('class="main-svg"') >= 4  # the charts still draw
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "PWNED" not in title
    assert not re.search(r'<body[^>]*data-pwned', dom)  # the onerror handler never ran
    assert not re.search(r'href="javascript:', dom, re.I)
