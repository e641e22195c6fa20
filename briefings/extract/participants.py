"""Who took part: turning a parse token into a resolved participant.

A meeting's participants are written in many shapes: a name with a title
("Chinese Foreign Minister Wang Yi"), an appositive ("the Taliban's chief
negotiator Mullah Abdul Ghani Baradar"), a group ("a Taliban delegation",
"representatives from the Afghan government and the Taliban"), a nominal
("the Secretary"), a pronoun ("he", or "I"/"we" under a transcript label).
Each shape is read by a dependency rule; names go through the document's
:class:`PeopleIndex` so "Wang" comes out as "Wang Yi" with his role.
The rules for titles (:mod:`titled_names`), offices (:mod:`offices`), groups
(:mod:`groups`) and patronymics (:mod:`patronymics`) live in their own modules;
this one dispatches between them and resolves pronouns and conjuncts, which
recurse back into :func:`resolve_token`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefings.extract.clause_subjects import subjects_of
from briefings.extract.counted_states import counted_people, counted_states
from briefings.extract.groups import named_body, people_group, people_noun, plural_people_noun
from briefings.extract.lexicon import (
    BODY_HEAD_NOUNS,
    COLLECTION_NOUNS,
    DELEGATION_NOUNS,
    FAMILY_NOUNS,
    FIELD_END_WORDS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    GROUP_NOUNS,
    LEADING_VERBS,
    MEMBER_CHAIN_HEADS,
    MEMBER_CHAIN_NOUNS,
    MEMBER_WORDS,
    MINISTERIAL_OFFICES,
    OFFICE_TO_BE_WORDS,
    ORG_NOUNS,
    PAIRED_SIDE_NOUNS,
    PARTITIVES,
    PEOPLE_FROM_PLACES,
    PHONE_WORDS,
    POSTNOMINAL_LETTERS,
    PRONOUN_GENDER,
    TITLE_WORDS,
)
from briefings.extract.name_kinds import a_body_or_person_noun
from briefings.extract.name_phrases import (
    ENTITY_KINDS,
    entity_span,
    noun_phrase,
    particle_name,
    proper_phrase,
    written_name,
)
from briefings.extract.names import HONORIFICS, split_title
from briefings.extract.office_holders import holder_after_office
from briefings.extract.offices import holder_after_country, names_no_state, nominal
from briefings.extract.parties import NAME_SUFFIXES, clean_name, dedupe, only_title_words
from briefings.extract.patronymics import not_the_son
from briefings.extract.people import PeopleIndex
from briefings.extract.places import is_country, is_demonym
from briefings.extract.speakers import Speakers
from briefings.extract.titled_names import (
    after_title,
    inside_title,
    listed_office,
    listed_past_title,
    name_after_body,
    name_after_comma,
    name_after_field,
    name_after_title,
    name_before_title,
    name_glued_to_title,
    titled_ref,
    untagged_name,
)
from briefings.model.facts import PersonRef

_SIDES_BACK = 4  # sentences back, this one included, searched for the pair "both sides" means
_FIRST_PERSON = FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL
# Entity labels the small tagger gives unfamiliar names of people ("Lydia Cole" as a PRODUCT).
_MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_SECOND_PERSON = frozenset({"you", "yourself", "yourselves"})
_THIRD_PERSON = frozenset({"he", "him", "she", "her", "his"})


_DATELINE_WORDS = 5  # "Washington, DC –", "Nairobi, Kenya, March 3 –": a place, its region or a date, a dash


def _dash_follows(token: Token) -> bool:
    """Whether a dash closes a short run of names, commas and dates after ``token``: a dateline."""
    for tok in token.doc[token.i + 1 : token.i + 1 + _DATELINE_WORDS]:
        if tok.text in {"–", "—", "-", "--"}:
            return True
        if not (tok.is_punct or tok.ent_type_ in {"GPE", "LOC", "DATE"} or tok.like_num):
            return False
    return False


def _bare_title_entity(token: Token) -> bool:
    """ "met with Emir of the State of Qatar Tamim bin Hamad Al Thani": the tagger took the title alone
    for a one-word person; the name the title leads to is the person."""
    ent = entity_span(token)
    return ent is not None and len(ent) == 1 and token.lower_ in TITLE_WORDS


def resolve_token(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """The participant(s) one head token stands for; an empty list when it names nobody."""
    low = token.lower_
    if token.pos_ == "PRON" or low in _FIRST_PERSON | _SECOND_PERSON | _THIRD_PERSON:
        return _pronoun(token, people, speakers)
    if first_of_two_titles(token):
        return []
    if token.tag_ == "NNP" and token.ent_type_ == "" and plural_people_noun(token) and people_noun(token):
        return people_group(token)  # "APEC Ministers will meet": a capitalised plural office is a group
    counted_of = _partitive_of(token)
    if counted_of is not None:
        return resolve_token(counted_of, people, speakers)  # "with four of his counterparts from A and B"
    glued = name_glued_to_title(token)  # "Burma's senior leader Than Shwe", "Than" read as a preposition
    if glued is not None:
        ref = titled_ref(token, glued, people)
        return [ref] if ref is not None else []
    # "the leaders of the two countries", "the two leaders met": the countries or people named before
    counted = (
        counted_states(token) or counted_people(token, people) or _sides_named_before(token, people, speakers)
    )
    if counted:
        return counted
    if (
        token.ent_type_ in {"GPE", "LOC"}
        and (token.i == 0 or token.doc[token.i - 1].is_space)
        and (token.is_upper or _dash_follows(token))
    ):
        # a wire dateline ("BEIJING, Nov 14 (Wire) - ...", "Washington, DC – Treasury Secretary …")
        # parsed as the subject
        return []
    particled = particle_name(token)  # "Ursula von der Leyen": "Leyen" tagged a place
    if particled is not None:
        ref = people.resolve(particled, token.idx)
        return [ref if ref is not None and ref.kind == "person" else PersonRef(particled, None, "person")]
    hyphened = _hyphened_name(token, people)  # "Prime Minister Han Duck-soo": "soo" a lowercase noun
    if hyphened is not None:
        return [hyphened]
    holder = holder_after_office(token)  # "the Prime Minister of Sweden, Ulf Kristersson" (tagged a place)
    if holder is not None:
        ref = titled_ref(token, holder, people)
        return [
            ref
            if ref is not None and ref.kind == "person"
            else PersonRef(clean_name(holder.text), None, "person")
        ]
    # "Secretary of Housing and Urban Development Marcia Fudge", "the Secretary of the Mongolian
    # National Security Council Jadamba Enkhbayar"
    fielded = name_after_field(token) or name_after_body(token)
    if fielded is not None:
        return [fielded]
    elected = _after_an_elect_title(token, people) if token.ent_type_ != "PERSON" else None
    if elected is not None:
        return [elected]  # "President-elect Lula", tagged a product
    lettered = _name_before_letters(token, people)
    if lettered is not None:
        return [lettered]
    if token.ent_type_ != "PERSON" or _bare_title_entity(token):
        titled = name_after_title(token) or name_after_comma(token)
        if titled is not None:
            ref = titled_ref(token, titled, people)
            return [ref] if ref is not None else []
        untagged = untagged_name(token, people)
        if untagged is not None:
            return [untagged]
        if inside_title(token) or _place_qualifier(token):
            return []
    before_title = name_before_title(token)
    if before_title is not None:
        return [before_title]
    # "Republic of Korea (ROK) National Security Advisor Kim Sung-han": a person appositive before an acronym
    for child in sorted(token.children, key=lambda c: c.ent_type_ != "PERSON"):
        if (
            token.ent_type_ != "PERSON"  # "Cole and Kenya's minister, Kiprop": Kiprop is not Cole
            and child.dep_ == "appos"
            and child.i > token.i
            and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN")
            and not listed_office(token, child)
            and not (token.ent_type_ == child.ent_type_ == "GPE")  # "China, the United States, …": a list
            and not _past_a_conjunct(token, child)
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
    if ent is not None and ent.label_ == "PERSON" and token.i + 1 < ent.end and token.nbor().tag_ == "POS":
        ent = Span(token.doc, ent.start, token.i + 1, label="PERSON")  # "Biden’s June trip" tagged one name
    if ent is not None and ent.label_ == "PERSON":
        ref = people.resolve(ent)
        if ref is None and written_name(ent.text):
            ref = PersonRef(clean_name(ent.text), None, "person")  # "Kim Jae-won": kept as written
        return [ref] if ref is not None else []
    named_after = holder_after_country(ent, people)
    if named_after is not None and ent is not None and token.i > ent.start:
        return [named_after]  # "the President of [Guatemala, Alejandro Giammattei]": the name after the comma
    if ent is not None and ent.label_ != "PERSON" and _addressed(token):
        # "Mr English will meet …", the surname tagged a language: a form of address names a person,
        # the one named in full before
        known = people.known(token.text, token.idx)
        if known is not None and known.kind == "person" and len(known.name.split()) >= 2:
            return [known]
    if (
        ent is not None
        and ent.label_ != "PERSON"
        and len(ent) == 1
        and low in TITLE_WORDS
        and _the_before(token)
    ):
        # "The Tánaiste will meet President Ruto": a lone title the tagger took for a body is an office
        # named without a name, its holder the person the document gave it to
        found = nominal(token, people)
        if found:
            return found
    if ent is not None and ent.label_ == "ORG" and len(ent) == 1 and token.pos_ == "PROPN":
        known = people.known(token.text, token.idx)  # "Okello" tagged an organisation
        if known is not None and len(known.name.split()) >= 2:
            return [known]
    body = _body_of_members(token)
    if body is not None:
        # "The heads of state or government of the member states of the African Union … met": the body
        return resolve_token(body, people, speakers)
    members = _named_members(token, people)
    if members:
        return members
    if token.tag_ == "NNS" and low in GROUP_NOUNS and _listed_of(token):
        # "Representatives of Hamas and Fatah": a plural title over a list speaks for every body listed
        return _group(token, people, speakers)
    if low in TITLE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        # "the Secretary of the Mongolian National Security Council Jadamba Enkhbayar": the holder
        # the tagger left untagged after the body's name
        held = _holder_after_body(token)
        if held is not None:
            return [held]
        found = nominal(token, people)
        if found:
            return found
    if low in GROUP_NOUNS or (token.pos_ == "NOUN" and low.rstrip("s") in GROUP_NOUNS):
        led = delegation_leader(token, people)
        return led or _group(token, people, speakers)
    # "the National Association of Attorneys General": an organisation's name may run past its head
    headed = ent is not None and ent.label_ == "ORG" and ent.root.i == token.i and _named_past_head(ent)
    # "the United States of America", "the Republic of Korea": a state's name runs past its head too
    headed = headed or (
        ent is not None
        and ent.label_ == "GPE"
        and ent.root.i == token.i
        and is_country(clean_name(ent.text).removeprefix("the ").removeprefix("The "))
    )
    if ent is not None and ent.label_ in ENTITY_KINDS and (token.i == ent.end - 1 or headed):
        name = clean_name(ent.text)
        if not any(c.isupper() for c in name):
            return []  # "cooperatives" tagged an organisation: a common noun names no one
        kind = ENTITY_KINDS[ent.label_]
        if kind == "org" and a_body_or_person_noun(name):
            kind = "group"  # "spoke with Allies and partners": a body's common noun names no body
        return [PersonRef(name, None, kind)] if name else []
    kind_named = _named_by_its_kind(token) if ent is None else None
    if kind_named is not None:
        return [kind_named]
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        if low in TITLE_WORDS:
            several = _several_holders(token)
            return [several] if several is not None else nominal(token, people)
        phrase = proper_phrase(token)
        if ent is None and len(phrase) == 1:
            # "Wanjiru later spoke by phone": a lone surname the tagger missed, of someone named in full
            known = people.known(token.text, token.idx)
            return [known] if known is not None and len(known.name.split()) >= 2 else []
        if ent is not None and ent.label_ in _MISREAD_LABELS and after_title(token, phrase):
            ref = people.resolve(phrase)  # "Secretary of State Lydia Cole" tagged a PRODUCT
            return [ref] if ref is not None and ref.kind == "person" else []
        if ent is not None or len(phrase) < 2:
            return []  # a piece of a place or organisation name, or a lone capitalised word
        ref = people.resolve(phrase)
        return [ref] if ref is not None and not only_title_words(ref.name) else []
    if token.pos_ == "NOUN" and low in TITLE_WORDS:
        return nominal(token, people)
    if low in FAMILY_NOUNS:
        return _household(token, people, speakers)
    return []


def _name_before_letters(token: Token, people: PeopleIndex) -> PersonRef | None:
    """ "the Hon Julie Bishop MP", "Alistair Burt MP visited Lebanon": the parser heads a styled name
    on the letters after it; the name is the person, known or written (the tagger may have taken it
    for a body)."""
    if token.text.rstrip(".") not in POSTNOMINAL_LETTERS:
        return None
    named = [c for c in token.lefts if c.dep_ == "compound"]
    if not named:
        return None
    span = token.doc[named[0].i : token.i]
    ref = people.resolve(span)
    if ref is not None and ref.kind == "person":
        return ref
    if 2 <= len(span) <= 4 and written_name(span.text):
        return PersonRef(clean_name(span.text), None, "person")  # the letters say a person, whatever the tag
    return None


def _addressed(token: Token) -> bool:
    """A surname with a form of address right before it ("Mr English", "Mrs Lam")."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in HONORIFICS and token.pos_ == "PROPN"


