"""One meeting mention from one trigger: its parties, direction, place, date and status.

Given a trigger found in a sentence (:mod:`triggers`), the parties are read
from the trigger's subject, its ``with``/``between`` objects and its direct
object (:mod:`participants`), visitors first and hosts last where the text
gives a direction; the place and date come from the clause
(:mod:`meeting_places`, :mod:`meeting_dates`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from briefings.extract.body_sittings import body_met, body_sitting, owned_body
from briefings.extract.clause_subjects import (
    RELATIVES,
    coordinated,
    fronted_owner,
    governing_subject,
    itinerary_owner,
    subjects_of,
)
from briefings.extract.cohosts import (
    accompanying,
    field_names,
    field_title,
    names_an_office,
    stranded,
    stranded_name,
)
from briefings.extract.context import DocContext
from briefings.extract.courtesies import envoy_as_told, envoy_party
from briefings.extract.dates import MONTHS, WEEKDAYS
from briefings.extract.gatherings import (
    addressed_body,
    at_gathering,
    attendees_of,
    body_of,
    coordinated_sides,
    facility,
    gathering,
    governing_verb,
    leaders,
    meeting_body,
    one_body,
    people_groups,
    placed_gathering,
    present_at_the_one_before,
    talked_about,
    the_one_before,
    traveller_to_where,
    web_address,
)
from briefings.extract.groups import an_outlet, group_antecedent, named_countries, people_group, people_noun
from briefings.extract.lexicon import (
    AUDIENCE_GRANTING_VERBS,
    BODY_GATHERING_NOUNS,
    CALL_NOUNS,
    CALL_TAKING_VERBS,
    COLLECTION_NOUNS,
    CONTEST_NOUNS,
    CONVEYING_VERBS,
    COUNTED_MEETING_NOUNS,
    ENVOY_MEETING_VERBS,
    GATHERING_NOUNS,
    GATHERING_NOUNS_HOSTED,
    GENDERED_WORDS,
    GENERIC_DETERMINERS,
    GREETING_VERBS,
    INDEFINITE_DETERMINERS,
    INVITING_VERBS,
    ITINERARY_NOUNS,
    JOURNEY_VERBS,
    MANNER_NOUNS,
    MANNER_PREPS,
    MEAL_NOUNS,
    MEETING_VERBS,
    OBJECT_MEETING_VERBS,
    OCCASION_NOUNS,
    OCCURRING_AHEAD_WORDS,
    OCCURRING_PASSIVE_VERBS,
    OCCURRING_VERBS,
    OF_PARTY_MEETING_NOUNS,
    ONE_SITTING_MODIFIERS,
    OUTLET_NOUNS,
    PARTY_PREPS,
    PHONE_WORDS,
    PLACING_VERBS,
    PRESENCE_PREPS,
    PRESS_AUDIENCE_NOUNS,
    PRONOUN_GENDER,
    RECORD_ORDINALS,
    REPEAT_WORDS,
    REPRESENTING_VERBS,
    SEQUENCE_WORDS,
    SIGNED_NOUNS,
    SITTING_NOUNS,
    SITTING_VERBS,
    SITTINGS_FOR_PEOPLE,
    STANDING_PROCESS_VERBS,
    SUMMONING_VERBS,
    TALK_VERBS,
    TELLING_VERBS,
    TITLE_WORDS,
    TOURED_NOUNS,
    TRIP_NOUNS,
    WITH_MEETING_NOUNS,
    WITHIN_PREPS,
)
from briefings.extract.listed_parties import listed_people
from briefings.extract.meeting_dates import clause_date
from briefings.extract.meeting_places import (
    Visit,
    journey_place,
    loose_destination,
    where_antecedent,
    where_place,
)
from briefings.extract.meeting_pronouns import pronoun_party
from briefings.extract.meeting_status import asked_of, status_of
from briefings.extract.merging import Mention, days_of
from briefings.extract.name_phrases import entity_span
from briefings.extract.occurring_gatherings import occurring_gathering
from briefings.extract.participants import (
    first_of_two_titles,
    name_inside,
    resolve_token,
    resolve_with_conjuncts,
)
from briefings.extract.parties import (
    NAME_SUFFIXES,
    clean_name,
    dedupe,
    names_a_document,
    only_title_words,
    same_party,
)
from briefings.extract.places import (
    attached_place,
    bilateral_parties,
    here_place,
    host_country,
    is_country,
    is_demonym,
)
from briefings.extract.readout_principal import home_principal, unnamed_office
from briefings.extract.series import series_holders
from briefings.extract.speakers import Speakers
from briefings.extract.spoken_counterparts import object_before, office_named
from briefings.extract.third_person import speaker_is_not_he, spokesperson_we
from briefings.extract.trigger_cues import (
    arrived_in,
    broker_of,
    called_on_object,
    calls_on_someone,
    finite_talk,
    has_phone,
    including_with,
    invited_by,
    invited_to_a_meeting,
    marked_with,
    paid_call_on,
    prep_objects,
    put_through_to,
    repeated_preps,
    talks_to_an_office,
    talks_to_someone_named,
    to_attend_a_gathering,
)
from briefings.extract.triggers import MEETING_NOUNS, Trigger
from briefings.model.facts import PersonRef

_TOPIC_VERBS = frozenset({"discuss", "negotiate"})  # their object is what was talked about
_HELD_VERBS = frozenset({"have", "hold"})
# Participles on a meeting noun whose agent had the meeting ("the teleconference held by Bush with
# troops"); "attended by a delegation including Biden" lists who was there, not with whom they met.
_HOLDER_PARTICIPLES = frozenset({"hold", "host", "convene", "chair", "conduct"})
# Participles on a gathering someone attends whose agent was there as its host: "attended a summit in
# Rome, overseen by the Pope", "a virtual summit hosted by Presidents X and Y".
_HOSTING_PARTICIPLES = frozenset({"host", "convene", "chair", "oversee", "preside", "lead", "moderate"})
# How the parser hangs a later titled item of a "with" list on the verb once a place phrase broke the list.
_HUNG_ITEM_DEPS = frozenset({"conj", "npadvmod", "dep"})
_SEPARATE_WORDS = frozenset({"separate", "another", "second", "further", "follow-up", "subsequent"})
# Verbs whose subject or object, a body of people with no name, is no party: "welcomed the refugees".
_NO_GROUP_VERBS = frozenset({"welcome", "receive", "discuss", "negotiate", "thank", "congratulate"})


def _invited(verb: Token, noun: Token | None) -> bool:
    """Whether ``noun`` is the meeting ``verb`` invites its objects to ("invited Merkel to talks")."""
    meeting = invited_to_a_meeting(verb)
    return meeting is not None and noun is not None and meeting.i == noun.i


def read_mention(
    trigger: Trigger,
    ctx: DocContext,
    speakers: Speakers,
    header_place: str | None,
    before: Mention | None = None,
) -> Mention | None:
    """The meeting ``trigger`` states, or None when it is negated or names too few parties.

    ``header_place`` is a transcript's dateline, the place of its meetings when the
    clause names none; ``before`` is the meeting told last, whose parties "they agreed to meet
    again" takes up.
    """
    status = status_of(trigger)
    if status is None:
        return None
    verb, noun = trigger.token, trigger.noun
    is_noun = noun is not None and noun.i == verb.i
    if is_noun and _framing(verb):
        return None
    if noun is not None and _served_by_a_meeting(noun):
        return None

    def resolve(tok: Token) -> list[PersonRef]:
        home = home_principal(tok, ctx)  # "the President" in a government's readout is its president
        return [home] if home is not None else resolve_with_conjuncts(tok, ctx.people, speakers)

    # "summoned the German ambassador", "met with North Korea's ambassador": an envoy named by the
    # state they serve is a party unnamed, to a summons or a meeting verb
    summons = verb.lemma_.lower() in SUMMONING_VERBS
    envoys_met = summons or (not is_noun and verb.lemma_.lower() in ENVOY_MEETING_VERBS)

    def envoy(tok: Token) -> list[PersonRef]:
        found = envoy_party(tok) if envoys_met else None
        return [found] if found is not None else []

    # "welcomed the refugees", "the leaders discussed ...": a body of people is a party only to a meeting verb
    groups_meet = is_noun or verb.lemma_.lower() not in _NO_GROUP_VERBS or _welcomed_to_a_house(verb)

    def _with_groups(subject: Token) -> list[PersonRef]:
        """A subject and its conjuncts; a plural noun for people is a group ("Delegations from Fiji")."""
        out: list[PersonRef] = []
        heads = coordinated(subject)
        hung = [t for h in heads for t in stranded(h)]
        fielded = [t for t in field_names(subject, verb) if t not in hung] if subject.i < verb.i else []
        hung += fielded
        for tok in [*heads, *hung]:
            if any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in tok.children):
                continue  # "the first time any US president has visited Benin": no one in particular
            if (
                verb.dep_ in {"acl", "relcl"}
                and verb.head.i == tok.i
                and any(c.dep_ == "amod" and c.lower_ in RECORD_ORDINALS for c in tok.children)
            ):
                continue  # "as the first U.S. Cabinet member to visit the kingdom": a record, no visitor
            if names_an_office(tok):
                continue  # "Department of Housing ... Secretary Marcia L. Fudge": her department
            home = home_principal(tok, ctx)
            found = [home] if home is not None else resolve_token(tok, ctx.people, speakers)
            taken_up = pronoun_party(tok, ctx)
            found = [taken_up] if taken_up is not None else found
            # "the Israeli ambassador" unnamed, "Ambassador Sullivan" no other Sullivan
            found = (envoy_as_told(tok, found) if summons else None) or found
            found = speaker_is_not_he(tok, found, ctx, speakers)  # a speaker's "he" is someone else
            found = spokesperson_we(tok, found, ctx, speakers)  # a press secretary's "we": the government
            if tok in hung and not any(r.kind == "person" for r in found):
                found = [r for r in [stranded_name(tok)] if r is not None]
            if tok in fielded:  # "Chief of Staff to the Vice President Tina Flournoy": her whole title
                found = [replace(r, role=field_title(tok)) if r.kind == "person" else r for r in found]
            # "the President and Vice President": an office with no name is the readout's office
            office = (
                None
                if found and not all(only_title_words(r.name) for r in found)
                else unnamed_office(tok, ctx)
            )
            found = [office] if office is not None else found
            out += (
                [r for r in found if r.name.rstrip(".").lower() not in NAME_SUFFIXES]
                or [r for t in _pair_of_the_main_clause(tok) for r in resolve(t)]
                or group_antecedent(tok)
                or [r for t in _plural_subject_before(tok) for r in _with_groups(t)]
                or (people_group(tok) if groups_meet else [])
                or _untagged_name(tok)
                or envoy(tok)
            )
            out += [r for lead in leaders(tok) for r in resolve(lead)]  # "a delegation led by X and Y"
        return dedupe(out)

    def _subject_refs(subject: Token) -> list[PersonRef]:
        """A subject's parties; a "he"/"she" by the antecedent rules ("The President reiterated …. He
        discussed his plans for the summit with Putin": the President, not the guest named before)."""
        taken = pronoun_party(subject, ctx)
        return [taken] if taken is not None else resolve(subject)

    def party(obj: Token, groups: bool = groups_meet) -> list[PersonRef]:
        if an_outlet(obj):
            return []  # "speaking with magazine Ebony": an interview given, no one met
        enumerated = _enumerated_group(obj) if groups else None
        if enumerated is not None:
            return [enumerated]  # "met the leaders of five former Soviet republics: Kazakhstan, …"
        counterpart = _counterpart_named_before(obj, ctx)
        if counterpart is not None:
            return [counterpart]  # "met with his Chinese counterpart" after "Chinese Defense Minister Liang"
        # "welcome the decision of Germany, and Japan": an object that names nobody brings no conjuncts
        if obj.lower_ in {"him", "her"} and speakers.speaker is not None:
            antecedent = object_before(obj, ctx)
            if (
                antecedent is not None
            ):  # "thank the Foreign Minister, continuing the discussion I had with him"
                return party(antecedent)
        if obj.lower_ in {"him", "her"} and speakers.speaker is None and _named_subject(verb):
            # "Yukon Eric was injured. Kowalski visited him in the hospital": an object pronoun is
            # someone named before other than the clause's own subject
            other = ctx.people.resolve_pronoun(obj, frozenset(r.name for r in first))
            sentence = ctx.sentence_of(obj)
            before = obj.doc[sentence.start : obj.i].text
            if other is None or any(w in before.split() for w in other.name.split()):
                return []  # named in its own clause ("Tim Lenderki- — Lenderking joined him")
            return [other]
        envoy_told = envoy_as_told(obj, resolve(obj)) if summons else None
        if envoy_told is not None:
            return envoy_told  # "summoned the Israeli ambassador", "summoned Ambassador Sullivan"
        # "with actress and activist Nazanin Boniadi": a common noun before the named conjunct
        itself = [r for r in resolve_token(obj, ctx.people, speakers) if not names_a_document(r)]
        named = itself or any(c.ent_type_ == "PERSON" for c in obj.conjuncts) or first_of_two_titles(obj)
        # "hosted the leadership of X ..., the American Jobs Plan": a programme the parser hung on
        # the object as its appositive is no one met
        refs = [r for r in resolve(obj) if not names_a_document(r)] if named else []
        if refs and not itself and groups:
            refs = people_groups(obj) + refs  # "a number of his European counterparts, as well as X"
        elif refs and groups and obj.lower_ not in COLLECTION_NOUNS:
            # "met with President-elect Lula and members of his transition team": a body of people
            # listed after a named party is met too
            refs += [
                g
                for c in obj.conjuncts
                if c.i > obj.i and not resolve_token(c, ctx.people, speakers)
                for g in people_group(c)
            ]
        unnamed = None if refs else unnamed_office(obj, ctx)
        refs = [unnamed] if unnamed is not None else refs
        # "the discussion I had with the Foreign Minister"; "will be meeting with the Pope": an office
        # named in capitals without a name, the one its "the" points at
        definite = (
            obj.tag_ == "NNP"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
            and not any(c.dep_ in {"prep", "appos"} for c in obj.children)
        )  # "the Pope", not "the Governors of ..." (a body) nor "the Secretary of X, Name" (a name)
        office = office_named(obj) if not refs and (speakers.speaker is not None or definite) else None
        if office is not None:
            return [office]  # "the discussion I had with the Foreign Minister"
        if obj.lower_ in COLLECTION_NOUNS:
            # "met with a group of mayors": the members, never the collection itself ("group")
            refs = [r for r in refs if r.name.split()[-1].lower() not in COLLECTION_NOUNS]
        # "with H.E. Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"; "to Ray Chambers, Vice
        # Chair of ... and Global Ambassador": a phrase ending in a title holds the name it describes
        anyone = any(r.kind == "person" for r in refs)
        inside = name_inside(obj, ctx.people) if not anyone or obj.lower_ in TITLE_WORDS else None
        if inside is not None:
            return [inside]
        untagged = [] if refs else _untagged_listed(obj)
        if untagged:  # "between the ALAEA and Qantas": the untagged name and its tagged conjuncts
            return untagged + [
                r for c in obj.conjuncts if c.i > obj.i for r in resolve_token(c, ctx.people, speakers)
            ]
        found = refs or (people_groups(obj) if groups or obj.lower_ in COLLECTION_NOUNS else []) or envoy(obj)
        # "received a delegation led by Senator Tom Ames": who leads the body met is met too
        led = [r for lead in leaders(obj) for r in resolve(lead)]
        return dedupe([*found, *led]) if led else found

    first: list[PersonRef] = []  # visitors / guests / the subject side
    cohosts: list[PersonRef] = []  # who acts "along with" the subject: no meeting without another side
    second: list[PersonRef] = []  # hosts / the object side
    visit = Visit()
    if noun is not None and is_noun:
        for c in (c for c in noun.children if c.dep_ == "poss"):
            bound = _bound_subject(c, ctx)  # "He discussed his plans for the summit with Putin": his is he
            first += [bound] if bound is not None else resolve(next(iter(fronted_owner(c)), c))
            if c.lower_ == "their" and not first:
                first += _their_pair(noun, ctx, speakers)  # "… to meet Noh Kyu-duk after their meeting"
        owner = itinerary_owner(noun) or _owner_through_copula(noun)
        if not first and owner is not None:
            first += _with_groups(owner)
        by_agent = trigger.direction == "visit" or noun.lower_ in CALL_NOUNS
        if not first and by_agent and not any(c.lower_ == "such" for c in noun.children):
            # "during a visit by Chinese Premier Wen Jiabao to Delhi": the visit's agent is the visitor
            # ("the fifth such visit by a US President": a kind of visit, no one's in particular);
            # "a phone call by Trump to Zelensky": the caller
            first += [
                r
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for o in prep_objects(c)
                if not any(d.dep_ == "det" and d.lower_ in INDEFINITE_DETERMINERS for d in o.children)
                for r in _with_groups(o)
            ]
        if not first:
            first += [
                r
                for s in governing_subject(noun)  # "we have been engaging in negotiations with Russia"
                for r in spokesperson_we(
                    s, speaker_is_not_he(s, _subject_refs(s), ctx, speakers), ctx, speakers
                )
            ]
    else:
        # "It's a pleasure to welcome ...": an expletive "it" is no subject; the speaker acts
        subjects = [s for s in subjects_of(verb) if s.lower_ != "it"]
        # "Delegations from 40 countries, the Prime Minister of Fiji ... will attend": a list's first
        # item the parser left hanging as a noun adverbial
        hanging = [c for c in verb.children if c.dep_ == "npadvmod" and c.tag_ == "NNS" and people_group(c)]
        first += [r for s in [*hanging, *subjects] for r in _with_groups(s)]
        # "Deese, along with Deputy Director Fazili and Deputy Director Miller, convened ...": co-hosts
        cohosts = [r for obj in accompanying(verb, subjects) for r in resolve(obj)]
        if not subjects and speakers.speaker is not None and not speakers.singular:
            first.append(speakers.speaker)  # "(I am) pleased to welcome ...": the speaker's own act
    holders = [verb] if is_noun or noun is None else [verb, noun]
    if noun is not None and not is_noun:
        # "hosted a Foreign Ministers' meeting, joint press conference, and dinner with Dr. García-Margallo":
        # the "with" after a list of held occasions, hung on the last, is every one's
        holders += [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN"]
    # "met in person for the first time with Defense Secretary Fallon": the parser hangs the "with"
    # on the occasion's noun
    holders += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj" and o.lower_ in {"time", "occasion"}
    ]
    series = series_holders(verb)  # "will host a series of listening sessions with key stakeholder groups"
    holders += series
    # "held a range of meetings, including with the leaders of A, B and C": the "including" holds the
    # "with" that names the parties of the meetings held
    holders += list(
        dict.fromkeys(
            w.head
            for t in [verb, *([noun] if noun is not None else []), *(o.head.head for o in series)]
            for w in including_with(t)
        )
    )
    if is_noun and noun is not None and noun.dep_ in {"nsubj", "nsubjpass"}:
        # "Meetings are scheduled for Monday in Kaesong between vice-ministers of …": the parser
        # hangs the sides' "between" on the verb that sets or holds the meeting
        held_by = noun.head
        if held_by.lemma_.lower() in OCCURRING_AHEAD_WORDS | OCCURRING_PASSIVE_VERBS | OCCURRING_VERBS:
            holders += (
                [held_by]
                if any(c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in held_by.children)
                else []
            )
        # "The secretary's first bilateral meeting of the day was with Indonesian Defense Minister
        # Purnomo": a meeting said to be with someone, owned by a name ("his early calls will be with
        # partners", said in a briefing, leaves whose calls to a pronoun the briefing does not settle)
        elif (
            held_by.lemma_ == "be"
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in held_by.children)
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        ):
            holders.append(held_by)
    if noun is not None and is_noun:
        # "the video teleconference held Thursday by George Bush with U.S. troops": the participle's
        # agent and its "with" party had the meeting
        holders += [
            c
            for c in noun.children
            if c.dep_ == "acl"
            and (
                c.lemma_.lower() in _HOLDER_PARTICIPLES
                or (noun.lower_ in CALL_NOUNS and c.lemma_.lower() in PLACING_VERBS)
            )
        ]
        if noun.lower_ in CALL_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in PLACING_VERBS:
            holders.append(noun.head)  # "made a phone call to Zelensky": the "to" hangs on "made"
    if (
        noun is not None and not is_noun
    ):  # "a virtual summit hosted by Presidents X and Y": the hosts are there
        holders += [
            c
            for t in [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children)]
            for c in t.children
            if c.dep_ == "acl" and c.lemma_.lower() in _HOSTING_PARTICIPLES
        ]
    if noun is not None:
        # "the discussion I also had with the Foreign Minister": the relative clause holds the parties
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _HELD_VERBS):
            holders.append(clause)
            if not first:
                first += [r for s in subjects_of(clause) if s.lower_ not in RELATIVES for r in resolve(s)]
    for holder in holders:
        said_again = repeated_preps(holder)  # "with A and with B": the second "with" is the holder's too
        for child in [*holder.children, *said_again]:
            if (
                ((child.dep_ == "prep" or child in said_again) and child.lower_ in PARTY_PREPS)
                # "the first presidential debate against Joe Biden": the opponent faced
                or (child.dep_ == "prep" and child.lower_ == "against" and holder.lower_ in CONTEST_NOUNS)
                or (child.dep_ == "prep" and child.lower_ == "to" and holder is verb and _talks(verb))
                # "granted an audience to the judges": whom an audience is granted to
                or (
                    child.dep_ == "prep"
                    and child.lower_ == "to"
                    and verb.lemma_.lower() in AUDIENCE_GRANTING_VERBS
                    and noun is not None
                    and noun.lower_ in WITH_MEETING_NOUNS
                )
                # "received a phone call from Chancellor Hahn": the caller
                or (
                    child.dep_ == "prep"
                    and child.lower_ == "from"
                    and holder.lower_ in CALL_NOUNS
                    and holder.head.lemma_.lower() in CALL_TAKING_VERBS
                )
                # "hosted a dinner for Chancellor Hahn": whom a meal is given for
                or (child.dep_ == "prep" and child.lower_ == "for" and holder.lower_ in MEAL_NOUNS)
                # "convened a roundtable for Latino elected leaders": the people a sitting is held for
                or (
                    child.dep_ == "prep"
                    and child.lower_ == "for"
                    and (noun if noun is not None else holder).lower_ in SITTINGS_FOR_PEOPLE
                    and any(o.tag_ == "NNS" and people_noun(o) for o in prep_objects(child))
                )
                # "paid a courtesy call on Hun Sen", "called on Hun Sen": whom one visits; "a courtesy
                # call to President Erdogan", "paid a call to him": the "to" of a call paid
                or (
                    child.dep_ == "prep"
                    and child.lower_ in {"on", "upon"}
                    and (paid_call_on(holder) or (holder is verb and calls_on_someone(verb)))
                )
                or (
                    child.dep_ == "prep"
                    and child.lower_ == "to"
                    and (paid_call_on(holder) or (holder is verb and noun is not None and paid_call_on(noun)))
                )
                # "the German ambassador was summoned to the Foreign Ministry": where an envoy is called in
                or (child.dep_ == "prep" and child.lower_ == "to" and holder is verb and summons)
                or child.dep_ == "agent"
                or (holder is verb and child == put_through_to(verb))
            ):
                # "discussed with port directors and business leaders": whom one talks with is met,
                # a body of people too, whatever the verb ("welcomed the refugees" has no "with")
                # once the subject side is named ("the leaders discussed ... with our allies" names none)
                with_side = (
                    (child.dep_ == "prep" or child in said_again) and child.lower_ == "with" and bool(first)
                )
                these = [r for obj in prep_objects(child) for r in party(obj, groups_meet or with_side)]
                these += [r for obj in prep_objects(child) for item in titled_items(obj) for r in party(item)]
                sides = _sides_between(child, ctx, speakers, these)
                # "between the six parties, North Korea, China, …": the named sides, not the count of them
                second += [*(r for r in these if r.kind != "group"), *sides] if sides else these
            elif holder is noun and (of_people := _of_named_people(child, ctx, speakers)):
                second += of_people  # "the meeting of Prime Minister Starmer and President von der Leyen"
            elif child.dep_ == "prep" and child.lower_ == "to" and _call_to(holder, noun):
                # a call to a named person or body ("made calls to his supporters" names no one, and
                # "calls to the Mayors of Fort Myers, Cape Coral …" reaches no place)
                second += [
                    r for obj in prep_objects(child) for r in party(obj, False) if r.kind in {"person", "org"}
                ]
            elif child.dep_ == "dobj" and holder is verb and child in called_on_object(verb):
                second += party(child)  # "will call on Prime Minister Narendra Modi", "on" left bare
            elif child.dep_ == "dobj" and holder is verb and not is_noun and _invited(verb, noun):
                second += party(child)  # "invited Sassoli, Merkel and Michel to a meeting": the guests
            elif child.dep_ == "dobj" and holder is verb and verb.lemma_.lower() in OBJECT_MEETING_VERBS:
                if trigger.direction == "visit" and (facility(child) or web_address(child)):
                    continue  # "visited the Response Coordination Center", "visited Camp Liya": toured
                if trigger.direction == "visit" and child.ent_type_ == "GPE" and to_attend_a_gathering(verb):
                    continue  # "will visit South Korea to participate in the Nuclear Security Summit"
                if trigger.direction == "visit" and visit.read_list(child):
                    continue
                if any(c.tag_ in {"WDT", "WP"} for c in child.children):
                    continue  # "to see what other legal authorities he has": a question, no one seen
                if any(o.dep_ == "dobj" and o.lower_ in OUTLET_NOUNS for o in verb.children):
                    continue  # "while hosting the television show The 700 Club": a broadcast, no guest
                second += party(child)
                second += [r for item in titled_items(child) for r in party(item)]
            elif (
                child.dep_ in _HUNG_ITEM_DEPS
                and child.ent_type_ == "PERSON"
                and any(t.lower_ in TITLE_WORDS for t in child.doc[child.left_edge.i : child.i])
                and any(
                    (c.dep_ == "prep" and c.lower_ == "with")
                    # "met Peru's President Vega and Chile's President Soto": the second of a list of
                    # objects, hung on the verb after an "and"
                    or (
                        c.dep_ == "dobj"
                        and holder is verb
                        and verb.lemma_.lower() in OBJECT_MEETING_VERBS
                        and child.left_edge.i > 0
                        and child.doc[child.left_edge.i - 1].lower_ in {"and", ","}
                    )
                    for c in holder.children
                    if c.i < child.i
                )
            ):
                # "met with A of Latvia, B of Lithuania, and C": B and C hung on the verb (a conjunct,
                # a noun adverbial or a bare dependent, as the parser guesses)
                second += party(child)
            elif child.dep_ == "prep" and child.lower_ in MANNER_PREPS and holder is verb:
                # "spoke with President Trump by phone and Vice President Pence in person": a named
                # person the parser hung on the manner's noun is a second "with" party
                second += [r for person in met_across_a_manner(verb, child) for r in party(person)]
            elif child.dep_ == "prep" and child.lower_ in {"to", "in", "of"} and _trip_noun(holder, child):
                for obj in child.children:  # "his trip to Rwanda", "continue his trip in Rwanda and Ghana"
                    if obj.dep_ != "pobj" or (child.lower_ == "of" and facility(obj)) or visit.read_list(obj):
                        continue  # "a tour of the vaccination site": a building toured
                    if child.lower_ == "to" and obj.pos_ == "PROPN":
                        # "a state visit to Queen Elizabeth II": a visit to a person meets the person
                        # ("visits to Shakespeare's birthplace" go to a place, not to Shakespeare)
                        second += [r for r in party(obj, False) if r.kind == "person"]
                    # "a tour of Southern African Development Community countries": one group
                    second += named_countries(obj)
    if noun is not None and not second:
        # "hosted a dinner meeting inviting African foreign ministers": the guests a meeting invites
        second += [
            r
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in INVITING_VERBS
            for o in c.children
            if o.dep_ == "dobj"
            for r in party(o, True)
        ]
    if noun is not None and noun.lower_ in TRIP_NOUNS and not second:
        # "has begun the first state visit by a British monarch to Ireland": a record's indefinite
        # agent ("a British monarch") is the subject itself, and the "to" the parser hung on it is
        # where the visit goes
        for obj in _destination_past_agent(noun):
            visit.read(obj)
    if is_noun and noun is not None and not second and first and _travelled_for(noun):
        # "will fly to Brussels for a regularly scheduled meeting of NATO defense ministers": the
        # traveller meets the body whose meeting the journey is for
        second += [
            r
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in prep_objects(p)
            # a body of people ("of NATO defense ministers"), not a name's own "of" ("the Summit of
            # the Americas")
            if o.tag_ == "NNS" and people_noun(o)
            for r in party(o, True)
        ]
    if trigger.direction == "host" and noun is not None and not is_noun and not second:
        # "convened the third national meeting of the CVIC", "convened the National Climate Task
        # Force meeting": the body met
        named = gathering(noun)  # "the first principal-level meeting" has a kind, no name
        named = named if named is not None and any(w[:1].isupper() for w in named.name.split()) else None
        if named is not None and noun.lower_ in OCCASION_NOUNS and len(named.name.split()) > 1:
            named = replace(named, name=named.name.rsplit(" ", 1)[0])  # the Task Force, not its meeting
        body = body_of(noun) or named or meeting_body(noun) or next(iter(attendees_of(noun)), None)
        second += [body] if body is not None else []
        # "convened the meeting where she was joined by Cabinet members": who joined her there met too
        second += [r for obj in _joined_by(noun) for r in party(obj, True)]
    if not is_noun:
        second += [r for obj in marked_with(verb) for r in party(obj)]
        # "is scheduled to meet in Damascus, Syria with Khaled Mashal": the "with" the parser hung on
        # the place is the verb's
        second += [
            r for prep in _with_after_place(verb) for obj in prep_objects(prep) for r in party(obj, True)
        ]
        # "Howard was met Monday at a charity barbecue by Senator Eggleton": the passive's agent the parser
        # hung on the place phrase
        second += [r for prep in _agent_after_place(verb) for obj in prep_objects(prep) for r in party(obj)]
    elif not second and noun is not None and (told := _told_in(noun)):
        # "Ruiz told Prime Minister Vega in a phone call that …": who tells something in a call or a
        # meeting and whom they tell are on it
        # a body of people told ("informed other congressmen of the deal in a conference call") by
        # its own words, without what they were told of
        second += [
            r if r.kind != "group" else PersonRef(obj.doc[obj.left_edge.i : obj.i + 1].text, None, "group")
            for obj in told
            for r in party(obj)
            if r.kind in {"person", "org"} or (r.kind == "group" and obj.tag_ == "NNS")
        ]
        if not first:
            first += [r for s in subjects_of(noun.head.head) for r in resolve(s)]
    if is_noun and noun is not None and not second:
        # "the flight attendants have asked senior management for an emergency meeting": whom a
        # meeting is asked of is the side the askers would meet
        asked = asked_of(noun)
        second += [r for obj in asked for r in party(obj, True)]
        if asked and not any(r.kind == "person" for r in first):
            first = dedupe([*first, *(r for s in subjects_of(asked[0].head) for r in _with_groups(s))])
    # "While in Belgium, Luxon also visited New Zealand memorials": where a site toured lies is no host
    toured = any(c.dep_ == "dobj" and facility(c) for c in verb.children)
    for obj in arrived_in(verb) if trigger.direction == "visit" and not is_noun and not toured else []:
        visit.read(obj)  # "has arrived in Israel"
    if trigger.direction == "visit" and not is_noun and visit.place is None and not toured:
        loose = None if to_attend_a_gathering(verb) else loose_destination(verb, ctx.sentence_of(verb).end)
        if loose is not None and not (facility(loose) or facility(loose.head)):
            visit.read(loose)
    second += visit.hosts
    if not is_noun and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INVITING_VERBS:
        # "Harper invited Schwarzenegger to visit Canada": who invites receives the guest
        inviting = verb.head
        inviters = [c for c in inviting.children if c.dep_ == "nsubj"] + [
            o for c in inviting.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
        ]
        second += [r for who in inviters for r in resolve(who) if r.kind in {"person", "org"}]
    if trigger.direction == "visit" and not is_noun:
        # "will travel to China at the invitation of Defense Minister Gen. Liang Guanglie": who invited
        # the traveller receives him
        second += [
            r
            for inviter in invited_by(verb)
            for r in party(inviter)
            if r.kind == "person" and not any(same_party(r, f) for f in first)
        ]
    if noun is not None:
        # "the U.S.-China talks", not "discussion of key issues in U.S.-China relations": the pair
        # names the meeting from in front or as the body met; after it, it is the topic
        phrase = (
            noun.doc[noun.left_edge.i : noun.i + 1].text
            + "".join(
                f" {o.doc[o.left_edge.i : o.right_edge.i + 1].text}"  # "meeting of the India-U.S. Group"
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in o.doc[o.left_edge.i : o.i + 1])
            )
        )
        paired = bilateral_parties(phrase, ctx.doc)
        if paired and not first and not second and talked_about(noun):
            return None  # "discussed the U.S.-Russia dialogue on strategic stability": a standing topic
        second += [PersonRef(name, None, "place") for name in paired]
        if len(paired) >= 2:
            # "hosting the U.S.-Russia Summit in Geneva": the pair its name gives are its parties, the
            # summit itself is none of them
            second = [
                r
                for r in second
                if not (r.kind in {"group", "org"} and all(n.lower() in r.name.lower() for n in paired))
            ]
    if (
        noun is not None
        and is_noun
        and not first
        and (noun.lower_ in COUNTED_MEETING_NOUNS or any(c.lower_ in _SEPARATE_WORDS for c in noun.children))
        and not any(c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in noun.children)
    ):
        return None  # "In separate calls with A and B, ...", no one holding them: A did not meet B
    place = visit.place
    visited = place is not None
    topic_only = all(
        c.dep_ != "dobj" or c.lower_ in MEETING_NOUNS or verb.lemma_.lower() in _TOPIC_VERBS
        for c in verb.children
    )
    if (
        trigger.direction == "mutual"
        and topic_only
        and not second
        and any(s.lower_ in {"we", "us"} for s in subjects_of(verb))
    ):
        # "We had meaningful discussions": the speaker and the others present
        second += speakers.counterparts()
    if is_noun and noun is not None and not second and len(first) >= 2 and noun.lower_ in GATHERING_NOUNS:
        # "Biden and Harris met with Stoltenberg to prepare for the NATO Summit in Madrid": the clause's
        # subjects are one side of a named gathering they go to, not each other's counterparts
        met = gathering(noun)
        second += [met] if met is not None and any(w[:1].isupper() for w in met.name.split()) else []
    if noun is not None and not is_noun and at_gathering(trigger):
        # "joined the leaders for the U.S.-ASEAN Summit": the summit is met; "addressed the UN
        # Security Council": the body in session
        met = gathering(noun) or addressed_body(noun)
        # "Vega took part in the summit in Rome": a named party at a gathering its place names
        someone = any(r.kind in {"person", "org"} for r in first)
        met = met if met is not None or second or not someone else placed_gathering(noun)
        second += [met] if met is not None else []
        broker = broker_of(noun)  # "withdrew its delegation from African Union-brokered peace talks"
        second += resolve(broker) if broker is not None else []
        if noun.head.head.i == verb.i and noun.head.i < verb.i:
            # "At a Beijing forum Wednesday, Liu He described …, and Yi Huiman said …": a fronted
            # gathering sets every clause joined after it; each clause's subject was there
            first += [
                r
                for c in verb.children
                if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                for s in subjects_of(c)
                for r in resolve(s)
            ]
    if (
        noun is not None
        and not is_noun
        and not second
        and not cohosts
        and verb.lemma_.lower() in REPRESENTING_VERBS
        and at_gathering(trigger)
    ):
        # "Tusk and Juncker represented the EU at the summit": the people who stand for one side at a
        # gathering the sentence does not name are that side, no counterparts ("Mayors and law
        # enforcement leaders attended the meeting" are the meeting's parties; "At a meeting in
        # Jerusalem, Olmert and Abbas agreed …" met)
        return None
    again = _the_parties_again(trigger, dedupe(first + second), before, ctx)
    if again:
        first, second = again, []  # "They agreed to meet again on Crete": the same parties once more
    later = [] if again or first else _they_next(trigger, before, ctx)
    first = later or first  # "They later met with Ardern": the parties before, in a meeting of its own
    # "When the royal council met": a body told by its common noun sat on its own
    sat = body_met(verb) if not is_noun and noun is None and not (first or second or cohosts) else None
    first = [sat] if sat is not None else first
    if not is_noun and not first and not cohosts and _unresolved_actor(verb, trigger, second):
        return None  # "The delegation also met with A and B": A and B did not meet each other
    if (
        trigger.direction == "visit"
        and not second
        and len(first) >= 2
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    ):
        # "A and B made a trip to the region", "Brigitte and myself were invited for this first state
        # visit": fellow travellers meet no one by travelling
        return None
    second_named = bool(second)
    if not is_noun and (first or second):
        # "Director Brian Deese, ..., Senior Advisor and American Rescue Plan Coordinator Gene Sperling,
        # and Secretary of Labor Marty Walsh hosted ...": every titled name ending an item of the list
        listed_first, listed_second = listed_people(verb, ctx.sentence_of(verb), ctx.people, speakers)
        first += [r for r in listed_first if not any(same_party(r, p) for p in first + second + cohosts)]
        second += [r for r in listed_second if not any(same_party(r, p) for p in first + second + cohosts)]
    first += cohosts if len(dedupe(first + second)) >= 2 else []  # co-hosts join a meeting, make none
    if trigger.direction == "host":
        first, second = second, first
    participants = dedupe(first + second)
    alone = (
        trigger.direction == "mutual"
        and noun is None
        and not second
        and len(first) <= 1
        and all(p.kind == "group" for p in first)
    )
    if (
        not alone
        and trigger.direction == "mutual"
        and noun is None
        and not second
        and len(first) == 1
        and first[0].kind == "org"
    ):
        # "Leaders of the European Union met in Brussels": the body's members met among themselves,
        # named by their phrase (the body the parser reads as the subject's only party)
        alone = bool(one_body(verb))
    if trigger.direction == "mutual" and not second and len(first) == 1 and first[0].kind == "group":
        # "Israeli and Hamas negotiators held indirect talks": the sides coordinated before the noun
        sides = [r for s in subjects_of(verb) for r in coordinated_sides(s)]
        if len(sides) >= 2:
            participants, alone = sides, False
    if alone:
        # "Leaders of the alliance's member states met in Cardiff"; "When the royal council met"
        participants = [sat] if sat is not None else one_body(verb)
        traveller = traveller_to_where(verb) if noun is None else None
        joined = _subject_refs(traveller) if traveller is not None else []
        if participants and joined and all(r.kind == "person" for r in joined):
            # "travels on to Sapporo, where APEC Ministers will meet": the traveller is at their meeting
            participants, alone = dedupe(joined + participants), False
    elif trigger.direction == "mutual" and noun is None and not second and _a_named_body_sits(verb, first):
        participants, alone = first, True  # "The IAEA is expected to meet on February 2"
    elif not second and noun is not None and not is_noun and _a_named_body_holds(verb, noun, participants):
        alone = True  # "The United Nations Security Council held an eight hour emergency meeting"
    body = (
        _a_body_meets(trigger, participants)
        or _a_named_meeting_held(verb, noun, participants)
        or _a_body_sitting(noun, participants)
        or _a_gathering_occurring(noun, participants)
    )
    lone_body = len(participants) == 1 and participants[0].kind in {"group", "org"}
    if body is None and noun is not None and lone_body:
        # "At a meeting in Brussels, European Union ministers agreed …", "At an urgent meeting held
        # today in London the Commonwealth has decided …": the members or the organisation acting in
        # it, the clause's one party, sat as their body
        members = _sitting_body(noun)
        body = members if members is not None and same_party(members, participants[0]) else None
    if body is not None:
        participants, alone = [body], True
    elif not participants and noun is not None and noun.i == trigger.token.i:
        # "the trilateral meeting of Cyprus, Greece and Israel": the listed states met
        participants = dedupe([r for member in _listed_members(noun) for r in party(member)])
    if participants:
        # "met in Niamey for an AU summit where Presidents Buhari and Talon signed …": who acts at
        # the gathering a "where" clause tells of was there
        participants = dedupe(participants + [r for who in _acting_where(verb, noun) for r in party(who)])
    # "the White House hosted a second convening": a host alone, whose guests a later list names
    lone = trigger.direction == "host" and noun is not None and noun.lower_ in GATHERING_NOUNS_HOSTED
    # "FEMA's head joined them on the call": one newcomer to the call just told is enough
    back = noun is not None and not is_noun and the_one_before(noun) and not second_named
    if len(participants) < (1 if alone or lone or back else 2):
        return None
    if place is None and verb.lemma_.lower() not in _TOPIC_VERBS:
        # "discussed freedom of navigation in the South China Sea": where a topic is, not the meeting
        remote = has_phone(verb) or any(
            t.lemma_.lower() in PHONE_WORDS for t in [verb, noun] if t is not None
        )
        place = attached_place(verb, noun, remote=remote)
    if place is None and not is_noun:
        # "discussed the loans with officials at a meeting in Brussels": where the meeting was held
        held_at = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"at", "during"}
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in MEETING_NOUNS
        ]
        place = attached_place(held_at[0], held_at[0]) if held_at else None
    if place is None and is_noun and (governing := governing_verb(verb)) is not None:
        place = attached_place(governing)  # "arrived in Cairo for talks with Mubarak"
        if place is None and _travelled_for(verb):
            place = journey_place(governing)  # "traveled to Juba for talks with Kiir"
    if place is None and not is_noun and verb.dep_ in {"advcl", "xcomp"}:
        place = journey_place(verb.head)  # "led a delegation to Doha, Qatar this week to meet with ..."
    if place is None and not is_noun and noun is not None and at_gathering(trigger):
        place = journey_place(verb)  # "traveled to New York for the United Nations General Assembly"
    where = where_antecedent(verb)
    if place is None and where is not None:
        place = where_place(where)  # "flew to Nairobi, where she held talks with ..."
    if place is None and header_place is not None and not visited:
        place = header_place
    present = [speakers.speaker, *speakers.others] if speakers.speaker is not None else []
    among_present = bool(present) and all(any(same_party(p, q) for q in present) for p in participants)
    if place is None and among_present:
        place = here_place(ctx.text)
    date = clause_date(verb, noun, ctx, future=status == "planned")
    if date is None and is_noun and (governing := governing_verb(verb)) is not None:
        date = clause_date(governing, None, ctx, future=status == "planned")
    if date is None and where is not None and (governing := governing_verb(where)) is not None:
        date = clause_date(governing, None, ctx, future=status == "planned")  # "arrived on Monday, where ..."
    if date is None and among_present and status == "held" and ctx.published is not None:
        date = (
            ctx.published.date().isoformat()
        )  # remarks about the meeting the speakers are in, made that day
    relative = date is not None and "-W" in date  # "next week": counted from the day of publication
    if status == "held" and (relative or verb.tag_ not in {"VBD", "VBN"}) and _after_publication(date, ctx):
        # "thanked him for hosting the summit in Geneva on June 16", published June 15: not yet held
        # ("spoke on May 7", told in the past, keeps its tense over a year the date may have wrong;
        # "welcomed the virtual G7 leaders' meeting next week" has no year to get wrong)
        status = "planned"
    # "In Manila, the Philippines, ...": the country a city lies in, where the text says it
    country = (
        next((host_country(e) for e in ctx.sentence_of(verb).ents if e.text == place), None)
        if place is not None and not is_country(place.removeprefix("the "))
        else None
    )
    return Mention(
        participants,
        place,
        date,
        status,
        ctx.evidence_for(ctx.sentence_of(verb)),
        1 if is_noun else 2,
        separate=bool(again or later)
        or (noun is not None and any(c.lower_ in _SEPARATE_WORDS for c in noun.children)),
        refers_back=back or present_at_the_one_before(verb),
        lone=lone and not alone and len(participants) < 2,
        country=country,
    )


