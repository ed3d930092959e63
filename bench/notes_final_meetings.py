"""Final meetings for the notes rules: a seventh set, for one last honest measurement.

Written blind at the end of session 6, without reading the rules, their tests or the meetings
of the other six sets, from a brief that gave no example wordings, and meant to be run once for
an honest figure. It holds ten kinds of meeting the other sets lack: a container terminal berth
planning meeting, an offshore wind maintenance planning call, a venture fund investment
committee, a food bank volunteer coordinators' huddle, an orchestra concert logistics meeting,
a retail district managers' call, a telecom tower rollout call, an academic conference
programme committee, a ski resort pre-season operations meeting and a fit session between a
fashion brand and its garment factory. Several are held mostly in English spoken by people
whose first language is not English. People talk as they do at work: small talk, jokes, past
work, reported speech, hedges, hypotheticals, answered questions and requests nobody takes sit
beside the commitments, decisions and open questions a careful note-taker would write down.

Dates are resolved from Monday 2026-11-23 10:00 UTC as a careful person would: "today",
"tonight", "this afternoon" and "after this" are that day, a bare weekday is the next one
("Saturday" is 28 November), "next Monday" and "next Friday" are those of next week (30
November and 4 December), "this week" and "next week" are due on their Sunday, "the fifth" is
5 December, and a vague time ("soon", "when we can") has no date.
"""

from __future__ import annotations

import datetime as dt

from bench.notes_heldout_meetings import (
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]

DECEMBER_5 = dt.date(2026, 12, 5)

BERTH_PLANNING = Meeting(
    name="berth_planning",
    lines=(
        (
            "Joost",
            "Good morning. We go quick today, the Nordic Star is already waiting at the "
            "anchorage since six o'clock.",
        ),
        (
            "Maricel",
            "Yes, and she is coming with four hundred more reefers than the pre-advice said. "
            "I saw it only this morning in the bay plan.",
        ),
        (
            "Arjun",
            "Four hundred reefers more? We don't have so many plugs free on block C, that is "
            "the problem.",
        ),
        (
            "Oksana",
            "Block C is full, yes. Block F has maybe one hundred fifty plugs, but two of the "
            "power units there were broken last week.",
        ),
        ("Joost", "Were they repaired or not?"),
        (
            "Oksana",
            "One is repaired on Friday. The other one, the electrician said maybe Wednesday, "
            "but he always says Wednesday.",
        ),
        (
            "Joost",
            "Okay. Oksana, please you call the electrician company today and you get a real "
            "date for the second unit.",
        ),
        ("Oksana", "I will call them after this meeting."),
        (
            "Arjun",
            "For the cranes, I can give three cranes on the Nordic Star, not four, because "
            "crane six is still in maintenance.",
        ),
        (
            "Joost",
            "Three cranes is fine. So we decide: the Nordic Star goes on berth two with three "
            "cranes, and the Baltic feeder waits until tomorrow morning.",
        ),
        ("Maricel", "The feeder agent will not be happy about that."),
        (
            "Joost",
            "I will tell the feeder agent myself, I have a call with him today at eleven.",
        ),
        ("Arjun", "And the reefers, what do we do if the plugs are not enough?"),
        (
            "Oksana",
            "We can put maybe sixty on the gensets, the diesel ones, but that costs a lot.",
        ),
        ("Joost", "How many gensets are working now?"),
        ("Oksana", "Eight. Maybe nine."),
        (
            "Joost",
            "Okay, and the gensets we keep as backup only, we don't plan reefers on them from "
            "the start.",
        ),
        (
            "Maricel",
            "Then I will ask the shipping line if some reefers can stay on board and go off "
            "in Antwerp instead. I think they say no, but I ask.",
        ),
        (
            "Joost",
            "Good. Arjun, the big vessel on Friday needs four cranes. Is crane six ready "
            "before Friday or not?",
        ),
        ("Arjun", "Maintenance says Thursday night. I don't want to promise this."),
        (
            "Joost",
            "So that stays open, we don't know yet if we have four cranes for Friday.",
        ),
        (
            "Arjun",
            "I will check with maintenance again on Wednesday morning and send you an update.",
        ),
        (
            "Oksana",
            "One more thing, the trucks at the gate are waiting ninety minutes again in the "
            "afternoon.",
        ),
        ("Joost", "Not today, please, that is for the gate meeting. Thank you all."),
    ),
    actions=(
        Action("Oksana", ("electrician",), TODAY),
        Action("Joost", ("feeder", "agent"), TODAY),
        Action("Maricel", ("shipping", "line"), None),
        Action("Arjun", ("maintenance",), WEDNESDAY),
    ),
    decisions=(
        ("berth", "cranes"),
        ("gensets", "backup"),
    ),
    questions=(("four", "cranes", "friday"),),
)

