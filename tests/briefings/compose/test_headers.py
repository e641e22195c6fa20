"""What a briefing says about itself: its clock, its subject, what was cut."""

from __future__ import annotations

from datetime import UTC, datetime

from briefings.compose.headers import cut_notice, newest_note, subject_notes
from briefings.model.clock import nothing_text, window_text
from briefings.subjects import Subject, SubjectRef

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SINCE = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_each_clock_is_said_out_loud_in_the_channel_zone() -> None:
    assert window_text("published", SINCE, None, NOW, "UTC") == "Published since 30 Nov 2026 09:00 UTC"
    assert window_text("last_briefing", SINCE, None, NOW, "Europe/Paris").startswith(
        "New since your last briefing at 30 Nov 2026 10:00 CET"
    )
    assert window_text("ingested", SINCE, None, NOW, "UTC").startswith("New to briefbot in the last 24 hours")
    assert window_text("all", None, NOW, NOW, "UTC") == "Published any time (everything read so far)"
    assert window_text("published", None, NOW, NOW, "UTC") == "Published before 1 Dec 2026 09:00 UTC"


def test_an_empty_briefing_speaks_on_the_same_clock() -> None:
    assert (
        nothing_text("published", SINCE, None, NOW, "UTC") == "Nothing published since 30 Nov 2026 09:00 UTC."
    )
    assert nothing_text("last_briefing", SINCE, None, NOW, "UTC") == (
        "Nothing new since your last briefing at 30 Nov 2026 09:00 UTC."
    )
    assert "/brief since 2021-07-22" in newest_note(datetime(2021, 7, 29, tzinfo=UTC), "UTC")


def test_a_cut_notice_counts_and_points_to_the_rest() -> None:
    assert cut_notice(10, 146, False, "/quotes X more") == "showing 10 of 146 — /quotes X more"
    assert cut_notice(10, 200, True, "--max-items 200") == "showing 10 of 200 or more — --max-items 200"


def test_a_subject_note_names_members_others_and_what_is_missing() -> None:
    subject = Subject(
        "Smith",
        SubjectRef(1, "Charlie Smith", "person"),
        (1,),
        others=(SubjectRef(2, "Sarah Smith", "person"),),
    )
    notes = subject_notes(subject, ("quotes",), quotes=False, questions=False)
    assert notes == (
        '"Smith" also matches Sarah Smith (person); this answer uses Charlie Smith.',
        "No quotes by Smith (Charlie Smith).",
    )
    org = Subject("Taliban", SubjectRef(3, "Taliban", "org"), (3, 4), (SubjectRef(4, "Baradar", "person"),))
    assert subject_notes(org, ("meetings",), quotes=True, questions=True) == (
        "Taliban (organisation), with its members and officials: Baradar.",
    )