def _the_before(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def delegation_leader(token: Token, people: PeopleIndex) -> list[PersonRef]:
    """ "The delegation will then head to Tonga" after "Prime Minister John Key will lead a delegation
    to Samoa, Tonga and Niue": "the delegation", said again with nothing of its own, is the one its
    leader took; where it goes, he goes. The leader is the subject of "lead"/"head" with the delegation
    its object, or the agent of "a delegation led by X", named before (as reader-written gold names
    a delegation's meetings by its leader)."""
    if token.lower_ != "delegation" or not any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} for c in token.children
    ):
        return []
    if any(
        c.dep_ in {"amod", "compound", "nmod", "poss"} and c.lower_ not in {"the"} for c in token.children
    ):
        return []  # "the Chinese delegation", "the Kenyan side's delegation": a delegation of its own
    for tok in reversed(token.doc[: token.i]):
        if tok.lower_ not in DELEGATION_NOUNS:
            continue
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in LEADING_VERBS:
            leaders = [s for s in subjects_of(head) if s.ent_type_ == "PERSON"]
        else:
            leaders = [
                o
                for c in tok.children
                if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS
                for a in c.children
                if a.dep_ == "agent"
                for o in a.children
                if o.dep_ == "pobj" and o.ent_type_ == "PERSON"
            ]
        if leaders:
            ent = entity_span(leaders[0])
            ref = people.resolve(ent) if ent is not None else None
            return [ref] if ref is not None and ref.kind == "person" else []
    return []