WIND_MAINTENANCE = Meeting(
    name="wind_maintenance",
    lines=(
        (
            "Mette",
            "Right, the forecast. From Wednesday we have waves over two metres until at least "
            "Saturday, so we have basically today and tomorrow.",
        ),
        (
            "Lukas",
            "Which means we cannot do both turbines. Either the gearbox on B7 or the blade "
            "inspection on C3.",
        ),
        (
            "Tomasz",
            "B7 is producing nothing since two weeks. C3 is producing, only with the small "
            "crack. For me it is clear.",
        ),
        (
            "Siobhan",
            "From the safety side, the crack on C3 isn't growing on the last drone pictures, "
            "so I don't see a risk in waiting.",
        ),
        (
            "Mette",
            "Okay, so decided, the gearbox on B7 gets the window and C3 waits. The crew "
            "transfer vessel takes the team out tomorrow at six.",
        ),
        ("Lukas", "The spare parts, are they already in the port?"),
        (
            "Tomasz",
            "The bearings yes, the seal kit no. It was supposed to arrive Friday and it did "
            "not arrive.",
        ),
        ("Lukas", "Typical."),
        (
            "Mette",
            "Lukas, can you chase the supplier for the seal kit today? If it's not in the "
            "port by tonight, we lose the window.",
        ),
        ("Lukas", "Ja, I call them right after this."),
        (
            "Siobhan",
            "And I need the updated rescue plan for B7 before anyone climbs. The old one "
            "still has the names of the summer crew.",
        ),
        (
            "Tomasz",
            "I will update the names in the rescue plan and send it to you this afternoon.",
        ),
        ("Siobhan", "Then I sign it tonight, so it's done before the boat goes."),
        ("Mette", "And C3? When do we do the blade, then?"),
        (
            "Lukas",
            "Next window, whenever that is. The long-range forecast in December is a joke.",
        ),
        (
            "Tomasz",
            "If we had the second vessel like last year, we could do both, but that's not "
            "happening.",
        ),
        (
            "Mette",
            "No. So C3 stays open. Other thing: the owner wants a monthly availability report "
            "now, by the fifth of every month.",
        ),
        (
            "Mette",
            "Tomasz, can you prepare the November availability report for them?",
        ),
        ("Tomasz", "Yes, by the fifth, no problem."),
        (
            "Mette",
            "Since they get that report, we stop the weekly status email to the owner. Agreed?",
        ),
        ("Lukas", "Agreed, nobody reads it anyway."),
    ),
    actions=(
        Action("Lukas", ("seal", "kit"), TODAY),
        Action("Tomasz", ("rescue", "plan"), TODAY),
        Action("Siobhan", ("sign",), TODAY),
        Action("Tomasz", ("availability", "report"), DECEMBER_5),
    ),
    decisions=(
        ("gearbox", "b7", "window"),
        ("weekly", "status", "email"),
    ),
    questions=(("c3", "blade"),),
)

