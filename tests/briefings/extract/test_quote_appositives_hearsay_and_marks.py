"""Speakers behind long appositives, hearsay and a participle going on; a quotation mark typed against
the sentence before (issue 14, session 18, from the dev sets' missed quotes).

Invented sentences of each construction, positive and negative:

* "In an interview with the Paper, Dr. Tan Wei Ming, an ichthyologist and Lee Kong Chian Museum
  officer, stated, “…”": a name set off after a fronted phrase speaks across its appositives, however
  many, even with a title the recogniser left out and a name inside an appositive; a name inside the
  fronted phrase itself ("After meeting Maria Kowalska in Warsaw, the union wrote") is not the subject;
* "Wael Ghonim, a Google executive, credited with organizing the first protest, wrote on Twitter, a
  micro-blogging website, “Power to the people!”": a participle describing the name is an
  appositive too, and the verb reaches the quotation over its phrases of channel;
* "Al-Majid is reported to have said “…”", "She is said to have told aides “…”": hearsay raises the
  speaker to the passive subject;
* "Di Rita said “… It is not the case,” adding that “…”": a participle the parser hung on the
  quotation before goes on with its speaker;
* ``supported the stance." Any future agreement …," they said``: a straight mark typed right after a
  full stop opens the next quotation when a later mark must close it.
"""

from __future__ import annotations

from collections.abc import Callable

from briefings.extract.context import DocContext
from briefings.extract.quotemarks import find_quotes
from briefings.extract.quotes import extract_quotes
from tests.briefings.extract.quote_support import speaker

Ctx = Callable[..., DocContext]


def test_a_name_after_a_fronted_phrase_speaks_across_its_appositives(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "In an interview with The New Paper, Dr. Tan Heok Hui, an ichthyologist and Lee Kong Chian "
            "Natural History Museum operations officer, stated, “Stingrays attack when they feel "
            "threatened, cornered or alarmed.”"
        )
    )
    assert speaker(quotes, "Stingrays attack") == "Tan Heok Hui"


def test_a_participle_describing_the_name_is_an_appositive_and_the_channel_is_skipped(
    context_of: Ctx,
) -> None:
    quotes = extract_quotes(
        context_of(
            "In response to the announcement of the premier's resignation, Wael Ghonim, a Google "
            "executive, credited with organizing the first demonstration and a former political "
            "prisoner, wrote on Twitter, a micro-blogging website, “Power to the people!”"
        )
    )
    assert speaker(quotes, "Power to the people") == "Wael Ghonim"
    assert quotes[0].speaker is not None and quotes[0].speaker.role == "Google executive"


def test_a_name_in_the_fronted_phrase_itself_is_no_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "After meeting Maria Kowalska in Warsaw, the union wrote, “nothing was agreed at all before "
            "the vote on the bill.”"
        )
    )
    assert speaker(quotes, "nothing was agreed") == "the union"


def test_hearsay_raises_the_speaker_to_its_subject(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Ali Hassan al-Majid is reported to have said “Thanks be to God, we have won at last” as he "
            "left the court building."
        )
    )
    assert speaker(quotes, "Thanks be to God") == "Ali Hassan al-Majid"


def test_a_participle_hung_on_the_quotation_before_goes_on_with_its_speaker(context_of: Ctx) -> None:
    quotes = extract_quotes(
        context_of(
            "Pentagon spokesman Lawrence Di Rita said “On behalf of these fine young men and women, we "
            "regret any perception that they were told what to say. It is not the case,” adding that "
            "“The soldiers were advised as to the issues they should expect to discuss.”"
        )
    )
    assert speaker(quotes, "The soldiers were advised") == "Lawrence Di Rita"


def test_a_mark_typed_against_the_sentence_before_opens_the_next_quotation() -> None:
    text = (
        'The Labor Party supported the stance." Any future agreement must depend on India signing '
        'the treaty," they said in a press release.'
    )
    assert [q.text for q in find_quotes(text)] == [
        "Any future agreement must depend on India signing the treaty,"
    ]


def test_a_closing_mark_after_a_full_stop_still_closes() -> None:
    text = 'He said "we will build it." Then the meeting ended, and "nobody" spoke.'
    assert [q.text for q in find_quotes(text)] == ["we will build it.", "nobody"]
