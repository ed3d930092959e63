"""Twenty-first meeting set for the notes rules: ten more meetings for an honest measurement.

Written blind, without reading the rules, their tests, the transcription code or the meetings
of the other sets, in ten kinds of meeting those sets lack: an opera company rehearsal planning
meeting, a farm shop team meeting, a council housing allocations meeting, a bike courier
cooperative meeting, a medical device startup quality meeting, a marina staff briefing, a
children's hospice fundraising team, a ski school instructors meeting, a tyre fitting centre
team meeting and a local radio news desk meeting. People talk as they do at work: fillers,
asides, past work, hypotheticals, hedges, requests nobody takes, answered questions, reported
speech, jokes and decisions taken elsewhere earlier, around the action items, decisions and
open questions a careful note-taker would write down. The labels are only what would go in the
minutes; everything else said is there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "this
morning" and "now" are that day, "tomorrow" is the 24th, a bare weekday is the next one
("Monday" is 30 November), "next Wednesday" and "next Friday" are those of next week, a vague
period ("this week", "next week", "the end of the month") is due on its last day, Sunday for
weeks, and "soon", "nearer the time" or no date at all has no date.
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
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


OPERA_REHEARSAL = Meeting(
    name="opera_rehearsal",
    lines=(
        ("Helena", "Right, shall we start? We've got the hall until eleven, so let's not wander."),
        (
            "Helena",
            "First, the Figaro schedule. The board signed off the extra orchestra call last "
            "month, so that's not up for discussion today.",
        ),
        ("Marco", "Good, because I'd have cried. Honestly, the Act Three sextet is still a mess."),
        ("Priya", "The sitzprobe is pencilled in for Saturday the fifth. Is that still the plan?"),
        (
            "Marco",
            "Yes, I think so. Well, unless the brass can't make it, in which case, I don't "
            "know, we'd move it to the Sunday.",
        ),
        (
            "Helena",
            "Let's keep the sitzprobe on the fifth. We're not moving it for the brass again.",
        ),
        (
            "Declan",
            "The chorus have asked, again, whether they can have the Thursday evening off for "
            "the carol concert thing.",
        ),
        ("Helena", "What did we tell them last year?"),
        ("Declan", "We said yes last year, and then regretted it."),
        (
            "Helena",
            "Ha. Okay, I'm not deciding that now. I'd want to know how many of them are "
            "actually singing in it.",
        ),
        (
            "Declan",
            "I'll ask the chorus at tonight's call who's in the carol concert and let you know "
            "tomorrow.",
        ),
        (
            "Ruth",
            "Wardrobe-wise, the Countess's second act dress still needs a fitting. Ana's only "
            "in on Wednesdays.",
        ),
        ("Priya", "So this Wednesday?"),
        (
            "Ruth",
            "This Wednesday, yeah. I'll book Ana's fitting for the morning before the "
            "stagger-through.",
        ),
        (
            "Marco",
            "Can somebody please sort out the rehearsal piano? The A above middle C has been "
            "sticking since October.",
        ),
        ("Helena", "Priya, could you get the tuner in before the stagger-through?"),
        (
            "Priya",
            "I can try. He's usually booked up weeks ahead, but I'll ring the piano tuner today.",
        ),
        (
            "Declan",
            "Remember when the tuner came mid-rehearsal in Tosca and did the whole thing during "
            "the Te Deum?",
        ),
        ("Marco", "Don't. I still have nightmares."),
        ("Helena", "Next, surtitles. Who's doing the surtitle cues this run?"),
        ("Priya", "Tom did them for Carmen, but he's left."),
        (
            "Helena",
            "Well, we need someone. I'll put a call out for a surtitle operator on the "
            "freelance list this week.",
        ),
        (
            "Marco",
            "Do we know yet if the conductor's cover can do the matinee on the twelfth?",
        ),
        ("Helena", "No, her agent hasn't replied. That one's still hanging."),
        (
            "Ruth",
            "Also, hypothetically, if the revolve breaks again, do we have a plan B for the "
            "garden scene?",
        ),
        (
            "Priya",
            "We'd just play it on the flat floor like we did in the tech for Così. It was fine.",
        ),
        (
            "Helena",
            "Let's block the garden scene without the revolve as well then, just in case.",
        ),
        ("Marco", "Sounds sensible."),
        (
            "Helena",
            "Last thing, notes. From now on, rehearsal notes go out by email the same evening, "
            "not on WhatsApp.",
        ),
        ("Declan", "Thank God."),
        (
            "Helena",
            "Somebody should really update the contact sheet, half the numbers on it are wrong.",
        ),
        ("Priya", "Mm."),
        (
            "Helena",
            "Okay, thanks everyone. Marco, send me the revised call sheet by Friday, would you?",
        ),
        ("Marco", "Will do."),
    ),
    actions=(
        Action("Declan", ("chorus", "carol"), TOMORROW),
        Action("Ruth", ("fitting",), WEDNESDAY),
        Action("Priya", ("piano", "tuner"), TODAY),
        Action("Helena", ("surtitle", "freelance"), END_OF_WEEK),
        Action("Marco", ("call", "sheet"), FRIDAY),
    ),
    decisions=(
        ("sitzprobe", "fifth"),
        ("garden", "revolve"),
        ("notes", "email"),
    ),
    questions=(
        ("chorus", "thursday"),
        ("cover", "matinee"),
    ),
)


FARM_SHOP = Meeting(
    name="farm_shop",
    lines=(
        (
            "Gwen",
            "Morning. Kettle's on, grab a mug. Let's be quick, the milk delivery's due at half "
            "ten.",
        ),
        (
            "Owen",
            "Before we start, the chiller in the dairy aisle was making that noise again on "
            "Saturday.",
        ),
        ("Gwen", "The grinding noise?"),
        ("Owen", "Yeah. It stopped after a bit, but it's the third time this month."),
        (
            "Gwen",
            "Right. I'll ring the refrigeration people this afternoon and get an engineer out.",
        ),
        (
            "Becky",
            "Christmas orders. We've got eighty-two turkeys booked so far, which is already "
            "more than last year.",
        ),
        ("Sunil", "Last year we ran out of the bronze ones by the tenth, remember?"),
        ("Becky", "Exactly. So do we cap it, or order more from Hendersons?"),
        (
            "Gwen",
            "We cap bronze turkeys at a hundred. After that people get offered the white ones.",
        ),
        ("Becky", "Okay. I'll change the order form on the website today so it says that."),
        ("Sunil", "What about the geese? Nobody's really asked."),
        ("Owen", "My nan says goose is the only proper Christmas dinner anyway."),
        ("Gwen", "Your nan says a lot of things, Owen."),
        (
            "Sunil",
            "On the veg boxes, the Thursday round is getting long. I was out until seven last "
            "week.",
        ),
        ("Sunil", "If we added another van we could split it, but that's a big if."),
        (
            "Gwen",
            "We're not buying a van before Christmas, the partners settled that last month.",
        ),
        ("Becky", "Could we move some of the drops to Friday instead?"),
        ("Sunil", "Maybe. I'd need to look at who's on which route."),
        ("Gwen", "Can you draw up a split of the Thursday round by next Wednesday, Sunil?"),
        ("Sunil", "Yeah, go on, I'll have it by then."),
        (
            "Becky",
            "Has anyone heard whether the council's giving us the market stall spot again in "
            "December?",
        ),
        ("Gwen", "Not yet. The letter said mid-November and nothing's come."),
        ("Gwen", "So that's still up in the air."),
        ("Owen", "Someone should really tidy the back store, it's a death trap."),
        ("Gwen", "It is. Right, anything else?"),
        ("Becky", "The honey supplier wants to put his prices up twelve percent."),
        ("Gwen", "Twelve? Did he say why?"),
        ("Becky", "Jars, and the bad summer, he said."),
        (
            "Gwen",
            "Ask the honey man if he'll do eight percent if we double the order. Get back to "
            "him by Friday.",
        ),
        ("Becky", "Okay, I'll email him."),
        ("Gwen", "Lovely. That's the milk, I can hear it. Thanks all."),
    ),
    actions=(
        Action("Gwen", ("refrigeration", "engineer"), TODAY),
        Action("Becky", ("order", "form"), TODAY),
        Action("Sunil", ("thursday", "round"), NEXT_WEDNESDAY),
        Action("Becky", ("honey",), FRIDAY),
    ),
    decisions=(("cap", "bronze", "hundred"),),
    questions=(("market", "stall"),),
)


HOUSING_ALLOCATIONS = Meeting(
    name="housing_allocations",
    lines=(
        (
            "Margaret",
            "Okay, let's make a start. We've got six voids to allocate and the panel paperwork "
            "for Mrs Adeyemi.",
        ),
        (
            "Margaret",
            "As the policy board agreed in October, band A medical cases get first offer on any "
            "adapted property. So that's our starting point.",
        ),
        (
            "Joe",
            "Quick update on voids. Flat 14 Harcourt House is ready. 3 Willow Close still needs "
            "the new kitchen, that's at least two weeks.",
        ),
        ("Tariq", "Is 14 Harcourt the ground floor one?"),
        ("Joe", "Ground floor, level access, and the wet room went in last year."),
        (
            "Linda",
            "That would suit the Okafor household. Their OT assessment came through on Friday.",
        ),
        ("Margaret", "Then we'll offer 14 Harcourt House to the Okafors."),
        ("Tariq", "I'll send the Okafors the offer letter tomorrow."),
        ("Fiona", "From my side, we've got four families in B&B past the six-week limit now."),
        (
            "Fiona",
            "The Hussain family have been in the Travelodge since September. The kids are on "
            "the bus an hour each way to school.",
        ),
        ("Margaret", "That's awful. What size do they need?"),
        ("Fiona", "Three-bed."),
        ("Joe", "Willow Close is a three-bed, once the kitchen's done."),
        (
            "Margaret",
            "Joe, can you find out from the contractor whether the kitchen can be brought "
            "forward? By Wednesday, please, so we know before the panel.",
        ),
        (
            "Joe",
            "I'll chase them, but they said the same thing last time and it slipped anyway.",
        ),
        (
            "Tariq",
            "If we offered Willow Close to the Hussains, would that jump them over the Patel "
            "application?",
        ),
        (
            "Margaret",
            "It would, and that's exactly what we can't decide in this room. That needs the "
            "head of service.",
        ),
        ("Margaret", "I'll raise it with Diane on Thursday."),
        (
            "Linda",
            "On Mrs Adeyemi, the panel paperwork's nearly done, I just need the GP letter.",
        ),
        ("Linda", "Her surgery said they'd send it last week, and of course, nothing."),
        ("Margaret", "Typical. Can you get the GP letter by Friday? Panel's on the first."),
        ("Linda", "I'll go down there in person if I have to."),
        (
            "Fiona",
            "Also, the new choice-based lettings system. Has anyone actually been trained on it?",
        ),
        (
            "Tariq",
            "I did the webinar. It was forty minutes of someone sharing the wrong screen.",
        ),
        ("Margaret", "Ha. Someone ought to write us a one-page guide, honestly."),
        ("Fiona", "Do we know if go-live is still January?"),
        ("Margaret", "Last I heard, yes, January the eleventh."),
        (
            "Tariq",
            "And are we still doing direct lets for the refugee resettlement cases, or does it "
            "all go through the system now?",
        ),
        ("Margaret", "Good question. I genuinely don't know. Nobody's told us."),
        (
            "Margaret",
            "Right. From today, any B&B case past six weeks comes to this meeting as a standing "
            "item.",
        ),
        ("Fiona", "Good. Thank you."),
        ("Margaret", "Okay, that's us. Thanks everyone."),
    ),
    actions=(
        Action("Tariq", ("offer", "letter"), TOMORROW),
        Action("Joe", ("contractor", "kitchen"), WEDNESDAY),
        Action("Margaret", ("raise", "diane"), THURSDAY),
        Action("Linda", ("gp", "letter"), FRIDAY),
    ),
    decisions=(
        ("harcourt", "okafors"),
        ("standing", "item"),
    ),
    questions=(
        ("willow", "hussains"),
        ("direct", "resettlement"),
    ),
)


COURIER_COOP = Meeting(
    name="courier_coop",
    lines=(
        (
            "Jess",
            "Okay, quorum's five and we've got five, so we can vote on stuff. Kofi's facilitating.",
        ),
        (
            "Kofi",
            "Cheers. Three things: the winter rate, the new client at the hospital, and the "
            "cargo bike.",
        ),
        (
            "Kofi",
            "Winter rate first. Last winter we did plus fifteen percent on rain days and nobody "
            "could agree what a rain day was.",
        ),
        ("Mateus", "It was a nightmare. I had a client argue that drizzle isn't rain."),
        (
            "Lou",
            "Proposal: a flat ten percent surcharge December to February, no rain day nonsense.",
        ),
        (
            "Kofi",
            "All in favour? That's five. Carried, a flat ten percent winter surcharge.",
        ),
        ("Rina", "I'll update the rate card and send it to clients by Friday."),
        (
            "Kofi",
            "The hospital. The pathology lab wants samples moved between the two sites, four "
            "runs a day.",
        ),
        ("Jess", "Samples as in blood?"),
        ("Kofi", "Blood, urine, that kind of thing. They said it's all sealed and boxed."),
        ("Mateus", "Do we need some kind of training for that? Like, if a box breaks?"),
        (
            "Lou",
            "There's a spill course, UN3373 or whatever it is. My old firm made us all do it.",
        ),
        ("Kofi", "Would anyone be up for finding out what it costs?"),
        (
            "Lou",
            "Yeah, I'll find out what the spill course costs. Give me till the end of the week.",
        ),
        ("Jess", "Are we even insured for medical stuff?"),
        ("Kofi", "That's the thing, I don't know. Our policy just says 'goods'."),
        ("Rina", "I could ring the broker, but not this week, I'm doing doubles."),
        ("Kofi", "Then I'll ring the broker tomorrow."),
        (
            "Kofi",
            "And we don't sign anything with the hospital until we've heard back. Agreed?",
        ),
        ("Jess", "Agreed."),
        ("Mateus", "The cargo bike. Someone left it with a flat for four days last week."),
        ("Lou", "Not naming names."),
        ("Mateus", "Kofi."),
        ("Kofi", "Fair. Guilty. It was pouring and I forgot."),
        (
            "Mateus",
            "Can we have a rule that whoever last used it logs any problem in the group chat?",
        ),
        ("Jess", "Everyone just ignores the group chat though."),
        ("Rina", "Someone should make a proper sign-out sheet for it."),
        ("Kofi", "Yeah, maybe."),
        (
            "Jess",
            "What about the bigger question, whether we buy a second cargo bike? The grant "
            "deadline's in January.",
        ),
        ("Kofi", "Let's not do that today. We're out of time and it needs numbers."),
        ("Jess", "Fine, but put it on the next agenda."),
        ("Kofi", "I'll put it on the agenda for next month's general meeting."),
        ("Kofi", "Okay, thanks all, ride safe, it's icy on the canal path."),
    ),
    actions=(
        Action("Rina", ("rate", "card"), FRIDAY),
        Action("Lou", ("spill", "course"), END_OF_WEEK),
        Action("Kofi", ("broker",), TOMORROW),
        Action("Kofi", ("agenda",), None),
    ),
    decisions=(
        ("ten", "percent", "surcharge"),
        ("sign", "hospital"),
    ),
    questions=(
        ("insured", "medical"),
        ("second", "cargo"),
    ),
)


DEVICE_QUALITY = Meeting(
    name="device_quality",
    lines=(
        (
            "Anya",
            "Okay, quality meeting. We've got the CAPA from the sensor drift complaints, the "
            "audit prep, and the labelling change.",
        ),
        (
            "Anya",
            "Just so everyone knows, the notified body confirmed the audit dates: the ninth and "
            "tenth of December.",
        ),
        ("Ben", "Ninth and tenth. Great. That's basically tomorrow in startup time."),
        (
            "Anya",
            "On the CAPA. We had seven complaints of glucose readings drifting after day ten of "
            "wear.",
        ),
        (
            "Dev",
            "We looked at the logs from three of the returned units. The drift lines up with "
            "the adhesive lifting, I'm fairly sure.",
        ),
        (
            "Chloe",
            "The adhesive batch changed in August. New supplier, same spec sheet, supposedly.",
        ),
        (
            "Anya",
            "Supposedly. Okay. Chloe, can you pull the incoming inspection records for that batch?",
        ),
        ("Chloe", "Yes. I'll have them to you by Wednesday."),
        (
            "Ben",
            "If it is the adhesive, we might end up recalling lot 2207, which, you know, would "
            "be bad.",
        ),
        ("Imogen", "Let's not get ahead of ourselves. We don't know that yet."),
        ("Dev", "I can rerun the analysis on all seven once we've got the rest of the units."),
        ("Anya", "When are they coming back?"),
        ("Dev", "Courier said Thursday."),
        ("Anya", "Then please rerun the drift analysis on all seven by next Friday."),
        ("Dev", "Okay, will do."),
        ("Anya", "Labelling. Marketing wants to put 'clinically proven' on the box."),
        ("Imogen", "They've been on at me about it for weeks."),
        (
            "Anya",
            "We can't, not without the clinical evaluation report backing that exact claim.",
        ),
        ("Imogen", "Agreed, we're not putting 'clinically proven' on the packaging."),
        ("Ben", "Would it be okay to say 'clinically tested' instead?"),
        ("Anya", "Maybe. I'd want regulatory counsel to look at it first."),
        ("Imogen", "Can you ask them, Anya?"),
        ("Anya", "I'll email counsel today."),
        (
            "Anya",
            "Audit prep. The document control procedure still references the old eQMS.",
        ),
        ("Ben", "Didn't we fix that in the summer?"),
        ("Anya", "We fixed the training procedure. Not document control."),
        (
            "Anya",
            "I'll revise the document control procedure this week, and then everyone has to "
            "read and sign it by the end of next week.",
        ),
        ("Chloe", "Who's doing the mock audit? Last year we got an external consultant in."),
        (
            "Imogen",
            "Honestly, we can't afford the consultant again. We'll do the mock audit internally.",
        ),
        ("Ben", "Who internally, though?"),
        ("Imogen", "That we'll have to work out."),
        ("Anya", "Right. Thanks all. Chloe, records by Wednesday, don't forget."),
    ),
    actions=(
        Action("Chloe", ("inspection", "records"), WEDNESDAY),
        Action("Dev", ("drift", "analysis"), NEXT_FRIDAY),
        Action("Anya", ("counsel",), TODAY),
        Action("Anya", ("document", "control"), END_OF_WEEK),
        Action(None, ("read", "sign"), END_OF_NEXT_WEEK),
    ),
    decisions=(
        ("clinically", "proven"),
        ("mock", "internally"),
    ),
    questions=(
        ("clinically", "tested"),
        ("mock", "audit"),
    ),
)


MARINA_BRIEFING = Meeting(
    name="marina_briefing",
    lines=(
        (
            "Pete",
            "Morning everyone. Short one today, the wind's getting up this afternoon so we'll "
            "want hands on the pontoons.",
        ),
        ("Pete", "Forecast says gusting forty by four o'clock, southwesterly."),
        (
            "Sian",
            "The catamaran on C pontoon, the big one, her owner's not answered any of our calls.",
        ),
        ("Pete", "The Blue Heron? Right. Callum, double up her lines this morning, please."),
        ("Callum", "Will do, straight after this."),
        (
            "Nadia",
            "Fuel berth. The pump on the diesel side is reading about two litres over on every "
            "fill.",
        ),
        ("Pete", "Two litres over? Since when?"),
        ("Nadia", "Since the service on Thursday, I think."),
        (
            "Pete",
            "Then the diesel pump's out of use until it's recalibrated. Put a sign on it.",
        ),
        (
            "Nadia",
            "Okay. I'll put the sign up and ring the fuel company about the calibration today.",
        ),
        ("Callum", "We had the same thing two years ago, it turned out to be a loose sensor."),
        (
            "Sian",
            "Winter lift-out. We've got eleven boats coming out next week, and the travel hoist "
            "still has that hydraulic leak.",
        ),
        ("Pete", "Is it safe?"),
        (
            "Sian",
            "The engineer said it's safe to use, it just drips. He's coming back to fix it, but "
            "he didn't say when.",
        ),
        (
            "Pete",
            "Fine. Keep lifting, but nobody stands under a boat in the slings. Not new, I know, "
            "but I'm saying it again.",
        ),
        ("Nadia", "Can we get more absorbent pads for under the hoist? We're nearly out."),
        ("Pete", "Sian, order another two boxes of the pads, please, today if you can."),
        ("Sian", "Yep."),
        (
            "Callum",
            "The Christmas lights on the harbour wall. Are we doing them again this year?",
        ),
        ("Pete", "The marina committee said yes back in September, same as last year."),
        (
            "Callum",
            "Who's putting them up? Last year it was me and Dave on a ladder in a gale.",
        ),
        ("Pete", "We'll sort that out nearer the time."),
        (
            "Sian",
            "One of the liveaboards complained about the showers again. The hot water runs out "
            "by eight.",
        ),
        ("Pete", "Not much we can do till the new boiler in spring, to be honest."),
        ("Nadia", "We could put a notice up asking people to keep showers short."),
        ("Pete", "Sure, if someone wants to."),
        (
            "Pete",
            "Oh, and from this week, visiting boats pay at the office before they tie up, not "
            "after. Too many leaving at dawn without paying.",
        ),
        ("Sian", "Can I tell them that on the VHF as they come in?"),
        ("Pete", "Yes, do."),
        (
            "Pete",
            "Also, the insurers want the incident log for the dinghy that sank. Callum, can you "
            "write it up by Wednesday?",
        ),
        ("Callum", "Yeah, fine."),
        (
            "Pete",
            "Right, that's it. Lifejackets on if you're on the outer pontoons today.",
        ),
    ),
    actions=(
        Action("Callum", ("double", "lines"), TODAY),
        Action("Nadia", ("calibration",), TODAY),
        Action("Sian", ("order", "pads"), TODAY),
        Action("Callum", ("incident", "log"), WEDNESDAY),
    ),
    decisions=(
        ("diesel", "pump"),
        ("pay", "office"),
    ),
    questions=(("christmas", "lights"),),
)


HOSPICE_FUNDRAISING = Meeting(
    name="hospice_fundraising",
    lines=(
        (
            "Claire",
            "Hi all, thanks for coming in. I know it's mad with the Christmas appeal.",
        ),
        (
            "Claire",
            "So, the appeal. We're at sixty-two thousand against a target of ninety, with five "
            "weeks to go.",
        ),
        ("Raj", "Which is actually ahead of where we were last year at this point."),
        (
            "Emma",
            "And the Santa Dash money hasn't all come in yet. Probably another eight or nine "
            "thousand.",
        ),
        (
            "Claire",
            "Great. Emma, can you chase the outstanding Santa Dash sponsorship this week?",
        ),
        ("Emma", "Yep, will do."),
        (
            "Tom",
            "The big thing is the corporate side. Harlow Logistics said on the phone they'd "
            "match whatever their staff raise, up to ten grand.",
        ),
        ("Claire", "Did we get that in writing?"),
        (
            "Tom",
            "Not yet. Their CSR lead said she'd send something, but she's off till next week.",
        ),
        (
            "Claire",
            "Okay. Tom, please get that in writing before we announce anything. We hold the "
            "press release until we have it.",
        ),
        ("Tom", "I'll email her on Monday when she's back."),
        (
            "Hannah",
            "Can I raise the family stories? The Hughes family are happy to be in the appeal "
            "video, but they want to see the edit first.",
        ),
        (
            "Claire",
            "That's completely fair. The Hughes family sign off the edit before anything goes out.",
        ),
        ("Hannah", "I'll send them the rough cut by Thursday."),
        (
            "Raj",
            "On the gala dinner. The hotel's quoted us forty-five a head this year, up from "
            "thirty-eight.",
        ),
        ("Emma", "Ouch."),
        ("Raj", "With two hundred guests that's, what, fourteen hundred extra."),
        ("Claire", "Could we go somewhere else?"),
        (
            "Raj",
            "We could, but the Grange is booked, and the town hall doesn't do catering.",
        ),
        (
            "Claire",
            "Well, let's not decide the gala venue today. I want to see the full costs first.",
        ),
        ("Raj", "I'll put together a cost comparison for next Wednesday."),
        ("Hannah", "Has anyone heard if the lottery grant decision is out?"),
        ("Claire", "Yes, it came on Friday. We didn't get it, sadly."),
        ("Tom", "Oh no. For the sensory room?"),
        ("Claire", "For the sensory room. We'll reapply in the spring round."),
        ("Emma", "Someone could look at the Children in Need small grants too."),
        ("Claire", "Maybe. Let's see."),
        (
            "Hannah",
            "And the bucket collection at the football on Saturday, do we have enough volunteers?",
        ),
        ("Tom", "We've got six, we need ten."),
        (
            "Claire",
            "Hannah, could you put a shout out on the volunteer Facebook group today?",
        ),
        ("Hannah", "Sure."),
        (
            "Claire",
            "Thanks. Right, I have to run, I've got a family visit at eleven.",
        ),
    ),
    actions=(
        Action("Emma", ("santa", "dash"), END_OF_WEEK),
        Action("Tom", ("writing",), NEXT_MONDAY),
        Action("Hannah", ("rough", "cut"), THURSDAY),
        Action("Raj", ("cost", "comparison"), NEXT_WEDNESDAY),
        Action("Hannah", ("volunteer", "facebook"), TODAY),
    ),
    decisions=(
        ("press", "release"),
        ("hughes", "edit"),
        ("reapply", "spring"),
    ),
    questions=(("gala", "venue"),),
)


SKI_SCHOOL = Meeting(
    name="ski_school",
    lines=(
        (
            "Lukas",
            "Okay, everyone, let's get going. Season opens on the twelfth if the snow holds, so "
            "this is the last proper meeting before it all kicks off.",
        ),
        ("Mia", "If the snow holds. It's been plus four at the bottom station all week."),
        (
            "Lukas",
            "They're making snow on the nursery slope every night, so the kids' classes are "
            "safe at least.",
        ),
        (
            "Lukas",
            "Group sizes. Head office decided in the summer: eight max in adult groups, six for "
            "the under-sevens.",
        ),
        (
            "Jonno",
            "Which is great in theory until Christmas week. I had, what, eleven in my group last "
            "year?",
        ),
        ("Lukas", "Twelve. I remember. It won't happen this year."),
        ("Elise", "The booking system. I still can't see my own schedule on the app."),
        ("Sam", "Same. I just get a spinning wheel."),
        ("Lukas", "I'll raise it with the booking company this afternoon."),
        (
            "Mia",
            "Refresher training. Do the new instructors need the avalanche awareness day, or "
            "just the off-piste guides?",
        ),
        ("Lukas", "Everyone, new or not. It's in the insurance conditions."),
        (
            "Lukas",
            "Mia, could you organise the avalanche day for the first weekend in December?",
        ),
        ("Mia", "Sure, I'll book the guide by Friday."),
        (
            "Jonno",
            "Can we talk about the kit allowance? Forty quid doesn't buy a pair of gloves any "
            "more.",
        ),
        (
            "Lukas",
            "I know. I've asked for sixty. Head office say they'll decide at their December "
            "meeting.",
        ),
        ("Elise", "And the uniforms? Half the jackets are missing zips."),
        (
            "Lukas",
            "Bring any broken jackets to the office by Wednesday and I'll send them off for "
            "repair together.",
        ),
        (
            "Sam",
            "Private lessons. Are we still doing the thing where whoever gets the request gets "
            "the lesson?",
        ),
        (
            "Lukas",
            "No. From this season, privates get shared out on a rota, so it's fair.",
        ),
        ("Jonno", "Fair, he says. Sam gets requested because he's handsome."),
        ("Sam", "It's the teaching, Jonno."),
        ("Mia", "What happens if a client asks for someone specifically?"),
        (
            "Lukas",
            "Then they can have them if they're free, but it still counts as that instructor's "
            "turn.",
        ),
        (
            "Elise",
            "On the kids' area. The magic carpet was jerking at the start last season. Has "
            "anyone looked at it?",
        ),
        ("Lukas", "Lift ops said they'd service it. I haven't heard."),
        (
            "Elise",
            "Could someone check before we open? I'm not putting five-year-olds on it otherwise.",
        ),
        ("Lukas", "Fair. I'll ask lift ops this week."),
        (
            "Jonno",
            "Could we get the staff room heater fixed too? It was arctic in there last year.",
        ),
        ("Lukas", "Ha. Arctic, in a ski school. Who'd have thought."),
        (
            "Mia",
            "Staff accommodation. Are the new instructors in the chalet or the flats in the "
            "village?",
        ),
        (
            "Lukas",
            "I honestly don't know yet. The flats fell through last week and HR are looking for "
            "something.",
        ),
        ("Lukas", "Okay, that's it. See you all on the hill."),
    ),
    actions=(
        Action("Lukas", ("booking", "company"), TODAY),
        Action("Mia", ("book", "guide"), FRIDAY),
        Action(None, ("broken", "jackets"), WEDNESDAY),
        Action("Lukas", ("repair",), None),
        Action("Lukas", ("lift", "ops"), END_OF_WEEK),
    ),
    decisions=(("privates", "rota"),),
    questions=(
        ("kit", "allowance"),
        ("staff", "accommodation"),
    ),
)


TYRE_CENTRE = Meeting(
    name="tyre_centre",
    lines=(
        ("Gary", "Right, lads, and Lisa, sorry. Ten minutes before the doors open."),
        ("Gary", "Winter tyres. We sold a hundred and forty last week, which is mental."),
        ("Dean", "And we've only got about thirty sets of 205/55 sixteens left in winter."),
        ("Gary", "Kasia, order another fifty sets of the 205s from Bridgeway today, please."),
        ("Kasia", "Today, yeah, before the noon cut-off."),
        (
            "Ahmed",
            "Bay three's lift is still sticking on the way down. It dropped about an inch in "
            "one go on Friday.",
        ),
        ("Gary", "That's not okay. Bay three's closed until the lift's been inspected."),
        ("Ahmed", "That leaves us three bays in the busiest week of the year."),
        ("Gary", "I know. Better than somebody under a car that drops."),
        ("Gary", "I'll get the lift engineer in tomorrow."),
        (
            "Lisa",
            "Bookings. People keep turning up without one and getting angry when they wait two "
            "hours.",
        ),
        (
            "Dean",
            "Had a bloke last week call me a thief because his balancing took forty minutes.",
        ),
        ("Lisa", "Could we stop taking walk-ins on Saturdays?"),
        ("Gary", "Yeah, let's do that. Saturdays are bookings only until Christmas."),
        ("Lisa", "I'll put it on the website and a sign on the door today."),
        ("Kasia", "And the part-worn tyres the guy from Dartford keeps offering us?"),
        ("Gary", "We don't sell part-worns. Never have. Head office policy."),
        ("Dean", "The wheel balancer's calibration cert ran out last month."),
        ("Gary", "Did it? Who books that?"),
        ("Dean", "It used to be Mick, before he left."),
        (
            "Gary",
            "Well, Dean, can you book the balancer calibration before the end of the month?",
        ),
        ("Dean", "Yeah, okay."),
        (
            "Ahmed",
            "What about the TPMS tool? Half the new Fords need the sensors relearned, and ours "
            "doesn't do the 2025 models.",
        ),
        ("Gary", "How much is the update?"),
        ("Ahmed", "No idea, it's a subscription now, I think."),
        ("Gary", "Find out and I'll take it to the area manager."),
        ("Ahmed", "Alright, I'll find out the price for the update this week."),
        ("Lisa", "Has anyone seen the card machine charger? The spare one?"),
        ("Kasia", "It's in the drawer under the till, behind the receipt rolls."),
        ("Dean", "Christmas do. Are we doing one this year or not?"),
        (
            "Gary",
            "Depends on the numbers for December. Ask me again in a fortnight.",
        ),
        ("Gary", "Right, doors. Ahmed, you're on bay one with me today."),
    ),
    actions=(
        Action("Kasia", ("order", "bridgeway"), TODAY),
        Action("Gary", ("lift", "engineer"), TOMORROW),
        Action("Lisa", ("website", "sign"), TODAY),
        Action("Dean", ("balancer", "calibration"), END_OF_MONTH),
        Action("Ahmed", ("price", "update"), END_OF_WEEK),
    ),
    decisions=(
        ("bay", "three", "closed"),
        ("saturdays", "bookings"),
    ),
    questions=(("christmas", "do"),),
)


RADIO_NEWS_DESK = Meeting(
    name="radio_news_desk",
    lines=(
        ("Rachel", "Morning. Ten o'clock bulletin's gone, so let's look at the day and the week."),
        (
            "Rachel",
            "Lead for lunchtime is still the hospital car parking charges, unless something "
            "better turns up.",
        ),
        ("Dan", "The trust finally gave us a statement at nine. Basically, 'we're reviewing it'."),
        ("Priti", "Which is what they said in March."),
        (
            "Rachel",
            "Dan, can you get a patient or a nurse on tape before one o'clock? The statement on "
            "its own is thin.",
        ),
        ("Dan", "I'll go down to the main entrance now."),
        ("Olly", "The flooding on the Ashby road. The council's saying it'll reopen Wednesday."),
        ("Rachel", "Saying, or said on the record?"),
        (
            "Olly",
            "On the record, to me, on Friday. Although they said the same about last Wednesday.",
        ),
        ("Rachel", "Okay, we'll run it as 'expected to reopen', not 'will reopen'."),
        (
            "Maggie",
            "The council budget meeting's on Thursday. Do we have someone in the chamber?",
        ),
        (
            "Rachel",
            "Priti, you're in the chamber on Thursday. Can you do a preview for Thursday "
            "breakfast too?",
        ),
        ("Priti", "Yep. I'll record the preview on Wednesday afternoon."),
        (
            "Maggie",
            "I was going to pitch the food bank feature for Friday, the one about the new "
            "building.",
        ),
        ("Rachel", "Is it ready?"),
        (
            "Maggie",
            "Nearly. I need one more voice, ideally a volunteer who's been there for years.",
        ),
        (
            "Rachel",
            "Okay, the food bank feature runs on Friday. Get the last interview done by Wednesday.",
        ),
        ("Maggie", "Will do."),
        (
            "Olly",
            "Can I be annoying and ask about the van? The outside broadcast van's been making a "
            "noise since the carnival.",
        ),
        ("Rachel", "Not today, Olly."),
        ("Olly", "Fair."),
        ("Dan", "Did legal ever get back about the Carter story? The assault charge?"),
        (
            "Rachel",
            "They did, on Friday. We can name him now he's been charged, but nothing about his "
            "previous.",
        ),
        ("Priti", "There's that thing where the MP's office said she'd come on the phone-in."),
        ("Rachel", "She said that in September and cancelled twice."),
        ("Priti", "I'll try her office again this afternoon."),
        ("Rachel", "Go on then, but don't spend more than five minutes on it."),
        (
            "Maggie",
            "Someone should really update the contacts spreadsheet, half the police press "
            "office numbers are dead.",
        ),
        ("Rachel", "Agreed."),
        ("Olly", "Do we know yet whether we're getting cover for Sophie's maternity leave?"),
        (
            "Rachel",
            "No. The station manager keeps saying 'soon'. It's out of my hands.",
        ),
        (
            "Rachel",
            "Also, from this week, any story with a named child goes past me before it airs. "
            "No exceptions.",
        ),
        ("Dan", "After the school thing?"),
        ("Rachel", "After the school thing. Right, go. Dan, one o'clock."),
    ),
    actions=(
        Action("Dan", ("patient", "nurse"), TODAY),
        Action("Priti", ("chamber",), THURSDAY),
        Action("Priti", ("preview",), WEDNESDAY),
        Action("Maggie", ("interview",), WEDNESDAY),
        Action("Priti", ("try", "office"), TODAY),
    ),
    decisions=(
        ("expected", "reopen"),
        ("food", "bank", "friday"),
        ("named", "child"),
    ),
    questions=(("cover", "maternity"),),
)


MEETINGS = (
    OPERA_REHEARSAL,
    FARM_SHOP,
    HOUSING_ALLOCATIONS,
    COURIER_COOP,
    DEVICE_QUALITY,
    MARINA_BRIEFING,
    HOSPICE_FUNDRAISING,
    SKI_SCHOOL,
    TYRE_CENTRE,
    RADIO_NEWS_DESK,
)
