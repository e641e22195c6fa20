"""Escaping untrusted corpus text for each output format.

Everything a briefing quotes came from the open web, so it is treated as
hostile: a quote must never ping a channel (``<!channel>``, ``@everyone``),
forge a link, or break the message layout (an unbalanced code fence, a line
starting with ``#``). Each format gets one function; all of them first
:func:`clean_text` (control characters out, whitespace collapsed to single
spaces, so corpus text is always a single line inside a template).

>>> slack_escape("<!channel> & co")
'&lt;!channel&gt; &amp; co'
>>> discord_escape("@everyone look")
'@\\u200beveryone look'
"""

from __future__ import annotations

import re
from collections.abc import Callable

ZWSP = "\u200b"

# Bidi embeddings, overrides and isolates can reorder the template text that follows
# a field; ZWJ/ZWNJ are kept (emoji sequences and Persian need them).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_WHITESPACE = re.compile(r"\s+")
# Unicode category Cc is exactly U+0000-001F and U+007F-009F; tab and newlines are
# whitespace and collapse to spaces below. One regex pass, not a call per character:
# rendering a briefing cleans tens of thousands of fields.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """Drop control and bidi-override characters and collapse all whitespace
    (newlines, tabs, U+2028) to single spaces.

    >>> clean_text("a\\n\\tb\\x00c")
    'a bc'
    """
    value = _CONTROLS.sub("", value.translate(_BIDI_CONTROLS))
    return _WHITESPACE.sub(" ", value)


def text_escape(value: str) -> str:
    """Plain text has no markup: cleaning is all it needs."""
    return clean_text(value)


_SLACK_MARKERS = {"`": "\u02cb", "*": "\u2217", "~": "\u223c"}
_SLACK_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")
_SLACK_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)


def slack_escape(value: str) -> str:
    """Escape ``&``, ``<``, ``>`` (Slack's only entities, so no mention, channel
    ping or ``<url|label>`` link can be formed) and replace mrkdwn markers with
    look-alikes, because mrkdwn has no backslash escape: a stray backtick would
    open a code span, an asterisk bold the rest of the line.

    >>> slack_escape("<@U123> *bold* `code`")
    '&lt;@U123&gt; ∗bold∗ ˋcodeˋ'
    """
    value = clean_text(value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for marker, lookalike in _SLACK_MARKERS.items():
        value = value.replace(marker, lookalike)
    # Messages go out with verbatim mrkdwn, but a bare "@channel" would still ping
    # if anything downstream sets link_names: defuse it too.
    value = _SLACK_BROADCAST.sub("@" + ZWSP, value)
    # snake_case stays readable; an underscore at a word edge could italicise.
    return _SLACK_UNDERSCORE.sub("\u02cd", value)


_DISCORD_INLINE = re.compile(r"([\\*_~`|\[\]()])")
_LINE_START = re.compile(r"^([#>+\-]|\d+\.)")


def _neutralise_mentions(value: str) -> str:
    # A zero-width space after "@" defuses @everyone/@here/<@id>/<@&id>;
    # after "<" it defuses <#channel>, </command:id> and <t:...> forms.
    return value.replace("@", "@" + ZWSP).replace("<", "<" + ZWSP)


def discord_escape(value: str) -> str:
    """Backslash-escape Discord markdown and neutralise every mention form.

    Messages also carry ``allowed_mentions: {"parse": []}``; this makes the
    text *look* inert too, so nobody copies a live mention out of a quote.

    >>> discord_escape("<@&42> **x**")
    '<\\u200b@\\u200b&42> \\\\*\\\\*x\\\\*\\\\*'
    """
    value = clean_text(value)
    value = _DISCORD_INLINE.sub(r"\\\1", value)
    value = _LINE_START.sub(r"\\\1", value)
    return _neutralise_mentions(value)


_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def md_escape(value: str) -> str:
    """Backslash-escape the CommonMark characters that can start markup
    (emphasis, code, links, raw HTML, tables, entities, line-start blocks)
    while leaving ordinary punctuation such as "U.S." readable.

    >>> md_escape("*a* [b](c) <i>")
    '\\\\*a\\\\* \\\\[b\\\\](c) \\\\<i\\\\>'
    """
    value = clean_text(value)
    value = _MD_INLINE.sub(r"\\\1", value)
    value = _MD_ENTITY.sub(r"\\&", value)
    return _LINE_START.sub(r"\\\1", value)


Escaper = Callable[[str], str]


_SAFE_SCHEMES = ("http://", "https://")


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link without spaces or link-breaking
    characters, percent-encoding the few that would end a link early; else None."""
    if not url:
        return None
    url = clean_text(url)
    if not url.lower().startswith(_SAFE_SCHEMES) or " " in url:
        return None
    for char, code in (("|", "%7C"), ("<", "%3C"), (">", "%3E"), ("(", "%28"), (")", "%29"), ('"', "%22")):
        url = url.replace(char, code)
    return url
