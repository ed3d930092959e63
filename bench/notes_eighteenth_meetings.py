"""Eighteenth meetings for the notes rules: another blind set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a ceramics factory shift meeting, a city tour company guides
meeting, a bookshop staff meeting, an ambulance station crew briefing, a kitchen fitting
company installers meeting, a women's football club committee, a recruitment agency desk
meeting, a seed bank volunteers meeting, a print magazine ad operations call and a village hall
committee. People talk as they do at work: fillers, asides, commitments in many forms, due
dates in many forms or none. The labels are what a careful note-taker would write down; past
work, hypotheticals, hedges, requests nobody takes, answered questions, reported speech, jokes
and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this morning", "this afternoon"
and "after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one
("Saturday" is 28 November, "Sunday" the 29th), "next Wednesday" and "next Friday" are those of
next week, a period ("this week", "the end of next week", "the end of the month") is due on its
last day, Sunday for weeks, and "soon" or no time said has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_WEDNESDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


CERAMICS_SHIFT = Meeting(
    name="ceramics_shift",
    lines=(
        ("Gareth", "Right, morning all, let's crack on. Kiln two first."),
        (
            "Mandy",
            "It tripped again about four this morning. The thermocouple "
            "reading was jumping all over the place.",
        ),
        (
            "Owen",
            "Same thing happened in September, and that time it turned out to "
            "be the controller board, not the thermocouple.",
        ),
        (
            "Gareth",
            "Well, the thermocouple's cheaper to try first. Owen, can you "
            "swap it this morning and see if it holds?",
        ),
        ("Owen", "Yeah, I'll swap the thermocouple straight after this."),
        (
            "Mandy",
            "We lost about half a load of the blue glaze mugs as well, they've come out crazed.",
        ),
        ("Priya", "Were those from the new glaze batch?"),
        ("Mandy", "No, the old batch, so it's the firing, not the glaze."),
        ("Lewis", "If we refired them we might save a few of them."),
        ("Mandy", "The last time we tried that, half of them cracked in the kiln."),
        ("Gareth", "Yeah, no. We write off the crazed mugs, we're not refiring them."),
        ("Gareth", "Priya, where are we on the Harrow order?"),
        (
            "Priya",
            "Forty plates short. Casting's fine, it's fettling "
            "that's behind since Jan went off sick.",
        ),
        ("Gareth", "Lewis, could you get the forty Harrow plates fettled by Wednesday?"),
        ("Lewis", "Should be doable, yeah."),
        (
            "Priya",
            "Then it can't go Tuesday like we said. I'll ring their buyer tomorrow and tell them.",
        ),
        ("Gareth", "Okay, we ship the Harrow order Thursday then, all on one pallet."),
        (
            "Mandy",
            "The extractor in the spray booth is making that rattling noise again, by the way.",
        ),
        ("Owen", "It's been making that noise since about 2019."),
        (
            "Gareth",
            "Health and safety had a look last month and said it's fine till the spring service.",
        ),
        ("Lewis", "Famous last words."),
        (
            "Priya",
            "Do we know if the clay delivery is still coming Friday? "
            "The supplier hasn't confirmed anything.",
        ),
        ("Gareth", "No idea, honestly. Nobody's heard a thing."),
        ("Mandy", "And is there overtime this Saturday or not? People need to know for childcare."),
        (
            "Gareth",
            "That's the plant manager's call. I'll ask her about the overtime at the "
            "eleven o'clock and put it on the board this afternoon.",
        ),
        ("Gareth", "Right, that's it, kiln two's the priority. Let's go."),
    ),
    actions=(
        Action("Owen", ("thermocouple",), TODAY),
        Action("Lewis", ("harrow", "plates"), WEDNESDAY),
        Action("Priya", ("buyer",), TOMORROW),
        Action("Gareth", ("overtime",), TODAY),
    ),
    decisions=(
        ("write", "mugs"),
        ("ship", "thursday"),
    ),
    questions=(("clay", "delivery"),),
)


TOUR_GUIDES = Meeting(
    name="tour_guides",
    lines=(
        (
            "Rosa",
            "Okay, hi all, thanks for coming in, I know it's a day "
            "off for some of you. Three things.",
        ),
        (
            "Rosa",
            "First, the council closed the footbridge on Friday for repairs, so "
            "the river walk can't cross at the mill any more.",
        ),
        ("Hugo", "Yeah, I found that out the hard way on Saturday with twenty people behind me."),
        (
            "Kemi",
            "We could go round by the cathedral. It adds maybe ten minutes, but the square's nice.",
        ),
        (
            "Rosa",
            "Let's do that. From tomorrow the river walk goes round by "
            "the cathedral until the bridge reopens.",
        ),
        ("Tomasz", "Do we actually know when it reopens?"),
        ("Rosa", "The council said early in the new year, which could mean anything."),
        ("Rosa", "Hugo, can you update the route map on the website by Wednesday?"),
        ("Hugo", "Sure, I'll redo the map."),
        ("Ines", "The headsets. Three of the receivers died mid-tour last week."),
        ("Tomasz", "That's the old grey ones, the batteries just don't hold a charge any more."),
        ("Rosa", "Right, I'll order twenty new batteries this afternoon."),
        ("Kemi", "Honestly, we should just switch to an app. Everybody's got a phone."),
        ("Rosa", "Maybe next season. Not in December."),
        ("Ines", "Christmas market tours. Are we doing the mulled wine stop or not?"),
        ("Rosa", "Yes, the owner at Kessler's agreed last week, it's already on the booking page."),
        ("Tomasz", "Who's leading the first one?"),
        ("Kemi", "I'll lead the market tour on Saturday, I know the layout better than anyone."),
        ("Hugo", "If it rains like last year there'll be nobody on it anyway."),
        ("Ines", "One more thing, the review from the family who said we started late."),
        ("Rosa", "I saw it. I'll reply to that one myself, not you, Ines."),
        ("Ines", "Thank you, I was dreading it."),
        (
            "Tomasz",
            "Are we getting paid for the training day in December, or is it voluntary again?",
        ),
        ("Rosa", "Good question. I genuinely don't know, that's for head office."),
        ("Rosa", "Okay, that's everything. Thanks, everyone."),
    ),
    actions=(
        Action("Hugo", ("route", "map"), WEDNESDAY),
        Action("Rosa", ("batteries",), TODAY),
        Action("Kemi", ("market", "tour"), SATURDAY),
        Action("Rosa", ("reply",), None),
    ),
    decisions=(("cathedral",),),
    questions=(
        ("bridge", "reopens"),
        ("training", "paid"),
    ),
)


BOOKSHOP_STAFF = Meeting(
    name="bookshop_staff",
    lines=(
        ("Helen", "Right, let's be quick, we open at half ten. The window first."),
        (
            "Bea",
            "I've got the paper snowflakes half done. I was thinking "
            "the whole window could be winter reading.",
        ),
        ("Sanjay", "Last year we did the cats theme and it sold nothing, so anything's better."),
        ("Helen", "Ha. Okay, we go with winter reading for the window."),
        ("Helen", "Bea, can you have the window finished by Thursday?"),
        ("Bea", "Thursday's fine."),
        ("Callum", "Returns. We've got four boxes of the Fenwick memoir going back."),
        ("Helen", "Has the returns authorisation come through?"),
        ("Callum", "Yes, it came on Friday."),
        ("Helen", "Then Callum, book the courier for them, this week if you can."),
        ("Callum", "Will do."),
        (
            "Sanjay",
            "The card machine dropped out twice on Saturday. I had "
            "to do a sale on the old paper slips.",
        ),
        ("Helen", "Again? I rang them about it last month and they swore they'd fixed it."),
        ("Sanjay", "I can ring the card provider again if you like."),
        ("Helen", "Please, today if possible."),
        ("Bea", "Are we doing late opening on Thursdays in December?"),
        ("Helen", "Head office hasn't decided yet."),
        ("Callum", "Also, somebody keeps leaving the back door on the latch."),
        ("Helen", "That's probably me, to be fair."),
        (
            "Helen",
            "Stocktake's the 3rd, same as every year, that was "
            "fixed back in January. Pizza's on me.",
        ),
        (
            "Sanjay",
            "Could we get a second person on Sunday afternoons? "
            "It's been mad since the market started.",
        ),
        ("Helen", "Yes, let's do that. From this Sunday there'll be two on the till after twelve."),
        ("Helen", "I'll redo the rota tonight."),
        ("Callum", "Does anyone know if the Fenwick sequel's coming out in hardback?"),
        ("Bea", "Paperback, the rep told me last week."),
        ("Helen", "Okay, doors in ten minutes."),
    ),
    actions=(
        Action("Bea", ("window",), THURSDAY),
        Action("Callum", ("courier",), END_OF_WEEK),
        Action("Sanjay", ("card", "provider"), TODAY),
        Action("Helen", ("rota",), TODAY),
    ),
    decisions=(
        ("winter", "reading"),
        ("two", "till"),
    ),
    questions=(("late", "opening"),),
)


AMBULANCE_BRIEFING = Meeting(
    name="ambulance_briefing",
    lines=(
        ("Dana", "Morning. Day shift briefing, let's keep it to ten minutes."),
        ("Dana", "Vehicle fourteen is off the road, the tail lift failed on the night shift."),
        ("Mike", "Yeah, that was us, we had to get the patient down by hand at half two."),
        (
            "Dana",
            "Fleet said they can collect it Wednesday. Joe, can you make "
            "sure it's cleaned and the kit's out before then?",
        ),
        ("Joe", "Yep, I'll clean fourteen and strip the kit out tomorrow morning."),
        ("Leanne", "Where does that leave us for vehicles?"),
        ("Dana", "We're running with the spare from Northgate till fourteen's back."),
        (
            "Dana",
            "Drug box. The controlled drugs register on the second "
            "vehicle had a missed signature on Saturday.",
        ),
        ("Farah", "That was probably me, sorry. We got sent straight back out."),
        (
            "Dana",
            "It happens, but the trust's rule is clear. Farah, fill in "
            "the incident form for it today, please.",
        ),
        ("Farah", "Will do."),
        ("Mike", "Handovers at the General were over an hour again yesterday."),
        ("Leanne", "An hour forty for us. We sat in the corridor with a lady of ninety."),
        (
            "Dana",
            "I've raised it with the duty manager twice. They said if it keeps "
            "up they'd send a liaison officer, but who knows.",
        ),
        (
            "Dana",
            "So from today every crew logs every handover over thirty minutes on the delay sheet.",
        ),
        ("Joe", "Is the new stretcher training still happening?"),
        (
            "Dana",
            "It is, the trainer's coming next Wednesday, and everyone has "
            "to have done it before the stretchers go live.",
        ),
        ("Mike", "Is that in work time or our own time?"),
        ("Dana", "I've asked. No answer yet."),
        (
            "Dana",
            "Leanne, you're due your driving reassessment, get it "
            "booked before the end of the month.",
        ),
        ("Leanne", "Okay, I'll sort it."),
        ("Farah", "And the coffee machine's broken again."),
        ("Mike", "Now that's the real emergency."),
        ("Dana", "Right, stay safe, radios on."),
    ),
    actions=(
        Action("Joe", ("kit",), TOMORROW),
        Action("Farah", ("incident", "form"), TODAY),
        Action("Leanne", ("driving", "reassessment"), END_OF_MONTH),
    ),
    decisions=(("handover", "delay"),),
    questions=(("work", "time"),),
)


KITCHEN_INSTALLERS = Meeting(
    name="kitchen_installers",
    lines=(
        ("Steve", "Morning, lads, morning, Kasia. Jobs for the week, then a couple of bits."),
        (
            "Darren",
            "Before that, the Patel job. The worktop came in twenty mil short on the long run.",
        ),
        (
            "Amir",
            "I measured that one myself, so either the template's "
            "wrong or the factory cut it wrong.",
        ),
        (
            "Nell",
            "I checked the order sheet, it says three thousand and "
            "forty, which is exactly what Amir wrote.",
        ),
        (
            "Steve",
            "So it's the factory. Nell, can you get on to them today and get a recut ordered?",
        ),
        ("Nell", "Yep, I'll ring them after this."),
        ("Darren", "Mrs Patel's not going to be happy, she's got family coming for Christmas."),
        (
            "Steve",
            "Darren, go round tomorrow and fit a temporary worktop "
            "so at least she's got a working sink.",
        ),
        ("Darren", "Fine, I've got an offcut of the oak in the van that'll do."),
        ("Kasia", "The Hendry job on Castle Road. The units still haven't arrived."),
        (
            "Steve",
            "Supplier says Thursday now. If they don't turn up Thursday, "
            "we'd move you onto the Bakers' bathroom.",
        ),
        ("Amir", "If they keep letting us down we should use Hallmark for the carcasses."),
        ("Steve", "Maybe. We tried Hallmark a couple of years back and their doors were rubbish."),
        ("Kasia", "Just saying."),
        ("Steve", "Vans. Amir, yours is overdue for its service."),
        (
            "Amir",
            "I know. I'll get the van serviced next Friday, I'm off the tools that day anyway.",
        ),
        (
            "Nell",
            "And the tip. The council's changed the rules, trade waste "
            "needs a permit from the first of December.",
        ),
        (
            "Steve",
            "Right, so from now on nobody takes old units to the tip, "
            "everything goes in the skip at the yard.",
        ),
        ("Darren", "Who's emptying the skip, though? It's already full of Kasia's packaging."),
        ("Kasia", "Oi."),
        ("Steve", "I'll sort a skip swap with Greenway this week."),
        ("Kasia", "Can we get a second pair of hands on the Hendry job? The island's massive."),
        ("Steve", "I can't answer that until I know whether the units turn up."),
        ("Steve", "Alright, go on, get out there. Careful on the roads, it's icy."),
    ),
    actions=(
        Action("Nell", ("recut",), TODAY),
        Action("Darren", ("temporary", "worktop"), TOMORROW),
        Action("Amir", ("van", "serviced"), NEXT_FRIDAY),
        Action("Steve", ("skip", "swap"), END_OF_WEEK),
    ),
    decisions=(("skip", "yard"),),
    questions=(("second", "pair"),),
)


WOMENS_FOOTBALL_COMMITTEE = Meeting(
    name="womens_football_committee",
    lines=(
        ("Claire", "Okay, let's start. Apologies from Laura, she's got a stinking cold."),
        (
            "Claire",
            "Item one, the pitch. The council double-booked us with "
            "the under-twelves boys on Sunday again.",
        ),
        ("Becky", "Third time this season. Last time we ended up warming up in the car park."),
        (
            "Nadia",
            "I'll email the bookings officer today and ask for it in "
            "writing that Sunday mornings are ours.",
        ),
        ("Jo", "Might be worth copying in the councillor, the one who came to the cup final."),
        ("Nadia", "Good shout, I'll copy her in."),
        (
            "Claire",
            "Item two, the sponsor. Finlay's Garage have offered "
            "five hundred towards the new home shirts.",
        ),
        ("Shona", "Is that enough? The last kit cost us nearly nine hundred."),
        ("Jo", "We've got about six hundred in the kit fund, so between them we're covered."),
        ("Claire", "Any objections? No? Right, we accept Finlay's offer for the home shirts."),
        ("Claire", "Shona, can you get three quotes for the shirts by next Friday?"),
        ("Shona", "Yes, I'll ask the usual two places and that new one in Leith."),
        ("Jo", "Subs. Eleven players are still behind for October."),
        (
            "Becky",
            "A couple of them are students, they genuinely can't pay till their loans come in.",
        ),
        ("Jo", "I'm not chasing students, but the rest need a nudge."),
        ("Becky", "I'll remind the others about subs at training on Wednesday."),
        ("Claire", "Do we want a proper hardship policy, so it's not just case by case?"),
        ("Jo", "I think we do, but I don't want to decide that without Laura here."),
        ("Shona", "Christmas do. The Crown can't do the 12th any more."),
        (
            "Claire",
            "Honestly, let's just have it at the clubhouse, it's cheaper and nobody needs a taxi.",
        ),
        ("Becky", "The heating in the clubhouse is broken, mind."),
        (
            "Nadia",
            "Last year at the Crown someone's boyfriend set off the "
            "fire alarm, so maybe that's for the best.",
        ),
        ("Claire", "And we still need a new welfare officer now Pam's stepped down."),
        ("Nadia", "The FA said we have to have one in post before the league deadline."),
        ("Claire", "Anyone?"),
        ("Shona", "Don't look at me."),
        ("Claire", "Okay, we'll have to come back to that one. Meeting closed, thanks all."),
    ),
    actions=(
        Action("Nadia", ("email", "bookings"), TODAY),
        Action("Shona", ("quotes", "shirts"), NEXT_FRIDAY),
        Action("Becky", ("remind", "subs"), WEDNESDAY),
    ),
    decisions=(
        ("accept", "offer"),
        ("clubhouse",),
    ),
    questions=(
        ("hardship", "policy"),
        ("welfare", "officer"),
    ),
)


RECRUITMENT_DESK = Meeting(
    name="recruitment_desk",
    lines=(
        ("Marcus", "Morning, team. Numbers first, then the Brennan roles."),
        ("Tasha", "I placed the site manager with Corbett on Friday, he starts in January."),
        ("Marcus", "Nice one. Invoice goes out when he starts, as usual."),
        (
            "Ollie",
            "I've got three interviews this week for the Brennan forklift "
            "roles, but two candidates have gone quiet.",
        ),
        (
            "Marcus",
            "Chase those two candidates today, and if they don't come back by tomorrow, drop them.",
        ),
        ("Ollie", "Will do."),
        (
            "Deepa",
            "Brennan also asked whether we can do a temp-to-perm "
            "rate for the warehouse supervisors.",
        ),
        ("Marcus", "What did you tell them?"),
        ("Deepa", "That I'd check with you."),
        (
            "Marcus",
            "Fine. We'll offer temp-to-perm at fifteen percent, not "
            "the usual twenty, for Brennan only.",
        ),
        ("Deepa", "Great, I'll send them the revised terms by Wednesday."),
        (
            "Tasha",
            "The Hollis fee. They're still refusing to pay because the guy left after five weeks.",
        ),
        ("Marcus", "Our terms have a six-week rebate period, so technically they've got a point."),
        ("Tasha", "So do we refund them or not?"),
        ("Marcus", "I'd rather not decide that till I've read the contract properly."),
        ("Marcus", "I'll read the Hollis contract tonight."),
        (
            "Ollie",
            "The CRM's full of duplicates again, I found the same bloke in there four times.",
        ),
        ("Deepa", "Someone should do a proper clean-up of it."),
        ("Marcus", "Someone should, yeah."),
        ("Tasha", "Apparently if we got the premium tier it dedupes automatically."),
        (
            "Marcus",
            "Targets for December are the same as November, head office confirmed that on Friday.",
        ),
        ("Ollie", "Are we doing the Christmas cut-off on the 18th again?"),
        ("Marcus", "Yes, nobody starts after the 18th, that's been policy for years."),
        ("Marcus", "Alright, get on the phones."),
    ),
    actions=(
        Action("Ollie", ("chase", "candidates"), TODAY),
        Action("Deepa", ("revised", "terms"), WEDNESDAY),
        Action("Marcus", ("hollis", "contract"), TODAY),
    ),
    decisions=(("fifteen", "percent"),),
    questions=(("refund",),),
)


SEED_BANK_VOLUNTEERS = Meeting(
    name="seed_bank_volunteers",
    lines=(
        (
            "Ruth",
            "Thanks for coming, everyone, there's tea in the pot. Let's go through where we are.",
        ),
        (
            "Ade",
            "Germination tests on the runner beans are done. Ninety-two "
            "percent, which is better than last year.",
        ),
        ("Martin", "The tomatoes are worse. The Gardener's Delight only got sixty percent."),
        (
            "Ruth",
            "Sixty? Hmm. Then we don't send it out in the swap this year, we regrow it first.",
        ),
        ("Martin", "I'll put it on the spring sowing list."),
        ("Lily", "The dehumidifier in the drying room is making a clicking noise."),
        ("Sven", "It did that two winters ago and then it just died on us."),
        ("Ruth", "Could someone find out what a replacement would cost?"),
        ("Sven", "I'll price up a replacement by Thursday, I've got the model number on my phone."),
        (
            "Ruth",
            "The seed swap is on the 5th, so the packing needs to be done by the end of next week.",
        ),
        ("Ruth", "Lily, are you happy to lead on packing?"),
        ("Lily", "Yes, happy to."),
        ("Ade", "I'll help if I'm not at my daughter's."),
        (
            "Martin",
            "The catalogue spreadsheet's been a mess since Graham left. "
            "Half the accession numbers don't match the jars.",
        ),
        ("Ruth", "Graham did things his own way, bless him."),
        ("Ruth", "Martin, could you go through the accession numbers before the swap?"),
        ("Martin", "I can't take that on before Christmas, sorry, not with the grandkids here."),
        ("Lily", "Did the freezer alarm go off again last week? I saw a note on the door."),
        (
            "Ruth",
            "It did on Tuesday, but the door just wasn't shut "
            "properly, it never got above minus fifteen.",
        ),
        ("Sven", "Should we be keeping the onion seed in the freezer at all, or just the fridge?"),
        ("Ruth", "I honestly don't know. The guidance I've seen says both."),
        ("Ade", "Are we getting the grant renewal?"),
        ("Ruth", "We heard on Friday, yes, three more years."),
        ("Sven", "Three more years of this tea, then."),
        ("Ruth", "Okay, top up your tea and let's get on."),
    ),
    actions=(
        Action("Martin", ("sowing", "list"), None),
        Action("Sven", ("replacement",), THURSDAY),
        Action("Lily", ("packing",), END_OF_NEXT_WEEK),
    ),
    decisions=(("regrow",),),
    questions=(("onion", "freezer"),),
)


MAGAZINE_AD_OPS = Meeting(
    name="magazine_ad_ops",
    lines=(
        ("Karen", "Hi everyone, can you all hear me? Pete, you're on mute."),
        ("Pete", "Sorry. Yes, I'm here."),
        (
            "Karen",
            "Okay, the January issue. Ad copy deadline is Friday and we're "
            "still missing artwork from four advertisers.",
        ),
        (
            "Dev",
            "Two of those are mine, Holbrook Watches and the cruise "
            "people. Holbrook promised theirs by Wednesday.",
        ),
        ("Karen", "Dev, keep on at them and get both artwork files in by Wednesday."),
        ("Dev", "Yep."),
        (
            "Lucy",
            "The other two are mine. Actually the garden centre ad came "
            "in this morning, so it's just the hotel now.",
        ),
        (
            "Pete",
            "The garden centre one has no bleed. I looked at it at "
            "eight, it's cropped right to the trim.",
        ),
        ("Lucy", "Ugh. I'll send it back to their agency today with the spec sheet."),
        (
            "Raj",
            "Speaking of the spec sheet, it still has the old page size from before the redesign.",
        ),
        (
            "Karen",
            "Does it? That's embarrassing. Raj, can you update the spec "
            "sheet on the media kit page by tomorrow?",
        ),
        ("Raj", "Sure, tomorrow's fine."),
        (
            "Pete",
            "Inserts. The printer wants the final insert count by next "
            "Wednesday, otherwise they charge a rush fee.",
        ),
        ("Karen", "We've got the wine club and the bank confirmed, the third one's still a maybe."),
        ("Raj", "If the third one drops out, do we still pay for the polybag run?"),
        ("Karen", "Nobody knows, honestly, the contract's vague on that."),
        (
            "Karen",
            "Let's just say the insert count is two, and if the third one confirms it's a bonus.",
        ),
        ("Karen", "Pete, send the printer a count of two by next Wednesday."),
        ("Pete", "I'll let them know."),
        ("Lucy", "The hotel, by the way, said they might want to upgrade to a double-page spread."),
        ("Karen", "They said that in October too."),
        ("Dev", "Did accounts ever sort the invoice for the Marlow ad that ran twice?"),
        ("Karen", "Yes, the credit note went out last week."),
        (
            "Karen",
            "Last thing, we're moving these calls to Tuesdays from next "
            "week, Monday clashes with the sales meeting.",
        ),
        ("Karen", "Okay, thanks all."),
    ),
    actions=(
        Action("Dev", ("artwork", "files"), WEDNESDAY),
        Action("Lucy", ("agency",), TODAY),
        Action("Raj", ("spec", "sheet"), TOMORROW),
        Action("Pete", ("printer", "count"), NEXT_WEDNESDAY),
    ),
    decisions=(
        ("insert", "count"),
        ("tuesdays",),
    ),
    questions=(("polybag",),),
)


VILLAGE_HALL_COMMITTEE = Meeting(
    name="village_hall_committee",
    lines=(
        ("Margaret", "Right, I think we're all here, apart from Colin, who's in Tenerife."),
        ("Geoff", "Lucky man."),
        ("Margaret", "First, the roof. The leak over the stage is back after Thursday's rain."),
        (
            "Tom",
            "I went up on Saturday. It's the flashing round the chimney, not the tiles this time.",
        ),
        (
            "Anita",
            "The builder we used in 2022 did the flashing, didn't "
            "he? It ought to be under guarantee.",
        ),
        ("Tom", "Ten-year guarantee, I checked the paperwork."),
        ("Margaret", "Then Tom, can you get him back out to look at it this week?"),
        ("Tom", "I'll ring the builder tomorrow, he's never in on a Monday."),
        (
            "Geoff",
            "Hire fees. We haven't put them up since before Covid "
            "and the electricity bill has doubled.",
        ),
        (
            "Wendy",
            "If we put them up too much the toddler group will go to the school hall instead.",
        ),
        (
            "Geoff",
            "I'm proposing twelve pounds an hour, up from ten, "
            "with the toddler group staying at ten.",
        ),
        (
            "Margaret",
            "All in favour? That's carried. Twelve pounds an hour from "
            "January, and the toddler group stays at ten.",
        ),
        ("Geoff", "I'll write to all the regular hirers by the end of the month."),
        (
            "Anita",
            "The defibrillator pads expire in December, I noticed when I was checking the box.",
        ),
        ("Margaret", "Anita, would you order new ones?"),
        ("Anita", "Already on my list. I'll order the pads today."),
        ("Wendy", "Does the defibrillator need registering again with the ambulance service?"),
        ("Anita", "No, it's registered for good, I asked them in the summer."),
        (
            "Geoff",
            "Insurance renewal is due on the 15th. The broker has quoted eight percent more.",
        ),
        ("Tom", "Should we shop around?"),
        (
            "Geoff",
            "We could, but last time we switched we lost the "
            "no-claims discount and it cost us more.",
        ),
        (
            "Margaret",
            "So do we renew the insurance with the broker or shop "
            "around? I don't think we can settle it today.",
        ),
        (
            "Wendy",
            "And we still need a new trustee. Mrs Ellis's grandson said he might be interested.",
        ),
        (
            "Margaret",
            "Might is better than nothing. Wendy, can you invite him to the next meeting?",
        ),
        ("Wendy", "I'll invite him after church on Sunday."),
        (
            "Margaret",
            "Lovely. Any other business? No? Then I'll close the meeting. Same time next month.",
        ),
    ),
    actions=(
        Action("Tom", ("builder",), TOMORROW),
        Action("Geoff", ("hirers",), END_OF_MONTH),
        Action("Anita", ("pads",), TODAY),
        Action("Wendy", ("invite",), END_OF_WEEK),
    ),
    decisions=(("twelve", "pounds"),),
    questions=(("insurance",),),
)


MEETINGS = (
    CERAMICS_SHIFT,
    TOUR_GUIDES,
    BOOKSHOP_STAFF,
    AMBULANCE_BRIEFING,
    KITCHEN_INSTALLERS,
    WOMENS_FOOTBALL_COMMITTEE,
    RECRUITMENT_DESK,
    SEED_BANK_VOLUNTEERS,
    MAGAZINE_AD_OPS,
    VILLAGE_HALL_COMMITTEE,
)
