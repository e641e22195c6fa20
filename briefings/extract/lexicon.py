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


# --- open questions -------------------------------------------------------------------


# --- people and identities ------------------------------------------------------------
