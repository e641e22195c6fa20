"""What one line of a page is, read on its own: navigation, a credit, a promo, a sentence.

:mod:`briefings.sources.boilerplate` decides what to drop from where lines sit (the
header, a trailing block, repeats); these are the shape tests it asks of each line.
They are general: what a line looks like, never a list of known strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line "ends like a sentence" when, closing quotes and brackets aside, its last
# character is sentence punctuation or a dash (speech broken off in transcripts).
_CLOSERS = "\"'”’»)]*"
_QUOTE_OPENERS = "\"'“‘«"
_QUOTE_CLOSERS = "\"'”’»"
_SENTENCE_END = ".!?…:;—–-"
_STOPWORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "de", "del", "der", "for", "from", "in", "into", "la", "le", "of"}
    | {"on", "or", "the", "to", "van", "von", "vs", "with"}
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w:.,/-]*")
_NAV_SEPARATORS = re.compile(r"\s+[|›»]\s+|\s+/\s+")
_CREDIT = re.compile(
    r"^\(?\s*(?:(?:photo|image|picture|illustration|graphic|video|file photo|header image|cover image)s?\s*)?"
    r"(?:credits?|courtesy(?: of)?)\s*[:\-–—]?\s*\S",
    re.IGNORECASE,
)
# The line crediting a quotation that stands alone in its paragraph: "Remarks by President Donald
# Tusk after the EU-China summit", "Statement by the High Representative on behalf of the EU".
_QUOTE_CREDIT = re.compile(
    r"^(?:(?:opening|closing|introductory|press|joint|video)\s+)?"
    r"(?:remarks|statement|speech|address|doorstep|message|interview|op-ed)\s+(?:[\w-]+\s+){0,2}?by\s+\S",
    re.IGNORECASE,
)
# ... or names the speaker and the occasion with no verb: "President Donald Tusk at the press conference
# of the EU-Japan summit in Brussels", "Prime Minister Ito after the council meeting".
_SPEAKER_AT_CREDIT = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){1,5}(?:at|after|during|before|ahead of|addressing|speaking at|speaking to)"
    r"\s+(?:the|a|an|his|her|their)\s+\S"
)
_CREDIT_BY = re.compile(r"^\(?\s*(?:photo|image|picture|illustration)s?\s*(?:by|:)\s*\S", re.IGNORECASE)
# Calls to action: an imperative addressed to the reader at the start of a short line.
_CTA = re.compile(
    r"^(?:subscribe|sign (?:up|in)|log ?in|register (?:now|here|for)|join (?:us|our|the)|"
    r"follow (?:us|@\w+)|download (?:our|the)|get (?:our|the|your)|try (?:our|the|it)|"
    r"find (?:your|out more)|read (?:more|next|the full)|continue reading|click (?:here|to|on)|"
    r"tap here|share (?:this|on)|like us|donate|support (?:us|our)|learn more|see more|view more|"
    r"more from|advertisement|sponsored|don['’]t miss|never miss|have your say|"
    r"(?:add|post|leave|view|read|see|write)(?: or (?:add|post|leave|view|read|see))? "
    r"(?:a |your |all )?comments?)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# Words that make a short line a promo wherever they sit in it.
_PROMO_WORDS = re.compile(
    r"\b(?:newsletter|subscribe|subscription|unsubscribe|sign up|jobs? board|your inbox|click here|"
    r"all rights reserved|cookie)s?\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|our)\b", re.IGNORECASE)
SHORT_WORDS = 12
_PROMO_WORDS_MAX = 16


def is_navigation(text: str) -> bool:
    segments = _NAV_SEPARATORS.split(text)
    if len(segments) < 3 or ends_like_sentence(text):
        return False
    return all(0 < len(words_of(segment)) <= 5 for segment in segments)


def is_credit(text: str) -> bool:
    return len(words_of(text)) <= SHORT_WORDS and bool(_CREDIT.match(text) or _CREDIT_BY.match(text))


def is_promo(text: str) -> bool:
    """A call to action: an imperative to the reader opening a short line, or promo
    words in a short line that is not a sentence or that addresses the reader
    ("… and sign up for our alerts."). Quoted speech never is."""
    words = len(words_of(text))
    if words > _PROMO_WORDS_MAX or any(mark in text for mark in '"“”'):
        return False
    if _CTA.match(text):
        return True
    if not _PROMO_WORDS.search(text):
        return False
    return not ends_like_sentence(text) or bool(_READER.search(text))


def is_title_case(words: Sequence[str]) -> bool:
    content = [w for w in words if w[0].isalpha() and w.lower() not in _STOPWORDS]
    if not content:
        return True  # only numbers and times: "12:33 P.M." already counted, "2021"
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised >= 0.6 * len(content)


def ends_like_sentence(text: str) -> bool:
    stripped = strip_closers(text)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def strip_closers(text: str) -> str:
    return text.rstrip().rstrip(_CLOSERS).rstrip()


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def norm(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".!?…:; ")


def is_quotation(text: str) -> bool:
    """A line that is one quotation, from its opening mark to its closing one."""
    stripped = text.strip()
    return stripped[:1] in _QUOTE_OPENERS and stripped[-1:] in _QUOTE_CLOSERS


def is_quote_credit(text: str) -> bool:
    """A short line that says whose words a quotation standing above it are ("Remarks by …", "President
    Tusk at the press conference …")."""
    stripped = text.strip()
    return (
        (_QUOTE_CREDIT.match(stripped) is not None or _SPEAKER_AT_CREDIT.match(stripped) is not None)
        and len(words_of(stripped)) <= SHORT_WORDS + 8
        and not stripped.endswith((".", ":", "?"))
    )