INVESTMENT_COMMITTEE = Meeting(
    name="investment_committee",
    lines=(
        (
            "Catherine",
            "Let's get started. One item today: Loop Freight's Series A. They're asking us "
            "to lead, eight million on forty pre.",
        ),
        (
            "Rafael",
            "Quick summary. Revenue tripled this year, net retention is around one-thirty, "
            "and burn is higher than I'd like, but they've got eighteen months of runway.",
        ),
        (
            "Yuki",
            "My concern is still customer concentration. The top two customers are fifty-five "
            "percent of revenue.",
        ),
        (
            "Emeka",
            "Which was also true of half our portfolio at that stage, to be fair.",
        ),
        (
            "Yuki",
            "Sure, but one of those two has a contract renewal in March, and we have no idea "
            "whether they're renewing.",
        ),
        ("Catherine", "Do we know anything at all about that renewal?"),
        (
            "Rafael",
            "The founder told me it's basically done. Which, you know, is what founders say.",
        ),
        (
            "Catherine",
            "Okay, here's where I land. We approve the investment, subject to a reference "
            "call with that customer before we sign.",
        ),
        ("Emeka", "Agreed."),
        (
            "Yuki",
            "I can live with that, as long as the call actually happens before signing.",
        ),
        ("Catherine", "Rafael, you'll set up that reference call?"),
        ("Rafael", "Yes, I'll have it done by next Friday."),
        (
            "Emeka",
            "Should we ask for a board seat, or is an observer seat enough at this size?",
        ),
        ("Catherine", "Board seat. We're leading, we take the seat."),
        ("Yuki", "And which partner takes the seat?"),
        (
            "Catherine",
            "Let's not decide that today, I want to see who has capacity after the December "
            "reviews.",
        ),
        (
            "Emeka",
            "I'll draft the term sheet in the next couple of days and circulate it Thursday.",
        ),
        (
            "Catherine",
            "Yuki, could you write up the concentration risk for the memo, so it's on record?",
        ),
        ("Yuki", "Will do, by Wednesday."),
        (
            "Rafael",
            "Last thing. Can we realistically close before Christmas? The founders keep asking.",
        ),
        (
            "Catherine",
            "That depends entirely on the reference call. I'll call the founders this "
            "afternoon and give them the news, and I won't promise a date.",
        ),
    ),
    actions=(
        Action("Rafael", ("reference", "call"), NEXT_FRIDAY),
        Action("Emeka", ("term", "sheet"), THURSDAY),
        Action("Yuki", ("concentration", "risk"), WEDNESDAY),
        Action("Catherine", ("founders",), TODAY),
    ),
    decisions=(
        ("approve", "investment"),
        ("board", "seat"),
    ),
    questions=(
        ("partner", "seat"),
        ("close", "christmas"),
    ),
)

FOOD_BANK = Meeting(
    name="food_bank",
    lines=(
        (
            "Denise",
            "Okay, folks, thanks for staying after shift. Quick one, I promise, I know "
            "everybody's freezing.",
        ),
        ("Abdi", "The walk-in cooler is the warmest place in here, honestly."),
        (
            "Denise",
            "Ha. So, Thanksgiving week. Turkey pickup from the grocery stores is Wednesday, "
            "distribution is Saturday morning.",
        ),
        (
            "Rosa",
            "We're short drivers for Wednesday. I've got three confirmed and we need at "
            "least five.",
        ),
        ("Abdi", "I can drive Wednesday, I'm off work that day."),
        (
            "Rosa",
            "Great, that's four. I'll post in the volunteer group chat tonight for one more.",
        ),
        (
            "Denise",
            "Last year we ran out of turkeys by ten-thirty and people were really upset.",
        ),
        (
            "Abdi",
            "Because some families got two. This year it has to be one per household, no "
            "exceptions.",
        ),
        (
            "Denise",
            "Yeah, let's do that. One turkey per household, and we keep a list at the door.",
        ),
        (
            "Rosa",
            "Who's on the door with the list, though? It can't be somebody new, people argue.",
        ),
        ("Denise", "I'll do the door myself on Saturday."),
        (
            "Rosa",
            "What about families who come without ID? Do we still serve them?",
        ),
        ("Denise", "We always serve them. That's not changing."),
        ("Abdi", "The other thing is the freezer in the back. It's making that noise again."),
        ("Denise", "Can somebody call the repair guy?"),
        ("Abdi", "I'd do it, but I don't even have his number."),
        ("Denise", "It's on the fridge, Abdi. Right there."),
        ("Abdi", "Fine, fine. I'll call the repair guy about the freezer tomorrow morning."),
        (
            "Rosa",
            "And are we doing the December toy drive again or not? Nobody has said anything.",
        ),
        (
            "Denise",
            "I honestly don't know yet. The church hasn't told us if we can have the hall.",
        ),
    ),
    actions=(
        Action("Abdi", ("drive",), WEDNESDAY),
        Action("Rosa", ("volunteer", "chat"), TODAY),
        Action("Denise", ("door",), SATURDAY),
        Action("Abdi", ("repair", "freezer"), TOMORROW),
    ),
    decisions=(("turkey", "household"),),
    questions=(("december", "toy"),),
)

