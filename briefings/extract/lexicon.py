"""The extraction lexicon: every word list the rules read, in one place.

Rules are stated as linguistic constructions (a reporting verb governing a quotation,
a meeting verb with a comitative object, an interrogative clause nobody answers); the
words that fill a construction's slots live here, so a reader sees the whole vocabulary
at once and a list cannot drift between two modules. Lists are generic English
(reporting verbs, offices, hedges), never particular people, places or articles; the
one exception is a stated fact table, the office holders of government publishers by
date (``PUBLISHER_OFFICE_HOLDERS``), which no text states and :mod:`publishers` reads.

Sections follow the product's sections; a list read by several sections sits in
"shared" at the top.
"""

from __future__ import annotations

from typing import Literal

# --- shared: names, titles, roles -----------------------------------------------------


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}

PLACE_NOUNS = frozenset({"city", "capital", "country", "town", "region", "island", "nation", "kingdom"})
# Faiths: "Islam's holiest site" names no body that could act or speak ("the Catholic Church" does).
RELIGION_NAMES = frozenset(
    """islam christianity judaism hinduism buddhism sikhism catholicism protestantism orthodoxy shinto
    taoism jainism zoroastrianism""".split()  # noqa: SIM905
)

# Nationality adjectives and the country each names (generic English, a closed class).
DEMONYMS = {
    "chinese": "China",
    "japanese": "Japan",
    "french": "France",
    "british": "United Kingdom",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "german": "Germany",
    "russian": "Russia",
    "american": "United States",
    "afghan": "Afghanistan",
    "pakistani": "Pakistan",
    "iraqi": "Iraq",
    "iranian": "Iran",
    "israeli": "Israel",
    "turkish": "Turkey",
    "greek": "Greece",
    "spanish": "Spain",
    "polish": "Poland",
    "thai": "Thailand",
    "filipino": "Philippines",
    "philippine": "Philippines",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "qatari": "Qatar",
    "korean": "Korea",
    "vietnamese": "Vietnam",
    "ukrainian": "Ukraine",
    "indian": "India",
    "indonesian": "Indonesia",
    "italian": "Italy",
    "egyptian": "Egypt",
    "mexican": "Mexico",
    "canadian": "Canada",
    "australian": "Australia",
    "brazilian": "Brazil",
    "kenyan": "Kenya",
    "nigerian": "Nigeria",
    "jordanian": "Jordan",
    "syrian": "Syria",
    "lebanese": "Lebanon",
    "palestinian": "Palestine",
    "kosovan": "Kosovo",
    "serbian": "Serbia",
    "moldovan": "Moldova",
    "guyanese": "Guyana",
    "norwegian": "Norway",
    "swedish": "Sweden",
    "danish": "Denmark",
    "finnish": "Finland",
    "belgian": "Belgium",
    "cuban": "Cuba",
    "venezuelan": "Venezuela",
    "algerian": "Algeria",
    "albanian": "Albania",
    "armenian": "Armenia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "bangladeshi": "Bangladesh",
    "belarusian": "Belarus",
    "bosnian": "Bosnia",
    "bulgarian": "Bulgaria",
    "cambodian": "Cambodia",
    "chilean": "Chile",
    "colombian": "Colombia",
    "congolese": "Congo",
    "croatian": "Croatia",
    "czech": "Czech Republic",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "georgian": "Georgia",
    "ghanaian": "Ghana",
    "hungarian": "Hungary",
    "irish": "Ireland",
    "kuwaiti": "Kuwait",
    "latvian": "Latvia",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malaysian": "Malaysia",
    "moroccan": "Morocco",
    "nepali": "Nepal",
    "peruvian": "Peru",
    "portuguese": "Portugal",
    "romanian": "Romania",
    "rwandan": "Rwanda",
    "senegalese": "Senegal",
    "slovak": "Slovakia",
    "somali": "Somalia",
    "sudanese": "Sudan",
    "taiwanese": "Taiwan",
    "tanzanian": "Tanzania",
    "tunisian": "Tunisia",
    "ugandan": "Uganda",
    "yemeni": "Yemen",
    "zimbabwean": "Zimbabwe",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "bahraini": "Bahrain",
    "omani": "Oman",
    "singaporean": "Singapore",
    "marshallese": "Marshall Islands",
}

REGIONAL_WORDS = frozenset(
    {"european", "african", "asian", "arab", "latino", "nordic", "baltic", "balkan"}
    # a people's name, written as a noun or an adjective: "One Rohingya said", "Uyghur families"
    | {"rohingya", "uyghur", "uighur", "kurdish", "hazara", "yazidi", "pashtun", "bedouin", "druze"}
)

TOPIC_PARTICIPLES = frozenset(
    {"cover", "discuss", "address", "focus", "concern", "regard", "review", "examine", "tackle", "include"}
)

# Common nouns for the buildings meetings are held in: "NATO headquarters", "the Chinese embassy".
FACILITY_NOUNS = frozenset(
    """
    headquarters embassy consulate residence palace office offices compound building ministry
    chancellery mission hall hotel
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "rep",
        "sen",
        "gov",
        "u.s",
        "u.k",
        "u.n",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "fig",
    ]
)

# Abbreviated titles before a name that the tokenizer would cut from their full stop, ending the
# sentence there ("held a summit meeting with the Hon. Anthony Albanese" read as two sentences): each
# is kept one token. Only words that are a title before a name and rarely end a sentence.
TITLE_ABBREVIATIONS = (
    "Hon.",
    "Rt.",
    "Amb.",
    "Lt.",
    "Col.",
    "Maj.",
    "Sgt.",
    "Capt.",
    "Cmdr.",
    "Brig.",
    "Msgr.",
)

MODERATOR_LABELS = frozenset(
    {"moderator", "operator", "mr price", "mr. price", "staff", "interpreter", "translator", "narrator"}
)

# "he", "they", "it" in a fact's sentence may stand for the subject of one of the two before
REFERRING_PRONOUNS = frozenset(
    {"he", "him", "his", "himself", "she", "her", "herself", "they", "them", "their", "it", "its"}
)

# irregular forms of the verbs the rules read by lemma (regular ones are generated)
IRREGULAR_VERB_FORMS = {
    "say": {"said"},
    "tell": {"told"},
    "write": {"wrote", "written", "writing"},
    "speak": {"spoke", "spoken"},
    "meet": {"met"},
    "hold": {"held"},
    "have": {"has", "had"},
    "begin": {"began", "begun"},
    "plead": {"pled"},
    "read": {"read"},
    "set": {"set"},
    "seek": {"sought"},
    "shake": {"shook", "shaken"},
    "ring": {"rang", "rung"},
}


# --- quotes and speakers --------------------------------------------------------------

# verbs whose subject says the words of their complement ("X said that ...", "..., X added")
REPORTING_LEMMAS = frozenset(
    """
    say tell note add warn state point declare insist explain argue write comment stress emphasize
    emphasise ask reply respond announce claim acknowledge assure conclude describe urge promise remark
    recall observe suggest tweet admit vow predict caution concede complain affirm reiterate underline
    underscore highlight confirm deny report testify told continue call quote retort counter joke plead
    demand pledge recount lament boast shout whisper maintain contend assert accuse hint indicate
    elaborate clarify proclaim read reason speak sigh quip exclaim yell mutter murmur
    refer dub term label brand characterize characterise appeal allege inform apologize apologise
    reaffirm restate encourage confess confide enthuse muse opine reassure remind
    """.split()  # noqa: SIM905
)
# Subordinators of an adverbial clause that sets a point aside ("while Manning had acknowledged
# wrongdoing, …"): a reporting verb in it reports its own object, not a quotation outside it.
ASIDE_MARKS = frozenset({"while", "although", "though", "whereas", "because", "since", "if", "unless"})
# The words a title leaves in lower case: "Report on the Future of Work".
TITLE_SMALL_WORDS = frozenset(
    """
    a an the and or nor but for of on in at to by with from into over upon about as vs via per up
    """.split()  # noqa: SIM905
)
# verbs that give a thing a name in quotation marks: "called the report “flatly untrue”",
# "described it as “a disaster”", "dubbed the plan “Project Dawn”"
NAMING_LEMMAS = frozenset(
    """
    call dub term label brand describe characterize characterise deride decry denounce hail praise
    refer condemn criticise criticize slam cite regard
    """.split()  # noqa: SIM905
)
# verbs of holding a view whose reported clause a participle may follow: "believes that …, stating, “…”"
OPINION_LEMMAS = frozenset({"believe", "think", "feel", "consider", "hold", "maintain", "insist"})
# verbs of talking whose "of" object, quoted whole, is the speaker's own phrase: "spoke of
# Zimbabwe's “tragic failure of leadership”", "warned of “a catastrophe in the making”" ("spoke
# about “creativity”" names a topic)
SPOKEN_OF_LEMMAS = frozenset({"speak", "talk", "warn"})
# what says things without being anyone ("the conference", "the statement")
SOURCE_NOUNS = frozenset(
    """
    conference briefing statement report readout release transcript communique communiqué interview
    broadcast website post tweet account bulletin agency press news media analysis study survey
    research poll paper editorial warning advisory alert comment
    """.split()  # noqa: SIM905
)
# published findings that speak for themselves when nobody is named as their issuer ("A 2006 US
# report called the militia “…”", "the study said"): the speaker is the text
SPEAKING_TEXTS = frozenset({"report", "study", "analysis", "survey", "assessment", "review", "editorial"})
# drafted or filed texts whose words are quoted as theirs ("As the bill notes, it is “…”", "the
# letter said “…”", "the ruling called it “…”"): the text is the speaker when it is the subject
# of a reporting verb; signs, footage and figures are displays, not statements, so are not here
SPEAKING_DOCUMENTS = frozenset(
    """
    bill law act letter ruling opinion lawsuit complaint indictment resolution memo memorandum
    filing petition affidavit treaty judgment verdict proclamation order decree charter
    """.split()  # noqa: SIM905
)
# nouns for words someone said, whose owner ("the Prime Minister's declaration that “…”",
# "Cole's claim that “…”") is the speaker of the quotation that completes them
UTTERANCE_NOUNS = frozenset(
    """
    declaration statement remark comment warning claim assertion message pledge promise vow words
    appeal insistence argument assurance admission accusation response answer reply testimony
    criticism charge complaint objection protest
    """.split()  # noqa: SIM905
)
# Occasions and channels a speaker's words were said at or in, after the speaker's description ("said
# the President at the press conference", "said the spokesman in a statement"): where the words were
# said, never part of who said them.
SAYING_OCCASION_NOUNS = frozenset(
    """
    conference briefing statement interview meeting session call post tweet summit event hearing
    rally ceremony speech address appearance gathering forum
    """.split()  # noqa: SIM905
)
# texts one reads out whose sender speaks the words read ("read a letter from a constituent: “…”",
# "read from a statement by the family: “…”")
READ_OUT_TEXTS = frozenset({"letter", "statement", "message", "note", "email", "text", "post", "tweet"})
# words one recalls or repeats, whose owner said them ("recalled his mother's words: “…”", "repeated
# the President's advice: “…”")
OWNED_WORDS = frozenset({"word", "words", "advice", "message", "warning", "motto", "saying", "promise"})
# nouns for a saying nobody in particular says: a quotation they introduce ("Remember that old
# proverb: “For want of a nail …”", "as the saying goes, “…”") is not its reciter's words
SAYING_NOUNS = frozenset({"proverb", "saying", "adage", "creed", "motto", "slogan", "maxim", "expression"})
# texts that "say" things without being anyone's statement ("the lawsuit said")
TEXT_NOUNS = frozenset(
    """
    lawsuit filing letter document complaint indictment ruling order memo decision judgment note
    email message video book article footage data figure figures document law bill rule plan deal
    agreement treaty text draft proposal resolution motion petition warrant affidavit sign banner
    placard poster headline caption slogan
    """.split()  # noqa: SIM905
)
# unnamed people who speak ("a State Department spokesperson", "U.S. officials")
PERSON_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman official minister secretary president adviser advisor aide source
    diplomat envoy ambassador representative leader chief officer analyst expert witness resident
    negotiator member lawmaker senator director commander general mediator facilitator
    """.split()  # noqa: SIM905
)
# bodies and texts that speak ("the joint statement", "the ministry")
ORG_NOUNS = frozenset(
    """
    statement ministry government agency office department board council committee commission
    administration house kremlin delegation police army military embassy court party union bank
    group alliance association federation coalition company firm service network campaign charity
    organisation organization authority institute foundation city municipality town
    league movement front club band team crew family church school university college hospital
    airline trust society orchestra centre center
    """.split()  # noqa: SIM905
)
# Nouns that describe any body, whatever its name says it is: "Reporters Without Borders condemned the
# kidnapping. “…,” the organization said"; "Acme Corp reported a loss. “…,” the company said".
GENERAL_BODY_NOUNS = frozenset({"organization", "organisation", "company", "firm", "corporation", "group"})
# a body's name that goes on with a field ("Interagency Working Group on Coal and Power Plant
# Communities", "Task Force for Recovery"): what the tagger cut off after "on"/"for" is no body
BODY_NAME_HEADS = ORG_NOUNS | frozenset({"force"})
# where words are published or broadcast: an interview's outlet, never the interviewee's speaker
# ("told Channel 9 in an interview", "wrote in a post on Twitter", "said on the programme")
OUTLET_NOUNS = frozenset(
    """
    newspaper paper channel network station programme program show podcast broadcaster magazine
    journal outlet daily weekly tabloid website site blog platform television radio
    """.split()  # noqa: SIM905
)
# What a news agency is called before its name: "Cuban press agency Prensa Latina".
NEWS_AGENCY_NOUNS = frozenset({"agency", "wire", "newswire"})
# texts a speaker puts out with words in them, and the verbs of putting them out: "Christian
# Aid issued a statement saying, “…”", "the band posted a tweet saying “…”" (the issuer speaks;
# "he rejected a report saying “…”" is not his)
CARRIER_NOUNS = frozenset(
    """
    statement tweet post message letter note email release video communique communiqué notice
    """.split()  # noqa: SIM905
)
ISSUING_VERBS = frozenset({"issue", "release", "post", "send", "publish", "write", "tweet", "put", "share"})
# what an outlet or a reader does to a text it did not write: "a letter seen by Sky News", "a
# memo obtained by the Ledger" (the outlet is never the text's sender)
# British and American spellings of a body's head noun, read as one ("the centre" takes up "the
# Pacific Tsunami Warning Center").
SPELLINGS = {"centre": "center", "theatre": "theater", "programme": "program", "defence": "defense"}
# Verbs of telling someone something, whose object is the other party of the call or meeting they
# are set in: "told Prime Minister Vega in a phone call that …".
TELLING_VERBS = frozenset(
    {
        "tell",
        "assure",
        "inform",
        "warn",
        "urge",
        "brief",
        "ask",
        "reassure",
        "encourage",
        "press",
        "congratulate",
    }
)
# Verbs that pass something to someone in a call or meeting the clause is set in: "During the
# telephone conversation, Putin conveyed his warm greetings to Chancellor Merkel", "expressed his
# condolences to the Prime Minister".
CONVEYING_VERBS = frozenset({"convey", "express", "extend", "offer"})
# Prepositions that set a telling inside the occasion ("in a phone call", "during the meeting"); "after
# the meeting" tells it outside.
WITHIN_PREPS = frozenset({"in", "during", "over", "at"})
# Subjects that spread a verb over the names before them: "Coats, McCain and Snowe each asked Brown".
DISTRIBUTIVE_SUBJECTS = frozenset({"each", "both", "all"})
# Verbs of catching someone in the act, whose passive subject is who spoke: "was heard saying “…”",
# "was caught on camera saying", "was filmed telling reporters".
PERCEIVED_VERBS = frozenset(
    {"hear", "overhear", "catch", "capture", "film", "record", "tape", "videotape", "see", "photograph"}
)
# Verbs of hearsay whose passive raises who spoke to its subject: "Al-Majid is reported to have said
# “…”", "She is said to have told aides “…”", "He was alleged to have written “…”".
HEARSAY_VERBS = frozenset({"report", "say", "believe", "allege", "understand", "know", "rumour", "rumor"})
SEEING_VERBS = frozenset({"see", "obtain", "view", "review", "read", "receive", "leak", "reveal", "quote"})
# verbs that report words with "it" as their object: "as he put it", "as she phrased it"
PHRASING_VERBS = frozenset({"put", "phrase"})
# the word a speaker reads a quotation out with: "as Dr. King said, quote, “…”"
QUOTE_MARKERS = frozenset({"quote"})
# words that mark the quotation after them as a term the author keeps at a distance
SCARE_MARKERS = frozenset({"so-called", "self-styled", "self-described", "self-proclaimed", "unquote"})
# "one of the sources", "some of the protesters": the group the speaker belongs to speaks
PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "both", "each", "none", "most"})
# what introduces one unnamed person the text does not identify further ("one policeman said",
# "a villager said", "another witness said")
INDEFINITE_WORDS = frozenset({"a", "an", "one", "another"})
# words that say a person's gender: a he or a she can only be them ("the spokeswoman")
GENDERED_WORDS = {
    **dict.fromkeys(
        """
        mr sir lord king prince duke emperor spokesman congressman chairman businessman father son
        brother husband uncle nephew grandfather boy man dad grandpa grandpop grandson
        """.split(),  # noqa: SIM905
        "m",
    ),
    **dict.fromkeys(
        """
        mrs ms miss madam dame lady queen princess duchess empress spokeswoman congresswoman
        chairwoman businesswoman mother daughter sister wife aunt niece grandmother girl woman mom mum
        grandma granddaughter
        """.split(),  # noqa: SIM905
        "f",
    ),
}


# States written by their initials in a role: "U.S. Trade Representative", "UK Minister for Africa".
COUNTRY_ABBREVIATIONS = {
    "U.S.": "United States",
    "US": "United States",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
}

# Offices "the" + office names one bearer in a document ("the President", "the First Lady"):
# a quote's speaker so titled is the person the document names with the office.
SINGLE_BEARER_OFFICES = (
    "vice president",
    "former president",
    "president",
    "first lady",
    "second gentleman",
    "press secretary",
    "secretary",
    "prime minister",
    "chancellor",
    "premier",
)

# A stated fact table, not generic English: a government office's own texts call its principals
# by bare title ("the President said", "the Secretary's trip"), so which person the title names
# depends on who published the text and when. The publisher is read from the document's URL
# host (the host itself or any subdomain of it); an archive host also pins the administration,
# for a text whose date is missing or off by the inauguration day. Dates are terms of office,
# [start, end) as ISO dates (start at noon Eastern on inauguration day); an open term ends "".
PUBLISHER_HOSTS: dict[str, tuple[str, str]] = {  # host -> (publisher, administration or "")
    "whitehouse.gov": ("White House", ""),
    "obamawhitehouse.archives.gov": ("White House", "Obama"),
    "trumpwhitehouse.archives.gov": ("White House", "Trump"),
    "bidenwhitehouse.archives.gov": ("White House", "Biden"),
    "state.gov": ("State Department", ""),
    "2009-2017.state.gov": ("State Department", "Obama"),
    "2017-2021.state.gov": ("State Department", "Trump"),
}
# (publisher, administration, office as SINGLE_BEARER_OFFICES writes it, holder, start, end)
PUBLISHER_OFFICE_HOLDERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("White House", "Obama", "president", "Barack Obama", "2009-01-20T17:00", "2017-01-20T17:00"),
    ("White House", "Trump", "president", "Donald Trump", "2017-01-20T17:00", "2021-01-20T17:00"),
    ("White House", "Biden", "president", "Joe Biden", "2021-01-20T17:00", "2025-01-20T17:00"),
    ("White House", "Trump", "president", "Donald Trump", "2025-01-20T17:00", ""),
    ("White House", "Obama", "vice president", "Joe Biden", "2009-01-20T17:00", "2017-01-20T17:00"),
    ("White House", "Trump", "vice president", "Mike Pence", "2017-01-20T17:00", "2021-01-20T17:00"),
    ("White House", "Biden", "vice president", "Kamala Harris", "2021-01-20T17:00", "2025-01-20T17:00"),
    ("White House", "Trump", "vice president", "JD Vance", "2025-01-20T17:00", ""),
    ("White House", "Obama", "first lady", "Michelle Obama", "2009-01-20T17:00", "2017-01-20T17:00"),
    ("White House", "Trump", "first lady", "Melania Trump", "2017-01-20T17:00", "2021-01-20T17:00"),
    ("White House", "Biden", "first lady", "Jill Biden", "2021-01-20T17:00", "2025-01-20T17:00"),
    ("White House", "Trump", "first lady", "Melania Trump", "2025-01-20T17:00", ""),
    ("White House", "Biden", "second gentleman", "Doug Emhoff", "2021-01-20T17:00", "2025-01-20T17:00"),
    ("State Department", "Obama", "secretary", "Hillary Clinton", "2009-01-21", "2013-02-01"),
    ("State Department", "Obama", "secretary", "John Kerry", "2013-02-01", "2017-01-20T17:00"),
    ("State Department", "Trump", "secretary", "Rex Tillerson", "2017-02-01", "2018-04-01"),
    ("State Department", "Trump", "secretary", "Mike Pompeo", "2018-04-26", "2021-01-20T17:00"),
    ("State Department", "Biden", "secretary", "Antony Blinken", "2021-01-26", "2025-01-20T17:00"),
    ("State Department", "Trump", "secretary", "Marco Rubio", "2025-01-21", ""),
)
# the role a holder is given when it is more than the title-cased office
PUBLISHER_ROLES = {("State Department", "secretary"): "Secretary of State"}


# verbs only people do with words: their subject is a person even if NER missed the name
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "write", "explain", "recall", "tweet", "insist", "argue"})


# --- meetings, visits and calls -------------------------------------------------------

