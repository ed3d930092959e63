"""Thirty-fifth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a nature documentary crew's shoot planning call in Botswana, a municipal
swimming club's coaches meeting in Stockholm, a food delivery app's restaurant partnerships
team in Mexico City, a pottery supply wholesaler's warehouse meeting in Stoke-on-Trent, a
hospice's bereavement support volunteers in Cork, a data labelling vendor's quality review in
Manila, a bakery cooperative's shift meeting in Montreal's Plateau, an airport fire service
watch handover in Dubai, a museum's conservation lab meeting in Madrid, and a small IT
managed-services firm's weekly in Auckland. People talk as they do: fillers, asides, jokes,
interruptions, self-corrections, a date changed mid-talk, commitments in many forms, due dates
in many forms or none. The labels are what a careful note-taker would write down; past work,
things that happen anyway, hypotheticals, hedges, requests nobody takes, polite refusals,
answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are there
to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this morning" and
"after this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next
Tuesday", "next Wednesday" and "next Friday" are those of next week, "the 3rd" is 3 December
and "the 15th" is 15 December, "in two weeks" is 7 December, a vague period ("this week",
"the end of the week", "the end of next week", "the end of the month") is due on its last day,
Sunday for weeks, and "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    IN_TWO_WEEKS,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
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


DOCUMENTARY_SHOOT_PLANNING = Meeting(
    name="documentary_shoot_planning",
    lines=(
        ("Giles", "Right, can everyone hear me? Kagiso, you're a bit crackly but it's fine."),
        ("Kagiso", "I'm on the camp wifi, it's held together with hope. Go ahead, Giles."),
        (
            "Giles",
            "Okay. So, the main thing is the wild dog sequence in the Okavango. The pack "
            "moved den last week, which, you know, thanks dogs.",
        ),
        (
            "Tamara",
            "We got about forty minutes at the old den before they left, so it's not nothing.",
        ),
        (
            "Giles",
            "True. Kagiso, can you confirm the new den location with the rangers by Wednesday?",
        ),
        ("Kagiso", "Sure, leave it with me. You'll have it Wednesday."),
        ("Tamara", "Or we could just ask the dogs to move back. Very reasonable animals, dogs."),
        ("Neo", "While he's at it, does the permit cover night filming, or only daylight?"),
        (
            "Kagiso",
            "Daylight only. Night filming is a separate application and those take about a month.",
        ),
        (
            "Giles",
            "Then we drop the night shoot for this trip. The thermal stuff waits for next season.",
        ),
        (
            "Tamara",
            "Honestly, a relief. The thermal camera's been making a noise like a kettle.",
        ),
        ("Giles", "Tamara, the long lens. Did the insurance come through?"),
        (
            "Tamara",
            "It did, yesterday. I'll book the courier from Joburg by Thursday. Actually, "
            "no, Friday, the rental house is shut Thursday.",
        ),
        ("Giles", "Friday's fine. Neo, power. Where are we on the solar rig?"),
        (
            "Neo",
            "Well, if the generator packs in we'd be charging off the truck, which would be grim.",
        ),
        ("Neo", "But yeah, I'm going to test the whole rig at camp. Done by Saturday."),
        (
            "Giles",
            "Good. The crew list with passport numbers still has to go to the lodge. "
            "That's my mess, I'll send the crew list today.",
        ),
        (
            "Kagiso",
            "One thing I don't know: will the lodge let us leave the tracking vehicle "
            "overnight near the hides? Nobody's ever asked them.",
        ),
        ("Giles", "No idea. Good question. We'll have to leave that open for now."),
        ("Neo", "Leave it open. Like the hide door. Sorry."),
        ("Giles", "Very good, Neo. Last thing: we fly into Maun, not Kasane. That's final."),
        ("Tamara", "Thank God. The Kasane transfer nearly killed me last year."),
    ),
    actions=(
        Action("Kagiso", ("confirm", "den"), WEDNESDAY),
        Action("Tamara", ("book", "courier"), FRIDAY),
        Action("Neo", ("test", "rig"), SATURDAY),
        Action("Giles", ("crew", "list"), TODAY),
    ),
    decisions=(("night", "shoot"), ("maun",)),
    questions=(("vehicle", "overnight"),),
)


SWIM_CLUB_COACHES = Meeting(
    name="swim_club_coaches",
    lines=(
        (
            "Linnea",
            "Okej, let's start, I have to be on deck at eleven. Axel, Maja, Elsa, all here? Good.",
        ),
        ("Axel", "Present. Barely. The six o'clock session is killing me."),
        ("Linnea", "First, the Christmas gala. Entries close on the 3rd."),
        ("Linnea", "Maja, can you collect the entries from the junior squad by then?"),
        ("Maja", "On it. And I'll send the form out to the parents today."),
        ("Elsa", "Last year half of them handed it in on paper. In a sandwich bag. Wet."),
        (
            "Linnea",
            "Next, lanes at Eriksdalsbadet. The city has cut us to four lanes on Thursdays.",
        ),
        ("Axel", "Four? We have thirty kids on Thursdays."),
        (
            "Linnea",
            "I know. So we split the Thursday group into two sessions, six and seven. "
            "That's decided.",
        ),
        ("Elsa", "Who's telling the parents? Because they will have opinions."),
        ("Linnea", "I'll write to them. By Wednesday."),
        (
            "Axel",
            "Also, my lifeguard certificate runs out at the end of the month, so I'm going "
            "to book the renewal course this week.",
        ),
        ("Elsa", "Maybe I could run a starts-and-turns clinic in January, if people want one."),
        ("Linnea", "Let's talk about that another time."),
        ("Maja", "Wait, is the gala long course or short course? The invitation doesn't say."),
        ("Linnea", "Short course. Sodertorn always runs it short course."),
        ("Elsa", "And Nils, with the shoulder. Are we letting him race or not?"),
        (
            "Linnea",
            "Honestly, I don't know. I'd want a physio to say yes first. We'll come back to it.",
        ),
        (
            "Axel",
            "Can someone fix the pace clock in lane two? It's been eight seconds fast "
            "since October.",
        ),
        ("Elsa", "Yeah, I'll sort it tomorrow, I have the little screwdriver."),
        ("Axel", "My hero."),
        (
            "Linnea",
            "Last thing: let's move the coaches' meeting to Tuesdays from next week. "
            "Mondays are impossible.",
        ),
        ("Maja", "Fine by me. Tack, Linnea."),
    ),
    actions=(
        Action("Maja", ("collect", "entries"), DECEMBER_3),
        Action("Maja", ("send", "form"), TODAY),
        Action("Linnea", ("write", "parents"), WEDNESDAY),
        Action("Axel", ("book", "renewal"), END_OF_WEEK),
        Action("Elsa", ("pace", "clock"), TOMORROW),
    ),
    decisions=(("split", "thursday"), ("meeting", "tuesdays")),
    questions=(("nils", "race"),),
)


RESTAURANT_PARTNERSHIPS = Meeting(
    name="restaurant_partnerships",
    lines=(
        (
            "Ximena",
            "Buenos dias. Quick one, I have the regional call at eleven. Emiliano, Roma "
            "Norte first?",
        ),
        (
            "Emiliano",
            "Sure. We signed nine new places last week, mostly taquerias, and two more are close.",
        ),
        (
            "Emiliano",
            "The taco place on Alvaro Obregon wants the contract in Spanish and English. "
            "I'll send them the contract in both languages tomorrow.",
        ),
        ("Ximena", "Perfect. Paloma, photos."),
        (
            "Paloma",
            "The photographer did twelve restaurants in Condesa, but in six of them the "
            "lighting is terrible. They look like crime scenes.",
        ),
        ("Ximena", "Ay, no. Can you book the photographer again for those six?"),
        ("Paloma", "Yes, let me do that. Reshoots done by next Friday."),
        ("Ximena", "Bernardo, the Polanco chain."),
        ("Bernardo", "They want us to drop commission from 25 to 18 percent, or they leave."),
        (
            "Ximena",
            "We're not going to 18. We offer 22 percent for six months, and that's our "
            "final offer.",
        ),
        ("Bernardo", "Okay. I'll take the 22 percent offer to the chain this week."),
        ("Itzel", "If they leave, we'd lose maybe four percent of orders in that zone."),
        (
            "Ximena",
            "Which hurts, but we survive. Itzel, where are we on the Guadalupe-Reyes promo?",
        ),
        (
            "Itzel",
            "Marketing approved the free-delivery banner last Thursday, so that part's done.",
        ),
        (
            "Itzel",
            "What I still need is the list of restaurants opting in. Emiliano, can you get "
            "me that list by Wednesday?",
        ),
        ("Emiliano", "Wednesday... yeah, okay, fine. Si."),
        (
            "Bernardo",
            "Do we pay the restaurants for the free delivery, or do they eat the cost? "
            "Nobody has told me.",
        ),
        ("Ximena", "Genuinely, I don't know. That's a finance thing. It stays open."),
        (
            "Paloma",
            "Also, could somebody visit the dark kitchen in Narvarte? They keep cancelling orders.",
        ),
        ("Ximena", "Mm. Not this week, we have nobody free. Moving on."),
        (
            "Ximena",
            "Last one: everybody, update your pipeline sheets by Friday, please. The "
            "director reviews them Friday afternoon.",
        ),
        ("Paloma", "Si, si. Gracias, Ximena."),
    ),
    actions=(
        Action("Emiliano", ("send", "contract"), TOMORROW),
        Action("Paloma", ("book", "photographer"), NEXT_FRIDAY),
        Action("Bernardo", ("offer", "chain"), END_OF_WEEK),
        Action("Emiliano", ("list", "restaurants"), WEDNESDAY),
        Action(None, ("pipeline", "sheets"), FRIDAY),
    ),
    decisions=(("offer", "22"),),
    questions=(("pay", "delivery"),),
)


POTTERY_SUPPLY_WAREHOUSE = Meeting(
    name="pottery_supply_warehouse",
    lines=(
        (
            "Tracey",
            "Right, duck, let's crack on. Shaun, Kieron, Marcia, tea's in the pot if you want it.",
        ),
        ("Shaun", "Ta. Are those the good biscuits or the ones from the back?"),
        ("Tracey", "From the back. Budgets. Stoneware clay, where are we?"),
        (
            "Kieron",
            "About forty bags of the buff stoneware left, and the college order alone is thirty.",
        ),
        ("Tracey", "Kieron, can you get a reorder in with the supplier today?"),
        ("Kieron", "Yeah, on it. I'll ring them straight after this."),
        (
            "Marcia",
            "The glaze delivery last Tuesday came in with six tubs split. Powder "
            "everywhere. Looked like a snow globe.",
        ),
        ("Tracey", "Did you get photos?"),
        ("Marcia", "Yep, done. I'll put the claim in with the haulier by Thursday."),
        ("Shaun", "Forklift's making that noise again."),
        ("Tracey", "Which noise?"),
        ("Shaun", "The dying goose noise."),
        ("Tracey", "Lovely. Shaun, book the forklift in for a service. End of the week is fine."),
        ("Shaun", "Will do."),
        ("Kieron", "If it goes completely we'd be shifting pallets by hand, which, no."),
        (
            "Tracey",
            "Christmas. The last order date for mainland delivery is the 15th. That's "
            "decided, and I'll put it on the website this afternoon.",
        ),
        ("Marcia", "What about Northern Ireland and the islands? Same date?"),
        (
            "Tracey",
            "Good question. I don't know what the couriers are doing this year. Leave "
            "that one open.",
        ),
        ("Shaun", "Also the silicon carbide kiln shelves, three customers asked this week."),
        (
            "Tracey",
            "We're not stocking kiln shelves. Too pricey, too niche. Send them to the "
            "maker direct.",
        ),
        (
            "Kieron",
            "Oh, they'll love that. Nothing says service like somebody else's phone number.",
        ),
        ("Tracey", "Noted, Kieron. Marcia, stocktake sheets to me by Monday, yeah?"),
        ("Marcia", "Yeah, no bother, Tracey."),
    ),
    actions=(
        Action("Kieron", ("reorder",), TODAY),
        Action("Marcia", ("claim",), THURSDAY),
        Action("Shaun", ("forklift", "service"), END_OF_WEEK),
        Action("Tracey", ("website",), TODAY),
        Action("Marcia", ("stocktake", "sheets"), NEXT_MONDAY),
    ),
    decisions=(("last", "order"), ("kiln", "shelves")),
    questions=(("ireland", "islands"),),
)


BEREAVEMENT_VOLUNTEERS = Meeting(
    name="bereavement_volunteers",
    lines=(
        (
            "Mairead",
            "Okay, thanks everyone for coming in, I know it's a dirty day out. Tea's in the pot.",
        ),
        (
            "Donal",
            "Sure it's only raining sideways, Mairead. That's practically dry for Cork.",
        ),
        (
            "Mairead",
            "First, the remembrance service. Eileen, would you choose the readings? I'd "
            "need them by Friday.",
        ),
        ("Eileen", "I would, yeah. Happy to."),
        (
            "Breda",
            "Can families send in names online this year, or is it still the paper slips?",
        ),
        ("Mairead", "Online. The fundraising team sorted that last month."),
        (
            "Mairead",
            "Second, supervision. Donal, you're the only one still to do your one-to-one "
            "supervision. Can you get it done by the end of the month? It's an insurance "
            "thing.",
        ),
        ("Donal", "I will, sorry. It's been mad."),
        ("Fionnuala", "I had mine Tuesday. Very civilised, there were biscuits."),
        (
            "Mairead",
            "A new referral came in: a young widower with two small kids. He'd prefer a "
            "male volunteer.",
        ),
        ("Donal", "I'll take him on. I'll make the first call to him this week."),
        ("Mairead", "Lovely, thanks, Donal."),
        (
            "Breda",
            "Should we be running a group for children, though? We keep getting families "
            "with kids.",
        ),
        (
            "Mairead",
            "We should, probably. But we've no trained facilitator and I don't know where "
            "we'd find one. Let's leave it open for now.",
        ),
        (
            "Fionnuala",
            "And if we did a group, we'd need a room on Saturday mornings, and the chapel's "
            "in use then.",
        ),
        (
            "Mairead",
            "Christmas cards to the families: we're sending them this year, not skipping "
            "them like last year. That's decided.",
        ),
        (
            "Breda",
            "I'll write the addresses on them. I'll have them done by next Wednesday.",
        ),
        ("Fionnuala", "And I'll get the stamps. Just tell me how many."),
        (
            "Eileen",
            "God, remember the year we ran out of stamps and Donal went to three post offices?",
        ),
        ("Donal", "Four, Eileen. It was four."),
        ("Mairead", "Thanks, Breda, Fionnuala. Mind yourselves going home."),
    ),
    actions=(
        Action("Eileen", ("readings",), FRIDAY),
        Action("Donal", ("supervision",), END_OF_MONTH),
        Action("Donal", ("first", "call"), END_OF_WEEK),
        Action("Breda", ("addresses",), NEXT_WEDNESDAY),
        Action("Fionnuala", ("stamps",), None),
    ),
    decisions=(("christmas", "cards"),),
    questions=(("group", "children"),),
)


LABELLING_VENDOR_QA = Meeting(
    name="labelling_vendor_qa",
    lines=(
        (
            "Rhea",
            "Okay, good morning po. Let's start. The client's weekly report came in, and "
            "agreement dropped to 87 on the pedestrian batch.",
        ),
        ("Jomar", "Eighty-seven? It was 93 last week, Rhea."),
        (
            "Rhea",
            "I know. It's the occluded pedestrians. Half the team boxes the visible part, "
            "half boxes the whole person.",
        ),
        (
            "Kristine",
            "Because the guideline says both, in two different sections. I flagged that "
            "in October.",
        ),
        ("Rhea", "Right. So, decision: from today we box the visible part only."),
        ("Rhea", "And I'll email the client by tomorrow to confirm that's what they want."),
        ("Angelica", "And if they say whole person, we redo the whole batch?"),
        ("Rhea", "Then we redo it, yes. Let's pray they don't."),
        ("Rhea", "Kristine, can you run a calibration session with the night shift?"),
        ("Kristine", "Sure. I'll do it Wednesday, before their shift starts."),
        ("Jomar", "Can we also re-check the last 500 items from that batch? Just a sample."),
        ("Rhea", "Good idea. Jomar, you take the 500 items. By Thursday, okay?"),
        ("Jomar", "Thursday... can we make it Friday? I'm on leave Thursday morning."),
        ("Rhea", "Fine, Friday."),
        (
            "Angelica",
            "The team keeps asking about overtime for the Christmas push. Are we "
            "approving it or not?",
        ),
        ("Rhea", "Not my call, that's with ops. Honestly, I don't know yet."),
        (
            "Kristine",
            "Also the labelling tool crashed three times on Friday. Someone should raise a "
            "ticket with the platform team.",
        ),
        ("Angelica", "I'll raise it, I have the screenshots anyway."),
        (
            "Rhea",
            "Thanks, Angelica. Last thing: the client audit is on the 15th. Everyone, "
            "please clear your pending reviews by the end of next week.",
        ),
        (
            "Angelica",
            "Does the audit cover the night-shift batches too? Nobody's told us the scope.",
        ),
        ("Rhea", "Good question. I really don't know."),
        ("Kristine", "Oh, and Jomar said he'd bring pandesal on Friday."),
        ("Jomar", "I said maybe. Maybe, Kristine."),
    ),
    actions=(
        Action("Rhea", ("email", "client"), TOMORROW),
        Action("Kristine", ("calibration", "session"), WEDNESDAY),
        Action("Jomar", ("500", "items"), FRIDAY),
        Action("Angelica", ("ticket",), None),
        Action(None, ("pending", "reviews"), END_OF_NEXT_WEEK),
    ),
    decisions=(("visible", "part"),),
    questions=(("overtime",), ("audit", "scope")),
)


BAKERY_COOP_SHIFT = Meeting(
    name="bakery_coop_shift",
    lines=(
        (
            "Rosalie",
            "Bon, on commence? Okay, in English for Yasmine. Shift meeting, five minutes, promise.",
        ),
        ("Yasmine", "Merci, Rosalie. My French is still at croissant level."),
        ("Rosalie", "First, the levain was sluggish again yesterday. Mathieu?"),
        (
            "Mathieu",
            "Yeah, the back room drops to like sixteen degrees at night. I'm going to move "
            "the levain into the proofer tonight.",
        ),
        ("Maxime", "Or we feed it more often. Maybe I could do a midnight feed, I don't know."),
        ("Rosalie", "Mm, we'll see how Mathieu's goes."),
        (
            "Rosalie",
            "Buches de Noel. Sixty-two pre-orders already, that's more than all of last year.",
        ),
        ("Elodie", "Sixty-two! We can't physically do more than eighty with one deck oven."),
        ("Rosalie", "Agreed, so eighty is the cap. I'll put the cap on the order form today."),
        ("Maxime", "Oven two's thermostat is lying again. It says 230 and it's maybe 210."),
        ("Rosalie", "Maxime, can you call the repair guy? The one from Laval?"),
        ("Maxime", "Yep, I'll call him this morning."),
        (
            "Yasmine",
            "Flour: the Milanaise delivery is Wednesday, but their driver said it might "
            "slip to Friday.",
        ),
        ("Rosalie", "If it slips, we borrow from the cafe next door, like last time."),
        (
            "Elodie",
            "For the assembly: are we opening on Boxing Day or not? Half the members want "
            "to, half don't.",
        ),
        (
            "Rosalie",
            "That's for the general assembly, Elodie, we can't decide it here. It stays open.",
        ),
        (
            "Mathieu",
            "And the assembly already voted the new wage scale in October, right? It "
            "starts in January?",
        ),
        (
            "Rosalie",
            "Yes, January. And one thing we can decide: we stop the Wednesday baguette "
            "discount. It's not worth it.",
        ),
        ("Maxime", "Finally. Nobody came for it except Monsieur Gagnon."),
        ("Rosalie", "Yasmine, can you post the December schedule by Saturday?"),
        ("Yasmine", "Saturday, yes. Actually, can I do it Friday? I'm off Saturday."),
        ("Rosalie", "Even better."),
        (
            "Elodie",
            "And I'll email the customers with pre-orders about pickup times. This week.",
        ),
        ("Maxime", "Look at us. So organised. Very corporate."),
    ),
    actions=(
        Action("Mathieu", ("move", "levain"), TODAY),
        Action("Rosalie", ("order", "form"), TODAY),
        Action("Maxime", ("call", "repair"), TODAY),
        Action("Yasmine", ("december", "schedule"), FRIDAY),
        Action("Elodie", ("email", "customers"), END_OF_WEEK),
    ),
    decisions=(("cap", "eighty"), ("baguette", "discount")),
    questions=(("boxing", "day"),),
)


AIRPORT_FIRE_HANDOVER = Meeting(
    name="airport_fire_handover",
    lines=(
        ("Rashid", "Okay, handover. Khalid, you have the watch from 0800. Quiet night, mostly."),
        ("Khalid", "Quiet is good, Rashid. What's the state of the fleet?"),
        (
            "Rashid",
            "Crash tender three is off the run. The foam pump lost pressure at 0300 during "
            "the checks.",
        ),
        ("Arvind", "I had a look. It's the proportioner valve, and the workshop has the part."),
        ("Khalid", "So when is it back, Arvind?"),
        ("Arvind", "I'll fit the new valve and test it tomorrow, before 1400."),
        ("Khalid", "Good. I'll update the fleet status board myself."),
        (
            "Rashid",
            "We had one full emergency at 2210, hydraulic warning on a wide-body. Landed "
            "normally, we stood down at 2231.",
        ),
        ("Khalid", "Noted. Noel, you're on the runway inspection this morning?"),
        ("Noel", "Yes, chief. I'll do the south runway inspection at 0900 with airside ops."),
        (
            "Rashid",
            "Also hydrant fourteen near stand C32 is leaking. I reported it to facilities "
            "last night.",
        ),
        ("Khalid", "Did they give a time?"),
        ("Rashid", "No. They never give a time."),
        ("Khalid", "Sultan, chase facilities on that hydrant today, please."),
        ("Sultan", "On it, chief."),
        (
            "Sultan",
            "Chief, the BA refresher for the new recruits, are we still doing it this week?",
        ),
        (
            "Khalid",
            "No. With tender three down I want everyone on the run. The BA refresher moves "
            "to next Wednesday.",
        ),
        ("Noel", "Lucky recruits. More time to forget how to breathe."),
        (
            "Rashid",
            "One more: the full-scale exercise with the airport authority. Nobody's "
            "confirmed if it's the live mock-up or a tabletop.",
        ),
        ("Khalid", "No idea. That stays open until the authority tells us."),
        (
            "Rashid",
            "Red Watch, logbooks signed before you leave today, please. Right, I'm going "
            "to sleep for about eleven hours. Good luck, Khalid.",
        ),
    ),
    actions=(
        Action("Arvind", ("valve",), TOMORROW),
        Action("Khalid", ("status", "board"), None),
        Action("Noel", ("runway", "inspection"), TODAY),
        Action("Sultan", ("chase", "facilities"), TODAY),
        Action(None, ("logbooks",), TODAY),
    ),
    decisions=(("refresher",),),
    questions=(("exercise", "tabletop"),),
)


CONSERVATION_LAB = Meeting(
    name="conservation_lab",
    lines=(
        (
            "Carlota",
            "Buenos dias. Vamos. Irene, the tapestry first, because that humidity log scared me.",
        ),
        (
            "Irene",
            "It scared me too. The store went up to 68 percent over the weekend. The "
            "dehumidifier tripped.",
        ),
        ("Gonzalo", "Again? That's the third time since September."),
        (
            "Irene",
            "I reset it this morning and it's holding at 52. I'll send you a summary of "
            "the log on Friday, Carlota.",
        ),
        (
            "Carlota",
            "And we need that dehumidifier replaced, not reset. Alvaro, can you do the "
            "purchase request?",
        ),
        (
            "Alvaro",
            "Yes, I'll do it today. Although purchasing takes three weeks to approve a "
            "pencil, so don't get excited.",
        ),
        ("Carlota", "Ha. Next, the panel painting for the Lisbon loan. Pilar?"),
        (
            "Pilar",
            "The flaking on the lower edge is worse than we thought. I'd want to "
            "consolidate it before it travels.",
        ),
        (
            "Carlota",
            "Then we consolidate. The loan goes ahead, but only after the consolidation. Decided.",
        ),
        (
            "Pilar",
            "I'll have the consolidation done by the 3rd. No, wait, the 3rd is the "
            "registrar's visit. Say next Friday.",
        ),
        ("Gonzalo", "And who's writing the condition report for Lisbon?"),
        ("Carlota", "You are, Gonzalo. Congratulations."),
        (
            "Gonzalo",
            "I walked into that one. Fine. I'll write the condition report once Pilar's "
            "finished, so in two weeks?",
        ),
        ("Carlota", "In two weeks is perfect."),
        (
            "Irene",
            "Is the X-ray slot at the university still on for the Goya drawing? I never "
            "saw a confirmation.",
        ),
        ("Alvaro", "Yes, it's confirmed. I got the email on Friday. It's the 15th."),
        (
            "Pilar",
            "Do we know if the new microscope camera works with our old software? The "
            "manual is only in German.",
        ),
        ("Carlota", "Nobody knows. That stays open until it arrives."),
        (
            "Gonzalo",
            "Maybe I could write a little guide for the interns on the camera. If I have time.",
        ),
        (
            "Carlota",
            "Last: we're turning down the private restoration request from the "
            "foundation. We haven't got the hours.",
        ),
        ("Irene", "Thank God."),
        ("Carlota", "Irene, since you're so happy, you can tell the foundation. Politely."),
        ("Irene", "Fair. I'll write to them tomorrow."),
    ),
    actions=(
        Action("Irene", ("summary", "log"), FRIDAY),
        Action("Alvaro", ("purchase", "request"), TODAY),
        Action("Pilar", ("consolidation",), NEXT_FRIDAY),
        Action("Gonzalo", ("condition", "report"), IN_TWO_WEEKS),
        Action("Irene", ("foundation",), TOMORROW),
    ),
    decisions=(("loan", "consolidation"), ("private", "restoration")),
    questions=(("microscope", "software"),),
)


MSP_WEEKLY = Meeting(
    name="msp_weekly",
    lines=(
        ("Courtney", "Kia ora team, let's go. The coffee machine's fixed, so no excuses today."),
        ("Brody", "Praise be, Courtney."),
        (
            "Courtney",
            "Tickets first. We're at 64 open, which is too many. Sefa, what's the big one?",
        ),
        (
            "Sefa",
            "The backup at the Takapuna physio keeps failing. Third night running. I "
            "reckon the NAS is dying.",
        ),
        ("Courtney", "Can you get them a quote for a replacement NAS by Wednesday?"),
        ("Sefa", "Yep, sweet as."),
        ("Brody", "If the NAS dies before then, do they lose a week of x-rays?"),
        ("Sefa", "Nah, there's the cloud copy. Just slow to restore."),
        (
            "Courtney",
            "Patching weekend. We're doing the server patches Saturday night, not Sunday. "
            "Decided, the clients hate Sunday outages.",
        ),
        ("Manaia", "I'll send the outage notices to the clients today."),
        (
            "Courtney",
            "Cheers, Manaia. New client: the law firm in Parnell, onboarding starts next week.",
        ),
        ("Brody", "I'll do their site audit Tuesday. Next Tuesday, sorry, not tomorrow."),
        (
            "Manaia",
            "Do they want us to migrate their email too, or just the devices? The "
            "contract's vague.",
        ),
        (
            "Courtney",
            "Honestly, I don't know. Their office manager said 'everything', which isn't "
            "a scope. We'll have to leave that open.",
        ),
        ("Courtney", "Christmas on-call. Someone needs to build the roster."),
        ("Manaia", "Not it."),
        ("Brody", "Definitely not it."),
        ("Courtney", "Right, I'll do the roster myself then. By the end of next week."),
        (
            "Sefa",
            "Also, the Microsoft licence renewals are due on the 15th for about six clients.",
        ),
        ("Courtney", "Manaia, can you reconcile the licence counts by then?"),
        ("Manaia", "Yeah, leave it with me."),
        ("Brody", "Oh good, licensing. Everyone's favourite hobby."),
        ("Courtney", "And everyone, get your timesheets in by Friday, it's invoicing."),
        (
            "Sefa",
            "Should we drop the old Windows 10 support package now it's end of life? "
            "Clients keep asking.",
        ),
        (
            "Courtney",
            "Good question. Let's park it, I want to see the numbers first. Thanks, Brody, all.",
        ),
    ),
    actions=(
        Action("Sefa", ("quote", "nas"), WEDNESDAY),
        Action("Manaia", ("outage", "notices"), TODAY),
        Action("Brody", ("site", "audit"), NEXT_TUESDAY),
        Action("Courtney", ("roster",), END_OF_NEXT_WEEK),
        Action("Manaia", ("licence", "counts"), THE_15TH),
        Action(None, ("timesheets",), FRIDAY),
    ),
    decisions=(("patches", "saturday"),),
    questions=(("migrate", "email"), ("windows", "support")),
)


MEETINGS = (
    DOCUMENTARY_SHOOT_PLANNING,
    SWIM_CLUB_COACHES,
    RESTAURANT_PARTNERSHIPS,
    POTTERY_SUPPLY_WAREHOUSE,
    BEREAVEMENT_VOLUNTEERS,
    LABELLING_VENDOR_QA,
    BAKERY_COOP_SHIFT,
    AIRPORT_FIRE_HANDOVER,
    CONSERVATION_LAB,
    MSP_WEEKLY,
)