def _the_parties_again(
    trigger: Trigger, participants: list[PersonRef], before: Mention | None, ctx: DocContext
) -> list[PersonRef]:
    """ "Shoukry and Dendias met in Cairo. They agreed to meet again on Crete", "The foreign ministers
    agreed to a future meeting": a meeting marked as a repeat ("again", "another", "future", "next")
    whose subject names no party of its own ("they", "the ministers", "both sides") is the parties
    of the meeting told just before (in that sentence or the one before it) meeting once more."""
    verb, noun = trigger.token, trigger.noun
    if before is None or len(before.participants) < 2:
        return []
    if any(
        p.kind != "group" and not any(same_party(p, q) for q in before.participants) for p in participants
    ):
        return []  # a subject resolved to someone else than the parties before
    marks = [*verb.children, *(noun.children if noun is not None else [])]
    if not any(c.lower_ in REPEAT_WORDS and c.dep_ in {"advmod", "amod", "det"} for c in marks):
        return []
    holder = governing_verb(noun) if noun is not None and noun.i == verb.i else verb
    subjects = subjects_of(holder) if holder is not None else []
    unnamed = bool(subjects) and all(
        s.lower_ in {"they", "we"}
        or (s.tag_ == "NNS" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in s.subtree))
        # "The Ministers will meet again": a capitalised plural office with nothing but its article
        or (
            s.tag_ in {"NNS", "NNPS"}
            and s.lower_.removesuffix("s") in TITLE_WORDS
            and all(c.dep_ == "det" for c in s.children)
        )
        for s in subjects
    )
    return list(before.participants) if unnamed and _told_just_before(before, verb, ctx) else []


