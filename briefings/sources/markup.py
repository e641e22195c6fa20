"""Markup to plain text: Markdown bodies and HTML fragments (feed content).

Evidence spans index into the stored body, so the body is plain text: the
markers (and raw HTML tags) go, the words stay, line and paragraph breaks are kept. The one
exception is a bold speaker label opening a line ("**Shimon Peres:** Yes."):
it is kept as written, because the bold is what tells a mixed-case speaker
label from an ordinary "Word: sentence" line, and the extractor reads turns by it.
List items keep a leading "- " so that boilerplate rules can tell a list from
a stray short line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(?=\S)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
# A link whose text a hard-wrapped source breaks over lines ("[met\nwith](https://…)"): read on the
# whole text, before the lines are taken one by one.
_WRAPPED_LINK = re.compile(r"(?<!!)\[([^\[\]]*\n[^\[\]]*)\]\((?:[^()\s]|\([^)\s]*\))*\)")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`([^`]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>\"'|~])")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BOLD_LABEL = re.compile(r"^(\*\*[^*\n:]{1,60}?(?::\*\*|\*\*:))(.*)$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Raw HTML a converter left in Markdown (<figure>, <img ...> wrapped over lines, <u>...</u>):
# the tags go, the words between them stay. "<" must touch a tag name, so "a < b" is text.
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document, line structure kept.

    >>> markdown_to_text("## Talks\\n\\n**MR PRICE:** See [the *readout*](https://x).")
    'Talks\\n\\n**MR PRICE:** See the readout.'
    >>> markdown_to_text("Officials [met\\nwith](https://x/y) leaders.")
    'Officials met with leaders.'
    """
    lines: list[str] = []
    in_fence = False
    after_heading = False
    unwrapped = _WRAPPED_LINK.sub(
        lambda m: " ".join(m.group(1).split()), _HTML_TAG.sub("", _HTML_COMMENT.sub("", markdown))
    )
    for raw in unwrapped.split("\n"):
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(raw)
            continue
        if _RULE.match(raw) or _LINK_DEF.match(raw):
            lines.append("")
            continue
        if _SETEXT.match(raw) and lines and lines[-1].strip():
            after_heading = True  # underline of a heading: the heading text is the line above
            continue
        if after_heading and raw.strip():
            lines.append("")  # a heading is a block of its own, never the start of a wrapped paragraph
        after_heading = bool(_HEADING.match(raw))
        lines.append(_inline(_block(raw)))
    return "\n".join(lines)


def _block(line: str) -> str:
    heading = _HEADING.match(line)
    if heading:
        return heading.group(1)
    line = _QUOTE.sub("", line)
    if _BULLET.match(line):
        return "- " + _BULLET.sub("", line)
    return line


def _inline(line: str) -> str:
    label = _BOLD_LABEL.match(line)
    if label:
        return label.group(1) + _inline(label.group(2))
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS_STAR.sub(r"\1", line)
    line = _EMPHASIS_UNDERSCORE.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line)


_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"}
    | {"footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p"}
    | {"pre", "section", "table", "td", "th", "tr", "ul"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_fragment_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): one paragraph per block.

    >>> html_fragment_to_text("<p>One &amp; two.</p><p>Three.</p>")
    'One & two.\\n\\nThree.'
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    paragraphs = [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p and p != "-")
