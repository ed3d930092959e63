"""Thirty-first meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a hospital pharmacy's controlled-drugs team meeting in Birmingham, a cruise
ship's hotel department briefing docked in Barcelona, a municipal water utility's leak response
meeting in Lagos, a specialty chocolate maker's production meeting in Brussels, a university
rowing club committee in Oxford, a pet food startup's growth team in Austin, a regional
theatre's front-of-house team in Adelaide, a bike courier cooperative's weekly meeting in
Amsterdam, a heritage railway volunteers' meeting in Wales and a semiconductor fab's shift
handover in Hsinchu. People talk as they do: fillers, asides, jokes, interruptions,
self-corrections, a date changed mid-sentence, commitments in many forms, due dates in many
forms or none. The labels are what a careful note-taker would write down; past work, things
that happen anyway, hypotheticals, hedges, requests nobody takes, polite refusals, answered
questions, reported speech, sarcasm and decisions taken elsewhere earlier are there to be left
out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this morning", "tonight" and
"after this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next
Tuesday", "next Wednesday" and "next Friday" are those of next week, "the 3rd" is 3 December
and "the 15th" is 15 December, a vague period ("this week", "next week", "the end of the
month") is due on its last day, Sunday for weeks, and "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
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


CONTROLLED_DRUGS_TEAM = Meeting(
    name="controlled_drugs_team",
    lines=(
        (
            "Harjit",
            "Right, morning everyone, let's crack on, I know the wards are waiting. Controlled "
            "drugs first, then the rest.",
        ),
        ("Harjit", "Nasreen, where are we on Ward 14?"),
        (
            "Nasreen",
            "So, the oxycodone balance was out by two ampoules last Tuesday, and we traced it to a"
            " double entry in the register. That's sorted now.",
        ),
        ("Harjit", "Good. Did the ward manager sign the correction?"),
        ("Nasreen", "She did, yesterday afternoon."),
        (
            "Marcia",
            "The CD register on the renal unit is nearly full, by the way. They've got about four "
            "pages left.",
        ),
        ("Harjit", "Marcia, can you get them a new register by Wednesday?"),
        (
            "Marcia",
            "Sure, I'll send it up with the porters. Actually, no, I'll walk it up myself, it's "
            "quicker.",
        ),
        (
            "Kelvin",
            "On the destruction side, we've got a backlog of expired stock in the CD cupboard. "
            "Half a shelf of it.",
        ),
        ("Harjit", "We need an authorised witness for that. I'll book the witness for Thursday."),
        (
            "Kelvin",
            "I could maybe start sorting the expired stock beforehand, if the dispensary's quiet.",
        ),
        (
            "Harjit",
            "Ha, the dispensary's never quiet. Anyway, from now on we do destruction monthly, not "
            "whenever the shelf fills up. Agreed?",
        ),
        ("Nasreen", "Agreed."),
        (
            "Kelvin",
            "And the new PCA pumps, do we keep the morphine syringes in the ward cupboard or here "
            "in pharmacy?",
        ),
        (
            "Harjit",
            "Let's keep them in the ward cupboard, key with the nurse in charge. That's decided.",
        ),
        (
            "Nasreen",
            "What about the Home Office licence renewal, has anyone actually submitted it?",
        ),
        (
            "Harjit",
            "Honestly, I don't know. Estates did it last time, and nobody's said a word since.",
        ),
        (
            "Kelvin",
            "Right. Well, the quarterly stock check is due too. I'm going to do the theatres "
            "cupboard tomorrow morning.",
        ),
        ("Nasreen", "And I'll write up the incident report for Ward 14 by Friday, for governance."),
        ("Harjit", "Lovely. Oh, the new starters haven't done the CD training module yet."),
        ("Nasreen", "Dr Patel said she'd run a session for them at some point."),
        (
            "Harjit",
            "Hmm, at some point. Let me email her after this about a date for the training. "
            "Thanks, all.",
        ),
    ),
    actions=(
        Action("Marcia", ("register",), WEDNESDAY),
        Action("Harjit", ("witness",), THURSDAY),
        Action("Kelvin", ("stock", "check"), TOMORROW),
        Action("Nasreen", ("incident", "report"), FRIDAY),
        Action("Harjit", ("training",), TODAY),
    ),
    decisions=(
        ("destruction", "monthly"),
        ("ward", "cupboard"),
    ),
    questions=(("licence", "renewal"),),
)


CRUISE_HOTEL_BRIEFING = Meeting(
    name="cruise_hotel_briefing",
    lines=(
        (
            "Stelian",
            "Okay, good morning, buenos días. We're alongside in Barcelona until six tonight, so "
            "let's keep it short. Marisol, housekeeping first.",
        ),
        (
            "Marisol",
            "Deck seven had the norovirus scare last cruise, as you know, and it's all clear now.",
        ),
        (
            "Marisol",
            "But I'd like to keep the enhanced cleaning going on seven for this turnaround as "
            "well.",
        ),
        ("Stelian", "Agreed. We keep the enhanced cleaning on deck seven for the whole cruise."),
        (
            "Rodel",
            "Provisions. The fresh produce is on the pier at eleven, but the fish order came "
            "short, they sent half the sea bass.",
        ),
        ("Ashok", "I'll call the chandler this morning and get the rest loaded before we sail."),
        ("Rodel", "If it doesn't come we could do the dorada instead, I suppose."),
        (
            "Krisztina",
            "Guest services: two hundred and ten embarking today, and our wheelchair list is "
            "longer than the one the port agent sent.",
        ),
        (
            "Stelian",
            "Krisztina, can you reconcile the wheelchair list with the port agent before "
            "embarkation opens at noon today?",
        ),
        ("Krisztina", "On it."),
        ("Marisol", "Also, the steward rota for the Christmas cruise still needs signing."),
        ("Stelian", "Yes, sorry, my fault. I'll sign off the steward rota by Wednesday."),
        (
            "Rodel",
            "Do we know if the Christmas market excursion in Marseille is still going ahead? The "
            "tour operator's gone quiet.",
        ),
        ("Stelian", "No idea, honestly. Nobody has heard a thing from them."),
        (
            "Ashok",
            "One more: the laundry pressure valve. Engineering said they'd fix it during the port "
            "day.",
        ),
        (
            "Krisztina",
            "Someone from my team could maybe cover the gangway greeting, if entertainment is "
            "short.",
        ),
        (
            "Stelian",
            "No, let's settle it: entertainment does the gangway greeting as usual, and guest "
            "services stays at the desk.",
        ),
        (
            "Rodel",
            "I'm going to redo the buffet allergen cards before lunch today, the new ones have the"
            " wrong font.",
        ),
        ("Marisol", "Ah, the font police."),
        (
            "Stelian",
            "And Marisol, the deck seven report for the health officer, by Friday please. No, "
            "actually, he wants it before Civitavecchia, so Thursday.",
        ),
        ("Marisol", "Fine, the report by Thursday."),
        ("Stelian", "Great. Have a good turnaround, everyone."),
    ),
    actions=(
        Action("Ashok", ("chandler",), TODAY),
        Action("Krisztina", ("wheelchair", "list"), TODAY),
        Action("Stelian", ("steward", "rota"), WEDNESDAY),
        Action("Rodel", ("allergen", "cards"), TODAY),
        Action("Marisol", ("report",), THURSDAY),
    ),
    decisions=(
        ("enhanced", "cleaning"),
        ("gangway", "greeting"),
    ),
    questions=(("market", "excursion"),),
)


LEAK_RESPONSE = Meeting(
    name="leak_response",
    lines=(
        (
            "Chinedu",
            "Good morning, everybody. Let's go. We have the burst main on Ikorodu Road and the "
            "meter complaints in Surulere. Funmi, start us.",
        ),
        (
            "Funmilayo",
            "Ikorodu Road. The 600 mil main burst on Saturday night and we isolated it by Sunday "
            "afternoon. We lost plenty water, wahala.",
        ),
        ("Adebayo", "The repair clamp in the store is the wrong size. We need a 600 clamp."),
        ("Chinedu", "Adebayo, can you get procurement to release the 600 clamp today?"),
        ("Adebayo", "Sure, I'll go there myself after this meeting."),
        (
            "Temitope",
            "Traffic is the problem. LASTMA won't let us dig in the daytime on that road.",
        ),
        (
            "Chinedu",
            "Then we dig at night. Decision: the Ikorodu excavation happens at night, ten p.m. to "
            "five a.m.",
        ),
        ("Temitope", "Okay. I'll write to LASTMA for the night permit tomorrow, first thing."),
        ("Obinna", "The customers there have had no water since Saturday. Should we send tankers?"),
        ("Chinedu", "Yes. We send two tankers to the affected streets until the main is back."),
        ("Obinna", "Leave it with me, I'll arrange the tanker schedule with the depot."),
        ("Funmilayo", "Surulere now. Forty-two customers say their bills doubled this month."),
        (
            "Funmilayo",
            "I think the new smart meters are reading in litres instead of cubic metres, but I'm "
            "not sure.",
        ),
        ("Chinedu", "So is it the meters or the billing system? We don't know yet."),
        ("Funmilayo", "Maybe I could pull a sample of readings, if I get time."),
        (
            "Chinedu",
            "Funmi, no maybes. Pull twenty readings and send me the comparison by Wednesday.",
        ),
        ("Funmilayo", "Okay, readings by Wednesday."),
        (
            "Adebayo",
            "And the pressure logger at Ojota is still offline. Engineering said they would look "
            "at it.",
        ),
        (
            "Chinedu",
            "Hmm. I'll raise the Ojota logger with the engineering head myself at the directors' "
            "meeting next Friday.",
        ),
        ("Temitope", "Na wa. That logger has been offline longer than my generator."),
        ("Chinedu", "Ha. Okay, that's it. Thank you all."),
    ),
    actions=(
        Action("Adebayo", ("clamp",), TODAY),
        Action("Temitope", ("permit",), TOMORROW),
        Action("Obinna", ("tanker",), None),
        Action("Funmilayo", ("readings",), WEDNESDAY),
        Action("Chinedu", ("logger",), NEXT_FRIDAY),
    ),
    decisions=(
        ("excavation", "night"),
        ("tankers",),
    ),
    questions=(("meters", "billing"),),
)


CHOCOLATE_PRODUCTION = Meeting(
    name="chocolate_production",
    lines=(
        (
            "Wouter",
            "Bon, allez, let's start. December is the big month, so: tempering, packaging and the "
            "Saint Nicolas orders.",
        ),
        (
            "Aurelie",
            "The tempering machine on line two keeps drifting. Yesterday the dark batch came out "
            "with bloom.",
        ),
        ("Koen", "We binned about eighty kilos of it."),
        ("Wouter", "Ouch. Koen, can you get the Selmi technician in? This week if possible."),
        ("Koen", "Yes, I'll get the technician booked in this week."),
        ("Wouter", "Until then we run all the dark couverture on line one only. That's decided."),
        (
            "Lieve",
            "Packaging. The Saint Nicolas boxes arrived, but the printer got the hazelnut allergen"
            " wrong on the sleeve.",
        ),
        ("Wouter", "Lieve, what do we do, send them back?"),
        (
            "Lieve",
            "I'll ring the printer and demand a reprint, for delivery by Friday. They'll argue, "
            "but fine.",
        ),
        (
            "Aurelie",
            "We could sticker them by hand in the meantime, I suppose, if it's really late.",
        ),
        ("Koen", "Stickers, on six thousand boxes? Great, I'll bring my sleeping bag."),
        (
            "Wouter",
            "Ha. Next: the new speculoos praline. Do we launch it for Saint Nicolas or wait for "
            "Christmas?",
        ),
        ("Aurelie", "Christmas. The filling isn't stable yet."),
        ("Wouter", "Okay, we launch the speculoos praline for Christmas, not Saint Nicolas."),
        (
            "Aurelie",
            "Then I'm going to run another stability test on the filling, results by the 3rd.",
        ),
        (
            "Lieve",
            "What about the Delhaize order? Are they taking the two-fifty gram tins or the one-"
            "kilo?",
        ),
        ("Wouter", "They still haven't told us, so we wait."),
        ("Wouter", "Lieve, the cocoa butter, have we got enough for December?"),
        (
            "Lieve",
            "Just. I'll place the cocoa butter order by Wednesday, no, let's say Thursday, their "
            "cut-off moved.",
        ),
        (
            "Wouter",
            "Merci. And I'll update the production plan and put it on the board for Monday.",
        ),
    ),
    actions=(
        Action("Koen", ("technician",), END_OF_WEEK),
        Action("Lieve", ("reprint",), FRIDAY),
        Action("Aurelie", ("stability", "test"), DECEMBER_3),
        Action("Lieve", ("cocoa", "butter"), THURSDAY),
        Action("Wouter", ("production", "plan"), NEXT_MONDAY),
    ),
    decisions=(
        ("dark", "couverture"),
        ("speculoos", "christmas"),
    ),
    questions=(("delhaize", "tins"),),
)


BOAT_CLUB_COMMITTEE = Meeting(
    name="boat_club_committee",
    lines=(
        (
            "Hector",
            "Right, okay, committee. Thanks for coming, I know it's eighth week and everyone's "
            "drowning in essays.",
        ),
        (
            "Araminta",
            "Just so it's noted, the minutes from last time were approved by email already.",
        ),
        ("Hector", "Cool. First thing, Torpids entries. Rollo, how's the money?"),
        (
            "Rollo",
            "About nine hundred in the account after the new blades. The entry fees are due to "
            "OURCs by the 15th.",
        ),
        ("Hector", "Can you pay the Torpids entry fees before the 15th, then?"),
        ("Rollo", "Yep, I'll do it."),
        ("Priyesh", "The novice crews still need a coach for Christ Church Regatta."),
        ("Clemmie", "I could maybe do Tuesday mornings, if my tutorials move."),
        (
            "Hector",
            "Let's get someone proper. I'll email the alumni list tonight asking for a volunteer "
            "coach.",
        ),
        ("Priyesh", "Should we make the erg test compulsory for seat racing?"),
        ("Hector", "Yes. From now on a 2k erg score is required before seat racing."),
        ("Clemmie", "Ugh, the 2k. My absolute favourite thing."),
        ("Araminta", "The boathouse roof is leaking over the eight rack again."),
        ("Hector", "The college said they'd send someone."),
        ("Araminta", "They said that in Michaelmas last year too."),
        ("Hector", "Fair. Araminta, can you write to the Domestic Bursar about the roof?"),
        ("Araminta", "Sure, I'll send it by Friday."),
        ("Priyesh", "And the club dinner, are we doing the Randolph again or somewhere cheaper?"),
        ("Rollo", "The Randolph quote hasn't come in, so we can't say yet."),
        (
            "Priyesh",
            "Okay. I'll put together the kit order for the novices and get it out next week.",
        ),
        (
            "Clemmie",
            "And I'm going to sort the trailer insurance by Friday, no, next Wednesday, the head "
            "race isn't till after.",
        ),
        (
            "Hector",
            "Great. Last thing: from next term outings move to 7am instead of 6:30. Everyone okay?"
            " Good, done.",
        ),
    ),
    actions=(
        Action("Rollo", ("entry", "fees"), THE_15TH),
        Action("Hector", ("alumni", "coach"), TODAY),
        Action("Araminta", ("roof",), FRIDAY),
        Action("Priyesh", ("kit", "order"), END_OF_NEXT_WEEK),
        Action("Clemmie", ("trailer", "insurance"), NEXT_WEDNESDAY),
    ),
    decisions=(
        ("erg",),
        ("outings",),
    ),
    questions=(("club", "dinner"),),
)


PET_FOOD_GROWTH = Meeting(
    name="pet_food_growth",
    lines=(
        (
            "Brandi",
            "Hey y'all, okay, let's jump in. Black Friday is this week so, uh, it's a big one.",
        ),
        (
            "Jared",
            "Quick update: the funnel test ended Friday, and the three-step checkout beat the "
            "five-step by twelve percent.",
        ),
        ("Brandi", "Love it. So we ship the three-step checkout to everyone. Done."),
        ("Luz", "For Black Friday, the email to lapsed subscribers isn't written yet."),
        ("Brandi", "Luz, can you have the email to lapsed subscribers ready by Wednesday?"),
        ("Luz", "Yep, on it."),
        ("Trent", "Influencers. The dog-treat TikTok guy wants five grand for one video."),
        ("Kendra", "Five grand for a corgi eating jerky. What a time to be alive."),
        ("Brandi", "Is that influencer worth five grand, though? Does TikTok even convert for us?"),
        ("Trent", "We just don't have the data to say."),
        ("Kendra", "The farmers market booth is Saturday. I'll bring the sample packs."),
        (
            "Trent",
            "I'm going to set up the referral tracking in Shopify before Black Friday, so by "
            "Thursday.",
        ),
        ("Jared", "Should we also pause the Google ads on the cat line? CAC is way up."),
        ("Brandi", "Yeah, let's pause those ads until December."),
        ("Jared", "Cool, I'll pause the cat campaigns this afternoon."),
        (
            "Luz",
            "Oh, and the retention dashboard. Kendra, is the churn number right? It looks really "
            "low.",
        ),
        ("Kendra", "I'm honestly not sure the churn calc excludes paused subscriptions. No idea."),
        (
            "Brandi",
            "Okay. I'll write up the Black Friday plan and share it in Slack tonight. Thanks, "
            "team.",
        ),
    ),
    actions=(
        Action("Luz", ("email", "lapsed"), WEDNESDAY),
        Action("Kendra", ("sample", "packs"), SATURDAY),
        Action("Trent", ("referral",), THURSDAY),
        Action("Jared", ("cat", "campaigns"), TODAY),
        Action("Brandi", ("plan",), TODAY),
    ),
    decisions=(
        ("checkout",),
        ("pause", "ads"),
    ),
    questions=(
        ("influencer",),
        ("churn",),
    ),
)


FRONT_OF_HOUSE = Meeting(
    name="front_of_house",
    lines=(
        ("Bronwyn", "Okay team, g'day, let's be quick, the matinee's at two. Mitch, bar first."),
        (
            "Mitch",
            "Bar's fine. We ran out of the Barossa shiraz on Saturday, but the reorder's gone in.",
        ),
        (
            "Bronwyn",
            "Good. The heat's the big thing this week, they're forecasting forty on Thursday.",
        ),
        ("Kylie", "Last heatwave we had three people faint in the queue."),
        (
            "Bronwyn",
            "So on hot days we open the foyer doors an hour early and hand out water. That's the "
            "call.",
        ),
        ("Tahnee", "I'll organise the water station and the cups for Thursday."),
        (
            "Deb",
            "Accessibility: the hearing loop in the stalls is crackling. Patrons complained at "
            "Friday's show.",
        ),
        ("Bronwyn", "Deb, can you log a job with the tech crew for the hearing loop?"),
        ("Deb", "Yep, no worries."),
        ("Kylie", "Ushers for the Christmas panto: I'm short three for the school matinees."),
        ("Bronwyn", "Kylie, could you put a callout on the volunteer Facebook group?"),
        ("Kylie", "Mm, I'd rather not, honestly, that group's dead and it never works."),
        (
            "Bronwyn",
            "Fair enough. I'll ring the uni drama society instead, they owe us one. By Wednesday.",
        ),
        ("Mitch", "Are we going cashless at the bar for the panto season?"),
        ("Bronwyn", "That's the board's call, and I've no idea which way they'll go."),
        (
            "Tahnee",
            "The lost property box is overflowing, there's about forty umbrellas in there. In "
            "Adelaide. Where it never rains.",
        ),
        ("Bronwyn", "Ha! Right, any lost property older than three months goes to the op shop."),
        ("Mitch", "I'll run the lost property down to the op shop on Friday, I've got the ute."),
        ("Deb", "Also, someone mentioned the new ticket scanners?"),
        ("Bronwyn", "They arrive next week, box office sorted that already."),
        (
            "Bronwyn",
            "And I'm going to send the heat plan to all the casuals tonight. Thanks, everyone.",
        ),
    ),
    actions=(
        Action("Tahnee", ("water", "station"), THURSDAY),
        Action("Deb", ("hearing", "loop"), None),
        Action("Bronwyn", ("drama",), WEDNESDAY),
        Action("Mitch", ("lost", "property"), FRIDAY),
        Action("Bronwyn", ("heat", "plan"), TODAY),
    ),
    decisions=(
        ("foyer", "early"),
        ("lost", "property"),
    ),
    questions=(("cashless",),),
)


BIKE_COURIER_WEEKLY = Meeting(
    name="bike_courier_weekly",
    lines=(
        (
            "Fenna",
            "Oké, let's start, it's the weekly. Coffee's in the pot. Who's facilitating? Me, "
            "apparently.",
        ),
        ("Jurre", "Ha, you lost the vote, Fenna."),
        ("Fenna", "First thing, winter tyres. It's getting icy on the canal bridges."),
        (
            "Sem",
            "We already voted last month to put the whole fleet on studded tyres, so that part's "
            "done.",
        ),
        ("Fenna", "Right, but who's ordering them? Sem?"),
        ("Sem", "Ja, I'll order forty studded tyres from the wholesaler by Friday."),
        ("Noa", "The cargo bike for the pharmacy route, the front brake is shot."),
        ("Ruben", "Leave it with me, I'll fix the brake tomorrow before my first shift."),
        (
            "Jurre",
            "New client thing. The law firm on the Herengracht wants same-hour deliveries, at our "
            "normal rate.",
        ),
        ("Noa", "Same-hour at the normal rate? Sure, and I'd like a pony."),
        (
            "Fenna",
            "Let's vote. Hands up for a ten percent surcharge on same-hour... okay, that's "
            "everyone. Surcharge it is.",
        ),
        ("Jurre", "I'll send them the new rate card today."),
        (
            "Noa",
            "Also, insurance. Does our policy cover riders on electric bikes, or only normal "
            "bikes?",
        ),
        ("Fenna", "Nobody knows. The broker never answers."),
        ("Ruben", "I could phone the broker, maybe, some time."),
        ("Fenna", "Okay. Next, the members' meeting about pay."),
        ("Noa", "I'm going to draft the proposal for the pay meeting, for next Tuesday."),
        (
            "Fenna",
            "And everyone, submit your hours in the new app by Sunday, otherwise payroll's late "
            "again.",
        ),
        ("Jurre", "Yes, boss."),
    ),
    actions=(
        Action("Sem", ("tyres",), FRIDAY),
        Action("Ruben", ("brake",), TOMORROW),
        Action("Jurre", ("rate", "card"), TODAY),
        Action("Noa", ("proposal",), NEXT_TUESDAY),
        Action(None, ("hours",), END_OF_WEEK),
    ),
    decisions=(("surcharge",),),
    questions=(("insurance", "electric"),),
)


HERITAGE_RAILWAY_VOLUNTEERS = Meeting(
    name="heritage_railway_volunteers",
    lines=(
        (
            "Dafydd",
            "Right then, bore da, let's make a start. Apologies from Ifor, he's having his knee "
            "done.",
        ),
        (
            "Eirlys",
            "Santa Specials: booking's gone mad, we sold out the first two weekends already.",
        ),
        (
            "Gethin",
            "The loco. Number 7 failed her boiler washout inspection on Thursday, the tube plate's"
            " weeping.",
        ),
        ("Dafydd", "Will she pass the inspection in time for the Santas?"),
        ("Gethin", "Honestly, no idea. That's up to the inspector, not me."),
        ("Dafydd", "Then we plan on the diesel for the Santas as the backup. Decided."),
        ("Gethin", "I'll ring the boiler inspector and get a date for the re-test by Wednesday."),
        (
            "Meirion",
            "Permanent way. The fence by the Afon crossing is down again, we had sheep on the line"
            " Sunday.",
        ),
        ("Dafydd", "Meirion, can your gang fix the fence on Saturday?"),
        ("Meirion", "Aye, we'll be out Saturday. I'll bring the post driver."),
        ("Glenys", "Tea room. The urn's finally died. Forty years old, bless it."),
        ("Glenys", "I've got a quote for a new one, three hundred and eighty pounds."),
        ("Dafydd", "Let's approve that. Go ahead and buy the urn, Glenys."),
        ("Glenys", "Lovely, I'll order it today."),
        ("Eirlys", "Volunteers for the Santas: we need two more elves and a guard."),
        ("Meirion", "I'm not dressing as an elf again, those photos still haunt me."),
        ("Eirlys", "I'll put a call for elves and a guard in the newsletter by Friday."),
        ("Gethin", "Is the safety audit this year or next?"),
        ("Dafydd", "Next March, the regulator wrote to us about it."),
        (
            "Dafydd",
            "And I'll sort the insurance certificate for the Santas before the end of the month.",
        ),
        ("Dafydd", "Diolch pawb. Tea's on, while we've still got an urn."),
    ),
    actions=(
        Action("Gethin", ("inspector",), WEDNESDAY),
        Action("Meirion", ("fence",), SATURDAY),
        Action("Glenys", ("urn",), TODAY),
        Action("Eirlys", ("newsletter",), FRIDAY),
        Action("Dafydd", ("insurance", "certificate"), END_OF_MONTH),
    ),
    decisions=(
        ("diesel",),
        ("urn",),
    ),
    questions=(("inspection",),),
)


FAB_SHIFT_HANDOVER = Meeting(
    name="fab_shift_handover",
    lines=(
        ("Wan-Ting", "Okay, handover from night shift. Chun-Hao, you ready?"),
        ("Chun-Hao", "Go ahead."),
        (
            "Wan-Ting",
            "Litho bay 3: the scanner had a stage error at 2 a.m., we recovered and requalified "
            "it. It's running.",
        ),
        (
            "Wan-Ting",
            "Etch chamber B is down. Particle counts went up after the PM, and about twelve lots "
            "are on hold.",
        ),
        (
            "Chun-Hao",
            "Twelve lots. Hmm. Jia-Hao, can you get the vendor to look at chamber B this morning?",
        ),
        ("Jia-Hao", "Sure, I'll call Lam support now."),
        ("Shu-Fen", "For the held lots, do we move them to chamber C?"),
        (
            "Chun-Hao",
            "No. Chamber C isn't qualified for that recipe. We keep the lots on hold until B is "
            "fixed.",
        ),
        ("Kuan-Yu", "The CMP slurry delivery is delayed, the supplier says Thursday now."),
        (
            "Chun-Hao",
            "That's tight. Kuan-Yu, can you check how many days of slurry we have left and tell me"
            " before lunch?",
        ),
        ("Kuan-Yu", "Okay, on it."),
        (
            "Shu-Fen",
            "Also, yield on the 28 nanometre product dropped two percent since Friday. I'm going "
            "to pull the wafer maps, by tomorrow.",
        ),
        ("Jia-Hao", "Maybe I could redo the chamber seasoning too, if there's time."),
        ("Shu-Fen", "Do we tell the customer about the delay on the held lots?"),
        (
            "Chun-Hao",
            "I don't know. That's the planning manager's decision, and she's in Tainan today.",
        ),
        ("Wan-Ting", "Oh, and the safety drill. Facilities said they'd run it Wednesday."),
        (
            "Chun-Hao",
            "Okay. Decision for both shifts: any chamber coming out of PM needs a particle check "
            "before release.",
        ),
        ("Chun-Hao", "I'll update the handover checklist with that by Wednesday."),
        ("Wan-Ting", "Good. I'm going home to sleep. Goodnight, or good morning."),
        ("Kuan-Yu", "Sleep well. Lucky you."),
    ),
    actions=(
        Action("Jia-Hao", ("vendor",), TODAY),
        Action("Kuan-Yu", ("slurry",), TODAY),
        Action("Shu-Fen", ("wafer", "maps"), TOMORROW),
        Action("Chun-Hao", ("checklist",), WEDNESDAY),
    ),
    decisions=(
        ("hold",),
        ("particle", "check"),
    ),
    questions=(("customer",),),
)


MEETINGS = (
    CONTROLLED_DRUGS_TEAM,
    CRUISE_HOTEL_BRIEFING,
    LEAK_RESPONSE,
    CHOCOLATE_PRODUCTION,
    BOAT_CLUB_COMMITTEE,
    PET_FOOD_GROWTH,
    FRONT_OF_HOUSE,
    BIKE_COURIER_WEEKLY,
    HERITAGE_RAILWAY_VOLUNTEERS,
    FAB_SHIFT_HANDOVER,
)