def _holder_after_body(title: Token) -> PersonRef | None:
    """The holder named after the body a title's "of" chain leads to ("Minister of Foreign Affairs
    of Estonia Urmas Reinsalu"), when the tagger left the name untagged."""
    for obj in _of_objects(title):
        held = name_after_body(obj)
        if held is not None:
            return held
    return None


def _of_objects(token: Token, steps: int = 4) -> Iterator[Token]:
    """The objects of the chain of "of" phrases that starts at ``token``, in order ("heads" of "state"
    of the "states" of the "Union")."""
    tok = token
    for _ in range(steps):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return
        yield obj
        tok = obj


def _sides_named_before(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """ "Guinea's military government and its political opponents have agreed to meet. … Compaore met
    with both sides in Conakry": "both sides", "the two sides", "the two parties" are the two parties
    the text last coordinated as a clause's subject or a "between"'s object, in this sentence before the
    phrase or the few sentences before it; [] when no such pair is near."""
    if token.lower_ not in PAIRED_SIDE_NOUNS or not any(c.lower_ in {"both", "two"} for c in token.children):
        return []
    doc = token.doc
    sentence = token.sent
    for _ in range(_SIDES_BACK):
        for tok in reversed(sentence):
            if tok.i >= token.i or not (
                tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "between")
            ):
                continue
            pair = [tok, *(c for c in tok.children if c.dep_ == "conj")]
            if len(pair) != 2:
                continue
            found = [r for t in pair for r in (resolve_token(t, people, speakers) or people_group(t))]
            # two people named together ("Secretary Blinken and Secretary Austin hosted …") are as often
            # one side as two: only parties that are not both persons are taken as the sides
            if len(found) == 2 and not all(r.kind == "person" for r in found):
                return found
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return []


