"""Nineteenth meetings for the notes rules: another blind set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: an airline cabin crew briefing, a student newspaper editorial
meeting, a packaging plant maintenance meeting, a wildlife rescue centre team meeting, a
co-working space community team, a furniture removals quote review, a regional blood bank
operations call, a primary school PTA committee, a mountain rescue team debrief and a web agency
sprint review. People talk as they do at work: fillers, asides, commitments in many forms, due
dates in many forms or none. The labels are what a careful note-taker would write down; past
work, hypotheticals, hedges, requests nobody takes, answered questions, reported speech, jokes
and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Monday" is
30 November, "Saturday" is 28 November), "next Friday" is that of next week, a vague period
("this week", "next week", "the end of the month") is due on its last day, Sunday for weeks,
and "soon" or no date said has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

CABIN_BRIEFING = Meeting(
    name="cabin_crew_briefing",
    lines=(
        (
            "Claire",
            "Morning everyone, let's get going, boarding's at ten forty. I'm Claire, "
            "I'll be your cabin manager today.",
        ),
        ("Claire", "So it's Manchester to Lisbon and back, two hours forty out, a bit less home."),
        ("Marco", "Is it the old config or the new seats?"),
        ("Claire", "New seats, one-eighty-six, so the galley's the small one at the front. Sorry."),
        (
            "Claire",
            "The captain said to expect some chop over the Bay of Biscay, maybe twenty minutes, "
            "she'll give us a call before it.",
        ),
        (
            "Priya",
            "Last week on the Faro we ran out of vegetarian meals by row twelve, it was carnage.",
        ),
        ("Claire", "Yeah, catering swear they've fixed the loading sheet. We'll see."),
        (
            "Claire",
            "So, for today: we'll do the bar service first, and duty free on the way back only.",
        ),
        ("Dan", "Fine by me, the duty free trolley is a nightmare in that galley anyway."),
        ("Claire", "Safety questions. Hannah, where's the nearest extinguisher to door two right?"),
        ("Hannah", "Overhead bin behind row one, right hand side, next to the PBE."),
        ("Claire", "Good. And Marco, what do you do if the slide fails to inflate?"),
        (
            "Marco",
            "Pull the manual inflation handle, and if that doesn't work, redirect to the next "
            "usable exit.",
        ),
        (
            "Claire",
            "Lovely. Priya, can you check the defibrillator seal and the first aid kit before "
            "boarding?",
        ),
        ("Priya", "Yep, I'll do that as soon as we're on."),
        (
            "Claire",
            "We've got a wheelchair passenger in fourteen C, and nobody seems to know if she "
            "needs an aisle chair at Lisbon.",
        ),
        ("Dan", "Ground might know, but they never answer the phone in Lisbon."),
        ("Claire", "Right, so that's still unknown. I'll keep an eye on it."),
        ("Hannah", "Also seat twenty-two D won't recline, I saw it on yesterday's tech log."),
        (
            "Claire",
            "I'll raise a cabin defect report for twenty-two D once we land this afternoon.",
        ),
        (
            "Marco",
            "If it's still broken on the way back we could just block the seat, couldn't we?",
        ),
        ("Claire", "We could, if we're not full. Let's see the loads at Lisbon."),
        ("Dan", "Speaking of paperwork, my door training expires at the end of the month."),
        (
            "Claire",
            "Dan, please get your recurrent door refresher booked before then, crewing won't "
            "roster you otherwise.",
        ),
        ("Dan", "I'll book the door refresher by Friday, promise."),
        ("Priya", "Can someone swap galleys with me on the return? My back's not great."),
        ("Hannah", "I can, I'll take the rear galley coming home."),
        (
            "Claire",
            "Thanks Hannah. Oh, and the company wants us to push the new app sign-ups, there's a "
            "leaflet in every seat pocket.",
        ),
        ("Marco", "Do we get commission on that? No? Shocking."),
        ("Claire", "Ha. Does anyone know when the new uniform fittings are happening?"),
        ("Priya", "They moved them to January, it was in Friday's crew notice."),
        (
            "Claire",
            "Okay. And remember the cabin secure check is done in pairs now, the safety team "
            "brought that in last month.",
        ),
        ("Claire", "Any questions? No? Let's go and have a good one."),
    ),
    actions=(
        Action("Priya", ("defibrillator", "seal"), TODAY),
        Action("Claire", ("defect", "report"), TODAY),
        Action("Dan", ("door", "refresher"), FRIDAY),
        Action("Hannah", ("rear", "galley"), TODAY),
    ),
    decisions=(("bar", "duty", "free"),),
    questions=(("aisle", "chair"),),
)

STUDENT_NEWSPAPER = Meeting(
    name="student_newspaper",
    lines=(
        ("Zoe", "Okay, can everyone grab a seat, we've got like forty minutes before my seminar."),
        ("Zoe", "First, the big one. The union elections piece. Liam, where are we?"),
        (
            "Liam",
            "I've got quotes from three of the four candidates. The fourth keeps ghosting me.",
        ),
        (
            "Liam",
            "I'll email her one last time today, and if nothing comes back we say she didn't "
            "respond.",
        ),
        ("Zoe", "Good. The elections go on the front page of the December issue, that's decided."),
        ("Aditi", "Wait, I thought the rent strike was the front?"),
        (
            "Zoe",
            "It was, but the rent strike thing fizzled out after the university caved, so it "
            "goes inside.",
        ),
        (
            "Aditi",
            "Fair. My features are mostly done. The one on the campus food bank needs photos "
            "though.",
        ),
        (
            "Tomasz",
            "I can shoot the food bank on Wednesday afternoon, they're open two till five.",
        ),
        (
            "Zoe",
            "Perfect. Last year we used a stock photo for that and got absolutely roasted in the "
            "comments.",
        ),
        (
            "Grace",
            "Can I raise the style guide thing? People are still writing Covid three different "
            "ways.",
        ),
        ("Zoe", "Ugh. Okay, from now on it's Covid, capital C, lower case the rest. Done."),
        ("Grace", "I'll update the style guide doc tonight and pin it in the Slack."),
        (
            "Liam",
            "Should we do a live blog for the election count? Like, if the result comes in late?",
        ),
        ("Zoe", "If we had the people, sure. Do we have the people?"),
        ("Liam", "Honestly, no idea who's around that night."),
        (
            "Zoe",
            "Let's park the live blog for now. I'll put a poll in the group chat tomorrow to see "
            "who's free on the fourth.",
        ),
        (
            "Aditi",
            "Also, the printer emailed. They've moved the print deadline up to the twenty-ninth "
            "because of the holidays.",
        ),
        ("Zoe", "Seriously? Okay, so all copy to Grace by Thursday, no exceptions."),
        ("Tomasz", "Does that include photo captions?"),
        ("Zoe", "Yes, captions too."),
        ("Grace", "I'll need the ad sizes from the business team as well."),
        ("Zoe", "I'll chase Mo for the ad sizes this week."),
        (
            "Liam",
            "Random, but did anyone find out if we're still allowed in the office over the break?",
        ),
        ("Zoe", "Estates haven't said. I've asked twice."),
        ("Tomasz", "If they lock us out I'm editing from my nan's kitchen again."),
        ("Zoe", "Ha. Okay, that's it, thanks everyone, go write things."),
    ),
    actions=(
        Action("Liam", ("email",), TODAY),
        Action("Tomasz", ("food", "bank"), WEDNESDAY),
        Action("Grace", ("style", "guide"), TODAY),
        Action("Zoe", ("poll",), TOMORROW),
        Action(None, ("copy",), THURSDAY),
        Action("Zoe", ("ad", "sizes"), END_OF_WEEK),
    ),
    decisions=(("front", "page"), ("covid", "capital")),
    questions=(("live", "blog"), ("office", "break")),
)

PACKAGING_MAINTENANCE = Meeting(
    name="packaging_maintenance",
    lines=(
        ("Gareth", "Right, let's crack on. Line three first, because that's where the pain is."),
        ("Rob", "The case erector on three jammed eleven times on Friday night shift. Eleven."),
        (
            "Jonno",
            "It's the vacuum cups. We swapped them in September and they've been rubbish since.",
        ),
        ("Gareth", "Have we got the old-style cups in stores?"),
        ("Sunita", "Four sets, I checked this morning."),
        ("Gareth", "Okay. Jonno, fit the old-style cups on line three at tomorrow's changeover."),
        ("Jonno", "Yeah, no problem, I'll swap the cups on the two o'clock changeover tomorrow."),
        (
            "Ewa",
            "While he's in there, the photo eye on the infeed is dirty again, that's half your "
            "jams probably.",
        ),
        ("Jonno", "I'll give the photo eye a clean while I'm there."),
        (
            "Gareth",
            "Now, the shrink tunnel on line one. The heater element quote came back at four grand.",
        ),
        ("Rob", "Four grand? We bought the whole tunnel for twelve."),
        (
            "Gareth",
            "I know. So we're not doing the full heater replacement this year, we'll patch the "
            "two dead elements and replace properly in the January shutdown.",
        ),
        ("Sunita", "I'll put the full replacement on the January shutdown list."),
        ("Ewa", "We can get the two elements from RS by Wednesday if someone orders today."),
        ("Sunita", "I'll raise the order for the elements after this."),
        ("Gareth", "Ewa, can you fit them when they land?"),
        ("Ewa", "I'll fit the elements Wednesday night, I'm on lates."),
        (
            "Rob",
            "Can we talk about the compressor? It's been short-cycling and production are "
            "getting twitchy.",
        ),
        ("Gareth", "Is it the unloader valve again?"),
        (
            "Ewa",
            "Could be, or the pressure switch. I'd want to put a logger on it before guessing.",
        ),
        (
            "Gareth",
            "Do that, put a logger on it this week and we'll look at the data next Monday.",
        ),
        ("Ewa", "Will do."),
        ("Jonno", "If the compressor goes, the whole site stops. Just saying."),
        ("Gareth", "Yes, thank you Jonno, very cheerful."),
        (
            "Rob",
            "Also the audit's coming. Do we know if the auditor wants the lockout records on "
            "paper or in the CMMS?",
        ),
        ("Sunita", "No one's told us. The last auditor wanted paper, but this is a new firm."),
        ("Gareth", "Then we don't know. Leave it open."),
        (
            "Sunita",
            "And PM compliance for October was ninety-one percent, up from eighty-six.",
        ),
        (
            "Gareth",
            "Good, better than the group average, which the ops director never stops mentioning.",
        ),
        (
            "Gareth",
            "Okay, last thing: the guard on the labeller. Somebody should look at why the "
            "interlock keeps tripping.",
        ),
        ("Rob", "Somebody meaning...?"),
        ("Gareth", "Fine, me. I'll look at the labeller interlock Thursday morning."),
        ("Gareth", "Right, that's us. Thanks all."),
    ),
    actions=(
        Action("Jonno", ("cups",), TOMORROW),
        Action("Jonno", ("photo", "eye"), TOMORROW),
        Action("Sunita", ("shutdown", "list"), None),
        Action("Sunita", ("order", "elements"), TODAY),
        Action("Ewa", ("fit", "elements"), WEDNESDAY),
        Action("Ewa", ("logger",), END_OF_WEEK),
        Action("Gareth", ("labeller", "interlock"), THURSDAY),
    ),
    decisions=(("patch", "elements"),),
    questions=(("lockout", "records"),),
)

WILDLIFE_RESCUE = Meeting(
    name="wildlife_rescue",
    lines=(
        (
            "Fiona",
            "Morning, thanks for squeezing in. Quick round of the wards and then a couple of bits.",
        ),
        (
            "Kwame",
            "Hedgehog unit's at thirty-one, which is mad for November. Mostly autumn juveniles "
            "under weight.",
        ),
        (
            "Beth",
            "Two of them have lungworm, they're on treatment, and the fly strike one from last "
            "week is doing well.",
        ),
        ("Fiona", "Are we going to run out of hutches?"),
        ("Kwame", "At this rate, by the weekend."),
        (
            "Fiona",
            "Okay, so decision: we stop taking non-urgent hedgehog admissions from today and "
            "refer them to Hedgehog Haven.",
        ),
        ("Oli", "They'll be thrilled, they're full too, I spoke to them Friday."),
        (
            "Fiona",
            "Then we refer anyway and let them triage. Oli, can you update the phone script for "
            "the volunteers?",
        ),
        ("Oli", "Yeah, I'll update the phone script this morning."),
        (
            "Beth",
            "The swan from the canal, the one with the fishing line, needs a recheck x-ray.",
        ),
        ("Beth", "I'll book the swan in with the practice for Thursday."),
        (
            "Kwame",
            "If it's not healed we might have to think about the long-term options. I don't "
            "want to go there yet.",
        ),
        ("Fiona", "No, let's not. Next, the two foxes."),
        (
            "Kwame",
            "They're ready. The landowner at Beech Farm said we can release on his land.",
        ),
        ("Fiona", "Great, we'll release them at Beech Farm next Wednesday evening then."),
        ("Oli", "Can I bring a couple of new volunteers to watch? They'd love it."),
        ("Fiona", "Maybe two, max. Don't make it a picnic."),
        (
            "Nadia",
            "On the money side, the Christmas appeal goes out next week. I need three animal "
            "stories with photos.",
        ),
        ("Kwame", "I'll write up the swan and a hedgehog by Friday."),
        ("Nadia", "And the third one?"),
        ("Beth", "The tawny owl, maybe, if she pulls through. Ask me Wednesday."),
        (
            "Nadia",
            "Also the council grant report is due at the end of the month. I'll need the "
            "admission numbers from you, Fiona.",
        ),
        ("Fiona", "I'll pull the admission numbers off the database on Wednesday."),
        (
            "Oli",
            "Does anyone know whether the new volunteers need the rabies jab, or is that just "
            "for bat handlers?",
        ),
        ("Beth", "Just bat handlers. Everyone else just needs tetanus."),
        ("Kwame", "Oh, and the walk-in freezer was making that noise again over the weekend."),
        ("Fiona", "That freezer is older than Oli."),
        ("Oli", "Rude. Accurate, but rude."),
        ("Fiona", "I'll ring the refrigeration guy this afternoon."),
        (
            "Nadia",
            "Are we doing the open day in spring again, or not after last year's parking fiasco?",
        ),
        ("Fiona", "Good question. I genuinely don't know, let's talk about it in January."),
        ("Fiona", "Okay, that's everything. Thanks all, go feed things."),
    ),
    actions=(
        Action("Oli", ("phone", "script"), TODAY),
        Action("Beth", ("swan",), THURSDAY),
        Action("Kwame", ("swan", "hedgehog"), FRIDAY),
        Action("Fiona", ("admission", "numbers"), WEDNESDAY),
        Action("Fiona", ("refrigeration",), TODAY),
    ),
    decisions=(("hedgehog", "admissions"), ("release", "beech", "farm")),
    questions=(("third",), ("open", "day")),
)

COWORKING_COMMUNITY = Meeting(
    name="coworking_community",
    lines=(
        ("Jess", "Hi all, let's do this quickly, the Monday coffee crowd is already queueing."),
        ("Jess", "Member numbers first. We're at two hundred and twelve, up six on last month."),
        ("Ravi", "And we lost three from the second floor, the design studio moved out Friday."),
        (
            "Jess",
            "Yeah, they said the space was great but they'd grown out of it, which is a nice "
            "problem.",
        ),
        (
            "Leonie",
            "Can I do events? The Christmas social is on the eleventh. The caterer's booked, I "
            "just need a DJ or a playlist.",
        ),
        ("Femi", "My cousin DJs. He's... enthusiastic."),
        ("Leonie", "Enthusiastic is what worries me."),
        ("Jess", "Let's just do a playlist this year, no DJ. Decision made."),
        ("Leonie", "Fine. I'll send the invite to all members tomorrow."),
        ("Ravi", "The meeting room system double-booked room B twice last week."),
        ("Ivo", "That's the calendar sync. It breaks whenever someone books from Outlook."),
        ("Jess", "Ivo, can you raise a ticket with the booking software people?"),
        (
            "Ivo",
            "I raised one on Thursday already. They said a fix is coming soon, whatever that "
            "means.",
        ),
        ("Jess", "Then chase them. By Wednesday, please, people are getting annoyed."),
        ("Ivo", "Okay, I'll chase the booking people by Wednesday."),
        (
            "Femi",
            "Front desk stuff: the parcel shelf is overflowing. People are getting sofas "
            "delivered here.",
        ),
        ("Jess", "Who gets a sofa delivered to a co-working space?"),
        ("Femi", "Desk forty-one. Twice."),
        (
            "Jess",
            "Okay, new rule from December: parcels over a certain size go back to the sender, "
            "and it goes in the house rules.",
        ),
        ("Femi", "I'll draft the wording for the house rules by Friday."),
        ("Ravi", "What's the size limit though? Like a shoebox? A carry-on suitcase?"),
        ("Jess", "Hm. Let's not decide that now."),
        (
            "Ravi",
            "Heating. The third floor is freezing in the mornings. The landlord says the boiler "
            "timer is set centrally.",
        ),
        ("Jess", "So we can't change it?"),
        ("Ravi", "We can request a change, it takes about two weeks apparently."),
        (
            "Jess",
            "Then request the timer change today, Ravi, we can't have people in coats at their "
            "desks.",
        ),
        ("Ravi", "Yep, doing it after this."),
        (
            "Leonie",
            "If it's still cold on the eleventh, the social's going to be a mulled wine situation.",
        ),
        ("Femi", "It's a mulled wine situation regardless."),
        (
            "Jess",
            "Last thing, the member survey. I'd love to run one before the end of the year, but "
            "honestly I don't know if we have time.",
        ),
        ("Leonie", "We said that last year as well."),
        ("Jess", "I know. Leave it with me, I'll think about it."),
        ("Jess", "Okay, thanks everyone. Go open the doors, Femi."),
    ),
    actions=(
        Action("Leonie", ("invite",), TOMORROW),
        Action("Ivo", ("chase", "booking"), WEDNESDAY),
        Action("Femi", ("house", "rules"), FRIDAY),
        Action("Ravi", ("timer",), TODAY),
    ),
    decisions=(("playlist",), ("parcels",)),
    questions=(("size", "limit"), ("member", "survey")),
)

REMOVALS_QUOTES = Meeting(
    name="removals_quote_review",
    lines=(
        (
            "Alan",
            "Right, quotes. We've got six open and two of them are big, so let's start with those.",
        ),
        (
            "Kerry",
            "The Hendersons, four-bed in Harrogate to Edinburgh. I surveyed it Thursday. About "
            "eleven hundred cubic feet, plus a piano.",
        ),
        ("Dev", "An upright or a grand?"),
        ("Kerry", "Upright, thank God. But it's up a flight of stone steps."),
        ("Alan", "What did we quote?"),
        ("Kerry", "Two thousand eight hundred, but that was before I saw the steps."),
        (
            "Alan",
            "We're not eating that. We'll add the piano surcharge and requote at three thousand "
            "one hundred.",
        ),
        ("Dev", "I'll send them the revised quote today, they're ready to book."),
        (
            "Shona",
            "What dates do they want? Because the first week of December is already rammed.",
        ),
        ("Kerry", "They said the eighth or ninth."),
        ("Shona", "The ninth works, I've got two crews that day."),
        ("Alan", "Pencil them in for the ninth then. Shona, hold the big Luton for them."),
        ("Shona", "Done, I'll put a provisional hold on it now."),
        ("Alan", "Next, the office move. Pryce Accounting. Dev?"),
        (
            "Dev",
            "They want it done over a weekend, forty desks, the server rack and their archive "
            "boxes.",
        ),
        (
            "Dev",
            "Their office manager said another firm once dropped a monitor stand down a lift "
            "shaft on them.",
        ),
        ("Alan", "Down a lift shaft? How?"),
        ("Dev", "Nobody knows. It's become a legend."),
        (
            "Alan",
            "Do we even want to touch the server rack? Our insurance might not cover IT kit.",
        ),
        (
            "Shona",
            "I think it's covered up to twenty grand but I'd need to check the policy wording.",
        ),
        ("Alan", "Check it then, before we send anything."),
        ("Shona", "I'll check the insurance with the broker by Wednesday."),
        (
            "Dev",
            "If it's not covered we could subcontract the rack to an IT mover, I know one in "
            "Leeds.",
        ),
        ("Alan", "Maybe. Let's see what the broker says first."),
        ("Alan", "The other four are small. Anything I need to know?"),
        (
            "Kerry",
            "The student one in Headingley wants a man and van price, but they keep changing "
            "the date.",
        ),
        ("Alan", "Leave it. If they come back with a firm date we'll quote."),
        (
            "Kerry",
            "Also, are we still doing free boxes with every quote over two grand? Marketing's "
            "been pushing it.",
        ),
        ("Alan", "Yes, that was agreed at the October meeting, it stays till the new year."),
        (
            "Dev",
            "One more, the Patels want a storage quote for three months, and our storage rate "
            "card isn't current.",
        ),
        (
            "Alan",
            "Yeah, it's been out of date since the container price went up. Kerry, can you "
            "update the storage rate card by next Friday?",
        ),
        ("Kerry", "Next Friday, yep, fine."),
        (
            "Dev",
            "And do we know what we're doing about the fuel surcharge in January? Customers are "
            "asking.",
        ),
        ("Alan", "Honestly, no. Depends on diesel. We'll have to see."),
        ("Alan", "Right, good. Let's get some of these booked."),
    ),
    actions=(
        Action("Dev", ("revised", "quote"), TODAY),
        Action("Shona", ("provisional", "hold"), TODAY),
        Action("Shona", ("insurance", "broker"), WEDNESDAY),
        Action("Kerry", ("storage", "rate", "card"), NEXT_FRIDAY),
    ),
    decisions=(("piano", "surcharge"), ("ninth",)),
    questions=(("fuel", "surcharge"),),
)

BLOOD_BANK = Meeting(
    name="blood_bank_operations",
    lines=(
        (
            "Mei",
            "Morning, can everyone hear me? Andrew, you're on mute. There we go.",
        ),
        ("Mei", "Stock first, please."),
        (
            "Andrew",
            "O negative is at four point one days, A negative at five, everything else is above "
            "six.",
        ),
        (
            "Andrew",
            "Platelets are tight, we had two hospital requests over the weekend we only "
            "part-filled.",
        ),
        ("Mei", "Four days on O neg isn't great going into December."),
        (
            "Sofia",
            "We've got the extra session at the Leisure Centre on Thursday, that should help.",
        ),
        ("Mei", "Can we push an O negative text appeal before Thursday?"),
        ("Sofia", "I'll send the O neg donor text appeal tomorrow morning."),
        ("Joel", "Transport: the Northgate van failed its MOT on Friday. Brakes."),
        ("Mei", "So what are we running Northgate deliveries with?"),
        (
            "Joel",
            "I've borrowed the spare from the east hub until Wednesday. After that I don't know.",
        ),
        (
            "Mei",
            "Okay. Joel, can you get a hire van lined up from Wednesday in case the repair drags?",
        ),
        ("Joel", "Yep, I'll sort a hire van today."),
        (
            "Rachel",
            "Quality: we had a temperature excursion on fridge three in the Halton unit Saturday "
            "night. Eleven minutes above six degrees.",
        ),
        ("Mei", "What was in it?"),
        ("Rachel", "Forty-two red cell units. I've quarantined them pending review."),
        (
            "Mei",
            "Right. We're not releasing those until the validation data's been reviewed, I "
            "don't care how tight O neg is.",
        ),
        ("Rachel", "Agreed. I'll finish the deviation report and get it to you by Wednesday."),
        ("Andrew", "If we lose all forty-two that's nearly a day of A positive gone."),
        ("Mei", "I know. We'll cope."),
        (
            "Sofia",
            "Unrelated, but the Riverside session is asking if they can start an hour later "
            "from January. Staffing.",
        ),
        ("Mei", "Did they say why staffing?"),
        ("Sofia", "Their nurse lead's going part-time, apparently."),
        (
            "Mei",
            "I'm fine with that in principle, but I need to know if donors will actually turn "
            "up at the later time.",
        ),
        ("Sofia", "Nobody's looked at that. We don't have the data split by hour for Riverside."),
        ("Mei", "Okay, let's leave that open for now."),
        ("Andrew", "Also the national team wants our Christmas stock plan by the fourth."),
        ("Mei", "Andrew, that's yours. Draft it this week and I'll review it Monday."),
        ("Andrew", "Fine, I'll have a draft of the plan by Sunday."),
        ("Joel", "Did anyone hear if the new cool boxes are arriving before Christmas?"),
        ("Mei", "Procurement said the twelfth, last I heard."),
        ("Rachel", "Last year they said the twelfth too and they came in February."),
        ("Mei", "Ha. Don't. Okay, thanks all, same time Thursday."),
    ),
    actions=(
        Action("Sofia", ("text", "appeal"), TOMORROW),
        Action("Joel", ("hire", "van"), TODAY),
        Action("Rachel", ("deviation", "report"), WEDNESDAY),
        Action("Andrew", ("stock", "plan"), END_OF_WEEK),
        Action("Mei", ("review",), NEXT_MONDAY),
    ),
    decisions=(("releasing", "validation"),),
    questions=(("riverside",),),
)

PTA_COMMITTEE = Meeting(
    name="pta_committee",
    lines=(
        (
            "Helen",
            "Right, shall we start? Thanks for coming, I know it's a school-run morning for "
            "everyone.",
        ),
        ("Helen", "Apologies from Lucy, she's got a sick kid."),
        (
            "Jas",
            "The money bit's quick. The Halloween disco made six hundred and forty pounds after "
            "costs.",
        ),
        ("Paul", "That's more than last year, isn't it?"),
        ("Jas", "About a hundred more, mostly the glow sticks. People love a glow stick."),
        (
            "Helen",
            "Christmas fair. It's Saturday the fifth, we're in the hall and the two classrooms.",
        ),
        (
            "Amira",
            "We still need someone to run the tombola. Last year's lot have both left the school.",
        ),
        ("Paul", "I'll do the tombola, as long as someone helps me carry the bottles."),
        (
            "Helen",
            "Thank you Paul. The donations letter: Kate, can that go out in book bags this week?",
        ),
        ("Kate", "I'll get the letter printed and out on Wednesday."),
        ("Amira", "Are we doing the raffle online this year or paper tickets?"),
        ("Jas", "Online was a nightmare last year, half the grandparents couldn't do it."),
        ("Helen", "Paper tickets then, and we'll take card payments on the day. Agreed?"),
        ("Paul", "Agreed."),
        (
            "Helen",
            "The big one: the school asked if we'd fund new playground equipment. The quote is "
            "eight and a half thousand.",
        ),
        (
            "Jas",
            "We've got about four thousand two hundred in the account, so we can't do it all "
            "this year.",
        ),
        (
            "Amira",
            "Could we apply for a grant? The supermarket community fund does things like that.",
        ),
        ("Helen", "Worth a go. Amira, would you be up for doing the application?"),
        ("Amira", "Yes, I'll draft the grant application and get it to Helen by next Friday."),
        (
            "Helen",
            "Whether we commit half the money now or wait for the grant, I don't think we can "
            "decide today without the head.",
        ),
        ("Jas", "No, we need to know what the school's putting in first."),
        (
            "Helen",
            "I'll ask Mrs Okafor what the school can contribute when I see her Thursday.",
        ),
        (
            "Kate",
            "Minor thing, the PTA email account is full again. It's all the photos from the disco.",
        ),
        ("Paul", "Just delete the photos, they're terrible anyway. I'm in most of them."),
        ("Kate", "Ha. I'll clear out the inbox tonight."),
        (
            "Amira",
            "Did we ever hear back about whether we can use the school card machine?",
        ),
        ("Helen", "Yes, the office said we can borrow it for the fair."),
        ("Jas", "Brilliant. That's one less thing."),
        ("Helen", "Okay, next meeting's in January. Thanks everyone, go and have a coffee."),
    ),
    actions=(
        Action("Paul", ("tombola",), None),
        Action("Kate", ("letter",), WEDNESDAY),
        Action("Amira", ("grant", "application"), NEXT_FRIDAY),
        Action("Helen", ("ask", "contribute"), THURSDAY),
        Action("Kate", ("inbox",), TODAY),
    ),
    decisions=(("paper", "tickets"),),
    questions=(("playground", "equipment"),),
)

MOUNTAIN_RESCUE = Meeting(
    name="mountain_rescue_debrief",
    lines=(
        ("Iain", "Okay folks, let's debrief Saturday's callout while it's fresh. Kettle's on."),
        (
            "Iain",
            "Callout came in at fourteen twenty, a walker with a suspected ankle fracture below "
            "the Devil's Staircase.",
        ),
        ("Morag", "First party was on scene by sixteen oh five. Light was going fast."),
        (
            "Callum",
            "Casualty was in decent shape, cold but chatty. We splinted, gave Entonox and "
            "packaged her in the vacuum mattress.",
        ),
        ("Iain", "What went well?"),
        (
            "Morag",
            "The hasty party got out quickly. People were at the base in under twenty minutes.",
        ),
        (
            "Ellie",
            "Comms were bad though. We lost the repeater for about half an hour on the north side.",
        ),
        ("Iain", "Is that the battery again?"),
        (
            "Ellie",
            "Probably, the solar panel's covered in moss. I'll go up, clean the panel and swap "
            "the battery on Saturday if the weather's okay.",
        ),
        ("Dougie", "I'll come with you, I need to check the stretcher cache anyway."),
        (
            "Callum",
            "The casualty bag was missing the small SAM splints. We used the big one and it was "
            "a faff.",
        ),
        (
            "Dougie",
            "That's on me, I took them out for the training night and didn't put them back.",
        ),
        ("Iain", "Dougie, restock the casualty bags before Wednesday's training, please."),
        ("Dougie", "Will do. Sorry, team."),
        (
            "Morag",
            "The other thing: the helicopter was stood down because of cloud. We carried her "
            "the whole way down.",
        ),
        ("Callum", "Two and a half hours. My shoulders are still complaining."),
        ("Morag", "If the helicopter had come, we'd have been off the hill by five."),
        (
            "Iain",
            "Aye, but it didn't. From now on, if the cloud base is below six hundred metres, we "
            "start the carry straight away instead of waiting for the aircraft.",
        ),
        ("Ellie", "Do we tell Coastguard that, or do they need to agree?"),
        (
            "Iain",
            "I'll let the Coastguard ops centre know this week, it's our call, not theirs.",
        ),
        (
            "Callum",
            "Also, the casualty's husband phoned the base on Sunday to say thanks. He wants to "
            "make a donation.",
        ),
        ("Iain", "Lovely. Morag, can you send him the donation link?"),
        ("Morag", "Sure, I'll do it tonight."),
        (
            "Dougie",
            "Speaking of money, the second vacuum mattress is on its last legs. The valve won't "
            "hold.",
        ),
        ("Iain", "How much is a new one?"),
        ("Dougie", "About nine hundred, last I looked."),
        (
            "Iain",
            "Okay, we'll buy a new one out of the equipment fund. Dougie, order it.",
        ),
        ("Dougie", "I'll order it tomorrow."),
        (
            "Ellie",
            "One question I still have: do the new trainees need signing off on the radio "
            "before they can go on callouts?",
        ),
        (
            "Iain",
            "Good question. The regional guidance is being rewritten and nobody knows what's "
            "in it yet.",
        ),
        ("Morag", "So, unknown for now."),
        ("Callum", "Can we get a proper debrief pizza next time? The biscuits were a tragedy."),
        ("Iain", "Ha. Noted, not promised. Thanks everyone, good job on Saturday."),
    ),
    actions=(
        Action("Ellie", ("battery",), SATURDAY),
        Action("Dougie", ("stretcher", "cache"), SATURDAY),
        Action("Dougie", ("restock",), WEDNESDAY),
        Action("Iain", ("coastguard",), END_OF_WEEK),
        Action("Morag", ("donation", "link"), TODAY),
        Action("Dougie", ("order",), TOMORROW),
    ),
    decisions=(("cloud", "carry"), ("equipment", "fund")),
    questions=(("trainees", "radio"),),
)

SPRINT_REVIEW = Meeting(
    name="web_agency_sprint_review",
    lines=(
        (
            "Nina",
            "Okay, sprint review for the Brightwater site. Let's go through what we shipped, "
            "then look ahead.",
        ),
        (
            "Josh",
            "The new product listing page is live on staging. Filters work, pagination works, "
            "and it's about forty percent faster.",
        ),
        (
            "Carla",
            "The mobile filter drawer still looks a bit cramped on small Androids, but it's "
            "usable.",
        ),
        (
            "Steph",
            "The client loved it, by the way. Their marketing lead said, and I quote, finally.",
        ),
        ("Nina", "Ha. What didn't make it?"),
        (
            "Ahmed",
            "The stock sync with their ERP. Their API kept timing out on anything over five "
            "hundred items.",
        ),
        (
            "Ahmed",
            "I've added batching, but I haven't been able to test it properly against their "
            "live instance.",
        ),
        ("Nina", "Can we get access to their test environment?"),
        (
            "Steph",
            "I asked them on Thursday, no reply yet. I'll ring their IT guy about test access "
            "today.",
        ),
        (
            "Nina",
            "Okay, so the stock sync isn't going in the December release. We ship without it "
            "and follow up in January.",
        ),
        ("Josh", "Are they going to be okay with that? It was kind of the headline feature."),
        ("Steph", "They'll be fine, I already warned them last week it might slip."),
        (
            "Carla",
            "For the cramped drawer, I could rework it so the filters stack instead of scroll. "
            "Maybe half a day.",
        ),
        ("Nina", "Do it, but after the checkout bugs."),
        ("Carla", "Okay, I'll have the filter drawer rework done by Friday."),
        (
            "Josh",
            "Checkout: three bugs open. Two are minor. The big one is the discount code being "
            "applied twice if you refresh.",
        ),
        ("Nina", "That's a money bug, that's top priority. Josh, you on it?"),
        ("Josh", "Yeah, I'll fix the double discount tomorrow."),
        (
            "Ahmed",
            "I wrote half that code, unfortunately, so shout if you get stuck.",
        ),
        ("Josh", "Great, I'll blame you in the commit message."),
        ("Nina", "Release date. We said the tenth. Is that still realistic?"),
        ("Josh", "Without the stock sync, yes."),
        (
            "Steph",
            "One more thing, they want a quote for a blog section. I told them I'd get back to "
            "them.",
        ),
        ("Nina", "Ahmed, can you give Steph a rough estimate for the blog by Wednesday?"),
        ("Ahmed", "Rough, yes. Like, t-shirt size rough."),
        (
            "Carla",
            "Do we know if they want the blog in the same CMS or something like WordPress? That "
            "changes the design a lot.",
        ),
        ("Steph", "No idea. They haven't said, and I'm not sure they know."),
        (
            "Josh",
            "Also, can someone update the Jira board? Half the tickets are still in progress "
            "from two sprints ago.",
        ),
        ("Nina", "Guilty. I'll tidy the board this afternoon."),
        ("Nina", "Great, thanks all. Good sprint."),
    ),
    actions=(
        Action("Steph", ("test", "access"), TODAY),
        Action("Carla", ("filter", "drawer"), FRIDAY),
        Action("Josh", ("double", "discount"), TOMORROW),
        Action("Ahmed", ("estimate", "blog"), WEDNESDAY),
        Action("Nina", ("board",), TODAY),
    ),
    decisions=(("stock", "sync"),),
    questions=(("blog", "cms"),),
)

MEETINGS = (
    CABIN_BRIEFING,
    STUDENT_NEWSPAPER,
    PACKAGING_MAINTENANCE,
    WILDLIFE_RESCUE,
    COWORKING_COMMUNITY,
    REMOVALS_QUOTES,
    BLOOD_BANK,
    PTA_COMMITTEE,
    MOUNTAIN_RESCUE,
    SPRINT_REVIEW,
)

__all__ = ["MEETING_DATE", "MEETINGS"]
