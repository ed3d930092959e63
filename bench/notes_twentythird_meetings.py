"""Twenty-third meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: an air traffic control watch briefing, a customs brokerage
desk, a canal maintenance section team, a winter roads depot, a by-election office, a probation
team, a public health outbreak control team, a weather forecast desk, an observatory operations
meeting and a community midwives team. People talk as they do: fillers, false starts,
interruptions, commitments in many forms, dates changed mid-conversation, due dates in many
forms or none. The labels are what a careful note-taker would write down; past work,
hypotheticals, hedges, requests nobody takes, answered questions, reported speech, rota
assignments, jokes and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one, "next
Tuesday" and "next Friday" are those of next week, "the 3rd" is 3 December, a vague period
("this week", "the end of the month") is due on its last day, Sunday for weeks, and "soon" or
no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_MONTH,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_TUESDAY,
    NEXT_WEDNESDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


TOWER_WATCH = Meeting(
    name="air_traffic_watch",
    lines=(
        ("Fiona", "Right, watch briefing before handover. Five minutes, I promise."),
        ("Calum", "You said that on Friday and we were here forty minutes."),
        ("Fiona", "On Friday the radar fell over, so that doesn't count. Night watch, anything?"),
        ("Dougie", "Two go-arounds for wind shear around three, both logged. Otherwise quiet."),
        (
            "Priya",
            "And the engineers swapped the approach light controller on Saturday. It's been fine "
            "since.",
        ),
        ("Fiona", "Good. So, the big one. The ILS on two-six is out for calibration on the 3rd."),
        (
            "Fiona",
            "The unit board signed that off last month, so it's happening. We just plan round it.",
        ),
        ("Calum", "Which means RNP approaches only, all day. The freight lot will moan."),
        ("Fiona", "They'll cope. Calum, can you draft the NOTAM for the ILS outage by Wednesday?"),
        ("Calum", "Yep, Wednesday's fine. Actually no, I'm on leave Wednesday. Tomorrow, then."),
        ("Priya", "Does the freight operator even have RNP approval for their older jets?"),
        ("Dougie", "I thought someone asked them in the spring and never heard back."),
        ("Fiona", "They do, it's in the June letter of agreement. I checked it on Thursday."),
        ("Fiona", "What I can't tell you is whether we get an extra assistant that day."),
        ("Calum", "Did Ops say anything about the overtime budget?"),
        ("Fiona", "Not a word. So that stays open until they come back to us."),
        (
            "Priya",
            "If the weather's rubbish on the 3rd as well, we'd be holding half the arrivals.",
        ),
        ("Dougie", "Maybe we could ask the Met Office for a special briefing that morning?"),
        ("Fiona", "They charge for those now, Dougie. Maybe not."),
        ("Fiona", "Right. For the 3rd we run a flow rate of twenty an hour, single runway."),
        ("Calum", "Twenty? Not twenty-two?"),
        (
            "Fiona",
            "Twenty. With no ILS I'd rather be cautious. I'll tell the airport duty manager on "
            "Friday.",
        ),
        (
            "Dougie",
            "I'll update the watch log template so people record the RNP approaches separately.",
        ),
        (
            "Fiona",
            "Lovely. And someone needs to brief the new trainee on the outage before the 3rd.",
        ),
        ("Priya", "Not me, I'm on nights all week, sorry."),
        ("Calum", "And I'm on leave, as established."),
        ("Fiona", "Fine, it's on the board, we'll find somebody."),
        ("Calum", "Coffee machine's fixed, by the way. They came on Saturday."),
        ("Fiona", "Finally, a miracle. Right, thanks all, have a quiet one."),
    ),
    actions=(
        Action("Calum", ("notam",), TOMORROW),
        Action("Fiona", ("tell", "airport"), FRIDAY),
        Action("Dougie", ("log", "template"), None),
        Action(None, ("brief", "trainee"), DECEMBER_3),
    ),
    decisions=(("flow", "twenty"),),
    questions=(("overtime", "budget"),),
)


CUSTOMS_DESK = Meeting(
    name="customs_brokerage",
    lines=(
        (
            "Marleen",
            "Okay, morning. Customs desk, let's do the week. Joost, stuck containers first.",
        ),
        (
            "Joost",
            "Three still held at Maasvlakte. Two are the tyre importer, one's the furniture.",
        ),
        (
            "Joost",
            "The tyres are held for the anti-dumping check. I sent the invoices to customs last "
            "Tuesday.",
        ),
        (
            "Anouk",
            "And customs came back asking for certificates of origin, which the client still "
            "hasn't sent.",
        ),
        ("Marleen", "Classic. Anouk, will you chase the client for the certificates?"),
        (
            "Anouk",
            "Yes, I'll chase them for the certificates today. If nothing by Wednesday I'd "
            "escalate to their finance director.",
        ),
        (
            "Ravi",
            "The furniture one is different. Tariff code. They declared it as wood, it's bamboo.",
        ),
        ("Marleen", "Bamboo's a different heading, isn't it?"),
        ("Ravi", "Different chapter, even. Fourteen or forty-four, depending who you ask."),
        (
            "Joost",
            "Depending who you ask, that's the whole problem with bamboo. The inspector will say "
            "forty-four.",
        ),
        (
            "Marleen",
            "Then we declare it under forty-four. I'm not arguing with the inspector over a sofa.",
        ),
        ("Ravi", "Fine. I'll file the amended declaration tomorrow morning."),
        (
            "Anouk",
            "Should we warn the client it'll cost them more duty? Might be a few hundred euros.",
        ),
        (
            "Marleen",
            "Yes. Ravi, can you ring them about the extra duty? No rush, this week is fine.",
        ),
        ("Ravi", "Sure."),
        ("Joost", "Other news: the new national customs portal goes live on the 15th."),
        ("Joost", "They decided that in Den Haag ages ago, we don't get a vote."),
        ("Marleen", "Has anyone actually got test credentials for it yet?"),
        ("Anouk", "I applied two weeks ago. Nothing back."),
        (
            "Marleen",
            "Then we need training before the 15th. Someone should set up a session with the "
            "vendor.",
        ),
        ("Ravi", "I'd do it, but I'm out Thursday and Friday."),
        (
            "Joost",
            "I'll book the portal training with the vendor this week, for whenever they can do.",
        ),
        ("Marleen", "Thanks, Joost."),
        (
            "Marleen",
            "Will the portal handle the anti-dumping documents, or do those stay on paper?",
        ),
        (
            "Joost",
            "Honestly, nobody knows. The vendor's FAQ says 'phase two', whatever that means.",
        ),
        (
            "Marleen",
            "Lovely. Last thing, the Christmas rush. We take no new clients until January. That's"
            " final.",
        ),
        ("Anouk", "Even the wine importer? They were so keen."),
        ("Marleen", "Even them. I'll call the wine importer myself on Friday and explain."),
        ("Joost", "Rather you than me."),
        ("Marleen", "Right, that's it. Thanks, everyone."),
    ),
    actions=(
        Action("Anouk", ("certificates",), TODAY),
        Action("Ravi", ("amended", "declaration"), TOMORROW),
        Action("Ravi", ("ring", "duty"), END_OF_WEEK),
        Action("Joost", ("book", "training"), END_OF_WEEK),
        Action("Marleen", ("call", "wine"), FRIDAY),
    ),
    decisions=(
        ("declare", "forty-four"),
        ("clients", "january"),
    ),
    questions=(("anti-dumping", "documents"),),
)


CANAL_SECTION = Meeting(
    name="canal_maintenance",
    lines=(
        (
            "Bev",
            "Morning. Kettle's on, grab a seat. Winter stoppages, that's the main thing today.",
        ),
        (
            "Bev",
            "Lock fourteen closes on the 15th for the new gates. Region fixed that back in the "
            "summer.",
        ),
        ("Gareth", "The gates are built, by the way. I saw them at the workshop last Thursday."),
        ("Tomasz", "Are they the oak ones or the composite trial?"),
        ("Gareth", "Oak. The composite trial got pulled. Budget, what else."),
        ("Bev", "Right. So before the 15th we need the stop planks in and the pound drained."),
        (
            "Bev",
            "Tomasz, can you sort the stop planks for fourteen? They were in a state last year.",
        ),
        (
            "Tomasz",
            "Yeah, I'll check the planks on Wednesday. If they're rotten I might order new ones.",
        ),
        (
            "Lowri",
            "Fish rescue. We'll need the environment people for the fish rescue when we drain.",
        ),
        ("Bev", "Lowri, you did it last year, would you mind booking them again?"),
        ("Lowri", "I'd rather not, honestly. They ignored my emails for a month last time."),
        ("Bev", "Fair enough. I'll book the fish rescue myself, then. I'll do it tomorrow."),
        ("Gareth", "What about the boaters moored above fourteen? Some of them live aboard."),
        (
            "Bev",
            "They'll need notice. Gareth, could you put the notices up on the towpath by Friday?",
        ),
        (
            "Gareth",
            "Friday... I'm on the weed boat Friday. Thursday. I'll do the notices Thursday.",
        ),
        ("Tomasz", "And the ones who can't move? There's the fella with the dead engine."),
        ("Bev", "Hm. Can we tow him ourselves, or is that a liability thing?"),
        ("Gareth", "I genuinely don't know. The insurers would have to say."),
        ("Bev", "Nobody here knows, then. We'll leave that one open for now."),
        ("Lowri", "The volunteer lock-keepers finish for the season on Sunday, too."),
        (
            "Lowri",
            "I've already written them a thank-you card. It's in the office if you want to sign.",
        ),
        (
            "Tomasz",
            "If it freezes like two years ago, we won't get the machinery down there at all.",
        ),
        ("Bev", "Then we'd slip a week. But let's not plan for that."),
        ("Bev", "One thing to settle: the pump. Council depot or Jacksons?"),
        ("Tomasz", "Jacksons are dearer."),
        ("Gareth", "Dearer, but they turn up. The depot one never came last year."),
        ("Bev", "True. Okay, we're hiring the pump from Jacksons. Done."),
        ("Bev", "Somebody needs to ring Jacksons and reserve the pump this week. Anyone?"),
        ("Gareth", "Don't look at me, I've got the notices."),
        ("Bev", "Okay, I'll stick it on the board. Oh, Gareth, the parapet on Mill Lane bridge?"),
        ("Gareth", "Been hit again. I reported it to highways this morning, photos and all."),
        ("Bev", "Star. Right, that's us. Thanks all."),
    ),
    actions=(
        Action("Tomasz", ("check", "planks"), WEDNESDAY),
        Action("Bev", ("book", "fish"), TOMORROW),
        Action("Gareth", ("notices",), THURSDAY),
        Action(None, ("reserve", "pump"), END_OF_WEEK),
    ),
    decisions=(("pump", "jacksons"),),
    questions=(("tow", "liability"),),
)


ROADS_DEPOT = Meeting(
    name="winter_roads_depot",
    lines=(
        (
            "Denise",
            "Okay folks, first real storm of the season. Environment Canada's saying twenty "
            "centimetres Wednesday night.",
        ),
        ("Marc", "Twenty-five. The update this morning says twenty-five."),
        (
            "Denise",
            "Twenty-five, thanks Marc. So we go to full callout Wednesday at six, all routes.",
        ),
        ("Owen", "Full callout means the contractors too?"),
        (
            "Denise",
            "Contractors too. I'll phone the contractors this afternoon so they've got notice.",
        ),
        (
            "Jen",
            "Salt's the issue. The dome's at maybe forty percent. The delivery got cancelled last"
            " week.",
        ),
        ("Marc", "Cancelled or delayed? The supplier told me delayed."),
        ("Jen", "They told me cancelled. They keep changing the story."),
        ("Denise", "Jen, can you get a firm delivery date out of them by tomorrow?"),
        ("Jen", "I'll try. I'll go over the rep's head if I have to."),
        (
            "Owen",
            "Truck twelve's still down, the hydraulic pump. Parts are supposed to come Thursday.",
        ),
        ("Denise", "Supposed to. Would the south yard lend us their spare?"),
        ("Marc", "They won't give it up. They said no last winter too."),
        (
            "Denise",
            "We ask anyway. Owen, ask the south yard for the spare truck, today if you can.",
        ),
        ("Owen", "Sure, I'll ring Pete at lunch."),
        ("Jen", "Maybe we should brine the hills Wednesday afternoon, before it starts?"),
        ("Denise", "Maybe. Let's see what the forecast does tomorrow before we commit to brine."),
        ("Marc", "The new guys, have they all done the route ride-along?"),
        ("Owen", "Two have. Kyle hasn't, he was off sick."),
        ("Marc", "I'll take Kyle out on route seven tomorrow night, then."),
        (
            "Denise",
            "Good. And the council wants last season's overtime numbers. I'll pull those from "
            "payroll by the end of the month.",
        ),
        ("Jen", "Does the council know the salt budget's already eighty percent spent?"),
        ("Denise", "They do, I told the committee on Thursday. They weren't thrilled."),
        ("Owen", "What about sidewalk clearing downtown? Is that us this year, or the town?"),
        ("Denise", "Still being argued between the county and the town. No answer yet."),
        ("Denise", "Okay. Get some sleep before Wednesday, all of you. That's it."),
    ),
    actions=(
        Action("Denise", ("phone", "contractors"), TODAY),
        Action("Jen", ("delivery", "date"), TOMORROW),
        Action("Owen", ("spare", "truck"), TODAY),
        Action("Marc", ("kyle", "route"), TOMORROW),
        Action("Denise", ("overtime", "payroll"), END_OF_MONTH),
    ),
    decisions=(("full", "callout"),),
    questions=(("sidewalk", "clearing"),),
)


BY_ELECTION = Meeting(
    name="by_election_office",
    lines=(
        ("Aroha", "Kia ora, everyone. Eastern ward by-election: voting closes on the 15th."),
        ("Aroha", "Council set that date in October, so there's no moving it."),
        ("Ben", "The postal vote packs went to the printer on Friday. They said proofs today."),
        ("Kate", "Proofs came in at nine, actually. There's a mistake in the candidate order."),
        ("Ben", "Oh no. Which one?"),
        ("Kate", "Two surnames swapped. Nguyen should come before Parata, it's alphabetical."),
        ("Aroha", "Right. Kate, please send the printer the corrections before lunch."),
        ("Kate", "On it, straight after this."),
        ("Sione", "Do we need new proofs after that, or do we trust them?"),
        ("Aroha", "New proofs. We always sign off the final version ourselves."),
        (
            "Sione",
            "Voting places. The church hall pulled out, they've got a funeral booked that day.",
        ),
        ("Aroha", "Could we use the school instead? It's two streets away."),
        ("Sione", "The school's fine, but it's term time. They'd want us out by three."),
        ("Ben", "Voting goes till seven, though. So that's no good."),
        ("Aroha", "Then the library. Let's go with the library."),
        (
            "Sione",
            "Yep. I'll confirm the library with the branch manager and get the signage order in "
            "by Wednesday.",
        ),
        ("Kate", "Are we doing the pop-up at the mall again? It worked really well last time."),
        ("Aroha", "I'd love to, but we haven't the staff. No mall pop-up this time."),
        ("Ben", "The ethnic media ads, council comms said they'd do those, I think?"),
        (
            "Aroha",
            "They said so in September. Whether they've actually booked anything, I couldn't tell"
            " you.",
        ),
        ("Aroha", "Ben, would you mind checking with comms what's booked?"),
        ("Ben", "Sure, tomorrow. Ah, no, I'm in Hamilton tomorrow. Thursday."),
        (
            "Kate",
            "What happens if a candidate withdraws after the packs go out? Does the name stay on?",
        ),
        (
            "Aroha",
            "Good question. The Act says something, but I'd want the lawyers on it. Park it for "
            "now.",
        ),
        ("Aroha", "Oh, and scrutineers. Candidates have to nominate them by next Friday."),
        ("Aroha", "Someone should send the candidates a reminder about that."),
        ("Ben", "Not it."),
        ("Sione", "Also not it."),
        ("Aroha", "What a team. Fine, it'll get done. Thanks, all."),
    ),
    actions=(
        Action("Kate", ("corrections",), TODAY),
        Action("Sione", ("confirm", "library"), WEDNESDAY),
        Action("Sione", ("signage",), WEDNESDAY),
        Action("Ben", ("comms",), THURSDAY),
        Action(None, ("reminder", "candidates"), None),
    ),
    decisions=(
        ("library",),
        ("mall", "pop-up"),
    ),
    questions=(("candidate", "withdraws"),),
)


PROBATION_TEAM = Meeting(
    name="probation_team",
    lines=(
        ("Nadia", "Okay, team meeting. I know caseloads are mad, so let's keep this tight."),
        ("Liam", "Tight like last week, or actually tight?"),
        (
            "Nadia",
            "Actually tight. First, unpaid work. The charity shop on the high street has pulled "
            "out.",
        ),
        (
            "Grace",
            "That's eight placements gone. They told me on Friday, something about their "
            "insurance.",
        ),
        ("Hamid", "The food bank mentioned they might take people. Two or three, maybe."),
        ("Nadia", "Hamid, can you follow that up with the food bank this week?"),
        ("Hamid", "Yeah, I'll go and see them Thursday, I'm out that way anyway."),
        (
            "Liam",
            "Court reports. We've got six pre-sentence reports due for the Crown Court on the 3rd.",
        ),
        ("Liam", "I've done two. I'll write one more report, but not four."),
        ("Nadia", "Grace, Hamid, can you split the other three?"),
        ("Grace", "I'll take two of the reports, the north cluster ones."),
        ("Hamid", "And I'll do the last report. Due the 3rd, yeah?"),
        ("Liam", "Well, the court wants them the day before, really."),
        ("Nadia", "Let's say next Wednesday for all of them, then, to be safe."),
        (
            "Grace",
            "Is the new risk assessment tool actually mandatory from December, or still a pilot?",
        ),
        ("Nadia", "Mandatory. Head office confirmed it last week."),
        ("Liam", "Then we need training. Half of us haven't touched it."),
        ("Nadia", "I asked the regional trainer for a session a fortnight ago. Nothing."),
        ("Hamid", "Could we do it ourselves? Grace used it at her last office."),
        ("Grace", "I could run a short session on it, yeah. Next Tuesday afternoon?"),
        ("Nadia", "Perfect. I'll block out everyone's diaries for it."),
        ("Liam", "Office move. Are we actually moving to the civic centre in January?"),
        ("Nadia", "I've heard January, I've heard March. Nobody's told me anything official."),
        (
            "Nadia",
            "Last thing, the dark evenings. I want home visits in pairs after dark. Objections?",
        ),
        ("Liam", "Only that it doubles the travel."),
        (
            "Nadia",
            "It does, and I'll live with that. Visits in pairs after dark, from today. Agreed?",
        ),
        ("Grace", "Agreed."),
        ("Hamid", "Agreed. Can we also get the pool car back from the other team?"),
        ("Nadia", "Ha. One miracle at a time. Thanks, everyone."),
    ),
    actions=(
        Action("Hamid", ("food", "bank"), THURSDAY),
        Action("Liam", ("report",), NEXT_WEDNESDAY),
        Action("Grace", ("reports", "north"), NEXT_WEDNESDAY),
        Action("Hamid", ("report",), NEXT_WEDNESDAY),
        Action("Grace", ("session",), NEXT_TUESDAY),
        Action("Nadia", ("diaries",), None),
    ),
    decisions=(("pairs", "dark"),),
    questions=(("moving", "civic"),),
)


OUTBREAK_TEAM = Meeting(
    name="outbreak_control",
    lines=(
        ("Siobhan", "Okay, outbreak control team, meeting two. Where are we on case numbers?"),
        (
            "Aisling",
            "Forty-one cases, up from twenty-eight on Friday. All linked to the hotel wedding on "
            "the Saturday.",
        ),
        (
            "Aisling",
            "The questionnaire went to every guest on the list. About sixty percent returned so "
            "far.",
        ),
        ("Siobhan", "Any hospitalisations?"),
        ("Aisling", "Two, both discharged yesterday."),
        (
            "Declan",
            "The lab's confirmed norovirus in nine of the twelve samples. Genotyping's still "
            "running.",
        ),
        ("Siobhan", "When do we get the genotype back?"),
        ("Declan", "The reference lab says Thursday."),
        (
            "Conor",
            "I inspected the kitchen on Saturday. Two food handlers worked while ill the week "
            "before.",
        ),
        (
            "Siobhan",
            "Right. The kitchen stays closed until it's had a deep clean and we've re-inspected.",
        ),
        ("Conor", "The manager's going to argue. He's got a Christmas party booked for Friday."),
        (
            "Siobhan",
            "He can argue. Conor, can you write to the manager formally, setting out the "
            "conditions?",
        ),
        ("Conor", "Yep. The formal letter to the manager goes out by five today."),
        ("Aisling", "Do we want to extend the questionnaire to the hotel staff as well?"),
        ("Siobhan", "Yes, let's extend it to staff too."),
        (
            "Aisling",
            "Okay. I'll adapt the questionnaire for staff tomorrow, but I need the staff list.",
        ),
        ("Conor", "I'll get the staff list off them when I'm there on Wednesday."),
        ("Declan", "Should we be telling the public? A press release?"),
        (
            "Siobhan",
            "If we see cases outside the wedding, then yes. Let's come back to that once we have "
            "the genotype.",
        ),
        ("Aisling", "Do we know if any of the guests work in care homes or schools?"),
        ("Aisling", "Because if one of them works in a care home, that's a whole other problem."),
        ("Siobhan", "We don't know. The questionnaire never asked about work. That's a gap."),
        ("Conor", "If it was the buffet, you'd expect more cases from the Sunday brunch too."),
        ("Aisling", "Unless the brunch was cooked by different staff. Which it might have been."),
        (
            "Siobhan",
            "Someone should ring round the local GPs as well, see if they're seeing anything.",
        ),
        ("Declan", "I would, but I'm at the reference lab all day tomorrow."),
        ("Siobhan", "Fine, we'll find someone. Thanks, everyone. Go and wash your hands."),
    ),
    actions=(
        Action("Conor", ("manager", "formal"), TODAY),
        Action("Aisling", ("questionnaire", "staff"), TOMORROW),
        Action("Conor", ("staff", "list"), WEDNESDAY),
        Action(None, ("gps",), None),
    ),
    decisions=(
        ("kitchen", "closed"),
        ("extend", "staff"),
    ),
    questions=(
        ("telling", "public"),
        ("care", "schools"),
    ),
)


FORECAST_DESK = Meeting(
    name="forecast_desk",
    lines=(
        ("Ingrid", "Morning. Forecast desk planning. Thursday's storm is the headline, obviously."),
        (
            "Paddy",
            "The models still disagree. The European has it tracking north of us, the American "
            "has it right over the top.",
        ),
        (
            "Mei",
            "The ensemble's about sixty-forty for the northern track, as of the six o'clock run.",
        ),
        ("Ingrid", "So do we issue a yellow wind warning today, or wait for the midday run?"),
        ("Oskar", "If we wait and it goes south, the ferries lose a whole day of planning."),
        (
            "Paddy",
            "And if we issue and it goes north, we've cried wolf again. Third time this autumn.",
        ),
        ("Ingrid", "I know. Okay, we issue the yellow today, west coast only. Decided."),
        ("Mei", "I'll write the warning text and have it out by two."),
        (
            "Ingrid",
            "Thanks, Mei. Oskar, can you brief the ferry operators and the roads people once it's"
            " out?",
        ),
        ("Oskar", "Yep, I'll ring them this afternoon, and update the storm page on the website."),
        ("Paddy", "Do we go to amber if the midday run shifts south?"),
        ("Ingrid", "Only if the gusts go over a hundred and ten. That's in the manual."),
        ("Mei", "Separate thing. Is the new coastal radar operational yet?"),
        ("Oskar", "The engineers said last week they'd hand it over by the end of the month."),
        ("Mei", "They've said that since August."),
        ("Ingrid", "Fine. We don't use the new radar in products until it's properly handed over."),
        ("Ingrid", "I'll ask the engineering lead for a handover date in writing."),
        ("Paddy", "Christmas rota. Last year it was me and Mei on the day."),
        ("Ingrid", "I'll do Christmas Day this year. Somebody else can have Boxing Day."),
        ("Oskar", "The verification study at the university, do they still want our data?"),
        ("Mei", "They emailed on Friday asking for three years of station observations."),
        (
            "Paddy",
            "I can pull the station data, it's only a script. I'll send it to them by next Friday.",
        ),
        (
            "Ingrid",
            "Wait. Are we even allowed to share three years? The data policy changed in the "
            "summer.",
        ),
        ("Paddy", "No idea. Nobody told me it changed."),
        ("Ingrid", "Me neither, properly. Leave that open, and send them nothing for now."),
        ("Oskar", "Okay. Are we done? My coffee's gone cold."),
        ("Ingrid", "Done. Mei, two o'clock for the warning, don't forget."),
    ),
    actions=(
        Action("Mei", ("warning", "text"), TODAY),
        Action("Oskar", ("brief", "ferry"), TODAY),
        Action("Oskar", ("storm", "website"), TODAY),
        Action("Ingrid", ("handover", "writing"), None),
    ),
    decisions=(
        ("yellow", "west"),
        ("radar", "products"),
    ),
    questions=(("allowed", "share"),),
)


OBSERVATORY_OPS = Meeting(
    name="observatory_operations",
    lines=(
        ("Camila", "Okay, ops meeting. The dome shutter on the four-metre, where are we?"),
        (
            "Luis",
            "We replaced the motor brushes on Saturday. It opened fine last night, closed fine.",
        ),
        ("Jonas", "It made the noise again around two a.m., though. The grinding one."),
        (
            "Luis",
            "The grinding... okay, so not the brushes. I'll inspect the shutter gearbox tomorrow "
            "with the mechanic.",
        ),
        ("Camila", "Please. If it jams open in the wind we're in real trouble."),
        (
            "Thandi",
            "Scheduling. The supernova follow-up group want two extra hours on Wednesday night.",
        ),
        ("Camila", "Out of whose time?"),
        ("Thandi", "That's the thing. It'd come out of the exoplanet survey. They won't be happy."),
        (
            "Jonas",
            "Transients win under the target of opportunity rules, don't they? The committee "
            "agreed that in March.",
        ),
        ("Camila", "They do. So the supernova group gets the two hours on Wednesday."),
        ("Thandi", "I'll email the survey team today, and offer them Friday's spare hour."),
        (
            "Luis",
            "Friday's spare hour is the engineering hour. I was going to use it for the "
            "spectrograph focus.",
        ),
        ("Thandi", "Oh. Sorry, Luis."),
        ("Camila", "Engineering keeps the Friday hour. Offer them something next week instead."),
        ("Thandi", "Fair. Next week it is."),
        ("Jonas", "Archive. The transfer to the European mirror failed again over the weekend."),
        ("Camila", "Is that our end or theirs?"),
        ("Jonas", "Honestly, I can't tell. Their logs say timeout, ours say success."),
        ("Camila", "Let's not guess. Jonas, open a ticket with their IT and copy me in."),
        ("Jonas", "Done by lunch."),
        ("Luis", "Also the road. Snow season's coming. Do we need chains for the van this year?"),
        ("Camila", "We always need chains. Whoever goes down to La Serena next, buy two sets."),
        ("Jonas", "That's me, Thursday. I'll grab the chains."),
        ("Thandi", "And visitors' night on Saturday, are we still doing it with the dome issue?"),
        ("Camila", "We'll decide that on Friday, once Luis has had a proper look."),
        ("Luis", "No pressure, then."),
        ("Camila", "None at all. Right. Clear skies, everyone."),
    ),
    actions=(
        Action("Luis", ("shutter", "gearbox"), TOMORROW),
        Action("Thandi", ("email", "survey"), TODAY),
        Action("Jonas", ("ticket",), TODAY),
        Action("Jonas", ("chains",), THURSDAY),
    ),
    decisions=(
        ("supernova", "hours"),
        ("engineering", "friday"),
    ),
    questions=(
        ("end", "theirs"),
        ("visitors", "dome"),
    ),
)


MIDWIVES_TEAM = Meeting(
    name="community_midwives",
    lines=(
        ("Rhian", "Bore da. Team meeting. Let's start with birth centre staffing for December."),
        (
            "Efa",
            "We're two short on nights from the 15th. Catrin's on mat leave and Sam's moving to "
            "the ward.",
        ),
        ("Rhian", "Bank staff?"),
        ("Efa", "I asked bank on Thursday. They've got one, maybe."),
        (
            "Josh",
            "Could we close the birth centre overnight for a couple of weeks? Divert to the main "
            "unit?",
        ),
        ("Sunita", "Families would hate that. And the main unit's full half the time."),
        ("Rhian", "I don't want to close it. We keep the birth centre open at night."),
        ("Rhian", "I'll put a request for agency cover to the head of midwifery tomorrow."),
        ("Josh", "Home birth kits. Two of the kits in the car boots are missing gas and air."),
        ("Sunita", "I noticed that on Friday. I reported it to supplies."),
        ("Josh", "Reported, fine, but has anything come?"),
        ("Sunita", "No. I'll go down to supplies and fetch the cylinders myself this afternoon."),
        (
            "Rhian",
            "Thank you. Antenatal classes. The Tuesday evening venue in Llanelli is closing for "
            "refurbishment.",
        ),
        ("Efa", "Since when?"),
        ("Rhian", "From next week. The council told us on Friday. Very helpful."),
        ("Josh", "The leisure centre has a room. I've used it for the breastfeeding group."),
        ("Rhian", "Josh, could you book the leisure centre room for next Tuesday?"),
        (
            "Josh",
            "I can, but for next Tuesday I'd have to book it today, they need a week's notice.",
        ),
        ("Rhian", "Then today, please."),
        ("Josh", "Fine, today."),
        ("Efa", "And someone will need to text all the mums about the new venue."),
        ("Sunita", "I'll do the texts once Josh has confirmed."),
        ("Efa", "Has anyone heard if the electronic notes system is coming before Christmas?"),
        ("Rhian", "I've heard yes and I've heard no. Nobody can tell me."),
        ("Sunita", "Last thing, mandatory training. I'm overdue on neonatal resus."),
        ("Rhian", "You and half the team. I'll send round the dates for the December sessions."),
        ("Josh", "Do we still get training hours back as time off in lieu?"),
        ("Rhian", "Yes, that's still the policy."),
        ("Rhian", "Okay. Off you go. Drive carefully, the roads are icy."),
    ),
    actions=(
        Action("Rhian", ("agency", "cover"), TOMORROW),
        Action("Sunita", ("supplies",), TODAY),
        Action("Josh", ("book", "leisure"), TODAY),
        Action("Sunita", ("text",), None),
        Action("Rhian", ("dates", "sessions"), None),
    ),
    decisions=(("birth", "open"),),
    questions=(("electronic", "notes"),),
)


MEETINGS = (
    TOWER_WATCH,
    CUSTOMS_DESK,
    CANAL_SECTION,
    ROADS_DEPOT,
    BY_ELECTION,
    PROBATION_TEAM,
    OUTBREAK_TEAM,
    FORECAST_DESK,
    OBSERVATORY_OPS,
    MIDWIVES_TEAM,
)
