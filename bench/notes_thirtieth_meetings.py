"""Thirtieth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: an auction house's sale preparation meeting in London, a windsurf school's
season planning in Tarifa, a community radio station's programming meeting in Cape Town, a steel
fabrication shop floor meeting in Pittsburgh, a charity shop chain's area managers call in
Manchester, a clinical research site monitoring call in Bangalore, a tea estate's plucking and
factory meeting in Darjeeling, a city snow clearing operations briefing in Sapporo, a yacht
charter company's pre-season meeting in Split and a language school's teachers meeting in
Valencia. People talk as they do: fillers, asides, jokes, interruptions, self-corrections, a
date changed mid-sentence, commitments in many forms ("I'll", "leave it with me", "on it",
"let me", "I'm going to", a boss saying what someone will do and them agreeing), due dates in
many forms or none. The labels are what a careful note-taker would write down; past work,
things that happen anyway, hypotheticals, hedges, requests nobody takes, polite refusals,
answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are there
to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon" and
"after this" are that day, a bare weekday is the next one ("Saturday" is 28 November),
"next Tuesday", "next Wednesday" and "next Friday" are those of next week, "the 3rd", "the 4th"
and "the 15th" are those of December, "in two weeks" is Monday 7 December, a vague period
("next week", "the end of the month") is due on its last day, Sunday for weeks, and "as soon
as", "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    DECEMBER_4,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    FRIDAY,
    IN_TWO_WEEKS,
    MEETING_DATE,
    NEXT_TUESDAY,
    NEXT_WEDNESDAY,
    SATURDAY,
    THE_15TH,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


AUCTION_SALE_PREP = Meeting(
    name="auction_sale_prep",
    lines=(
        (
            "Rupert",
            "Right, morning everyone, shall we crack on? Sale prep for the British pictures sale. "
            "Felicity, where are we with the catalogue?",
        ),
        (
            "Felicity",
            "Nearly there. I finished the essays for the top ten lots on Friday, and, um, the "
            "photography's all back from the studio.",
        ),
        (
            "Felicity",
            "The one thing still missing is the condition reports for the two Gainsborough-school "
            "portraits. I'll have those done by Wednesday.",
        ),
        (
            "Rupert",
            "Good. And the Turner watercolour, is the consignor still wavering on the reserve?",
        ),
        (
            "Saskia",
            "He is. He rang me twice last week and said he'd think about it over the weekend, but "
            "I've heard nothing since.",
        ),
        (
            "Rupert",
            "Saskia, can you get a firm answer out of him on the reserve by Thursday? We can't go "
            "to print without it.",
        ),
        ("Saskia", "Sure, I'll pin him down."),
        (
            "Giles",
            "On the logistics side, the frames for lots forty to forty-five came in damaged. Well, "
            "one came in damaged, the other five are just filthy.",
        ),
        (
            "Giles",
            "The restorer's already booked for the damaged one, she's in tomorrow, so that's in "
            "hand.",
        ),
        (
            "Rupert",
            "Lovely, thank you Giles. Now, viewing. Do we open on the Saturday as well? Last year "
            "the Saturday was dead.",
        ),
        ("Saskia", "It was dead because it clashed with the rugby. Honestly, I'd open it."),
        ("Rupert", "Fine. We open for Saturday viewing this year, that's decided."),
        ("Felicity", "Then we'll need more invigilators, we were short even on the weekdays."),
        (
            "Giles",
            "I'm going to sort out the rota for the invigilators, sorry, the Saturday "
            "invigilators, by Friday.",
        ),
        (
            "Rupert",
            "And the press release. I'll write it myself tomorrow, I've got the angle in my head "
            "already.",
        ),
        ("Felicity", "Are we announcing the buyer's premium going up in the catalogue, or not?"),
        (
            "Rupert",
            "The board settled that last month, it goes in the front matter. No debate needed.",
        ),
        (
            "Felicity",
            "Okay. Can someone chase the shipping quote for that American buyer from the spring "
            "sale while we're at it?",
        ),
        ("Rupert", "That's post-sale's job now, not ours. Let them chase it."),
        (
            "Giles",
            "Rupert, one thing that's bothering me: insurance on the Turner while it's hanging. "
            "The policy says transit and storage, it says nothing about display.",
        ),
        (
            "Rupert",
            "Hm. Good question, and I genuinely don't know whether display is covered. We'll have "
            "to leave that open for now.",
        ),
        ("Rupert", "Last thing, proofs. Felicity, final proofs to the printer on the 3rd?"),
        (
            "Felicity",
            "On it. Actually, no, let's say next Wednesday for the proofs, so we have a day in "
            "hand.",
        ),
        ("Rupert", "Even better. Right, coffee."),
    ),
    actions=(
        Action("Felicity", ("condition", "reports"), WEDNESDAY),
        Action("Saskia", ("reserve",), THURSDAY),
        Action("Giles", ("invigilator",), FRIDAY),
        Action("Rupert", ("press", "release"), TOMORROW),
        Action("Felicity", ("proofs",), NEXT_WEDNESDAY),
    ),
    decisions=(("saturday", "viewing"),),
    questions=(("insurance",),),
)

WINDSURF_SEASON_PLANNING = Meeting(
    name="windsurf_season_planning",
    lines=(
        (
            "Nacho",
            "Vale, let's start. The wind's dropping anyway, so nobody's going out this afternoon. "
            "Next season.",
        ),
        (
            "Marlene",
            "Can I start with bookings? We're already getting emails about Easter, which is crazy.",
        ),
        ("Nacho", "Go on, Marlene."),
        (
            "Marlene",
            "Our booking system can't do packages, like a week of lessons plus board rental. I'll "
            "get quotes from two other systems by the end of next week.",
        ),
        (
            "Kiko",
            "Equipment, Nacho. Half the beginner boards are, well, you've seen them. Delaminating. "
            "I want to order twelve new ones before the supplier puts the prices up.",
        ),
        ("Nacho", "When do the prices go up?"),
        ("Kiko", "January. So we have time, but the stock goes fast."),
        (
            "Nacho",
            "Okay. We order the twelve boards, but only eight new sails, the rest we repair. Kiko, "
            "it's yours.",
        ),
        ("Kiko", "Fine. I'll place the order on Friday, once I've checked the sizes."),
        (
            "Alba",
            "Instructors. Three of the new ones need their level two before April. The course in "
            "Cadiz is full, there's one in Valencia in February.",
        ),
        ("Nacho", "Alba, can you find out if the Valencia course has places for three?"),
        ("Alba", "Yeah, on it."),
        (
            "Alba",
            "Oh, and Sergio told me he's not coming back. He's going to Dakhla for the season.",
        ),
        (
            "Nacho",
            "Ay, Sergio. So do we hire someone senior to replace him, or cover with the new ones? "
            "I really don't know.",
        ),
        ("Alba", "I'd want someone senior, but it depends on the money."),
        ("Nacho", "Then it stays open until we see the Easter numbers."),
        ("Marlene", "Kids' camps. Last summer we ran two weeks and they sold out in one day."),
        ("Nacho", "Then this summer we do four weeks of kids' camps. Done."),
        (
            "Marlene",
            "I'll put the camp dates on the website tomorrow. Well, once we've fixed them. Let's "
            "say Wednesday.",
        ),
        (
            "Kiko",
            "And Levante days? When it blows forty knots for a week and people have paid, what do "
            "we give them, a refund or a credit?",
        ),
        ("Nacho", "Good question. What do the other schools in town do?"),
        ("Marlene", "Everyone does something different, there's no standard."),
        (
            "Nacho",
            "Then we leave that one open for now, I don't want to decide it in five minutes.",
        ),
        (
            "Nacho",
            "The beach permit from the ayuntamiento, I'll go to the town hall myself on Thursday. "
            "They never answer emails.",
        ),
        ("Alba", "Maybe I could redo the safety briefing video this winter, if I find the time."),
        ("Nacho", "Kiko, by the way, the van has a flat tyre again."),
        ("Kiko", "Of course it does."),
    ),
    actions=(
        Action("Marlene", ("quotes",), END_OF_NEXT_WEEK),
        Action("Kiko", ("order",), FRIDAY),
        Action("Alba", ("valencia", "course"), None),
        Action("Marlene", ("website",), WEDNESDAY),
        Action("Nacho", ("permit",), THURSDAY),
    ),
    decisions=(("boards",), ("camps",)),
    questions=(("replace",), ("levante",)),
)

COMMUNITY_RADIO_SCHEDULE = Meeting(
    name="community_radio_schedule",
    lines=(
        (
            "Lindiwe",
            "Molweni, everyone. Let's go quickly, I know Bongani has to be back on air at twelve.",
        ),
        ("Bongani", "Half eleven actually, Lindiwe, I'm doing the community notices."),
        (
            "Lindiwe",
            "Even worse. Okay. First, the festive schedule. We lose half our volunteers in "
            "December. Zainab?",
        ),
        (
            "Zainab",
            "I've drafted a schedule with repeats over Christmas week. I'll send it round tonight.",
        ),
        ("Ayanda", "Can we keep live news though? Even a short bulletin?"),
        (
            "Lindiwe",
            "Yes, Ayanda. We keep a live news bulletin every day, Christmas included. That's "
            "non-negotiable.",
        ),
        (
            "Ayanda",
            "Then I need two more readers. I'm going to ask the journalism students at CPUT, I'll "
            "have names by Friday.",
        ),
        (
            "Fadiel",
            "Tech. The inverter batteries only last about two hours now. With stage four we go off "
            "air in the middle of shows.",
        ),
        ("Lindiwe", "Fadiel, what would new batteries cost us?"),
        ("Fadiel", "The quote was twenty-eight thousand rand."),
        (
            "Lindiwe",
            "Ja, that's what I was afraid of. The board already said no to that in October.",
        ),
        ("Zainab", "What about the lottery grant, is that round still open?"),
        ("Lindiwe", "I honestly don't know if it's still open."),
        (
            "Fadiel",
            "In the meantime I'll swap the two worst batteries for the ones in the outside "
            "broadcast kit, tomorrow morning.",
        ),
        (
            "Bongani",
            "Listeners keep asking for the drama back. The isiXhosa radio drama, you know, on "
            "Sunday nights.",
        ),
        ("Lindiwe", "Bongani, you'll produce a pilot episode, yes? You've been wanting to."),
        ("Bongani", "Ja, I'll do it. Give me until the 15th for the pilot script."),
        (
            "Ayanda",
            "Also the volunteer training day. Last time nobody came because it was a Saturday and "
            "the Springboks were playing.",
        ),
        (
            "Lindiwe",
            "Rugby wins again. Okay, we move volunteer training to a weekday evening from now on.",
        ),
        (
            "Lindiwe",
            "And the ICASA licence renewal, leave it with me. I'll get the forms in by the end of "
            "the month.",
        ),
        ("Zainab", "Someone should really redo the station ident, it's from 2015."),
        ("Fadiel", "It still says the old frequency, hey."),
        ("Lindiwe", "Not today, please, let's not open that one."),
        ("Bongani", "Right, I have to run. Notices!"),
    ),
    actions=(
        Action("Zainab", ("schedule",), TODAY),
        Action("Ayanda", ("students",), FRIDAY),
        Action("Fadiel", ("batteries",), TOMORROW),
        Action("Bongani", ("pilot",), THE_15TH),
        Action("Lindiwe", ("licence",), END_OF_MONTH),
    ),
    decisions=(("live", "news"), ("training", "weekday")),
    questions=(("lottery", "grant"),),
)

STEEL_SHOP_FLOOR = Meeting(
    name="steel_shop_floor",
    lines=(
        ("Walt", "Alright, gather round, five minutes, I know it's freezing in here."),
        ("Walt", "Bridge girders for the Liberty Avenue job. We're behind. Two days, maybe three."),
        (
            "Tyrone",
            "Three. The flange plate from the mill came in short on Thursday and we're still "
            "waiting on the rest.",
        ),
        ("Walt", "Tyrone, can you call the mill and get a firm delivery date out of them?"),
        ("Tyrone", "Sure thing, I'll call 'em right after this."),
        (
            "Donna",
            "Inspection. Two of the web-to-flange welds on girder six failed UT. I've marked 'em "
            "in red.",
        ),
        ("Walt", "Who welded those?"),
        ("Donna", "Second shift. It's not a blame thing, Walt, the preheat just wasn't logged."),
        ("Walt", "Okay. Starting today, preheat gets logged on every joint, no exceptions."),
        ("Donna", "The log sheets are already printed, I put 'em at every station Friday."),
        ("Tyrone", "And the repair on six?"),
        ("Donna", "Gouge it out and re-weld, then I re-test."),
        ("Walt", "Tyrone's guys will do the repair Wednesday and Donna re-tests Thursday. Right?"),
        ("Tyrone", "Yep, Wednesday."),
        ("Donna", "Thursday works for me."),
        (
            "Stan",
            "Crane in bay two. The pendant's been sticking again, and the annual inspection's "
            "coming up.",
        ),
        ("Walt", "Stan, get the inspector in."),
        (
            "Stan",
            "Already done, he's booked for next Tuesday. The pendant I'll fix myself Saturday when "
            "nobody's on the crane.",
        ),
        ("Ricky", "Um, is Saturday overtime actually happening? My wife wants to know."),
        (
            "Walt",
            "Your wife and everybody else's, Ricky. Let's say yes: Saturday overtime is on, day "
            "shift, voluntary.",
        ),
        (
            "Donna",
            "Near miss Friday, by the way. A bundle of angle slid off the forks. Nobody hurt, "
            "thank God.",
        ),
        ("Walt", "Ricky, you saw it. Write it up for me today while you still remember."),
        ("Ricky", "Yeah, okay. I'll do the near miss write-up at lunch."),
        (
            "Tyrone",
            "Are we ever getting a second forklift? That keeps happening 'cause we're rushing "
            "everything with one.",
        ),
        ("Walt", "That's above my pay grade, honestly. I don't know."),
        ("Walt", "Alright. Stay warm, let's go."),
    ),
    actions=(
        Action("Tyrone", ("mill",), TODAY),
        Action("Tyrone", ("repair",), WEDNESDAY),
        Action("Donna", ("test",), THURSDAY),
        Action("Stan", ("pendant",), SATURDAY),
        Action("Ricky", ("near", "miss"), TODAY),
    ),
    decisions=(("preheat",), ("saturday", "overtime")),
    questions=(("forklift",),),
)

CHARITY_AREA_CALL = Meeting(
    name="charity_area_call",
    lines=(
        ("Bernie", "Hiya, can everyone hear me? Kieran, you're on mute, love. ... There he is."),
        ("Kieran", "Sorry, sorry, I'm on the bus. Go on, Bernie."),
        (
            "Bernie",
            "Right. Gift Aid. Our sign-up rate's dropped to about forty percent across the area, "
            "and head office want sixty.",
        ),
        (
            "Shelley",
            "It's the new tills. The prompt's buried two screens deep, so the volunteers just skip "
            "it.",
        ),
        (
            "Bernie",
            "Shelley, could you do a one-page crib sheet for the volunteers on the Gift Aid "
            "prompt?",
        ),
        ("Shelley", "Yeah, go on then. I'll have it out to the shops Wednesday."),
        (
            "Naz",
            "Electricals. Bury's got a cage full of donated lamps and kettles waiting on PAT "
            "testing. Like, a full cage.",
        ),
        ("Bernie", "Is the PAT tester still coming monthly, Naz?"),
        ("Naz", "He is, but monthly isn't enough for Bury."),
        ("Bernie", "Then we stop taking electricals at Bury until the backlog's cleared."),
        ("Naz", "I'll put a sign up in the window today."),
        (
            "Kieran",
            "Stockport's fine, before you ask. Well, fine-ish. Two volunteers left us for "
            "Christmas jobs at Aldi.",
        ),
        (
            "Bernie",
            "Christmas windows. The competition's on again, and all the shops need their windows "
            "up by the 15th, no excuses this year.",
        ),
        ("Shelley", "Do we know what the prize is? Last year it was a tin of Quality Street."),
        ("Bernie", "Ha. Honestly, no idea yet."),
        (
            "Kieran",
            "The van. It's booked solid, people are waiting three weeks for a sofa collection.",
        ),
        (
            "Bernie",
            "I'll ask the trustees for a second van. Actually, no, I'll put it in the budget "
            "paper, that's better, and that's due Friday.",
        ),
        ("Naz", "Maybe we could hire one just for December?"),
        ("Bernie", "Maybe. Let's see how the budget goes."),
        ("Kieran", "Oh, and the Didsbury shop, is opening still the 4th?"),
        ("Bernie", "Still the 4th, yeah."),
        ("Kieran", "Then I'll sort the rota for opening week by Thursday."),
        ("Bernie", "Lovely. Same time next week, everyone. Ta-ra."),
    ),
    actions=(
        Action("Shelley", ("crib",), WEDNESDAY),
        Action("Naz", ("sign",), TODAY),
        Action(None, ("windows",), THE_15TH),
        Action("Bernie", ("van",), FRIDAY),
        Action("Kieran", ("rota",), THURSDAY),
    ),
    decisions=(("electricals",),),
    questions=(("prize",),),
)

SITE_MONITORING_CALL = Meeting(
    name="site_monitoring_call",
    lines=(
        (
            "Kavya",
            "Good afternoon, all, thanks for joining. This is Kavya, for the monitoring call on "
            "the diabetes study, site one-oh-four. Dr Srinivas, are you with us?",
        ),
        ("Srinivas", "Yes, yes, I'm here. I'm between OPD patients, so I may drop off."),
        (
            "Kavya",
            "Understood, sir. First, from the last visit: three subjects signed consent version "
            "three instead of version four.",
        ),
        (
            "Divya",
            "Yes, we found that also. All three need re-consent. I'll re-consent all three by the "
            "3rd, their visits are all before that.",
        ),
        ("Kavya", "Good, Divya. And the note to file for the deviation?"),
        ("Divya", "Already done, it's in the investigator site file."),
        (
            "Harish",
            "Regarding the IP fridge, there was a temperature excursion on Saturday night. Up to "
            "eleven degrees for about forty minutes.",
        ),
        ("Kavya", "Was the stock quarantined?"),
        ("Harish", "Yes, immediately."),
        (
            "Kavya",
            "Harish, can you send me the temperature log today, so I can get it to the sponsor?",
        ),
        ("Harish", "Sure, I'll send it today itself."),
        (
            "Lavanya",
            "From the data side, there are forty-two open queries in the EDC, and some are older "
            "than thirty days.",
        ),
        ("Srinivas", "Forty-two! Divya, what happened?"),
        ("Divya", "Sir, I was on leave for two weeks."),
        (
            "Srinivas",
            "Okay. Then we need a second coordinator on this study. We'll bring Mahesh over from "
            "the cardiology study.",
        ),
        (
            "Divya",
            "Thank you, sir. I'll close all the open queries by end of next week, oldest first.",
        ),
        ("Lavanya", "Mahesh isn't on the delegation log though."),
        ("Srinivas", "Thank you, Lavanya. Let me sign him onto the delegation log tomorrow."),
        (
            "Kavya",
            "Next monitoring visit. I was planning next Tuesday. No, sorry, next Wednesday, on "
            "Tuesday I'm at another site.",
        ),
        ("Kavya", "So I'll do the visit next Wednesday."),
        (
            "Srinivas",
            "One question from my side. The sponsor wanted to raise our recruitment target from "
            "twenty to thirty. Is that confirmed?",
        ),
        (
            "Kavya",
            "I haven't got any confirmation, honestly. It's still with the sponsor's study team.",
        ),
        ("Kavya", "Anything else? ... Okay, thank you all, bye."),
    ),
    actions=(
        Action("Divya", ("consent",), DECEMBER_3),
        Action("Harish", ("temperature", "log"), TODAY),
        Action("Divya", ("queries",), END_OF_NEXT_WEEK),
        Action("Srinivas", ("delegation",), TOMORROW),
        Action("Kavya", ("visit",), NEXT_WEDNESDAY),
    ),
    decisions=(("mahesh",),),
    questions=(("recruitment", "target"),),
)

TEA_ESTATE_PLUCKING = Meeting(
    name="tea_estate_plucking",
    lines=(
        (
            "Pemba",
            "Namaste, let's begin. Sushila, Bimal, Dawa, thank you for coming. This is the last "
            "plucking meeting of the season, more or less.",
        ),
        (
            "Sushila",
            "More or less is right. Kanchan section and the river block still have some flush, "
            "everything else is finished.",
        ),
        (
            "Pemba",
            "Then we do one last round in Kanchan and the river block, and after that we close "
            "plucking for the season.",
        ),
        ("Sushila", "I'll have both finished by Wednesday, I'll take two gangs up there."),
        (
            "Bimal",
            "Factory. Once plucking closes I want to strip the rolling tables and the dryer. The "
            "dryer chain is badly worn.",
        ),
        ("Pemba", "How long will all that take?"),
        ("Bimal", "Three weeks for everything, if the parts come."),
        ("Pemba", "Bimal, order the dryer chain now, it takes time to come from Siliguri."),
        ("Bimal", "Haan, I'll order it today itself."),
        (
            "Dawa",
            "Pruning. We said light prune in the upper sections and deep skiff for the old bushes "
            "near the gompa.",
        ),
        ("Pemba", "That was decided in September, no change there."),
        ("Dawa", "The pruning knives are fine, we bought forty new ones last week."),
        (
            "Sushila",
            "Pemba-ji, the workers are asking about the winter firewood. Last year it came in "
            "January and people were angry.",
        ),
        (
            "Pemba",
            "Yes, that was bad. Dawa, you'll make the firewood list for all the lines, by the end "
            "of the month?",
        ),
        ("Dawa", "Yes, by end of month, no problem."),
        (
            "Bimal",
            "Autumn flush samples for the brokers in Kolkata. They want them before the catalogue "
            "closes.",
        ),
        ("Pemba", "When do they need them?"),
        (
            "Bimal",
            "Before the 4th. I'll courier them Thursday. No wait, the courier doesn't go on "
            "Thursday, so Wednesday.",
        ),
        ("Dawa", "And the organic audit, is it this December or January? Does anyone know?"),
        ("Pemba", "Nobody has told us. The certifier hasn't replied to anything."),
        (
            "Sushila",
            "Should we give the pluckers a small bonus for these late rounds? They're climbing "
            "very far for little leaf.",
        ),
        ("Pemba", "It's a fair point. But I can't decide that alone, that's for the owners."),
        ("Pemba", "Okay, chai is here. Let's finish."),
    ),
    actions=(
        Action("Sushila", ("kanchan",), WEDNESDAY),
        Action("Bimal", ("chain",), TODAY),
        Action("Dawa", ("firewood",), END_OF_MONTH),
        Action("Bimal", ("samples",), WEDNESDAY),
    ),
    decisions=(("last", "round"),),
    questions=(("organic", "audit"), ("bonus",)),
)

SNOW_CLEARING_BRIEFING = Meeting(
    name="snow_clearing_briefing",
    lines=(
        (
            "Takeshi",
            "Okay, good evening, everyone. Let's start. The forecast says thirty centimetres from "
            "Wednesday night into Thursday.",
        ),
        ("Naoko", "Thirty to forty, Takeshi-san. The latest update says forty in Kita-ku."),
        (
            "Takeshi",
            "Forty, then. We go to full deployment from Wednesday night, all contractors, all "
            "wards.",
        ),
        (
            "Daisuke",
            "Three of the contractors still haven't done the pre-season check on their graders.",
        ),
        ("Takeshi", "Daisuke, that has to be done before the snow."),
        ("Daisuke", "Understood. I'll get all three to finish their grader checks by Wednesday."),
        ("Ryo", "The GPS units. Six trucks still have the old ones that drop out in the tunnels."),
        ("Takeshi", "Can they be fixed before Thursday, Ryo?"),
        ("Ryo", "No. The parts come next month."),
        ("Takeshi", "Then those six trucks only take routes without tunnels."),
        ("Ryo", "Let me redo the route assignments tonight, then."),
        (
            "Sachiko",
            "The citizen line. Last winter we had three hundred calls on the first day, mostly "
            "about the piles at the crossings.",
        ),
        ("Takeshi", "Sachiko, can you put out a notice that the school routes are priority?"),
        ("Sachiko", "Of course. I'll have the notice on the city website by Wednesday noon."),
        ("Naoko", "Calcium chloride. The Higashi depot is at sixty percent."),
        ("Takeshi", "Is that enough?"),
        ("Naoko", "For one storm, yes. For two, no."),
        ("Takeshi", "Naoko, order the top-up then."),
        ("Naoko", "Understood, I'll place the calcium chloride order today."),
        (
            "Daisuke",
            "What about the new snow dump site by the river? Has the permit from the river office "
            "come?",
        ),
        ("Takeshi", "Not yet. We still don't know if we can use that site this winter."),
        ("Ryo", "If we can't, the Toyohira site will be full by January."),
        (
            "Takeshi",
            "Sachiko, the neighbourhood associations want the contact list for the sidewalk "
            "volunteers. Actually, no, Naoko has the list. Naoko will send it to the associations "
            "by Friday.",
        ),
        ("Naoko", "Yes, Friday is fine."),
        ("Ryo", "Who's on standby on Sunday? It's not on the roster."),
        ("Takeshi", "Good question. I don't know yet, it depends on the forecast."),
        ("Takeshi", "Good. Sleep while you can. That's a joke, I know nobody sleeps."),
    ),
    actions=(
        Action("Daisuke", ("check",), WEDNESDAY),
        Action("Ryo", ("route",), TODAY),
        Action("Sachiko", ("notice",), WEDNESDAY),
        Action("Naoko", ("calcium",), TODAY),
        Action("Naoko", ("list",), FRIDAY),
    ),
    decisions=(("full", "deployment"), ("tunnel",)),
    questions=(("dump", "site"), ("standby",)),
)

YACHT_CHARTER_PRESEASON = Meeting(
    name="yacht_charter_preseason",
    lines=(
        (
            "Ante",
            "Dobro jutro, ajmo. Pre-season meeting, even if it's November and raining sideways.",
        ),
        (
            "Ivana",
            "Bookings are up, Ante. We're at seventy percent for July already, and August is "
            "nearly full.",
        ),
        ("Ante", "And the shoulder season, Ivana?"),
        ("Ivana", "May and October are weak. As always."),
        ("Ante", "Then we do an early booking discount for May and October. Fifteen percent."),
        (
            "Ivana",
            "Okay. I'll update the prices on the charter platforms and on our own site by Friday.",
        ),
        (
            "Josip",
            "Haul-out. Four boats are out, six to go. The travel lift is booked until the 4th, "
            "then it's free.",
        ),
        (
            "Josip",
            "I'll have the antifouling done on the four that are out by the end of next week.",
        ),
        (
            "Marin",
            "The new catamaran. The dealer in France wants the final payment before it leaves La "
            "Rochelle.",
        ),
        (
            "Dunja",
            "The final payment is forty percent. The money's there, I just need a proper invoice "
            "from them. I'll send the payment as soon as the invoice comes.",
        ),
        ("Marin", "And we still need skippers. Two of ours went to a company in Trogir."),
        ("Ante", "Marin, you'll do the interviews?"),
        ("Marin", "Yes. I'll interview the three candidates next week."),
        (
            "Dunja",
            "The tourist tax. The ministry wants it per boat now, not per person. Does that apply "
            "to us from next season or the one after?",
        ),
        ("Ante", "I don't know, Dunja. Nobody knows, the ministry hasn't published the rules yet."),
        ("Josip", "Also the genoa on the Bavaria has a tear along the leech. Again."),
        ("Ante", "Again! Who's sailing that boat, pirates?"),
        ("Josip", "Maybe I take it to the sailmaker in Kastela, if he has time, we'll see."),
        (
            "Ante",
            "Thanks, Josip. The marina contract for the berths, I'll go and see the marina manager "
            "myself next Tuesday.",
        ),
        ("Ante", "Okay, hvala, everyone. Coffee's on me today, don't get used to it."),
    ),
    actions=(
        Action("Ivana", ("price",), FRIDAY),
        Action("Josip", ("antifouling",), END_OF_NEXT_WEEK),
        Action("Dunja", ("payment",), None),
        Action("Marin", ("interview",), END_OF_NEXT_WEEK),
        Action("Ante", ("contract",), NEXT_TUESDAY),
    ),
    decisions=(("discount",),),
    questions=(("tourist", "tax"),),
)

LANGUAGE_SCHOOL_TEACHERS = Meeting(
    name="language_school_teachers",
    lines=(
        (
            "Vicente",
            "Bueno, let's start, it's already ten past and Gavin's eight o'clock class is waiting.",
        ),
        ("Gavin", "They're always late anyway, Vicente, it's fine."),
        (
            "Vicente",
            "First, the mock exams for the First Certificate groups. We said December, but I'm "
            "worried it's too close to the holidays.",
        ),
        ("Tamsin", "I'd rather keep it in December, honestly. They need the reality check."),
        ("Inma", "I agree with Tamsin."),
        ("Vicente", "Okay, fine, we keep December. The mocks go ahead on the 15th."),
        ("Tamsin", "Then I'll put the mock papers together by the 4th."),
        (
            "Inma",
            "The placement test. It's terrible, people come out as B1 and they can't order a "
            "coffee.",
        ),
        ("Gavin", "Ha, that was me. I wrote that test. In 2019, in my defence."),
        ("Vicente", "Gavin, since you wrote it, can you fix the speaking section?"),
        ("Gavin", "Fair enough. Yeah, I'll have the speaking section rewritten in two weeks."),
        (
            "Maite",
            "Attendance. The Tuesday and Thursday evening adults, half of them don't come anymore. "
            "Three have asked for refunds.",
        ),
        (
            "Vicente",
            "Refunds, no, Maite. That's in the contract they signed, it's not something we decide "
            "here.",
        ),
        ("Vicente", "But why are they not coming?"),
        ("Tamsin", "It's the coursebook. They find it boring. I do too, to be fair."),
        ("Vicente", "So do we switch coursebooks in January? It's a big cost."),
        ("Inma", "We can't decide that without seeing the price of the new one."),
        ("Vicente", "Maite, can you ask the publisher's rep for a price and some samples?"),
        ("Maite", "Si, I'll email her today."),
        (
            "Vicente",
            "Observations. I need to observe everyone before Christmas. I'll send out the "
            "observation timetable on Wednesday.",
        ),
        ("Gavin", "Can we not have observations in mock week, please?"),
        ("Vicente", "Agreed. No observations in mock week."),
        ("Inma", "Students' Christmas party. Do we do it here, or at the bar across the road?"),
        ("Vicente", "The bar, Inma. The school's too small, we learned that last year."),
        ("Tamsin", "I could maybe make a poster for it, if I get a free moment."),
        ("Maite", "And the heating in room four is still broken."),
        ("Vicente", "I know. The landlord says he's coming to fix it."),
        ("Gavin", "He's been coming since October."),
        ("Vicente", "Okay. Gavin, go, your class is waiting."),
    ),
    actions=(
        Action("Tamsin", ("papers",), DECEMBER_4),
        Action("Gavin", ("speaking",), IN_TWO_WEEKS),
        Action("Maite", ("publisher",), TODAY),
        Action("Vicente", ("observation",), WEDNESDAY),
    ),
    decisions=(("mock",), ("observation", "mock"), ("bar",)),
    questions=(("coursebook",),),
)

MEETINGS = (
    AUCTION_SALE_PREP,
    WINDSURF_SEASON_PLANNING,
    COMMUNITY_RADIO_SCHEDULE,
    STEEL_SHOP_FLOOR,
    CHARITY_AREA_CALL,
    SITE_MONITORING_CALL,
    TEA_ESTATE_PLUCKING,
    SNOW_CLEARING_BRIEFING,
    YACHT_CHARTER_PRESEASON,
    LANGUAGE_SCHOOL_TEACHERS,
)
