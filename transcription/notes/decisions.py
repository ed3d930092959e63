"""Decisions and open questions said in the meeting (pure, rule-based)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from transcription.notes.languages import POINT_PHRASES
from transcription.notes.phrases import PointPhrases
from transcription.notes.sentences import Sentence

# Words that run the meeting rather than decide anything ("let's get started", "let's see")
RUNNING_THE_MEETING = (
    r"get started|start|begin|see|say|leave it|make sure|not wait|move on|take a look|look|"
    r"park|table|come back|circle back|talk|discuss|think|hear|wrap up|go around|keep going|"
    r"continue|focus|recap|review|check|have|get|ask|be|hope|try|not forget|find out|"
    r"go (?:round|around|through|over)|run through|walk through|plan|debrief|dive in|jump in|"
    r"kick off|catch up|turn to|do (?:a )?(?:quick )?(?:round|intros|introductions)|"
    # "let's not decide today", "let's meet again Thursday", "let's do the pitches first"
    r"not|sync|meet|regroup|touch base|do the|leave (?:it|that|this)|crack on|press on|"
    r"divide|keep (?:it|this) (?:tight|short|brief|quick)|sort (?:that|it|this) out|"
    r"go(?=\s*[.!,]|$)"
)
# When a new rule starts ("from next Monday", "from the 1st of December")
FROM_WHEN = (
    r"(?:next )?(?:now|today|tonight|tomorrow|week|(?:mon|tues|wednes|thurs|fri)day|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|"
    r"the \d{1,2}(?:st|nd|rd|th)(?: of \w+)?)(?: on(?:wards)?)?"
)
DECISION = re.compile(
    # "let's drop the banner", "let's split it": a choice, unless the words only run the meeting
    r"(?:^|[,;.]\s+|\b(?:okay|so|then|yeah|right|fine|well),?\s+)let's\s+"
    rf"(?!(?:{RUNNING_THE_MEETING})\b)\w"
    # "we decided last month": a decision taken before, reported rather than made
    r"|\b(?:we(?:'ve| have)? (?:all )?(?:agreed|decided)(?! (?:last|yesterday|earlier|before)\b)|"
    r"(?:it's|it is) (?:agreed|decided)|"
    r"let's go with|let us go with|we(?:'ll| will| are going to|'re going to|'re gonna) go with|"
    r"we(?:'re| are) going with|\bfull stop\b|"
    # "Agreed, we'll start the sandbox now": a yes that states what was agreed
    r"^(?:agreed|decided),?\s+(?:we|let's|then)\b|"
    r"(?:^|\b(?:okay|ok|so|right),?\s+)decided[,:]\s+\w|\bnew rule\b|\bwe decide[,:]|"
    r"^(?:do it|go for it)[.!]?$|\bI approve (?:the|it|that|this)\b|"
    # "We go with the backup", "We extend reviews to next Friday": present tense, said first
    r"^(?:(?:okay|ok|so|then|right|fine|but),?\s+)*we (?:go with|extend|shorten|"
    r"keep(?!\s+\w+ing\b)|drop|stop|move|switch|approve|reject|postpone|defer|cancel|skip|"
    r"hire|freeze|open|close)\b|"
    r"\bwe(?:'ll| will)? go for\b(?![^.?!]*\?)|\bgoes on hold\b|"
    r"the decision is|we settled on|we(?:'re| are) going ahead with|final decision|"
    r"decision:|agreed:|we(?:'ll| will) stick with|let's stick with|"
    r"(?:that's|that is|it's|it is) (?:decided|settled|agreed)|"
    # "the firmware upgrade is approved", not "was approved" (taken before)
    r"\b(?:is|are) (?:now |hereby |officially )?(?:approved|rejected|greenlit|signed off|"
    r"cancell?ed|postponed|deferred|a go|a no-go)\b)"
    # a rule from now on: "So from tonight every ticket is read back", "Going forward ..."
    r"|^(?:(?:okay|ok|so|right|and|then|yes|fine|also),?\s+)*(?:going forward|from now on|"
    rf"(?:from|starting) {FROM_WHEN}),?\s+"
    # not what happens to us from then ("From Wednesday we have waves over two metres")
    r"(?!I\b|I'm\b|I'll\b|we (?:have|get|expect)\b|we've got\b|the forecast\b|it\b|there\b)"
    # "We'll book a collection every month from now on"
    r"|^(?!.*\b(?:I|I'm|I'll|I've)\b)[^?]*\bfrom now on[.!]?$"
    # "Split delivery it is.", "Tuesday it is."
    r"|^(?:(?:okay|ok|so|right|alright|fine|then|agreed),?\s+)*"
    r"(?!(?:that|this|what|so|here|there|it|which)\b)[\w' -]{2,40} it is[.!]?$"
    # a conclusion said to the room: "So we stay with Sato.", "Okay, we defer the patch",
    # "so we're moving to the new CRM in January"
    r"|(?:^|[,;.]\s+)(?:okay|ok|so|then|right|fine)\b,?\s+(?:so\s+)?we(?:'re| are)?\s+"
    r"(?:going to\s+|gonna\s+)?(?:stay|stick|keep(?!\s+\w+ing\b)|move|moving|switch|"
    r"switching|defer|postpone|drop|cancel|skip|leave|go with|going with|approve|reject|"
    r"bring in|introduce|freeze|stop|start|go for|hire|offer|raise|lower|cut|open|close)\b"
    # "We're doing the cod instead."
    r"|\bwe(?:'re| are|'ll| will) (?:doing|do|using|use|serving|serve|going with|go with)\b"
    r"[^.?!]*\binstead\b",
    re.IGNORECASE,
)
# A proposal put to the room ("..., agreed?", "Can we agree on that?") is a decision once
# someone else says yes; said alone it is only a proposal
ASKS_AGREEMENT = re.compile(
    r"^(?:agreed|all agreed|(?:is )?every(?:one|body) (?:fine|ok|okay|happy)(?: with that)?|"
    r"(?:any )?objections|every(?:one|body) on board|all in favou?r|"
    r"can we (?:all )?agree on that|does that work for every(?:one|body)|"
    r"are we all (?:ok|okay|fine|agreed|happy) with that)\?$",
    re.IGNORECASE,
)
AGREES = re.compile(
    r"^(?:agreed|yes|yeah|yep|sure|fine|sounds good|works for me|absolutely|definitely|"
    r"fine by me|makes sense)\b(?!,? but\b)",
    re.IGNORECASE,
)
# Replies that leave a question open, after the words people open any answer with
UNSURE_REPLY = re.compile(
    r"^(?:(?:honestly|well|um|uh|hmm|hm|so|actually|to be honest|sorry|oh),?\s+)*"
    r"(?:i (?:honestly |really |genuinely )?don't know|i'm not sure|not sure|good question|"
    r"no idea|we'll see|let's come back|hard to say|that's unclear|nobody knows|we don't know|"
    r"not yet|let's (?:park|table) (?:that|it|this)|"
    # a guess to be checked, or a question passed on, answers nothing yet
    r"i (?:believe|think) so,? but|let me (?:double[- ]?)?check|"
    r"i'd (?:have|need) to (?:ask|check|find out)|"
    r"we haven't (?:yet )?(?:picked|decided|chosen|agreed|settled|set|fixed)\b|"
    # a maybe, a question passed up or put off: "Above my pay grade. Ask Gloria.",
    # "Not our call. Park it.", "Let's talk about that when the budget's settled."
    r"maybe\b|possibly\b|perhaps\b|who knows|beats me|no clue|dunno|could be either|"
    r"(?:let's |we'll |we need to )?(?:figure|work|sort) (?:that|it|this) out\b|"
    r"let's,? (?:um,? |uh,? )?figure (?:that|it|this) out\b|"
    r"above my pay grade|ask [A-Z]\w+[.!]?$|not (?:our|my) call|park (?:it|that)|"
    r"don't look at me|let's not decide|\w+ would know|we'll find out|"
    r"(?:there |it |that )?(?:might|may|could) be\b|i'd (?:like|love) to,? but\b|"
    r"(?:i'd|we'd) rather not (?:decide|commit)|let's think about (?:that|it|this)\b|"
    r"(?:that's )?(?:exactly )?what I (?:don't|do not) know|"
    r"(?:that|it) depends\b|no date\b|i(?:'d)? need to see\b|"
    r"let's (?:leave|talk about|discuss|revisit|come back to) (?:that|it|this)\b(?! now))",
    re.IGNORECASE,
)
# "What I still don't know is whether ...", "One open thing, whether ...": a question said as
# a statement, open whatever was said before it
STATED_QUESTION = re.compile(
    r"\bwhat (?:I|we) (?:still )?(?:don't|do not) (?:know|get|understand) is\b|"
    r"\b(?:there's|there is) (?:also )?the question (?:of )?(?:whether|if)\b|"
    r"\b(?:one|another|the other|an) open (?:thing|point|item)\b",
    re.IGNORECASE,
)
OPEN_MARK = re.compile(
    r"\b(?:open question|still (?:unclear|open|unknown)|not (?:yet )?decided|to be decided|tbd|"
    r"need to figure out|we still don't know|remains to be seen|unresolved|"
    r"(?:nobody|no one)(?:'s| has) (?:decided|worked out|figured out)|"
    r"that's the (?:big |real )?(?:question|unknown)|the big unknown|"
    r"(?:stays|remains|is still|stay) open|whenever that is|"
    # "We don't know if the funder allows it": a gap said as a statement
    r"(?:I|we) (?:honestly |really |still )?(?:don't|do not) know (?:if|whether)|"
    r"(?:don't|do not) know yet)\b"
    # "nobody knows (for sure)", not "nobody knows the steps": a point, not a gap in skills
    r"|\b(?:nobody|no one) (?:really )?knows(?: for sure| yet)?(?=[.,;!]|$)",
    re.IGNORECASE,
)
SMALL_TALK = re.compile(
    r"^(?:hello|hi|right|okay|ok|really|yes|no|sorry)\b.{0,15}\?$"
    # asking to be heard or to speak, not asking something: "Hi, can everyone hear me?",
    # "Can I raise the phones?"
    r"|^(?:\w+,\s+)*can (?:every(?:one|body)|you(?: all)?) (?:hear|see) (?:me|us|my screen)\b"
    r"|^.*\bshare (?:my|the) screen\b"
    r"|^can I (?:raise|bring up|add|mention|say|ask|jump in)\b",
    re.IGNORECASE,
)
REQUEST = re.compile(
    r"^(?:\w+,\s+)?(?:can|could|would|will) (?:you|someone|anyone)\b", re.IGNORECASE
)
# "Then we hire one, but let's hope not.": a fallback, not a choice
HOPED = re.compile(r"\blet's hope\b|\bhopefully\b", re.IGNORECASE)
# "Let's do that.", "Let's switch it on.": a choice that names nothing itself
POINTS_BACK = re.compile(
    r"\blet's \w+(?: \w+)? (?:that|it|this)(?: on| off| up)?[.!]?$"
    r"|^(?:do it|go for it)[.!]?$",
    re.IGNORECASE,
)
MAYBE = re.compile(r"(?:maybe|possibly|perhaps)\b", re.IGNORECASE)
# "Decided.", "Settled.": sealing what the speaker said just before
SEALS = re.compile(r"^(?:decided|settled|agreed|that's decided|that's settled)[.!]?$", re.I)
# "Do we know when ...?" answered "No" is a gap, not an answer
KNOW_QUESTION = re.compile(
    r"^(?:\w+,\s+)?(?:and |so |but )?(?:do|does) (?:we|you|anyone|anybody|someone) "
    r"(?:actually |even )?know\b",
    re.IGNORECASE,
)
# A sentence that is only a sound people make while they think
FILLER_ONLY = re.compile(r"^(?:(?:hm+|um+|uh+|er+|well|so|oh|ah),?\s*)+[.!]?$", re.IGNORECASE)
# A question to the room about what the team does ("Do we keep the quizzes?")
WE_QUESTION = re.compile(
    r"^(?:\w+,\s+)*(?:and |so |but )?(?:do|can|should|shall|are|will) we\b[^?.!]*\?"
    r"|\bwhat about\b[^?.!]*\?",
    re.IGNORECASE,
)
# How a conclusion to such a question opens ("Okay, quizzes stay", "No, we leave it")
CONCLUDES = re.compile(r"^(?:okay|ok|so|then|right|fine|yes|yeah|no|alright)\b", re.IGNORECASE)
# What makes it one person's view or a guess rather than the room's answer
ONES_OWN_VIEW = re.compile(
    r"\b(?:I|I'm|I'd|I'll)\b|\b(?i:me|my|maybe|perhaps|probably|might|if|not sure|don't know|"
    r"said|says|they'd|reckons?)\b"
)
# "Who ...?" answered by people saying it is not them stays open
NOT_ME = re.compile(r"^(?:not me|nobody|no one|no idea who)\b", re.IGNORECASE)
# "Who ...?" is answered by asking someone to do it, in any of the languages with phrases
ASKS_WHO = re.compile(r"^(?:\w+,\s+|and\s+)?(?:who|wer|qui|quién)\b", re.IGNORECASE)
# words any question and request share without being about the same thing
ASKING_WORDS = frozenset(
    "what when where which could would should will about going there this that".split()  # noqa: SIM905
)
ENGLISH = PointPhrases(DECISION, UNSURE_REPLY, OPEN_MARK, SMALL_TALK, REQUEST)
PHRASES = {"en": ENGLISH, **POINT_PHRASES}


@dataclass(frozen=True)
class Point:
    """A decision or an open question, with who said it and when."""

    text: str
    speaker: str
    start: float


def decisions(sentences: Sequence[Sentence], language: str = "en") -> list[Point]:
    """Sentences that state a decision the meeting took (none in a language without phrases)."""
    if language not in PHRASES:
        return []
    decided = PHRASES[language].decision
    found = []
    for i, s in enumerate(sentences):
        if language == "en" and SEALS.match(s.text.strip()):
            # "The dress moves to the twelfth. Decided.": what was sealed is the decision
            if i > 0 and sentences[i - 1].speaker == s.speaker:
                found.append(sentences[i - 1])
            continue
        if HOPED.search(s.text):
            continue
        if (decided.search(s.text) and not s.text.rstrip().endswith("?")) or (
            language == "en" and (_agreed_to(sentences, i) or _settles(sentences, i))
        ):
            found.append(s)
    return [Point(s.text, s.speaker, s.start) for s in _said_what(sentences, found)]


def _said_what(sentences: Sequence[Sentence], found: list[Sentence]) -> list[Sentence]:
    """Each decision that only points back ("Yes, let's do that.") as the sentence its
    speaker says next, which says what ("Homework club moves upstairs from Monday.")."""
    stated = []
    for s in found:
        i = sentences.index(s)
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if (
            POINTS_BACK.search(s.text)
            and nxt is not None
            and nxt.speaker == s.speaker
            and not nxt.text.rstrip().endswith("?")
        ):
            s = nxt
        if s not in stated:
            stated.append(s)
    return stated


def _agreed_to(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` is a proposal its speaker put to the room next ("The freeze
    starts Friday. Agreed?") and someone else said yes to ("Agreed.", "Yes, please")."""
    if i + 2 >= len(sentences):
        return False
    proposal, asked, reply = sentences[i], sentences[i + 1], sentences[i + 2]
    return (
        not proposal.text.rstrip().endswith("?")
        and asked.speaker == proposal.speaker
        and ASKS_AGREEMENT.match(asked.text.strip()) is not None
        and reply.speaker != proposal.speaker
        and AGREES.match(reply.text.strip()) is not None
    )


