"""The in-repository scorer follows shared/eval/score.py's matching rules."""

from __future__ import annotations

from typing import Any

from benchmarks.scoring import name_matches, same_text, score_records


def record(stem: str, **sections: list[dict[str, Any]]) -> dict[str, Any]:
    return {"document": {"path": f"/somewhere/{stem}.md"}, **sections}


GOLD: dict[str, Any] = {
    "document": "doc.txt",
    "quotes": [
        {
            "text": "We will never allow any force to use our territory",
            "speaker": ["Abdul Ghani Baradar", "Baradar"],
        },
        {"text": "a certain legitimacy", "speaker": ["Deborah Lyons"], "required": False},
    ],
    "not_quotes": ["breakthrough"],
    "meetings": [
        {
            "participants": [["Wang Yi", "Wang"], ["Abdul Ghani Baradar", "Baradar", "Taliban"]],
            "place": "Tianjin",
        }
    ],
    "questions": [{"text": "where do they go from here?"}],
    "not_questions": ["Dreaming of a career in the Asia-Pacific?"],
}


def test_a_span_matches_when_it_holds_most_of_the_gold_and_little_else() -> None:
    assert same_text("So the question now is, where do they go from here?", "where do they go from here?")
    assert not same_text("go from here", "where do they go from here?")


def test_names_match_by_alias_full_name_or_surname() -> None:
    assert name_matches("baradar", ["Abdul Ghani Baradar", "Baradar"])
    assert name_matches("Mullah Abdul Ghani Baradar", ["Abdul Ghani Baradar"])
    assert name_matches("Melania Trump", ["Mrs. Trump"])
    assert not name_matches("Wang Yi", ["Abdul Ghani Baradar"])


def test_scores_pair_records_by_file_stem_and_count_each_section() -> None:
    out = record(
        "doc",
        quotes=[
            {"text": "We will never allow any force to use our territory", "speaker": {"name": "Baradar"}},
            {"text": "breakthrough", "speaker": None},
        ],
        meetings=[
            {
                "participants": [{"name": "Wang Yi"}, {"name": "Mullah Abdul Ghani Baradar"}],
                "place": "Tianjin",
            }
        ],
        questions=[
            {"text": "where do they go from here?", "kind": "explicit"},
            {"text": "it is unclear whether the talks resume", "kind": "implicit"},
        ],
    )
    report = score_records([out], [GOLD])
    assert report.totals["quotes"] == [1, 2, 1]  # the scare quote is a false positive ...
    assert report.leaks == 1  # ... and a leak
    assert report.totals["attributed"] == [1, 2, 1]
    assert report.totals["meetings"] == [1, 1, 1]
    assert report.totals["questions"] == [1, 1, 1]  # an unlisted implicit question costs nothing
    assert report.lines == [
        "doc.txt: quotes P=0.50 R=1.00 F1=0.67 | attributed P=0.50 R=1.00 F1=0.67 | "
        "meetings P=1.00 R=1.00 F1=1.00 | questions P=1.00 R=1.00 F1=1.00 | places 1 | leaks 1"
    ]


def test_boilerplate_question_is_a_leak_and_unlisted_explicit_questions_count_against() -> None:
    out = record(
        "doc",
        questions=[
            {"text": "Dreaming of a career in the Asia-Pacific?", "kind": "explicit"},
            {"text": "Who will pay for it?", "kind": "explicit"},
        ],
    )
    report = score_records([out], [GOLD])
    assert report.leaks == 1
    assert report.totals["questions"] == [0, 2, 1]


def test_a_missing_document_scores_nothing_and_is_counted() -> None:
    report = score_records([], [GOLD])
    assert report.missing == 1
    assert report.lines[0].startswith("doc.txt (no output): ")
    assert report.f1("meetings") == 0.0


def test_sections_not_annotated_are_not_scored() -> None:
    gold = {**GOLD, "annotates": ["questions"]}
    out = record(
        "doc", quotes=[{"text": "breakthrough"}], questions=[{"text": "where do they go from here?"}]
    )
    report = score_records([out], [gold])
    assert report.leaks == 0
    assert report.total_line().endswith(
        "quotes P=0.00 R=0.00 F1=0.00 | attributed P=0.00 R=0.00 F1=0.00 | meetings P=0.00 R=0.00 F1=0.00 | "
        "questions P=1.00 R=1.00 F1=1.00 | leaks=0"
    )
