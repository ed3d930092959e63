"""Sixteenth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a pharmacy chain regional call, a theatre box office team
meeting, a council waste collection depot briefing, a dance school staff meeting, a golf club
greens committee, a marketing agency client services meeting, a car wash franchise call, a
boatyard planning meeting, an escape room business team meeting and a public swimming pool
operations meeting. People talk as they do at work: fillers, asides, interruptions,
commitments in many forms, due dates in many forms or none. The labels are what a careful
note-taker would write down; past work, hypotheticals, hedges, requests nobody takes, answered
questions, reported speech, jokes and decisions taken elsewhere earlier are there to be left
out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"this morning" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Tuesday"
is 24 November, "Friday" is 27 November), "the 1st" is 1 December, "the 7th" is 7 December and
"the 10th" is 10 December, a vague period ("this week", "next week", "the end of the month")
is due on its last day, Sunday for weeks, and "soon", "when it's quiet" or no date at all has
no date.
"""

from __future__ import annotations

import datetime as dt

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_TUESDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

DECEMBER_7 = dt.date(2026, 12, 7)
DECEMBER_10 = dt.date(2026, 12, 10)


PHARMACY_REGIONAL = Meeting(
    name="pharmacy_regional",
    lines=(
        ("Priya", "Morning everyone, can you all hear me? Gareth, you're a bit faint."),
        ("Gareth", "Better now? I'm in the dispensary, sorry, it's chaos in here."),
        ("Priya", "Fine. So, flu jabs first. We're at about sixty percent of last year's numbers."),
        ("Wendy", "Ours picked up once the walk-in sign went up. We did forty on Saturday alone."),
        (
            "Priya",
            "Great. Head office told us on Thursday that the December vaccine allocation is "
            "fixed, so there's no point asking them for more.",
        ),
        ("Osman", "Which is a shame, because Castle Street will run out before Christmas."),
        (
            "Priya",
            "Osman, can you send me your remaining stock count for the flu vaccine by Wednesday?",
        ),
        ("Osman", "Yep, will do."),
        ("Lucy", "We've got maybe thirty spare doses at Northgate, if that helps."),
        (
            "Priya",
            "Okay, then we'll move spare doses between branches rather than order more.",
        ),
        ("Priya", "Lucy, can you get twenty of yours over to Castle Street?"),
        (
            "Lucy",
            "Sure, I'll do the transfer paperwork Thursday and send them on the van Friday.",
        ),
        ("Gareth", "Different thing. Are we still doing the extended hours over Christmas?"),
        ("Priya", "That's still with HR, I honestly don't know yet."),
        (
            "Wendy",
            "If we do extended hours without extra locum cover, I'd have to close the "
            "consultation room, I'm just saying.",
        ),
        ("Priya", "Understood. I'll raise the locum budget with Martin on Thursday's call."),
        (
            "Gareth",
            "Also, the inspector came in last Tuesday and said our CD register was fine, which "
            "was a relief.",
        ),
        (
            "Priya",
            "Nice one. Everyone else, your CD register checks are due by the end of the month.",
        ),
        ("Osman", "Is that on the new form or the old one?"),
        ("Priya", "The new one, version four, it's on the intranet."),
        (
            "Lucy",
            "Somebody should really tell the Tuesday locum where the new form lives, she's used "
            "the old one twice.",
        ),
        ("Priya", "Yeah. Okay. Last thing, the shortages list."),
        (
            "Wendy",
            "Amoxicillin liquid is still a nightmare. We're sending people to three other "
            "pharmacies.",
        ),
        (
            "Priya",
            "From today we'll log every amoxicillin shortage on the shared sheet, so I can "
            "take numbers to head office.",
        ),
        (
            "Gareth",
            "Do we know if the wholesaler will honour the old price on the backorders?",
        ),
        ("Priya", "No idea. Nobody's said a word."),
        ("Osman", "Ha, they'll honour it the day pigs fly."),
        ("Priya", "Right, thanks everyone, same time next week."),
    ),
    actions=(
        Action("Osman", ("stock", "count"), WEDNESDAY),
        Action("Lucy", ("transfer",), FRIDAY),
        Action("Priya", ("locum", "budget"), THURSDAY),
        Action(None, ("register", "checks"), END_OF_MONTH),
    ),
    decisions=(
        ("spare", "doses"),
        ("log", "shortage"),
    ),
    questions=(
        ("extended", "hours"),
        ("wholesaler", "price"),
    ),
)


