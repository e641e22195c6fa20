"""One meeting mentioned several times in a document is one meeting.

Readouts repeat their meeting ("met today with ...", then "Baradar's meeting
with Wang", and the headline); mentions whose parties agree, with no
contradicting date or status, are merged into one. The evidence kept is the
strongest mention's (a verb over a noun over the headline), the union of the
parties and the first place and date any mention gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from briefings.extract.lexicon import GATHERED_PEOPLE_NOUNS, OTHER_OFFICE_WORDS, TITLE_WORDS
from briefings.extract.names import is_honorific
from briefings.extract.parties import dedupe, only_title_words, same_party
from briefings.extract.places import country_of_demonym, is_country
from briefings.model.facts import Evidence, Meeting, MeetingStatus, PersonRef


@dataclass
class Mention:
    """One mention of a meeting in a document, before merging."""

    participants: list[PersonRef]
    place: str | None
    date: str | None
    status: MeetingStatus
    evidence: Evidence
    strength: int = 0  # 2 a verb ("met"), 1 a noun ("the meeting"), 0 a headline: whose evidence to keep
    separate: bool = False  # "held a separate bilateral meeting": not the meeting mentioned before
    refers_back: bool = False  # "... participated in the call": the call mentioned before
    lone: bool = False  # "the White House hosted a convening": a host whose guests come later
    closing: bool = False  # a readout's closing list of attendees: of the meeting it reported first
    accompanies: bool = False  # "She was joined by X": who came along to a meeting told elsewhere
    country: str | None = None  # the country the place lies in, when the text says: "Manila, the Philippines"

    def meeting(self) -> Meeting:
        return Meeting(tuple(self.participants), self.place, self.date, self.evidence, self.status)


def same_side(a: PersonRef, b: PersonRef) -> bool:
    """One party, or a country and the person whose role is its ("Tanzania", "Tanzanian President X")."""
    if same_party(a, b):
        return True
    if _office_of(a, b) or _office_of(b, a):
        return True
    side, person = (b, a) if a.kind == "person" else (a, b)
    if side.kind == "person" or person.kind != "person" or not person.role:
        return False
    words = person.role.replace("’s", "").replace("'s", "").split()
    if side.kind == "place":
        return side.name in person.role or any(country_of_demonym(w) == side.name for w in words)
    # "Houthi movement" and "Houthi negotiator Abdulmalik al-Saadi": the body's proper name in the role
    # ("EU foreign ministers" are other office-holders than "EU High Representative Mogherini", who
    # chairs them; "Russian ministers" are Russian Foreign Minister Lavrov's side)
    head = side.name.split()[-1].lower().removesuffix("s") if side.name.split() else ""
    holds = head in {w.lower() for w in words}
    if side.kind == "group" and head in TITLE_WORDS | GATHERED_PEOPLE_NOUNS and not holds:
        return False
    proper = [w for w in side.name.split() if w[:1].isupper()]
    return bool(proper) and all(w in words for w in proper)


def _office_of(office: PersonRef, person: PersonRef) -> bool:
    """ "The Vice President and Prime Minister discussed ...": an office alone, the person named
    before with that role ("Prime Minister Han Duck-soo")."""
    words = office.name.lower().removeprefix("the ").split()
    role = (person.role or "").lower().split()
    return (
        office.kind == person.kind == "person"
        and bool(words)
        and only_title_words(office.name)
        and role[-len(words) :] == words
        and not (len(role) > len(words) and role[-len(words) - 1] in OTHER_OFFICE_WORDS)
    )


def _people_over_countries(refs: list[PersonRef]) -> list[PersonRef]:
    """Once a mention names the people, their countries and bodies are no further participants;
    nor is an office alone once its holder is named ("the Prime Minister" of "Prime Minister X")."""
    people = [r for r in refs if r.kind == "person"]
    return [
        r
        for r in refs
        if (r.kind == "person" and not any(p is not r and _office_of(r, p) for p in people))
        or (r.kind != "person" and not any(same_side(r, p) for p in people))
    ]


def _dates_agree(a: str, b: str) -> bool:
    """Dates of one meeting: the same month, or a day inside an ISO week ("2026-W25" and "2026-06-16")."""
    if "W" not in a and "W" not in b:
        return a[:7] == b[:7]
    try:
        days = [days_of(d) for d in (a, b)]
    except ValueError:
        return True  # a form we cannot compare contradicts nothing
    return bool(days[0] & days[1])


def days_of(text: str) -> set[date]:
    """The days an ISO date names: one day, the seven of a week ("2026-W25"), or a month's."""
    if "W" in text:
        year, week = text.split("-W")
        monday = date.fromisocalendar(int(year), int(week[:2]), 1)
        return {monday + timedelta(days=n) for n in range(7)}
    if len(text) == 10:
        return {date.fromisoformat(text)}
    first = date.fromisoformat(text[:7] + "-01")
    return {first + timedelta(days=n) for n in range(31) if (first + timedelta(days=n)).month == first.month}


