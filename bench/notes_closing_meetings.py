"""Closing meetings for the notes rules: an eighth set, for one last honest measurement.

Written blind at the end of session 6, without reading the rules, their tests or the meetings
of the other sets, from a brief that gave no example wordings, and meant to be run once for an
honest figure. It holds ten kinds of meeting the other sets lack: a veterinary practice
partners' meeting, an airport ground-handling shift debrief, a family wine estate's pre-harvest
planning, a credit union loan committee, a bus timetable change meeting, an esports team's scrim
review, a tenants' association meeting, a clinical trial recruitment review, a data-centre
capacity planning call and an architecture practice's planning application meeting. People
talk as they do at work: some bosses dominate, some groups are flat, some speakers are working
in their second language. The labels are what a careful note-taker would write down; past work,
reported speech, hedges, suggestions nobody takes up, answered questions, jokes and small talk
are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC as a careful person would: "today",
"tonight", "this afternoon" and "after this meeting" are that day, a bare weekday is the next
one ("Monday" is 30 November), "next Tuesday" and "next Monday" are those of next week, "the
15th" is 15 December, a period ("this week", "next week", "this month") is due on its last day,
Sunday for weeks, and a vague time or none at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
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


VET_PARTNERS = Meeting(
    name="vet_partners",
    lines=(
        (
            "Siobhan",
            "Right, it's ten past, let's start. Three things: the out-of-hours rota, the new "
            "ultrasound, and the Hendersons' complaint.",
        ),
        (
            "Tomasz",
            "Before that, quick one, the locum last week left the controlled drugs register in "
            "a mess. I sorted it out on Saturday.",
        ),
        ("Adaeze", "Thanks for that. Honestly I don't know how she managed it."),
        (
            "Siobhan",
            "Out-of-hours first. We can't keep sending everything to the emergency clinic in "
            "town, it's costing clients a fortune and they blame us.",
        ),
        (
            "Rafael",
            "If we took back weekends we'd need at least one more vet on the rota, and I'm not "
            "sure Karen wants the extra nights.",
        ),
        ("Adaeze", "Karen told me last month she'd do one weekend in four, for what it's worth."),
        (
            "Siobhan",
            "Okay, so let's agree we take back Saturday nights from January and leave Sundays "
            "with the emergency clinic for now.",
        ),
        ("Tomasz", "Fine by me. Agreed."),
        ("Siobhan", "Rafael, can you draft the new rota and get it to everyone by Friday?"),
        ("Rafael", "Yep, Friday's fine."),
        ("Adaeze", "Somebody should tell the emergency clinic, they'll want some notice."),
        (
            "Tomasz",
            "I know their clinical director. I'll ring her tomorrow and give them notice.",
        ),
        (
            "Siobhan",
            "Great. Ultrasound. The quote from the rep was eighteen thousand, training included.",
        ),
        ("Rafael", "Is that the portable one? Does it do cardiac or just abdominal?"),
        ("Adaeze", "Both, I checked with the rep. The cardiac probe is extra, about three grand."),
        (
            "Tomasz",
            "So do we buy it this financial year or wait for April? I genuinely don't know "
            "which is better for tax.",
        ),
        ("Siobhan", "Neither do I. I'll ask Priya at the accountants this week."),
        (
            "Adaeze",
            "Whenever we buy it, I want the cardiac probe, we're sending six or seven echo "
            "referrals out a month.",
        ),
        ("Siobhan", "Fair enough, then we include the cardiac probe in whatever we order."),
        (
            "Siobhan",
            "Last thing, the Hendersons. They're upset about the bill for the dog's dental.",
        ),
        (
            "Rafael",
            "That was mine. We quoted four hundred and it came to six-fifty because of the "
            "extractions, and I did phone them mid-procedure.",
        ),
        ("Adaeze", "Maybe we should look at how we document those calls, honestly."),
        (
            "Siobhan",
            "Rafael, please write to the Hendersons and offer to go through the bill in person.",
        ),
        ("Rafael", "Will do, I'll write to them today."),
        (
            "Adaeze",
            "And I'll put together a consent form for changes mid-procedure, by the 15th.",
        ),
    ),
    actions=(
        Action("Rafael", ("draft", "rota"), FRIDAY),
        Action("Tomasz", ("ring", "notice"), TOMORROW),
        Action("Siobhan", ("ask", "accountants"), END_OF_WEEK),
        Action("Rafael", ("write", "hendersons"), TODAY),
        Action("Adaeze", ("consent", "form"), THE_15TH),
    ),
    decisions=(
        ("saturday", "nights"),
        ("include", "cardiac", "probe"),
    ),
    questions=(("financial", "april"),),
)

GROUND_HANDLING = Meeting(
    name="ground_handling",
    lines=(
        (
            "Kwame",
            "Okay everyone, quickly, I know night shift wants to go home. Yesterday we had "
            "three delays on our side and I want to understand them.",
        ),
        (
            "Dmitri",
            "The Lisbon flight, this was the belt loader. It broke on stand 14, we wait twenty "
            "minutes for the other one.",
        ),
        ("Kwame", "Twenty minutes. And nobody told ops until the flight was already late."),
        (
            "Dmitri",
            "Yes, I know. My guys call on the radio but the channel was busy. Is not excuse, "
            "I know.",
        ),
        (
            "Kwame",
            "From today, any equipment failure on stand is reported to ops within five "
            "minutes, by phone if the radio is busy.",
        ),
        (
            "Lucía",
            "For the Frankfurt, the delay was the transfer bags, they arrive late from "
            "terminal two. It was not us, really.",
        ),
        (
            "Anjali",
            "It was partly us. The load sheet went out late because the bag count kept changing.",
        ),
        (
            "Kwame",
            "Anjali, can you pull the timings for the Frankfurt load sheet and send them to me "
            "by end of day?",
        ),
        ("Anjali", "Sure, end of day."),
        ("Kwame", "Dmitri, the belt loader. Is it fixed?"),
        ("Dmitri", "Engineering say maybe Wednesday, they wait for a part from the supplier."),
        (
            "Kwame",
            "Maybe Wednesday is not good enough. Do we have a spare we can borrow from the "
            "cargo side?",
        ),
        ("Dmitri", "I don't know. I ask Henrik in cargo after this meeting."),
        (
            "Lucía",
            "Also the new hires, two of them still have no airside pass, they can only work "
            "in the baggage hall.",
        ),
        ("Kwame", "Again? Who is chasing this?"),
        (
            "Lucía",
            "I sent the forms last Tuesday. I can go to the ID office myself tomorrow and "
            "push them.",
        ),
        ("Kwame", "Yes please."),
        (
            "Anjali",
            "One more thing, the winter schedule starts on the 6th and we still don't have "
            "the final slot list from the airline.",
        ),
        (
            "Kwame",
            "Then we can't build rosters. Anjali, you escalate to their station manager, and "
            "I'll speak to our account manager on Thursday.",
        ),
        ("Anjali", "Okay."),
        ("Dmitri", "And the de-icing refresher, we do it before the new schedule or after?"),
        (
            "Kwame",
            "Before, obviously, nobody works de-icing without it. Lucía, book the refresher "
            "sessions by Wednesday.",
        ),
        ("Lucía", "Okay, by Wednesday, I will do."),
        ("Kwame", "Good. Go home, night shift. Thank you."),
    ),
    actions=(
        Action("Anjali", ("timings", "load", "sheet"), TODAY),
        Action("Dmitri", ("henrik", "cargo"), TODAY),
        Action("Lucía", ("id", "office"), TOMORROW),
        Action("Anjali", ("escalate", "station", "manager"), None),
        Action("Kwame", ("account", "manager"), THURSDAY),
        Action("Lucía", ("book", "refresher", "sessions"), WEDNESDAY),
    ),
    decisions=(("equipment", "failure", "reported"),),
    questions=(("spare", "borrow", "cargo"),),
)

HARVEST_PLANNING = Meeting(
    name="harvest_planning",
    lines=(
        (
            "Marietjie",
            "Sit, sit. Johan, put the phone away. We need to talk about the bird nets and the "
            "pickers before I fly to Joburg.",
        ),
        ("Johan", "It's away, Ma."),
        (
            "Thandiwe",
            "The starlings are already in the Pinotage block. If we don't net by mid-December "
            "we'll lose a good ten percent there.",
        ),
        ("Sipho", "We've got nets for about two thirds. The rest tore last year in that wind."),
        (
            "Marietjie",
            "Then we buy new nets for the rest. Sipho, get me three quotes by Friday, and not "
            "only from your cousin.",
        ),
        ("Sipho", "He gives the best price! But fine, three quotes, Friday."),
        (
            "Johan",
            "On the pickers, last year the contractor sent half the people he promised. I'd "
            "rather we hire directly this time.",
        ),
        (
            "Marietjie",
            "Directly means we do the payroll, the transport, the housing, everything.",
        ),
        (
            "Thandiwe",
            "The Du Toits hired directly last season and they said it was cheaper in the end.",
        ),
        ("Marietjie", "The Du Toits also have an office manager. We don't."),
        ("Johan", "I can do the payroll side, I've already looked at the software."),
        (
            "Marietjie",
            "Fine. We hire directly this year, but Johan, you own it, all of it, not half.",
        ),
        (
            "Johan",
            "Deal. I'll have a plan for recruiting and transport on your desk by the 15th.",
        ),
        (
            "Thandiwe",
            "When do we expect to start picking, realistically? The Sauvignon could be early "
            "February if this heat keeps up.",
        ),
        ("Marietjie", "Nobody can say yet. We'll see in January."),
        (
            "Johan",
            "The other thing is bottling the 2025 Chenin. The mobile line can come on the 8th "
            "or the 14th.",
        ),
        (
            "Marietjie",
            "We take the 8th for the bottling, I want it in bottle before the Christmas rush.",
        ),
        (
            "Johan",
            "Then I need the labels by the 1st, and the printer still hasn't confirmed the new "
            "back label.",
        ),
        ("Marietjie", "Call the printer today, Johan. Today."),
        (
            "Thandiwe",
            "I'll walk the Pinotage block with Sipho on Thursday to see where the nets go first.",
        ),
        ("Sipho", "Thursday's good. Early, before it gets hot."),
        (
            "Marietjie",
            "And someone should really look at the dam pump, it's making that noise again.",
        ),
        ("Sipho", "It's been making that noise for three years, Ma."),
        ("Marietjie", "Right. That's it. Go."),
    ),
    actions=(
        Action("Sipho", ("three", "quotes"), FRIDAY),
        Action("Johan", ("recruiting", "transport"), THE_15TH),
        Action("Johan", ("call", "printer"), TODAY),
        Action("Thandiwe", ("walk", "pinotage"), THURSDAY),
    ),
    decisions=(
        ("buy", "new", "nets"),
        ("hire", "directly"),
        ("8th", "bottling"),
    ),
    questions=(("start", "picking"),),
)

LOAN_COMMITTEE = Meeting(
    name="loan_committee",
    lines=(
        (
            "Margaret",
            "Let's call this to order. Two applications today and then the delinquency "
            "report. Yusuf, the first one.",
        ),
        (
            "Yusuf",
            "A member of eleven years, she runs a small catering business and wants forty-five "
            "thousand for a refrigerated van. Debt service coverage is about 1.4 and the "
            "collateral is the van itself.",
        ),
        (
            "Hiroshi",
            "What happened to her revenue in the lockdowns? Catering fell off a cliff for "
            "everyone.",
        ),
        (
            "Yusuf",
            "It dropped about sixty percent in 2021, but she's been above her pre-pandemic "
            "level for two years now.",
        ),
        ("Hiroshi", "Fine. I'm comfortable with that."),
        (
            "Beatriz",
            "For what it's worth, she never missed a payment on her previous loan with us.",
        ),
        (
            "Margaret",
            "Then the committee approves the van loan at the rate in the memo, on a five-year "
            "term.",
        ),
        (
            "Yusuf",
            "The second is harder. A dental practice refinancing two hundred and ten "
            "thousand, but the practice is in the middle of a partnership split.",
        ),
        (
            "Hiroshi",
            "Who's liable if the partner leaves? Is it joint and several, or only the "
            "remaining dentist?",
        ),
        (
            "Yusuf",
            "That's exactly what I can't tell you yet. Their lawyer is still drafting the "
            "separation agreement.",
        ),
        (
            "Margaret",
            "Then we can't vote on it today. We'll table the dental refinancing until we've "
            "seen the separation agreement.",
        ),
        ("Yusuf", "I'll request a draft of the agreement from their lawyer this week."),
        (
            "Hiroshi",
            "Whatever the agreement says, I'd want a personal guarantee from the partner who "
            "stays.",
        ),
        (
            "Margaret",
            "Noted. Yusuf, include the personal guarantee in the conditions when you bring it "
            "back.",
        ),
        ("Margaret", "Delinquency. Beatriz."),
        (
            "Beatriz",
            "Sixty-day delinquencies went from 1.1 to 1.6 percent this quarter, mostly auto "
            "loans, mostly members under thirty.",
        ),
        ("Hiroshi", "That's a big jump. A few large balances or a lot of small ones?"),
        ("Beatriz", "A lot of small ones. The breakdown is in the appendix."),
        (
            "Margaret",
            "I'd like to know whether the hardship programme is reaching those members at "
            "all. Do we even know how many applied?",
        ),
        (
            "Beatriz",
            "I don't have that number. I'll pull the hardship applications for the December "
            "meeting.",
        ),
        (
            "Margaret",
            "Good. Also, the October minutes still need signing. Hiroshi, you were acting "
            "secretary.",
        ),
        ("Hiroshi", "I'll sign the October minutes after this, they're in my bag."),
        ("Margaret", "Thank you. Meeting adjourned at ten forty."),
    ),
    actions=(
        Action("Yusuf", ("request", "agreement"), END_OF_WEEK),
        Action("Yusuf", ("personal", "guarantee"), None),
        Action("Beatriz", ("hardship", "applications"), None),
        Action("Hiroshi", ("sign", "minutes"), TODAY),
    ),
    decisions=(
        ("approves", "van", "loan"),
        ("table", "dental", "refinancing"),
    ),
    questions=(
        ("liable", "partner", "leaves"),
        ("many", "applied"),
    ),
)

TIMETABLE_CHANGE = Meeting(
    name="timetable_change",
    lines=(
        (
            "Gareth",
            "Can everyone hear me? Mei, I think you're on mute. Okay. This is the 42 and 43 "
            "change for January.",
        ),
        (
            "Mei",
            "Sorry, yes. So the draft timetable has the 42 every twelve minutes instead of "
            "ten, and the 43 goes through the new estate.",
        ),
        (
            "Oluwaseun",
            "From the depot side, twelve minutes saves us two buses in the peak, which we "
            "need, because we're short of drivers anyway.",
        ),
        (
            "Fatima",
            "The people on Carver Road are going to hate losing the 43. We had forty "
            "complaints last time we even mentioned it.",
        ),
        (
            "Gareth",
            "I know. The councillor's office told me they'd back the change, so politically "
            "we're covered.",
        ),
        ("Fatima", "Covered isn't the same as people being happy, but fine."),
        ("Gareth", "So, are we going with twelve minutes on the 42?"),
        ("Oluwaseun", "I'd say yes."),
        ("Mei", "Yes."),
        (
            "Gareth",
            "Good, the 42 goes to a twelve-minute frequency from the January change. Agreed.",
        ),
        (
            "Gareth",
            "The 43 I don't think we can settle today, not without the ridership numbers from "
            "the estate.",
        ),
        ("Mei", "The counts were done in October. I can have them cleaned up by Wednesday."),
        ("Gareth", "Then we'll revisit the 43 next Tuesday, same time."),
        (
            "Fatima",
            "So the big open one is still whether the 43 keeps Carver Road at all, right?",
        ),
        ("Gareth", "Right, that stays open."),
        (
            "Fatima",
            "Whatever happens, printed timetables go to the printer on the 10th, so I need "
            "final times a week before that.",
        ),
        (
            "Oluwaseun",
            "And the drivers' roster has to be posted four weeks out under the union "
            "agreement, so that's more or less the same deadline.",
        ),
        (
            "Gareth",
            "Okay. Mei, can you send Fatima the final times for the 42 by Friday, since that "
            "part's settled?",
        ),
        ("Mei", "Yep, no problem."),
        ("Fatima", "And I'll draft the passenger notice for the 42 by next Friday."),
        (
            "Oluwaseun",
            "Someone needs to check the estate roads can take a double-decker, I've heard the "
            "turning circle by the school is tight.",
        ),
        (
            "Gareth",
            "Good point. Oluwaseun, can you do a test run with a double-decker on Thursday?",
        ),
        ("Oluwaseun", "I'll book a driver and do it Thursday morning."),
        ("Gareth", "Thanks all. Mei, you're on mute again, by the way."),
    ),
    actions=(
        Action("Mei", ("counts",), WEDNESDAY),
        Action(None, ("revisit", "43"), NEXT_TUESDAY),
        Action("Mei", ("final", "times"), FRIDAY),
        Action("Fatima", ("passenger", "notice"), NEXT_FRIDAY),
        Action("Oluwaseun", ("test", "run"), THURSDAY),
    ),
    decisions=(("frequency", "january"),),
    questions=(("keeps", "carver", "road"),),
)

SCRIM_REVIEW = Meeting(
    name="scrim_review",
    lines=(
        (
            "Ingrid",
            "Okay, VOD's up. Everyone see my screen? Second map, the round where we lose the "
            "four-versus-two.",
        ),
        ("Luca", "Bro, I still don't know how we lost that."),
        (
            "Jae",
            "We know how. Three of us rotate because of one footstep. That was my call, my bad.",
        ),
        (
            "Noor",
            "Nah, I called the footstep. I said B and it was just one guy faking.",
        ),
        (
            "Ingrid",
            "It's nobody's fault alone. The thing is we have no rule for when we rotate on sound.",
        ),
        (
            "Tiago",
            "Other teams do the two-player thing, like never more than two rotate off one "
            "piece of info.",
        ),
        (
            "Jae",
            "Okay, let's do that. From now on, max two rotate off sound, unless I call a full "
            "rotate.",
        ),
        ("Luca", "Works for me."),
        (
            "Ingrid",
            "Next, pistol rounds. We lost seven of eight this week, which is honestly "
            "statistically impressive.",
        ),
        ("Noor", "lol"),
        (
            "Tiago",
            "I think our pistol buys are just bad. Everyone buys armour and nobody has utility.",
        ),
        (
            "Ingrid",
            "I'll write up three pistol setups per map and send them by Wednesday, before scrims.",
        ),
        ("Jae", "Are we still playing the qualifier on the 5th, or did they move it?"),
        ("Luca", "They moved it to the 12th, I saw it on their Discord this morning."),
        ("Noor", "So one more week of scrims, which is good honestly."),
        (
            "Tiago",
            "Do we want to keep scrimming Halcyon? They're always late and they leave early.",
        ),
        ("Ingrid", "I'd drop them."),
        ("Jae", "Yeah, agreed, we drop Halcyon."),
        (
            "Ingrid",
            "Luca, you do scheduling, can you find us another team for the Friday slot?",
        ),
        ("Luca", "Yeah, I'll sort it."),
        (
            "Noor",
            "Also my mouse is dying. Does the org pay for peripherals or is that on us?",
        ),
        (
            "Ingrid",
            "Honestly no idea, the contract doesn't say. I'll ask management.",
        ),
        (
            "Jae",
            "Okay, and everyone, review your own deaths from map two by tomorrow. Just your own.",
        ),
        ("Tiago", "Yes, captain."),
        ("Ingrid", "Good session. Same time Wednesday."),
    ),
    actions=(
        Action("Ingrid", ("pistol", "setups"), WEDNESDAY),
        Action("Luca", ("another", "team"), FRIDAY),
        Action("Ingrid", ("ask", "management"), None),
        Action(None, ("review", "deaths"), TOMORROW),
    ),
    decisions=(
        ("two", "rotate", "sound"),
        ("drop", "halcyon"),
    ),
    questions=(("org", "pay", "peripherals"),),
)

TENANTS_ASSOCIATION = Meeting(
    name="tenants_association",
    lines=(
        (
            "Rosa",
            "Okay, can we start? People at the back, there are more chairs. Thank you all for "
            "coming.",
        ),
        (
            "Rosa",
            "The main thing is the heating. Block C has had no heating since Thursday and the "
            "landlord keeps saying it's a part.",
        ),
        ("Helen", "I've been sleeping in my coat. I'm eighty-one. It is not acceptable."),
        (
            "Abdi",
            "In my flat also, and my neighbour with the baby. We call the number, they say "
            "engineer is coming, nobody comes.",
        ),
        (
            "Vikram",
            "Legally they have to fix it within a reasonable time, and for heating in "
            "November that's days, not weeks.",
        ),
        ("Zofia", "Can we not just stop paying the rent until it is fixed?"),
        (
            "Vikram",
            "Please don't. Withholding rent without legal advice can get people evicted.",
        ),
        (
            "Rosa",
            "So what we do is, the association sends a formal letter to the landlord today, "
            "and we copy in the council's housing team.",
        ),
        (
            "Vikram",
            "I'll write the letter, I've got last year's template. It goes out this afternoon.",
        ),
        (
            "Helen",
            "And what about the heaters? The man said on Friday they would bring heaters.",
        ),
        ("Abdi", "They brought six. For forty flats."),
        (
            "Rosa",
            "Abdi, could you make a list of who in Block C has small children or older "
            "people, so we ask for heaters for them first?",
        ),
        ("Abdi", "Yes, I will knock on the doors tonight."),
        ("Zofia", "I can help him, I talk to the Polish families."),
        ("Rosa", "Second item, the bins. Quickly, because it's the same every month."),
        (
            "Vikram",
            "The bin store is overflowing again and people have seen rats by the playground.",
        ),
        (
            "Helen",
            "Rats! In my day the council would have been round the same afternoon.",
        ),
        ("Rosa", "Who can report the rats to environmental health? Anyone?"),
        (
            "Zofia",
            "I will report the rats to environmental health, I have the photos on my phone.",
        ),
        (
            "Abdi",
            "One question, the next meeting, can we have it in the evening? Many people work "
            "in the day.",
        ),
        (
            "Rosa",
            "The community hall is only free on Tuesdays, so let's do evenings from now on, "
            "Tuesdays at seven.",
        ),
        (
            "Vikram",
            "And we still don't know who owns the bin store, the landlord or the council, "
            "right? That's why nobody empties it.",
        ),
        (
            "Rosa",
            "Nobody knows. Okay, thank you all. Helen, come and stay at mine if it's still "
            "cold tonight.",
        ),
    ),
    actions=(
        Action("Vikram", ("write", "letter"), TODAY),
        Action("Abdi", ("list",), TODAY),
        Action("Zofia", ("report", "rats"), None),
    ),
    decisions=(
        ("formal", "letter"),
        ("evenings", "tuesdays"),
    ),
    questions=(("owns", "bin", "store"),),
)

TRIAL_RECRUITMENT = Meeting(
    name="trial_recruitment",
    lines=(
        (
            "Katrin",
            "Good morning, and good afternoon for Thiago. Let's go through the sites. We are "
            "at 142 of 300 patients, so behind the plan.",
        ),
        ("Anand", "How far behind, exactly?"),
        ("Katrin", "About six weeks, if the curve stays like this."),
        (
            "Thiago",
            "São Paulo is doing okay, but Recife randomised only two since September. The "
            "coordinator there left in October and they did not replace her.",
        ),
        (
            "Anand",
            "Then Recife needs a decision. Either they get a new coordinator or we close them "
            "to new patients.",
        ),
        (
            "Katrin",
            "I would give them until the end of the month. To close a site is a lot of "
            "paperwork with the ethics committee.",
        ),
        (
            "Anand",
            "Okay. Recife has until the 30th to name a new coordinator, otherwise we close "
            "enrolment there.",
        ),
        (
            "Thiago",
            "I'll tell the PI in Recife today. She will not like it, but she knows.",
        ),
        (
            "Amara",
            "From the data side I have a worry. The screen failure rate in Lyon is forty "
            "percent, double the others.",
        ),
        ("Katrin", "Is it the eGFR criterion again?"),
        ("Amara", "Mostly, yes. Kidney function at screening."),
        (
            "Anand",
            "Should we ask the steering committee to relax the eGFR threshold? I honestly "
            "don't know if the safety data supports that.",
        ),
        (
            "Katrin",
            "That is a protocol amendment, months of work. I would not decide it here.",
        ),
        (
            "Anand",
            "Agreed, not here. Amara, can you send me the screen failure reasons by site, so "
            "I have numbers for the steering committee?",
        ),
        ("Amara", "Yes, you'll have it on Wednesday."),
        (
            "Thiago",
            "Another thing, the patient diaries. Patients in Brazil find the app confusing, "
            "many stop filling it after week two.",
        ),
        ("Katrin", "The vendor told me a Portuguese update is coming in Q1."),
        (
            "Anand",
            "Q1 is too late for us. Katrin, please push the vendor for a firm date this week.",
        ),
        ("Katrin", "Yes, I'll do it."),
        (
            "Thiago",
            "Meanwhile can we print paper diaries as a backup? We did it in another study and "
            "it worked.",
        ),
        (
            "Anand",
            "Yes, let's allow paper diaries as a backup in Brazil until the app is fixed.",
        ),
        (
            "Katrin",
            "Then we must check if the ethics committee has to approve a paper version, I am "
            "not sure.",
        ),
        (
            "Thiago",
            "I'll ask our regulatory person and come back to you next Monday.",
        ),
        ("Anand", "Good. Thanks everyone, same call in two weeks."),
    ),
    actions=(
        Action("Thiago", ("tell", "recife"), TODAY),
        Action("Amara", ("screen", "failure", "reasons"), WEDNESDAY),
        Action("Katrin", ("push", "vendor"), END_OF_WEEK),
        Action("Thiago", ("ask", "regulatory"), NEXT_MONDAY),
    ),
    decisions=(
        ("recife", "close", "enrolment"),
        ("paper", "diaries", "backup"),
    ),
    questions=(
        ("relax", "egfr", "threshold"),
        ("ethics", "committee", "approve"),
    ),
)

CAPACITY_PLANNING = Meeting(
    name="capacity_planning",
    lines=(
        (
            "Sven",
            "Morning. The short version: the Frankfurt hall is at eighty-one percent of power "
            "and we're adding the new GPU racks in Q1.",
        ),
        (
            "Chidi",
            "Eighty-one on average. At peak we touched eighty-nine last Tuesday, which is way "
            "too close for my liking.",
        ),
        (
            "Priyanka",
            "That peak was the batch reindex. We already moved it to nights, so it shouldn't "
            "happen again.",
        ),
        (
            "Sven",
            "Okay. Still, the GPU racks are about forty kilowatts each and we want eight of "
            "them. That doesn't fit, does it?",
        ),
        (
            "Chidi",
            "Not in that hall, no. Not without the second feed, and the utility quoted "
            "fourteen months for that.",
        ),
        ("Haruka", "Fourteen months? Could we colocate somewhere in the meantime?"),
        ("Sven", "We could. I'd want real numbers before we go down that road."),
        (
            "Haruka",
            "I can get indicative colocation pricing from our two existing providers by next "
            "Friday.",
        ),
        (
            "Priyanka",
            "Before that, can we agree the GPU racks don't go in Frankfurt at all? Otherwise "
            "we'll keep going in circles.",
        ),
        (
            "Sven",
            "Yes. Decision: no GPU racks in the Frankfurt hall, they go to colo or to Dublin.",
        ),
        (
            "Chidi",
            "Does Dublin even have the cooling for that density? I genuinely don't know, "
            "their chillers are old.",
        ),
        (
            "Sven",
            "That's the question. Chidi, can you find out from the Dublin facilities team?",
        ),
        (
            "Chidi",
            "I'll ask them, but they're slow, I wouldn't expect an answer before mid-December.",
        ),
        (
            "Priyanka",
            "Separately, we've got three hundred old storage nodes we could decommission, "
            "that frees maybe sixty kilowatts.",
        ),
        ("Sven", "Why haven't we done that already?"),
        (
            "Priyanka",
            "Because the archive team said they still needed them, two years ago. Nobody's "
            "checked since.",
        ),
        (
            "Sven",
            "Priyanka, check with archive this week whether they still need them, and if not "
            "we start decommissioning in December.",
        ),
        ("Priyanka", "Sure."),
        (
            "Haruka",
            "For my planning, is Q1 for the GPU racks fixed, or could it slip to Q2?",
        ),
        (
            "Sven",
            "It could slip, it depends on procurement, and honestly I can't say right now.",
        ),
        (
            "Sven",
            "I'll send a summary of this to the director this afternoon so she's not surprised.",
        ),
        ("Chidi", "Put the fourteen months for the feed in it, she'll want that in writing."),
        ("Sven", "Will do. Thanks, all."),
    ),
    actions=(
        Action("Haruka", ("colocation", "pricing"), NEXT_FRIDAY),
        Action("Chidi", ("dublin", "facilities"), None),
        Action("Priyanka", ("check", "archive"), END_OF_WEEK),
        Action("Sven", ("summary", "director"), TODAY),
    ),
    decisions=(("gpu", "racks", "frankfurt"),),
    questions=(
        ("dublin", "cooling", "density"),
        ("q1", "slip"),
    ),
)

PLANNING_APPLICATION = Meeting(
    name="planning_application",
    lines=(
        (
            "Colm",
            "Right. The Okafor extension. The planning officer rang me on Friday, she's not "
            "happy with the rear elevation.",
        ),
        ("Ayesha", "What's her problem with it? It's within the permitted height."),
        (
            "Colm",
            "Overlooking. The balcony looks straight into the neighbour's garden, and the "
            "neighbour has already objected.",
        ),
        (
            "Matteo",
            "We could put a privacy screen on that side, frosted glass, one point eight metres.",
        ),
        (
            "Ji-woo",
            "Or drop the balcony and make it a Juliet. The clients only wanted it for the view.",
        ),
        (
            "Colm",
            "The clients will fight losing the balcony. Mrs Okafor was very clear about that.",
        ),
        (
            "Ayesha",
            "Then the screen, and if the officer still objects we fall back to the Juliet.",
        ),
        (
            "Colm",
            "Yes. We go with the frosted screen and keep the Juliet in our back pocket.",
        ),
        (
            "Colm",
            "Matteo, revised drawings with the screen to me by Wednesday, and I'll send them "
            "to the officer on Thursday.",
        ),
        ("Matteo", "Wednesday's tight with the Hartley tender, but okay."),
        (
            "Ji-woo",
            "Do we need to notify the neighbours again if the drawings change? I thought minor "
            "amendments didn't need it.",
        ),
        ("Colm", "Depends on the council. Some do, some don't."),
        (
            "Ayesha",
            "Separately, the fee. We've done three rounds of changes now and we quoted for one.",
        ),
        (
            "Colm",
            "I know, I know. I don't like charging the Okafors extra, they've been lovely.",
        ),
        ("Ayesha", "Lovely doesn't pay Matteo's overtime."),
        (
            "Colm",
            "Fair. Ayesha, draft a fee variation letter, keep it friendly, and I'll look at it "
            "before it goes.",
        ),
        (
            "Ji-woo",
            "And the structural engineer still hasn't sent the calcs for the steel beam. "
            "Building control will want them.",
        ),
        ("Colm", "Chase him again. You've got his mobile, Ji-woo?"),
        (
            "Ji-woo",
            "Yes. I'll call him about the calcs today, and if nothing, I'll go round to his "
            "office.",
        ),
        (
            "Matteo",
            "Are we still doing the Christmas lunch on the 18th, or did that move?",
        ),
        ("Colm", "The 18th, it's booked. Don't be late this year, Matteo."),
        (
            "Colm",
            "Okay, that's it. Oh, and whoever's last out tonight, the alarm code changed, it's "
            "on the board.",
        ),
    ),
    actions=(
        Action("Matteo", ("revised", "drawings"), WEDNESDAY),
        Action("Colm", ("send", "officer"), THURSDAY),
        Action("Ayesha", ("fee", "variation"), None),
        Action("Ji-woo", ("call", "calcs"), TODAY),
    ),
    decisions=(("frosted", "screen"),),
    questions=(("notify", "neighbours"),),
)

MEETINGS = (
    VET_PARTNERS,
    GROUND_HANDLING,
    HARVEST_PLANNING,
    LOAN_COMMITTEE,
    TIMETABLE_CHANGE,
    SCRIM_REVIEW,
    TENANTS_ASSOCIATION,
    TRIAL_RECRUITMENT,
    CAPACITY_PLANNING,
    PLANNING_APPLICATION,
)
