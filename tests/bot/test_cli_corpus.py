"""`briefbot people` and `briefbot meetings` against a real database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from bot.cli import app
from briefings.model.facts import Extraction, Person
from briefings.store import SqlStore
from tests.briefings.store.builders import article, meeting

JULY_26 = datetime(2022, 7, 26, 14, tzinfo=UTC)
NOW = datetime(2022, 8, 1, 9, tzinfo=UTC)


@pytest.fixture
def corpus(store: SqlStore, database_url: str) -> str:
    readout = article(
        "Secretary Blinken's Meeting with President Osmani and Prime Minister Kurti",
        "Secretary of State Antony J. Blinken met today with Kosovan President Vjosa Osmani"
        " and Prime Minister Albin Kurti in Washington, DC.",
        published=JULY_26,
        url="https://example.org/readout",
    )
    remarks = article(
        "Secretary Blinken, President Osmani and Prime Minister Kurti Before Their Meeting",
        "SECRETARY BLINKEN: Madam President, Prime Minister, wonderful to have both of you here.",
        published=JULY_26,
        url="https://example.org/remarks",
    )
    earlier = article(
        "Blinken call with Kuleba",
        "Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba.",
        published=JULY_26 - timedelta(days=60),
        url="https://example.org/kuleba",
    )
    people = (
        Person("Antony J. Blinken", ("Secretary Blinken", "Blinken"), ("Secretary of State",)),
        Person("Vjosa Osmani", ("Osmani",), ("President",)),
        Person("Albin Kurti", ("Kurti",), ("Prime Minister",)),
    )
    store.save_document(
        readout.document,
        Extraction(
            readout.document.id,
            meetings=(
                meeting(
                    readout.evidence[0],
                    "Antony J. Blinken",
                    "Vjosa Osmani",
                    "Albin Kurti",
                    place="Washington, DC",
                ),
            ),
            people=people,
        ),
        now=NOW,
    )
    store.save_document(
        remarks.document,
        Extraction(
            remarks.document.id,
            meetings=(meeting(remarks.evidence[0], "Blinken", "Osmani", "Kurti"),),
            people=(Person("Blinken", ("Secretary Blinken",)), Person("Osmani"), Person("Kurti")),
        ),
        now=NOW,
    )
    store.save_document(
        earlier.document,
        Extraction(
            earlier.document.id,
            meetings=(meeting(earlier.evidence[0], "Blinken", "Dmytro Kuleba", status="held"),),
            people=(Person("Blinken"), Person("Dmytro Kuleba", ("Kuleba",), ("Foreign Minister",))),
        ),
        now=NOW,
    )
    return database_url


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_people_lists_blinken_once_with_his_aliases_and_roles(corpus: str) -> None:
    code, out, _ = run("people", "--db", corpus)

    assert code == 0
    assert out.count("Antony J. Blinken  [person, 3 documents]") == 1
    blinken = out.split("Antony J. Blinken  [person, 3 documents]")[1].split("\n")
    assert "aliases: Secretary Blinken, Blinken" in blinken[1]
    assert blinken[2].strip() == "roles: Secretary of State (2022-07-26)"
    assert "Dmytro Kuleba  [person, 1 document]" in out


def test_people_json_and_name_filter(corpus: str) -> None:
    code, out, _ = run("people", "--db", corpus, "--name", "blinken", "--json")

    assert code == 0
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["name"] == "Antony J. Blinken"
    assert record["documents"] == 3
    assert record["roles"] == [{"role": "Secretary of State", "stated": "2022-07-26"}]


def test_meetings_are_merged_with_their_number_of_sources(corpus: str) -> None:
    code, out, _ = run("meetings", "--db", corpus)

    assert code == 0
    kosovo = out.split("\n\n")[0] if "\n\n" in out else out
    assert "held · Washington, DC" in kosovo
    assert (
        "Antony J. Blinken (Secretary of State), Vjosa Osmani (President), Albin Kurti (Prime Minister)"
        in out
    )
    assert (
        "Antony J. Blinken (Secretary of State), Dmytro Kuleba (Foreign Minister)" not in out
    )  # not stated there
    assert "Antony J. Blinken, Dmytro Kuleba (Foreign Minister)" in out
    assert "2 sources:" in out
    assert out.count("#") == 2


def test_meetings_filter_by_person_and_since(corpus: str) -> None:
    _, by_person, _ = run("meetings", "--db", corpus, "--person", "Kuleba", "--json")
    assert [len(json.loads(line)["sources"]) for line in by_person.splitlines()] == [1]

    _, recent, _ = run("meetings", "--db", corpus, "--since", "30d", "--now", NOW.isoformat(), "--json")
    [kosovo] = [json.loads(line) for line in recent.splitlines()]
    assert [p["name"] for p in kosovo["participants"]] == ["Antony J. Blinken", "Vjosa Osmani", "Albin Kurti"]
    assert {s["url"] for s in kosovo["sources"]} == {
        "https://example.org/readout",
        "https://example.org/remarks",
    }


def test_bad_arguments_get_one_line_and_exit_2(corpus: str) -> None:
    code, _, err = run("meetings", "--db", corpus, "--since", "someday")
    assert code == 2 and err.startswith("briefbot meetings: ") and len(err.splitlines()) == 1

    code, _, err = run("people", "--db", corpus, "--kind", "robot")
    assert code == 2 and "unknown --kind 'robot'" in err


def test_empty_database_says_so(database_url: str) -> None:
    assert run("people", "--db", database_url)[1].strip() == "No people found."
    assert run("meetings", "--db", database_url)[1].strip() == "No meetings found."


def test_people_lists_persons_and_organisations_not_places_or_anonymous_sources(
    store: SqlStore, database_url: str
) -> None:
    a = article(
        "Talks", "An adviser to the team spoke in Kyiv.", published=JULY_26, url="https://example.org/t"
    )
    people = (
        Person("Kyiv", kind="place"),
        Person("Ukrainian", kind="group"),
        Person("an adviser to the team", kind="anonymous"),
        Person("NATO", kind="org"),
        Person("Lena Varga"),
    )
    store.save_document(a.document, Extraction(a.document.id, people=people), now=NOW)
    code, out, _ = run("people", "--db", database_url)
    assert code == 0
    listed = [line.split("  [")[0] for line in out.splitlines() if "  [" in line]
    assert sorted(listed) == ["Lena Varga", "NATO"]
    assert "Kyiv  [place" in run("people", "--db", database_url, "--kind", "place")[1]