def _owner_through_copula(noun: Token) -> Token | None:
    """ "The highlight of the North Korean leader's trip was a meeting Friday with Hu Jintao", "His
    first stop was a meeting with the King": a meeting said to be what someone's trip (or its part)
    was is that someone's; the possessor of the subject, or of the trip the subject's "of" names."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    for subject in (c for c in noun.head.children if c.dep_ == "nsubj"):
        for holder in [subject, *(o for p in subject.children if p.lower_ == "of" for o in p.children)]:
            owner = next((c for c in holder.children if c.dep_ == "poss"), None)
            if owner is not None and (holder is subject or holder.lower_ in ITINERARY_NOUNS):
                return owner
    return None


def _destination_past_agent(noun: Token) -> list[Token]:
    """The objects of a "to" hung on a visit's indefinite "by" agent: "the first visit by a U.S.
    president to Cuba" (a named agent's "to" is read with the agent: "a visit by X to Y")."""
    return [
        o
        for by in noun.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for agent in by.children
        if agent.dep_ == "pobj"
        and any(d.dep_ == "det" and d.lower_ in INDEFINITE_DETERMINERS for d in agent.children)
        for to in agent.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for o in to.children
        if o.dep_ == "pobj"
    ]


def _of_named_people(prep: Token, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """ "updated them on the meeting of Prime Minister Keir Starmer and President Ursula von der
    Leyen": a meeting noun's "of" joined to two or more coordinated named parties, a person among
    them, names its parties; "the meeting of the G20", "a meeting of foreign ministers" and "the
    meeting of the V4 and Germany" name a body or a group, not a pair of people. The parties, or none."""
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.lower_ not in OF_PARTY_MEETING_NOUNS:
        return []
    found: list[PersonRef] = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        found += resolve_with_conjuncts(obj, ctx.people, speakers)
        # "of [Keir Starmer] and Emmanuel Macron": the first name hung on the last as a modifier
        for first in (
            c for c in obj.children if c.dep_ == "nmod" and any(d.dep_ == "cc" for d in c.children)
        ):
            found += resolve_token(first, ctx.people, speakers)
    # one named person at least ("Keir Starmer" may be tagged a body), and no place or group
    named = len(found) >= 2 and any(r.kind == "person" for r in found)
    return dedupe(found) if named and all(r.kind in {"person", "org"} for r in found) else []


def _enumerated_group(obj: Token) -> PersonRef | None:
    """ "met the leaders of five former Soviet republics: Kazakhstan, Kyrgyzstan, …": a plural group
    that a colon goes on to enumerate is met as the group its words name (the list says which
    states it holds, not a meeting with the first of them)."""
    if obj.tag_ != "NNS" or obj.pos_ != "NOUN":
        return None
    words = list(obj.subtree)
    colon = next((t for t in words if t.text == ":"), None)
    if colon is None:
        return None
    listed = [
        t
        for t in words
        if t.i > colon.i and t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} and t.ent_iob_ == "B"
    ]
    if len(listed) < 2:
        return None
    start = obj.left_edge.i
    while start < colon.i and obj.doc[start].dep_ == "det":
        start += 1
    name = clean_name(obj.doc[start : colon.i].text)
    return PersonRef(name, None, "group") if name else None


