"""Job files: the sample loads; mistakes are reported with their line and field."""

from __future__ import annotations

import json

import pytest
import yaml

from screening.errors import JobFileError
from screening.jobdef import parse_job_text

BASE = """\
id: night-nurse
title: Night nurse
description: Nights at the clinic. The pay is $40 an hour.
questions:
"""


def problems(text: str) -> list[str]:
    with pytest.raises(JobFileError) as e:
        parse_job_text(text, "job.yaml")
    return [str(p) for p in e.value.problems]


def test_sample_job_has_rules_as_written(job) -> None:
    assert [q.id for q in job.questions] == [
        "eligible",
        "hours",
        "years",
        "spanish",
        "start",
        "why",
    ]
    eligible = job.question("eligible")
    assert (eligible.knockout.op, eligible.knockout.value) == ("equals", "no")
    years = job.question("years").score
    assert (years.per_unit, years.max) == (4, 20)
    assert job.question("spanish").score.values == {"yes": 15}
    assert job.recruiter == "recruiter@deskmate.localhost"


def test_bare_yes_and_no_in_yaml_mean_the_words() -> None:
    # Given YAML 1.1 booleans as rule values and keys
    text = (
        BASE
        + "  - {id: car, ask: Do you drive?, type: yes_no,"
        + " knockout: {equals: no}, score: {yes: 3}}\n"
    )
    job, _ = parse_job_text(text.replace("Do you drive?", "Do you drive"))
    # Then they are read as the answers "no" and "yes"
    assert job.questions[0].knockout.value == "no"
    assert job.questions[0].score.values == {"yes": 3.0}


def test_json_job_files_load_too(sample_text) -> None:
    as_json = json.dumps(yaml.safe_load(sample_text), indent=2)
    job, _ = parse_job_text(as_json, "job.json")
    assert job.id == "support-rep-remote"


def test_unknown_type_names_line_and_field() -> None:
    text = BASE + "  - id: years\n    ask: How many years?\n    type: numbr\n"
    assert problems(text) == [
        "line 7, questions[0].type: 'numbr' is not one of "
        "['yes_no', 'number', 'choice', 'date', 'text']"
    ]


def test_knockout_value_must_be_an_answer_the_question_can_have() -> None:
    text = (
        BASE
        + '  - {id: shift, ask: "Which shift?", type: choice, options: [day, night],'
        + " knockout: {equals: evening}}\n"
    )
    assert problems(text) == [
        "line 5, questions[0].knockout.equals: 'evening' is not one of ['day', 'night']"
    ]


def test_every_problem_is_reported_at_once() -> None:
    text = "id: Bad Id\ntitle: T\nquestions: []\n"
    found = problems(text)
    assert any("line 1, id:" in p for p in found)
    assert any("description" in p for p in found)
    assert any("line 3, questions:" in p for p in found)


def test_per_unit_score_needs_a_number_question() -> None:
    text = BASE + '  - {id: langs, ask: "Languages?", type: text, score: {per_unit: 2, max: 10}}\n'
    assert problems(text) == [
        "line 5, questions[0].score.per_unit: per_unit scores need a number question"
    ]


def test_rules_on_protected_attributes_are_refused() -> None:
    text = (
        BASE
        + '  - {id: age, ask: "How old are you?", type: number, knockout: {greater_than: 50}}\n'
    )
    assert problems(text) == [
        "line 5, questions[0].ask: rules may not use protected attributes (age, sex, race, ...)"
    ]


def test_broken_yaml_names_its_line() -> None:
    assert problems(BASE + "  - {id: x, ask: [unclosed\n")[0].startswith("line 6")


def test_duplicate_question_ids_are_refused() -> None:
    text = BASE + '  - {id: a, ask: "One", type: text}\n  - {id: a, ask: "Two", type: text}\n'
    assert problems(text) == ["line 6, questions[1].id: duplicate question id 'a'"]
