"""Forty-third set of meetings for the notes rules, written blind.

Ten work meetings from trades outside software: a glass studio, an orthodontic practice, a
ferry ticket office, a cider press, a school ski trip, a commercial film shoot, a council tree
team, a hospice charity shop, a soil lab and a removals firm. Dates are resolved from Monday
2026-11-23 as in the held-out set.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_TUESDAY,
    THE_15TH,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


GLASSWORKS_FURNACE_REBUILD = Meeting(
    name="glassworks_furnace_rebuild",
    lines=(
        (
            "Cosmo",
            "Right, furnace. The rebuild crew from Stoke are booked, yes? Juno, you spoke to them?",
        ),
        ("Juno", "I did, on Thursday. They can start the 7th, which is a fortnight from today."),
        ("Cosmo", "Good. So we're shutting the furnace down on Saturday, that's settled then."),
        (
            "Rufus",
            "Saturday's fine. I'll start the cool-down schedule Friday night so the crown"
            " doesn't crack.",
        ),
        ("Kezia", "What about the commission orders? The Harland bowls are still in the annealer."),
        ("Juno", "They come out Wednesday. I'll pack the Harland bowls Wednesday afternoon."),
        ("Kezia", "Fine, then I'll book the courier for Thursday."),
        ("Cosmo", "Do we need new refractory bricks or are we reusing the old ones?"),
        ("Rufus", "Half and half, probably. I'd want to see the crown cold before I'd say."),
        ("Cosmo", "Okay, so that stays open until we've seen it."),
        ("Kezia", "And somebody has to tell the evening class people, or they'll just turn up."),
        ("Cosmo", "Kezia, could you email the evening class today?"),
        ("Kezia", "Yep, will do."),
        ("Juno", "If the crew finish early we could fire back up before Christmas, in theory."),
        ("Rufus", "Don't count on it. Last time it took three weeks."),
        (
            "Cosmo",
            "Let's say we reopen to the public on January the 5th, and if it's sooner, lovely.",
        ),
        ("Cosmo", "Rufus, the gas safety check, is that still due?"),
        (
            "Rufus",
            "It is. I'll book the gas safety check with Hendry's by the end of the week,"
            " while it's down.",
        ),
        ("Kezia", "Who's covering the shop while the studio's shut? I can't do all of December."),
        ("Cosmo", "Good question. Let me think about that one."),
    ),
    actions=(
        Action("Rufus", ("cool-down", "schedule"), FRIDAY),
        Action("Juno", ("harland", "bowls"), WEDNESDAY),
        Action("Kezia", ("courier",), THURSDAY),
        Action("Kezia", ("evening", "class"), TODAY),
        Action("Rufus", ("gas", "safety"), END_OF_WEEK),
    ),
    decisions=(
        ("furnace", "saturday"),
        ("reopen", "january"),
    ),
    questions=(
        ("refractory", "bricks"),
        ("covering", "shop"),
    ),
)

ORTHODONTIC_PRACTICE_HUDDLE = Meeting(
    name="orthodontic_practice_huddle",
    lines=(
        ("Agnes", "Morning. Quick one before the first patient at half eight."),
        (
            "Agnes",
            "The aligner scanner's been playing up again. Dorian, did the rep come back to you?",
        ),
        (
            "Dorian",
            "He did, Friday. He says it's a firmware thing and they'll push a fix this week.",
        ),
        ("Agnes", "Will you chase the rep on Wednesday if the scanner's still not fixed?"),
        ("Dorian", "Sure."),
        ("Mabel", "We've got three debonds today and only two chairs with the right kit."),
        ("Vince", "I'll swap the afternoon hygiene slot, it's only a recall."),
        ("Agnes", "Great, thanks Vince."),
        (
            "Mabel",
            "Also, the Patel boy's retainer. The lab says the 1st, not the 24th like we"
            " told his mum.",
        ),
        ("Agnes", "Mabel, can you ring his mum and rebook him for after the 1st?"),
        ("Mabel", "Yeah, I'll do it at lunch."),
        ("Dorian", "Are we doing the Saturday clinics in December or not? Patients keep asking."),
        ("Agnes", "I'd like to, but I need to see the rota first."),
        ("Vince", "I'm not doing Saturdays, sorry, I've got my daughter."),
        ("Dorian", "I could maybe do a couple. Maybe."),
        (
            "Agnes",
            "Okay, Saturdays stay parked until I've done the rota. I'll have the rota out"
            " by Friday.",
        ),
        ("Mabel", "Last thing, the sharps bin collection got missed again."),
        ("Agnes", "Ugh. I'll ring the waste company today and complain."),
        ("Agnes", "And decided: from now on the sharps go in the locked store, not the corridor."),
    ),
    actions=(
        Action("Dorian", ("rep",), WEDNESDAY),
        Action("Vince", ("hygiene", "slot"), TODAY),
        Action("Mabel", ("mum",), TODAY),
        Action("Agnes", ("rota",), FRIDAY),
        Action("Agnes", ("waste", "company"), TODAY),
    ),
    decisions=(("sharps", "locked", "store"),),
    questions=(("saturday", "clinics"),),
)

FERRY_TICKET_OFFICE_WINTER = Meeting(
    name="ferry_ticket_office_winter",
    lines=(
        ("Stig", "So the winter timetable goes live on the 1st. Are the ticket machines updated?"),
        ("Opal", "Not yet. The vendor said Wednesday, but they said that last time."),
        ("Stig", "Opal, will you get the vendor to commit to a date in writing?"),
        ("Opal", "On it."),
        ("Hal", "The posters are printed. I put them up at the pier head on Friday."),
        ("Stig", "And the island side?"),
        ("Hal", "No, I ran out. I'll take the rest of the posters over on the 7:40 tomorrow."),
        (
            "Winnie",
            "Someone rang about bikes on the late sailing. Do we still allow them in winter?",
        ),
        ("Stig", "We do, up to six. That hasn't changed."),
        (
            "Winnie",
            "Okay. And the refund for the cancelled Saturday crossing, that man's still waiting.",
        ),
        ("Stig", "Whose is that?"),
        ("Winnie", "Mine, I suppose. I'll process the refund today."),
        ("Opal", "Can I raise the car deck? We keep overselling when the small boat's on."),
        ("Stig", "What if we cap online bookings at twenty cars when the Maid of Arran runs?"),
        ("Hal", "Twenty's tight. Twenty-two would work, we've measured it."),
        ("Stig", "Fine. We cap online car bookings at twenty-two from the 1st."),
        ("Opal", "Who changes that in the booking system? I don't have the access."),
        ("Hal", "I do. I'll change the cap in the system on Friday after the last boat."),
        ("Winnie", "Are we getting the extra deckhand for Christmas week or not?"),
        ("Stig", "Head office hasn't said. No idea, honestly."),
    ),
    actions=(
        Action("Opal", ("vendor",), None),
        Action("Hal", ("posters",), TOMORROW),
        Action("Winnie", ("refund",), TODAY),
        Action("Hal", ("cap", "system"), FRIDAY),
    ),
    decisions=(("cap", "twenty-two"),),
    questions=(("deckhand",),),
)

CIDER_PRESS_CREW = Meeting(
    name="cider_press_crew",
    lines=(
        (
            "Georgie",
            "Okay, pressing's done for the year, thank god. Now it's all about the bottling.",
        ),
        ("Bertie", "Tank four tasted a bit sharp on Friday. Not off, just sharp."),
        ("Georgie", "Can you do a gravity reading on it this afternoon, Bertie?"),
        ("Bertie", "Yep."),
        ("Lenny", "The label printer's still down, by the way."),
        ("Tess", "I ordered a new drum last week, it should be here Wednesday."),
        (
            "Georgie",
            "And if it isn't, we hand-label the Christmas boxes. I'm not missing the market.",
        ),
        ("Lenny", "The Christmas market, is it Saturday or Sunday this year?"),
        ("Tess", "Saturday. The 5th. No wait, it's the 12th, the 5th is the food fair."),
        ("Georgie", "Right. So we bottle tank two on Thursday and tank four the week after."),
        ("Lenny", "I can't do Thursday, I'm at the dentist."),
        ("Tess", "I'll take Lenny's shift on Thursday."),
        ("Georgie", "Cheers Tess."),
        ("Bertie", "Should we do a dry version for the market? People kept asking last year."),
        ("Georgie", "Maybe. Let's see what tank four is like first."),
        ("Tess", "The pallet of empties, is anybody taking that back to the glass place?"),
        ("Lenny", "Not me, my van's in the garage."),
        ("Bertie", "I will, I'll run the pallet over Wednesday morning."),
        ("Georgie", "Lovely. And I'll sort the market stall paperwork tonight, I keep forgetting."),
    ),
    actions=(
        Action("Bertie", ("gravity", "reading"), TODAY),
        Action("Tess", ("shift",), THURSDAY),
        Action("Bertie", ("pallet",), WEDNESDAY),
        Action("Georgie", ("stall", "paperwork"), TODAY),
    ),
    decisions=(("bottle", "tank", "thursday"),),
    questions=(("dry", "version"),),
)

SECONDARY_SCHOOL_SKI_TRIP = Meeting(
    name="secondary_school_ski_trip",
    lines=(
        ("Peggy", "Okay, Alpine trip, February. We've got thirty-eight paid, two still owing."),
        ("Yves", "Who are the two?"),
        ("Peggy", "The Okafor twins. Their mum's on a payment plan, it's fine."),
        ("Ros", "Passports. Do we have copies of all of them?"),
        ("Mina", "All but five. I'll chase the five missing passports by Friday."),
        ("Yves", "The coach company wants final numbers. When's their deadline?"),
        ("Peggy", "They said the 4th of December. I'll send them the list on the 3rd to be safe."),
        ("Ros", "Medical forms are the real problem. Half are blank on the allergies bit."),
        ("Yves", "Ros, can you go through the medical forms and flag the blank ones?"),
        ("Ros", "I can, but not till next week. Tuesday?"),
        ("Yves", "Tuesday's fine."),
        ("Mina", "Do we need a fourth member of staff? The ratio's one to ten."),
        ("Peggy", "With thirty-eight kids, yes. We sorted that in September, Mr Hale's coming."),
        ("Yves", "What if it snows too much and the pass is shut?"),
        ("Peggy", "Then we sit in the hotel and play cards. The insurance covers it."),
        ("Ros", "Ha. Okay. And the meeting for parents, is that happening?"),
        (
            "Yves",
            "Yes, let's hold the parents meeting on Wednesday the 2nd, six o'clock, in the hall.",
        ),
        ("Mina", "I'll book the hall."),
        ("Yves", "And I'll write the letter home this week."),
        ("Ros", "Are we allowing phones on the slopes? Some of the parents are asking."),
        ("Peggy", "Honestly, I don't know. That's one for the head, and she's off till Monday."),
    ),
    actions=(
        Action("Mina", ("passports",), FRIDAY),
        Action("Peggy", ("list",), DECEMBER_3),
        Action("Ros", ("medical", "forms"), NEXT_TUESDAY),
        Action("Mina", ("hall",), None),
        Action("Yves", ("letter",), END_OF_WEEK),
    ),
    decisions=(("parents", "meeting"),),
    questions=(("phones", "slopes"),),
)

COMMERCIAL_SHOOT_CALL_SHEET = Meeting(
    name="commercial_shoot_call_sheet",
    lines=(
        (
            "Vivi",
            "As agreed with the client, it's a two-day shoot, Thursday and Friday. Call"
            " time's seven.",
        ),
        ("Griff", "The warehouse location, have we got the permit back from the council?"),
        ("Edie", "Not yet. I emailed them again this morning."),
        ("Vivi", "Edie, ring the council tomorrow if nothing's come in."),
        ("Edie", "Will do."),
        ("Nico", "Rain's forecast for Friday. Do we have a wet-weather plan?"),
        ("Griff", "We could swap the exteriors to Thursday and do the kitchen interiors Friday."),
        ("Vivi", "Yes, do that. Exteriors Thursday, interiors Friday."),
        (
            "Nico",
            "Then I need the generator on Wednesday. I'll call the hire place about it today.",
        ),
        ("Griff", "Catering for twenty-six, is that right? Thought we'd said thirty."),
        (
            "Vivi",
            "Twenty-six crew plus four client, so thirty. Edie, update the catering order"
            " to thirty?",
        ),
        ("Edie", "Sure, I'll do it after this."),
        ("Nico", "The child actor, do we need a chaperone licence for the kitchen scene?"),
        ("Vivi", "We do. Griff?"),
        ("Griff", "I'm not touching licensing, last time it nearly killed me."),
        ("Vivi", "Fine, I'll do the licence myself. Wednesday at the latest."),
        ("Edie", "Do we know if the client wants the drone shot? Their brief doesn't say."),
        ("Vivi", "No. They're being vague. Let's leave it open until they reply."),
        ("Griff", "I'll send out the call sheet by Wednesday night then."),
    ),
    actions=(
        Action("Edie", ("council",), TOMORROW),
        Action("Nico", ("hire", "place"), TODAY),
        Action("Edie", ("catering",), TODAY),
        Action("Vivi", ("licence",), WEDNESDAY),
        Action("Griff", ("call", "sheet"), WEDNESDAY),
    ),
    decisions=(("exteriors", "thursday"),),
    questions=(("drone", "shot"),),
)

COUNCIL_TREE_OFFICERS = Meeting(
    name="council_tree_officers",
    lines=(
        ("Iris", "Right, tree preservation orders. We've got four applications this week."),
        ("Ulf", "The oak on Mill Lane is the messy one. The neighbour's been ringing daily."),
        ("Iris", "Ulf, can you do the site visit for Mill Lane on Wednesday?"),
        ("Ulf", "Wednesday's out, I'm at a hearing. Thursday?"),
        ("Iris", "Thursday then."),
        ("Dot", "The beech at the school, I went out Friday. It's got honey fungus, no question."),
        ("Fergus", "So that's a fell, then."),
        ("Dot", "Yeah. I'd say we approve the felling but with a replacement condition."),
        ("Iris", "Agreed. We approve it with a replacement tree, two for one."),
        ("Dot", "I'll draft the decision notice tomorrow."),
        ("Fergus", "Are we still doing the conservation area review this year or pushing it?"),
        (
            "Iris",
            "Pushing it. The conservation review goes to January, we just haven't got the people.",
        ),
        ("Fergus", "Then someone should tell the parish councils."),
        ("Iris", "Can you do that, Fergus? Just a short email to the parish councils."),
        ("Fergus", "Yeah, fine, by the end of the week."),
        ("Ulf", "What's our line on the hedge complaint at number 12? Is a hedge even ours?"),
        ("Iris", "High hedges go to environmental health, I think. I'm not sure."),
        ("Dot", "It changed last year, didn't it?"),
        ("Iris", "Nobody knows. Leave it for now."),
        ("Iris", "Oh and Fergus, the appeal bundle for Ashby Road goes in on the 15th. Yours?"),
        ("Fergus", "Mine. It'll be in."),
    ),
    actions=(
        Action("Ulf", ("site", "visit"), THURSDAY),
        Action("Dot", ("decision", "notice"), TOMORROW),
        Action("Fergus", ("parish", "councils"), END_OF_WEEK),
        Action("Fergus", ("appeal", "bundle"), THE_15TH),
    ),
    decisions=(
        ("approve", "replacement"),
        ("conservation", "january"),
    ),
    questions=(("hedge",),),
)

HOSPICE_CHARITY_SHOP_SORTING = Meeting(
    name="hospice_charity_shop_sorting",
    lines=(
        ("Queenie", "Morning, loves. The back room is a disaster, I won't lie."),
        ("Percy", "That's the house clearance from Friday. Eleven bags of books."),
        ("Queenie", "Percy, could you sort the books today and box up anything we can't sell?"),
        ("Percy", "Sure, no problem."),
        ("Letty", "There's a wedding dress in there. Proper one, with the tag still on."),
        ("Wally", "We should put it in the window for Christmas."),
        ("Queenie", "No, the wedding dress goes online, it'll fetch three times as much."),
        ("Letty", "I'll photograph it and list it tomorrow, I'm in anyway."),
        ("Wally", "The electricals. Do we still have anyone who can PAT test?"),
        ("Queenie", "Not since Den left. Head office were meant to send someone."),
        ("Wally", "When?"),
        ("Queenie", "They didn't say, did they."),
        ("Wally", "Till's short by four pounds from Saturday, by the way."),
        ("Queenie", "Again? Okay, from now on two people cash up, every night."),
        ("Letty", "Who's doing the Christmas rota? I can't do the 24th."),
        ("Queenie", "I'll put a sheet up in the kitchen by Wednesday, write your names on."),
        ("Percy", "And the gift aid forms, we're running out."),
        ("Wally", "I'll print more gift aid forms tonight at home."),
        ("Queenie", "Lovely. If we hit two grand in December I'm buying cake for everyone."),
    ),
    actions=(
        Action("Percy", ("books",), TODAY),
        Action("Letty", ("photograph",), TOMORROW),
        Action("Queenie", ("sheet",), WEDNESDAY),
        Action("Wally", ("gift", "aid"), TODAY),
    ),
    decisions=(
        ("wedding", "dress", "online"),
        ("two", "cash"),
    ),
    questions=(("pat", "test"),),
)

SOIL_LAB_TURNAROUND = Meeting(
    name="soil_lab_turnaround",
    lines=(
        ("Sable", "So, the backlog. About two hundred soil samples are waiting for nitrogen."),
        ("Kit", "The analyser was down most of last week, that's why."),
        ("Orrin", "It's fixed now. I recalibrated it Friday and ran the standards this morning."),
        ("Sable", "Great. Can we clear the backlog by next Friday?"),
        ("Orrin", "If I get help, yes. Alone, no way."),
        ("Zeb", "I'll help. I'll do the extractions this week."),
        ("Orrin", "Then I'll run the nitrogen samples, all of them, by next Friday."),
        ("Sable", "Right, then we commit to the cooperative: results by next Friday."),
        ("Kit", "Should we tell them about the delay? They've been emailing."),
        ("Sable", "Yes. I'll write to the cooperative today and explain."),
        ("Zeb", "And the fume cupboard inspection, that's overdue, isn't it?"),
        ("Kit", "It was due in October."),
        ("Sable", "Kit, can you book the inspection?"),
        ("Kit", "Can't, I'm not on the approved contact list for estates."),
        ("Orrin", "I am. Leave it with me, I'll book the inspection tomorrow."),
        ("Zeb", "Are we charging the cooperative the rush rate? Technically we're late, not them."),
        ("Sable", "Hmm. I need to ask finance about that one."),
        ("Kit", "What if the analyser dies again?"),
        ("Orrin", "Then we send them out to Harpenden and cry about the cost."),
        ("Sable", "Let's not. Thanks all."),
    ),
    actions=(
        Action("Zeb", ("extractions",), END_OF_WEEK),
        Action("Orrin", ("nitrogen", "samples"), NEXT_FRIDAY),
        Action("Sable", ("cooperative",), TODAY),
        Action("Orrin", ("inspection",), TOMORROW),
        Action("Sable", ("finance",), None),
    ),
    decisions=(("results", "cooperative"),),
    questions=(("rush", "rate"),),
)

PIANO_REMOVALS_BOOKING = Meeting(
    name="piano_removals_booking",
    lines=(
        ("Eamon", "Okay, the Henderson job. Grand piano, third floor, no lift."),
        (
            "Jory",
            "I did the survey Thursday. The stairwell's too tight, it'll have to come out"
            " the window.",
        ),
        ("Eamon", "So we need the crane. Blessing, can you get a quote for the crane hire?"),
        ("Blessing", "On it. You'll have it by tomorrow lunchtime."),
        ("Cressida", "The customer wants it moved on the 3rd. Is that doable with a crane?"),
        ("Jory", "The 3rd's a Thursday, yeah, if we get the road closure."),
        ("Eamon", "Who's doing the road closure application?"),
        (
            "Cressida",
            "Me, I've done loads. I'll put the road closure in today, but it takes"
            " ten working days.",
        ),
        ("Jory", "Ten working days takes us past the 3rd, though."),
        ("Eamon", "Then the move's the 10th, not the 3rd. Cressida, tell the customer?"),
        ("Cressida", "Yep, I'll call the customer after this."),
        (
            "Blessing",
            "Do we need extra insurance for the crane lift? The piano's worth forty grand.",
        ),
        ("Eamon", "Probably. I'll check our policy this week."),
        ("Jory", "And the blankets and skid board, ours are knackered."),
        ("Eamon", "Order a new skid board, Jory. Use the trade account."),
        ("Jory", "Will do, I'll order it Wednesday."),
        ("Cressida", "Are we charging for the crane separately or building it into the quote?"),
        ("Eamon", "Separately. Always separately, itemised."),
    ),
    actions=(
        Action("Blessing", ("crane",), TOMORROW),
        Action("Cressida", ("road", "closure"), TODAY),
        Action("Cressida", ("customer",), TODAY),
        Action("Eamon", ("policy",), END_OF_WEEK),
        Action("Jory", ("skid", "board"), WEDNESDAY),
    ),
    decisions=(
        ("move", "10th"),
        ("crane", "separately"),
    ),
    questions=(("insurance",),),
)

MEETINGS = (
    GLASSWORKS_FURNACE_REBUILD,
    ORTHODONTIC_PRACTICE_HUDDLE,
    FERRY_TICKET_OFFICE_WINTER,
    CIDER_PRESS_CREW,
    SECONDARY_SCHOOL_SKI_TRIP,
    COMMERCIAL_SHOOT_CALL_SHEET,
    COUNCIL_TREE_OFFICERS,
    HOSPICE_CHARITY_SHOP_SORTING,
    SOIL_LAB_TURNAROUND,
    PIANO_REMOVALS_BOOKING,
)