# Meeting nouns beyond the core list of :mod:`triggers`: gatherings with a table and a guest list.
MEETING_NOUNS_MORE = frozenset(
    {
        "roundtable",
        "roundtables",
        "summits",
        "conferences",
        "trip",
        "trips",
        "tour",
        "visits",  # "during visits to Beijing by Secretary of State Powell"
        "arrival",  # "upon her arrival in Germany": her visit begins
        "convening",
        "gathering",  # "hosted an informal gathering of the Western Balkans leaders"
        "forum",
        "teleconference",
        "videoconference",
        "debate",  # "the second presidential debate between Trump and Biden": the two face each other
        "debates",
    }
)
# Meetings in which two sides face each other, whose "against" names the other side: "took part in the
# first presidential debate against Joe Biden".
CONTEST_NOUNS = frozenset({"debate", "debates"})
# Journeys that are visits: "a four-day trip to Ghana" visits Ghana and its people.
TRIP_NOUNS = frozenset({"visit", "visits", "trip", "trips", "tour", "journey", "arrival"})
# Journeys whose "of" is where they go: "a tour of Southern African countries" ("a visit of the
# President" is the President's visit).
TOURED_NOUNS = TRIP_NOUNS - {"visit", "visits", "arrival"}
# What a traveller's programme is called when it "includes meetings with A, B and C": its owner
# has those meetings ("Zuma, whose state trip includes meetings with Brown, Cameron and Clegg").
ITINERARY_NOUNS = TRIP_NOUNS | frozenset({"itinerary", "schedule", "agenda", "programme", "program", "stay"})
ITINERARY_VERBS = frozenset({"include", "feature", "involve"})
# Plural meeting nouns of a count sense: "meetings with A, B and C" is one meeting with each
# ("talks" and "discussions" with several are one set of talks).
COUNTED_MEETING_NOUNS = frozenset({"meetings", "calls", "visits", "conversations", "audiences"})
# Gatherings one is present at: "at the climate summit", "attend the Geneva conference".
# Prepositions that set a clause at a gathering, its subject present there: "At the summit, X said",
# "During the AU summit, X requested".
PRESENCE_PREPS = frozenset({"at", "during"})
GATHERING_NOUNS = frozenset(
    """summit summits conference conferences forum meeting meetings roundtable session assembly
    ministerial""".split()  # noqa: SIM905
)
# Heads of a sitting body's name that a speaker addresses in session: "addressed the UN Security
# Council", "will address the European Parliament" (a named body, in capitals; "addressed the
# issue", "the council" and "the nation" are no sitting).
ADDRESSED_BODY_NOUNS = frozenset(
    """council parliament congress senate legislature assembly bundestag knesset duma""".split()  # noqa: SIM905
)
# Plural nouns for countries a proper name gathers: "Southern African Development Community countries".
COUNTRY_GROUP_NOUNS = frozenset({"countries", "nations", "states", "members"})
# The sides of a dispute, named by a singular common noun: "the government and the opposition
# resumed talks", "talks between the junta and the rebels" (each side a party, no name needed).
SIDE_NOUNS = frozenset(
    """government opposition rebels insurgents militants junta management union unions""".split()  # noqa: SIM905
)
# Bodies whose name, before a meeting noun, says who met: "led a cabinet meeting" met the cabinet,
# "attended the board meeting" the board ("the climate summit" is a kind of summit, met as such).
MEETING_BODY_NOUNS = frozenset(
    """cabinet board council committee caucus commission parliament assembly senate congress
    politburo""".split()  # noqa: SIM905
)
# Verbs and phrasal verbs that put a meeting off to a later day rather than call it off.
POSTPONE_VERBS = frozenset({"postpone", "delay", "defer", "reschedule"})
PHRASAL_POSTPONE = frozenset({("put", "off"), ("push", "back"), ("move", "back"), ("hold", "off")})
# Phrasal verbs that call a meeting off: "called off talks with X", "broke off negotiations with Y".
PHRASAL_CANCEL = frozenset({("call", "off"), ("break", "off")})
# Last words of a facility's name: "visited the Response Coordination Center" tours a building, meets no one.
FACILITY_WORDS = frozenset(
    """center centre headquarters plant factory site facility facilities hospital school base museum
    memorial laboratory lab port airport station warehouse mine clinic campus camp temple mosque cathedral
    shrine monastery synagogue project projects""".split()  # noqa: SIM905
)
# Offices a government's own readout means by "the President" with no name ("the President's trip").
HOME_OFFICES = frozenset({"president", "vice president", "prime minister", "chancellor", "secretary"})
# Words that make an office another one: "Vice President", "Deputy Secretary", "former President".
# ("the secretary" is no press secretary: "Pentagon Press Secretary George Little … the secretary will
# travel to China" is the Secretary of Defense)
OTHER_OFFICE_WORDS = frozenset({"vice", "deputy", "former", "acting", "assistant", "press"})
# Prepositions that take "with" to name who acts with the subject: "Deese, along with Director Fazili,
# convened ..." makes Fazili a co-host, on the subject's side of the meeting.
ACCOMPANYING_PREPS = frozenset({"along", "together"})
# A span of time before now that a clause sums up several meetings over: "has convened providers,
# experts and advocates over the last three months", "recent meetings with ...".
PERIOD_NOUNS = frozenset({"day", "week", "month", "year"})
SPAN_WORDS = frozenset({"last", "past", "recent", "previous"})
# Nouns of a run of meetings whose "of" names them: "will host a series of listening sessions with
# key stakeholder groups" meets the groups; "had an extensive programme of bilateral meetings with
# counterparts from A, B and C" is those meetings; "held three days of talks with Zarif" is those talks.
SERIES_NOUNS = frozenset(
    {
        "series",
        "round",
        "rounds",
        "programme",
        "program",
        "slate",
        "string",
        "spate",
        "flurry",
        "raft",
        "range",
        "number",
        "host",
        # a stretch of time filled with them: "after holding three days of meetings with Zarif"
        "day",
        "days",
        "hours",
        "weeks",
    }
)
# Sittings a host holds for a body of people, who attend them: "convened a roundtable for Latino
# elected leaders", "hosted a listening session for tribal leaders".
SITTINGS_FOR_PEOPLE = frozenset({"roundtable", "session", "briefing", "convening", "forum", "discussion"})
# Nouns of one of several meetings: "held separate calls with A, B and C" is a call with each.
# ("bilateral talks with Hun Sen and his counterparts, Heng Samrin and Chea Sim": one-on-one, so one
# meeting with each)
SEPARATE_WORDS = frozenset({"separate", "individual", "bilateral"})
# Words that set a meeting on a trip ("traveled to Colombia and met with …", "During his visit, …",
# "concludes official visit to Vietnam"): a visitor's round of calls on a host's officials.
TRIP_CUES = r"\b(?:travel(?:l?ed|s|l?ing)?|trip|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|arriv(?:ed|es|al|ing))\b"
# Adverbs that set a second "with" party after the first in time: "met with the IMF, then with
# President Trump" is two meetings, one after the other.
SEQUENCE_WORDS = frozenset({"then", "later", "afterwards", "afterward", "subsequently"})
# Plural nouns for bodies of people one talks with: "spoke with the CARICOM leaders".
PEOPLE_BODIES = frozenset(
    """leaders allies partners officials ministers counterparts representatives delegations envoys
    heads governors mayors members negotiators lawmakers senators ceos executives""".split()  # noqa: SIM905
)
# Plural nouns for people met as a body, beyond offices and parties: "met with top financial
# regulators", "a roundtable with nurses", "convened state legislators".
MORE_PEOPLE_WORDS = frozenset(
    """regulators legislators manufacturers retailers employers educators teachers nurses doctors
    physicians providers researchers administrators operators landlords tenants dreamers judges
    attorneys sheriffs commissioners supporters advisors advisers ambassadors superintendents
    presidents chairs founders designers builders producers growers truckers drivers recipients
    survivors organizations organisations associations unions coalitions ranchers foresters fishermen
    fishers loggers miners managers attendants employees staffers pilots opponents rivals critics
    adversaries""".split()  # noqa: SIM905
)
# Singular heads of a body a title says someone met ("After Meeting with the Senate Democratic
# Caucus"); otherwise a titled body of people ends on a plural ("with Faith Leaders").
TITLED_BODY_HEADS = frozenset(
    {"caucus", "cabinet", "congress", "senate", "conference", "delegation", "council", "committee", "board"}
)
# Plural nouns for bodies that name no one in particular when nothing modifies them: "Organizations
# that participated included:" ("veteran and survivor organizations" is a body met).
BARE_BODY_NOUNS = frozenset({"organizations", "organisations", "associations", "unions", "coalitions"})
# Gatherings a host holds for guests a later list names: "hosted a second virtual convening".
GATHERING_NOUNS_HOSTED = frozenset(
    {"convening", "roundtable", "meeting", "summit", "forum", "conference", "session"}
)
# Verbs of arriving: "Bush has arrived in Israel" is a visit to the country arrived in.
ARRIVAL_VERBS = frozenset({"arrive", "land"})
# Nouns of an arrival: "upon her arrival in Germany" visits Germany, as "arrived in Germany" does.
ARRIVAL_NOUNS = frozenset({"arrival"})
# Markers of a clause a reporter's question takes as given: "When you meet with President Xi, will
# you tell him ...?" presumes the meeting the one answering will hold.
PRESUMED_CLAUSE_MARKS = frozenset({"when", "after", "before", "once", "while"})
# Verbs of a trip made for a named gathering: "is going to Germany for the Munich Security Conference"
# puts the traveller at the gathering, a meeting with it.
TRIP_FOR_VERBS = frozenset({"go", "travel", "head", "fly"})
# Verbs that take their subject somewhere: the subject's nationality is the traveller's, not the place's.
JOURNEY_VERBS = TRIP_FOR_VERBS | ARRIVAL_VERBS | frozenset({"visit", "come", "return"})
# Words that make an office one still to be taken up: "President-elect Lula", "Prime Minister-designate".
OFFICE_TO_BE_WORDS = frozenset({"elect", "designate"})
# Words of a role that the tagger runs into a name: "Elect Gustavo Petro", "Activist Nazanin Boniadi",
# "European Commission Frans Timmermans".
ROLE_PREFIX_WORDS = frozenset(
    """elect designate activist actress actor journalist author chairperson commission council
    ministry department coordinator gentleman counsel member politburo editor correspondent columnist
    commentator analyst prosecutor lawyer spokesman spokeswoman spokesperson""".split()  # noqa: SIM905
)
# Words a plural title puts after its noun: "attorneys general" met are not "attorneys".
POSTPOSED_TITLE_WORDS = frozenset({"general", "generals"})
# People who come from a place without acting for it: "state legislators from Missouri and Ohio" met
# are legislators, not the two states (officials and representatives from a country stand for it).
PEOPLE_FROM_PLACES = frozenset(
    """legislators lawmakers mayors governors students advocates activists attorneys""".split()  # noqa: SIM905
)
# Verbs a meeting noun takes its attendees with: "the meeting included: Prime Minister Ito, ...".
ATTENDEE_VERBS = frozenset({"include", "feature"})
# Words of a header that lists who attended: "Participants included:", "In attendance were:".
ATTENDANCE_WORDS = frozenset(
    """participants participant participated participating attendees attended attending attendance
    joining speakers panelists presenters""".split()  # noqa: SIM905
)
# Plural people a header lists: "State legislative leaders included:", "The lawmakers were:".
LISTED_PEOPLE_NOUNS = frozenset(
    """leaders legislators lawmakers governors mayors officials ceos executives advocates""".split()  # noqa: SIM905
)
# Title words that only qualify the office after them: "National" of "National Parents Union" ends no title.
QUALIFYING_TITLE_WORDS = frozenset(
    ["national", "foreign", "deputy", "acting", "vice", "under", "special", "first", "executive"]
)
# Words that make an office another office: "the Prime Minister of Turkey" is not the "Minister of
# Foreign Affairs for Turkey", nor "the Vice President of Kenya" its President.
OFFICE_QUALIFIERS = QUALIFYING_TITLE_WORDS | {
    "prime",
    "assistant",
    "finance",
    "defence",
    "defense",
    "interior",
}
# Lowercase words inside the name of a body: "Boone and Crockett Club", "Partnership for Central America".
BODY_NAME_LINKS = frozenset({"of", "the", "for", "and", "&", "on", "de", "du", "la", "del"})
# Words after a headline's body of people that end it: "with Faith Leaders on Housing".
HEADLINE_BODY_ENDS = frozenset({"on", "about", "regarding", "to", "in", "at", "for"})
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
# Verbs of a third party bringing two sides to the table: "Mbeki mediated talks between Mugabe and
# Tsvangirai", "Egypt brokered talks between Israel and Hamas": the mediator sat in the talks.
MEDIATING_VERBS = frozenset({"mediate", "broker", "facilitate", "chair", "moderate"})
# What two people sign together, which puts them at one table: "Mugabe and Tsvangirai signed a
# power-sharing deal", "the agreement was signed by A and B" ("signed the bill into law" alone is no
# meeting).
SIGNED_NOUNS = frozenset(
    """deal agreement accord treaty pact declaration memorandum communique communiqué charter
    protocol roadmap map framework arrangement convention""".split()  # noqa: SIM905
)
# A gathering or a host that brings people together: "The summit brought together Putin and Bush".
BRING_TOGETHER = frozenset({("bring", "together")})
# A switchboard connecting a caller: "was put through to the attorney" (the call is with whom one reaches).
PUT_THROUGH = frozenset({("put", "through"), ("connect", "through")})


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
        "chair",
        "lead",
        "facilitate",
        "moderate",
        "co-host",
        "cohost",
        "address",  # "addressed the World Food Summit": present at it
        "pay",  # "paid a state visit to King Charles III"
        "make",  # "made a trip to the region", "made a visit to Kyiv"
        "undertake",
        "open",  # "opened talks with the rebels"
        "enter",  # "entered into negotiations with Chile"
        "grant",  # "granted an audience to the judges"
        # a visit or talks brought to their end were held: "wrapped up a visit to Japan", "ended
        # talks with the rebels", "completed a two-day visit", "cut short his trip to Lima"
        "wrap",
        "end",
        "complete",
        "finish",
        "cut",
    }
)
# Holding verbs whose subject leads the meeting, its host: "chaired a meeting with the ministers",
# "facilitated a discussion with mayors".
HOSTING_HOLDERS = frozenset(
    {"host", "convene", "chair", "lead", "facilitate", "moderate", "co-host", "cohost", "grant"}
)
# Prepositions that set a clause in time against a meeting its subject had: "met the premier after a
# six-hour meeting with the commanders", "said during talks with Ruiz", "arrived ahead of talks with X".
MEETING_TIME_PREPS = frozenset({"after", "before", "during", "following", "since", "ahead"})
# Prepositions that list what the clause's subject did: "Thunberg has met world leaders, including
# meeting with Pope Francis" (the gerunds listed are the subject's own doings).
LISTING_PREPS = frozenset({"including"})
# Participles of time the parser attaches as prepositions: "Following talks with X, Y said" is set in
# Y's clause ("including", "regarding" name a topic, not a time).
TIME_PARTICIPLES = frozenset({"following"})
# How long a meeting ran ("after two days of talks with X") and which part of it frames the clause
# ("at the end of the talks", "on the sidelines of a meeting with X").
MEETING_SPAN_NOUNS = frozenset(
    {"hours", "days", "weeks", "months", "rounds", "round", "series", "day", "week"}
)
MEETING_FRAME_NOUNS = MEETING_SPAN_NOUNS | frozenset(
    {"end", "close", "conclusion", "sidelines", "margins", "margin", "course", "start", "beginning", "outset"}
)
# Countries no nationality word above names (the list of countries is the values of DEMONYMS and these):
# "visit Rwanda, Ghana, and Liberia", "has arrived in Benin".
MORE_COUNTRIES = frozenset(
    {
        # a country's other common names: "a visit to Britain", "arrived in South Korea"
        "United States of America",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Holland",
        "Burma",
        "Czechia",
        "Vatican",
        "Vatican City",
        "Holy See",
        "Benin",
        "Liberia",
        "Mali",
        "Niger",
        "Chad",
        "Cameroon",
        "Ivory Coast",
        "Togo",
        "Burkina Faso",
        "Guinea",
        "Equatorial Guinea",
        "Guinea-Bissau",
        "Cabo Verde",
        "Comoros",
        "Seychelles",
        "Mauritius",
        "Sierra Leone",
        "Gambia",
        "Mauritania",
        "Angola",
        "Zambia",
        "Malawi",
        "Mozambique",
        "Namibia",
        "Botswana",
        "South Africa",
        "Eritrea",
        "Djibouti",
        "Burundi",
        "South Sudan",
        "Gabon",
        "Madagascar",
        "Lesotho",
        "Eswatini",
        "Fiji",
        "New Zealand",
        "Papua New Guinea",
        "Solomon Islands",
        "Samoa",
        "Tonga",
        "Vanuatu",
        "Palau",
        "Micronesia",
        "Kazakhstan",
        "Uzbekistan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Mongolia",
        "Sri Lanka",
        "Myanmar",
        "Laos",
        "Bhutan",
        "Maldives",
        "Brunei",
        "Timor-Leste",
        "Iceland",
        "Luxembourg",
        "Slovenia",
        "Montenegro",
        "North Macedonia",
        "Cyprus",
        "Malta",
        "Ecuador",
        "Bolivia",
        "Paraguay",
        "Uruguay",
        "Guatemala",
        "Honduras",
        "El Salvador",
        "Nicaragua",
        "Costa Rica",
        "Panama",
        "Haiti",
        "Dominican Republic",
        "Jamaica",
        "Barbados",
        "Trinidad and Tobago",
        "Bahamas",
        "Belize",
        "Suriname",
    }
)
# Verbs a Title Case headline puts right after a name, which the tagger may run into it ("Secretary
# Perry Continues Engagement With European Allies", "Hagel Meets With New British Counterpart").
HEADLINE_VERBS = frozenset(
    """continues meets visits hosts holds says calls welcomes travels tours attends speaks talks urges
    announces signs joins leads highlights discusses delivers launches reaffirms concludes wraps begins
    opens addresses receives thanks congratulates marks stresses warns vows pledges arrives departs
    returns heads convenes chairs""".split()  # noqa: SIM905
)
# Days a present progressive may be under way in, not arranged ahead: "is meeting with business
# leaders today", "is visiting Idaho this week".
UNDER_WAY_WORDS = frozenset({"today", "tonight", "now", "week", "morning", "afternoon", "evening"})
# Gatherings a named body holds of its own, with no one else named at them: "The POWER Inquiry is
# holding a conference on Saturday", "NATO will hold a summit in Vilnius".
BODY_GATHERING_NOUNS = frozenset(
    {"conference", "summit", "forum", "congress", "convention", "assembly", "plenary"}
)
# Plural nouns for office-holders who gather as one named body ("APEC leaders will gather in Lima",
# "EU foreign ministers gathered in Brussels"), besides the title words; "protesters" serve no body.
GATHERED_PEOPLE_NOUNS = frozenset({"leader", "head", "official", "delegate", "lawmaker", "envoy", "diplomat"})
# Meals shared with someone named are meetings: "had dinner with Chancellor Hahn", "a working lunch
# with X", "hosted a dinner for X", "over dinner with X" ("had dinner with friends", "had lunch" and
# "a state dinner for 300 guests" meet no one in particular).
MEAL_NOUNS = frozenset(
    """dinner dinners lunch lunches luncheon luncheons breakfast breakfasts supper suppers
    brunch reception receptions banquet banquets""".split()  # noqa: SIM905
)
# Prepositions that put a clause at a meal its subject shared: "discussed trade over dinner with
# Chancellor Hahn", "said at a lunch with X".
MEAL_PREPS = frozenset({"over", "at", "during"})
# The forms of "dine" (the parser's lemma for "dined" is "din"): "dined with Chancellor Hahn".
DINING_FORMS = frozenset({"dine", "dines", "dined", "dining"})
# Nouns that are a meeting only with a "with" party: "his audience with Pope Francis" (not "the audience").
WITH_MEETING_NOUNS = frozenset({"audience"})
# Verbs by which one receives someone in audience, the receiver hosting: "the King granted an audience
# to the judges" (the "to" party is received).
AUDIENCE_GRANTING_VERBS = frozenset({"grant", "give"})
# A conversation is a meeting on its own only when it is one occasion someone owned or phoned: "In a
# telephone conversation with Sarkozy, Medvedev said", "during his conversation with President Xi"
# ("we're having conversations with Congress" is the ongoing business of a press room).
CONVERSATION_NOUNS = frozenset({"conversation"})
# Nouns that are a meeting only held with a "with" party: "had a long conversation with Kerr",
# "held a briefing with Members of Congress" (not "get into intelligence briefings with him").
HELD_WITH_NOUNS = WITH_MEETING_NOUNS | frozenset({"briefing", "briefings", "conversation"}) | MEAL_NOUNS
# Prepositions of what a meeting was about: "spoke today about the situation in Afghanistan".
TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
# Role words of one who speaks for a government, whose "we" is that government: "Press Secretary".
SPOKESPERSON_WORDS = frozenset({"press", "spokesperson", "spokesman", "spokeswoman"})
# Head nouns of a body's name that runs past them: "the National Association of Attorneys General".
BODY_HEAD_NOUNS = frozenset(
    """association conference council department office committee commission coalition circle
    partnership federation union league foundation institute alliance organization organisation
    bureau agency ministry board caucus network society fund chamber confederation congress assembly
    syndicate guild consortium secretariat authority""".split()  # noqa: SIM905
)
# Continents and world regions: a trip "to Africa" or "to the Middle East" has no host to meet.
WORLD_REGIONS = frozenset(
    {
        "africa",
        "europe",
        "asia",
        "oceania",
        "antarctica",
        "americas",
        "middle east",
        "latin america",
        "south america",
        "north america",
        "central america",
        "southeast asia",
        "east asia",
        "central asia",
        "south asia",
        "west africa",
        "east africa",
        "southern africa",
        "north africa",
        "sub-saharan africa",
        "eastern europe",
        "western europe",
        "central europe",
        "balkans",
        "caribbean",
        "pacific",
        "indo-pacific",
        "gulf",
        "sahel",
        "horn of africa",
    }
)
# Verbs whose object goes to do the errand of their infinitive: "sent Rice to visit Kenya" (Rice visits).
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "task", "assign", "depute", "deploy", "invite"})
# Determiners that make a noun phrase no one in particular: "the first time any US president has visited".
GENERIC_DETERMINERS = frozenset({"any", "every", "no", "each"})
# Who does something "a US President" or "any president" names no one in particular: "the fifth such
# visit by a US President".
INDEFINITE_DETERMINERS = GENERIC_DETERMINERS | frozenset({"a", "an"})
# Adverbs that put a meeting after the clause's time: "arrived ahead of talks with X" (planned).
AHEAD_WORDS = frozenset({"ahead"})
# A short span before a meeting, told as the eve of one to come: "hours before a state visit".
EVE_WORDS = frozenset({"hours", "minutes", "shortly", "moments"})
# Verbs of opening talks, read as the talks' adjective by the parser: "launching talks shortly after".
OPENING_VERBS = frozenset({"launch", "begin", "start", "open", "hold"})
# The press as an audience: "met the press with ten Senators" is a press appearance, no meeting.
PRESS_AUDIENCE_NOUNS = frozenset({"press", "media", "reporters", "journalists", "newsmen", "newsmedia"})
# Verbs of being at a gathering: "joined the leaders for the summit", "participated in the call".
PRESENCE_VERBS = frozenset({"join", "participate", "attend", "address"})  # "addressed the World Food Summit"
# A verb and its object that say the same as "participate": "took part in the G20 summit".
PARTAKING = frozenset({("take", "part")})
# Verbs of staying away from a gathering one was due at, with it as their object: "will skip the G20
# summit", "boycotted the conference" (the subject's place there is called off).
ABSENCE_VERBS = frozenset({"skip", "boycott", "miss"})
# Verbs and particles of pulling out of a gathering, with the preposition that names it: "pulled out of
# the summit", "withdrew (its delegation) from the talks".
WITHDRAWALS = frozenset({("pull", "out", "of"), ("drop", "out", "of"), ("withdraw", "", "from")})
# Meetings one is at, or stays away from, as a party among others: gatherings and rounds of talks
# (not "the deal", "the race", "the agreement": no one is met in them).
ATTENDED_NOUNS = frozenset(
    """summit summits conference conferences forum meeting meetings roundtable session assembly talks
    negotiations discussions consultations dialogue""".split()  # noqa: SIM905
)
# Verbs by which a third side brings about talks: "African Union-brokered peace talks", "talks mediated
# by Qatar" (the broker sits at the talks).
BROKERING_VERBS = frozenset({"broker", "mediate", "sponsor"})
# A party's envoys as a body: "a delegation led by X travelled to Tehran" (a delegation is sent to
# someone, so wherever it goes it visits), "will lead the delegation to the talks".
DELEGATION_NOUNS = frozenset({"delegation", "delegations"})
# Participles that, fronted, put the main clause's subject at a gathering: "Speaking at the climate
# summit, X said ..." ("Concluding her remarks at a special session of the board, X said" ends a
# speech told before, the session no new meeting).
FRONTED_PRESENCE_VERBS = frozenset({"speak", "talk", "address"})
# Verbs whose infinitive is a decision taken, not a threat or a thought: "decided to skip the summit"
# stays away; "threatened to pull out of the talks" has not yet.
DECIDING_VERBS = frozenset({"decide", "choose", "vote", "opt", "plan", "intend", "elect"})
# Verbs of leading a body of envoys: "will lead the Peruvian delegation to the talks in Geneva".
LEADING_VERBS = frozenset({"lead", "head"})
# Bodies one joins as a member, not people met: "had not joined any radical organisations", "joined the
# ranks of the protesters".
MEMBERSHIP_NOUNS = frozenset(
    """organisation organization group party army union movement militia club network force ranks team
    alliance coalition""".split()  # noqa: SIM905
)
# Verbs whose passive agent is whom the subject met: "Howard was met at a barbecue by Senator Eggleton".
GREETING_VERBS = frozenset({"meet", "receive", "welcome", "greet", "host"})
# Last words of a publication's name, never a person's: "PC World's recent analysis", "USA Today".
PUBLICATION_HEADS = frozenset(
    {"world", "weekly", "magazine", "today", "journal", "monthly", "gazette", "digest", "daily"}
)
# Nouns whose "on"/"of" names a topic, however it is capitalised: "a dialogue on Artificial
# Intelligence", "a state of Peace and Security" (no organisation).
TOPIC_HEADS = frozenset({"dialogue", "state", "field", "area", "subject", "topic", "issue", "matter"})
# Nouns of a speech made to a gathering: "In an address to the UN General Assembly, Chávez said".
SPEECH_NOUNS = frozenset({"address", "speech", "remarks"})
# Verbs that deliver a speech: "gave the opening address to the Forum".
DELIVERING_VERBS = frozenset({"give", "deliver", "make"})
# Verbs whose talking needs a phone to be a meeting ("spoke by phone with").
TALK_VERBS = frozenset({"speak", "talk"})
TOPIC_VERBS = frozenset({"discuss"})
# Nouns of a tie between parties: "discussed his relationship with Ames" is about the tie, not
# a talk with Ames.
RELATION_NOUNS = frozenset(
    """relationship relationships relations ties tie cooperation partnership partnerships dispute
    disputes conflict conflicts rift alliance meeting meetings talks call calls conversation
    conversations discussion discussions""".split()  # noqa: SIM905
)
# Things one receives that are no guest: "he received the nickname “Chemical Ali”", "received an
# award", "welcomed the invitation" (a "call" received stays a call).
RECEIVED_THINGS = frozenset(
    """nickname name title award prize honour honor medal degree sentence letter message invitation
    visa grant nomination""".split()  # noqa: SIM905
)
# Nouns of a collection whose "of" phrase names its members: "a group of mayors", "a number of
# his European counterparts".
# Nouns of a chance taken: "he had the opportunity to meet with X" met X.
# What an invitee does with an invitation (:data:`INVITATION_NOUNS`) to meet: "accepted an invitation
# to visit Lima" (a visit to come), "declined an invitation to meet Kerr" (called off).
ACCEPTING_VERBS = frozenset({"accept", "take"})
DECLINING_VERBS = frozenset({"decline", "reject", "refuse", "rebuff", "spurn", "snub"})
OPPORTUNITY_NOUNS = frozenset(
    {"opportunity", "chance", "occasion", "privilege", "honor", "honour", "pleasure"}
)
COLLECTION_NOUNS = frozenset({"group", "groups", "number", "range", "coalition"})
# Frequencies that make a meeting noun a habit, no meeting held: "We are having weekly governors' calls."
HABIT_MODIFIERS = frozenset(
    {"weekly", "daily", "monthly", "regular", "routine", "frequent", "biweekly", "nightly"}
)
# Adverbs that make a meeting verb tell a habit: "150,000 Chinese visit the UK yearly", "they meet
# regularly" (no one meeting).
HABIT_ADVERBS = frozenset(
    {"yearly", "annually", "regularly", "routinely", "frequently", "weekly", "daily", "monthly"}
)
# The kinds of "basis" a habit is told on: "speaks with Speaker Pelosi on a regular basis".
HABIT_BASIS_WORDS = frozenset(
    {"regular", "daily", "weekly", "monthly", "ongoing", "routine", "recurring", "consistent"}
)
# Verbs of commenting whose "on"/"about" phrase is a topic: "I'm not going to comment on any potential
# negotiations with Congress", "speculate about talks with Iran" name no meeting held.
COMMENT_VERBS = frozenset({"comment", "speculate", "elaborate", "weigh", "opine", "get", "go"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "teleconference", "call"})
# A call goes from its caller to whom it is made: "a phone call made by Trump to Zelensky", "made a
# call to the Prime Minister", "Ruiz's call to Vega"; the "to" of these nouns names the other party.
CALL_NOUNS = frozenset({"call", "calls", "phonecall"})
# Verbs of putting a call through, whose subject or agent is the caller: "made a call", "placed a call".
PLACING_VERBS = frozenset({"make", "place"})
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
# What a name with a possessive may head that is a day, not a person: "Valentine's Day", "St Patrick's Eve".
DAY_WORDS = frozenset({"day", "eve", "night", "week"})
# Singular nouns for the people who run a body, met as one side: "the airline's management",
# "Qantas senior management" ("meeting with his senior staff" is a principal's own office at work).
STAFF_NOUNS = frozenset({"management"})
# Kinds of office a bare surname's title may name: "Senator Johnson" is not "President Lyndon Baines
# Johnson" of the same text. Only these kinds are told apart; any other title joins the full name.
OFFICE_KINDS: dict[str, frozenset[str]] = {
    "legislator": frozenset(
        {"senator", "sen", "congressman", "congresswoman", "representative", "rep", "lawmaker", "mp"}
    ),
    "head": frozenset({"president", "king", "queen", "emperor", "premier", "chancellor", "pope"}),
    "governor": frozenset({"governor", "gov"}),
    "judge": frozenset({"justice", "judge"}),
    "officer": frozenset({"general", "gen", "admiral", "colonel", "col", "captain", "sergeant"}),
}
# Adjectives of being ready that offer a meeting without arranging one: "remains ready to meet with
# the DPRK", "is willing to meet Moon".
READINESS_WORDS = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})
# Prepositions that name who made a thing: "Remarks by Zimbabwe's President Robert Mugabe", "Letters
# from Jane Roe" (one word so followed is a thing, not a person).
MAKER_PREPS = frozenset({"by", "from"})
# Countries whose names are also given names: alone, such a word may be a person ("Chad said").
COUNTRY_GIVEN_NAMES = frozenset({"chad", "georgia", "jordan", "israel"})
# Adjectives that set a charge after a plural for people, the charge naming the body: "Ministers
# responsible for trade", "officials responsible for security".
CHARGE_ADJECTIVES = frozenset({"responsible"})
# Verbs of offering one's own act, with it as their infinitive: "Canada has offered to host APEC in
# 2029", "volunteered to mediate" put a meeting forward, nothing settled ("offered talks" is proposed).
OFFERING_VERBS = frozenset({"offer", "volunteer"})
# Passive participles that arrange an infinitive: "was meant to discuss", "is supposed to meet".
ARRANGED_PARTICIPLES = frozenset({"mean", "suppose"})
# Words a capitalised title may end in though they name no office alone: "Politburo Member".
MEMBER_WORDS = frozenset({"member"})
# Offices whose "of State" is the office's own name ("Secretary of State", "Minister of State"): a
# bare "State" or "Government" after any other title ("heads of State", "the President and CARICOM
# heads of State" parsed as "President … of State") names no state met.
OFFICES_OF_STATE = frozenset({"secretary", "secretaries", "minister", "ministers", "department", "council"})
# Verbs whose object, a meeting, is one put forward: "proposed a meeting between the President and
# CARICOM heads of State", "offered talks", "arranged a call", "announced a meeting with the RMT".
PROPOSING_VERBS = frozenset({"propose", "suggest", "offer", "arrange", "schedule", "request", "announce"})
REFUSE_VERBS = frozenset(
    {"decline", "refuse", "reject", "cancel", "postpone", "scrap", "call", "delay", "boycott", "skip", "fail"}
)
# Adjectives of not being able: "she will be unable to host the breakfast" calls it off.
UNABLE_WORDS = frozenset({"unable"})
# Verbs of going on as before: "the President will continue to meet with experts" is a habit, no meeting.
HABIT_VERBS = frozenset({"continue"})
CANCEL_VERBS = frozenset({"cancel", "scrap", "suspend", "boycott", "skip", "shelve", *POSTPONE_VERBS})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "should", "'d", "’d"})
# Verbs by which a meeting gets under way: "the negotiations could restart as early as November",
# "talks might resume next month" (a meeting that may begin is one to come).
RESTARTING_VERBS = frozenset(
    {"start", "restart", "begin", "resume", "open", "reopen", "convene", "reconvene"}
)
# Modals of possibility or advice that suppose words rather than report them: "you could say, “…”".
SUPPOSING_AUX = frozenset({"could", "might", "should", "can", "may"})
# Adverbs of a later time that make a modal tell the past: "he could later say, “…”" was said.
LATER_WORDS = frozenset({"later", "eventually", "afterwards", "afterward", "subsequently", "then"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "may"})
# Obligation and possibility: "must be resolved through negotiations", "can only be settled by talks".
MODAL_AUX = frozenset({"must", "should", "can", "ought", "need"})
# Verbs that ask for talks rather than report them: "urged both sides to negotiate", "called for talks".
APPEAL_VERBS = frozenset({"urge", "call", "press", "encourage", "ask", "appeal", "demand", "invite"})
# Nouns of intending whose "no" calls a meeting off: "has no intention of meeting", "no plans to meet".
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish"})
# Appeals that set a meeting up rather than ask for one: "has been invited to visit Canada", "invited
# the Prime Minister to meet him in Paris" (a meeting to come, like "an invitation to meet"), "invited
# Merkel to a meeting on 8 July"; as a participle on a meeting noun its object is the guests: "hosted a
# dinner meeting inviting African foreign ministers".
INVITING_VERBS = frozenset({"invite"})
# Verbs of asking that, with no one asked, seek the subject's own meeting: "asked to meet X".
REQUEST_VERBS = frozenset({"ask", "request"})
UNSURE_MARKS = frozenset({"if", "unless", "whether"})
# words whose "to say" complement is words not (yet) said: wished, asked or judged, never
# reported ("getting leaders to say “…”", "I want to be able to say “…”", "inappropriate to
# say “…”"); "went on / came out / took to Twitter to say" report, so they are not here
UNSAID_HEADS = frozenset(
    """
    want wish hope expect ask urge get need able like love prefer allow let encourage tell
    appropriate inappropriate fair safe hard easy unusual willing ready try refuse dare
    """.split()  # noqa: SIM905
)
BE_FORMS = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})
SOON_WORDS = frozenset({"tomorrow", "next", "later", "tonight", "soon"})
FUTURE_WORDS = frozenset({"tomorrow", "next", "upcoming", "planned", "proposed", "future", "forthcoming"})
# Words that date a meeting before the telling: "after their meeting in Washington last Tuesday".
PAST_WORDS = frozenset({"last", "yesterday", "earlier", "ago", "previous"})