def _they_next(trigger: Trigger, before: Mention | None, ctx: DocContext) -> list[PersonRef]:
    """ "Trudeau met with Prime Minister May. They later participated in a security meeting with …":
    "they", the subject of a meeting set after the one told just before (in that sentence or the one
    before it) by an adverb of sequence ("later", "then", "afterwards"), is that meeting's parties. So
    is the "they" of a plain "met" set at a time of its own ("Bashir traveled to Juba for talks with
    Kiir. Last month, they met in Sudan"): the same pair at another meeting."""
    verb = trigger.token
    if before is None or len(before.participants) < 2:
        return []
    sequenced = any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in verb.children)
    dated = (
        trigger.noun is None
        and verb.lemma_.lower() == "meet"
        and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)
        and any(
            t.ent_type_ == "DATE"
            for c in verb.children
            if c.dep_ in {"npadvmod", "prep", "advmod"}
            for t in c.subtree
        )
    )
    if not (sequenced or dated):
        return []
    subjects = subjects_of(verb)
    if len(subjects) != 1 or subjects[0].lower_ != "they":
        return []
    return list(before.participants) if _told_just_before(before, verb, ctx) else []


def _told_just_before(before: Mention, verb: Token, ctx: DocContext) -> bool:
    """Whether the mention ``before`` was told in ``verb``'s sentence or the one before it."""
    sentence = ctx.sentence_of(verb)
    previous = verb.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return before.evidence.start >= previous


