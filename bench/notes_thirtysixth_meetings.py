"""Thirty-sixth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a rugby club's committee in Cardiff, a wind turbine blade factory's quality
meeting in Esbjerg, a public defender's office team meeting in Atlanta, a tattoo studio's
artists meeting in Berlin, a tourist information centre's staff meeting in Kyoto, a mushroom
farm's harvest meeting in Pennsylvania, an NGO's water well project call in Malawi, a
bookbinding workshop in Florence, a call centre's quality assurance calibration in Cape Town
and a city zoo's veterinary team in San Diego. People talk as they do: fillers, asides, jokes,
interruptions, self-corrections, a date changed mid-sentence, commitments in many forms, due
dates in many forms or none. The labels are what a careful note-taker would write down; past
work, things that happen anyway, hypotheticals, hedges, requests nobody takes, polite refusals,
answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are there to
be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this morning" and
"after this" are that day, a bare weekday is the next one ("Tuesday" is 24 November, "Monday"
is 30 November), "next Tuesday" and "next Friday" are those of next week, "the 4th" is 4
December and "the fifteenth" 15 December, a vague period ("this week", "next week", "the end
of the month") is due on its last day, Sunday for weeks, and "soon" or no time has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_4,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
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


RUGBY_CLUB_COMMITTEE = Meeting(
    name="rugby_club_committee",
    lines=(
        (
            "Gwilym",
            "Right, evening all, let's make a start. The bar shuts at ten and we all know where "
            "Iwan will be.",
        ),
        ("Iwan", "Harsh. Fair, but harsh."),
        (
            "Gwilym",
            "First thing, the floodlights. The electrician came out last Tuesday and two heads "
            "on the far side are gone.",
        ),
        ("Nerys", "He quoted nine hundred for the pair, which is, well, you know. A lot."),
        (
            "Gwilym",
            "Iwan, can you find out if the WRU grant covers floodlights before we say yes to "
            "anything?",
        ),
        ("Iwan", "Sure, I'll ring them first thing tomorrow."),
        (
            "Rhodri",
            "While we're on the pitches, the under-twelves need the back pitch on Saturday "
            "mornings. Numbers have gone mad since the autumn.",
        ),
        (
            "Gwilym",
            "Any objection? No? Right, the under-twelves have the back pitch on Saturdays from "
            "now on.",
        ),
        ("Gwilym", "Cerys, the Christmas do, how's it looking?"),
        ("Cerys", "Bad news, the band pulled out, so as of now we've got no music at all."),
        ("Iwan", "We could always have Gwilym sing."),
        ("Gwilym", "You could, and you'd have an empty room by nine."),
        (
            "Cerys",
            "I'll sort a DJ, my cousin Aled does weddings. I'll have him confirmed by Friday. "
            "Actually no, Thursday, Nerys wants the posters done on Friday.",
        ),
        ("Nerys", "I do, yes. And are we keeping the tickets at twenty-five pounds?"),
        ("Gwilym", "We are. Tickets stay at twenty-five, same as last year."),
        (
            "Nerys",
            "Gwilym, while I've got you, the minutes from last month still need signing. You've "
            "had them a fortnight.",
        ),
        ("Gwilym", "Yes, yes, leave it with me. I'll sign them tonight, promise."),
        (
            "Rhodri",
            "Also the seconds' away shirts are falling apart. Somebody should ask the sponsors "
            "about new ones.",
        ),
        ("Gwilym", "Rhodri, you know the lad at the garage better than any of us."),
        ("Rhodri", "Fair enough. I'll ask him about the shirts at the game on Saturday."),
        (
            "Iwan",
            "Old Geraint said he'd repaint the posts before Christmas, by the way, so that's one "
            "less job.",
        ),
        (
            "Nerys",
            "And does anybody know if the insurance covers the kitchen ceiling? It came down "
            "again after the rain.",
        ),
        ("Gwilym", "No idea. I doubt anyone in this room does, to be honest."),
        (
            "Iwan",
            "If it doesn't, we'd be looking at thousands. Maybe we could do a sponsored walk or "
            "something.",
        ),
        ("Gwilym", "One thing at a time, Iwan. Right, that'll do, thanks all. Bar's open."),
    ),
    actions=(
        Action("Iwan", ("grant",), TOMORROW),
        Action("Cerys", ("dj",), THURSDAY),
        Action("Gwilym", ("minutes",), TODAY),
        Action("Rhodri", ("shirts",), SATURDAY),
    ),
    decisions=(
        ("under-twelves", "pitch"),
        ("tickets", "twenty-five"),
    ),
    questions=(("insurance", "ceiling"),),
)


BLADE_QUALITY_MEETING = Meeting(
    name="blade_quality_meeting",
    lines=(
        (
            "Mads",
            "Okay, good morning, let's get going. We have a lot today, so short answers please, "
            "Troels.",
        ),
        ("Troels", "Me? I'm always short. Ask anyone."),
        ("Mads", "Signe, start with the scans, please."),
        (
            "Signe",
            "So, blade 4471 from mould three. The ultrasonic scan found a dry spot near the "
            "root, trailing edge, about forty centimetres.",
        ),
        ("Birgitte", "Forty? On 4468 last week it was twenty. It's getting worse."),
        (
            "Signe",
            "Yes, Birgitte, but 4468 was repaired and passed the rescan on Friday, so that one "
            "is closed.",
        ),
        (
            "Mads",
            "Right. Then 4471 does not ship until it's repaired and rescanned. No discussion.",
        ),
        (
            "Troels",
            "My repair crew can start tonight. I'll have it ready for rescanning by Wednesday.",
        ),
        ("Signe", "Then I'll rescan it on Thursday morning, first thing."),
        (
            "Birgitte",
            "But the question is why. I think it's the infusion, the resin temperature on mould "
            "three has been drifting.",
        ),
        (
            "Anders",
            "Or it's the glass, Mads. The new fabric batch from the Polish supplier is heavier, "
            "I weighed a roll myself.",
        ),
        ("Mads", "Anders, can you get the supplier to send the test certificates for that batch?"),
        ("Anders", "On it. I'll email them right after this meeting."),
        (
            "Birgitte",
            "And I'm going to put loggers on the mould three resin line. I'll send you the "
            "temperature data Friday. No, sorry, we don't infuse again until Thursday night, so "
            "Monday.",
        ),
        ("Troels", "Should we stop mould three until we know?"),
        (
            "Mads",
            "No. We keep producing, but every blade from mould three gets a full scan, not "
            "sampling. From today.",
        ),
        (
            "Signe",
            "A full scan is three hours a blade. Who covers inspection on the other moulds then?",
        ),
        ("Mads", "Good question. I don't have an answer for that today, honestly."),
        (
            "Anders",
            "If the certificates show the batch is out of spec, we'd have to quarantine maybe "
            "twelve rolls.",
        ),
        (
            "Birgitte",
            "And the customer audit is coming. If it's the same auditor as last year, we need a "
            "lot of coffee.",
        ),
        ("Troels", "And cake. He liked the cake."),
        ("Mads", "Noted. Okay, thank you, everyone."),
    ),
    actions=(
        Action("Troels", ("repair",), WEDNESDAY),
        Action("Signe", ("rescan",), THURSDAY),
        Action("Anders", ("certificates",), TODAY),
        Action("Birgitte", ("temperature",), NEXT_MONDAY),
    ),
    decisions=(
        ("4471", "ship"),
        ("full", "scan"),
    ),
    questions=(("inspection", "moulds"),),
)


PUBLIC_DEFENDER_TEAM = Meeting(
    name="public_defender_team",
    lines=(
        (
            "Keisha",
            "Okay y'all, let's go, I've got a calendar call at eleven-thirty. Darnell, you first.",
        ),
        (
            "Darnell",
            "So, Whitfield. Arraignment was Thursday, he pled not guilty, and bond got set at "
            "fifty thousand. On a shoplifting enhancement.",
        ),
        (
            "Keisha",
            "Fifty? That's ridiculous. File a motion to reduce bond. Can you have it filed by "
            "Wednesday?",
        ),
        ("Darnell", "Yeah, I'll have the motion filed Wednesday."),
        ("Latrice", "I met his mother on Saturday. She could maybe do two thousand, not fifty."),
        (
            "Latrice",
            "I'll pull together her letter and a letter from his employer for the hearing. By "
            "Tuesday, Darnell, that work?",
        ),
        ("Darnell", "Tuesday's perfect, thanks Latrice."),
        ("Keisha", "Tamika, where are we on Bryant?"),
        (
            "Tamika",
            "I still don't have the body cam footage. The DA's office said they'd send it last "
            "week.",
        ),
        (
            "Keisha",
            "Of course they did. Jerome, send them a formal discovery request today, and cite "
            "the rule.",
        ),
        ("Jerome", "On it, Keisha."),
        (
            "Tamika",
            "I'm going to go back to the gas station and canvass for witnesses. Thursday, no, "
            "Thursday's Thanksgiving. Friday then.",
        ),
        (
            "Darnell",
            "Do we have money for an eyewitness ID expert on Bryant? Because the State's going "
            "to lean hard on that ID.",
        ),
        (
            "Keisha",
            "That's the question. The expert funding request went to the county in October and "
            "we've heard nothing.",
        ),
        ("Keisha", "So I don't know, and I won't until the county answers."),
        ("Keisha", "Darnell, could you take the Monroe intake as well?"),
        ("Darnell", "Honestly, I can't this week. I'm at sixty-two open cases."),
        ("Latrice", "Sixty-two. Living the dream, Darnell."),
        ("Keisha", "Fair. I'll take Monroe myself then."),
        (
            "Keisha",
            "And going forward, nobody over sixty open cases gets a new felony intake. That's "
            "the rule from today.",
        ),
        ("Jerome", "Does that include misdemeanors?"),
        ("Keisha", "No, felonies only."),
        ("Tamika", "If the judge denies the bond motion, we'd go up to superior court, right?"),
        ("Keisha", "We'd talk about it then. Okay, that's it. Go."),
    ),
    actions=(
        Action("Darnell", ("motion", "bond"), WEDNESDAY),
        Action("Latrice", ("letter",), TOMORROW),
        Action("Jerome", ("discovery", "request"), TODAY),
        Action("Tamika", ("witnesses",), FRIDAY),
        Action("Keisha", ("monroe",), None),
    ),
    decisions=(("felony", "intake"),),
    questions=(("expert",),),
)


TATTOO_ARTISTS_MEETING = Meeting(
    name="tattoo_artists_meeting",
    lines=(
        ("Jannik", "So, everyone here? Ole, turn the music down a bit, please. Thank you."),
        ("Ole", "Sorry, sorry."),
        ("Jannik", "First thing, deposits. We had four no-shows last week. Four!"),
        ("Dilara", "Two of those were mine. I lost my whole Saturday."),
        ("Jannik", "I know, Dilara, it's a mess."),
        (
            "Mareike",
            "I think we just go to a fifty euro deposit, non-refundable, for anything over an "
            "hour.",
        ),
        (
            "Jannik",
            "Yes, Mareike. From now on, fifty euro deposit, no exceptions. Kai, can you change "
            "the booking form?",
        ),
        ("Kai", "Sure, I'll do it today after lunch."),
        ("Dilara", "And the people who already booked for December? They paid twenty."),
        ("Kai", "I'll email everyone booked for December and explain. Give me until Wednesday."),
        ("Mareike", "The autoclave is making that noise again, Jannik."),
        ("Jannik", "The technician was here in October, he said it's fine."),
        ("Mareike", "He said that, yes. It's still making the noise."),
        ("Jannik", "Okay, okay. I'll call the autoclave people again tomorrow."),
        ("Ole", "Can I do my first paid piece this month? Small linework, for a friend."),
        (
            "Jannik",
            "Not this month. Bring your practice skins on Friday and we'll talk about January.",
        ),
        ("Ole", "Deal. I'll bring them Friday."),
        ("Dilara", "Is the guest artist from Warsaw still coming in December?"),
        ("Jannik", "Nobody knows. I've written to her twice and nothing."),
        ("Mareike", "Also the blue. The old Blue 15 stock, can we still use it?"),
        ("Dilara", "No, that's been banned for ages, we threw it out in January."),
        (
            "Mareike",
            "Right. Then I'm going to order the new compliant blues. I'll put the order in this "
            "week.",
        ),
        ("Ole", "Can we order a new coffee machine too, while we're at it?"),
        ("Jannik", "Sure, Ole, right after my Porsche."),
        ("Kai", "And Sundays in December? Half of you want them off."),
        (
            "Jannik",
            "Hands up for closing. Okay, that's everyone. We close on Sundays in December.",
        ),
    ),
    actions=(
        Action("Kai", ("booking", "form"), TODAY),
        Action("Kai", ("email", "december"), WEDNESDAY),
        Action("Jannik", ("autoclave",), TOMORROW),
        Action("Ole", ("practice", "skins"), FRIDAY),
        Action("Mareike", ("order", "blue"), END_OF_WEEK),
    ),
    decisions=(
        ("fifty", "deposit"),
        ("close", "sundays"),
    ),
    questions=(("guest", "artist"),),
)


TOURIST_INFORMATION_STAFF = Meeting(
    name="tourist_information_staff",
    lines=(
        (
            "Akiko",
            "Okay, good morning, everyone. It's the peak of the autumn leaves, so let's be quick "
            "today. Takumi, you were on the counter yesterday?",
        ),
        ("Takumi", "Yesterday was crazy. We gave out six hundred maps before noon."),
        (
            "Akiko",
            "Yes, and we're almost out of the English maps. Emiko, can you order the reprint?",
        ),
        (
            "Emiko",
            "Yes, Akiko, I'll call the printer today. Ah, no, they're closed on Mondays. "
            "Tomorrow, then.",
        ),
        ("Elodie", "The French and Spanish maps too, please, we have maybe fifty of each left."),
        ("Akiko", "Add those to the reprint, Emiko."),
        ("Emiko", "Sure, I'll add them."),
        (
            "Sota",
            "The buses to Kiyomizu are full again. People wait forty minutes. Should we tell "
            "them to walk from Gion?",
        ),
        (
            "Akiko",
            "Yes. From today we recommend walking, or the Keihan line to Kiyomizu-Gojo. "
            "Everyone, please say that.",
        ),
        (
            "Elodie",
            "I'll make a small sign for the counter with the walking route, English and French. "
            "By Wednesday.",
        ),
        ("Akiko", "Perfect, thank you, Elodie."),
        ("Takumi", "Many people ask about the Gion photo ban. Is it the whole district?"),
        ("Akiko", "Only the private lanes. The district council decided that in the spring."),
        ("Takumi", "Then let me update the FAQ sheet. I'll do it this afternoon."),
        ("Emiko", "What about New Year? Are we open on New Year's Day?"),
        (
            "Akiko",
            "Head office hasn't told us the New Year hours yet. I asked them twice already.",
        ),
        ("Sota", "The lost umbrellas are a mountain now. Maybe we could donate them somewhere."),
        ("Takumi", "If we donate them, the tourists will only lose them again."),
        (
            "Akiko",
            "Sota, please take the umbrellas to the police box before the end of the month.",
        ),
        ("Sota", "Understood. I'll take them."),
        (
            "Akiko",
            "And the volunteer guides want their December schedule. I'll send it to them next "
            "week.",
        ),
        (
            "Elodie",
            "Also, can we stay open later? Seven instead of six, just for the leaf season?",
        ),
        ("Akiko", "Yes, let's do that. We close at seven until the leaves are finished."),
        ("Takumi", "Seven. My wife will be thrilled."),
        ("Akiko", "Thank you, everyone. Let's open the doors."),
    ),
    actions=(
        Action("Emiko", ("reprint",), TOMORROW),
        Action("Elodie", ("sign",), WEDNESDAY),
        Action("Takumi", ("faq",), TODAY),
        Action("Sota", ("umbrellas",), END_OF_MONTH),
        Action("Akiko", ("schedule",), END_OF_NEXT_WEEK),
    ),
    decisions=(
        ("walking",),
        ("close", "seven"),
    ),
    questions=(("year", "hours"),),
)


MUSHROOM_FARM_HARVEST = Meeting(
    name="mushroom_farm_harvest",
    lines=(
        (
            "Ezra",
            "Alright, morning. This'll be quick, pickers start in room seven at eleven. Rosario, "
            "how's seven?",
        ),
        ("Rosario", "Heavy. The second flush came in fast over the weekend."),
        ("Daisy", "Good, because Giant doubled their order for Wednesday. Thanksgiving week."),
        (
            "Ezra",
            "Then we pick seven and eight today and tomorrow, all hands, and room nine waits "
            "till Wednesday.",
        ),
        ("Rosario", "I need four more pickers for that. I'll call the agency this morning."),
        (
            "Levi",
            "Heads up, Ezra, room four has green mold. Trichoderma, I'm pretty sure. Two beds by "
            "the door.",
        ),
        (
            "Ezra",
            "Ugh. Thanks, Levi. Nobody goes into four without changing boots, and nobody goes "
            "from four to another room the same day. Starting now.",
        ),
        (
            "Levi",
            "I'll salt the patches and bag out the worst trays this morning, before the crew "
            "gets in.",
        ),
        (
            "Amos",
            "Compressor on cooler two tripped twice Saturday night. I reset it, but it's not "
            "right.",
        ),
        ("Ezra", "Amos, can you get the refrigeration guy out?"),
        (
            "Amos",
            "Yeah, I'll call him. He's always booked, so realistically Wednesday. Wait, no, "
            "Daisy needs that cooler for the Giant load. I'll make him come tomorrow.",
        ),
        ("Daisy", "Thank you."),
        ("Ezra", "Daisy, did you confirm the truck with the Giant warehouse?"),
        ("Daisy", "Already did, Friday."),
        ("Ezra", "Then print the new Giant case labels before Wednesday's load."),
        ("Daisy", "Sure, I'll do the labels tomorrow."),
        (
            "Levi",
            "Somebody at the co-op said the new spawn supplier is cheaper. Maybe we could try "
            "them next cycle.",
        ),
        ("Ezra", "Maybe. Not today."),
        ("Daisy", "Are we doing the Philly farmers market on Saturday, or skipping it this year?"),
        ("Ezra", "Honestly, I don't know. Depends what's left after Wednesday."),
        ("Amos", "And I'm going to fix the busted hinge on the room six door, too."),
        ("Rosario", "Finally. It's been swinging since August."),
        ("Ezra", "Alright, go pick. Thanks, everybody."),
    ),
    actions=(
        Action("Rosario", ("pickers",), TODAY),
        Action("Levi", ("trays",), TODAY),
        Action("Amos", ("refrigeration",), TOMORROW),
        Action("Daisy", ("labels",), TOMORROW),
        Action("Amos", ("hinge",), None),
    ),
    decisions=(
        ("nine", "waits"),
        ("boots",),
    ),
    questions=(("farmers", "market"),),
)


WATER_WELL_PROJECT_CALL = Meeting(
    name="water_well_project_call",
    lines=(
        ("Gillian", "Hi everyone, can you hear me? The line's a bit patchy on my side."),
        (
            "Chikondi",
            "We hear you, Gillian. Kondwani is here with me in Lilongwe, and Tiwonge is joining "
            "from Dedza.",
        ),
        ("Tiwonge", "Yes, I'm here. Sorry, the network at the trading centre is terrible."),
        ("Gillian", "No worries. Kondwani, where are we with the drilling?"),
        ("Kondwani", "Mzama is done. We hit water at forty-two metres last Thursday, good yield."),
        (
            "Kondwani",
            "Chisoka is the problem. Once the rains start, the rig can't get there, the road "
            "floods.",
        ),
        ("Chikondi", "Oh yes, and the road will be beautiful in January."),
        ("Gillian", "So do we bring Chisoka forward, before the rains?"),
        (
            "Chikondi",
            "I think we must. Move the rig to Chisoka now and push Kalulu to after the rains.",
        ),
        ("Gillian", "Agreed, Chikondi. Chisoka goes next, Kalulu after the rains."),
        ("Kondwani", "Then I'll move the rig on Wednesday."),
        (
            "Kondwani",
            "If we hit rock at Chisoka, we'd need the bigger bit, and that's in Blantyre.",
        ),
        (
            "Tiwonge",
            "I need to tell the Chisoka water committee, they have to clear the site. I'll go "
            "there tomorrow.",
        ),
        ("Gillian", "And the water test for Mzama? The donor wants lab results in the report."),
        (
            "Chikondi",
            "The samples went to the lab in Lilongwe on Friday. Results take about ten days.",
        ),
        (
            "Gillian",
            "The quarterly donor report is due on the fifteenth. Mphatso, can you do the budget "
            "section?",
        ),
        (
            "Mphatso",
            "Yes. I'll have the budget section done by the 4th, so you have time to review it.",
        ),
        (
            "Gillian",
            "Great. And I'll write the rest of the report and send it to the donor by the "
            "fifteenth.",
        ),
        (
            "Tiwonge",
            "One thing from the Mzama committee. When the hand pump breaks, who pays for the "
            "spare parts?",
        ),
        (
            "Gillian",
            "Good question. It's not settled. The district says we do, we say the community fund "
            "does.",
        ),
        (
            "Gillian",
            "Let's put one more on the action list: the rig insurance has to be renewed by the "
            "end of the month. Owner to be confirmed.",
        ),
        ("Mphatso", "It lapses on the thirtieth, so really, the end of the month."),
        ("Gillian", "Thanks, everyone. Safe travels on that road, Kondwani."),
    ),
    actions=(
        Action("Kondwani", ("rig",), WEDNESDAY),
        Action("Tiwonge", ("committee",), TOMORROW),
        Action("Mphatso", ("budget", "section"), DECEMBER_4),
        Action("Gillian", ("report",), THE_15TH),
        Action(None, ("insurance",), END_OF_MONTH),
    ),
    decisions=(("chisoka",),),
    questions=(("spare", "parts"),),
)


BOOKBINDING_WORKSHOP = Meeting(
    name="bookbinding_workshop",
    lines=(
        ("Ottavio", "Allora, let's begin. Piero, the coffee can wait, sit down."),
        ("Piero", "Sì, sì, I'm sitting."),
        ("Ottavio", "The parish register from San Frediano. Lucrezia, how bad is it?"),
        (
            "Lucrezia",
            "The text block is fine. The spine is gone and there's mould on the last gatherings. "
            "I cleaned the first half last week.",
        ),
        ("Lucrezia", "I'll finish the cleaning by Friday, then we can think about the sewing."),
        ("Ottavio", "Good. And the new spine, calf or goat?"),
        ("Lucrezia", "Goat. It was goat originally, I found traces under the paste."),
        ("Ottavio", "Then goat. Decided."),
        ("Agnese", "Ottavio, the goat skins, though. Our supplier raised prices twenty percent."),
        ("Ottavio", "Twenty! Madonna."),
        ("Agnese", "Let me ask the tannery near Pisa for a quote. I'll do it tomorrow."),
        ("Ottavio", "Donatella, how are the Christmas orders?"),
        (
            "Donatella",
            "We have orders for three hundred sheets of marbled paper, and I've made maybe a "
            "hundred and twenty.",
        ),
        (
            "Ottavio",
            "Then no more marbled paper orders for Christmas after today, Agnese. We stop.",
        ),
        ("Agnese", "Va bene."),
        ("Donatella", "Then I'll have all three hundred sheets ready by the fifteenth."),
        ("Piero", "Can I help with the marbling? I'm getting good."),
        ("Donatella", "You can help if you don't touch my combs."),
        ("Piero", "The American, the journal with the gold initials, when does he need it?"),
        ("Agnese", "He leaves Florence next week, so soon."),
        ("Ottavio", "So, Piero, you finish the tooling by next Tuesday, and I check it."),
        ("Piero", "Sì, next Tuesday, no problem."),
        ("Lucrezia", "And the dehumidifier? The hygrometer said seventy percent this morning."),
        (
            "Ottavio",
            "Seventy is too much for the leather. I'll buy a second dehumidifier this week.",
        ),
        (
            "Agnese",
            "Another thing: does the parish pay before or after the work? They never said.",
        ),
        (
            "Ottavio",
            "Nobody asked them. Don Ugo said he'd bring the other registers in January, so we'll "
            "see him then.",
        ),
        ("Piero", "Can I at least have the coffee now?"),
        ("Ottavio", "Now, yes."),
    ),
    actions=(
        Action("Lucrezia", ("cleaning",), FRIDAY),
        Action("Agnese", ("quote",), TOMORROW),
        Action("Donatella", ("sheets",), THE_15TH),
        Action("Piero", ("tooling",), NEXT_TUESDAY),
        Action("Ottavio", ("dehumidifier",), END_OF_WEEK),
    ),
    decisions=(
        ("goat",),
        ("marbled", "orders"),
    ),
    questions=(("parish", "pay"),),
)


QA_CALIBRATION_SESSION = Meeting(
    name="qa_calibration_session",
    lines=(
        ("Lerato", "Morning, everyone. Riaan, you're on mute. There we go."),
        ("Riaan", "Sorry, Lerato, sorry. Load-shedding at home, I'm on my phone."),
        (
            "Lerato",
            "No stress. So we all scored call three from Friday, the funeral policy cancellation.",
        ),
        (
            "Lerato",
            "Thulani gave sixty-two, Charlene eighty-five, Riaan eighty, me seventy. That's a "
            "big spread.",
        ),
        (
            "Charlene",
            "I gave eighty-five because she was lovely with the customer. Textbook empathy, "
            "honestly.",
        ),
        ("Thulani", "But she never verified the ID number, Charlene. That's a compliance fail."),
        (
            "Riaan",
            "Is a missed ID check an automatic fail or just minus ten? The scorecard doesn't say.",
        ),
        (
            "Lerato",
            "It's an auto-fail. POPIA, no debate. From today, a missed ID check is an auto-fail "
            "on every call.",
        ),
        ("Lerato", "Thulani, please update the scorecard wording so it says that explicitly."),
        ("Thulani", "Sure, I'll have it done by Wednesday."),
        (
            "Nandi",
            "Then the agents need to hear it from us. I'll run a ten-minute refresher at every "
            "team huddle tomorrow.",
        ),
        ("Charlene", "The agent is on my team. I'll coach her one-on-one on Thursday."),
        (
            "Riaan",
            "If the client audits us in December, this call would sink us. Ja, and they'll love "
            "hearing our scores went down, they'll send flowers.",
        ),
        (
            "Riaan",
            "Another thing. Does hold time count against empathy or against call control? We "
            "keep arguing about it.",
        ),
        ("Lerato", "Let's not solve that today. Honestly, I don't know yet."),
        ("Thulani", "Can we calibrate weekly instead of monthly? The spread is too big."),
        ("Lerato", "Yes, let's. Weekly, Mondays at nine, starting next Monday."),
        ("Nandi", "Maybe I could record a demo call for the induction pack, if I find the time."),
        ("Charlene", "Riaan, will you pick the calls for next week's session?"),
        ("Riaan", "Ja, no, fine. I'll pick three calls and send them round by Friday."),
        ("Lerato", "Lekker. Thanks, all, and thanks, Nandi."),
    ),
    actions=(
        Action("Thulani", ("scorecard",), WEDNESDAY),
        Action("Nandi", ("refresher",), TOMORROW),
        Action("Charlene", ("coach",), THURSDAY),
        Action("Riaan", ("calls",), FRIDAY),
    ),
    decisions=(
        ("auto-fail",),
        ("weekly",),
    ),
    questions=(("hold", "time"),),
)


ZOO_VETERINARY_TEAM = Meeting(
    name="zoo_veterinary_team",
    lines=(
        ("Renee", "Okay, let's start. Bodhi, that coffee is for everyone, not just you."),
        ("Bodhi", "Fair. Completely fair, Renee."),
        ("Renee", "Rounds first. Priscilla, how's Mabel?"),
        ("Priscilla", "Her foot abscess is draining well. We did the soak and trim on Saturday."),
        ("Priscilla", "I'll recheck the foot with the elephant keepers on Wednesday."),
        (
            "Renee",
            "Good. The tiger dental, we had it for tomorrow, but the anesthesia machine is out "
            "for service.",
        ),
        (
            "Renee",
            "Let's move it to Thursday. No, wait, Thursday's Thanksgiving, skeleton crew. Next "
            "Tuesday.",
        ),
        (
            "Bodhi",
            "Next Tuesday works. I'll reserve the anesthesia machine today so nobody grabs it.",
        ),
        (
            "Kenzie",
            "Avian flu. There's a confirmed case at a duck farm in Riverside County. Do we bring "
            "the flamingos in?",
        ),
        (
            "Renee",
            "Not yet, Kenzie. But from today, footbaths at every bird area, and no keeper goes "
            "from the birds to the petting yard.",
        ),
        ("Kenzie", "Okay. I'll tell the bird keepers at their huddle this afternoon."),
        (
            "Renee",
            "And I'll write up the avian flu protocol and send it to the curators by next Friday.",
        ),
        (
            "Marcy",
            "Controlled drugs. The ketamine log doesn't reconcile for November, we're off by two "
            "milliliters.",
        ),
        (
            "Renee",
            "Marcy, can you go through the November entries and find it before the end of the "
            "month?",
        ),
        ("Marcy", "Yep, on it."),
        ("Priscilla", "The okapi coming in, is quarantine thirty days or sixty?"),
        ("Renee", "Thirty, it's in the transfer agreement."),
        ("Bodhi", "I'm going to set up the quarantine barn on Friday, bedding and cameras."),
        ("Bodhi", "Also, the koala bit me again. Third time. I think we're bonding."),
        (
            "Priscilla",
            "Do we still have budget for the new ultrasound this year? Purchasing never got back "
            "to me.",
        ),
        ("Renee", "No idea, honestly. I'm waiting on them too."),
        (
            "Marcy",
            "Dr. Hale at the Safari Park said they'd lend us their portable X-ray if we ever "
            "need it.",
        ),
        ("Renee", "Good to know. Okay, thanks, everyone."),
    ),
    actions=(
        Action("Priscilla", ("recheck",), WEDNESDAY),
        Action("Bodhi", ("anesthesia", "machine"), TODAY),
        Action("Kenzie", ("bird", "keepers"), TODAY),
        Action("Renee", ("protocol",), NEXT_FRIDAY),
        Action("Marcy", ("entries",), END_OF_MONTH),
        Action("Bodhi", ("quarantine", "barn"), FRIDAY),
    ),
    decisions=(
        ("tiger", "dental"),
        ("footbaths",),
    ),
    questions=(("ultrasound",),),
)


MEETINGS = (
    RUGBY_CLUB_COMMITTEE,
    BLADE_QUALITY_MEETING,
    PUBLIC_DEFENDER_TEAM,
    TATTOO_ARTISTS_MEETING,
    TOURIST_INFORMATION_STAFF,
    MUSHROOM_FARM_HARVEST,
    WATER_WELL_PROJECT_CALL,
    BOOKBINDING_WORKSHOP,
    QA_CALIBRATION_SESSION,
    ZOO_VETERINARY_TEAM,
)
