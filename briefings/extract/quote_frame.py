"""The author's words around a quotation (its *frame*) and the reporting verbs in them.

Attribution and the key-quote test both read the sentences a quote sits in, clipped
to its paragraph, and the verbs of saying there, nearest first. "“…,” said Ruto."
parsed as two sentences still has its attribution in the frame.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import (
    ASIDE_MARKS,
    CARRIER_NOUNS,
    GENDERED_WORDS,
    HEARSAY_VERBS,
    ISSUING_VERBS,
    OPINION_LEMMAS,
    OWNED_WORDS,
    PERCEIVED_VERBS,
    QUOTE_MARKERS,
    READ_OUT_TEXTS,
    REPORTING_LEMMAS,
    SOURCE_NOUNS,
    TIME_CLAUSE_MARKS,
)
from briefings.extract.quotemarks import QuoteSpan
from briefings.extract.reporting import phrases_it

_SUBJECT_DEPS = frozenset({"nsubj"})


def frame_of(ctx: DocContext, span: QuoteSpan) -> tuple[list[Token], list[Token]]:
    """The author's tokens in the sentences around a quote, and the quote's own tokens."""
    first = ctx.sentence_at(span.open_mark)
    last = ctx.sentence_at(span.close_mark)
    start, end = first.start, last.end
    doc = ctx.doc
    # "“…,” said Ruto." may be parsed as two sentences: take the attribution that follows
    if end < len(doc) and _attribution_follows(ctx, span, last):
        follow = ctx.sentence_after(last)
        end = follow.end if follow is not None else end
    text = ctx.text
    para_start = text.rfind("\n", 0, span.open_mark) + 1
    para_end = text.find("\n", span.close_mark)
    para_end = len(text) if para_end < 0 else para_end
    tokens = [t for t in doc[start:end] if para_start <= t.idx < para_end]
    inside = [t for t in tokens if span.open_mark <= t.idx <= span.close_mark]
    outside = [t for t in tokens if not (span.open_mark <= t.idx <= span.close_mark)]
    return outside, inside


def _attribution_follows(ctx: DocContext, span: QuoteSpan, sent: Span) -> bool:
    """Whether the sentence after the quote's is its attribution ("“…,” said Ruto." split in two)."""
    text = ctx.text
    if (
        text[span.close_mark + 1 : sent.end_char].strip(" .")
        or "\n" in text[span.close_mark : sent.end_char + 1]
    ):
        return False
    follow = ctx.sentence_after(sent)
    if follow is None:
        return False
    if "\n" in text[sent.end_char : follow.start_char]:
        return False
    open_ended = span.text.rstrip()[-1:] in ",?!—–-" or follow.text[:1].islower()
    # "“… what do you think?” Prime Minister Rudd said that the words must be tabled first.":
    # a verb with a clause of its own reports that clause, not the quote before it
    return open_ended and any(
        t.lemma_ in REPORTING_LEMMAS and not any(c.dep_ == "ccomp" for c in t.children) for t in follow[:5]
    )


def acts_as_verb(tok: Token) -> bool:
    """A verb, or a reporting word the tagger read as a noun but parsed as a clause head
    with a subject ("The Department notes, “…”")."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.dep_ == "ROOT" and (
        any(c.dep_ == "nsubj" for c in tok.children) or bool(misparsed_subject(tok))
    )


def misparsed_subject(tok: Token) -> Token | None:
    """ "The U.S. Department of Agriculture notes, “…”" read as one noun phrase: the name
    modifying the reporting noun is its subject."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT":
        return None
    names = [c for c in tok.lefts if c.dep_ in {"nmod", "compound", "poss"} and c.pos_ == "PROPN"]
    return names[-1] if names else None


def reporting_verbs(outside: list[Token], span: QuoteSpan) -> list[Token]:
    """The reporting verbs around a quote, nearest first; a verb after it that opens a quote
    of its own ("“…?” I said, “Yeah, we can.”") reports that one, unless the quote runs on
    into it ("“…,” he said, “but …”"); "Yeats wrote, and I quote, “…”" reads out Yeats's words."""
    closed = span.text.rstrip(" ”\"'’")[-1:] in {".", "?", "!", "…"}
    verbs = [
        t
        for t in outside
        if (t.lemma_.lower() in REPORTING_LEMMAS or phrases_it(t))
        and acts_as_verb(t)
        and not (t.idx > span.close_mark and closed and _introduces_quote(t))
        and not _next_clause(t, span)
        and not _reading_out(t)
        and not _aside(t, span)
        and not _describes_a_thing(t, span)
    ]

    def distance(t: Token) -> tuple[bool, int]:
        gap = span.open_mark - t.idx if t.idx < span.open_mark else t.idx - span.close_mark
        return (channel(t), gap)

    return sorted(verbs, key=distance)


