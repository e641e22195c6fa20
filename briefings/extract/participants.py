"""Who took part: turning a parse token into a resolved participant.

A meeting's participants are written in many shapes: a name with a title
("Chinese Foreign Minister Wang Yi"), an appositive ("the Taliban's chief
negotiator Mullah Abdul Ghani Baradar"), a group ("a Taliban delegation",
"representatives from the Afghan government and the Taliban"), a nominal
("the Secretary"), a pronoun ("he", or "I"/"we" under a transcript label).
Each shape is read by a dependency rule; names go through the document's
:class:`PeopleIndex` so "Wang" comes out as "Wang Yi" with his role.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.lexicon import (
    GROUP_NOUNS,
    MORE_PEOPLE_WORDS,
    PATRONYMIC_PARTICLES,
    PEOPLE_FROM_PLACES,
    PEOPLE_WORDS,
    TITLE_WORDS,
    VAGUE_MODIFIERS,
)
from briefings.extract.parties import NAME_SUFFIXES, clean_name, dedupe, only_title_words
from briefings.extract.people import PeopleIndex
from briefings.extract.places import COUNTRIES, country_of_demonym, entity_at, is_demonym
from briefings.extract.speakers import Speakers
from briefings.model.facts import EntityKind, PersonRef

_ENTITY_KINDS: dict[str, EntityKind] = {
    "ORG": "org",
    "GPE": "place",
    "NORP": "group",
    "LOC": "place",
    "FAC": "place",
}
_FIRST_PERSON = frozenset({"i", "me", "we", "us", "myself", "ourselves"})
# Words a long title strings its parts with: "Minister of State for Foreign Affairs",
# "Minister of International Relations and Cooperation".
_TITLE_LINKS = frozenset({"of", "for", "and", "the", "&", "-"})
_TITLE_RUN = 10
# How far back (tokens) "the delegation" looks for the delegation the text introduced.
_ANTECEDENT_REACH = 400
# Entity labels the small tagger gives unfamiliar names of people ("Lydia Cole" as a PRODUCT).
_MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_SECOND_PERSON = frozenset({"you", "yourself", "yourselves"})
_THIRD_PERSON = frozenset({"he", "him", "she", "her", "his"})
_PEOPLE_ENDINGS = ("ists", "ians")


def entity_span(token: Token) -> Span | None:
    """The named entity holding ``token``, if any."""
    return entity_at(token)


def _noun_phrase(token: Token) -> str:
    """The modifiers and head of a group noun: "Taliban delegation", "Afghan government"."""
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    start = min((t.left_edge.i for t in left), default=token.i)
    words = [
        t
        for t in token.doc[start : token.i + 1]
        if t.dep_ not in {"det", "case"} and not t.is_punct and t.pos_ != "PRON"
    ]
    return clean_name(" ".join(t.text for t in words))


def _proper_phrase(token: Token) -> Span:
    """The run of compound proper nouns ending at ``token`` (NER sometimes misses "King Abdullah II")."""
    start = token.i
    while start > 0:
        prev = token.doc[start - 1]
        if prev.pos_ == "SPACE" and start > 1 and token.doc[start - 2].dep_ == "compound":
            start -= 1  # "Manasseh\u00a0Sogavare": a stray space token inside the name
            continue
        if prev.dep_ not in {"compound", "poss"} or prev.pos_ not in {"PROPN", "PRON"}:
            break
        start -= 1
    return token.doc[start : token.i + 1]


def resolve_token(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """The participant(s) one head token stands for; an empty list when it names nobody."""
    low = token.lower_
    if token.pos_ == "PRON" or low in _FIRST_PERSON | _SECOND_PERSON | _THIRD_PERSON:
        return _pronoun(token, people, speakers)
    if (
        token.is_upper
        and token.ent_type_ in {"GPE", "LOC"}
        and (token.i == 0 or token.doc[token.i - 1].is_space)
    ):
        return []  # a wire dateline ("BEIJING, Nov 14 (Wire) - ...") parsed as the subject
    if token.ent_type_ != "PERSON":
        titled = name_after_title(token) or _name_after_comma(token)
        if titled is not None:
            ref = _titled_ref(token, titled, people)
            return [ref] if ref is not None else []
        untagged = _untagged_name(token, people)
        if untagged is not None:
            return [untagged]
        if _inside_title(token) or _place_qualifier(token):
            return []
    before_title = _name_before_title(token)
    if before_title is not None:
        return [before_title]
    for child in token.children:
        if (
            token.ent_type_ != "PERSON"  # "Cole and Kenya's minister, Kiprop": Kiprop is not Cole
            and child.dep_ == "appos"
            and child.i > token.i
            and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN")
        ):
            found = resolve_token(child, people, speakers)
            if found:
                return found
    if low.rstrip(".") in NAME_SUFFIXES:
        # "President Joseph R. Biden, Jr.": the parser heads the name on its suffix
        for child in token.children:
            if child.ent_type_ == "PERSON" and child.dep_ in {"nmod", "appos", "npadvmod"}:
                found = resolve_token(child, people, speakers)
                if found:
                    return found
    ent = entity_span(token)
    if ent is not None and ent.label_ == "PERSON":
        ref = people.resolve(ent)
        if ref is None and _written_name(ent.text):
            ref = PersonRef(clean_name(ent.text), None, "person")  # "Kim Jae-won": kept as written
        return [ref] if ref is not None else []
    if ent is not None and ent.label_ == "ORG" and len(ent) == 1 and token.pos_ == "PROPN":
        known = people.known(token.text, token.idx)  # "Okello" tagged an organisation
        if known is not None and len(known.name.split()) >= 2:
            return [known]
    if low in TITLE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        found = _nominal(token, people)
        if found:
            return found
    if low in GROUP_NOUNS or (token.pos_ == "NOUN" and low.rstrip("s") in GROUP_NOUNS):
        return _group(token, people, speakers)
    if ent is not None and ent.label_ in _ENTITY_KINDS and token.i == ent.end - 1:
        name = clean_name(ent.text)
        if not any(c.isupper() for c in name):
            return []  # "cooperatives" tagged an organisation: a common noun names no one
        return [PersonRef(name, None, _ENTITY_KINDS[ent.label_])] if name else []
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        if low in TITLE_WORDS:
            return _nominal(token, people)
        phrase = _proper_phrase(token)
        if ent is None and len(phrase) == 1:
            # "Wanjiru later spoke by phone": a lone surname the tagger missed, of someone named in full
            known = people.known(token.text, token.idx)
            return [known] if known is not None and len(known.name.split()) >= 2 else []
        if ent is not None and ent.label_ in _MISREAD_LABELS and _after_title(token, phrase):
            ref = people.resolve(phrase)  # "Secretary of State Lydia Cole" tagged a PRODUCT
            return [ref] if ref is not None and ref.kind == "person" else []
        if ent is not None or len(phrase) < 2:
            return []  # a piece of a place or organisation name, or a lone capitalised word
        ref = people.resolve(phrase)
        return [ref] if ref is not None and not only_title_words(ref.name) else []
    if token.pos_ == "NOUN" and low in TITLE_WORDS:
        return _nominal(token, people)
    return []


def _name_before_title(token: Token) -> PersonRef | None:
    """ "Tomas Pojar, National Security Advisor to the Prime Minister": a name the tagger took for a
    place or an organisation is a person's when a title follows it as its appositive."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
        return None
    title = next(
        (c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.lower_ in TITLE_WORDS),
        None,
    )
    phrase = _proper_phrase(token)
    if title is None or not title.text[:1].isupper() or not _written_name(phrase.text) or len(phrase) > 3:
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


