"""Who a government publisher's bare titles name: "the President" in a White House text.

A press briefing on whitehouse.gov says "the President said" of the President of the
United States without ever writing his name, while it names other presidents freely
("President Putin", "President Macron"), so the document alone cannot tell who "the
President" is. Who published it can: the White House of a date has one President, Vice
President and First Lady, the State Department one Secretary. This is a fact about the
document, read once from its metadata (the URL's host and the publication date) against
the dated table in :mod:`lexicon`; :mod:`titles` uses it only where the text itself
names no bearer, so news from any other publisher is untouched.

>>> from datetime import datetime, UTC
>>> doc = Document.create(title="", body="", url="https://www.whitehouse.gov/briefing-room/x/",
...                       published=datetime(2022, 3, 1, tzinfo=UTC))
>>> publisher_offices(doc)["president"]
PersonRef(name='Joe Biden', role='President', kind='person')
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from briefings.extract.lexicon import PUBLISHER_HOSTS, PUBLISHER_OFFICE_HOLDERS, PUBLISHER_ROLES
from briefings.model.documents import Document
from briefings.model.facts import PersonRef


def publisher_of(url: str | None) -> tuple[str, str] | None:
    """``(publisher, administration)`` of a URL whose host (or a parent domain of it) is in
    the table: "bidenwhitehouse.archives.gov" is the White House of the Biden administration,
    "www.whitehouse.gov" the White House of whenever the text is dated."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    labels = host.split(".")
    for first in range(len(labels) - 1):  # the longest known suffix: "2017-2021.state.gov" first
        found = PUBLISHER_HOSTS.get(".".join(labels[first:]))
        if found is not None:
            return found
    return None


_OPEN = "9999-12-31"  # the end of a term still running


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


def publisher_offices(document: Document) -> dict[str, PersonRef]:
    """Each office of the document's publisher with its holder on the publication date.

    An archive host pins the administration: a holder is taken from it when the date
    falls in the holder's term, or, for an undated text (or one dated outside the
    administration), when the administration had only that holder of the office. A
    current host ("whitehouse.gov") needs the date. Other publishers hold no offices.
    """
    publisher = publisher_of(document.url)
    if publisher is None:
        return {}
    name, administration = publisher
    rows = [r for r in PUBLISHER_OFFICE_HOLDERS if r[0] == name and administration in {"", r[1]}]
    when = document.published
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    offices: dict[str, PersonRef] = {}
    for office in dict.fromkeys(r[2] for r in rows):
        held = [r for r in rows if r[2] == office]
        dated = [r for r in held if when is not None and _moment(r[4]) <= when < _moment(r[5] or _OPEN)]
        if not dated and administration and len({r[3] for r in held}) == 1:
            dated = held[:1]
        if len(dated) == 1:
            role = PUBLISHER_ROLES.get((name, office), office.title())
            offices[office] = PersonRef(dated[0][3], role, "person")
    return offices