BOX_OFFICE = Meeting(
    name="box_office",
    lines=(
        ("Hannah", "Okay, let's start, doors open at twelve so we've got forty minutes."),
        ("Hannah", "Panto first. We've sold just over seventy percent, ahead of last year."),
        (
            "Declan",
            "The Saturday matinees are basically gone. I had a woman on the phone for twenty "
            "minutes yesterday trying to get eight seats together.",
        ),
        ("Mei", "Did you find her some?"),
        ("Declan", "Row M on the thirteenth, in the end."),
        (
            "Hannah",
            "Good. The cancelled matinee on the 5th: the producers decided last week it's not "
            "being rescheduled, so we're refunding everyone.",
        ),
        ("Rob", "How many bookings is that?"),
        ("Hannah", "About three hundred and ten."),
        ("Rob", "I can run the bulk refund tomorrow morning before we open."),
        (
            "Hannah",
            "Please. And Mei, can you draft the email to those customers today so it goes out "
            "with the refund?",
        ),
        ("Mei", "Yeah, I'll have it with you by four."),
        ("Declan", "Should we offer them a voucher instead? Some people would prefer that."),
        (
            "Hannah",
            "Let's offer both: refund by default, but they can reply to swap it for a credit note.",
        ),
        ("Rob", "The system can't do credit notes in bulk, just so you know. It'd be manual."),
        ("Hannah", "That's fine, there won't be many."),
        (
            "Mei",
            "Next thing, the ticketing upgrade is on the 8th, and they want us offline for "
            "four hours.",
        ),
        ("Hannah", "That's a Tuesday, so we close the phones that morning."),
        ("Rob", "Does the website stay up during the upgrade?"),
        (
            "Mei",
            "I asked their support and they didn't know. They said they'd come back to me.",
        ),
        ("Declan", "Can we at least put a notice on the website about that morning?"),
        ("Hannah", "Declan, you do that, by Friday."),
        ("Declan", "Okay."),
        (
            "Hannah",
            "Accessible seats. We had two complaints last week that wheelchair spaces were sold "
            "as standard seats.",
        ),
        ("Rob", "That was me, I think. The seat map reset after the re-rig and I missed it."),
        (
            "Hannah",
            "No blame, it happens. Rob, could you go through the panto seat maps and re-lock "
            "the wheelchair spaces?",
        ),
        ("Rob", "Yep, I'll do it Wednesday when it's quiet."),
        ("Mei", "It'd be nice if front of house checked those too, honestly."),
        (
            "Hannah",
            "Group bookings. Schools are asking if we'll do the same twenty percent discount "
            "as last year.",
        ),
        ("Declan", "Last year it was fifteen, actually. Twenty was for groups of thirty plus."),
        (
            "Hannah",
            "Oh, right. Then I don't know what the schools discount is this year, marketing "
            "haven't confirmed.",
        ),
        ("Hannah", "Okay, that's it. Thanks all, let's open up."),
    ),
    actions=(
        Action("Rob", ("bulk", "refund"), TOMORROW),
        Action("Mei", ("draft", "email"), TODAY),
        Action("Declan", ("notice", "website"), FRIDAY),
        Action("Rob", ("wheelchair", "spaces"), WEDNESDAY),
    ),
    decisions=(
        ("credit", "note"),
        ("close", "phones"),
    ),
    questions=(
        ("website", "upgrade"),
        ("schools", "discount"),
    ),
)