# How a meeting verb relates its subject to its object: both meet, the subject visits, or hosts.
Direction = Literal["mutual", "visit", "host"]
# First-person words: "I" and "we" are the speaker of a transcript's turn; in a key quote in prose
# only the singular ones are surely the quote's speaker (a spokesperson's "we" is their side).
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "myself"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "ourselves"})
# A subject that is many people: a plural noun ("The leaders") or pronoun, which words in the first
# person singular never quote.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
# Familiar forms of given names, so that "Joe Biden" in a headline and "Joseph R. Biden, Jr." in the
# body stay one person while "Hillary Clinton" and "Bill Clinton" are two: familiar form -> full form.
GIVEN_NAME_FORMS = {
    "joe": "joseph",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "mick": "michael",
    "tony": "anthony",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "ted": "edward",
    "ed": "edward",
    "dick": "richard",
    "rick": "richard",
    "chuck": "charles",
    "charlie": "charles",
    "tom": "thomas",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "steve": "stephen",
    "jack": "john",
    "johnny": "john",
    "pat": "patrick",
    "peggy": "margaret",
    "maggie": "margaret",
    "kate": "katherine",
    "kathy": "kathleen",
    "sue": "susan",
    "chris": "christopher",
    "matt": "matthew",
    "andy": "andrew",
    "alex": "alexander",
    "ben": "benjamin",
    "sam": "samuel",
    "nick": "nicholas",
    "greg": "gregory",
    "jeff": "jeffrey",
    "larry": "lawrence",
    "jerry": "gerald",
    "ron": "ronald",
    "don": "donald",
    "hank": "henry",
    "harry": "henry",
    "fred": "frederick",
    "al": "albert",
    "vlad": "vladimir",
}

# The verbs whose object may be an envoy known by their state alone ("met the Chinese ambassador",
# "received Israel's envoy"), as a summons's object may ("summoned the German ambassador").
ENVOY_MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome", "call", "phone", "telephone"})
MEETING_VERBS: dict[str, Direction] = {
    "meet": "mutual",
    "visit": "visit",
    "host": "host",
    "receive": "host",
    "welcome": "host",
    "call": "mutual",
    "phone": "mutual",
    "telephone": "mutual",
    "ring": "mutual",  # "Vega rang Chancellor Hahn on Monday": a call, read as "call" is
    "contact": "mutual",  # "Bush contacted the leaders of Russia, China and Japan": a call
    "confer": "mutual",
    "speak": "mutual",
    "talk": "mutual",
    "negotiate": "mutual",
    "discuss": "mutual",  # "Together we discussed", "Blinken and Kuleba discussed": parties who talked
    "convene": "host",  # "convened Indo-Pacific leaders"; "the leaders convened in Oslo": mutual
    "consult": "mutual",  # "Netanyahu consulted cabinet ministers about a response"
    "gather": "mutual",  # "Shoukry and his Greek counterpart, Dendias, gathered in Cairo"
    "assemble": "mutual",  # "the envoys of Kenya and Uganda assembled in Arusha"
    "brief": "mutual",  # "he was briefed by CIA Director Hayden": only a named person briefed or briefing
    "summon": "host",  # "Silva summoned the German ambassador": only an envoy summoned
    "greet": "host",  # "Vega greeted Chancellor Hahn at the airport": only a named guest greeted
}
# The head nouns of a state's name that an "of" continues: "the former Yugoslav Republic of Macedonia".
STATE_NAME_HEADS = frozenset({"republic", "kingdom", "federation", "union", "emirates", "states"})
# Plural nouns for states that a count makes a reference back: "the leaders of the two countries spoke
# by telephone" after "Turkey and Greece had poor relations" are Turkey's and Greece's leaders.
STATE_NOUNS = frozenset({"countries", "nations", "states"})
# Plural nouns for people that a count makes a reference back: "the two leaders met", "both
# presidents spoke by phone", "a meeting between the two men".
COUNTED_PERSON_NOUNS = frozenset(
    """leaders presidents men women ministers premiers chancellors monarchs kings envoys
    diplomats officials secretaries chiefs counterparts negotiators generals commanders ambassadors
    governors mayors senators""".split()  # noqa: SIM905
)
# Words that count such a reference: "the two nations", "both countries", "the three states".
COUNTING_WORDS: dict[str, int] = {"two": 2, "three": 3, "four": 4, "both": 2}
# Prepositions after which such a reference names a meeting's sides: "the leaders of the two
# countries", "a summit between the two nations".
COUNTED_PARTY_PREPS = frozenset({"of", "between", "among"})
# Words that make a meeting the next one of the parties just told of: "they agreed to meet again in
# Crete", "the ministers agreed to a future meeting", "the two sides will hold another round".
REPEAT_WORDS = frozenset({"again", "another", "future", "next", "further", "follow-up", "new"})
# Verbs of coming together that are a meeting only with named parties as their subject and no object:
# "Shoukry and Dendias gathered in Cairo"; "protesters gathered outside", "they assembled" and
# "gathered evidence" meet no one.
GATHERING_VERBS = frozenset({"gather", "assemble"})
# Verbs that are a meeting only with a person or an office-holder as object: "consulted cabinet
# ministers"; "consulted the records" is not.
CALLING_IN_VERBS = frozenset({"consult"})
# Verbs of calling an envoy in, a meeting with the envoy: "Foreign Minister Silva summoned the German
# ambassador, Karl Weber"; "was summoned by officials to face questions", "summoned the courage" and
# "summoned witnesses" call in no envoy.
SUMMONING_VERBS = frozenset({"summon"})
# Who a government summons: an envoy, by the word or by a name it describes ("Karl Weber, the
# German ambassador"); "chargé" is the parser's token for "chargé d'affaires".
ENVOY_NOUNS = frozenset(
    """ambassador ambassadors envoy envoys diplomat diplomats chargé chargés charge consul consuls
    emissary emissaries nuncio attaché""".split()  # noqa: SIM905
)
# Verbs whose object is told to do the errand of their infinitive, still to come when told: "ordered
# foreign minister Amr to summon the Israeli ambassador" (Amr is to summon him).
ORDERING_VERBS = frozenset({"order", "instruct", "direct"})
# A handshake or a greeting between named people is their meeting: "shook hands with Chancellor
# Hahn", "an exchange of handshakes between A and B"; "shook hands with supporters" meets no one named.
SHAKING_HANDS = frozenset({("shake", "hands")})
# Verbs of exchanging, a meeting only with words or greetings exchanged between named parties.
EXCHANGING_VERBS = frozenset({"exchange"})
# The noun of an exchange whose "of" names what was exchanged: "an exchange of views between A and B".
EXCHANGE_NOUNS = frozenset({"exchange", "exchanges"})
HANDSHAKE_NOUNS = frozenset({"handshake", "handshakes"})
# Verbs of greeting a guest, a meeting with a named person or office-holder: "greeted Chancellor Hahn
# at the airport" ("greeted the crowd", "greeted the news" are none).
GREETING_GUEST_VERBS = frozenset({"greet"})
# What two sides exchange face to face (or by phone) when they meet: "A and B exchanged views on
# trade", "exchanged greetings with X" ("exchanged fire", "exchanged prisoners", "exchanged letters"
# are none).
EXCHANGED_WORDS = frozenset({"views", "opinions", "greetings", "pleasantries", "handshakes"})
# Verbs of briefing someone, a meeting only between named people: "Hayden briefed President Bush", "was
# briefed by Secretary Mayorkas" (not "briefed reporters", "was briefed on the storm").
BRIEFING_VERBS = frozenset({"brief"})

# Verbs that carry on a standing process rather than open an event: a meeting held "to continue the
# consultations between the United States and Israel" serves them ("to inaugurate the Dialogue",
# "to prepare the summit" name events of their own).
STANDING_PROCESS_VERBS = frozenset(
    {"continue", "advance", "deepen", "strengthen", "further", "sustain", "reinforce", "bolster", "maintain"}
)

# Verbs whose direct objects are the people met, so a list of titled names after the verb is the other
# side as a "with" list is: "Minister Duddridge met Chief of Staff to President Buhari, Professor Ibrahim
# Gambari, Senate President Ahmed Lawan, Foreign Minister Geoffrey Onyeama, ..." ("visit", "call" and
# "see" take places, names and things as well; "welcome" and "greet" in a speech greet the audience).
LISTED_OBJECT_VERBS = frozenset({"meet", "receive", "host"})
OBJECT_MEETING_VERBS = frozenset(
    {
        "meet",
        "host",
        "receive",
        "welcome",
        "call",
        "ring",
        "phone",
        "telephone",
        "contact",
        "visit",
        "see",
        "join",
        "convene",
        "consult",
        "brief",
        "bring",  # "brought together A and B" (only as that phrasal verb a trigger)
        "summon",
        "greet",
    }
)

# Nouns that stand for a party of people; with a nationality or organisation in
# front ("Taliban delegation") or after ("representatives from X") they are a participant.
GROUP_NOUNS = frozenset(
    [
        "delegation",
        "delegations",
        "representative",
        "representatives",
        "official",
        "officials",
        "team",
        "teams",
        "negotiator",
        "negotiators",
        "leader",
        "leaders",
        "counterpart",
        "counterparts",
        "interlocutor",
        "interlocutors",
        "diplomat",
        "diplomats",
        "envoy",
        "envoys",
        "member",
        "members",
        "government",
        "governments",
        "side",
        "sides",
        "minister",
        "ministers",
        "delegate",
        "delegates",
        "authorities",
        "party",
        "parties",
        "president",
        "presidents",
        "lawmakers",
        "legislators",
        "senators",
        "officers",
        "commanders",
        "rebels",
        "militants",
        "pirates",
        "kidnappers",
        "hijackers",
        "group",
        "groups",
        "foreign",
        "ministers",
    ]
)

