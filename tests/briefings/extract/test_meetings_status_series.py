"""Planned series, postponed meetings, and meetings that must not be invented (issue 15, classes 3-8).

Invented sentences of each shape: a programme of gatherings in a preview, each with
its own day; a visit put off, a summit pushed back; a past conversation in remarks;
parties in two clauses; "the President" in a government's readout; a king and a
prince who share a family name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefings.extract import Extractor
from briefings.model.facts import Meeting
from tests.briefings.extract.meeting_support import meetings_reader, names, only

pytestmark = pytest.mark.slow

PUBLISHED = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday


@pytest.fixture(scope="module")
def meetings_in(extractor: Extractor) -> Callable[..., list[Meeting]]:
    return meetings_reader(extractor, PUBLISHED)


# --- class 3: planned series in previews -----------------------------------------------


def test_a_programme_of_gatherings_is_one_planned_meeting_each_with_its_day_and_place(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Talks on arms control open in Vienna on the 4th, followed by a council session on the 6th "
        "and a ministers' meeting on the 8th."
    )
    assert [(names(m), m.date, m.place, m.status) for m in found] == [
        (["Talks on arms control"], "2026-03-04", "Vienna", "planned"),
        (["council session"], "2026-03-06", "Vienna", "planned"),
        (["ministers' meeting"], "2026-03-08", "Vienna", "planned"),
    ]


def test_an_undated_programme_told_in_the_past_is_no_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    assert meetings_in("The talks ended quietly, followed by a dinner and a concert.") == []


# --- class 4: status held / planned / postponed / cancelled ----------------------------


def test_putting_off_a_visit_postpones_it(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("Senator Ana Lopez had to put off her visit to Chile."))
    assert names(meeting) == ["Ana Lopez", "Chile"]
    assert meeting.status == "postponed"


def test_a_summit_pushed_back_is_postponed(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in("The summit between President Tomas Ruiz and President Ana Vega was pushed back.")
    )
    assert names(meeting) == ["Tomas Ruiz", "Ana Vega"]
    assert meeting.status == "postponed"


def test_a_postponed_meeting_is_not_merged_with_the_planned_one(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Tomas Ruiz will meet President Ana Vega in Lima on Friday. "
        "Earlier talks between President Ruiz and President Vega were postponed in January."
    )
    assert sorted(m.status for m in found) == ["planned", "postponed"]


def test_declining_to_meet_is_still_cancelled(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(meetings_in("President Ana Vega declined to meet Senator Ana Lopez in Santiago."))
    assert meeting.status == "cancelled"


def test_looking_forward_to_welcoming_someone_is_a_planned_meeting(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "Mr. Pryor conveyed that President Tomas Ruiz looks forward to warmly welcoming Prime "
            "Minister Ana Vega to the White House soon."
        )
    )
    assert set(names(meeting)) == {"Tomas Ruiz", "Ana Vega"}
    assert meeting.status == "planned"


def test_an_invitation_to_meet_is_a_planned_meeting_of_the_invited(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    meeting = only(
        meetings_in(
            "The President warmly extended an invitation for Prime Minister Ana Vega to meet with "
            "President Tomas Ruiz soon at the White House."
        )
    )
    assert names(meeting) == ["Ana Vega", "Tomas Ruiz"]
    assert meeting.status == "planned"


# --- class 5: a past conversation is not a planned meeting ------------------------------


def test_a_past_conversation_in_remarks_is_never_planned(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "**PRESIDENT RUIZ:** Thank you all for coming. I was talking about that with President Ana "
        "Vega just last week, and she agrees.\n\n**Q:** Will you see her again?",
        title="Remarks by President Ruiz Before Departure",
    )
    assert all(m.status == "held" for m in found), found
    assert all("Ana Vega" in names(m) for m in found), found


# --- class 6: no pairing across a clause -----------------------------------------------


def test_parties_of_two_clauses_are_not_paired(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Envoy Tom Witt started the dialogue with the Russians, and the talks in Riyadh are now "
        "with the Ukrainians."
    )
    assert not any({"Russians", "Ukrainians"} <= set(names(m)) for m in found), found


# --- class 7: "the President" in a government's readout --------------------------------


def test_the_president_in_a_readout_is_the_readouts_own_president(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "President Tomas Ruiz spoke today with President Ana Vega of Chile. The leaders discussed the "
        "results of the President's June 29 trilateral meeting with Prime Minister Ken Ito of Japan.",
        title="Readout of President Ruiz's Call with President Vega of Chile",
    )
    trilateral = next(m for m in found if "Ken Ito" in names(m))
    assert names(trilateral)[0] == "Tomas Ruiz"
    assert "Ana Vega" not in names(trilateral)[:1]


def test_an_unnamed_president_in_a_readout_stays_the_host(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "This morning, the President hosted Leader Ana Vega and Senator Tom Pryor for breakfast at "
            "his home in Wilmington.",
            title="Readout of the President's Breakfast Meeting with Leader Vega and Senator Pryor",
        )
    )
    assert set(names(meeting)) == {"the President", "Ana Vega", "Tom Pryor"}


def test_the_author_of_a_readout_is_no_party(meetings_in: Callable[..., list[Meeting]]) -> None:
    meeting = only(
        meetings_in(
            "Today Advisor Tom Pryor spoke with activist Lena Marsh after the arrest outside her home.",
            title="Readout by Spokesperson Ada Quinn of Advisor Pryor's Call with Activist Lena Marsh",
        )
    )
    assert "Ada Quinn" not in names(meeting)


# --- class 8: different people with one family name -------------------------------------


def test_a_king_is_not_the_prince_whose_patronymic_he_gives(
    meetings_in: Callable[..., list[Meeting]],
) -> None:
    found = meetings_in(
        "Secretary Ana Vega met Prince Khalid bin Salman in Riyadh. "
        "President Tomas Ruiz spoke with King Salman about oil."
    )
    call = next(m for m in found if "Tomas Ruiz" in names(m))
    (king,) = [p for p in call.participants if p.name != "Tomas Ruiz"]
    assert (king.name, king.role) == ("Salman", "King")


def test_the_son_named_with_his_patronymic_is_the_son(meetings_in: Callable[..., list[Meeting]]) -> None:
    found = meetings_in(
        "Secretary Ana Vega met Prince Khalid bin Salman in Riyadh. Later, Minister Tom Pryor met "
        "Khalid bin Salman in Jeddah."
    )
    assert all("Khalid bin Salman" in names(m) for m in found)