def _titled_ref(title: Token, name: Span, people: PeopleIndex) -> PersonRef | None:
    """The named person, with the long title before the name as the role when the index has none."""
    doc = title.doc
    start = title.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].dep_ in {"compound", "amod"}:
        start -= 1  # "Korean Minister of National Defense"
    role = doc[start : name.start].text.strip(" ,") or None
    ref = people.resolve(name)
    if ref is not None and ref.name != name.text and ref.name.endswith(" " + name.text):
        ref = PersonRef(name.text, ref.role, ref.kind)  # the index kept the ministry's word in the name
    if ref is None:  # a name the index cannot parse ("Kim Jae-won") is kept as written
        return PersonRef(clean_name(name.text), role, "person") if _written_name(name.text) else None
    if ref.role and not (role and ref.role in role and len(role) > len(ref.role)):
        return ref
    return PersonRef(ref.name, role, ref.kind)  # the full title ("... Minister for Foreign Affairs")


def _untagged_name(token: Token, people: PeopleIndex) -> PersonRef | None:
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


def _written_name(text: str) -> bool:
    """Two to four capitalised words, hyphenated parts allowed: a name even when the index cannot split it."""
    words = clean_name(text).split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def _after_title(token: Token, phrase: Span) -> bool:
    """Whether a capitalised title stands before the name ("Secretary of State Lydia Cole")."""
    doc = token.doc
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    titled = [c for c in token.children if c.dep_ in {"nmod", "compound"} and c.i < phrase.start]
    if before is not None:
        titled.append(before)
    return any(t.lower_ in TITLE_WORDS and t.text[:1].isupper() for t in titled)