WASTE_DEPOT = Meeting(
    name="waste_depot",
    lines=(
        ("Terry", "Right, listen up, quick one before you head out."),
        (
            "Terry",
            "Christmas schedule. The council agreed it in October: every round shifts a day "
            "later in Christmas week.",
        ),
        ("Shaz", "So Friday rounds go to Saturday again?"),
        ("Terry", "Yep, same as last year."),
        (
            "Kev",
            "Last year half of Brookfield put their bins out on the Friday anyway and we got "
            "slaughtered on Facebook.",
        ),
        (
            "Terry",
            "Which is why Anita's doing leaflets this time. Anita, when can you get it off?",
        ),
        (
            "Anita",
            "I'll send the leaflet artwork to the printers on Wednesday, they said five "
            "working days.",
        ),
        ("Terry", "Second thing, truck 14. The bin lift's playing up again, it dropped a 240."),
        ("Jonno", "It's the hydraulic sensor. I told the workshop three weeks ago."),
        (
            "Terry",
            "Yeah, well. 14 stays off the road until the workshop signs it off. Nobody takes "
            "it out.",
        ),
        (
            "Terry",
            "Jonno, can you take the workshop the defect sheet this morning so they've got it "
            "in writing?",
        ),
        ("Jonno", "Yeah, on my way out."),
        ("Shaz", "So who's doing 14's round then?"),
        ("Terry", "Kev, you take the spare truck on the Elm ward round today."),
        ("Kev", "No worries. Does the spare have the food waste pod fitted?"),
        ("Terry", "It does, they fitted it last month."),
        (
            "Terry",
            "Missed bins. Sixty-three reports last week, mostly Elm ward and Mill Lane.",
        ),
        ("Anita", "Mill Lane's the parked cars. We can't get down it on Tuesdays."),
        (
            "Terry",
            "I'll ask parking enforcement today to do a sweep there on collection day.",
        ),
        ("Shaz", "They never turn up though."),
        ("Kev", "Could we not just do Mill Lane first thing before people park? Like six?"),
        ("Terry", "Would the union wear a six o'clock start? I genuinely don't know."),
        ("Jonno", "Ask them after the Christmas do, they'll agree to anything."),
        (
            "Terry",
            "Last one. Gritting's on from tonight, so watch yourselves on the steps behind the "
            "flats.",
        ),
        (
            "Anita",
            "Can we get salt down in the yard as well? Somebody nearly went over this morning.",
        ),
        (
            "Terry",
            "Good shout. I'll grab the salt from stores and do the yard myself before lunch.",
        ),
        ("Terry", "Right, off you go, be safe."),
    ),
    actions=(
        Action("Anita", ("leaflet", "printers"), WEDNESDAY),
        Action("Jonno", ("defect", "sheet"), TODAY),
        Action("Kev", ("spare", "truck"), TODAY),
        Action("Terry", ("parking", "enforcement"), TODAY),
        Action("Terry", ("salt", "yard"), TODAY),
    ),
    decisions=(("off", "road"),),
    questions=(("union", "start"),),
)


