"""Which language an email is written in, and small per-language word lists.

A stop-word vote is enough here: the five supported languages have distinctive function
words, and the answer only picks Duckling's and dateparser's language.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es", "fr", "de", "ro")

_STOPWORDS = {
    "en": "the and you are is to for at on can we let's meet would could please with next this "
    "free works monday tuesday wednesday thursday friday call",
    "es": "el la los las y que de para con podemos nos vemos el lunes martes miércoles jueves "
    "viernes reunión mañana a las por favor puedes hola gracias semana",
    "fr": "le la les et que de pour avec pouvons nous est vous lundi mardi mercredi jeudi "
    "vendredi réunion demain à bonjour merci semaine prochaine heure",
    "de": "der die das und ist wir sie können uns am um für mit montag dienstag mittwoch "
    "donnerstag freitag besprechung morgen uhr hallo danke woche nächste bitte",
    "ro": "și si este putem ne vedem la ora pentru cu luni marți marti miercuri joi vineri "
    "ședință sedinta întâlnire intalnire mâine maine bună buna mulțumesc multumesc săptămâna "
    "saptamana să sa vă va",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}

# Romanian written without diacritics: Duckling only knows the accented spellings.
_RO_DIACRITICS = {
    "marti": "marți",
    "sambata": "sâmbătă",
    "duminica": "duminică",
    "maine": "mâine",
    "poimaine": "poimâine",
    "saptamana": "săptămâna",
    "viitoare": "viitoare",
    "dupa-amiaza": "după-amiază",
    "dupa": "după",
    "amiaza": "amiază",
    "amiazi": "amiază",
    "pana": "până",
    "intre": "între",
    "si": "și",
    "astazi": "astăzi",
    "ianuarie": "ianuarie",
    "dimineata": "dimineața",
    "seara": "seara",
    "ora": "ora",
}
_RO_WORD = re.compile(r"\b(" + "|".join(_RO_DIACRITICS) + r")\b", re.IGNORECASE)


def detect(text: str) -> str:
    """The most likely of :data:`LANGUAGES` (English when nothing stands out)."""
    tokens = re.findall(r"[\wăâîșțşţéèêàçñüöäß'-]+", text.lower())
    scores = {lang: sum(t in words for t in tokens) for lang, words in _WORDS.items()}
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > scores["en"] else "en"


def restore_romanian(text: str) -> str:
    """Add the diacritics Duckling needs to Romanian typed on an English keyboard."""

    def repl(m: re.Match[str]) -> str:
        word = _RO_DIACRITICS[m.group(1).lower()]
        return word.capitalize() if m.group(1)[0].isupper() else word

    return _RO_WORD.sub(repl, text)
