"""Twenty-fourth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a heritage stonemasons' yard in York, a piano restoration
workshop in Vienna, a locksmiths' callout meeting in Dublin, a family butcher's Christmas
planning in Melbourne, a cocktail bar's menu change in Singapore, a beekeepers' association
committee in Canterbury (New Zealand), a chess club organising a junior congress in
Manchester, a guide-dog charity's puppy raisers in Cape Town, a small comics press in Glasgow
and an audiobook recording studio in Toronto. People talk as they do at work: fillers,
interruptions, asides, jokes, corrections, dates changed mid-conversation, polite refusals,
requests nobody takes. The labels are what a careful note-taker would write down; past work,
hypotheticals, hedges, answered questions, reported speech, rota talk and decisions taken
elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Monday" is
30 November), "next Tuesday" and "next Friday" are those of next week, a vague period ("this
week", "next week", "the end of the month") is due on its last day, Sunday for weeks, and
"soon", "once it lands" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
    NEXT_TUESDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


STONEMASON_YARD = Meeting(
    name="stonemason_yard",
    lines=(
        ("Gareth", "Right, kettle's on, let's get going. Bridget, you had the scaffold news?"),
        (
            "Bridget",
            "Yeah, so the scaffolders are striking the north transept lift on Friday, not "
            "Thursday like they told us.",
        ),
        (
            "Gareth",
            "Friday. Okay. So the pinnacle stones have to be fixed before then, basically.",
        ),
        (
            "Tomasz",
            "The finial's done. I finished the carving Saturday, it's under the sheet in bay two.",
        ),
        ("Gareth", "Lovely job on that, by the way. The dean's lot were cooing over it."),
        (
            "Nell",
            "Um, the two string course blocks aren't, though. I'm still waiting on the stone.",
        ),
        ("Gareth", "From Tadcaster?"),
        (
            "Nell",
            "Yeah. I rang them Thursday and they said it'd be on the lorry this week, which, "
            "you know. We've heard that before.",
        ),
        (
            "Bridget",
            "I'll ring the quarry again this afternoon and get an actual day out of them.",
        ),
        (
            "Tomasz",
            "If it doesn't turn up we could always use the reclaimed block from the south aisle"
            " job.",
        ),
        (
            "Gareth",
            "We could, but the colour's off and the conservation officer would have kittens.",
        ),
        ("Gareth", "No, we wait for the proper stone."),
        (
            "Nell",
            "Fine by me. Once it lands I'll cut both blocks, it's a day and a half on the saw.",
        ),
        ("Gareth", "Good. Lime mortar next. Tomasz, what happened with the mix?"),
        (
            "Tomasz",
            "So the test panel I did last week cracked. Hairline, all down one side. I think it"
            " dried too fast, it was blowing a gale.",
        ),
        ("Gareth", "Do it again with hessian over it and keep it damp for three days."),
        ("Gareth", "And that goes for every panel from now on, hessian on all of them."),
        ("Tomasz", "Yep. I'll mix a new test panel tomorrow morning."),
        (
            "Bridget",
            "Does the conservation officer need to sign off the mortar before we point the "
            "whole west face, or is that just us?",
        ),
        ("Gareth", "Honestly, no idea. It was a different officer last time and he never said."),
        (
            "Nell",
            "Oh, and the banker by the door is wobbling again. Somebody's going to lose a toe.",
        ),
        ("Gareth", "Tomasz, you're handy with the welder..."),
        ("Tomasz", "Mate, I've got the panel and the pinnacles. Not this week, sorry."),
        (
            "Gareth",
            "Fair enough. I'll look at the bench myself on Wednesday, it's probably the foot.",
        ),
        (
            "Bridget",
            "Last thing. The apprentice assessor is in on the 15th, so the logbooks need to be "
            "up to date by then.",
        ),
        (
            "Nell",
            "I'll go through the logbooks with the lads on Friday. Actually no, Friday's the "
            "lift. Monday, I'll do it Monday.",
        ),
        ("Gareth", "Monday's fine. Everyone in at seven on Friday for the lift, please."),
        ("Bridget", "Seven. On a Friday. You're a cruel man, Gareth."),
        ("Gareth", "I've been called worse. Go on, out."),
    ),
    actions=(
        Action("Bridget", ("ring", "quarry"), TODAY),
        Action("Nell", ("cut", "blocks"), None),
        Action("Tomasz", ("test", "panel"), TOMORROW),
        Action("Gareth", ("bench",), WEDNESDAY),
        Action("Nell", ("logbooks",), NEXT_MONDAY),
    ),
    decisions=(
        ("proper", "stone"),
        ("panel", "hessian"),
    ),
    questions=(("sign", "mortar"),),
)


PIANO_WORKSHOP = Meeting(
    name="piano_workshop",
    lines=(
        ("Lena", "Okay, shall we? I've got a customer at eleven so let's keep it short. Ish."),
        ("Matthias", "The Bösendorfer is restrung, I finished on Friday. It's settling now."),
        ("Matthias", "I'll pull it up to pitch again once it's settled."),
        (
            "Ines",
            "Good. The owner rang me, by the way. She wants it back before Christmas, and I "
            "told her that's fine.",
        ),
        ("Lena", "Is it fine?"),
        ("Matthias", "It's fine. If the pinblock holds. It will hold."),
        ("Lena", "The Steinway upright from the music school. Felix, where are we?"),
        (
            "Felix",
            "The hammers are worn to the wood, honestly. I think we should quote them for a new"
            " set instead of reshaping.",
        ),
        ("Lena", "What's the difference in price?"),
        (
            "Felix",
            "About nine hundred euros more for new hammers, plus maybe two days of voicing.",
        ),
        ("Ines", "The school won't pay that. They argued over the tuning invoice all summer."),
        ("Lena", "Let's give them both options in the quote and let them choose."),
        ("Lena", "Felix, can you write it up?"),
        ("Felix", "Yes, I'll send both options to the school by Wednesday."),
        ("Ines", "Put the delivery charge in this time. They were surprised last time."),
        ("Felix", "Yes, yes."),
        ("Lena", "Then the felt. We're nearly out of the green damper felt."),
        ("Ines", "I ordered from Hamburg two weeks ago, it should be in transit."),
        ("Lena", "Should be, or is?"),
        ("Ines", "Should be. I'll check the tracking after this and let you know."),
        ("Matthias", "Could we maybe keep a second supplier? Every winter it's the same story."),
        ("Lena", "Maybe. Not today."),
        ("Matthias", "And I'll regulate the Petrof tomorrow, it's been waiting since October."),
        (
            "Felix",
            "Oh, the concert hall wants someone for the tuning on the fourth, the Friday. Who's"
            " free?",
        ),
        ("Matthias", "Not me, I'm on the Bösendorfer all that week."),
        ("Lena", "I'll take the concert hall. I like their Fazioli."),
        (
            "Ines",
            "And does the hall pay the travel, or do we put it on the invoice as well? Last "
            "year nobody knew.",
        ),
        ("Lena", "Good question. I don't think anyone knows this year either."),
        ("Felix", "Herr Oskar would have known. He knew everything."),
        (
            "Lena",
            "He did, and he took it all with him to Salzburg. Oh, and the workshop is closed "
            "from the 24th to the 6th, we agreed that with the landlord in the summer.",
        ),
        ("Matthias", "Finally. Right, I'm going back to my strings."),
    ),
    actions=(
        Action("Matthias", ("pitch",), None),
        Action("Felix", ("options", "school"), WEDNESDAY),
        Action("Ines", ("tracking",), TODAY),
        Action("Matthias", ("regulate", "petrof"), TOMORROW),
        Action("Lena", ("concert", "hall"), NEXT_FRIDAY),
    ),
    decisions=(("both", "options"),),
    questions=(("pay", "travel"),),
)


LOCKSMITH_CALLOUTS = Meeting(
    name="locksmith_callouts",
    lines=(
        ("Declan", "Morning. Right, callouts. The weekend was mad, wasn't it?"),
        ("Siobhan", "Eleven lockouts Saturday night. Eleven. One fella locked himself out twice."),
        ("Kofi", "Same fella? In Rathmines?"),
        ("Siobhan", "Same fella. I've started calling him a regular."),
        (
            "Declan",
            "Okay. The letting agency wants every cylinder changed on the Harold's Cross block "
            "before the new tenants go in. That's twelve doors.",
        ),
        ("Aoife", "When do the tenants move in?"),
        ("Declan", "First of December, so it has to be done by the end of the month."),
        ("Kofi", "Grand, I'll have the Harold's Cross cylinders done by Friday."),
        ("Aoife", "Have we twelve of the anti-snap ones in stock, though? I think we've six."),
        ("Declan", "Six, yeah. Aoife, would you get another ten in?"),
        ("Aoife", "Will do, I'll order them from the wholesaler after this."),
        ("Declan", "Then the van. The Transit failed its NCT on the brakes."),
        ("Kofi", "Ah, no."),
        ("Declan", "Yeah. So do we fix it, or do we finally get the new van? Siobhan?"),
        (
            "Siobhan",
            "We said in September we'd get a new one in the spring. I'd fix the brakes and keep"
            " it till then.",
        ),
        ("Declan", "Agreed. We fix the brakes and the new van waits for the spring."),
        ("Declan", "I'll book it into the garage for Wednesday."),
        ("Kofi", "So what do I drive Wednesday?"),
        ("Declan", "You take my car, I'll be in the shop all day anyway."),
        (
            "Aoife",
            "Oh, the safe in Dún Laoghaire. The woman rang again. She says the combination "
            "changed itself.",
        ),
        ("Siobhan", "Combinations don't change themselves."),
        ("Aoife", "That's what I told her! Anyway, she wants someone out."),
        ("Declan", "Siobhan, are you able for that one?"),
        ("Siobhan", "Not this week, I'm on the training course Wednesday and Thursday. Sorry."),
        ("Kofi", "I'll do the safe next Tuesday, if the van's back by then."),
        ("Declan", "Grand. And somebody ring her back and tell her, she's rung three times."),
        ("Kofi", "Does the agency pay a call-out on top, or is that in the twelve-door price?"),
        (
            "Declan",
            "I quoted per door. Whether they'll wear a call-out fee as well, I genuinely don't "
            "know.",
        ),
        ("Declan", "Right, that's us. Mind the roads."),
    ),
    actions=(
        Action("Kofi", ("cylinders",), FRIDAY),
        Action("Aoife", ("order", "wholesaler"), TODAY),
        Action("Declan", ("book", "garage"), WEDNESDAY),
        Action("Kofi", ("safe",), NEXT_TUESDAY),
        Action(None, ("ring",), None),
    ),
    decisions=(("fix", "brakes"),),
    questions=(("agency", "pay"),),
)


BUTCHER_SHOP = Meeting(
    name="butcher_shop",
    lines=(
        (
            "Robyn",
            "Okay, Christmas orders. We're at a hundred and forty hams already, that's more "
            "than all of last year.",
        ),
        ("Dave", "Hundred and forty-two. Two more came in on the website last night."),
        (
            "Robyn",
            "Hundred and forty-two. And the smokehouse in Ballarat can do a hundred and fifty, "
            "max.",
        ),
        ("Hamish", "So we cap it? Put sold out on the website at a hundred and fifty?"),
        (
            "Robyn",
            "Yes. We stop ham orders at a hundred and fifty, no exceptions, not even for Dave's"
            " mum.",
        ),
        ("Dave", "She'll be devastated."),
        ("Hamish", "I'll set the cap on the website today."),
        (
            "Mei",
            "What about the turkeys? The farm said they might be short this year, with the rain.",
        ),
        (
            "Robyn",
            "They said might. I spoke to Graham on Friday and he reckons we'll get the eighty.",
        ),
        ("Mei", "Might is doing a lot of work in that sentence."),
        ("Robyn", "It is. Mei, can you ring Graham on Thursday and get it in writing?"),
        ("Mei", "Yep, Thursday. I'll get him to put the turkey numbers in an email."),
        ("Dave", "And if he's short, what do we tell the forty people who pre-paid?"),
        ("Robyn", "Let's not cross that bridge yet."),
        ("Hamish", "The cool room door seal's gone again, by the way. It's dripping."),
        ("Robyn", "Again? The bloke fixed it in October."),
        ("Hamish", "Well, he fixed it for October."),
        ("Robyn", "I'll get the refrigeration guys back out, it's still under warranty I reckon."),
        (
            "Dave",
            "Can we talk about Christmas Eve? I'd like to be off by two, it's my daughter's "
            "concert.",
        ),
        ("Robyn", "That's fine, Mei's on the late finish that day anyway."),
        ("Mei", "Am I?"),
        ("Robyn", "You said you wanted the penalty rates!"),
        ("Mei", "Fair. I did say that."),
        ("Dave", "Also, the price tickets in the window still have the winter prices from June."),
        ("Hamish", "I'll do the window tickets Saturday, before we open."),
        ("Robyn", "Lovely. Dave, the sausage comp, you still doing the lamb and rosemary?"),
        (
            "Dave",
            "Lamb and rosemary, yeah. Entries close next Friday, so I'll do a test batch "
            "Wednesday and see how it eats.",
        ),
        ("Robyn", "Beautiful. Right, let's open up."),
    ),
    actions=(
        Action("Hamish", ("cap", "website"), TODAY),
        Action("Mei", ("turkey", "numbers"), THURSDAY),
        Action("Robyn", ("refrigeration",), None),
        Action("Hamish", ("tickets",), SATURDAY),
        Action("Dave", ("test", "batch"), WEDNESDAY),
    ),
    decisions=(("stop", "ham", "orders"),),
    questions=(("tell", "forty", "people"),),
)


COCKTAIL_BAR = Meeting(
    name="cocktail_bar",
    lines=(
        (
            "Jun",
            "Okay guys, the new menu. We launch on the fourth, next Friday, that doesn't move.",
        ),
        ("Farah", "So we've got twelve drinks on the draft, and I think we need to cut two."),
        (
            "Marcus",
            "The smoked pineapple one has to go. Four minutes to make. On a Friday night that's"
            " death.",
        ),
        ("Leila", "But it's the one everybody posts on Instagram..."),
        ("Marcus", "Then they can post it from a bar with six bartenders."),
        (
            "Jun",
            "Ha. Okay, I hear you both. What if we batch the pineapple syrup, so it's two "
            "minutes, not four?",
        ),
        ("Farah", "That works for me."),
        ("Jun", "So that's the call, pineapple stays, batched."),
        ("Marcus", "Fine. I'll work out the batch recipe and cost it by Thursday."),
        ("Farah", "And the other cut? I'd drop the milk punch, nobody orders it."),
        ("Jun", "Leila, the milk punch is yours. How do you feel?"),
        ("Leila", "Honestly? Drop it. It takes two days to clarify anyway."),
        ("Jun", "Okay, milk punch is off the menu."),
        (
            "Farah",
            "The printer needs the final text by Wednesday if we want menus for the fourth.",
        ),
        ("Leila", "I can do the descriptions. I'll write the descriptions tomorrow."),
        ("Jun", "Then I'll proofread them tomorrow night, and Farah, the printer's yours."),
        ("Farah", "Yep, they'll have it Wednesday."),
        ("Marcus", "Are we doing a launch party, or just opening the doors?"),
        ("Jun", "I haven't decided. Depends what the landlord says about the terrace."),
        ("Dev", "Sorry, before I forget. The glass washer's making that noise again."),
        ("Jun", "The engineer comes tomorrow at ten, I booked him on Saturday."),
        ("Dev", "The grinding one or the whistling one?"),
        ("Jun", "Both, apparently. Thanks, Dev."),
        (
            "Farah",
            "One more thing. The ice supplier's putting prices up in January. Eight percent.",
        ),
        ("Marcus", "We could make our own clear ice, maybe, if we had a freezer for it."),
        ("Jun", "Maybe next year. Not now."),
        ("Farah", "Could someone get a second quote for ice, though? Just so we know."),
        (
            "Jun",
            "Okay, staff tasting is Thursday at four, everybody in. That's it, go make money.",
        ),
    ),
    actions=(
        Action("Marcus", ("batch", "recipe"), THURSDAY),
        Action("Leila", ("descriptions",), TOMORROW),
        Action("Jun", ("proofread",), TOMORROW),
        Action("Farah", ("printer",), WEDNESDAY),
    ),
    decisions=(
        ("pineapple", "stays"),
        ("milk", "punch"),
    ),
    questions=(("launch", "party"),),
)


BEEKEEPERS_ASSOCIATION = Meeting(
    name="beekeepers_association",
    lines=(
        (
            "Alison",
            "Right, let's start, it's gone seven. Apologies from Sandra, she's got the flu.",
        ),
        ("Rewi", "Poor thing. She was coughing all through the field day."),
        ("Alison", "First item, varroa. Bruce, you did the mite counts?"),
        (
            "Bruce",
            "I did sugar shakes on the club apiary last Saturday. Counts are up, about five per"
            " hundred on two of the hives.",
        ),
        ("Kath", "Five's high for November."),
        ("Bruce", "It is. I'd like to treat those two this week, before the flow really starts."),
        ("Alison", "Any objection? No? Right, Bruce treats the two hives this week."),
        ("Bruce", "I'll do it Saturday, if the weather's fine."),
        ("Kath", "Next, the beginners' course. Twenty-three names for eight places."),
        ("Rewi", "We could run a second course. I'd happily take it, in February."),
        ("Alison", "Let's do that then. Two courses, and Rewi runs the second one."),
        ("Kath", "I'll email the waiting list tonight and tell them there's a second date."),
        (
            "Alison",
            "The council's on about the bylaw again. Someone complained about bees on Hereford "
            "Street.",
        ),
        ("Bruce", "Those aren't even our bees. They're the rooftop hives on the hotel."),
        (
            "Alison",
            "Still. Do we want to make a submission to the council or keep our heads down?",
        ),
        ("Rewi", "I don't know. If we submit, we're the bee people they ring every time."),
        ("Kath", "We're already the bee people."),
        ("Alison", "Let's all think about it and come back to it in December."),
        ("Bruce", "Extractor. The club extractor's got a cracked gear, I had a look on Tuesday."),
        ("Alison", "Can it be fixed?"),
        ("Bruce", "Yes, the part's about sixty dollars from Ecrotek."),
        ("Alison", "Then buy it, and claim it back from Kath."),
        ("Bruce", "Will do. I'll order the gear tomorrow."),
        ("Kath", "Receipts, Bruce. Actual receipts. Not a photo of a napkin."),
        ("Bruce", "That was one time."),
        ("Kath", "Should the club be charging members to use the extractor? Other clubs do."),
        ("Alison", "That's one for the AGM, not tonight."),
        ("Alison", "Last thing, the Christmas do. Rewi, are you hosting again?"),
        ("Rewi", "Ha, no. My wife said never again after the mead incident."),
        (
            "Alison",
            "Fine. I'll find a venue and let everyone know by next Friday. Meeting closed.",
        ),
    ),
    actions=(
        Action("Bruce", ("treat", "hives"), SATURDAY),
        Action("Rewi", ("second",), None),
        Action("Kath", ("waiting", "list"), TODAY),
        Action("Bruce", ("order", "gear"), TOMORROW),
        Action("Alison", ("venue",), NEXT_FRIDAY),
    ),
    decisions=(("two", "courses"),),
    questions=(
        ("submission", "council"),
        ("charging", "extractor"),
    ),
)


CHESS_CLUB = Meeting(
    name="chess_club",
    lines=(
        ("Colin", "Okay, the junior congress. Under two weeks to go. Anya, entries?"),
        ("Anya", "Sixty-one. The under-elevens is the big section, thirty-four of those."),
        ("Colin", "Thirty-four! Have we got enough boards?"),
        ("Tilly", "Forty sets and twenty-eight clocks. The clocks are the problem."),
        (
            "Rajesh",
            "The Stockport club said they'd lend us ten, I spoke to their secretary at the "
            "league match.",
        ),
        ("Colin", "Brilliant. Can you collect them?"),
        ("Rajesh", "Yeah, I'll pick up the clocks from Stockport on Saturday."),
        ("Tilly", "Check they've got batteries in this time. Half of them were dead last year."),
        ("Rajesh", "Noted."),
        ("Colin", "Arbiters. We need two, and we've got me."),
        ("Anya", "I'll ask my sister tonight, she's qualified, she did the county championships."),
        ("Colin", "Great. If she says no we're in trouble, to be honest."),
        ("Tilly", "Do the arbiters need to be DBS checked for a junior event? Genuinely asking."),
        ("Colin", "Yes, both of them, it's in the rules for junior events."),
        ("Anya", "She's got one from her school job, so that's fine."),
        ("Colin", "Venue's confirmed. Tilly, you were going to ask the church about the heating?"),
        (
            "Tilly",
            "I did. They said it comes on at eight. Whether it's warm by nine in December is "
            "another matter.",
        ),
        (
            "Colin",
            "Bring a coat. Right, prizes. Last year we did trophies for every section winner "
            "and it cost a fortune.",
        ),
        ("Rajesh", "What about medals instead? Cheaper, and the kids love medals."),
        ("Anya", "Honestly the kids love anything shiny."),
        ("Colin", "Medals then, for all sections. Agreed?"),
        (
            "Tilly",
            "Agreed. I'll order the medals from the shop on Deansgate by Wednesday, they need a"
            " week.",
        ),
        (
            "Colin",
            "Anya, you'll do the pairings again? The laptop died halfway through round three "
            "last year.",
        ),
        ("Anya", "I can do the pairings, but not on that laptop. Can we borrow one from someone?"),
        ("Colin", "Anyone? No? Okay, we'll sort a laptop somehow."),
        (
            "Rajesh",
            "Should we let parents into the playing hall this year? Last year they were "
            "hovering behind the boards, it was a nightmare.",
        ),
        (
            "Colin",
            "Let's leave that one. I want to hear what the other junior organisers do first.",
        ),
        ("Colin", "Right, same time next Monday. Thanks all."),
    ),
    actions=(
        Action("Rajesh", ("clocks", "stockport"), SATURDAY),
        Action("Anya", ("ask", "sister"), TODAY),
        Action("Tilly", ("order", "medals"), WEDNESDAY),
        Action("Anya", ("pairings",), None),
        Action(None, ("laptop",), None),
    ),
    decisions=(("medals", "sections"),),
    questions=(("parents", "hall"),),
)


PUPPY_RAISERS = Meeting(
    name="puppy_raisers",
    lines=(
        ("Thandi", "Hi everyone, thanks for coming out in this wind. Puppies first. Pieter?"),
        (
            "Pieter",
            "Bongo's good. Fourteen weeks. He's started stealing socks, which I'm told is normal.",
        ),
        ("Thandi", "Totally normal. Grace?"),
        (
            "Grace",
            "Luna had the ear infection. The vet saw her Thursday, she's on drops, much better.",
        ),
        ("Yusuf", "Rex pulled me over in the Pick n Pay car park. Probably on camera."),
        (
            "Thandi",
            "We've all been there. Okay, the big news. Head office has decided the puppies "
            "start mall visits at sixteen weeks now, not twenty.",
        ),
        ("Grace", "Sixteen? Luna's going to lose her mind in the food court."),
        (
            "Thandi",
            "Which is why I'd like us to do a practice visit together first. Canal Walk, maybe "
            "Saturday morning?",
        ),
        ("Pieter", "Saturday's bad for me, it's my son's prize-giving."),
        ("Thandi", "Then next Saturday. No wait, that's the fifth, I'm away. Sunday the sixth?"),
        ("Yusuf", "Sixth works."),
        ("Grace", "Works for me."),
        ("Thandi", "Great, so the practice visit is Sunday the sixth."),
        ("Thandi", "I'll clear it with centre management this week."),
        ("Yusuf", "Do we bring the jackets? Rex has grown out of his."),
        ("Thandi", "Jackets always, in public. I'll drop a bigger jacket at yours on Wednesday."),
        (
            "Grace",
            "Can I ask about the food allowance? The kibble went up again and the allowance "
            "hasn't changed in two years.",
        ),
        ("Thandi", "I've raised it with head office twice. Nothing back yet."),
        ("Grace", "So is the food allowance going up or not?"),
        ("Thandi", "I honestly can't tell you. Keep your receipts, anyway."),
        ("Pieter", "The street collection on the 15th. Are we doing it with the pups?"),
        ("Thandi", "Yes, the pups are the whole point. People give more."),
        (
            "Pieter",
            "Then I'll get the permit application in to the city by Friday. I did it last year,"
            " I know where the form is.",
        ),
        ("Yusuf", "Someone needs to do a rota for the collection as well, it's four hours."),
        ("Thandi", "Yusuf, that sounds like a volunteer."),
        ("Yusuf", "Walked into that one. Fine, I'll do the rota and send it round next week."),
        (
            "Thandi",
            "Thank you. Last thing. Should we have a WhatsApp group just for the puppy raisers,"
            " separate from the main one?",
        ),
        ("Grace", "Please. The main one is all photos of lost gloves."),
        ("Thandi", "Okay, we'll have a separate group then. I'll set the group up tonight."),
    ),
    actions=(
        Action("Thandi", ("clear", "centre"), END_OF_WEEK),
        Action("Thandi", ("jacket",), WEDNESDAY),
        Action("Pieter", ("permit",), FRIDAY),
        Action("Yusuf", ("rota",), END_OF_NEXT_WEEK),
        Action("Thandi", ("group",), TODAY),
    ),
    decisions=(
        ("practice", "visit"),
        ("separate", "group"),
    ),
    questions=(("food", "allowance"),),
)


COMICS_PRESS = Meeting(
    name="comics_press",
    lines=(
        (
            "Fiona",
            "Right, production. The big one is issue four of Tidewater. Ewan, where's the art at?",
        ),
        ("Ewan", "Pencils are done, inks are about two-thirds. Malik's colouring behind me."),
        (
            "Malik",
            "I'm on page fourteen of twenty-four. It's going fine, but the storm pages are "
            "eating my life.",
        ),
        ("Fiona", "The printer slot is the 15th. We can't miss it, the next one's January."),
        ("Carys", "And they want files a week before, so basically the end of next week."),
        ("Ewan", "Fine. I'll have the inks finished by Friday."),
        (
            "Malik",
            "Then I need till the end of next week for the colours. Honestly, that's tight.",
        ),
        ("Fiona", "Could we drop the storm pages to greys? Like a flashback look?"),
        ("Malik", "Please don't. It's the best bit of the book."),
        ("Carys", "It is the best bit."),
        ("Fiona", "Okay, okay. Full colour it is."),
        ("Fiona", "Malik, end of next week, and shout if it slips."),
        (
            "Carys",
            "I can start lettering as soon as pages come in. I'll letter them as Malik sends "
            "them over.",
        ),
        ("Fiona", "Next, the convention. Thought Bubble's done, we made back the table. Just."),
        ("Ewan", "Just. We sold nine copies of the poetry comic. Nine."),
        ("Fiona", "So, do we reprint issue one? We're down to forty copies."),
        ("Carys", "I'd reprint. It sells every time someone reads issue four."),
        ("Fiona", "Five hundred, then. Let's reprint issue one, five hundred copies."),
        ("Carys", "I'll get a quote from the printer this week."),
        ("Malik", "Are we paying the guest artist on the back-up story the same page rate as us?"),
        ("Fiona", "Hm. Good question. I need to look at the money before I answer that one."),
        ("Ewan", "And the Creative Scotland thing, didn't that close?"),
        (
            "Fiona",
            "It closes next Wednesday. I've done the budget, the rest needs writing. Ewan, "
            "could you write the artist statement?",
        ),
        ("Ewan", "Ugh. Yes. I'll write the statement Saturday, I'm better at weekends."),
        (
            "Fiona",
            "And I'll submit the whole thing next Tuesday, a day early, so we're not doing it "
            "at midnight like last time.",
        ),
        ("Malik", "Like every time."),
        ("Fiona", "Like every time. Right, back to work."),
    ),
    actions=(
        Action("Ewan", ("inks",), FRIDAY),
        Action("Malik", ("colours",), END_OF_NEXT_WEEK),
        Action("Carys", ("letter",), None),
        Action("Carys", ("quote",), END_OF_WEEK),
        Action("Ewan", ("statement",), SATURDAY),
        Action("Fiona", ("submit",), NEXT_TUESDAY),
    ),
    decisions=(
        ("full", "colour"),
        ("reprint", "issue"),
    ),
    questions=(("guest", "artist"),),
)


AUDIOBOOK_STUDIO = Meeting(
    name="audiobook_studio",
    lines=(
        (
            "Dana",
            "Okay, so, the thriller series. The publisher moved the deadline. Book two is due "
            "on the 15th now, not January.",
        ),
        ("Luis", "The 15th? Of December? That's... okay."),
        ("Dana", "I know. They decided it last Thursday and I found out this morning."),
        ("Hattie", "Priya can narrate, but only mornings, she's in a play in the evenings."),
        ("Luis", "Mornings are better anyway, her voice is fresher."),
        ("Dana", "So how many sessions are we talking?"),
        (
            "Luis",
            "It's about eleven finished hours. So roughly twenty-two sessions, give or take.",
        ),
        ("Dana", "We can't do twenty-two mornings before the 15th in one booth."),
        (
            "Omar",
            "We could open booth B. The fan's still noisy in there, but maybe I could fix it?",
        ),
        ("Luis", "It's not the fan, it's the duct. I looked at it in October."),
        ("Dana", "Then let's get the duct fixed and use both booths."),
        ("Dana", "I'll call the HVAC company today."),
        ("Hattie", "Who narrates in booth B, though? Priya can't be in two places."),
        (
            "Dana",
            "We'd need a second narrator for the brother's chapters, the other point of view.",
        ),
        (
            "Hattie",
            "I'll send the brother's chapters to two narrators I know and get auditions back by"
            " Thursday.",
        ),
        (
            "Omar",
            "Proofing, though. With two booths I'm proofing double, and I can do maybe three "
            "hours a day.",
        ),
        ("Dana", "Is that enough?"),
        ("Omar", "Probably not, no."),
        ("Dana", "Should we bring in a freelance proofer, or push the publisher for more time?"),
        ("Dana", "I don't want to decide that until we've heard from them."),
        (
            "Luis",
            "I'll set up the session template for booth B tomorrow, mic chain and room tone.",
        ),
        ("Dana", "The pronunciation guide. Did the author ever send it?"),
        ("Hattie", "She sent it Friday. Half the Icelandic names are in it. Half."),
        ("Omar", "I'll email her the missing names after this."),
        ("Luis", "Also, unrelated, the coffee machine is leaking onto the floor."),
        ("Dana", "I'm aware. It has been leaking for a month. I'm choosing peace."),
        ("Dana", "One more. The cookbook retakes, the client wants them by next Wednesday."),
        ("Luis", "I can squeeze the retakes in Friday afternoon, I'll book Jordan for it."),
        ("Dana", "Perfect. We'll pick this up Thursday once the auditions are in."),
    ),
    actions=(
        Action("Dana", ("call", "hvac"), TODAY),
        Action("Hattie", ("auditions",), THURSDAY),
        Action("Luis", ("template",), TOMORROW),
        Action("Omar", ("missing", "names"), TODAY),
        Action("Luis", ("retakes",), FRIDAY),
    ),
    decisions=(("both", "booths"),),
    questions=(("freelance", "proofer"),),
)


MEETINGS = (
    STONEMASON_YARD,
    PIANO_WORKSHOP,
    LOCKSMITH_CALLOUTS,
    BUTCHER_SHOP,
    COCKTAIL_BAR,
    BEEKEEPERS_ASSOCIATION,
    CHESS_CLUB,
    PUPPY_RAISERS,
    COMICS_PRESS,
    AUDIOBOOK_STUDIO,
)