DANCE_SCHOOL = Meeting(
    name="dance_school",
    lines=(
        (
            "Carmen",
            "Okay, thanks for staying after class, I know it's late. Ten minutes, I promise.",
        ),
        ("Leo", "Famous last words."),
        ("Carmen", "Ha. Christmas show first. It's the 12th, at the Corn Exchange again."),
        ("Bethany", "The juniors' tap routine is still really messy, I'm not going to lie."),
        ("Carmen", "Can you add an extra rehearsal for them?"),
        ("Bethany", "I can do an extra rehearsal Saturday at two if the studio's free."),
        ("Carmen", "It is. Book it."),
        (
            "Ines",
            "Costumes. The ballet order hasn't arrived and the supplier's stopped answering "
            "emails.",
        ),
        ("Carmen", "When did you order them?"),
        ("Ines", "The sixth of October. They said four weeks."),
        (
            "Tomasz",
            "We used them for the summer show and they were late then too, remember? The "
            "sequins fell off everything.",
        ),
        (
            "Carmen",
            "Okay, we're not using them again. From now on costumes come from Dancewear Direct.",
        ),
        ("Carmen", "Ines, can you phone them tomorrow and find out where the order is?"),
        ("Ines", "Yes, I'll ring first thing."),
        (
            "Leo",
            "If they don't turn up we could do the ballet number in black leotards with the "
            "tutus we've already got.",
        ),
        ("Carmen", "Let's hope it doesn't come to that."),
        ("Tomasz", "Studio 2 floor. There's a soft patch by the mirror, it's getting worse."),
        ("Carmen", "I saw. I'll get the flooring company out to look at it."),
        ("Tomasz", "Until then, should we stop using that corner?"),
        ("Carmen", "Yes. Nobody dances on that corner until it's fixed, tape it off."),
        ("Tomasz", "I'll tape it off tonight after my last class."),
        ("Carmen", "Exams. The entries close on the 4th."),
        (
            "Leo",
            "I've got eleven for grade three and six for grade five, I think. Two of them I "
            "need to double-check with the parents.",
        ),
        ("Carmen", "Can you get me the final list by Wednesday so I can submit in one go?"),
        ("Leo", "Wednesday, yep."),
        (
            "Bethany",
            "Are we still paying the exam fees upfront and charging parents after, or are "
            "parents paying direct this year?",
        ),
        ("Carmen", "Hmm. I honestly haven't decided. Let me think about it."),
        (
            "Carmen",
            "Last thing, everyone's safeguarding refresher has to be done by the end of the "
            "month. It's the council's new rule.",
        ),
        ("Leo", "Is it the online one again?"),
        ("Carmen", "Online, about an hour."),
        ("Ines", "Someone should tell the new assistants, they won't have the login."),
        ("Carmen", "Okay, that's everything. Go home, get some sleep."),
    ),
    actions=(
        Action("Bethany", ("extra", "rehearsal"), SATURDAY),
        Action("Ines", ("order",), TOMORROW),
        Action("Carmen", ("flooring", "company"), None),
        Action("Tomasz", ("tape",), TODAY),
        Action("Leo", ("final", "list"), WEDNESDAY),
        Action(None, ("safeguarding", "refresher"), END_OF_MONTH),
    ),
    decisions=(
        ("costumes", "dancewear"),
        ("corner", "fixed"),
    ),
    questions=(("exam", "fees"),),
)


GREENS_COMMITTEE = Meeting(
    name="greens_committee",
    lines=(
        ("Malcolm", "Right, shall we make a start? Apologies from Roger, he's in Portugal."),
        ("Fiona", "Lucky man."),
        ("Malcolm", "Derek, course report please."),
        (
            "Derek",
            "Greens are holding up, but the seventh is waterlogged again after last week's "
            "rain. The drain we put in in 2019 has basically collapsed.",
        ),
        ("Alan", "We spent four thousand on that drain, if I remember rightly."),
        ("Derek", "Three and a half. Anyway, it needs relaying properly."),
        ("Malcolm", "Can you get a quote for relaying it?"),
        (
            "Derek",
            "I'll get two quotes for the drain, one from Turfline and one from the lad who did "
            "Oakmere. I'll have them by the end of next week.",
        ),
        ("Malcolm", "Meanwhile, do we go to a temporary green on seven?"),
        ("Derek", "I'd say so, from this weekend until it dries out."),
        ("Malcolm", "Agreed then. Temporary green on the seventh from Saturday."),
        ("Sunita", "Members will moan."),
        (
            "Fiona",
            "Members always moan. They moaned about the hollow tining in September and the "
            "greens have never been better.",
        ),
        ("Malcolm", "Quite. Bunkers. The plan was to renovate three on the back nine."),
        (
            "Alan",
            "The board decided at their last meeting to push that to next year, money's tight "
            "after the clubhouse roof.",
        ),
        ("Malcolm", "So that's off. Pity."),
        (
            "Derek",
            "I could re-edge the bunker on sixteen with my own team, it's only labour. I'll fit "
            "it in when we have a quiet week.",
        ),
        ("Malcolm", "Please do, if it costs nothing."),
        (
            "Sunita",
            "Can I raise the buggies? With the wet, people are still taking them off the paths.",
        ),
        ("Malcolm", "Yes, good point. From today buggies are paths only until further notice."),
        ("Fiona", "Who's going to police that, though? The pro shop can't see the fourth."),
        ("Malcolm", "Hmm. Good question. I don't know."),
        (
            "Sunita",
            "I'll put a notice on the board and in the members' email this week about the buggies.",
        ),
        ("Alan", "Machinery. Isn't the fairway mower due its service?"),
        ("Derek", "Booked in for the 9th, it's sorted."),
        ("Alan", "And the old triplex: do we sell it or keep it as a spare?"),
        ("Derek", "I'd keep it, personally, but it's the committee's call."),
        ("Malcolm", "Let's leave the triplex for the next meeting when Roger's back."),
        ("Malcolm", "Any other business? No? Good. Thanks all."),
    ),
    actions=(
        Action("Derek", ("quotes", "drain"), END_OF_NEXT_WEEK),
        Action("Derek", ("bunker", "sixteen"), None),
        Action("Sunita", ("notice",), END_OF_WEEK),
    ),
    decisions=(
        ("temporary", "green"),
        ("buggies", "paths"),
    ),
    questions=(
        ("police",),
        ("triplex",),
    ),
)