def _next_clause(verb: Token, span: QuoteSpan) -> bool:
    """ "The EU condemned the attack as a “terrorist attack” and the United States said it was …": a
    reporting verb after the quotation, with a subject of its own after a coordinating conjunction
    there, opens a clause of its own and reports nothing before it."""
    if verb.idx <= span.close_mark:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.idx > span.close_mark]
    if not subjects:
        return False
    doc = verb.doc
    between = [
        t for t in doc[subjects[0].left_edge.i - 3 : subjects[0].left_edge.i] if t.idx > span.close_mark
    ]
    return any(t.pos_ == "CCONJ" or t.lower_ in {"while", "whereas"} for t in between)


def channel(verb: Token) -> bool:
    """ "Erdogan said — as reported by Hurriyet Daily News — “…”", "“…”, as quoted by Greek
    Reporter": an "as" clause of a passive reporting verb names the outlet the words came
    through, not who said them; any other reporting verb of the sentence comes first."""
    opened = any(c.dep_ in {"mark", "advmod"} and c.lower_ == "as" for c in verb.children)
    agent = any(c.dep_ == "agent" for c in verb.children)
    return verb.tag_ == "VBN" and opened and agent


def _aside(verb: Token, span: QuoteSpan) -> bool:
    """ "pointed out that while Manning had gone through a trial and acknowledged wrongdoing,
    “Mr. Snowden fled …”": a verb with a thing for its object, in an adverbial clause a
    subordinator opens, says that thing; it does not report a quotation outside the clause."""
    if not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    opened = any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in clause.children)
    if clause.dep_ != "advcl" or not opened:
        return False
    return not (clause.left_edge.idx <= span.open_mark <= clause.right_edge.idx)


def _describes_a_thing(verb: Token, span: QuoteSpan) -> bool:
    """ "displayed the book, written by Noam Chomsky, and recommended “this excellent book”": a
    passive participle describing a noun tells who made the thing; it reports no quotation outside
    its own phrase."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False  # "Mohamed ElBaradei, called India “…”" misparsed as a participle: he speaks
    return not (verb.head.left_edge.idx <= span.open_mark <= verb.right_edge.idx)


def _stray_participle(verb: Token) -> bool:
    """ "stood by the interpretation that the trailers were mobile labs saying “…”": a "saying"
    the parser hung on a thing that says nothing (no text, no person) belongs to the sentence's
    main clause, whose subject speaks."""
    head = verb.head
    root_subjects = [c for c in verb.sent.root.children if c.dep_ == "nsubj"]
    return (
        verb.tag_ == "VBG"
        and head.pos_ == "NOUN"
        # only a predicate noun ("the trailers were labs saying"): a thing held ("holding signs
        # saying “…”") carries its own words, a person described ("a real hardworking fellow in
        # Detroit — saying to me") speaks them
        and head.dep_ == "attr"
        and bool(root_subjects)
        and root_subjects[0].lower_ not in {"there", "it"}
        and head.lemma_.lower() not in CARRIER_NOUNS
        and head.lemma_.lower() not in SOURCE_NOUNS  # "rejected a report saying “…”": a text's words
        and head.lower_ not in GENDERED_WORDS
        and not head.ent_type_
        and verb.sent.root.i not in {verb.i, head.i}
    )


def _introduces_quote(verb: Token) -> bool:
    after = [t.text for t in verb.doc[verb.i + 1 : verb.i + 3] if t.text not in {",", ":"}]
    return bool(after) and after[0][:1] in {"“", '"'}


def _reading_out(verb: Token) -> bool:
    """ "and I quote", "— I'm quoting him —": the speaker reads out another's words; the verb
    before it reports them."""
    return verb.lemma_.lower() in QUOTE_MARKERS and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children
    )


def _set_off_participle(verb: Token) -> bool:
    """ "Kono expressed his delight at meeting Ebrard, who is attending on behalf of the President,
    stating, “…”": a reporting participle set off by a comma, which the parser hung on a common noun
    the sentence ran through ("behalf"), goes with the sentence's subject, as in "She left, saying
    …"; a carrier's participle ("a statement saying") is the text's, and one hung on a name ("met
    Ebrard, saying") is left to the rules for names."""
    root = verb.sent.root
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() not in CARRIER_NOUNS
        and root.pos_ == "VERB"
        and root.i < verb.i
        and any(c.dep_ == "nsubj" for c in root.children)
    )


