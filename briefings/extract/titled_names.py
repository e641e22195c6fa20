"""Names around titles: "Chinese Foreign Minister Wang Yi", "Tomas Pojar, National Security Advisor".

A title is written before a name, after it as an appositive, or after a comma
("Kenya's foreign minister, Samuel Kiprop,"), and the tagger often misses or
mislabels the name inside a long title. These rules find the person a title
leads to, with the title as the role, and tell which capitalised words are
only part of a title so that they are not taken for a party.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.lexicon import FIELD_END_WORDS, GROUP_NOUNS, TITLE_WORDS
from briefings.extract.name_phrases import entity_span, particle_name, proper_phrase, written_name
from briefings.extract.names import is_honorific
from briefings.extract.parties import clean_name
from briefings.extract.people import PeopleIndex
from briefings.extract.person_roles import without_style_of_address
from briefings.extract.places import is_country
from briefings.model.facts import PersonRef

# Words a long title strings its parts with: "Minister of State for Foreign Affairs",
# "Minister of International Relations and Cooperation".
_TITLE_LINKS = frozenset({"of", "for", "and", "the", "&", "-"})
_TITLE_RUN = (
    12  # "Senior Director for the Western Hemisphere for the National Security Council Juan Gonzalez"
)


def name_before_title(token: Token) -> PersonRef | None:
    """ "Tomas Pojar, National Security Advisor to the Prime Minister": a name the tagger took for a
    place or an organisation is a person's when a title follows it as its appositive."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
        return None
    title = next(
        (c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.lower_ in TITLE_WORDS),
        None,
    )
    phrase = proper_phrase(token)
    if title is None or not title.text[:1].isupper() or not written_name(phrase.text) or len(phrase) > 3:
        return None
    if any(t.lower_ in TITLE_WORDS for t in phrase):
        return None
    role = token.doc[title.left_edge.i : min(title.right_edge.i + 1, title.left_edge.i + 2 * _TITLE_RUN)].text
    return PersonRef(phrase.text, role.strip(" ,"), "person")


def name_after_title(token: Token) -> Span | None:
    """The person a capitalised title leads to: "Minister of State for Foreign Affairs Khalid al-Mansouri".

    The parser hangs the "of"/"for" parts of a long title anywhere (a pobj, an
    ORG "State for Foreign Affairs"), so the title is read as a run of
    capitalised words and linking words that ends in a PERSON entity.
    """
    doc = token.doc
    if not token.text[:1].isupper() or token.lower_ not in TITLE_WORDS:
        return None
    linked = False
    for tok in doc[token.i + 1 : min(token.i + _TITLE_RUN, len(doc))]:
        if tok.ent_type_ == "PERSON":
            ent = entity_span(tok)
            fields = [t.i for t in ent if t.lower_ in FIELD_END_WORDS] if ent is not None else []
            if ent is not None and linked and fields and fields[-1] < ent.end - 2:
                return doc[fields[-1] + 1 : ent.end]  # "of Foreign Affairs and [Expatriates] Ayman Safadi"
            if ent is not None and len(ent) >= 3 and doc[ent.start - 1].lower_ in {"of", "for"}:
                return doc[
                    ent.start + 1 : ent.end
                ]  # "Minister of [Defence Tomasz Nowak]": the ministry's word
            return ent
        if tok.lower_ in {"of", "for"}:
            linked = True
        elif tok.lower_ == "and" and not linked:
            return None  # "Minister and Secretary Cole": two parties, not one long title
        elif tok.lower_ not in _TITLE_LINKS and not (
            tok.text[:1].isupper() and tok.pos_ in {"PROPN", "ADJ", "NOUN"}
        ):
            return None
    return None


def name_glued_to_title(token: Token) -> Span | None:
    """ "Burma's senior leader Than Shwe": a title noun right before a person's name of two words or
    more, which the parser hung below the title through a word it misread ("Than" as a preposition),
    is that person's title."""
    doc = token.doc
    if token.lower_ not in TITLE_WORDS or token.i + 2 >= len(doc) or doc[token.i + 1].ent_type_ != "PERSON":
        return None
    ent = entity_span(doc[token.i + 1])
    if ent is None or ent.start != token.i + 1 or len(ent) < 2:
        return None
    inside = token.left_edge.i <= ent.root.i <= token.right_edge.i and ent.root.i != token.i
    return ent if inside else None


