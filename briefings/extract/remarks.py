"""Single-speaker remarks under a byline: the whole body is one person's speech.

Official remarks and press statements are often printed without speaker
labels, under a byline instead::

    Maria L. Fontaine, Under Secretary for Economic Growth

    Nairobi, Kenya

    Good morning. ... I want to thank President Kamau for his hospitality.
    We just concluded a very productive meeting.

The byline says who "I" and "we" are, the dateline where they speak. Read as
one labelled turn of the byline's person, the remarks go through the same
logic as a transcript: meetings get the speaker as a party and the dateline as
the place; as in any transcript, the speaker's own words are no key quotes. A byline over a
third-person statement ("Ned Price, Department Spokesperson" over "The
Secretary will travel ...") is only its issuer, so the body must speak in the
first person singular to count as remarks.

>>> [t.label for t in remarks_turns("Ana Ruiz, Minister of Trade\\n\\nI met them. I thanked them.")]
['Ana Ruiz']
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import AUTHOR_BODY_WORDS
from briefings.extract.names import split_title
from briefings.extract.quotemarks import find_quotes
from briefings.extract.turns import Turn

# "Name, Office" on the first paragraph: two to five capitalised name words, a comma, an office
_NAME_AND_OFFICE = (
    r"[ \t*_]*(?P<name>[A-Z][\w'’-]*\.?(?: (?:[A-Z][\w'’-]*\.?|de|da|van|von|bin|al)){1,4}), "
    r"(?P<role>[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|for|and|the|on|to|at|in|de|du))*?)"
)
_BYLINE = re.compile(_NAME_AND_OFFICE + r"[ \t*_.]*\Z")
# the same "Name, Office" as the label of the one speaker's turn, the speech after its colon on the
# same line ("Penny Wong, Foreign Minister: Well, it's good to be here …"): a transcript whose only
# speaker is labelled, the journalists' turns cut
_LABELLED = re.compile(_NAME_AND_OFFICE + r"[ \t*_]*:[ \t]+(?=\S)")
_DATELINE = re.compile(r"[A-Z][\w.'’ -]{1,40}(?:, [A-Z][\w.'’ -]{1,40}){1,2}\Z")
_QUOTED = re.compile(r"[“\"][^”\"\n]*[”\"]")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|myself)\b")
MIN_FIRST_PERSON = 2
_HEADER_PARAGRAPHS = 2
# one person's name in a source's author field: two to four capitalised words, an initial allowed
_PERSON_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z]\.)?(?: (?:[A-Z][\w'’-]+|de|van|von|bin|al)){1,3}")
# what separates the parts of an author field: "Minister for Foreign Affairs (Senator the Hon Marise
# Payne)", "Deputy Prime Minister A and Minister for Foreign Affairs B (joint media release)"
_AUTHOR_PARTS = re.compile(r"[;(),/]| and | & ")
_STYLE_WORDS = re.compile(r"^(?:(?:the|The) )?(?:(?:Rt|Right) )?(?:Hon\.?|Honourable|Honorable)\s+")


def remarks_turns(text: str) -> list[Turn]:
    """The body under a byline as one turn of the byline's person; empty when it is not remarks.

    The turn's label is the byline's name (so it resolves, with its office, like
    a transcript label), its label sits on the byline line (so the dateline
    below reads as the header's place), and its text is everything after the
    header.
    """
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return []
    start, end = paragraphs[0]
    match = _BYLINE.match(text[start:end].strip("\n"))
    labelled = None if match else _LABELLED.match(text, start, end)
    match = match or labelled
    if match is None:
        return []
    name_start = start + text[start:end].index(match.group("name"))
    body_start = labelled.end() if labelled else end
    for p_start, p_end in [] if labelled else paragraphs[1:_HEADER_PARAGRAPHS]:
        if _DATELINE.match(text[p_start:p_end].strip()):
            body_start = p_end
    speech = _QUOTED.sub("", text[body_start:])
    if len(_FIRST_PERSON_SINGULAR.findall(speech)) < MIN_FIRST_PERSON:
        return []
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    if body_start >= len(text):
        return []
    role = match.group("role").strip(" *_.")
    return [Turn(match.group("name"), name_start, body_start, len(text), role)]


def _paragraphs(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    out: list[tuple[int, int]] = []
    for match in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text[lo:hi]):
        found = match.group()
        if found.strip():
            lead = len(found) - len(found.lstrip())
            out.append((lo + match.start() + lead, lo + match.end()))
    return out


def author_turns(text: str, author: str | None) -> list[Turn]:
    """The body of a first-person release as one turn of its author, when the source's author field
    names exactly one person ("Minister for Foreign Affairs (Senator the Hon Marise Payne)") and the
    body outside its quotations says "I", "me" or "my" at least twice: "In my meeting with Environment
    Minister John Pundari, I affirmed …" is the author's meeting. A field naming an office, an outlet
    or two people ("Deputy Prime Minister A and Minister B (joint media release)") names no "I"."""
    if not author or len(_FIRST_PERSON_SINGULAR.findall(_unquoted(text))) < MIN_FIRST_PERSON:
        return []
    names: list[tuple[str, str]] = []
    for part in _AUTHOR_PARTS.split(author):
        title, name = split_title(_STYLE_WORDS.sub("", part.strip()))
        name = _STYLE_WORDS.sub("", name).strip()
        if not _PERSON_NAME.fullmatch(name) or any(w.lower() in AUTHOR_BODY_WORDS for w in name.split()):
            continue
        if name not in (n for n, _ in names):
            names.append((name, title))
    if len(names) != 1:
        return []
    name, title = names[0]
    return [Turn(name, 0, 0, len(text), title or None)]


def _unquoted(text: str) -> str:
    """The author's own words: ``text`` without its quotations, single-marked ones too ("'This was
    emphasised in my meetings,' the Prime Minister said" is no first person of the release)."""
    for quote in reversed(find_quotes(text)):
        text = text[: quote.open_mark] + text[quote.close_mark + 1 :]
    return text
