"""A government publisher's office holders on a date, read from a document's URL and date."""

from __future__ import annotations

from datetime import UTC, datetime

from briefings.extract.publishers import publisher_of, publisher_offices
from briefings.model.documents import Document


def _offices(url: str | None, when: datetime | None) -> dict[str, str]:
    document = Document.create(title="", body="", url=url, published=when)
    return {office: ref.name for office, ref in publisher_offices(document).items()}


def test_the_host_or_a_parent_domain_of_it_names_the_publisher() -> None:
    assert publisher_of("https://www.whitehouse.gov/briefing-room/") == ("White House", "")
    assert publisher_of("https://bidenwhitehouse.archives.gov/x") == ("White House", "Biden")
    assert publisher_of("https://2017-2021.state.gov/x") == ("State Department", "Trump")
    assert publisher_of("https://www.state.gov/x") == ("State Department", "")
    assert publisher_of("https://notwhitehouse.gov/x") is None
    assert publisher_of("https://en.wikinews.org/wiki/x") is None
    assert publisher_of(None) is None


def test_the_holders_on_the_publication_date() -> None:
    offices = _offices("https://www.whitehouse.gov/x", datetime(2022, 3, 1, tzinfo=UTC))
    assert offices == {
        "president": "Joe Biden",
        "vice president": "Kamala Harris",
        "first lady": "Jill Biden",
        "second gentleman": "Doug Emhoff",
    }
    earlier = _offices("https://www.whitehouse.gov/x", datetime(2019, 3, 1, tzinfo=UTC))
    assert earlier["president"] == "Donald Trump"


def test_inauguration_day_turns_at_noon_eastern() -> None:
    morning = _offices("https://www.whitehouse.gov/x", datetime(2021, 1, 20, 15, tzinfo=UTC))
    afternoon = _offices("https://www.whitehouse.gov/x", datetime(2021, 1, 20, 18, tzinfo=UTC))
    assert (morning["president"], afternoon["president"]) == ("Donald Trump", "Joe Biden")


def test_an_archive_host_holds_its_administration_whatever_the_date_says() -> None:
    assert _offices("https://bidenwhitehouse.archives.gov/x", None)["president"] == "Joe Biden"
    # dated on inauguration morning (a bare date is midnight UTC): still the archive's President
    early = _offices("https://bidenwhitehouse.archives.gov/x", datetime(2021, 1, 20, tzinfo=UTC))
    assert early["president"] == "Joe Biden"


def test_a_current_host_needs_a_date_and_a_vacancy_names_nobody() -> None:
    assert _offices("https://www.whitehouse.gov/x", None) == {}
    # between Tillerson and Pompeo an acting Secretary served: the title stays
    assert "secretary" not in _offices("https://www.state.gov/x", datetime(2018, 4, 10, tzinfo=UTC))
    blinken = _offices("https://www.state.gov/x", datetime(2022, 3, 1, tzinfo=UTC))
    assert blinken == {"secretary": "Antony Blinken"}


def test_other_publishers_hold_no_offices() -> None:
    assert _offices("https://en.wikinews.org/wiki/x", datetime(2022, 3, 1, tzinfo=UTC)) == {}
    assert _offices(None, datetime(2022, 3, 1, tzinfo=UTC)) == {}
