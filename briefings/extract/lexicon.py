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

# verbs whose subject says the words of their complement ("X said that ...", "..., X added")
REPORTING_LEMMAS = frozenset(
    """
    say tell note add warn state point declare insist explain argue write comment stress emphasize
    emphasise ask reply respond announce claim acknowledge assure conclude describe urge promise remark
    recall observe suggest tweet admit vow predict caution concede complain affirm reiterate underline
    underscore highlight confirm deny report testify told continue call quote retort counter joke plead
    demand pledge recount lament boast shout whisper maintain contend assert accuse hint indicate
    elaborate clarify proclaim read reason speak
    """.split()  # noqa: SIM905
)
# verbs that give a thing a name in quotation marks: "called the report “flatly untrue”",
# "described it as “a disaster”", "dubbed the plan “Project Dawn”"
NAMING_LEMMAS = frozenset(
    """
    call dub term label brand describe characterize characterise deride decry denounce hail praise
    refer
    """.split()  # noqa: SIM905
)
# what says things without being anyone ("the conference", "the statement")
SOURCE_NOUNS = frozenset(
    """
    conference briefing statement report readout release transcript communique communiqué interview
    broadcast website post account bulletin agency press news media analysis study survey research
    poll paper editorial
    """.split()  # noqa: SIM905
)
# texts that "say" things without being anyone's statement ("the lawsuit said")
TEXT_NOUNS = frozenset(
    """
    lawsuit filing letter document complaint indictment ruling order memo decision judgment note
    email message video book article footage data figure figures document law bill rule plan deal
    agreement treaty text draft proposal resolution motion petition warrant affidavit
    """.split()  # noqa: SIM905
)
# unnamed people who speak ("a State Department spokesperson", "U.S. officials")
PERSON_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman official minister secretary president adviser advisor aide source
    diplomat envoy ambassador representative leader chief officer analyst expert witness resident
    negotiator member lawmaker senator director commander general
    """.split()  # noqa: SIM905
)
# bodies and texts that speak ("the joint statement", "the ministry")
ORG_NOUNS = frozenset(
    """
    statement ministry government agency office department board council committee commission
    administration house kremlin delegation police army military embassy court party union bank
    group alliance association federation coalition company firm service network campaign charity
    organisation organization authority institute foundation city municipality town
    """.split()  # noqa: SIM905
)
# where words are published or broadcast: an interview's outlet, never the interviewee's speaker
# ("told Channel 9 in an interview", "wrote in a post on Twitter", "said on the programme")
OUTLET_NOUNS = frozenset(
    """
    newspaper paper channel network station programme program show podcast broadcaster magazine
    journal outlet daily weekly tabloid website site blog platform television radio
    """.split()  # noqa: SIM905
)
# words that mark the quotation after them as a term the author keeps at a distance
SCARE_MARKERS = frozenset({"so-called", "self-styled", "self-described", "self-proclaimed"})
# "one of the sources", "some of the protesters": the group the speaker belongs to speaks
PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "both", "each", "none", "most"})
# words that say a person's gender: a he or a she can only be them ("the spokeswoman")
GENDERED_WORDS = {
    **dict.fromkeys(
        """
        mr sir lord king prince duke emperor spokesman congressman chairman businessman father son
        brother husband uncle nephew grandfather boy man dad grandpa grandpop
        """.split(),  # noqa: SIM905
        "m",
    ),
    **dict.fromkeys(
        """
        mrs ms miss madam dame lady queen princess duchess empress spokeswoman congresswoman
        chairwoman businesswoman mother daughter sister wife aunt niece grandmother girl woman mom mum
        grandma
        """.split(),  # noqa: SIM905
        "f",
    ),
}


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
