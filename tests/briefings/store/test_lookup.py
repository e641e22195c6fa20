"""Resolving a lookup's name in the store: the identity, its members, one name per person."""

from __future__ import annotations

from briefings.store.protocol import Store
from tests.bot.corpus import PUBLISHED, save_seed


def test_an_organisation_gathers_the_people_whose_role_names_it(store: Store) -> None:
    save_seed(store)
    subject = store.resolve_subject("Taliban")
    assert subject is not None and subject.name == "Taliban" and subject.identity.kind == "org"
    assert [m.name for m in subject.members] == ["Mullah Abdul Ghani Baradar"]
    assert subject.identity.id in subject.member_ids and len(subject.member_ids) == 2
    assert "taliban" in subject.terms and not subject.others


def test_a_person_is_only_that_person_named_as_the_texts_name_them(store: Store) -> None:
    save_seed(store)
    subject = store.resolve_subject("lyons")
    assert subject is not None and subject.is_person and subject.name == "Deborah Lyons"
    assert subject.member_ids == (subject.identity.id,) and subject.members == ()
    assert {"deborah lyons", "lyons"} <= set(subject.terms)


def test_a_name_no_identity_has_resolves_to_nothing(store: Store) -> None:
    save_seed(store)
    assert store.resolve_subject("legitimacy") is None


def test_current_roles_and_the_newest_publication(store: Store) -> None:
    assert store.newest_published() is None
    save_seed(store)
    subject = store.resolve_subject("Biden")
    assert subject is not None
    assert store.current_roles([subject.identity.id]) == {
        subject.identity.id: ("Joe Biden", "U.S. President")
    }
    assert store.current_roles([]) == {}
    assert store.newest_published() == PUBLISHED


def test_quotes_by_identity_and_of_documents_naming_a_term(store: Store) -> None:
    save_seed(store)
    subject = store.resolve_subject("Lyons")
    assert subject is not None
    by = store.quotes(identity_ids=subject.member_ids)
    assert [q.quote.speaker.name for q in by if q.quote.speaker] == ["Deborah Lyons"]
    mentioning = store.quotes(mentioning=["Tianjin", "nowhere at all"])
    assert len(mentioning) == 2  # both quotes of the one document that names Tianjin
    assert store.quotes(mentioning=["Kathmandu"]) == []
    assert store.quotes(mentioning=["?!"]) == []
