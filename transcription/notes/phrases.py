"""What the rule-based notes look for, one set of phrases per language (types only).

English lives beside the rules that use it (:mod:`actions`, :mod:`decisions`); German, French
and Spanish in :mod:`languages`. A meeting in a language without phrases gets no items,
decisions or questions from the rules: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transcription.notes.sentences import TITLES

# A capitalised given name, accents included ("José", "Zoë", "Anne-Marie").
NAME = r"(?P<owner>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
# The work: up to the end of the sentence, which a title's stop does not end ("call Mrs.
# Henderson")
_TITLE_STOP = "|".join(rf"(?<=\b{re.escape(title[:-1])})\." for title in TITLES)
IN_SENTENCE = rf"(?:[^?.!]|{_TITLE_STOP})"  # a character that does not end the sentence
TASK = rf"(?P<task>{IN_SENTENCE}{{4,}})"


@dataclass(frozen=True)
class ActionPhrases:
    """How a language asks for and promises work (see :mod:`actions` for each one's role).

    Patterns with an owner name it in the group ``owner``; every pattern names the work in
    ``task``. ``date_words`` are the words that may stand before a date ("by", "bis",
    "avant"), removed from the task with the date.
    """

    named_request: re.Pattern[str]
    trailing_name_request: re.Pattern[str]
    third_person: re.Pattern[str]
    self_commitment: re.Pattern[str]
    you_request: re.Pattern[str]
    open_request: re.Pattern[str]
    team: re.Pattern[str]
    unnamed: re.Pattern[str]
    hedge: re.Pattern[str]
    accept: re.Pattern[str]
    not_tasks: re.Pattern[str]
    date_words: str
    fillers: str  # words a task may start with that are not part of it ("please", "bitte")
    # a promise whose verb is outside the task ("ich kümmere mich um das Budget") and the
    # task it makes ("sich um das Budget kümmern"): (words of the promise, template)
    promise_forms: tuple[tuple[str, str], ...] = ()
    # a promise said with the verb conjugated (the group ``conjugated`` matched: "ich schicke
    # dem Kunden das Angebot", "llamaré al proveedor") and how the task becomes the infinitive:
    # (pattern, replacement) tried in order, the first that matches applied
    verb_forms: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PointPhrases:
    """How a language states a decision, leaves a point open, or asks without asking."""

    decision: re.Pattern[str]
    unsure_reply: re.Pattern[str]
    open_mark: re.Pattern[str]
    small_talk: re.Pattern[str]
    request: re.Pattern[str]
