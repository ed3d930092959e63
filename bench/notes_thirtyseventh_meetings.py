"""Thirty-seventh meetings for the notes rules: another blind set, for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: an audiology clinic morning meeting in Ireland, a
hospital sterile services huddle in Scotland, a register office team (births, deaths and
marriages), a council street lighting team, a tram network control weekly, a coach tour
operator's operations meeting, a free-range poultry unit under a bird flu housing order, a
crop variety trials review, a type foundry design review and an opera house costume
workshop meeting. People talk as they do: fillers, asides, jokes, interruptions,
self-corrections, a date changed mid-sentence, commitments in many forms ("I'll...", "leave
it with me", "can you...? - sure", "Esther's doing the..."), due dates in many forms or none.
The labels are what a careful note-taker would write down; past work, things that happen
anyway, hypotheticals, hedges, requests nobody takes, polite refusals, answered questions,
reported speech, sarcasm and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this morning", "this
afternoon", "tonight" and "after this" are that day, a bare weekday is the next one, "next
Wednesday" and "next Friday" are those of next week, a vague period ("this week", "the end of
the week", "next week", "the end of the month") is due on its last day, Sunday for weeks,
and "soon" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_WEDNESDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


AUDIOLOGY_CLINIC = Meeting(
    name="audiology_clinic",
    lines=(
        ("Maeve", "Right, morning. Let's keep this short, the waiting room's already filling up."),
        ("Maeve", "First thing, the booth in room two failed its calibration check on Friday."),
        (
            "Cormac",
            "Yeah, I rang the engineer on Friday afternoon and they said they can't come until "
            "December.",
        ),
        (
            "Maeve",
            "December's no good to us. Cormac, can you ring the engineer back and push for a "
            "visit this week?",
        ),
        ("Cormac", "Sure, I'll ring them straight after this."),
        ("Maeve", "Until it's fixed we'll move all the paediatric tests into room one."),
        ("Dervla", "That's going to squeeze my hearing aid fittings, um, quite a lot."),
        (
            "Dervla",
            "I suppose I could do fittings on Saturday mornings if we were really stuck, but "
            "I'd rather not.",
        ),
        (
            "Maeve",
            "Let's not go there. I'll rejig the rota tonight so your fittings go into the "
            "afternoons.",
        ),
        (
            "Maeve",
            "And from now on we'll check the booth calibration ourselves every Monday morning, "
            "before clinic.",
        ),
        ("Fintan", "Did the new batch of ear moulds ever arrive from the lab?"),
        ("Dervla", "They came in on Thursday, they're in the top drawer."),
        (
            "Fintan",
            "Grand. The other thing, the GP referral letters are still coming in by fax, which "
            "is, you know, very 1995.",
        ),
        ("Maeve", "Ha. Would the practice ever switch to secure email, do we know?"),
        (
            "Fintan",
            "No idea. I'll draft a letter to the practice manager and you can sign it, Maeve, "
            "say by Wednesday.",
        ),
        (
            "Maeve",
            "Perfect. Dervla, the tinnitus leaflets, can you reorder them? We're down to a "
            "handful.",
        ),
        ("Dervla", "Will do, I'll get the order in by Wednesday, I'm off Thursday."),
        (
            "Maeve",
            "Oh, and the longer appointment slots for the over-seventies start in January, the "
            "board signed that off last month.",
        ),
        ("Cormac", "Okay. Right, I'm off to ring the engineer."),
    ),
    actions=(
        Action("Cormac", ("ring", "engineer"), TODAY),
        Action("Maeve", ("rota",), TODAY),
        Action("Fintan", ("letter", "practice"), WEDNESDAY),
        Action("Dervla", ("tinnitus", "leaflets"), WEDNESDAY),
    ),
    decisions=(
        ("paediatric", "tests", "room"),
        ("calibration", "monday"),
    ),
    questions=(("secure", "email"),),
)


STERILE_SERVICES_HUDDLE = Meeting(
    name="sterile_services_huddle",
    lines=(
        (
            "Ailsa",
            "Okay, huddle. Theatres want the orthopaedic trays turned round faster this week, "
            "so let's see where we are.",
        ),
        ("Duncan", "Washer three is down again. Same door sensor fault as last month."),
        ("Ailsa", "Brilliant. Love that for us."),
        ("Ailsa", "Duncan, can you log it with estates today and mark it urgent?"),
        ("Duncan", "Already on it, I'll log it before lunch."),
        (
            "Moira",
            "While it's down we could run the ortho trays on the night shift, there's capacity "
            "on washer one.",
        ),
        (
            "Ailsa",
            "Yes, let's do that. Ortho trays go on the night shift until washer three is fixed.",
        ),
        ("Moira", "I'll brief the night team when I hand over tonight."),
        (
            "Gregor",
            "Um, the other thing. We had two trays come back from theatre six with missing "
            "instruments.",
        ),
        (
            "Gregor",
            "Should we be charging those back to the theatre budget? Nobody's ever told me.",
        ),
        ("Ailsa", "Honestly, I don't know either. I'll ask finance how it's supposed to work."),
        ("Gregor", "Okay. I'll write up the two incidents on Datix too, probably Wednesday."),
        (
            "Duncan",
            "Someone should really redo the laminated tray lists, half of them are unreadable.",
        ),
        ("Ailsa", "Mm, maybe in the new year."),
        ("Moira", "Last thing, the audit visit got moved to the 15th, they emailed me yesterday."),
        ("Ailsa", "Right. Moira, could you run a mock audit next Wednesday, before they come?"),
        ("Moira", "Fine by me."),
    ),
    actions=(
        Action("Duncan", ("log", "estates"), TODAY),
        Action("Moira", ("brief", "night"), TODAY),
        Action("Ailsa", ("finance",), None),
        Action("Gregor", ("incidents", "datix"), WEDNESDAY),
        Action("Moira", ("mock", "audit"), NEXT_WEDNESDAY),
    ),
    decisions=(("ortho", "trays", "night"),),
    questions=(("charging", "theatre", "budget"),),
)


REGISTER_OFFICE = Meeting(
    name="register_office",
    lines=(
        (
            "Hester",
            "Okay, morning everyone. Main things today are the Christmas wedding rush and the "
            "backlog on death registrations.",
        ),
        (
            "Idris",
            "We've got forty-one ceremonies booked between now and the 24th, which is a record.",
        ),
        ("Hester", "Lovely. And the backlog?"),
        (
            "Esther",
            "Twenty-three deaths waiting, mostly because the medical examiner's certificates "
            "are late.",
        ),
        (
            "Esther",
            "The hospital said they'd clear them by Friday, but they said that last week too.",
        ),
        (
            "Hester",
            "Right. Esther, chase the medical examiner's office tomorrow, please, and copy me in.",
        ),
        ("Esther", "Yep."),
        ("Harvey", "Could we open Saturday morning slots for registrations? Just for December."),
        ("Hester", "No, we're not opening on Saturdays, the staffing won't stretch."),
        (
            "Hester",
            "What we will do is add two extra appointment slots on Tuesday and Thursday "
            "afternoons.",
        ),
        ("Idris", "I'll update the online booking system for those. Give me till Wednesday."),
        (
            "Harvey",
            "Oh, the heater in the ceremony room is making that noise again. Sounds like a goose.",
        ),
        ("Hester", "Ha. Harvey, would you mind reporting the heater to facilities?"),
        ("Harvey", "Sure, leave it with me."),
        (
            "Idris",
            "Are we allowed to do ceremonies in the garden if someone asks? A couple emailed "
            "about a snowy garden wedding.",
        ),
        ("Hester", "Good question. I genuinely don't know if our licence covers the garden."),
        ("Hester", "Nobody promise that couple anything for now."),
        (
            "Hester",
            "And Esther's doing the new starter's induction on Friday, since Idris did the last"
            " one.",
        ),
        ("Esther", "Yep, all set."),
    ),
    actions=(
        Action("Esther", ("medical", "examiner"), TOMORROW),
        Action("Idris", ("update", "booking"), WEDNESDAY),
        Action("Harvey", ("heater", "facilities"), None),
        Action("Esther", ("induction",), FRIDAY),
    ),
    decisions=(
        ("opening", "saturdays"),
        ("extra", "slots"),
    ),
    questions=(("licence", "garden"),),
)


STREET_LIGHTING_TEAM = Meeting(
    name="street_lighting_team",
    lines=(
        (
            "Lydia",
            "Right, street lighting catch-up. We've got the LED retrofit, the fault backlog and"
            " the Christmas lights.",
        ),
        ("Bashir", "Retrofit's on track, we finished Ashford Road and Mill Lane last week."),
        ("Lydia", "Nice. Fault backlog?"),
        (
            "Gideon",
            "A hundred and twelve open faults. About thirty of them are the same cable fault on"
            " the ring road.",
        ),
        (
            "Gideon",
            "I'll get the cable crew out there, uh, Wednesday. No, Thursday, they're on the "
            "bridge job Wednesday.",
        ),
        (
            "Lydia",
            "Thursday's fine. Celeste, where are we with the Christmas lights on the high street?",
        ),
        (
            "Celeste",
            "The brackets passed inspection. The switch-on is Saturday at five, the mayor's "
            "doing it.",
        ),
        (
            "Celeste",
            "I still need the electrical test certificate from the contractor, I'll chase that "
            "tomorrow.",
        ),
        (
            "Bashir",
            "Should we leave the old sodium lamps up in the conservation area? The heritage "
            "officer hates the LED colour.",
        ),
        (
            "Lydia",
            "We're going with warm white LEDs in the conservation area, same as everywhere "
            "else. That's final.",
        ),
        (
            "Bashir",
            "Okay. I'll let the heritage officer know before she hears it from someone else.",
        ),
        (
            "Gideon",
            "Also, the part-night lighting trial. Are we switching off at midnight in the "
            "villages or not?",
        ),
        ("Lydia", "That one's with cabinet, it's not our call, and they haven't said."),
        ("Celeste", "If they say yes we'd need to reprogram about four hundred nodes."),
        (
            "Lydia",
            "Let's not worry about that yet. Bashir, could you send me the retrofit figures by "
            "the end of the month for the report?",
        ),
        ("Bashir", "Sure."),
    ),
    actions=(
        Action("Gideon", ("cable", "crew"), THURSDAY),
        Action("Celeste", ("test", "certificate"), TOMORROW),
        Action("Bashir", ("heritage", "officer"), None),
        Action("Bashir", ("retrofit", "figures"), END_OF_MONTH),
    ),
    decisions=(("warm", "white", "conservation"),),
    questions=(("midnight", "villages"),),
)


TRAM_CONTROL = Meeting(
    name="tram_control",
    lines=(
        (
            "Magnus",
            "Okay, let's start, tram control weekly. The big one is the leaf fall on the hill "
            "section.",
        ),
        ("Agathe", "We've had six wheel-slide alarms on Cathedral Hill since Tuesday."),
        (
            "Magnus",
            "Right. Fabian, can you get the railhead cleaning train out there every night this "
            "week?",
        ),
        (
            "Fabian",
            "Every night's tight, but yeah, I can do it. I'll book the railhead cleaning slots "
            "today.",
        ),
        (
            "Magnus",
            "And until the leaves are done, drivers take the hill at fifteen kilometres an "
            "hour, not twenty-five.",
        ),
        ("Jovana", "I'll put out a driver notice on that this afternoon."),
        ("Agathe", "Will the timetable cope with fifteen? We'll lose maybe two minutes a trip."),
        ("Magnus", "It'll cope, we've got the recovery time at the terminus."),
        (
            "Jovana",
            "Different topic. For the Christmas market, are we running the late trams on the "
            "31st as well, or just at weekends?",
        ),
        ("Magnus", "Hm. The city hasn't confirmed the funding for New Year's Eve yet."),
        ("Agathe", "I'd bet you a coffee they fund it. They always do, at the last minute."),
        ("Magnus", "Agathe, could you draft the weekend late-night rota anyway?"),
        ("Agathe", "Hmm, I'm on leave from Wednesday, so honestly I can't this time. Sorry."),
        ("Fabian", "I'll take it. By Friday?"),
        ("Magnus", "Friday's good. Thanks, Fabian."),
        ("Jovana", "And I'll ring the city on Wednesday about the New Year funding."),
    ),
    actions=(
        Action("Fabian", ("railhead", "cleaning"), TODAY),
        Action("Jovana", ("driver", "notice"), TODAY),
        Action("Fabian", ("rota",), FRIDAY),
        Action("Jovana", ("city", "funding"), WEDNESDAY),
    ),
    decisions=(("fifteen", "hill"),),
    questions=(("late", "trams", "31st"),),
)


COACH_TOURS_OPS = Meeting(
    name="coach_tours_ops",
    lines=(
        (
            "Bettina",
            "Morning. So, the Christmas markets tours start on Friday and we've got two drivers"
            " off sick.",
        ),
        ("Kenneth", "Both of them have flu, the doctor's note says a week at least."),
        ("Bettina", "Can we borrow drivers from the Leeds depot?"),
        ("Kenneth", "I asked on Friday, they said no, they're short too."),
        (
            "Bettina",
            "Okay. Enzo, can you ring the agency and get two cover drivers with tachograph "
            "cards for Friday?",
        ),
        ("Enzo", "Yep, I'll sort the agency drivers this morning."),
        (
            "Flora",
            "The Cologne tour is oversold by four seats, by the way. The website let it happen.",
        ),
        ("Bettina", "Great. Of course it did."),
        (
            "Bettina",
            "We'll move the four extra people onto the Bruges tour with a free upgrade, like "
            "last year.",
        ),
        ("Flora", "I'll phone the four customers tomorrow and offer it."),
        (
            "Enzo",
            "Have the ferry crossing times changed for December? Last year they moved "
            "everything by an hour.",
        ),
        ("Flora", "They haven't, I checked the schedule this morning."),
        (
            "Kenneth",
            "Someone needs to fix the overbooking bug on the website, or we'll be back here "
            "next month.",
        ),
        (
            "Bettina",
            "Agreed. I'll raise the overbooking bug with the web agency, they owe us one anyway.",
        ),
        (
            "Kenneth",
            "Also, with the new coaches coming, are we keeping the old Volvos as spares or "
            "selling them?",
        ),
        ("Bettina", "Not decided. The owners want to see insurance quotes first."),
        ("Kenneth", "Then I'll get two insurance quotes in by next Friday."),
    ),
    actions=(
        Action("Enzo", ("agency", "drivers"), TODAY),
        Action("Flora", ("phone", "customers"), TOMORROW),
        Action("Bettina", ("overbooking", "agency"), None),
        Action("Kenneth", ("insurance", "quotes"), NEXT_FRIDAY),
    ),
    decisions=(("bruges", "upgrade"),),
    questions=(("volvos", "spares"),),
)


POULTRY_UNIT = Meeting(
    name="poultry_unit",
    lines=(
        (
            "Heidi",
            "Okay, quick one before feeding. The housing order came in at midnight, so every "
            "bird has to be inside from today.",
        ),
        ("Lorcan", "Already started, sheds one and two were shut in by seven."),
        ("Heidi", "Good. Lorcan, can you get sheds three and four closed in this morning?"),
        ("Lorcan", "Yeah, I'll do it straight after this."),
        ("Carina", "We'll need extra straw if they're in for weeks. We've maybe ten days left."),
        ("Heidi", "Right. Carina, order another forty bales from Dunmore's, today if you can."),
        ("Carina", "Will do."),
        (
            "Arnav",
            "And the free-range labels? If they're housed more than sixteen weeks we lose "
            "free-range status, don't we?",
        ),
        ("Heidi", "Only after sixteen weeks, yeah. We're nowhere near that."),
        ("Arnav", "Should we put foot dips at every shed door, not just the main gate?"),
        ("Heidi", "Yes, foot dips at every shed door from today."),
        ("Heidi", "And all visitors sign in at the office, no exceptions."),
        ("Arnav", "I'll set up the foot dips this afternoon. The disinfectant's in the store."),
        ("Lorcan", "The vet's coming Thursday for the bloods, right?"),
        ("Heidi", "Thursday, yeah."),
        (
            "Carina",
            "What about the egg packer? Will they still collect twice a week under the "
            "restrictions?",
        ),
        ("Heidi", "Not sure, they haven't told us. Could somebody find out?"),
        ("Lorcan", "Don't look at me, I've got sheds to close."),
        ("Heidi", "Fine, I'll ring the egg packer myself tomorrow."),
    ),
    actions=(
        Action("Lorcan", ("sheds", "four"), TODAY),
        Action("Carina", ("order", "bales"), TODAY),
        Action("Arnav", ("foot", "dips"), TODAY),
        Action("Heidi", ("egg", "packer"), TOMORROW),
    ),
    decisions=(
        ("foot", "dips", "shed"),
        ("visitors", "sign"),
    ),
    questions=(("collect", "restrictions"),),
)


AGRONOMY_TRIALS = Meeting(
    name="agronomy_trials",
    lines=(
        (
            "Kiran",
            "Okay, trial plots review. The harvest data from the wheat varieties is in, mostly.",
        ),
        (
            "Abena",
            "Mostly being the operative word. Block C's yields are missing, the combine's yield"
            " monitor crashed.",
        ),
        ("Kiran", "Of course it did. Can we rebuild Block C from the weigh-trailer tickets?"),
        (
            "Abena",
            "Probably, yes. I'll go through the tickets for Block C and get the numbers in by "
            "Wednesday.",
        ),
        ("Milan", "For next season I'd like to drop variety seven. It lodged badly both years."),
        ("Kiran", "Agreed, variety seven is out of next season's trial."),
        ("Delia", "Are we adding the two drought tolerant lines the seed company offered?"),
        ("Kiran", "Depends on whether they'll cover the plot costs. I don't know yet."),
        ("Delia", "I'll email their rep and ask about the plot costs. Leave it with me."),
        (
            "Milan",
            "The soil samples from the autumn are still sitting in the cold room, by the way.",
        ),
        ("Kiran", "Milan, can you get them off to the lab this week?"),
        ("Milan", "I'll post the soil samples Thursday, the courier only comes on Thursdays."),
        (
            "Abena",
            "If the frost had come a week earlier we'd have lost the barley plots entirely.",
        ),
        ("Kiran", "Don't. Right, the farmers' open day is in June, same as always."),
        (
            "Kiran",
            "One more thing: we'll cut the plot size from twelve metres to eight next season so"
            " we can fit more varieties in.",
        ),
        ("Milan", "Then I'll redo the field map for the new plot size. Next Friday okay?"),
        ("Kiran", "Fine."),
        (
            "Delia",
            "And I'll write the harvest summary for the funders once Abena's numbers are in, so"
            " end of next week.",
        ),
    ),
    actions=(
        Action("Abena", ("block", "tickets"), WEDNESDAY),
        Action("Delia", ("plot", "costs"), None),
        Action("Milan", ("soil", "samples"), THURSDAY),
        Action("Milan", ("field", "map"), NEXT_FRIDAY),
        Action("Delia", ("harvest", "summary"), END_OF_NEXT_WEEK),
    ),
    decisions=(
        ("variety", "seven"),
        ("plot", "size", "eight"),
    ),
    questions=(("drought", "lines"),),
)


TYPE_FOUNDRY_REVIEW = Meeting(
    name="type_foundry_review",
    lines=(
        (
            "Elke",
            "Okay, type review. We're looking at the italic for the newspaper commission, and "
            "the kerning's still a mess.",
        ),
        ("Jasper", "It's not a mess, it's character."),
        ("Elke", "Jasper."),
        (
            "Jasper",
            "Fine, fine. I'll do another kerning pass on the italic lowercase by Thursday.",
        ),
        ("Gaspard", "The client sent feedback on Friday. They want tabular figures by default."),
        (
            "Elke",
            "Then we'll ship tabular figures by default and keep proportional as an alternate.",
        ),
        ("Gaspard", "I'll update the OpenType features, uh, tomorrow, I think. Yeah, tomorrow."),
        (
            "Bilal",
            "Are they paying for a Cyrillic extension? They mentioned it on the first call, but"
            " it's not in the contract.",
        ),
        ("Elke", "Nobody knows, honestly."),
        (
            "Elke",
            "Bilal, can you put together a quote for the Cyrillic so we have something to send?",
        ),
        ("Bilal", "Yeah, I'll have a quote by next Wednesday."),
        ("Jasper", "Could someone proof the specimen PDF? I've stared at it too long."),
        ("Gaspard", "I would, but I'm underwater with the features."),
        ("Elke", "I'll proof the specimen this afternoon."),
        ("Bilal", "Oh, and the web font licence, is it per pageview or unlimited?"),
        ("Elke", "Unlimited, we agreed that with their lawyer last month."),
        (
            "Jasper",
            "If they ever do a print edition in Asia we'll need a whole other licence anyway.",
        ),
        ("Elke", "Let's not. Good, thanks all."),
    ),
    actions=(
        Action("Jasper", ("kerning", "italic"), THURSDAY),
        Action("Gaspard", ("opentype", "features"), TOMORROW),
        Action("Bilal", ("quote", "cyrillic"), NEXT_WEDNESDAY),
        Action("Elke", ("proof", "specimen"), TODAY),
    ),
    decisions=(("tabular", "default"),),
    questions=(("paying", "cyrillic"),),
)


COSTUME_WORKSHOP = Meeting(
    name="costume_workshop",
    lines=(
        (
            "Matilda",
            "Right, costume meeting for The Magic Flute. First fittings are next week, so let's"
            " check where we are.",
        ),
        (
            "Dario",
            "The Queen of the Night gown is cut, but the silk for the cape still hasn't come.",
        ),
        ("Matilda", "Didn't the supplier say Monday?"),
        ("Dario", "They did. It's Monday. No silk."),
        (
            "Matilda",
            "Dario, ring them today about the silk, and if it's not shipped, order from the "
            "backup in Como.",
        ),
        ("Dario", "Will do, first thing after this."),
        (
            "Keira",
            "The Papageno feathers are going to be a nightmare. Do we dye them ourselves or buy"
            " them dyed?",
        ),
        ("Matilda", "Buy them dyed, we haven't got time to dye them in the workshop."),
        ("Keira", "Okay, I'll get the feathers ordered by Wednesday then."),
        ("Matilda", "And no real fur anywhere in this production, full stop."),
        ("Ingeborg", "Fittings. The tenor's only in on Thursday and Friday next week."),
        (
            "Matilda",
            "Ingeborg, can you book his fitting for next Thursday? Sorry, next Friday, "
            "Thursday's the sitzprobe.",
        ),
        ("Ingeborg", "Yep, I'll sort it."),
        (
            "Keira",
            "Are we remaking the chorus hats from the 2019 production or building new ones?",
        ),
        (
            "Matilda",
            "Good question. It depends what's left in the budget after the silk, so I don't "
            "know yet.",
        ),
        (
            "Ingeborg",
            "I can dig the old hats out of the store and see what state they're in, probably "
            "Wednesday.",
        ),
        ("Dario", "If the silk doesn't come at all we could do the cape in velvet, I suppose."),
        ("Matilda", "Let's hope it doesn't come to that."),
        (
            "Matilda",
            "I'll send the updated budget to the production manager by the end of the week.",
        ),
    ),
    actions=(
        Action("Dario", ("silk",), TODAY),
        Action("Keira", ("feathers",), WEDNESDAY),
        Action("Ingeborg", ("fitting",), NEXT_FRIDAY),
        Action("Ingeborg", ("hats", "store"), WEDNESDAY),
        Action("Matilda", ("budget", "production"), END_OF_WEEK),
    ),
    decisions=(
        ("buy", "dyed"),
        ("real", "fur"),
    ),
    questions=(("chorus", "hats"),),
)

MEETINGS = (
    AUDIOLOGY_CLINIC,
    STERILE_SERVICES_HUDDLE,
    REGISTER_OFFICE,
    STREET_LIGHTING_TEAM,
    TRAM_CONTROL,
    COACH_TOURS_OPS,
    POULTRY_UNIT,
    AGRONOMY_TRIALS,
    TYPE_FOUNDRY_REVIEW,
    COSTUME_WORKSHOP,
)
