"""Last meetings for the notes rules: a ninth set, "last", for one more honest measurement.

Written blind at the end of session 6, without reading the rules, their tests or the meetings of
the other sets, from a brief that gave no example wordings, and meant to be run once for an
honest figure. It holds ten kinds of meeting the other sets lack: a theatre production meeting
in tech week, a water treatment plant operations meeting, a remote coffee sourcing call between
a roastery and an exporter, a corporate treasury committee, an animal shelter volunteer
coordinators' meeting, an underground mine pre-shift meeting, an oceanographic research cruise
planning call, a recording studio mix review, a family furniture workshop's weekly meeting and
a community makerspace members' meeting. People talk as they do at work: some are not speaking
their first language, some rooms have a boss who settles things and some are flat, some are
tense and some relaxed. The labels are what a careful note-taker would write down; past work,
hypotheticals, conditional offers, requests nobody takes, answered questions, reported speech,
jokes, sarcasm and decisions taken earlier elsewhere are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight" and "this afternoon"
are that day, a bare weekday is the next one ("Monday" is 30 November), "next Tuesday" is the
Tuesday of next week, "the 10th" is 10 December, a period ("this week", "next month") is due on
its last day, Sunday for weeks, and a vague time ("when it comes", "before we sail") or no time
at all has no date.
"""

from __future__ import annotations

import datetime as dt