def _precise(first: str | None, second: str | None) -> str | None:
    """The more precise of two agreeing dates: a day over a week over a month."""
    if first is None or second is None:
        return first or second
    return second if len(days_of(second)) < len(days_of(first)) else first


def _compatible(a: Mention, b: Mention) -> bool:
    """Two mentions of one meeting: the parties of one are all parties of the other, nothing contradicts."""
    if a.status != b.status and {"cancelled", "postponed"} & {a.status, b.status}:
        return False
    if a.date and b.date and not _dates_agree(a.date, b.date):
        return False
    if a.separate and b.separate and a.evidence.start == b.evidence.start and a.date != b.date:
        return False  # two dated stops one sentence tells ("on July 8 ...; on July 14 ..."): two meetings
    if a.place and b.place and a.place != b.place and is_country(a.place) and is_country(b.place):
        return False  # a tour's visits to Djibouti and to Kenya, whoever travelled together
    if a.evidence.start == b.evidence.start and a.evidence.field == b.evidence.field:
        # one sentence, two triggers: "arrived in Seoul to meet Noh … after their meeting in Washington
        # last Tuesday", "met Xi on Monday and will meet him again on Friday": a held and a planned
        # meeting, or two places that share no word, are two meetings
        if {a.status, b.status} == {"held", "planned"}:
            return False
        if a.place and b.place and not set(a.place.split()) & set(b.place.split()):
            return False
    if _each_met_someone_else(a, b):
        return False
    small, large = sorted((a.participants, b.participants), key=len)
    matched = sum(1 for p in small if any(same_side(p, q) for q in large))
    return matched == len(small) or matched >= 2 or _visited_there(a, b) or _visited_there(b, a)


def _each_met_someone_else(a: Mention, b: Mention) -> bool:
    """ "They met Monday with Gbagbo. They met Tuesday with Ouattara": two mentions of the same visitors
    that each name a person the other does not are two meetings, however many parties they share."""
    if a.refers_back or b.refers_back:
        return False

    def own(x: Mention, y: Mention) -> bool:
        return any(
            p.kind == "person" and not any(same_side(p, q) for q in y.participants) for p in x.participants
        )

    return own(a, b) and own(b, a)


def _visited_there(visit: Mention, met: Mention) -> bool:
    """ "began his trip today in Benin, where he met with President Boni": the visit to a country and
    the meeting the same sentence places in it are one meeting, with the same visitor. So are "will
    travel to Cambodia, the Philippines, ..." and "In Manila, the Philippines, he will meet ...": a
    meeting the text places in a city of the country visited is the visit there."""
    if met.place is None:
        return False
    hosts = [p for p in visit.participants if not any(same_side(p, q) for q in met.participants)]
    shared = len(visit.participants) - len(hosts)
    if shared < 1 or len(hosts) != 1 or hosts[0].kind != "place":
        return False
    if visit.evidence.start == met.evidence.start and hosts[0].name == met.place:
        return True
    return hosts[0].name == met.country and visit.place == hosts[0].name


def merge(found: list[Mention]) -> list[Mention]:
    """One meeting per set of agreeing mentions; body evidence wins over the headline's."""
    out: list[Mention] = []
    for item in found:
        if item.refers_back and out and out[-1].status == item.status:
            # "foreign ministers from ... participated in the call": they were on it too; a list of
            # a convening's speakers joins the convening its host held, where one waits for guests
            at = next((i for i in range(len(out) - 1, -1, -1) if out[i].lone), len(out) - 1)
            at = next((i for i, m in enumerate(out) if not m.separate), at) if item.closing else at
            have = out[at]
            out[at] = replace(have, participants=dedupe(have.participants + item.participants), lone=False)
            continue
        for i, have in enumerate(out):
            if (
                item.separate
                and not have.separate
                and not _one_telling(have, item)
                and not _said_again(have, item)
            ):
                continue
            if (have.lone and len(have.participants) < 2) or (item.lone and len(item.participants) < 2):
                continue  # a host alone waits for the list of its guests, not for any meeting of hers
            if _compatible(have, item):
                body_first = have if have.strength >= item.strength else item
                other = item if body_first is have else have
                if other.country is not None and other.country == body_first.place:
                    body_first, other = (
                        other,
                        body_first,
                    )  # the meeting in Manila tells the visit's day and city
                out[i] = replace(
                    body_first,
                    participants=_people_over_countries(dedupe(body_first.participants + other.participants)),
                    place=body_first.place or other.place,
                    date=_precise(body_first.date, other.date),
                    status=body_first.status if body_first.status == other.status else "held",
                    accompanies=False,
                )
                break
        else:
            out.append(item)
    # "He was joined by A and B" with no meeting told before or after: a trip's company, no meeting
    # "X joined the call" with no call told before it: one party, no meeting
    # "the White House Office of Intergovernmental Affairs convened a roundtable …, hosted by its
    # Director, Julie Rodriguez" with its guests unread: a person and her own office are one side
    return [
        m
        for m in out
        if not ((m.lone or m.refers_back) and len(m.participants) < 2)
        and not m.accompanies
        and not _one_side(m.participants)
    ]


