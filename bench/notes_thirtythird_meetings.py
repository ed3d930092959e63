"""Thirty-third meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a paediatric dental practice's team meeting in Dublin, a container shipping
line's customer service huddle in Rotterdam, a farmers' market committee in Vermont, a video game
localisation vendor's sync in Warsaw, an ice rink's operations meeting in Calgary, a bridal
boutique's staff meeting in Milan, a citizen science bird survey's coordinators call in Norfolk,
a biotech lab's weekly meeting in Boston, a taxi firm's dispatch meeting in Glasgow and a hostel
chain's front desk managers call in Lisbon. People talk as they do: fillers, asides, jokes,
interruptions, self-corrections, a date changed mid-talk, commitments in many forms, due dates
in many forms or none. The labels are what a careful note-taker would write down; past work,
things that happen anyway, hypotheticals, hedges, requests nobody takes, polite refusals,
answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are there to
be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today" and "this afternoon" are that day,
"tomorrow" and "first thing in the morning" the next, a bare weekday is the next one ("Monday" is 30
November), "next Tuesday", "next Wednesday" and "next Friday" are those of next week, "the 4th"
is 4 December and "the 15th" is 15 December, a vague period ("this week", "the end of the
month", "the end of next week") is due on its last day, Sunday for weeks, and "soon" or no time
at all has no date.
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


PAEDIATRIC_DENTAL_TEAM = Meeting(
    name="paediatric_dental_team",
    lines=(
        (
            "Grainne",
            "Right, morning everyone, grab a coffee. It's just the usual Monday run-through, I "
            "promise it won't take long.",
        ),
        ("Ronan", "You said that last week, Grainne."),
        (
            "Grainne",
            "And I meant it last week too. Okay, first thing, the school screening visit at St. "
            "Brigid's. Ronan, you're still good to lead that?",
        ),
        ("Ronan", "I am, yeah. I'll ring the principal tomorrow to confirm the numbers."),
        (
            "Eimear",
            "Last year we saw about sixty kids there, and we ran out of goodie bags halfway "
            "through. There were tears. Mostly mine.",
        ),
        (
            "Grainne",
            "Which is why we're ordering more this time. Eimear, can you put in the order for "
            "the goodie bags and the stickers?",
        ),
        (
            "Eimear",
            "Sure, I'll do it this week. Oh, wait, the supplier shuts Thursday for stocktake, "
            "so... I'll have the goodie bags ordered by Wednesday.",
        ),
        (
            "Fergal",
            "While we're on supplies, the fluoride varnish is getting low. If it ran out we'd "
            "have to push all the recall appointments, and nobody wants that conversation with "
            "the parents.",
        ),
        (
            "Grainne",
            "The varnish is on the standing order, Fergal, the rep brings it every Thursday "
            "anyway. It sorts itself out.",
        ),
        (
            "Deirdre",
            "Can I raise the waiting room? The toy box is a disaster. Half of it's broken and "
            "the other half is sticky.",
        ),
        ("Ronan", "Sticky is very on brand for a children's practice, to be fair."),
        (
            "Grainne",
            "Okay, decision: the toy box goes, and from now on it's wipeable books and the bead "
            "maze only. Infection control will be delighted.",
        ),
        ("Deirdre", "Grand. I'll clear out the toy box Friday after close."),
        (
            "Fergal",
            "Another thing. Are we moving to online booking in the new year or not? Parents "
            "keep asking me and I don't know what to say.",
        ),
        (
            "Grainne",
            "Honestly, I don't know either. The partners haven't decided, so it's still up in "
            "the air.",
        ),
        ("Eimear", "Dr. Walsh said she'd look at quotes over Christmas."),
        (
            "Ronan",
            "One clinical thing. The sedation referrals to Temple Street are taking ages. Could "
            "somebody chase up the three referrals we sent in October?",
        ),
        ("Fergal", "I would, but I'm off Thursday and Friday, sorry."),
        ("Deirdre", "I can do that, yeah. I'll phone them first thing in the morning."),
        (
            "Grainne",
            "Thanks, Deirdre. And Fergal, you're doing the slides for the new-parent "
            "information evening next Wednesday, yeah?",
        ),
        (
            "Fergal",
            "Yep, on it. I'll reuse the slides from the spring and fix the bits about sugary "
            "drinks.",
        ),
        ("Ronan", "Maybe I could do a little demo with the giant toothbrush at that evening."),
        (
            "Grainne",
            "We'll see. And just so everyone knows, the partners already agreed we're closed "
            "between Christmas and New Year, so the diary's blocked out.",
        ),
        ("Eimear", "Is the autoclave getting serviced before the closure?"),
        ("Grainne", "It is, it's booked for the 15th, the engineer does it every year."),
        ("Grainne", "Right, that's us. Thanks all, first patient's at half nine."),
    ),
    actions=(
        Action("Ronan", ("principal",), TOMORROW),
        Action("Eimear", ("goodie", "bags"), WEDNESDAY),
        Action("Deirdre", ("toy", "box"), FRIDAY),
        Action("Deirdre", ("referrals",), TOMORROW),
        Action("Fergal", ("slides",), NEXT_WEDNESDAY),
    ),
    decisions=(("wipeable", "books"),),
    questions=(("online", "booking"),),
)


CONTAINER_CS_HUDDLE = Meeting(
    name="container_cs_huddle",
    lines=(
        (
            "Maartje",
            "Okay, goedemorgen, let's keep it to fifteen minutes, the phones are already going "
            "mad.",
        ),
        ("Thijs", "Is this about the rolled bookings on the Asia loop, Maartje?"),
        (
            "Maartje",
            "Exactly. The vessel skipped Busan, so about forty bookings got rolled to the next "
            "sailing. The customers got the automatic email on Saturday, but nobody reads those.",
        ),
        ("Ilse", "I had six angry calls before nine. One man called me a pirate."),
        (
            "Maartje",
            "So. Thijs, Ilse, can you split the list and call the top twenty shippers "
            "personally? Today, please.",
        ),
        ("Thijs", "Sure."),
        ("Ilse", "On it. I'll take A to L, Thijs gets the rest."),
        (
            "Jeroen",
            "What about demurrage? If the boxes sit at the terminal longer, some of them will "
            "get charged.",
        ),
        (
            "Maartje",
            "We're waiving it for the rolled bookings. Commercial decided that on Friday, it's "
            "not up to us.",
        ),
        (
            "Ruud",
            "Good, because if we'd charged them we'd have lost the Van Dijk account for sure.",
        ),
        (
            "Jeroen",
            "Okay, but somebody has to update the FAQ on the customer portal, otherwise we'll "
            "keep getting the same question all week.",
        ),
        ("Maartje", "Jeroen, that's yours then. By tomorrow noon?"),
        ("Jeroen", "Yeah, fine, leave it with me."),
        ("Maartje", "Ruud, you had something?"),
        (
            "Ruud",
            "Small thing: the shared inbox is broken again, everything from the Hamburg office "
            "lands in spam.",
        ),
        ("Maartje", "Ugh. Did IT ever answer the ticket?"),
        ("Ruud", "They did, actually. They said it's a filter on our side, not theirs."),
        ("Ruud", "So I'll fix the filter myself this afternoon, it's just one rule."),
        (
            "Ilse",
            "Oh, and can we please stop giving customers ETAs on the phone? We keep being wrong "
            "and then they're even angrier.",
        ),
        (
            "Maartje",
            "Yes. From now on, no ETAs on the phone, we point them to the tracking page. "
            "Everyone okay with that?",
        ),
        ("Thijs", "Agreed."),
        ("Jeroen", "Fine by me. Does the tracking page even show the new sailing yet?"),
        ("Thijs", "It does, I checked this morning."),
        ("Jeroen", "And are we giving the big accounts any compensation for the delay?"),
        (
            "Maartje",
            "No. Commercial said no compensation this time, just the waiver. Last thing, the "
            "Christmas rota. I need everyone's leave requests by Friday, no exceptions.",
        ),
        ("Ruud", "Does that include the Antwerp team, or just us?"),
        ("Maartje", "Honestly, no idea, their manager hasn't said. Okay, go, phones."),
    ),
    actions=(
        Action("Thijs", ("shippers",), TODAY),
        Action("Ilse", ("shippers",), TODAY),
        Action("Jeroen", ("faq",), TOMORROW),
        Action("Ruud", ("filter",), TODAY),
        Action(None, ("leave", "requests"), FRIDAY),
    ),
    decisions=(("etas",),),
    questions=(("antwerp",),),
)


FARMERS_MARKET_COMMITTEE = Meeting(
    name="farmers_market_committee",
    lines=(
        ("Marjorie", "Okay, let's get started, I know Wendell has cows to get back to."),
        ("Wendell", "The cows don't mind, Marjorie. My wife does."),
        (
            "Marjorie",
            "Fair enough. So, the winter market moves indoors to the Grange hall in December. "
            "We voted on that back in September, so that part's settled. What's not settled is "
            "the layout.",
        ),
        (
            "Darcy",
            "I sketched something. If we put the maple syrup folks at the back, everyone has to "
            "walk past the cheese and the bread to get to them. It's evil, but it works.",
        ),
        ("Hollis", "Evil is good for sales."),
        (
            "Marjorie",
            "Let's go with Darcy's layout, then. Darcy, can you send the final map to all the "
            "vendors?",
        ),
        ("Darcy", "Yep, I'll email the map out by Thursday."),
        (
            "Lyle",
            "Speaking of vendors, we've still got two who haven't paid the winter stall fee.",
        ),
        ("Marjorie", "Lyle, you're the treasurer, can you chase them?"),
        ("Lyle", "Sure. I'll call both of them about the fee this week."),
        ("Hollis", "What about the SNAP token machine? Last winter it died twice in January."),
        ("Hollis", "I could maybe look into a backup card reader, if I get time."),
        (
            "Marjorie",
            "Thanks, Hollis. Next: the state wants vendor insurance certificates on file. Every "
            "vendor has to get their certificate to me by the 15th.",
        ),
        ("Wendell", "Even the committee? I've been selling eggs here for twenty years."),
        ("Marjorie", "Even you, Wendell."),
        ("Darcy", "Are we doing the holiday craft table for the kids again?"),
        (
            "Marjorie",
            "It's already happening, the library's running it again, we just give them the corner.",
        ),
        (
            "Lyle",
            "Question for the group: do we open on the Saturday after Christmas or not? Half "
            "the vendors will be away.",
        ),
        ("Wendell", "I'd rather not decide that without the vendors in the room."),
        ("Marjorie", "Agreed, we leave that one open for now."),
        (
            "Hollis",
            "I'll tell you what I will do: I'll put up the new signs at the Grange on Saturday "
            "morning. I've got the truck.",
        ),
        ("Wendell", "And the fiddle player? Indoors he'll be deafening."),
        ("Marjorie", "Then it's decided: no amplified music inside. Acoustic only."),
        ("Darcy", "He'll be heartbroken. He's had that amp since 1987."),
        ("Marjorie", "He'll live. Okay, thanks everyone. Wendell, go see your cows."),
    ),
    actions=(
        Action("Darcy", ("map",), THURSDAY),
        Action("Lyle", ("fee",), END_OF_WEEK),
        Action(None, ("certificate",), THE_15TH),
        Action("Hollis", ("signs",), SATURDAY),
    ),
    decisions=(("layout",), ("amplified", "music")),
    questions=(("christmas",),),
)


GAME_LOCALISATION_VENDOR_SYNC = Meeting(
    name="game_localisation_vendor_sync",
    lines=(
        ("Magda", "Hi everyone, can you hear me? Selma, you're on mute. No, now you're fine."),
        ("Selma", "Sorry, sorry. Morning from Stockholm, Magda, it's snowing sideways here."),
        (
            "Magda",
            "Okay, status. The patch 1.4 strings came in on Friday night, about eleven thousand "
            "words across nine languages.",
        ),
        ("Jakub", "Polish is already half done, we started on Saturday. Don't ask."),
        ("Selma", "I won't. When can we have all the languages back?"),
        (
            "Magda",
            "So the plan is: Jakub's team finishes translation by Thursday, LQA runs over the "
            "weekend, and I deliver the final files next Tuesday. Oh, wait. Dorota, you said the "
            "German testers are out on Friday?",
        ),
        ("Dorota", "Yeah, they're at a conference in Cologne. So LQA needs an extra day."),
        (
            "Magda",
            "Okay, then I'll deliver next Wednesday instead of Tuesday. Selma, does that work?",
        ),
        ("Selma", "That works. Our cert submission isn't until mid-December anyway."),
        ("Jakub", "And translation by Thursday is fine, we'll make it."),
        (
            "Dorota",
            "One problem: the glossary. The term for Soulforge is different in the UI and in the "
            "quest text, in Polish and in Czech.",
        ),
        ("Selma", "Which one is right?"),
        ("Jakub", "The UI one. The quest writers used an old glossary."),
        ("Selma", "Then let's lock the UI term everywhere. Decision made."),
        (
            "Wojtek",
            "I'll push a glossary update to the CAT tool today, so nobody picks up the old one.",
        ),
        ("Dorota", "And someone has to fix the existing quest strings."),
        ("Magda", "Jakub?"),
        ("Jakub", "Yeah, fine, my team will fix the quest strings. Done by tomorrow."),
        ("Selma", "Also, the subtitle boxes. Are you still getting truncation in Ukrainian?"),
        (
            "Dorota",
            "Less than before. If the devs made the boxes resize, we wouldn't have the problem "
            "at all.",
        ),
        ("Selma", "Yeah, I asked them, and they said not before launch."),
        (
            "Wojtek",
            "Selma, can you send us the latest build? We're testing on one from two weeks ago.",
        ),
        ("Selma", "Sure, Wojtek, I'll get you a build key this afternoon."),
        (
            "Magda",
            "Great. Open point from my side: are you adding Thai and Vietnamese for 2.0 or not? "
            "If so, I need to start hiring.",
        ),
        (
            "Selma",
            "I genuinely don't know, that's with the publisher. Nobody's signed anything.",
        ),
        ("Jakub", "If they add Thai, I'm volunteering for a research trip to Bangkok."),
        ("Magda", "Ha. And the October invoice, is that still stuck with your finance team?"),
        ("Selma", "No, it was paid last week, you should have it."),
        ("Magda", "Oh, perfect. Then that's everything, thanks all."),
    ),
    actions=(
        Action("Jakub", ("translation",), THURSDAY),
        Action("Magda", ("deliver",), NEXT_WEDNESDAY),
        Action("Wojtek", ("glossary",), TODAY),
        Action("Jakub", ("quest", "strings"), TOMORROW),
        Action("Selma", ("build",), TODAY),
    ),
    decisions=(("ui", "term"),),
    questions=(("thai",),),
)


RINK_OPERATIONS = Meeting(
    name="rink_operations",
    lines=(
        ("Shauna", "Alright, let's do this. Brett, ice first."),
        (
            "Brett",
            "Ice is okay. Bit soft on the north end after the hockey tournament Saturday, the "
            "brine pump was struggling.",
        ),
        ("Shauna", "Is that pump going to last the season?"),
        (
            "Trevor",
            "It'll last. The tech came in Thursday and replaced the seals, it's just catching up.",
        ),
        ("Brett", "If it ever goes in a cold snap, though, we lose the sheet in about six hours."),
        ("Shauna", "Let's not. Trevor, the compressor service is still Friday?"),
        ("Trevor", "Yup, it's booked, they come Friday at seven."),
        (
            "Jolene",
            "Which is a problem, Shauna, because I've got the learn-to-skate kids at seven "
            "thirty Friday.",
        ),
        ("Shauna", "Jolene, can you move the kids to the afternoon?"),
        (
            "Jolene",
            "I can try... no, actually, yes. I'll move them to four o'clock and email the "
            "parents today.",
        ),
        ("Marcel", "Rentals. We're short on men's nines and tens. People are walking out."),
        ("Shauna", "How many pairs are we talking, Marcel?"),
        ("Marcel", "Twenty, maybe. I'll get a quote from the supplier by Wednesday."),
        (
            "Shauna",
            "Good. And before anyone asks, public skate prices stay the same this season. The "
            "city decided that last month.",
        ),
        (
            "Trevor",
            "The lobby heaters. Half of them don't work and the parents sitting there are "
            "freezing.",
        ),
        ("Brett", "Welcome to Calgary."),
        ("Shauna", "Trevor, will you get an electrician in this week?"),
        ("Trevor", "Yeah, I'll get the electrician in this week."),
        ("Jolene", "Also, the curling club asked if they can have Sunday nights in January."),
        ("Shauna", "Let's say yes to the curling club, Sunday nights are dead anyway."),
        ("Jolene", "They'll be thrilled. They've been asking since August."),
        (
            "Marcel",
            "Are we doing the New Year's Eve skate again? Somebody asked me at the counter.",
        ),
        (
            "Shauna",
            "Good question. It depends on staffing, and I don't have the holiday rota yet. "
            "Let's leave it open.",
        ),
        ("Brett", "And the edger's making that noise again. Could someone take a look at it?"),
        ("Trevor", "Not this week, buddy, I'm buried."),
        (
            "Shauna",
            "Last thing, the staff holiday party. I'll send round a poll for the date by Friday.",
        ),
        ("Brett", "Make it somewhere with heating."),
        ("Shauna", "Ha. That's it. Go keep the ice cold."),
    ),
    actions=(
        Action("Jolene", ("parents",), TODAY),
        Action("Marcel", ("quote",), WEDNESDAY),
        Action("Trevor", ("electrician",), END_OF_WEEK),
        Action("Shauna", ("poll",), FRIDAY),
    ),
    decisions=(("curling",),),
    questions=(("year",),),
)


BRIDAL_BOUTIQUE_STAFF = Meeting(
    name="bridal_boutique_staff",
    lines=(
        ("Francesca", "Allora, five minutes before we open. Coffee's on the table."),
        ("Rocco", "Is it the good coffee, Francesca, or the machine coffee?"),
        (
            "Francesca",
            "It's the coffee you're getting, Rocco. Okay, first, the trunk show. We agreed last "
            "month that it's going ahead in December, so that doesn't change.",
        ),
        ("Valentina", "When do the designer's samples arrive?"),
        ("Francesca", "Thursday, the courier confirmed it this morning."),
        (
            "Francesca",
            "Valentina, you'll put together the appointment schedule for the trunk show?",
        ),
        ("Valentina", "Yes, I'll have the schedule ready by next Friday."),
        (
            "Giorgia",
            "Alterations. I have fourteen dresses in the queue and two weddings the first week "
            "of December. I cannot take more.",
        ),
        ("Francesca", "Then we stop accepting rush alterations until January. Full stop."),
        ("Rocco", "The brides will hate that."),
        ("Francesca", "They'll hate a crooked hem more."),
        ("Benedetta", "Should I tell the brides who already asked for rush jobs?"),
        ("Francesca", "Yes please, Benedetta. Call the three with pending rush requests."),
        ("Benedetta", "Certo. I'll call them tomorrow morning."),
        (
            "Rocco",
            "Instagram: the shoot from Saturday came out beautifully. I could maybe cut a reel, "
            "if I have time.",
        ),
        ("Francesca", "Do it or don't, but no maybes."),
        ("Rocco", "Okay, okay. I'll post the reel by Wednesday."),
        (
            "Valentina",
            "The veil display in the window is looking tired. The tulle's gone yellow from the "
            "sun.",
        ),
        (
            "Giorgia",
            "That's what happens when you put silk in a south window. I did mention this in June.",
        ),
        ("Francesca", "Yes, yes, you were right. Giorgia, can you redo the window this week?"),
        ("Giorgia", "With fourteen dresses? Sorry, I really can't."),
        ("Rocco", "I'll do it, I'm good with windows."),
        ("Francesca", "Okay, Rocco, the window by Saturday please."),
        ("Rocco", "Sure."),
        ("Valentina", "And for the trunk show, champagne or prosecco?"),
        ("Francesca", "Prosecco. We're Italian. Decided."),
        (
            "Benedetta",
            "One more: are we going to stock the cheaper line from Bologna? Three brides asked "
            "this month.",
        ),
        ("Francesca", "I haven't made up my mind, and I won't today. That one stays open."),
        ("Francesca", "Va bene, let's open the doors."),
    ),
    actions=(
        Action("Valentina", ("schedule",), NEXT_FRIDAY),
        Action("Benedetta", ("rush",), TOMORROW),
        Action("Rocco", ("reel",), WEDNESDAY),
        Action("Rocco", ("window",), SATURDAY),
    ),
    decisions=(("rush", "alterations"), ("prosecco",)),
    questions=(("bologna",),),
)


BIRD_SURVEY_COORDINATORS = Meeting(
    name="bird_survey_coordinators",
    lines=(
        (
            "Rosalind",
            "Hello? Can everyone hear me? Barnaby, your camera's pointing at the ceiling.",
        ),
        ("Barnaby", "It's a very nice ceiling, Rosalind. Hang on. Better?"),
        (
            "Rosalind",
            "Much. Right, the winter waterbird count. The first survey weekend is this Saturday "
            "and Sunday, that's set by the national scheme, so there's no moving it.",
        ),
        (
            "Cedric",
            "I've got volunteers for all the Broads sites except Hickling. Nobody for Hickling.",
        ),
        ("Rosalind", "Penny, you live near Hickling, don't you?"),
        ("Penny", "I do. Oh, go on then, I'll cover Hickling on Saturday."),
        (
            "Hilary",
            "The data portal. Half the volunteers couldn't log in last time. Can we get that "
            "fixed before the weekend?",
        ),
        (
            "Barnaby",
            "That's mine. I'll reset everyone's passwords and send out new login details by "
            "Thursday.",
        ),
        ("Hilary", "Thank you. Last time people were emailing me photos of their paper sheets."),
        ("Cedric", "The paper sheets were honestly fine."),
        ("Rosalind", "They were not fine, Cedric, I spent two days typing them in."),
        (
            "Rosalind",
            "Now, the pink-footed geese. The county recorder wants to know whether we count the "
            "roosts at dawn or at dusk.",
        ),
        ("Cedric", "Dawn. Always dawn. At dusk you count half of them twice."),
        ("Rosalind", "Everyone agree? Good, dawn counts only for the geese, then."),
        (
            "Hilary",
            "Then we'll need tide tables for the Wash sites. Could someone pull those together?",
        ),
        ("Rosalind", "Hilary, you're best placed, honestly."),
        ("Hilary", "Fair enough. I'll do the tide tables tomorrow."),
        (
            "Barnaby",
            "Should we be worried about bird flu at the roosts? The warden at Titchwell told me "
            "they shut a hide last week.",
        ),
        (
            "Rosalind",
            "We should be careful, and the guidance is clear: disinfect boots, don't touch dead "
            "birds, report them.",
        ),
        ("Penny", "Do we give volunteers the disinfectant, or do they buy their own?"),
        ("Rosalind", "Ooh. Don't know. The budget's with the trust and they haven't said."),
        (
            "Cedric",
            "I'll put together a one-page safety sheet on bird flu for the volunteers. Monday "
            "at the latest.",
        ),
        ("Barnaby", "If we had a drone, we could count the whole Wash from the car park."),
        (
            "Rosalind",
            "If we had a drone, we'd also have a complaint from every birder in Norfolk. "
            "Lastly, I'm going to draft the annual report summary by the end of the month and "
            "circulate it.",
        ),
        ("Penny", "Are we inviting the new Cromer group to join the count? They've been asking."),
        ("Rosalind", "Yes, let's invite the Cromer group, they're keen. Decision made."),
        ("Hilary", "And if there's a storm warning on Saturday, do we still go out?"),
        (
            "Rosalind",
            "No. Nobody goes out in a storm warning, that's always been the rule. Good birding, "
            "everyone.",
        ),
    ),
    actions=(
        Action("Penny", ("hickling",), SATURDAY),
        Action("Barnaby", ("passwords",), THURSDAY),
        Action("Hilary", ("tide", "tables"), TOMORROW),
        Action("Cedric", ("safety", "sheet"), NEXT_MONDAY),
        Action("Rosalind", ("report",), END_OF_MONTH),
    ),
    decisions=(("dawn",), ("cromer",)),
    questions=(("disinfectant",),),
)


BIOTECH_LAB_WEEKLY = Meeting(
    name="biotech_lab_weekly",
    lines=(
        ("Neha", "Okay, let's start, I have a study section call at eleven. Caleb, you first."),
        (
            "Caleb",
            "So, the CRISPR knockouts in the HEK line. Two of the three clones look clean on the "
            "Sanger. The third one's a mess.",
        ),
        ("Neha", "Is the third one worth rescuing?"),
        ("Caleb", "Honestly, no, Neha."),
        ("Neha", "Agreed, then. We drop clone three and go forward with the other two."),
        ("Caleb", "I'll have the westerns on the two good clones done by Wednesday."),
        (
            "Tanvi",
            "Um, my turn. The mouse cohort: we lost two animals over the weekend. The vet thinks "
            "it's unrelated to the treatment.",
        ),
        ("Neha", "Did you file the adverse event report, Tanvi?"),
        ("Tanvi", "Yes, on Saturday."),
        (
            "Ethan",
            "Lab business. The minus-eighty in 412 alarmed twice last week. Facilities said "
            "it's the compressor and they'll get to it.",
        ),
        ("Neha", "That's not good enough, Ethan, half our biobank is in there."),
        ("Ethan", "I'm going to move the irreplaceable samples to the backup freezer today."),
        (
            "Graciela",
            "Can I bring up the paper? Reviewer two wants the dose-response at three more "
            "concentrations.",
        ),
        ("Caleb", "Reviewer two always wants more. Reviewer two wants a pony."),
        ("Neha", "Graciela, can you run those and have the figure redone by the 4th?"),
        ("Graciela", "Yeah, that's doable."),
        (
            "Tanvi",
            "Also, should we switch to the new sequencing core? It's cheaper, but the turnaround "
            "is longer.",
        ),
        (
            "Neha",
            "We already looked at that in the spring, the turnaround killed it. We're staying "
            "where we are.",
        ),
        (
            "Ethan",
            "Reminder: everyone has to finish the annual biosafety training by the end of next "
            "week, or EHS deactivates your badge.",
        ),
        ("Caleb", "They deactivated mine last year. It was humbling."),
        (
            "Tanvi",
            "Could someone show me how to use the new flow cytometer? I've never run it on my own.",
        ),
        ("Caleb", "I can. I'll show you the flow cytometer Thursday afternoon."),
        (
            "Neha",
            "Great. One more thing: do we renew the Benchling license, or go back to paper "
            "notebooks? I want opinions.",
        ),
        ("Graciela", "Please not paper."),
        ("Ethan", "We can't really say without the renewal price, and they haven't sent it."),
        ("Neha", "Okay, that stays open. Right, I have to run. Thanks, all."),
    ),
    actions=(
        Action("Caleb", ("western",), WEDNESDAY),
        Action("Ethan", ("samples",), TODAY),
        Action("Graciela", ("figure",), DECEMBER_4),
        Action(None, ("biosafety", "training"), END_OF_NEXT_WEEK),
        Action("Caleb", ("flow",), THURSDAY),
    ),
    decisions=(("clone",),),
    questions=(("benchling",),),
)


TAXI_DISPATCH = Meeting(
    name="taxi_dispatch",
    lines=(
        ("Senga", "Right, settle down. Gordy, put the kettle on. No, after. Let's just start."),
        ("Gordy", "Make your mind up, Senga."),
        (
            "Senga",
            "First up: party season. From Friday we've got the office party bookings, and the "
            "app's going to fall over like it did last year.",
        ),
        (
            "Mhairi",
            "Last year we had forty jobs waiting at one point on the first Friday. I still have "
            "nightmares.",
        ),
        (
            "Senga",
            "So this year we're putting two dispatchers on Friday and Saturday nights until New "
            "Year. That's decided.",
        ),
        ("Ally", "Who's the second one, then? Don't all look at me."),
        ("Senga", "I'll sort out who in the rota. I'll put the new rota up tomorrow."),
        ("Ally", "Just not Saturdays for me, my wee one's got football."),
        ("Senga", "Noted, Ally. Jimmy, you had the airport?"),
        (
            "Jimmy",
            "Aye. Drivers are complaining they're waiting two hours for a fare on the airport "
            "rank.",
        ),
        ("Gordy", "That's because the new permit system capped us at twelve cars on the rank."),
        ("Senga", "Do we know if the council's reviewing the cap?"),
        ("Jimmy", "No idea. Nobody's heard a thing."),
        (
            "Senga",
            "Okay. Mhairi, can you draft a letter to the licensing office asking for a meeting "
            "about it?",
        ),
        ("Mhairi", "Aye, on it. I'll have the letter on your desk Wednesday."),
        ("Gordy", "The dispatch software update. It's been logging drivers out mid-shift."),
        ("Senga", "Is that the update from last week?"),
        (
            "Gordy",
            "Aye, that's the one. I'll get on the phone to the vendor this afternoon and make "
            "them roll it back.",
        ),
        ("Ally", "And while you're on with them, ask about the card readers."),
        (
            "Gordy",
            "I'm not asking them about the card readers, Ally, that's a different company.",
        ),
        ("Senga", "Card readers are yours, then, Ally. Phone the card people by Friday."),
        ("Ally", "Fine, fine. I'll phone them."),
        ("Mhairi", "Drivers keep asking whether we're going to make the whole fleet electric."),
        ("Senga", "That's one for the owners, and they've not said. Leave it for now."),
        ("Jimmy", "Could we maybe give the drivers a free coffee on the party nights?"),
        ("Senga", "We could, if somebody paid for it. Which is not me."),
        (
            "Senga",
            "Also, the lost property cupboard is a disgrace. There's an umbrella in there from "
            "the Commonwealth Games.",
        ),
        ("Jimmy", "I'll clear out the lost property this week."),
        ("Senga", "Magic. That's us. Gordy. Kettle."),
    ),
    actions=(
        Action("Senga", ("rota",), TOMORROW),
        Action("Mhairi", ("letter",), WEDNESDAY),
        Action("Gordy", ("vendor",), TODAY),
        Action("Ally", ("card",), FRIDAY),
        Action("Jimmy", ("lost", "property"), END_OF_WEEK),
    ),
    decisions=(("dispatchers",),),
    questions=(("cap",), ("electric",)),
)


HOSTEL_FRONT_DESK_CALL = Meeting(
    name="hostel_front_desk_call",
    lines=(
        (
            "Rita",
            "Olá, everyone, good morning, it's Rita. I've got Catarina from Alfama, Goncalo from "
            "Bairro Alto, Filipa in Porto and Bruno down in Lagos. Bruno, is your connection "
            "okay?",
        ),
        ("Bruno", "It's fine, I'm on the terrace, it's the only place with signal."),
        (
            "Rita",
            "Of course you are. Okay, numbers first. November's been better than we expected, "
            "we're at seventy-two percent across the group.",
        ),
        ("Catarina", "Alfama was full last weekend, all the conference people."),
        ("Rita", "Good. Now, the check-in kiosk pilot. Goncalo, how's it going?"),
        (
            "Goncalo",
            "Honestly, the guests love it and the staff hate it. It freezes when two people use "
            "it at once.",
        ),
        (
            "Rita",
            "Okay, so we keep the pilot in Bairro Alto, but we don't roll the kiosk out anywhere "
            "else until that's fixed. Decided.",
        ),
        ("Goncalo", "I'll send the vendor a list of the bugs by Friday."),
        (
            "Filipa",
            "Quick one: the tourist tax. Do we charge it at check-in or is it in the online price?",
        ),
        ("Rita", "At check-in. Head office decided that in October, it's in the manual."),
        ("Filipa", "Ah, I missed that, sorry."),
        (
            "Bruno",
            "Here in Lagos it's the opposite problem: winter. We've got maybe ten guests a "
            "night. Could we close one dorm floor to save on heating?",
        ),
        ("Rita", "Yes, let's close the top floor until March."),
        ("Rita", "Bruno, can you move the existing bookings off that floor by next Tuesday?"),
        ("Bruno", "Sure, leave it with me."),
        (
            "Catarina",
            "Staffing: I need more night receptionists for December. Two of mine are leaving.",
        ),
        ("Rita", "I'm going to post the job ad today on the usual sites."),
        ("Catarina", "And Filipa, could Porto lend me someone for the first two weeks?"),
        ("Filipa", "Sorry, Catarina, we're short too. I really can't."),
        ("Goncalo", "I might know someone who could cover a few nights, I'd have to check."),
        ("Rita", "Okay. Reviews: Alfama's score dropped because of the showers."),
        ("Catarina", "The plumber's coming Thursday, it's already booked."),
        (
            "Rita",
            "Good. Catarina, once he's been, reply to the bad reviews, yes? By the end of the "
            "week.",
        ),
        ("Catarina", "Yes, I'll do it."),
        (
            "Filipa",
            "Open question from me: are we doing the Christmas dinner for guests in every "
            "hostel this year? Last year only Porto did.",
        ),
        ("Rita", "I haven't got the budget yet, so I can't say. We'll keep it open."),
        ("Bruno", "And the new lockers for Lagos, are they still coming?"),
        ("Rita", "They are, they ship next month, it's all paid for."),
        (
            "Rita",
            "Last thing: everyone, please send me your December rotas by next Wednesday. "
            "Obrigada, and Bruno, get off the terrace.",
        ),
    ),
    actions=(
        Action("Goncalo", ("bugs",), FRIDAY),
        Action("Bruno", ("bookings",), NEXT_TUESDAY),
        Action("Rita", ("job",), TODAY),
        Action("Catarina", ("reviews",), END_OF_WEEK),
        Action(None, ("rotas",), NEXT_WEDNESDAY),
    ),
    decisions=(("kiosk",), ("floor",)),
    questions=(("christmas", "dinner"),),
)


MEETINGS = (
    PAEDIATRIC_DENTAL_TEAM,
    CONTAINER_CS_HUDDLE,
    FARMERS_MARKET_COMMITTEE,
    GAME_LOCALISATION_VENDOR_SYNC,
    RINK_OPERATIONS,
    BRIDAL_BOUTIQUE_STAFF,
    BIRD_SURVEY_COORDINATORS,
    BIOTECH_LAB_WEEKLY,
    TAXI_DISPATCH,
    HOSTEL_FRONT_DESK_CALL,
)