ORCHESTRA_LOGISTICS = Meeting(
    name="orchestra_logistics",
    lines=(
        (
            "Ingrid",
            "So, the Mahler on the twelfth. Matteo, where are we with the guest conductor?",
        ),
        (
            "Matteo",
            "Her flight lands on the eighth, first rehearsal is the ninth. The agent "
            "confirmed everything on Friday.",
        ),
        (
            "Aisha",
            "The parts, though. We have the rental set from the publisher, but the bowings "
            "are from the last orchestra that used them, and they're a mess.",
        ),
        ("Pavel", "Can't the strings just fix them in rehearsal?"),
        ("Aisha", "Not in three rehearsals, no. The principals need to mark them before."),
        (
            "Ingrid",
            "Then, Aisha, please get the parts to the string principals this week so they can "
            "mark the bowings.",
        ),
        ("Aisha", "I'll have them in their pigeonholes by Wednesday."),
        (
            "Pavel",
            "Stage-wise, with the offstage brass in the last movement... wait, no, that's the "
            "Second. Which Mahler is it?",
        ),
        ("Ingrid", "The Fourth. No offstage brass, just the soprano."),
        (
            "Pavel",
            "Right, good. Then the only thing is the soprano. She wants to stand behind the "
            "orchestra for the last movement?",
        ),
        (
            "Matteo",
            "She's asked for it, yes. I think it looks odd, but she's attached to the idea.",
        ),
        (
            "Ingrid",
            "No. The soprano stands next to the conductor, we're not building a riser at the "
            "back, the sound doesn't carry from there in our hall.",
        ),
        ("Matteo", "Fine. I'll let her agent know, gently."),
        (
            "Matteo",
            "Also, the dress is on the evening of the eleventh, but the hall has a school "
            "concert that night.",
        ),
        (
            "Ingrid",
            "Then the dress rehearsal moves to the morning of the twelfth. Decided.",
        ),
        (
            "Pavel",
            "And I need the final seating plan. Last time we had two extra chairs and one "
            "stand missing.",
        ),
        ("Ingrid", "I'll send you the seating plan on Friday."),
        (
            "Aisha",
            "One open thing: do we print the song texts in the programme, German and English? "
            "The publisher wants a fee for their translation.",
        ),
        ("Ingrid", "How much?"),
        ("Aisha", "They haven't said."),
        (
            "Ingrid",
            "Then we can't decide it today. Matteo, can you find out the fee?",
        ),
        ("Matteo", "Sure, I'll ask them tomorrow."),
    ),
    actions=(
        Action("Aisha", ("parts",), WEDNESDAY),
        Action("Matteo", ("agent",), None),
        Action("Ingrid", ("seating", "plan"), FRIDAY),
        Action("Matteo", ("fee",), TOMORROW),
    ),
    decisions=(
        ("soprano", "conductor"),
        ("dress", "rehearsal", "twelfth"),
    ),
    questions=(("texts", "programme"),),
)