def titled_ref(title: Token, name: Span, people: PeopleIndex) -> PersonRef | None:
    """The named person, with the long title before the name as the role when the index has none."""
    doc = title.doc
    start = title.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].dep_ in {"compound", "amod"}:
        start -= 1  # "Korean Minister of National Defense"
    role = " ".join(without_style_of_address(doc[start : name.start].text.strip(" ,").split())) or None
    if name.end < len(doc) and particle_name(doc[name.end]) is not None:
        name = doc[name.start : name.end + 1]  # "Ursula von der [Leyen]": the surname tagged a place
    ref = people.resolve(name)
    if ref is not None and ref.name != name.text and ref.name.endswith(" " + name.text):
        ref = PersonRef(name.text, ref.role, ref.kind)  # the index kept the ministry's word in the name
    if ref is None:  # a name the index cannot parse ("Kim Jae-won") is kept as written
        return PersonRef(clean_name(name.text), role, "person") if written_name(name.text) else None
    if ref.role and not (role and ref.role in role and len(role) > len(ref.role)):
        return ref
    return PersonRef(ref.name, role, ref.kind)  # the full title ("... Minister for Foreign Affairs")


def untagged_name(token: Token, people: PeopleIndex) -> PersonRef | None:
    """ "Minister of National Defence Tomasz Nowak" with the name untagged (or swallowed by an ORG).

    The capitalised run around ``token`` holds a title with "of"/"for"; when its last word
    is the surname of a person the document names elsewhere, the last two words are the
    name and the words before them the role.
    """
    doc = token.doc
    start = end = token.i
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in {"of", "for", "and"}):
        start -= 1
    while end + 1 < len(doc) and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in {"of", "for"}):
        end += 1
    run = doc[start : end + 1]
    linked = any(
        t.lower_ in {"of", "for"} and t.i > start and doc[t.i - 1].lower_ in TITLE_WORDS for t in run
    )
    if not linked or len(run) < 4 or run[-1].lower_ in TITLE_WORDS or not run[-2].text[:1].isupper():
        return None
    known = people.known(run[-1].text, run[-1].idx)
    if known is None or known.kind != "person" or token.i < run[-2].i - 4:
        return None
    name = doc[run[-2].i : run[-1].i + 1].text
    while start < run[-2].i and doc[start].lower_ in {"of", "for", "and"}:
        start += 1
    return PersonRef(name, doc[start : run[-2].i].text or None, "person")


def after_title(token: Token, phrase: Span) -> bool:
    """Whether a capitalised title stands before the name ("Secretary of State Lydia Cole")."""
    doc = token.doc
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    titled = [c for c in token.children if c.dep_ in {"nmod", "compound"} and c.i < phrase.start]
    if before is not None:
        titled.append(before)
    return any(t.lower_ in TITLE_WORDS and t.text[:1].isupper() for t in titled)


def name_after_comma(token: Token) -> Span | None:
    """ "Kenya's foreign minister, Samuel Kiprop,": a title noun named by the appositive after its comma."""
    doc = token.doc
    if token.lower_ not in TITLE_WORDS | GROUP_NOUNS or token.i + 2 >= len(doc):
        return None
    if doc[token.i + 1].text != "," or doc[token.i + 2].ent_type_ != "PERSON":
        return None
    ent = entity_span(doc[token.i + 2])
    return ent if ent is not None and ent.start == token.i + 2 else None


def inside_title(token: Token) -> bool:
    """Whether ``token`` is a word of a long title before a name ("State" in "Minister of State ... X")."""
    doc = token.doc
    for back in range(token.i - 1, max(token.i - _TITLE_RUN, -1), -1):
        tok = doc[back]
        if tok.lower_ in TITLE_WORDS and tok.text[:1].isupper():
            ent = name_after_title(tok)
            if ent is not None and ent.start > token.i:
                return True
        if tok.lower_ not in _TITLE_LINKS and not tok.text[:1].isupper():
            return False
    return False


def listed_past_title(token: Token) -> list[Token]:
    """ "Ana Ruiz, Intergovernmental Affairs Director, Jo Kim, Policy Council Director, and Lu Chen,
    Deputy Counsel": a list of names each followed by its title, which the parser strings together
    through the titles (the next name a conjunct of the title before it). The names after the first."""
    if token.ent_type_ != "PERSON":
        return []
    out: list[Token] = []
    titles = [c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.ent_type_ != "PERSON"]
    while titles:
        title = titles.pop(0)
        for c in title.children:
            if c.dep_ in {"conj", "appos"} and c.i > title.i and c.ent_type_ == "PERSON":
                out.append(
                    c
                )  # "Draghi of Italy, Prime Minister Kishida of Japan": the next name hung on its title
            elif c.dep_ == "conj" and c.i > title.i and c.pos_ == "PROPN" and c.lower_ in TITLE_WORDS:
                titles.append(c)
    return out


