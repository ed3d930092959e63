"""Twenty-second meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: a zoo education team meeting, a florist shop team
meeting, a lifeboat station crew meeting, a pub quiz league committee, a solar farm
maintenance call, a secondary school science department meeting, a tattoo studio team
meeting, a cemetery grounds team meeting, a toy shop Christmas planning meeting and a drone
survey company operations meeting. People talk as they do at work: fillers, asides, past
work, hypotheticals, hedges, requests nobody takes, answered questions, reported speech,
jokes and decisions taken elsewhere earlier, around the action items, decisions and open
questions. The labels are what a careful note-taker would write down and nothing more.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight",
"at lunch" and "after this" are that day, "tomorrow" is the 24th, a bare weekday is the next
one, "next Friday" is that of next week, a vague period ("this week", "next week", "the end of
the month") is due on its last day, Sunday for weeks, and "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


ZOO_EDUCATION = Meeting(
    name="zoo_education",
    lines=(
        (
            "Priya",
            "Right, morning everyone, let's make a start. Coffee's on the side if you didn't grab "
            "one.",
        ),
        (
            "Priya",
            "First thing is the school bookings for December. We've got fourteen groups booked so "
            "far.",
        ),
        ("Owen", "Fourteen? Last year we had, what, twenty by this point?"),
        (
            "Hannah",
            "Twenty-two, I think. But last year we had the penguin talk in the brochure, which "
            "everyone wanted.",
        ),
        (
            "Priya",
            "Well, the penguin enclosure is closed until March, so that's off the table anyway.",
        ),
        ("Marcus", "Could we do something with the reptile house instead? Kids love the snakes."),
        (
            "Leila",
            "If we did a reptile session, we'd need someone with the handling certificate in "
            "every slot.",
        ),
        (
            "Priya",
            "Okay, let's go with the reptile session as the December schools offer. Marcus, can "
            "you write up the session plan by Friday?",
        ),
        ("Marcus", "Yep, I'll have a draft of the session plan by Friday."),
        ("Priya", "Leila, who on the team has the handling certificate at the moment?"),
        ("Leila", "Me, Owen, and I think Hannah's expired in October."),
        ("Hannah", "It did, yeah. I meant to renew it and then the summer happened."),
        (
            "Priya",
            "Can you book onto the next refresher course, Hannah? There's one on the 3rd I think.",
        ),
        ("Hannah", "I'll book the refresher course today. The 3rd should work."),
        ("Owen", "Did the council ever get back to us about the home education days?"),
        (
            "Priya",
            "They did, actually, last week. They'll fund two sessions in January, so that's "
            "sorted.",
        ),
        ("Owen", "Oh, great."),
        (
            "Marcus",
            "Someone should really update the website, the education page still says the penguin "
            "talk is running.",
        ),
        (
            "Priya",
            "That's the marketing team's page, not ours, and they've already got a ticket for it.",
        ),
        (
            "Leila",
            "On the outreach van, the insurance renewal came through, so we can keep using it "
            "through winter.",
        ),
        ("Priya", "Good. Owen, the sensory boxes for the SEN groups, where are we?"),
        (
            "Owen",
            "Half of them are done. The fur and feather samples are in, I'm still waiting on the "
            "replica skulls.",
        ),
        ("Owen", "I'll chase the supplier about the skulls tomorrow."),
        (
            "Hannah",
            "If the skulls don't arrive we could always borrow the ones from the museum again.",
        ),
        ("Priya", "Let's hope it doesn't come to that, their loan forms are a nightmare."),
        (
            "Priya",
            "One thing I don't know is whether we're allowed to take the animals into the "
            "classroom marquee when it's below five degrees.",
        ),
        ("Leila", "I don't think anyone knows, honestly. The welfare policy doesn't say."),
        ("Priya", "Okay, let's park that for now, nobody here can answer it."),
        (
            "Marcus",
            "Last thing from me, the volunteers' Christmas lunch. Are we doing it here or at the "
            "pub?",
        ),
        ("Priya", "We decided that at the volunteer committee, it's at the Red Lion on the 15th."),
        ("Marcus", "Ah, I missed that email."),
        (
            "Priya",
            "Right, and we'll stop doing the Saturday drop-in talks from December, numbers have "
            "been tiny. Everyone okay with that?",
        ),
        ("Owen", "Fine by me."),
        ("Hannah", "Yeah, makes sense."),
        (
            "Priya",
            "Great. Leila, could you put the new December timetable together by the end of the "
            "week and send it round?",
        ),
        ("Leila", "Sure, I'll send round the timetable by Sunday."),
        ("Priya", "Thanks all. Same time next week."),
    ),
    actions=(
        Action("Marcus", ("session", "plan"), FRIDAY),
        Action("Hannah", ("refresher", "course"), TODAY),
        Action("Owen", ("supplier", "skulls"), TOMORROW),
        Action("Leila", ("timetable",), END_OF_WEEK),
    ),
    decisions=(
        ("reptile", "session"),
        ("stop", "saturday", "talks"),
    ),
    questions=(("animals", "marquee"),),
)


FLORIST_SHOP = Meeting(
    name="florist_shop",
    lines=(
        (
            "Jo",
            "Okay, let's do this quickly before the doors open. Ruth, did the Dutch order come in?",
        ),
        (
            "Ruth",
            "It did, at six this morning. The eucalyptus is lovely but they shorted us on the "
            "white roses again.",
        ),
        ("Jo", "How many short?"),
        ("Ruth", "Three boxes. I've already emailed them, they said they'd credit us."),
        ("Kemal", "We need those roses for the Hartley wedding on Saturday though."),
        (
            "Jo",
            "Right. Kemal, can you ring Flowerline and see if they can get us three boxes by "
            "Thursday?",
        ),
        ("Kemal", "Yeah, I'll ring Flowerline about the roses straight after this."),
        ("Bea", "Flowerline charged us double last time, just saying."),
        ("Jo", "I know, but it's a wedding, we haven't got a choice."),
        (
            "Jo",
            "Wreath workshops. We've sold out the first two evenings, so I think we should add a "
            "third.",
        ),
        ("Bea", "Do we have enough moss and wire for a third one?"),
        ("Ruth", "Moss yes, wire probably not, we used loads on the funeral tributes last week."),
        (
            "Jo",
            "Okay, we're adding a third workshop on Thursday the 3rd, same price, twelve places.",
        ),
        ("Jo", "Bea, can you put it on the website and Instagram today?"),
        ("Bea", "Will do, I'll get it up on the website this afternoon."),
        ("Ruth", "And I'll order more wire from the wholesaler by Wednesday."),
        ("Kemal", "Did we ever hear back from the hotel about the lobby arrangements?"),
        ("Jo", "Yes, they signed on Friday. Weekly, from December, same as last year."),
        ("Kemal", "Nice."),
        ("Jo", "The van. It's making that noise again when you brake."),
        ("Bea", "That's been happening since the summer, honestly. I mentioned it in August."),
        (
            "Jo",
            "I'll ring the garage today and get the van booked in. We can do deliveries in my car "
            "for a day.",
        ),
        (
            "Kemal",
            "If the brakes actually go during the wedding delivery, that's going to be a story.",
        ),
        ("Jo", "Don't even joke."),
        ("Ruth", "One thing, are we open on Boxing Day this year or not?"),
        (
            "Jo",
            "I honestly haven't decided. I want to see what the January bookings look like first.",
        ),
        (
            "Bea",
            "Could someone sort the back room out at some point? You can't get to the ribbon "
            "shelf.",
        ),
        ("Jo", "Mm. Maybe after Christmas."),
        ("Jo", "Right, that's it. Kemal, let me know what Flowerline says."),
        ("Kemal", "Will do."),
    ),
    actions=(
        Action("Kemal", ("flowerline", "roses"), TODAY),
        Action("Bea", ("website",), TODAY),
        Action("Ruth", ("order", "wire"), WEDNESDAY),
        Action("Jo", ("garage", "van"), TODAY),
    ),
    decisions=(("third", "workshop"),),
    questions=(("boxing", "day"),),
)


LIFEBOAT_CREW = Meeting(
    name="lifeboat_crew",
    lines=(
        ("Gareth", "Morning, sorry, I've been on nights so bear with me. Right, let's start."),
        (
            "Gareth",
            "Two shouts since last meeting. The yacht off the point on Tuesday, and the dog on "
            "the rocks Saturday, which was a false alarm with good intent.",
        ),
        ("Dave", "The yacht one went well. Alys did a cracking job on the tow."),
        ("Alys", "Thanks. The towline snagged on the cleat though, we should look at that."),
        ("Dave", "I'll have a look at the cleat on the D-class this afternoon."),
        ("Gareth", "Training. The assessor's coming on Saturday for Rob's helm assessment."),
        ("Rob", "Yeah, nervous, but ready. I think."),
        ("Tomasz", "You'll be fine. I failed mine first time and look at me now."),
        ("Rob", "That's not as reassuring as you think it is."),
        ("Gareth", "Siân, can you crew for Rob's assessment on Saturday?"),
        ("Siân", "Yep, I'll crew the assessment."),
        ("Gareth", "The launch tractor. The hydraulics are leaking again."),
        ("Tomasz", "I topped it up on Sunday. It's losing about a litre a week."),
        (
            "Gareth",
            "Right, we're taking the tractor off service until the fitter's looked at it, and "
            "we'll launch off the trolley in the meantime.",
        ),
        ("Gareth", "I'll call the regional engineer tomorrow and get a fitter out."),
        ("Alys", "What about the pagers? Half of mine don't come through in the village."),
        (
            "Gareth",
            "That's a known thing with the new system. HQ said in their email they're rolling out "
            "a fix in January.",
        ),
        ("Siân", "Are we doing the Christmas Day swim again?"),
        (
            "Dave",
            "The fundraising committee already signed it off last month, it's happening, eleven "
            "o'clock as usual.",
        ),
        ("Siân", "Great. I can do the collection buckets."),
        (
            "Gareth",
            "Brilliant. Siân, can you sort the buckets by the end of next week? The permit needs "
            "the numbers.",
        ),
        ("Siân", "Yeah, fine, I'll get the buckets sorted by then."),
        (
            "Rob",
            "Has anyone checked the drysuits since the last service? Mine's got a tear near the "
            "wrist seal.",
        ),
        ("Gareth", "Leave it in my office and I'll send the drysuit off for repair."),
        (
            "Tomasz",
            "If we get a big shout over Christmas with half the crew away, we're going to be thin.",
        ),
        ("Dave", "We always say that and it's always fine."),
        ("Alys", "Is there any news on whether we're getting the new Shannon-class boat or not?"),
        (
            "Gareth",
            "Honestly, no one's told me. It's still with the fleet review, could be next year, "
            "could be never.",
        ),
        ("Gareth", "Right, also the Christmas rota. Dave, can you draw it up by Friday?"),
        ("Dave", "Yeah, I'll do the rota by Friday."),
        ("Gareth", "Cheers all. Pager test is Wednesday at seven, as always."),
    ),
    actions=(
        Action("Dave", ("cleat",), TODAY),
        Action("Siân", ("crew", "assessment"), SATURDAY),
        Action("Gareth", ("regional", "engineer"), TOMORROW),
        Action("Siân", ("buckets",), END_OF_NEXT_WEEK),
        Action("Gareth", ("drysuit", "repair"), None),
        Action("Dave", ("rota",), FRIDAY),
    ),
    decisions=(("tractor", "service"),),
    questions=(("shannon", "boat"),),
)


PUB_QUIZ_LEAGUE = Meeting(
    name="pub_quiz_league",
    lines=(
        (
            "Brenda",
            "Right, if everyone's got a drink, let's get going. Apologies from Pat, she's got the "
            "grandkids.",
        ),
        ("Brenda", "First item, the dispute from the Anchor versus the Crown match."),
        (
            "Nigel",
            "The question was the capital of Australia and the Crown put Sydney, which is wrong, "
            "and the quizmaster gave it them.",
        ),
        ("Colin", "He marked it right because he thought it was Sydney too, to be fair to him."),
        ("Farah", "That's not fair to anyone, that's the problem."),
        (
            "Brenda",
            "Okay. We're overturning that result, the Anchor get the point. Any objections?",
        ),
        ("Stu", "None from me, I'm neutral, I'm with the Plough."),
        ("Brenda", "Nigel, can you write to both captains and let them know?"),
        ("Nigel", "I'll email both captains tomorrow."),
        ("Brenda", "Second, the Fox and Hounds want to join for the spring season."),
        ("Farah", "That'd make eleven teams, which means a bye every week."),
        (
            "Colin",
            "We had eleven in 2019 and it was a nightmare, everyone complained about the byes.",
        ),
        ("Stu", "What if we let them in and find a twelfth? The Swan were asking last year."),
        (
            "Brenda",
            "Let's not decide today. Farah, could you find out whether the Swan are still "
            "interested?",
        ),
        ("Farah", "Sure, I'll ask the Swan's landlord this week."),
        ("Colin", "The mobile phones rule. I caught someone at the Crown googling in the toilets."),
        ("Nigel", "How do you know they were googling?"),
        ("Colin", "Because I could hear them saying 'OK Google, who won Eurovision in 1974'."),
        ("Stu", "ABBA. Everyone knows that."),
        (
            "Brenda",
            "Right, from January phones go in a basket on the captain's table during rounds. "
            "We've talked about it enough.",
        ),
        ("Farah", "Agreed."),
        ("Brenda", "Colin, can you update the rules sheet with that?"),
        ("Colin", "Yeah, I'll update the rules sheet by the end of the month."),
        ("Stu", "Trophies for the autumn season, did we order them?"),
        ("Brenda", "Pat ordered them two weeks ago, they're at her house."),
        ("Nigel", "And the presentation night, is that still the Anchor?"),
        ("Brenda", "It was agreed at the AGM, the Anchor, 12th December."),
        (
            "Farah",
            "Someone ought to do a new league website, the old one looks like it's from 2005.",
        ),
        ("Colin", "It is from 2005."),
        ("Brenda", "Maybe next year. Right, any other business? No? Lovely, I'll get a round in."),
    ),
    actions=(
        Action("Nigel", ("email", "captains"), TOMORROW),
        Action("Farah", ("swan",), END_OF_WEEK),
        Action("Colin", ("rules", "sheet"), END_OF_MONTH),
    ),
    decisions=(
        ("anchor", "point"),
        ("phones", "basket"),
    ),
    questions=(("fox", "hounds", "join"),),
)


SOLAR_FARM_MAINTENANCE = Meeting(
    name="solar_farm_maintenance",
    lines=(
        ("Kate", "Hi all, can everyone hear me? Ravi, you're a bit quiet."),
        ("Ravi", "Better? I'm in the cabin, the signal's rubbish."),
        ("Kate", "Yep, better. Okay, inverter seven first. Inés, what's the data saying?"),
        (
            "Inés",
            "It tripped three times last week on an earth fault, each time in the morning when "
            "the panels are damp.",
        ),
        (
            "Ben",
            "Classic insulation fault. We had the same on inverter three in the spring, it was a "
            "chewed cable.",
        ),
        ("Kate", "Ben, can your team do an insulation test on the seven strings by Friday?"),
        (
            "Ben",
            "We can get someone out Thursday, so yes, the insulation test will be done by Friday.",
        ),
        ("Inés", "I'll set an alert so we get a text if it trips again."),
        ("Kate", "Vegetation. The grazier says the sheep are coming off at the end of the month."),
        ("Ravi", "Which means the grass along the south fence goes wild by February."),
        (
            "Kate",
            "We agreed in the contract review that we'd go to two strimming visits over winter, "
            "so that's already budgeted.",
        ),
        (
            "Ravi",
            "The fence on the south side, a deer went through it on Saturday. There's a gap about "
            "a metre wide.",
        ),
        ("Kate", "That's an insurance condition, we need it fixed. Ravi, can you patch it today?"),
        ("Ravi", "I'll patch the fence this afternoon with what's in the container."),
        (
            "Ben",
            "If the deer get in amongst the cables, it's the chewing we need to worry about, not "
            "the fence.",
        ),
        ("Kate", "Cleaning. Do we do a winter clean this year or not?"),
        (
            "Inés",
            "Soiling losses are under one percent since the rain, I really don't think it's worth "
            "it.",
        ),
        ("Kate", "Okay, we're skipping the winter clean and we'll look again in March."),
        ("Ben", "Fine by me, less work."),
        ("Inés", "Also, string 14B is reading about eight percent low compared to its neighbours."),
        ("Kate", "Could be a soiled panel, could be a bypass diode."),
        ("Ravi", "I can take the thermal camera down there tomorrow and have a look."),
        ("Kate", "Great, thanks Ravi."),
        (
            "Kate",
            "Last thing, the DNO planned outage. They've told us it's the 8th of December, all "
            "day.",
        ),
        (
            "Ben",
            "Do we know if the export meter gets swapped during that or is that a separate visit?",
        ),
        (
            "Kate",
            "I don't know, and their planning team can't tell me either. We'll have to wait and "
            "see.",
        ),
        (
            "Inés",
            "I'll log the outage on the portal this week so it doesn't count against availability.",
        ),
        ("Kate", "Perfect. Next call same time next Monday."),
    ),
    actions=(
        Action("Ben", ("insulation", "test"), FRIDAY),
        Action("Inés", ("alert",), None),
        Action("Ravi", ("patch", "fence"), TODAY),
        Action("Ravi", ("thermal", "camera"), TOMORROW),
        Action("Inés", ("log", "outage"), END_OF_WEEK),
    ),
    decisions=(("skipping", "winter", "clean"),),
    questions=(("export", "meter"),),
)


SCIENCE_DEPARTMENT = Meeting(
    name="science_department",
    lines=(
        ("Claire", "Okay, let's start, I know some of you have duty at twenty past."),
        ("Claire", "Year 11 mocks start on the 7th. Are the papers ready?"),
        ("Ade", "Physics is done, printed, locked in the cabinet."),
        ("Fiona", "Chemistry's done except the mark scheme, I'll finish the mark scheme tonight."),
        (
            "Jamal",
            "Biology, I'm still waiting on Sarah's questions for paper two. She said she'd send "
            "them over the weekend and she didn't.",
        ),
        ("Claire", "I'll speak to Sarah at lunch."),
        ("Wendy", "Can I flag the fume cupboard in Lab 3? It failed its airflow test on Thursday."),
        (
            "Claire",
            "So that fume cupboard's out of use anyway, the school policy covers that. Has the "
            "contractor been booked?",
        ),
        ("Wendy", "Yes, I booked them on Friday, they're coming on the 2nd."),
        (
            "Ade",
            "That means the Year 10 chlorine practical has to move, that's in Lab 3 next week.",
        ),
        (
            "Fiona",
            "We could swap it with the rates practical, that doesn't need the fume cupboard.",
        ),
        (
            "Claire",
            "Yes, let's swap them. Year 10 do rates next week and chlorine after the repair.",
        ),
        ("Wendy", "I'll set up the rates trays by Friday then."),
        (
            "Jamal",
            "The Science Museum trip. The coach company quoted nine hundred quid, which is way "
            "over.",
        ),
        ("Ade", "Last time we went by train and lost a kid at Euston for twenty minutes."),
        ("Jamal", "He wasn't lost, he was in Greggs."),
        ("Claire", "Jamal, can you get two more coach quotes by the end of next week?"),
        ("Jamal", "Yeah, I'll get two more coach quotes by then."),
        (
            "Fiona",
            "Are we still allowed to run the trip if the cost per student goes over thirty "
            "pounds? I thought there was a cap.",
        ),
        (
            "Claire",
            "I genuinely don't know whether the cap still applies under the new charging policy, "
            "and neither does anyone in the office.",
        ),
        ("Ade", "One more thing, the Year 8 reports are due to the office on Friday."),
        ("Claire", "Yes, everyone please have your Year 8 reports in by Friday."),
        ("Wendy", "Also, someone keeps leaving the Bunsen tubing in the sink."),
        ("Jamal", "Wasn't me."),
        ("Ade", "It's always the person who says it wasn't them."),
        ("Claire", "Okay, thanks everyone. Same time next week."),
    ),
    actions=(
        Action("Fiona", ("mark", "scheme"), TODAY),
        Action("Claire", ("sarah",), TODAY),
        Action("Wendy", ("rates", "trays"), FRIDAY),
        Action("Jamal", ("coach", "quotes"), END_OF_NEXT_WEEK),
        Action(None, ("reports",), FRIDAY),
    ),
    decisions=(("swap", "rates"),),
    questions=(("trip", "cap"),),
)


TATTOO_STUDIO = Meeting(
    name="tattoo_studio",
    lines=(
        ("Mia", "Okay, everyone, grab a seat before the first clients come in at eleven."),
        ("Mia", "No-shows. We had four last week. Four. That's a full day of Dex's time gone."),
        ("Dex", "Two of them were the same guy, too. Booked and didn't turn up twice."),
        ("Tegan", "He emailed yesterday asking to rebook, if you can believe it."),
        ("Lou", "Tell him no."),
        (
            "Mia",
            "Right, from now on deposits go up to fifty pounds and they're non-refundable inside "
            "forty-eight hours.",
        ),
        ("Raf", "About time."),
        ("Mia", "Tegan, can you update the booking page and the confirmation email by Wednesday?"),
        ("Tegan", "Yep, I'll update the booking page and the email by Wednesday."),
        ("Raf", "The guest spot. Kaito from Bristol wants to come up for a week in January."),
        ("Lou", "His blackwork is incredible. I'd kill for a piece."),
        (
            "Mia",
            "Do we have the space? Lou, you're on holiday the second week of January, aren't you?",
        ),
        ("Lou", "Yeah, the 11th to the 18th. He could use my station."),
        ("Mia", "Let's do it then. Kaito guests on Lou's station while she's away."),
        ("Raf", "I'll message Kaito today and confirm the dates."),
        ("Dex", "The autoclave's overdue a service, the sticker says October."),
        ("Mia", "Oh, no. That's the one thing the council will actually check."),
        ("Dex", "I'll ring the engineer tomorrow morning and get it booked in."),
        ("Tegan", "Did we get the aftercare leaflets reprinted?"),
        ("Mia", "Yes, they came Friday, they're under the desk."),
        ("Lou", "What are we doing for the Christmas flash day? Are we doing one at all?"),
        (
            "Mia",
            "I'd like to, but I'm not sure about the date. If we do it on the 19th we clash with "
            "the convention in Manchester.",
        ),
        ("Raf", "Half of us are going to that convention."),
        ("Mia", "Yeah, let's leave the flash day open for now."),
        (
            "Dex",
            "If we ever did a walk-in day like Sacred Rose does, we'd need a second front desk "
            "person.",
        ),
        ("Tegan", "Please don't make me do a walk-in day alone."),
        (
            "Mia",
            "Noted. Someone should sort the Google reviews too, there's that one-star from the "
            "guy who didn't show.",
        ),
        ("Lou", "Can we even reply to that?"),
        ("Mia", "Probably, but not today. Right, let's open up."),
    ),
    actions=(
        Action("Tegan", ("booking", "page"), WEDNESDAY),
        Action("Raf", ("message", "kaito"), TODAY),
        Action("Dex", ("ring", "engineer"), TOMORROW),
    ),
    decisions=(
        ("deposits", "fifty"),
        ("kaito", "station"),
    ),
    questions=(("flash", "day"),),
)


CEMETERY_GROUNDS = Meeting(
    name="cemetery_grounds",
    lines=(
        ("Alan", "Morning. Right, we've got three burials this week, so let's be quick."),
        (
            "Alan",
            "Tuesday at eleven in section F, Thursday at two in the old part, and Friday's a "
            "cremated remains in the garden of rest.",
        ),
        ("Kwame", "The Thursday one, is that the double depth?"),
        ("Alan", "Yes, reopening the Patel family grave. The digger's booked for Wednesday."),
        ("Kwame", "I'll dig the grave out Wednesday afternoon then, and get the shoring in."),
        (
            "Bev",
            "Section C is flooded again along the bottom path. Two families complained at the "
            "weekend.",
        ),
        ("Eddie", "That drain's been blocked since the storm in October, I said at the time."),
        ("Alan", "Eddie, can you get the jetting company out this week?"),
        ("Eddie", "I'll phone the jetting company today, but they're always booked up."),
        (
            "Lorna",
            "Memorial testing. We've got about two hundred headstones left in the Victorian "
            "section.",
        ),
        (
            "Alan",
            "We agreed with the bereavement services manager in September to finish that by "
            "Christmas, so that's fixed.",
        ),
        ("Lorna", "If we find loads that fail, we'll run out of stakes and tape."),
        ("Bev", "Last year we found forty in one week."),
        ("Alan", "Lorna, can you do the top rows by next Friday, and order more stakes?"),
        ("Lorna", "I'll test the top rows by next Friday. Stakes, I'll order tomorrow."),
        ("Kwame", "The ride-on mower's been making a grinding noise."),
        (
            "Alan",
            "We don't cut again till March, so it can go in for its winter service. We're sending "
            "it to Hursts this year instead of the council depot.",
        ),
        ("Eddie", "Hursts are twice the price."),
        ("Alan", "And twice as quick. The depot had it for six weeks last time."),
        (
            "Bev",
            "Christmas. People are going to start putting out wreaths and lights and solar "
            "lanterns.",
        ),
        ("Lorna", "The lanterns were everywhere last January, we spent days collecting them."),
        (
            "Bev",
            "Are we allowed to remove them after a set date, or do we need the families' "
            "permission? Nobody's ever told me.",
        ),
        (
            "Alan",
            "Honestly, I don't know what the regulations say on that. It's one for the council's "
            "legal team and they haven't answered.",
        ),
        ("Kwame", "Could someone put a notice up at the gate about the Christmas stuff?"),
        ("Bev", "I'll do a notice for the gate and the noticeboard by Friday."),
        (
            "Eddie",
            "Imagine if we just left them all up till Easter. Be like the Blackpool illuminations.",
        ),
        ("Alan", "Right, thanks all. Kwame, give me a shout when the grave's ready."),
    ),
    actions=(
        Action("Kwame", ("dig", "grave"), WEDNESDAY),
        Action("Eddie", ("phone", "jetting"), TODAY),
        Action("Lorna", ("top", "rows"), NEXT_FRIDAY),
        Action("Lorna", ("order", "stakes"), TOMORROW),
        Action("Bev", ("notice",), FRIDAY),
    ),
    decisions=(("hursts",),),
    questions=(("remove", "permission"),),
)


TOY_SHOP_CHRISTMAS = Meeting(
    name="toy_shop_christmas",
    lines=(
        (
            "Gemma",
            "Okay, Christmas. Five weeks to go and I'm already panicking, so let's get organised.",
        ),
        ("Gemma", "Stock first. Noor, how are we on the Snuggle Otters?"),
        (
            "Noor",
            "Forty left. We sold sixty last week. The supplier says the next delivery is the 10th.",
        ),
        ("Luke", "That's going to be tight. Everyone's kids want one because of that TikTok."),
        ("Frank", "In my day it was a Furby, and you had to punch people for one."),
        ("Gemma", "Let's limit them to two per customer from today."),
        ("Noor", "Fine. I'll put a sign up by the till this afternoon."),
        ("Gemma", "And can you ask the supplier if they can send any earlier?"),
        ("Noor", "I'll email the supplier tomorrow, but I wouldn't hold your breath."),
        ("Gemma", "Window. Ella, you had ideas?"),
        (
            "Ella",
            "A snowy village with the wooden train running through it. I've sketched it out "
            "already.",
        ),
        ("Luke", "The train from last year? It derailed every ten minutes."),
        ("Ella", "New track. It'll be fine. Probably."),
        (
            "Gemma",
            "Love it. Let's go with the snowy village. Ella, can you have it up by Saturday?",
        ),
        ("Ella", "I'll have the window done by Saturday, if Frank can help me on Thursday."),
        ("Frank", "Yeah, I'll help Thursday."),
        ("Gemma", "Late opening. Do we do Thursdays till eight like last year?"),
        (
            "Luke",
            "Last year the Thursdays were dead until about six, then busy. Worth it, I'd say.",
        ),
        ("Gemma", "Okay, we'll open till eight on Thursdays in December."),
        ("Luke", "I'll do the rota for the late nights by Wednesday."),
        ("Ella", "What about the grotto? Is Derek doing Santa again?"),
        ("Gemma", "Derek's already said yes, he told me at the market on Saturday."),
        (
            "Frank",
            "Has anyone asked whether the landlord will let us put the grotto out on the pavement "
            "this year? Last year we got a letter.",
        ),
        ("Gemma", "No. And I don't really know who we'd even ask now the agents have changed."),
        ("Noor", "Online orders, we need a last posting date."),
        (
            "Gemma",
            "We'll say the 18th for standard delivery. Royal Mail's last day is the 21st, but I "
            "want a buffer.",
        ),
        ("Noor", "I'll put that on the website banner today."),
        ("Luke", "Someone should really do a gift wrapping station, people kept asking."),
        ("Gemma", "Maybe. If we had the space. Let's see how the window goes first."),
        ("Gemma", "Okay, good. Thanks everyone, let's sell some otters."),
    ),
    actions=(
        Action("Noor", ("sign",), TODAY),
        Action("Noor", ("email", "supplier"), TOMORROW),
        Action("Ella", ("window",), SATURDAY),
        Action("Frank", ("help",), THURSDAY),
        Action("Luke", ("rota",), WEDNESDAY),
        Action("Noor", ("website", "banner"), TODAY),
    ),
    decisions=(
        ("two", "customer"),
        ("snowy", "village"),
        ("eight", "thursdays"),
        ("standard", "delivery"),
    ),
    questions=(("grotto", "pavement"),),
)


DRONE_SURVEY_OPS = Meeting(
    name="drone_survey_ops",
    lines=(
        ("Hamza", "Morning. Let's run through the week. Rachel, weather?"),
        (
            "Rachel",
            "Tuesday and Wednesday look flyable, Thursday's gusting forty, Friday's a maybe.",
        ),
        ("Hamza", "Okay. Who can do the Brackley quarry volumetrics while the weather holds?"),
        ("Ollie", "I'll take the quarry job tomorrow, I've done that site twice."),
        ("Hamza", "Great. The church roof in Stowe, that's in the congested area, right?"),
        (
            "Rachel",
            "Yes, so it's under our operating safety case. We need the landowner consent and the "
            "council permission in writing.",
        ),
        (
            "Craig",
            "I spoke to the vicar last week. He's keen, he wants copies of the photos for the "
            "parish magazine.",
        ),
        ("Hamza", "Craig, can you get the written consent from the diocese by Wednesday?"),
        ("Craig", "Yeah, I'll get the written consent by Wednesday."),
        (
            "Sunita",
            "Processing. I've got a backlog of six jobs. The solar roof one has been waiting "
            "since the 12th.",
        ),
        ("Hamza", "What's slowing it down?"),
        (
            "Sunita",
            "The workstation. The big models take nine hours to build and it crashes halfway "
            "about a third of the time.",
        ),
        (
            "Ollie",
            "We had exactly this at my last place. They bought cloud credits and it was still "
            "slow.",
        ),
        (
            "Hamza",
            "Okay, we're buying the second workstation. I've been putting it off, but we're "
            "losing jobs.",
        ),
        ("Hamza", "Sunita, can you spec it out and send me a quote by Friday?"),
        ("Sunita", "I'll send you a quote by Friday."),
        ("Rachel", "Batteries. Four of the M350 packs are showing over three hundred cycles."),
        ("Craig", "We retired the last lot at three hundred and fifty, didn't we?"),
        (
            "Rachel",
            "We did. But the manufacturer now says four hundred. Their rep told me at the trade "
            "show.",
        ),
        (
            "Hamza",
            "Is four hundred actually safe in cold weather though? I'm not comfortable with that.",
        ),
        (
            "Rachel",
            "I'm not sure. Nobody's got good data on cold-weather performance at that cycle count.",
        ),
        (
            "Hamza",
            "Right, we'll come back to that. Rachel, can you at least pull those four packs off "
            "the flying kit?",
        ),
        ("Rachel", "Yep, I'll pull the four packs today."),
        ("Ollie", "What about the LiDAR payload, has the demo unit arrived?"),
        ("Hamza", "It's at the depot, arrived Friday. Rachel, you're trained on it, yeah?"),
        ("Rachel", "Yep."),
        (
            "Ollie",
            "If we win the Network Rail framework, we'll need two of those and another pilot.",
        ),
        (
            "Hamza",
            "Big if. Someone should put together a proper case for the LiDAR purchase at some "
            "point.",
        ),
        ("Sunita", "Don't look at me, I've got six jobs."),
        ("Hamza", "Ha. Okay. Thursday's a write-off, so let's use it for maintenance. Thanks all."),
    ),
    actions=(
        Action("Ollie", ("quarry",), TOMORROW),
        Action("Craig", ("written", "consent"), WEDNESDAY),
        Action("Sunita", ("quote",), FRIDAY),
        Action("Rachel", ("packs",), TODAY),
    ),
    decisions=(
        ("second", "workstation"),
        ("thursday", "maintenance"),
    ),
    questions=(("cold", "weather"),),
)


MEETINGS = (
    ZOO_EDUCATION,
    FLORIST_SHOP,
    LIFEBOAT_CREW,
    PUB_QUIZ_LEAGUE,
    SOLAR_FARM_MAINTENANCE,
    SCIENCE_DEPARTMENT,
    TATTOO_STUDIO,
    CEMETERY_GROUNDS,
    TOY_SHOP_CHRISTMAS,
    DRONE_SURVEY_OPS,
)