def _travelled_for(noun: Token) -> bool:
    """ "fly to Brussels for a meeting of …", "traveled to Lima for the summit": a meeting a journey
    is for."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in JOURNEY_VERBS


def _counterpart_named_before(obj: Token, ctx: DocContext) -> PersonRef | None:
    """ "met with his Chinese counterpart on Tuesday": the one person the text has named before with a
    role of that nationality ("Chinese Defense Minister Liang Guanglie welcomed the visit"); a
    counterpart named in apposition is read as such ("his Chinese counterpart, Gen. Liang")."""
    if obj.lower_ != "counterpart" or any(c.dep_ == "appos" for c in obj.children):
        return None
    nations = [c.lower_ for c in obj.lefts if c.dep_ == "amod" and is_demonym(c.lower_)]
    return ctx.people.counterpart(nations, obj.idx) if nations else None


_THEY_CHAIN = 3  # sentences back over which a run of "they" subjects is followed to whom it names


def _plural_subject_before(pronoun: Token) -> list[Token]:
    """ "The presidents of Chad, Mauritania and Tanzania are in Ivory Coast. They met Monday with
    Gbagbo": "they", the subject of a main clause, stands for the subject of the sentence just before
    when that subject is people in the plural: two or more named people coordinated ("Smith and Jones
    arrived on Monday. They met Macron"), or a plural noun for people ("the ministers", "the presidents
    of …"). Nothing when the sentence before has no such subject (its "they" may be anyone)."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT":
        return []
    sentence = pronoun.sent
    for _ in range(_THEY_CHAIN):
        if sentence.start == 0:
            return []
        sentence = pronoun.doc[sentence.start - 1].sent
        subjects = [c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            return []
        subject = subjects[0]  # a list's last item the parser made a second subject stays with the first
        if subject.lower_ != "they":
            break  # "They met Monday with Gbagbo. They met Tuesday with Ouattara": back to who they are
    else:
        return []
    items = coordinated(subject)
    if len(items) >= 2 and all(t.ent_type_ == "PERSON" for t in items):
        return [subject]
    if any(c.dep_ == "nummod" or c.lower_ in {"both", "all"} for c in subject.children):
        return []  # "The two leaders restated …. They later …": the parties counted, read elsewhere
    return [subject] if subject.tag_ in {"NNS", "NNPS"} and people_noun(subject) else []


def _pair_of_the_main_clause(pronoun: Token) -> list[Token]:
    """ "Hun Sen and Abhisit agreed to ease tension when they met in New York": a "they" subject of a
    clause of time or manner stands for the named pair that is the subject of the clause it hangs
    from (climbing through infinitives: "agreed to ease … when"); none without such a pair."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
        return []
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} for c in clause.children):
        return []
    node = clause.head
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            items = coordinated(subjects[0])
            named = [t for t in items if t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}]
            return items if len(items) >= 2 and len(named) == len(items) else []
        if node.dep_ not in {"xcomp", "advcl", "conj"} or node.head is node:
            return []
        node = node.head
    return []


def titled_items(obj: Token) -> list[Token]:
    """ "meet President Hugo Chávez, the President of Colombia Alvaro Uribe Velez and Spain's prime
    minister, José Luiz Zapatero": the parser hangs later items of a list of titled names under the
    first as appositions, conjuncts or the object of a title's "of"; each named person reached only
    through a title ("President of Colombia", "prime minister") is met too ("Chávez, the son of X"
    reaches X through no title)."""
    if obj.ent_type_ != "PERSON":
        return []
    found: list[Token] = []
    own = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)  # "the King of Jordan": one name
    for tok in obj.subtree:
        if own is not None and own.start <= tok.i < own.end:
            continue
        if tok.i <= obj.i or tok.ent_type_ != "PERSON" or tok.dep_ not in {"pobj", "appos", "conj"}:
            continue
        if (
            tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].ent_type_ == "PERSON"
            and tok.doc[tok.i + 1].ent_iob_ == "I"
        ):
            continue  # not the last word of its name
        head = tok.head
        # "the President of Colombia Alvaro Uribe Velez" (a whole name after the country; "the King of
        # Jordan" is a country, whatever the tagger says), "Spain's prime minister, José Luiz Zapatero"
        whole_name = (
            tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "PERSON" and tok.doc[tok.i - 1].pos_ == "PROPN"
        )
        titled = head.lower_ in TITLE_WORDS or (
            head.lower_ == "of" and head.head.lower_ in TITLE_WORDS and whole_name
        )
        if tok.dep_ == "conj":
            titled = any(t.lower_ in TITLE_WORDS for t in tok.doc[tok.left_edge.i : tok.i])
        if titled:
            found.append(tok)
    return found


def _a_body_meets(trigger: Trigger, participants: list[PersonRef]) -> PersonRef | None:
    """ "there will be a meeting of the United Nations", "a formal meeting of the Advisory Committee",
    "an emergency session of the Security Council": a meeting or one sitting of one named organisation,
    told alone, is that body's meeting (no other party needed).
    "The Summit of the Americas" names an event, "the lame duck session of Congress" a term of
    sittings, and "its inaugural meeting" is someone's."""
    noun = trigger.noun
    if noun is None or noun.i != trigger.token.i or participants:
        return None
    if noun.lower_ not in SITTING_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return None
    if noun.lower_ != "meeting" and (
        not any(c.lower_ in ONE_SITTING_MODIFIERS for c in noun.lefts) or noun.head.lower_ in PRESENCE_PREPS
    ):
        # "the lame duck session of Congress": a term of sittings, no one sitting; "her remarks at a
        # special session of the Board": a sitting someone addressed, told as where she spoke
        return None
    organisation = any(
        o.dep_ == "pobj" and o.ent_type_ == "ORG"
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    )
    return body_of(noun) if organisation else _sitting_body(noun)


def _a_named_meeting_held(verb: Token, noun: Token | None, participants: list[PersonRef]) -> PersonRef | None:
    """ "the G20 meeting was held in South Korea", "The OPEC meeting will be held in Vienna": a meeting
    named by one organisation, held with no one else named at it, is that body's own sitting ("the
    cabinet meeting" names no organisation; "a meeting with investors" has its other side)."""
    if participants or noun is None or verb.lemma_.lower() != "hold" or noun.dep_ != "nsubjpass":
        return None
    if noun.lower_ not in SITTING_NOUNS or any(
        c.dep_ == "prep" and c.lower_ in {*PARTY_PREPS, "of"} for c in noun.children
    ):
        return None
    named = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    name = entity_span(named[-1]) if named else None
    if name is None or name.label_ != "ORG" or name.end != noun.i:
        return None
    return _organisation(name)


def _a_body_sitting(noun: Token | None, participants: list[PersonRef]) -> PersonRef | None:
    """ "An emergency meeting of Congo's cabinet was held", "It was agreed at a NATO summit in
    Warsaw": a gathering whose one party is a named body's own sitting (:mod:`body_sittings`),
    told with no one else at it and not as a topic ("discussed the NATO summit")."""
    if noun is None or participants or talked_about(noun):
        return None
    # "to achieve ambitious outcomes at the COP26 Summit in Glasgow": an aim, not a sitting told
    verb = governing_verb(noun)
    aimed = (
        verb is not None
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    return None if aimed else body_sitting(noun)


def _a_gathering_occurring(noun: Token | None, participants: list[PersonRef]) -> PersonRef | None:
    """ "The G20 summit was held in Seoul", "the Review Conference on the NPT concluded in May": a
    named gathering told as taking place, with no one named at it, is a meeting of its own
    (:mod:`occurring_gatherings`)."""
    if noun is None or participants or talked_about(noun):
        return None
    return occurring_gathering(noun)


def _sitting_body(noun: Token) -> PersonRef | None:
    """ "In a meeting on Monday in Atlanta, the United Church of Christ approved a resolution": an
    indefinite meeting a named organisation (or a body's members: "European Union ministers") acts in,
    with no one else named at it, is that body's own sitting ("At the meeting, the company said" is one
    told before; "In a meeting with investors" has its other side)."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ not in {"in", "at", "during"}
        or prep.head.pos_ not in {"VERB", "AUX"}
    ):
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {*PARTY_PREPS, "of", "by"} for c in noun.children):
        return None
    subjects = subjects_of(prep.head)
    if len(subjects) != 1:
        return None
    if subjects[0].ent_type_ != "ORG":
        # "At a meeting in Brussels, European Union ministers agreed …": a body's members who act in
        # the meeting sat as that body
        return owned_body(subjects[0])
    name = entity_span(subjects[0])
    if name is None or name.label_ != "ORG":
        return None
    return _organisation(name)


def _organisation(name: Span) -> PersonRef:
    """An organisation's entity as a party, without the article the tagger may have taken in."""
    words = [t.text_with_ws for t in name if not (t.i == name.start and t.dep_ == "det")]
    return PersonRef("".join(words).strip(), None, "org")


def _a_named_body_sits(verb: Token, first: list[PersonRef]) -> bool:
    """ "The IAEA is expected to meet on February 2", "the Security Council convened on Monday": a
    named organisation that meets, with no one to meet and nothing met, holds its own meeting (as "a
    meeting of the Advisory Committee"). "NATO met its target" meets a thing; "the company met with
    investors" has its other side; "the sides met" names no body."""
    if verb.lemma_.lower() not in SITTING_VERBS or len(first) != 1 or first[0].kind != "org":
        return False
    if any(
        c.dep_ in {"dobj", "dative", "attr"} or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS)
        for c in verb.children
    ):
        return False
    if verb.dep_ == "xcomp" and any(c.dep_ in {"dobj", "dative"} for c in verb.head.children):
        return False  # "telling them to meet at a specific location": the ones told meet
    subjects = subjects_of(verb)
    # "G7 was already scheduled to meet this weekend": a name the tagger left untyped that the
    # register knows as an organisation
    return len(subjects) == 1 and (
        subjects[0].ent_type_ == "ORG" or (subjects[0].pos_ == "PROPN" and not subjects[0].ent_type_)
    )


def _a_named_body_holds(verb: Token, noun: Token, participants: list[PersonRef]) -> bool:
    """ "The Security Council held an emergency meeting", "the union convened a meeting": a named
    organisation holding a meeting or a sitting with no one else named at it sits itself (as
    :func:`_a_named_body_sits`); "held a meeting with investors" has its other side, "held its
    annual meeting" is the same body's, and "NATO held talks" names talks, which need two sides."""
    held = noun.lower_ in SITTING_NOUNS or (
        # "The POWER Inquiry is holding a conference on Saturday": a body's own gathering (not the
        # press's: "held a press conference")
        noun.lower_ in BODY_GATHERING_NOUNS
        and not any(c.lower_ in {"press", "news", "media"} for c in noun.lefts)
    )
    if len(participants) != 1 or participants[0].kind != "org" or not held:
        return False
    if noun.dep_ != "dobj" or any(
        c.dep_ == "prep" and c.lower_ in {*PARTY_PREPS, "of"} for c in noun.children
    ):
        return False
    subjects = subjects_of(verb)
    return len(subjects) == 1 and (subjects[0].ent_type_ == "ORG" or subjects[0].pos_ == "PROPN")


def _listed_members(noun: Token) -> list[Token]:
    """ "a trilateral meeting of Cyprus, Greece and Israel": a meeting "of" two or more named
    states, listed, is theirs (one body alone is :func:`_a_body_meets`'s; "a meeting of ministers"
    names no one). Only states: a body's name with an "and" in it ("a session of the Joint
    Coordination and Monitoring Board") reads as a list of two bodies."""
    if any(c.dep_ == "poss" for c in noun.children):
        return []  # "its meeting of …": someone's own
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            items = [obj, *obj.conjuncts]
            if len(items) < 2 or not all(t.ent_type_ in _MEMBER_LABELS for t in items):
                continue
            # "a session of the Joint Coordination and Monitoring Board": one name with an "and" in it
            names = {(e.start, e.end) for t in items for e in noun.doc.ents if e.start <= t.i < e.end}
            if len(names) == len(items):
                return items
    return []


_MEMBER_LABELS = frozenset({"GPE", "NORP"})


def _framing(noun: Token) -> bool:
    """ "met with Safadi as part of close bilateral consultations between Jordan and the United
    States": the meeting a clause reports is one part of a standing process the noun names, which
    is no meeting of its own (the parties of the process are no one's counterparts there)."""
    prep = noun.head
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ == "part"


def _served_by_a_meeting(noun: Token) -> bool:
    """ "met today with Minister Gantz to discuss the region and continue the consultations between
    the United States and Israel": a standing process a reported meeting is held to carry on
    (continue, deepen, advance) is what that meeting serves; its parties (the countries the two men
    speak for) are no meeting's. An event the meeting opens or prepares stays one ("spoke with Modi
    to inaugurate the 2+2 Ministerial Dialogue", "to discuss the President's upcoming visit"), and
    "agreed to hold talks between A and B" has no meeting above it: a planned meeting."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if noun.head.lemma_.lower() not in STANDING_PROCESS_VERBS:
        return False  # "to inaugurate the 2+2 Ministerial Dialogue", "to discuss the upcoming visit": events
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    purpose = to and verb.dep_ in {"advcl", "xcomp"}
    return purpose and verb.head.lemma_.lower() in MEETING_VERBS and verb.head.lemma_.lower() != "discuss"


def _welcomed_to_a_house(verb: Token) -> bool:
    """ "welcomed representatives from countries across the Western Hemisphere to the White House":
    guests welcomed to a named house or building are met there, as a body ("welcomed the refugees"
    and "welcomed the decision" stay no meeting)."""
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    # "welcoming members to the Oval Office again": members of what, the text does not say
    described = any(
        any(g.dep_ in {"amod", "compound", "prep", "nummod"} for g in o.children) for o in guests
    ) or any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
    )  # "from countries across the region", whether the parser hangs it on the guests or the verb
    return (
        verb.lemma_.lower() in {"welcome", "receive"}
        and described
        and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            for c in verb.children
        )
    )


def _told_in(noun: Token) -> list[Token]:
    """The named objects of a verb of telling that a meeting noun sets in time or place: "told
    Prime Minister Vega in a phone call that …", "In a phone call, Ruiz assured Vega that …",
    "During the conversation, Putin conveyed his greetings to Merkel" (a verb of conveying: whom "to"),
    "told reporters during the meeting" (reporters are no party: only names count); of a passive,
    its named teller ("In a meeting, he was briefed by Minister Zinichev")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in WITHIN_PREPS:
        return []
    verb = prep.head
    conveys = verb.lemma_.lower() in CONVEYING_VERBS
    if verb.lemma_.lower() not in TELLING_VERBS and not conveys:
        return []
    # "encouraged Prime Minister Ruiz to act": the parser may make the one urged the subject of the
    # infinitive
    urged = [s for c in verb.children if c.dep_ == "xcomp" for s in c.children if s.dep_ == "nsubj"]
    # "In a meeting that day he was told by Emergencies Minister Zinichev of …": the teller of a passive
    tellers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    told = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] if not conveys else []
    # "During the telephone conversation, Putin conveyed his warm greetings to Chancellor Merkel":
    # whom something is conveyed or expressed to
    told += [
        o
        for c in verb.children
        if conveys and c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return [
        c
        for c in [*told, *urged, *tellers]
        if c.ent_type_ in {"PERSON", "ORG", "GPE"}
        or c.pos_ == "PROPN"
        # a body of people the teller leads or answers to ("informed other congressmen", "briefed the
        # governors"), not the press ("told reporters during the meeting")
        or (c.tag_ == "NNS" and c in told and people_noun(c) and c.lower_ not in PRESS_AUDIENCE_NOUNS)
    ]


def _acting_where(verb: Token, noun: Token | None) -> list[Token]:
    """The named people a "where" clause right after the meeting noun (or a gathering the verb is
    "for", "at" or "during") makes its subjects: "an AU summit where Presidents Buhari and Talon
    signed the agreement". A "where" that parsing hung elsewhere is followed to its verb."""
    doc = verb.doc
    nouns = [noun] if noun is not None else []
    nouns += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"for", "at", "during"}
        for o in c.children
        if o.dep_ == "pobj" and o.lower_ in MEETING_NOUNS
    ]
    found: list[Token] = []
    for held in nouns:
        if held.i + 1 >= len(doc) or doc[held.i + 1].lower_ != "where":
            continue
        clause = next((a for a in doc[held.i + 1].ancestors if a.pos_ == "VERB"), None)
        if clause is None or clause.i == verb.i:
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj" and _a_name(c)):
            found += [subject, *(k for k in subject.conjuncts if _a_name(k))]
    return found


