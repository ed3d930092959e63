"""Cue words for each intent in the five languages, as features for the classifier.

Embeddings of an English model blur Romanian or German verbs; these short lists give the
classifier the words that decide an intent ("verschieben", "anulezi", "unsubscribe").
"""

from __future__ import annotations

import re

import numpy as np

_CUES: dict[str, str] = {
    "schedule": r"meet|meeting|call\b|schedule|book|set up|arrange|"
    r"find (?:a )?(?:time|slot|\d+ min)|"
    r"are you free|available|calendar|sync|lunch|coffee|reuni|llamada|agenda|organiza|quedamos|"
    r"hueco|vernos|videollamada|réunion|rendez-vous|appel|organiser|planifier|disponible|voir\b|"
    r"termin|treffen|einplanen|telefon|abstimm|zeit für|kick-off|întâlnire|intalnire|ședință|"
    r"sedinta|ședinta|apel\b|programa|programezi|stabili|disponibil|ne vedem .* la|would .* work|"
    r"works? (?:best|for)|how about|wie wäre|que diriez|te viene|os viene|putem face",
    "reschedule": r"\bmove\b|\bpush\b|postpone|reschedul|shift|bring .* forward|instead|"
    r"another time|"
    r"slide|later|conflict|mover|cambiar|aplazar|reprogram|déplacer|decaler|décaler|reporter|"
    r"verschieb|verleg|umleg|nach hinten|muta\b|mutăm|mutam|amâna|amana|amân|a day later|"
    r"same time|misma hora|même heure|gleiche zeit|aceeași oră|move it",
    "cancel": r"cancel|call(?:ed)? off|scrap|drop the|no need to meet|no longer needed|"
    r"off the calendar|"
    r"anul|cancela|ya no hace falta|ya no es necesaria|annul|absag|sag .* ab|fällt aus|entfällt|"
    r"nu mai e nevoie|remove it from",
    "none": r"invoice|payment|amount due|due date|newsletter|unsubscribe|webinar|register|"
    r"offer|% off|"
    r"out of (?:the )?office|notes from|minutes of|shipped|order #|password|subscription|"
    r"factura|importe|boletín|darse de baja|facture|montant|désabonner|désabonnement|rechnung|"
    r"abmelden|fällig|zahlbar|valoare|scadent|dezabonare|concediu|absent du bureau|nicht im büro|"
    r"fuera de la oficina|got the invite|see you|nos vemos|à jeudi|bis donnerstag|ne vedem joi|"
    r"accepted:|thanks for|gracias por|merci pour|vielen dank für|mulțumesc pentru|fyi|"
    r"no action needed|"
    r"compte rendu|protokoll|minuta|resumen|reply stop|limited",
}
LABELS = tuple(_CUES)
_PATTERNS = {label: re.compile(pattern, re.IGNORECASE) for label, pattern in _CUES.items()}


def cue_features(texts: list[str]) -> np.ndarray:
    """Per text: how many cue words of each intent it has (capped), plus a question mark."""
    out = np.zeros((len(texts), len(LABELS) + 1), dtype=np.float32)
    for row, text in enumerate(texts):
        for col, label in enumerate(LABELS):
            out[row, col] = min(len(_PATTERNS[label].findall(text)), 3) / 3.0
        out[row, -1] = 1.0 if "?" in text else 0.0
    return out


def cues_found(text: str) -> dict[str, list[str]]:
    """The cue words present, per intent (for the evidence shown to people)."""
    return {
        label: sorted({m.group(0).lower() for m in _PATTERNS[label].finditer(text)})
        for label in LABELS
    }