# Verbs of a clause that gives a described person's name ("a student named Li Wei", "a man
# identified only as Ahmed"), and verbs that give it only with a noun for a name ("a protester
# using the pseudonym Katya", "a woman who gave her name as Maria").
GIVEN_NAME_VERBS = frozenset({"name", "call", "identify", "know"})
NAME_GIVING_VERBS = frozenset({"use", "give", "go", "provide"})
NAME_NOUNS = frozenset({"name", "pseudonym", "alias", "nickname", "surname"})
# Head nouns of a description that says a person, set off beside a name ("Maróth, the government
# commissioner", "Okafor, a spokeswoman for the ministry"): the name is a person's, whatever the
# recogniser labelled it.
PERSON_DESCRIPTION_HEADS = (
    PERSON_NOUNS
    | frozenset(GENDERED_WORDS)
    | frozenset(
        """
        commissioner chairman chairwoman chair spokesperson governor mayor premier chancellor judge
        justice prosecutor lawyer attorney professor researcher scientist economist activist campaigner
        founder owner editor journalist reporter correspondent author writer historian head deputy
        councillor councilor superintendent inspector detective bishop archbishop cardinal imam rabbi
        pastor priest monk nun prince princess king queen sheikh emir sultan mp mep politician
        colleague counterpart counsellor counselor
        """.split()  # noqa: SIM905
    )
)

# Singular nouns for the people at the head of a body, met as a group when an "of" names the body:
# "hosted the leadership of the Congressional Asian Pacific American Caucus".
COLLECTIVE_LEAD_NOUNS = frozenset({"leadership", "board", "executive", "membership"})
# Meeting nouns that name an occasion, not the body that meets: "convened the National Climate Task
# Force meeting" meets the Task Force ("the G7 Summit" is itself the party met).
OCCASION_NOUNS = frozenset({"meeting", "session", "call"})
# Verbs and nouns by which a named body sits on its own, no counterpart needed: "the IAEA is
# expected to meet", "the Security Council convened", "an emergency session of the Security Council".
SITTING_VERBS = frozenset({"meet", "convene", "reconvene"})
SITTING_NOUNS = frozenset({"meeting", "session", "sitting"})
# What makes a "session" one sitting rather than a term of sittings ("the lame duck session of
# Congress", "this legislative session"): "an emergency session", "a closed session".
ONE_SITTING_MODIFIERS = frozenset(
    """emergency special closed extraordinary urgent plenary open informal formal ministerial
    inaugural""".split()  # noqa: SIM905
)

