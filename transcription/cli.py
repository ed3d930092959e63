"""``deskmate transcribe FILE`` and ``deskmate notes FILE``: the pipeline the web and mail use."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import click

from services.cli import settings_from
from services.runtime import Runtime
from transcription import TranscriptionError
from transcription.audio import decode
from transcription.exports import export
from transcription.notes import Notes, build_notes
from transcription.pipeline import transcribe
from transcription.recognize import MAX_PROMPT, Options
from transcription.types import Transcript
from transcription.web_input import meeting_date

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--date`` checked before any work: ISO 8601, with or without a UTC offset."""
    if value is not None:
        try:
            meeting_date(value, dt.UTC)
        except ValueError as e:
            raise click.BadParameter(str(e).removeprefix("date: ")) from e
    return value


def _prompt(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and len(value) > MAX_PROMPT:
        raise click.BadParameter(f"is {len(value)} characters; at most {MAX_PROMPT} are read")
    return value


PROMPT = click.option(
    "--prompt",
    default=None,
    callback=_prompt,
    help="Names and words to expect (at most 400 characters); default: the title and, "
    "for English, a short meeting prompt; each chunk also reads the words said before it; "
    '"" for no prompt at all.',
)


def _transcript(ctx: click.Context, file: Path, options: Options) -> tuple[Runtime, Transcript]:
    settings = settings_from(ctx)
    runtime = Runtime.from_settings(settings)
    options = replace(
        options,
        model=options.model or settings.whisper_model,
        engine=options.engine or settings.whisper_engine,
        chunk_seconds=settings.audio_chunk_seconds,
    )
    try:
        audio = decode(file)
    except TranscriptionError as e:
        raise click.ClickException(str(e)) from e
    with click.progressbar(
        length=1000, label=f"Transcribing {file.name}", file=sys.stderr, show_percent=True
    ) as bar:

        def advance(_chunk: object, _result: object, fraction: float) -> None:
            bar.update(int(fraction * 1000) - bar.pos)

        transcript = transcribe(runtime.inference, audio, options, on_chunk=advance)
        bar.update(1000 - bar.pos)
    if not transcript.segments:  # still written out: an empty transcript is the right answer
        click.echo(f"No speech found in {file.name} (silence, music or noise only).", err=True)
    return runtime, transcript


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.write_bytes(data)
        click.echo(f"wrote {output}", err=True)


@click.command("transcribe")
@click.argument("file", type=FILE)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["txt", "srt", "vtt", "json"]),
    default="txt",
    show_default=True,
)
@click.option(
    "--model",
    type=click.Choice(["tiny.en", "base"]),
    default=None,
    help="Whisper size; default: settings.whisper_model (auto picks by language).",
)
@click.option(
    "--engine",
    type=click.Choice(["faster-whisper", "openai-whisper"]),
    default=None,
    help="Default: settings.whisper_engine.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of stdout.",
)
@PROMPT
@click.pass_context
def transcribe_command(
    ctx: click.Context,
    file: Path,
    fmt: str,
    model: str | None,
    engine: str | None,
    output: Path | None,
    prompt: str | None,
) -> None:
    """Transcribe an audio or video FILE with speakers (progress on stderr)."""
    options = Options(model=model or "", engine=engine or "", prompt=prompt)
    runtime, transcript = _transcript(ctx, file, options)
    _write(export(fmt, transcript), output)
    runtime.inference.close()


@click.command("notes")
@click.argument("file", type=FILE)
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--model", type=click.Choice(["tiny.en", "base"]), default=None)
@click.option("--engine", type=click.Choice(["faster-whisper", "openai-whisper"]), default=None)
@click.option(
    "--date",
    "date",
    default=None,
    callback=_date,
    help="When the meeting took place, ISO 8601 (2026-11-23T10:00, or with an offset such as "
    "+01:00; without one, in DESKMATE_DEFAULT_TIMEZONE); due dates resolve from it. Default: "
    "now.",
)
@click.option("--title", default="", help="Meeting title; default: 'Meeting on <date>'.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
@PROMPT
@click.pass_context
def notes_command(
    ctx: click.Context,
    file: Path,
    fmt: str,
    model: str | None,
    engine: str | None,
    date: str | None,
    title: str,
    output: Path | None,
    prompt: str | None,
) -> None:
    """Meeting notes of FILE: summary, decisions, action items (owner, task, due), transcript."""
    options = Options(model=model or "", engine=engine or "", prompt=prompt, title=title)
    runtime, transcript = _transcript(ctx, file, options)
    tz = runtime.settings.tz
    when = meeting_date(date or "", tz) or dt.datetime.now(tz)
    notes: Notes = build_notes(transcript, runtime.inference, when, title, runtime.settings.llm_url)
    _write(export(fmt, transcript, notes), output)
    runtime.inference.close()


commands: list[click.Command] = [transcribe_command, notes_command]