def _named_subject(verb: Token) -> bool:
    """Whether the verb's clause has a person's name for its subject ("Kowalski visited him"), against
    which an object pronoun can be told apart; a transcript's "PSAKI: — wants to discuss it with him"
    has only a speaker's label."""
    return any(
        s.ent_type_ == "PERSON" and not (s.i + 1 < len(s.doc) and s.doc[s.i + 1].text == ":")
        for s in subjects_of(verb)
    )


def _untagged_listed(obj: Token) -> list[PersonRef]:
    """ "negotiations between the ALAEA and Qantas": an untagged proper name listed with a tagged
    one is a party as much as its tagged conjunct."""
    if obj.dep_ != "pobj" or not any(c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} for c in obj.conjuncts):
        return []
    if obj.text.isupper() and obj.text.isalpha() and 2 <= len(obj.text) <= _ACRONYM_LETTERS:
        return [PersonRef(obj.text, None, "org")]  # an acronym the tagger took for a common noun
    return _untagged_name(obj, frozenset({"pobj"}))


_ACRONYM_LETTERS = 8


def _untagged_name(
    subject: Token, deps: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
) -> list[PersonRef]:
    """ "U2 have also met with Prime Minister Erdoğan": a proper name the recogniser left untagged,
    written as a name (capitalised, no title, date or common word in it), is the party it names."""
    if subject.dep_ not in deps or subject.pos_ != "PROPN" or subject.ent_type_:
        return []
    words = [t for t in subject.subtree if t.dep_ == "compound" or t.i == subject.i]
    if len("".join(t.text for t in words)) < 2 or any(
        t.text.endswith("-") for t in subject.doc[max(0, subject.i - 3) : subject.i + 2]
    ):
        return []  # a transcript's "Q", a stammered "Lenderki-": no name written out
    if [t.i for t in words] != list(range(words[0].i, subject.i + 1)):
        return []
    if any(
        not t.text[:1].isupper()
        or not t.text.isalnum()  # "Jr.", "R.": a name's suffix or initial, not a name of its own
        or t.lower_ in TITLE_WORDS
        or t.lower_ in GENDERED_WORDS  # "Mom", "Dad": kin addressed, not a body named
        or t.lower_.rstrip(".") in NAME_SUFFIXES
        or t.lower_ in MONTHS
        or t.lower_ in WEEKDAYS
        for t in words
    ):
        return []
    return [PersonRef(" ".join(t.text for t in words), None, "org")]