# Singular nouns for a household of people: "met with Reed's family", "the Griner family" is a body
# of people met, when a name says whose.
FAMILY_NOUNS = frozenset({"family", "household"})
# What sets a full name off as a principal's relative: "his wife, the First Lady, Dr. Jill Biden", "his
# son Hunter Biden". The relative shares the family name, never the principal's office.
RELATIVE_NOUNS = frozenset(
    """wife husband spouse son daughter brother sister father mother widow widower grandson
    granddaughter nephew niece lady gentleman""".split()  # noqa: SIM905
)
# Plural words for people that are no office or party (those are TITLE_WORDS and GROUP_NOUNS),
# and endings of more: activists, civilians.
PEOPLE_WORDS = frozenset(
    """
    people citizens students workers farmers executives elders survivors families victims protesters
    protestors residents refugees veterans women men youths clerics scholars scientists experts
    mayors governors organizers advocates owners entrepreneurs stakeholders heads chiefs ceos
    allies partners forces troops servicemembers personnel professionals practitioners
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Modifiers that say how many or which, not who: "the other heads of government", "several envoys".
VAGUE_MODIFIERS = frozenset({"other", "several", "many", "various", "some", "all", "both", "few", "diverse"})
# Nouns that say only "human beings": "we're in talks with people" names no one until a modifier
# or an "of" phrase says which ("local people", "people of Gaza").
BARE_PEOPLE_NOUNS = frozenset({"people", "persons", "individuals", "folks", "others", "everyone"})


# --- open questions -------------------------------------------------------------------

# How an answer declines, defers or cannot answer, said in the first person at the
# answer's opening ("I'm not going to get ahead of the President", "we'll see", "I'd
# point you to the Department"). Regular-expression fragments, matched case-insensitively
# at a word boundary; the answer's first sentences are read, not the whole turn.
DEFLECTIONS: tuple[str, ...] = (
    # refusal
    r"(?:i|we)(?:['’]m| am|['’]re| are) not going to,? (?:(?:clearly|certainly|obviously|really|just),? )?"
    r"(?:get ahead|speculate|preview|comment|weigh in|"
    r"go (?:into|beyond|further)|get into|predict|negotiate|characteri[sz]e|read out|detail|lay out|provide|"
    r"outline|confirm|share|prejudge|be able to|speak (?:to|for|about)|build on|add to|get inside|"
    r"talk (?:about|of)|discuss|say (?:beyond|more|anything|whether|what|how|when|who|which)|"
    r"make (?:a|an|any) (?:\w+ )?(?:prediction|assessment|judgment|determination|calculation))",
    # "I don't think we're going to make an assessment of that from here."
    r"(?:i|we) (?:don['’]t|do not) think (?:i|we)(?:['’]re| are|['’]m| am) going to (?:make|get into|"
    r"go into|speculate|preview|comment|weigh in|get ahead)",
    r"(?:i|we) (?:won['’]t|will not|wouldn['’]t|would not) (?:get ahead|speculate|preview|comment|"
    r"weigh in|go into|get into|predict|prejudge|speak (?:to|for|about)|characteri[sz]e|detail)",
    r"(?:i|we) (?:won['’]t|will not)(?= *[.!]| *$)",
    r"(?:i|we) (?:don['’]t|do not) want to (?:get ahead|speculate|preview|comment|prejudge|predict|"
    r"go (?:into|beyond)|get into|speak (?:to|for)|talk (?:about|of)|discuss)",
    r"(?:i|we) (?:can['’]t|cannot|can not|couldn['’]t) (?:make (?:that|a|any) commitment|speak (?:to|for)|"
    r"get into|go into|get ahead|"
    r"confirm|comment|detail|preview|predict|say|tell you|give you|provide|outline|read out|speculate|"
    r"get inside|characteri[sz]e|share|make (?:a|an|any) (?:\w+ )?(?:prediction|assessment|judgment))",
    r"(?:i|we)(?:['’]m| am|['’]re| are) not (?:yet )?(?:in a position|able)(?: yet)? to",
    # "that's not something I'm going to get into", not "not something we're calling for" (an answer)
    r"not (?:something|anything) (?:that )?(?:i|we)(?:['’]m| am|['’]re| are| can| will| would)"
    r"(?: not)?(?: going to| able to| prepared to)? (?:get into|go into|comment|speak|discuss|preview|"
    r"confirm|share|detail|get ahead|weigh in|read out)",
    # ignorance, nothing to offer
    r"(?:i|we) (?:don['’]t|do not) (?:have|know of) "
    r"(?:anything|any(?: \w+)? (?:update|news|details?|"
    r"information|announcements?|assessment|prediction|timeline|numbers?|figures?|estimates?|confirmation|"
    r"readout|comment|reaction|plans?)|any (?:additional|further|more|new|other) |"
    r"an? (?:\w+ )?(?:update|assessment|"
    r"prediction|timeline|answer|decision|number|figure|estimate|date|readout|comment|reaction|detail)|"
    r"more|additional|further|much (?:more )?(?:on|to)|a (?:new|specific|particular))",
    r"(?:i|we) (?:don['’]t|do not) think (?:i|we) (?:have|can) (?:a|an|any|anything) ",
    r"(?:i|we) (?:have|has) (?:nothing|no (?:\w+ )?(?:update|news|details|information|announcement|"
    r"decision|assessment|timeline|number|estimate|readout|comment))",
    r"(?:i|we) (?:don['’]t|do not) know(?:\.|,| yet| at this point| whether| if| that| when| what| how)",
    r"(?:i|we)(?:['’]m| am|['’]re| are) not aware",
    # "I'm not sure." / "not sure yet" / "not sure whether": not "I'm not sure I understand"
    r"(?:i|we)(?:['’]m| am|['’]re| are) not (?:sure|certain)(?:[.,]| yet| whether| if| when| at this)",
    # "I haven't seen those reports", not "we haven't seen any reoccurring symptoms" (an answer)
    r"(?:i|we) (?:haven['’]t|have not) (?:seen|read) (?:that|those|the|this|it|them|any|his|her|their) "
    r"(?:\w+ )?(?:reports?|reporting|comments?|statements?|remarks?|story|stories|letter|interview|tweets?|"
    r"video|footage|poll|piece|article)\b",
    # "I haven't talked to him about that", not "I have not spoken to him yet" (an answer: not yet)
    r"(?:i|we) (?:haven['’]t|have not) (?:had a chance|dug into|looked into|"
    r"(?:talked|spoken) (?:to|with) (?:\w+ ){1,3}about)",
    # "I'd have to look more closely", "I will have to talk to Brian Deese about our exact reaction"
    r"(?:i|we)(?: would|['’]d| will|['’]ll) (?:have to|need to) (?:check|look|get back|talk to|ask)",
    # "I have no meetings to report", "I don't have any trips to preview at this point": nothing of
    # the kind asked about is on the schedule the speaker may give
    r"(?:i|we) (?:have|['’]ve got) no (?:\w+ ){1,2}to (?:report|preview|announce|read out|share|outline)\b",
    r"(?:i|we) (?:don['’]t|do not) have any (?:\w+ ){1,2}to (?:report|preview|announce|read out|share|"
    r"outline)\b",
    # "I think that's a decision that would be made by FDA": someone else will decide
    r"(?:that|it)(?:['’]s| is| would be| will be) (?:a|the) decision (?:that )?(?:would|will) be made by\b",
    r"(?:that|it) (?:would|will) be (?:a|the) decision (?:made |taken )?by\b",
    # "I'll check", and the offer "I can follow up with you after the briefing": the answer is to come
    r"(?:i|we)(?:['’]ll| will| can) (?:check|get back to you|follow up|take a look|look into)",
    r"(?:i|we)(?:['’]m| am|['’]re| are) (?:happy|glad) to (?:check|follow up|get back)",
    r"let me (?:check|look into|get back|see if|defer)",
    # "I don't want to steal any thunder from my colleague": a colleague will answer later
    r"(?:i|we) (?:don['’]t|do not) want to steal (?:any |the )?(?:\w+ )?thunder",
    # deferral
    # "We'll see.", "you'll see whether ...": not "You'll see the President sign it Friday" (an answer)
    r"(?:we|you)(?:['’]ll| will) (?:see(?=\s*(?:[.,;!?—–-]|$|(?:whether|if|how|what|when|where|who|about|"
    r"soon|in the coming|over the coming|tomorrow|today|tonight|next|later|then|once|after)\b))|"
    r"have to see|have to wait)",
    r"(?:i|we)(?:['’]d| would| will|['’]ll)? (?:point|refer|direct|send) you",
    # "I would have you speak with them about more specifics": the asker is sent to someone else
    r"(?:i|we)(?:['’]d| would| will|['’]ll) (?:have|let) you (?:speak|talk|check|ask)",
    # the offer to find out later: "But I will see if there's more we can report out to you."
    r"(?:i|we)(?:['’]ll| will| can| could) see if (?:there['’]s|there is|there are|we can|i can)",
    r"(?:i|we)(?:['’]d| would) (?:have to )?(?:leave (?:that|it)|defer)",
    # "We'll leave that to the professionals.": handed to those who may judge
    r"(?:i|we)(?:['’]ll| will) leave (?:that|it|this|those) (?:to|up to|for)\b",
    # "It's not for us to take a stand on that.", "It's really hard to tell.": not the speaker's to
    # say, or not yet knowable
    r"(?:it|that)(?:['’]s| is) not (?:for|up to) (?:me|us) to (?:say|decide|judge|take|comment|speculate|"
    r"weigh|determine|predict)",
    r"(?:it|that)(?:['’]s| is) (?:very |too |really |just )?(?:hard|difficult|impossible) to "
    r"(?:tell|say|know|predict|judge)\b",
    # "Without getting into specific details, we have been in touch.": the specifics asked are withheld
    r"without (?:getting|going) (?:into|ahead of)\b",
    # "we will leave that to him and his family to speak to": up to six words name who will speak
    r"(?:i|we)(?:['’]ll| will| would|['’]d) (?:let|leave) (?:\w+ ){0,6}(?:speak|to speak|announce|decide)",
    r"(?:i|we)(?:['’]ll| will) have more "
    r"(?:to say|to share|to talk|to discuss|for you|on that|information|details)",
    r"(?:that|it)(?:['’]s| is| would be) (?:a question (?:for|better)|(?:too )?(?:early|premature)|"
    r"(?:better )?directed)",
    r"(?:no|not a) (?:final )?decisions? (?:(?:has|have) (?:yet )?been|was|were|is|are) "
    r"(?:yet )?(?:made|reached|taken)",
    r"(?:i|we) (?:haven['’]t|have not|hasn['’]t|has not) (?:made|reached) (?:a|any|the|that) "
    r"(?:\w+ )?decision",
    r"stay tuned",
    # "We can talk about this another time.": put off, not answered
    r"(?:i|we) can (?:talk about|discuss|get into|come back to|take) (?:this|that|it) (?:another time|later|"
    r"offline|another day|separately)",
    # "I don't have the specific timeline for you": the detail asked for is not at hand
    r"(?:i|we) (?:don['’]t|do not) have (?:the|that) (?:specific |exact |precise |final |full )?"
    r"(?:timeline|number|numbers|figure|figures|date|details|specifics|breakdown|list|data)\b",
    r"(?:i|we)(?:['’]m| am|['’]re| are) going to (?:have to )?"
    r"(?:let|leave|refer|point|reiterate|defer)",
    r"let (?:the|that|it|them) (?:\w+ ){0,2}(?:speak|play out|stand)",
    r"(?:there(?:['’]s| is)|i have|we have) nothing (?:more|further|else|new)",
    r"nothing (?:more|further|else) (?:that )?(?:i|we) (?:can|could)",
    r"nothing (?:\w+ ){0,3}beyond what",
    r"nothing has changed (?:about|from|in|since) what (?:i|we)",
    r"(?:i|we)(?:['’]m| am|['’]re| are) not able to",
    r"(?:that|this|it)(?:['’]s| is| will be| would be) (?:a decision )?(?:for|up to) "
    r"(?:them|the \w+|him|her)\b",
    r"(?:i|we)(?: would|['’]d| will|['’]ll) have to ask",
    r"(?:i|we) (?:don['’]t|do not) (?:normally|typically|usually|generally) "
    r"(?:respond|comment|speak|get into)",
    r"(?:i|we) can check",
    # referral to those concerned: "They can speak to that themselves."
    r"(?:they|he|she) (?:can|could|will|would) (?:speak to|speak for|answer) "
    r"(?:that|this|it|their|his|her)\b",
    # a refusal broken off: "I'm not going to — I'm not going to — I've been asked this before."
    r"(?:i|we)(?:['’]m| am|['’]re| are) not going to\s*(?:—|–|--)",
    r"(?:get|getting) ahead of (?:the|any|what|where|a|that|him|her|them)",
)
# Words a speaker sets off inside a deflection ("I'm just not going to ...", "we will, of course,
# leave that to him"): dropped before the constructions above are matched.
ANSWER_FILLERS = (
    r",? (?:you know|of course|again|obviously|frankly|honestly|certainly|really|just|simply|actually|"
    r"also|still|unfortunately|i think|as i said|at this point|candidly)\b,?"
)
# Fronted topics that may lead a deflecting sentence: "In terms of the size, I don't have a
# number", "As for the timing, we'll see", "Beyond that, I'm not going to speculate".
TOPIC_LEADS = (
    r"(?:in terms of|as for|as to|as far as|on|regarding|with regard to|with respect to|when it comes to|"
    r"beyond|other than|aside from|for|about|as it relates to|out of|given|because of|in order to)\b"
)
# Sentences that open an answer without answering: "It's a great question.", "Thanks for
# the question." (no substance, so a deflection after them still opens the answer).
PHATIC_ANSWER_OPENERS = (
    r"^(?:well,? |and |so )?(?:it['’]s|that['’]s|this is) (?:a |an )?(?:great|good|fair|important|"
    r"interesting|tough|hard|legitimate|very good|really good) question"
    r"|^thanks? (?:you )?for (?:the|your|that) question"
)
# Sentences that pass the floor on, closing an answer without adding to it: "I'll go to Kristen
# and then Jacqui, and then I'll go to the back." (a deflection before them still closes the answer).
TURN_HANDOFFS = (
    r"^(?:(?:and|so|okay|ok|all right)[, ]+)?(?:i['’]ll|i will|let me) (?:go|come) (?:back )?to "
    r"(?:\w+ )?(?:and then|the back|the front|the phones?|the middle)\b"
)
# A question back that asks what was asked ("You mean for people who have paid off their loans?",
# "Are you asking about the second tranche?", "You're talking about the envoy, or someone else?"):
# the answer is the next turn, however long the question back runs.
CLARIFYING_QUESTIONS = (
    r"^\W*(?:(?:so|and|sorry|oh|well)[,\s]+)*(?:you mean|do you mean|you['’]re (?:asking|talking|referring)|"
    r"are you (?:asking|talking|referring)|you are (?:asking|talking|referring)|in terms of|as in)\b"
)
# A no, or a yes with its clause, answers a yes/no question outright ("No.", "Yes, he will.",
# "It wasn't.", "He did."); a bare "Yes." or "Yeah." is as often "go ahead" and is not one.
DIRECT_ANSWERS = (
    r"^(?:no|nope|absolutely not|not at all)[.!]$"
    r"|^(?:(?:no|yes|yeah|yep|correct|absolutely),? )?(?:it|he|she|they|that|we|i)"
    r"(?:['’](?:s|m|re)| is| am| are| was| were| did| does| do| will| would| has| have| can)"
    r"(?:n['’]t| not)?[.!]$"
)
# A no with its negated clause answers a yes/no question outright even when the sentence goes on
# to defer a detail ("No, I'm not suggesting that — that's up to the Ukrainians."); "No, I'm not
# going to get into that" is a refusal and is left to the deflections.
NO_WITH_CLAUSE = (
    r"^(?:no|nope),? (?:i|we|he|she|they|it|that)(?:['’]m|['’]re|['’]s| am| are| is| was| were| do| did|"
    r" does| have| has)? ?(?:not|n['’]t)\b(?! (?:going|able|in a position|prepared|aware|sure|certain)\b)"
)
# What looks like a deflection and is not: "I don't have anything at the top" opens a
# briefing (no announcements), it answers nobody.
# "I don't know that I'd call it that", "I don't know if people would consider it half of
# it": a polite disagreement, which answers.
# "I don't know that he looked at it that way", "I don't know that it's a fair comparison": a
# hedge over a clause, which answers ("We don't know that right now." still does not know).
# "Because it's up to the Hill": a reason answers a why. "I don't know if you are on mute": the line.
NOT_DEFLECTIONS = (
    r"\bat the top\b|\bdon['’]t know (?:if|that) (?:i|we|people|anyone|everyone|you)(?:['’]d| would| could)\b"
    r"|\bdon['’]t know that (?:he|she|they|it['’]s|i|we|you|the|this is|there|anyone|anybody|people)\b"
    r"|^\W*because\b|\bon mute\b"
    # "I'd point you to the fact that we sent 600 Stingers", "I'd refer back to what I said": the
    # referral states the answer or points to one already given
    r"|\b(?:point|refer) (?:you )?(?:back )?to the fact\b|\brefer (?:you )?back to\b"
    # "I don't know if it's 'Fee-fa' or 'FIFA'": unsure what to call a thing, not of the answer
    r"|\bdon['’]t know (?:if|whether) (?:it['’]s|it is|they['’]re|you say) [“\"‘']"
)
# An answer that opens by affirming ("Absolutely.", "Of course.") and goes on with substance has
# answered, whatever it declines after.
AFFIRMATIONS = r"^(?:oh,? |well,? )?(?:absolutely|of course|certainly|definitely|sure thing)[.!]$"
# A sign-off closes the briefing, not the answer: "Thanks, everybody.", "Thank you so much, all.",
# "See you tomorrow." are no substance (a deflection before them still closes the answer).
SIGN_OFFS = (
    r"^(?:(?:okay|ok|all right|alright|well)[,\s]+)?(?:thanks?|thank you|see you)\b[^.?!]{0,40}[.!]?$"
    r"|^(?:(?:okay|ok|all right|alright|and)[,\s]+)?(?:i|we)(?:['’]ll| will) see (?:you|everybody|everyone)"
    r"(?: all| guys)? (?:tomorrow|next|later|soon|then|on|in)\b[^.?!]{0,30}[.!]?$"
    r"|^(?:(?:okay|ok|all right|and)[,\s]+)?have a (?:good|great|nice|wonderful) "
    r"(?:day|weekend|evening|night|one)\b"
)
# Declining what goes beyond what someone has said ("I have nothing beyond what the Secretary
# said this morning"): a deflection when nothing follows, but with substance after it the answer
# gives what there is.
BEYOND_WHAT_WAS_SAID = r"\bbeyond what (?:\w+ ){1,4}(?:said|has said|have said|outlined|announced|laid out)\b"
# A closing deflection that declines only what goes beyond the answer just given ("But beyond
# that, I don't have any prediction", "I don't have anything to preview beyond that"): the
# answer answered, and the question is closed.
BEYOND_THE_ANSWER = (
    r"\b(?:beyond|other than|aside from|apart from|outside of|more than|further than) "
    r"(?:that|this|those|what i(?:['’]ve| have)? (?:said|outlined|shared|noted|laid out))\b"
)

# Rhetorical questions that assert rather than ask ("Who could argue with that?", "How can
# anyone say that?", "Why would anybody do this?", "Can you imagine?", "Can you believe it?").
RHETORICAL_ASSERTIONS: tuple[str, ...] = (
    r"^(?:and |but |so |now )?(?:who|what|how|why) (?:could|would|can|will|should)(?:n['’]t)? "
    r"(?:\w+ )?(?:anybody|anyone|anything|one|possibly|ever|argue|object|blame|want|think|believe|"
    r"imagine|disagree|say no)",
    r"^(?:and |but |so )?can you (?:imagine|believe)",
    r"^(?:and |but |so )?(?:isn['’]t|wasn['’]t|aren['’]t|doesn['’]t|don['’]t|didn['’]t) (?:it|that|this)"
    r" (?:great|wonderful|amazing|incredible|nice|terrible|sad|something)",
    r"^(?:and |but |so )?what(?:['’]s| is) (?:not to like|wrong with that)",
    r"^(?:and |but |so )?who (?:cares|knows)\b",
    # no other is thinkable: "What other motive could there be?", "What else could it be?"
    r"^(?:and |but |so )?(?:what|who|which)(?: \w+)? (?:other|else)\b[^?]*\b(?:could|would|can|might) "
    r"(?:there|it|that) (?:possibly |really )?be\W*$",
    # a challenge that says there is no reason: "so why should the bishops be exempt?", "Why should
    # taxpayers foot the bill?" (also after a clause of its own: "We have said it for years, so why …")
    r"(?:^|[,;]\s*(?:so|but|and|then)\s+)(?:and |but |so )?why should\b",
    # a reproach put to someone: "How can you do this despite the United Nations?", "What are you
    # doing?" ("How can you assure families …?" asks for an answer)
    r"^(?:and |but |so )?how (?:can|could|dare) you\b(?! (?:assure|guarantee|promise|tell|explain|ensure)\b)",
    r"^(?:and |but |so )?what (?:are|were) you doing\W*$",
    # a challenge that sets one thing against another: "How can we rule that polygamy is illegal when
    # you say that homosexual marriage is legal?"
    r"^(?:and |but |so )?how (?:can|could) (?:we|they|anyone|one|people)\b[^?]*\bwhen\b",
    # a challenge from a supposition: "But if we take biblical standards away, what about the other?",
    # or one listed on ("And what about X and ultimately what about Y?")
    r"^(?:and |but |so )?if\b[^?]*,\s*(?:then\s+)?what about\b",
    r"\bwhat about\b[^?]*\bwhat about\b",
)
# Rhetorical questions a speaker quoted in prose puts to make a point, not to be answered (a
# transcript's questions are weighed by the exchange instead): "How can Delhi sleep today when …?",
# "If the election goes ahead, how can I negotiate with him?" (ability denied); "Have we become so
# insensitive?", "Do we have a king in this country?" (a speaker's own side asked); "Why is it that the
# killings continued?", "What is it about polygamy that's different?" (a cleft that accuses); "The
# killings go on, so what has the commission accomplished?" (a conclusion drawn as a question).
QUOTED_RHETORIC: tuple[str, ...] = (
    # ("How can the ministry explain the missing funds?" asks for an account: open)
    r"(?:^|,\s*)(?:and |but |so |then |or )?how (?:can|could) (?!you\b)(?!we help\b)"
    r"(?!(?:[\w’'-]+ ){1,3}(?:explain|justify|account|guarantee|assure|ensure|prove)\b)",
    r"^(?:and |but |so |or )?(?:have|do|did|are|were|should|shall) we\b",
    r"^(?:and |but |so )?(?:why|what|how) is it (?:that|about)\b",
    r"[,;]\s*so (?:what|why|how|who)\b",
    # "If Russia is really helping us, why would anybody have sanctions?": no one would, he asserts
    # ("Why would a journalist be involved with a terrorist organization?": a generic someone, as well)
    r"(?:^|,\s*)(?:and |but |so |then )?why would (?:anybody|anyone|somebody|someone|we|i|an? \w+)\b",
    # "Who could argue with that?", "Who would have thought it?": no one, the speaker asserts
    r"^(?:and |but |so )?who (?:could|would|can) (?:argue|disagree|blame|deny|object|"
    r"have (?:thought|imagined|believed|guessed))\b",
)
# What a quoted question is when the words before it name it or answer with it: 'voted for the
# proposition "Should Scotland be …?"', 'an abbreviation of either "Wukan" or "What is going on?"' (a
# wording shown, not asked), 'the Chief Justice retorted "You want to create obstacles?"' (a retort
# is a reply that makes a point, not a question left open).
QUESTION_SHOWN_BEFORE = (
    r"(?:\b(?:proposition|slogan|motto|title|headline|tag|hashtag|phrase|wording|banner|sign|"
    r"caption|abbreviation|acronym)\s*(?:of\s+|reads?\s+|read\s+|was\s+|is\s+)?(?:either\s+)?[:,]?"
    r"|[”\"]\s+or|\b(?:retorted|retorts|scoffed|quipped|snapped|shot back))\s*$"
)
# A thought recalled in one's own words, after its verb: "And I thought, 'Oh God, what have I done
# now?'", "Last September I was asking, what would be the most inspiring thing?" tell what the speaker
# once asked, not a question left open.
RECALLED_THOUGHT = (
    r"\b(?:i|we)\s+(?:just\s+)?(?:thought|wondered|said\s+to\s+(?:myself|ourselves)|asked\s+(?:myself|ourselves)|"
    r"remember\s+thinking|(?:was|were)\s+asking)(?:\s*[,:]?\s*[“\"‘'][^”\"’]*|\s*[,:]\s*[^”\"’.!?]*)$"
)
# The modal verbs a question and its own answer share: "What would they say? They would say ...".
ECHO_MODALS = frozenset({"would", "will", "could", "can", "should", "shall", "might"})
# A short sentence right after a question that answers it in the speaker's own voice ("And
# what did we get? Nothing."), hedged or not ("Are there those who have issues with it?
# Possibly. But …"): the question was a device, not a question left open.
SELF_ANSWERS: tuple[str, ...] = (
    r"^(?:nothing|none|no(?:body| one)?|zero|never|yes|of course(?: not)?|absolutely(?: not)?|"
    r"not at all|not (?:one|a thing|much)|certainly(?: not)?|exactly|the answer is|"
    r"possibly|perhaps|maybe|probably(?: not)?|definitely(?: not)?|surely|undoubtedly|no doubt)\b",
)
# An elliptical request for news is a whole question, though it has no verb: "Any update on the
# hostages?", "Any reaction to the ruling?", "Any word from the ministry on the talks?".
ELLIPTICAL_REQUESTS = (
    r"^\W*(?:(?:and|so|but|also|okay|then)[,\s]+)*any (?:(?:new|further|more|other)\s+)?"
    r"(?:update|updates|news|word|comment|reaction|response|readout|timeline|details|plans|thoughts|guidance)\s+(?:on|to|about|from|for|"
    r"regarding)\b"
)
# A question made only of these words says nothing by itself ("If not, why not?", "And?", "Why
# so?", "How come?"): it leans on the sentence before it, and after a question it is that
# question's tail, not a question of its own.
LEANING_QUESTION_WORDS = """
and or but so if not why how what when where who then else come really is that it this
can could you tell us me more anything say share give
"""
# An implicit cue with only these words beside it names no open point ("It remains to be
# seen.", "But that is unclear, I think.", "No decision has been made yet at this point."): a
# briefing line would not say what is open.
CUE_WITHOUT_POINT_WORDS = """
it that this those these and but so well i you we know think mean still though yet
at the time moment point stage now immediately internally again
"""
# The speaker announces the answer to his own question, however long it runs: "Why talk to
# people who will never agree with you? And the answer is that I'm their First Lady too."
ANSWER_ANNOUNCED = r"^(?:and |but |so |well,? )?(?:the|my|our) (?:answer|reason) (?:is|was)\b"
# Procedural and phatic questions that run an event ("Is this microphone on?", "Shall we
# take the next one?", "Who are you with?", "Would you like to say something?").
PROCEDURAL: tuple[str, ...] = (
    r"\b(?:microphone|mic|can you hear me|hear me okay|next (?:one|question)|last question|"
    r"one more question|who(?:['’]s| is| are) (?:next|you with)|who are you with|where are you from|"
    r"(?:would|do) you (?:like|want) to (?:say|add|speak|take)|do you have (?:one|a question|something)|"
    # an invitation to do something, not a question about the story: "Would you like to play a concert?"
    # ("Would you like to respond to the criticism?" asks for an answer)
    r"would you like to (?!(?:respond|comment|address|explain|clarify|elaborate|react|weigh|answer)\b)|"
    r"did you have (?:one|a question)|(?:shall|should|can|could) we (?:go|start|take|move)|"
    r"how are you|what do you think,? \w+\?|stop for interpretation|ready\?|everybody good|"
    r"(?:change|switch) (?:topics?|gears|subjects?))",
    # a call for more questions ("Anything else?", "Is there anything else for me?"), not a question
    # about the story that goes "beyond" what was said ("Is there anything else beyond that?")
    r"^\W*(?:\w+,\s*)?(?:(?:is there|do you have|did you have|got|any(?:body|one)? with)\s+)?anything else"
    r"(?:\s+(?:for me|from you|from anyone|from anybody|here))?\W*$",
    # asking leave to ask ("Can I ask about two things on the Hill?", "Can I follow on Ukraine?"),
    # not a question put with it ("Can I ask whether he will sign?")
    r"^(?:\w+,\s*)?(?:and |so )?(?:can|could|may) i (?:just |quickly )?(?:ask|follow)\b"
    r"(?![^?]*\b(?:whether|if|what|why|how|when|who|where|which)\b)",
)


# News prose says a point is open without a wh-word: a construction of uncertainty or of
# non-disclosure whose subject or object is the open point ("The cause of the fire is not yet
# known.", "No date has been set for the trial.", "Police have not released the names of the
# victims.", "The crash is under investigation.", "The court has yet to rule.", "The case is
# pending."). Regular-expression fragments matched case-insensitively at a word boundary in one
# sentence; the question reported is the sentence (:mod:`briefings.extract.open_points`).
# What is unknown, unclear, unconfirmed or undecided, said of a subject; "released", "set",
# "identified" only with a perfect or a "yet" ("The album was not released in Europe" is history).
OPEN_STATE = (
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+|as yet\s+|so far\s+)?"
    r"(?:not\s+(?:yet\s+|immediately\s+|officially\s+|publicly\s+|independently\s+|entirely\s+|"
    r"fully\s+|exactly\s+)?(?:known|clear|confirmed|determined|decided|established|verified|finali[sz]ed)"
    r"|not\s+yet\s+(?:set|released|disclosed|identified|announced|scheduled|prepared|ready|drafted|"
    r"completed?|approved|agreed|signed|made|taken|reached)"
    # a name withheld in public: "A weapon, which was not publicly identified, was found" (not one given
    # later: "was not publicly identified until Monday")
    r"|not\s+publicly\s+(?:identified|named|disclosed|released)(?!\s+until\b)"
    r"|unknown|unclear|undetermined|undecided|unconfirmed|unverified|unexplained|uncertain)\b"
    r"(?!\s+(?:for|as|to|by|about|of)\b)"
)
OPEN_PERFECT = (
    r"(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+|officially\s+|publicly\s+|independently\s+)?"
    r"been\s+(?:(?:independently|officially|publicly|formally|yet|conclusively|definitively|fully)\s+)?(?:confirmed|determined|decided|established|verified|set|released|disclosed|identified|"
    r"announced|scheduled|made public|finali[sz]ed|explained|published)"
    r"|(?:(?:has|have|had)\s+(?:still\s+)?yet|remains?|remained)\s+to\s+be\s+(?:confirmed|determined|decided|"
    r"established|verified|set|released|disclosed|identified|announced|scheduled|made public|finali[sz]ed|"
    r"explained|answered|resolved|settled|worked out|found|located|recovered|named|charged|paid|developed|"
    r"agreed|negotiated|ratified|approved|published)"
    # a step still owed before it holds: "The results still need to be ratified by the Emir."
    r"|(?:still\s+(?:needs?|has|have)\s+to|must\s+still)\s+be\s+(?:ratified|approved|signed|confirmed|"
    r"finali[sz]ed|agreed|passed|decided|certified)\b"
    # a claim nobody could check: "The claim could not be independently verified."
    r"|(?:could|can)(?:\s+not|not|n['’]t)\s+be\s+(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b"
)
# The one who knows has not said, or has yet to decide: an object names the open point ("did
# not give a reason", "have not released the names", "has failed to release the presidential
# results", "has withheld the results", "did not mention a date"), or "has yet to" governs deciding or
# saying.
NOT_DISCLOSED = (
    r"(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|would not|wouldn['’]t|"
    r"could not|couldn['’]t|declined to|refused to|will not|won['’]t|(?:has |have |had )?failed to)\s+"
    r"(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?(?:released?|disclosed?|revealed?|give|given|"
    r"provided?|named?|identif(?:y|ied)|confirmed?|specif(?:y|ied)|offered|offer|announced?|set|published?)\s+"
    r"(?:\w+\s+){0,3}?(?:names?|identit(?:y|ies)|reason|cause|details|results?|outcome|"
    r"motive|numbers?|figures?|timeline|timetable|date|amount|terms|explanation|nationalit(?:y|ies)|"
    r"whereabouts|suspects?|victims?|gunm[ae]n|attackers?|perpetrators?|culprits?|dead|deceased|information)\b"
    # "Mr. Kiir did not mention a date": someone else left it out (a speaker's own "we have not mentioned
    # a single name" is the press room's business)
    r"|(?<!\bwe )(?<!\bWe )(?<!\bI )(?:did not|didn['’]t)\s+mention\s+(?:\w+\s+){0,2}?(?:date|reason|names?|"
    r"details|timeline|timetable)\b"
    # "the electoral authority has withheld the results of the March 29 presidential election"
    r"|(?:has|have|had|is|are)\s+(?:still\s+)?withh(?:e|o)ld(?:ing)?\s+(?:\w+\s+){0,3}?(?:names?|identit(?:y|ies)|"
    r"results?|outcome|details|figures?|information|reason)\b"
    # "The statement specified no date or exact location.", "gave no reason"
    r"|(?:gave|give|gives|offered|provided|specified|named|disclosed|revealed|mentioned)\s+no\s+(?:\w+\s+)?"
    r"(?:reason|explanation|details|timeline|timetable|date|indication|figures?|cases|examples|evidence|proof|"
    r"specifics|names|location|place|time|cause|motive|amount)\b"
    # an answer owed and not given: "Vestas has given no comment to the press about the occupation."
    r"|(?<!\bi )(?<!\bwe )(?:has|have|had)\s+(?:yet\s+|so far\s+)?(?:given|made|offered|issued)\s+no\s+"
    r"(?:public\s+|official\s+|further\s+)?(?:comment|statement|response)\b"
    # still silent on a matter: "Cameron has not yet commented on the Vestas situation." (a perfect: the
    # comment is awaited; "did not comment on the report" tells a closed past event)
    r"|(?<!\bi )(?<!\bwe )(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:publicly\s+)?commented\s+"
    r"(?:on|about)\s+(?:the|a|an|his|her|their|its)\s"
    r"|(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+(?:decide|determine|set|announce|confirm|name|identify|"
    r"reveal|disclose|explain|say|rule|release|respond|comment)\b"
    # a name withheld: "Selek has also refused to identify to police rebels met in her research."
    r"|(?:declined|refused)\s+to\s+(?:name|identify|disclose|reveal)\b(?!\s+(?:it|that|this|himself|herself|themselves)\b)"
    # an unknown left unsaid: "The company has not announced who his successor will be."
    r"|(?:has not|hasn['’]t|have not|haven['’]t|had not|did not|didn['’]t)\s+"
    r"(?:yet\s+|publicly\s+|officially\s+)?(?:announced?|revealed?|disclosed?|decided?|confirmed?|"
    r"specif(?:y|ied)|indicated?|named?|concluded?|determined?|established?)\s+"
    r"(?:(?:at the time|so far|yet|publicly|immediately)\s+)?"
    r"(?:who|whom|whether|when|how|why|where|which|if)\b"
    # the same left unsaid in the passive: "it was not disclosed to the public whether the Justice
    # Department is conducting one"
    r"|(?:(?:was|were)\s+not|(?:has|have)\s+not\s+been)\s+(?:yet\s+)?(?:disclosed|revealed|"
    r"announced|made public|specified)\s+(?:to\s+the\s+(?:public|press|media)\s+)?"
    r"(?:who|whom|whether|when|how|why|where|which|if)\b"
    # still silent, the sentence ends there: "Trudeau's sons … have not yet commented."
    r"|(?<!\bi )(?<!\bwe )(?:has|have)\s+(?:still\s+)?not\s+yet\s+commented\s*[.;]"
    # the accused has not answered the charge: "The minister has not commented on the allegations."
    r"|(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|would not|wouldn['’]t|"
    r"could not|couldn['’]t|declined to|refused to)\s+(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:comment(?:ed)?|respond(?:ed)?)\s+(?:on|to)\s+(?!(?:it|that|this)\b)(?:[\w’'-]+\s+){0,4}?(?:allegations?|claims?|reports?|"
    r"accusations?|charges?)\b"
    # one who could tell declines to: "Carter's office has declined to comment on the closed meeting."
    r"|(?<!\bi )(?<!\bwe )(?:declined|refused)\s+to\s+(?:publicly\s+)?comment\s+(?:on|about)\s+"
    r"(?!(?:it|that|this|them|him|her)\b)(?:the|a|an|his|her|their|its|any|reports?|claims?)\b"
    # a thing owed left out: "He did not mention any specific amounts for the ransom."
    r"|(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t)\s+mention\s+any\s+"
    r"(?:specific\s+|particular\s+)?(?:amounts?|sums?|figures?|numbers?|names?|sanctions|dates?|details|"
    r"timeline|timetable|plans?|measures|terms|reasons?|evidence|steps)\b"
)
# Nothing decided, set, given or claimed: "No date has been set", "No decisions have been taken
# in that regard", "No group has yet claimed responsibility for the attacks", "failed to agree on a
# date", "set no date for", "at a date to be named later", "No one is saying how close …".
NOTHING_SETTLED = (
    r"no\s+(?:(?:final|firm|official|specific|exact|precise|new|formal|definitive|clear|full|complete|public)\s+)?"
    r"(?:date|decision|timeline|timetable|time ?frame|verdict|ruling|deadline|cause|motive|explanation|"
    r"reason|details)s?\s+(?:\w+\s+){0,4}?(?:(?:has|have|had|was|were|is|are)\s+"
    r"(?:yet\s+|so far\s+|as yet\s+|ever\s+)?(?:been\s+)?)?"
    r"(?:set|made|taken|reached|given|announced|determined|released|established|scheduled|fixed|offered|"
    r"disclosed|revealed|made public)\b(?!\s+(?:that|the|a|an|his|her|their|its)\b)"
    # nobody owns an act yet: "No group has yet claimed responsibility", "No organization immediately
    # claimed credit for the attack"
    r"|no\s+(?:one|groups?|organi[sz]ations?|party|parties|factions?|militant groups?|side)\s+"
    r"(?:(?:has|have|had)\s+|(?:was|were|is|are)\s+(?:yet\s+)?(?:reported|known|said|believed)\s+to\s+have\s+)?"
    r"(?:yet\s+|so far\s+|as yet\s+|immediately\s+|publicly\s+)?(?:claimed|admitted|accepted|taken)\s+"
    r"(?:responsibility|credit)\b"
    # a body that owes a decision has given none: "Wales have made no recommendation regarding face
    # coverings", "The board has reached no decision on the merger"
    r"|(?:has|have|had)\s+(?:yet\s+|so far\s+)?(?:made|reached|taken|issued|given)\s+no\s+"
    r"(?:(?:final|firm|formal|official|clear)\s+)?(?:decision|recommendation|ruling|determination)s?\s+"
    r"(?:on|about|regarding|over|concerning|as to|whether)\b"
    # "there hasn't been a definite date when analogue transmission will be cut off"
    r"|there\s+(?:has|have)(?:n['’]t|\s+not)\s+(?:yet\s+)?been\s+(?:a|any)\s+(?:definite\s+|firm\s+|set\s+|fixed\s+|"
    r"final\s+|specific\s+)?(?:date|decision|timeline|timetable|deadline)\b"
    # nobody chosen or charged yet: "Nobody has been appointed to take over running the trust."
    r"|(?:no one|nobody)\s+(?:has|have|had)\s+(?:yet\s+|so far\s+|as yet\s+)?been\s+(?:appointed|named|"
    r"chosen|selected|charged|arrested|identified|held responsible)\b"
    # how many is open: "rescuers were working to free an unknown number of others"
    r"|\ban?\s+(?:unknown|undetermined|unconfirmed)\s+number\s+of\b"
    # no timeline held: "So far, he said, he has no timeline for when the Osprey will be operational."
    r"|(?<!\bi )(?<!\bwe )(?:has|have|had|gave|offered)\s+no\s+(?:firm\s+|set\s+|clear\s+|fixed\s+)?"
    r"(?:timeline|timetable|date|time\s?frame|deadline)\s+(?:for|on)\b"
    # told only later: "Details of precise timings will be confirmed in due course."
    r"|\bwill\s+be\s+(?:confirmed|announced|released|set|decided|disclosed|determined|published|made\s+public)"
    r"\s+(?:in\s+due\s+course|at\s+a\s+later\s+(?:date|stage|time))\b"
    # neither side told: "Neither side gave details of the proposal."
    r"|neither\s+(?:side|party|government|country|leader|minister|official)\s+(?:gave|offered|provided|disclosed|"
    r"released|revealed)\s+(?:any\s+)?(?:details|information|figures|specifics|a\s+timeline|a\s+reason)\b"
    # the answer is not yet to be had: "It is too early to say whether the measures will work."
    r"|\b(?:is|was|it['’]s)\s+(?:still\s+)?(?:too|very)\s+(?:early|soon)\s+to\s+(?:say|tell|know|judge|determine)\b"
    # nobody has checked a claim: "there is no independent verification of the charges"
    r"|there\s+(?:is|was|has\s+been|have\s+been)\s+no\s+(?:independent\s+|official\s+|outside\s+)?"
    r"(?:verification|confirmation)\s+(?:of|for)\b"
    # "There was no immediate word on casualties", "There were no immediate details from the meeting":
    # nothing said yet about what the phrase names
    r"|no\s+immediate\s+(?:word|information|details|confirmation|explanation|reports?)\s+(?:on|about|of|from)\b"
    # "Yusuf had no immediate comment on the vote", "Officials at the embassy had no immediate comment."
    r"|(?<!\bi )(?<!\bwe )(?:had|has|have|gave|offered|made)\s+no\s+immediate\s+"
    r"(?:comment|response|reaction)\b"
    # the one who could answer gave none: "Mr. Olmert's office had no comment on the matter."
    r"|(?<!\bi )(?<!\bwe )(?:had|has|have)\s+no\s+(?:further\s+|official\s+|public\s+)?comment\s+"
    r"(?:on|about)\b"
    # "U.S. officials had nothing of substance to say about any of the talks": as "no comment on"
    r"|(?<!\bi )(?<!\bwe )(?:had|has|have)\s+nothing\s+(?:of\s+substance\s+|new\s+|more\s+|further\s+)?"
    r"to\s+say\s+(?:about|on|regarding)\b"
    # questions put and not answered: "Pompeo did not respond to journalists’ questions about the meeting."
    r"|(?<!\bi )(?<!\bwe )(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t)\s+(?:immediately\s+)?"
    r"(?:respond|reply)\s+to\s+(?:[\w’'-]+\s+){0,2}?questions\s+(?:about|on|over|regarding|concerning)\b"
    # a when or whether left unsaid: "Israeli officials refused to comment publicly on when a summit might
    # take place"
    r"|(?<!\bi )(?<!\bwe )(?:declined|refused)\s+to\s+(?:publicly\s+)?comment\s+(?:publicly\s+)?"
    r"(?:on|about)\s+(?:when|whether|how|who|what|why|where|if)\b"
    # a result announced only later: "The vote closes on the 1st March, with the result due to be
    # announced on the 2nd March."
    r"|(?:results?|outcome|verdict|decision|winners?|findings)\s+(?:is\s+|are\s+|was\s+|were\s+)?"
    r"(?:due|expected|scheduled)\s+to\s+be\s+(?:announced|released|published|declared|made public)\b"
    # a claim nobody has confirmed: "there is no confirmation that chemical weapons were used"
    r"|(?:is|was|has\s+been)\s+(?:still\s+|as yet\s+)?no\s+(?:independent\s+|official\s+)?confirmation\s+"
    r"(?:yet\s+)?(?:that|of)\b"
    # talks ended with no next round set: "the discussion ended without a solution to the dispute or a
    # schedule for further talks" (when they meet again is open)
    r"|\b(?:ended|ends|end|concluded|concludes|broke\s+up|wrapped\s+up)\s+without\s+(?:[\w,-]+\s+){0,10}?"
    r"(?:a|an|any)\s+(?:new\s+|firm\s+|set\s+|fixed\s+)?(?:date|schedule|timetable|timeline)\s+for\s+"
    r"(?:further|more|new|renewed|future|resumed|the\s+next|another)\s+(?:round\s+of\s+)?"
    r"(?:talks|negotiations|meetings|discussions)\b"
    # when or where not agreed: "the two sides failed to agree on a date for renewed talks", "could not
    # agree on a venue" ("failed to agree on anything" names no point left open)
    r"|(?:failed|fail|fails|could\s+not|couldn['’]t|did\s+not|didn['’]t)\s+(?:to\s+)?agree\s+(?:on|upon)\s+"
    r"(?:a|an|the)\s+(?:(?:specific|firm|new|final|exact)\s+)?(?:date|time|timetable|timeline|venue|location|"
    r"deadline)\b"
    # what or how still not agreed, by the sides that must agree: "the two sides have failed to agree on
    # a system for sharing power …, or on how to integrate the rebels" (a past talk that "did not agree on"
    # tells its end; a perfect or "failed" leaves the point open)
    r"|(?:(?:has|have|had)\s+(?:so\s+far\s+|still\s+)?failed|(?:has|have)\s+(?:still\s+|so\s+far\s+)?not)\s+"
    r"(?:to\s+)?(?:agree|agreed|reached\s+agreement|decided|settled)\s+(?:on|upon|over)\s+(?!anything\b|everything\b)"
    r"(?:a|an|the|how|whether|when|where|who|which|what)\b"
    # a point named as the one that holds the talks up: "One sticking point appears to be where that
    # minister would come from."
    r"|\b(?:sticking|unresolved|outstanding|open)\s+(?:points?|issues?|questions?)\s+(?:\w+\s+){0,3}?"
    r"(?:is|was|are|were|remains?|remained|appears?\s+to\s+be|seems?\s+to\s+be)\s+"
    r"(?:how|whether|when|where|who|which|what|why)\b"
    # an answer awaited from the one who holds it: "officials say they have yet to receive word from the
    # FARC about a location"
    r"|(?<!\bi )(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+(?:receive|hear|get)\s+(?:any\s+)?"
    r"(?:word|news|confirmation|a\s+response|a\s+reply|an\s+answer|details|information)\b"
    # a question put and left unanswered: "Rumsfeld declined to answer directly when asked to what extent
    # reform is linked to …"
    r"|(?<!\bi )(?<!\bwe )(?:declined|refused|declines|refuses)\s+to\s+(?:answer|respond|say)\s+"
    r"(?:directly\s+|specifically\s+)?when\s+asked\b"
    # a date not set by the one who could: "North Korea set no date for sitting down to talk"
    r"|\bset\s+no\s+(?:(?:firm|specific|new|exact)\s+)?(?:date|time|timetable|timeline|deadline)\b"
    # a date still to come: "talks at a date to be named later", "on a date to be announced"
    r"|\b(?:at|on|for)\s+a\s+(?:date|time)\s+(?:yet\s+)?to\s+be\s+(?:named|announced|set|determined|decided|"
    r"fixed|agreed|confirmed)\b"
    # nobody telling how far along: "No one is saying how close the sides are to a deal"
    r"|\bno\s*(?:one|body)\s+(?:is|was|has\s+been)\s+(?:saying|telling|revealing)\s+(?:how|whether|when|who|what|"
    r"why|where|if)\b"
    # a report none of those who would know has confirmed: "no country involved in the talks have
    # confirmed the reports", "No government has yet confirmed the date"
    r"|\bno\s+(?:country|countries|government|party|parties|side|official|one|participant)\b(?:\s+[\w’'-]+){0,5}?"
    r"\s+(?:has|have|had)\s+(?:yet\s+|publicly\s+|officially\s+|so far\s+)?confirmed\b"
    # kept from the public: "details of the meeting have been largely shrouded in secrecy", "the agenda
    # was kept secret"
    r"|\b(?:details|terms|contents?|agenda|outcome|substance|results?)\b(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:has|have|had|was|were|is|are|remains?|remained)\s+(?:been\s+)?(?:(?:largely|mostly|still|entirely|"
    r"closely)\s+)?(?:(?:shrouded|cloaked|veiled)\s+in\s+secrecy|kept\s+(?:secret|confidential|under\s+wraps))"
    # a choice still to be made by those who will make it: "Members plan to debate whether they want to
    # continue negotiations" (not "met to discuss whether": a talk told, perhaps settled)
    r"|\b(?:will|plans?\s+to|planned\s+to|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|(?:is|are)\s+to)\s+"
    r"(?:debate|decide|consider|determine|vote\s+on)\s+whether\b"
)
# Still missing, unfound, uncharged or unruled: "Three fishermen are still missing.", "The pilot's
# body has not been found.", "No charges have been filed.", "The judge has not yet ruled on the
# motion.", "Police have not ruled out foul play.", "A decision on the appeal is expected next month.",
# "Police are still searching for the gunman.",
# "Neither the army nor the rebels have commented on the claims.", "AFP could not independently
# confirm the report.", "Wikinews has contacted the WBC, but no response has been received."
# ("No evidence has been found" settles a point: only what is sought is open.)
STILL_OPEN = (
    # the sides still disagree: "the sides remain apart on questions of amnesty", "are still divided over"
    r"(?:remain|remains|remained|(?:are|were|is|was)\s+still)\s+(?:far\s+|deeply\s+|sharply\s+|widely\s+)?"
    r"(?:apart|divided|at\s+odds|split|deadlocked)\s+(?:on|over|about)\b|"
    r"(?:(?:is|are|was|were)\s+still|remains?|remained)\s+(?:missing|unaccounted for)\b"
    r"(?!\s+(?:his|her|the|a|an|their|its|my|our|your)\b)|(?:is|are)\s+unaccounted\s+for\b"
    r"|(?:body|bodies|remains|wreckage|whereabouts|suspects?|gunm[ae]n|victims?|plane|aircraft|vessel|boat|"
    r"ship|black box(?:es)?|hostages?)\b(?:\s+[\w’'-]+){0,4}?\s+(?:has|have|had)\s+(?:still\s+)?not\s+"
    r"(?:yet\s+)?been\s+(?:found|located|recovered|identified)\b"
    # a thing sought, whatever it is, as the sentence's subject: "The statue has not been recovered."
    # ("No evidence has been found" settles the point: no "not"; "and the person has not been found
    # or convicted", inside a speaker's argument, is no news of a search)
    r"|(?:^|(?<=[.!?]\s))(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?"
    r"been\s+(?:found|located|recovered)\b"
    r"|no\s+(?:charges?|arrests?)\s+(?:[\w’'-]+\s+){0,2}?(?:has|have|had)\s+(?:yet\s+|so far\s+)?been\s+"
    r"(?:filed|brought|laid|made)\b"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:ruled|decided)\s+(?:on|whether|if)\b"
    r"|(?<!\bwe )(?<!\bi )(?:has|have|had|did)\s+not\s+(?:yet\s+)?ruled?\s+out\b"
    r"|(?:decision|ruling|verdict|announcement|results?|findings|outcome)s?\s+(?:on|in|over|about|of|by)\s+"
    r"(?:[\w’'-]+\s+){1,8}?(?:is|are)\s+(?:now\s+|still\s+)?expected\b(?!\s+to\b)"
    # a deadline to decide: "President Hussain has ten days to sign the bill or reject it."
    r"|(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:days|weeks|months|hours)\s+(?:[\w-]+\s+)?to\s+(?:either\s+)?"
    r"(?:let|sign|decide|respond|reply|"
    r"accept|reject|approve|veto|appeal|comply|choose|ratify|weigh|rule|consider)\b"
    # left open both ways, a state of things: "the definition of which may or may not include bad
    # weather" (not an aside, "as you may or may not know", nor guessing at someone's choices, "what
    # Putin may or may not do", "he may or may not choose to")
    r"|(?<!\byou )(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bhe )(?<!\bshe )"
    r"(?:may|might)\s+or\s+(?:may|might)\s+not\s+"
    r"(?:include|cover|apply|be|have|affect|contain|involve|extend|reach|exist|work)\b"
    # gone and not found: "the principal complainant has since disappeared", "She has been missing since
    # June 4th."
    r"|(?:has|have)\s+(?:since\s+|now\s+)?(?:disappeared|vanished|gone\s+missing)\b"
    r"|(?:has|have)\s+been\s+missing\b"
    # a search under way: "Police are still searching for the gunman."
    r"|(?:is|are)\s+(?:still\s+|now\s+)?(?:searching|hunting)\s+for\s+(?:the|a|an|two|three|"
    r"several|more|other|any)\b"
    r"|neither\s+(?:[\w’'.-]+\s+){1,6}?nor\s+(?:[\w’'.-]+\s+){1,6}?(?:has|have|had)\s+(?:yet\s+|publicly\s+)?"
    r"(?:(?:commented|responded)\s+(?:on|to)|confirmed)\b"
    r"|(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|would not|wouldn['’]t|could not|"
    r"couldn['’]t|declined to|refused to)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+|"
    r"independently\s+)?confirm(?:ed)?\s+(?:or\s+deny\s+)?(?:the|a|an|his|her|their|its|reports?|claims?)\b"
    r"|no\s+(?:(?:immediate|official|further|public|clear)\s+)?(?:indication|word|sign|clue|information|details)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:of|on|about|as to)\s+(?:when|whether|if|how|why|who|what|where)\b"
    # more charges to come: "Further charges may be laid in the future, police said."
    r"|(?:further|more|additional|new)\s+charges?\s+(?:may|might|could|are\s+expected\s+to|are\s+likely\s+to)"
    r"\s+(?:yet\s+|still\s+)?be\s+(?:laid|filed|brought)\b"
    # a demand still unanswered: "The kidnappers have not yet responded to the government's request
    # to release him." (a perfect: the answer is awaited; "did not respond to a request for comment"
    # tells a closed past event)
    r"|(?:has|have)\s+(?:still\s+|yet\s+|until\s+yet\s+|so far\s+)?not\s+(?:yet\s+)?(?:responded|replied)\s+"
    r"to\s+(?:[\w’'-]+\s+){0,3}?(?:requests?|demands?|calls?|ultimatums?|offers?|proposals?)\b(?!\s+for\s+comment)"
    # a decision announced for later: "a decision to reopen would be made on Monday" (not who will
    # make it: "any decision would be made by the CDC" answers by pointing elsewhere)
    r"|\bdecision\s+(?:[\w’'-]+\s+){0,4}?(?:will|would|is\s+to|is\s+expected\s+to)\s+be\s+"
    r"(?:made|taken|announced)\b(?!\s+(?:by|in)\b)"
    # an answer still awaited: "as of this report, no response has been received" (the other side's
    # account is pending; "did not respond to a request for comment" tells a closed past event)
    r"|no\s+(?:response|reply|answer|comment)\s+(?:has|have)\s+(?:yet\s+|so far\s+)?"
    r"been\s+(?:received|given|forthcoming)\b"
    # who did it still unsettled: "suspects are named but nobody has been convicted"
    r"|(?:nobody|no one|no-one)\s+(?:has|have|had)\s+(?:yet\s+|so far\s+|ever\s+)?been\s+"
    r"(?:convicted|charged|arrested|prosecuted|identified)\b"
    # a step still owed by another body: "The plan is awaiting approval by the U.N. Security Council."
    r"|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:awaiting|pending)\s+(?:final\s+|formal\s+)?"
    r"(?:approval|ratification|confirmation|signature|a\s+decision|a\s+ruling|a\s+vote)\b"
    # an agreement awaited by the sides that must make it: "the two countries have not yet reached an
    # agreement to create the stable environment" ("did not reach" tells a closed meeting's end)
    r"|(?:has|have|had)\s+(?:still\s+|so\s+far\s+)?not\s+yet\s+(?:reached|struck|concluded|signed|made)\s+"
    r"(?:an?\s+|any\s+|the\s+)?(?:(?:final|formal|firm)\s+)?(?:agreement|deal|accord|settlement)\b"
    # when or where a thing happens not fixed: "a specific day and time is not set for the gathering",
    # "The venue has not been decided."
    r"|\b(?:date|day|time|venue|location|timetable|timeline|schedule)(?:\s+(?:and|or)\s+[\w-]+)?\s+"
    r"(?:is|are|was|were|has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?"
    r"(?:set|fixed|scheduled|decided|announced|determined|agreed|confirmed)\b"
    # those named gave no word on the story: "There was no comment from MNLA or Ansar Dine." (the wire's
    # "There was no immediate comment from the ministry" is its press-time formula, no point left open)
    r"|\bthere\s+(?:was|were|has\s+been)\s+(?:still\s+)?no\s+(?:official\s+)?"
    r"(?:comment|response|reaction)\s+from\b"
    # put off with no new date: "the meeting was put off indefinitely"
    r"|\b(?:postponed|put\s+off|delayed|suspended|adjourned|deferred)\s+indefinitely\b"
)
# A reply that declines in its own words: "“No comment,” he said.", "“I will not discuss that,” she said."
QUOTED_REFUSAL = (
    r"\b(?:no comment|(?:i|we)\s+(?:won['’]t|will not|would not|wouldn['’]t|can['’]t|cannot|do not|don['’]t|"
    r"am not going to|['’]m not going to)\s+(?:want to\s+)?(?:comment|discuss|say|speculate|get into|go into)"
    # a deflection answers nothing: "“We'll see,” he said.", "Time will tell."
    r"|we['’]ll see|we will see|time will tell|(?:too early|premature) to (?:say|tell)|i don['’]t know|"
    r"nothing to announce)\b"
)
# Verbs that answer an asking the sentence before reports: "X was asked if …. X said no."
REPLY_LEMMAS = frozenset({"say", "respond", "reply", "answer", "tell", "explain", "insist", "confirm"})
# What an awaited reply is called: "no response has been received" names its point (the other
# side's answer), where "no decision has been made" alone does not say on what.
RESPONSE_NOUNS = frozenset({"response", "reply", "answer", "comment"})
# What a "no … has been made" leaves open by its noun alone: "No arrests have been made." (who did it),
# "No charges have been filed." (whether anyone will answer for it).
NAMING_NOUNS = frozenset({"arrest", "arrests", "charge", "charges"})
# What is told of a subject that names information ("Details of the agreement were not disclosed.",
# "The names of the victims were not released."): withheld, whatever the tense.
WITHHELD = (
    r"(?:details|specifics|particulars|terms|names?|identit(?:y|ies)|value|amount|cost|price|nationalit(?:y|ies)|"
    r"conditions|reasons?|circumstances|whereabouts)\b"
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:was|were|is|are)\s+not\s+(?:immediately\s+|publicly\s+|officially\s+)?"
    r"(?:released|disclosed|revealed|made public|given|provided|announced)\b"
    # kept from the public, now or for a time: "the full 207-page inquiry report is not to be made public",
    # "plans for an international force would be made public by the end of June"
    r"|(?:report|findings|results?|details|specifics|terms|names?|plans?|contents?|transcripts?|recordings?|"
    r"evidence|documents?)\b(?:\s+[\w’'-]+){0,8}?\s+(?:(?:is|are|was|were)\s+not\s+(?:to|going\s+to)\s+be\s+"
    r"(?:made public|released|published|disclosed)\b"
    # made public only later, by a date ("would be made public by the end of June"; "would be released
    # from DNI" says who releases, not when)
    r"|(?:would|will|is\s+to|are\s+to)\s+(?:only\s+)?be\s+(?:made public|released|published|disclosed|"
    r"unveiled|revealed)\s+(?:by|later|soon|next|within|in the coming|at a later|after|on\s+(?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)))\b"
    # "the exact figure was kept secret", "The terms are being kept confidential."
    r"|(?:details|terms|names?|identit(?:y|ies)|value|amount|cost|price|figures?|sum|location|contents?)\b"
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:was|were|is|are|has\s+been|have\s+been|is\s+being|are\s+being|remains?)\s+"
    r"(?:still\s+)?kept\s+(?:secret|confidential|private|under wraps)\b"
    # "neither US nor British authorities delivered a complete list of the countries": a list owed
    r"|neither\s+(?:[\w’'.-]+\s+){1,6}?nor\s+(?:[\w’'.-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:yet\s+)?"
    r"(?:provided|delivered|released|published|disclosed|given|gave|offered)\s+(?:a|an|the|any)\s+(?:(?:complete|full|"
    r"final|detailed)\s+)?(?:list|details|names|figures?|number|breakdown|account)\b"
)
# An inquiry or a decision still under way: "is under investigation", "police are investigating
# how", "an investigation is under way", "awaits a ruling", "the appeal is pending".
UNDER_WAY = (
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|currently\s+|now\s+)?(?:under investigation|"
    r"being investigated|under review|under examination|pending)\b"
    r"|(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?investigating\s+(?:whether|how|why|what|"
    r"who|the cause|the circumstances|the motive|"
    r"(?:the\s+)?(?:claims?|allegations?|reports?)\s+(?:made\s+by\s+[^.;]{1,60}?\s+)?(?:that|of)"
    # "The IDF is investigating the claim.", "Police are investigating the incident.", "... are
    # investigating the shooting as domestic terrorism" (what it was is open)
    r"|the\s+(?:claims?|allegations?|reports?|incidents?|deaths?|crash|attack|shooting|fire|explosion)"
    r"(?=[.;]?\s*$|\s+as\s+(?:an?\s+)?(?:possible\s+|potential\s+)?\w+))\b"
    r"|(?:investigations?|probes?|inquir(?:y|ies))\s+(?:\w+\s+){0,6}?(?:is|are|was|were|remains?)\s+(?:still\s+)?"
    r"(?:under\s?way|ongoing|continuing|in progress)\b"
    # a trial whose outcome is to come: "A closed-door trial is underway in Saudi Arabia"
    r"|(?<!clinical )(?:trial|hearing|proceedings)\s+(?:\w+\s+){0,2}?(?:is|are)\s+(?:still\s+|now\s+)?"
    r"(?:under\s?way|ongoing|continuing|in progress)\b"
    # a verdict awaited by a date: "who expects a verdict by Friday"
    r"|(?:expects?|expected|expecting|awaits?|awaiting)\s+(?:a|the)\s+(?:final\s+)?(?:verdict|ruling|decision|"
    r"judge?ment)\s+(?:by|on|within|before|next|later|in|from)\b"
    # "The resolution still awaited approval by the Iraqi government."
    r"|still\s+awaited\s+(?:[\w’'-]+\s+)?(?:decision|ruling|verdict|approval|confirmation|sentencing|judge?ment)\b"
    r"|(?:awaits?|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?awaiting)\s+"
    r"(?:a|an|the|further|final|their|its|his|her)\s+(?:\w+\s+){0,2}?"
    r"(?:decision|ruling|verdict|results?|outcome|approval|confirmation|sentencing|judge?ment|response|"
    r"reply|answer)\b"
    r"|pending\s+(?:a|an|the|further|final)\s+(?:\w+\s+){0,2}?(?:decision|review|investigation|ruling|"
    r"outcome|approval|appeal|trial|hearing|inquiry|results?|verdict)\b"
    # an inquiry ordered into an unknown: "He instructed security agencies to investigate who leaked
    # the recording.", "ordered officials to find out why the plant failed"
    r"|(?:instructed|ordered|directed|tasked|commissioned|asked)\s+(?:[\w’'-]+\s+){0,4}?to\s+"
    r"(?:investigate|determine|find out|establish|ascertain|look into)\s+(?:whether|if|how|why|who|where)\b"
    r"(?!\s+(?:best|to)\b)"  # "asked the team to determine how best to help": a task, nothing unknown
    # an examination to settle a point: "psychiatric assessments will be carried out to confirm if he is fit"
    r"|(?:will|would|is\s+to|are\s+to)\s+be\s+(?:carried out|conducted|performed|done|held)\s+to\s+"
    r"(?:confirm|determine|establish|assess|ascertain|decide)\s+(?:whether|if)\b"
    # "Investigators are trying to determine what caused the crash."
    r"|(?:trying|seeking|attempting|try|tries|seek|seeks|attempt|attempts)\s+to\s+(?:determine|establish|"
    r"find out|ascertain|identify)\s+"
    r"(?:whether|if|how|why|what|who|where|the cause|the identit(?:y|ies)|the motive|the circumstances)\b"
    r"(?!\s+(?:best|to)\b)"
    # a decision to come on a yes-or-no point: "a referendum to determine whether citizens would
    # prefer a new flag", "The panel will decide whether the ban stays." ("I'll leave it to you to
    # determine if he answered" hands a judgement to the audience, and "leaders need to decide whether
    # to go to war" urges a choice: no open point)
    r"|(?<!you )(?:\bto|will|would|shall|is\s+to|are\s+to)\s+(?:(?:now|first|then|also)\s+)?"
    r"(?:decide|determine|rule on)\s+(?:whether|if)\b(?!\s+to\b)"
    # a doubt others have raised: "NUT Cymru have questioned the extent to which firms would ..."
    r"|(?:has|have|had)\s+(?:also\s+)?questioned\s+(?:whether|if|the extent to which|how|why)\b"
    # an inquiry someone is running: "The Justice Department is conducting a criminal investigation into
    # the company's emissions testing", "were carrying out a probe of the crash"
    r"|(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?(?:conducting|carrying\s+out|leading|"
    r"performing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe)\s+(?:into|of)\b"
    # held until a review ends: "The site will be suspended pending review."
    r"|pending\s+(?:review|investigation|appeal|trial|inquiry)\b"
    # "An investigation has been launched into the collapse", "Police opened an inquiry into the fire."
    r"|(?:launched|opened|ordered|began|begun|started)\s+(?:an?\s+)?(?:\w+\s+)?(?:investigation|inquiry|probe)s?"
    r"\s+(?:into|of)\b"
    r"|(?:investigation|inquiry|probe)s?\s+(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?"
    r"(?:launched|opened|ordered|started|begun|began)\s+into\b"
    # an inquiry given a length still to run: "He said the investigation should take around two weeks."
    r"|(?:investigation|inquiry|review|probe)\s+(?:\w+\s+){0,2}?(?:should|will|would|could|may|is\s+expected\s+to)"
    r"\s+take\s+(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?(?:an?|one|two|three|four|five|six|several|"
    r"a\s+few|\d+)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?|years?)\b"
    # an offer or a case under examination: "Yahoo said its executives are examining the offer."
    r"|(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?(?:examining|studying|assessing|evaluating)\s+"
    r"(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:offer|proposal|bid|request|application|case|evidence|"
    r"report|findings|claims?|allegations?)\b"
    # still argued over: "The exact chronology of the repression is still debated."
    r"|(?:is|are|remains?)\s+still\s+(?:debated|disputed|contested|in dispute|unresolved)\b"
    # who would know may never: "investigators may be unable to determine the cause of the crash"
    r"|(?:may|might|could|will)\s+be\s+unable\s+to\s+(?:determine|establish|identify|explain|find out|"
    r"confirm)\b"
    # a choice still open: "The protesters are still considering an invitation to a side-session."
    r"|(?:is|are|was|were)\s+still\s+(?:considering|weighing|deciding|debating)\b"
    # a decision due from someone: "Obama is expected to decide on any additional deployment soon."
    r"|(?:is|are)\s+(?:now\s+)?(?:expected|due|scheduled|set)\s+to\s+(?:decide|rule)\s+(?:on|whether|if)\b"
    # a decision due to be taken: "The new ordinance is expected to be passed this spring."
    r"|(?:is|are)\s+(?:now\s+)?(?:expected|due|scheduled)\s+to\s+be\s+(?:passed|approved|ratified|adopted|"
    r"voted\s+on|decided|signed\s+into\s+law)\b"
    # an inquiry to come: "The death was to be investigated.", "The crash will be investigated."
    r"|(?:is|are|was|were)\s+to\s+be\s+(?:investigated|examined|reviewed)\b"
    r"|will\s+(?:now\s+)?be\s+(?:investigated|decided|determined)\b(?!\s+(?:that|to)\b)"
)
# A decision still to be taken on a yes-or-no point, whoever takes it and whenever: "Officials will
# decide next week whether to extend the ban", "A vote will be held today to decide whether to send
# the articles to the Senate", "The board will meet on Monday to decide whether to accept the offer",
# "A decision on whether to reopen the embassy will be made on Monday" (a future or a gathering held
# for it; "leaders need to decide whether to go to war" urges a choice, and "you decide" hands it on).
DECISION_DUE = (
    # an assessment to come on a yes-or-no point: "Obama would make an assessment at the end of March on
    # whether it is worthwhile to continue"
    r"(?<!\bi )(?<!\bwe )(?:will|would|is\s+to|are\s+to)\s+(?:make|conduct|carry\s+out)\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:assessment|determination|judge?ment|review)\s+(?:[\w’'-]+\s+){0,6}?(?:on|of|about|as\s+to)\s+"
    r"(?:whether|if)\b|"
    r"(?<!you )(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|due|scheduled|set)\s+to)\s+"
    r"(?:(?:now|first|then|also|soon|finally)\s+)?(?:decide|determine|rule)\s+"
    r"(?:(?:on|by|in|at|next|this|later|within)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?(?:on\s+)?(?:whether|if)\b"
    r"|(?:vote|referendum|ballot|meeting|hearing|session|meet|meets|convene|convenes|gather)\b[^.;?!]{0,40}?"
    r"\bto\s+(?:decide|determine)\s+(?:whether|if)\b"
    r"|decision\s+(?:on|about|as\s+to)\s+(?:whether|if|how|when|who|where)\b[^.;?!]{0,80}?\b(?:will|would|"
    r"is\s+expected\s+to|is\s+due\s+to|is\s+to)\s+(?:be\s+(?:made|taken|announced)\b(?!\s+by\b)|come\b)"
    # a time given to decide: "The heads of state have one week to decide how best to resolve the crisis"
    r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?:has|have|had|was\s+given|were\s+given)\s+(?:only\s+|just\s+)?"
    r"(?:until\s+[\w’'-]+|(?:an?|one|two|three|four|five|six|seven|ten|\d+|several|a\s+few)\s+(?:more\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?))\s+to\s+(?:decide|determine|choose)\s+(?:how|whether|if|what|which|"
    r"when|who)\b"
)
# A decision put off: "The verdict has been delayed until February 20.", "The vote was postponed."
DEFERRED = (
    r"(?:verdict|decision|ruling|vote|sentencing|judge?ment|hearing|trial|announcement)s?"
    r"(?:\s+(?:on|in|of|over)(?:\s+[\w’'-]+){1,3}?)?\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
    r"(?:again\s+)?(?:delayed|postponed|deferred|put off|adjourned)\b"
    # held over until a point is settled: "put a stay on his ruling until the issue is resolved upon
    # appeal", "suspended until the dispute has been decided"
    r"|until\s+(?:the|this|that|an?|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:resolved|decided|settled|ruled on|heard|determined|completed|concluded|finished)\b"
)
# A death the police call unexplained: "Her death was considered “unexplained”.", "is being
# treated as suspicious": the cause is open.
UNEXPLAINED = (
    r"(?:considered|deemed|treated as|regarded as|classed as|classified as)\s+[“\"‘']?"
    r"(?:not\s+suspicious\s+but\s+)?(?:unexplained|suspicious|undetermined)\b"
    # an act done with its reason withheld: "resigned without public explanation", "was detained
    # without explanation", "left without giving a reason" (why is open)
    r"|\bwithout\s+(?:any\s+|an?\s+|public\s+|official\s+|further\s+)*(?:explanation|"
    r"(?:giving|stating|offering)\s+(?:an?\s+|any\s+)?(?:reason|explanation))\b"
)
# The rest of the sentence settles the point it left open: "He did not say whether he would run,
# but aides confirmed that he will.", "The cause was not immediately known but was later
# confirmed as a gas leak."
SETTLED_LATER = (
    r"\b(?:later|since|subsequently|eventually)\s+(?:been\s+|was\s+|were\s+)?(?:confirmed|identified|"
    r"named|determined|established|released|announced|disclosed|revealed)\b"
    r"|^[^.;]*?,?\s*but\s+(?:\w+\s+){1,4}?(?:confirmed|announced|disclosed|revealed)\s+(?:\w+\s+)?that\b"
)
OPEN_POINT_CONSTRUCTIONS: tuple[str, ...] = (
    DECISION_DUE,
    WITHHELD,
    OPEN_STATE,
    OPEN_PERFECT,
    NOT_DISCLOSED,
    NOTHING_SETTLED,
    UNDER_WAY,
    DEFERRED,
    UNEXPLAINED,
    STILL_OPEN,
)


# Titles of a speech printed without speaker labels ("Remarks as Prepared for Delivery by First
# Lady Jill Biden ...", "Remarks on a Modern American Industrial Strategy by ...", "Address to
# the Nation"): the body is one speaker's words, whose questions are his own devices.
SPEECH_TITLES = (
    r"^\W*(?:(?:excerpts? (?:of|from) )?(?:the )?(?:remarks|speech|address|keynote|eulogy|toast)\b"
    r"|\w+(?: \w+){0,3}['’]s (?:remarks|speech|address)\b)"
)


# In a transcript, the implicit cues that say a point is open ("it is unclear whether", "remains
# to be seen", "no decision has been made"); the others ("I wonder if", "questions about") are how
# people in the room put questions, and the exchange decides those.
SETTLED_ELSEWHERE_CUES = (
    r"\b(?:unclear|not clear|uncertain|unknown|not known|undecided|remains? to be seen|"
    r"remained to be seen|no decision|declined to|refused to|declining to|refusing to)\b"
)
# A speaker's own doubt ("I'm not sure if ...", "we don't know whether ...") in a transcript is
# part of an answer, not a point the coverage leaves open.
FIRST_PERSON_DOUBT = r"^(?:\w+,? )?(?:i|we)(?:['’]m| am|['’]re| are)? (?:not sure|unsure|don['’]t know)\b"
# A speaker's own refusal ("I won't give you more details", "I prefer not to comment on it") is
# an answer declining, which the exchange weighs; and a speaker's past doubt ("it was unclear how
# we could stand up a vaccination program") recalls a point since settled.
SPEAKERS_OWN_REFUSAL_OR_RECOLLECTION = (
    r"\b(?:i|we) (?:won['’]t|will not|would not|wouldn['’]t|prefer not to|can['’]t|cannot) "
    r"(?:give|comment|share|say|discuss|detail|get into|go into|speak)\b"
    r"|\b(?:it|that|this) (?:was|were) (?:unclear|not clear|uncertain|unknown)\b|\bremained to be seen\b"
)


# The sentence right after a question says nobody answers it ("Officials did not say.", "Few
# in the administration would say.", "Nobody wants to answer that."): the question stays open
# even though the paragraph or the speaker goes on.
LEFT_UNANSWERED: tuple[str, ...] = (
    r"\b(?:no one|nobody|none|few)\b[^.?!]{0,60}\b(?:say|says|said|know|knows|knew|answer|answers|answered|"
    r"explain|tell)\b",
    r"\b(?:did not|didn['’]t|would not|wouldn['’]t|could not|couldn['’]t|declined to|refused to|has not|"
    r"have not|hasn['’]t|haven['’]t|does not|doesn['’]t)\s+(?:yet\s+)?(?:say|answer|explain|comment|"
    r"disclose|know|specify|tell)\b",
    r"\b(?:unclear|not clear|unknown|uncertain|remains to be seen)\b",
)


# Words that open a line addressed to the reader rather than reporting anything.
READER_OPENERS = frozenset(
    [
        "want",
        "need",
        "interested",
        "looking",
        "ready",
        "enjoy",
        "enjoying",
        "like",
        "got",
        "know",
        "thinking",
        "dreaming",
        "searching",
        "curious",
    ]
)

PROMO_VERBS = frozenset(
    [
        "try",
        "find",
        "sign",
        "subscribe",
        "join",
        "click",
        "read",
        "get",
        "apply",
        "visit",
        "download",
        "follow",
        "explore",
        "discover",
        "browse",
        "register",
    ]
)

WH_WORDS = frozenset({"what", "who", "whom", "whose", "which", "when", "where", "why", "how"})

ASKING_WORDS = WH_WORDS | frozenset(
    """
    is are was were am do does did can could will would should shall may might must has have had
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# finite verbs that carry a question without an auxiliary ("You think so?", "He said that?")
MORE_ASKING = frozenset(
    [
        "am",
        "isn",
        "aren",
        "wasn",
        "weren",
        "don",
        "doesn",
        "didn",
        "can't",
        "won",
        "wouldn",
        "couldn",
        "shouldn",
        "hasn",
        "haven",
        "re",
        "ve",
        "ll",
        "d",
        "think",
        "mean",
        "want",
        "need",
        "know",
        "see",
        "say",
        "said",
        "believe",
        "expect",
        "plan",
        "hope",
    ]
)


# A country's short or formal name the nationality words above do not give, and regions that are no
# country: each names a place, never a body or a person, whatever the tagger calls it ("the UAE
# rebuffed the talks", "the DPRK fired a missile", "Crimea was given away", "across the Sahel").
COUNTRY_SHORT_NAMES = frozenset(
    [
        "usa",
        "u.s.a.",
        "uk",
        "u.k.",
        "uae",
        "u.a.e.",
        "dprk",
        "rok",
        "prc",
        "north korea",
        "south korea",
        "republic of korea",
        "democratic people's republic of korea",
        "people's republic of china",
        "russian federation",
    ]
)
NAMED_REGIONS = frozenset(
    [
        "crimea",
        "donbas",
        "donbass",
        "kashmir",
        "tibet",
        "xinjiang",
        "gaza",
        "gaza strip",
        "west bank",
        "golan heights",
        "sahel",
        "darfur",
        "tigray",
        "nagorno-karabakh",
        "balkans",
        "western balkans",
        "caucasus",
        "south caucasus",
        "middle east",
        "horn of africa",
        "latin america",
        "caribbean",
    ]
)


# --- people and identities ------------------------------------------------------------

# Stage directions of a transcript the tagger reads as a name: "(Laughter.)", "(Applause.)".
STAGE_DIRECTIONS = frozenset(
    [
        "laughter",
        "laughs",
        "laughing",
        "applause",
        "inaudible",
        "crosstalk",
        "cheers",
        "cheering",
        "booing",
        "boos",
        "silence",
        "pause",
        "interruption",
        "interpretation",
        "translation",
    ]
)
# Nouns naming a made thing, which a name beside them names too: "Space Shuttle Atlantis",
# "the browser Firefox", "the carrier Nimitz", "Falcon rocket". None is a person.
PRODUCT_NOUNS = frozenset(
    [
        "shuttle",
        "spacecraft",
        "spaceship",
        "rocket",
        "orbiter",
        "capsule",
        "satellite",
        "probe",
        "rover",
        "telescope",
        "browser",
        "software",
        "app",
        "application",
        "program",
        "programme",
        "platform",
        "device",
        "phone",
        "smartphone",
        "computer",
        "laptop",
        "car",
        "vehicle",
        "truck",
        "aircraft",
        "airplane",
        "plane",
        "jet",
        "helicopter",
        "drone",
        "missile",
        "missiles",
        "warship",
        "ship",
        "vessel",
        "carrier",
        "submarine",
        "frigate",
        "destroyer",
        "tanker",
        "tank",
        "tanks",
        "vaccine",
        "drug",
        "model",
        "system",
        "browsers",
        "rockets",
        "ships",
        "jets",
        "vehicles",
    ]
)
# Nouns a place's name follows with "of": "the town of Yeoncheon", "the city of Mosul".
SETTLEMENT_NOUNS = frozenset(
    {"town", "city", "village", "province", "district", "region", "county", "island"}
)
# Words after which a capitalised name is a place: "in Livorno, Tuscany", "across Yorkshire".
PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "near", "outside", "inside", "into"})
# Endings of abstract nouns ("importance", "recovery", "inhumanity of legal segregation", "cooperation"):
# a phrase headed by one describes a thing or a quality, never what a person is; the few nouns for
# people with such an ending are kept.
ABSTRACT_NOUN_ENDINGS = ("ance", "ence", "tion", "sion", "ment", "ness", "ity", "ery")
PERSON_NOUNS_WITH_ABSTRACT_ENDINGS = frozenset({"witness", "celebrity", "personality", "eminence"})
# Heads of a described thing that a role may still end on ("Mayor of the town", "head of the vaccination
# effort"): no person's role when they head it ("town of 1,800 with a median income").
THING_HEADS = frozenset({"town", "village", "effort", "initiative"})
# Prepositions after a role's head noun: "inhumanity [of] legal segregation" is headed by "inhumanity".
ROLE_PREPOSITIONS = frozenset({"of", "at", "in", "for", "to", "with", "from", "on"})
# Nouns that head a phrase but never an office: an appositive "the issue in the high north"
# is no role of the person before it.
NOT_ROLE_HEADS = frozenset(
    [
        "job",
        "cohort",
        "issue",
        "issues",
        "question",
        "questions",
        "problem",
        "problems",
        "matter",
        "matters",
        "thing",
        "things",
        "point",
        "points",
        "way",
        "idea",
        "situation",
        "case",
        "subject",
        "topic",
        "time",
        "day",
        "week",
        "year",
        "deal",
        "statement",
        "announcement",
        "meeting",
        "call",
        "talks",
        "visit",
        "trip",
        "news",
        "story",
        "fact",
        "reason",
        "area",
        "region",
        "country",
        "countries",
        "city",
        "place",
        "north",
        "south",
        "east",
        "west",
        "world",
        "war",
        "conflict",
        "crisis",
    ]
)
# Offices that end a phrase the tagger took for a name: "State Department Spokesperson" names
# an office, not an organisation or a person.
OFFICE_NOUNS = frozenset(
    [
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "minister",
        "president",
        "ambassador",
        "envoy",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "governor",
        "mayor",
        "senator",
        "adviser",
        "advisor",
        "counselor",
        "commissioner",
        "administrator",
        "representative",
        "undersecretary",
    ]
)
# Offices that end a title run written inside a name ("NSC Spokesperson Adrienne Watson",
# "Ranking Member Grassley", "Human Rights Activist Masih Alinejad", "Caucus Co-Chair",
# "Republican Ranking Members"): the words after the last of them are the name. None of them
# is a family name, unlike "Major", "King", "Bishop" or "Dean", which stay out so "John Major"
# keeps his surname.
INNER_TITLE_NOUNS = OFFICE_NOUNS | frozenset(
    [
        "member",
        "assemblymember",
        "congressmember",
        "activist",
        "co-chair",
        "ceo",
        "treasurer",
        "gentleman",
        "sergeant",
        "councilmember",
        "official",
        "counsel",
        "advisors",
        "advisers",
        "members",
        "taoiseach",  # Ireland's heads of government, never surnames: "The Tánaiste will meet …"
        "tánaiste",
        "tanaiste",
    ]
)
# The last word of an office's field, which a long title ("Assistant to the President for
# Economic Policy Brian Deese") runs into the name after it: the name starts after it, and a
# "name" made of field words only ("Human Services" of "Health and Human Services") is none.
# None is a family name ("Justice" is, and stays out).
OFFICE_FIELD_NOUNS = frozenset(
    [
        "policy",
        "engagement",
        "affairs",
        "management",
        "labor",
        "development",
        "response",
        "services",
        "operations",
        "communications",
        "technology",
        "resilience",
        "infrastructure",
        "conflict",
    ]
)
# A name ending in a day of the week names a day or an event ("Bloody Sunday", "Super Tuesday",
# "Black Friday"), never a person or a body.
# "Hispanic Heritage Month", "National Foster Care Month": a month kept for a cause, likewise.
WEEKDAY_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "month"]
)
# Nouns that head the name of a document, a programme or a body, never a person's family name:
# "Joint Statement", "Major Defense Partnership", "Closing Loopholes", "Executive Order".
# Diseases and their variants, which the tagger calls persons or organisations ("Covid has
# killed", "COVID-19 is spreading"): no one can be one or speak for one.
DISEASE_NAMES = frozenset(
    """covid covid-19 covid19 coronavirus sars-cov-2 ebola zika polio monkeypox mpox influenza
    hiv aids omicron malaria measles cholera""".split()  # noqa: SIM905
)
# Titles that are also everyday adjectives: alone before an organisation's name they are part of
# it ("Major League Baseball", "General Electric Company"), not an office over a person's name.
ADJECTIVE_TITLES = frozenset({"major", "general"})
NOT_SURNAMES = (
    frozenset(
        [
            "statement",
            "statements",
            "partnership",
            "policy",
            "meeting",
            "loopholes",
            "agreement",
            "program",
            "programme",
            "initiative",
            "framework",
            "strategy",
            "act",
            "plan",
            "summit",
            "dialogue",
            "forum",
            "council",
            "committee",
            "commission",
            "order",
            "declaration",
            "protocol",
            "treaty",
            "accord",
            "conference",
            "ministerial",
            "alliance",
            "report",
            "professors",
            "bill",  # "Crime Bill", "Bipartisan Infrastructure Bill": a law, nobody's surname
            "readout",  # "Joint Readout" of a headline, "Joint Address": a document
            "address",
            "tour",  # "National Vaccination Tour": an event
        ]
    )
    | WEEKDAY_NAMES
)
# Words that end an organisation's name only when the tagger ran past it: "State Department and".
DANGLING_WORDS = frozenset({"and", "or", "of", "for", "the", "in", "on", "to", "with", "&", "at", "by", "no"})
# Words a body's name ends a number with ("Channel 4", "Local 32", "Group of 20"): elsewhere a
# small number after a name is a footnote, a list's count or a document's number ("Reed College
# 2", "State Council No. 4"), no part of the body's name.
NUMBERED_NAME_WORDS = OUTLET_NOUNS | frozenset({"local", "of", "district", "ward", "precinct"})
# Offices the title list of :mod:`briefings.extract.names` lacked: "Chairperson Faki",
# "Secretary-General Guterres", "Surgeon General Murthy", "Delegate Atterbeary".
MORE_TITLE_WORDS = frozenset(
    [
        "chairperson",
        "h.e.",  # "H.E. Moon Jae-in": His (Her) Excellency, a style written before a head of state's name
        "secretary-general",
        "director-general",
        "undersecretary",
        "under-secretary",
        "administrator",
        "coordinator",
        "surgeon",
        "delegate",
        "assemblyman",
        "assemblywoman",
        "lieutenant-governor",
        "taoiseach",
        "tánaiste",  # Ireland's deputy head of government: "The Tánaiste will meet President Ruto"
        "tanaiste",
        "granddaughter",
        "grandson",
        "congressmember",
        "whip",
        "majority",
        "minority",
        "pro",
        "tempore",
        "elder",
        "principal",
        "supervisor",
        "councilmember",
        "assemblymember",
        "comptroller",
        "treasurer",
    ]
)
# Offices whose "of" takes a field, not a body: "Secretary of Defense", "Minister of Foreign
# Affairs and Trade" ("CEO of Apple" and "Vice Premier of the State Council" name bodies).
FIELD_OFFICES = frozenset(
    [
        "secretary",
        "secretaries",
        "minister",
        "ministers",
        "undersecretary",
        "under-secretary",
        # "Special Presidential Envoy for [Hostage Affairs]", "Coordinator for [Counterterrorism]"
        "envoy",
        "coordinator",
    ]
)
# Last words of the field or body an office is "of": in "Secretary of Housing and Urban Development
# Marcia Fudge" or "Minister of Foreign Affairs and Expatriates Ayman Safadi" the tagger runs the
# field and the name into one entity; the words after the last of these are the name.
FIELD_END_WORDS = frozenset(
    """development services security affairs expatriates labor labour trade defense defence justice
    transportation energy education agriculture commerce treasury interior health state maintenance
    cooperation relations commission council office department ministry committee agency
    administration union parliament assembly technology bureau policy intelligence finance protection
    innovation environment communications management budget science house senate rights response
    preparedness resilience recovery secretariat directorate""".split()  # noqa: SIM905
)
# Offices whose field before them says whom the holders serve, not what kind of people they are: "defense
# ministers from Estonia, Latvia and Lithuania" are one party per country ("state legislative leaders
# from Colorado" stay a group).
MINISTERIAL_OFFICES = frozenset({"minister", "secretary"})
# Words a title-case name goes on past: "the Summit of the Americas", "Heads of State and Government".
NAME_LINK_WORDS = frozenset({"of", "the", "and", "&"})
# the last word of a state's formal name, which a title's field may end with before the holder's name
# ("President of the Lao People's Democratic Republic Thongloun Sisoulith")
STATE_NAME_ENDS = frozenset(
    """republic kingdom federation emirates states islands principality sultanate
    confederation""".split()  # noqa: SIM905
)
# Plural titles before several names ("Senators Rubio and Cruz"): each name is one person,
# and the office is the singular.
PLURAL_TITLES = {
    "senators": "Senator",
    "representatives": "Representative",
    "reps.": "Representative",
    "reps": "Representative",
    "congressmen": "Congressman",
    "congresswomen": "Congresswoman",
    "governors": "Governor",
    "mayors": "Mayor",
    "presidents": "President",
    "ministers": "Minister",
    "secretaries": "Secretary",
    "ambassadors": "Ambassador",
    "generals": "General",
    "leaders": "Leader",
    "doctors": "Doctor",
    "drs.": "Dr.",
    "messrs.": "Mr.",
    "chairs": "Chair",
    "delegates": "Delegate",
}
# A transcript's label for a reporter's question ("Q Madam Vice President, ..."): no name word.
QUESTION_LABELS = frozenset({"q", "q."})
# Words a title-cased headline puts after a name: "Remarks by President Biden Before Marine One
# Departure", "President Biden During a Meeting": the name ends before them.
HEADLINE_TIME_LINKS = frozenset(["before", "during", "after", "amid", "upon", "following", "ahead"])
HEADLINE_LINKS = HEADLINE_TIME_LINKS | frozenset(
    [
        "at",
        "aboard",
        "of",
        "on",
        "in",
        "with",
        "for",
        "from",
        "to",
        "about",
        "via",
        "and",
    ]
)
# Last words of names of what is neither a person nor an organisation, by kind (the tagger calls
# them ORG or PERSON): an event ("Annapolis Conference", "National Women's Day"), a document or
# an award ("UN Charter", "Northern Ireland Protocol", "Medal of Honor"), a facility or a
# vehicle's route ("Wright-Patterson Air Force Base", "Interstate Highway System"), a place
# ("Indo-Pacific region", "Lady Street"), a substance or a product ("COVID-19 vaccine").
EVENT_HEADS = (
    frozenset(
        [
            "conference",
            "summit",
            "meeting",
            "day",
            "week",
            "games",
            "olympics",
            "festival",
            "convening",
            "ceremony",
            "briefing",  # "Press Briefing", "Press Gaggle": a transcript's event, not the press corps
            "gaggle",
            "tour",
            "dialogue",  # "U.S.-South Africa Strategic Dialogue": a series of talks
            # incidents, contests and wars: "Pulse Nightclub Mass Shooting", "Iowa Caucuses",
            # "Presidential Election", "Yom Kippur War", "Climate Crisis" happened; no one speaks for them
            "shooting",
            "shootings",
            "bombing",
            "bombings",
            "massacre",
            "caucuses",
            "primaries",
            "election",
            "elections",
            "war",
            "crisis",
        ]
    )
    | WEEKDAY_NAMES
)
# Heads of an undertaking between two countries, no body: "U.S.-India Climate and Clean Energy Agenda
# 2030 Partnership", "U.S.-India Initiative on Critical and Emerging Technology".
PAIRED_UNDERTAKING_HEADS = frozenset({"partnership", "initiative", "agenda", "program", "programme"})
DOCUMENT_HEADS = frozenset(
    [
        "charter",
        "protocol",
        "agreement",
        "compact",
        "treaty",
        "proclamation",
        "act",
        "declaration",
        "accord",
        "medal",
        "award",
        "prize",
        "letter",
        "agenda",
        "order",
        "bill",
        "law",
        "statement",
        "plan",  # "American Jobs Plan": a programme, which no one can be or speak for
        "framework",  # "Indo-Pacific Economic Framework", "Bipartisan Infrastructure Framework"
        "deal",
        "credit",  # "Child Tax Credit": a programme
        "readout",  # "Readout of Oval Office Meeting": a document's headline
        "address",  # "Joint Address", "State of the Union Address"
        "brief",  # "Presidential Daily Brief": a paper the President receives
        "initiative",  # "American Battery Materials Initiative": a programme
        "challenge",  # "Clean Air in Buildings Challenge"
        "program",  # "Paycheck Protection Program"
        "programme",
    ]
)
# Heads of a law's or a programme's name ("Bipartisan Infrastructure Law", "American Rescue
# Plan"): capitalised after the words the tagger took for a body, they end that name.
LAW_HEADS = frozenset(["law", "bill", "act", "plan"])
FACILITY_HEADS = frozenset(
    ["base", "airport", "station", "pipeline", "highway", "bridge", "street", "avenue", "road"]
)
# "Tongass National Forest", "Seamounts Marine National Monument", "Lincoln Memorial": places.
PLACE_HEADS = frozenset(
    [
        "region",
        "province",
        "county",
        "district",
        "valley",
        "island",
        "islands",
        "forest",
        "monument",
        "memorial",
    ]
)
# What follows a headline's gerund that is a verb, not a name word: "Biden Honoring the Fallen".
GERUND_OBJECTS = frozenset(["the", "a", "an", "his", "her", "their", "our", "its"])
# Words between conjoined names that share one plural title: "Senators Rubio, Cruz and Lee".
NAME_LIST_LINKS = frozenset([",", "and", "&"])
# The two ends of a route: "from Sumy to Poltava" names two places.
ROUTE_ENDS = frozenset(["from", "to"])
# Determiners a one-word name takes only as a thing: "the Javelins", "a Glock", "their Hummers".
THING_DETERMINERS = frozenset(["the", "these", "those", "our", "their", "a", "an"])
# Determiners before quoted words that modify a noun, naming a thing: "the ‘Exporting is Great’
# campaign", "its “Buy American” rules".
NAMING_DETERMINERS = THING_DETERMINERS | frozenset(["its", "his", "her", "this", "that"])
# What a leader's name modifies after "the": "the Kemp administration", "the Kemp campaign".
LED_BY_A_PERSON = frozenset(
    ["administration", "administrations", "presidency", "campaign", "government", "era"]
)
# Offices named after their field, written before them: "Home Secretary", "Commerce Secretary",
# "Trade Representative", "Interior Minister" (a company's "President" or "CEO" is no field's).
FIELD_NAMED_OFFICES = frozenset(
    [
        "secretary",
        "secretaries",
        "representative",
        "minister",
        "ministers",
        "advisor",
        "adviser",
        "coordinator",
    ]
)
# The last word of a region's name: "the Indo-Pacific", "the Pacific Northwest", "the Western
# Hemisphere" are where things are, whatever label the tagger gave them.
REGION_NAME_ENDS = frozenset(
    [
        "pacific",
        "atlantic",
        "arctic",
        "antarctic",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "midwest",
        "hemisphere",
        "mediterranean",
        "caribbean",
        "balkans",
        "americas",
    ]
)
# A body's common noun standing alone ("the Administration's decision", "the Alliance", "the
# Department"): a description of a body the text names elsewhere, no name of its own.
GENERIC_BODY_NOUNS = frozenset(
    [
        "administration",
        "department",
        "agency",
        "ministry",
        "council",
        "committee",
        "commission",
        "alliance",
        "court",
        "government",
        "bureau",
        "board",
        "delegation",
        "coalition",
        "allies",
    ]
)
# What a person is rather than an office or a body: "U.S. Lawful Permanent Resident Ana Ruiz".
STATUS_NOUNS = frozenset(["resident", "citizen", "immigrant", "refugee", "veteran", "activist", "student"])


