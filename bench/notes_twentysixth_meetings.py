"""Twenty-sixth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: an indoor climbing centre staff meeting in Leeds, a
riding school and livery yard in County Kildare, a canyoning guide company in Queenstown, a
roofing contractor in Ohio, a building surveying practice in Bristol, a Highland holiday park
closing for winter, a winter whale-watching boat company in Tromso, a pop-up outdoor ice rink
in Toronto, an online refurbished laptop and phone shop in Rotterdam and the tutor operations
team of an online tutoring marketplace in Bengaluru. People talk as they do at work: fillers,
interruptions, asides, jokes, self-corrections, commitments in many forms, dates changed in
conversation, due dates in many forms or none. The labels are what a careful note-taker would
write down; past work, things that happen anyway, hypotheticals, hedges, requests nobody takes
up, answered questions, reported speech, polite refusals and decisions taken elsewhere earlier
are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight"
and "after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one, "next
Monday" and "next Wednesday" and "next Friday" are those of next week, "the 15th" is 15
December, a vague period ("this week", "the end of the week") is due on its last day, Sunday
for weeks, and "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
    NEXT_WEDNESDAY,
    THE_15TH,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


CLIMBING_CENTRE = Meeting(
    name="climbing_centre",
    lines=(
        (
            "Priya",
            "Right, shall we start? Coffee's on the side if you want it. Reset first, Dougie.",
        ),
        (
            "Dougie",
            "Yeah so, we stripped the cave wall on Thursday, the whole thing, and, er, the new "
            "set went up Saturday morning.",
        ),
        (
            "Dougie",
            "People seem to like it, though the pink one on the arete is - well, someone called "
            "it a crime.",
        ),
        ("Kasia", "That was me. It is a crime."),
        ("Priya", "Noted. What's next on the reset rota?"),
        ("Dougie", "The slab. I'll strip and reset the slab on Wednesday night after close."),
        (
            "Femi",
            "Could you leave the two easy lines on the left for the kids' session? They've only "
            "just got up them.",
        ),
        (
            "Dougie",
            "Hmm. I can keep the yellow. The blue's got a spinning hold, it has to go anyway.",
        ),
        ("Priya", "Fine, the yellow stays for the kids, then."),
        ("Priya", "Next, the auto-belay inspection. Kasia, did the engineer ever confirm?"),
        (
            "Kasia",
            "He did, he's coming on the 3rd, first thing. I've already booked the wall off "
            "until eleven.",
        ),
        ("Femi", "Do we need to tell the home-ed group? They're normally in at ten on Thursdays."),
        ("Kasia", "Oh - yeah. I'll email their coordinator today."),
        (
            "Priya",
            "Then, the chalk thing. We had two more complaints about dust, and Marek from the "
            "cafe said the filters upstairs were grey after a week.",
        ),
        ("Dougie", "We could ban loose chalk. Liquid only. Loads of walls do that now."),
        ("Femi", "The kids would be fine, but the regulars would riot. Honestly."),
        (
            "Priya",
            "Okay, not a ban. But from December it's chalk balls or liquid only, no open tubs. "
            "Decided.",
        ),
        ("Kasia", "I'll need a sign for the desk, then."),
        ("Priya", "Can you have it up by - Wednesday? No, Friday, let's be realistic."),
        ("Kasia", "Sign by Friday, yes."),
        ("Priya", "And who's ordering new filters for the extraction?"),
        (
            "Dougie",
            "Not me, sorry. I ordered the last lot and it took three weeks to get reimbursed.",
        ),
        ("Priya", "Ha. Fair enough. I'll order the filters, then."),
        (
            "Femi",
            "Last one from me. Half-term - sorry, the Christmas holiday club. Are we running two "
            "weeks or one?",
        ),
        ("Priya", "Depends on staffing, and half of you haven't put your leave in."),
        ("Kasia", "In my defence, I don't know where I'm going yet."),
        (
            "Priya",
            "So we can't settle it today. Femi, could you sketch both versions, one week and "
            "two, with rough numbers?",
        ),
        ("Femi", "Yeah, I'll sketch both versions for next Monday's meeting."),
        ("Priya", "Lovely. That's us, thanks all."),
    ),
    actions=(
        Action("Dougie", ("reset", "slab"), WEDNESDAY),
        Action("Kasia", ("email", "coordinator"), TODAY),
        Action("Kasia", ("sign",), FRIDAY),
        Action("Priya", ("order", "filters"), None),
        Action("Femi", ("sketch", "versions"), NEXT_MONDAY),
    ),
    decisions=(
        ("yellow", "stays"),
        ("chalk", "balls"),
    ),
    questions=(("two", "weeks"),),
)


RIDING_STABLES = Meeting(
    name="riding_stables",
    lines=(
        (
            "Siobhan",
            "Okay, we'll keep this short, the lorry's due at half ten. Ciaran, horses first.",
        ),
        (
            "Ciaran",
            "Biscuit's still a bit short on the near fore. The vet was out Friday, she said box "
            "rest another week and then we'll see.",
        ),
        (
            "Aoife",
            "So he's out of lessons all week. I've moved his riders onto Pepper and Dot already.",
        ),
        ("Siobhan", "Grand. Is she coming back to look at him?"),
        ("Ciaran", "She is, Monday. He'll stay in till then."),
        ("Siobhan", "Hay. Niamh, where are we?"),
        (
            "Niamh",
            "So the Kellys' lot is nearly gone, we've maybe ten days. I rang Dermot and he can "
            "do two hundred bales, but not till December.",
        ),
        ("Siobhan", "That's cutting it fine."),
        (
            "Niamh",
            "It is. There's a fella in Naas with haylage, he quoted me, em, six-fifty a bale? "
            "No, six-twenty. Six-twenty.",
        ),
        ("Ciaran", "Haylage'd be no harm for the old lads, actually, with their coughs."),
        (
            "Siobhan",
            "Go on so, we'll take fifty bales of the haylage to tide us over, and keep Dermot's "
            "order for December.",
        ),
        ("Niamh", "I'll ring him about the haylage this afternoon, see can he deliver Thursday."),
        (
            "Aoife",
            "Can I bring up the arena? The top end is like a bog after all that rain.",
        ),
        ("Ciaran", "The drain's blocked again. I had a look Saturday, it's roots from the ash."),
        ("Siobhan", "Would it be worth getting the digger man out?"),
        (
            "Ciaran",
            "I'd say so. I'll call Paddy and get him to quote for relaying it. And I'll rod the "
            "drain myself tomorrow in the meantime.",
        ),
        (
            "Siobhan",
            "Do. Until it's sorted, no lessons up the top end, keep them to the bottom half.",
        ),
        ("Aoife", "That's fine for the beginners. The Wednesday jumping lads won't thank you."),
        ("Siobhan", "They'll survive."),
        ("Aoife", "And the Christmas show, are we still doing it on the thirteenth?"),
        ("Siobhan", "We are, that's been in the calendar since the summer."),
        ("Aoife", "Okay. I'll put the entry form up on the Facebook page so, maybe this week?"),
        ("Siobhan", "Friday would be better, the pony club mammies book everything early."),
        ("Aoife", "Friday, grand, the entry form will be up."),
        (
            "Niamh",
            "Do we have a judge for the showing classes? Maureen did it last year but she told "
            "me she's going to her daughter's in Boston.",
        ),
        ("Ciaran", "What about the lady from Punchestown, the one with the greys?"),
        ("Siobhan", "Maybe. I don't have her number. I'll find us a judge, leave it with me."),
        ("Niamh", "And the livery fees. Are we putting the livery fees up in January or not?"),
        (
            "Siobhan",
            "I want to see the feed bills first before I say anything to the liveries. We'll "
            "come back to it.",
        ),
        ("Ciaran", "Lorry's here. I'm gone."),
    ),
    actions=(
        Action("Niamh", ("haylage",), TODAY),
        Action("Ciaran", ("paddy", "quote"), None),
        Action("Ciaran", ("rod", "drain"), TOMORROW),
        Action("Aoife", ("entry", "form"), FRIDAY),
        Action("Siobhan", ("find", "judge"), None),
    ),
    decisions=(
        ("haylage",),
        ("bottom", "half"),
    ),
    questions=(("livery", "fees"),),
)


CANYONING_GUIDES = Meeting(
    name="canyoning_guides",
    lines=(
        ("Mere", "Kia ora, everyone. Let's crack on, first full week of trips coming up."),
        (
            "Hana",
            "Yeah, it's - it's chocka. Thirty-two on Saturday across three trips, and the cruise "
            "ship group wants Thursday.",
        ),
        ("Jonty", "The whole ship?"),
        ("Hana", "Ha, no, twelve of them. Their agent emailed Friday asking for a private trip."),
        ("Mere", "Can we staff a private one on Thursday?"),
        ("Jonty", "If Luca's back from his assessment, yeah."),
        (
            "Luca",
            "I'm back Wednesday night. Should be fine, unless I fail and have to go live in "
            "the bush.",
        ),
        (
            "Mere",
            "We'll run the private trip on Thursday then. Hana, confirm it with the agent, "
            "Jonty and Luca guiding.",
        ),
        ("Hana", "Sweet, I'll email the agent after this."),
        ("Mere", "Flow levels. Jonty, the gauge."),
        (
            "Jonty",
            "So the river was sitting at, what, eighteen cumecs yesterday? Our cutoff for the "
            "lower canyon is twenty-five. With the snowmelt I reckon we'll be bumping it by the "
            "weekend.",
        ),
        ("Luca", "Should we drop the cutoff to twenty for the lower section? Just for the melt."),
        ("Mere", "What's the regional council forecast saying for the week?"),
        ("Jonty", "Rising. Not crazy."),
        (
            "Mere",
            "Okay, twenty it is for the lower canyon until the end of December, we'll look at "
            "it again in the new year.",
        ),
        ("Luca", "I'll update the ops manual and the trip-leader cards."),
        (
            "Hana",
            "Do I need to warn customers? Like, on the booking page, that trips might get "
            "switched to the upper canyon?",
        ),
        (
            "Mere",
            "Yes - um, put a line on the confirmation emails, not the booking page, I don't "
            "want to scare anyone off.",
        ),
        ("Hana", "Can do."),
        (
            "Luca",
            "Gear. We retired two ropes last week, both hit fifty descents. That leaves us "
            "with, um, six good ones.",
        ),
        ("Jonty", "Six is tight with three trips on a Saturday."),
        ("Luca", "Fine with three, tight with four. I'd like four more anyway."),
        ("Mere", "How much are we talking?"),
        ("Luca", "About eleven hundred with the bags."),
        ("Mere", "Go ahead, order the four ropes this week so they're here before Christmas."),
        ("Luca", "On it."),
        ("Jonty", "Also the radio black spot at the second abseil. We still can't raise base."),
        ("Mere", "Is that a repeater thing or a handset thing?"),
        ("Jonty", "No idea, honestly. Could be either."),
        ("Mere", "Hmm. Somebody should ring the radio company and ask."),
        ("Hana", "Not it."),
        ("Luca", "Not it either, I'm on ropes."),
        ("Hana", "Oh, and the new kids' wetsuits came in. I sized them all, they're in the shed."),
        ("Mere", "Beautiful. Thanks team, safe trips."),
    ),
    actions=(
        Action("Hana", ("agent",), TODAY),
        Action("Luca", ("ops", "manual"), None),
        Action("Hana", ("confirmation", "emails"), None),
        Action("Luca", ("order", "ropes"), END_OF_WEEK),
        Action(None, ("radio", "company"), None),
    ),
    decisions=(
        ("private", "trip"),
        ("twenty", "lower"),
    ),
    questions=(("repeater", "handset"),),
)


ROOFING_CONTRACTOR = Meeting(
    name="roofing_contractor",
    lines=(
        ("Rick", "Alright, let's go. Weather's the big thing this week. Luis?"),
        (
            "Luis",
            "So we got a dry window Tuesday through Thursday, then rain Friday, maybe snow the "
            "weekend. I want the Henderson tear-off done in that window.",
        ),
        ("Rick", "Can you do Henderson in three days with four guys?"),
        ("Luis", "Three days, yeah, if the shingles show up. That's the problem."),
        (
            "Dana",
            "The supplier called Friday - the charcoal shingles are backordered. They said "
            "maybe Wednesday, but they said that last week too.",
        ),
        ("Rick", "Of course they did."),
        (
            "Tasha",
            "Could we switch the Hendersons to weathered wood? That's in stock, I checked this "
            "morning.",
        ),
        ("Dana", "They picked charcoal though. Mrs. Henderson was real specific."),
        (
            "Rick",
            "Tasha, call Mrs. Henderson and ask. If she'll take weathered wood, we go Tuesday.",
        ),
        ("Tasha", "I'll call her right after this."),
        ("Luis", "And if she says no, I got four guys sitting around Tuesday."),
        ("Rick", "Then you'd start the Patel garage instead. That one's small."),
        (
            "Dana",
            "Permits. The city kicked back the dumpster permit for Elm Street, they want the "
            "plate number of the truck now, which is new.",
        ),
        ("Rick", "Since when?"),
        ("Dana", "Since October, apparently. I'll resubmit the permit tomorrow with the plate."),
        ("Rick", "Insurance jobs. Tasha, where are we on the hail claims?"),
        (
            "Tasha",
            "Six open. Two adjusters came out last week, and the Brennans got approved for a "
            "full replacement. The other four are waiting on inspection dates.",
        ),
        ("Rick", "Do we know when State Farm's sending someone out to the Okafor house?"),
        ("Tasha", "No. I've left three messages. Nobody calls back."),
        ("Rick", "Unbelievable."),
        (
            "Luis",
            "Harnesses. The annual inspection's due, I looked at the tags, they expire the end "
            "of the month.",
        ),
        ("Rick", "Who did it last year?"),
        ("Luis", "Me, with the guy from the safety supply place."),
        (
            "Rick",
            "Then you do it again. Before the thirtieth, please, I don't want an OSHA surprise.",
        ),
        (
            "Luis",
            "Actually I'll get all twelve harnesses inspected by Friday, it's raining anyway, "
            "nobody's on a roof.",
        ),
        (
            "Dana",
            "Last thing, the Christmas lights side business. We've got nineteen houses booked, "
            "first installs start Saturday.",
        ),
        ("Rick", "Nineteen! Last year it was eight."),
        (
            "Dana",
            "The Facebook ad worked. Do we want to cap it? Luis's guys are really only free on "
            "rain days.",
        ),
        ("Rick", "Let's cap it at twenty-five and waitlist the rest."),
        ("Dana", "Okay. I'll change the booking form tonight so it says waitlist after that."),
        ("Rick", "Good. Let's get out of here before it rains on us indoors."),
    ),
    actions=(
        Action("Tasha", ("call", "henderson"), TODAY),
        Action("Dana", ("resubmit", "permit"), TOMORROW),
        Action("Luis", ("harnesses", "inspected"), FRIDAY),
        Action("Dana", ("booking", "form"), TODAY),
    ),
    decisions=(("cap", "waitlist"),),
    questions=(("okafor", "house"),),
)


BUILDING_SURVEYORS = Meeting(
    name="building_surveyors",
    lines=(
        ("Helen", "Morning. Right, new instructions first. Bea, what came in?"),
        (
            "Bea",
            "Four. Two level three surveys in Clifton, a party wall notice on Gloucester Road, "
            "and the dilaps schedule for the warehouse at Avonmouth.",
        ),
        ("Helen", "Raj, can you take the dilaps? You did the last one for that landlord."),
        ("Raj", "I can, but not this week, I'm in Bath Tuesday to Thursday on the school job."),
        ("Helen", "That's fine, they said December."),
        ("Raj", "Then I'll have the dilaps schedule to them by the 15th."),
        (
            "Helen",
            "Owen, the Clifton ones - are you happy doing a level three on your own yet?",
        ),
        ("Owen", "Um. The Georgian one, honestly, probably not. The 1930s semi, yes."),
        (
            "Helen",
            "Good, that's honest. You take the semi, and I'll do the Georgian one with you "
            "shadowing.",
        ),
        ("Bea", "The vendor on the semi offered Thursday or Friday."),
        ("Owen", "Friday's better for me. I'll survey the semi on Friday."),
        (
            "Helen",
            "And the party wall notice. Are we acting for the building owner on that one?",
        ),
        ("Bea", "The building owner, I think. Let me - no, adjoining owner. Mrs Achebe."),
        (
            "Raj",
            "Then the fourteen days started on the 16th, so they need a response by the 30th "
            "or it's a deemed dispute.",
        ),
        ("Helen", "I'll write the acknowledgement myself today, it's two paragraphs."),
        (
            "Owen",
            "Can I ask about the thermal camera? Should we be using it on every level three now?",
        ),
        (
            "Helen",
            "Only when there's a reason - damp, suspected missing insulation. Not as a default.",
        ),
        ("Raj", "Speaking of which, its calibration lapsed in October. I noticed Friday."),
        ("Helen", "Brilliant."),
        (
            "Bea",
            "I'll post the camera back for calibration tomorrow, but we'll be without it for "
            "about ten days.",
        ),
        ("Raj", "Could we hire one in the meantime?"),
        ("Helen", "Not worth it for ten days. We'll manage without."),
        (
            "Bea",
            "One more. The PI insurance renewal. The broker wants the fee income figures by "
            "Friday.",
        ),
        ("Helen", "Ugh. Yes. I'll pull the fee income figures together on Thursday."),
        (
            "Raj",
            "Are we still doing the CPD session as a team in December, the building safety one?",
        ),
        (
            "Helen",
            "I'd like to, but I haven't found a date that works for everyone. Let's leave that "
            "one open for now.",
        ),
        ("Owen", "I'm free any Friday, for the record."),
        ("Helen", "Noted, Owen. Okay, thanks all."),
    ),
    actions=(
        Action("Raj", ("dilaps", "schedule"), THE_15TH),
        Action("Owen", ("semi",), FRIDAY),
        Action("Helen", ("georgian",), None),
        Action("Helen", ("acknowledgement",), TODAY),
        Action("Bea", ("camera", "calibration"), TOMORROW),
        Action("Helen", ("fee", "income"), THURSDAY),
    ),
    decisions=(("manage", "without"),),
    questions=(("cpd", "december"),),
)


HOLIDAY_PARK = Meeting(
    name="holiday_park",
    lines=(
        (
            "Morag",
            "Right, winter meeting. The touring field's shut as of yesterday, so it's just the "
            "pods and the two lodges now.",
        ),
        (
            "Callum",
            "I drained the standpipes on the touring field Saturday. All but the one by the "
            "bins, the valve's seized solid.",
        ),
        ("Morag", "Can you get that one done before the frost comes in on Wednesday?"),
        (
            "Callum",
            "Aye, there's a spare in the workshop. I'll fit the new valve Wednesday morning.",
        ),
        ("Ewan", "As long as it's the right size this time."),
        ("Callum", "That was one time, Ewan."),
        (
            "Jess",
            "Hogmanay. The pods are fully booked, all six, and both lodges. And I've had - three? "
            "four? - people asking about a waiting list.",
        ),
        ("Morag", "Do we do a waiting list?"),
        ("Jess", "We never have."),
        ("Morag", "Let's not start a waiting list now, it's a faff. Just tell them we're full."),
        ("Ewan", "What about the ceilidh, are we doing it in the barn again?"),
        ("Morag", "Did I not say? The band's cancelled. The fiddler's moved to Glasgow."),
        ("Jess", "Oh no."),
        (
            "Morag",
            "So I'm not sure. We could get a DJ, or skip it this year. I'll ask around for "
            "another band first.",
        ),
        (
            "Callum",
            "Heating in pod four. The folk on Friday said it was freezing, and, to be fair, it "
            "was. The thermostat's reading five degrees out.",
        ),
        ("Morag", "Can it be fixed or does it need a whole new heater?"),
        ("Callum", "It's just the thermostat. I'll swap in the spare thermostat this afternoon."),
        ("Jess", "Should I do something about the review? They gave us three stars."),
        ("Morag", "Aye, reply to the review, politely. Don't argue with them."),
        ("Jess", "I'll reply to it today."),
        ("Ewan", "Dogs. We've had folk asking if dogs are allowed in the lodges."),
        ("Morag", "Pods yes, lodges no. That's not changing."),
        ("Ewan", "Even if they pay extra?"),
        ("Morag", "Even if they pay extra, Ewan."),
        (
            "Jess",
            "Last thing. The booking system's put their price up twenty percent. Do we renew "
            "or move to the other one?",
        ),
        ("Morag", "When's it due?"),
        ("Jess", "The 15th."),
        ("Morag", "Let me think on it. Can you get me a comparison by next Friday?"),
        ("Jess", "Yeah, I'll do a comparison spreadsheet by then."),
        ("Morag", "Grand. Thanks, all. Mind the ice on the way out."),
    ),
    actions=(
        Action("Callum", ("fit", "valve"), WEDNESDAY),
        Action("Morag", ("ask", "band"), None),
        Action("Callum", ("thermostat",), TODAY),
        Action("Jess", ("reply", "review"), TODAY),
        Action("Jess", ("comparison",), NEXT_FRIDAY),
    ),
    decisions=(("waiting", "list"),),
    questions=(
        ("ceilidh", "barn"),
        ("renew", "move"),
    ),
)


WHALE_WATCHING = Meeting(
    name="whale_watching",
    lines=(
        ("Ingrid", "Okay, let's start. Last week first. Marcus?"),
        (
            "Marcus",
            "We cancelled Wednesday and Saturday for wind. Thursday was rough but we went, and, "
            "uh, about a third of the boat was sick.",
        ),
        ("Sofie", "Half. It was half. I was handing out bags like a flight attendant."),
        ("Ingrid", "Did we at least see anything?"),
        ("Sofie", "Two pods of orcas and a humpback, so people were happy in between."),
        (
            "Dev",
            "The reviews are fine, mostly. One man wants his money back because the whales were "
            "'too far away'.",
        ),
        ("Ingrid", "Is he getting it?"),
        (
            "Dev",
            "Not under our terms. I offered him a free rebooking on Saturday, he hasn't replied.",
        ),
        ("Ingrid", "The seasickness thing. Should we start warning people when they book?"),
        ("Marcus", "We could sell the tablets on board. The pharmacy in town has them."),
        (
            "Ingrid",
            "I don't want us selling medicine. Let's put a warning on the booking page and tell "
            "people to take something before.",
        ),
        ("Dev", "I'll add it to the booking page tonight."),
        (
            "Sofie",
            "Can I bring up the research log? The institute emailed, they're missing our "
            "sighting sheets for October.",
        ),
        ("Ingrid", "Weren't those sent?"),
        (
            "Sofie",
            "I sent September. October's on my laptop, I just haven't - I'll send the October "
            "sheets on Wednesday.",
        ),
        (
            "Marcus",
            "The hydrophone's been crackling too. I think the cable's chafed where it goes over "
            "the rail.",
        ),
        ("Ingrid", "Can you fix it, or does it go back to the supplier?"),
        ("Marcus", "I'll try re-terminating the hydrophone cable myself first."),
        (
            "Dev",
            "Big one: the agency in Shanghai. They want a Mandarin-speaking guide on twelve "
            "trips in December.",
        ),
        ("Ingrid", "Do we have anyone?"),
        (
            "Sofie",
            "Lin did it last season, but she's in Bergen now. She said she might come up for a "
            "few weekends, maybe.",
        ),
        ("Ingrid", "Maybe isn't twelve trips."),
        ("Dev", "They need an answer by Friday."),
        (
            "Ingrid",
            "Sofie, can you ask Lin today which weekends she could do? Then Dev answers the "
            "agency by Friday.",
        ),
        ("Sofie", "Sure, I'll message her."),
        ("Dev", "Fine by me. And who guides the weekday trips?"),
        ("Ingrid", "No idea yet. Let's see what Lin says first."),
        ("Marcus", "Fuel's up again, by the way. Eighteen percent since September."),
        (
            "Ingrid",
            "I know. We're not touching prices before January, the owners settled that.",
        ),
        ("Marcus", "Just saying."),
        ("Ingrid", "Noted. Okay. Wrap up warm, everyone."),
    ),
    actions=(
        Action("Dev", ("booking", "page"), TODAY),
        Action("Sofie", ("october", "sheets"), WEDNESDAY),
        Action("Marcus", ("hydrophone", "cable"), None),
        Action("Sofie", ("ask", "lin"), TODAY),
        Action("Dev", ("agency",), FRIDAY),
    ),
    decisions=(("warning", "booking"),),
    questions=(("weekday", "trips"),),
)


ICE_RINK = Meeting(
    name="ice_rink",
    lines=(
        ("Nadia", "Four days to opening, people. Let's go fast. Greg, the ice."),
        (
            "Greg",
            "So the chiller's been running since Thursday, we've got about an inch and a half "
            "down. I want two by Wednesday, then the lines, then the seal coat.",
        ),
        ("Nadia", "And we're on track?"),
        (
            "Greg",
            "If it stays below ten degrees, yeah. If we get that warm spell they keep talking "
            "about, it's tight.",
        ),
        ("Nadia", "Okay. Fingers crossed, then."),
        (
            "Greg",
            "The resurfacer blade needs sharpening before Friday. The guy's coming Thursday, "
            "that's booked.",
        ),
        (
            "Yuki",
            "Bookings. Opening night's sold out, all four sessions. Schools are the issue - "
            "eleven school groups want weekday mornings in December and we open at eleven.",
        ),
        ("Nadia", "How many kids are we talking?"),
        ("Yuki", "Around six hundred, all in."),
        ("Olu", "I can't staff mornings. Most of my marshals are students, they've got lectures."),
        ("Nadia", "Could we do two mornings a week? Say Tuesday and Thursday?"),
        ("Olu", "Two I could maybe do. If I hire three more people."),
        (
            "Nadia",
            "Then let's do that. Tuesday and Thursday mornings for schools, from the first of "
            "December.",
        ),
        ("Olu", "Okay, I'll put the job ad up today for three marshals."),
        ("Yuki", "And I'll write back to the schools with the two days by Wednesday."),
        (
            "Greg",
            "Skate hire. A lot of the size nine boots from last year have got rusted blades.",
        ),
        ("Nadia", "Can we sharpen rather than replace?"),
        ("Greg", "Not rust like that, no. Twenty-two pairs, I counted Saturday."),
        ("Nadia", "Fine. Greg, order twenty-two new pairs of boots from the usual place."),
        ("Greg", "Will do, but they take a week, so we'll be short on nines for opening."),
        (
            "Olu",
            "Tree lighting. The councillor's office confirmed six-thirty on Friday, she'll say "
            "a few words before the first skate.",
        ),
        ("Greg", "Six-thirty? We had six on the posters."),
        ("Nadia", "Ugh. Yeah, the posters are wrong now. Can we fix them?"),
        ("Yuki", "They're printed. Three hundred of them, up all over the neighbourhood."),
        (
            "Nadia",
            "Then we're not reprinting. We'll change it on the website and socials and "
            "announce it on the PA.",
        ),
        ("Olu", "I'll do the website and socials, I'm on there anyway."),
        ("Olu", "Also, helmets. Are we making them compulsory for under-twelves?"),
        (
            "Nadia",
            "The insurer recommends it, so yes. Compulsory for under-twelves, free to borrow. "
            "I'll ask the insurer for that in writing tomorrow.",
        ),
        ("Greg", "Then we need more helmets. We've got forty."),
        ("Nadia", "Is forty enough for a busy Saturday?"),
        ("Yuki", "No idea, honestly. We've never counted kids per session."),
        ("Nadia", "Okay, we'll see what opening weekend looks like. Right. Four days. Go."),
    ),
    actions=(
        Action("Olu", ("job", "ad"), TODAY),
        Action("Yuki", ("schools",), WEDNESDAY),
        Action("Greg", ("boots",), None),
        Action("Olu", ("website",), None),
        Action("Nadia", ("insurer",), TOMORROW),
    ),
    decisions=(
        ("schools", "mornings"),
        ("not", "reprinting"),
        ("compulsory",),
    ),
    questions=(("forty", "enough"),),
)


REFURB_SHOP = Meeting(
    name="refurb_shop",
    lines=(
        ("Joost", "Okay, Black Friday week. Let's keep it tight. Amira, grading."),
        (
            "Amira",
            "We've got about four hundred units ungraded. At this pace that's, um, nine days? "
            "We won't get through it before Friday.",
        ),
        ("Joost", "What if we pull Sem and Julia off packing for two days?"),
        ("Amira", "Then packing falls behind instead. Black Friday orders need packing too."),
        ("Lotte", "Could we just grade the MacBooks first? They're what actually sells."),
        ("Amira", "Yes, that works. MacBooks first, then phones, ThinkPads last."),
        ("Joost", "Agreed."),
        (
            "Lotte",
            "Back Market. Our account got flagged on Thursday for - their words - too many "
            "'not as described' claims.",
        ),
        ("Joost", "How many?"),
        (
            "Lotte",
            "Eleven in October. Mostly the grade B iPhone 12s. People think B means scratches, "
            "not a dent.",
        ),
        ("Kwame", "I've been saying this for months. Our grade descriptions are vague."),
        (
            "Joost",
            "Okay, so we rewrite the grade descriptions. Kwame, you see the complaints, can you "
            "do a draft?",
        ),
        ("Kwame", "I can draft them by Wednesday. Lotte has to put them on the listings, though."),
        (
            "Lotte",
            "That's about three thousand listings. Fine, I'll bulk-edit the listings on Thursday.",
        ),
        (
            "Joost",
            "And Back Market wants a remediation plan from us by the end of the week.",
        ),
        ("Lotte", "I'll write that, I've got the login anyway."),
        (
            "Kwame",
            "Batteries. The supplier in Shenzhen missed the shipment again. Thirty MacBooks "
            "are waiting on batteries.",
        ),
        ("Joost", "Do we sell them with the old batteries and a discount?"),
        ("Amira", "Anything under eighty percent health we've never sold. I don't want to start."),
        ("Joost", "No, you're right. Forget I said it."),
        ("Kwame", "Is there a second supplier we could try?"),
        ("Amira", "There's one in Poland, but I've no idea about their quality."),
        (
            "Joost",
            "I'll order a sample batch from the Polish one this week, ten batteries, and we "
            "test them.",
        ),
        (
            "Kwame",
            "I'll email the customers who pre-ordered those thirty today, so nobody's surprised.",
        ),
        ("Lotte", "Christmas shipping cutoff. Do we say the 20th or the 22nd on the site?"),
        (
            "Kwame",
            "PostNL says the 21st for guaranteed. Last year we said the 22nd and it was a "
            "disaster.",
        ),
        ("Joost", "Then the cutoff is the 20th, to be safe."),
        (
            "Kwame",
            "Data-wipe certificates. Can we send them per serial number? A business customer "
            "asked.",
        ),
        ("Amira", "Technically yes, the software makes one per device already."),
        ("Joost", "Is it something the customer would pay for?"),
        ("Kwame", "I don't know. They didn't say."),
        ("Joost", "Let's leave it until after Black Friday. Okay. Go sell some laptops."),
    ),
    actions=(
        Action("Kwame", ("draft",), WEDNESDAY),
        Action("Lotte", ("listings",), THURSDAY),
        Action("Lotte", ("remediation", "plan"), END_OF_WEEK),
        Action("Joost", ("sample", "batch"), END_OF_WEEK),
        Action("Kwame", ("email", "customers"), TODAY),
    ),
    decisions=(
        ("macbooks", "first"),
        ("cutoff", "20th"),
    ),
    questions=(("customer", "pay"),),
)


TUTORING_PLATFORM = Meeting(
    name="tutoring_platform",
    lines=(
        ("Ananya", "Hi all, can everyone hear me? Karthik, you're on mute. ... There we go."),
        ("Karthik", "Sorry, sorry. Go ahead."),
        ("Ananya", "Okay. Rohan, numbers first."),
        (
            "Rohan",
            "So class twelve physics demand is up forty percent on last month, and we're short "
            "maybe sixty tutors in the evening slots. Maths is fine.",
        ),
        (
            "Meera",
            "We've got about ninety physics applicants sitting in the pipeline. The background "
            "checks are the bottleneck.",
        ),
        (
            "Karthik",
            "The vendor's taking nine days now. It used to be three. I complained on Friday, "
            "they said staff shortage.",
        ),
        (
            "Ananya",
            "Can we let tutors start before the check comes back? Supervised, maybe, with "
            "recorded sessions?",
        ),
        (
            "Karthik",
            "With minors? No. I'm not comfortable with that at all, and legal won't be either.",
        ),
        ("Ananya", "Fair enough, forget it."),
        (
            "Karthik",
            "What I can do is get the vendor's priority lane for the physics batch. They've "
            "offered it before, for a fee.",
        ),
        ("Ananya", "How much?"),
        ("Karthik", "Something like two hundred rupees extra per check, I think."),
        ("Ananya", "Do it. We pay for the priority lane, physics applicants only."),
        ("Karthik", "Okay, I'll set up the priority lane with them tomorrow."),
        ("Rohan", "No-shows. The tutor no-show rate went from two percent to five in November."),
        ("Ananya", "Five? Why?"),
        (
            "Rohan",
            "Mostly new tutors. I think - I'm not sure - it's the calendar sync bug, slots "
            "showing free when they're not.",
        ),
        ("Karthik", "Has anyone told the product team?"),
        ("Rohan", "I raised a ticket last Tuesday. Nothing back."),
        ("Ananya", "I'll escalate the ticket to Vikram today, he owes me one."),
        ("Meera", "Do tutors still get paid for the sessions they missed?"),
        ("Rohan", "No, never. That's in the tutor agreement."),
        (
            "Karthik",
            "Ratings. We found three tutors with, uh, suspicious five-star streaks. Same parent "
            "accounts rating them again and again.",
        ),
        ("Ananya", "Fake accounts?"),
        ("Karthik", "Looks like relatives. I've suspended all three pending review."),
        ("Ananya", "Okay. Finish the review by next Wednesday and send me what you find."),
        ("Karthik", "Sure."),
        (
            "Meera",
            "Payouts. Tutors keep messaging me about the November payout. It was meant to go "
            "out on the 20th.",
        ),
        ("Rohan", "Finance moved it to the 25th. It was in the tutor newsletter."),
        ("Meera", "Nobody reads the newsletter."),
        (
            "Ananya",
            "Meera, can you send an SMS to all active tutors today with the new date?",
        ),
        ("Meera", "Will do."),
        (
            "Rohan",
            "One open thing: do we want a separate pay rate for evening physics slots? It might "
            "pull in more tutors.",
        ),
        ("Ananya", "Maybe. Finance would have to weigh in. Let's not decide that today."),
        ("Rohan", "I'll model what it would cost anyway, by Friday."),
        ("Ananya", "Perfect. Thanks, everyone."),
    ),
    actions=(
        Action("Karthik", ("priority", "lane"), TOMORROW),
        Action("Ananya", ("escalate", "ticket"), TODAY),
        Action("Karthik", ("review",), NEXT_WEDNESDAY),
        Action("Meera", ("sms",), TODAY),
        Action("Rohan", ("model", "cost"), FRIDAY),
    ),
    decisions=(("priority", "lane"),),
    questions=(("separate", "pay", "rate"),),
)


MEETINGS = (
    CLIMBING_CENTRE,
    RIDING_STABLES,
    CANYONING_GUIDES,
    ROOFING_CONTRACTOR,
    BUILDING_SURVEYORS,
    HOLIDAY_PARK,
    WHALE_WATCHING,
    ICE_RINK,
    REFURB_SHOP,
    TUTORING_PLATFORM,
)
