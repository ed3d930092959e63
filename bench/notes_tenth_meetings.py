"""Tenth meetings for the notes rules: a tenth set, for one more honest measurement.

Written blind at the end of session 6, without reading the rules, their tests or the meetings
of the other sets, from a brief that gave no example wordings, to be run once for an honest
figure. It holds ten kinds of meeting the other sets lack: an estate agency's weekly listings
meeting, a solar installation crew's scheduling meeting, an archaeological dig team's site
meeting, a railway track possession planning call, a parish church council, a print shop's job
scheduling meeting, a fire station watch briefing, a theme park ride operations meeting, an
accounting practice's tax-season planning meeting and an electricity network's storm
preparedness call. People talk as they do at work: fillers, asides, past work, hypotheticals,
hedges, requests nobody takes, answered questions, reported speech, jokes and decisions taken
elsewhere earlier, all to be left out, around the action items, decisions and open questions a
careful note-taker would write down.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "after this"
and "at lunch" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Saturday"
is 28 November, "Monday" 30 November), "next Wednesday" and "next Friday" are those of next
week, "the 4th" and "the 9th" are those of December, a period ("this week", "next week",
"the end of the month") is due on its last day, Sunday for weeks, and "soon" or "before then"
has no date.
"""

from __future__ import annotations

import datetime as dt

