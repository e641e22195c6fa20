"""Attendee lists one a line: "Participants included:" and then "- Name, Title, Organisation".

Readouts of convenings end with who was there, under a header that says so
("Participants included:", "Lawmakers who participated in the meeting were:",
"Joining the call were the following leaders:", "External participants
included:") and then a bulleted list, one attendee a line. A line gives a
person ("Senator Dick Durbin (D-IL)", "Mia Lee, Close Up Foundation",
"Bulgarian President Rumen Radev") or, when nobody is named, the organisation
or place that took part ("Port of Long Beach", "National Wildlife Federation").
The list is read from the lines themselves (the tagger's names within each
line), not from a parse: the lines are no sentences and the selective parse
may leave them unparsed.

>>> listed_lines(header_sentence, ctx)  # doctest: +SKIP
[PersonRef('Dick Durbin', 'Senator', 'person'), PersonRef('Close Up Foundation', None, 'org')]
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from briefings.extract.context import DocContext
from briefings.extract.lexicon import (
    ATTENDANCE_WORDS,
    BODY_NAME_LINKS,
    LISTED_PEOPLE_NOUNS,
    QUALIFYING_TITLE_WORDS,
    ROLE_PREFIX_WORDS,
    TITLE_WORDS,
    TRIP_NOUNS,
)
from briefings.extract.names import looks_like_name, split_title
from briefings.extract.parties import NAME_SUFFIXES, clean_name, dedupe, only_title_words
from briefings.model.facts import PersonRef

_BULLETS = ("- ", "* ", "• ", "– ")
_INLINE_BULLET = re.compile(r"\s•\s")  # a bullet inside a line: the next item of a joined list
_LIST_REACH = 6000  # characters after the header a list of attendees runs to
_LABEL_WORDS = 5  # a header of a list of people that is a bare label: "AA & NHPI Leaders:"
_MAX_ITEM_WORDS = 8  # a line's first part longer than this is a sentence about someone, no name
_MARKUP = re.compile(r"(?:[\s*_\\]|</?\w+>)*")


def list_header(sent: Span, text: str) -> int | None:
    """The offset just after the colon of an attendance header in this sentence, or None.

    A header is the last line of a paragraph ending in a colon whose words say who attended
    ("Participants", "participated", "in attendance", "joining the call"), or that lists people
    ("State legislative leaders included:", "The lawmakers were:").

    ``text`` is the document's text (``DocContext.text``): spaCy builds ``Doc.text`` anew
    from every token on each access, so reading it per sentence made this check quadratic
    in the document's length (half of all extraction time on long transcripts)."""
    for colon in (sent.start_char + m.start() for m in re.finditer(":", sent.text)):
        line_end = text.find("\n", colon)
        rest = text[colon + 1 : line_end] if line_end >= 0 else ""
        bulleted = _bulleted(rest.lstrip())
        if line_end < 0 or not (_MARKUP.fullmatch(rest) or bulleted):
            # "**Participants:**", "Participants included:</span>": the colon ends the line (or the
            # list's first bullet follows it on the line: "… roundtable include:• Belen Buckley, …")
            continue
        # the header's words from its paragraph's start, wrapped or not ("… that participated in today's
        # roundtable\ninclude:")
        line_start = max(text.rfind("\n\n", 0, colon) + 2, sent.start_char)
        words = re.findall(r"[a-z’']+", text[line_start:colon].lower())
        if not words or len(words) > 16 or TRIP_NOUNS & set(words):
            continue  # "officials who participated in the trip": a journey, no meeting
        if ATTENDANCE_WORDS & set(words) or (
            words[-1] in {"include", "included", "were"} and LISTED_PEOPLE_NOUNS & set(words)
        ):
            return colon + 1
        if (
            len(words) <= _LABEL_WORDS
            and words[-1] in LISTED_PEOPLE_NOUNS
            and text[line_start:colon].count("\n") == 0
        ):
            return colon + 1  # "*AA & NHPI Leaders:*": a label over a list of people, on a line of its own
    return None


def listed_lines(start: int, ctx: DocContext) -> list[PersonRef]:
    """The attendees of the bulleted lines after ``start``, one a line, in their order."""
    text = ctx.text
    pos = text.find("\n", start) + 1
    if _bulleted(text[start:pos].lstrip()):
        pos = start  # the first bullet on the header's own line
    out: list[PersonRef] = []
    in_item = False  # the line before was an item's: a line with no bullet goes on with it
    while 0 < pos < len(text) and pos < start + _LIST_REACH:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        raw = text[pos:end]
        line = raw.strip()
        if line and not _bulleted(line):
            if not (in_item and not line.endswith(":")) and (out or not line.endswith(":")):
                break  # the paragraph after the list ("Louisiana Participants:" may head a part)
            if in_item:
                # "• Belen Buckley, Youth Advisor, Georgetown Law Center on Poverty\nand Inequality;
                # California • Marley Dias, …": an item wrapped onto the next line, where the next
                # items may start after bullets of their own
                out += _items(raw, pos, end, None, ctx)
        elif line:
            in_item = True
            out += _items(raw, pos, end, len(raw) - len(raw.lstrip()) + 2, ctx)
        else:
            in_item = False  # a blank line ends the item
        pos = end + 1
    return dedupe(out)


