"""The extraction lexicon: every word list the rules read, in one place.

Rules are stated as linguistic constructions (a reporting verb governing a quotation,
a meeting verb with a comitative object, an interrogative clause nobody answers); the
words that fill a construction's slots live here, so a reader sees the whole vocabulary
at once and a list cannot drift between two modules. Lists are generic English
(reporting verbs, offices, hedges), never particular people, places or articles.

Sections follow the product's sections; a list read by several sections sits in
"shared" at the top.
"""

from __future__ import annotations

# --- shared: names, titles, roles -----------------------------------------------------


# --- quotes and speakers --------------------------------------------------------------


# --- meetings, visits and calls -------------------------------------------------------

# Meeting nouns beyond the core list of :mod:`triggers`: gatherings with a table and a guest list.
MEETING_NOUNS_MORE = frozenset(
    {"roundtable", "roundtables", "summits", "conferences", "trip", "trips", "convening", "forum"}
)
# Journeys that are visits: "a four-day trip to Ghana" visits Ghana and its people.
TRIP_NOUNS = frozenset({"visit", "visits", "trip", "trips", "tour", "journey"})
# Gatherings one is present at: "at the climate summit", "attend the Geneva conference".
GATHERING_NOUNS = frozenset(
    """summit summits conference conferences forum meeting meetings roundtable session""".split()  # noqa: SIM905
)
# Verbs and phrasal verbs that put a meeting off to a later day rather than call it off.
POSTPONE_VERBS = frozenset({"postpone", "delay", "defer", "reschedule"})
PHRASAL_POSTPONE = frozenset({("put", "off"), ("push", "back"), ("move", "back"), ("hold", "off")})
# Last words of a facility's name: "visited the Response Coordination Center" tours a building, meets no one.
FACILITY_WORDS = frozenset(
    """center centre headquarters plant factory site facility facilities hospital school base museum
    memorial laboratory lab port airport station warehouse mine clinic campus""".split()  # noqa: SIM905
)
# Offices a government's own readout means by "the President" with no name ("the President's trip").
HOME_OFFICES = frozenset({"president", "vice president", "prime minister", "chancellor", "secretary"})
# Nouns of one of several meetings: "held separate calls with A, B and C" is a call with each.
SEPARATE_WORDS = frozenset({"separate", "individual"})
# Plural nouns for bodies of people one talks with: "spoke with the CARICOM leaders".
PEOPLE_BODIES = frozenset(
    """leaders allies partners officials ministers counterparts representatives delegations envoys
    heads governors mayors members negotiators lawmakers senators""".split()  # noqa: SIM905
)
# Verbs whose object is a topic: "discussed the U.S.-Russia dialogue", "welcomed the launch of talks".
TALKED_ABOUT_VERBS = frozenset(
    """discuss review address welcome praise commend support note highlight underscore applaud
    reaffirm affirm emphasize stress""".split()  # noqa: SIM905
)
# Particles of an Arabic patronymic: "Khalid bin Salman" is Khalid, son of Salman.
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})
# Nouns that offer a meeting to come: "an invitation for X to meet with him soon".
INVITATION_NOUNS = frozenset({"invitation", "invite", "proposal", "offer"})
# "sat down with X": a meeting verb made of a verb and its particle.
SIT_DOWN = frozenset({("sit", "down")})


# Moved from triggers.py: the trigger and status vocabulary.
MEETING_NOUNS = frozenset(
    [
        "meeting",
        "meetings",
        "talks",
        "discussions",
        "discussion",
        "summit",
        "conference",
        "call",
        "calls",
        "visit",
        "consultations",
        "negotiations",
        "trilateral",
        "bilateral",
        "session",
        "dialogue",
        *MEETING_NOUNS_MORE,
    ]
)
# Verbs that make a meeting of their object noun: "held talks", "had a call", "concluded a meeting".
HOLDING_VERBS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "begin",
        "continue",
        "conclude",
        "resume",
        "start",
        "attend",
        "host",
        "convene",
        "join",
        "participate",
    }
)
# Verbs of being at a gathering: "joined the leaders for the summit", "participated in the call".
PRESENCE_VERBS = frozenset({"join", "participate", "attend"})
# Verbs whose talking needs a phone to be a meeting ("spoke by phone with").
TALK_VERBS = frozenset({"speak", "talk"})
TOPIC_VERBS = frozenset({"discuss"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "teleconference", "call"})
PLAN_VERBS = frozenset(
    {
        "plan",
        "expect",
        "intend",
        "hope",
        "want",
        "seek",
        "agree",
        "schedule",
        "set",
        "due",
        "aim",
        "prepare",
        "propose",
        "arrange",
        "offer",
        "invite",
        "look",
    }
)
REFUSE_VERBS = frozenset(
    {"decline", "refuse", "reject", "cancel", "postpone", "scrap", "call", "delay", "boycott", "skip", "fail"}
)
CANCEL_VERBS = frozenset({"cancel", "scrap", "suspend", "boycott", "skip", "shelve", *POSTPONE_VERBS})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "should", "'d", "’d"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "may"})
# Obligation and possibility: "must be resolved through negotiations", "can only be settled by talks".
MODAL_AUX = frozenset({"must", "should", "can", "ought", "need"})
# Verbs that ask for talks rather than report them: "urged both sides to negotiate", "called for talks".
APPEAL_VERBS = frozenset({"urge", "call", "press", "encourage", "ask", "appeal", "demand", "invite"})
UNSURE_MARKS = frozenset({"if", "unless", "whether"})
BE_FORMS = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})
SOON_WORDS = frozenset({"tomorrow", "next", "later", "tonight", "soon"})
FUTURE_WORDS = frozenset({"tomorrow", "next", "upcoming", "planned", "proposed", "future", "forthcoming"})


# --- open questions -------------------------------------------------------------------


# --- people and identities ------------------------------------------------------------
