"""Meeting pages: upload, progress, notes with transcript and speakers, search, exports.

Every page needs a signed-in employee. Uploads are saved, checked with ffprobe and queued;
the work happens in the ``transcription.process`` job, never in the request.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

from services.runtime import Runtime
from services.storage import as_utc, utcnow
from services.storage.models import User
from services.web.account import SignedIn
from services.web.auth import require_csrf
from services.web.templating import templates
from transcription import MeetingNotFound, store
from transcription.audio import NOT_AUDIO, has_audio
from transcription.exports import MEDIA_TYPES, export, file_stem, length, stamp
from transcription.mailing import parse_attendees
from transcription.models import Meeting
from transcription.notes import default_title
from transcription.process import create_meeting, keep_recording
from transcription.web_corrections import add_corrections
from transcription.web_input import meeting_date

HERE = Path(__file__).parent
SCRIPTS = ("upload", "player", "recorder")  # transcription/static/<name>.js
# What the page's player may be given, by the recording's file name; anything else downloads
PLAYABLE = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".weba": "audio/webm",
    ".webm": "audio/webm",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".mkv": "video/x-matroska",
}
MAX_UPLOAD_BYTES = 2 * 1024**3


def status_of(meeting: Meeting) -> dict[str, Any]:
    """What the processing page polls."""
    return {
        "id": meeting.id,
        "status": meeting.status,
        "percent": round(100 * meeting.progress),
        "note": meeting.progress_note,
        "error": meeting.error,
        "url": f"/meetings/{meeting.id}",
    }


def anchor(segments: list[Any], start: float) -> str:
    """The transcript line a moment belongs to (``#seg-N``)."""
    index = 0
    for i, seg in enumerate(segments):
        if seg.start <= start + 0.01:
            index = i
    return f"#seg-{index}"


def title_of(meeting: Meeting, tz: dt.tzinfo) -> str:
    """The meeting's title; before its notes exist, the one they will give it (not the file's
    name, so that the list does not change its mind when processing ends)."""
    when = (as_utc(meeting.meeting_date) or utcnow()).astimezone(tz)
    return meeting.title or default_title(when)


def attachment(stem: str, fallback: str, fmt: str) -> str:
    """``Content-Disposition`` for ``<stem>.<fmt>``, ASCII ``fallback`` for old clients (RFC 6266).

    Headers are Latin-1, so a title beyond ASCII goes in ``filename*`` only.
    """
    if stem and stem.isascii():
        return f'attachment; filename="{stem}.{fmt}"'
    plain = f'attachment; filename="{fallback}.{fmt}"'
    return f"{plain}; filename*=UTF-8''{quote(f'{stem}.{fmt}')}" if stem else plain


def router(runtime: Runtime) -> APIRouter:
    routes = APIRouter()
    pages = templates(HERE / "templates")

    def load(meeting_id: int, user: User) -> Meeting:
        """The meeting, if ``user`` may see it; otherwise the same 404 as a missing one, so
        that nobody learns which meetings exist."""
        with runtime.db.session() as s:
            try:
                meeting = store.get(s, meeting_id)
            except MeetingNotFound:
                meeting = None
        if meeting is None or not store.can_see(meeting, user.email, user.role == "admin"):
            raise HTTPException(
                404, f"There is no meeting {meeting_id}, or it was not shared with you."
            )
        return meeting

    @routes.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
    def meetings_page(request: Request, user: SignedIn, q: str = "") -> Response:
        with runtime.db.session() as s:
            found = store.search(s, q[:200], user.email, user.role == "admin")
        context = {
            "meetings": found,
            "q": q,
            "length": length,
            "title_of": lambda m: title_of(m, runtime.settings.tz),
        }
        return pages.TemplateResponse(request, "meetings.html", context)

    @routes.get("/meetings/new", response_class=HTMLResponse, include_in_schema=False)
    def new_page(request: Request, user: SignedIn) -> Response:
        return pages.TemplateResponse(request, "meeting_new.html", {"error": "", "form": {}})

    @routes.get("/meetings/static/{name}.js", include_in_schema=False)
    def script(name: str) -> Response:
        if name not in SCRIPTS:
            raise HTTPException(404, f"No script {name}.js.")
        return FileResponse(HERE / "static" / f"{name}.js", media_type="text/javascript")

    @routes.get("/meetings/{meeting_id}/recording", tags=["meetings"])
    def recording(meeting_id: int, user: SignedIn) -> Response:
        """The recording as it was sent, for the page's player (range requests let it seek)."""
        meeting = load(meeting_id, user)
        path = Path(meeting.audio_path)
        if not meeting.audio_path or not path.is_file():
            raise HTTPException(404, f"The recording of meeting {meeting_id} is not kept.")
        name = meeting.filename or path.name
        kind = PLAYABLE.get(Path(name).suffix.lower())
        # only audio and video types are served inline: a file named evil.html (it passed
        # the audio check) must not become a page of this site; the sandbox is a second wall
        return FileResponse(
            path,
            media_type=kind or "application/octet-stream",
            filename=name,
            content_disposition_type="inline" if kind else "attachment",
            headers={"Content-Security-Policy": "sandbox; default-src 'none'"},
        )

    @routes.post("/meetings", dependencies=[Depends(require_csrf)], include_in_schema=False)
    def upload(
        request: Request,
        user: SignedIn,
        # loose here so that a missing file, or text where the file belongs (curl's -F without
        # @), gets the documented 400 {"error"} instead of FastAPI's 422 {"detail"}
        recording: Annotated[UploadFile | str | None, File()] = None,
        title: Annotated[str, Form()] = "",
        date: Annotated[str, Form()] = "",
        attendees: Annotated[str, Form()] = "",
    ) -> Response:
        wants_json = "application/json" in request.headers.get("accept", "")

        def refused(problem: str) -> Response:
            if wants_json:
                return JSONResponse({"error": problem}, status_code=400)
            form = {"title": title, "date": date, "attendees": attendees}
            return pages.TemplateResponse(
                request, "meeting_new.html", {"error": problem, "form": form}, status_code=400
            )

        if recording is None or isinstance(recording, str):
            return refused(
                "recording: no file was sent. Attach the meeting recording (audio or video) "
                "as the file field 'recording' (with curl: -F recording=@call.m4a)."
            )
        name = recording.filename or "recording"
        try:
            listed = parse_attendees(attendees)
            when = meeting_date(date, runtime.settings.tz)
        except ValueError as e:  # AttendeesError included
            return refused(str(e))
        with tempfile.NamedTemporaryFile(dir=runtime.settings.data_dir, suffix=".upload") as tmp:
            shutil.copyfileobj(recording.file, tmp, 1 << 20)
            tmp.flush()
            size = Path(tmp.name).stat().st_size
            if size == 0:
                return refused(f"{name} is empty.")
            if size > MAX_UPLOAD_BYTES:
                return refused(f"{name} is larger than 2 GB.")
            if not has_audio(Path(tmp.name)):
                return refused(
                    f"{name}: {NOT_AUDIO}. Please upload a meeting recording (audio or video)."
                )
            path = keep_recording(runtime, Path(tmp.name), name)
        meeting_id = create_meeting(
            runtime,
            audio_path=path,
            filename=name,
            owner_email=user.email,
            source="upload",
            title=title.strip()[:500],
            meeting_date=when,
            attendees=(user.email, *listed) if listed else (),
        )
        if wants_json:
            return JSONResponse(
                {
                    "id": meeting_id,
                    "url": f"/meetings/{meeting_id}",
                    "status_url": f"/meetings/{meeting_id}/status",
                },
                status_code=201,
            )
        return RedirectResponse(f"/meetings/{meeting_id}", status_code=303)

    @routes.get("/meetings/{meeting_id}/status", tags=["meetings"])
    def status(meeting_id: int, user: SignedIn) -> dict[str, Any]:
        return status_of(load(meeting_id, user))

    @routes.get("/meetings/{meeting_id}", response_class=HTMLResponse, include_in_schema=False)
    def meeting_page(request: Request, meeting_id: int, user: SignedIn) -> Response:
        meeting = load(meeting_id, user)
        transcript, notes = (
            store.transcript_of(meeting),
            store.notes_of(meeting, runtime.settings.tz),
        )
        segments = list(transcript.segments) if transcript else []
        labels = list((meeting.transcript or {}).get("speakers", []))
        context = {
            "meeting": meeting,
            "title": title_of(meeting, runtime.settings.tz),
            "status": status_of(meeting),
            "transcript": transcript,
            "notes": notes,
            "segments": segments,
            "stamp": stamp,
            "length": length,
            "anchor": lambda start: anchor(segments, start),
            "speakers": [
                (label, (meeting.speaker_names or {}).get(label, label)) for label in labels
            ],
            "formats": list(MEDIA_TYPES),
            "recording_url": (
                f"/meetings/{meeting_id}/recording"
                if meeting.audio_path and Path(meeting.audio_path).is_file()
                else ""
            ),
            "date": as_utc(meeting.meeting_date),
        }
        return pages.TemplateResponse(request, "meeting.html", context)

    add_corrections(routes, runtime, load)

    @routes.get("/meetings/{meeting_id}/export.{fmt}", include_in_schema=False)
    def download(meeting_id: int, fmt: str, user: SignedIn) -> Response:
        if fmt not in MEDIA_TYPES:
            raise HTTPException(404, f"No export as {fmt!r}; choose {', '.join(MEDIA_TYPES)}.")
        meeting = load(meeting_id, user)
        transcript, notes = (
            store.transcript_of(meeting),
            store.notes_of(meeting, runtime.settings.tz),
        )
        if transcript is None:
            raise HTTPException(409, "This meeting is still being transcribed.")
        with_notes = notes if fmt in ("json", "md", "docx") else None
        # named like the notes email's attachments
        stem = file_stem(notes.title if notes else meeting.title)
        return Response(
            export(fmt, transcript, with_notes),
            media_type=MEDIA_TYPES[fmt],
            headers={"Content-Disposition": attachment(stem, f"meeting-{meeting_id}", fmt)},
        )

    return routes