DISTRICT_CALL = Meeting(
    name="district_call",
    lines=(
        (
            "Gary",
            "Morning, everybody, can you all hear me? Dmitri, I think you're on mute.",
        ),
        ("Dmitri", "Sorry, sorry. Yes, I'm here."),
        (
            "Gary",
            "Okay. Black Friday is Friday, obviously. Last weekend's numbers first. Lakshmi?",
        ),
        (
            "Lakshmi",
            "We were up six percent on last year, mostly small appliances. Footfall was flat, "
            "though.",
        ),
        (
            "Fatou",
            "We were down two. They're resurfacing the car park at our centre, so half of it "
            "was closed.",
        ),
        ("Gary", "Is that finished before Friday?"),
        ("Fatou", "The centre manager says yes. I'll believe it when I see it."),
        ("Mei", "Mei here, sorry, I'm in the car. We were up one, nothing exciting."),
        ("Gary", "Dmitri, you had the shrink problem in fragrance."),
        (
            "Dmitri",
            "Yeah, three testers gone again on Saturday. I want to move fragrance behind the "
            "till for the weekend.",
        ),
        (
            "Gary",
            "Do it. Fragrance goes behind the till in all three stores for Black Friday "
            "weekend, not just yours.",
        ),
        ("Lakshmi", "We honestly don't have the space behind our till, Gary."),
        ("Gary", "Then make space. Take the gift cards off the back wall."),
        ("Lakshmi", "Okay. I'll clear the back wall tonight after close."),
        ("Gary", "Staffing. Rotas are all in?"),
        ("Fatou", "Mine's in. I'm one person short for the Friday opening shift."),
        ("Gary", "I'll ask the Northgate store if they can lend you someone."),
        (
            "Dmitri",
            "Are we opening at six or seven? The email from head office said both.",
        ),
        ("Gary", "Seven. Six was the old plan, ignore the first email."),
        (
            "Dmitri",
            "And are the doorbuster TVs actually arriving Thursday? I've got nothing on the "
            "system.",
        ),
        ("Gary", "No idea, honestly. Nobody's told me anything."),
        (
            "Lakshmi",
            "What about price match, are we matching online retailers this year or only "
            "other shops?",
        ),
        (
            "Gary",
            "Good question, and I genuinely don't know. I'll find out about the price match "
            "from head office and text you all by Wednesday.",
        ),
        (
            "Fatou",
            "Last thing, can someone send me the new window planogram? I never got it.",
        ),
        ("Dmitri", "I've got it, I'll forward it to you after the call."),
    ),
    actions=(
        Action("Lakshmi", ("back", "wall"), TODAY),
        Action("Gary", ("northgate",), None),
        Action("Gary", ("price", "match"), WEDNESDAY),
        Action("Dmitri", ("planogram",), TODAY),
    ),
    decisions=(("fragrance", "till"),),
    questions=(
        ("doorbuster", "tvs"),
        ("price", "match", "online"),
    ),
)

TOWER_ROLLOUT = Meeting(
    name="tower_rollout",
    lines=(
        (
            "Camila",
            "Okay, I share my screen... you can see the tracker? Good. Twelve sites planned "
            "for December, and today five have the permit.",
        ),
        (
            "Budi",
            "The other seven, most are waiting for the signature of the village head. It is "
            "normal, it takes time.",
        ),
        (
            "Rahul",
            "Time we don't have. The contract says forty sites on air by the end of the year.",
        ),
        (
            "Sari",
            "For site Bandung 14, the land owner wants to change the lease price again. Third "
            "time now.",
        ),
        ("Camila", "Can we drop Bandung 14 and use the backup location?"),
        ("Budi", "The backup has worse coverage, maybe seventy percent of the area."),
        (
            "Rahul",
            "Seventy percent is better than zero. We go with the backup for Bandung 14 and we "
            "stop negotiating.",
        ),
        ("Sari", "Okay, I will inform the land owner this week, politely."),
        (
            "Sari",
            "But who pays the extra lease for the backup site, us or the operator?",
        ),
        ("Rahul", "Good question. Nobody knows, let's park it."),
        (
            "Camila",
            "For the backup we need a new survey, yes? Budi, your team can do it?",
        ),
        ("Budi", "Yes, we can do the survey on Thursday."),
        (
            "Rahul",
            "What about power? Half of these sites have no grid, we need the solar kits.",
        ),
        (
            "Camila",
            "The solar kits are in customs in Jakarta since the second of November.",
        ),
        ("Sari", "Customs, always customs."),
        ("Rahul", "Do we know when the solar kits come out of customs?"),
        ("Camila", "No. The broker doesn't answer my emails."),
        (
            "Budi",
            "My cousin works at the port, maybe he knows somebody there. I don't know.",
        ),
        (
            "Rahul",
            "Camila, please escalate to the broker's manager, and put me in copy.",
        ),
        ("Camila", "Yes, I do it today."),
        (
            "Rahul",
            "Also, from now the weekly call is Tuesday, not Monday, because on Monday the "
            "permit office is closed for us.",
        ),
        ("Camila", "Okay, I update the invitation."),
    ),
    actions=(
        Action("Sari", ("land", "owner"), END_OF_WEEK),
        Action("Budi", ("survey",), THURSDAY),
        Action("Camila", ("escalate", "manager"), TODAY),
        Action("Camila", ("invitation",), None),
    ),
    decisions=(
        ("backup", "bandung"),
        ("weekly", "call", "tuesday"),
    ),
    questions=(
        ("pays", "lease"),
        ("solar", "kits", "customs"),
    ),
)

