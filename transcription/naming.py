"""Naming speakers from what they say: introductions and being addressed by name (pure).

"Hi, I'm Dana" / "this is Lee speaking" / "my name is Priya" name the speaker who says it;
"Thanks, Priya" names the speaker who spoke just before; "Priya, can you ..." names the one
who answers. Introductions outweigh addresses; each name goes to one speaker at most. The same
in German, French and Spanish ("ich heiße", "je m'appelle", "me llamo", "Danke, Priya",
"Priya, peux-tu ..."); German "ich bin" counts only after a greeting ("Hallo, ich bin Jonas"),
since German capitalises every noun ("ich bin Entwickler").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from transcription.types import Segment

NAME = r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
GREETING = (
    r"(?:[Hh]allo|[Hh]ello|[Hh]i|[Hh]ey|(?:[Gg]ood )?(?:[Mm]orning|[Aa]fternoon|[Ee]vening)|"
    r"[Gg]uten (?:Morgen|Tag|Abend)|"
    r"[Mm]oin|[Ss]ervus|[Bb]onjour|[Hh]ola)"
)
EVERYONE = r"(?:all|everyone|everybody|both|team|folks|there|guys)"
LEAD = r"(?:[Oo]kay|[Oo]k|[Ss]o|[Rr]ight|[Ww]ell|[Yy]es|[Yy]eah|[Aa]nd)"  # words before "it's"
INTRODUCTIONS = (
    re.compile(rf"\b(?:I'm|I am|[Mm]y name is)\s+{NAME}\b"),
    # "this is" and "it's" introduce where a sentence or clause starts ("Hi Tom, it's Dana",
    # "Sorry, it's Dana, I was on mute", "Okay, so this is Lee") and the name stands alone:
    # not "from now on it's Covid", "this is Baxter's quote", "so it's Baxter then" or
    # "it's Lisbon for the offsite"
    re.compile(
        rf"(?:^|[.!?,]\s+|\b{GREETING}(?:\s+{EVERYONE})?,?\s+(?:and\s+)?)(?:{LEAD},?\s+)*"
        rf"(?:[Tt]his is|(?<![Ss]o )[Ii]t's|(?<![Ss]o )[Ii]t is)\s+{NAME}\b"  # "so it's Baxter."
        r"(?=\s*(?:[.!?]|$)|,\s*(?:I\b|I'm|sorry|just|here|speaking|from)|"
        r"\s+(?:here|speaking|from|again|calling|in|at)\b)"  # "This is Diane in New Jersey."
    ),
    re.compile(rf"\b{NAME}\s+(?:here|speaking)\b"),
    re.compile(
        rf"\b(?:[Mm]ein Name ist|[Ii]ch heiße|[Jj]e m'appelle|[Mm]on nom est|[Jj]e suis|"
        rf"[Mm]oi,? c'est|[Mm]e llamo|[Mm]i nombre es|[Ss]oy)\s+{NAME}\b"
    ),
    # German capitalises nouns ("die Zahlen hier", "hier ist Vorsicht geboten"): these count
    # only where a turn or sentence starts, or after a greeting
    re.compile(rf"(?:^|[.!?]\s+|{GREETING},?\s+){NAME}\s+(?:hier|ici|aquí)\b"),
    re.compile(rf"(?:^|[.!?]\s+|{GREETING},?\s+)[Hh]ier (?:ist|spricht)\s+{NAME}\b"),
    re.compile(rf"\b{GREETING}\b[^.?!]{{0,20}}?\b[Ii]ch bin\s+{NAME}\b"),
    # a sentence that is only a name and a team, in a round of introductions: "And Zoe from
    # IT.", "Hi, Sam from the Leeds office." (not "Zoe from IT will join us later"); after
    # "And" or a greeting, where a capital says a name ("Apologies from Tom." names nobody)
    re.compile(
        rf"(?:(?:^|[.!?]\s+)[Aa]nd\s+|\b{GREETING}(?:\s+{EVERYONE})?,?\s+(?:and\s+)?)"
        rf"{NAME},?\s+from\s+"
        r"(?:the(?:\s+[\w&'-]+){1,3}|[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}|[a-z]+)"
        r"[.!]?(?=\s*$|[.!]\s)"
    ),
)
THANKS = re.compile(
    rf"\b(?:[Tt]hanks|[Tt]hank you|[Gg]ood point|[Gg]reat|[Ss]ure|[Rr]ight|[Dd]anke(?: schön)?|"
    rf"[Vv]ielen Dank|[Mm]erci|[Gg]racias),?\s+{NAME}\b"
)
REQUEST = re.compile(
    rf"(?:^|[.?!]\s+)¿?{NAME},\s+¿?(?:can|could|would|will|do|did|what|how|are|please|"
    rf"kannst|könntest|hast|bist|was|wie|bitte|peux-tu|pourrais-tu|tu|est-ce|"
    rf"puedes|podrías|qué|cómo|por favor)\b"
)
# Capitalised words that follow "I'm" or "this is" without being names.
NOT_NAMES = frozenset(
    """
    Sorry Sure Glad Happy Going Not Just Here There Fine Good Great Okay Ok So Also Really
    Still Done Back Afraid Ready Excited Looking Actually Originally Very Pretty Quite Working
    Trying The This That It What Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Today Tomorrow January February March April May June July August September October
    November December English Yes No Well Oh Hi Hello Thanks Everyone Everybody Team Guys All
    Now Speaker He She We They You Someone Somebody Anyone Anybody Nobody Who Whom Whose Which
    Where When Why How Whoever Wer Qui Quién But And Or Right Agreed Alright Perfect Cool
    Lovely Brilliant Excellent Absolutely Exactly Honestly Anyway Listen Look Sorted Decided
    Ich Du Er Es Wir Ihr Man Das Dies Diese Dieses Der Die Ein Eine Alles Nichts Jemand Niemand
    Greetings Apologies Regards Best Love News Word Feedback Update Updates Notes Report
    Morning Afternoon Evening Night Welcome Cheers Hey Folks Yeah Yep Yup Nope Mm Um Uh Hmm
    Ja Nein Hallo Danke Gut Sicher Fertig Froh Leider Bereit Montag Dienstag Mittwoch
    Donnerstag Freitag Samstag Sonntag Januar Februar März Juni Juli Oktober Dezember Heute
    Morgen Ce Cela Ça Il Elle On Nous Vous Ils Elles Tout Rien Personne Oui Non Bonjour Merci
    Bien Désolé Désolée Prêt Prête Content Contente Esto Eso Él Ella Nosotros Ellos Ellas
    Todo Nada Alguien Nadie Hola Gracias Bueno Claro Vale Listo Lista Vielleicht Dann Danach
    Jetzt Bald Später Zuerst Hoffentlich Wahrscheinlich Natürlich Demain Ensuite
    Alors Peut-être Mañana Luego Después Entonces Quizás
    """.split()  # noqa: SIM905 (a word list reads better than 80 quoted strings)
)

INTRO_WEIGHT = 3.0
ADDRESS_WEIGHT = 1.0


def _is_name(word: str) -> bool:
    return word not in NOT_NAMES


def _neighbour(segments: Sequence[Segment], index: int, step: int) -> str | None:
    """The nearest other speaker before (step -1) or after (step +1) segment ``index``."""
    i = index + step
    while 0 <= i < len(segments):
        if segments[i].speaker != segments[index].speaker:
            return segments[i].speaker
        i += step
    return None


def introduced(text: str) -> list[str]:
    """The names ``text`` introduces its speaker with ("I'm Dana", "Priya here")."""
    found = (m.group(1) for pattern in INTRODUCTIONS for m in pattern.finditer(text))
    return [name for name in found if _is_name(name)]


def introductions(segments: Sequence[Segment]) -> dict[str, set[str]]:
    """``{speaker label: names they introduced themselves with}``."""
    found: dict[str, set[str]] = defaultdict(set)
    for seg in segments:
        found[seg.speaker].update(introduced(seg.text))
    return {speaker: names for speaker, names in found.items() if names}


def name_votes(segments: Sequence[Segment]) -> dict[str, dict[str, float]]:
    """Evidence ``{speaker label: {name: weight}}`` found in the transcript."""
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for i, seg in enumerate(segments):
        for name in introduced(seg.text):
            votes[seg.speaker][name] += INTRO_WEIGHT
        for pattern, step in ((THANKS, -1), (REQUEST, +1)):
            for match in pattern.finditer(seg.text):
                other = _neighbour(segments, i, step)
                if other and _is_name(match.group(1)):
                    votes[other][match.group(1)] += ADDRESS_WEIGHT
    return {speaker: dict(names) for speaker, names in votes.items()}


def resolve_names(segments: Sequence[Segment]) -> dict[str, str]:
    """``{"Speaker 1": "Dana", ...}`` for the speakers the transcript names (others omitted).

    A speaker who introduces themselves under two names ("I'm David" ... "I'm Marcus") is
    most likely two people whose voices diarization could not tell apart: they keep their
    "Speaker N" label rather than one of the names being put on both people's words.
    """
    merged = {speaker for speaker, names in introductions(segments).items() if len(names) > 1}
    candidates = sorted(
        (
            (weight, speaker, name)
            for speaker, names in name_votes(segments).items()
            for name, weight in names.items()
            if speaker not in merged
        ),
        reverse=True,
    )
    names: dict[str, str] = {}
    for _, speaker, name in candidates:
        if speaker not in names and name not in names.values():
            names[speaker] = name
    return names
