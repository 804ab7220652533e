"""YAML from users (registries, batch files, --config, -p values) read safely: no aliases.

``yaml.safe_load`` builds no objects, but it expands aliases: a 500-byte file of nested aliases (a "billion
laughs") grew to 3.7 GB. A workbook's YAML never needs them, so a document with an alias is an error naming the
line; documents without one still go through the fast C loader.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

ALIAS = re.compile(r"(?:^|[\s\[\{,:-])\*[^\s\[\]{},]")  # where an alias (*name) may stand


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "YAML aliases (*name) are not allowed", mark)
        return super().compose_node(parent, index)


def load_yaml(text: str) -> Any:
    """Like yaml.safe_load, refusing aliases (raises yaml.YAMLError with the line of the first one)."""
    if ALIAS.search(text):
        return yaml.load(text, Loader=_NoAliasLoader)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