def _name_after_comma(token: Token) -> Span | None:
    """ "Kenya's foreign minister, Samuel Kiprop,": a title noun named by the appositive after its comma."""
    doc = token.doc
    if token.lower_ not in TITLE_WORDS | GROUP_NOUNS or token.i + 2 >= len(doc):
        return None
    if doc[token.i + 1].text != "," or doc[token.i + 2].ent_type_ != "PERSON":
        return None
    ent = entity_span(doc[token.i + 2])
    return ent if ent is not None and ent.start == token.i + 2 else None


def _inside_title(token: Token) -> bool:
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


def _place_qualifier(token: Token) -> bool:
    """ "Washington, DC", "Doha, Qatar": the state or country after a city's comma qualifies a place."""
    doc = token.doc
    ent = entity_span(token)
    if ent is None or ent.label_ not in {"GPE", "LOC"} or ent.start < 2:
        return False
    if doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ not in {"GPE", "LOC"}:
        return False
    city = entity_span(doc[ent.start - 2])
    if city is not None and city.start > 0 and doc[city.start - 1].lower_ in {"in", "at"}:
        # "in Washington, DC to reaffirm ...": one place, however the parser attached its second half
        return not any(c.dep_ == "cc" for c in ent.root.children)
    # "Tanzania, Uganda and Rwanda": a list of parties
    return not (ent.root.dep_ == "conj" or any(c.dep_ in {"conj", "cc"} for c in ent.root.children))


def _pronoun(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    low = token.lower_
    if low in _FIRST_PERSON:
        return [speakers.speaker] if speakers.speaker is not None else []
    if low in _SECOND_PERSON:
        return speakers.counterparts()
    if low == "both" or low == "all":
        return [
            r
            for c in token.children
            if c.dep_ == "prep"
            for p in c.children
            for r in _pronoun(p, people, speakers)
        ]
    if low in _THIRD_PERSON or low in {"his", "hers"}:
        salient = _salient_subject(token, people)
        if salient is not None:
            return [salient]
        ref = people.resolve_pronoun(token)
        return [ref] if ref is not None else []
    return []


def _salient_subject(token: Token, people: PeopleIndex) -> PersonRef | None:
    """The person a "he"/"his" most likely means: the named subject of this sentence, else of the ones before.

    News prose keeps its topic in subject position ("The Secretary noted ... He also
    provided a readout of his call"), which a nearest-mention rule gets wrong
    whenever another person was named in between.
    """
    doc = token.doc
    sent = token.sent
    for _ in range(3):
        for subject in (t for t in sent if t.dep_ == "nsubj" and t.i < token.i and t.pos_ != "PRON"):
            refs = [r for r in resolve_token(subject, people, Speakers()) if r.kind == "person"]
            if refs:
                return refs[0]
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def _group(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """ "representatives from X and Y" -> X, Y; "a Taliban delegation" -> Taliban delegation."""
    if token.lower_ in PEOPLE_FROM_PLACES and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(o.ent_type_ == "GPE" for o in c.children)
        for c in token.children
    ):
        return people_group(token)  # "state legislators from Missouri, Nebraska, and Oklahoma"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            found = [
                r
                for obj in child.children
                if obj.dep_ == "pobj"
                for r in resolve_with_conjuncts(obj, people, speakers)
                or _named_body(obj)  # "representatives of the Houthi movement"
            ]
            if found:
                return found
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    if token.tag_ == "NN" and any(is_demonym(t.text) for t in modifiers):
        # "met the French leader": the one person the document gives that nationality and office
        described = people.resolve_description([t.text for t in modifiers if t.pos_ != "PRON"] + [token.text])
        if described is not None:
            return [described]
    if any(t.ent_type_ in _ENTITY_KINDS or t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in modifiers):
        name = _noun_phrase(token)
        return [PersonRef(name, None, "group")] if name else []
    if token.lower_ in TITLE_WORDS:
        return _nominal(token, people)
    return []


def modifies_a_noun(token: Token) -> bool:
    """Whether a name is only a modifier of a common noun after it: "U.S." in "the U.S. pavilion".

    A country or organisation used that way says whose thing it is; it is no place
    visited and no party met.
    """
    ent = entity_span(token)
    last = token.doc[ent.end - 1] if ent is not None else token
    head = last.head
    inside = ent is not None and ent.start <= head.i < ent.end
    return (
        last.dep_ in {"compound", "amod", "nmod"} and head.i > last.i and not inside and head.pos_ == "NOUN"
    )


