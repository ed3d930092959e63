"""How decisions and open questions are said in English (phrases only; :mod:`decisions`
applies them).
"""

from __future__ import annotations

import re

from transcription.notes.dates import MONTH_NAMES, WEEKDAYS
from transcription.notes.phrases import PointPhrases

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
    r"call (?:this|the meeting) to order|"
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
    r"\bwhat we(?:'ll| will)? do is\b|"
    r"\bthe (?:committee|board|panel|group|team) (?:approves|rejects|agrees|decides|defers)\b|"
    r"\bwe(?:'ll| will) (?:table|defer|postpone) the\b|"
    r"^(?:do it|go for it)[.!]?$|\bI approve (?:the|it|that|this)\b|\blet's say (?:yes|no)\b|"
    # "We go with the backup", "We extend reviews to next Friday": present tense, said first
    r"^(?:(?:okay|ok|so|then|right|fine|but),?\s+)*we (?:go with|extend|shorten|"
    r"keep(?!\s+\w+ing\b)|drop|stop|move|switch|approve|reject|postpone|defer|cancel|skip|"
    r"hire|freeze|open|close|take|buy)\b|"
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
    r"bring in|introduce|freeze|stop|start|go for|hire|offer|raise|lower|cut|open|close|"
    r"include|buy|sell|take|send|allow|drop)\b"
    # "We're doing the cod instead."
    r"|\bwe(?:'re| are|'ll| will) (?:doing|do|using|use|serving|serve|going with|go with)\b"
    r"[^.?!]*\binstead\b"
    # "Rate limits stay as they are.", "Materiality stays at the planning figure, we're not
    # reopening it." (said as the whole point: not "The crash rate stays unchanged after the
    # patch" nor "Last year we said we're not revisiting that")
    r"|^(?:(?:and|so|okay|ok|right|then|no|yes|fine),?\s+)*(?!(?:it|nothing|that|this|there)\b)"
    r"(?:the\s+)?[\w' -]{2,30}\s+(?:stays?|remains?) (?:as (?:it is|they are)|unchanged)"
    r"(?:\s+for now)?(?=[.!]?$|,)"
    r"|(?:^(?:(?:and|so),?\s+)?|,\s+)we(?:'re| are) not (?:reopening|revisiting|relitigating) "
    r"(?:it|that|this)(?: again)?[.!]?$",
    re.IGNORECASE,
)
# "Bookshelf wall, then.", "End of March, then, hard stop.": the choice the talk came to, when
# a question just before asked about it (:func:`decisions._chosen_then`); not "Tomorrow, then.",
# the day some work is done, nor "I'll order the filters, then."
CHOSEN_THEN = re.compile(
    r"^(?:(?:okay|ok|so|right|fine|alright),?\s+)*"
    rf"(?!(?:(?:next|this)\s+)?(?:{WEEKDAYS}|today|tonight|tomorrow|that|this|it|you|me|I|we|"
    r"no|not|nobody|fingers|see|good|great|perfect|lovely|cheers|thanks|talk|speak|bye|catch)\b)"
    r"(?P<choice>[\w' -]{3,40}), then(?:[.!]|,\s+(?:hard stop|final|done|settled|agreed)\b)",
    re.IGNORECASE,
)
# "Fine, the yellow stays for the kids, then.": the choice said with what becomes of it
CHOICE_KEPT = re.compile(r"\b(?:stays?|goes|moves?|wins?)\b", re.IGNORECASE)
# Not a decision of this meeting: one taken before, reported ("We agreed with the council last
# month, ...", "we settled that at the owners' meeting two weeks ago"); one put off ("Let's
# all have a think.", "Let's decide that at the next meeting."); one said on a condition ("If
# it packs in we'll hire one"); nor what keeps happening
NOT_DECIDED_HERE = re.compile(
    # "We agreed with the council last month", "decided that in the summer", "settled that at
    # the owners' meeting"; not "decided to roll back to the build from last week" or "decided
    # to go ahead with the pilot in January", which say what and when, not when it was decided
    r"\b(?:agreed|decided|settled|said|approved|signed off)"
    r"(?: (?:that|it|this|on that))?(?: with (?:the )?[\w']+)?(?: [\w']+)? (?:"
    r"last (?:week|month|year|time|quarter|meeting)|(?:\w+ )?(?:days?|weeks?|months?|years?) ago|"
    r"earlier (?:this|in the) (?:week|month|year)|"
    rf"(?:back )?in (?:the )?(?:{MONTH_NAMES}|summer|spring|autumn|winter)|"
    r"at (?:the|our|their) (?!next\b)(?:[\w']+ )?(?:[\w']+ )?(?:meeting|agm|away ?day|offsite)"
    r")\b"
    # "We agreed in the contract review that ...", "We decided that at the volunteer
    # committee", "we agreed the foil at the acquisitions meeting", "We agreed with the
    # bereavement services manager in September"
    # (not "decided to go ahead with the pilot in January": when the work is, not the choice)
    # (told by who decided: not "Decided: Sam presents it at the board meeting", nor "we've
    # agreed the office reopens in January")
    r"|\b(?:we|they|I)(?:'ve| have| had)? (?:agreed|decided|settled|approved|signed off)\b"
    r"(?:(?!\bto\b)[^.;?,]){0,30}?\b(?:at|in) (?:the|our|their) (?!next\b)(?:[\w'-]+ ){0,2}"
    r"(?:meeting|agm|away ?day|offsite|committee|review)\b"
    rf"|\b(?:agreed|decided|settled) with (?:the )?(?:[\w'-]+ ){{0,3}}in (?:{MONTH_NAMES})\b"
    # "From the partners' meeting last week: ...": reported from another meeting
    r"|^(?:and |so |also )?from (?:the|our|their|this) (?:[\w'-]+ ){0,2}(?:meeting|review|"
    r"committee|call|board)\b"
    # "the firm's decided ...", "Head office has confirmed ...": decided by others, elsewhere
    r"|\b(?:head office|the firm|management|the council|group|hr|legal|marketing)"
    r"(?:'s| has| have) (?:decided|confirmed|approved|signed off)\b"
    r"|^(?:\w+,\s+)*let's (?:all )?(?:have a think|think|figure|cross that bridge|revisit|"
    r"come back|decide (?:that|it|this) (?:at|next|later|another))\b"
    # "Let's leave the flash day open for now", "let's leave the triplex for the next meeting"
    # (not "let's leave the side gate open during the fair"); "let's push the logo to the next
    # meeting"
    r"|\b(?:let's|we(?:'ll| will)?) leave\b[^.;?]{0,40}? open(?: for now\s*,| for now)?\s*[.!]?$"
    r"|\b(?:let's|we(?:'ll| will)?) leave\b[^.;?]{0,40}? open for now,"
    r"|\blet's (?:leave|push|park|hold|save)\b[^.;?]{0,40}?\b(?:(?:for|to|till|until) (?:the )?"
    r"next (?:meeting|time|week)|until (?:\w+'s|\w+ is|we|they) (?:back|here|know))\b"
    # a condition, but not "If nobody objects, we'll go with the blue design"
    r"|^(?:if|unless)\b(?!\s+(?:nobody|no one|anyone|anybody|everyone|everybody|there)\b"
    r"[^,]*\b(?:objects?|objections?|disagrees?|minds?|fine|ok|okay|happy)\b)"
    # "We decide the roar later.": put off
    r"|\bwe(?:'ll| will)? decide\b[^.;?]{0,40}\b(?:later|another time|next (?:week|time|meeting))\b"
    # "From Wednesday we have rain until Saturday": what happens to us from then, no choice
    rf"|^(?:(?:okay|ok|so|right|and|then),?\s+)*(?:from|starting) {FROM_WHEN},?\s+"
    r"(?:we (?:have|get|expect)|we've got|the forecast|it's|there's|there (?:is|are))\b"
    r"(?![^.]*\b(?:new rule|rule|policy|decided|agreed)\b)"
    # "So we keep running into the same bug": what keeps happening
    r"|\b(?:keep|keeps|kept) (?:on )?(?:running into|having|getting|seeing|hitting|losing|"
    r"finding|missing|breaking|failing)\b",
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
    r"^(?:(?:honestly|well|um|uh|hmm|hm|so|actually|to be honest|sorry|oh|but),?\s+)*"
    r"(?:i (?:honestly |really |genuinely )?don't know|i'm not sure|not sure|good question|"
    # "Nobody's sure.", "Nobody has told us.", "I haven't got any confirmation."
    r"(?:nobody|no one)(?:'s| is) sure|(?:nobody|no one)(?:'s| has) told (?:us|me)|"
    r"i haven't (?:got|had|heard|seen) any (?:confirmation|news|word|update|reply|answer)\b|"
    r"not confirmed|no confirmation|"
    # "They still haven't told us, so we wait.", "We just don't have the data to say."
    r"(?:they|he|she) (?:still )?(?:haven't|hasn't) (?:told (?:us|me)|confirmed|replied|decided|"
    r"said (?:anything|yet)\b|said\W*$)|"
    r"(?:we|i) (?:just )?don't have the (?:data|numbers|figures|information|info)\b|"
    r"no idea|we'll see|let's come back|hard to say|that's unclear|nobody knows|we don't know|"
    r"(?:that's |it's )?(?:still )?up in the air|(?:it )?could go either way|"
    # "Nobody at the council can tell me.": nobody able to answer yet
    r"(?:nobody|no one)(?: [\w']+){0,4} (?:can|could) tell (?:me|us)\b"
    r"(?![^.]*\b(?:but|so yes|so no|otherwise|at first)\b)|"
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
    r"(?:that|it) depends\b|depends\b|no date\b|i(?:'d)? need to see\b|neither do I\b|"
    r"(?:I|we) (?:would not|wouldn't|can't|cannot|won't) decide\b|"
    r"i don't have (?:that|the|those) (?:number|numbers|figure|figures|data)\b|"
    r"let's (?:leave|talk about|discuss|revisit|come back to) (?:that|it|this)\b(?! now))",
    re.IGNORECASE,
)
# "What I still don't know is whether ...", "One open thing, whether ...": a question said as
# a statement, open whatever was said before it
STATED_QUESTION = re.compile(
    r"\bwhat (?:I|we) (?:still )?(?:don't|do not) (?:know|get|understand) is\b|"
    # "One thing we haven't decided is whether we drop the tablet layout."
    r"\bwe (?:still )?(?:haven't|have not|didn't|did not) (?:yet )?(?:decided|agreed|settled|"
    r"worked out|figured out|sorted out)(?: on)?(?: yet)?(?: is)? (?:whether|if|who|when|how|"
    r"what|which)\b|"
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
    r"we(?:'ll| will)? decide\b[^.;?]{0,40}\b(?:later|another time)|"
    # "We don't know if the funder allows it": a gap said as a statement
    r"(?:I|we) (?:honestly |really |genuinely |still )?(?:don't|do not) know "
    r"(?:if|whether|when|who)\b|"
    # "Whether the revolve fits, I genuinely don't know."
    r"^whether\b[^,]*, (?:I|we) (?:honestly |really |genuinely |still )?(?:don't|do not) know|"
    r"(?:can't|cannot) (?:tell you|say) (?:yet|right now|for sure)|"
    r"(?:need|must|have) to (?:check|find out) (?:if|whether)|"
    r"(?:don't|do not) know yet)\b"
    # "nobody knows (for sure)", not "nobody knows the steps": a point, not a gap in skills
    r"|\b(?:nobody|no one) (?:really )?knows(?: for sure| yet)?(?=[.,;!]|$)"
    # "Nobody knows yet if the mandate covers us"; "Let's park the chiller for now."
    r"|\b(?:nobody|no one) (?:really )?knows(?: yet)? (?:if|whether|when)\b"
    r"|\blet's (?:park|table) the [\w' -]{1,30}\bfor now\b",
    re.IGNORECASE,
)
# "The login bug is still open.", "the vacancy is still open": open as a thing is, not a question
THING_OPEN = re.compile(
    r"\b(?:bug|ticket|incident|door|shop|store|vacancy|role|pr|pull request|window|account|tab|"
    r"bar|kitchen|office|site|road)s?\s+(?:is|are|stays?|remains?)\s+"
    r"(?:still\s+)?open\b",
    re.IGNORECASE,
)
SMALL_TALK = re.compile(
    r"^(?:hello|hi|right|okay|ok|really|yes|no|sorry)\b.{0,15}\?$"
    # asking to be heard or to speak, not asking something: "Hi, can everyone hear me?",
    # "Can I raise the phones?"
    r"|^(?:\w+(?: \w+)?,\s+)*(?:can )?(?:every(?:one|body)|you(?: all)?) (?:hear|see) "
    r"(?:me|us|my screen)\b"
    r"|^.*\bshare (?:my|the) screen\b"
    r"|^can I (?:raise|bring up|add|mention|say|ask|jump in)\b"
    # running the meeting, not asking about its subject: "Right, shall we make a start?"
    r"|^(?:\w+,\s+)*(?:shall|should|can) we (?:make a start|start|begin|get (?:going|started))"
    r"(?:,? then)?\?$"
    r"|^(?:\w+,\s+)*any other business\b",
    re.IGNORECASE,
)
# A reply that answers outright: a number, a yes or a no ("Twelve, we sold forty-eight.",
# "I think so, yes.")
ANSWERS = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a hundred|yes|yeah|yep|no|nope)\b(?!,? (?:idea|clue|one knows))"
    # "I think so, yes.", "Not this year, no."
    r"|,\s*(?:yes|yeah|yep|no|nope)[.!]?$",
    re.IGNORECASE,
)
# Opening or closing the meeting is no decision: "Okay, let's make a start.", "Let's start,
# we're quorate."
PROCEDURE = re.compile(
    r"^(?:\w+(?: \w+){0,2},\s+)*let's (?:(?:make a start|start|begin|kick off)"
    # "let's start, we're quorate", not "let's start the new rota in May"
    r"(?=\W*$|,|\s+(?:then|now|properly|with|by|the meeting)\b)|get (?:going|started)|"
    r"crack on|wrap (?:it |this )?up|call it a day|make (?:this|it) quick|"
    r"open up(?=\W*$|,|\s+(?:then|now)\b|\s+(?:shop|the shop|the doors)\W*$)|"
    r"keep (?:this|it) (?:short|quick|brief|to (?:half an hour|\w+ minutes))|"
    # "let's do this quickly", "Let's go fast.", "let's go title by title"
    r"do (?:this|it) (?:quickly|fast)|go (?:fast|quickly)|be quick|go (?:round|through) "
    r"(?:the room|everyone|the list)|go (\w+) by \1(?=\W*$))\b"
    r"|^(?:\w+(?: \w+)?,\s+)*we'll keep this (?:short|quick|brief)\b"
    # "We're alongside until six, so let's keep it short.", "Let's vote.": running the meeting
    r"|\bso let's keep (?:this|it) (?:short|quick|brief)\b"
    r"|^let's (?:vote|take a vote|have a vote)\b"
    # "Let's review the incident from Saturday.": the agenda, unless it is put to a later day
    # or made a habit ("Let's review the pricing every quarter from now on"); not "let's go
    # through with the merger", nor "Let's recap: we ship Friday"
    r"|^(?!.*\bfrom now on\b)(?:\w+(?: \w+){0,2},\s+)*let's (?:now |quickly |first |briefly )?"
    r"(?:review|go through(?! with\b)|go over|look at|talk about|discuss|recap(?!:)|turn to|"
    r"move on to)\b(?![^.]*\b(?:next|tomorrow|again|later|every|each|weekly|monthly|quarterly|"
    r"regularly|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:\w+ )?(?:weeks?|months?|"
    r"days?))\b)",
    re.IGNORECASE,
)
REQUEST = re.compile(
    r"^(?:\w+,\s+)?(?:can|could|would|will) (?:you|someone|anyone)\b", re.IGNORECASE
)
# A suggestion put as a question ("Maybe we could ask the Met Office?", "Could we maybe keep
# a second supplier?"): a proposal, not an open question, whether taken up or not ("Should
# we maybe delay the launch?" still asks)
SUGGESTION = re.compile(
    r"^(?:(?:so|and|but|or|well),?\s+)?(?:maybe|perhaps),?\s+(?:we|I)\s+(?:could|should|can)\b"
    r"|^could we (?:maybe|perhaps)\b"
    # "What if we rang them the night before instead?": an idea put to the room
    # (not "What if we can't get the crane in?": a risk asked about)
    r"|^(?:(?:so|and|but|or|well|okay),?\s+)?what if (?:we|I)\b"
    r"(?!\s+(?:\w+\s+)?(?:can't|cannot|don't|do not|won't|aren't|haven't|didn't|lose|miss|"
    r"fail|run out|get it wrong)\b)",
    re.IGNORECASE,
)
NUMBER = (
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|half)\b)"
)
# "At this pace that's, um, nine days?", "he quoted me, what, six-fifty a bale?": a figure
# said with a pause before it and checked with the room, not a question left open
FIGURE_CHECK = re.compile(
    rf"\b(?:what|um+|uh+|em|er+),\s+(?:about |around |like |roughly )?{NUMBER}[^,?]{{0,25}}\?$",
    re.IGNORECASE,
)
# "Show of hands for the fourteenth?", "Minutes of last time, any corrections?": a vote called
VOTE = re.compile(
    r"^(?:[\w' ]+,\s+)?(?:a )?(?:show of hands|hands up|any (?:objections|corrections|amendments)"
    r"|all (?:those )?in favou?r)\b",
    re.IGNORECASE,
)
# "Board seat.", "Both.", "Just the emails, I checked.": one side of an either-or question
BOTH_OR_NEITHER = re.compile(r"^(?:both|neither)\b(?!\s+(?:is|are|was|were|of)\b)", re.I)
# "Thursday, is that okay?": a date offered for the work, checked with the room
DATE_CHECK = re.compile(
    rf"^(?:(?:next|this)\s+)?(?:{WEEKDAYS}|tomorrow|today|tonight)\b[^?]{{0,20}},\s*"
    r"(?:is that|would that be|does that|would that|that) (?:okay|ok|alright|all right|fine|work)",
    re.IGNORECASE,
)
# "What about the crane?": a topic raised, open only when nobody can answer it
TOPIC_OPENER = re.compile(
    r"^(?:(?:and|so|but|okay|ok|right),?\s+)?what about\b[^,?]*\?$", re.IGNORECASE
)
# "And I'll submit the whole thing next Tuesday.": the speaker's own work, an action item
PROMISE = re.compile(
    r"^(?:(?:okay|ok|right|so|and|yes|yeah|fine),?\s+)*I(?:'ll| will| am going to|'m going to)\b",
    re.IGNORECASE,
)
# "Then we hire one, but let's hope not.": a fallback, not a choice
HOPED = re.compile(r"\blet's hope\b|\bhopefully\b", re.IGNORECASE)
# "Let's do that.", "Let's switch it on.": a choice that names nothing itself
POINTS_BACK = re.compile(
    r"\blet's \w+(?: \w+)? (?:that|it|this)(?: on| off| up| in)?(?:,? (?:then|now|again))?[.!]?$"
    r"|^(?:do it|go for it)[.!]?$",
    re.IGNORECASE,
)
# A question that needs the words before it to say what it asks ("Do we know when?", "Is it
# the same cars?")
POINTS_TO = re.compile(
    r"\b(?:it|that|this|they|them|those)\b|\b(?:when|why|how|who|where)\?$", re.IGNORECASE
)
MAYBE = re.compile(r"(?:maybe|possibly|perhaps)\b", re.IGNORECASE)
# "Decided.", "Settled.": sealing what the speaker said just before
# (with the words around it that say nothing more: "Great, that's decided, and now, action
# items.")
SEALS = re.compile(
    r"^(?:(?:great|good|okay|ok|right|perfect|lovely|fine|excellent),?\s+)?"
    r"(?:decided|settled|that's decided|that's settled|that's agreed)"
    r"(?:,?\s+(?:then|and (?:now|next),?\s+(?:on to\s+)?(?:the\s+)?"
    r"(?:action items|next item|next point|next topic|any other business)))?[.!]?$",
    re.I,
)
# "Do we know when ...?" answered "No" is a gap, not an answer
KNOW_QUESTION = re.compile(
    # "Also, the SFA audit, do we know the date yet?"
    r"^(?:[^?.!]*?(?:,|—|–| -|:)\s+)?(?:and |so |but )?(?:do|does) "
    r"(?:we|you|anyone|anybody|someone) (?:actually |even )?know\b",
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
# "Who ...?" answered with who: "Tony, the contractor.", "Us.", "That's me.", "Dave and Ana."
NAMES_SOMEONE = re.compile(
    r"^(?i:(?:that's|that'd be|it's|it'll be|probably|oh|well),?\s+)?"
    r"(?:(?i:me|us|we do|I am|I will|I'll|I can|I'm on it)\b"
    r"|(?P<name>[A-Z][a-z]+)(?=[,.!]|'s\b|\s+(?:and|or|from|in|at|is|does|will|can|has)\b|$))"
)
# Capitalised replies that name nobody, besides naming.NOT_NAMES ("Unclear.", "Later.")
NO_NAME_REPLIES = frozenset(
    """
    Yeah Yep Fair Maybe Possibly Perhaps True Dunno Hmm Unclear Unsure Later Soon Tricky
    Depends Pass Nope Unknown Tbc Tbd
    """.split()  # noqa: SIM905 (a word list, as naming.NOT_NAMES)
)
# "We're waiting to hear from the broker.", "We haven't sorted that yet.": nothing known yet
# "We haven't decided", "it's not been agreed", "still undecided": no decision yet
# (not "expenses not signed off by a manager get rejected": a rule about other things)
NOT_DECIDED_YET = re.compile(
    r"\b(?:haven't|have not|hasn't|has not|didn't|did not|isn't|is not|wasn't|yet to|not yet|"
    r"still not|still haven't|still hasn't)\s+(?:been\s+|yet\s+|really\s+)?(?:decided|decide|"
    r"agreed|settled)\b|\bundecided\b",
    re.I,
)
NOT_KNOWN_YET = re.compile(
    r"\b(?:yet|waiting (?:to hear|on|for)|no idea|not sure|moving on|good point)\b", re.I
)
# "I'll take them.", "I can do it.": taking on the role a "who ...?" asked about (not "I'll sort
# the Sunday cover", which finds someone later)
TAKES_IT_ON = re.compile(
    r"^(?:(?:okay|ok|right|fine|yes|yeah|go on|alright),?\s+)*I(?:'ll| will| can)\s+"
    r"(?:take|do|cover|run|lead|chair|handle|own)\b",
    re.IGNORECASE,
)
# "The touring insurance renewal.": a topic named, a few words and no verb, before a question
TOPIC_LABEL = re.compile(
    r"^(?:(?:and|so|also|okay|right|next|last)[,:]?\s+)?(?:the|our|a)\s+"
    r"(?!(?:[\w'-]+\s+){0,4}(?:is|are|was|were|has|have|had|will|can|does|did)\b)"
    r"(?:[\w'-]+\s+){0,3}[\w'-]+[.:]$"
    # "Also, insurance.", "Transport.": a word or two naming the point, no acknowledgement
    r"|^(?:(?:and|so|also|next|last)[,:]?\s+)?(?!(?:great|thanks|thank you|okay|ok|fine|good|"
    r"right|sure|agreed|perfect|lovely|cool|yes|no|yeah|yep|sorry|exactly|true|brilliant|nice|"
    r"wow|done|right then|all right|alright|morning|hi|hello|bye|cheers|noted|understood|"
    r"absolutely|definitely|fair|indeed|totally|super|excellent|awesome|ha|oh|well|hmm|"
    r"ugh|oops|anyway|anyways|moving on|next|okay then)\W*$)"
    r"(?!(?:i|we|you|he|she|they|it|that|this|me|us|not|no)\b|(?:any|every|some|what|which|who)\w*)"
    r"(?!(?:makes sense|good point|fair point|got it|sounds good|thanks everyone|well done|"
    r"my bad|no worries|of course|go on|go ahead)\W*$)"
    r"[a-z][\w-]*(?:\s+[\w-]+)?[.:]$",
    re.IGNORECASE,
)
# "Friday? Depends on the weather.", "Hotel hasn't replied.": a word of an either-or question
# echoed or denied, no side picked
ECHOED = re.compile(r"^[^,;.!]*\?|^.*(?:n't\b|\bnot\b|\bno\b)", re.IGNORECASE)
# "I'd just pay it": one view, the question still open to the room
ONE_VIEW = re.compile(r"^(?:I'd|I would|I think|I guess|personally)\b", re.IGNORECASE)
# "We'll do it in-house": a decision about something said before
POINTER_WORD = re.compile(r"\b(?:it|that|this|them)\b(?!\s+(?:is|was|'s)\b)", re.IGNORECASE)
# "I'm already at fifty-eight", "I've got two candidates": the speaker's own state
OWN_STATE = re.compile(
    r"^(?:\w+,\s+)?(?:I(?:'m| am) (?:already )?(?:at|on|down|up|short|behind|ahead|out)\b|"
    r"I(?:'ve| have) got\b)",
    re.IGNORECASE,
)
ENGLISH = PointPhrases(DECISION, UNSURE_REPLY, OPEN_MARK, SMALL_TALK, REQUEST)