# Written messages whose words a text quotes ("The message reads, in part: “…”", "The telegram said:"),
# and the verbs that send them: the sender speaks the words.
SENT_MESSAGE_NOUNS = frozenset("message telegram letter cable greetings".split())  # noqa: SIM905
MESSAGE_SENDING_VERBS = frozenset("send address write dispatch".split())  # noqa: SIM905

# Letters written after a person's name for a seat or an honour ("the Hon Julie Bishop MP",
# "Sir Keir Starmer KC"): the parser may head the name on them; the name is the words before.
POSTNOMINAL_LETTERS = frozenset("MP MEP MLA MSP MS TD QC KC OBE CBE KBE MBE AC AO".split())  # noqa: SIM905

# Title words that are also family names ("Julie Bishop", "John Major", "Angus King", "Howard
# Dean"): after a given name (a capitalised word that is no title, office or nationality) such a
# word ends a person's name rather than naming an office without its holder.
FAMILY_NAME_TITLES = frozenset("bishop king major dean judge prince pope marshal sheriff".split())  # noqa: SIM905
# Adjectives of a faith or a church that, before such a word, make it an office ("Anglican Bishop").
FAITH_ADJECTIVES = frozenset(
    "catholic anglican orthodox lutheran methodist episcopal coptic muslim islamic jewish".split()  # noqa: SIM905
)