def _items(raw: str, pos: int, end: int, lead: int | None, ctx: DocContext) -> list[PersonRef]:
    """The attendees of one line: the item its bullet opens (``lead``: where its text starts), and
    the items bullets inside the line open ("… California • Enshalla Dunlop, …": the loader joined
    a wrapped list into one line)."""
    inline = [pos + m.end() for m in _INLINE_BULLET.finditer(raw, lead or 0)]
    cuts = [*([pos + lead] if lead is not None else []), *inline, end + 3]
    out: list[PersonRef] = []
    for item_start, next_start in itertools.pairwise(cuts):
        ref = _line_attendee(item_start, next_start - 3, ctx)
        out += [ref] if ref is not None else []
    return out


def _bulleted(line: str) -> bool:
    """A list line: a bullet and a space after it ("• ", "•\xa0", "- ")."""
    return line.startswith(_BULLETS) or (line[:1] == "•" and line[1:2].isspace())


def _line_attendee(start: int, end: int, ctx: DocContext) -> PersonRef | None:
    """The one attendee a line names: the person named before its first comma, else the body."""
    text = ctx.text
    first_end = _first_part_end(text, start, end)
    names = [
        e for e in ctx.doc.ents if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= first_end
    ]
    if names:
        ent = names[-1]  # "Senate President Pro Tempore Ann Ruiz": the tagger may make "Pro Tempore" one too
        hyphen = re.match(r"-[A-Z][\w’']+", text[ent.end_char : first_end])  # "Rebecca Bauer-Kahan"
        written = clean_name(ent.text.replace("*", "") + (hyphen.group() if hyphen else ""))
        role, name = _after_title(written)
        ref = None if role or hyphen or name != written else ctx.people.resolve(ent)
        if ref is not None and ref.kind == "person" and not only_title_words(ref.name):
            return ref
        return (
            PersonRef(name, role, "person") if looks_like_name(name) and not only_title_words(name) else None
        )
    part = clean_name(text[start:first_end].replace("*", "").replace("\\", ""))
    words = part.split()
    if not words or len(words) > _MAX_ITEM_WORDS or only_title_words(part):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in BODY_NAME_LINKS for w in words):
        return None  # a sentence about someone, no name
    if _office(words):
        return None  # "Secretary of the Treasury": an office, nobody named
    title, name = split_title(part)
    role, after = _after_title(part)
    if role and looks_like_name(after):
        return PersonRef(after, role, "person")  # "Oregon House Majority Leader Ann Ruiz", untagged
    if first_end < end and looks_like_name(name) and 2 <= len(name.split()) <= 4:
        # "Mia Lee, Close Up Foundation", "Pastor Ann Ruiz, Pastor, ...": a name the tagger missed
        return PersonRef(name, title or None, "person")
    entities = [e for e in ctx.doc.ents if start <= e.end_char and e.start_char < first_end]
    place = any(e.label_ in {"GPE", "LOC"} and len(e) == len(words) for e in entities)
    return PersonRef(part, None, "place" if place else "org")


def _after_title(text: str) -> tuple[str | None, str]:
    """ "Oregon House Majority Leader Ann Ruiz" -> ("Oregon House Majority Leader", "Ann Ruiz"): the
    tagger ran the line's title into the name; the name is what follows the last title word."""
    words = text.split()
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) > 1:
        words = words[:-1]  # "Ann Ruiz DNP": a credential after the name
    cut = max(
        (
            i
            for i, w in enumerate(words[:-2])
            if w.lower().strip(".,") in (TITLE_WORDS | ROLE_PREFIX_WORDS) - QUALIFYING_TITLE_WORDS
            and w[:1].isupper()
        ),
        default=-1,
    )
    return (" ".join(words[: cut + 1]), " ".join(words[cut + 1 :])) if cut >= 0 else (None, " ".join(words))


def _office(words: list[str]) -> bool:
    """ "Secretary of the Treasury", "Assistant to the President", "National Climate Advisor": an
    office word followed by "of"/"to" or another office word, or ending the line; "National
    Wildlife Federation" is a body."""
    low = [w.lower().rstrip(".") for w in words]
    if low[0] not in TITLE_WORDS:
        return False
    return len(low) == 1 or low[1] in TITLE_WORDS | {"of", "to"} or low[-1] in TITLE_WORDS


def _first_part_end(text: str, start: int, end: int) -> int:
    """Where a line's first part ends: its first comma or bracket, past a name's suffix ("Robert Ruiz,
    Jr.,"); "Senator Ann Ruiz (D-OH)" is the name before the bracket."""
    bracket = text.find("(", start, end)
    end = bracket if bracket > start else end
    pos = start
    while True:
        comma = text.find(",", pos, end)
        if comma < 0:
            return end
        after = text[comma + 1 : end].strip().split(",")[0].strip(" .").lower()
        if after not in NAME_SUFFIXES:
            return comma
        pos = comma + 1
