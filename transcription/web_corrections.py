"""Corrections people make on a meeting's page: speakers' names, who said a line, and the
action items. Each needs the meeting to be shared with them (``load``) and a CSRF token.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from services.runtime import Runtime
from services.storage.models import User
from services.web.account import SignedIn
from services.web.auth import require_csrf
from services.web.flash import flash
from transcription import store
from transcription.models import Meeting
from transcription.notes import ActionItem
from transcription.web_input import item_from

MAX_LINE = 5000  # characters in one corrected line of the transcript


def add_corrections(
    routes: APIRouter, runtime: Runtime, load: Callable[[int, User], Meeting]
) -> None:
    """The correction routes, on ``routes``."""
    # forms of the meeting's page: a CSRF token each, and no place in the API's schema
    form_post = functools.partial(
        routes.post, dependencies=[Depends(require_csrf)], include_in_schema=False
    )

    @form_post("/meetings/{meeting_id}/speakers")
    async def rename(request: Request, meeting_id: int, user: SignedIn) -> Response:
        form = await request.form()
        fields = {str(key): str(value) for key, value in form.items()}

        # one line of plain text per name: a newline would break the SRT and VTT cues
        names = {
            key.removeprefix("name:"): " ".join(value.split())[:80]
            for key, value in fields.items()
            if key.startswith("name:")
        }

        def save() -> None:
            load(meeting_id, user)  # 404 unless this user may see it
            with runtime.db.session() as s:
                store.rename_speakers(s, meeting_id, names, runtime.settings.tz)

        await run_in_threadpool(save)
        return RedirectResponse(f"/meetings/{meeting_id}#speakers", status_code=303)

    def change_items(
        request: Request,
        meeting_id: int,
        user: User,
        change: Callable[[list[ActionItem]], list[ActionItem]],
        done: str,
    ) -> Response:
        """Apply ``change`` to the items as the page lists them, then back to the table."""
        load(meeting_id, user)  # 404 unless this user may see it
        try:
            with runtime.db.session() as s:
                store.edit_items(s, meeting_id, change, runtime.settings.tz)
        except ValueError as e:  # the message says which field and why
            flash(request, str(e), "error")
        except IndexError as e:
            raise HTTPException(404, f"No such action item in meeting {meeting_id}.") from e
        else:
            flash(request, done, "success")
        return RedirectResponse(f"/meetings/{meeting_id}#action-items", status_code=303)

    @form_post("/meetings/{meeting_id}/items")
    def add_item(
        request: Request,
        meeting_id: int,
        user: SignedIn,
        task: Annotated[str, Form()] = "",
        owner: Annotated[str, Form()] = "",
        due: Annotated[str, Form()] = "",
    ) -> Response:
        def add(items: list[ActionItem]) -> list[ActionItem]:
            return [*items, item_from(owner, task, due)]

        return change_items(request, meeting_id, user, add, "Action item added.")

    @form_post("/meetings/{meeting_id}/items/{index}")
    def edit_item(
        request: Request,
        meeting_id: int,
        index: int,
        user: SignedIn,
        task: Annotated[str, Form()] = "",
        owner: Annotated[str, Form()] = "",
        due: Annotated[str, Form()] = "",
        remove: Annotated[str, Form()] = "",
        was: Annotated[str, Form()] = "",
    ) -> Response:
        def edit(items: list[ActionItem]) -> list[ActionItem]:
            if not 0 <= index < len(items):
                raise IndexError(index)
            if was and items[index].task != was:  # the list changed under the form
                raise ValueError(
                    "The action items changed while you were editing (the notes were taken "
                    "again, or someone else edited them); nothing was saved. Please make the "
                    "change again on the list as it is now."
                )
            if remove:
                return items[:index] + items[index + 1 :]
            return [*items[:index], item_from(owner, task, due, items[index]), *items[index + 1 :]]

        done = "Action item removed." if remove else "Action item saved."
        return change_items(request, meeting_id, user, edit, done)

    @form_post("/meetings/{meeting_id}/segments/{index}/speaker")
    def correct_line(
        request: Request,
        meeting_id: int,
        index: int,
        user: SignedIn,
        speaker: Annotated[str, Form()] = "",
        text: Annotated[str, Form()] = "",
    ) -> Response:
        """Correct who said segment ``index`` (an existing speaker's label, or "" for a new
        one) and, with ``text``, what was said; the notes are taken again in the background."""
        meeting = load(meeting_id, user)
        labels = (meeting.transcript or {}).get("speakers", [])
        if speaker and speaker not in labels:
            raise HTTPException(400, f"speaker: {speaker[:80]!r} is not a speaker of this meeting.")
        if len(text) > MAX_LINE:
            raise HTTPException(400, f"text: at most {MAX_LINE} characters, not {len(text)}.")
        with runtime.db.session() as s:
            try:
                store.correct_segment(s, meeting_id, index, speaker, text.strip() or None)
            except IndexError as e:
                raise HTTPException(404, f"There is no part {index} in this transcript.") from e
        flash(request, "Saved. The notes are being taken again with the change.", "success")
        return RedirectResponse(f"/meetings/{meeting_id}#seg-{index}", status_code=303)