def _named_body(token: Token) -> list[PersonRef]:
    """A common noun named by a proper modifier: "the Houthi movement", "the Afghan government".

    A plural noun that is no kind of people ("U.S. small businesses", "Kenyan
    cooperatives") is a class of things from somewhere, not a body that meets.
    """
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    if not any(t.pos_ == "PROPN" or t.ent_type_ in _ENTITY_KINDS for t in modifiers):
        return []
    if token.tag_ == "NNS" and not _people_noun(token):
        return []
    name = _noun_phrase(token)
    return [PersonRef(name, None, "group")] if name else []


def _people_noun(token: Token) -> bool:
    """ "senators", "officials", "farmers": a noun for people, as opposed to things and firms."""
    low = token.lower_
    return (
        low in GROUP_NOUNS | PEOPLE_WORDS | MORE_PEOPLE_WORDS
        or low.removesuffix("s") in TITLE_WORDS | GROUP_NOUNS
        or low.endswith(_PEOPLE_ENDINGS)
    )


def _nominal(token: Token, people: PeopleIndex) -> list[PersonRef]:
    """ "the Secretary" -> the nearest person with that role; "the president of Guyana" -> Guyana at least."""
    place: Span | None = None
    places: list[Span] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                ent = entity_span(obj)
                if ent is not None and ent.label_ in {"GPE", "ORG"}:
                    place = ent
                    places += [
                        e for c in obj.conjuncts if (e := entity_span(c)) is not None and e.label_ == "GPE"
                    ]
    if place is not None and places and token.lower_.endswith("s"):
        # "the foreign ministers of Norway and Iceland": one party per country
        return [PersonRef(clean_name(p.text), None, _ENTITY_KINDS[p.label_]) for p in [place, *places]]
    if place is not None and (named := _country_then_name(token, place)) is not None:
        return [named]
    if place is not None:
        holder = _holder_of(token.lower_, place.text, people)
        if holder is not None:
            return [holder]
        return [PersonRef(clean_name(place.text), None, _ENTITY_KINDS[place.label_])]
    ref = people.resolve_nominal(token.text, token.idx)
    return [ref] if ref is not None else []


def _country_then_name(title: Token, place: Span) -> PersonRef | None:
    """ "President of Finland Sauli Niinistö" tagged as one organisation: the country, then the name.

    The tagger runs the country and the holder's name together; a country's name
    followed by two or three capitalised words is the office's holder.
    """
    words = place.text.split()
    for cut in (1, 2):
        country, name = " ".join(words[:cut]), words[cut:]
        if country in COUNTRIES and 2 <= len(name) <= 3 and all(w[:1].isupper() for w in name):
            return PersonRef(" ".join(name), f"{title.text} of {country}", "person")
    return None


def _holder_of(office: str, place: str, people: PeopleIndex) -> PersonRef | None:
    """ "the president of Guyana" -> the person whose role is a Guyanese (or Guyana's) president.

    When no role names the place but exactly one person in the document holds
    the office ("Prime Minister Gavrilita" for "the prime minister of Moldova"),
    that person is meant.
    """
    place_low = place.lower().removeprefix("the ")
    holders: list[PersonRef] = []
    for person in people.people():
        if person.kind != "person":
            continue
        for role in person.roles:
            words = role.lower().replace("’s", "").replace("'s", "").split()
            if office not in words:
                continue
            if place_low in role.lower() or any(country_of_demonym(w) == place for w in words):
                return PersonRef(person.name, role, "person")
            holders.append(PersonRef(person.name, role, "person"))
    names = {h.name for h in holders}
    return holders[0] if len(names) == 1 else None


def resolve_with_conjuncts(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """``token`` and every coordinated head after it ("Osmani and Prime Minister Albin Kurti")."""
    out: list[PersonRef] = []
    stack = [token]
    seen: set[int] = set()
    while stack:
        tok = stack.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        out.extend(
            _not_the_son(tok, r, people)
            for r in resolve_token(tok, people, speakers)
            if not only_title_words(r.name) and r.name.rstrip(".").lower() not in NAME_SUFFIXES
        )  # "Joseph R. Biden, Jr.": the suffix the parser split off is part of a name, no party
        stack.extend(c for c in tok.children if c.dep_ == "conj")
        # "Prime Ministers Ken Ito, Ravi Rao and Ella Kerr": a list the parser read as a name's appositive
        stack.extend(
            c for c in tok.children if c.dep_ == "appos" and tok.ent_type_ == c.ent_type_ == "PERSON"
        )
        # "President Macron of France and Chancellor Scholz of Germany": the next person hung on the place
        stack.extend(
            c
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of" and tok.ent_type_ == "PERSON"
            for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "ORG"}
            for c in o.children
            if c.dep_ == "conj" and c.ent_type_ == "PERSON"
        )
    return dedupe(out)


