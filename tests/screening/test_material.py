"""Candidate questions answered from the job material only: MiniLM, then word overlap."""

from __future__ import annotations

import pytest

from screening.intents import split_message, wants_human
from screening.material import find_answer


@pytest.mark.parametrize(
    ("text", "answer", "questions"),
    [
        ("Yes. Is there parking?", "Yes.", ("Is there parking?",)),
        ("what does it pay?", "", ("what does it pay?",)),
        ("weekends mostly", "weekends mostly", ()),
        ("yes?", "yes?", ()),
        (
            "Three years. How long is training? And do you provide a laptop?",
            "Three years.",
            ("How long is training?", "And do you provide a laptop?"),
        ),
    ],
)
def test_questions_are_split_from_answers(text, answer, questions) -> None:
    got = split_message(text)
    assert (got.answer, got.questions) == (answer, questions)


@pytest.mark.parametrize(
    "text", ["human", "Can I talk to a real person?", "I'd like to speak with a recruiter"]
)
def test_asking_for_a_person_is_recognised(text) -> None:
    assert wants_human(text)


def test_yes_is_not_a_request_for_a_person() -> None:
    assert not wants_human("yes, I'm a people person")


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What's the salary?", "The pay is $21 per hour"),
        ("do you give me a computer?", "we ship a laptop"),
        ("is there a dress code", "there is no dress code"),
    ],
)
def test_word_fallback_quotes_the_matching_sentence(job, question, quoted) -> None:
    found = find_answer(job, question, None)
    assert found.method == "words" and quoted in found.passage.text


def test_word_fallback_says_nothing_when_nothing_matches(job) -> None:
    assert find_answer(job, "Is there parking?", None).passage is None


@pytest.fixture(scope="module")
def vectors() -> dict:
    """Passage vectors shared by the retrieval tests, as the web process shares them."""
    return {}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("what does it pay?", "The pay is $21 per hour"),
        ("How much is the salary?", "The pay is $21 per hour"),
        ("Do I get a laptop?", "we ship a laptop"),
        ("is it remote?", "fully remote role"),
        ("how long is training?", "Training is paid and lasts two weeks"),
        ("when does it start?", "next training group starts"),
        ("Is there parking?", None),
        ("Is there a pension plan?", None),
        ("Do you sponsor visas?", None),
        ("what's the company culture like?", None),
    ],
)
def test_minilm_retrieval_answers_only_what_the_material_says(
    job, inference, vectors, question, quoted
) -> None:
    from services.inference import Priority

    def embed(texts):
        return inference.run("embed", texts, priority=Priority.INTERACTIVE)

    found = find_answer(job, question, embed, vectors)
    assert found.method == "embedding"
    if quoted is None:
        assert found.passage is None
    else:
        assert found.passage is not None and quoted in found.passage.text
