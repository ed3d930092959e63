"""Thirty-second meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a circus school's coaches meeting in Montreal, a ferry company's onboard
catering review in Helsinki, a refugee resettlement charity's caseworker meeting in Berlin, a
family-run olive oil mill's harvest meeting in Crete, a cycling event's marshals briefing in
Girona, a drone survey company's project sync in Perth, an animation studio's production meeting
in Seoul, a public health clinic's vaccination drive planning in Nairobi, a luxury watch
boutique's sales team in Geneva and a school bus contractor's route planning in Ohio. People
talk as they do: fillers, asides, jokes, interruptions, self-corrections, a date changed
mid-talk, commitments in many forms, due dates in many forms or none. The labels are what a
careful note-taker would write down; past work, things that happen anyway, hypotheticals,
hedges, requests nobody takes, polite refusals, answered questions, reported speech, sarcasm
and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon" and
"after this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next
Tuesday", "next Wednesday" and "next Friday" are those of next week, "the 15th" is 15 December,
a vague period ("this week", "next week", "the end of the month") is due on its last day,
Sunday for weeks, and "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
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


CIRCUS_COACHES = Meeting(
    name="circus_coaches",
    lines=(
        (
            "Mathilde",
            "Okay, bonjour everyone, let's start. The trapeze room is booked at eleven, so we "
            "have maybe forty minutes.",
        ),
        (
            "Yannick",
            "Before we start, Mathilde, who left the crash mats out in the rain? Joking, joking. "
            "Mostly.",
        ),
        (
            "Mathilde",
            "Ha. First thing, the winter showcase. The board fixed the date last month, so that's "
            "not up for discussion.",
        ),
        ("Sylvie", "The aerial silks group is ready. The teeterboard kids, honestly, not yet."),
        (
            "Benoit",
            "Two of them landed badly on Thursday. Nobody was hurt, but I stopped the session.",
        ),
        (
            "Mathilde",
            "Right. Then we decide it now: the teeterboard act is out of the showcase this year. "
            "Safety first.",
        ),
        ("Benoit", "Agreed. I'll tell the parents tomorrow, it's better coming from me."),
        ("Mathilde", "Thank you, Benoit."),
        (
            "Noemie",
            "Can I raise the rigging? The certificate on the main truss runs out in January.",
        ),
        ("Mathilde", "Yannick, can you book the rigging inspector?"),
        (
            "Yannick",
            "Sure, I'll call them this afternoon. Actually no, wait, they're closed on Mondays. "
            "Tomorrow morning then.",
        ),
        ("Sylvie", "Maybe I could redo the warm-up plan for the juniors, if I ever find the time."),
        ("Mathilde", "That would be nice, but no pressure."),
        (
            "Noemie",
            "Also the new students from the Quebec City exchange: do they train with the juniors "
            "or with the pre-pro group?",
        ),
        ("Mathilde", "Good question. I don't know yet, I need to see them on the mats first."),
        (
            "Yannick",
            "Juggling clubs. We're short about twenty. Noemie, you know the supplier in Laval, no?",
        ),
        ("Noemie", "Yes, leave it with me. I'll get a quote from them by Friday."),
        (
            "Mathilde",
            "And the printed programme for the showcase. I'm going to write the running order "
            "myself, by next Wednesday.",
        ),
        (
            "Sylvie",
            "Can somebody please fix the squeaky door in the silks studio? It's driving me crazy.",
        ),
        ("Benoit", "Not it."),
        ("Yannick", "Not it either. Sorry, Sylvie."),
        (
            "Mathilde",
            "One last thing, the first aid refresher for the coaches. We'll do it in-house with "
            "Sylvie instead of paying the Red Cross again.",
        ),
        ("Mathilde", "Sylvie, you're okay to run the refresher?"),
        ("Sylvie", "Yes, happy to run it."),
        ("Mathilde", "Good. Merci tout le monde, see you on the mats."),
    ),
    actions=(
        Action("Benoit", ("parents",), TOMORROW),
        Action("Yannick", ("inspector",), TOMORROW),
        Action("Noemie", ("quote",), FRIDAY),
        Action("Mathilde", ("running", "order"), NEXT_WEDNESDAY),
        Action("Sylvie", ("refresher",), None),
    ),
    decisions=(
        ("teeterboard",),
        ("first", "aid"),
    ),
    questions=(("exchange", "students"),),
)


FERRY_CATERING_REVIEW = Meeting(
    name="ferry_catering_review",
    lines=(
        (
            "Pirjo",
            "Hei, okay, let's go. Monthly catering review, the Tallinn route mostly. Kalle, you "
            "want to start with the buffet numbers?",
        ),
        (
            "Kalle",
            "Sure. Buffet covers were down about eight percent in October, the morning sailings "
            "especially.",
        ),
        (
            "Riikka",
            "Because the breakfast is boring. Sorry, Pirjo, but it is. The same Karelian pies "
            "since 2019.",
        ),
        ("Kalle", "Hey, the pies are classics! But fine. Fair."),
        (
            "Pirjo",
            "So for the morning sailings we switch to the new breakfast menu from December, the "
            "one Kalle tested last week.",
        ),
        ("Kalle", "Then I'll send the final recipes to Kadri by Wednesday so she can order."),
        ("Kadri", "Wednesday is tight for the dairy supplier. Could you do tomorrow?"),
        ("Kalle", "Tomorrow. Okay, yes, tomorrow."),
        ("Kadri", "Good, then I'll put the order in with the dairy supplier on Thursday."),
        (
            "Timo",
            "On the bar side, the card terminals on the upper deck dropped out twice on Saturday. "
            "We lost maybe an hour of sales.",
        ),
        ("Pirjo", "Did anyone report that to IT?"),
        ("Timo", "Riikka did, on Saturday night."),
        ("Riikka", "They said they'd send a technician, and that was the last we heard of them."),
        ("Pirjo", "Timo, can you chase IT about the terminals today?"),
        ("Timo", "On it."),
        (
            "Riikka",
            "The Christmas drinks list. Are we doing the mulled wine at the bar, or only in the "
            "restaurant?",
        ),
        ("Pirjo", "Both. It sells. The mulled wine goes on at the bar too."),
        ("Kadri", "Then somebody has to get the price approved by head office."),
        ("Pirjo", "That's me. I'll get the mulled wine price signed off by the end of the week."),
        (
            "Timo",
            "Food waste. The figures from the Star are awful, we throw away a third of the salad "
            "bar.",
        ),
        ("Kalle", "Maybe we could do smaller trays, half size, I don't know."),
        ("Pirjo", "Does the galley on the Star even take half-size trays? Anyone?"),
        ("Kalle", "No idea, honestly."),
        (
            "Riikka",
            "Oh, and the staff meal allowance: HR changed that back in the summer, so nothing for "
            "us to do there.",
        ),
        ("Pirjo", "Right. Riikka, you'll do the bar staff rota for December?"),
        ("Riikka", "Yes, I'll have the rota out by next Friday."),
        ("Pirjo", "Good. Kiitos, everyone."),
    ),
    actions=(
        Action("Kalle", ("recipes",), TOMORROW),
        Action("Kadri", ("order",), THURSDAY),
        Action("Timo", ("terminals",), TODAY),
        Action("Pirjo", ("price",), END_OF_WEEK),
        Action("Riikka", ("rota",), NEXT_FRIDAY),
    ),
    decisions=(
        ("breakfast", "menu"),
        ("mulled", "wine"),
    ),
    questions=(("trays",),),
)


RESETTLEMENT_CASEWORKERS = Meeting(
    name="resettlement_caseworkers",
    lines=(
        (
            "Ulrike",
            "Okay, morning. Coffee is there, the good stuff, Mehmet brought it. Let's start with "
            "the caseload.",
        ),
        ("Mehmet", "You're welcome. Don't get used to it."),
        ("Ulrike", "Rania, the family from Herat, how is the flat search going?"),
        (
            "Rania",
            "We viewed two flats in Marzahn last week. The landlord of the second one said he'd "
            "decide by Friday.",
        ),
        ("Ulrike", "And the Jobcenter appointment?"),
        ("Rania", "That's on Wednesday. I'll go to the Jobcenter with them and translate."),
        (
            "Konstantin",
            "For the Syrian brothers the school registration is stuck. The Schulamt wants their "
            "vaccination records.",
        ),
        (
            "Ulrike",
            "Konstantin, can you request the records from the clinic in Gaziantep? Or is that "
            "impossible?",
        ),
        (
            "Konstantin",
            "Not impossible, just slow. Yeah, I'll email the clinic today and copy you in.",
        ),
        ("Lale", "Sorry I'm late, Ulrike, the U8 was stopped again. What did I miss?"),
        (
            "Ulrike",
            "Nothing much, Mehmet's coffee. Lale, the volunteer tutors: how many do we have for "
            "December?",
        ),
        ("Lale", "Six, but two are students and they go home for Christmas."),
        ("Ulrike", "So we're short. Could you write a call for new tutors?"),
        (
            "Lale",
            "Sure, I'll draft the call for tutors and get it into the newsletter by Thursday.",
        ),
        (
            "Mehmet",
            "Related: should we pay the tutors a small expense allowance? Other charities do, ten "
            "euros a session or so.",
        ),
        (
            "Ulrike",
            "I'd have to ask the board, and the budget isn't done. Let's leave the allowance open "
            "for now.",
        ),
        (
            "Mehmet",
            "Fine. On my side, the Ukrainian grandmother: her residence permit expires on the "
            "15th.",
        ),
        (
            "Mehmet",
            "I'm going to get her an appointment at the immigration office before the 15th.",
        ),
        (
            "Ulrike",
            "Good. And one thing from the management meeting: from January every case file goes "
            "into the new database, no more paper. The directors decided that, not us.",
        ),
        ("Konstantin", "Ugh. And who is training us on that?"),
        ("Ulrike", "No idea yet. I'll ask the directors about the training this week."),
        (
            "Rania",
            "Can we also settle the interpreters? We keep paying the expensive agency for Dari.",
        ),
        (
            "Ulrike",
            "Yes. From now on, for Dari we use Rania and the two freelance interpreters first, "
            "and the agency only if none of them is free.",
        ),
        ("Rania", "Good. I'll make a list of the freelancers' numbers for everyone."),
        ("Ulrike", "Thanks. Anything else? No? Then that's it, see you Thursday."),
    ),
    actions=(
        Action("Rania", ("jobcenter",), WEDNESDAY),
        Action("Konstantin", ("clinic",), TODAY),
        Action("Lale", ("tutors",), THURSDAY),
        Action("Mehmet", ("appointment",), THE_15TH),
        Action("Ulrike", ("training",), END_OF_WEEK),
        Action("Rania", ("list",), None),
    ),
    decisions=(("interpreters",),),
    questions=(("allowance",),),
)


OLIVE_MILL_HARVEST = Meeting(
    name="olive_mill_harvest",
    lines=(
        ("Manolis", "Ela, sit, sit. The harvest meeting. So, when do we start picking?"),
        (
            "Stavros",
            "Manolis, the forecast says rain on Thursday. Wednesday is dry, but then we lose a "
            "day.",
        ),
        (
            "Manolis",
            "Okay then, we start with the upper groves on Wednesday and do the lower ones after "
            "the rain.",
        ),
        ("Katerina", "Papa, the press. The second malaxer made that noise again yesterday."),
        ("Manolis", "I know, I heard it. Giorgos, you'll call the technician from Heraklion?"),
        ("Giorgos", "I called him already on Saturday. He said he's booked until December."),
        ("Manolis", "Then the other one, the young one from Chania."),
        ("Giorgos", "Okay, okay. I'll call the Chania technician today, after lunch."),
        (
            "Eleni",
            "The export order for the Germans: the organic certificate has to go with the first "
            "shipment.",
        ),
        ("Manolis", "And where is the certificate?"),
        ("Eleni", "In the office, in the blue folder. I found it last week."),
        (
            "Eleni",
            "But it needs the new harvest year on it, so I'll ask the certifier for an updated "
            "certificate by the end of the month.",
        ),
        (
            "Katerina",
            "And the pickers. We have the four from Albania again and the two cousins. Is that "
            "enough for the lower groves?",
        ),
        ("Stavros", "Not with the rain. We need two more."),
        ("Manolis", "Stavros, find two more pickers by Saturday."),
        ("Stavros", "Fine, I'll find them, leave it with me."),
        (
            "Katerina",
            "Do we press for customers this year too? The village people with their own olives?",
        ),
        (
            "Manolis",
            "Yes, like always, but only on Sunday and Monday. The rest of the week the press is "
            "for our olives.",
        ),
        (
            "Giorgos",
            "And what do we charge them? Last year twelve percent of the oil. The mill in "
            "Archanes takes ten now.",
        ),
        ("Manolis", "Hmm. I have to think. We talk about it after the picking starts."),
        (
            "Eleni",
            "Also the labels for the new shop bottles. I want to print the harvest date on the "
            "labels.",
        ),
        ("Katerina", "Haha, Eleni and her labels."),
        ("Eleni", "Laugh, it sells! I'm going to send the label design to the printer on Friday."),
        ("Manolis", "Good. Katerina, check all the nets before Wednesday."),
        ("Katerina", "Sure, I'll do the nets tomorrow morning."),
        ("Manolis", "Kali douleia, everyone. Go."),
    ),
    actions=(
        Action("Giorgos", ("technician",), TODAY),
        Action("Eleni", ("certificate",), END_OF_MONTH),
        Action("Stavros", ("pickers",), SATURDAY),
        Action("Eleni", ("label",), FRIDAY),
        Action("Katerina", ("nets",), TOMORROW),
    ),
    decisions=(
        ("upper", "groves"),
        ("customers",),
    ),
    questions=(("charge",),),
)


MARSHALS_BRIEFING = Meeting(
    name="marshals_briefing",
    lines=(
        (
            "Jordi",
            "Bon dia! Okay, can everyone hear me at the back? Fenna? Good. This is the marshals "
            "briefing for Saturday's gravel ride.",
        ),
        ("Fenna", "Loud and clear, Jordi."),
        (
            "Jordi",
            "Three hundred and forty riders registered. The start is at eight from the Placa de "
            "la Independencia.",
        ),
        ("Montse", "Three forty-two, actually. Two more signed up last night."),
        ("Jordi", "Three forty-two. Thank you, Montse, always correcting me."),
        (
            "Jordi",
            "Right, the big change: we're taking out the descent through Sant Grau, it's too "
            "slippery after the storms. The route goes over the main road instead.",
        ),
        ("Pau", "Then the junction at Llagostera needs two marshals, not one."),
        (
            "Jordi",
            "Yes. Pau, can you cover Llagostera on Saturday, with one of the new volunteers?",
        ),
        ("Pau", "Sure."),
        (
            "Montse",
            "The new route signs have to go up before the ride. I'll put the signs up myself on "
            "Friday afternoon.",
        ),
        ("Xavi", "Take my van if you want, the keys are in the club office."),
        ("Nuria", "What about the radios? Last year half of them were dead by eleven."),
        ("Jordi", "New batteries this year, the club bought them in October."),
        ("Nuria", "Okay, but somebody still has to charge them."),
        (
            "Jordi",
            "Nuria, will you charge all the radios on Thursday night and bring them to the start?",
        ),
        ("Nuria", "On it."),
        ("Fenna", "If a rider crashes and refuses the ambulance, do we still have to log it?"),
        ("Jordi", "Yes, always log it, on the form, with the time. Always."),
        ("Pau", "And the feed station at Cassa, is it still the bakery doing the sandwiches?"),
        ("Montse", "Yes, they confirmed yesterday. Ham and cheese, and a vegan one."),
        ("Nuria", "The photo point, does it stay at the bridge?"),
        (
            "Jordi",
            "No, we move the photographer up to Els Angels this year, the view is much better.",
        ),
        ("Fenna", "Do the marshals get shirts this year, or only the riders?"),
        ("Jordi", "Good question. I really don't know, the sponsor hasn't told us anything."),
        ("Jordi", "Xavi, you'll drive the sweep car on Saturday, like last year?"),
        ("Xavi", "Again? Fine, yes, I'll do it."),
        ("Jordi", "And I'm going to send the final route map to the marshals' group chat tonight."),
        ("Jordi", "Thanks, all. See you Saturday at seven. Not eight, seven. Coffee's on me."),
    ),
    actions=(
        Action("Pau", ("llagostera",), SATURDAY),
        Action("Montse", ("signs",), FRIDAY),
        Action("Nuria", ("radios",), THURSDAY),
        Action("Xavi", ("sweep",), SATURDAY),
        Action("Jordi", ("route", "map"), TODAY),
    ),
    decisions=(
        ("descent",),
        ("photographer",),
    ),
    questions=(("shirts",),),
)


DRONE_PROJECT_SYNC = Meeting(
    name="drone_project_sync",
    lines=(
        (
            "Bronwyn",
            "G'day, okay, let's kick off. Project sync. Mitch, the mine site job at Kalgoorlie "
            "first.",
        ),
        (
            "Mitch",
            "Yeah, Bronwyn, flew the pit on Thursday and Friday, about nine hundred images. "
            "Processing now.",
        ),
        ("Bronwyn", "When will the point cloud be ready?"),
        (
            "Mitch",
            "Uh, I'll have the point cloud to the client by Wednesday. Actually, make that "
            "Thursday, the server's also chewing on the coastal job.",
        ),
        ("Anh", "Sorry, that's mine, the coastal job. It'll finish processing tonight on its own."),
        ("Bronwyn", "Good. Lachlan, the CASA stuff, the BVLOS approval?"),
        ("Lachlan", "Submitted two weeks ago, no answer yet. They told me four to six weeks."),
        (
            "Bronwyn",
            "Okay, then for the Rottnest job we assume no BVLOS. We fly it visual line of sight "
            "with two pilots.",
        ),
        ("Lachlan", "Then I'll rework the flight plan for two pilots by Friday."),
        (
            "Shireen",
            "From the accounts side, the council still hasn't paid the October invoice for the "
            "Swan River survey.",
        ),
        ("Bronwyn", "Again? Shireen, can you send them a reminder today?"),
        ("Shireen", "Yep, sure, I'll send it after this."),
        ("Mitch", "Meanwhile the gimbal on the M300 is playing up. The camera drifts to the left."),
        ("Anh", "It's the firmware, I reckon. Or the wind. Or the ghost of drones past."),
        ("Bronwyn", "Ha. Anh, can you look at the gimbal?"),
        ("Anh", "Yeah, leave it with me, I'll have a look at it this week."),
        (
            "Lachlan",
            "Do we buy a second thermal camera? The Wagin farm job needs one and we've only got "
            "the one.",
        ),
        (
            "Bronwyn",
            "Depends on whether Wagin signs, and they haven't yet. Honestly, I can't say yet.",
        ),
        (
            "Shireen",
            "Also, the insurance renewal is due on the 15th. I'm going to get three quotes before "
            "then.",
        ),
        ("Bronwyn", "Great. Oh, and from next month we're moving this sync to Tuesdays."),
        ("Mitch", "Finally, Tuesdays. Mondays are cursed."),
        ("Bronwyn", "Cheers, everyone."),
    ),
    actions=(
        Action("Mitch", ("point", "cloud"), THURSDAY),
        Action("Lachlan", ("flight", "plan"), FRIDAY),
        Action("Shireen", ("reminder",), TODAY),
        Action("Anh", ("gimbal",), END_OF_WEEK),
        Action("Shireen", ("quotes",), THE_15TH),
    ),
    decisions=(
        ("visual",),
        ("tuesdays",),
    ),
    questions=(("thermal", "camera"),),
)


ANIMATION_PRODUCTION = Meeting(
    name="animation_production",
    lines=(
        (
            "Minseo",
            "Okay, let's start. Production meeting, episode seven. We are, uh, a little behind.",
        ),
        ("Donghyun", "A little. That's generous, Minseo."),
        (
            "Minseo",
            "Storyboards are locked, layouts are at about seventy percent. Seoyeon, where is "
            "animation?",
        ),
        (
            "Seoyeon",
            "Key animation for scenes one to twelve is done. Thirteen to twenty, the fight scene, "
            "that's the problem.",
        ),
        (
            "Hyunwoo",
            "The fight scene is four hundred frames of two characters and a dragon. Who writes a "
            "dragon into a TV budget?",
        ),
        ("Minseo", "The director did. Don't look at me."),
        (
            "Minseo",
            "So here's the call: we outsource the in-betweens for the fight scene to the studio "
            "in Busan.",
        ),
        ("Seoyeon", "Okay. I'll prepare the cut folders for Busan by tomorrow night."),
        ("Eunji", "Sound: we have the recording studio booked for the voice actors next Tuesday."),
        ("Minseo", "Donghyun, is the script final?"),
        (
            "Donghyun",
            "Almost. The client wants two lines changed in scene nine. I'll send the final script "
            "to Eunji on Friday.",
        ),
        ("Donghyun", "No, wait, Eunji needs it earlier for the actors. Thursday."),
        ("Eunji", "Thursday is fine."),
        ("Eunji", "Also, do we record the dragon's roar ourselves or buy a library sound?"),
        ("Hyunwoo", "Record it! I volunteer my voice."),
        ("Minseo", "Hyunwoo, no. Actually, why not. We decide the roar later."),
        (
            "Minseo",
            "Hyunwoo, the background paintings for episode eight, can you start them this week?",
        ),
        ("Hyunwoo", "I'll start, yes. I'll have the first five backgrounds done by next Friday."),
        ("Seoyeon", "Someone should really clean up the shared drive, it's full of old renders."),
        ("Donghyun", "Someone. Famous person, Someone. Works here for years."),
        (
            "Minseo",
            "Ha. Okay, and the color script review with the director, I'll set that review up for "
            "Wednesday.",
        ),
        ("Eunji", "And the overtime this month? People are tired."),
        ("Minseo", "No weekend work this month, that's final. We catch up with Busan's help."),
        ("Minseo", "Thanks, everyone. Sugohaseyo."),
    ),
    actions=(
        Action("Seoyeon", ("folders",), TOMORROW),
        Action("Donghyun", ("script",), THURSDAY),
        Action("Hyunwoo", ("backgrounds",), NEXT_FRIDAY),
        Action("Minseo", ("review",), WEDNESDAY),
    ),
    decisions=(
        ("busan",),
        ("weekend",),
    ),
    questions=(("roar",),),
)


VACCINATION_DRIVE = Meeting(
    name="vaccination_drive",
    lines=(
        ("Wambui", "Good morning everyone, karibu. Let's plan the measles and polio drive."),
        (
            "Kiprop",
            "Morning, Wambui. The cold boxes came back from Kisumu on Friday, all twelve of them.",
        ),
        ("Wambui", "Good. So, the sites. Last time we did Kibera and Mathare. This time?"),
        ("Achieng", "Mathare again, coverage there is still low. And Kawangware."),
        (
            "Wambui",
            "Okay, agreed: Mathare and Kawangware for this drive. Thank you, Achieng. Mwangi, "
            "Kawangware is your area.",
        ),
        (
            "Mwangi",
            "For Kawangware I need to meet the chief and the community health volunteers first. "
            "I'll go and see the chief on Thursday.",
        ),
        (
            "Halima",
            "We also need the vaccine stock confirmed by the county. Last time they confirmed two "
            "days before, and it was chaos.",
        ),
        ("Wambui", "Halima, can you get the county to confirm the stock by Friday?"),
        ("Halima", "Sure. I'll have it in writing by Friday."),
        (
            "Achieng",
            "The posters. Last time they were only in English and Swahili. Can we add Somali? "
            "Many Somali families come to the Mathare site.",
        ),
        ("Wambui", "Yes, we add Somali this time."),
        ("Achieng", "Then I'll get the posters translated and printed by next week."),
        (
            "Kiprop",
            "Transport. The clinic van can't do both sites. Do we hire matatus or ask the county "
            "for a vehicle?",
        ),
        (
            "Wambui",
            "Hmm. Hiring costs money we don't have, and the county takes forever. I don't know "
            "yet.",
        ),
        ("Mwangi", "Maybe I could ask my cousin, he has a minibus."),
        (
            "Wambui",
            "Let's see. Kiprop, the cold chain: can you check all the fridge thermometers before "
            "the drive?",
        ),
        ("Kiprop", "Yes, I'll check the thermometers tomorrow."),
        ("Halima", "Also the tally sheets. The Ministry changed the format in September."),
        (
            "Wambui",
            "Right, I'm going to print the new tally sheets myself. I'll do it by the end of the "
            "week.",
        ),
        ("Achieng", "And lunch for the volunteers? Last time people were fainting by two o'clock."),
        ("Wambui", "We give lunch this time, that's decided. It's in the budget."),
        ("Wambui", "Okay, asante sana. Let's go."),
    ),
    actions=(
        Action("Mwangi", ("chief",), THURSDAY),
        Action("Halima", ("stock",), FRIDAY),
        Action("Achieng", ("posters",), END_OF_NEXT_WEEK),
        Action("Kiprop", ("thermometers",), TOMORROW),
        Action("Wambui", ("tally", "sheets"), END_OF_WEEK),
    ),
    decisions=(
        ("kawangware",),
        ("somali",),
        ("lunch",),
    ),
    questions=(("transport",),),
)


WATCH_BOUTIQUE_SALES = Meeting(
    name="watch_boutique_sales",
    lines=(
        ("Delphine", "Bonjour a tous. Sales meeting, quickly please, we open in half an hour."),
        ("Delphine", "November so far: we're at eighty-two percent of target. Good, not great."),
        (
            "Thibault",
            "The perpetual calendar sold on Saturday, that helped. The Chinese client, the one "
            "who came in three times.",
        ),
        ("Fabrizio", "Bravo, Thibault. He's been circling that watch since September."),
        (
            "Delphine",
            "So. Christmas. The brand's visual team brings the new window display on Wednesday "
            "and installs it themselves.",
        ),
        ("Corinne", "Do we still do the private evening for the top clients?"),
        ("Delphine", "Yes, we do the private evening, on December the 3rd, in the salon upstairs."),
        ("Delphine", "Corinne, can you send the invitations by Friday?"),
        (
            "Corinne",
            "Yes, of course. Oh, Friday, no, the card printer needs a week. Can I say Wednesday "
            "next week?",
        ),
        ("Delphine", "Next Wednesday, fine."),
        ("Fabrizio", "And the champagne. Last year we ran out at nine."),
        ("Delphine", "Fabrizio, you're in charge of the champagne and the caterer."),
        ("Fabrizio", "With pleasure, Delphine. I'll book the caterer this week."),
        (
            "Aurelien",
            "On the after-sales side: the client with the chronograph that came back twice is "
            "furious. He wants a new watch, not a third repair.",
        ),
        (
            "Delphine",
            "That's not our decision, the brand decides. Aurelien, can you write to the brand's "
            "service centre today and explain?",
        ),
        ("Aurelien", "I'll do it right after this meeting."),
        ("Thibault", "Can we give him something in the meantime? A loaner watch?"),
        (
            "Delphine",
            "Hmm. Does our insurance even allow loaner watches? I'm not sure we're allowed.",
        ),
        ("Corinne", "I have no idea."),
        (
            "Corinne",
            "Also, the waitlist for the new sport model is at thirty names. Do we keep taking "
            "names?",
        ),
        ("Delphine", "No. We close the waitlist today, at thirty. Anything more is false hope."),
        (
            "Thibault",
            "Then I'll phone the last five on the waitlist tomorrow, to manage expectations.",
        ),
        ("Fabrizio", "And if the brand sends us more allocation in January, we'd reopen it, no?"),
        ("Delphine", "If, if. We'll see."),
        ("Delphine", "Okay, doors open soon. Thibault, your tie."),
        ("Thibault", "What's wrong with my tie?"),
        ("Delphine", "Everything. Allez."),
    ),
    actions=(
        Action("Corinne", ("invitations",), NEXT_WEDNESDAY),
        Action("Fabrizio", ("caterer",), END_OF_WEEK),
        Action("Aurelien", ("service",), TODAY),
        Action("Thibault", ("waitlist",), TOMORROW),
    ),
    decisions=(
        ("private", "evening"),
        ("waitlist",),
    ),
    questions=(("loaner",),),
)


SCHOOL_BUS_ROUTES = Meeting(
    name="school_bus_routes",
    lines=(
        (
            "Rhonda",
            "Alright folks, grab a donut and let's get through this. Route planning for after "
            "Thanksgiving.",
        ),
        ("Earl", "Rhonda, are these the good donuts or the gas station ones?"),
        (
            "Rhonda",
            "Gas station, Earl. Budget cuts. So, the new subdivision off Route 42, Maple Ridge. "
            "Twenty-three new kids starting in December.",
        ),
        (
            "Tammy",
            "Route 9 can't take them. I'm already at fifty-eight on a seventy-two seater and the "
            "ride's an hour ten.",
        ),
        ("Curtis", "Could we split them between Tammy's 9 and the 14?"),
        (
            "Rhonda",
            "No. We're making a new route, Route 17, just for Maple Ridge and the Oak Street "
            "stops.",
        ),
        ("LaToya", "And who drives it? We're already short two drivers."),
        (
            "Rhonda",
            "I know. I'd drive it myself the first week if I have to. Curtis, you're still "
            "interviewing?",
        ),
        (
            "Curtis",
            "I've got two candidates. One has her CDL, the other's still in training. I'll make a "
            "call on the CDL candidate by Wednesday.",
        ),
        (
            "Rhonda",
            "Good. LaToya, I need the stop times for Route 17 drafted. Can you do that by Friday?",
        ),
        (
            "LaToya",
            "Friday's the day after Thanksgiving, I'm off. Tomorrow? No, Wednesday. Wednesday I "
            "can do.",
        ),
        ("Rhonda", "Wednesday then."),
        ("Earl", "Bus 22's heater is out again. Kids are wearing mittens inside."),
        ("Rhonda", "Earl, take it to the shop today."),
        ("Earl", "Yep, on it, soon as I finish the morning run."),
        ("Tammy", "And the snow routes. Are we using last year's snow-day alternates?"),
        ("Rhonda", "Yes, same snow routes as last year, no changes."),
        ("Tammy", "Then I'll print copies for every bus by Monday."),
        (
            "Curtis",
            "Parents on Elm are complaining the stop's too close to the intersection. The "
            "district said they'd look at it.",
        ),
        ("Rhonda", "Yeah, they've said that since 2019. Sure, they'll fix it right away."),
        ("LaToya", "Should we just move it ourselves? Down to the church lot?"),
        (
            "Rhonda",
            "Can't without district sign-off. I'll email the district about the Elm stop this "
            "week.",
        ),
        ("Rhonda", "Alright, that's it. Happy Thanksgiving, drive safe."),
    ),
    actions=(
        Action("Curtis", ("candidate",), WEDNESDAY),
        Action("LaToya", ("stop", "times"), WEDNESDAY),
        Action("Earl", ("shop",), TODAY),
        Action("Tammy", ("copies",), NEXT_MONDAY),
        Action("Rhonda", ("district",), END_OF_WEEK),
    ),
    decisions=(
        ("route", "17"),
        ("snow",),
    ),
    questions=(("drive",),),
)


MEETINGS = (
    CIRCUS_COACHES,
    FERRY_CATERING_REVIEW,
    RESETTLEMENT_CASEWORKERS,
    OLIVE_MILL_HARVEST,
    MARSHALS_BRIEFING,
    DRONE_PROJECT_SYNC,
    ANIMATION_PRODUCTION,
    VACCINATION_DRIVE,
    WATCH_BOUTIQUE_SALES,
    SCHOOL_BUS_ROUTES,
)