from bench.notes_heldout_meetings import (
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_TUESDAY,
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

DECEMBER_7 = dt.date(2026, 12, 7)
DECEMBER_10 = dt.date(2026, 12, 10)
END_OF_DECEMBER = dt.date(2026, 12, 31)

THEATRE_TECH = Meeting(
    name="theatre_tech",
    lines=(
        (
            "Siobhan",
            "Okay, let's go, we get the stage back at half eleven so this has to be quick. "
            "Notes from last night's tech first.",
        ),
        (
            "Adaeze",
            "The storm sequence is still too long. It's lovely, it's just long. "
            "I lost the actors in it.",
        ),
        (
            "Tomasz",
            "That's partly on me, the fade on cue 84 is eleven seconds. I built it like that "
            "because we talked about a slow build back in October.",
        ),
        ("Adaeze", "We did, and I was wrong. Let's cut it to four."),
        (
            "Tomasz",
            "Fine, I'll rebuild cues 84 to 90 tonight after the dress, so you'll see them "
            "tomorrow.",
        ),
        (
            "Keanu",
            "And the thunder has to move with it, or it sounds like the sky's running late.",
        ),
        (
            "Siobhan",
            "Keanu, can you shift the thunder to match once Tomasz has the new fades in?",
        ),
        (
            "Keanu",
            "Yeah, first thing tomorrow morning. I just need the desk to myself for twenty "
            "minutes.",
        ),
        (
            "Lin",
            "Quick one from wardrobe. Ruth's rain coat still bleeds dye onto her shirt, "
            "and we've washed it twice.",
        ),
        ("Adaeze", "Can't we just get a different coat?"),
        (
            "Lin",
            "Not by Thursday, not one that looks like that. I'd rather seal the lining, "
            "I'll do it this afternoon so it's dry for tonight.",
        ),
        (
            "Siobhan",
            "Great. Front of house asked whether we'd hold the curtain for latecomers on "
            "Thursday, because of the tram works.",
        ),
        (
            "Adaeze",
            "Ten minutes, no more. So we hold the curtain ten minutes for the preview.",
        ),
        (
            "Keanu",
            "Does the preshow loop need to be longer then? It's only twelve minutes.",
        ),
        ("Siobhan", "It loops, Keanu. It just goes round again."),
        (
            "Tomasz",
            "What we haven't sorted is the haze. The venue says the detector in the fly "
            "tower might go off if we run it at full during the storm.",
        ),
        (
            "Adaeze",
            "Has anyone actually asked the venue whether they can isolate that detector "
            "for the run?",
        ),
        (
            "Siobhan",
            "I asked on Friday, they said they'd come back to me, and nothing yet. "
            "I'll chase their technical manager today.",
        ),
        (
            "Tomasz",
            "If they say no we could keep the haze low and push the side light harder. "
            "But let's not plan that till we hear.",
        ),
        (
            "Adaeze",
            "And the curtain call. The full company bows first, then Ruth and Daniel, "
            "I've changed my mind on that.",
        ),
        ("Siobhan", "Noted. I'll walk the cast through the new bow at the half tonight."),
        ("Siobhan", "Right, that's us. Stage is yours from half eleven, Tomasz."),
    ),
    actions=(
        Action("Tomasz", ("rebuild", "cues"), TODAY),
        Action("Keanu", ("thunder",), TOMORROW),
        Action("Lin", ("seal", "lining"), TODAY),
        Action("Siobhan", ("chase", "technical"), TODAY),
        Action("Siobhan", ("cast", "bow"), TODAY),
    ),
    decisions=(
        ("cut", "four"),
        ("hold", "curtain", "ten"),
        ("company", "bows"),
    ),
    questions=(("isolate", "detector"),),
)

WATER_PLANT = Meeting(
    name="water_plant",
    lines=(
        (
            "Gareth",
            "Morning all. Three items: the turbidity alarms, filter four and the chlorine "
            "delivery. Priyanka, turbidity.",
        ),
        (
            "Priyanka",
            "We had four high-turbidity alarms on the raw water intake over the weekend, "
            "all after the rain on Saturday. Treated water stayed inside limits throughout.",
        ),
        ("Gareth", "Good. Did we change the coagulant dose or did it just ride through?"),
        (
            "Priyanka",
            "The night operator put it up about fifteen percent, which was the right call.",
        ),
        (
            "Gareth",
            "I want that written into the wet-weather procedure so it isn't down to whoever "
            "is on shift. Priyanka, can you draft that change to the procedure by Friday?",
        ),
        ("Priyanka", "Yes, Friday's fine."),
        (
            "Olumide",
            "Filter four. The backwash is still uneven, we think there's a broken lateral "
            "under the media. The only way to know is to drain it and dig.",
        ),
        ("Gareth", "How long is it out of service if we do that?"),
        ("Olumide", "Five days. Six if the underdrain is worse than we think."),
        (
            "Hana",
            "At this time of year we can manage on five filters. In July I'd have said no.",
        ),
        (
            "Gareth",
            "Then we take filter four out from next Monday and Olumide's team opens it up.",
        ),
        (
            "Olumide",
            "I'll get the vac truck and the media supplier booked today so they're here Monday.",
        ),
        (
            "Hana",
            "Before it goes back in service I need two clean bacteriological samples, "
            "twenty-four hours apart. Just so nobody plans a Friday restart and gets a "
            "surprise.",
        ),
        (
            "Gareth",
            "Understood. Chlorine: the supplier has pushed our delivery from Wednesday to "
            "the following Monday.",
        ),
        (
            "Hana",
            "We've got about nine days on site at the current dose, so it's tight but it works.",
        ),
        (
            "Gareth",
            "Tight isn't good enough for chlorine. Is there a second supplier on the "
            "framework we can call for a top-up?",
        ),
        (
            "Priyanka",
            "There was Aquachem, but I don't know whether they survived the retender.",
        ),
        (
            "Gareth",
            "Hana, can you find out today whether Aquachem are still on the framework?",
        ),
        ("Hana", "Will do."),
        (
            "Olumide",
            "Not on the agenda, but the north gate is sticking again.",
        ),
        (
            "Gareth",
            "Olumide, put a job in for the north gate, it's not today's problem.",
        ),
        ("Olumide", "Yep."),
        (
            "Gareth",
            "One thing I want settled: from now on any dose change over ten percent gets "
            "logged with a reason, day or night.",
        ),
        (
            "Priyanka",
            "That's fair. Should those changes also go to the regulator in the monthly "
            "return, or stay internal?",
        ),
        ("Gareth", "Honestly, I don't know. Let's park that one. Thanks, everyone."),
    ),
    actions=(
        Action("Priyanka", ("draft", "procedure"), FRIDAY),
        Action("Olumide", ("vac", "truck"), TODAY),
        Action("Hana", ("aquachem", "framework"), TODAY),
        Action("Olumide", ("job", "gate"), None),
    ),
    decisions=(
        ("take", "filter", "four"),
        ("dose", "change", "logged"),
    ),
    questions=(
        ("second", "supplier"),
        ("regulator", "monthly", "return"),
    ),
)

COFFEE_SOURCING = Meeting(
    name="coffee_sourcing",
    lines=(
        ("Freya", "Hola Mateo, hola Camila, can you hear us? Rune is here with me also."),
        (
            "Mateo",
            "Yes, yes, we hear good. The internet at the finca is not so nice, so if I "
            "disappear, Camila will continue.",
        ),
        (
            "Freya",
            "Perfect. So, the samples from the Pitalito lots arrived Thursday and we cupped "
            "them on Friday.",
        ),
        (
            "Rune",
            "The washed one from Don Alirio was excellent, eighty-six for me. The natural "
            "was a bit, how do you say, too fermented, too winey.",
        ),
        (
            "Camila",
            "Yes, we found this also on our table. The drying was slow because of the rain "
            "in October.",
        ),
        (
            "Rune",
            "So for the washed lot we are sure: we take the thirty bags at the price from "
            "our last call.",
        ),
        (
            "Mateo",
            "Very good, Don Alirio will be happy. I will send you the contract tomorrow, "
            "with the price and the shipping window.",
        ),
        ("Freya", "And the natural, we pass this year. Maybe next harvest."),
        (
            "Camila",
            "There is another natural, from a small farm near Bruselas, dried on raised "
            "beds, much more clean. You want a sample?",
        ),
        ("Rune", "Yes please, we would like to try it."),
        ("Camila", "Okay, I send the sample this week with DHL."),
        (
            "Freya",
            "The shipping. Last year the container sat in Cartagena for three weeks, "
            "we don't want that again.",
        ),
        (
            "Mateo",
            "This year we use another forwarder, they are more, eh, serious. But the boat "
            "depends when the port has space, I cannot promise a date now.",
        ),
        (
            "Freya",
            "Do you think it can leave before the end of January? Our spring blend needs "
            "it here in March.",
        ),
        (
            "Mateo",
            "I think yes, but I don't know for sure until the forwarder gives the booking.",
        ),
        (
            "Rune",
            "And the pre-financing, we said thirty percent advance for the producers. "
            "Is that still okay for them?",
        ),
        ("Mateo", "Yes, thirty percent is what they need to pay the pickers. Is fine."),
        (
            "Rune",
            "Good, then I make the transfer of the advance as soon as the contract is signed.",
        ),
        (
            "Camila",
            "One more thing, the photos and the story of the farm for your bags. "
            "Don Alirio's daughter takes very nice pictures.",
        ),
        (
            "Freya",
            "Oh, that would be lovely. Could you send the photos by the 10th? Our designer "
            "starts on the labels then.",
        ),
        ("Camila", "Yes, by the 10th, no problem."),
        ("Mateo", "And you come to visit us in February, no? For the new harvest?"),
        ("Rune", "That's the plan, yes."),
        ("Freya", "Perfect. Muchas gracias, both of you."),
        ("Mateo", "Gracias, un abrazo from Huila."),
    ),
    actions=(
        Action("Mateo", ("contract",), TOMORROW),
        Action("Camila", ("sample",), END_OF_WEEK),
        Action("Rune", ("transfer", "advance"), None),
        Action("Camila", ("photos",), DECEMBER_10),
    ),
    decisions=(
        ("thirty", "bags"),
        ("natural", "pass"),
    ),
    questions=(("leave", "january"),),
)

TREASURY_COMMITTEE = Meeting(
    name="treasury_committee",
    lines=(
        (
            "Margaret",
            "Let's be efficient. Deepak, the cash position and then the euro hedge.",
        ),
        (
            "Deepak",
            "Group cash is two hundred and ten million, up eighteen on last month, mostly "
            "the Nordic entities collecting early.",
        ),
        ("Margaret", "Fine. The hedge."),
        (
            "Deepak",
            "We're sixty percent hedged on euro receipts for the first half. Policy range is "
            "fifty to eighty, and my recommendation is we go to seventy-five given where the "
            "rate has gone.",
        ),
        (
            "Sven",
            "My concern is the forecast. The Q1 euro receipts assume the Lyon contract "
            "renews, and that isn't signed.",
        ),
        ("Margaret", "How confident are sales on Lyon?"),
        ("Sven", "Ninety percent, they say. They said ninety percent on Antwerp too."),
        (
            "Margaret",
            "Right. We go to seventy percent, not seventy-five, and we revisit when Lyon signs.",
        ),
        (
            "Aisha",
            "I can have the forwards placed by Wednesday, split across the three "
            "relationship banks, once I've got quotes.",
        ),
        ("Margaret", "Wednesday is fine. Next, the revolving credit facility."),
        (
            "Deepak",
            "It matures in September. The banks want to start talking in January, and I'd "
            "rather go out earlier, before the year-end results.",
        ),
        (
            "Margaret",
            "Do we want to keep five banks in the group, or cut it to three?",
        ),
        (
            "Sven",
            "Three is simpler, but Handelsbanken and ING gave us the trade lines. If we drop "
            "them from the revolver they'll want to reprice those.",
        ),
        (
            "Margaret",
            "That's the point I can't answer today. Deepak, I want a one-page paper on three "
            "banks versus five, including the trade lines, for the committee on the 15th.",
        ),
        ("Deepak", "Yes."),
        (
            "Aisha",
            "On fees, I finished the October reconciliation, and Citi overcharged us about "
            "four thousand.",
        ),
        ("Margaret", "Get it back. Who talks to Citi?"),
        (
            "Deepak",
            "I'll raise it with our relationship manager on Thursday, we have a call anyway.",
        ),
        (
            "Sven",
            "One for the diary: the auditors want the treasury confirmations by the second "
            "week of December.",
        ),
        (
            "Margaret",
            "Aisha, can you make sure the confirmation requests go out this week?",
        ),
        ("Aisha", "Yes."),
        (
            "Margaret",
            "And from January the hedge ratio comes to this committee monthly, not quarterly.",
        ),
        ("Deepak", "Does that include the dollar exposure, or only euro?"),
        ("Margaret", "Both. Thank you, that's all."),
    ),
    actions=(
        Action("Aisha", ("forwards", "placed"), WEDNESDAY),
        Action("Deepak", ("paper",), THE_15TH),
        Action("Deepak", ("raise", "relationship"), THURSDAY),
        Action("Aisha", ("confirmation", "requests"), END_OF_WEEK),
    ),
    decisions=(
        ("seventy", "percent"),
        ("hedge", "ratio", "monthly"),
    ),
    questions=(("keep", "five", "banks"),),
)

ANIMAL_SHELTER = Meeting(
    name="animal_shelter",
    lines=(
        ("Rosa", "Okay, kettle's on, let's start. Who wants to go first?"),
        (
            "Kwame",
            "Me, quickly, I've got the vet run at eleven. Eleven dogs in at the moment, and "
            "three passed their weekend assessments, so they're ready for adoption.",
        ),
        ("Bethany", "Is Biscuit one of them? The little terrier?"),
        (
            "Kwame",
            "Biscuit, yes, and the two collie brothers. Biscuit still won't go near men in "
            "hats, which, honestly, fair.",
        ),
        (
            "Rosa",
            "Can someone write up their profiles for the website? Saturday's photos are on "
            "the shared drive.",
        ),
        (
            "Yuki",
            "I'll write the profiles, I like doing those. They'll be up by Wednesday evening.",
        ),
        (
            "Bethany",
            "Volunteer rota. December is a mess, half the weekend people are away over Christmas.",
        ),
        ("Rosa", "Every single year."),
        (
            "Bethany",
            "I was thinking we ask the Thursday evening group if any of them could swap to "
            "weekends, just for December.",
        ),
        (
            "Kwame",
            "They'd say yes if we offered something, like that Christmas dinner we did two "
            "years ago.",
        ),
        ("Rosa", "That dinner cost us more than it raised, Kwame."),
        ("Yuki", "So are we asking them or not?"),
        (
            "Bethany",
            "Yes, I'll message the Thursday group tonight and see who bites.",
        ),
        (
            "Kwame",
            "Okay, I have to go soon. The kennel heater in block B is making that clicking "
            "noise again.",
        ),
        ("Rosa", "Didn't the council say they'd send someone?"),
        ("Kwame", "They said that in October."),
        (
            "Rosa",
            "Right, I'm done waiting. We use the emergency fund and get our own electrician in.",
        ),
        (
            "Bethany",
            "My cousin is an electrician, I'll call him today and see when he can come.",
        ),
        (
            "Yuki",
            "Should we tell the council we've done it? They might refuse to pay us back.",
        ),
        ("Rosa", "Honestly, no idea if they would."),
        (
            "Kwame",
            "Right, I'm off. Oh, and the adoption open day is the 12th, isn't it?",
        ),
        ("Rosa", "The 12th, yes, we settled that last month. Go, the vet's waiting."),
    ),
    actions=(
        Action("Yuki", ("profiles",), WEDNESDAY),
        Action("Bethany", ("message", "thursday", "group"), TODAY),
        Action("Bethany", ("call", "cousin"), TODAY),
    ),
    decisions=(("emergency", "fund", "electrician"),),
    questions=(("tell", "council"),),
)

MINE_PRE_SHIFT = Meeting(
    name="mine_pre_shift",
    lines=(
        (
            "Dale",
            "Right, listen up, I'll keep it short. Level 740, the north drive stope is closed "
            "until geotech's been in. Nobody goes past the barricade.",
        ),
        (
            "Mariana",
            "I'll do the inspection straight after this, and I'll tell you by ten whether it "
            "can reopen.",
        ),
        ("Dale", "Good. Thabo, you're on the jumbo in the 780 decline, same as Friday."),
        (
            "Thabo",
            "The jumbo lost hydraulic pressure twice on Friday. I wrote it up but I don't "
            "know if anyone looked.",
        ),
        (
            "Lachlan",
            "I looked. It's a hose on the boom, the part comes down on the cage tomorrow.",
        ),
        ("Dale", "So can it run today or not?"),
        (
            "Lachlan",
            "It'll run, just watch the gauge. If it drops again, park it and call me.",
        ),
        (
            "Dale",
            "No. If it's a known fault we don't run it. Thabo, you're on the loader today, "
            "and the jumbo stays parked till the hose is replaced.",
        ),
        (
            "Lachlan",
            "Fair enough. I'll have the hose fitted tomorrow afternoon once the part's down.",
        ),
        (
            "Wiremu",
            "Boss, the ventilation on 740, the readings were low Saturday night, about a "
            "third under.",
        ),
        ("Dale", "Was the fan off?"),
        ("Wiremu", "Power dropped out for an hour, it came back on by itself."),
        (
            "Dale",
            "Right. Wiremu, get a fresh reading before anyone goes down there, and put it on "
            "the board.",
        ),
        ("Wiremu", "Yep."),
        ("Thabo", "What about the blast on Wednesday, is it still on if 740 stays shut?"),
        ("Dale", "Depends what Mariana finds. I can't tell you yet."),
        (
            "Mariana",
            "If the ground has moved I'd want a survey before any firing on that level, and "
            "that could take two days.",
        ),
        (
            "Dale",
            "Also, from today everyone signs the tag board going in and coming out, no "
            "exceptions. I caught two people skipping it last week.",
        ),
        (
            "Lachlan",
            "What about visitors? The drilling contractors are here Thursday.",
        ),
        ("Dale", "Same rule. Anyone underground signs the board."),
        (
            "Dale",
            "Last thing, I'll put the Christmas shutdown roster up Friday. If you want leave, "
            "talk to me before then.",
        ),
        ("Thabo", "Any chance of a barbecue this year?"),
        ("Dale", "Ask me when the stope's open. Be safe, off you go."),
    ),
    actions=(
        Action("Mariana", ("inspection",), TODAY),
        Action("Lachlan", ("hose", "fitted"), TOMORROW),
        Action("Wiremu", ("fresh", "reading"), None),
        Action("Dale", ("christmas", "roster"), FRIDAY),
    ),
    decisions=(
        ("jumbo", "stays", "parked"),
        ("signs", "tag", "board"),
    ),
    questions=(("blast", "wednesday"),),
)

RESEARCH_CRUISE = Meeting(
    name="research_cruise",
    lines=(
        (
            "Ingrid",
            "Hi everyone, thanks for joining from so many time zones. Kenji, I know it's "
            "late for you.",
        ),
        ("Kenji", "It's fine, only eleven at night. I have tea."),
        (
            "Ingrid",
            "The main thing today is the station plan. We have twenty-two days of ship time "
            "and thirty-one stations, which doesn't fit.",
        ),
        (
            "Diego",
            "From the ship side, the transit alone is eight days, and we should keep two "
            "days for weather. The Drake Passage in March is not gentle.",
        ),
        (
            "Kenji",
            "I can give up the four eastern CTD stations if we keep the mooring recovery. "
            "That mooring has two years of data, we cannot lose it.",
        ),
        (
            "Ingrid",
            "Agreed, the mooring is not negotiable. So we drop the four eastern CTD stations.",
        ),
        (
            "Fatima",
            "My sediment cores, are they still in the plan? I need at least six for my thesis.",
        ),
        (
            "Ingrid",
            "They are, six cores. But each core is about five hours on the winch, so they "
            "must go on stations where we already stop.",
        ),
        (
            "Fatima",
            "Okay. I will redo the map with the cores on the existing stations and send it "
            "to everyone before Friday.",
        ),
        (
            "Diego",
            "One issue: the corer winch had a problem with the level wind on the last cruise. "
            "It's repaired, but I want a test in port before we sail.",
        ),
        ("Ingrid", "Can you arrange that test with the crew in Punta Arenas?"),
        ("Diego", "Yes, I'll arrange it for the week before departure and confirm by email."),
        (
            "Kenji",
            "And the permits. The first three stations are in Chilean waters. Do we have the "
            "research permit already?",
        ),
        (
            "Ingrid",
            "The application went in in September. We haven't heard anything since.",
        ),
        (
            "Diego",
            "Normally it takes about three months. It should be okay, but it is not certain.",
        ),
        (
            "Ingrid",
            "I'll write to our ministry contact this week and ask where it is.",
        ),
        (
            "Fatima",
            "Also, can I bring a second student? Amira from my lab is interested, she would "
            "help with the cores at night.",
        ),
        (
            "Ingrid",
            "There are thirty berths and twenty-eight names, so yes, Amira can come, I'm "
            "happy with that.",
        ),
        (
            "Ingrid",
            "I'll check with the funder about her insurance, but that's a formality.",
        ),
        (
            "Kenji",
            "For the data, do we use the same format as last time, or the new one the data "
            "centre wants?",
        ),
        (
            "Ingrid",
            "Let's not decide that today, I want to see what the data centre really "
            "requires. Kenji, could you look at their requirements?",
        ),
        ("Kenji", "Sure, I'll go through them before the next call on the 7th."),
        ("Diego", "Same time on the 7th?"),
        ("Ingrid", "Same time. Thanks all, and Kenji, go to bed."),
    ),
    actions=(
        Action("Fatima", ("redo", "map"), FRIDAY),
        Action("Diego", ("arrange", "test"), None),
        Action("Ingrid", ("ministry", "contact"), END_OF_WEEK),
        Action("Ingrid", ("funder", "insurance"), None),
        Action("Kenji", ("requirements",), DECEMBER_7),
    ),
    decisions=(
        ("drop", "four", "eastern"),
        ("amira", "come"),
    ),
    questions=(
        ("research", "permit"),
        ("same", "format"),
    ),
)

STUDIO_MIX = Meeting(
    name="studio_mix",
    lines=(
        (
            "Oisín",
            "Okay, you've all had the rough mixes since Thursday. Just go, what's bugging you.",
        ),
        (
            "Nadia",
            "Track three. The vocal's buried in the chorus. I know I said I wanted it to sit "
            "back, but now it's too far back.",
        ),
        (
            "Oisín",
            "Yeah, I pulled it down after you said that. I'll bring the vocal up a couple "
            "of dB in the choruses and ride it by hand.",
        ),
        ("Marcus", "The snare on four sounds like a cardboard box."),
        ("Leilani", "It sounded like a cardboard box in the room, Marcus."),
        (
            "Marcus",
            "That's the sound, though. In the mix it's just too dry. Can we get some room "
            "back on it?",
        ),
        ("Oisín", "We've got the room mics, I'll blend some in and you tell me."),
        (
            "Leilani",
            "My big one is the bass on seven, it's fighting the kick. Could we sidechain it, "
            "or should I just replay the part?",
        ),
        (
            "Oisín",
            "Honestly, I'd rather fix it with EQ first. Replaying means another studio day "
            "we haven't budgeted for.",
        ),
        ("Nadia", "Let's try the EQ and only replay if it doesn't work."),
        (
            "Marcus",
            "Also, the running order. I still think 'Salt' should open, not 'Low Tide'.",
        ),
        ("Nadia", "We've argued about this three times."),
        (
            "Leilani",
            "And we'll argue three more. Can't we wait till we hear the finished mixes "
            "back to back?",
        ),
        (
            "Oisín",
            "So the running order stays open until the mixes are finished.",
        ),
        (
            "Oisín",
            "Deadline-wise, mastering is booked with Yasmin on the 14th, so I need final "
            "approval on the mixes by the 10th at the latest.",
        ),
        (
            "Nadia",
            "The 10th, okay. I'll put everyone's notes into one email tonight, so you don't "
            "get four different versions.",
        ),
        ("Oisín", "Perfect. Then I'll have revised mixes to you by Friday."),
        (
            "Marcus",
            "What about the vinyl? Are we still doing a vinyl run or is that dead?",
        ),
        (
            "Leilani",
            "Depends if the label pays. Last I heard from Tom they were 'looking into it'.",
        ),
        ("Nadia", "I'll ask Tom straight out on Wednesday when we see him."),
        (
            "Oisín",
            "And Marcus, I need your drum tech's invoice, the studio keeps asking me for it.",
        ),
        ("Marcus", "Ugh, yes. I'll chase him."),
        ("Nadia", "Great. Same time Friday then, to listen through?"),
        ("Oisín", "Friday, four o'clock. Bring biscuits."),
    ),
    actions=(
        Action("Oisín", ("vocal",), None),
        Action("Oisín", ("room", "mics"), None),
        Action("Nadia", ("notes", "email"), TODAY),
        Action("Oisín", ("revised", "mixes"), FRIDAY),
        Action("Nadia", ("ask", "tom"), WEDNESDAY),
        Action("Marcus", ("invoice",), None),
    ),
    decisions=(
        ("try", "eq"),
        ("friday", "four"),
    ),
    questions=(
        ("running", "order", "stays"),
        ("vinyl", "run"),
    ),
)

FURNITURE_WORKSHOP = Meeting(
    name="furniture_workshop",
    lines=(
        ("Giuseppe", "So. The Hendricks table. Where are we?"),
        (
            "Rahul",
            "The top is glued up and flattened. Legs are turned, I'm cutting the joinery "
            "today and tomorrow.",
        ),
        ("Giuseppe", "The oak, it moved?"),
        (
            "Rahul",
            "A little on the third board, two millimetres. I planed it out, it's fine now.",
        ),
        (
            "Anneke",
            "Mrs Hendricks emailed on Friday, she wants to know if we can deliver before the "
            "12th, they have family coming.",
        ),
        ("Giuseppe", "The 12th. Chloé, the finish, how long?"),
        (
            "Chloé",
            "Oil, three coats with a day between, then it has to cure a week before anyone "
            "eats on it. If I get it Thursday, the earliest is around the 7th.",
        ),
        (
            "Giuseppe",
            "Then we deliver on the 10th, and we keep two days for safety.",
        ),
        ("Anneke", "I'll email her today and confirm the 10th."),
        (
            "Rahul",
            "Okay, I'll have the table in the finishing room by Thursday. It's tight with "
            "the joinery, but I can do it.",
        ),
        ("Giuseppe", "Good. Now, the new spray booth. I don't like it."),
        ("Anneke", "Papà, we've already paid for half of it."),
        (
            "Giuseppe",
            "I know. I still don't like it. But the extraction in the old one is illegal now, so.",
        ),
        (
            "Chloé",
            "The installer said he needs the back wall clear by the 1st for the fitting.",
        ),
        (
            "Giuseppe",
            "Rahul, Chloé, on Saturday we clear the back wall together. I bring lunch.",
        ),
        ("Rahul", "Saturday I can do until two."),
        (
            "Anneke",
            "The other thing is the price list. We haven't changed prices in two years and "
            "oak has gone up thirty percent.",
        ),
        ("Giuseppe", "People come to us because we are fair."),
        (
            "Anneke",
            "People come to us because you're good, Papà. Being fair doesn't mean losing "
            "money on every table.",
        ),
        ("Giuseppe", "Fine. Fine. Prices go up ten percent from January, not more."),
        ("Anneke", "And the commissions we've already quoted? Do they get the old price?"),
        ("Giuseppe", "That I have to think about. Some of those are old customers."),
        (
            "Anneke",
            "I'll update the price list on the website next month, ready for January.",
        ),
        ("Giuseppe", "Va bene. Back to work."),
    ),
    actions=(
        Action("Anneke", ("email", "confirm"), TODAY),
        Action("Rahul", ("table", "finishing"), THURSDAY),
        Action(None, ("clear", "back", "wall"), SATURDAY),
        Action("Anneke", ("price", "website"), END_OF_DECEMBER),
    ),
    decisions=(
        ("deliver", "10th"),
        ("prices", "ten", "percent"),
    ),
    questions=(("commissions", "quoted"),),
)

MAKERSPACE = Meeting(
    name="makerspace",
    lines=(
        (
            "Jonas",
            "Okay, it's seven, let's start even though half of you are still at the pizza. "
            "First thing, the laser cutter.",
        ),
        (
            "Ifeoma",
            "It's down again. The tube is dying, it won't cut through six mil ply anymore.",
        ),
        ("Tariq", "A new tube is about six hundred. We've got eleven hundred in the kitty."),
        (
            "Mei",
            "Or we put that towards a new machine. The whole thing is nine years old.",
        ),
        (
            "Pablo",
            "A new machine is four grand minimum. We don't have four grand, we have eleven "
            "hundred and a lot of opinions.",
        ),
        (
            "Jonas",
            "Hands up for a tube now and fundraising for a new machine later? Okay, that's "
            "pretty clear. We buy the tube.",
        ),
        (
            "Tariq",
            "I'll order the tube tonight, the supplier in Leeds was quickest last time.",
        ),
        (
            "Ifeoma",
            "And I'll fit it when it comes, I did the last one. Someone help me carry it "
            "though, they're fragile.",
        ),
        (
            "Mei",
            "Second thing, inductions. Three new members have used the bandsaw without being "
            "signed off.",
        ),
        ("Jonas", "Which is how someone loses a finger and we lose our insurance."),
        (
            "Mei",
            "So my proposal: nobody gets a key fob until they've done the basic safety induction.",
        ),
        ("Pablo", "Even people who've been coming for years?"),
        (
            "Mei",
            "New members only. Old members keep their fobs, but they still need sign-off on "
            "the big tools.",
        ),
        (
            "Jonas",
            "Anyone against? No? Then that's agreed: no key fob without the induction for "
            "new members.",
        ),
        (
            "Mei",
            "I'll write up the induction checklist and pin it in the chat by next Tuesday.",
        ),
        (
            "Pablo",
            "Who's actually running the inductions, though? Last year it was all Ifeoma and "
            "she burned out.",
        ),
        ("Ifeoma", "I did. I'm not doing it alone again."),
        (
            "Jonas",
            "Fair. We need a rota, but I'm not volunteering people who aren't in the room.",
        ),
        (
            "Tariq",
            "Last one from me: the landlord renews the lease in February and he's hinting at "
            "a rent increase.",
        ),
        ("Pablo", "How much of an increase are we talking about?"),
        ("Tariq", "He wouldn't say. 'In line with the market', which could mean anything."),
        (
            "Jonas",
            "Tariq, can you ask him to put it in writing before the next meeting?",
        ),
        ("Tariq", "Sure, I'll email him this week."),
        (
            "Mei",
            "And can someone please clean the 3D printer bed? Somebody left melted PLA all "
            "over it.",
        ),
        ("Jonas", "On that note, pizza."),
    ),
    actions=(
        Action("Tariq", ("order", "tube"), TODAY),
        Action("Ifeoma", ("fit",), None),
        Action("Mei", ("induction", "checklist"), NEXT_TUESDAY),
        Action("Tariq", ("writing",), END_OF_WEEK),
    ),
    decisions=(
        ("buy", "tube"),
        ("key", "fob", "without"),
    ),
    questions=(
        ("running", "inductions"),
        ("much", "increase"),
    ),
)

MEETINGS = (
    THEATRE_TECH,
    WATER_PLANT,
    COFFEE_SOURCING,
    TREASURY_COMMITTEE,
    ANIMAL_SHELTER,
    MINE_PRE_SHIFT,
    RESEARCH_CRUISE,
    STUDIO_MIX,
    FURNITURE_WORKSHOP,
    MAKERSPACE,
)