def issuer_of(text: Token) -> Token | None:
    """ "Christian Aid issued a statement saying, “…”", "the band posted a tweet saying “…”": a
    text carrying the words speaks for whoever put it out (the subject of the verb of issuing
    it); a text someone only mentions ("he rejected a report saying “…”") names no speaker."""
    if text.lemma_.lower() not in CARRIER_NOUNS:
        return None
    by = _issued_by(text)
    if by is not None:
        return by
    if text.dep_ == "dobj":
        verb = text.head
    elif text.dep_ == "nsubj" and text.head.dep_ == "ccomp":
        verb = text.head.head  # "posted [a tweet saying …]" parsed as a clause
    else:
        return None
    if verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    on_behalf = _represented(verb) or _represented(text)
    if on_behalf is not None:
        return on_behalf  # "issued a statement on behalf of the Foreign Secretary saying “…”"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _issued_by(text: Token) -> Token | None:
    """ "a statement issued last week by the council calling on …", "a statement by the council
    urging …": a text whose own phrase names who put it out (the agent of a participle of issuing,
    or its "by") speaks for that one, wherever the sentence mentions it."""
    for child in text.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in ISSUING_VERBS:
            agents = [o for c in child.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if agents:
                return agents[0]
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _represented(verb: Token) -> Token | None:
    """Whom a verb acts for: the object of its "on behalf of"; the sender of a text one reads out
    ("read a letter from a constituent: “…”", "read from a statement by the family"); the owner of
    the words one recalls or repeats ("recalled his mother's words: “…”")."""
    behalves = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for o in c.children
        if o.dep_ == "pobj" and o.lower_ == "behalf"
    ]
    if behalves:
        return _on_behalf_of(behalves[0])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "read":
        texts = objects + [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
        ]
        for text in (t for t in texts if t.lemma_.lower() in READ_OUT_TEXTS):
            # the parser may hang the sender's "from" on the verb, right after the text
            preps = [*text.children, *(c for c in verb.children if c.i == text.i + 1)]
            senders = [
                o for c in preps if c.dep_ == "prep" and c.lower_ in {"from", "by"} for o in c.children
            ]
            if senders and senders[0].dep_ == "pobj":
                return senders[0]
    for words in (o for o in objects if o.lemma_.lower() in OWNED_WORDS):
        owners = [c for c in words.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
        if owners:
            return owners[0]
    return None


def _on_behalf_of(noun: Token) -> Token | None:
    """The one a "behalf" stands for: "on behalf of Foreign Secretary David Miliband"."""
    if noun.lower_ != "behalf":
        return None
    return next((o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)


def _inverted_subject(verb: Token) -> Token | None:
    """ "“…,” warned one devotee", "“…,” added the spokeswoman": after a fronted quotation, a
    reporting verb put before its subject, which the parser reads as the verb's object. The
    quotation (the verb's clausal complement) comes first; the noun phrase right after the verb
    is who spoke."""
    # "“…,” read a warning by X" (a finite verb: "“…,” continuing his work" is no report)
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or (verb.tag_ == "VB" and verb.dep_ == "ROOT")
    after_quote = verb.i > 0 and verb.doc[verb.i - 1].is_quote and finite
    if not after_quote and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1]
    return objects[0] if objects and objects[0].pos_ in {"NOUN", "PROPN"} else None


def object_as_subject(verb: Token, subjects: list[Token]) -> bool:
    """ "she addressed Prime Minister Modi demanding “…”", "Obama linked the suspect to al-Qaeda
    saying, “…”": the parser makes the object of the verb (or of its preposition) just before a
    participle the participle's subject; a "subject" right after that verb, which has no object of
    its own, or right after its preposition, left without one, is that object."""
    head = verb.head
    if not (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and head.pos_ == "VERB"
        and len(subjects) == 1
        and head.i < subjects[0].i < verb.i
    ):
        return False
    before = verb.doc[subjects[0].left_edge.i - 1]
    after_verb = before.i == head.i and not any(c.dep_ == "dobj" for c in head.children)
    after_prep = (
        before.dep_ == "prep"
        and before.head.i == head.i
        and not any(c.dep_ == "pobj" for c in before.children)
    )
    return after_verb or after_prep


def _relative_before(verb: Token) -> Token | None:
    """ "discussed it with King Hamad, who argued for the use of force; stating: “…”": a participle
    set off right after a relative clause of saying on a named person goes on with that clause (the
    parser hangs it on the main verb), so the person the clause describes speaks ("met Vega, who had
    flown in, saying …" is the subject's)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    if before.text not in {",", ";", "—", "–"}:
        return None
    edge = verb.doc[verb.i - 2]
    for clause in (a for a in [edge, *edge.ancestors] if a.dep_ == "relcl"):
        who = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"]
        speaking = clause.lemma_.lower() in REPORTING_LEMMAS | OPINION_LEMMAS
        if who and speaking and clause.right_edge.i == edge.i and clause.head.ent_type_ == "PERSON":
            return clause.head
    return None


def _after_a_time_clause(verb: Token) -> bool:
    """ "…,” said Wen Jiabao as the FOCAC opened up, adding “…”": a participle of saying set off
    after a clause of time ("as", "when", "while") that follows a reporting verb goes on with the
    reporting verb, not with the clause of time's own subject."""
    clause = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in REPORTING_LEMMAS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and clause.dep_ == "advcl"
        and clause.head.i < clause.i
        and clause.head.lemma_.lower() in REPORTING_LEMMAS
        and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in clause.children)
    )


