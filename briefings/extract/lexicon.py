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
# "sat down with X": a meeting verb made of a verb and its particle.
SIT_DOWN = frozenset({("sit", "down")})


# --- open questions -------------------------------------------------------------------


# --- people and identities ------------------------------------------------------------