CLIENT_SERVICES = Meeting(
    name="client_services",
    lines=(
        ("Zoe", "Morning, let's go through the accounts. Raj, Harlow Foods?"),
        (
            "Raj",
            "Good, mostly. The Christmas ads went live Thursday and click-through is up on "
            "last year.",
        ),
        ("Raj", "They want a mid-campaign report, and I've said we'll send it Wednesday."),
        ("Zoe", "Great. Ellie, Brightwell?"),
        (
            "Ellie",
            "Less good. Their new marketing director, Claire, complained that our monthly "
            "reports are too long and nobody reads them.",
        ),
        ("Marcus", "To be fair, they are forty pages."),
        ("Ellie", "She said, and I quote, 'I want one page I can take to the board'."),
        (
            "Zoe",
            "Okay, so let's move Brightwell to a one-page dashboard from the December report.",
        ),
        ("Ellie", "I'll mock up the dashboard and send it to you by Thursday."),
        ("Zoe", "Perfect. Marcus, Kinetic?"),
        (
            "Marcus",
            "Renewal's due end of December. They're talking to two other agencies, I'm fairly "
            "sure.",
        ),
        ("Zoe", "Do we know what they're unhappy about?"),
        ("Marcus", "Honestly, no. Their procurement guy won't say."),
        ("Zoe", "Can you get a lunch in with Sam, their marketing lead, before the renewal?"),
        ("Marcus", "I'll try for a lunch next week."),
        ("Ellie", "We could offer them a discount on the retainer to keep them."),
        ("Zoe", "I'd rather not lead with price. Let's see what Marcus hears first."),
        ("Zoe", "Resourcing. Who's off over Christmas?"),
        ("Raj", "I'm off from the 21st to the 4th."),
        ("Ellie", "Just the 24th to the 28th."),
        (
            "Zoe",
            "Okay. Everyone put your leave in the calendar by Friday please, even if you've "
            "told me already.",
        ),
        ("Marcus", "Who covers Brightwell if Ellie's off and they have a crisis?"),
        ("Zoe", "I'll cover Brightwell myself."),
        (
            "Zoe",
            "Last thing, timesheets. Finance said three of us haven't done October yet and "
            "they can't invoice.",
        ),
        ("Raj", "Guilty. I'll do my timesheet this afternoon."),
        ("Marcus", "Finance chasing timesheets, must be a Monday."),
        ("Zoe", "Okay, that's it. Thanks everyone."),
    ),
    actions=(
        Action("Raj", ("report",), WEDNESDAY),
        Action("Ellie", ("mock", "dashboard"), THURSDAY),
        Action("Marcus", ("lunch",), END_OF_NEXT_WEEK),
        Action(None, ("leave", "calendar"), FRIDAY),
        Action("Zoe", ("cover", "brightwell"), None),
        Action("Raj", ("timesheet",), TODAY),
    ),
    decisions=(("one-page", "dashboard"),),
    questions=(("unhappy",),),
)


