"""Optional: an operator's OpenAI-compatible endpoint rewrites the extractive summary.

Off unless ``llm_url`` is set. Any failure keeps the extractive summary: the notes never
depend on a model outside deskmate.
"""

from __future__ import annotations

import logging

import httpx

log = logging.getLogger(__name__)
PROMPT = (
    "Rewrite these meeting notes as a summary of 2-4 plain sentences for the attendees. "
    "Use only facts present below; keep names, dates and decisions exactly.\n\n"
)


def rewrite_summary(llm_url: str, summary: str, decisions: list[str], timeout: float = 30.0) -> str:
    """The endpoint's rewrite of ``summary``, or ``summary`` itself when anything goes wrong."""
    if not llm_url or not summary:
        return summary
    body = {
        "model": "default",
        "temperature": 0.2,
        "messages": [
            {
                "role": "user",
                "content": PROMPT
                + summary
                + "\n\nDecisions:\n"
                + "\n".join(f"- {d}" for d in decisions),
            }
        ],
    }
    try:
        response = httpx.post(
            llm_url.rstrip("/") + "/v1/chat/completions", json=body, timeout=timeout
        )
        response.raise_for_status()
        text = str(response.json()["choices"][0]["message"]["content"]).strip()
    except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as e:
        log.warning("LLM summary rewrite failed, keeping the extractive summary: %s", e)
        return summary
    return text or summary
