"""Fortieth meetings for the notes rules: a new set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a passport office backlog huddle, a district heating network
operations meeting, a grid battery commissioning check-in, a law firm conveyancing team, a patent
attorneys' docket review, a marine cargo underwriting meeting, a crop hail insurance claims
closeout, a sugar beet factory campaign meeting, a family-run dry cleaners' morning chat and a
family funeral home's weekly sit-down. Half of them are terse and fast (people state what is
settled and what is still unknown without saying "decided" or "open question"), half more
ordinary. People talk as they do: fillers, asides, jokes, interruptions, self-corrections, a
date changed mid-sentence, commitments in many forms, due dates in many forms or none. The
labels are what a careful note-taker would write down; past work, things that happen anyway,
hypotheticals, hedges, requests nobody takes, answered questions, reported speech, sarcasm and
decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon",
"end of day" and "after this" are that day, "tomorrow" is the 24th, a bare weekday is the next
one, "next Friday" is that of next week, "the 15th" is 15 December, a vague period ("this
week", "next week", "the end of the month") is due on its last day, Sunday for weeks, and a
commitment with no time has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
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


PASSPORT_OFFICE_BACKLOG = Meeting(
    name="passport_office_backlog",
    lines=(
        ("Marguerite", "Right. Backlog. Numbers first, Nuno."),
        (
            "Nuno",
            "Forty-one thousand in the queue, up six on last week. Urgent track holding at two "
            "days.",
        ),
        ("Marguerite", "Overtime?"),
        ("Nuno", "Saturday shifts were signed off upstairs last Tuesday. They happen regardless."),
        ("Odile", "Scanner three's down again. Third time this month."),
        ("Marguerite", "Odile, engineer call-out today, please."),
        ("Odile", "On it."),
        ("Radu", "Damaged-passport form. Live on Monday or not?"),
        (
            "Marguerite",
            "Monday. The new damaged-passport form goes live Monday, no more slipping.",
        ),
        (
            "Radu",
            "Then counter staff need the guidance notes. I'll get them to the print room by "
            "Thursday.",
        ),
        ("Nuno", "Who answers the MP letters while Wren's off?"),
        ("Marguerite", "No idea yet. HR haven't come back to me."),
        ("Odile", "Could we auto-reject the duplicate applications?"),
        ("Marguerite", "No. Legally each one needs a person to look at it."),
        ("Nuno", "Weekly figures to regional, I'll send them tomorrow morning as usual."),
        ("Marguerite", "Someone should rebuild the queue dashboard at some point."),
        ("Marguerite", "No takers. Fine, another time."),
        ("Radu", "Lost-post complaints, twelve this week. Courier says it isn't them."),
        ("Marguerite", "Radu, pull the tracking on all twelve by the end of the week."),
        ("Radu", "Yep."),
        ("Marguerite", "Urgent track stays capped at three hundred a day."),
        ("Odile", "And the Christmas cutoff, does it move?"),
        ("Nuno", "No, head office confirmed it Friday. Eleventh of December, same as always."),
        (
            "Marguerite",
            "Second floor's freezing. Leave the heating with me, I'll chase facilities.",
        ),
        ("Marguerite", "Right. Back to it."),
    ),
    actions=(
        Action("Odile", ("engineer",), TODAY),
        Action("Radu", ("guidance", "notes"), THURSDAY),
        Action("Nuno", ("figures",), TOMORROW),
        Action("Radu", ("tracking",), END_OF_WEEK),
        Action("Marguerite", ("heating",), None),
    ),
    decisions=(
        ("form", "live", "monday"),
        ("urgent", "capped"),
    ),
    questions=(("mp", "letters"),),
)


DISTRICT_HEATING_NETWORK = Meeting(
    name="district_heating_network",
    lines=(
        (
            "Pernille",
            "Okay, morning everyone, let's get going, we've got the cold snap coming so there's a"
            " lot. Um, Sten, do you want to start with the boiler plant?",
        ),
        (
            "Sten",
            "Yeah. So boiler two's been back online since Thursday, the burner repair held all "
            "weekend.",
        ),
        (
            "Sten",
            "Boiler three though, the flue gas sensor is giving us weird readings. I'll take the "
            "calibration kit over and recheck the sensor first thing tomorrow.",
        ),
        ("Pernille", "Great. And the forecast is minus eighteen for the weekend, right?"),
        (
            "Tuula",
            "Minus eighteen on Saturday, maybe minus twenty on Sunday. So we'll be running at "
            "full load whether we like it or not.",
        ),
        (
            "Pernille",
            "Okay. Then I'd say we put the backup oil boiler on standby from Thursday. Anyone "
            "against? No? Good, we're doing that.",
        ),
        ("Valdis", "I'll order a fuel delivery today then, so the tank's full before Thursday."),
        (
            "Yara",
            "The leak on the Koivukatu main, um, customers on the east side have been ringing "
            "about lukewarm radiators.",
        ),
        ("Yara", "The contractor said they can't dig until the excavation permit comes through."),
        ("Pernille", "Can you chase the permit with the city, Yara?"),
        (
            "Yara",
            "Sure, I'll call them tomorrow, oh no, I'm on the training course tomorrow, so "
            "Wednesday.",
        ),
        (
            "Tuula",
            "If that main goes completely during the cold snap we'd lose heat to about four "
            "hundred flats.",
        ),
        (
            "Pernille",
            "Let's not go there yet. Tuula, could you draft a customer notice for the east side, "
            "just in case?",
        ),
        ("Tuula", "Yeah, you'll have a draft by end of day."),
        ("Pernille", "And we keep the east side valve at sixty percent until the main's fixed."),
        (
            "Valdis",
            "Question on tariffs. Are we putting the winter surcharge on from December or from "
            "January this year?",
        ),
        ("Pernille", "That's the board's call, and honestly nobody knows yet."),
        ("Sten", "Oh, and the heat meters at the school, did those get replaced?"),
        ("Valdis", "Yes, last month, all twenty of them."),
        (
            "Pernille",
            "Good. Last thing, the on-call rota for Christmas. Sten, you were doing that?",
        ),
        ("Sten", "Yep, I'll put it up on the board this week, promise."),
        (
            "Yara",
            "Could someone also update the outage map on the website? It's still showing the "
            "summer works.",
        ),
        ("Pernille", "Very up to date, ha. I'll do it after this."),
        ("Tuula", "Is the new pump for substation four still coming before Christmas?"),
        ("Valdis", "Yes, the supplier confirmed delivery for the tenth."),
        ("Pernille", "Okay, thanks all, stay warm."),
    ),
    actions=(
        Action("Sten", ("sensor",), TOMORROW),
        Action("Valdis", ("fuel", "delivery"), TODAY),
        Action("Yara", ("permit",), WEDNESDAY),
        Action("Tuula", ("customer", "notice"), TODAY),
        Action("Sten", ("rota",), END_OF_WEEK),
        Action("Pernille", ("outage", "map"), TODAY),
    ),
    decisions=(
        ("backup", "standby"),
        ("east", "valve"),
    ),
    questions=(("winter", "surcharge"),),
)


BATTERY_STORAGE_COMMISSIONING = Meeting(
    name="battery_storage_commissioning",
    lines=(
        ("Mattias", "Commissioning. Where are we."),
        ("Rasa", "Inverters one to six energised. Seven and eight I'll energise Friday."),
        (
            "Thorsten",
            "Network operator wants the hold-point test rerun. Their engineer didn't like the "
            "frequency response.",
        ),
        ("Mattias", "Rerun it Thursday. Thorsten, book their witness today."),
        ("Thorsten", "Yep."),
        ("Wynn", "Fire suppression certificate. Still missing."),
        ("Mattias", "Chase it."),
        ("Wynn", "Emailed twice already. I'll ring them this afternoon."),
        ("Rasa", "Cell temps in container four running two degrees hot."),
        ("Mattias", "Within spec?"),
        ("Rasa", "Within spec."),
        ("Mattias", "Fine, leave it."),
        ("Thorsten", "Grid connection energisation date. December or January?"),
        ("Mattias", "Up to the operator. Nobody knows."),
        ("Mattias", "Night security stays on site until handover."),
        ("Wynn", "Spare parts list for the maintenance contract, you'll have it next week."),
        ("Mattias", "If the rerun fails too, we're looking at February."),
        ("Mattias", "Client update on the rerun, mine, tonight."),
        ("Rasa", "Who's paying for the extra crane day?"),
        ("Mattias", "Us. PM signed that off last week."),
        ("Thorsten", "SCADA tag list, the operator sent theirs Friday. Matches ours."),
        ("Mattias", "Good. Done."),
    ),
    actions=(
        Action("Rasa", ("energise",), FRIDAY),
        Action("Thorsten", ("witness",), TODAY),
        Action("Wynn", ("certificate",), TODAY),
        Action("Wynn", ("spare", "parts"), END_OF_NEXT_WEEK),
        Action("Mattias", ("client", "update"), TODAY),
    ),
    decisions=(
        ("rerun", "thursday"),
        ("security", "handover"),
    ),
    questions=(("energisation", "date"),),
)


CONVEYANCING_TEAM = Meeting(
    name="conveyancing_team",
    lines=(
        (
            "Philippa",
            "Morning, morning. Coffee's on the side. Right, completions this week, there are, "
            "what, four?",
        ),
        ("Seamus", "Five, actually. The Whitlow sale got pulled forward to Friday."),
        (
            "Philippa",
            "Of course it did. Okay, Whitlow's yours, Seamus, so can you get the completion "
            "statement out to the client today?",
        ),
        ("Seamus", "Yep, will do."),
        (
            "Verity",
            "On the Marsh Lane purchase, the searches came back and there's a flood risk flag on "
            "it.",
        ),
        ("Verity", "If the insurance comes in really high, the buyer's lender might pull out."),
        (
            "Philippa",
            "Mm. Then we need a flood insurance quote before we go any further. Verity, can you "
            "ask the buyer to get one?",
        ),
        ("Verity", "I'll email them this afternoon."),
        ("Philippa", "And Marsh Lane stays on hold until we've seen that quote."),
        (
            "Osric",
            "Um, quick one, the new ID checking software. Are we actually switching over or not?",
        ),
        (
            "Philippa",
            "Yes, the management committee agreed that last month. It starts on the first.",
        ),
        ("Osric", "Oh. Okay. Nobody told me."),
        ("Philippa", "Well, now you know."),
        (
            "Osric",
            "Then I'll need training on it. I'll book a training session with the vendor for "
            "Friday.",
        ),
        (
            "Seamus",
            "And the Nowak leasehold, the management pack still hasn't arrived. It's been six "
            "weeks.",
        ),
        (
            "Philippa",
            "Six weeks. Lovely. Seamus, send the managing agent a formal chaser, and if there's "
            "nothing by next Wednesday we'll talk to the client about delaying.",
        ),
        ("Seamus", "Leave it with me."),
        ("Verity", "Are we keeping the fixed fee for remortgages next year, or moving to hourly?"),
        ("Philippa", "Fixed fee. We keep the fixed fee, it's what wins us the work."),
        (
            "Osric",
            "What about referral fees from the estate agents, are we even allowed to pay those "
            "under the new rules?",
        ),
        ("Philippa", "Honestly? I don't know. Nobody's given me a straight answer."),
        (
            "Philippa",
            "Oh, and I'll get the file reviews done for the auditors by the end of the month.",
        ),
        ("Verity", "Someone really should sort out the deeds room, it's a fire hazard."),
        ("Philippa", "Someone should. Not me, though. Okay, thanks all."),
    ),
    actions=(
        Action("Seamus", ("completion", "statement"), TODAY),
        Action("Verity", ("insurance",), TODAY),
        Action("Osric", ("training",), FRIDAY),
        Action("Seamus", ("chaser",), None),
        Action("Philippa", ("file", "reviews"), END_OF_MONTH),
    ),
    decisions=(
        ("marsh", "hold"),
        ("fixed", "fee"),
    ),
    questions=(("referral", "fees"),),
)


PATENT_DOCKET_REVIEW = Meeting(
    name="patent_docket_review",
    lines=(
        ("Reinhard", "Docket. Deadlines, next two weeks."),
        (
            "Sigrid",
            "Three. Office action response on the valve case, due the 4th. Nordic renewals. "
            "Opposition brief.",
        ),
        ("Reinhard", "Valve case. Sigrid drafts, Wednesday. I review Thursday."),
        ("Sigrid", "Fine."),
        ("Ulrich", "Nordic renewals. Client still hasn't said which patents to keep."),
        ("Reinhard", "Pay all the renewals. Cheaper than losing one. Bill them after."),
        ("Reinhard", "Ulrich, instruct the annuity agent."),
        ("Ulrich", "By lunch."),
        ("Yolande", "Opposition. Other side filed new prior art on Friday."),
        ("Yolande", "We need a technical expert. Possibly the professor in Aachen."),
        ("Reinhard", "Ask him."),
        ("Yolande", "This week."),
        ("Ulrich", "Japanese translations. Forty percent over budget."),
        ("Reinhard", "New translation vendor from January."),
        ("Ulrich", "Two quotes, then."),
        ("Reinhard", "By next Friday."),
        ("Sigrid", "Docketing system upgrade, over Christmas?"),
        ("Reinhard", "IT says mid-January."),
        ("Sigrid", "If it breaks, we miss deadlines."),
        ("Reinhard", "It won't break. Famous last words."),
        ("Yolande", "Who covers my cases while I'm in Munich next week?"),
        ("Reinhard", "Good question. Nobody has room."),
        ("Reinhard", "That's it."),
    ),
    actions=(
        Action("Sigrid", ("valve",), WEDNESDAY),
        Action("Reinhard", ("review",), THURSDAY),
        Action("Ulrich", ("annuity", "agent"), TODAY),
        Action("Yolande", ("professor",), END_OF_WEEK),
        Action("Ulrich", ("quotes",), NEXT_FRIDAY),
    ),
    decisions=(
        ("pay", "renewals"),
        ("translation", "vendor"),
    ),
    questions=(("cases", "munich"),),
)


MARINE_CARGO_UNDERWRITING = Meeting(
    name="marine_cargo_underwriting",
    lines=(
        (
            "Octavia",
            "Okay, let's start. Sorry I'm late, the lift's broken again. So, renewals. Nils, the "
            "shipping line?",
        ),
        (
            "Nils",
            "So they want a ten percent rate reduction, and honestly their loss record is, well, "
            "it's not great. Two big claims this year.",
        ),
        (
            "Octavia",
            "Ten percent, that's cheeky. No. We hold the rate, flat renewal, take it or leave it.",
        ),
        (
            "Nils",
            "Okay. I'll write back to the broker with that tomorrow, once I've read the survey.",
        ),
        (
            "Pia",
            "On the survey, actually, the surveyor said the refrigeration on two of their vessels"
            " is out of date.",
        ),
        (
            "Octavia",
            "Right. Then I want a subjectivity on the reefer containers. Pia, can you draft the "
            "wording?",
        ),
        ("Pia", "Yeah, I can have it by Thursday, oh wait, I'm off Thursday. Wednesday then."),
        (
            "Tycho",
            "Can I raise the Red Sea thing? Are we still writing war risk for transits there?",
        ),
        ("Octavia", "We stopped that in August, the board pulled it."),
        ("Tycho", "Ah. Right, sorry."),
        (
            "Zelda",
            "The coffee cargo claim out of Santos. The loss adjuster wants to know if we'll "
            "accept the water damage as a sudden event.",
        ),
        ("Octavia", "Hmm. Whether that water damage counts as sudden, I honestly can't say yet."),
        ("Zelda", "Shall I send it over to legal?"),
        ("Octavia", "Yes please, this week if you can."),
        ("Pia", "If we lose that one it'll wreck the whole quarter."),
        ("Octavia", "Cheerful. Thanks, Pia."),
        (
            "Nils",
            "One more. The aggregate model for Rotterdam needs rerunning with the new values.",
        ),
        ("Octavia", "Tycho's doing the Rotterdam rerun, aren't you, Tycho?"),
        ("Tycho", "Yeah, fair. End of next week."),
        (
            "Octavia",
            "And let's agree this now: from January, no new cargo accounts under fifty thousand "
            "premium.",
        ),
        ("Zelda", "Are we getting the new pricing tool before the January renewals?"),
        ("Octavia", "That's with IT. Nobody's given us a date."),
        ("Octavia", "I'll send round the renewal list after this."),
    ),
    actions=(
        Action("Nils", ("broker",), TOMORROW),
        Action("Pia", ("wording",), WEDNESDAY),
        Action("Zelda", ("legal",), END_OF_WEEK),
        Action("Tycho", ("rotterdam",), END_OF_NEXT_WEEK),
        Action("Octavia", ("renewal", "list"), TODAY),
    ),
    decisions=(
        ("rate", "flat"),
        ("january", "premium"),
    ),
    questions=(
        ("water", "damage"),
        ("pricing", "tool"),
    ),
)


CROP_HAIL_CLAIMS_CLOSEOUT = Meeting(
    name="crop_hail_claims_closeout",
    lines=(
        ("Warrick", "Claims closeout. Open files?"),
        ("Nanette", "Sixty-two open. Thirty waiting on yield records."),
        ("Warrick", "Final reminder letter to those thirty growers. This week."),
        ("Nanette", "Mine."),
        ("Moana", "Disputed files, four. Morrison farm wants a reinspection."),
        ("Warrick", "Snow's down. No more field reinspections this season."),
        ("Moana", "Then Morrison goes to appraisal. I'll call him today."),
        ("Stellan", "Adjuster mileage claims. Finance bounced half of them."),
        ("Warrick", "Why?"),
        ("Stellan", "Old form."),
        ("Warrick", "Resubmit on the new form. Friday."),
        ("Stellan", "Yep."),
        ("Nanette", "Reserves on the four disputes?"),
        ("Warrick", "Hold reserves at current."),
        ("Moana", "Next season's rate table. Any word?"),
        ("Warrick", "None. Head office won't say when."),
        ("Warrick", "Season summary for the board, I'll write it. By the 15th."),
        ("Stellan", "August drone photos. Keep them?"),
        ("Warrick", "Seven years. Regulations."),
        ("Nanette", "Could someone archive the paper files?"),
        ("Warrick", "Later. Not now."),
        ("Moana", "New adjusters start in spring, right?"),
        ("Warrick", "April, as always."),
    ),
    actions=(
        Action("Nanette", ("reminder",), END_OF_WEEK),
        Action("Moana", ("morrison",), TODAY),
        Action("Stellan", ("resubmit",), FRIDAY),
        Action("Warrick", ("summary",), THE_15TH),
    ),
    decisions=(
        ("reinspections",),
        ("hold", "reserves"),
    ),
    questions=(("rate", "table"),),
)


SUGAR_BEET_CAMPAIGN = Meeting(
    name="sugar_beet_campaign",
    lines=(
        (
            "Zygmunt",
            "Good morning. So, we're on, what, day sixty-eight of the campaign, roughly halfway. "
            "Let's go through it. Teun, intake?",
        ),
        (
            "Teun",
            "Intake's fine, about twelve thousand tonnes a day. The problem is the tare, the "
            "dirt, it's up to nine percent with all the rain.",
        ),
        ("Zygmunt", "Nine. Okay. That's hurting the washers."),
        ("Vesna", "It's killing the washers. Washer two blocked twice last week."),
        (
            "Zygmunt",
            "Right, so, Teun, can you write to the growers' association and ask them to let the "
            "clamps dry out a bit before loading?",
        ),
        ("Teun", "Sure, I'll send it tomorrow."),
        ("Mireille", "Quality-wise, sugar content's dropping. Sixteen point two now."),
        ("Zygmunt", "If we get a hard frost we'd have to speed everything up, but let's see."),
        (
            "Ramona",
            "The lime kiln. We need to decide whether we stop it this week for the relining or "
            "push it to after the campaign.",
        ),
        ("Zygmunt", "After the campaign. We're not stopping the kiln mid-campaign, that's final."),
        (
            "Ramona",
            "Okay, then I'll order extra refractory bricks so they're ready. I'll do it by the "
            "end of the month.",
        ),
        ("Vesna", "Also the pulp press gearbox. Do we have a spare or not?"),
        ("Teun", "We do, it's in store B."),
        (
            "Zygmunt",
            "Good. Vesna's doing the gearbox swap on Saturday when the load's lower, yes?",
        ),
        ("Vesna", "Yes, I'll get the fitters in."),
        ("Mireille", "And the lab. We're a technician short on nights from next week."),
        ("Zygmunt", "Can we get someone from the agency?"),
        ("Mireille", "Maybe. The agency said they'd have a look."),
        ("Zygmunt", "Put the agency request in today anyway, please."),
        ("Mireille", "Will do."),
        ("Teun", "What about the molasses, same buyer as last year?"),
        ("Zygmunt", "Commercial are still negotiating, I really don't know."),
        ("Zygmunt", "And we go to twelve hour shifts in the washhouse until the tare comes down."),
        ("Ramona", "When does the campaign end, then?"),
        (
            "Zygmunt",
            "The campaign end date depends on the weather and the beet still in the fields, so we"
            " can't say yet.",
        ),
        ("Zygmunt", "I'll update the board on Thursday with the tare numbers. Thanks, everyone."),
    ),
    actions=(
        Action("Teun", ("growers",), TOMORROW),
        Action("Ramona", ("bricks",), END_OF_MONTH),
        Action("Vesna", ("gearbox",), SATURDAY),
        Action("Mireille", ("agency", "request"), TODAY),
        Action("Zygmunt", ("board",), THURSDAY),
    ),
    decisions=(
        ("kiln", "stopping"),
        ("shifts", "washhouse"),
    ),
    questions=(
        ("molasses",),
        ("campaign", "end", "date"),
    ),
)


FAMILY_DRY_CLEANERS = Meeting(
    name="family_dry_cleaners",
    lines=(
        ("Yannis", "Okay, quick. Shutters go up in ten."),
        ("Perrine", "Wedding dress from Saturday. Stain's still there."),
        ("Yannis", "Second treatment on the dress. Nikolai, tonight."),
        ("Nikolai", "Tonight? Fine."),
        ("Wilf", "Steam press is leaking again."),
        ("Yannis", "I'll call the repair man today."),
        ("Perrine", "Solvent's up again. Twelve percent."),
        ("Yannis", "Shirts go to three fifty from December."),
        ("Nikolai", "Price signs, then. I'll print new ones tomorrow."),
        ("Perrine", "Mrs Novak's coat. Lost her ticket, says we owe her a coat."),
        ("Yannis", "We don't. It's on the rack, third row."),
        ("Perrine", "Then I'll ring her."),
        ("Wilf", "Christmas hours, same as last year?"),
        ("Perrine", "Yes, already on the door."),
        ("Nikolai", "Van insurance renewal's due."),
        ("Yannis", "Mum does insurance."),
        ("Perrine", "Friday. I'll do it Friday."),
        ("Nikolai", "Should we take pickups online, a booking page on a website?"),
        ("Yannis", "Maybe. Costs? Don't know."),
        ("Perrine", "Your cousin said he'd build it for free."),
        ("Yannis", "My cousin says a lot of things."),
        ("Wilf", "Dentist Friday after next, I'm off that morning."),
        ("Yannis", "Fine. Shutters."),
    ),
    actions=(
        Action("Nikolai", ("dress",), TODAY),
        Action("Yannis", ("repair",), TODAY),
        Action("Nikolai", ("signs",), TOMORROW),
        Action("Perrine", ("novak",), None),
        Action("Perrine", ("insurance",), FRIDAY),
    ),
    decisions=(("shirts", "december"),),
    questions=(("pickups", "online"),),
)


FAMILY_FUNERAL_HOME = Meeting(
    name="family_funeral_home",
    lines=(
        (
            "Malachy",
            "Okay, sit down, sit down, there's tea in the pot. Right, we've three funerals this "
            "week, God help us. Nessa, go on.",
        ),
        (
            "Nessa",
            "So, the Mulcahy funeral is Wednesday at eleven in St Brigid's, and the family want "
            "the horse-drawn hearse.",
        ),
        ("Malachy", "The horses? In this weather?"),
        ("Nessa", "That's what they want. I booked them already, Seosamh confirmed yesterday."),
        ("Malachy", "Fair enough. Peadar, you'll walk in front of the horses on Wednesday then."),
        ("Peadar", "Ah grand, my favourite. Yeah, I'll do it."),
        (
            "Winifred",
            "The O'Neill family still haven't picked a coffin. They're coming in tomorrow at ten.",
        ),
        ("Malachy", "Winifred, could you have the brochure and the price list ready for them?"),
        ("Winifred", "Of course, I'll print them off tonight."),
        ("Peadar", "The hearse, the Mercedes one, it's making that noise again."),
        ("Malachy", "That noise has been going since about 2019."),
        (
            "Peadar",
            "I'm serious, it's worse. I'll take it to the garage Thursday, no wait, Thursday's "
            "the Quinlan funeral. Friday.",
        ),
        ("Nessa", "Do we want to start livestreaming the services? Families keep asking."),
        (
            "Malachy",
            "We've been round the houses on this. Ah go on, we'll offer livestreaming from "
            "January.",
        ),
        ("Nessa", "Brilliant. I'll look at cameras and get a couple of quotes by the 15th."),
        (
            "Winifred",
            "And who's going to run the livestream on the day? Peadar can barely work his phone.",
        ),
        ("Peadar", "Excuse me."),
        ("Malachy", "We'll cross that bridge."),
        (
            "Winifred",
            "The council wrote about the cemetery fees. They're going up twenty percent.",
        ),
        ("Malachy", "From when?"),
        ("Winifred", "January."),
        (
            "Malachy",
            "Then we pass the cemetery fee increase on to the families, we're not swallowing it.",
        ),
        ("Nessa", "What about the families on prepaid plans?"),
        ("Malachy", "Prepaid plans are fixed, they're not affected."),
        (
            "Malachy",
            "Quill's are selling up, by the way. Whether we buy their branch, I haven't a clue "
            "yet.",
        ),
        (
            "Malachy",
            "And I'll ring Father Mooney this afternoon about the mass times for Wednesday.",
        ),
        ("Peadar", "Could someone clean out the back shed? It's a disgrace."),
        ("Malachy", "It is. Right, moving on, thanks all."),
    ),
    actions=(
        Action("Peadar", ("walk",), WEDNESDAY),
        Action("Winifred", ("brochure",), TODAY),
        Action("Peadar", ("garage",), FRIDAY),
        Action("Nessa", ("cameras",), THE_15TH),
        Action("Malachy", ("mass",), TODAY),
    ),
    decisions=(
        ("livestreaming", "january"),
        ("cemetery", "fee"),
    ),
    questions=(
        ("run", "livestream"),
        ("branch",),
    ),
)


MEETINGS = (
    PASSPORT_OFFICE_BACKLOG,
    DISTRICT_HEATING_NETWORK,
    BATTERY_STORAGE_COMMISSIONING,
    CONVEYANCING_TEAM,
    PATENT_DOCKET_REVIEW,
    MARINE_CARGO_UNDERWRITING,
    CROP_HAIL_CLAIMS_CLOSEOUT,
    SUGAR_BEET_CAMPAIGN,
    FAMILY_DRY_CLEANERS,
    FAMILY_FUNERAL_HOME,
)
