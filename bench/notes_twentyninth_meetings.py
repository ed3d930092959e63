"""Twenty-ninth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a city marathon organising committee in Rotterdam, a dairy farm's herd health
meeting in Wisconsin, a hospital radiology department's scheduling meeting in Toronto, a mobile
game live-ops sync in Helsinki, a wedding photography studio's weekly meeting in Lisbon, a
customs brokerage team's shift meeting at the port of Felixstowe, a secondary school's trip
planning meeting in Leeds, an e-scooter sharing operations call in Paris, a university student
union's events committee in Dublin and a vertical farm's grow team meeting in Singapore. People
talk as they do: fillers, asides, jokes, interruptions, self-corrections, a date changed
mid-sentence, commitments in many forms ("I'll", "leave it with me", "can you ...?" answered
"sure" or "on it", "let me", "I'm going to", the boss saying someone will and that person
agreeing), due dates in many forms or none. The labels are what a careful note-taker would write
down; past work, things that happen anyway, hypotheticals, hedges, requests nobody takes, polite
refusals, answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are
there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next
Tuesday", "next Wednesday" and "next Friday" are those of next week, "the 3rd" is 3 December, a
vague period ("this week", "the end of the month") is due on its last day, Sunday for weeks, and
"soon", "as soon as" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_MONTH,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
    NEXT_TUESDAY,
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


MARATHON_ORGANISING_COMMITTEE = Meeting(
    name="marathon_organising_committee",
    lines=(
        ("Daan", "Okay, goedemorgen everyone, let's start, we have a lot. Sanne, the route first?"),
        (
            "Sanne",
            "Yes. So the municipality signed off the Erasmus bridge closure last week, "
            "that part is done. What's still open is the tram detour on the Coolsingel.",
        ),
        ("Daan", "Can you get the RET people on a call about the tram detour this week?"),
        ("Sanne", "Sure, I'll set that up by Friday."),
        (
            "Bram",
            "Water stations. We have twenty-two planned, but honestly I only have "
            "volunteers for about fifteen of them.",
        ),
        ("Femke", "Fifteen? Last year a school group ran three of them for us."),
        ("Bram", "Their teacher told me they might come back, but, you know, might."),
        ("Daan", "Femke, you know the school coordinators. Could you ring round the schools?"),
        (
            "Femke",
            "Yeah, on it. I'll do it tomorrow — no wait, tomorrow I'm at the expo all day. "
            "Wednesday then.",
        ),
        ("Daan", "Wednesday is fine. Joris, medals?"),
        ("Joris", "The supplier sent the proof, and the ribbon is orange. Like, very orange."),
        ("Daan", "It's Rotterdam. Orange is fine."),
        (
            "Joris",
            "Ha. Okay. But they need the final quantity. Do we order eighteen thousand or "
            "twenty thousand?",
        ),
        (
            "Daan",
            "Registrations are at sixteen and a half. Let's go with twenty thousand, we "
            "always get the late surge.",
        ),
        ("Joris", "Then I'll confirm twenty thousand with the supplier today."),
        ("Sanne", "Do we know yet whether the main sponsor wants their logo on the medal as well?"),
        ("Daan", "No idea. Nobody has heard from them in weeks."),
        (
            "Bram",
            "And the portable toilets — if it rains like last time we'd need twice as many "
            "at the start. Maybe I could ask the toilet company about a rain option, I "
            "don't know.",
        ),
        (
            "Daan",
            "Let's not go there today. Bram, the volunteer gap — I'd like a proper list of "
            "which water stations are still empty by next Tuesday.",
        ),
        ("Bram", "Fine, you'll have it."),
        ("Femke", "And for the expo stand, are we taking the big banner or the small one?"),
        ("Daan", "The small banner. The big one costs a fortune to ship."),
        (
            "Joris",
            "Daan, sorry, one more — who pays for the signage for the tram detour, us or the city?",
        ),
        ("Daan", "Good question. Nobody knows, so we park it for now."),
        ("Daan", "Right. I'll send the minutes round tonight. Thanks, all."),
    ),
    actions=(
        Action("Sanne", ("tram", "detour"), FRIDAY),
        Action("Femke", ("schools",), WEDNESDAY),
        Action("Joris", ("supplier",), TODAY),
        Action("Bram", ("stations",), NEXT_TUESDAY),
        Action("Daan", ("minutes",), TODAY),
    ),
    decisions=(
        ("twenty", "thousand"),
        ("small", "banner"),
    ),
    questions=(
        ("sponsor", "logo"),
        ("signage",),
    ),
)


DAIRY_HERD_HEALTH = Meeting(
    name="dairy_herd_health",
    lines=(
        (
            "Hank",
            "Alright, let's get going, Doc's only got an hour. Kristen, you want to start "
            "with the cell counts?",
        ),
        (
            "Kristen",
            "Sure. Bulk tank came back at two-forty, up from one-eighty. Not a disaster, "
            "but it's moving the wrong way.",
        ),
        ("Travis", "We had those four clinical cases in pen three, that's probably most of it."),
        (
            "Kristen",
            "Probably. From now on I want us to culture every new clinical case before "
            "anybody treats it.",
        ),
        ("Hank", "Okay. We'll do that. Culture first, then treat."),
        ("Travis", "Then I'll need more sample tubes, we've got like six left."),
        (
            "Kristen",
            "I'll drop a box of sample tubes off Wednesday when I'm out for the herd check.",
        ),
        ("Hank", "Hoof trimmer. Cody, did you call the guy?"),
        ("Cody", "Yeah, I called him Friday. He can come the 3rd."),
        (
            "Hank",
            "Good. Can you have the lame cows sorted into the hospital pen by the morning "
            "of the 3rd?",
        ),
        ("Cody", "Yep, can do."),
        (
            "Marlene",
            "Hank, on the dry cows — I went through the close-up ration and the "
            "potassium's too high. That's your milk fever right there.",
        ),
        ("Hank", "How many milk fevers this month, Travis?"),
        ("Travis", "Three. Two of them in one week."),
        (
            "Marlene",
            "I'd like to swap the grass hay for the low-potassium hay from the north field.",
        ),
        ("Hank", "Do it. We switch the hay starting Monday."),
        ("Marlene", "Okay. I'll write up the new ration sheet and text it to Travis by Friday."),
        ("Travis", "Text it, Marlene, don't email it. I never look at email."),
        (
            "Hank",
            "What about the Johne's testing — whole herd again this year, or just the older cows?",
        ),
        (
            "Kristen",
            "Honestly, I don't know what the co-op requires this year. They changed the "
            "program and nobody's sent out the new rules.",
        ),
        ("Hank", "So the testing's up in the air for now."),
        ("Cody", "My cousin says his vet does all of it off milk samples now, way cheaper."),
        ("Hank", "Your cousin says a lot of things."),
        (
            "Hank",
            "Last thing, bedding sand. I'm going to call Miller's about a bigger load of "
            "sand this week, before the ground freezes.",
        ),
        (
            "Kristen",
            "And the milk samples we pulled from pen three last week — I'll send you the "
            "results as soon as the lab has them.",
        ),
        ("Travis", "Are we still on for seven on Wednesday?"),
        ("Kristen", "Seven, yeah. Bring coffee."),
    ),
    actions=(
        Action("Kristen", ("tubes",), WEDNESDAY),
        Action("Cody", ("lame",), DECEMBER_3),
        Action("Marlene", ("ration", "sheet"), FRIDAY),
        Action("Hank", ("sand",), END_OF_WEEK),
        Action("Kristen", ("results",), None),
    ),
    decisions=(
        ("culture",),
        ("hay",),
    ),
    questions=(("testing",),),
)


RADIOLOGY_SCHEDULING = Meeting(
    name="radiology_scheduling",
    lines=(
        ("Gurpreet", "Okay folks, let's start. Wait times first. Nkechi, where are we on MRI?"),
        ("Nkechi", "Outpatient MRI is at ninety-four days. Um, it was eighty-one in October."),
        (
            "Mariam",
            "That's mostly knee and shoulder referrals. The ortho clinic doubled their volume.",
        ),
        (
            "Gurpreet",
            "We've talked about evening slots for months. Let's do it: evening slots on "
            "MRI two, weekdays until eleven, starting in two weeks.",
        ),
        (
            "Nkechi",
            "I'll need two more techs for that. I'll draft the evening rota and send it "
            "to you by Thursday.",
        ),
        ("Gurpreet", "Perfect, thank you."),
        (
            "Fernando",
            "Heads up, CT one is down Wednesday for the tube replacement. GE confirmed on Friday.",
        ),
        ("Shelby", "Gurpreet, I've got fourteen patients booked on CT one on Wednesday."),
        ("Gurpreet", "Shelby, can you move those patients onto CT two or to Thursday?"),
        ("Shelby", "On it. They'll all be rebooked by end of day tomorrow."),
        ("Fernando", "If the tube's delayed again we'd lose Thursday too."),
        (
            "Mariam",
            "Holiday coverage. I've got three radiologists off over Christmas and nobody "
            "reading nights on Christmas Eve.",
        ),
        ("Gurpreet", "Is the locum agency an option?"),
        ("Mariam", "They quoted us last year and it was brutal."),
        (
            "Gurpreet",
            "Let me check with finance whether we can use the locum budget. I'll come "
            "back to you Friday.",
        ),
        (
            "Nkechi",
            "Oh, and contrast — we're down to about a week of gadolinium. The supplier's "
            "backordered.",
        ),
        (
            "Gurpreet",
            "Fernando, you got us through the contrast shortage last time. Can you call "
            "around the other sites for contrast?",
        ),
        (
            "Fernando",
            "Yeah, leave it with me. I'll call Sunnybrook and Mount Sinai this afternoon.",
        ),
        (
            "Shelby",
            "And the new referral form — are the family doctors going to use the online "
            "one or keep faxing?",
        ),
        ("Mariam", "Faxing. Forever. This is Ontario."),
        (
            "Gurpreet",
            "Ha. Seriously though, nobody knows yet if the e-referral mandate even covers us.",
        ),
        ("Gurpreet", "Shelby, the Saturday clinic — the last two were half empty, right?"),
        ("Shelby", "Half full, if you're an optimist."),
        (
            "Gurpreet",
            "Then let's drop the Saturday clinic for December and bring it back in January.",
        ),
        (
            "Mariam",
            "Who's telling the ortho clinic about the longer waits? Because it's not "
            "going to be me.",
        ),
        ("Gurpreet", "I'll email the ortho chief this week, Mariam. Don't worry."),
    ),
    actions=(
        Action("Nkechi", ("rota",), THURSDAY),
        Action("Shelby", ("patients",), TOMORROW),
        Action("Gurpreet", ("finance", "locum"), FRIDAY),
        Action("Fernando", ("contrast",), TODAY),
        Action("Gurpreet", ("ortho",), END_OF_WEEK),
    ),
    decisions=(
        ("evening", "slots"),
        ("saturday", "clinic"),
    ),
    questions=(("mandate",),),
)


MOBILE_GAME_LIVEOPS = Meeting(
    name="mobile_game_liveops",
    lines=(
        ("Eero", "Moi. Okay, let's keep this short, I know Tuomas has the deploy at eleven."),
        ("Tuomas", "Ten-thirty, actually. They moved it."),
        ("Eero", "Ten-thirty, fine. Veera, winter event?"),
        (
            "Veera",
            "Content is locked. Snow map, twelve daily quests, the reindeer skin. Art "
            "delivered everything on Friday.",
        ),
        ("Eero", "And we're still launching on the 15th?"),
        ("Veera", "The 15th, yes, same as we agreed with the publisher last month."),
        (
            "Ilkka",
            "Eero, quick one from data: the double reward bug last weekend — about four "
            "thousand players got their gems twice.",
        ),
        ("Aleksi", "And believe me, they are very happy about it on Discord."),
        ("Eero", "Are we clawing those back or not?"),
        ("Veera", "Please no. The last time we took gems back the reviews went to two stars."),
        (
            "Eero",
            "Okay. We let them keep the gems. Aleksi, can you post something on Discord so "
            "it doesn't look like we didn't notice?",
        ),
        ("Aleksi", "Sure, I'll write a cheeky little Discord post this afternoon."),
        ("Tuomas", "And the bug itself is fixed in today's build, that's the deploy."),
        ("Eero", "Store offers. Ilkka, you were looking at the price points."),
        (
            "Ilkka",
            "Yeah. The 4.99 bundle converts best, the 19.99 barely sells. I'd drop the "
            "19.99 and add a 9.99.",
        ),
        ("Veera", "I'd keep the 19.99 for the whales, honestly."),
        (
            "Eero",
            "Let's test it then. Half the players see a 9.99 bundle, half keep the 19.99 bundle.",
        ),
        ("Ilkka", "I'll set up the experiment config by Wednesday."),
        (
            "Tuomas",
            "Just — the experiment service needs the config two days before launch, not "
            "the same day like last time.",
        ),
        ("Eero", "Noted. Aleksi, push notifications, go."),
        ("Aleksi", "Do we send the launch push in the morning or the evening?"),
        ("Veera", "Evening our time, same as every event, so it lands in the US morning."),
        ("Eero", "Veera, can you write the push copy? English and German."),
        ("Veera", "Yeah, I'll have both by next Wednesday."),
        (
            "Tuomas",
            "Has anyone found out if the Apple review is slower in December? Last year "
            "it took like four days.",
        ),
        ("Eero", "No one knows. Apple doesn't tell anyone anything."),
        ("Eero", "I'll update the launch checklist after this and share it in the channel."),
    ),
    actions=(
        Action("Aleksi", ("discord",), TODAY),
        Action("Ilkka", ("experiment",), WEDNESDAY),
        Action("Veera", ("push", "copy"), NEXT_WEDNESDAY),
        Action("Eero", ("checklist",), TODAY),
    ),
    decisions=(
        ("keep", "gems"),
        ("test", "bundle"),
    ),
    questions=(("apple", "review"),),
)


WEDDING_PHOTOGRAPHY_STUDIO = Meeting(
    name="wedding_photography_studio",
    lines=(
        ("Joana", "Bom dia. Coffee's on the table. Okay, backlog. Leonor, how bad is it?"),
        (
            "Leonor",
            "Eleven weddings waiting for edit. The Ferreira one is overdue, they got "
            "married in September.",
        ),
        ("Joana", "Ferreira first, then. Can you get their gallery out by Friday?"),
        ("Leonor", "Friday is tight. Saturday?"),
        ("Joana", "Saturday's fine."),
        ("Leonor", "Okay, Saturday. I'll have the Ferreira gallery out Saturday."),
        (
            "Duarte",
            "The Almeida couple emailed again. They say the album colours look, their "
            "words, 'like a hospital'.",
        ),
        ("Rui", "They asked for the matte paper. I told them back in August it prints cooler."),
        ("Joana", "Duarte, will you call them and offer a reprint on the lustre paper?"),
        ("Duarte", "Yeah, I'll call them tomorrow morning about the reprint."),
        ("Rui", "Joana, gear. The 85 lens is making that grinding noise again."),
        ("Joana", "Again? We had it fixed in July."),
        ("Rui", "I know. If it dies in the middle of a ceremony we're in trouble."),
        ("Joana", "Okay, we buy a new lens. I'm not fixing it a third time."),
        ("Rui", "I'll order the new lens from the shop in Chiado, they have it in stock."),
        ("Duarte", "Prices for next year. Are we raising the full-day package?"),
        ("Joana", "Yes, we raise the package ten percent, for bookings from January."),
        ("Duarte", "And the couples who already have a quote from this year at the old price?"),
        ("Joana", "Honestly, I don't know. Let's think about it."),
        (
            "Leonor",
            "Sintra engagement shoot on Saturday — who's going? I can't, I'll be on the "
            "Ferreira gallery.",
        ),
        ("Rui", "I'll do Sintra."),
        (
            "Joana",
            "Obrigada, Rui. Honestly someone should post the Comporta wedding on "
            "Instagram, it's gorgeous.",
        ),
        ("Leonor", "Not me, I'm drowning."),
        ("Joana", "Fair. Forget it, it can wait till January."),
        ("Joana", "And I'll send the new contracts to the accountant before the end of the month."),
        ("Duarte", "Is the accountant still the guy in Benfica?"),
        ("Joana", "Same guy. Same moustache."),
    ),
    actions=(
        Action("Leonor", ("ferreira", "gallery"), SATURDAY),
        Action("Duarte", ("reprint",), TOMORROW),
        Action("Rui", ("lens",), None),
        Action("Rui", ("sintra",), SATURDAY),
        Action("Joana", ("contracts",), END_OF_MONTH),
    ),
    decisions=(
        ("new", "lens"),
        ("raise", "package"),
    ),
    questions=(("quote",),),
)


FELIXSTOWE_CUSTOMS_SHIFT = Meeting(
    name="felixstowe_customs_shift",
    lines=(
        (
            "Gavin",
            "Right, morning shift. Quick one, the Ningbo vessel's discharging now. Stacey, "
            "what did nights leave us?",
        ),
        ("Stacey", "Nine entries pending and three containers on hold with Border Force."),
        ("Gavin", "Which ones are held?"),
        (
            "Stacey",
            "Two for the garden furniture importer, and the bike parts one, documentary check.",
        ),
        (
            "Kieran",
            "The bike parts one is the commodity code again. They keep declaring e-bike "
            "batteries as, like, general electrical.",
        ),
        ("Gavin", "Kieran will put the corrected entry in before twelve. Won't you, Kieran?"),
        ("Kieran", "Yeah, yeah. Before twelve."),
        (
            "Dawn",
            "Someone needs to tell that client to fix their product data, because we'll be "
            "doing this every week.",
        ),
        ("Gavin", "Dawn, you've got the relationship. Will you ring them about the product data?"),
        ("Dawn", "Ugh. Fine. I'll ring them this afternoon."),
        ("Nathan", "CDS was slow as anything overnight, took about a minute a submission."),
        ("Gavin", "Their side or ours?"),
        ("Nathan", "Theirs. HMRC put a notice out at three."),
        (
            "Stacey",
            "Gavin, there's also an HMRC query on the whisky shipment, the excise one from "
            "last Tuesday.",
        ),
        ("Gavin", "I'll deal with the whisky one myself, it's got history."),
        ("Dawn", "Are we doing Christmas cover like last year, two on nights?"),
        ("Gavin", "No. Three on nights from the 15th, the volume's way up."),
        ("Nathan", "I can do extra nights, maybe, if my partner's shifts work out."),
        (
            "Gavin",
            "Nathan, can you put the Christmas rota together, then? By Friday would be good.",
        ),
        ("Nathan", "Sure. Friday."),
        (
            "Kieran",
            "What's happening with the new port system login? Are we all getting "
            "individual accounts or still sharing the one?",
        ),
        ("Gavin", "No idea, they haven't told us anything."),
        (
            "Stacey",
            "And if Border Force does a full exam on the furniture boxes they'll want us "
            "to book the shed.",
        ),
        (
            "Gavin",
            "We'll cross that bridge. Right — bike parts client: from now on we don't "
            "submit anything for them without a signed commodity sheet.",
        ),
        ("Dawn", "Love it. They'll hate it."),
    ),
    actions=(
        Action("Kieran", ("corrected", "entry"), TODAY),
        Action("Dawn", ("product", "data"), TODAY),
        Action("Gavin", ("whisky",), None),
        Action("Nathan", ("christmas", "rota"), FRIDAY),
    ),
    decisions=(
        ("three", "nights"),
        ("commodity", "sheet"),
    ),
    questions=(("individual", "accounts"),),
)


SCHOOL_TRIP_PLANNING = Meeting(
    name="school_trip_planning",
    lines=(
        (
            "Rebecca",
            "Okay, let's start, I've got a period three cover. Year 9 Malham trip first. Imran?",
        ),
        (
            "Imran",
            "So the field centre confirmed for the spring. The coach is the problem — our "
            "usual firm's gone bust.",
        ),
        ("Graham", "Bust? The ones with the purple coaches?"),
        ("Imran", "Those ones. So we need new quotes."),
        ("Lauren", "I'll get three coach quotes by Thursday."),
        ("Rebecca", "Brilliant, thanks Lauren. Hayley, you wanted to flag something?"),
        (
            "Hayley",
            "Yes — four students on the Year 9 list have access needs, and one's a "
            "wheelchair user. The coach has to have a lift.",
        ),
        ("Rebecca", "Good point. Lauren, make sure that's in the quotes."),
        ("Lauren", "Yep, will do."),
        (
            "Graham",
            "Risk assessment. Who's writing it? Last year's was a copy-paste and the "
            "governors noticed.",
        ),
        ("Imran", "I'll write the risk assessment, I know the site. Give me till next Friday."),
        ("Graham", "Next Friday's fine."),
        ("Rebecca", "Consent forms — paper or the app?"),
        ("Lauren", "Parents never open the app."),
        ("Graham", "We have to use the app, the trust decided that in September."),
        (
            "Rebecca",
            "Fine. But let's have a paper fallback for families who don't reply on the app.",
        ),
        (
            "Hayley",
            "Cost. Last year it was forty-two pounds and eleven pupil premium families "
            "couldn't pay.",
        ),
        (
            "Graham",
            "The school fund covers pupil premium students in full, that's been policy for years.",
        ),
        ("Rebecca", "Good. Then the ski trip. Graham?"),
        (
            "Graham",
            "Austria in February. We've got thirty-one deposits, and the balance goes to "
            "the operator on the 15th.",
        ),
        ("Rebecca", "Who's chasing the families who haven't paid?"),
        ("Lauren", "Me, I suppose. I'll send the reminders Wednesday."),
        (
            "Hayley",
            "Does the travel insurance still cover medical care in Austria after Brexit? "
            "I genuinely don't know.",
        ),
        ("Graham", "Nobody's sure, the rules keep changing."),
        (
            "Imran",
            "Sorry — Miss — I mean, Rebecca. Habit. Can we do the Malham coach with a "
            "toilet this time?",
        ),
        (
            "Rebecca",
            "Only if it's in budget, Imran. I'll put all of this in the bulletin to "
            "parents on Friday.",
        ),
    ),
    actions=(
        Action("Lauren", ("coach", "quotes"), THURSDAY),
        Action("Imran", ("risk", "assessment"), NEXT_FRIDAY),
        Action("Lauren", ("reminders",), WEDNESDAY),
        Action("Rebecca", ("bulletin",), FRIDAY),
    ),
    decisions=(("paper", "fallback"),),
    questions=(("insurance",),),
)


ESCOOTER_OPERATIONS_CALL = Meeting(
    name="escooter_operations_call",
    lines=(
        (
            "Camille",
            "Bonjour everyone, can you hear me? Julien, you're on mute. ... Okay, there he is.",
        ),
        ("Julien", "Sorry, sorry. RER."),
        ("Camille", "Fleet numbers first."),
        (
            "Julien",
            "Since the city ban we're only in the petite couronne, so: two thousand one "
            "hundred deployed, about ninety in the workshop.",
        ),
        (
            "Karim",
            "Ninety-four. And twelve of those are the ones they pulled out of the canal "
            "in Saint-Denis.",
        ),
        (
            "Manon",
            "Camille, Saint-Denis town hall is not happy, by the way. They sent a letter "
            "about parking outside the station.",
        ),
        ("Camille", "What do they want, Manon?"),
        ("Manon", "A no-parking zone around the station, and fines if we miss it."),
        (
            "Camille",
            "Okay. We geofence the station area, no parking at all. Amandine, can you "
            "push that zone?",
        ),
        ("Amandine", "Yes, I'll have the zone live by Wednesday."),
        ("Manon", "And I'll write back to the town hall and tell them."),
        (
            "Karim",
            "Batteries. The cold is killing the range, the swap team is doing double rounds.",
        ),
        ("Julien", "We could maybe hire two temp swappers for December."),
        (
            "Camille",
            "Let's see the numbers first. Karim will send me the swap counts for the "
            "last two weeks — right, Karim?",
        ),
        ("Karim", "Yes, tomorrow."),
        ("Amandine", "Montreuil launch — are we still on for the 4th?"),
        (
            "Camille",
            "No. I don't want to launch a new zone with half the fleet in the workshop. "
            "We launch Montreuil in January.",
        ),
        (
            "Manon",
            "Then I'll tell the Montreuil people. They'll be disappointed, they already "
            "printed posters.",
        ),
        ("Julien", "Did the insurance pay out for the canal scooters?"),
        ("Camille", "Yes, last Thursday."),
        ("Karim", "Oh, and the workshop heating is broken again. It's four degrees in there."),
        ("Camille", "Mon Dieu. I'll call the landlord today."),
        ("Julien", "Also, some guy on Twitter says we're the worst operator in Europe."),
        ("Amandine", "Only Europe? We're slipping."),
        (
            "Camille",
            "Last thing: do we do the winter fleet reduction this year or keep everything out?",
        ),
        ("Julien", "Last year we pulled thirty percent and rides barely dropped."),
        ("Camille", "I want this year's data before anyone decides. We leave it open for now."),
        ("Amandine", "I'll put the ride data together for that by next Tuesday."),
    ),
    actions=(
        Action("Amandine", ("zone",), WEDNESDAY),
        Action("Manon", ("town", "hall"), None),
        Action("Karim", ("swap", "counts"), TOMORROW),
        Action("Manon", ("montreuil",), None),
        Action("Camille", ("landlord",), TODAY),
        Action("Amandine", ("ride", "data"), NEXT_TUESDAY),
    ),
    decisions=(
        ("geofence", "station"),
        ("montreuil", "january"),
    ),
    questions=(("winter", "reduction"),),
)


STUDENT_UNION_EVENTS = Meeting(
    name="student_union_events",
    lines=(
        (
            "Orla",
            "Right, lads, can we start, the room's only booked till one. Christmas ball. Cillian?",
        ),
        ("Cillian", "So the Storehouse said no, they're booked solid. Which, fair."),
        ("Saoirse", "We could do the Round Room again."),
        ("Padraig", "The Round Room was a disaster last year, the cloakroom queue was an hour."),
        (
            "Orla",
            "It was, Padraig, but it's the only place that fits nine hundred. Let's go with "
            "the Round Room and fix the cloakroom.",
        ),
        ("Cillian", "Grand. I'll ring them and put a hold on the date today."),
        (
            "Saoirse",
            "Leave the cloakroom with me. A second cloakroom, proper ticket system. Let "
            "me talk to the venue manager.",
        ),
        ("Orla", "Tickets. Last year was thirty-five euro and people gave out."),
        ("Padraig", "Thirty is the most anyone will pay, honestly."),
        ("Orla", "Thirty euro then, with a twenty-five euro early bird. Done."),
        ("Padraig", "I'll get the ticket page up on the SU site by Thursday."),
        (
            "Saoirse",
            "Also, the welfare officer asked if we'd do an alcohol-free thing the week before.",
        ),
        ("Cillian", "I mean, I'd maybe be up for running it, if I'm not swamped with exams."),
        ("Orla", "Welfare are running that one themselves, they told me last week."),
        (
            "Padraig",
            "RAG week in February — do we still need the college's insurance sign-off "
            "for the charity swim?",
        ),
        ("Orla", "Nobody knows. The guy in the office who did that left."),
        ("Orla", "Budget: we've eleven grand for the year and the ball alone eats eight."),
        ("Saoirse", "Sure we'll just ask the Storehouse to sponsor us. Kidding."),
        ("Orla", "I'll go to the SU finance meeting on Wednesday and ask for the extra two grand."),
        ("Cillian", "DJ — the lad from last year wants six hundred now."),
        ("Orla", "Six hundred? For Mr. Brightside on repeat?"),
        ("Orla", "Saoirse, can you get a couple of other DJ quotes?"),
        ("Saoirse", "Yeah, no bother, I'll have the DJ quotes for the next meeting, Monday."),
        ("Padraig", "Orla, and security, do we need Gardaí there or just the venue's staff?"),
        (
            "Orla",
            "Venue staff plus our own stewards, same as always. Go raibh maith agaibh, everyone.",
        ),
    ),
    actions=(
        Action("Cillian", ("hold",), TODAY),
        Action("Saoirse", ("cloakroom",), None),
        Action("Padraig", ("ticket", "page"), THURSDAY),
        Action("Orla", ("finance",), WEDNESDAY),
        Action("Saoirse", ("dj", "quotes"), NEXT_MONDAY),
    ),
    decisions=(
        ("round", "room"),
        ("early", "bird"),
    ),
    questions=(("charity", "swim"),),
)


VERTICAL_FARM_GROW_TEAM = Meeting(
    name="vertical_farm_grow_team",
    lines=(
        ("Xinyi", "Okay, let's start. Farhan, tower B lights?"),
        (
            "Farhan",
            "Two LED bars on level six died over the weekend. The supplier is sending "
            "replacements, arriving Thursday.",
        ),
        ("Xinyi", "Can you swap the LED bars as soon as they land?"),
        ("Farhan", "Yup, I'll swap them Thursday itself."),
        (
            "Zhiwei",
            "Basil on level three has tip burn again. Not all, maybe one fifth of the trays.",
        ),
        ("Kavitha", "Is it the humidity? It's been eighty-five percent in there."),
        ("Farhan", "The dehumidifier was off for six hours on Saturday, power trip."),
        (
            "Xinyi",
            "Okay, so probably that. We drop the humidity setpoint to seventy for the basil room.",
        ),
        ("Farhan", "I'll change the setpoint after this."),
        ("Kavitha", "Thrips. I found some on the sticky cards in the nursery room."),
        ("Zhiwei", "Aiyo, not again."),
        (
            "Kavitha",
            "It's low, like three per card. I'll release the predatory mites in the "
            "nursery by Friday, before it spreads.",
        ),
        (
            "Rajiv",
            "The hotel client, the Marina Bay one, wants to double their microgreens order "
            "from December for the Christmas menu.",
        ),
        ("Xinyi", "Can we even do double, Zhiwei?"),
        ("Zhiwei", "If we give them level four from the lettuce, yes. Lettuce goes down a bit."),
        ("Xinyi", "Okay, we take it. Level four goes to microgreens."),
        ("Rajiv", "I'll confirm with the hotel chef tomorrow and send him the new volumes."),
        ("Zhiwei", "Then the seeding plan needs changing. Xinyi, you do the plan, right?"),
        ("Xinyi", "Yes, I'll redo the seeding plan by Wednesday."),
        ("Kavitha", "Also, the SFA audit — do we know the date yet?"),
        ("Xinyi", "No, they haven't given us one."),
        (
            "Farhan",
            "And the chiller maintenance contract expires end of the month. Renew or tender?",
        ),
        ("Xinyi", "Hmm. The current guys were slow in October. Rajiv, what do you think?"),
        ("Rajiv", "They're cheaper, at least."),
        ("Xinyi", "I don't know. Let's park the chiller for now."),
        ("Zhiwei", "Oh, and lunch on Friday is on Rajiv, since he closed the hotel deal."),
        ("Rajiv", "Wah, I never agreed to that."),
        ("Xinyi", "Kavitha, send me the trap counts every week from now on, okay?"),
        ("Kavitha", "Can."),
    ),
    actions=(
        Action("Farhan", ("led",), THURSDAY),
        Action("Farhan", ("setpoint",), TODAY),
        Action("Kavitha", ("mites",), FRIDAY),
        Action("Rajiv", ("hotel",), TOMORROW),
        Action("Xinyi", ("seeding", "plan"), WEDNESDAY),
        Action("Kavitha", ("trap", "counts"), None),
    ),
    decisions=(
        ("humidity", "setpoint"),
        ("level", "microgreens"),
    ),
    questions=(
        ("audit",),
        ("chiller",),
    ),
)


MEETINGS = (
    MARATHON_ORGANISING_COMMITTEE,
    DAIRY_HERD_HEALTH,
    RADIOLOGY_SCHEDULING,
    MOBILE_GAME_LIVEOPS,
    WEDDING_PHOTOGRAPHY_STUDIO,
    FELIXSTOWE_CUSTOMS_SHIFT,
    SCHOOL_TRIP_PLANNING,
    ESCOOTER_OPERATIONS_CALL,
    STUDENT_UNION_EVENTS,
    VERTICAL_FARM_GROW_TEAM,
)