from bench.notes_heldout_meetings import (
    DECEMBER_4,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
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

DECEMBER_9 = dt.date(2026, 12, 9)

ESTATE_AGENCY = Meeting(
    name="estate_agency",
    lines=(
        (
            "Priya",
            "Right, morning all. Let's go through the listings quickly, I've got a "
            "valuation at eleven.",
        ),
        (
            "Mateo",
            "The Harwood Road flat finally went under offer on Saturday, so that's one "
            "off the board.",
        ),
        ("Priya", "Great. Did the buyer's mortgage in principle come through?"),
        ("Mateo", "Yes, they sent it over yesterday, so we're fine there."),
        (
            "Aisling",
            "The semi on Mill Lane has had zero viewings in three weeks. Honestly I "
            "think the photos are letting it down, they were taken on a grey day.",
        ),
        ("Priya", "Okay, let's reshoot it. Aisling, can you book the photographer for Thursday?"),
        ("Aisling", "Yep, if he's free I'll get him in Thursday morning."),
        (
            "Kwame",
            "Should we also talk to the vendor about the price? It's probably ten grand "
            "too high for that street.",
        ),
        (
            "Priya",
            "Maybe. Let's see what the new photos do first, I don't want to go to her "
            "with that yet.",
        ),
        (
            "Kwame",
            "Fair. On the new instruction at Elm Court, the landlord wants it on the "
            "market before Christmas.",
        ),
        (
            "Priya",
            "Kwame, you take that one. Get the floor plan and the EPC sorted by next Friday.",
        ),
        (
            "Kwame",
            "Will do. I'll chase the gas safety certificate as well, it ran out in the summer.",
        ),
        (
            "Mateo",
            "If we'd listed Elm Court in September we'd have caught the autumn buyers, "
            "but there we are.",
        ),
        (
            "Priya",
            "One more thing. From now on every viewing gets logged in the CRM the same "
            "day, no exceptions, the audit flagged it.",
        ),
        ("Aisling", "What about the Saturday viewings when nobody's in the office?"),
        ("Priya", "Same day still. Do it from your phone in the car."),
        (
            "Aisling",
            "Okay. Who's covering the open house at Birch Close on Saturday? I'm at a wedding.",
        ),
        ("Mateo", "I can do it, I'm around all weekend."),
        (
            "Priya",
            "Thanks Mateo. Last thing, has anyone heard back from the solicitors on the "
            "Greaves chain?",
        ),
        ("Kwame", "Not a word. Nobody knows if the top of the chain has even exchanged."),
        ("Priya", "Then I'll ring the solicitors myself this afternoon."),
        ("Priya", "Right, that's it. Go and sell some houses."),
    ),
    actions=(
        Action("Aisling", ("book", "photographer"), THURSDAY),
        Action("Kwame", ("floor", "plan"), NEXT_FRIDAY),
        Action("Kwame", ("gas", "safety"), None),
        Action("Mateo", ("open", "house"), SATURDAY),
        Action("Priya", ("ring", "solicitors"), TODAY),
    ),
    decisions=(("viewing", "logged", "crm"),),
    questions=(
        ("vendor", "price"),
        ("chain", "exchanged"),
    ),
)

SOLAR_CREW = Meeting(
    name="solar_crew",
    lines=(
        (
            "Dmitri",
            "Okay, this week's jobs. We've got four installs and the battery retrofit "
            "out in Ashby.",
        ),
        (
            "Fatima",
            "The Okafor roof is the tricky one. The survey says the rafters are fine "
            "but I'm not convinced, there's a sag on the north side.",
        ),
        (
            "Dmitri",
            "Then we don't mount anything on it until a structural engineer has looked at it.",
        ),
        ("Fatima", "Agreed. I'll get Halden Structural out there by Wednesday."),
        ("Jake", "Scaffold for Ashby is booked for Thursday, by the way, sorted that Friday."),
        (
            "Mei",
            "Inverters. The supplier's saying the SolarEdge units are on backorder until "
            "mid-December.",
        ),
        ("Dmitri", "Ugh. Can we swap to the Fronius ones for the two jobs this week?"),
        (
            "Mei",
            "We can, but the designs need redoing and the customers have to sign off the change.",
        ),
        (
            "Dmitri",
            "Do it. We swap to Fronius for this week's installs rather than push the "
            "customers back.",
        ),
        (
            "Mei",
            "Okay, I'll redo the designs today and send the change notes to both "
            "customers tomorrow.",
        ),
        (
            "Jake",
            "Do we still have the DNO approval for the Ashby battery? The export limit changed.",
        ),
        ("Dmitri", "Honestly, no idea. Nobody's looked at it since the application went in."),
        ("Jake", "I'll call the network operator after this, then."),
        (
            "Fatima",
            "Also, someone really should sort the van racking, the ladders slid all "
            "over the place on the way back.",
        ),
        ("Dmitri", "Yeah, yeah. Not this week though."),
        (
            "Mei",
            "One from the office: are we offering bird mesh as standard now or still as an extra?",
        ),
        ("Dmitri", "Still an extra. I'd like to price it properly before we bundle it."),
        ("Jake", "Who's on the Harlow install on Friday? I've only got myself and Ben."),
        ("Fatima", "I can join you Friday once the engineer's been at Okafor's."),
        ("Jake", "And is there a Christmas do this year or not?"),
        ("Dmitri", "Ask me after we've survived this week."),
    ),
    actions=(
        Action("Fatima", ("halden", "structural"), WEDNESDAY),
        Action("Mei", ("redo", "designs"), TODAY),
        Action("Mei", ("change", "notes"), TOMORROW),
        Action("Jake", ("call", "network"), TODAY),
        Action("Fatima", ("harlow",), FRIDAY),
    ),
    decisions=(
        ("structural", "engineer"),
        ("swap", "fronius"),
    ),
    questions=(
        ("dno", "approval"),
        ("christmas",),
    ),
)

DIG_SITE = Meeting(
    name="dig_site",
    lines=(
        (
            "Ingrid",
            "Okay everyone, quick one before we go back out. The forecast says heavy "
            "rain from Wednesday night.",
        ),
        (
            "Rahul",
            "Trench three's going to flood, it always does. The sump never coped last "
            "season either.",
        ),
        (
            "Ingrid",
            "So we're backfilling the sondage in trench three before the rain and "
            "leaving the main surface under covers.",
        ),
        (
            "Rahul",
            "Fine by me. I'll finish the section drawing tomorrow so we can backfill on "
            "Wednesday morning.",
        ),
        (
            "Chiamaka",
            "The finds from context 2047 still aren't done, half of them are sitting "
            "in a tray in the cabin.",
        ),
        ("Ingrid", "Chiamaka, can you get the finds bagged and labelled by the end of the week?"),
        ("Chiamaka", "Yes, I'll do them with the volunteers."),
        (
            "Owen",
            "On the coin from Friday, the museum says it's probably a late Roman "
            "nummus, which is quite exciting.",
        ),
        ("Ingrid", "Lovely. Has it been recorded with the finds liaison officer yet?"),
        ("Owen", "Not yet. I'll send them the photos and the coordinates today."),
        ("Rahul", "Are we allowed to publish the coin on the project blog before it's recorded?"),
        (
            "Ingrid",
            "I genuinely don't know what the landowner agreement says about that. "
            "Leave it for now.",
        ),
        (
            "Chiamaka",
            "Drone survey. If the wind drops we could fly it on Thursday, but if "
            "not it'll have to wait.",
        ),
        ("Ingrid", "We'll see on the day, Owen's got the licence."),
        ("Rahul", "Has anyone seen my trowel? The pointed one with red tape on the handle."),
        ("Owen", "It's in the finds cabin, on the top shelf."),
        (
            "Ingrid",
            "Last thing. The geophys team want to come back in spring, and nobody "
            "knows yet if the farmer will let us have the field again.",
        ),
        ("Ingrid", "I'll ask him, and I'll let the geophys lot know by the 4th."),
        ("Rahul", "Right, back to the mud."),
    ),
    actions=(
        Action("Rahul", ("section", "drawing"), TOMORROW),
        Action("Chiamaka", ("finds", "bagged"), END_OF_WEEK),
        Action("Owen", ("photos", "coordinates"), TODAY),
        Action("Ingrid", ("geophys",), DECEMBER_4),
    ),
    decisions=(("backfilling", "sondage"),),
    questions=(
        ("publish", "coin"),
        ("farmer", "field"),
    ),
)

TRACK_POSSESSION = Meeting(
    name="track_possession",
    lines=(
        (
            "Gareth",
            "Morning. This is the planning call for the Christmas possession between "
            "Dunmore and Kelby, the 27th to the 29th.",
        ),
        ("Amara", "Signalling are saying they need an extra four hours on Sunday for testing."),
        (
            "Gareth",
            "Four hours pushes the handback to six on the Monday morning. Tight, but doable.",
        ),
        (
            "Yusuf",
            "Doable if the ballast train isn't late. Last year it turned up three "
            "hours late and we very nearly overran.",
        ),
        ("Gareth", "Okay, decision: we extend the possession to 0600 Monday."),
        ("Gareth", "I'll put the extension request into the system this afternoon."),
        ("Sofia", "The train operators will want to know about the buses as well."),
        (
            "Gareth",
            "Sofia, can you get the rail replacement buses confirmed with the operator "
            "by next Wednesday?",
        ),
        ("Sofia", "Yes, that's fine."),
        ("Amara", "Do we have enough lookouts? I count eleven names and the plan needs fourteen."),
        ("Yusuf", "Three of the agency lads said maybe. I wouldn't bank on them."),
        ("Gareth", "Yusuf, chase the agency and get three confirmed lookouts by Friday, please."),
        ("Yusuf", "On it."),
        (
            "Amara",
            "What happens if it drops below minus five on the night? The welds can't "
            "be signed off in that.",
        ),
        ("Gareth", "Good question. I don't have an answer yet."),
        ("Amara", "I'll ask the welding contractor what their cold-weather plan is."),
        ("Yusuf", "Are we doing the tamper on the Saturday night or the Sunday?"),
        ("Gareth", "Saturday night, same as the plan. That hasn't changed."),
        (
            "Amara",
            "Just that somebody needs to book the welfare cabins, and I don't have the "
            "supplier's number.",
        ),
        ("Gareth", "I'll book them, I've used that lot before."),
        ("Gareth", "Right, next call Thursday, same time."),
    ),
    actions=(
        Action("Gareth", ("extension", "request"), TODAY),
        Action("Sofia", ("replacement", "buses"), NEXT_WEDNESDAY),
        Action("Yusuf", ("agency", "lookouts"), FRIDAY),
        Action("Amara", ("welding", "contractor"), None),
        Action("Gareth", ("book", "welfare"), None),
    ),
    decisions=(("extend", "possession"),),
    questions=(("minus", "five"),),
)

PARISH_COUNCIL = Meeting(
    name="parish_council",
    lines=(
        (
            "Helen",
            "Thank you all for coming out on a Monday morning. Shall we start with the roof?",
        ),
        (
            "Olusegun",
            "The quote came in at thirty-eight thousand, which is about twelve more "
            "than we'd set aside.",
        ),
        (
            "Bernadette",
            "The diocese told us last year we might get a grant, but that was "
            "before they changed the scheme.",
        ),
        (
            "Helen",
            "Could we apply to the heritage lottery fund instead, or are we too small for them?",
        ),
        (
            "Olusegun",
            "I honestly don't know if we'd qualify. Their criteria changed in the spring.",
        ),
        ("Lars", "I could look into it, my sister-in-law did one of those for her village hall."),
        ("Helen", "Would you? That would be a huge help."),
        ("Lars", "Yes, I'll find out whether we qualify before we meet on the 9th."),
        (
            "Helen",
            "Meanwhile we go ahead with the emergency repair over the vestry, whatever "
            "happens with the rest.",
        ),
        ("Olusegun", "Agreed. That's two thousand four hundred, we can cover it from reserves."),
        ("Helen", "Olusegun, will you instruct the roofer this week?"),
        ("Olusegun", "Yes, I'll do that."),
        (
            "Bernadette",
            "Christmas services. Is the crib service at four or at half three like last year?",
        ),
        (
            "Helen",
            "Let's do the crib service at four this year, half three was too early for "
            "working families.",
        ),
        ("Bernadette", "Then I'll update the posters and the website by Sunday."),
        (
            "Lars",
            "Somebody needs to sort the heating timer before then, it was freezing last Sunday.",
        ),
        ("Helen", "Does anyone have the code for the boiler panel?"),
        ("Olusegun", "Dennis has it, I think, but he's away until January."),
        ("Lars", "Fine, I'll call the heating engineer and get the timer reset."),
        (
            "Helen",
            "Lovely. And everyone needs to renew their safeguarding training by the end "
            "of the month.",
        ),
        ("Bernadette", "Is the online course accepted now, or must it still be in person?"),
        ("Helen", "Online is fine now, the diocese confirmed it in October."),
        ("Helen", "Right, I'll close with a prayer and then there's coffee in the hall."),
    ),
    actions=(
        Action("Lars", ("qualify",), DECEMBER_9),
        Action("Olusegun", ("instruct", "roofer"), END_OF_WEEK),
        Action("Bernadette", ("posters", "website"), END_OF_WEEK),
        Action("Lars", ("heating", "timer"), None),
        Action(None, ("safeguarding", "training"), END_OF_MONTH),
    ),
    decisions=(
        ("emergency", "repair"),
        ("crib", "four"),
    ),
    questions=(("heritage", "lottery"),),
)

PRINT_SHOP = Meeting(
    name="print_shop",
    lines=(
        (
            "Nadia",
            "Right, the board. We've got the Lindqvist catalogues, the council leaflets "
            "and that wedding stationery job.",
        ),
        (
            "Hiroshi",
            "The Heidelberg's still making that noise on unit two. I'd rather not run "
            "the catalogues on it until it's been looked at.",
        ),
        ("Nadia", "Has the engineer been booked?"),
        ("Callum", "I rang them on Friday. Earliest they can do is Wednesday afternoon."),
        (
            "Nadia",
            "Then the catalogues move to Thursday, and we run the council leaflets on "
            "the digital press today instead.",
        ),
        ("Esperanza", "Lindqvist won't love that. They wanted to sign off proofs by Wednesday."),
        ("Nadia", "Esperanza, can you call Lindqvist this morning and explain?"),
        ("Esperanza", "Sure, straight after this."),
        (
            "Callum",
            "Paper for the wedding job. The cotton stock she picked is out at the "
            "merchant until January.",
        ),
        ("Hiroshi", "The other mill has something similar, but the texture isn't the same."),
        ("Nadia", "Does the bride know yet?"),
        ("Callum", "Not yet. Are we offering her the alternative, or waiting for January?"),
        ("Nadia", "Let me think about it, I want to feel a sample first."),
        ("Hiroshi", "I'll get a sample sheet from the other mill by Wednesday."),
        (
            "Nadia",
            "Great. Callum, will you let the bride know there's a delay, but don't "
            "promise her anything yet?",
        ),
        ("Callum", "Will do."),
        ("Esperanza", "Also, the guillotine blade's blunt again. Somebody should order a spare."),
        ("Nadia", "I'll order two blades today, they never last."),
        ("Hiroshi", "If we had a second cutter we wouldn't be in this mess every December."),
        ("Nadia", "Maybe in the new year. Okay, let's get going."),
    ),
    actions=(
        Action("Esperanza", ("call", "lindqvist"), TODAY),
        Action("Hiroshi", ("sample", "sheet"), WEDNESDAY),
        Action("Callum", ("bride", "delay"), None),
        Action("Nadia", ("order", "blades"), TODAY),
    ),
    decisions=(("catalogues", "thursday"),),
    questions=(("alternative", "january"),),
)

FIRE_WATCH = Meeting(
    name="fire_watch",
    lines=(
        (
            "Siobhan",
            "Okay Red Watch, quick brief before drills. Three things: the hydrant "
            "survey, the new BA sets, and the school visit.",
        ),
        ("Marcus", "Hydrants. We did the eastern half last month, six defective, all reported."),
        (
            "Siobhan",
            "Good. Marcus, can you get the western half surveyed by Friday, before the frosts?",
        ),
        ("Marcus", "Yep, I'll take Anil with me on the day shifts."),
        (
            "Anil",
            "The new BA sets came in on Friday, but nobody's been trained on the new "
            "telemetry board yet.",
        ),
        (
            "Siobhan",
            "Right. Nobody wears the new sets on a call until they've done the "
            "training, we stay on the old ones till then.",
        ),
        ("Thandiwe", "The trainer from brigade HQ can come on the 2nd or the 9th, apparently."),
        ("Siobhan", "Let's take the 2nd for the training."),
        ("Thandiwe", "I'll confirm the 2nd with the trainer today."),
        (
            "Anil",
            "What about the retained crew at Moss Lane, do they get trained at the same time?",
        ),
        (
            "Siobhan",
            "No idea, that's group's call, not ours. I'll ask at the managers' "
            "meeting on Thursday.",
        ),
        ("Thandiwe", "School visit is St Aidan's on Friday the 4th, two classes of Year 2."),
        (
            "Marcus",
            "Last time we took the pump and the kids soaked the headteacher. Brilliant day.",
        ),
        (
            "Siobhan",
            "Let's not do that again. Thandiwe, you're leading it, can you sort the "
            "risk assessment by the Monday before?",
        ),
        ("Thandiwe", "Yes, boss."),
        ("Anil", "Can we take the new appliance? The kids would love the aerial ladder."),
        (
            "Siobhan",
            "Only if we're not covering for Eastfield that day, and I won't know that "
            "until next week.",
        ),
        (
            "Marcus",
            "Oh, and the kit room door still doesn't lock properly. Someone's going to "
            "walk off with the thermal camera one day.",
        ),
        ("Siobhan", "Yes, I know. Right, drills, yard in five."),
    ),
    actions=(
        Action("Marcus", ("western", "half"), FRIDAY),
        Action("Thandiwe", ("confirm", "trainer"), TODAY),
        Action("Siobhan", ("ask", "managers"), THURSDAY),
        Action("Thandiwe", ("risk", "assessment"), NEXT_MONDAY),
    ),
    decisions=(
        ("sets", "training"),
        ("2nd", "training"),
    ),
    questions=(
        ("retained", "crew"),
        ("new", "appliance"),
    ),
)

RIDE_OPS = Meeting(
    name="ride_ops",
    lines=(
        ("Bogdan", "Okay, ride ops. The winter event opens on Saturday, let's go ride by ride."),
        (
            "Aaliyah",
            "The Cyclone's still throwing the brake fault on block four. Engineering "
            "reset it twice yesterday.",
        ),
        ("Bogdan", "Is it actually a fault, or is the sensor just cold?"),
        (
            "Aaliyah",
            "They think it's the sensor, but they won't say for sure until the "
            "manufacturer gets back to them.",
        ),
        (
            "Bogdan",
            "Then the Cyclone stays closed for the opening weekend unless engineering "
            "sign it off by Friday.",
        ),
        ("Pedro", "I'll let guest services know so they can update the app and the signage."),
        (
            "Leilani",
            "The queue for the carousel last year went right back past the toilets, it was chaos.",
        ),
        ("Leilani", "I'd quite like to try a virtual queue for it this time."),
        ("Bogdan", "Do we even have the licence for that on the app?"),
        ("Pedro", "We do, it came with the summer upgrade."),
        ("Bogdan", "Let's trial the virtual queue on the carousel for the opening weekend, then."),
        ("Leilani", "Great, I'll set up the virtual queue with the app team by Thursday."),
        ("Aaliyah", "Staffing. We're four operators short for Saturday night."),
        (
            "Bogdan",
            "Aaliyah, can you ask the seasonal pool if anyone wants extra shifts? Today, ideally.",
        ),
        ("Aaliyah", "Yeah, I'll message them at lunch."),
        ("Leilani", "Are the skates for the ice rink ours to manage, or is that the events team?"),
        ("Bogdan", "Good question. I actually don't know, nobody's told me."),
        ("Pedro", "I'll find out from events this afternoon."),
        ("Bogdan", "Okay. Wrap up warm, everyone, it's going to be a long week."),
    ),
    actions=(
        Action("Pedro", ("guest", "services"), None),
        Action("Leilani", ("virtual", "queue"), THURSDAY),
        Action("Aaliyah", ("seasonal", "pool"), TODAY),
        Action("Pedro", ("find", "events"), TODAY),
    ),
    decisions=(
        ("cyclone", "closed"),
        ("virtual", "queue", "carousel"),
    ),
    questions=(
        ("sensor", "cold"),
        ("skates", "events"),
    ),
)

TAX_SEASON = Meeting(
    name="tax_season",
    lines=(
        (
            "Rohan",
            "So the January deadline's coming whether we like it or not. Where are we "
            "on self-assessment returns?",
        ),
        (
            "Gwen",
            "Two hundred and ten clients, about ninety have sent their records. The "
            "rest, radio silence.",
        ),
        (
            "Tariq",
            "Same every year. Half of them turn up on the 29th of January with a "
            "carrier bag full of receipts.",
        ),
        (
            "Rohan",
            "We're sending a reminder to everyone outstanding, and this year it says "
            "there's a late fee after the 15th of December.",
        ),
        ("Gwen", "Okay, I'll get the reminder email out by Wednesday."),
        ("Lucia", "How much is the fee? Clients are going to ask."),
        (
            "Rohan",
            "I haven't landed on a number. Fifty, maybe seventy-five. Let me think about it.",
        ),
        (
            "Tariq",
            "The new practice software. Are we actually moving to it before January or after?",
        ),
        ("Rohan", "After. We're not migrating in the middle of the season."),
        ("Lucia", "Then someone should tell the vendor, they think we're going live on the 1st."),
        ("Tariq", "I'll email their account manager this afternoon."),
        ("Gwen", "Do we have cover for Hannah's maternity leave yet?"),
        (
            "Rohan",
            "The agency sent two CVs on Thursday, both look decent. Lucia, could you "
            "set up interviews with both of them next week?",
        ),
        ("Lucia", "Yep."),
        (
            "Gwen",
            "What about overtime? Last year people did it unpaid and there was lots of grumbling.",
        ),
        (
            "Rohan",
            "January overtime gets paid at time and a half this year, the partners "
            "agreed it last week.",
        ),
        ("Tariq", "And are pizza Fridays still happening? Asking for everyone."),
        ("Rohan", "Obviously."),
        (
            "Lucia",
            "One more. On the Kowalski trust, the trustees still haven't told us "
            "whether the property was sold before or after April.",
        ),
        ("Rohan", "Can you push them again?"),
        ("Lucia", "I'll chase the trustees by letter tomorrow."),
    ),
    actions=(
        Action("Gwen", ("reminder", "email"), WEDNESDAY),
        Action("Tariq", ("email", "account"), TODAY),
        Action("Lucia", ("set", "interviews"), END_OF_NEXT_WEEK),
        Action("Lucia", ("chase", "trustees"), TOMORROW),
    ),
    decisions=(
        ("reminder", "late", "fee"),
        ("migrating", "season"),
    ),
    questions=(
        ("much", "fee"),
        ("property", "sold"),
    ),
)

STORM_PREP = Meeting(
    name="storm_prep",
    lines=(
        (
            "Ewa",
            "Right, Storm Bronagh. It's been upgraded to amber for Wednesday night into "
            "Thursday, gusts up to eighty on the coast.",
        ),
        (
            "Kofi",
            "Last time we had an amber on that coast we lost about twenty thousand "
            "customers for a day and a half.",
        ),
        ("Ewa", "So we're standing up the incident room from six on Wednesday evening."),
        ("Sunita", "I'll get the rota for the incident room out by tomorrow lunchtime."),
        ("Declan", "Do we pre-position crews on the coast, or keep them at the depots?"),
        ("Ewa", "What do you think, Kofi?"),
        (
            "Kofi",
            "Pre-position. If the Carrick bridge closes we can't get anyone across for hours.",
        ),
        ("Ewa", "Okay, we put four crews at Carrick and Bayside from Wednesday afternoon."),
        ("Declan", "I'll book the hotel rooms for them today, otherwise they'll all be gone."),
        (
            "Sunita",
            "Generators. We've got nine on the fleet, but two are still down at the Hollins job.",
        ),
        ("Ewa", "Can we get those two back before Wednesday?"),
        ("Kofi", "Not sure. Hollins needs them till the cable joint's done."),
        ("Declan", "What about the welfare vans, are they stocked?"),
        ("Sunita", "Stocked last week, yes."),
        (
            "Ewa",
            "Customer comms. The vulnerable customers need a phone call before the storm hits.",
        ),
        ("Kofi", "The contact centre can do it if someone sends them the list."),
        ("Sunita", "I'll send them the updated list this afternoon."),
        ("Declan", "Are we paying compensation automatically this time, or waiting for claims?"),
        (
            "Ewa",
            "That's above my pay grade, honestly. I'll raise it with the director, but "
            "don't expect an answer this week.",
        ),
        ("Ewa", "Next call Wednesday at two. Stay dry."),
    ),
    actions=(
        Action("Sunita", ("rota",), TOMORROW),
        Action("Declan", ("hotel", "rooms"), TODAY),
        Action("Sunita", ("updated", "list"), TODAY),
        Action("Ewa", ("raise", "director"), None),
    ),
    decisions=(
        ("incident", "room"),
        ("four", "crews"),
    ),
    questions=(
        ("two", "back"),
        ("compensation", "automatically"),
    ),
)

MEETINGS = (
    ESTATE_AGENCY,
    SOLAR_CREW,
    DIG_SITE,
    TRACK_POSSESSION,
    PARISH_COUNCIL,
    PRINT_SHOP,
    FIRE_WATCH,
    RIDE_OPS,
    TAX_SEASON,
    STORM_PREP,
)
