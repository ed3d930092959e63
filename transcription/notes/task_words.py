"""Which words of a task name the work, and which only point back to it (pure).

"send it", "do that", "have it done" point back to work said before; "sort the stop planks"
says little of what "I'll check the planks" says. :mod:`actions` uses these to join a request
and the promise that answers it, and to keep the words that name more of the work.
"""

from __future__ import annotations

import re

# words that point back to something said before ("send it", "do that", "le faire")
POINTERS = frozenset(
    "it that this them 'em those these es das dies le la les lo eso ça cela".split()  # noqa: SIM905
)
# words after "that" or "those" when they stand for something said ("do that with Reuben")
FOLLOW_PRONOUN = frozenset(
    "with if and in at by but so for to on up over out off back done ready sorted finished".split()  # noqa: SIM905
)
# words around a pointer that name no other work ("have it done", "get that over to you")
AROUND_POINTERS = frozenset(
    "done ready sorted over back to you for me us on up of care into instead out off in round"  # noqa: SIM905
    " around through myself ourselves itself".split()
)


# verbs that only say the work will get done ("I'll do it Monday", "have it done by then")
RESTATING_VERBS = frozenset("do have get sort handle manage".split())  # noqa: SIM905


def same_work(promised: str, asked: str) -> bool:
    """Whether a promise is the work asked for: the same verb, and the thing either named
    again ("send the report") or short enough to point back to it ("send it"); "send the
    invoice" or "update the budget sheet" after "update the roadmap" is other work."""
    said, wanted = promised.lower().split(), asked.lower().split()
    if points_back(promised):  # "I'll have it done by Tuesday"
        return True
    if said[0] != wanted[0]:
        return False

    def things(words: list[str]) -> set[str]:  # "quotes" names what "a quote" does
        named = {w.strip(",.") for w in words[1:] if len(w) >= 4} - POINTERS
        return {w[:-1] if len(w) >= 5 and w.endswith("s") else w for w in named}

    named_again = things(said) & things(wanted)
    return bool(named_again) or (len(said) <= 3 and not things(said))


def more_specific(asked: str, promised: str) -> str:
    """The task that names more of the work, the request's when even ("Lin, can you find
    out?" - "Sure, I'll ask Priya on the legal team" keeps the second; "Mei, can you draft the
    appeal letter?" - "Yep, I can have a draft" the first); the answer's when only it names
    what the request points to, the request's when only the answer points back."""

    def named(task: str) -> int:
        return sum(1 for w in task.lower().split() if len(w) >= 3 and w not in POINTERS)

    # "swap it in" - "I'll come in early and swap the relay": the answer names what "it" is
    if named_by(asked, promised):
        return promised
    # "ring round those thirty" - "I'll split them with Reuben": the request names the work
    # (as "get them a new register" does: "them" is who it is for)
    for_whom = re.search(r"\b(?:them|him|her|us|me)\s+(?:a|an|the|some|new)\b", asked.lower())
    if has_pointer(promised) and (not has_pointer(asked) or for_whom):
        return asked
    # "sort the stop planks" - "I'll check the planks on Wednesday": a request that says little
    # of the work ("sort", "get", "order new ones") takes the words of the one doing it about
    # the same thing, unless they say as little ("have a draft", "look into it")
    verb, asked_verb = ((words_of(task) or [""])[0] for task in (promised, asked))
    vague = asked_verb in {*RESTATING_VERBS, "make", "take", "look"} or has_pointer(asked)
    vague = vague or "ones" in words_of(asked)
    plain = verb not in RESTATING_VERBS and not has_pointer(promised)
    if vague and plain and stems(promised) & stems(asked):
        return promised
    return promised if named(promised) > named(asked) else asked


def has_pointer(task: str) -> bool:
    """Whether ``task`` points back with a pronoun ("split them with Reuben", "do that"), not
    a word that only picks things out ("those thirty members")."""
    words = words_of(task)
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in ("it", "them", "'em", "her", "him") or (
            word in POINTERS and (not nxt or nxt in FOLLOW_PRONOUN)
        ):
            return True
    return False


def stems(task: str) -> set[str]:
    """The first five letters of the words of ``task`` of four letters or more ("planks",
    "plank" and "planking" alike), not counting pointers and the words around them."""
    return {w[:5] for w in words_of(task) if len(w) >= 4 and w not in POINTERS | AROUND_POINTERS}


def words_of(task: str) -> list[str]:
    """The words of ``task``, lower case, without the commas and stops around them."""
    return [w.strip(",.") for w in task.lower().split()]


def named_by(asked: str, promised: str) -> bool:
    """Whether ``asked`` does its verb to a pointer ("swap it in") and ``promised`` does the
    same verb to a thing it names ("come in early and swap the relay")."""
    verb, *rest = asked.lower().split() or [""]
    done = promised.lower().split()
    if not rest or rest[0] not in POINTERS or verb not in done:
        return False
    after = done[done.index(verb) + 1 :]
    return bool(after) and after[0] not in POINTERS


def points_back(task: str) -> bool:
    """Whether ``task`` only points back to work said before ("do it", "own that", "have it
    done", "get that over to you"): a verb, a pointer, and no word that names other work."""
    rest = task.lower().split()[1:]
    return any(w in POINTERS for w in rest) and all(
        w in POINTERS or w in AROUND_POINTERS for w in rest
    )


# words too small to show that two tasks are the same work
SMALL_WORDS = frozenset("the and for with about from into onto that this".split())  # noqa: SIM905


def asked_for(task: str, asked: str) -> bool:
    """Whether ``task`` is the work ``asked`` asked for: it points back to it ("I'll ring them
    this afternoon"), or a word of it that names the work starts a word of the request ("fix
    the board" after "get that board fixed"); the same verb alone is not enough ("send the
    invoice" after "send the minutes")."""
    if has_pointer(task):
        return True
    wanted = words_of(asked)
    named = [w for w in words_of(task)[1:] if len(w) >= 3 and w not in SMALL_WORDS]
    return any(w2.startswith(w) for w in named for w2 in wanted)