def _agent_after_place(verb: Token) -> list[Token]:
    """The "by" phrase of a passive meeting verb that the parser hung on the verb's "at"/"in" phrase."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    if verb.lemma_.lower() not in GREETING_VERBS:
        return []  # "was joined in his meetings by X": who came along, told apart
    return [b for o in _place_objects(verb, {"at", "in", "during"}) for b in o.children if _prep(b, "by")]


def _with_after_place(verb: Token) -> list[Token]:
    """The "with" phrases hung on the place of the verb's "in"/"at" phrase (or on its appositive:
    "in Damascus, Syria with Mashal"), which name whom the verb's subject meets there; and a "with"
    a named person the parser hung deeper in a described place ("held a dinner meeting at the
    residence of Japan's representative to the United Nations with Foreign Minister Al-Jubeir")."""
    objects = _place_objects(verb, {"in", "at"})
    places = [o for o in objects if o.ent_type_ in {"GPE", "LOC", "FAC"}]
    named = [
        p
        for place in objects
        for t in _place_phrase(place)
        for p in t.children
        if _prep(p, "with") and any(o.ent_type_ == "PERSON" for o in prep_objects(p))
    ]
    return [
        p
        for place in places
        for t in [place, *(a for a in place.children if a.dep_ == "appos" and a.ent_type_ == place.ent_type_)]
        for p in t.children
        if _prep(p, "with")
    ] + [p for p in named if p.head not in places]


def _place_phrase(place: Token) -> list[Token]:
    """The nouns of a place phrase, down its "of"/"to" phrases ("the residence of Japan's
    permanent representative to the United Nations")."""
    nouns, frontier = [place], [place]
    for _ in range(3):
        frontier = [
            o
            for n in frontier
            for p in n.children
            if p.dep_ == "prep" and p.lower_ in {"of", "to"}
            for o in prep_objects(p)
        ]
        nouns += frontier
    return nouns


def _place_objects(verb: Token, preps: set[str]) -> list[Token]:
    """The objects of the verb's place phrases ("in Damascus", "at a charity barbecue")."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _prep(token: Token, word: str) -> bool:
    return token.dep_ == "prep" and token.lower_ == word


def _a_name(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG", "NORP"})


def _joined_by(noun: Token) -> list[Token]:
    """ "the meeting where she was joined by A and B": the agents of a passive "joined" in a
    relative clause on a meeting noun are at that meeting."""
    return [
        o
        for clause in noun.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() == "join"
        for a in clause.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]


def _after_publication(date: str | None, ctx: DocContext) -> bool:
    """Whether a meeting's day comes after the day the text was published: a meeting told with a
    later day is one to come, whatever the tense of the clause around it."""
    if date is not None and ctx.published is not None and "-W" in date:
        # "the virtual G7 leaders' meeting next week": a week that begins after the day is to come
        try:
            return min(days_of(date)) > ctx.published.date()
        except ValueError:
            return False
    if date is None or ctx.published is None or len(date) not in {4, 7, 10}:
        return False
    # a month or a year is after the day only when it begins after it: "in May", published in May,
    # may be either side of the day ("President Biden's June trip", told in May, is to come)
    return date > ctx.published.date().isoformat()[: len(date)]


def _bound_subject(poss: Token, ctx: DocContext) -> PersonRef | None:
    """A possessive "his"/"her" whose clause has a "he"/"she" of the same gender for subject is that
    subject's person ("He discussed his plans …"), resolved as subject pronouns are."""
    gender = PRONOUN_GENDER.get(poss.lower_)
    if gender is None or poss.pos_ != "PRON":
        return None
    verb = poss.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and PRONOUN_GENDER.get(c.lower_) == gender]
    return pronoun_party(subjects[0], ctx) if subjects else None


