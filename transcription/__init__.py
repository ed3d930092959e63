"""Meeting notes: transcripts with speakers, summaries, decisions and action items.

The package's errors form one tree under :class:`TranscriptionError`; the web, mail and CLI
edges turn them into messages for the person who sent the recording.
"""


class TranscriptionError(Exception):
    """Base of the transcription package's errors."""


class NotAudioError(TranscriptionError):
    """The file holds no audio stream ffmpeg can decode."""


class MeetingNotFound(TranscriptionError):
    """No meeting with that id."""


class AttendeesError(TranscriptionError, ValueError):
    """The attendees given with an upload are not a list of email addresses."""