def name_after_field(token: Token) -> PersonRef | None:
    """ "Secretary of Housing and Urban Development Marcia Fudge", "Vice President of the European
    Commission Frans Timmermans": the tagger runs the field or body of a title and the name after it
    into one entity. The words after the entity's last field or body word are the name, when a
    capitalised title leads to the entity through "of"/"for"."""
    ent = entity_span(token)
    if ent is None or ent.label_ not in {"ORG", "PERSON"} or token.i != ent.end - 1 or ent.start < 2:
        return None
    doc = token.doc
    start = title_leading_to(ent)
    if start is None:
        return None
    ends = [t.i for t in ent if t.lower_ in FIELD_END_WORDS]
    if not ends or ends[-1] >= ent.end - 2:
        return None  # "Secretary of Health and Human Services": a field and no name
    name = doc[ends[-1] + 1 : ent.end]
    if not written_name(name.text.replace(".", "")):
        return None
    return PersonRef(clean_name(name.text), doc[start : ends[-1] + 1].text, "person")


def title_leading_to(ent: Span) -> int | None:
    """Where the capitalised title that leads to ``ent`` through "of"/"for" begins ("Executive Vice
    President of the …", "and Minister of …" from after the "and"), or None when none does."""
    doc = ent.doc
    if ent.start < 2:
        return None
    link = ent.start - 1 - (doc[ent.start - 1].lower_ == "the")
    if doc[link].lower_ not in {"of", "for", "and"}:
        return None
    start = link
    while (
        start > 0
        and doc[start - 1].ent_type_ != "PERSON"  # "A and Minister of ... B": A's name ends B's title
        and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in _TITLE_LINKS)
    ):
        start -= 1  # back over the rest of the title: "Executive Vice President of the ..."
    while doc[start].lower_ in _TITLE_LINKS:
        start += 1  # "and Minister of ...": the title begins after the link
    if not any(t.lower_ in TITLE_WORDS and t.text[:1].isupper() for t in doc[start:link]):
        return None
    if not any(t.lower_ in {"of", "for"} for t in doc[start : link + 1]):
        return None  # "Minister of Foreign Affairs and Expatriates ...": the field follows an "of"
    return start


def name_after_body(token: Token) -> PersonRef | None:
    """ "the Secretary of the Mongolian National Security Council Jadamba Enkhbayar": a title leads
    through "of" to a body the tagger named, and the capitalised words right after the body's name,
    which the tagger left untagged, are the holder's name (two words or more)."""
    if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    body = entity_span(doc[start - 1]) if start > 0 else None
    if token.i - start >= 2 and is_country(doc[start].text):
        # "the Minister of Foreign Affairs of Estonia Urmas Reinsalu", the country left untagged too
        body, start = doc[start : start + 1], start + 1
    if token.i == start or body is None or body.label_ not in {"ORG", "GPE", ""} or body.end != start:
        return None
    begin = title_leading_to(body)
    name = doc[start : token.i + 1]
    if begin is None or not written_name(name.text.replace(".", "")):
        return None
    return PersonRef(clean_name(name.text), doc[begin:start].text, "person")


def listed_office(office: Token, appos: Token) -> bool:
    """ "the President, Speaker Pelosi, and Leader Schumer had a discussion": a titled name after an
    office with no name, in a list with "and", is the list's next item, not the office's holder."""
    if office.lower_ not in TITLE_WORDS or office.ent_type_ == "PERSON":
        return False
    own = [
        t
        for t in appos.lefts
        if t.dep_ == "compound" and t.lower_ in TITLE_WORDS and not is_honorific(t.text)  # "Dr. Fauci" is his
    ]
    owned = any(c.dep_ == "poss" for c in office.children)  # "his Chief Medical Advisor, Dr. Anthony Fauci"
    return (
        bool(own)
        and not owned
        and all(t.lower_ != office.lower_ for t in own)
        and any(c.dep_ == "conj" for c in office.children)
    )