def _their_pair(noun: Token, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """ "Sung Kim told reporters after arriving to meet Noh Kyu-duk that he looked forward to follow-up
    talks after their meeting in Washington": a "their" on a meeting noun, naming no one the pronoun
    rules find, is the people named before it in its sentence (two to four of them: more is a crowd a
    "their" does not pick out). A "Their meeting" that opens a sentence restates the meeting told just
    before ("Their meeting followed up on the virtual meeting between ..."), which is no new one."""
    sentence = ctx.sentence_of(noun)
    people = [e for e in sentence.ents if e.label_ == "PERSON" and e.end <= noun.i]
    refs = dedupe(
        [r for e in people for r in resolve_token(e.root, ctx.people, speakers) if r.kind == "person"]
    )
    return refs if 2 <= len(refs) <= 4 else []


def _call_to(holder: Token, noun: Token | None) -> bool:
    """ "a phone call made by Trump to Zelensky", "made a call to the Prime Minister": the "to" of a
    call, or of the verb that placed it, names whom the call was made to."""
    if noun is None or noun.lower_ not in CALL_NOUNS:
        return False
    if holder is not noun and holder.lemma_.lower() not in PLACING_VERBS:
        return False
    # "the President's strong call to Congress to move on healthcare", "a call to action": an appeal
    # (a phone call, or a call someone made or placed, is one to a party)
    phoned = any(c.dep_ == "compound" and c.lower_ in PHONE_WORDS for c in noun.children)
    placed = holder.lemma_.lower() in PLACING_VERBS or any(
        c.dep_ == "acl" and c.lemma_.lower() in PLACING_VERBS for c in noun.children
    )
    appeal = any(
        c.dep_ in {"acl", "relcl", "xcomp"} and c.tag_ == "VB" for c in [*noun.children, *holder.children]
    )
    return (phoned or placed) and not appeal


def _talks(verb: Token) -> bool:
    """ "Blinken recently spoke to China's Foreign Minister Wang": whom one spoke to is met (the
    trigger has already required a named person, a phone or a named pair, so "spoke to reporters"
    never gets here). A finite past "spoke", a progressive with its auxiliary ("she has been talking
    to Kibaki and Odinga", "he was talking to both Mugabe and Tsvangirai": talks under way) or a
    future ("will talk to"), in the third person or the speaker's own ("I spoke to President
    Zelenskyy this morning" is the speaker's call): "Speaking to news site Dublin Live, …" (a bare
    participle) is an interview, "I have not spoken to the President" no meeting, and a briefer's
    "we have been talking to Congress" the office's ongoing business, and the speaker's "I've
    talked to our partners" (no one named) none."""
    if verb.lemma_.lower() not in TALK_VERBS or not (finite_talk(verb) or talks_to_an_office(verb)):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    # "I've talked to our CDC partners": the speaker's own talk names whom it was with
    return "we" not in subjects and ("i" not in subjects or talks_to_someone_named(verb))


def met_across_a_manner(verb: Token, prep: Token) -> list[Token]:
    """ "spoke with A by phone and B in person": the people coordinated with the noun of a manner
    phrase ("by phone") that follows the verb's "with" party; "spoke with A by phone and video" names
    no one else, and a manner phrase with no "with" before it ("met by chance and Kerr") is no list."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" and c.i < prep.i for c in verb.children):
        return []
    found = [
        conj
        for obj in prep_objects(prep)
        if obj.lower_ in MANNER_NOUNS
        for conj in obj.conjuncts
        if conj.i > obj.i and conj.ent_type_ == "PERSON"
    ]
    # the parser's other reading, "by [phone and Vice President] Tom Kerr": the person is the object
    # and the manner's noun a modifier of the name
    found += [
        obj
        for obj in prep_objects(prep)
        if obj.ent_type_ == "PERSON"
        and any(c.dep_ in {"nmod", "compound"} and c.lower_ in MANNER_NOUNS for c in obj.children)
    ]
    return found


def _trip_noun(holder: Token, prep: Token) -> bool:
    """ "his trip to Rwanda", "continue his trip in Rwanda and Ghana": a trip noun's destination;
    a visit verb's "in" is where the ones visited are ("visit his cousins in Mississippi")."""
    if prep.lower_ == "of":  # "a ten-day tour of Southern African countries"
        return holder.lower_ in TOURED_NOUNS and holder.pos_ == "NOUN"
    return holder.lower_ in TRIP_NOUNS and (prep.lower_ == "to" or holder.pos_ == "NOUN")


def _unresolved_actor(verb: Token, trigger: Trigger, sides: list[PersonRef]) -> bool:
    """A clause whose subject, a pronoun or a common noun, names nobody we know ("The delegation
    also met with A and B", "they joined the forces from A, with B providing support"), or a
    gathering hosted by agents alone ("the forum was hosted by A and B"): its other parties are one
    side, with no meeting among themselves.

    A subject that is the meeting itself ("Talks were held between A and B") is no actor: the
    "between" phrase names every side."""
    if trigger.direction == "host":
        return any(c.dep_ == "agent" for c in verb.children) and any(
            c.dep_ == "auxpass" for c in verb.children
        )
    if len(sides) >= 2 and any(c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in verb.children):
        return False
    if len(sides) >= 2 and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in SIGNED_NOUNS for c in verb.children
    ):
        return False  # "The agreement was signed by A and B": the thing signed is no actor
    # an office left unnamed ("The President met with union leaders and mayors") still met them
    return any(
        s.lower_ != "it"
        and (s.pos_ == "PRON" or (s.pos_ == "NOUN" and s.lower_ not in TITLE_WORDS | MEETING_NOUNS))
        for s in subjects_of(verb)
    )


_NATION_LABELS = frozenset({"NORP", "GPE"})  # "Ukrainian" as an adjective is tagged either way


def _nations_of(noun: Token) -> list[Token]:
    """The coordinated nationality words of a plural noun ("Russian and Ukrainian officials")."""
    first = next((c for c in noun.children if c.dep_ == "amod" and c.ent_type_ in _NATION_LABELS), None)
    if first is None:
        return []
    return [first, *(c for c in first.conjuncts if c.ent_type_ in _NATION_LABELS)]


# The names a "between" phrase may list as sides: people, bodies, states.
_SIDE_LABELS = frozenset({"PERSON", "ORG", "GPE"})


def _sides_between(
    prep: Token, ctx: DocContext, speakers: Speakers, found: list[PersonRef]
) -> list[PersonRef]:
    """ "meetings between Syrian President Bashar al-Assad and the Lebanese army chief General Michel
    Suleiman": a "between" phrase always lists two sides or more. When the parser ran the long titled
    names into one noun phrase (one side found), each name the phrase holds, apart from the "and", is
    a side."""
    if prep.lower_ not in {"between", "among"}:
        return []
    objects = prep_objects(prep)
    if not objects or len(found) >= 2:
        return []  # "between President Ana Ruiz and CARICOM heads of State": both sides found
    nations = [_nations_of(o) for o in objects if o.tag_ == "NNS"]
    if nations and len(nations[0]) >= 2:
        # "talks between Russian and Ukrainian officials": one body of people for each nation
        return [PersonRef(f"{n.text} {objects[0].text}", None, "group") for n in nations[0]]
    doc = prep.doc
    end = max(t.right_edge.i for t in objects) + 1
    after = end
    while after < len(doc) and doc[after].lower_ in TITLE_WORDS and doc[after].text[:1].isupper():
        after += 1  # "… and the Lebanese army chief General Michel Suleiman": the name hung elsewhere
    named = next((e for e in doc.ents if e.start == after and e.label_ == "PERSON"), None)
    span = range(prep.i + 1, named.end if named is not None and doc[end - 1].pos_ == "NOUN" else end)
    if not any(doc[i].lower_ == "and" for i in span):
        return []
    ents = [
        e
        for e in doc.ents
        if e.start in span
        and e.end - 1 in span
        and e.label_ in _SIDE_LABELS
        # "Crown Prince Mohammed bin Zayed of the UAE": whose a side is, no side of its own
        and not (e.root.dep_ == "pobj" and e.root.head.lower_ in {"of", "from"})
    ]
    if len(ents) < 2:
        return []
    return [r for e in ents for r in resolve_token(e.root, ctx.people, speakers)]