def _one_side(refs: list[PersonRef]) -> bool:
    """One person and nothing but the bodies or places she stands for ("Julie Rodriguez, Director of
    the White House Office of Intergovernmental Affairs" and that Office): no one else is met. An
    office alone ("The Prime Minister met Australian Prime Minister Albanese") is someone else."""
    people = [r for r in refs if r.kind == "person"]
    others = [r for r in refs if r.kind != "person"]
    return (
        len(people) == 1
        and bool(others)
        and all(same_side(o, people[0]) and not only_title_words(o.name) for o in others)
    )


def _said_again(have: Mention, item: Mention) -> bool:
    """ "will meet with Kenya’s President William Ruto in Nairobi … I look forward to meeting with
    President Ruto and Prime Minister Abiy Ahmed": one of several meetings told apart, with the very
    parties of a meeting of the same status told before, is that meeting again."""
    return (
        have.status == item.status
        and item.place is None  # "Last month, they met in Sudan": another meeting of theirs
        and item.date in {None, have.date}
        and len(have.participants) == len(item.participants) == 2
        and all(any(same_party(p, q) for q in have.participants) for p in item.participants)
    )


def _one_telling(a: Mention, b: Mention) -> bool:
    """ "when the two nations met for a historic second summit": one sentence's verb and noun of the
    same parties tell one meeting, however new it is to the ones before."""
    return a.evidence.start == b.evidence.start and {p.name for p in a.participants} == {
        p.name for p in b.participants
    }


def restated(found: list[Mention]) -> list[Mention]:
    """Mentions that only restate meetings named one by one elsewhere in the document, dropped.

    "held separate calls with Mayor A, Mayor B and Mayor C ... The President spoke with the Mayors":
    a body of people ("Mayors") whose members are met by name in two or more other mentions with
    the same other parties is those meetings again, not one more; so is a headline's body ("Calls
    with Florida Officials") when the text reports two or more meetings of its other parties.
    """
    out: list[Mention] = []
    for item in found:
        if item.strength == 0 and (_countries_of_people(item, found) or _states_met_by_people(item, found)):
            continue
        if _trip_of_the_meetings(item, found):
            continue
        groups = [p for p in item.participants if p.kind == "group"]
        rest = [p for p in item.participants if p.kind != "group"]
        if len(groups) != 1 or not rest:
            out.append(item)
            continue
        others = [
            m
            for m in found
            if m is not item
            and m.strength > 0
            and all(any(same_party(p, q) for q in m.participants) for p in rest)
        ]
        words = groups[0].name.split()
        head = words[-1].lower()
        singular = head.removesuffix("s")
        addressed = len(words) == 2 and is_honorific(words[0]) and head == singular  # "Mr. President"
        members = [
            m
            for m in others
            if any(
                q.kind == "person"
                and q.role
                and q.role.split()[-1].lower() == singular
                # a Trade Minister meeting "APEC Ministers" is no member met by name; an office addressed
                # ("Mr. President") is the one person who holds it
                and (addressed or not any(same_party(q, r) for r in rest))
                for q in m.participants
            )
        ]
        if len(members) >= 2 or (item.strength == 0 and len(others) >= 2):
            continue
        out.append(item)
    return out


def _countries_of_people(headline: Mention, found: list[Mention]) -> bool:
    """ "Meeting Between President X and the Presidents of A, B and C": a headline's countries, when the
    text's own mention of the meeting names as many of their people with the headline's others."""
    places = [p for p in headline.participants if p.kind == "place"]
    rest = [p for p in headline.participants if p.kind != "place"]
    if len(places) < 2 or not rest:
        return False
    return any(
        m.strength > 0
        and all(any(same_party(p, q) for q in m.participants) for p in rest)
        and sum(1 for q in m.participants if q.kind == "person" and not any(same_party(q, p) for p in rest))
        >= len(places)
        for m in found
    )


