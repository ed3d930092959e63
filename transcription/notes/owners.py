"""Whether an action item's owner is a person: "Berlin is going to host the summit" has none.

The rules of :mod:`actions` take any capitalised subject of "X will ..." as its owner. An owner
who is not one of the speakers is checked with the worker's named-entity model (spaCy): one it
reads as a place, an organisation, a date or a product, and never as a person, is dropped
with its item. Anything the model cannot tell stays (an absent colleague is a real owner).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from services.inference import InferenceClient, InferenceError, Priority
from transcription.notes.item import ActionItem

log = logging.getLogger(__name__)


def not_people(
    client: InferenceClient, items: Sequence[ActionItem], speakers: Collection[str]
) -> set[str]:
    """Owners of ``items`` that the entity model reads as something other than a person."""
    doubtful = [item for item in items if item.owner and item.owner not in speakers]
    if not doubtful:
        return set()
    try:
        found = client.run("ner", [item.quote for item in doubtful], priority=Priority.BATCH)
    except InferenceError as e:
        log.warning("ner model unavailable (%s); action item owners are not checked", e)
        return set()
    things = set()
    for item, entities in zip(doubtful, found, strict=True):
        labels = {e["label"] for e in entities if item.owner in str(e["text"]).split()}
        if labels and "PERSON" not in labels:
            things.add(str(item.owner))
    return things


def kept(
    items: Sequence[ActionItem], speakers: Collection[str], known: Sequence[ActionItem]
) -> list[ActionItem]:
    """Items read again after a rename: unowned, owned by a speaker, or checked before."""
    checked = {(item.owner, item.task) for item in known}
    return [
        item
        for item in items
        if item.owner is None or item.owner in speakers or (item.owner, item.task) in checked
    ]