def _past_an_according_source(subject: Token) -> Token | None:
    """ "According to news agency ISNA, the prosecutor general of Tehran, Ali Mehr, said …": the parser
    takes the source of a fronted "according to" for the subject and hangs the real subject on it as an
    apposition; the person named in that apposition speaks (the source only carried the words)."""
    start = subject.left_edge.i
    if start < 2 or subject.doc[start - 1].lower_ != "to" or subject.doc[start - 2].lower_ != "according":
        return None
    if any(c.dep_ == "pobj" for c in subject.doc[start - 1].children):
        return None  # "According to Ames, Vega said": the parser read the source as the source
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        people = [t for t in appos.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"]
        return people[0] if people else appos
    return None


def _repeated_reporting_verb(verb: Token) -> bool:
    """A subjectless reporting verb coordinated with the verb of a clause the same reporting verb
    reports ("Austin said [the leaders would discuss …] and said …"): the outer verb's repetition
    ("I promise you, they're looking to us and saying “…”" is theirs)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in REPORTING_LEMMAS
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and head.dep_ == "ccomp"
        and head.lemma_.lower() not in REPORTING_LEMMAS
        and head.head.lemma_.lower() == verb.lemma_.lower()
        and any(c.dep_ in _SUBJECT_DEPS for c in head.head.children)
    )


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the clause it hangs from ("…before noting that");
    none for a passive ("was told that"), except "was quoted as saying". Whom a "quote"
    quotes speaks, not who quotes ("The BBC quoted Ames as saying “…”": Ames). A relative
    pronoun's named antecedent speaks ("the minister, Wang Yi, who told officials, “…”"); a
    described one ("the commander, who said") may stand in apposition to the name, so it
    does not. A "saying" that completes a text speaks for its issuer (:func:`issuer_of`), and
    the agent of a passive participle for itself ("described by the Post as “…”")."""
    described = _relative_before(verb)
    if described is not None:
        return described
    node: Token | None = verb
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.dep_ == "ccomp"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and (
            verb.head.head.lemma_.lower() in REPORTING_LEMMAS | OPINION_LEMMAS
            # "Blix recommended that the United States give a commitment, stating, “…”": any
            # verb's "that" clause, the participle after it going with the one who recommends
            or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.head.children)
        )
        and not any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in verb.head.children
        )  # "said he had acted within the law, adding, “…”": the clause's own speaker says it
    ):
        # "La Russa believes that not all the arms were taken from the stockpiles, stating, “…”":
        # a participle set off after a reported clause goes with the one who believes or says it
        node = verb.head.head
    elif _set_off_participle(verb):
        # "Kono expressed his delight at meeting Ebrard, who attends on behalf of the President,
        # stating, “…”": a participle set off at the end goes with the sentence's subject
        node = verb.sent.root
    elif _repeated_reporting_verb(verb):
        # "Austin said the two leaders would discuss ways … and said the United States would like …
        # “…”": the second "said" repeats the first; the parser hangs it on the reported clause
        node = verb.head.head
    elif _after_a_time_clause(verb):
        # "said Premier Wen Jiabao as the forum opened, adding “…”": the parser hangs the
        # participle on the clause of time; the one who said the first words adds the next
        node = verb.head.head
    # six steps: "has ended her career after apologizing for saying that …" climbs saying → for →
    # apologizing → after → ended, whose subject is the one who said it
    for _ in range(6):
        if node is None:
            return None
        quoted = [c for c in node.children if c.dep_ == "dobj"] if node.lemma_.lower() == "quote" else []
        if quoted:
            return quoted[0]
        if node is verb and verb.tag_ == "VBN":
            # "her memoir, described by the Washington Post as “…”": a passive's agent speaks
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if agents:
                return agents[0]
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
        if node is verb and object_as_subject(verb, subjects):
            node = verb.head  # "addressed Modi demanding “…”": Modi is addressed; who addressed him demands
            continue
        if node is verb and not subjects:
            inverted = _inverted_subject(verb)
            if inverted is not None:
                return inverted
        represented = _represented(node)
        if subjects and represented is not None:
            return represented  # "The embassy issued a statement on behalf of Ambassador Kagan, saying “…”"
        if subjects:  # "Malaysia's Prime Minister, Najib Razak said": the name wins
            # "A report called al-Sadr's Mahdi Army a “…”" parsed with two subjects: the one
            # before the verb is the subject, the one after the object it names
            # (a person after the verb still wins over a word of the quotation before it: "“… like
            # the Trevor Project”, said Jeffrey Lyon", the parser taking "groups" for a subject)
            before = [c for c in subjects if c.i < node.i]
            named = [c for c in before if c.ent_type_ == "PERSON"] or [
                c for c in subjects if c.ent_type_ == "PERSON" and c.i > node.i
            ]
            subject = named[0] if named else (before or subjects)[-1]
            if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl" and node.head.pos_ == "PROPN":
                return node.head  # "Wang Yi, who told officials, “…”": the relative stands for Wang Yi
            if (
                subject.lower_ == "who"
                and subject.i > 0
                and subject.doc[subject.i - 1].pos_ == "PROPN"
                and node.head.pos_ == "NOUN"
            ):
                # "rejected by Ouattara who said “…”": a "who" right after a name stands for it, wherever
                # the parser hung the clause
                return subject.doc[subject.i - 1]
            if subject.tag_ == "WDT" and node.dep_ == "relcl" and node.head.pos_ == "NOUN":
                # "They released a statement which said, “…”": a text speaks for whoever put it out;
                # "issued a statement on behalf of David Miliband that read, “…”" (the relative hung on
                # "behalf"): for whom it was put out
                issuer = _on_behalf_of(node.head) or issuer_of(node.head)
                if issuer is not None:
                    return issuer
            described = node.head
            if (
                subject.lower_ == "who"
                and node.dep_ == "relcl"
                and described.dep_ == "appos"
                and described.head.pos_ == "PROPN"
            ):
                # "AFP spoke to Terence Fan, an air industry expert …, who said “…”": the relative
                # describes the expert, and the expert is the named person
                return described.head
            return issuer_of(subject) or _past_an_according_source(subject) or subject
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        if passive:  # "X was told that": X listened; "X was quoted as saying": X spoke
            # "X was heard saying “…”", "was caught on camera saying": X spoke, caught in the act
            caught = node is not verb and node.lemma_.lower() in PERCEIVED_VERBS and verb.tag_ == "VBG"
            # "Al-Majid is reported to have said “…”": hearsay raises the speaker to its subject
            # ("X is reported by the website saying “…”": the website is the channel, X spoke)
            raised = verb.dep_ == "xcomp" or verb.tag_ == "VBG"
            hearsay = node is not verb and raised and node.lemma_.lower() in HEARSAY_VERBS
            # "BECTU general secretary, Gerry Morrissey is quoted as saying": an office and its
            # holder's name parsed as two subjects; the name speaks
            named = [c for c in passive if c.ent_type_ == "PERSON"] or passive
            return named[0] if node.lemma_.lower() == "quote" or caught or hearsay else None
        if node.dep_ in {"ROOT"} or node.head is node:
            return None
        if node.dep_ == "acl":
            issuer = issuer_of(node.head)
            if issuer is not None or node is not verb or not _stray_participle(verb):
                return issuer
            node = verb.sent.root
            continue
        if node.dep_ in {"ccomp", "relcl"}:
            return None
        node = node.head
    return None