def _body_of_members(token: Token) -> Token | None:
    """ "the heads of state or government of the member states of the African Union", "leaders of the
    member countries of ASEAN": the named body at the end of a chain of "of" phrases that runs through
    offices and members, which the people of the chain speak for; None for a plain "leaders of X"."""
    if token.lower_ not in MEMBER_CHAIN_HEADS:
        return None
    for step, obj in enumerate(_of_objects(token)):
        if obj.pos_ == "PROPN" and obj.ent_type_ in {"ORG", "GPE", "NORP"}:
            return obj if step > 0 else None
        if obj.lower_ not in MEMBER_CHAIN_NOUNS:
            return None
    return None


def _past_a_conjunct(token: Token, appos: Token) -> bool:
    """ "a call between Foreign Minister Taye and UK Foreign Secretary, David Lammy": an appositive after
    a conjunct of ``token`` names that conjunct, though the parser hung it on the list's first item."""
    return appos.ent_type_ == "PERSON" and any(
        c.dep_ == "conj" and token.i < c.i < appos.i for c in token.children
    )


def _named_by_its_kind(token: Token) -> PersonRef | None:
    """ "The labour union IMPACT", "the airline Ryanair": a proper name the tagger missed, after the
    common noun of a kind of body, is that body's name ("the union members" has no proper head)."""
    if token.pos_ != "PROPN" or token.lower_ in TITLE_WORDS or not token.text[:1].isupper():
        return None
    kinds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in ORG_NOUNS]
    if not kinds:
        return None
    words = [t.text for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i > kinds[-1].i]
    return PersonRef(" ".join([*words, token.text]), None, "org")