PROGRAMME_COMMITTEE = Meeting(
    name="programme_committee",
    lines=(
        (
            "Helen",
            "Thanks for joining at short notice. We have a hundred and eighty submissions, "
            "forty more than last year, and reviews close on Friday.",
        ),
        (
            "Oluwaseun",
            "I've got eleven papers and I've done four. I'll be honest, Friday is ambitious.",
        ),
        ("Jiho", "Same here. Could we extend the review deadline by a week?"),
        (
            "Helen",
            "I'd rather not, notifications have to go out on the 15th. But... fine. We "
            "extend reviews to next Friday and shorten the discussion phase.",
        ),
        ("Marta", "So discussion is, what, four days? Tight, but fine."),
        (
            "Helen",
            "Marta, could you email all the reviewers about the new deadline today?",
        ),
        ("Marta", "Sure."),
        (
            "Jiho",
            "There's also the papers with only one review so far. I counted nine.",
        ),
        (
            "Helen",
            "Jiho, can you find emergency reviewers for those nine by Wednesday?",
        ),
        ("Jiho", "Yes, I'll ask around today and tomorrow. Wednesday is okay."),
        ("Oluwaseun", "And I'll take two of them myself, the systems ones."),
        (
            "Marta",
            "Separate issue. One paper is flagged for possible dual submission, it's almost "
            "identical to a workshop paper from the summer.",
        ),
        ("Helen", "Is that workshop archival?"),
        (
            "Marta",
            "That's exactly what I don't know. Their website doesn't say either way.",
        ),
        ("Helen", "Then I'll write to the workshop organisers and ask."),
        (
            "Jiho",
            "Do we want a best paper award this year? Last year it was mostly arguing.",
        ),
        (
            "Helen",
            "We keep the award, but it's decided by three people, not the whole committee.",
        ),
        ("Oluwaseun", "And who sits on the award panel?"),
        ("Helen", "Let's sort that out after notifications."),
        (
            "Marta",
            "If we had a proper conference system instead of this one, half of these "
            "problems would go away.",
        ),
        ("Helen", "Noted, for the next chair. Thanks, everyone."),
    ),
    actions=(
        Action("Marta", ("email", "reviewers"), TODAY),
        Action("Jiho", ("emergency", "reviewers"), WEDNESDAY),
        Action("Oluwaseun", ("systems",), None),
        Action("Helen", ("workshop", "organisers"), None),
    ),
    decisions=(
        ("extend", "reviews"),
        ("award", "three"),
    ),
    questions=(
        ("workshop", "archival"),
        ("award", "panel"),
    ),
)