# Words that, leading a name, state an office or honorific rather than the name itself.
TITLE_WORDS = (
    frozenset(
        """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam madame mister president
    vice prime minister ministers secretary deputy under assistant acting foreign general attorney
    ambassador envoy special representative senator sen sen. rep rep. congressman congresswoman
    congressmember congressmembers
    governor gov gov. mayor king queen prince princess crown emir sheikh sultan chancellor premier
    chairman chairwoman chair chief spokesperson spokesman spokeswoman director commissioner
    counselor adviser advisor national security pope cardinal rabbi pastor reverend rev rev. judge justice
    colonel col col. lieutenant lt lt. gen gen. admiral adm adm. captain capt capt. major sergeant
    sgt commander marshal excellency majesty highness holiness patriarch ecumenical
    his her their first ceo executive officer
    professor administrator head
    leader speaker senior former late affairs mp mep councillor councilor councilman councilwoman
    alderman alderwoman supt superintendent inspector detective constable det insp sheriff bishop
    archbishop imam father sister brother dean chancellor provost mediator negotiator emeritus
    hon hon. rt rt. honourable honorable amb amb. maj maj. brig brig. cmdr cmdr. msgr msgr. vp hr/vp
    """.split()  # noqa: SIM905
    )
    | MORE_TITLE_WORDS
    | frozenset(PLURAL_TITLES)
)