def _named_members(token: Token, people: PeopleIndex) -> list[PersonRef]:
    """ "the CEOs of two of the largest utilities in the Gulf Coast, Leo Denault of Entergy and Tom
    Fanning of Southern Company": a plural noun of people whose phrase ends in an appositive list
    of names; the named are the parties (the parser hangs the list on any noun of the phrase, and
    the recogniser often misses the first name of such a list)."""
    if token.tag_ != "NNS":
        return []
    stack = list(token.children)
    while stack:
        tok = stack.pop(0)
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ in {"relcl", "acl", "conj"}:
            continue  # another clause, or the next party of the list
        members = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and any(m.ent_type_ == "PERSON" for m in members)
            and all(m.pos_ == "PROPN" and m.ent_type_ in {"PERSON", ""} for m in members)
        ):
            out: list[PersonRef] = []
            for member in members:
                phrase = proper_phrase(member)
                if len(phrase) < 2:
                    return []  # "CEOs of the firms, Acme and Apex": bodies, or surnames alone
                known = people.resolve(phrase)
                if known is None or known.kind != "person":
                    known = PersonRef(clean_name(phrase.text), None, "person")
                out.append(known)
            return out
        stack.extend(tok.children)
    return []


def _several_holders(token: Token) -> PersonRef | None:
    """ "convened with seven Attorneys General", "the two Governors": an office counted or said in the
    plural is several holders, a group, never the one holder named before ("Attorney General Nessel")."""
    counted = any(c.dep_ == "nummod" and c.lower_ not in {"one", "1"} for c in token.children)
    plural = token.tag_ == "NNPS" or any(
        c.dep_ == "compound" and c.tag_ in {"NNS", "NNPS"} and c.lower_.removesuffix("s") in TITLE_WORDS
        for c in token.children
    )
    if not (counted or plural):
        return None
    words = [t.text for t in token.lefts if t.dep_ in {"nummod", "compound", "amod"}] + [token.text]
    return PersonRef(" ".join(words), None, "group")


