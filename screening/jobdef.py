"""Job files: YAML or JSON with screening questions and rules, validated with line and field.

A job file is parsed with PyYAML (JSON is a subset of YAML), checked against a JSON Schema
(structure) and then semantically (options, rules that fit each question type); every problem
names the line of the offending node and its dotted field path.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import jsonschema
import yaml

from screening.errors import JobFileError, Problem

QUESTION_TYPES = ("yes_no", "number", "choice", "date", "text")
KNOCKOUT_OPS = ("equals", "not_in", "less_than", "greater_than")
# Questions about these are not asked with rules attached: scoring never uses them.
PROTECTED = re.compile(
    r"\b(age|how old|birth ?date|date of birth|gender|sex|race|ethnic\w*|religio\w*|pregnan\w*|"
    r"disabilit\w*|marital|married|national origin|sexual orientation|veteran)\b",
    re.IGNORECASE,
)

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "title", "description", "questions"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]{1,62}$"},
        "title": {"type": "string", "minLength": 1},
        "location": {"type": "string"},
        "description": {"type": "string", "minLength": 1},
        "recruiter": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+$"},
        "interview_minutes": {"type": "integer", "minimum": 10, "maximum": 240},
        "faq": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["q", "a"],
                "additionalProperties": False,
                "properties": {"q": {"type": "string"}, "a": {"type": "string"}},
            },
        },
        "questions": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "ask", "type"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]{0,39}$"},
                    "ask": {"type": "string", "minLength": 1},
                    "type": {"enum": list(QUESTION_TYPES)},
                    "options": {"type": "array", "minItems": 2, "items": {"type": "string"}},
                    "rephrase": {"type": "array", "items": {"type": "string"}},
                    "knockout": {
                        "type": "object",
                        "minProperties": 1,
                        "maxProperties": 1,
                        "additionalProperties": False,
                        "properties": {op: {} for op in KNOCKOUT_OPS},
                    },
                    "score": {"type": "object", "minProperties": 1},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Knockout:
    """Ends the screening when the answer matches: ``op`` is one of :data:`KNOCKOUT_OPS`."""

    op: str
    value: Any


@dataclass(frozen=True)
class Score:
    """Points for an answer: per value (``values``) or ``per_unit`` up to ``max``."""

    values: dict[str, float] = field(default_factory=dict)
    per_unit: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class Question:
    id: str
    ask: str
    type: str
    options: tuple[str, ...] = ()
    rephrase: tuple[str, ...] = ()
    knockout: Knockout | None = None
    score: Score | None = None


@dataclass(frozen=True)
class FaqEntry:
    q: str
    a: str


@dataclass(frozen=True)
class JobDef:
    """A validated job: what the screener asks and how answers are judged."""

    id: str
    title: str
    description: str
    questions: tuple[Question, ...]
    location: str = ""
    recruiter: str = ""
    interview_minutes: int = 30
    faq: tuple[FaqEntry, ...] = ()

    def question(self, qid: str) -> Question:
        return next(q for q in self.questions if q.id == qid)

    @property
    def max_score(self) -> float:
        return sum(_max_points(q.score) for q in self.questions if q.score)


def _max_points(score: Score) -> float:
    if score.per_unit is not None:
        return score.max or 0.0
    return max(score.values.values(), default=0.0)


def _yaml_key(value: Any) -> str:
    """YAML 1.1 reads bare yes/no as booleans; job authors mean the words."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _node_lines(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = _yaml_key(yaml.safe_load(yaml.serialize(key_node)))
            _node_lines(value_node, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _node_lines(child, (*path, i), out)


def _normalise_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {_yaml_key(k): _normalise_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise_keys(v) for v in value]
    return value


def _dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_job_text(text: str, source: str = "<job>") -> tuple[JobDef, dict[str, Any]]:
    """Parse and validate a YAML/JSON job; returns the job and its plain data (for storage).

    Raises:
        JobFileError: every problem found, each with its line and field.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise JobFileError(
            source, [Problem(line, "", f"not valid YAML/JSON: {getattr(e, 'problem', e)}")]
        ) from e
    if node is None or not isinstance(data, dict):
        raise JobFileError(
            source, [Problem(1, "", "expected a mapping with id, title, description, questions")]
        )
    lines: dict[tuple[Any, ...], int] = {}
    _node_lines(node, (), lines)
    return validate_job_data(_normalise_keys(data), source, lines)


def _line_for(lines: dict[tuple[Any, ...], int], path: tuple[Any, ...]) -> int | None:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path)


def validate_job_data(
    data: dict[str, Any], source: str = "<job>", lines: dict[tuple[Any, ...], int] | None = None
) -> tuple[JobDef, dict[str, Any]]:
    """Validate plain job data (from a file or the HR form). Raises :class:`JobFileError`."""
    lines = lines or {}
    data = _normalise_keys(data)
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data))
    problems = [
        Problem(
            _line_for(lines, tuple(err.absolute_path)),
            _dotted(tuple(err.absolute_path)),
            err.message,
        )
        for err in errors
    ]
    # Semantic checks on every question whose structure is sound, so all problems show at once.
    broken = {tuple(err.absolute_path)[:2] for err in errors}
    if isinstance(data.get("questions"), list) and ("questions",) not in broken:
        for path, message in _semantic_problems(data, broken):
            problems.append(Problem(_line_for(lines, path), _dotted(path), message))
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.field))
        raise JobFileError(source, problems)
    return _build(data), data


def _semantic_problems(
    data: dict[str, Any], broken: set[tuple[Any, ...]]
) -> list[tuple[tuple[Any, ...], str]]:
    found: list[tuple[tuple[Any, ...], str]] = []
    seen: set[str] = set()
    for i, q in enumerate(data["questions"]):
        at = ("questions", i)
        if at in broken:
            continue
        if q["id"] in seen:
            found.append(((*at, "id"), f"duplicate question id {q['id']!r}"))
        seen.add(q["id"])
        if q["type"] == "choice" and "options" not in q:
            found.append((at, "a choice question needs options"))
        if q["type"] != "choice" and "options" in q:
            found.append(
                ((*at, "options"), f"options only apply to choice questions, not {q['type']}")
            )
        if ("knockout" in q or "score" in q) and PROTECTED.search(q["ask"] + " " + q["id"]):
            found.append(
                ((*at, "ask"), "rules may not use protected attributes (age, sex, race, ...)")
            )
        if "knockout" in q:
            found.extend(_knockout_problems(q, (*at, "knockout")))
        if "score" in q:
            found.extend(_score_problems(q, (*at, "score")))
    return found


def _allowed_values(q: dict[str, Any]) -> list[str] | None:
    if q["type"] == "yes_no":
        return ["yes", "no"]
    if q["type"] == "choice":
        return list(q.get("options", []))
    return None


def _knockout_problems(q: dict[str, Any], at: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    ((op, value),) = q["knockout"].items()
    value = _yaml_key(value) if isinstance(value, bool) else value
    allowed = _allowed_values(q)
    if q["type"] == "text":
        return [(at, "text answers cannot be knockouts (they are read by people)")]
    if op in ("less_than", "greater_than"):
        if q["type"] == "number" and not isinstance(value, int | float):
            return [((*at, op), f"expected a number, got {value!r}")]
        if q["type"] == "date" and _as_date(value) is None:
            return [((*at, op), f"expected a date like 2027-01-31, got {value!r}")]
        if allowed is not None:
            return [((*at, op), f"{op} needs a number or date question, not {q['type']}")]
        return []
    values = value if op == "not_in" else [value]
    if op == "not_in" and not isinstance(value, list):
        return [((*at, op), "not_in expects a list of values")]
    if allowed is not None:
        bad = [v for v in values if _yaml_key(v) not in allowed]
        if bad:
            return [((*at, op), f"{bad[0]!r} is not one of {allowed}")]
    return []


def _score_problems(q: dict[str, Any], at: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    score = q["score"]
    if "per_unit" in score:
        if q["type"] != "number":
            return [((*at, "per_unit"), "per_unit scores need a number question")]
        extra = set(score) - {"per_unit", "max"}
        if extra:
            return [((*at, sorted(extra)[0]), "per_unit scores take only per_unit and max")]
        if not all(isinstance(score.get(k, 0), int | float) for k in ("per_unit", "max")):
            return [(at, "per_unit and max must be numbers")]
        if "max" not in score:
            return [(at, "per_unit scores need a max")]
        return []
    allowed = _allowed_values(q)
    if allowed is None:
        return [(at, f"{q['type']} questions score with per_unit/max, not per value")]
    for key, points in score.items():
        if key not in allowed:
            return [((*at, key), f"{key!r} is not one of {allowed}")]
        if not isinstance(points, int | float) or isinstance(points, bool):
            return [((*at, key), f"points must be a number, got {points!r}")]
    return []


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _build(data: dict[str, Any]) -> JobDef:
    questions = []
    for q in data["questions"]:
        knockout = None
        if "knockout" in q:
            ((op, value),) = q["knockout"].items()
            if q["type"] == "date":
                value = _as_date(value)
            elif isinstance(value, list):
                value = [_yaml_key(v) for v in value]
            elif isinstance(value, bool):
                value = _yaml_key(value)
            knockout = Knockout(op, value)
        score = None
        if "score" in q:
            s = q["score"]
            if "per_unit" in s:
                score = Score(per_unit=float(s["per_unit"]), max=float(s["max"]))
            else:
                score = Score(values={k: float(v) for k, v in s.items()})
        questions.append(
            Question(
                id=q["id"],
                ask=q["ask"].strip(),
                type=q["type"],
                options=tuple(q.get("options", ())),
                rephrase=tuple(q.get("rephrase", ())),
                knockout=knockout,
                score=score,
            )
        )
    return JobDef(
        id=data["id"],
        title=data["title"],
        description=data["description"].strip(),
        questions=tuple(questions),
        location=data.get("location", ""),
        recruiter=data.get("recruiter", ""),
        interview_minutes=data.get("interview_minutes", 30),
        faq=tuple(FaqEntry(f["q"], f["a"]) for f in data.get("faq", ())),
    )


def job_to_plain(data: dict[str, Any]) -> dict[str, Any]:
    """JSON-safe copy of validated job data (dates as ISO strings) for storage."""

    def fix(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    return fix(data)
