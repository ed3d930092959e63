"""How action items are said in English: requests, promises, hedges, dates said after (phrases
only; :mod:`actions` applies them).
"""

from __future__ import annotations

import re

from transcription.notes.dates import DEADLINE_WORDS, MONTH_NAMES, WEEKDAYS
from transcription.notes.phrases import IN_SENTENCE, NAME, TASK, ActionPhrases

# the words people open a sentence with before turning to someone ("Oh, Mark, can you ...")
OPENERS = (
    r"(?:(?:[Oo]kay|[Ss]o|[Aa]nd|[Aa]lright|[Tt]hen|[Oo]h|[Uu]m|[Uu]h|[Rr]ight|[Aa]lso),?\s+)*"
)
# Verbs of work someone is told to do by name ("Grace, put it on the agenda"); only these, as
# a name and a comma also start answers and thanks ("Grace, go ahead", "Grace, that's fine")
ORDERS = (
    "put|send|add|book|call|email|write|draft|update|check|prepare|schedule|set up|follow up|"
    "share|circulate|order|print|file|fix|review|draw up|sort out|reach out|ping|chase|post|"
    "forward|invite|contact|get|ring|phone|ask|pull|arrange|organise|organize|confirm|"
    "find out|look into"
)
# More of them, which can stand alone with a date ("I'll reorder today")
MORE_ORDERS = (
    # "Earl, take it to the shop today" (not "take a seat", "take some time off")
    r"take (?:it|them) (?:back |over |round |down )?to|"
    "swap|replace|recheck|double-check|cancel|buy|collect|fit|install|clear|finish|repair|"
    "deliver|ship|submit|upload|approve|restock|reorder|top up|notify|remind|chase up|tidy|"
    "translate|proofread|clean|escalate|refill|"
    # "Merv, tell the parties" (not "tell me", "tell us": asking to hear)
    r"tell(?=\s+(?!(?:me|us)\b))|"
    # words that are nouns too ("test results came back", "change of plan"): only with what
    # they are done to ("log the fault", "move the stand")
    r"(?:test|change|log|move|sign|pack|record|text|message|label|brief|source|measure|open|"
    r"raise|find)"
    r"(?=\s+(?:the|a|an|all|every|our|your|their|his|her|it|them|that|this|those|these|two|"
    r"three|four|five|some|more)\b)"
)
# "Okay, I tell the pattern room today", "Ja, I call them right after this": a promise in
# the present tense, as people say it in a language not their first, with when it happens
SOON = (
    r"today|tonight|tomorrow|this (?:afternoon|evening|morning|week)|(?:right )?after this|"
    rf"next week|on {WEEKDAYS}"
)
NOT_PROMISED = (
    r"think|know|mean|guess|agree|see|hope|feel|believe|don't|do (?:think|know|not)|can't|"
    r"cannot|will|shall|can|may|have|had|am|was|need|want|like|love|try|would|could|should|might|must|usually|always|never|just|"
    r"really|also|only|still|work|live|go|leave|arrive|fly|travel|come|stay|sit|start|"
    r"finish|heard|saw|said|told|went|got|made|sent|did|found|took|gave|came|put|ran|wrote|"
    r"spoke|met|left|thought|brought|bought|paid|read|rang|forgot|spent|sold|kept|lost|felt|"
    r"won|wore|drove|rode|chose|broke|drew|grew|knew|threw|caught|taught|built|lent|held|"
    r"stood|understood|sat|slept|became|began|heard|hit|cut|set|let|led|fed"
)
# A verb that says nothing without what it is done to ("I send this afternoon")
NEEDS_OBJECT = re.compile(rf"^(?:{ORDERS}|do|make|give|bring|take)$", re.IGNORECASE)
# "I need a breakdown" asks for the thing; "I need to leave early" is the speaker's own matter
# ", okay?", ", yes?": a question tagged on to an order or a promise, asking for the yes
TAG_QUESTION = (
    r",\s+(?:okay|ok|yes|yeah|right|alright|all right|please|yep|would you|will you|could you|"
    r"can you)\?"
)
NAMED_REQUEST = re.compile(
    # "Kwame, the complaint from Mrs Adeyemi, can you call her back?": what it is about
    # "Luca, you do scheduling, can you ...?": a word on who they are, not kept
    rf"^{OPENERS}{NAME},\s+(?:(?P<topic>(?:the|that|this|your|our) [^,?.!]{{3,50}}),\s+|"
    rf"(?:you|you're) [^,?.!]{{3,40}},\s+)?"
    rf"(?:(?:(?:can|could|would|will)"
    # "Meirion, can your gang fix the fence?": the work of the one asked and their people
    rf" (?:you|your (?:team|gang|crew|guys|lot|people))(?: please)?(?: mind)?|please|"
    rf"I need you to|I(?:'ll| will)? need(?!\s+to\b)|"
    rf"you(?:'ll| will)|"
    # "Sylvie, you're okay to run the refresher?": asked, not allowed
    rf"you(?:'re| are) (?:okay|ok|happy|fine|alright|all right) to(?=[^.!]*\?\s*$)|"
    # "Anjali, you escalate to their station manager": a request in the present tense
    rf"you(?=\s+(?!(?:{NOT_PROMISED}|were|are|did|got)\b)[a-z]+(?<!ed)\b)|"
    rf"make sure(?: you)?)\s+{TASK}|"
    # "Kavitha, send me the trap counts every week, okay?": an order with a tag question
    rf"(?P<order>(?:go ahead and\s+)?(?:{ORDERS}|{MORE_ORDERS})\s+{IN_SENTENCE}{{2,}}?"
    # ("Salome, book room twelve for the spring term?": the same, asked; see ASKED_ORDER)
    rf"(?:{TAG_QUESTION}|[.!?]?)$))"
)
# An order said as a question names what it is done to ("book room twelve ...?", "send the
# minutes round?"), with no second question after a comma: not "Priya, update on the vendor
# contract?" nor "Dev, fix for the login bug, has it shipped?"
ASKED_ORDER = re.compile(
    r"^[\w-]+(?:\s+(?:up|out|round|over|back|in|off|down|through))?\s+(?:(?:me|us|him|her)\s+)?"
    r"(?:the|a|an|our|your|their|it|them|this|that|these|those|"
    r"\w+\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))\b[^,]*"
    # and a tag: "..., would you?", "..., okay?"
    r"(?:,\s*(?:would you|will you|could you|can you|okay|ok|yes|yeah|right|please))?\?$",
    re.IGNORECASE,
)
TRAILING_NAME_REQUEST = re.compile(
    rf"(?:\b(?:[Cc]an|[Cc]ould|[Ww]ould) you(?: please)?\s+{TASK}"
    # "Call the printer today, Johan."
    rf"|^(?P<order>(?:(?i:go ahead and)\s+)?(?i:{ORDERS}|{MORE_ORDERS})\s+[^?.!,]{{2,}})),\s+"
    rf"{NAME}\s*[?.!]?$"
)
# "Lee will ...", and "let's have Lee look into ..." (which needs no verb of its own after Lee)
# and actions minuted by name: "Action for Tom: update the register", "Action: Tom to ..."
THIRD_PERSON = re.compile(
    rf"(?:(?P<delegated>\b[Ll]et(?:'s| us) (?:have|get|ask)\s+)|"
    rf"(?P<minuted>\b[Aa]ction(?: item)? (?:for|on)\s+(?!me\b)|"
    rf"\b[Aa]ction(?: item)?:\s+(?=[A-Z][a-z]+\s+to\s))|^|[,;]\s*|\band\s+){NAME}"
    rf"(?(delegated)\s+(?:to\s+)?|(?(minuted)(?::|,|\s+to\b)\s*(?:to\s+)?|"
    rf"(?:\s+(?:will|is going to|is gonna|'ll|has agreed to|is to|should|needs to|takes care of|"
    rf"is on|owns)|"
    # "Phoebe's doing the renewal": work someone has, said as what they are doing
    # (the work and its date only: not "Maria's doing the school run today, so she'll join
    # late", "Ken's doing the best he can with the old laptop", "Omar is handling the audit
    # this year")
    rf"(?:'s|\s+is)\s+(?P<doing>doing|handling)(?![^.?!]*\b(?:this year|these days|now|"
    r"at the moment|currently|same|best|own|by the way|so (?:she|he|they)(?:'ll|'s| will))\b)"
    r"(?=\s+(?:the|our|their)\s))\s+))"
    rf"{TASK}"
)
# "I'll, uh, I'll send it": the sounds people make while they find the words
HESITATION = r"(?:,?\s+(?i:uh|um|erm|er)\b,?)*(?:\s+I(?:'ll| will)\b)?"
PRESENT_PROMISE = (
    r"^(?:(?:[Oo]kay|[Oo]k|[Yy]es|[Yy]eah|[Jj]a|[Ss]ure|[Tt]hen|[Ss]o),?\s+)?"
    rf"I(?=\s+(?!(?:{NOT_PROMISED})\b)[a-z]+(?<!ed)\b[^.?!]*\b(?:{SOON})\b)"
)
# what follows "by" or "before" when it is a date ("before Friday", not "before I answer")
DATEISH = (
    rf"(?:next |this |the end of |end of |the )?{WEEKDAYS}|"
    r"today|tonight|tomorrow|(?:next|this) (?:week|weekend|month|morning|afternoon|evening)\b|"
    r"the end\b|end of|the \d|\d|eod|cob|"
    r"close of play|lunch(?:time)?|christmas|the weekend|"
    rf"(?:{MONTH_NAMES})"
)
# "I need to call the bank tomorrow", "I've got to finish the slides tonight": work the
# speaker owes, when it comes with a date ("I need to leave early" is their own matter)
# (a verb of work: "I need to take tomorrow off", "I have to pick the kids up" are not work)
OWED = (
    rf"\b(?:I need to|I have to|I've got to|I have got to|I must|I should be able to)"
    rf"(?=\s+(?:{ORDERS}|{MORE_ORDERS}|run|do)\b"
    r"(?!\s+(?:home|back|off|away|going|out|a coffee|lunch)\b)[^.?!]*"
    rf"\b(?:(?:{SOON})\b|(?:by|before) (?i:{DATEISH})))"
)
SELF = re.compile(
    rf"(?:{PRESENT_PROMISE}|{OWED}|\b(?:I will|I'll|I am going to|I'm going to|I'm gonna|"
    rf"I can take|I'll take|I will take|"
    # "let me check", not "the dog wouldn't let me out"; "I can", not "so I can answer her"
    rf"(?:^|(?<=[,;]\s))(?:(?:[Ss]o|[Aa]nd|[Bb]ut|[Oo]kay|[Oo]k|[Rr]ight|[Yy]eah|[Ss]ure),?\s+)*"
    rf"[Ll]et me|"
    rf"I'm on it,? I'll|I'll make sure to|I will make sure to|(?<!\bso )(?<!\bthat )I can|"
    rf"[Aa]ction on me(?: to|:)?|(?:[Tt]hat's|[Ii]t's) on me to|"
    rf"[Mm]y action(?: item)?(?: is| will be)?(?: to|:))){HESITATION}\s+{TASK}"
)
OPEN_REQUEST = re.compile(
    rf"(?:\b(?:[Cc]an|[Cc]ould|[Ww]ould) (?:some|any)?(?:one|body)(?: please)?"
    # "Who can take the vendor call?", "Who wants to do the minutes?"
    rf"|\b[Ww]ho(?: can| could| will| wants to| would like to|(?:'s| is) happy to|"
    rf" is able to|(?:'s| is) going to| volunteers to)"
    # "Who can make the Friday meeting?" asks who is free, not who will work
    rf"(?!\s+(?:make|come|attend|join|be|go|do (?:the )?(?:mon|tues|wednes|thurs|fri)day)\b))"
    rf"\s+{TASK}"
)
YOU_REQUEST = re.compile(
    rf"^(?:\w+,\s+)?(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill) you(?: please)?(?: mind)?\s+{TASK}"
)
# Work for everyone: "we need to ...", "we need a draft by Friday" (a thing, due: work, not a
# wish), "Everyone, slides by Monday, please" (said to all, with a date or a please)
TEAM = re.compile(
    rf"\b(?:[Ww]e need to|[Ww]e have to|[Ss]omeone needs to|[Ss]omeone should|"
    rf"[Aa]ction item(?: is)?:?|[Tt]o ?do:|"
    rf"[Ww]e need (?=(?:a|an|the)\b[^.?!]*\b(?:by|before)\b)|"
    rf"^{OPENERS}(?:[Ee]veryone|[Ee]verybody|[Aa]ll),\s+(?=[^.?!]*\b(?:please|by|before)\b))"
    rf"\s*{TASK}"
)
# A commitment by someone the meeting did not name ("they", "he", "somebody"): an item, no owner.
# "We should ..." is the team's, like "we need to", but people hedge it ("maybe we should"),
# so it is read here, where hedges and questions are no items.
UNNAMED = re.compile(
    r"(?:^|[,;]\s*|\b(?i:and|so|then|but|okay|ok)\s+)"
    r"(?:(?i:they|he|she|some(?:one|body))(?:'ll|\s+(?:will|is going to|are going to|is gonna|"
    r"are gonna|has to|have to|needs to|need to|should|ought to|must|has agreed to|have agreed to|"
    rf"agreed to|promised to))|(?i:we)\s+should)\s+"
    # "They will once I send the memo": a clause follows, no work
    rf"(?!(?i:once|when|if|because|as soon as|after|before|until|unless|though|not|never)\b)"
    # "They'll all be rebooked by tomorrow": what becomes of things, nobody's work
    r"(?!(?:all\s+|both\s+)?be\s+(?:\w+ed|\w+en|done|sent|built|paid|made|set|put|cut|shut)\b)"
    rf"{TASK}"
)
# Work wished for with nobody named ("Someone should really tidy up the alert rules"): no item
# unless someone takes it or it has a date
WISHED = re.compile(
    r"\bsome(?:one|body) (?:really |probably |just )*(?:should|needs to|has to|ought to|must)\b",
    re.IGNORECASE,
)
# What people outside will do ("He'll walk the whole plant", "They'll ring the councillor"):
# no item without a date; followed by the task's first words
OUTSIDERS_WILL = r"\b(?:they|he|she)(?:'ll|\s+will)\s+"
# Words that make a commitment by an unnamed person a guess rather than a task.
HEDGE = re.compile(
    r"\b(?:maybe|perhaps|might|probably|possibly|hopefully|not sure|I guess|I think|I hope|"
    r"if|unless|whether)\b",
    re.IGNORECASE,
)
ACCEPT = re.compile(
    r"^(?:sure|yes|yeah|yep|okay|ok|of course|absolutely|will do|no problem|"
    r"i can(?!'t|not)|i will(?! not)|i'll|on it|happy to|leave it with me|"
    r"fine(?!\s+(?:by|with) (?:me|us))|yup|can do|"
    r"no worries|sounds good|fair enough|alright|all right)\b",
    re.IGNORECASE,
)
# A date that makes "I'll have a draft ..." work to deliver, not a thing to have
HAVE_BY = (
    r"[^.?!]*\b(?:by|before|until|today|tonight|tomorrow|next \w+|this \w+|"
    r"in (?:a|an|one|two|three|four|five|\d+) (?:days?|weeks?|months?))\b"
)
# "have the brochure and the price list ready": a thing to be made ready, work
HAVE_READY = r"[^.?!]*\b(?:ready|done|finished|sorted|written|printed|signed|sent)\b"
# How a date said after a promise or a yes sets when it is due ("Should be done by Friday",
# "End of the week at the latest"), not when something else happens ("The board meets Friday")
AS_DEADLINE = re.compile(
    rf"\b(?:{DEADLINE_WORDS}|at the latest|end of)\b"
    # "It goes out this afternoon.": when the work just promised is done
    r"|^(?:it|that|they)(?:'ll| will)? (?:goes|go|be|is|are) (?:out|done|ready|sent|finished)\b",
    re.I,
)
# Things people say with "I'll" that commit them to nothing; "I'll need the figures" asks
# for something, "I'll need to check" is still a promise
NOT_TASKS = re.compile(
    r"^(?:be|say|admit|guess|think|just say|try not|pass|leave it|stop|need(?! to\b)|"
    # ("have the brochure ready for them" is work)
    rf"see you|talk to you|have (?:a|the|some)\b(?!{HAVE_BY})(?!{HAVE_READY})|let you|go first|"
    r"start|not|never|"
    r"love|like|hate|enjoy|want|know|understand|probably|likely|see|hear|imagine|relate|"
    r"tell you|live with|believe|leave (?:it|that|this) (?:with|to) (?:you|him|her|them)|"
    # running the call, not work: "Linh, can you turn the camera?", "share your screen"
    r"turn the camera|share (?:your|the|my) screen|unmute|mute|speak up|repeat that|"
    r"put (?:the|your|that) phone|talk about|help (?:him|her|them|you|out)\W*$|"
    r"keep (?:it|this) (?:short|brief|quick)|close the meeting|end the meeting|"
    r"wrap (?:it|this) up)\b"
    r"|^(?:have|has|had) (?:been|done|gone|got|forgotten|\w+ed)\b"  # "must have forgotten"
    r"|^(?:do|handle|take care of|check|take|own) (?:that|it|this|so)\W*$"  # a yes, not a task
    r"|^\w+ not\W*$"  # "I can do not": a misheard "do that", no work
)
# "I'll have to update the page": the work is updating the page
HAVE_TO = re.compile(r"^(?:have|need) to\s+(?=\w)")
# A hedged call for someone ("Maybe someone should look at it", "someone should probably")
HEDGED_CALL = re.compile(
    r"\b(?:maybe|perhaps)\s+(?:someone|somebody|we)\b|"
    r"\b(?:someone|somebody|we) (?:should|could|needs? to) (?:probably|maybe|perhaps)\b",
    re.IGNORECASE,
)
# A yes whose date is the due date ("Yep, Thursday works.", "Next Wednesday is fine.")
DATE_IS_FINE = re.compile(
    r"\b(?:is|'s|should be|will be|would be) (?:fine|good|ok|okay|great|doable)\b|\bworks\b"
    r"|\byou'll have (?:it|them)\b",
    re.I,
)
# "Tomorrow afternoon, yeah.", "Thursday, even.", "Wednesday morning at the earliest.": the
# one asked answering with the date they will do it by
DATE_REPLY = re.compile(
    r"^(?:(?:yes|yeah|yep|sure|okay|ok|will do|fine),?\s+)?"
    # "That's on Wednesday.": the day of the thing the work is for
    r"(?:(?:that's|it's|that is|it is)\s+(?:on\s+)?)?(?:by\s+)?(?:(?:next|this)\s+)?"
    rf"(?:today|tonight|tomorrow|{WEEKDAYS}|(?<=next )week|(?<=this )week|end of (?:the )?"
    r"(?:next )?(?:week|month))"
    r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|first thing))?"
    # the whole reply is the date, with a yes or a word on it: not "Tomorrow I'm away, sorry"
    r"(?:,?\s+(?:then|even|yeah|yes|yep|fine|works(?: for me)?|suits me|at the (?:latest|earliest)|"
    r"sometime|at some point|hopefully|probably|"
    r"first thing|(?:is|should be|would be) (?:fine|good|okay|ok|doable)|if you can|ideally|"
    r"please|if possible))*\W*$",
    re.I,
)
# "redo the rota tonight so someone's on till nine from Wednesday": what the work is for
PURPOSE_SO = (
    r"\s+so (?:that )?(?=(?:someone|somebody|everyone|everybody|we|they|you|he|she|there)"
    r"(?:'s|'re|'ll|'d|\s+(?:is|are|can|will|have|has|don't|doesn't|won't)\b)|it's\b)"
)
PURPOSE = re.compile(PURPOSE_SO, re.IGNORECASE)
# ", I've got last year's template": a clause said after the work, not part of it
AFTERTHOUGHT = re.compile(
    r",\s+(?:and\s+)?(?=(?:so(?!\s+(?:by|before)\b)|because|since|I've|I'm|I'd|it's|"
    r"it (?:still|already) |they'll|they're|he's|she's|which|but|otherwise|"
    r"he'll|she'll|leave it with me|"
    r"though|if|unless|weather permitting)\b|(?:okay|ok|alright|yeah|yes|yep|right)\W*$)"
    rf"|{PURPOSE_SO}",
    re.IGNORECASE,
)
# "If it's fixed by Friday, ...", "Once they confirm on Monday, ...": a condition said first
CONDITION_FIRST = re.compile(r"^(?:if|once|when|as soon as|unless)\b[^,]*,\s*", re.IGNORECASE)
# "They're busy before Christmas.": when others are free, not when the work is due
OTHERS_BUSY = re.compile(
    r"^(?:(?:he|she|they) said (?:that )?)?(?:they|he|she)(?:'re| are|'s| is)\s+(?:busy|away|"
    r"off|closed|shut|out|on leave|on holiday|fully booked|booked up|booked)\b",
    re.IGNORECASE,
)
# "Actually, make it next Friday, ...", "Hm, Thursday, I'm off on Friday.": a date corrected,
# said first after the word that corrects it
_SOME_DAY = (
    rf"(?P<date>(?:by\s+)?(?:(?:next|this)\s+)?(?:today|tonight|tomorrow|{WEEKDAYS})\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
)
# "Let's say Wednesday.", "No wait, the courier doesn't go on Thursday, so Wednesday."
CORRECTED_DATE = re.compile(
    r"^(?:(?:(?:actually|sorry|wait|hm+|oh|no|well)[,.]?\s+)+(?:make (?:it|that)\s+)?|"
    r"(?P<say>(?:(?:okay|ok|so|well),?\s+)?let's say\s+)|"
    r"(?:no wait|wait|actually|sorry|no)\b[^.?!]*,\s+so\s+)"
    rf"{_SOME_DAY}(?=\W*$|,|\s+(?:then|instead)\b)",
    re.IGNORECASE,
)
# "... by Wednesday, no, let's say Thursday, their cut-off moved": a date corrected in the
# sentence that said it
# (or after a dash: "Wednesday - no, Tuesday", "By Friday - no, give me till next Wednesday")
CORRECTED_IN_SENTENCE = re.compile(
    r"(?:,|\s+[\u2014\u2013-])\s+(?:oh\s+)?(?:no|sorry|actually|wait|or rather)\b[,.]?\s+"
    # "tomorrow, oh no, I'm on the training course tomorrow, so Wednesday"
    r"(?:[^.?!]*?,\s+so\s+)?"
    r"(?:let's say\s+|make (?:it|that)\s+|say\s+|give me (?:till|until)\s+)?"
    rf"(?P<date>(?:by\s+)?(?:(?:next|this)\s+)?(?:today|tonight|tomorrow|{WEEKDAYS})\b)"
    r"(?=\W*$|,|\s+(?:then|instead|works|is better)\b)",
    re.IGNORECASE,
)
# "Wednesday, Tarek, Thursday's the cut-off.": another date put first, as the answer
DATE_FIRST = re.compile(
    rf"^(?:(?:no|actually|sorry),?\s+)?(?:(?:next|this)\s+)?(?:{WEEKDAYS}|today|tomorrow|tonight)"
    r"(?=,)",
    re.IGNORECASE,
)
# "No, wait, Eunji needs it earlier.": the speaker about to correct what they said
CORRECTION_OPENER = re.compile(r"^(?:no,?\s+wait|wait|actually|sorry|no)\b[,.]?\s", re.I)
# "Marisol, the deck seven report for the health officer, by Friday please.": the work
# asked for by name, said as the thing and its date
THING_ASKED = re.compile(
    rf"^{OPENERS}{NAME},\s+(?P<task>(?:the|your|our)\s+"
    r"(?![^,?.!:]*\b(?:you|is|are|was|were|gets?|got|\w+ed)\b)[^,?.!:]{3,60}?),?\s+"
    rf"(?=(?:by|before)\s+(?i:{DATEISH}))"
)
# "... before then": by the date said just before
BY_THEN = re.compile(r"\b(?:by|before|until)\s+then\b", re.IGNORECASE)
# "I can't today, I'll do it tomorrow": a date ruled out before the promise
RULED_OUT = re.compile(
    r"^[^,]*\b(?:can't|cannot|won't|not)\b[^,]*,\s*(?=I(?:'ll| will)\b)", re.IGNORECASE
)
# "..., and I'll get legal to check": a second promise in the same sentence
SECOND_PROMISE = re.compile(r",?\s+and\s+(?=I(?:'ll| will)\s)")
# Finding something out, not hedging: "see if", "check whether"
TRY_OUT = re.compile(r"\b(?:see|check|find out|test|ask) (?:if|whether)\b", re.IGNORECASE)
# "Vera, you found it, it's yours.": the work just said handed to someone by name
# (the whole sentence: not "Dana, the blue thermos, that's yours." nor "Ben, it's yours, isn't
# it?" nor "Dev, that's all on you, well done.")
HANDED_OVER = re.compile(
    rf"^{OPENERS}{NAME},\s+(?:you [^,.?!]{{2,30}},\s+)?(?:it's|that's|this one's|that one's) "
    r"(?:all )?(?:yours|on you)(?:,?\s+(?:then|now|I'm afraid|sorry))?[.!]?$",
)
# "Leave it with me.", "That's me, I'll do it.": a claim that names no work of its own
BARE_CLAIM = re.compile(
    r"^(?:(?:okay|ok|yeah|yes|fine|sure|right|oh|alright|go on),?\s+)*(?:that's me|that'll be me|"
    r"leave (?:it|that) with me|I'll (?:do|take) (?:it|that)|I can (?:do|take) (?:it|that)|"
    r"I'm on it|on it)(?:,?\s+I'll (?:do|take) (?:it|that))?"
    # and when, with the thing said again: "Leave it with me, table plan by Friday."
    r"(?:[,.]?\s+(?:but\s+)?(?!I\b|I'll\b)(?:[a-z][\w' ]{0,30}?\s+)?(?:(?:by|before)\s+)?"
    rf"(?:{DATEISH})[\w ]*)?\W*$",
    re.IGNORECASE,
)
# A name said as a sentence of its own next to the order it goes with, in terse talk: "Merv.
# Tell the parties.", "Restock the spill kit. Ada.", "Order six chairs. Cora, end of month."
# (with when, and nothing more: "Cora, end of month.")
NAME_ALONE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    rf"(?P<rest>,\s+(?i:(?:by\s+)?(?:{DATEISH})[\w' ]{{0,20}}))?[.!]$"
)
# an order said without a name: "Tell the parties.", "Restock the spill kit."
ORDER_FIRST = re.compile(rf"^(?:please\s+)?(?:{ORDERS}|{MORE_ORDERS})\s+\w", re.IGNORECASE)
# "Leave it with me.": work taken on without saying which
LEFT_WITH_ME = re.compile(r"leave (?:it|that) with me\W*$", re.IGNORECASE)
# "The table plan?": the words before the name of a thing
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|our|your|any|and|so)\s+", re.IGNORECASE)
# "I'll send the brief so they're ready by Friday" dates the work; "so someone's on from
# Wednesday" says when something starts
STARTS_FROM = re.compile(r"\b(?:from|starting|after)\s", re.IGNORECASE)
# "Phoebe's doing the renewal": the work is "do the renewal"
DOING_VERBS = {"doing": "do", "handling": "handle"}
# Taking on work nobody owned: "That's me, I'll email them", "Leave it with me"
CLAIMS = re.compile(
    r"^(?:(?:okay|ok|yeah|fine|sure),?\s+)?(?:that's me|that'll be me|that one's me|"
    r"leave (?:it|that) with me|I'll (?:do|take) (?:it|that)|I can (?:do|take) (?:it|that))\b",
    re.IGNORECASE,
)
# The one asked has done it already: "Already done.", "Done already, they ship tomorrow.",
# "I've already booked it." - no item
DONE_ALREADY = re.compile(
    r"^(?:(?:oh|yes|yeah|yep|no|actually),?\s+)*(?:(?:it's|that's|it is|that is)\s+)?"
    r"(?:already (?:done|sorted|in hand|taken care of|dealt with)|done already|"
    r"(?:I've|I have|we've|we have) already (?:done|sent|booked|sorted|called|emailed|"
    r"chased|ordered|fixed|paid|asked|updated|filed|submitted) (?:it|that|them|this|those)\b|"
    # "I called him already on Saturday."
    r"I (?:called|rang|emailed|phoned|asked|chased|booked|sent|ordered) "
    r"(?:it|that|them|him|her|this|those) already\b)"
    r"(?![^.!?]*\bbut\b)[^.!?]*[.!]?$",  # the whole reply: not "..., but I'll chase again"
    re.IGNORECASE,
)
# "Mm, I'd rather not, honestly, that group's dead": the one asked says no (not "I can't do
# Friday, but Monday works", which offers another time)
REFUSED = re.compile(
    r"^(?:(?:mm+|hm+|um+|uh+|well|sorry|honestly|oh),?\s+)*(?:I'd rather not|I would rather not|"
    r"(?:I can't|I cannot|I won't)(?=\W*$|,?\s+(?:sorry|do (?:it|that)|take (?:it|that) on)\b)|"
    r"not me|no,? sorry|sorry,? (?:I )?can't(?=\W*$|,)|I'm not (?:doing|going to)|"
    # "I'm swamped this week, sorry.", "I don't have the bandwidth."
    # (not "I'm swamped today, so Friday at the earliest", "I'm slammed till Wednesday")
    r"(?:I'm (?:(?:totally|completely|really|a bit) )?(?:swamped|slammed|snowed under|flat out|"
    r"maxed out|at capacity|drowning)|I (?:don't|do not) have (?:the )?(?:time|bandwidth|"
    r"capacity))(?![^.!?]*\b(?:so|till|until|after|but)\b)"
    rf"(?![^.!?]*,\s*(?:(?:by|maybe|how about|say)\s+)?(?:{DATEISH})\b))\b"
    r"(?![^.!?]*\b(?:but|I'll|I will|I can)\b)",
    re.IGNORECASE,
)
# "I'll come back to you Friday": when the work just promised will be done, no other work
REPORT_BACK = re.compile(
    r"^(?:come|get|circle|report) back(?: to (?:you|him|her|them|us|everyone|the team))?\W*$",
    re.I,
)
# "Leave the cloakroom with me.", "And the licence renewal, leave it with me.": work taken on
TAKE_ON = re.compile(
    r"^(?:(?:okay|ok|yeah|right|and|so|fine),?\s+)*(?:leave (?P<thing>(?:the|that|this|those|"
    r"our|your)\s+[^,.;!?]{2,50}?) with me|(?P<topic>(?:the|that|this|those|our|your)\s+"
    r"[^,.;!?]{2,50}?),\s+leave (?:it|that|them) with me)(?:\W*$|,\s+(?=I'll\s|I will\s|let me\s))",
    re.IGNORECASE,
)
# "Actually, no, I'll put it in the budget paper": the promise just made, made again otherwise
CHANGED_MIND = re.compile(
    r"^(?:(?:actually|sorry|wait)[,.]?\s+)?(?:no wait|no|scratch that|on second thought)[,.]?\s+"
    r"(?:(?:actually|sorry)[,.]?\s+)?(?=I(?:'ll| will)\s)",
    re.IGNORECASE,
)
# ", that's better, and that's due Friday": a word on the work, not the work
# "so she can order": what the work is for
ON_THE_WORK = re.compile(
    r",\s+(?:and\s+)?that(?:'s| is)\b.*$"
    # ", and the deadline is Thursday": when, said of the work
    r"|,?\s+and the deadline(?:'s| is)\b.*$"
    r"|,?\s+so (?:that )?(?:she|he|they|we|I|you|it|everyone) (?:can|could|will|'ll|has|have)\b.*$",
    re.IGNORECASE,
)
# "Ugh.", "Hmm.": a sound before the answer, not the answer
INTERJECTION = re.compile(r"^(?:ugh|hm+|oh|ah|um+|uh+|erm|er|well|ooh|argh|phew)\W*$", re.I)
# A yes said as such, before any promise ("Yep, I'll ...", not "I'll ..." alone)
SAID_YES = re.compile(
    r"^(?:sure|yes|yeah|yep|yup|okay|ok|of course|absolutely|no problem|on it|happy to|"
    r"will do|fine|right|fair enough|can do|no worries|sounds good|alright|all right)\b",
    re.IGNORECASE,
)
# More work besides ("I'll check the alarm panel too"), and a yes that takes it on ("Sure, and
# I'll also send the invoice")
ALSO_WORDS = r"also|too|as well"
ALSO = re.compile(rf"\b(?:{ALSO_WORDS})\b", re.I)
OTHER_WORK_TOO = re.compile(rf"\b(?:{ALSO_WORDS}|and I'll|and I will)\b", re.I)
# "Let me talk to the venue manager": reaching someone about the work taken on
CONTACT = re.compile(
    r"^(?:talk|speak|call|ring|phone|email|ask|check with|contact|write to|message|get (?:some )?"
    r"quotes|get in touch)\b",
    re.IGNORECASE,
)
# "Could you do tomorrow?", "Can I say Wednesday next week?": a date asked for the work
MOVE_ASKED = re.compile(
    r"\b(?:could|can|would) (?:you|we|I) (?:do|say|make it|have it)\b|"
    r"\b(?:earlier|later|instead|sooner)\b|^(?:how|what) about\b",
    re.IGNORECASE,
)
ENGLISH = ActionPhrases(
    named_request=NAMED_REQUEST,
    trailing_name_request=TRAILING_NAME_REQUEST,
    third_person=THIRD_PERSON,
    self_commitment=SELF,
    you_request=YOU_REQUEST,
    open_request=OPEN_REQUEST,
    team=TEAM,
    unnamed=UNNAMED,
    hedge=HEDGE,
    accept=ACCEPT,
    not_tasks=NOT_TASKS,
    date_words="by|before|until|on|at|for|in(?: the)?|within(?: the)?",
    fillers="please|also|then|just|really|so",
)