def _household(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """ "he phoned his family": a family a pronoun owns, called, is the household of the person the
    pronoun stands for, named by that person's family name ("the Ruiz family"); one known by a single
    name owns "X's family". Only a call: "the President met with his family" is private life, no
    meeting; "a family", "the family" own no name and name no one."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in PHONE_WORDS:
        return []
    owners = [
        r
        for c in token.children
        if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in {"his", "her"}
        for r in _pronoun(c, people, speakers)
        if r.kind == "person"
    ]
    if not owners:
        return []
    words = owners[0].name.split()  # "Abdullah", known by one name only: "Abdullah's family"
    name = f"{words[-1]} {token.lower_}" if len(words) > 1 else f"{words[0]}'s {token.lower_}"
    return [PersonRef(name, None, "group")]


def _named_past_head(ent: Span) -> bool:
    """ "the National Association of Attorneys General", "the Circle of Protection": a body's name
    whose head noun says it is a body; not a name the tagger cut short ("the Office of the Vice"
    before "President"), a body that titles the person after it ("Department of Economic Affairs
    Secretary X"), nor two bodies run into one ("Domestic Policy Council and Office of ...")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        ent.root.lower_ in BODY_HEAD_NOUNS
        and not any(t.dep_ == "cc" for t in ent)
        and not (after is not None and after.text[:1].isupper() and after.pos_ == "PROPN")
    )


def _hyphened_name(token: Token, people: PeopleIndex) -> PersonRef | None:
    """ "Han Duck-soo", "Kim Sung-han": the lowercase half of a hyphenated given name, which the tagger
    leaves out of the name and the parser makes the head, ends the name before the hyphen."""
    doc = token.doc
    if token.ent_type_ == "PERSON" or not token.is_lower or not token.is_alpha or token.i < 2:
        return None
    if doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None
    ent = entity_span(doc[token.i - 2])
    if ent is None or ent.label_ != "PERSON" or ent.end != token.i - 1:
        return None
    span = doc[ent.start : token.i + 1]
    found = people.resolve(span)
    if found is not None and found.kind == "person" and found.name.endswith(token.text):
        return found
    start = ent.start
    while start > 0 and doc[start - 1].lower_ in TITLE_WORDS and doc[start - 1].text[:1].isupper():
        start -= 1  # "Prime Minister Han Duck-soo": the title before the name is his role
    return PersonRef(clean_name(span.text), doc[start : ent.start].text or None, "person")


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
        if speakers.singular and low in FIRST_PERSON_PLURAL:
            return []
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
    gender = PRONOUN_GENDER.get(token.lower_)
    for _ in range(3):
        for subject in (t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i):
            if subject.pos_ == "PRON":
                if sent != token.sent and gender is not None and PRONOUN_GENDER.get(subject.lower_) == gender:
                    # "She has visited ... She also convened ... And she has convened": a run of
                    # "she" subjects is one topic, the one the first of them stands for
                    return _salient_subject(subject, people)
                continue
            refs = [r for r in resolve_token(subject, people, Speakers()) if r.kind == "person"]
            if not refs and subject.lower_ in TITLE_WORDS:
                # "the Vice President has traveled to ... She has visited": the office's holder named before
                office = doc[subject.left_edge.i : subject.i + 1].text
                holder = people.resolve_nominal(office, subject.idx)
                words = office.lower().removeprefix("the ").split()  # the whole office, not its head alone
                role = (holder.role or "").lower().split() if holder is not None else []
                if holder is not None and holder.kind == "person" and role[-len(words) :] == words:
                    refs = [holder]
            if refs:
                return refs[0]
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def _listed_of(token: Token) -> bool:
    """ "of Hamas and Fatah", "from Israel and Hamas": an "of"/"from" phrase listing two or more
    ("of the Association of Southeast Asian Nations, or ASEAN" names one body twice)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "from"}
        and any(
            o.dep_ == "pobj" and o.conjuncts and any(k.dep_ == "cc" and k.lower_ == "and" for k in o.children)
            for o in c.children
        )
        for c in token.children
    )


def _partitive_of(token: Token) -> Token | None:
    """ "four of his counterparts", "several of the ministers": a number or a quantity word whose
    "of" names a plural kind of people stands for those people (the count adds no one)."""
    if not (token.like_num or token.lower_ in PARTITIVES) or token.pos_ not in {"NUM", "PRON", "ADJ", "DET"}:
        return None
    return next(
        (
            o
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"}
        ),
        None,
    )


def _group(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    """ "representatives from X and Y" -> X, Y; "a Taliban delegation" -> Taliban delegation;
    "officials including A, B and C" -> the officials and the named A, B and C among them; the
    "including" may hang on the last noun of the group's "of" phrases ("key interlocutors of the
    country including President A, …")."""
    named = [
        r
        for t in [token, *_of_objects(token, 2)]
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "including"
        for o in c.children
        if o.dep_ == "pobj"
        for r in resolve_with_conjuncts(o, people, speakers)
        if r.kind == "person"
    ]
    return dedupe(_group_of(token, people, speakers) + named)


def _group_of(token: Token, people: PeopleIndex, speakers: Speakers) -> list[PersonRef]:
    # "community leaders from Georgia", "elected officials from Ohio": a kind of people (a noun or a
    # participle before them) is a group from there; "foreign ministers from Japan", "senior
    # officials from Iran" (an office's field or a rank) speak for their country
    # ("defense ministers from Estonia, Latvia and Lithuania": an office's field, no kind of people)
    # (met, not meeting: "the GCC defense ministers from A, B and C had a series of meetings" are one side)
    office = token.lemma_.lower() in MINISTERIAL_OFFICES and token.dep_ in {"pobj", "dobj"}
    kind_said = any(
        (t.dep_ in {"compound", "nmod"} and t.pos_ == "NOUN" and not (office and t.lower_ in FIELD_END_WORDS))
        or (t.dep_ == "amod" and t.tag_ == "VBN")
        for t in token.lefts
    )
    if (token.lower_ in PEOPLE_FROM_PLACES or kind_said) and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(o.ent_type_ == "GPE" for o in c.children)
        for c in token.children
    ):
        return people_group(token)  # "state legislators from Missouri, Nebraska, and Oklahoma"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            if any(names_no_state(token, o) for o in child.children):
                break  # "heads of State"
            found = [
                r
                for obj in child.children
                if obj.dep_ == "pobj"
                for r in resolve_with_conjuncts(obj, people, speakers)
                or named_body(obj)  # "representatives of the Houthi movement"
            ]
            items = [t for obj in child.children if obj.dep_ == "pobj" for t in _list_items(obj)]
            unnamed = [t for t in items if t.pos_ == "NOUN" and t.tag_ == "NNS"]
            if (
                found
                and len(items) >= 3
                and len(unnamed) * 2 > len(items)
                and token.lower_ not in COLLECTION_NOUNS
            ):
                # "representatives from states, Tribes, the mining industry, environmental groups, labor
                # unions, …": a list of kinds more than of names is the group it describes
                kinds = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
                start = min((t.left_edge.i for t in kinds), default=token.i)
                last = max(items, key=lambda t: t.i)
                end = min([last.right_edge.i] + [c.i - 1 for c in last.rights if c.dep_ == "prep"])
                words = token.doc[start : end + 1].text  # not "… and other stakeholders on the anniversary"
                return [PersonRef(clean_name(words), None, "group")]
            if found:
                return found
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    if token.tag_ == "NN" and any(is_demonym(t.text) for t in modifiers):
        # "met the French leader": the one person the document gives that nationality and office
        described = people.resolve_description([t.text for t in modifiers if t.pos_ != "PRON"] + [token.text])
        if described is not None:
            return [described]
    if (
        token.tag_ in {"NN", "NNP"}
        and modifiers
        and all(t.lower_ in TITLE_WORDS for t in modifiers)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        # "The Prime Minister will hold talks": one office written in full, its holder named before
        held = people.resolve_office_holder([*(t.text for t in modifiers), token.text], token.idx)
        if held is not None:
            return [held]
    if any(t.ent_type_ in ENTITY_KINDS or t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in modifiers):
        name = noun_phrase(token)
        return [PersonRef(name, None, "group")] if name else []
    if token.lower_ in TITLE_WORDS:
        return nominal(token, people)
    return []


def first_of_two_titles(tok: Token) -> bool:
    """ "Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs
    Commission Yang Jiechi": a capitalised title with no name, coordinated with a second title that
    ends in the holder's name, is the first half of one person's titles, no party of its own."""
    if (
        tok.ent_type_ == "PERSON"
        or tok.lower_ not in TITLE_WORDS | MEMBER_WORDS
        or not tok.text[:1].isupper()
    ):
        return False  # "Politburo Member" is a title when capitalised before a name
    if any(c.dep_ == "det" for c in tok.children):
        return False  # "the Prime Minister and President Ruiz": two people
    return any(
        c.dep_ == "conj"
        and c.lower_ in TITLE_WORDS
        and c.text[:1].isupper()
        and any(t.ent_type_ == "PERSON" for t in c.subtree)
        for c in tok.children
    )


def _list_items(head: Token) -> list[Token]:
    """The heads of a list the parser chained as conjuncts and appositions of its first item."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop(0)
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ in {"conj", "appos"} and c.i > tok.i]
    return out


def _untagged_conjunct(token: Token, people: PeopleIndex) -> list[PersonRef]:
    """ "talks with Mugabe and Tsvangirai": a capitalised name the tagger left untagged, coordinated
    with a person's name, is a person too (the person the document knows by it, if any)."""
    if (
        token.dep_ != "conj"
        or token.pos_ != "PROPN"
        or token.ent_type_
        or token.head.ent_type_ != "PERSON"
        or not token.text[:1].isupper()
        or token.lower_ in TITLE_WORDS
    ):
        return []
    run = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and not t.ent_type_]
    start = min((t.i for t in run), default=token.i)
    name = token.doc[start : token.i + 1].text
    known = people.known(token.text, token.idx)
    if known is not None and known.kind == "person":
        return [known]
    return [PersonRef(clean_name(name), None, "person")]


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
        found = resolve_token(tok, people, speakers) or _untagged_conjunct(tok, people)
        out.extend(
            not_the_son(tok, r, people)
            for r in found
            if not only_title_words(r.name) and r.name.rstrip(".").lower() not in NAME_SUFFIXES
        )  # "Joseph R. Biden, Jr.": the suffix the parser split off is part of a name, no party
        stack.extend(c for c in tok.children if c.dep_ == "conj")
        # "Prime Ministers Ken Ito, Ravi Rao and Ella Kerr": a list the parser read as a name's appositive
        stack.extend(
            c for c in tok.children if c.dep_ == "appos" and tok.ent_type_ == c.ent_type_ == "PERSON"
        )
        # "between China, the United States of America, Russia and Japan": states listed, the second read
        # as the first one's appositive
        stack.extend(
            c
            for c in tok.children
            if c.dep_ == "appos" and c.i > tok.i and tok.ent_type_ == c.ent_type_ == "GPE"
        )
        # "with PCA leaders Ajay Banga and Ray Chambers, CEOs from companies …, and a team of senior
        # officials": the names a plural title introduces, and the groups the parser hung on the names
        stack.extend(
            c
            for c in tok.children
            if c.dep_ == "appos"
            and c.i > tok.i
            and (
                (c.ent_type_ == "PERSON" and tok.tag_ == "NNS")
                or (tok.ent_type_ == "PERSON" and c.tag_ == "NNS" and people_group(c))
            )
        )
        stack.extend(listed_past_title(tok))  # "with A, Policy Director, and B, Deputy Counsel"
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
    named = any(r.kind == "person" and not _an_office(r.name) for r in out)
    # "with Jordanian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi":
    # an office with no holder, coordinated with a named person's office, is that person's first title
    return dedupe([r for r in out if not (named and _an_office(r.name))])


