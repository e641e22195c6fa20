"""Who said a quote: dependency rules around reporting verbs, "according to", pronouns.

The author's words around a quote (its *frame*) usually hold a reporting verb
whose subject is the speaker: "Lyons said that “…”", "“…,” said Ruto", "she
added". When the verb has no subject of its own ("…before noting that “…”")
the subject of the clause it hangs from speaks. A passive "was told that “…”"
has no speaker in the sentence except an "according to" source. Subjects that
are not names become organisation or anonymous speakers ("a State Department
spokesperson", "the joint statement").
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.entity_spans import NAME_LABELS, entity_span, in_possessive, name_run
from briefings.extract.groups import people_noun
from briefings.extract.lexicon import (
    GENERAL_BODY_NOUNS,
    GIVEN_NAME_VERBS,
    INDEFINITE_WORDS,
    NAME_GIVING_VERBS,
    NAME_NOUNS,
    ORG_NOUNS,
    PARTITIVES,
    PERSON_DESCRIPTION_HEADS,
    PERSON_NOUNS,
    SAYING_OCCASION_NOUNS,
    SEEING_VERBS,
    SOURCE_NOUNS,
    SPEAKING_DOCUMENTS,
    SPEAKING_TEXTS,
    TEXT_NOUNS,
    TITLE_WORDS,
    UTTERANCE_NOUNS,
)
from briefings.extract.names import is_honorific
from briefings.extract.not_bodies import head_word
from briefings.extract.not_people import a_publications_name
from briefings.extract.office_holders import holder_after_office
from briefings.extract.parties import clean_name
from briefings.extract.places import is_country, is_demonym
from briefings.extract.pronoun_cues import optative
from briefings.extract.titles import office_of
from briefings.model.facts import EntityKind, PersonRef

# offices a nationality can describe: "the French leader", "the Hungarian premier"
_OFFICE_NOUNS = PERSON_NOUNS | TITLE_WORDS | {"premier", "chancellor", "monarch"}
_MISREAD_NAME_LABELS = frozenset(
    {"ORG", "FAC", "GPE", "PRODUCT", "WORK_OF_ART"}
)  # a person's name mislabelled
# what a person's words come in: "Cornyn's statement added", "the minister's office said"
_SAYING_NOUNS = SOURCE_NOUNS | {"office", "remark", "comment", "word"}
_NAME_JOINERS = frozenset({"of", "for", "the", "without", "and", "on", "in"})

log = logging.getLogger(__name__)


def _noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token`` without trailing clauses."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
            break  # "the young North Korean leader on Sunday said": when, not who
        if child.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in SAYING_OCCASION_NOUNS for c in child.children
        ):
            break  # "said the President at the press conference": where the words were said, not who
        if child.dep_ in {"prep", "compound", "amod", "poss", "pobj"} and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    for i in range(token.i, right + 1):  # "an advisor to the team, who spoke …" stops at the comma
        if doc[i].text in {",", "(", "—", "–", ";"}:
            right = i - 1
            break
    return doc[left : right + 1]


def _member_of_a_group_before(token: Token) -> PersonRef | None:
    """ "Many protesters said the cabinet did little. “We want change,” one said. Another added: …":
    a bare "one"/"another" speaking is a member of the plural people noun the sentence or the two
    before it name (anonymous, never a named person nearby)."""
    word = token.lower_
    if word not in {"one", "another"} or any(c.dep_ == "prep" for c in token.children):
        return None
    start = token.sent.start
    for _ in range(2):  # the sentence and the two before it: "… one said. Another added: …"
        if start > 0 and "\n\n" not in token.doc[start - 1].text_with_ws:
            start = token.doc[start - 1].sent.start
    for tok in reversed(token.doc[start : token.i]):
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and people_noun(tok):
            return PersonRef(f"{word} {tok.lemma_.lower()}", None, "anonymous")
    return None


def speaker_from_token(ctx: DocContext, token: Token) -> PersonRef | None:
    """Turn the subject of a reporting verb into a speaker."""
    if optative(token):
        return None  # "my mother, God bless her soul, used to say": a wish has no speaker
    if token.lower_ in {"they", "it", "their", "its"}:
        return _collective_antecedent(ctx, token)  # "Their statement also read “…”": whose it is
    member = _member_of_a_group_before(token)
    if member is not None:
        return member
    if token.pos_ == "PRON" and token.lower_ not in PARTITIVES:
        return ctx.people.resolve_pronoun(token)
    if token.lower_ in PARTITIVES:
        named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:  # "One of these groups, the Syrian Democratic Forces, said": the one named
            return speaker_from_token(ctx, named[0])
        for prep in token.children:
            objects = [o for o in prep.children if o.dep_ == "pobj"] if prep.lower_ == "of" else []
            if objects and objects[0].pos_ == "NOUN" and objects[0].lower_ not in ORG_NOUNS:
                # "one of the children said": a member of a group, never the person named nearby
                return PersonRef(token.doc[token.i : _noun_phrase(objects[0]).end].text, None, "anonymous")
            ref = speaker_from_token(ctx, objects[0]) if objects else None
            if ref is not None and ref.kind != "person":
                phrase = token.doc[token.i : _noun_phrase(objects[0]).end]
                return PersonRef(phrase.text, None, ref.kind)
            if ref is not None:
                return ref
            if objects:  # "one of them said": one of a group the text does not name
                return PersonRef(token.doc[token.i : objects[0].i + 1].text.lower(), None, "anonymous")
        if token.i > 0 and token.doc[token.i - 1].lower_ in {"another", "other"}:
            return PersonRef(f"{token.doc[token.i - 1].lower_} {token.lower_}", None, "anonymous")
    held = holder_after_office(token)
    if held is not None:  # "said the President of the European Commission, Jean-Claude Juncker"
        ref = ctx.people.resolve(held)
        return (
            ref
            if ref is not None and ref.kind == "person"
            else PersonRef(clean_name(held.text), None, "person")
        )
    # "Malaysia's Prime Minister, Najib Razak"; "Cornyn's statement": a tagged name before a loose one
    for child in sorted(token.children, key=lambda c: c.ent_type_ != "PERSON"):
        apposed = child.dep_ == "appos" and (child.ent_type_ == "PERSON" or _appositive_name(token, child))
        if apposed or (
            child.dep_ == "poss" and child.pos_ == "PROPN" and token.lemma_.lower() in _SAYING_NOUNS
        ):
            ref = ctx.people.resolve(entity_span(child))
            loose = apposed and child.ent_type_ != "PERSON"  # a name the recogniser did not tag
            if ref is not None and (not loose or ref.kind == "person"):
                return ref
            if loose and (ref is None or child.ent_type_ in _MISREAD_NAME_LABELS):
                # "One protester, Kim In-seok," read in pieces; "Their French colleague, Laurent
                # Fabius," tagged an organisation: a person's description names a person
                whole = token.doc[child.left_edge.i : child.i + 1].text
                return ctx.people.known(whole, child.idx) or PersonRef(whole, None, "person")
    if (
        token.lower_ in TITLE_WORDS
        and token.pos_ == "PROPN"
        and token.ent_type_ not in {"", "PERSON"}  # "the President said" is :mod:`titles`' to name
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in {"prep", "appos", "compound"} for c in token.children)
    ):
        # "the Tánaiste said", the title tagged a body: the person the document gave the office to
        held_by = ctx.people.resolve_nominal(f"the {token.text}", token.idx, bare=True)
        if held_by is not None:
            return held_by
    if token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or token.pos_ == "PROPN":
        span = entity_span(token)
        full = _with_cut_off_tail(_with_cut_off_words(span))
        if full.start < span.start or full.end > span.end:  # an organisation's name the recogniser cut short
            return ctx.people.known(full.text, token.idx) or PersonRef(full.text, None, "org")
        ref = ctx.people.resolve(span) or ctx.people.known(name_run(token), token.idx)
        if ref is not None:
            return PersonRef(ref.name, ref.role, "org") if ref.kind == "place" else ref
    if token.pos_ == "PROPN" and token.i > 0 and is_honorific(token.doc[token.i - 1].text):
        return PersonRef(f"{token.doc[token.i - 1].text} {token.text}", None, "person")  # "Dr. King"
    known = _known_name(ctx, token)
    if known is not None:
        return known
    if token.lower_ == "old" and token.pos_ == "ADJ":  # "the 45-year-old said"
        return _described_person(ctx, token, _noun_phrase(token), "old")
    if token.pos_ == "NOUN" and (given := _named_by_clause(ctx, token)) is not None:
        return given
    if token.pos_ in {"NOUN", "PROPN"}:
        phrase = _noun_phrase(token)
        text = phrase.text.strip(" ,")
        log.debug("speaker phrase %r for %r", text, token.text)
        # a name in apposition or a compound ("the minister, Wang Yi") is the speaker
        for t in phrase:
            if t.ent_type_ == "PERSON" and not in_possessive(t, token):
                ref = ctx.people.resolve(entity_span(t))
                if ref is not None:
                    return ref
        lemma = token.lemma_.lower()
        if lemma in SOURCE_NOUNS:
            issuer = _source_of(ctx, token)
            if issuer is not None:
                return issuer
            issuer = _issuer_named_before(ctx, token) if phrase[0].lower_ == "the" else None
            if issuer is not None:
                return issuer
            if lemma in SPEAKING_TEXTS:  # "A 2006 US report called the militia “…”": the report's
                return _text_itself(phrase)
        if (
            lemma in SPEAKING_DOCUMENTS
            and token.pos_ == "NOUN"
            and "Plur" not in token.morph.get("Number", [])
        ):
            # "As the bill notes, it is “…”", "the lawsuit said": one text speaks, unless it
            # names who sent it ("a letter from the mayor said": the mayor), or "the resolution"
            # is the one just named with its sender ("A resolution passed by the Parliament …")
            sender = _source_of(ctx, token, topic_of=False)
            if sender is None and phrase[0].lower_ == "the":
                sender = _issuer_named_before(ctx, token, frozenset({lemma}))
            return sender or _named_sender(ctx, token) or _text_itself(phrase)
        group = _group_described(token, phrase, lemma)
        if group is not None:
            return group
        if phrase[0].lower_ == "the" and office_of(text) is not None:
            if any(c.dep_ == "conj" for c in token.children) and token.right_edge.i - phrase.start < 8:
                # "the president and CEO of that group": an office of some body, not the title
                whole = token.doc[phrase.start : token.right_edge.i + 1].text
                return PersonRef(whole[:1].lower() + whole[1:], None, "anonymous")
            return PersonRef(text, None, "person")  # "the President": :mod:`titles` names the bearer
        described = _nationality_description(ctx, phrase, token)
        if described is not None:
            return described
        # "the Commissioner": an office held, capitalised ("the vast majority" is no "Majority Leader")
        titled = lemma in TITLE_WORDS and phrase[0].lower_ == "the" and token.text[:1].isupper()
        if lemma not in PERSON_NOUNS and lemma not in ORG_NOUNS and not titled:
            return (
                _capitalised_name(token)
                or _described_person(ctx, token, phrase, lemma)
                or _someone(token, phrase, lemma)
            )
        determiner = phrase[0].lower_
        if determiner == "the" and len(phrase) <= 3:
            bare = (
                len(phrase) == 2
                and token.i == phrase.end - 1
                and not any(c.dep_ == "prep" for c in token.children)
            )
            nominal = ctx.people.resolve_nominal(text, token.idx, bare=bare)  # "the minister" -> Wang Yi
            if nominal is not None:
                return nominal
            if lemma in GENERAL_BODY_NOUNS and len(phrase) == 2:
                body = _body_named_before(ctx, token, lemma)  # "the company" -> Acme Corp
                if body is not None:
                    return body
        kind: EntityKind = "anonymous" if lemma in PERSON_NOUNS or titled else "org"
        if phrase[0].dep_ == "det" and text[:1].isupper():
            text = text[:1].lower() + text[1:]  # "An advisor …" opening a sentence
        return PersonRef(text, None, kind)
    return None


def _named_sender(ctx: DocContext, document: Token) -> PersonRef | None:
    """ "A CAA letter to PIA accused PIA of “…”", "a Pentagon report said": the body named right
    before a text speaks through it."""
    senders = [
        c
        for c in document.children
        if c.dep_ == "compound" and c.i < document.i and c.ent_type_ in {"ORG", "PERSON"}
    ]
    if not senders:
        return None
    name = entity_span(senders[-1])
    return ctx.people.resolve(name) if name is not None else None


def _named_by_clause(ctx: DocContext, token: Token) -> PersonRef | None:
    """ "said a protester using the pseudonym Katya", "a student named Li Wei", "a man identified
    only as Ahmed", "a woman who gave her name as Maria": a described person whose clause gives
    the name they go by speaks by that name."""
    for clause in token.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.i < token.i:
            continue
        lemma = clause.lemma_.lower()
        if lemma not in GIVEN_NAME_VERBS and lemma not in NAME_GIVING_VERBS:
            continue
        words = list(clause.subtree)
        if lemma in NAME_GIVING_VERBS and not any(t.lemma_.lower() in NAME_NOUNS for t in words):
            continue  # "a protester using a megaphone" gives no name
        names = [t for t in words if t.pos_ == "PROPN" and t.i > clause.i and t.text[:1].isupper()]
        if not names:
            continue
        last = names[-1]
        first = last
        while first.i > clause.i + 1 and first.doc[first.i - 1].pos_ == "PROPN":
            first = first.doc[first.i - 1]
        name = token.doc[first.i : last.i + 1].text
        return ctx.people.known(name, first.idx) or PersonRef(name, None, "person")
    return None


def _appositive_name(token: Token, appos: Token) -> bool:
    """ "One protester, Kim In-seok, stated": a proper name set off after a common noun that names
    no body and no text is the person it describes, whatever the recogniser tagged it."""
    named = appos.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in appos.subtree)
    bracketed = appos.left_edge.i > 0 and appos.doc[appos.left_edge.i - 1].text == "("
    return (
        named
        and not bracketed  # "The secretary general of CEI (Italian Episcopal Conference)": an expansion
        and token.pos_ == "NOUN"
        and token.lemma_.lower() not in ORG_NOUNS | SOURCE_NOUNS | TEXT_NOUNS | SPEAKING_DOCUMENTS
        and (
            appos.ent_type_ in {"", "PERSON"}
            # "The foreign minister of Pakistan, Shah Mahmood Qureshi", "political counsellor, Sun
            # Lushan" (tagged a building): an office's bearer, whatever label, unless it names a country
            or (
                appos.ent_type_ in _MISREAD_NAME_LABELS
                and token.lemma_.lower() in PERSON_DESCRIPTION_HEADS
                and not is_country(appos.text.lower())
            )
        )
    )


def _with_cut_off_words(span: Span) -> Span:
    """ "Haw Par has pledged …" with only "Par" recognised as the organisation: the proper nouns
    right before an organisation's name that the parser makes part of it (compounds of a word
    inside) are the name's first words. A person's name is left alone: the proper noun before
    it is a title ("President Biden")."""
    doc = span.doc
    if not len(span) or span[0].ent_type_ != "ORG":
        return span
    start = span.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_iob_ == "O"
        and doc[start - 1].dep_ == "compound"
        and span.start <= doc[start - 1].head.i < span.end
    ):
        start -= 1
    return doc[start : span.end]


def _with_cut_off_tail(span: Span) -> Span:
    """ "The United Nations Interim Force in Lebanon (UNIFIL) says": an organisation's name the
    recogniser ended before its "in"/"for"/"of" place, when the acronym right after spells the whole."""
    doc = span.doc
    if not len(span) or span[0].ent_type_ != "ORG" or span.end + 2 >= len(doc):
        return span
    if doc[span.end].lower_ not in {"in", "for", "of", "on"}:
        return span
    end = span.end + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == span.end + 1 or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return span
    acronym = doc[end + 1].text
    initials = "".join(t.text[0] for t in doc[span.start : end] if t.text[:1].isalpha() and t.lower_ != "the")
    initials = initials.upper()
    spelled = acronym.isupper() and acronym[0] == initials[0] and acronym[-1] == initials[-1]
    return doc[span.start : end] if spelled else span


def _group_described(token: Token, phrase: Span, lemma: str) -> PersonRef | None:
    """ "Hale met the governors. The governors said, “…”", "“…,” the miners told her": a definite
    plural description of people speaks as that group, never as the one person just named or
    the one holder of the office (bodies, texts and "the two leaders" a text has named are
    left to their own rules)."""
    if phrase[0].lower_ != "the" or "Plur" not in token.morph.get("Number", []) or token.pos_ != "NOUN":
        return None
    if lemma in ORG_NOUNS | SOURCE_NOUNS | TEXT_NOUNS | SPEAKING_DOCUMENTS or len(phrase) > 4:
        return None
    if any(t.like_num or t.lower_ in PARTITIVES for t in phrase):
        return None  # "the two leaders": the persons the text just named
    text = phrase.text.strip(" ,")
    return PersonRef(text[:1].lower() + text[1:], None, "anonymous")


def _text_itself(phrase: Span) -> PersonRef:
    """A text that speaks for itself, named as the text gives it ("a 2006 US report", "the bill")."""
    bare = phrase[1:] if phrase[0].lower_ in {"a", "an"} else phrase
    named = bare.text.strip(" ,")
    return PersonRef(named[:1].lower() + named[1:] if bare[0].dep_ == "det" else named, None, "org")


def _known_name(ctx: DocContext, token: Token) -> PersonRef | None:
    """ "“…,” Fitzsimons told the panel": a person the text has already named, when the tagger
    reads their surname as a common noun (a plural-looking name, a word that is also a noun),
    is still that person. Only a bare capitalised word counts: a determiner or a modifier makes
    it a description ("the first Westerner", "the Rice harvest"), never a name."""
    if token.pos_ not in {"NOUN", "VERB", "ADJ"} or not token.text[:1].isupper() or token.text.isupper():
        return None
    if any(c.dep_ in {"det", "amod", "compound", "poss", "nummod"} for c in token.children):
        return None
    return ctx.people.known(token.text, token.idx)


def _nationality_description(ctx: DocContext, phrase: Span, token: Token) -> PersonRef | None:
    """ "the French leader said", "the Hungarian premier said": the one person the document names
    with that nationality and office; when none or several fit, the description speaks anonymously
    (the nearest person with the office could be another country's)."""
    words = [t for t in phrase if t.dep_ != "det"]
    if phrase[0].lower_ != "the" or not 2 <= len(words) <= 4 or words[-1].i != token.i:
        return None
    if not any(is_demonym(t.text) for t in words[:-1]) or token.lemma_.lower() not in _OFFICE_NOUNS:
        return None
    found = ctx.people.resolve_description([t.text for t in words])
    if found is not None:
        return found
    text = phrase.text.strip(" ,")
    return PersonRef(text[:1].lower() + text[1:], None, "anonymous")


def _capitalised_name(token: Token) -> PersonRef | None:
    """ "said Reporters Without Borders": a capitalised common noun mid-sentence that opens a
    run of capitalised words is an organisation's name the tagger took apart."""
    doc = token.doc
    if token.is_sent_start or not token.text[:1].isupper() or token.i + 1 >= len(doc):
        return None
    end = token.i + 1
    while end < len(doc) and (
        doc[end].text[:1].isupper()
        or (doc[end].lower_ in _NAME_JOINERS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())
    ):
        end += 1
    words = doc[token.i : end]
    if len(words) < 2 or not words[-1].text[:1].isupper():
        return None
    return PersonRef(words.text, None, "org")


def _body_named_before(ctx: DocContext, token: Token, lemma: str) -> PersonRef | None:
    """ "Acme Corp reported a loss. “…,” the company said": a general body noun ("the company", "the
    organization") is the organisation the sentence or two before make the subject (or whose name
    is the subject's possessive: "Acme Corp's chief said"), latest first. Only a name that says
    no other kind of body counts ("Interior Ministry" is no "company"; "Reuters", which the text
    only tells things to, is no subject); none found, the description stays as written."""
    sentence = ctx.sentence_of(token)
    for _ in range(2):
        previous = ctx.sentence_before(sentence)
        if previous is None:
            return None
        sentence = previous
        for ent in reversed([*sentence.ents, *_untagged_subject_names(sentence)]):
            root = ent.root
            subject = root.dep_ in {"nsubj", "nsubjpass"} or (
                root.dep_ in {"poss", "compound"} and root.head.dep_ in {"nsubj", "nsubjpass"}
            )
            if ent.label_ not in {"ORG", ""} or not subject:
                continue
            ref = ctx.people.resolve(ent) if ent.label_ else PersonRef(ent.text, None, "org")
            if ref is None or ref.kind != "org" or a_publications_name(ref.name):
                continue
            head = head_word(ref.name)
            if head in ORG_NOUNS and head != lemma:
                continue
            return ref
    return None


def _untagged_subject_names(sentence: Span) -> list[Span]:
    """ "Reporters Without Borders condemned …": a subject the recogniser left untagged whose words
    are all capitalised (or the joiners of a name: "of", "without") reads as a body's name."""
    found = []
    for tok in sentence:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.ent_type_ or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        words = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
        capitalised = all(w.text[:1].isupper() or w.lower_ in _NAME_JOINERS - {"the"} for w in words)
        if 2 <= len(words) <= 6 and capitalised and words[-1].text[:1].isupper():
            found.append(words)
    return found


def _described_person(ctx: DocContext, token: Token, phrase: Span, lemma: str) -> PersonRef | None:
    """ "Lawrence Summers was blunt. “…,” the economist said"; "the 45-year-old said": a short
    definite description that is no office, body or text is the person just named, unless
    someone named before holds it as a title ("Hollis met Pope Francis. The pope told him")."""
    if phrase[0].lower_ != "the" or len(phrase) > 6 or lemma in SOURCE_NOUNS | TEXT_NOUNS:
        return None
    if token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS:
        return None
    titled = ctx.people.resolve_nominal(token.text, token.idx) if lemma != "old" else None
    if titled is not None and titled.kind == "person":
        return titled
    if lemma in _OFFICE_NOUNS:
        # "Hans Blix, a former inspector, said … The mayor said": an office the person just named
        # is not given is held by someone else, whom the text leaves unnamed
        salient = ctx.people.salient_person(token.idx, office=lemma)
        text = phrase.text.strip(" ,")
        return salient or PersonRef(text[:1].lower() + text[1:], None, "anonymous")
    return ctx.people.salient_person(token.idx)


def _someone(token: Token, phrase: Span, lemma: str) -> PersonRef | None:
    """ "“…,” one policeman said", "a villager said": a single unnamed person the text introduces
    as the subject of a reporting verb speaks as described (texts are handled as texts)."""
    # "One MP told the BBC": an office word the tagger capitalised as a name is still a description
    office_word = token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS and not token.ent_type_
    if (
        phrase[0].lower_ not in INDEFINITE_WORDS
        or not (token.pos_ == "NOUN" or office_word)
        or len(phrase) > 4
    ):
        return None
    if phrase[-1].pos_ not in {"NOUN", "PROPN"}:
        return None  # "a record amount of — of women say": a phrase the speaker breaks off
    if lemma in SOURCE_NOUNS | TEXT_NOUNS | SPEAKING_TEXTS or "Plur" in token.morph.get("Number", []):
        return None
    text = phrase.text.strip(" ,")
    return PersonRef(text[:1].lower() + text[1:], None, "anonymous")


def _collective_antecedent(ctx: DocContext, token: Token) -> PersonRef | None:
    """ "Police said a man was arrested. “…,” they said"; "The ministry's statement was brief.
    “…,” it said": "they" speaks for a plural or collective subject of a main clause in the
    sentence or two before, or for a coordinated subject earlier in its own sentence (whose first
    member speaks), "it" for an organisation or a statement; never a single person alone."""
    plural_pronoun = token.lower_ in {"they", "their"}
    sent = ctx.sentence_of(token)
    if plural_pronoun:
        # "Tsvangirai and his party pulled out, protesting what they called “…”": a coordinated
        # subject earlier in the pronoun's own sentence is who "they" are (its first member speaks)
        for subject in (
            t for t in sent if t.dep_ == "nsubj" and t.i < token.i and t.pos_ in {"NOUN", "PROPN"}
        ):
            if any(c.dep_ == "conj" for c in subject.children) and token.i not in {
                t.i for t in subject.subtree
            }:
                ref = speaker_from_token(ctx, subject)
                if ref is not None:
                    return ref
    for _ in range(2):
        previous = ctx.sentence_before(sent)
        if previous is None:
            return None
        sent = previous
        # "A statement by the Brady Campaign was posted on Facebook. It said “…”": a passive subject too
        for subject in (t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"):
            lemma = subject.lemma_.lower()
            if plural_pronoun:
                fits = "Plur" in subject.morph.get("Number", []) or lemma in ORG_NOUNS
            else:
                fits = "Plur" not in subject.morph.get("Number", []) and (
                    lemma in ORG_NOUNS or lemma in SOURCE_NOUNS or subject.ent_type_ == "ORG"
                )
            if subject.pos_ in {"NOUN", "PROPN"} and fits and subject.ent_type_ != "PERSON":
                ref = speaker_from_token(ctx, subject)
                if ref is not None and ref.kind != "person":
                    return ref
    return None


def _source_of(ctx: DocContext, document: Token, topic_of: bool = True) -> PersonRef | None:
    """Who issued a statement, report or briefing: "a statement from/by/of X",
    "the statement, released by X" (without ``topic_of``, an "of" names what the text is about);
    never who saw or obtained it ("a letter seen by Sky News")."""
    issuing = {"from", "by", "of"} if topic_of else {"from", "by"}
    preps = [c for c in document.children if c.dep_ == "prep" and c.lower_ in issuing]
    if document.dep_ == "dobj":
        # "“…,” read a statement by the ONLF": the parser hangs the "by" on the verb right after
        # the text it belongs to
        preps += [
            c
            for c in document.head.children
            if c.dep_ == "prep"
            and c.lower_ in {"by", "from"}
            and c.i in {document.i + 1, document.right_edge.i + 1}
        ]
    for clause in document.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() not in SEEING_VERBS:  # "seen by Sky News"
            preps += [
                c for c in clause.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "from"}
            ]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                ref = speaker_from_token(ctx, obj)
                if ref is not None:
                    return ref
                words = [t for t in _noun_phrase(obj) if t.dep_ != "det"]
                if words and obj.pos_ == "PROPN":  # "a statement of support" names nobody
                    return PersonRef(ctx.text[words[0].idx : words[-1].idx + len(words[-1])], None, "org")
    return None


def _issuer_named_before(
    ctx: DocContext, text: Token, kinds: frozenset[str] = SOURCE_NOUNS | SPEAKING_TEXTS
) -> PersonRef | None:
    """ "a Central Intelligence Agency assessment …, in which the report states “…”": a definite
    text nobody is named to have issued is the latest text (of ``kinds``) named in its sentence
    or the one before, and speaks for that text's issuer (its "by"/"from" or its name modifier)."""
    sentence = ctx.sentence_of(text)
    earlier = ctx.sentence_before(sentence)
    start = (earlier or sentence).start
    for tok in reversed(text.doc[start : text.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in kinds:
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in {"ORG", "GPE", "NORP"}]
        if names:
            return PersonRef(entity_span(names[-1]).text, None, "org")
        source = _source_of(ctx, tok, topic_of=False)  # "an assessment of the famine" is about it
        return source if source is not None else _said_in(ctx, tok)
    return None


def _said_in(ctx: DocContext, text: Token) -> PersonRef | None:
    """ "The ministry said in a statement that …. The statement also said …": a text someone said
    something in is that speaker's."""
    prep = text.head
    if text.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return None
    subjects = [c for c in prep.head.children if c.dep_ == "nsubj"]
    return speaker_from_token(ctx, subjects[0]) if subjects else None


def _name_set_off_after(ctx: DocContext, description: Token) -> PersonRef | None:
    """ "According to the PMDB leader, Senator Ney Suassuna, the denunciations are …": a person's
    description followed by a name between commas is that person, even where the parser has
    made the name the subject of the clause that follows."""
    if description.pos_ != "NOUN" or description.lemma_.lower() not in PERSON_DESCRIPTION_HEADS:
        return None
    doc = description.doc
    at = description.right_edge.i + 1
    if at >= len(doc) or doc[at].text != ",":
        return None
    at += 1
    while at < len(doc) and doc[at].lower_ in TITLE_WORDS and doc[at].ent_type_ != "PERSON":
        at += 1
    if at >= len(doc) or doc[at].ent_type_ != "PERSON" or doc[at].ent_iob_ != "B":
        return None
    name = entity_span(doc[at])
    if name is None or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    return ctx.people.resolve(name) or PersonRef(name.text, None, "person")


def according_to(ctx: DocContext, tokens: list[Token]) -> PersonRef | None:
    """The source of an "according to X" among ``tokens``."""
    for tok in tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if not objs:
                continue
            head = objs[0]
            set_off = _name_set_off_after(ctx, head)
            if set_off is not None:
                return set_off
            if head.pos_ in {"PROPN", "PRON"} or head.lemma_.lower() in PERSON_NOUNS:
                ref = speaker_from_token(ctx, head)
                if ref is not None:
                    return ref
            issued = head.lemma_.lower() in SOURCE_NOUNS
            if issued or head.lemma_.lower() in SPEAKING_DOCUMENTS:
                # "a statement from the Foreign Ministry", "a memo posted online by Senator Dalmau"
                ref = _source_of(ctx, head, topic_of=issued)
                if ref is not None:
                    return ref
                # "according to a tweet on Monday by X" with the "by" hung on "according"
                for prep in (c for c in tok.children if c.lower_ in {"by", "from"}):
                    objects = [o for o in prep.children if o.dep_ == "pobj"]
                    ref = speaker_from_token(ctx, objects[0]) if objects else None
                    if ref is not None:
                        return ref
            phrase = _noun_phrase(head)
            words = [t for t in phrase if t.dep_ != "det"]
            if head.lemma_.lower() in SOURCE_NOUNS:
                # "a Chinese foreign ministry press conference" -> the ministry speaks
                words = [t for t in words if t.i < head.i]
                while words and words[-1].lemma_.lower() in SOURCE_NOUNS:
                    words.pop()
            if words:
                text = ctx.text[words[0].idx : words[-1].idx + len(words[-1])]
                ref = ctx.people.resolve(text)
                if ref is not None and ref.kind == "person" and ref.name == text and not ref.role:
                    return PersonRef(text, None, "org")
                return ref or PersonRef(text, None, "org")
    return None


def words_owner(ctx: DocContext, inside: list[Token]) -> PersonRef | None:
    """ "noting that the Prime Minister's declaration that “…” has resonated": a quotation that
    completes a noun of saying belongs to that noun's possessor, not to the one noting it."""
    quoted = {t.i for t in inside}
    for tok in inside:
        if tok.head.i in quoted or tok.head.i == tok.i:
            continue
        noun = tok.head
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if ":" in ctx.text[noun.idx : inside[0].idx]:
            return None  # "Bolsonaro opposed Macron's statement: “…”": the colon opens Bolsonaro's reply
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in UTTERANCE_NOUNS and owners:
            return speaker_from_token(ctx, owners[0])
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in UTTERANCE_NOUNS:
            # "criticism from Secretary-General Ban Ki-moon that the plan will “…”": the noun's source
            source = _source_of_utterance(noun)
            return speaker_from_token(ctx, source) if source is not None else None
        clause = tok.head if tok.dep_ != "ccomp" else tok
        while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        joined = clause.head if clause.dep_ == "ccomp" else None
        if joined is not None and joined.lemma_.lower() == "add":
            # "spokespeople have added to criticism from Ban Ki-moon that the plan will “…”": the
            # parser hangs the noun's "that" clause on "added to"; the criticism's source says it
            nouns = [
                o
                for c in joined.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children
                if o.dep_ == "pobj" and o.lemma_.lower() in UTTERANCE_NOUNS
            ]
            source = _source_of_utterance(nouns[0]) if nouns else None
            return speaker_from_token(ctx, source) if source is not None else None
        return None
    return None


def _source_of_utterance(noun: Token) -> Token | None:
    """The "from"/"by" object of a noun of saying: "criticism from Ban Ki-moon"."""
    return next(
        (
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
