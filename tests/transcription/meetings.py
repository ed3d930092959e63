"""Scripted meetings rendered to speech with espeak-ng (several voices) and joined with sox.

Each script knows its expected speakers, decisions and action items, so tests and the
benchmark can check what came out, not just that something did.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

VOICES = {"David": "en-us+m1", "Priya": "en-us+f3", "Lee": "en-us+m7", "Omar": "en-us+m2"}
MEETING_DATE = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)  # a Monday


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str
    pause_after: float = 0.7
    voice: str = ""  # an espeak-ng voice other than the speaker's usual one
    rate: int = 130  # words a minute


@dataclass(frozen=True)
class Expected:
    owner: str | None
    task_words: tuple[str, ...]  # words the recognised task must contain
    due: dt.date | None


@dataclass(frozen=True)
class Script:
    name: str
    lines: tuple[Line, ...]
    actions: tuple[Expected, ...]
    decisions: tuple[str, ...]  # a key word of each decision

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(line.speaker for line in self.lines))


PLANNING = Script(
    "planning",
    (
        Line("David", "Hi everyone, I'm David. Let's start the weekly planning meeting."),
        Line("Priya", "Hi, this is Priya. The new website design is almost finished."),
        Line("Lee", "And I'm Lee. The mobile app is waiting for the new login page.", 8.0),
        Line("David", "We decided to launch the website on the first of March."),
        Line("David", "Priya, can you send the final design to the client on Friday?"),
        Line("Priya", "Sure, I will do that."),
        Line("Lee", "I will finish the login page next Wednesday."),
        Line("David", "Let's go with the blue colour scheme for the app."),
        Line("Priya", "What about the money for the marketing campaign?"),
        Line("David", "I don't know yet. I will talk to the finance team by the end of the month."),
        Line("Lee", "Thanks, David. That is all from me."),
    ),
    (
        Expected("Priya", ("final", "design", "client"), dt.date(2026, 11, 27)),
        Expected("Lee", ("finish", "login", "page"), dt.date(2026, 12, 2)),
        Expected("David", ("talk", "finance", "team"), dt.date(2026, 11, 30)),
    ),
    ("launch", "blue"),
)

HIRING = Script(
    "hiring",
    (
        Line("Omar", "Good morning, my name is Omar. This is the hiring meeting."),
        Line("Priya", "Hi Omar, Priya here. We have three candidates for the sales manager job."),
        Line("Omar", "We agreed to meet all three candidates next week."),
        Line("Omar", "Priya, could you schedule the interviews for next Tuesday?"),
        Line("Priya", "Yes, of course."),
        Line("Priya", "I will prepare the questions on Thursday."),
        Line("Omar", "Is the salary range approved?"),
        Line("Priya", "I'm not sure. It is still unclear."),
        Line("Omar", "Okay, thanks Priya. See you next week."),
    ),
    (
        Expected("Priya", ("schedule", "interviews"), dt.date(2026, 12, 1)),
        Expected("Priya", ("prepare", "questions"), dt.date(2026, 11, 26)),
    ),
    ("candidates",),
)

SCRIPTS = (PLANNING, HIRING)

# German, for Whisper base (multilingual) and the German phrases of the notes. Two male voices:
# Whisper base mishears espeak-ng's German female voices far more often ("Anna" -> "Haar").
GERMAN = Script(
    "planung_de",
    (
        Line(
            "David",
            "Hallo zusammen, ich bin David. Lasst uns mit der Planung anfangen.",
            voice="de+m1",
        ),
        Line("Maria", "Hallo, hier ist Maria. Das neue Logo ist fertig.", voice="de+m4"),
        Line("David", "Wir haben beschlossen, die Webseite im März zu starten.", voice="de+m1"),
        Line(
            "David", "Maria, kannst du das Logo bis Freitag an den Kunden schicken?", voice="de+m1"
        ),
        Line("Maria", "Ja, klar.", voice="de+m4"),
        Line("Maria", "Ist das Budget für die Werbung schon freigegeben?", voice="de+m4"),
        Line(
            "David",
            "Ich weiß es nicht. Ich werde am Mittwoch mit der Buchhaltung sprechen.",
            voice="de+m1",
        ),
    ),
    (
        Expected("Maria", ("schicken", "logo", "kunden"), dt.date(2026, 11, 27)),
        Expected("David", ("sprechen", "buchhaltung"), dt.date(2026, 11, 25)),
    ),
    ("beschlossen",),
)


def render(script: Script, folder: Path, lead_in: float = 1.0, repeat: int = 1) -> Path:
    """``folder/<name>.wav``: 16 kHz mono speech with the script's pauses (cached)."""
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    if not espeak or not sox:
        raise RuntimeError("espeak-ng and sox (Debian packages) are needed to render meetings")
    target = folder / f"{script.name}{'' if repeat == 1 else f'_x{repeat}'}.wav"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[str] = []
    silence = folder / f"lead_{lead_in}.wav"
    subprocess.run(
        [sox, "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence), "trim", "0", str(lead_in)],
        check=True,
    )
    parts.append(str(silence))
    for n, line in enumerate(script.lines * repeat):
        raw = folder / f"{script.name}_{n}_raw.wav"
        clip = folder / f"{script.name}_{n}.wav"
        subprocess.run(
            [espeak, "-v", line.voice or VOICES[line.speaker], "-s", str(line.rate), "-w", str(raw)]
            + [line.text],
            check=True,
        )
        subprocess.run(
            [
                sox,
                str(raw),
                "-r",
                "16000",
                "-c",
                "1",
                "-b",
                "16",
                str(clip),
                "pad",
                "0",
                str(line.pause_after),
            ],
            check=True,
        )
        parts.append(str(clip))
    subprocess.run([sox, *parts, str(target)], check=True)
    return target