CAR_WASH = Meeting(
    name="car_wash",
    lines=(
        ("Dave", "Hi all, thanks for dialling in. Is Paul on? Paul?"),
        ("Paul", "Here, sorry, I was on mute. Had a van pull in."),
        (
            "Dave",
            "No worries. Numbers first. November's down about eight percent on last year "
            "across the group, mostly the weather.",
        ),
        ("Kerry", "We've been rammed since the gritters came out. Salt on everything."),
        ("Amir", "Same. Saturday we had a queue out onto the road."),
        (
            "Dave",
            "Good. Head office has confirmed the winter price, the full valet goes to "
            "twenty-eight pounds from the 1st.",
        ),
        ("Jodie", "Do we have to put up the new boards ourselves?"),
        (
            "Dave",
            "The boards are being couriered to you this week, and yes, you put them up. They "
            "need to be up by the 1st.",
        ),
        ("Amir", "The recycling unit at my site is throwing the filter alarm again."),
        ("Dave", "Have you had the engineer out?"),
        ("Amir", "Friday. He replaced the filter and said the pump's on its way out."),
        (
            "Dave",
            "Right. I'll get approval for a new pump from head office, but realistically not "
            "before Christmas.",
        ),
        ("Amir", "Can I run without the recycling in the meantime? The water bill will be silly."),
        (
            "Dave",
            "Hmm. I'll check whether that breaks the discharge consent. Don't do it until I "
            "come back to you.",
        ),
        ("Kerry", "The loyalty app. Customers keep saying their stamps disappear."),
        ("Jodie", "Ours too. I had a guy shouting at me about his free wash."),
        ("Dave", "Yeah, the app people know, it's a bug in the last update."),
        (
            "Dave",
            "Kerry, could you send me screenshots from a couple of customers so I can forward "
            "them?",
        ),
        ("Kerry", "Yeah, I'll grab some screenshots tomorrow."),
        (
            "Paul",
            "Will we get compensated for the free washes we're giving out because of it?",
        ),
        ("Dave", "I'd like to think so, but I can't promise anything."),
        (
            "Jodie",
            "Chemicals. Is everyone still on Clearshine? Their snow foam's gone up fifteen "
            "percent.",
        ),
        ("Kerry", "We switched to an own-brand one in the summer. Nobody's noticed."),
        ("Dave", "The franchise agreement says Clearshine, Kerry."),
        ("Kerry", "Nobody's noticed, Dave."),
        (
            "Dave",
            "I didn't hear that. Anyway, I'll raise the snow foam price at the franchise "
            "council on the 10th.",
        ),
        ("Paul", "Staffing. I've lost two lads to the warehouse down the road, they pay more."),
        (
            "Dave",
            "Everyone's finding that. I'll set up a separate call next week so we can talk "
            "about it properly.",
        ),
        ("Dave", "Cheers everyone, go sell some washes."),
    ),
    actions=(
        Action(None, ("boards",), NEXT_TUESDAY),
        Action("Dave", ("approval", "pump"), None),
        Action("Dave", ("discharge", "consent"), None),
        Action("Kerry", ("screenshots",), TOMORROW),
        Action("Dave", ("snow", "foam"), DECEMBER_10),
        Action("Dave", ("separate", "call"), END_OF_NEXT_WEEK),
    ),
    decisions=(),
    questions=(("compensated",),),
)


