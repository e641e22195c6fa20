"""Patronymics: "King Salman" is not "Prince Khalid bin Salman".

A name resolved through the document's people may match the father's name
inside a son's patronymic; this module puts such a mention back on the person
it names.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.lexicon import PATRONYMIC_PARTICLES, TITLE_WORDS
from briefings.extract.people import PeopleIndex
from briefings.model.facts import PersonRef


def not_the_son(token: Token, ref: PersonRef, people: PeopleIndex) -> PersonRef:
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
