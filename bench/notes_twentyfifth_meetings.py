"""Twenty-fifth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: a salmon hatchery morning meeting in Scotland, a sheep
shearing gang's week plan in New Zealand, a flour mill production meeting in Saskatchewan, a
gas network emergency crew's team talk in Leeds, a smart meter installation team in Victoria,
a hydro power station outage planning meeting in Norway, a pension scheme administration team
in Dublin, a card fraud operations team in Johannesburg, a driving school's instructors in
Cardiff and a first aid training provider in Nairobi. People talk as they do: fillers, false
starts, interruptions, asides, jokes, commitments in many forms, due dates in many forms or
none. The labels are what a careful note-taker would write down; past work, hypotheticals,
hedges, requests nobody takes, answered questions, reported speech, shift assignments and
decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight"
and "after this" are that day, a bare weekday is the next one ("Monday" is 30 November),
"Tuesday the first" is 1 December, "the third" is 3 December, a vague period ("this week",
"over the weekend") is due on its last day, Sunday for weeks, and "soon" or no time at all
has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
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


SALMON_HATCHERY = Meeting(
    name="salmon_hatchery",
    lines=(
        ("Morag", "Right, let's crack on, feeding's at half ten. Egg room first. Callum?"),
        (
            "Callum",
            "Eyed eggs from the October strip look grand. Losses are under two percent, "
            "I picked the trays on Saturday.",
        ),
        ("Callum", "The chiller on row B tripped again, mind. I reset it twice over the weekend."),
        ("Morag", "Twice? That's not on. Fraser, can you get the refrigeration engineer out?"),
        ("Fraser", "I rang them on Friday, actually. They said Wednesday at the earliest."),
        ("Morag", "Wednesday's fine if it holds till then."),
        ("Fraser", "Okay, I'll book the engineer in for Wednesday and I'll be on site for it."),
        (
            "Callum",
            "And if it packs in before that, I'm sleeping in the egg room with a fan heater.",
        ),
        ("Morag", "Please don't. A fan heater is the wrong direction entirely."),
        (
            "Ines",
            "Smolts. The vaccination crew is booked for the third, so the fish need "
            "starving for two days before.",
        ),
        ("Morag", "So we stop feeding the smolt tanks from Tuesday the first. Agreed?"),
        ("Fraser", "Yeah."),
        ("Callum", "Fine by me."),
        (
            "Ines",
            "It's already on the whiteboard, and I told the night shift on Saturday "
            "because I guessed you'd say that.",
        ),
        (
            "Callum",
            "Are we using the same vaccine as last year? Someone said the vet wanted a change.",
        ),
        (
            "Morag",
            "She floated it, but the order went in unchanged, so it's the same as last year.",
        ),
        ("Fraser", "Has anyone sent the vet the mortality figures for the health certificate?"),
        ("Ines", "I sent October's last Thursday. November isn't finished yet."),
        (
            "Morag",
            "I'm off Thursday and Friday, so can somebody pull November together before then?",
        ),
        ("Callum", "Go on, I'll do the November figures by Wednesday night."),
        ("Morag", "Head office also want us to trial a new feed on one tank of parr."),
        (
            "Ines",
            "Maybe after the vaccination? We could take tank six if it's empty by then.",
        ),
        (
            "Morag",
            "I'm not keen before Christmas, but it's not my call alone. I'll ring Duncan "
            "at head office tomorrow and talk it through.",
        ),
        ("Fraser", "Other thing. Does our insurance even cover the eggs if the chiller fails?"),
        ("Morag", "Honestly, no idea. I'd have to dig out the policy, and it's not in my drawer."),
        ("Ines", "The UV lamps on the intake are way over their hours as well."),
        ("Morag", "Right, I'll order spare lamps this week, the budget code's mine anyway."),
        ("Morag", "Insurance stays a mystery for now, then. Anything else? Off you go."),
    ),
    actions=(
        Action("Fraser", ("engineer",), WEDNESDAY),
        Action("Callum", ("november",), WEDNESDAY),
        Action("Morag", ("duncan",), TOMORROW),
        Action("Morag", ("lamps",), END_OF_WEEK),
    ),
    decisions=(("stop", "feeding"),),
    questions=(("insurance", "cover"),),
)


SHEARING_GANG = Meeting(
    name="shearing_gang",
    lines=(
        ("Hemi", "Kia ora, everyone, quick one before we head out. Mere's got the week."),
        (
            "Mere",
            "Today and tomorrow we're at Bennetts, about three thousand ewes. Wednesday "
            "is the Kowhai Station lambs.",
        ),
        ("Mere", "But the forecast is rain Wednesday night, so Thursday might be a write-off."),
        ("Jonno", "If they're wet we're not touching them. Not doing that again after last year."),
        (
            "Hemi",
            "Nobody's shearing wet sheep, don't stress. Mere, can you get Kowhai to put the "
            "mob under cover Wednesday afternoon?",
        ),
        ("Mere", "Yep, I'll ring Graham at Kowhai tonight about the covered pens."),
        ("Tash", "The press is still jamming on every second bale. I told you on Friday."),
        ("Hemi", "You did. I had a look Saturday and I reckon it's the ram seal."),
        ("Hemi", "Part's come in, so I'll fit the new seal tomorrow night after Bennetts."),
        ("Tash", "And we need another rousie. Kayla's gone back to uni."),
        ("Jonno", "My cousin's keen. She did a season down in Southland last year."),
        ("Hemi", "Good, get her to give me a ring."),
        ("Jonno", "Already told her. She said she'd call you tonight."),
        (
            "Mere",
            "Payroll's Thursday as usual. Jonno, your tallies from Tikokino are still missing.",
        ),
        ("Jonno", "They're in the ute, eh. I'll drop the tallies to you tomorrow morning."),
        ("Tash", "Can we talk about the vans? The white one's making that noise again."),
        ("Hemi", "It's booked in for a service on the fourth. Sorted that last week."),
        ("Tash", "The fourth? That's the Friday we're at Ruataniwha."),
        (
            "Hemi",
            "Oh, bugger. Okay, we'll take the blue van and Jonno's ute to Ruataniwha, then.",
        ),
        ("Jonno", "Cheers for asking me first."),
        ("Hemi", "You'll get fuel money, stop moaning."),
        ("Tash", "Who's classing the wool at Kowhai? The classer hasn't confirmed."),
        ("Mere", "I emailed her last Monday. Nothing back."),
        (
            "Hemi",
            "If she doesn't turn up we'd have to class it ourselves, and I'd rather not.",
        ),
        ("Mere", "I'll chase the classer again this afternoon."),
        (
            "Hemi",
            "Tell you what, if she hasn't confirmed by Wednesday we use the Waipawa classer "
            "instead. Done.",
        ),
        (
            "Tash",
            "And if the whole week's a washout, do the lambs get pushed to next week or "
            "to after Christmas?",
        ),
        ("Hemi", "That's Graham's call, not ours. We'll see what he says."),
        ("Hemi", "Right, Bennetts' ewes are daggy, so bring spare combs. Let's go."),
    ),
    actions=(
        Action("Mere", ("kowhai",), TODAY),
        Action("Hemi", ("seal",), TOMORROW),
        Action("Jonno", ("tallies",), TOMORROW),
        Action("Mere", ("classer",), TODAY),
    ),
    decisions=(("blue", "ruataniwha"), ("waipawa", "classer")),
    questions=(("lambs", "christmas"),),
)


FLOUR_MILL = Meeting(
    name="flour_mill",
    lines=(
        (
            "Darlene",
            "Okay, morning. Fifteen minutes, tops, I've got the insurer's auditor at eleven.",
        ),
        (
            "Raj",
            "B mill ran all weekend. We lost about four hours Saturday on the third break "
            "roll, bearing temperature.",
        ),
        ("Raj", "I swapped the bearing Saturday night, so it's fine now, but the spare's gone."),
        ("Darlene", "So we need a spare on the shelf again. Who's ordering?"),
        ("Raj", "I'll order a spare bearing today. It's two weeks out of Winnipeg."),
        (
            "Kyle",
            "Lab side, the new-crop wheat is coming in low on protein. Twelve point one on "
            "the last three trucks.",
        ),
        ("Kyle", "Prairie Bakeries' spec is twelve and a half minimum."),
        ("Darlene", "Can we blend it up with the old crop in bin four?"),
        (
            "Kyle",
            "We could, there's maybe eight hundred tonnes left. That gets us about ten days.",
        ),
        ("Darlene", "Okay, we blend with bin four for the Prairie orders until it runs out."),
        ("Raj", "I'll need the ratios from you, Kyle, before the Wednesday run."),
        ("Kyle", "Sure, I'll have the blend ratios to you tomorrow."),
        (
            "Sofia",
            "And when bin four runs out, what do we send Prairie? Their contract runs to March.",
        ),
        ("Darlene", "That's the question, isn't it. I don't have an answer for you today."),
        (
            "Sofia",
            "Shipping. The rail cars for Regina are confirmed for Friday now, CN moved them "
            "from Thursday.",
        ),
        (
            "Sofia",
            "So the pallets need wrapping by Thursday night, not Wednesday. I already told "
            "the bagging crew.",
        ),
        ("Raj", "That actually helps us. The bagger's down tomorrow for the belt change."),
        ("Darlene", "Who's doing the belt?"),
        ("Raj", "Tony, the contractor. He's in at six."),
        (
            "Darlene",
            "Now the auditor. He'll walk the whole plant, and housekeeping on the packing "
            "floor has been, um, rough.",
        ),
        ("Kyle", "I can get the two lab students to sweep down the packing floor before ten."),
        ("Darlene", "Please do."),
        ("Raj", "He'll spot the sifter screens in section two as well. They're overdue."),
        ("Darlene", "Can we change them before he gets here?"),
        (
            "Raj",
            "Not a chance, it's a four-hour job. I'll change the sifter screens Wednesday on "
            "the down shift.",
        ),
        ("Sofia", "Did anyone ever hear back about the new forklift lease?"),
        ("Darlene", "Head office signed it Friday, so it's happening. Delivery in the new year."),
        (
            "Kyle",
            "Should we run falling number on every truck? A couple of loads looked sprouted.",
        ),
        ("Darlene", "Not every truck. We test every third truck, starting today."),
        ("Darlene", "Okay. I'm going to go find a clean shirt for the auditor."),
    ),
    actions=(
        Action("Raj", ("bearing",), TODAY),
        Action("Kyle", ("ratios",), TOMORROW),
        Action("Kyle", ("packing",), TODAY),
        Action("Raj", ("sifter",), WEDNESDAY),
    ),
    decisions=(("blend", "bin"), ("third", "truck")),
    questions=(("runs", "prairie"),),
)


GAS_EMERGENCY_CREW = Meeting(
    name="gas_emergency_crew",
    lines=(
        (
            "Gareth",
            "Morning. Busy weekend, so let's be quick. Forty-one callouts, mostly smell of "
            "gas, two actual leaks.",
        ),
        (
            "Owen",
            "The one on Harehills Lane was a proper one. Service pipe cracked under the "
            "pavement. Made safe about two on Sunday morning.",
        ),
        ("Gareth", "Good work. Has the reinstatement been booked?"),
        ("Priya", "Not yet. The council wants a fresh permit because it's a bus route."),
        ("Priya", "I'll apply for the permit today, but they're quoting five working days."),
        ("Lisa", "Five days with a plate over a hole on a bus route? The residents will love us."),
        ("Gareth", "They'll ring the councillor. They always do."),
        ("Gareth", "Glebe Street. The mains replacement was meant to start Wednesday."),
        (
            "Priya",
            "The digger can't come till Thursday, so on Friday I moved the start to "
            "Thursday. But the letters to residents all say Wednesday.",
        ),
        (
            "Gareth",
            "So somebody has to knock on doors and tell them. Lisa, could you do it tomorrow?",
        ),
        (
            "Lisa",
            "I'm on standby tomorrow. I could knock on the Glebe Street doors Wednesday "
            "morning instead.",
        ),
        ("Gareth", "Do that, it's still a day ahead."),
        (
            "Owen",
            "Detectors. Two of the handhelds failed calibration on Friday. They're in the "
            "cage with red tags.",
        ),
        ("Gareth", "Have we got spares?"),
        ("Owen", "One. So one van goes out without its own, which we can't do."),
        ("Gareth", "Then Van 7 stays in the yard until we've got one. My call, no arguments."),
        ("Owen", "I'll drive the two failed ones over to the calibration lab this afternoon."),
        ("Lisa", "Can we not just borrow one off the Bradford team?"),
        ("Gareth", "I asked Steve last week. He said no, very politely. They're short too."),
        (
            "Priya",
            "Complaint from a Mrs Okafor. She says we capped her boiler and never came back.",
        ),
        (
            "Owen",
            "That was me. Her boiler needs a Gas Safe engineer, not us. I left her the card.",
        ),
        (
            "Gareth",
            "Still, she's eighty-odd and it's November. Priya, can you make sure she's got "
            "someone booked?",
        ),
        ("Priya", "I'll call Mrs Okafor after this."),
        ("Gareth", "And check she's on the priority services register."),
        ("Priya", "She is, I put her on it in the summer."),
        (
            "Owen",
            "Are we getting extra standby cover for Christmas week, or is that still with "
            "management?",
        ),
        ("Gareth", "Still with them. I've asked twice. Nobody knows."),
        ("Lisa", "If we get a cold snap like 2010 we'll be dead on our feet."),
        (
            "Gareth",
            "Don't jinx it. Last thing, the winter readiness checklist goes to the area "
            "manager Friday. I've done the van and kit sections.",
        ),
        ("Gareth", "Priya, could you do the permits and jobs part by Thursday?"),
        (
            "Priya",
            "Thursday's tight with all this... can I give you the jobs part Friday morning?",
        ),
        ("Gareth", "Friday first thing, then. Fine."),
    ),
    actions=(
        Action("Priya", ("permit",), TODAY),
        Action("Lisa", ("doors",), WEDNESDAY),
        Action("Owen", ("calibration",), TODAY),
        Action("Priya", ("okafor",), TODAY),
        Action("Priya", ("jobs",), FRIDAY),
    ),
    decisions=(("van", "yard"),),
    questions=(("standby", "christmas"),),
)


SMART_METER_INSTALLS = Meeting(
    name="smart_meter_installs",
    lines=(
        (
            "Bec",
            "G'day all. Numbers first: three hundred and twelve installs last week, "
            "against a target of three-sixty.",
        ),
        ("Bec", "Most of the gap is no-access. Locked gates, dogs, nobody home."),
        (
            "Shane",
            "The dogs are the worst. A kelpie in Bendigo wouldn't let me out of the ute for "
            "twenty minutes.",
        ),
        ("Arjun", "The SMS reminders go out two days ahead, but half the numbers are wrong."),
        ("Bec", "Mei, didn't the retailer say they were cleaning up the contact data?"),
        ("Mei", "They said so in October. I'll believe it when I see it."),
        ("Bec", "Can you get a date out of them? In writing?"),
        ("Mei", "I'll email their data team today and copy you in."),
        (
            "Arjun",
            "What if we rang people the night before instead of texting? Just on the rural runs.",
        ),
        ("Bec", "Who'd make the calls, though? We haven't got the bodies."),
        ("Arjun", "Yeah, fair."),
        ("Shane", "Asbestos. I've got four boards in Ballarat that need the licensed crew."),
        ("Bec", "I booked the asbestos crew last week, for the first and second of December."),
        ("Shane", "Great, I'll send them the addresses and photos tomorrow."),
        ("Bec", "Next, the app. The new version of FieldPro drops on Wednesday."),
        ("Arjun", "The last update wiped my drafts. I lost a whole day of photos."),
        (
            "Bec",
            "Which is why nobody updates until it's been tested. Everyone stays on the old "
            "version till Friday.",
        ),
        ("Mei", "I'll test it on the spare tablet on Wednesday arvo."),
        ("Shane", "Heat. It's meant to be thirty-eight on Thursday."),
        (
            "Bec",
            "Company rule is no roof spaces or outdoor boards above thirty-six. That came "
            "down from safety in January.",
        ),
        (
            "Bec",
            "So on Thursday we pull everyone back by one and make the afternoon a paperwork day.",
        ),
        ("Arjun", "Does that count against our install numbers? Because we're already behind."),
        (
            "Bec",
            "Honestly, I don't know. I'll ask the retailer's contract manager on Wednesday.",
        ),
        ("Shane", "Also the Hilux. The rego runs out at the end of the month."),
        ("Bec", "Paid it on Friday, mate. You're welcome."),
        (
            "Mei",
            "One more. A customer in Geelong says we cut her power for three hours. It's "
            "meant to be forty minutes.",
        ),
        ("Arjun", "That was my job. The board was rotten, I had to wait for a sparky."),
        ("Bec", "Fine, but write it up properly so I can answer her. By tomorrow?"),
        ("Arjun", "No worries, I'll write it up properly by tomorrow."),
        ("Shane", "Are we still doing the Christmas barbie, or did that get cancelled?"),
        ("Bec", "It's on. The fourteenth, at the depot. Righto, that's it, watch the dogs."),
    ),
    actions=(
        Action("Mei", ("data",), TODAY),
        Action("Shane", ("addresses",), TOMORROW),
        Action("Mei", ("test",), WEDNESDAY),
        Action("Bec", ("contract",), WEDNESDAY),
        Action("Arjun", ("write",), TOMORROW),
    ),
    decisions=(("old", "version"), ("paperwork",)),
    questions=(("count", "install"),),
)


HYDRO_OUTAGE = Meeting(
    name="hydro_outage",
    lines=(
        (
            "Ingrid",
            "Good morning. The main topic is the unit two outage. We need to fix the dates "
            "today, Statnett wants them by Friday.",
        ),
        (
            "Sunniva",
            "From the water side, the reservoir is at sixty-one percent. A bit under normal "
            "for late November.",
        ),
        (
            "Sunniva",
            "Inflow is low because everything up top is frozen already, and prices are "
            "high, so trading wants both units running through Christmas.",
        ),
        (
            "Lars",
            "Trading always wants both units running. The runner had cavitation damage in "
            "March, and it won't heal itself.",
        ),
        (
            "Erik",
            "And the generator breaker is due its six-year test. I'd rather not stretch it "
            "to seven.",
        ),
        ("Ingrid", "So, the options. Early January, or we go in the first week of December."),
        ("Sunniva", "January prices are usually worse, to be honest. I'd go December."),
        ("Lars", "The welders from Trondheim can come from the seventh. I checked on Friday."),
        (
            "Ingrid",
            "Okay. Then we take unit two out from Monday the seventh, for three weeks. "
            "Trading already knows it might happen, I warned them last week.",
        ),
        ("Erik", "Three weeks over Christmas. Good luck finding anyone on the 24th."),
        ("Ingrid", "Nobody works on the 24th. We lose those days and we live with it."),
        ("Ingrid", "Sunniva, can you send the dates to Statnett?"),
        ("Sunniva", "Yes, I'll send Statnett the dates on Wednesday."),
        (
            "Lars",
            "The intake grid needs a dive inspection before we drain. Last time the divers "
            "wanted a month's notice.",
        ),
        ("Ingrid", "A month? We don't have a month."),
        ("Lars", "I'll ring the divers at Subsea Nord today and ask very nicely."),
        (
            "Erik",
            "What about the crane? The certificate on the powerhouse crane runs out on the "
            "fifteenth.",
        ),
        ("Ingrid", "Of December? So halfway through the outage."),
        ("Erik", "Yes. And we can't lift the runner with an uncertified crane."),
        ("Ingrid", "Who normally books the inspector?"),
        ("Erik", "Harald did, but he retired in September."),
        ("Ingrid", "Fine. Erik, please book the crane inspection for early in the outage."),
        (
            "Erik",
            "I'll book the crane inspection, but I can't promise the first week. They're "
            "busy before Christmas.",
        ),
        (
            "Lars",
            "And the rope access team for the penstock, do we want them at the same time "
            "or in the spring?",
        ),
        (
            "Ingrid",
            "I honestly don't know. It depends on next year's budget, which I haven't seen.",
        ),
        (
            "Sunniva",
            "Can I ask, if the reservoir drops faster than I think, do we cut the outage short?",
        ),
        ("Ingrid", "No. Once the runner's out, it's out. We don't put it back half-welded."),
        ("Lars", "Also, the coffee machine in the control room is broken again. Real emergency."),
        ("Ingrid", "Of course, Lars. I'll add it to the outage scope, right after the runner."),
        (
            "Ingrid",
            "Last thing, the safety plan. I'd like the parts in by the first, so Tuesday "
            "next week.",
        ),
        ("Lars", "I can write the mechanical part."),
        ("Erik", "And I'll do the electrical isolation part, same deadline."),
        ("Ingrid", "Good. I'll put the whole safety plan together by Thursday the third."),
    ),
    actions=(
        Action("Sunniva", ("statnett",), WEDNESDAY),
        Action("Lars", ("divers",), TODAY),
        Action("Erik", ("crane",), None),
        Action("Lars", ("mechanical",), NEXT_TUESDAY),
        Action("Erik", ("electrical",), NEXT_TUESDAY),
        Action("Ingrid", ("safety",), DECEMBER_3),
    ),
    decisions=(("unit", "seventh"),),
    questions=(("penstock", "spring"),),
)


PENSION_ADMIN = Meeting(
    name="pension_admin",
    lines=(
        ("Siobhan", "Morning, folks. Backlog first. Where are we on retirement quotes?"),
        (
            "Conor",
            "Ninety-four open, twenty-two past the ten-day target. The November leavers all "
            "landed at once.",
        ),
        ("Siobhan", "Twenty-two late. The trustees will ask about that on the eighth."),
        (
            "Aoife",
            "Half of them are waiting on salary data from the employer. I chased their "
            "payroll on Thursday and again on Friday.",
        ),
        (
            "Siobhan",
            "Okay, that's gone on long enough. I'll escalate it to their HR director today.",
        ),
        (
            "Declan",
            "Transfers out. I've one that looks dodgy. The member wants everything moved to "
            "a scheme in Malta, and the adviser cold-called him.",
        ),
        ("Siobhan", "Classic. Don't release anything."),
        ("Declan", "I wasn't going to! I put a hold on it on Friday."),
        (
            "Siobhan",
            "Good. Then we refer it to the trustees' legal team, and the member gets the "
            "scam warning letter.",
        ),
        ("Declan", "Grand. I'll send him the warning letter tomorrow and copy the legal team."),
        ("Aoife", "Should we phone him as well? Sometimes a call lands better than a letter."),
        ("Siobhan", "Maybe. Let's see how he reacts to the letter first."),
        (
            "Conor",
            "Annual benefit statements. The print file has to be with the printers by the "
            "fifteenth.",
        ),
        (
            "Conor",
            "Testing found the deferred members' statements show the wrong revaluation rate.",
        ),
        ("Siobhan", "Wrong how?"),
        (
            "Conor",
            "They're on last year's rate, two point one instead of two point four. Actually, "
            "no, two point six, sorry.",
        ),
        ("Siobhan", "Can IT fix the rate table before the run?"),
        (
            "Conor",
            "I logged it with them last Wednesday. They say it's a ten-minute change, but "
            "nobody's touched it.",
        ),
        (
            "Siobhan",
            "Then it's a one-line email from me to their manager. I'll send it after this.",
        ),
        (
            "Siobhan",
            "And once it's fixed the statements get tested again. Aoife, can you own that?",
        ),
        (
            "Aoife",
            "If it's fixed by Friday, I'll do the retest on Monday. I'm on leave from the second.",
        ),
        (
            "Declan",
            "Death cases. Three new ones. One has no nomination form on file and two "
            "possible partners.",
        ),
        ("Siobhan", "Oh, that one goes to the trustees for discretion. It's not ours to call."),
        ("Declan", "I'll draft the trustee paper for it, then. For the December meeting?"),
        ("Siobhan", "Yes, and the papers are due on the third."),
        (
            "Conor",
            "Is anyone else finding the new workflow system slow? Forty seconds to open a case.",
        ),
        ("Aoife", "Forty? Mine's over a minute."),
        (
            "Conor",
            "And do we know yet whether phase two goes live in January or not?",
        ),
        ("Siobhan", "Nobody's told me. Your guess is as good as mine."),
        ("Aoife", "If it goes live in January with the statements still going out, it's carnage."),
        (
            "Siobhan",
            "Let's not borrow trouble. From today any quote past target gets a holding "
            "letter. The trustees' chair agreed that with me on Friday.",
        ),
        ("Conor", "Who sends those, us or the helpdesk?"),
        ("Siobhan", "Us. Conor, could you do the ones that are late already?"),
        ("Conor", "Twenty-two holding letters? I'll have them out by tomorrow."),
    ),
    actions=(
        Action("Siobhan", ("director",), TODAY),
        Action("Declan", ("warning",), TOMORROW),
        Action("Siobhan", ("email",), TODAY),
        Action("Aoife", ("retest",), NEXT_MONDAY),
        Action("Declan", ("trustee",), DECEMBER_3),
        Action("Conor", ("holding",), TOMORROW),
    ),
    decisions=(("refer", "legal"),),
    questions=(("phase", "january"),),
)


CARD_FRAUD_OPS = Meeting(
    name="card_fraud_ops",
    lines=(
        ("Thandi", "Morning, team. Black Friday is this Friday, so this is mostly about that."),
        (
            "Pieter",
            "Weekend numbers first. Card-not-present fraud was up thirty percent on "
            "Saturday, mostly on one electronics merchant.",
        ),
        (
            "Zanele",
            "Same BIN range as the attack in September. I flagged it to the scheme on Sunday.",
        ),
        ("Thandi", "Has Visa come back to you?"),
        ("Zanele", "Not yet, no."),
        ("Thandi", "Okay. Pieter, what would the rule look like?"),
        (
            "Pieter",
            "I can tighten the velocity rule to three transactions an hour. The problem is "
            "false positives.",
        ),
        (
            "Yusuf",
            "Last time we tightened it, the call centre took two thousand angry calls in a day.",
        ),
        ("Thandi", "Then we do it for that merchant only, not the whole category."),
        ("Pieter", "After the change window tomorrow morning. I'll have the rule live by ten."),
        (
            "Yusuf",
            "The call centre needs a heads-up. I'll brief their team leaders this afternoon.",
        ),
        ("Thandi", "Staffing for Friday. We need six analysts on from six in the evening."),
        ("Zanele", "I've got four names. Nobody wants Black Friday night, shockingly."),
        ("Thandi", "It's time and a half. HR signed that off on Thursday."),
        ("Zanele", "That might help. I'll ask around again today and get two more names."),
        (
            "Pieter",
            "I can do the late one, but not past midnight, my daughter has a concert Saturday.",
        ),
        ("Thandi", "Midnight's fine, thanks, Pieter."),
        (
            "Yusuf",
            "Chargebacks. About three hundred disputes have their response deadline at the "
            "end of the month.",
        ),
        ("Yusuf", "At the speed we're going we'll miss maybe eighty."),
        ("Thandi", "Which ones do we let go, then?"),
        (
            "Yusuf",
            "Anything under five hundred rand. Fighting them costs more than writing them off.",
        ),
        ("Thandi", "Agreed. We write off the small ones and fight the rest."),
        ("Yusuf", "Can you put that in writing? The auditors will ask."),
        ("Thandi", "I'll email you a note today so it's on file."),
        (
            "Zanele",
            "The device-fingerprinting vendor wants to come in next Wednesday for a demo.",
        ),
        (
            "Thandi",
            "They can come, but it's just a demo. Budget's closed, we're not buying anything "
            "this year.",
        ),
        ("Zanele", "I told them that already, they still want to come."),
        (
            "Pieter",
            "Question nobody's answered for a month: when the scheme flags a merchant, who "
            "actually blocks it, us or the acquiring side?",
        ),
        ("Thandi", "Still not clear. Risk and Acquiring keep pointing at each other."),
        ("Yusuf", "Brilliant. So when it goes wrong it's nobody's fault."),
        ("Thandi", "It's always somebody's fault, Yusuf. Usually mine."),
        (
            "Zanele",
            "Oh, did anyone renew the sandbox licence for the rules engine? It expired Friday.",
        ),
        ("Pieter", "Not me, I don't have the access."),
        (
            "Thandi",
            "Nor do I. Well, the sandbox licence needs renewing before tomorrow's change, "
            "whoever can do it.",
        ),
    ),
    actions=(
        Action("Pieter", ("rule",), TOMORROW),
        Action("Yusuf", ("team", "leaders"), TODAY),
        Action("Zanele", ("names",), TODAY),
        Action("Thandi", ("note",), TODAY),
        Action(None, ("sandbox",), TOMORROW),
    ),
    decisions=(("merchant",), ("write", "small")),
    questions=(("blocks", "acquiring"),),
)


DRIVING_SCHOOL = Meeting(
    name="driving_school",
    lines=(
        (
            "Bryn",
            "Right, tea's made, let's start. Test dates. Llanishen's booked solid till March.",
        ),
        ("Nadia", "I've got three pupils who are ready now and nowhere to send them."),
        (
            "Kev",
            "I've been checking cancellations at six in the morning like a lunatic. Got one "
            "for Emily on Thursday.",
        ),
        ("Bryn", "Nice one."),
        ("Lowri", "What about Barry or Newport? Barry had gaps in January last time I looked."),
        ("Bryn", "Pupils hate a strange test centre, but it beats waiting till March."),
        ("Bryn", "Let's offer Barry to anyone who's ready. Nadia, your three?"),
        ("Nadia", "I'll ring my three about Barry tonight, they're all at work in the day."),
        (
            "Lowri",
            "The new car. The dual controls went in on Friday, but the insurance hasn't been "
            "updated.",
        ),
        ("Bryn", "Then nobody takes a pupil out in it until the insurance is sorted. Mind that."),
        ("Bryn", "I'll phone the broker first thing tomorrow."),
        (
            "Kev",
            "And who's having the new car? Because my Corsa's on a hundred and sixty "
            "thousand miles.",
        ),
        ("Bryn", "Not today, Kev. Don't start."),
        (
            "Nadia",
            "Complaint, sort of. Mrs Hughes says her son's had twenty lessons and still "
            "hasn't been on the motorway.",
        ),
        ("Nadia", "He's not ready for the motorway! He stalls on roundabouts."),
        ("Lowri", "Parents. They think it's a checklist."),
        ("Bryn", "Write me a short progress note on him and I'll answer her. Wednesday okay?"),
        ("Nadia", "Yeah, you'll have the progress note Wednesday."),
        (
            "Lowri",
            "Prices. Everyone else in Cardiff has gone up to forty. We're still on thirty-six.",
        ),
        ("Kev", "Fuel's gone up, insurance has gone up, my patience has gone down."),
        (
            "Bryn",
            "I was thinking thirty-eight from January. Maybe forty for blocks... no, other "
            "way round, blocks should be cheaper.",
        ),
        ("Lowri", "So thirty-eight a lesson and thirty-six in blocks of ten?"),
        (
            "Bryn",
            "Yes. Thirty-eight a lesson, thirty-six in blocks of ten, from the first of January.",
        ),
        ("Lowri", "I'll update the website and the Facebook page over the weekend, then."),
        ("Kev", "Are we telling existing pupils, or is it just new ones?"),
        ("Bryn", "Existing pupils keep the old price till Easter. That's only fair."),
        ("Kev", "Last thing, the Christmas do. Are we going back to the Italian place?"),
        ("Bryn", "Not after last year. Lowri's choosing."),
        ("Lowri", "Am I? Oh, lovely. I'll book somewhere by Friday, then."),
        (
            "Nadia",
            "Has anyone heard whether the new bus lane on Newport Road changes the test route?",
        ),
        ("Bryn", "Not a word."),
        ("Kev", "The examiners don't know either, I asked one last week."),
    ),
    actions=(
        Action("Nadia", ("barry",), TODAY),
        Action("Bryn", ("broker",), TOMORROW),
        Action("Nadia", ("progress",), WEDNESDAY),
        Action("Lowri", ("website",), END_OF_WEEK),
        Action("Lowri", ("book",), FRIDAY),
    ),
    decisions=(
        ("offer", "barry"),
        ("insurance", "pupil"),
        ("blocks", "january"),
        ("existing", "easter"),
    ),
    questions=(("new", "car"), ("bus", "route")),
)


FIRST_AID_TRAINING = Meeting(
    name="first_aid_training",
    lines=(
        ("Wanjiru", "Habari, everyone. Bookings first, then the audit."),
        (
            "Faith",
            "This week, Tuesday and Wednesday is the two-day workplace course at the flower "
            "farm in Naivasha. Friday is the paediatric one for the nanny agency.",
        ),
        (
            "Otieno",
            "Naivasha is twenty-two people and we have ten manikins. That's not one between two.",
        ),
        ("Wanjiru", "Can we borrow from the Red Cross again?"),
        (
            "Otieno",
            "I asked them last week. They said no, they need them for their own December courses.",
        ),
        (
            "Brian",
            "There are the six old ones in the store. They need new lungs and valves, but "
            "they work.",
        ),
        ("Wanjiru", "Then we use the old six for Naivasha. Brian, can you get them ready?"),
        ("Brian", "I'll fit new lungs and clean them this afternoon, I have the kits."),
        ("Faith", "Two of the AED trainers were showing low battery."),
        ("Otieno", "I bought batteries on Saturday. They're already in the kit bag."),
        (
            "Wanjiru",
            "The audit. The certifying body comes on the third, and they will want the "
            "instructor files complete.",
        ),
        (
            "Faith",
            "Three instructors have expired teaching certificates. Otieno, Grace and me.",
        ),
        ("Otieno", "Mine has expired? Since when?"),
        ("Faith", "October. I sent you the reminder in August. Twice."),
        ("Otieno", "Ah. Yes. That email."),
        ("Wanjiru", "Can the three of you renew before the third?"),
        ("Faith", "There's an online renewal, it's one day. I'll do mine on Thursday."),
        ("Otieno", "I'm in Naivasha till Wednesday, so I'll do my renewal on Saturday."),
        ("Wanjiru", "And Grace?"),
        ("Faith", "She's on leave till the end of next week. I don't know if she can."),
        (
            "Wanjiru",
            "If Grace isn't renewed she can't teach in December. Does that break the "
            "Mombasa booking?",
        ),
        ("Faith", "It might. I'd have to look at the rota again."),
        ("Wanjiru", "I'll message Grace myself tonight, gently."),
        (
            "Brian",
            "New client. The tea factory in Kericho wants the course in Swahili, and maybe "
            "Kipsigis for some of the pickers.",
        ),
        ("Wanjiru", "Swahili we can do. Kipsigis we have no instructor for."),
        ("Brian", "My cousin speaks it, and he's a nurse, maybe he could..."),
        ("Wanjiru", "He would need to be certified first. Not for this one, sorry."),
        ("Wanjiru", "So we offer them Swahili only, with printed handouts. Brian, the quote?"),
        ("Brian", "I'll send them the quote by Wednesday."),
        ("Faith", "Who prints the handouts? The office printer is finished."),
        ("Wanjiru", "The shop on Moi Avenue. We agreed that in October, it's cheaper anyway."),
        ("Otieno", "And feedback forms. Are we moving to the online form or staying on paper?"),
        (
            "Wanjiru",
            "We move to the online form, starting with Friday's course. Paper gets lost in "
            "the car.",
        ),
        ("Faith", "I'll set up the online form tomorrow evening."),
        ("Wanjiru", "Good. Asante, everyone."),
    ),
    actions=(
        Action("Brian", ("lungs",), TODAY),
        Action("Faith", ("renewal",), THURSDAY),
        Action("Otieno", ("renewal",), SATURDAY),
        Action("Wanjiru", ("grace",), TODAY),
        Action("Brian", ("quote",), WEDNESDAY),
        Action("Faith", ("form",), TOMORROW),
    ),
    decisions=(("old", "naivasha"), ("swahili", "handouts"), ("online", "form")),
    questions=(("break", "mombasa"),),
)


MEETINGS = (
    SALMON_HATCHERY,
    SHEARING_GANG,
    FLOUR_MILL,
    GAS_EMERGENCY_CREW,
    SMART_METER_INSTALLS,
    HYDRO_OUTAGE,
    PENSION_ADMIN,
    CARD_FRAUD_OPS,
    DRIVING_SCHOOL,
    FIRST_AID_TRAINING,
)