BOATYARD = Meeting(
    name="boatyard",
    lines=(
        ("Nick", "Right, coffee's on, let's get going. Lift-outs."),
        (
            "Rosie",
            "We've got twenty-two boats booked for lift-out before Christmas, and the "
            "hardstanding's already two-thirds full.",
        ),
        ("Callum", "We could squeeze more in if we stack the small ones on trailers by the shed."),
        ("Nick", "We did that in 2022 and a trailer sank into the mud, remember? No."),
        ("Bridget", "So we need to turn some people away?"),
        (
            "Nick",
            "No new winter storage bookings after this week. Anyone already on the list gets "
            "a slot.",
        ),
        ("Rosie", "I'll email the waiting list today to let them know."),
        ("Huw", "The hoist's LOLER inspection is due. I think it's the 2nd?"),
        ("Nick", "The 2nd, yes. Huw, can you make sure the inspector's confirmed?"),
        ("Huw", "I'll ring them about the inspection this afternoon."),
        ("Callum", "So no lifts on the 2nd then?"),
        ("Nick", "No lifts that day, obviously."),
        (
            "Bridget",
            "Can we talk about contractors? The rigger from Falmouth turned up on Thursday with "
            "no insurance certificate.",
        ),
        ("Nick", "Again?"),
        (
            "Bridget",
            "Again. I let him work because the owner was standing there, but I shouldn't have.",
        ),
        (
            "Nick",
            "From now on, no certificate, no access. Doesn't matter who's standing there.",
        ),
        ("Bridget", "Should I put a sign up at the gate?"),
        ("Nick", "Yes please, and put it in the contractor pack."),
        ("Bridget", "Will do, the sign will be up by Friday."),
        ("Huw", "Pontoon C. One of the floats is cracked and it's listing."),
        ("Nick", "How bad?"),
        ("Huw", "Walkable, but I wouldn't keep a heavy boat on the end berth."),
        ("Nick", "Okay, the Westerly comes off the end berth onto B for now."),
        ("Callum", "I'll move the Westerly tomorrow at high water."),
        (
            "Rosie",
            "Do we replace the float or the whole section? That section's from the nineties.",
        ),
        ("Nick", "I don't know yet. I want to see what the budget looks like in January."),
        ("Callum", "Are we still letting owners do their own antifouling on the hardstanding?"),
        ("Nick", "Yes, as long as they use the ground sheets. That hasn't changed."),
        ("Rosie", "Somebody ought to order more ground sheets, we're down to the last few."),
        ("Nick", "Right, anything else? No? Good, let's get to work."),
    ),
    actions=(
        Action("Rosie", ("waiting", "list"), TODAY),
        Action("Huw", ("inspection",), TODAY),
        Action("Bridget", ("sign",), FRIDAY),
        Action("Callum", ("westerly",), TOMORROW),
    ),
    decisions=(
        ("storage", "bookings"),
        ("lifts",),
        ("certificate", "access"),
    ),
    questions=(("float", "section"),),
)


ESCAPE_ROOM = Meeting(
    name="escape_room",
    lines=(
        ("Jess", "Okay team, quick one before the eleven o'clock group gets here."),
        ("Jess", "Pharaoh room. Owen, what happened with the lock on Saturday?"),
        (
            "Owen",
            "The maglock on the sarcophagus didn't release, so the group was stuck for ten "
            "minutes and I had to go in and open it by hand.",
        ),
        ("Aaliyah", "They were nice about it, actually. They still gave us five stars."),
        ("Owen", "I think it's the relay. I've got a spare at home."),
        ("Jess", "Can you swap it in before the first Pharaoh booking tomorrow?"),
        ("Owen", "Yep, I'll come in early tomorrow and swap the relay."),
        (
            "Jess",
            "Great. Corporate bookings. Fourteen Christmas parties booked so far, more than all "
            "of last year.",
        ),
        ("Ben", "Three of them want food. Are we doing food now?"),
        (
            "Jess",
            "No. We're not doing catering, we'll point them to the pizza place next door.",
        ),
        ("Ben", "Fine by me. I'll tell the three groups today."),
        (
            "Aaliyah",
            "Could we do a deal with the pizza place? Like ten percent off for our customers?",
        ),
        ("Jess", "Ooh, I like that. Aaliyah, go and talk to the pizza place this week."),
        ("Aaliyah", "Okay."),
        ("Owen", "The Lighthouse. I'm still waiting on the carpenter for the spiral staircase."),
        ("Jess", "When did he say?"),
        ("Owen", "He said 'end of the month', but he said that in October too."),
        (
            "Ben",
            "If the staircase isn't in by January we could open without the top floor and add "
            "it later.",
        ),
        ("Aaliyah", "So is the February launch still realistic?"),
        ("Jess", "Honestly, I don't know. Let's not decide that now."),
        (
            "Jess",
            "Reviews. Someone on TripAdvisor said the hints screen in the Heist room is too "
            "small to read.",
        ),
        ("Aaliyah", "It is, to be fair. It's a 24-inch telly from about 2015."),
        (
            "Jess",
            "Okay, let's get a bigger screen for Heist. Ben, can you find something around "
            "forty inches and send me a couple of options?",
        ),
        ("Ben", "Sure, I'll send screen options by Wednesday."),
        (
            "Owen",
            "Also, Kasia and Dev start on the 1st and they haven't done any of the rooms yet.",
        ),
        ("Jess", "They'll play every room on their first day, that's how we've always done it."),
        ("Owen", "Who's running their training though? I'm on the build all that week."),
        ("Jess", "Aaliyah?"),
        ("Aaliyah", "Yeah, I'll do their training on the 1st."),
        ("Jess", "Right, the eleven o'clock group is here. Let's go."),
    ),
    actions=(
        Action("Owen", ("relay",), TOMORROW),
        Action("Ben", ("groups",), TODAY),
        Action("Aaliyah", ("pizza", "place"), END_OF_WEEK),
        Action("Ben", ("screen", "options"), WEDNESDAY),
        Action("Aaliyah", ("training",), NEXT_TUESDAY),
    ),
    decisions=(
        ("catering",),
        ("bigger", "screen"),
    ),
    questions=(("february", "launch"),),
)