PRESEASON_OPS = Meeting(
    name="preseason_ops",
    lines=(
        ("Bjorn", "Okay, twelve days to opening. Snowmaking first. Chloé?"),
        (
            "Chloé",
            "We made snow three nights last week, the base on the lower slopes is maybe "
            "forty centimetres. But from Wednesday the forecast is plus four, so we stop.",
        ),
        (
            "Tenzing",
            "Forty is not enough for the blue run. There are rocks under the second turn, I "
            "checked yesterday.",
        ),
        (
            "Anna",
            "Can we open only the beginner area and the gondola if the blue run isn't ready?",
        ),
        ("Bjorn", "We could, but the season pass holders will be furious."),
        ("Chloé", "They are furious every year."),
        (
            "Bjorn",
            "True. Okay, we open on the fifth with whatever is safe, even if it's only the "
            "beginner area and the gondola.",
        ),
        (
            "Tenzing",
            "Then I'll do a full inspection of the blue run on Thursday, before we promise "
            "anything to anyone.",
        ),
        (
            "Anna",
            "The website still says all runs open on opening day. I'll change the website "
            "today, before people start booking.",
        ),
        ("Bjorn", "Good. And the chairlift inspector, is he coming or not?"),
        ("Anna", "The ministry said sometime next week. No date."),
        (
            "Bjorn",
            "Without his signature the chairlift doesn't run, so that's the big risk.",
        ),
        (
            "Chloé",
            "I'll call my contact at the ministry tomorrow, she helped us with the old lift.",
        ),
        (
            "Tenzing",
            "Also, patrol needs two more people. Two quit last week, they went to the other "
            "resort for more money.",
        ),
        ("Bjorn", "How many applications do we have?"),
        ("Tenzing", "Four. Two are good."),
        ("Bjorn", "Hire the two good ones, I approve the budget for that."),
        ("Tenzing", "Okay, I make the offers this week."),
        (
            "Chloé",
            "And maybe one day we get a snow cat that is younger than me.",
        ),
        ("Bjorn", "Maybe. Not this year. Thanks, all."),
    ),
    actions=(
        Action("Tenzing", ("inspection",), THURSDAY),
        Action("Anna", ("website",), TODAY),
        Action("Chloé", ("contact", "ministry"), TOMORROW),
        Action("Tenzing", ("offers",), END_OF_WEEK),
    ),
    decisions=(
        ("open", "fifth"),
        ("hire", "two"),
    ),
    questions=(("chairlift", "inspector"),),
)

FIT_SESSION = Meeting(
    name="fit_session",
    lines=(
        (
            "Giulia",
            "Linh, can you turn the camera so we see the model? Yes, perfect, thank you.",
        ),
        (
            "Linh",
            "This is the second sample of the wool coat, style 4120. We changed the shoulder "
            "like you asked last time.",
        ),
        (
            "Sam",
            "The shoulder is better. But the sleeve is still too long, look at her hand, it "
            "covers half of it.",
        ),
        ("Giulia", "It's about two centimetres too long, I think."),
        ("Sam", "Two and a half. I measured it on the photos yesterday."),
        (
            "Giulia",
            "Okay, two and a half. We shorten the sleeve by two and a half centimetres, and "
            "the shoulder stays like this.",
        ),
        ("Linh", "Okay, I tell the pattern room today and we make the third sample."),
        ("Noor", "When can you send us the third sample?"),
        (
            "Linh",
            "Maybe ten days. The lining fabric is finished, we wait for the new roll.",
        ),
        (
            "Noor",
            "Ten days is too late for the buy meeting on the 4th.",
        ),
        ("Linh", "I try for seven days, but I cannot promise."),
        (
            "Noor",
            "Then we approve the coat on photos of the third sample, not the physical one, "
            "otherwise we miss the buy meeting.",
        ),
        ("Giulia", "I don't love that, but okay."),
        (
            "Sam",
            "I will send the updated measurement spec tonight, so there's no confusion.",
        ),
        (
            "Linh",
            "One question. For the button, the supplier has the horn button out of stock. "
            "Can we use the resin button that looks like horn?",
        ),
        (
            "Giulia",
            "I need to see it next to the fabric first. Send me a photo.",
        ),
        ("Linh", "Yes, I send this afternoon."),
        ("Noor", "And the price, Linh. Did the factory accept forty-two dollars?"),
        (
            "Linh",
            "My boss says forty-four is the minimum, because the wool price went up.",
        ),
        ("Noor", "Okay. I'll call your boss about the price on Wednesday."),
    ),
    actions=(
        Action("Linh", ("pattern", "room"), TODAY),
        Action("Sam", ("measurement", "spec"), TODAY),
        Action("Linh", ("photo",), TODAY),
        Action("Noor", ("boss", "price"), WEDNESDAY),
    ),
    decisions=(
        ("shorten", "sleeve"),
        ("approve", "photos"),
    ),
    questions=(("resin", "button"),),
)

MEETINGS = (
    BERTH_PLANNING,
    WIND_MAINTENANCE,
    INVESTMENT_COMMITTEE,
    FOOD_BANK,
    ORCHESTRA_LOGISTICS,
    DISTRICT_CALL,
    TOWER_ROLLOUT,
    PROGRAMME_COMMITTEE,
    PRESEASON_OPS,
    FIT_SESSION,
)