def _an_office(name: str) -> bool:
    """ "Jordanian Deputy Prime Minister": an office, a nationality before it, and no name."""
    words = name.split()
    while words and is_demonym(words[0]):
        words = words[1:]
    return bool(words) and only_title_words(" ".join(words))


def name_inside(obj: Token, people: PeopleIndex) -> PersonRef | None:
    """A person's name the parse left inside an object phrase whose head names no one: "with H.E.
    Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" (the recogniser stopped the person at
    "Abdulrahman"), "to Ray Chambers, Vice Chair of the Partnership … and World Health Organization
    Global Ambassador" (the name hung as a modifier of the title that ends the phrase). The name
    opens the phrase, after at most a determiner or title words; a name inside a body's name
    ("the Joe Biden Foundation") does not open it."""
    if obj.lower_ not in TITLE_WORDS and (obj.ent_type_ == "ORG" or obj.pos_ != "PROPN"):
        return None  # "the Ana Ruiz Foundation", "the Biden administration": a body named for a person
    span = [t for t in obj.subtree if t.i <= obj.i]
    first = next((t for t in span if t.ent_type_ == "PERSON"), None)
    if first is None or any(
        t.dep_ != "det" and t.lower_.rstrip(".") not in TITLE_WORDS | HONORIFICS
        for t in obj.doc[obj.left_edge.i : first.i]
    ):
        return None
    ent = next(e for e in obj.doc.ents if e.start <= first.i < e.end)
    start, end = ent.start, ent.end
    if (
        obj.pos_ == "PROPN"
        and obj.ent_type_ != "PERSON"
        and all(t.pos_ == "PROPN" for t in obj.doc[start : obj.i + 1])
    ):
        end = obj.i + 1  # "... bin Jassim Al Thani": the proper nouns up to the head are the name
    title, name = split_title(" ".join(t.text for t in obj.doc[start:end]))
    words = [w for w in name.split() if w.lower().rstrip(".") not in HONORIFICS | {"h.e"}]
    while words and words[-1].islower():
        words.pop()  # "Xi Jinping of" (the recogniser ran the person into "of China")
    name = " ".join(words)
    if " " not in name or any(w.endswith("-") or not w[:1].isalpha() for w in words):
        return None  # "Rapa- — Rapa-": a speaker's false starts
    known = people.resolve(name, obj.doc[start].idx)
    return known if known is not None and known.kind == "person" else PersonRef(name, title or None, "person")


def _after_an_elect_title(token: Token, people: PeopleIndex) -> PersonRef | None:
    """ "met with President-elect Lula": a name after an office-to-be, which the recogniser tags as
    anything but a person (here a product); the office is the role, the name the person's (the
    full name the document gives elsewhere when it has one)."""
    if token.pos_ != "PROPN" or token.ent_type_ in {"ORG", "GPE", "LOC", "NORP", "FAC"}:
        return None
    start = token.left_edge.i
    before = token.doc[start : token.i]
    if not any(t.lower_ in OFFICE_TO_BE_WORDS for t in before) or before[0].lower_ not in TITLE_WORDS:
        return None
    if any(t.pos_ not in {"PROPN", "PUNCT"} and t.lower_ not in OFFICE_TO_BE_WORDS for t in before):
        return None
    cut = max(t.i for t in before if t.lower_ in OFFICE_TO_BE_WORDS) + 1
    name = token.doc[cut : token.i + 1].text  # "President-Elect Luiz Inácio Lula da Silva"
    role = token.doc[start:cut].text
    known = people.known(name, token.doc[cut].idx)
    if known is not None and known.kind == "person":
        return PersonRef(known.name, known.role or role, "person")
    return PersonRef(name, role, "person")