def _not_the_son(token: Token, ref: PersonRef, people: PeopleIndex) -> PersonRef:
    """ "King Salman" is not "Prince Khalid bin Salman": a patronymic names the father.

    A name written alone that is the word after "bin"/"ibn"/"bint" in the resolved
    person's name is that person's father, so the mention is someone else: the
    person of the document whose name begins with it, or the name as written,
    with its own title.
    """
    if ref.kind != "person" or token.lower_ in PATRONYMIC_PARTICLES:
        return ref
    words = ref.name.split()
    particles = [i for i, w in enumerate(words[:-1]) if w.lower() in PATRONYMIC_PARTICLES]
    if not any(words[i + 1] == token.text for i in particles) or words[0] == token.text:
        return ref
    if token.i > 0 and token.doc[token.i - 1].lower_ in PATRONYMIC_PARTICLES:
        return ref  # "bin Salman" written out is the son
    title = [t.text for t in token.lefts if t.dep_ == "compound" and t.lower_ in TITLE_WORDS]
    for person in people.people():
        if person.kind == "person" and person.name.split()[0] == token.text and person.name != ref.name:
            role = " ".join(title) or (person.roles[0] if person.roles else None)
            return PersonRef(person.name, role, "person")
    return PersonRef(token.text, " ".join(title) or None, "person")


def _unbracketed(token: Token) -> list[str]:
    """The words of a phrase without its bracketed asides: "the Association of Southeast Asian
    Nations (ASEAN) member states" -> "the Association of Southeast Asian Nations member states"."""
    out: list[str] = []
    depth = 0
    for t in token.subtree:
        depth += t.text == "("
        if depth == 0 and not t.is_punct:
            out.append(t.text)
        depth -= t.text == ")" and depth > 0
    return out


def group_antecedent(token: Token) -> list[PersonRef]:
    """ "The delegation met ...", "they met ..." after "a high-level U.S. delegation visited ...":
    the named body the text introduced before, for a bare definite group noun or an unresolved "they"."""
    bare = (
        token.lower_ in GROUP_NOUNS
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
        and not any(c.dep_ in {"compound", "amod", "nmod", "poss", "prep"} for c in token.children)
    )
    if not bare and token.lower_ != "they":
        return []
    start = max(0, token.i - _ANTECEDENT_REACH)
    for prev in reversed(token.doc[start : token.i]):
        if prev.lower_ not in GROUP_NOUNS or prev.tag_ != "NN" or (bare and prev.lower_ != token.lower_):
            continue
        if any(t.pos_ == "PROPN" or t.ent_type_ in _ENTITY_KINDS for t in prev.lefts):
            name = _noun_phrase(prev)
            return [PersonRef(name, None, "group")] if name else []
    return []


def people_group(token: Token) -> list[PersonRef]:
    """A plural noun for people met as a body: "union leaders", "mayors", "grassroots worker organizers".

    As the party of a meeting ("hosted a roundtable with union leaders") such a
    noun is the other side even with no name in front of it; the noun phrase,
    modifiers included, names the group. Things ("small businesses") and single
    people ("the official") are no group.
    """
    if token.tag_ not in {"NNS", "NNPS"} or not _people_noun(token):
        return []
    left = [
        t
        for t in token.lefts
        if t.dep_ in {"compound", "amod", "nmod", "poss"} and t.lower_ not in VAGUE_MODIFIERS
    ]
    start = min((t.left_edge.i for t in left), default=token.i)
    words = [
        t.text
        for t in token.doc[start : token.i + 1]
        if t.dep_ not in {"det", "case"}
        and not t.is_punct
        and t.pos_ != "PRON"
        and t.lower_ not in VAGUE_MODIFIERS
    ]
    of = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}
        for o in c.children
        if o.dep_ == "pobj" and len(list(o.subtree)) <= 12
    ]
    if of:  # "heads of government", "leaders of the ASEAN member states", "delegations from 40 countries"
        words += [of[0].head.lower_, *_unbracketed(of[0])]
    name = clean_name(" ".join(words))
    return [PersonRef(name, None, "group")] if name else []