# The short forms of given names a text calls someone by once it has named them in full: "Tony"
# after "Antony J. Blinken", "Liz" after "Elizabeth Truss" (each short form to its full forms).
GIVEN_NAME_SHORT_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "tony": "antony anthony",
        "liz": "elizabeth",
        "beth": "elizabeth",
        "bob": "robert",
        "rob": "robert",
        "bill": "william",
        "will": "william",
        "jim": "james",
        "jimmy": "james",
        "joe": "joseph",
        "mike": "michael",
        "dick": "richard",
        "rick": "richard",
        "dan": "daniel",
        "dave": "david",
        "tom": "thomas",
        "ted": "edward theodore",
        "ed": "edward",
        "chris": "christopher christine christina",
        "kate": "katherine catherine kathryn",
        "katie": "katherine catherine kathryn",
        "jen": "jennifer",
        "matt": "matthew",
        "nick": "nicholas",
        "pete": "peter",
        "sam": "samuel samantha",
        "steve": "steven stephen",
        "sue": "susan",
        "alex": "alexander alexandra",
        "andy": "andrew",
        "ben": "benjamin",
        "charlie": "charles",
        "chuck": "charles",
        "don": "donald",
        "greg": "gregory",
        "jeff": "jeffrey",
        "jon": "jonathan",
        "ken": "kenneth",
        "larry": "lawrence",
        "meg": "margaret",
        "nancy": "ann anne",
        "pat": "patrick patricia",
        "ron": "ronald",
        "tim": "timothy",
        "vicky": "victoria",
    }.items()
}
# The last word of a person's title or honorific, written right before the name it is: "Mr Maharey",
# "President Giammattei", "Chancellor Scholz". A name after one is a person's, whatever the
# recogniser labels it (a place in "Lord Howe Island" is told by its head noun, PLACE_HEADS).
PERSON_TITLE_HEADS = frozenset(
    """
    mr mrs ms dr prof sir dame lord lady president minister secretary ambassador envoy senator sen
    rep congressman congresswoman governor gov mayor king queen prince princess emir sheikh sultan
    chancellor premier chairman chairwoman spokesperson spokesman spokeswoman director commissioner
    judge justice colonel general admiral captain sergeant pope cardinal rabbi pastor reverend bishop
    archbishop imam
    """.split()  # noqa: SIM905
)

# Words that open what is said to a person addressed by name at a sentence's start ("Pete, what
# do you think?", "Jennifer, go ahead."): the name is a form of address, a given name.
ADDRESS_OPENERS = frozenset(
    [
        "you",
        "your",
        "go",
        "please",
        "thank",
        "thanks",
        "what",
        "how",
        "why",
        "when",
        "where",
        "do",
        "did",
        "can",
        "could",
        "would",
        "will",
        "are",
        "is",
        "let",
        "i",
    ]
)
# What ends a sentence on a name set off by a comma as the person spoken to ("Go ahead, Jennifer.");
# a comma after it may open an aside in the subject's clause ("But again, Putin, as you know, ...").
ADDRESS_CLOSING_MARKS = frozenset([".", "?", "!"])
# A style of address written before an office ("His Majesty King Abdullah II", "Her Excellency
# President Ana Ruiz", "His Royal Highness Crown Prince ..."): a possessive and these words are how
# the bearer is addressed, no part of the office (the role is "King").
STYLE_POSSESSIVES = frozenset(["his", "her", "their", "your"])
# The styles that are a form of address on their own ("Majesty King Tobias" of "His Majesty ..."),
# never the first word of a body's name as "Royal" can be ("Royal Navy").
STYLE_TITLES = frozenset(
    [
        "majesty",
        "highness",
        "excellency",
        "holiness",
        "eminence",
        "beatitude",
        "hon.",
        "hon",
        "rt.",
        "rt",
        "h.e.",
    ]
)
STYLE_WORDS = frozenset(
    [
        "majesty",
        "majesties",
        "highness",
        "highnesses",
        "royal",
        "excellency",
        "excellencies",
        "holiness",
        "eminence",
        "grace",
        "beatitude",
        # "the Rt. Hon. Justin Trudeau", "the Hon. Anthony Albanese": a style of address, no office
        "hon.",
        "hon",
        "rt.",
        "rt",
        "honourable",
        "honorable",
        # "H.E. Mr. Adel Al-Jubeir": "His/Her Excellency" abbreviated
        "h.e.",
    ]
)

HONORIFIC_GENDER = {
    "mr": "m",
    "mr.": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "his": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "madam": "f",
    "madame": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "her": "f",
}

NAME_PARTICLES = frozenset(
    {"bin", "al", "de", "van", "von", "der", "la", "da", "di", "du", "el", "ibn", "le"}
)
# The Arabic article glued to a family name, which a later bare mention drops: "Nasser al-Shaer …
# Shaer said".
FAMILY_NAME_ARTICLES = ("al-", "el-")

# the last word of a building, room or institution named after someone ("Thomas Jefferson Room")
NAMED_BUILDING_HEADS = frozenset(
    """
    room building center centre avenue road square airport station hotel museum university school
    college hospital cathedral mosque stadium arena library institute foundation prize award
    memorial boulevard
    """.split()  # noqa: SIM905
)  # not Hall, Church, Temple, Tower, Park, Lane: surnames too

# What "leader" and "premier" stand for in a description: the offices of heads of state or government.
LEADER_OFFICES = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "leader",
        "monarch",
        "taoiseach",
    }
)


# --- products written with a version (session 9) -----------------------------------------
# Nouns after a version number that say a product line: "Nord Stream 2 pipeline", "IE6 users".
VERSIONED_PRODUCT_NOUNS = frozenset(
    {
        "users",
        "user",
        "browser",
        "browsers",
        "pipeline",
        "pipelines",
        "version",
        "versions",
        "release",
        "update",
    }
)
# Determiners that may open a sentence in capitals: "The Boeing 737 fleet" is no product name "The Boeing".
DETERMINER_WORDS = r"(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Every|Each)"
# Conjunctions opening a clause of time hung on a reporting verb ("said X as the forum opened, adding …")
TIME_CLAUSE_MARKS = frozenset({"as", "when", "while", "after", "before", "once"})
# Gathering nouns a body's own sitting is told by ("an emergency meeting of Congo's cabinet", "a
# Turkish cabinet meeting", "a NATO summit in Warsaw"): see body_sittings.
BODY_SITTING_NOUNS = frozenset({"meeting", "session", "sitting", "summit", "conference"})
SUMMIT_NOUNS = frozenset({"summit"})
# Members whose gathering is their body's sitting: "a conference of European Union foreign ministers".
SITTING_MEMBER_NOUNS = frozenset({"ministers", "leaders"})
# A state's bodies that sit, named by their owner: "Congo's cabinet", "the Kuwaiti parliament".
STATE_BODY_NOUNS = frozenset(
    {"cabinet", "parliament", "government", "senate", "congress", "assembly", "council"}
)
# Words that put a gathering told as a subject in the future: "A cabinet meeting is due today".
DUE_WORDS = frozenset({"due", "scheduled", "slated", "set", "expected"})
# Verbs of being at an event, whose attendees named together met there: "A and B attended the
# ceremony", "those attending the event were A and B", "the funeral was attended by A and B".
ATTENDING_VERBS = frozenset({"attend"})
# Who a clause of attending describes before its list: "Amongst those attending the event were A and B".
ATTENDEE_WORDS = frozenset({"those", "people"})
# Events whose named attendees met there (not a crowd's: a parade, a rally, a concert, a match).
EVENT_NOUNS = frozenset(
    """ceremony ceremonies celebration celebrations funeral inauguration signing wedding reception dinner
    banquet event events summit conference meeting session talks gathering commemoration memorial""".split()  # noqa: SIM905
)
# A quotation joined to the one just closed: '“not a failed state”, but “an incredibly fragile
# state”' (matched on the text right before the second quotation's opening mark).
QUOTATIONS_JOINED = r"[”\"]\s*,?\s*(?:and|but|or|but also|not|and even)\s*$"

# A gathering told as taking place (:mod:`occurring_gatherings`): the nouns of a gathering that can
# occur on its own ("The G20 summit was held in Seoul", "the Review Conference concluded in May"),
# the verbs it occurs by when it is their passive subject ("was held", "was convened") or their
# subject ("opened", "will take place"), and the words that put its occurring ahead ("is scheduled
# to take place", "is due to open").
OCCURRING_GATHERING_NOUNS = frozenset(
    """summit conference forum meeting roundtable session assembly congress convention""".split()  # noqa: SIM905
)
OCCURRING_PASSIVE_VERBS = frozenset({"hold", "convene", "open", "close", "conclude", "stage", "call"})
OCCURRING_VERBS = frozenset(
    {"open", "close", "conclude", "begin", "start", "end", "convene", "reconvene", "resume", "meet"}
)
OCCURRING_AHEAD_WORDS = frozenset({"schedule", "set", "due", "expect", "plan", "slate"})
# Gathering nouns that also name a term of sittings ("The lame duck session of Congress ends today"):
# one sitting only with a modifier that says so (:data:`ONE_SITTING_MODIFIERS`: "an emergency session").
SITTING_TERM_NOUNS = frozenset({"session"})
# Prepositions whose phrase names a gathering by its topic or members: "a conference about the
# reconstruction of Haiti", "the Review Conference on the Non-Proliferation Treaty".
GATHERING_NAME_PREPS = frozenset({"of", "on", "about", "for"})
# How one met, told by a preposition and its noun after the "with" party: "spoke with A by phone and B
# in person" (a person coordinated with the manner's noun is met too, on an occasion of its own).
MANNER_PREPS = frozenset({"by", "over", "via", "on"})
MANNER_NOUNS = PHONE_WORDS | frozenset({"videolink", "zoom", "person", "letter", "email", "text"})
# What one calls a person to do: "called President Vega to congratulate him" is a phone call (the
# purpose clause would otherwise read as "called him to testify", a summons, or "called it to order").
CALL_PURPOSE_VERBS = frozenset(
    {"congratulate", "discuss", "express", "offer", "thank", "wish", "convey", "condole", "update", "brief"}
)
# Verbs by which one takes a call someone else placed: "received a phone call from Chancellor Hahn".
CALL_TAKING_VERBS = frozenset({"receive", "get", "take", "answer"})
# Words of an author field that name a body, an outlet or a kind of text, never a person: "Prime
# Minister's Office", "VOA News", "Presidential Executive Office", "Voice of America".
AUTHOR_BODY_WORDS = frozenset(
    """government ministry office department news agency service council commission press media release
    statement america voice website union states nations bureau desk staff centre center house""".split()  # noqa: SIM905
)
# Prepositions whose object is the other side of a meeting: "met with X", "talks between A and B".
PARTY_PREPS = frozenset({"with", "between", "among", "alongside"})
# Meeting nouns whose "of" names the people who met, when it joins two or more named people: "the
# meeting of Prime Minister Starmer and President von der Leyen" ("the meeting of the G20" is a body's).
OF_PARTY_MEETING_NOUNS = frozenset({"meeting", "talks", "summit", "conversation", "encounter"})

# The prepositions joining an office to its field or country: "the Prime Minister of Sweden", "Minister
# for International Development".
OFFICE_FIELD_PREPS = frozenset({"of", "for"})

# The ordinals that make "the first minister to visit" a record set, not a visitor named.
RECORD_ORDINALS = frozenset({"first", "only", "last", "second", "third"})

# Verbs of standing for a side at a gathering: "Tusk and Juncker represented the EU at the summit".
REPRESENTING_VERBS = frozenset({"represent"})

# A chain of "of" phrases through offices and membership to the body its people speak for: "the heads
# of state or government of the member states of the African Union" are the African Union.
MEMBER_CHAIN_HEADS = frozenset({"heads", "leaders", "representatives"})
MEMBER_CHAIN_NOUNS = frozenset({"state", "government", "states", "countries", "nations", "members"})

# Nouns for the two parties of a dispute, said again as a pair: "Compaore met with both sides".
PAIRED_SIDE_NOUNS = frozenset({"sides", "parties"})
