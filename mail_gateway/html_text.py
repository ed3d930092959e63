"""HTML bodies to plain text (html2text), without the Markdown markup it adds."""

from __future__ import annotations

import re

import html2text

_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_TAG = re.compile(r"<[^>]*>")
_BLANK_RUNS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable text of an HTML email body; quoted blocks keep their ``>`` marks."""
    converter = html2text.HTML2Text()
    converter.body_width = 0  # never re-wrap: quote detection works on the sender's lines
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_links = True
    converter.ignore_tables = True
    try:
        text = converter.handle(html)
    except Exception:  # html2text is not hardened against every malformed document
        text = _TAG.sub(" ", html)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return _BLANK_RUNS.sub("\n\n", text).strip()
