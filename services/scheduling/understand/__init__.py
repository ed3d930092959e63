"""Understanding scheduling emails: time expressions, durations, people, intent, replies.

The entry points other code uses:

- :func:`understand` (``parse.py``): an :class:`~mail_gateway.message.InboundMessage` to a
  :class:`~services.scheduling.intent.MeetingIntent`, with problems and evidence.
- :func:`resolve` (``timeparse.py``): text to :class:`~services.scheduling.intent.TimeCandidate`.
- :func:`interpret_reply` (``replies.py``): an answer to offered slots to a ``ReplyIntent``.
- :func:`parse_confirmation`, :func:`apply_correction`, :func:`correction_example`
  (``confirm.py``): the "Reply YES or correct me" loop and its training examples.
- :func:`embedder_for` (``embedder.py``): the inference worker's embeddings for a runtime.
"""

from services.scheduling.understand.confirm import (
    Confirmation,
    TrainingExample,
    apply_correction,
    correction_example,
    parse_confirmation,
)
from services.scheduling.understand.embedder import embedder_for
from services.scheduling.understand.errors import BadInput, ModelMissing, UnderstandError
from services.scheduling.understand.parse import understand
from services.scheduling.understand.replies import interpret_reply
from services.scheduling.understand.timeparse import resolve

__all__ = [
    "BadInput",
    "Confirmation",
    "ModelMissing",
    "TrainingExample",
    "UnderstandError",
    "apply_correction",
    "correction_example",
    "embedder_for",
    "interpret_reply",
    "parse_confirmation",
    "resolve",
    "understand",
]