def _settles(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` settles a "do we ...?" asked just before it, said as a
    conclusion to the room about the same thing ("Do we change the add-on too?" ... "No, we
    leave the add-on alone"; "Can we shoot single camera?" ... "Okay, so single camera until
    the 3rd."): not a question, no "I", no hedge."""
    said = sentences[i].text
    if said.rstrip().endswith("?") or not CONCLUDES.match(said) or ONES_OWN_VIEW.search(said):
        return False
    asked = [q for q in sentences[max(0, i - 3) : i] if WE_QUESTION.search(q.text)]
    return any(_content(q.text) & _content(said) for q in asked)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", text.lower()) if w not in ASKING_WORDS}


def _handed_out(question: str, answer: str, words: PointPhrases) -> bool:
    """Whether ``answer`` settles who will do what ``question`` asked about ("Who's doing the
    customer email?" - "Zoe, can you own the customer email?"): it asks someone to do the
    same thing (a word in common); a request about other work leaves the question open."""
    asked = ASKS_WHO.match(question) is not None and words.request.match(answer) is not None
    return asked and bool(_content(question) & _content(answer))


def _is_question(sentence: Sentence, words: PointPhrases) -> bool:
    """Whether ``sentence`` asks something (not small talk, not a request in question form)."""
    asked = sentence.text.lstrip("¿¡")
    return (
        sentence.text.endswith("?")
        and not words.small_talk.match(asked)
        and not words.request.match(asked)
    )


def _goes_on(sentences: Sequence[Sentence], i: int, words: PointPhrases) -> bool:
    """Whether the speaker of question ``i`` asks on in the next sentence ("What about the
    internet? Is the fibre line installed?"): the questions are one point, kept with the last."""
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    return nxt is not None and nxt.speaker == sentences[i].speaker and _is_question(nxt, words)


def _lead_in(sentences: Sequence[Sentence], i: int, words: PointPhrases) -> list[Sentence]:
    """The questions the same speaker asked just before question ``i``."""
    first = i
    while (
        first > 0
        and _goes_on(sentences, first - 1, words)
        and _is_question(sentences[first - 1], words)
    ):
        first -= 1
    return list(sentences[first:i])


def _reply(sentences: Sequence[Sentence], i: int) -> list[Sentence]:
    """The first three sentences of the answer to question ``i``: those of the next speaker
    within two sentences, a sound alone ("Hm.") not counted ("Hm. Good question. Possibly.")."""
    start = next(
        (
            j
            for j in range(i + 1, min(i + 3, len(sentences)))
            if sentences[j].speaker != sentences[i].speaker
        ),
        None,
    )
    if start is None:
        return []
    turn: list[Sentence] = []
    for said in sentences[start:]:
        if said.speaker != sentences[start].speaker or len(turn) == 3:
            break
        if not FILLER_ONLY.match(said.text):
            turn.append(said)
    return turn


def open_questions(sentences: Sequence[Sentence], language: str = "en") -> list[Point]:
    """Questions left without an answer, and points said to be still open."""
    if language not in PHRASES:
        return []
    words = PHRASES[language]
    found = []
    for i, s in enumerate(sentences):
        if language == "en" and STATED_QUESTION.search(s.text):
            found.append(Point(s.text, s.speaker, s.start))
            continue
        if words.open_mark.search(s.text):
            # not just the reply to a question, nor more words on the point just made
            said_just_before = bool(found) and found[-1].start == sentences[i - 1].start
            if not said_just_before and not any(
                p.text.endswith("?") for p in sentences[max(0, i - 2) : i]
            ):
                found.append(Point(s.text, s.speaker, s.start))
            continue
        if not _is_question(s, words) or _goes_on(sentences, i, words):
            continue
        asked, lead_in = s.text.lstrip("¿¡"), _lead_in(sentences, i, words)
        text = " ".join(q.text for q in [*lead_in, s])
        if len(text.split()) < 4:
            continue
        turn = _reply(sentences, i)
        reply = turn[0] if turn else None
        answer = reply.text.lstrip("¿¡") if reply else ""
        # another question, or a request to someone, moves on without answering
        moved_on = answer.endswith("?") or words.request.match(answer) is not None
        if moved_on and _handed_out(asked, answer, words):
            continue
        # a "maybe" after a short answer only hedges it ("Eight. Maybe nine." answers)
        answered = bool(turn) and len(turn[0].text.split()) <= 3
        unsure = any(
            (words.unsure_reply.match(said) and (k == 0 or not answered or not MAYBE.match(said)))
            or words.open_mark.search(said)
            for k, said in enumerate(r.text.lstrip("¿¡") for r in turn)
        )
        unsure = unsure or bool(ASKS_WHO.match(asked) and NOT_ME.match(answer))
        unsure = unsure or bool(KNOW_QUESTION.match(asked) and re.match(r"(?i)no\b", answer))
        if reply is None or moved_on or unsure:
            start = lead_in[0].start if lead_in else s.start
            found.append(Point(text, s.speaker, start))
    return found