def _states_met_by_people(headline: Mention, found: list[Mention]) -> bool:
    """ "Japan-Saudi Arabia Foreign Ministers' Dinner Meeting" over "Mr. Kishida, Minister for Foreign
    Affairs of Japan, held a dinner meeting with … Al-Jubeir, Minister of Foreign Affairs, Kingdom of
    Saudi Arabia": a headline that names only states is the body's meeting of as many people whose
    sentence names every one of those states."""
    if len(headline.participants) < 2 or any(p.kind != "place" for p in headline.participants):
        return False
    return any(
        m.strength > 0
        and m.status == headline.status
        and sum(1 for q in m.participants if q.kind == "person") >= len(headline.participants)
        and all(p.name in m.evidence.sentence for p in headline.participants)
        for m in found
    )


def _trip_of_the_meetings(visit: Mention, found: list[Mention]) -> bool:
    """ "Finer traveled to Colombia and met with President Duque, President-Elect Petro, …", "Kouchner
    traveled to Sudan where he met with President al-Bashir": a journey to a place that its own
    sentence goes on to fill with meetings of the traveller with people is where those meetings were,
    not one more meeting with the place (readers list the people met, never the country too)."""
    if len(visit.participants) != 2 or visit.participants[1].kind != "place" or visit.strength != 2:
        return False
    lead = visit.participants[0]
    told = [
        m
        for m in found
        if m.evidence.start == visit.evidence.start and m.evidence.field == visit.evidence.field
    ]
    if sum(1 for m in told if len(m.participants) == 2 and m.participants[1].kind == "place") > 1:
        return False  # "visited Japan and Korea and met with Kishida": at which stop is open
    return any(
        m is not visit
        and m.status == visit.status
        and bool(m.participants)
        and same_party(m.participants[0], lead)
        and any(q.kind == "person" and not same_party(q, lead) for q in m.participants[1:])
        for m in told
    )


def visits_told_by_meetings(found: list[Mention], text: str) -> list[Mention]:
    """ "The Tánaiste will visit Kenya and Ethiopia. … will meet with Kenya’s President William Ruto
    in Nairobi": a visit to a country that the document goes on to fill with the visitor's meetings
    there is where those meetings are, not one more meeting with the country (readers list the people
    met; :func:`_trip_of_the_meetings` does the same within one sentence)."""
    return [m for m in found if not _told_by_a_meeting(m, found, text)]


def _told_by_a_meeting(visit: Mention, found: list[Mention], text: str) -> bool:
    countries = [p for p in visit.participants if p.kind == "place" and is_country(p.name)]
    if len(countries) != 1 or len(visit.participants) < 2:
        return False
    country = countries[0].name
    lead = visit.participants[0]
    if lead.kind != "person" or any(
        p.kind != "group" for p in visit.participants[1:] if p is not countries[0]
    ):
        return False
    # "travel to Moscow, Russia; …": the cities the document gives with the country lie in it
    cities = set(re.findall(rf"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:the )?{re.escape(country)}\b", text))
    names = {country, *(c for c in cities if not is_country(c))}  # "Japan, China and New Zealand": a list
    for m in found:
        if m is visit or m.status != visit.status or not any(same_party(p, lead) for p in m.participants):
            continue
        if m.evidence.start == visit.evidence.start and m.evidence.field == visit.evidence.field:
            continue  # told in the visit's own sentence: :func:`_trip_of_the_meetings` reads those
        if not any(q.kind == "person" and not same_party(q, lead) for q in m.participants):
            continue
        if m.place in names or m.country == country or _of_the_country(m, countries[0], lead):
            return True
    return False


def _of_the_country(met: Mention, country: PersonRef, lead: PersonRef) -> bool:
    """Someone the meeting names is the country's: by role ("Tanzanian President X"), or as the
    sentence writes them ("Kenya’s President William Ruto", "French Trade Minister Francois Huwart")."""
    for q in met.participants:
        if q.kind != "person" or same_party(q, lead):
            continue
        if same_side(country, q):
            return True
        at = met.evidence.sentence.find(q.name)
        before = met.evidence.sentence[max(0, at - 60) : at] if at >= 0 else ""
        words = re.findall(r"[A-Z][\w-]+", before)
        if re.search(rf"\b{re.escape(country.name)}[’']s\s+(?:[A-Z][\w-]+\s+){{1,4}}$", before):
            return True
        if any(country_of_demonym(w) == country.name for w in words[-4:]):
            return True
    return False
