"""Where a name sits in the parse: the entity a token belongs to, the proper nouns run into it.

Attribution reads a speaker off one token (a reporting verb's subject); the name it
stands for is the entity around it, except where the recogniser ran two names into
one ("In an interview with the Daily Ledger, Ames said") or ran over a verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.lexicon import NAME_PARTICLES

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def name_run(token: Token) -> str:
    """The proper nouns right before ``token`` and it: "Ida B. Wells" of "Ida B. — Ida B. Wells"
    (a transcript's false start the recogniser ran into one entity)."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return token.doc[start : token.i + 1].text


def entity_span(token: Token) -> Span:
    """The name a token belongs to: its entity, else the run of proper nouns and hyphens around it."""
    doc = token.doc
    if token.ent_type_ in NAME_LABELS:
        # the entity's bounds from the IOB tags (Doc.ents would build every entity of the doc)
        first, last = token.i, token.i + 1
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        # an entity running over a comma is two names run together ("In an interview with the
        # Daily Ledger, Ames said": the outlet and the speaker): keep the part holding the token
        commas = [t.i for t in doc[first:last] if t.text == ","]
        if commas and not any(t.dep_ == "pobj" and t.head.i < first for t in doc[first : commas[0]]):
            commas = []  # "the Department for Environment, Food and Rural Affairs": one name
        for comma in commas:
            if comma < token.i:
                first = comma + 1
            else:
                last = comma
                break
        ent = doc[first:last]
        # an entity running over a verb is a misread ("Haines told The Associated Press"
        # as one WORK_OF_ART): fall back to the proper nouns around the token
        if not any(t.pos_ in {"VERB", "AUX"} for t in ent):
            return ent
    start, end = token.i, token.i + 1

    def joins(tok: Token) -> bool:
        glued = tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
        return tok.pos_ == "PROPN" or glued or tok.lower_ in NAME_PARTICLES

    while start > 0 and joins(doc[start - 1]):
        start -= 1
    return doc[start:end]


_APPOSITIVE_TOKENS = 30  # how long the appositives between a stranded name and its verb may run
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def in_possessive(tok: Token, head: Token) -> bool:
    """Whether ``tok`` sits in a possessive of ``head``: "Odinga" in "Odinga's spokesman"."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "poss":
            return True
        node = node.head
    return False


def stranded_name(verb: Token) -> Span | None:
    """ "Asked about the prospects …, Rod Barton, a member of the Survey Group, said", "At the AU
    summit in Addis Ababa, Ali Jangeli, Somali Foreign Minister, requested …": after a fronted phrase
    the parser may hang the subject's name on that phrase and leave the verb without a subject. A
    person's name set off by commas, with only its appositives between it and the verb (noun
    phrases, participles describing it: "Wael Ghonim, a Google executive, credited with organizing
    the first protest, wrote"; a name inside one, "an officer of the Lee Kong Chian Museum", is not
    the subject), is it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    sentence_start = verb.sent.start
    for ent in reversed(
        [e for e in doc.ents if e.label_ == "PERSON" and sentence_start <= e.start and e.end < verb.i]
    ):
        start = ent.start
        while start > sentence_start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "":
            start -= 1  # "Dr. Tan Heok Hui": a title the recogniser left out of the name
        if start != sentence_start and (start == 0 or doc[start - 1].text != ","):
            continue  # a name opening its sentence needs no comma before it
        if _only_appositives(list(doc[ent.end : verb.i - 1])):
            return ent
    return None


def name_in_a_fronted_place(verb: Token) -> Span | None:
    """ "In Portugal Mr Goff will meet Prime Minister Guterres": the parser runs a fronted place into the
    subject's title and name and makes the name the object of "in", leaving the verb without a subject.
    A person's name, titled, whose compounds open with a place, under a preposition before the verb, is
    the subject ("In Portugal, Goff will meet" and "the President in Portugal met" are parsed right):
    the object of a preposition ("In Portugal Mr Goff", "While in Portugal Mr Goff") with only the
    verb's auxiliaries and adverbs between it and the verb."""
    doc = verb.doc
    obj = next(
        (
            doc[i]
            for i in range(verb.i - 1, verb.sent.start - 1, -1)
            if doc[i].dep_ not in {"aux", "neg", "advmod"}
        ),
        None,
    )
    if obj is None or obj.dep_ != "pobj" or obj.ent_type_ != "PERSON" or obj.head.i > obj.i:
        return None
    before = [t for t in obj.lefts if t.dep_ == "compound" and t.ent_type_ != "PERSON"]
    places = [t for t in before if t.ent_type_ in {"GPE", "LOC"}]
    titles = [t for t in before if places and t.i > places[0].i]
    if places and titles and all(t.ent_type_ not in {"GPE", "LOC"} for t in titles):
        return entity_span(obj)
    return None


def _only_appositives(between: list[Token]) -> bool:
    """Whether the words between a name and its verb only describe the name: its body ("of “Have no
    fear”"), then appositives set off by commas, none a clause with a finite verb of its own."""
    if len(between) > _APPOSITIVE_TOKENS:
        return False
    if between and between[0].lower_ == "of":
        # "Anna Franowska of “Have no fear”, an abuse victim support charity, told": the body the
        # person is of (its name quoted or not) before the appositive
        comma = next((k for k, t in enumerate(between) if t.text == ","), len(between))
        body, between = between[:comma], between[comma:]
        if not _names_a_body(body[1:]):
            return False
    if between and between[0].text != ",":
        return False
    if len(between) > 2 and between[1].lower_ == "who" and between[1].tag_ == "WP":
        # "Dilma Rousseff, who President Lula wishes to succeed him, said": a relative clause that
        # describes the name (however the parser read it) leaves the name the subject
        return True
    # a clause ("…, who said", "…, he added") has a finite verb; a verb the tagger made of a noun's
    # modifier ("victim support") or a participle describing the name ("credited with …") is none
    return not any(t.tag_ in _FINITE_TAGS and t.dep_ not in {"compound", "amod"} for t in between)


def _names_a_body(words: list[Token]) -> bool:
    """ "the Red Cross", "“Have no fear”": capitalised words, or words set in quotation marks."""
    quoted = len(words) > 2 and words[0].is_quote and words[-1].is_quote
    named = [t for t in words if t.is_alpha and t.lower_ not in {"the", "of", "and", "for"}]
    return bool(named) and (quoted or all(t.text[:1].isupper() for t in named))