POOL_OPERATIONS = Meeting(
    name="pool_operations",
    lines=(
        ("Gemma", "Morning all. Let's keep this to half an hour, the aqua class is at eleven."),
        ("Gemma", "Plant room first. Steve?"),
        (
            "Steve",
            "Chlorine's stable now. The high reading on Thursday was the probe, I recalibrated "
            "it and it's been fine since.",
        ),
        ("Nadia", "Good, because the lane swimmers were complaining about their eyes."),
        (
            "Steve",
            "The dosing pump on the learner pool is due a service, though. I'll book it in "
            "this week.",
        ),
        ("Gemma", "Lifeguard cover. We're short on Saturday mornings through December."),
        ("Liam", "Two of the students have gone home for exams, so it'll only get worse."),
        (
            "Gemma",
            "Liam, can you put out a call for casual lifeguards on the staff group today?",
        ),
        ("Liam", "Yeah, I'll do it straight after this."),
        (
            "Farah",
            "If we don't get cover, could we close the diving pit on Saturdays? It needs two "
            "guards on its own.",
        ),
        (
            "Gemma",
            "Let's do that anyway. The diving pit is closed on Saturday mornings in December.",
        ),
        ("Nadia", "I'll update the timetable on the website."),
        (
            "Nadia",
            "Lessons. The waiting list is at a hundred and forty, mostly stage one and two.",
        ),
        ("Farah", "We could add a Sunday afternoon block if we had the teachers."),
        ("Gemma", "Do we have the teachers, though? Nadia?"),
        ("Nadia", "Not right now. Bea's qualifying in January, maybe."),
        ("Gemma", "Okay, let's park the Sunday block until we know about Bea."),
        (
            "Gemma",
            "Changing rooms. The council signed off the refurb last week, and it starts on the "
            "7th.",
        ),
        ("Liam", "So where do the school groups change while it's shut?"),
        (
            "Gemma",
            "The sports hall changing rooms, that's already agreed with the schools.",
        ),
        (
            "Farah",
            "Somebody needs to put signs up for the public, or they'll wander into the "
            "building site.",
        ),
        ("Gemma", "Farah, can you do the signs, by the 7th?"),
        ("Farah", "Sure."),
        ("Steve", "Sauna's still out, by the way. The heater element."),
        ("Gemma", "When's the part coming?"),
        ("Steve", "The supplier says 'within ten working days', whatever that means."),
        ("Nadia", "So February, then."),
        ("Gemma", "Christmas hours. Are we opening on Boxing Day this year?"),
        ("Steve", "Last year we did and we had about thirty people all day."),
        ("Gemma", "I need to ask the centre manager, it's his call."),
        ("Gemma", "Okay, that's it. Thanks all, let's get the aqua class set up."),
    ),
    actions=(
        Action("Steve", ("dosing", "pump"), END_OF_WEEK),
        Action("Liam", ("casual", "lifeguards"), TODAY),
        Action("Nadia", ("timetable",), None),
        Action("Farah", ("signs",), DECEMBER_7),
        Action("Gemma", ("centre", "manager"), None),
    ),
    decisions=(("diving", "pit"),),
    questions=(
        ("sunday", "block"),
        ("boxing", "day"),
    ),
)


MEETINGS = (
    PHARMACY_REGIONAL,
    BOX_OFFICE,
    WASTE_DEPOT,
    DANCE_SCHOOL,
    GREENS_COMMITTEE,
    CLIENT_SERVICES,
    CAR_WASH,
    BOATYARD,
    ESCAPE_ROOM,
    POOL_OPERATIONS,
)

__all__ = ["MEETING_DATE", "MEETINGS"]
