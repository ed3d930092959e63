"""Twenty-seventh meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting: a ferry operator's winter timetable meeting in Scotland, a dental
practice's accreditation prep in Melbourne, a craft brewery's keg and distribution review in
Oregon, a school PTA winter fair committee in Manchester, a vineyard's vintage wrap-up in South
Africa, a mobile game studio's live-ops sync in Helsinki, a hospital pharmacy IV room huddle
in Toronto, a Tuscan wedding villa's season debrief, a warehouse robotics integrator's AMR
commissioning review in Poland and a community access radio committee in Wellington. People
talk as they do: fillers, false starts, interruptions, jokes, commitments in many forms, due
dates in many forms (some changed mid-talk) or none. The labels are what a careful
note-taker would write down; past work, things that happen anyway, hypotheticals, hedges,
requests nobody takes, polite refusals, answered questions, reported speech, sarcasm and
decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon" and "after
this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next Tuesday",
"next Wednesday" and "next Friday" are those of next week, "the 3rd" is 3 December, "the 15th"
is 15 December, a vague period ("this week", "end of next week", "the end of the month") is
due on its last day, Sunday for weeks, and "soon", "when I'm in town" or no time has no date.
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
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

FERRY_WINTER_TIMETABLE = Meeting(
    name="ferry_winter_timetable",
    lines=(
        (
            "Morag",
            "Right, morning everyone. Winter timetable. We've got, what, three weeks before it "
            "goes live, so let's be quick.",
        ),
        (
            "Callum",
            "The draft went out to the community councils last Tuesday, and Barra came back saying"
            " the early sailing's too early for the school kids.",
        ),
        ("Fiona", "They say that every year, to be fair."),
        (
            "Morag",
            "Aye, but this year they've got a point. Let's move the Monday first sailing from six-"
            "forty to quarter past seven.",
        ),
        (
            "Euan",
            "That knocks the crew rest hours on the Lochboisdale run, mind. I'd need to redo the "
            "crew roster.",
        ),
        ("Morag", "Can you, then? By Thursday, ideally."),
        ("Euan", "Thursday's fine. I'll redo the crew roster and send it round."),
        (
            "Fiona",
            "And the dry dock for the Isle of Lewis, sorry, the Loch Seaforth. Has anyone "
            "confirmed it's still January?",
        ),
        ("Callum", "Nobody's heard a peep from the yard. I emailed them twice last week."),
        ("Morag", "Fiona, can you phone the yard tomorrow? Emails just vanish up there."),
        ("Fiona", "Yep, I'll ring them first thing."),
        (
            "Callum",
            "If the dry dock slips into February we'd have to charter a relief vessel, and that's "
            "money we don't have.",
        ),
        ("Euan", "Brilliant. Love a charter."),
        (
            "Morag",
            "Decision then: we publish the timetable on the website on the 3rd, with a wee caveat "
            "about the dry dock.",
        ),
        ("Callum", "Aye, that's on me. I'll get the timetable up on the website on the 3rd."),
        ("Fiona", "Are we even still doing the printed leaflets? Hardly anybody takes them."),
        ("Morag", "Good question. I genuinely don't know. Let's park that one."),
        ("Callum", "Oh, and the harbour master at Oban wants the revised berthing slots."),
        ("Morag", "I'll send him the berthing slots after this."),
        ("Euan", "Somebody should probably tell the cafe staff about the later start as well."),
        ("Fiona", "They know already, I told Shona on Friday."),
        ("Morag", "Grand. Thanks, all."),
    ),
    actions=(
        Action("Euan", ("crew", "roster"), THURSDAY),
        Action("Fiona", ("phone", "yard"), TOMORROW),
        Action("Callum", ("timetable", "website"), DECEMBER_3),
        Action("Morag", ("berthing", "slots"), TODAY),
    ),
    decisions=(
        ("move", "first", "sailing"),
        ("publish", "timetable"),
    ),
    questions=(("printed", "leaflets"),),
)


DENTAL_ACCREDITATION_PREP = Meeting(
    name="dental_accreditation_prep",
    lines=(
        (
            "Priya",
            "Okay, let's start, we've got patients from half ten. The accreditation visit is the "
            "15th, so that's the big one.",
        ),
        ("Liam", "Wasn't it the 8th?"),
        ("Priya", "It was, they moved it. The 15th."),
        (
            "Priya",
            "The steriliser logs are what they always pick on. Josh, can you get the autoclave "
            "logs printed and signed off by next Friday?",
        ),
        ("Josh", "Yeah, no worries. Next Friday."),
        (
            "Chloe",
            "The spore test results from October are in the blue folder, I did those already.",
        ),
        ("Mei", "Also, the recall SMS thing is broken again. Patients are getting two reminders."),
        ("Liam", "Two reminders is better than none, honestly."),
        ("Mei", "Not when one of them has the wrong time, Liam."),
        (
            "Priya",
            "Fair. Mei, raise a ticket with the software people today, and if they don't answer "
            "I'll call them myself.",
        ),
        ("Mei", "Will do."),
        (
            "Liam",
            "On the scanner, I had a go with the demo one and I reckon we just buy it. The lab "
            "turnaround's so much quicker.",
        ),
        (
            "Priya",
            "Is the scanner even in budget, though? I thought the equipment money went on the "
            "chairs.",
        ),
        ("Liam", "Partly. I'm not sure, to be honest."),
        (
            "Priya",
            "Right, so we're not deciding on the scanner today. I'll pull the equipment budget and"
            " bring it next time.",
        ),
        (
            "Chloe",
            "Can I just flag, we're down to two boxes of the small gloves. Someone's been blowing "
            "them up as balloons for the kids.",
        ),
        ("Josh", "Guilty. I'll order more gloves this afternoon."),
        (
            "Priya",
            "And from the partners' meeting last week: Saturday openings stop from January. That's"
            " done, it's not up for discussion.",
        ),
        ("Chloe", "So do I tell my Saturday patients, or does reception?"),
        (
            "Priya",
            "Reception. Mei, can you ring the Saturday regulars before the end of the month?",
        ),
        ("Mei", "Sure, I'll have them all done by the end of the month."),
        (
            "Priya",
            "And we'll do a mock audit on Thursday after close, all of us. Let's lock that in.",
        ),
        ("Liam", "Can't wait."),
        ("Priya", "Great. Thanks, everyone."),
    ),
    actions=(
        Action("Josh", ("autoclave", "logs"), NEXT_FRIDAY),
        Action("Mei", ("ticket",), TODAY),
        Action("Priya", ("equipment", "budget"), None),
        Action("Josh", ("order", "gloves"), TODAY),
        Action("Mei", ("saturday", "regulars"), END_OF_MONTH),
    ),
    decisions=(("mock", "audit"),),
    questions=(("scanner", "budget"),),
)


BREWERY_KEG_DISTRO = Meeting(
    name="brewery_keg_distro",
    lines=(
        ("Kayla", "Okay, let's get going, I've got a brew at eleven. Kegs first."),
        (
            "Tyler",
            "We're missing like sixty sixtels. The distributor swears they sent them all back.",
        ),
        ("Dustin", "They always swear that."),
        ("Kayla", "Tyler, can you do a keg audit against their warehouse count before Friday?"),
        ("Tyler", "Ugh. Yes. Fine. I'll do the audit."),
        ("Jen", "Should we just switch to the keg rental company? Like, honestly?"),
        ("Dustin", "If we'd done that two years ago we'd have saved a fortune."),
        ("Kayla", "Let's not go down that road today."),
        ("Jen", "Okay. The collab with the cidery in Hood River, they want to brew on the 3rd."),
        (
            "Dustin",
            "The 3rd doesn't work, the fermenters are full till the 7th. Wait, no, the 15th is "
            "open.",
        ),
        ("Kayla", "Then we brew the collab on the 15th. Done."),
        ("Jen", "I'll email Sarah at the cidery today."),
        ("Tyler", "Did the label approval for the winter seasonal come back?"),
        ("Dustin", "Came back Thursday. Approved."),
        ("Kayla", "Nice. So the cans can go to the printer?"),
        ("Dustin", "Yeah, I'll send the artwork to the printer tomorrow."),
        ("Jen", "Someone needs to fix the taproom glycol line, it's been dripping for a week."),
        ("Tyler", "Not it."),
        ("Kayla", "Ha. I'll call Rick, the refrigeration guy. Soon, I promise."),
        ("Dustin", "Soon like this week, or soon like last time?"),
        ("Kayla", "Rude. This week."),
        (
            "Kayla",
            "And we're raising the wholesale price on the IPA by eight bucks a keg, that's "
            "decided.",
        ),
        ("Tyler", "Oh, the distributor's gonna love that."),
        ("Kayla", "They'll live. Okay, thanks, guys."),
    ),
    actions=(
        Action("Tyler", ("keg", "audit"), FRIDAY),
        Action("Jen", ("email", "cidery"), TODAY),
        Action("Dustin", ("artwork", "printer"), TOMORROW),
        Action("Kayla", ("call", "rick"), END_OF_WEEK),
    ),
    decisions=(
        ("brew", "collab"),
        ("wholesale", "price"),
    ),
    questions=(("keg", "rental"),),
)


PTA_WINTER_FAIR = Meeting(
    name="pta_winter_fair",
    lines=(
        (
            "Sharon",
            "Right, shall we crack on? The winter fair's a fortnight Saturday, so not long.",
        ),
        (
            "Gemma",
            "I've got the raffle prizes sorted, mostly. The shops in the Arndale gave us loads.",
        ),
        (
            "Sharon",
            "Brilliant. Do we need a licence for the raffle, though? Or is it small enough not to?",
        ),
        ("Dev", "It's exempt if it's drawn on the day. I checked with the council last year."),
        (
            "Paul",
            "Are we doing the tombola again? Because last year it was basically a bottle of brown "
            "sauce and forty candles.",
        ),
        ("Gemma", "Ha, the candles were from my nan."),
        ("Sharon", "Let's do the tombola, but only bottles this time. A bottle tombola."),
        ("Sharon", "Paul, can you put a letter out to parents asking for bottles?"),
        ("Paul", "Yeah, I'll get that in the book bags by Wednesday."),
        ("Dev", "Can we use the school card machine, or do we need our own?"),
        ("Sharon", "No idea, honestly. Mrs Okafor would know but she's off this week."),
        ("Dev", "I'll sort the float, then. Two hundred quid in coins from the bank."),
        ("Gemma", "Who's doing Santa? Because it's not going to be Paul again."),
        ("Paul", "I was a fantastic Santa."),
        ("Gemma", "You told a Year 2 you were on a diet, Paul."),
        ("Sharon", "Okay, I'll ask Mr Byrne if he'll do Santa. Leave it with me."),
        ("Dev", "And the target, we said two grand for the playground?"),
        (
            "Sharon",
            "The head said two and a half at governors last week, so that's the target now.",
        ),
        ("Gemma", "I'll do the posters then. They need to be up by the end of the week, really."),
        ("Paul", "Might do a bake sale stall too, if anyone fancies baking."),
        (
            "Sharon",
            "Action: Dev to email the year reps about the volunteer rota by Friday. Dev, okay?",
        ),
        ("Dev", "Yep, fine."),
        ("Sharon", "Lovely. Thanks, everyone, see you at pick-up."),
    ),
    actions=(
        Action("Paul", ("letter", "parents"), WEDNESDAY),
        Action("Dev", ("float",), None),
        Action("Sharon", ("santa",), None),
        Action("Gemma", ("posters",), END_OF_WEEK),
        Action("Dev", ("volunteer", "rota"), FRIDAY),
    ),
    decisions=(("bottle", "tombola"),),
    questions=(("card", "machine"),),
)


VINTAGE_WRAP_UP = Meeting(
    name="vintage_wrap_up",
    lines=(
        (
            "Pieter",
            "Okay, let's do the vintage wrap-up properly, we keep putting it off. Cellar first?",
        ),
        (
            "Annelie",
            "The chenin's in bottle, the pinotage is still in barrel. Yields were down about "
            "twelve percent, mostly the hail on the Swartland block.",
        ),
        (
            "Thandi",
            "And the picking crew's bus broke down twice in March. We lost basically a full "
            "morning each time.",
        ),
        ("Pieter", "Right, so for next harvest we hire a bus, we don't rely on ours. Decided."),
        ("Sipho", "I can get quotes from the transport people in Paarl. By the end of the month?"),
        ("Pieter", "Perfect."),
        ("Ruan", "What about the sorting table? We said we'd replace it."),
        ("Annelie", "We said that in 2024 as well."),
        (
            "Pieter",
            "It depends on the export numbers. If the UK order comes through, we buy the table. If"
            " not, we patch it again.",
        ),
        ("Ruan", "Do we know when the UK order lands?"),
        ("Thandi", "The importer said 'December sometime', which is very helpful."),
        ("Pieter", "Annelie, can you write up the cellar notes for the vintage report?"),
        (
            "Annelie",
            "Ja, I'll have it to you by next Wednesday. Actually, make it next Friday, the "
            "bottling run's on Wednesday.",
        ),
        ("Thandi", "I'll do the vineyard section. Block by block, with the hail map."),
        ("Ruan", "The pickers also want to know if the rate's going up next year."),
        ("Pieter", "Yes. The board agreed it in October, fifteen rand more per crate."),
        ("Ruan", "Okay, I'll tell the team leaders on Thursday at the braai."),
        (
            "Sipho",
            "Should we look at night picking for the sauvignon? The sugars were all over the "
            "place.",
        ),
        ("Pieter", "Maybe. Let's try one block at night next harvest and see."),
        ("Annelie", "Who supervises that, though? I'm not doing three in the morning."),
        ("Pieter", "We'll work it out."),
        ("Pieter", "Okay, thanks all. Good vintage, despite everything."),
    ),
    actions=(
        Action("Sipho", ("quotes",), END_OF_MONTH),
        Action("Annelie", ("cellar", "notes"), NEXT_FRIDAY),
        Action("Thandi", ("vineyard", "section"), None),
        Action("Ruan", ("team", "leaders"), THURSDAY),
    ),
    decisions=(
        ("hire", "bus"),
        ("block", "night"),
    ),
    questions=(
        ("uk", "order"),
        ("supervises",),
    ),
)


LIVEOPS_EVENT_SYNC = Meeting(
    name="liveops_event_sync",
    lines=(
        ("Aino", "Morning. Let's go through the winter event. Mikko, numbers?"),
        (
            "Mikko",
            "Day-one retention on the last event was flat, but spend per payer was up eight "
            "percent. The snowflake bundle did most of it.",
        ),
        ("Sanna", "Which is funny, because we almost cut that bundle."),
        ("Aino", "So for the winter event we keep the bundle, same price point."),
        (
            "Jari",
            "The event config has to be in the CMS by Thursday for the cert build. Who's doing the"
            " config?",
        ),
        ("Sanna", "That's me. I'll have the config in by Wednesday, gives us a day of buffer."),
        ("Olli", "The leaderboard bug, the one where Finland shows up as Sweden, is that fixed?"),
        ("Jari", "Fixed in 3.14, it's live."),
        ("Olli", "Oh, nice. The Finnish players were furious. Rightly."),
        (
            "Aino",
            "Push notifications. Are we allowed to send three push notifications a day now, or did"
            " legal say two?",
        ),
        ("Mikko", "Nobody's asked legal since the new guidelines came out."),
        (
            "Aino",
            "Okay, Mikko, can you check with legal on the push limits? Before we schedule "
            "anything.",
        ),
        ("Mikko", "Sure, I'll ping Henna today."),
        ("Jari", "If legal says two, we'd have to rebuild the whole schedule."),
        ("Sanna", "Fun."),
        ("Aino", "The A/B test on the shop layout: we're stopping the test, we have enough data."),
        ("Olli", "I'll turn it off after this."),
        (
            "Mikko",
            "And I'll write up the results for the Thursday review. Actually no, Friday, the "
            "dashboards won't refresh till Thursday night.",
        ),
        ("Aino", "Fine. Someone should look at the churn in Brazil at some point."),
        ("Jari", "At some point, yeah."),
        (
            "Aino",
            "Sanna, could you also localise the event text? No, sorry, the loc team does that. "
            "Forget it.",
        ),
        ("Aino", "That's it. Kiitos."),
    ),
    actions=(
        Action("Sanna", ("config",), WEDNESDAY),
        Action("Mikko", ("legal",), TODAY),
        Action("Olli", ("turn", "off"), TODAY),
        Action("Mikko", ("results",), FRIDAY),
    ),
    decisions=(
        ("keep", "bundle"),
        ("stopping", "test"),
    ),
    questions=(("push", "notifications"),),
)


IV_ROOM_HUDDLE = Meeting(
    name="iv_room_huddle",
    lines=(
        ("Grace", "Okay, quick huddle, I know the IV room's slammed. Shortages first."),
        ("Arjun", "Pip-tazo is on allocation again. We've got about nine days at current use."),
        ("Nadia", "Health Canada posted it on Friday, so it's not just us."),
        (
            "Grace",
            "Right. So we restrict pip-tazo to ID approval, starting tomorrow. That's the call.",
        ),
        ("Kevin", "Do the wards know? Because 7 West is going to lose it."),
        ("Grace", "They will once I send the memo. I'll send it out this afternoon."),
        ("Arjun", "I'll ask the antimicrobial stewardship team for an alternatives table."),
        ("Grace", "By when?"),
        ("Arjun", "Wednesday? They meet Tuesdays, so, yeah, Wednesday."),
        ("Lucie", "Separate thing: the hood certification in the IV room expires on the 3rd."),
        ("Grace", "Wait, the 3rd of December? Who books that?"),
        ("Lucie", "It was always Dave, and Dave retired."),
        ("Kevin", "I can book the certifier. I'll do it today."),
        (
            "Nadia",
            "If they can't come before the 3rd we'd have to batch everything in the backup hood, "
            "which, no.",
        ),
        ("Grace", "Let's not borrow trouble."),
        ("Nadia", "Also, the students start next Monday. Who's doing their orientation?"),
        ("Grace", "Nadia, could you take it?"),
        ("Nadia", "I'd love to, but I'm on nights next week. Sorry."),
        ("Lucie", "I'll take them. Monday morning, I'll do the orientation."),
        ("Kevin", "Are we still doing double checks on the insulin drips, or did P&T change that?"),
        ("Grace", "P&T hasn't met yet. Honestly, I don't know."),
        ("Arjun", "Should we count the pip-tazo on the units too? Get real numbers?"),
        ("Grace", "Yes. Kevin, can you do a unit stock count by the end of the week?"),
        ("Kevin", "Yeah, okay."),
        ("Grace", "Good. Back to it."),
    ),
    actions=(
        Action("Grace", ("memo",), TODAY),
        Action("Arjun", ("alternatives", "table"), WEDNESDAY),
        Action("Kevin", ("book", "certifier"), TODAY),
        Action("Lucie", ("orientation",), NEXT_MONDAY),
        Action("Kevin", ("stock", "count"), END_OF_WEEK),
    ),
    decisions=(("restrict", "approval"),),
    questions=(("double", "checks"),),
)


VILLA_SEASON_DEBRIEF = Meeting(
    name="villa_season_debrief",
    lines=(
        (
            "Giulia",
            "Allora, let's do the season debrief while it's quiet. Forty-one weddings. Nobody "
            "cried. Well, the brides cried, that's allowed.",
        ),
        ("Lorenzo", "The shuttle from Siena was the biggest complaint. Late three times."),
        ("Chiara", "The company changed drivers in July, it was a disaster."),
        ("Giulia", "So next season we change the shuttle company. Decided."),
        ("Lorenzo", "I'll get two or three quotes. Before Christmas, easy."),
        (
            "Emma",
            "From the UK side, couples keep asking if they can marry in the olive grove. Legally, "
            "I mean, not just symbolic.",
        ),
        (
            "Giulia",
            "Is the grove registered with the comune for civil ceremonies? I thought it was only "
            "the chapel.",
        ),
        ("Franco", "Only the chapel. The grove would need a new application."),
        ("Emma", "Could we apply for the grove, then?"),
        ("Giulia", "Maybe. I don't know how long it takes, or what it costs."),
        ("Franco", "My cousin did it for his agriturismo, it took a year."),
        ("Giulia", "Bene. Franco, can you ask at the comune what's needed? No rush."),
        ("Franco", "Sì, I'll go when I'm in town."),
        ("Chiara", "Prices for 2027, we need them on the website, couples are already booking."),
        ("Giulia", "We keep the same prices for weekdays and put Saturdays up ten percent."),
        ("Chiara", "I'll update the website by Friday. Hm, Thursday, I'm off on Friday."),
        ("Emma", "And the brochure? The English one still says 2025."),
        ("Giulia", "Emma, can you redo the English brochure? You're the native speaker."),
        ("Emma", "Fair enough. I'll have a draft by next Wednesday."),
        ("Lorenzo", "The generator, by the way. Does it need a service before winter?"),
        ("Franco", "It was serviced in October, it's fine till next year."),
        ("Giulia", "Okay. Grazie a tutti."),
    ),
    actions=(
        Action("Lorenzo", ("quotes",), None),
        Action("Franco", ("comune",), None),
        Action("Chiara", ("website",), THURSDAY),
        Action("Emma", ("english", "brochure"), NEXT_WEDNESDAY),
    ),
    decisions=(
        ("shuttle", "company"),
        ("saturdays", "percent"),
    ),
    questions=(("apply", "grove"),),
)


AMR_COMMISSIONING_REVIEW = Meeting(
    name="amr_commissioning_review",
    lines=(
        ("Tomasz", "Okay, let's start. Status on the Poznań site, the AMR commissioning."),
        (
            "Piotr",
            "Twenty-two of the thirty robots are mapped. The mezzanine still has Wi-Fi dead spots,"
            " so the robots stop and wait there.",
        ),
        (
            "Kasia",
            "The customer's IT said the access points would be installed last week. They weren't.",
        ),
        ("Tomasz", "Marek, can you chase their IT manager and get a date for the access points?"),
        ("Marek", "Yes, I'll call him tomorrow morning."),
        ("Agnieszka", "And go-live is still the 15th? Because with the dead spots I don't see it."),
        ("Tomasz", "The contract says the 15th, that was signed in June. It's not ours to move."),
        ("Piotr", "Then we need a workaround. We could route around the mezzanine for now."),
        ("Kasia", "That adds, like, forty seconds per pick."),
        ("Tomasz", "Okay, we route around the mezzanine until the access points are in. Decision."),
        ("Piotr", "I'll change the route map today. It's an hour of work, maybe two."),
        (
            "Agnieszka",
            "The safety scanner firmware: the supplier sent a new version. Do we install the "
            "firmware before go-live or after?",
        ),
        ("Piotr", "Depends if it's certified. I honestly don't know."),
        ("Tomasz", "Agnieszka, can you find out from the supplier if it's certified?"),
        ("Agnieszka", "Sure. By Wednesday."),
        ("Marek", "Also, the customer wants training for the night shift. Two sessions."),
        (
            "Kasia",
            "I did the day shift, I can do the night training too. I'll do both sessions next "
            "Tuesday, back to back.",
        ),
        (
            "Tomasz",
            "Perfect. And I'll update the project plan for the steering committee before Friday.",
        ),
        ("Marek", "Will the steering committee ask about the penalties?"),
        ("Tomasz", "They always ask about the penalties, Marek."),
        ("Agnieszka", "Who's paying for the extra access points, by the way? Us or them?"),
        ("Tomasz", "Good question. Let's not find out the hard way."),
        ("Tomasz", "Dziękuję, that's all."),
    ),
    actions=(
        Action("Marek", ("access", "points"), TOMORROW),
        Action("Piotr", ("route", "map"), TODAY),
        Action("Agnieszka", ("supplier", "certified"), WEDNESDAY),
        Action("Kasia", ("night", "training"), NEXT_TUESDAY),
        Action("Tomasz", ("project", "plan"), FRIDAY),
    ),
    decisions=(("route", "mezzanine"),),
    questions=(
        ("firmware", "install"),
        ("paying", "access"),
    ),
)


ACCESS_RADIO_COMMITTEE = Meeting(
    name="access_radio_committee",
    lines=(
        (
            "Rachel",
            "Kia ora koutou, let's make a start. Summer schedule, the transmitter, and the "
            "radiothon.",
        ),
        (
            "Hemi",
            "Transmitter first. It dropped out twice on Saturday during the reggae show. The wind "
            "on the hill, probably.",
        ),
        ("Ben", "Probably. Or possums."),
        ("Rachel", "Ben, could you get the engineer up there to look at it?"),
        ("Ben", "Yeah, I'll ring Graham. He's usually free Thursdays."),
        (
            "Tui",
            "For summer, a few presenters are away in January. We need fill-ins for the breakfast "
            "slot.",
        ),
        ("Sione", "I'll do breakfast. Happily. I'm up at five anyway with the baby."),
        ("Tui", "Legend."),
        ("Rachel", "And the Sunday slots go to repeats over summer, let's just decide that now."),
        (
            "Hemi",
            "Radiothon. Are we doing it in February again, or moving it to March like the board "
            "suggested?",
        ),
        ("Rachel", "The board already voted for March at the AGM, so March."),
        ("Hemi", "Oh. Right. Nobody told the volunteers."),
        ("Tui", "I'll put it in the newsletter. It goes out Friday."),
        ("Ben", "What's the target this year? Last year we did twenty-two thousand."),
        ("Rachel", "Not sure yet. Depends on the funding round."),
        ("Hemi", "Speaking of funding, the NZ On Air application closes on the 15th."),
        ("Rachel", "Hemi, that's yours, isn't it?"),
        (
            "Hemi",
            "Yep, the application's on me. I'll have a draft to you by the 3rd so you can read it.",
        ),
        (
            "Sione",
            "Could we do a live outside broadcast from the Newtown Festival? Like a proper OB?",
        ),
        (
            "Rachel",
            "If the transmitter's sorted and we've got volunteers, maybe. Let's come back to it.",
        ),
        ("Ben", "I'd happily do the OB, but not if the kit's as dodgy as last time."),
        (
            "Rachel",
            "Fair. Okay, action: Tui to update the roster spreadsheet by the end of next week.",
        ),
        ("Tui", "Sweet as."),
        ("Rachel", "Ka pai, thanks everyone."),
    ),
    actions=(
        Action("Ben", ("engineer",), None),
        Action("Sione", ("breakfast",), None),
        Action("Tui", ("newsletter",), FRIDAY),
        Action("Hemi", ("application",), DECEMBER_3),
        Action("Tui", ("roster", "spreadsheet"), END_OF_NEXT_WEEK),
    ),
    decisions=(("sunday", "repeats"),),
    questions=(
        ("target",),
        ("outside", "broadcast"),
    ),
)


MEETINGS = (
    FERRY_WINTER_TIMETABLE,
    DENTAL_ACCREDITATION_PREP,
    BREWERY_KEG_DISTRO,
    PTA_WINTER_FAIR,
    VINTAGE_WRAP_UP,
    LIVEOPS_EVENT_SYNC,
    IV_ROOM_HUDDLE,
    VILLA_SEASON_DEBRIEF,
    AMR_COMMISSIONING_REVIEW,
    ACCESS_RADIO_COMMITTEE,
)

__all__ = ["MEETING_DATE", "MEETINGS"]
