"""Seventeenth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a hotel housekeeping team meeting, a motorway services site
meeting, a publishing house production meeting, a fitness app customer success meeting, a youth
theatre committee, a parcel locker network operations call, a solicitors' property team
meeting, a paediatric ward nursing meeting, a vineyard tasting room team meeting and a skate
park trust committee. People talk as they do at work: fillers, asides, past work,
hypotheticals, hedges, requests nobody takes, answered questions, reported speech, jokes and
decisions taken elsewhere earlier, around the action items, decisions and open questions. The
labels are what a careful note-taker would write down, and nothing more.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon" and "after
this" are that day, "tomorrow" is 24 November, a bare weekday is the next one, "next
Wednesday" and "next Friday" are those of next week, "the 15th" is 15 December, a vague period
("this week", "end of next week", "the end of the month") is due on its last day, Sunday for
weeks, and "soon" or no date at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_WEDNESDAY,
    THE_15TH,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

HOUSEKEEPING = Meeting(
    name="housekeeping",
    lines=(
        (
            "Gloria",
            "Morning everyone, grab a coffee, we'll keep this short because checkouts start at "
            "eleven.",
        ),
        (
            "Gloria",
            "First thing, occupancy. We're at ninety-four percent Thursday and Friday because of "
            "the cardiology conference.",
        ),
        ("Tomasz", "Ninety-four? Last year that conference was what, seventy?"),
        ("Gloria", "Something like that. They've booked the whole third floor this time."),
        (
            "Priya",
            "So we'll need extra hands on the turnarounds Friday morning, there's no way four of "
            "us do forty rooms by three.",
        ),
        (
            "Gloria",
            "Agreed. I'll ring the agency today about two extra room attendants for Friday.",
        ),
        (
            "Dennis",
            "Can we make sure they're ones who've been here before? The last lot didn't know "
            "where the linen store was.",
        ),
        ("Gloria", "I can ask, but I can't promise anything."),
        ("Gloria", "Second thing. The vacuum on floor two is dead again."),
        (
            "Tomasz",
            "That's the one I took apart in September. The motor brush is gone, I think it's "
            "finished, honestly.",
        ),
        ("Aoife", "We could borrow the one from the spa, they barely use it in the mornings."),
        (
            "Gloria",
            "Let's not, the spa manager will have my head. We're replacing the floor two vacuum.",
        ),
        ("Gloria", "I'll put the purchase order in with finance."),
        (
            "Priya",
            "While you're at it, could we get a second caddy for the lift lobby? Nobody picked "
            "that up last time either.",
        ),
        ("Gloria", "Mm, maybe. Let's see what finance says about the vacuum first."),
        (
            "Gloria",
            "Third, the guest complaint from room 318. Hair in the shower, and they posted it on "
            "TripAdvisor with photos.",
        ),
        (
            "Dennis",
            "That was my section. I did check it, I swear, but the shower screen has that frosted "
            "bit at the bottom.",
        ),
        (
            "Gloria",
            "Nobody's blaming you, Dennis. But from today every bathroom gets a torch check on "
            "the drain and the screen before we sign it off.",
        ),
        ("Aoife", "A torch check? Like, a literal torch?"),
        ("Gloria", "Phone torch is fine. Thirty seconds a bathroom."),
        ("Aoife", "Fair enough."),
        ("Tomasz", "Do we reply to the review or does front office do that?"),
        ("Gloria", "Front office. Marco said last week he answers all the online reviews himself."),
        ("Gloria", "Aoife, you're doing the linen count with the laundry company on Wednesday?"),
        ("Aoife", "Yes, I'll do the linen count Wednesday morning and send you the shortages."),
        (
            "Priya",
            "Speaking of laundry, are we still getting charged for the torn sheets they send back?",
        ),
        ("Gloria", "That's a good question. I genuinely don't know what the contract says."),
        ("Gloria", "Nobody's got the contract to hand, so let's leave that one open for now."),
        (
            "Dennis",
            "If we run out of king sheets on Friday we'll be making beds with two singles, like "
            "that Easter.",
        ),
        ("Tomasz", "Don't remind me. The guest thought it was a new concept."),
        (
            "Gloria",
            "Tomasz, can you redo the floor three rota so the conference rooms are grouped "
            "together?",
        ),
        ("Tomasz", "Sure, I'll have it on the board by tomorrow."),
        (
            "Gloria",
            "Lovely. Anything else? No? Right, off you go, and keep your phones charged for the "
            "torch thing.",
        ),
    ),
    actions=(
        Action("Gloria", ("agency", "attendants"), TODAY),
        Action("Gloria", ("purchase", "order"), None),
        Action("Aoife", ("linen", "count"), WEDNESDAY),
        Action("Tomasz", ("rota",), TOMORROW),
    ),
    decisions=(
        ("replacing", "vacuum"),
        ("torch", "check"),
    ),
    questions=(("torn", "sheets"),),
)

MOTORWAY_SERVICES = Meeting(
    name="motorway_services",
    lines=(
        (
            "Rob",
            "Right, let's crack on. Apologies from Jo, she's on the duty manager course in Leeds.",
        ),
        (
            "Rob",
            "Traffic first. Highways say the northbound lane closure at junction 14 starts Friday "
            "night and runs for three weeks.",
        ),
        (
            "Kerry",
            "So we'll get everybody pulling in to wait it out, like the bridge works in the "
            "spring.",
        ),
        ("Sanjay", "Spring was mad. We ran out of paninis by half eleven on the Saturday."),
        ("Rob", "Which is why we're putting the food court on extended hours from Friday."),
        ("Rob", "Sanjay, can you sort the rota for that by Wednesday?"),
        ("Sanjay", "Yep, Wednesday's fine. I'll need two more on the tills though."),
        ("Rob", "Take two from the shop, they're quiet midweek anyway."),
        ("Kerry", "Cheers for asking me, Rob."),
        ("Rob", "You'll survive. Next, the EV chargers."),
        (
            "Lena",
            "Bay three and bay five are still showing faulty. The engineer came out on the 12th "
            "and swapped a board, made no difference.",
        ),
        (
            "Mike",
            "We had a bloke shouting at the screen for twenty minutes last Tuesday. I had to walk "
            "him off.",
        ),
        ("Rob", "Lena, chase the charger company again and get a firm date for a fix."),
        ("Lena", "I'll ring them this afternoon."),
        (
            "Kerry",
            "Should we put cones over those two bays until then? People keep pulling in and "
            "getting stuck.",
        ),
        ("Rob", "Yes, cone them off. Kerry, that's yours."),
        ("Kerry", "Fine."),
        ("Mike", "On security, the fuel drive-offs are up again. Eleven in October."),
        ("Rob", "Eleven? Do we know if it's the same cars?"),
        (
            "Mike",
            "At least three were the same grey Astra on false plates. The police said they can't "
            "do much without real plates.",
        ),
        ("Lena", "What about prepay at night, like the Membury site does?"),
        (
            "Rob",
            "Head office already decided that in the summer, no prepay on this site because of "
            "the HGV customers.",
        ),
        (
            "Mike",
            "Could we at least get the ANPR camera on pump eight fixed? It's been pointing at the "
            "sky since the storm.",
        ),
        (
            "Lena",
            "I can get the contractor up a ladder to fix the camera on Thursday when they're in "
            "for the lights.",
        ),
        (
            "Rob",
            "Good. Toilets. We got two out of five on the last mystery visit, which, frankly, is "
            "embarrassing.",
        ),
        (
            "Sanjay",
            "The gents by the coffee bar were flooded all that day, the sensor taps went haywire.",
        ),
        (
            "Rob",
            "From now on the hourly toilet checks get signed on the sheet by the door, no "
            "exceptions.",
        ),
        (
            "Lena",
            "Who's covering the checks overnight, though? The cleaner's only contracted till ten.",
        ),
        ("Rob", "Good point. No idea. Let's park that, I don't want to guess."),
        ("Kerry", "Last thing from me, the Christmas jumper day is the 11th if anyone wants in."),
        ("Rob", "Put me down. Right, that's us, thanks all."),
    ),
    actions=(
        Action("Sanjay", ("rota",), WEDNESDAY),
        Action("Lena", ("charger",), TODAY),
        Action("Kerry", ("cone",), None),
        Action("Lena", ("camera",), THURSDAY),
    ),
    decisions=(
        ("extended", "hours"),
        ("toilet", "checks", "signed"),
    ),
    questions=(("overnight", "checks"),),
)

PRODUCTION = Meeting(
    name="production",
    lines=(
        (
            "Harriet",
            "Okay, production meeting. We've got a lot on with the spring list, so let's go title "
            "by title.",
        ),
        ("Harriet", "The Salt Road. Where are we?"),
        (
            "Megan",
            "Proofs came back from the author on Friday. She's made, um, a lot of corrections. "
            "Like two hundred.",
        ),
        ("Olu", "Two hundred? At second proof?"),
        (
            "Megan",
            "Most are tiny, but she's rewritten a paragraph in chapter nine and that'll reflow "
            "three pages.",
        ),
        (
            "Harriet",
            "Her contract allows ten percent of the typesetting cost in corrections, doesn't it?",
        ),
        ("Megan", "Fifteen. I checked this morning."),
        (
            "Harriet",
            "Fine. Megan, can you collate the corrections and get them to the typesetter by "
            "Thursday?",
        ),
        ("Megan", "Yes, Thursday's doable."),
        ("Felix", "The cover for Salt Road is signed off, by the way. Sales loved the foil."),
        (
            "Olu",
            "The foil adds about twelve pence a unit on a run of eight thousand, just so everyone "
            "knows.",
        ),
        (
            "Harriet",
            "We agreed the foil at the acquisitions meeting, that's done, we're not reopening it.",
        ),
        ("Harriet", "Next, Night Gardens. The printer's slot has moved."),
        (
            "Olu",
            "Yes, Clays have pushed us from the 30th to the 8th of December because a press is "
            "down.",
        ),
        (
            "Ines",
            "If it prints on the 8th, will we still have stock in the warehouse for the January "
            "publication date?",
        ),
        ("Olu", "Yes, just. Delivery is about ten working days, so we'd land before Christmas."),
        ("Harriet", "Then we'll accept the new slot rather than moving printers."),
        ("Olu", "I'll confirm it with Clays today."),
        (
            "Felix",
            "Can I raise the paper thing? The cream stock we use for the poetry list has gone up "
            "again.",
        ),
        ("Ines", "The mill said in their letter it's going up another eight percent in January."),
        ("Felix", "Should we be switching the whole poetry list to the white stock?"),
        (
            "Harriet",
            "I honestly don't know. It changes the feel of the books and the poets will notice.",
        ),
        (
            "Megan",
            "Some of them would hate it. Remember when we changed the font on the anthology?",
        ),
        ("Felix", "I still have the emails."),
        (
            "Harriet",
            "Let's not decide it today. Ines, could you get me a cost comparison for both stocks "
            "by next Friday?",
        ),
        ("Ines", "Sure, I'll pull the quotes together."),
        (
            "Olu",
            "One more. The backlist ebook conversion, somebody needs to check the old epubs "
            "against the print editions.",
        ),
        ("Megan", "Not me, I'm drowning in Salt Road."),
        ("Harriet", "We'll come back to that one when the freelance budget's clearer."),
        (
            "Felix",
            "And I'll send round the final Night Gardens jacket this afternoon for a last look.",
        ),
        ("Harriet", "Great. Thanks, everyone."),
    ),
    actions=(
        Action("Megan", ("typesetter",), THURSDAY),
        Action("Olu", ("confirm", "clays"), TODAY),
        Action("Ines", ("cost", "comparison"), NEXT_FRIDAY),
        Action("Felix", ("jacket",), TODAY),
    ),
    decisions=(("accept", "slot"),),
    questions=(("white", "stock"),),
)

CUSTOMER_SUCCESS = Meeting(
    name="customer_success",
    lines=(
        ("Dana", "Hi all, can everyone hear me? Jonas, you're on mute. There we go."),
        (
            "Dana",
            "So, churn first. Annual plans renewing in November are at seventy-one percent, down "
            "from seventy-eight.",
        ),
        (
            "Kwame",
            "A lot of the cancellation reasons mention the price rise. The free-text box is "
            "basically people saying it's too expensive now.",
        ),
        (
            "Ruth",
            "And some say the new workout player is buggy, which, to be fair, it was for two "
            "weeks.",
        ),
        (
            "Jonas",
            "Engineering shipped the fix for the player on the 10th, so that should be behind us.",
        ),
        (
            "Dana",
            "Okay. I want to try a save offer. Anyone cancelling an annual plan gets offered "
            "three months at the old price.",
        ),
        ("Kwame", "Have we got sign-off for that from finance?"),
        ("Dana", "Yes, Petra approved it on Thursday, up to the end of January."),
        ("Dana", "So we're launching the save offer on the cancellation screen."),
        ("Dana", "Jonas, can you get the copy written for it by Wednesday?"),
        ("Jonas", "Yeah, I'll have it by Wednesday."),
        ("Ruth", "Can we A/B test it? Half get the offer, half don't?"),
        ("Dana", "In an ideal world. But with the volume we've got it would take months to read."),
        ("Ruth", "Fair."),
        (
            "Dana",
            "Second thing, the gym partnerships. Sorry, not partnerships, the corporate accounts.",
        ),
        (
            "Kwame",
            "Brightwell Insurance have three hundred seats and only forty people have logged in "
            "since September.",
        ),
        ("Ruth", "If they don't renew, that's a big chunk of our B2B revenue gone in one go."),
        (
            "Dana",
            "Kwame, can you set up a call with their HR contact this week and get an onboarding "
            "webinar in the diary?",
        ),
        ("Kwame", "Will do."),
        (
            "Jonas",
            "We did a webinar for Marlow Council last year and attendance was, what, eight people?",
        ),
        ("Kwame", "Nine. One was the presenter's mum."),
        ("Dana", "Let's do it anyway. Third, the support macros."),
        (
            "Ruth",
            "Half of them still reference the old plan names. Customers are getting told about "
            "Pro Plus, which doesn't exist anymore.",
        ),
        (
            "Dana",
            "Somebody needs to go through and update the macros before the Black Friday traffic.",
        ),
        ("Ruth", "I can take the billing ones, but there's like ninety macros in total."),
        (
            "Dana",
            "Okay, Ruth does the billing macros by Friday, and for the rest I'll ask the weekend "
            "team if they've got capacity.",
        ),
        (
            "Jonas",
            "Do we know whether the price rise is going to be rolled back for existing members? "
            "Because that changes all of this.",
        ),
        ("Dana", "I asked in the leadership channel and got nothing. So, no, we don't know."),
        ("Kwame", "Great."),
        ("Dana", "Okay, that's time. Thanks all."),
    ),
    actions=(
        Action("Jonas", ("copy",), WEDNESDAY),
        Action("Kwame", ("hr", "call"), END_OF_WEEK),
        Action("Ruth", ("billing", "macros"), FRIDAY),
        Action("Dana", ("weekend", "team"), None),
    ),
    decisions=(("launching", "save", "offer"),),
    questions=(("price", "rolled"),),
)

YOUTH_THEATRE = Meeting(
    name="youth_theatre",
    lines=(
        ("Bernadette", "Right, shall we start? Fiona's taking minutes, thank you Fiona."),
        ("Fiona", "Happy to. Well, happy is a strong word."),
        ("Bernadette", "First, the panto. Shona, how are rehearsals?"),
        (
            "Shona",
            "Honestly, better than I feared. The dame knows his lines, which is a first for this "
            "company.",
        ),
        (
            "Shona",
            "The problem is the flying harness for Peter. The hire company wants the hall's "
            "safety certificate before they'll send it.",
        ),
        ("Callum", "The hall had its inspection in March, I think. The caretaker will have it."),
        (
            "Shona",
            "Callum, could you get a copy of the certificate off the caretaker before Thursday's "
            "rehearsal?",
        ),
        ("Callum", "Yeah, I'm there Wednesday anyway, I'll grab it then."),
        ("Bernadette", "Money. Callum?"),
        (
            "Callum",
            "We've sold two hundred and ten tickets across the four shows. The Saturday matinee "
            "is almost full, the Friday night is weak.",
        ),
        (
            "Amir",
            "Friday's the night the school has its carol concert, half our families will be there.",
        ),
        ("Bernadette", "Oh, of course it is. Every year."),
        ("Callum", "Could we do a family ticket for Friday? Two adults, two kids, thirty pounds?"),
        (
            "Bernadette",
            "I like that. Everyone happy? Okay, we'll do the thirty-pound family ticket for the "
            "Friday show.",
        ),
        ("Fiona", "I'll update the booking page tonight."),
        ("Amir", "And I'll put it on the parents' WhatsApp."),
        (
            "Bernadette",
            "Next, chaperones. We need DBS-checked adults backstage for every show, two at a time.",
        ),
        ("Amir", "I've got three parents who said they'd do it, but only one has a DBS."),
        (
            "Shona",
            "Last year a parent wandered off during the second act and I had six Lost Boys "
            "unattended in the corridor.",
        ),
        ("Callum", "They didn't get far. One of them was eating the props."),
        (
            "Bernadette",
            "So who's going to organise the DBS applications for the new ones? It takes weeks.",
        ),
        ("Fiona", "I would, but I'm away from the 5th."),
        (
            "Bernadette",
            "Hmm. Nobody? Okay, I'll do it myself. I'll send the DBS forms out tomorrow.",
        ),
        (
            "Shona",
            "Can I raise the summer show? The council have said the Corn Exchange might be "
            "closing for refurbishment next year.",
        ),
        ("Amir", "Might? Do we know when?"),
        ("Shona", "That's all they said. Might."),
        ("Bernadette", "Then we can't plan round it yet. Let's leave it on the list."),
        ("Callum", "One last thing, the lottery grant report was due on the 15th."),
        ("Callum", "I sent it in on the 14th, so we're fine."),
        ("Bernadette", "Well done. Right, thank you all, see you at the dress."),
    ),
    actions=(
        Action("Callum", ("certificate",), WEDNESDAY),
        Action("Fiona", ("booking", "page"), TODAY),
        Action("Amir", ("whatsapp",), None),
        Action("Bernadette", ("dbs", "forms"), TOMORROW),
    ),
    decisions=(("family", "ticket"),),
    questions=(("corn", "exchange", "closing"),),
)

PARCEL_LOCKERS = Meeting(
    name="parcel_lockers",
    lines=(
        (
            "Nadia",
            "Morning. Let's do the weekly network call. We're at, let me see, two thousand one "
            "hundred and forty lockers live.",
        ),
        ("Nadia", "Faults first. Gareth?"),
        (
            "Gareth",
            "Forty-two lockers offline last week, mostly the same thing, the modem drops and "
            "doesn't come back.",
        ),
        (
            "Gareth",
            "The firmware update went out on Tuesday to the Midlands units and the drops there "
            "stopped completely.",
        ),
        ("Nadia", "Great. So we roll it out to the rest of the network?"),
        ("Gareth", "I'd say yes, but in batches, not all in one night."),
        (
            "Nadia",
            "Okay, decision then: we'll push the firmware to the North region first, then the "
            "South the week after.",
        ),
        ("Gareth", "I'll schedule the North batch for Thursday night."),
        (
            "Claire",
            "Before that, can someone tell the customer team which sites? If a locker goes down "
            "during an update we get flooded with calls.",
        ),
        ("Gareth", "I'll send Claire the site list tomorrow."),
        (
            "Yusuf",
            "Capacity. The Christmas peak forecast has us at a hundred and ten percent "
            "utilisation in the Manchester city centre lockers.",
        ),
        (
            "Piotr",
            "The couriers are already complaining. Last Monday two drivers went round the block "
            "three times because every compartment was full.",
        ),
        (
            "Yusuf",
            "We could drop the collection window from seventy-two hours to forty-eight in the hot "
            "spots.",
        ),
        ("Claire", "Customers will hate that. We'd have to warn them in the notification."),
        ("Nadia", "What did we do last December?"),
        ("Yusuf", "We didn't, we just added the temporary units at Piccadilly."),
        ("Nadia", "Do we have any temporary units left?"),
        ("Gareth", "Four in the Warrington yard. They need new batteries though."),
        ("Nadia", "Right. We're not touching the collection window this year."),
        (
            "Nadia",
            "Gareth, get the four temporary units ready for deployment by the end of next week.",
        ),
        ("Gareth", "Yeah, okay, that's tight but fine."),
        ("Yusuf", "I'll pick the sites for them. I'll have a shortlist for you Wednesday."),
        (
            "Piotr",
            "On the courier side, DPD are asking whether their drivers can get the master access "
            "codes.",
        ),
        (
            "Nadia",
            "That's already policy, no master codes for couriers, the security team set that in "
            "the spring.",
        ),
        ("Piotr", "Fine, I'll let DPD know."),
        (
            "Claire",
            "One question from my side. Do refunds for failed deliveries come from our budget or "
            "the retailer's? Finance keep bouncing it back to me.",
        ),
        ("Nadia", "Good question. Nobody on this call knows, I suspect. Anyone? No."),
        ("Nadia", "Okay, that's it. Thanks all."),
    ),
    actions=(
        Action("Gareth", ("north", "batch"), THURSDAY),
        Action("Gareth", ("site", "list"), TOMORROW),
        Action("Gareth", ("temporary", "units"), END_OF_NEXT_WEEK),
        Action("Yusuf", ("shortlist",), WEDNESDAY),
        Action("Piotr", ("dpd",), None),
    ),
    decisions=(
        ("firmware", "north"),
        ("collection", "window"),
    ),
    questions=(("refunds", "budget"),),
)

PROPERTY_TEAM = Meeting(
    name="property_team",
    lines=(
        ("Eleanor", "Morning all. Let's go through the pipeline. Raj, the Harcourt Road purchase?"),
        (
            "Raj",
            "We're waiting on the local search. The council is running about six weeks behind.",
        ),
        ("Eleanor", "The client wants to exchange before Christmas, doesn't she?"),
        ("Raj", "She does, and she's been very, um, vocal about it."),
        (
            "Kate",
            "Could we do search indemnity insurance? We did that on Mill Lane in the summer and "
            "it worked fine.",
        ),
        ("Raj", "The lender would have to agree. Some of them won't accept it."),
        (
            "Eleanor",
            "Raj, ask the lender today whether they'll accept indemnity insurance, and tell the "
            "client it's an option.",
        ),
        ("Raj", "Will do, I'll email both this afternoon."),
        (
            "Eleanor",
            "Next, the Blackwood portfolio. Twelve flats, and the buyer's solicitors have sent "
            "enquiries.",
        ),
        ("Kate", "A hundred and forty enquiries, Eleanor. A hundred and forty."),
        ("Simon", "Half of them are answered in the replies we already sent, to be fair."),
        (
            "Kate",
            "Bethan, could you go through the enquiries and mark the ones we've already answered? "
            "By Wednesday if you can.",
        ),
        ("Bethan", "Yes, no problem, Wednesday."),
        ("Kate", "And I'll draft the replies to the rest once you've done that."),
        (
            "Eleanor",
            "Good. Something from the management meeting: the firm's decided all property files "
            "move to the new case management system from January.",
        ),
        (
            "Simon",
            "Does that include the archived files? Because there are, like, four thousand of them.",
        ),
        ("Eleanor", "Nobody said. I assume not, but honestly I don't know."),
        ("Eleanor", "Last thing. The Lloyds panel review."),
        (
            "Kate",
            "They want our completion statistics for the last twelve months, and the complaint "
            "log.",
        ),
        ("Eleanor", "Simon, can you pull the completion stats from the system by next Friday?"),
        ("Simon", "Yep. Though the system only goes back to March, we changed over then."),
        ("Eleanor", "Then do March onwards and we'll explain the gap."),
        ("Kate", "I'll do the complaint log. There are only two this year, thankfully."),
        ("Bethan", "Was one of those the man with the hedge?"),
        ("Kate", "The man with the hedge. Eighteen months of my life."),
        (
            "Raj",
            "If the Harcourt Road lender says no, we're looking at a January exchange, just so "
            "everyone's prepared.",
        ),
        ("Eleanor", "Noted. Thanks everyone."),
    ),
    actions=(
        Action("Raj", ("lender", "indemnity"), TODAY),
        Action("Bethan", ("enquiries",), WEDNESDAY),
        Action("Kate", ("replies",), None),
        Action("Simon", ("completion", "stats"), NEXT_FRIDAY),
        Action("Kate", ("complaint", "log"), None),
    ),
    decisions=(("march", "onwards"),),
    questions=(("archived", "files"),),
)

PAEDIATRIC_WARD = Meeting(
    name="paediatric_ward",
    lines=(
        (
            "Siobhan",
            "Okay, let's make this quick, I know the bay's busy. Thanks for coming in on your day "
            "off, Tariq.",
        ),
        ("Tariq", "I was promised biscuits."),
        (
            "Siobhan",
            "And there are biscuits. Right, staffing. We're two band fives down until February, "
            "and bank fill was sixty percent last week.",
        ),
        (
            "Marcus",
            "Nights are the worst. Thursday night we ran with three qualified for twenty-four "
            "beds.",
        ),
        (
            "Siobhan",
            "I've escalated it to matron already, she's taking it to the safe staffing meeting on "
            "Friday.",
        ),
        (
            "Leah",
            "Can we close the four-bed side bay if we're short again? Rather than spreading "
            "everyone thin?",
        ),
        (
            "Siobhan",
            "That's not our call, the site team decides bed closures. I'll ask matron to raise it.",
        ),
        (
            "Hannah",
            "Training. The paediatric sepsis update is mandatory by the end of the month and "
            "we're at fifty-five percent compliance.",
        ),
        ("Marcus", "Fifty-five? Most of nights haven't been able to get off the ward to do it."),
        (
            "Hannah",
            "I'll run an extra session on the ward itself on Thursday night, so nights can do it "
            "on shift.",
        ),
        (
            "Siobhan",
            "Brilliant. Everyone who hasn't done the sepsis update, get it done by the 30th, no "
            "excuses.",
        ),
        (
            "Leah",
            "Incidents. We had the medication error on the 14th, the tenfold paracetamol dose "
            "that got caught at the double check.",
        ),
        (
            "Leah",
            "No harm, the second checker picked it up. The pump library had the adult "
            "concentration.",
        ),
        (
            "Marcus",
            "That pump library's been wrong since the pharmacy update in October. I reported it "
            "then.",
        ),
        (
            "Siobhan",
            "So from today we're going back to two registered nurses checking every IV dose "
            "against the chart, not the pump screen.",
        ),
        ("Leah", "That's what we did before the smart pumps came in anyway."),
        (
            "Siobhan",
            "Leah, can you email pharmacy and ask when the pump library will be corrected?",
        ),
        ("Leah", "Yes, I'll do it after this."),
        (
            "Tariq",
            "Can I ask about the parent beds? Three of the fold-out chairs are broken and parents "
            "are sleeping on the floor.",
        ),
        (
            "Siobhan",
            "The charity said at the last fundraising meeting they'd fund replacements in the new "
            "year.",
        ),
        ("Tariq", "The new year? It's November."),
        (
            "Marcus",
            "Could we borrow the recliners from day surgery overnight? They're empty from six.",
        ),
        (
            "Siobhan",
            "Maybe. I don't know if day surgery would agree, and I don't know who'd move them at "
            "night.",
        ),
        (
            "Hannah",
            "Also, the student nurses start on the 7th. I need named supervisors for all four.",
        ),
        ("Marcus", "Please not me, I had two in the summer."),
        (
            "Siobhan",
            "Hannah, can you sort the supervisors and send the list round by next Wednesday?",
        ),
        ("Hannah", "Will do."),
        ("Siobhan", "Great. Anything else? Tariq, go and enjoy your day off."),
    ),
    actions=(
        Action("Siobhan", ("matron",), None),
        Action("Hannah", ("session",), THURSDAY),
        Action(None, ("sepsis", "update"), END_OF_MONTH),
        Action("Leah", ("pharmacy", "pump"), TODAY),
        Action("Hannah", ("supervisors", "list"), NEXT_WEDNESDAY),
    ),
    decisions=(("checking", "chart"),),
    questions=(("recliners", "day", "surgery"),),
)

TASTING_ROOM = Meeting(
    name="tasting_room",
    lines=(
        ("Claudia", "Morning, everyone. Grab a glass of water, not wine, Ben."),
        ("Ben", "It was one time."),
        (
            "Claudia",
            "So, we're into winter hours from this weekend. Thursday to Sunday, eleven till five.",
        ),
        ("Ben", "The website still says summer hours, by the way."),
        ("Claudia", "Oh no. I'll update the website and Google today."),
        ("Ottilie", "Are we still doing walk-in tastings, or bookings only?"),
        (
            "Claudia",
            "Bookings only at weekends, walk-ins Thursday and Friday. That was agreed with the "
            "owners last month.",
        ),
        ("Reuben", "Christmas. The mulled wine thing. Are we doing it again?"),
        ("Claudia", "Last year we sold, what, three hundred cups?"),
        (
            "Jess",
            "Three hundred and forty. And we ran out of cinnamon on the second Saturday and I had "
            "to drive to Tesco.",
        ),
        (
            "Claudia",
            "Okay, yes, we're doing the mulled wine weekends again, the first three weekends of "
            "December.",
        ),
        ("Jess", "I'll order the spices and the cups this week, and double the cinnamon."),
        ("Ben", "Can we use the 2023 rosé for it instead of the red? We've got loads of it left."),
        ("Claudia", "Mulled rosé? Ben, no."),
        ("Reuben", "Actually, people do do that. There's a place in Sussex."),
        ("Claudia", "Not here they don't."),
        (
            "Ottilie",
            "Club members. The winter shipment goes out on the 5th and about thirty people "
            "haven't updated their card details.",
        ),
        ("Claudia", "Ottilie, can you ring round those thirty by Friday?"),
        ("Ottilie", "Yes, I'll split them with Reuben if that's okay."),
        ("Reuben", "Fine by me."),
        (
            "Ben",
            "On reviews, we got a one-star last week because someone's dog wasn't allowed in the "
            "tasting room.",
        ),
        ("Jess", "Was that the spaniel? He was lovely."),
        ("Ben", "He was lovely. His owner was not."),
        (
            "Claudia",
            "The dog policy is the landlord's, not ours, it's in the lease, so there's nothing we "
            "can change.",
        ),
        (
            "Reuben",
            "Could we at least put a water bowl and a hook outside? Like Bramble Hill does?",
        ),
        ("Claudia", "That's nice. Yes, let's do that. Reuben, can you sort a bowl and a hook?"),
        ("Reuben", "Yep, I'll pick them up Thursday."),
        (
            "Ottilie",
            "Last thing: do we know if we're allowed to sell the sparkling by the glass yet? The "
            "licence variation went in in September.",
        ),
        ("Claudia", "No word from the council. I chased in October and again last week."),
        ("Ottilie", "So we just... wait?"),
        ("Claudia", "We wait. Okay, that's everything. Thanks, all."),
    ),
    actions=(
        Action("Claudia", ("website",), TODAY),
        Action("Jess", ("spices", "cups"), END_OF_WEEK),
        Action("Ottilie", ("ring",), FRIDAY),
        Action("Reuben", ("bowl", "hook"), THURSDAY),
    ),
    decisions=(("mulled", "wine"),),
    questions=(("sparkling", "glass"),),
)

SKATE_PARK = Meeting(
    name="skate_park",
    lines=(
        ("Dev", "Okay, let's get going, it's freezing in here. Trish, have we got apologies?"),
        ("Trish", "Just Alan, his van broke down."),
        ("Dev", "Right. Matters arising. The bowl resurfacing."),
        (
            "Connor",
            "The contractor finished on the 6th. It's good, though there's a crack near the deep "
            "end already.",
        ),
        ("Marion", "Already? We paid eighteen thousand for that."),
        (
            "Connor",
            "It's a hairline crack. They said on the phone it's normal shrinkage, but I'd want "
            "that in writing.",
        ),
        (
            "Dev",
            "Connor, can you photograph it and send it to the contractor under the warranty this "
            "week?",
        ),
        ("Connor", "Yeah, will do."),
        ("Dev", "Money. Marion?"),
        (
            "Marion",
            "We've got four thousand two hundred in the bank, and the council grant of five "
            "thousand is due in January.",
        ),
        (
            "Marion",
            "The insurance renewal came in at two thousand one hundred, up from fourteen hundred.",
        ),
        ("Lewis", "Why's it gone up so much?"),
        (
            "Marion",
            "They said it's because of the claim from the lad who broke his wrist in July, even "
            "though it was dropped.",
        ),
        ("Dev", "Should we shop around?"),
        ("Marion", "We've got till the 15th. I'll get two other quotes before then."),
        ("Dev", "Next, the lights. Lewis, you said the kids want the floodlights on till nine."),
        (
            "Lewis",
            "Yeah, in winter it's dark by half four, so basically nobody can skate after school.",
        ),
        ("Trish", "The neighbours on Parkside will go mad. Remember the petition about the music?"),
        ("Connor", "That was the speaker, not the lights, to be fair."),
        (
            "Dev",
            "I think we try it. We'll run the lights until eight, not nine, as a trial through "
            "December, and review in January.",
        ),
        ("Trish", "I'll write to the Parkside residents to let them know before it starts."),
        ("Connor", "The timer's on the old system, mind. Alan set it up, I don't have the code."),
        ("Dev", "Okay, let's leave the timer until Alan's back, he's the only one who knows it."),
        (
            "Lewis",
            "Can I bring up the competition? The young people want to do a jam in the spring, "
            "with prizes.",
        ),
        ("Marion", "Prizes from what budget, Lewis?"),
        ("Lewis", "Sponsors. The skate shop in town said they'd give boards."),
        ("Dev", "Love it. Lewis, could you put a short proposal together for the January meeting?"),
        ("Lewis", "Yeah, alright."),
        ("Trish", "Do we need a licence for an event like that, with a PA and everything?"),
        ("Dev", "No idea. Does anyone know? No? Okay, something to find out."),
        ("Dev", "Right, next meeting is the 18th of January. Thanks all, go and get warm."),
    ),
    actions=(
        Action("Connor", ("photograph", "warranty"), END_OF_WEEK),
        Action("Marion", ("quotes",), THE_15TH),
        Action("Trish", ("residents",), None),
        Action("Lewis", ("proposal",), None),
    ),
    decisions=(("lights", "eight", "trial"),),
    questions=(("licence",),),
)

MEETINGS = (
    HOUSEKEEPING,
    MOTORWAY_SERVICES,
    PRODUCTION,
    CUSTOMER_SUCCESS,
    YOUTH_THEATRE,
    PARCEL_LOCKERS,
    PROPERTY_TEAM,
    PAEDIATRIC_WARD,
    TASTING_ROOM,
    SKATE_PARK,
)

__all__ = ["MEETING_DATE", "MEETINGS"]
