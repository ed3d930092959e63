"""Thirteenth meetings for the notes rules: another blind set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a bus depot operations meeting, a hair salon team meeting, a
university admissions office meeting, a hospice volunteer coordinators meeting, a cinema
programming meeting, a plumbing firm job allocation meeting, a cricket club committee, a
regional newspaper advertising sales meeting, a pottery studio team and a ferry terminal
operations call. People talk as they do at work: fillers, asides, jokes, past work,
hypotheticals, hedges, requests nobody takes, answered questions, reported speech and decisions
taken elsewhere earlier, around the action items, decisions and open questions. The labels are
what a careful note-taker would write down, and nothing more.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "this morning",
"tonight" and "now" are that day, "tomorrow" is the 24th, a bare weekday is the next one
("Saturday" is 28 November), "next Wednesday" and "next Friday" are those of next week, "the
tenth" and "the fifteenth" are those of December, a vague period ("this week", "next week",
"the end of the month") is due on its last day, Sunday for weeks, and "soon" or no time at all
has no date.
"""

from __future__ import annotations

import datetime as dt

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_WEDNESDAY,
    SATURDAY,
    THE_15TH,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]

THE_10TH = dt.date(2026, 12, 10)


BUS_DEPOT = Meeting(
    name="bus_depot",
    lines=(
        (
            "Gareth",
            (
                "Right, morning everyone, let's crack on. Depot ops, usual order. Engineering "
                "first, Dave?"
            ),
        ),
        ("Dave", "So, um, we've got four buses off the road at the moment."),
        (
            "Dave",
            (
                "Two are waiting on brake parts, one's the windscreen on 4127, and one's the "
                "electric that keeps throwing a charging fault."
            ),
        ),
        ("Dave", "The brake parts were promised last Thursday and, well, you know how that went."),
        ("Gareth", "Has anyone actually chased the supplier since?"),
        (
            "Dave",
            (
                "I rang them Friday, they said Wednesday. I'll ring the brake supplier again "
                "tomorrow morning and get a firm date in writing."
            ),
        ),
        ("Gareth", "Good. And the charging fault?"),
        ("Dave", "Honestly, no idea yet. Could be the charger, could be the bus."),
        (
            "Dave",
            (
                "If it's the charger then it's all six bays on that side, which would be a "
                "nightmare for the morning run-out."
            ),
        ),
        (
            "Kwame",
            (
                "The manufacturer's engineer is coming Thursday anyway for the warranty visit, so "
                "he can look at it then."
            ),
        ),
        (
            "Gareth",
            (
                "Kwame, can you make sure he knows to bring the diagnostic kit for the charger as "
                "well?"
            ),
        ),
        ("Kwame", "Yep, I'll email the engineer today about the diagnostic kit."),
        ("Gareth", "Priya, schedules."),
        (
            "Priya",
            (
                "So the winter timetable goes live on the 13th, as agreed at the area meeting. "
                "That's done, I'm not reopening that."
            ),
        ),
        (
            "Priya",
            (
                "What I need is the duty cards for the 36. They're still showing the old layover "
                "at the hospital."
            ),
        ),
        (
            "Priya",
            (
                "I'll get the corrected duty cards printed by Friday so they can go in the "
                "lockers over the weekend."
            ),
        ),
        (
            "Noreen",
            (
                "The lads will be glad, they've been arguing with the inspectors about that "
                "layover for a month."
            ),
        ),
        (
            "Noreen",
            (
                "Speaking of which, the drivers are asking about the canteen. The microwave's "
                "been broken since, what, October?"
            ),
        ),
        ("Gareth", "Is that ours or facilities?"),
        ("Noreen", "Facilities, supposedly."),
        ("Gareth", "Someone should really just go and buy a microwave and claim it back."),
        ("Kwame", "Ha, we'd need three quotes and a purchase order for that."),
        ("Gareth", "Fine, I'll raise the microwave with facilities again this week."),
        (
            "Noreen",
            (
                "The other thing is the late finishers on the 22 want a taxi home after the last "
                "run, since the night bus was cut."
            ),
        ),
        (
            "Gareth",
            (
                "That one's above me, it's a cost thing. Do we know what the taxis would cost per "
                "week?"
            ),
        ),
        ("Priya", "Not off the top of my head. It's maybe four or five drivers a night."),
        ("Gareth", "Then that stays open until somebody's got a number."),
        (
            "Kwame",
            (
                "Last bit from me, the fuel card audit. Head office found two cards used at a "
                "garage in Leeds, which, we don't run anything to Leeds."
            ),
        ),
        ("Gareth", "Brilliant."),
        (
            "Kwame",
            (
                "They've cancelled them already, and we're moving to the new cards on the 1st "
                "anyway. That was decided back in September."
            ),
        ),
        (
            "Gareth",
            (
                "Okay. One decision from today then: from Monday, no bus goes out without the "
                "walk-round check signed on the tablet, not on paper."
            ),
        ),
        ("Noreen", "The drivers will moan, but fair enough."),
        (
            "Dave",
            (
                "Can I also say, if a bus fails the walk-round, it comes to us first, not "
                "straight back into service."
            ),
        ),
        ("Gareth", "Yes, agreed, failures go to engineering first."),
        ("Gareth", "Right, anything else? No? Thanks all."),
    ),
    actions=(
        Action("Dave", ("brake", "supplier"), TOMORROW),
        Action("Kwame", ("engineer", "diagnostic"), TODAY),
        Action("Priya", ("duty", "cards"), FRIDAY),
        Action("Gareth", ("microwave", "facilities"), END_OF_WEEK),
    ),
    decisions=(
        ("check", "tablet"),
        ("failures", "engineering"),
    ),
    questions=(("taxis", "cost"),),
)


HAIR_SALON = Meeting(
    name="hair_salon",
    lines=(
        (
            "Jade",
            "Okay, quick one before the first clients come in at half ten. Coffee's on the side.",
        ),
        ("Marco", "Bless you."),
        (
            "Jade",
            (
                "So, Christmas. The book is filling up fast, the twentieth to the twenty-fourth "
                "is basically full already."
            ),
        ),
        (
            "Jade",
            (
                "We said last month we'd open late on the two Thursdays before Christmas, so "
                "that's happening, that's not up for debate."
            ),
        ),
        (
            "Bethany",
            (
                "Who's covering the late nights, though? I can do the first one but not the "
                "second, it's my son's nativity."
            ),
        ),
        ("Leah", "I don't mind doing the second one."),
        ("Jade", "Lovely. So Bethany does the first late night and Leah does the second."),
        (
            "Jade",
            (
                "Next, the new colour line. The rep's coming in on Wednesday at nine to do the "
                "training."
            ),
        ),
        ("Marco", "Before we open?"),
        ("Jade", "Before we open, yes, sorry. Everyone on the colour team needs to be there."),
        ("Tom", "Do I need to come? I'm only doing cuts at the moment."),
        ("Jade", "No, you're fine, Tom."),
        (
            "Bethany",
            "Are we keeping the old brand for existing clients or switching everyone over?",
        ),
        (
            "Jade",
            (
                "Good question. Let's keep the old brand for anyone halfway through a colour "
                "correction and switch everyone else over in January."
            ),
        ),
        (
            "Marco",
            "What do we do with the old stock, though? There's a whole shelf of it in the back.",
        ),
        (
            "Jade",
            (
                "I don't know yet. Maybe the rep will take the old stock back, maybe we sell it "
                "off cheap to the college."
            ),
        ),
        (
            "Leah",
            (
                "Ooh, speaking of the back, the washer's leaking again. There was a puddle on "
                "Saturday."
            ),
        ),
        ("Jade", "Again? I'll call the repair guy about the washer this afternoon."),
        ("Tom", "Last time he came he just tightened a hose and charged us eighty quid."),
        ("Marco", "Nice work if you can get it."),
        (
            "Jade",
            (
                "Reviews. We got a one-star on Google last week from someone who says we cut her "
                "fringe too short."
            ),
        ),
        ("Bethany", "Was that the lady who asked for a micro fringe and showed us a picture?"),
        ("Jade", "That's the one. Anyway, I'm not replying to it while I'm annoyed."),
        ("Leah", "Someone should reply, though, it's been up a week."),
        (
            "Jade",
            "Marco, you're good with words. Could you draft a polite reply and I'll check it?",
        ),
        ("Marco", "Yeah, go on then, I'll draft a reply by tomorrow."),
        ("Tom", "Could we do an Instagram thing for the Christmas slots? Like a countdown?"),
        ("Jade", "Maybe. If someone wants to own it, yeah, but not me."),
        (
            "Tom",
            (
                "I mean, I could do a few posts. I'll put some Instagram post ideas together by "
                "Friday."
            ),
        ),
        (
            "Jade",
            (
                "Perfect. Last thing, prices. We agreed with the accountant, prices go up five "
                "percent from the first of January."
            ),
        ),
        ("Jade", "I'll put the notice up at reception this week."),
        ("Bethany", "Do we tell the regulars personally?"),
        (
            "Jade",
            (
                "The notice should do it, honestly. Most of them read everything on that wall "
                "while they're waiting."
            ),
        ),
        ("Jade", "Right, that's my first client. Thanks, guys."),
    ),
    actions=(
        Action("Jade", ("repair", "washer"), TODAY),
        Action("Marco", ("draft", "reply"), TOMORROW),
        Action("Tom", ("instagram", "ideas"), FRIDAY),
        Action("Jade", ("notice", "reception"), END_OF_WEEK),
    ),
    decisions=(
        ("late", "second"),
        ("switch", "january"),
    ),
    questions=(("old", "stock"),),
)


ADMISSIONS_OFFICE = Meeting(
    name="admissions_office",
    lines=(
        (
            "Helen",
            (
                "Morning. Let's start with the offer backlog, since that's what everyone's asking "
                "about."
            ),
        ),
        (
            "Raj",
            (
                "So we've got about three hundred and forty applications sitting with academic "
                "selectors, mostly computing and law."
            ),
        ),
        (
            "Raj",
            (
                "Law's fine, they do theirs in batches, but computing hasn't made a decision "
                "since the start of the month."
            ),
        ),
        ("Helen", "Has anyone spoken to their admissions tutor?"),
        ("Siobhan", "I emailed him twice. He's on research leave apparently, and nobody told us."),
        (
            "Helen",
            "Wonderful. Okay, I'll write to the head of school today and ask for a named deputy.",
        ),
        (
            "Owen",
            (
                "In the meantime, could we make the straightforward ones ourselves? The ones that "
                "clearly meet the standard offer?"
            ),
        ),
        (
            "Helen",
            (
                "We could if the school signed off delegated authority. They did that for "
                "engineering a couple of years ago."
            ),
        ),
        (
            "Helen",
            (
                "Let's do that: we'll ask for delegated authority for standard offers in "
                "computing, same terms as engineering."
            ),
        ),
        (
            "Mei",
            (
                "Open day. The December one is on the fifth, it's a Saturday, and we've got two "
                "hundred and ten booked."
            ),
        ),
        ("Mei", "Catering want final numbers by Wednesday."),
        ("Helen", "Can you send them the numbers then, Mei?"),
        ("Mei", "Yes, I'll send catering the final numbers on Wednesday."),
        (
            "Owen",
            (
                "Do we need more student ambassadors? Last year we were short and I ended up "
                "doing campus tours myself in the rain."
            ),
        ),
        ("Siobhan", "You loved it."),
        ("Owen", "I did not love it."),
        ("Mei", "We've got twelve signed up. I'd want sixteen."),
        ("Helen", "Owen, since you have such fond memories, could you take that on?"),
        ("Owen", "Fine. I'll find four more ambassadors by next Friday, I'll ask the societies."),
        ("Raj", "Contextual offers. The working group's paper came round last week."),
        (
            "Raj",
            "They're proposing we cut the grade reduction from two grades to one for next cycle.",
        ),
        ("Siobhan", "That's Senate's call though, isn't it, not ours?"),
        (
            "Helen",
            "It is, it goes to Senate in January. What we need to decide is whether we support it.",
        ),
        (
            "Raj",
            (
                "My worry is we don't actually know how many of this year's contextual offer "
                "holders would have missed a one grade reduction."
            ),
        ),
        ("Helen", "Can we get that number?"),
        (
            "Raj",
            (
                "Not easily, the results data is with planning and they're slow. I wouldn't "
                "promise it."
            ),
        ),
        ("Helen", "Then we hold our response until we know."),
        (
            "Siobhan",
            (
                "International. The agent in Lagos sent thirty applications in one go last week, "
                "all with identical personal statements."
            ),
        ),
        ("Helen", "Identical?"),
        (
            "Siobhan",
            (
                "Word for word. Different names, same statement about wanting to study economics "
                "since childhood."
            ),
        ),
        ("Helen", "Right. Siobhan, can you flag those thirty to the fraud team this week?"),
        ("Siobhan", "Will do."),
        ("Helen", "And we suspend new applications from that agent until fraud have looked at it."),
        ("Mei", "Should we tell the agent why?"),
        ("Helen", "No. Not yet."),
        ("Helen", "Okay, anything else? Good. Thanks, everyone."),
    ),
    actions=(
        Action("Helen", ("head", "school"), TODAY),
        Action("Mei", ("catering", "numbers"), WEDNESDAY),
        Action("Owen", ("ambassadors",), NEXT_FRIDAY),
        Action("Siobhan", ("fraud", "team"), END_OF_WEEK),
    ),
    decisions=(
        ("delegated", "authority"),
        ("suspend", "agent"),
    ),
    questions=(("contextual", "grade"),),
)


HOSPICE_VOLUNTEERS = Meeting(
    name="hospice_volunteers",
    lines=(
        (
            "Margaret",
            "Morning, thanks for coming in. I know Mondays are heavy. Let's go through the list.",
        ),
        (
            "Margaret",
            (
                "First, Christmas cover. The volunteer rota for the ward over the holidays has "
                "gaps on the twenty-fifth and twenty-sixth."
            ),
        ),
        (
            "Ade",
            (
                "We always have gaps on those days. Last year Dennis did a double shift on "
                "Christmas Day, and he's eighty-one."
            ),
        ),
        ("Fiona", "Bless Dennis."),
        (
            "Colin",
            "Could we ask the students from the nursing college? They need placement hours anyway.",
        ),
        (
            "Margaret",
            "That's a good idea, though I don't know if a hospice counts for their hours.",
        ),
        ("Colin", "I'll ring the placement officer at the college this week and find out."),
        ("Margaret", "Thank you. Second, the DBS renewals. Fiona?"),
        ("Fiona", "So we have nineteen volunteers whose checks expire before the end of January."),
        (
            "Fiona",
            "I've sent reminders to all of them, and eleven have already done the online bit.",
        ),
        ("Margaret", "And the other eight?"),
        ("Fiona", "I'll phone the other eight about their DBS renewals by Friday."),
        (
            "Ade",
            (
                "One of them is Joan, and she told me she might stop in the new year anyway, her "
                "hip's bad."
            ),
        ),
        ("Margaret", "Ah, poor Joan. Well, she can tell Fiona when she rings."),
        ("Margaret", "Third, the bereavement café. Ade, how's the new venue?"),
        (
            "Ade",
            (
                "The library room is lovely, but they want us out by half three, and people don't "
                "like being rushed."
            ),
        ),
        (
            "Ade",
            "The church hall said we could have it for free, but it's cold. Like, properly cold.",
        ),
        ("Colin", "Free and cold, or paid and rushed. Classic."),
        (
            "Margaret",
            (
                "Let's move the café to the church hall from January, and we'll get a couple of "
                "heaters."
            ),
        ),
        ("Ade", "I'll sort the heaters, there's money left in the comforts fund."),
        ("Fiona", "Do we need to tell the regulars?"),
        ("Ade", "Yes, I'll put a note about the move in the December newsletter."),
        (
            "Margaret",
            (
                "Fourth, training. The new volunteer induction is booked for the tenth, six "
                "people so far."
            ),
        ),
        (
            "Margaret",
            (
                "Someone needs to update the safeguarding slides, they still have the old lead's "
                "name on them."
            ),
        ),
        ("Fiona", "I'd do it, but I'm drowning in the DBS stuff."),
        ("Colin", "Same, sorry."),
        ("Margaret", "Fine, I'll update the safeguarding slides myself before the tenth."),
        (
            "Ade",
            (
                "One more thing. Mr Okafor's family asked whether a volunteer could sit with him "
                "overnight. We don't do overnight, do we?"
            ),
        ),
        (
            "Margaret",
            "We don't. It's a policy from the trustees, not something we can change in this room.",
        ),
        (
            "Colin",
            (
                "But should we ask the trustees to look at overnight sitting again? It's come up "
                "three times this year."
            ),
        ),
        ("Margaret", "Maybe. I'm not sure the insurance would cover it. Let's all have a think."),
        ("Margaret", "Okay, that's everything. Thanks, all. Tea's in the pot."),
    ),
    actions=(
        Action("Colin", ("placement", "officer"), END_OF_WEEK),
        Action("Fiona", ("phone", "dbs"), FRIDAY),
        Action("Ade", ("heaters",), None),
        Action("Ade", ("note", "newsletter"), None),
        Action("Margaret", ("safeguarding", "slides"), THE_10TH),
    ),
    decisions=(("church", "hall"),),
    questions=(("overnight", "trustees"),),
)


CINEMA_PROGRAMMING = Meeting(
    name="cinema_programming",
    lines=(
        ("Nadia", "Okay, programming. We've got December to lock and January to start on."),
        ("Felix", "December's basically locked, apart from the Christmas Eve slot."),
        ("Nadia", "Right, Christmas Eve. It's between It's a Wonderful Life and Elf, again."),
        ("Greg", "We did Elf last year and it sold out twice. Just saying."),
        ("Ruth", "And Wonderful Life the year before only did sixty percent."),
        (
            "Nadia",
            (
                "Let's go with Elf for Christmas Eve and put Wonderful Life on the Sunday matinee "
                "before."
            ),
        ),
        (
            "Felix",
            (
                "The distributor was slow last year, so I'll email the distributor to confirm the "
                "Elf booking this afternoon."
            ),
        ),
        (
            "Nadia",
            (
                "January. We said at the board meeting we'd do a Kurosawa season, that's agreed, "
                "so it's really about which titles."
            ),
        ),
        ("Greg", "Seven Samurai, obviously. Rashomon, Ikiru, Yojimbo."),
        ("Ruth", "Ran? It's long, but it looks incredible on the big screen."),
        ("Greg", "It's three hours. Who's going to sit through three hours on a January Tuesday?"),
        ("Ruth", "Me, for one."),
        (
            "Nadia",
            "Do we even have a DCP for Ran? I thought the restoration was tied up with rights.",
        ),
        ("Felix", "No idea, honestly. The BFI would know."),
        ("Nadia", "Can someone ask them?"),
        (
            "Ruth",
            (
                "I know the person on the archive desk. I'll ask the archive desk about it by "
                "Wednesday."
            ),
        ),
        ("Greg", "Also the kids' club. Attendance has been dropping since half-term."),
        ("Greg", "I think it's the ten o'clock start. Parents want eleven."),
        ("Nadia", "Do we know that, or is that a guess?"),
        ("Greg", "It's a guess, but three parents said it at the till."),
        (
            "Nadia",
            (
                "Let's test it, then. The kids' club moves to eleven for January and we look at "
                "the numbers after."
            ),
        ),
        ("Ruth", "That clashes with the member screenings on the first Saturday, though."),
        ("Nadia", "Hm. Does it? Which screen are those in?"),
        ("Ruth", "Screen one. Same as the kids' club."),
        (
            "Nadia",
            "Okay, then we still need to work out where the member screenings go on that Saturday.",
        ),
        (
            "Felix",
            (
                "Accessibility. We had a complaint that the subtitled screenings are all on "
                "weekday afternoons."
            ),
        ),
        ("Nadia", "That's fair, actually. It's because the evening slots are full."),
        ("Felix", "Could we do at least one subtitled evening a week?"),
        ("Nadia", "Let's do that. One subtitled evening screening every week from January."),
        ("Greg", "Who's going to reply to the complaint?"),
        ("Felix", "I took the original call, so I'll reply to the complaint tomorrow."),
        ("Nadia", "Brilliant. Same time next week."),
    ),
    actions=(
        Action("Felix", ("distributor", "elf"), TODAY),
        Action("Ruth", ("archive", "desk"), WEDNESDAY),
        Action("Felix", ("reply", "complaint"), TOMORROW),
    ),
    decisions=(
        ("elf", "christmas"),
        ("club", "eleven"),
        ("subtitled", "evening"),
    ),
    questions=(("member", "screenings"),),
)


PLUMBING_JOBS = Meeting(
    name="plumbing_jobs",
    lines=(
        ("Steve", "Right, lads, jobs for the week. Lisa's got the board."),
        (
            "Lisa",
            (
                "Okay, so we've got the boiler swap at Mrs Patel's on Hollins Road, the bathroom "
                "strip-out at the flats, and a load of callouts."
            ),
        ),
        ("Steve", "Kev, you take the boiler swap, you did her last service."),
        (
            "Kev",
            "Yeah, I'll do Mrs Patel's boiler on Wednesday, the new one's being delivered Tuesday.",
        ),
        ("Lisa", "Delivery's Tuesday morning. I've already confirmed that with the merchant."),
        ("Amir", "The flats. Is that still the two of us, me and Danny?"),
        ("Steve", "Yeah. How long do you reckon?"),
        (
            "Danny",
            (
                "Strip-out's two days if there's no asbestos. If there is, we stop, and that's a "
                "whole other thing."
            ),
        ),
        (
            "Amir",
            (
                "The last block we did, the boxing behind the bath was asbestos board. Took three "
                "weeks to get it cleared."
            ),
        ),
        (
            "Steve",
            (
                "Lisa, can you ring the managing agent and ask if they've got an asbestos survey "
                "for those flats?"
            ),
        ),
        ("Lisa", "I'll ring them this morning."),
        ("Danny", "And if they haven't got one?"),
        ("Steve", "Then nobody starts on those flats till there's a survey. Simple as."),
        (
            "Lisa",
            (
                "Callouts. Seven so far: three leaks, two no hot water, one blocked toilet at the "
                "school, and a strange noise."
            ),
        ),
        ("Kev", "A strange noise. Love those."),
        ("Danny", "Last strange noise was a pigeon in the flue."),
        ("Steve", "Amir, the school's round the corner from the flats. Can you pick that one up?"),
        ("Amir", "Yeah, I'll do the school toilet tomorrow after the flats."),
        ("Steve", "The rest I'll split with Lisa after this."),
        ("Lisa", "Also, the van. Danny's van failed its MOT on Friday."),
        ("Danny", "It's the brakes, they said. And a wiper. Which, fair."),
        (
            "Steve",
            "Get it into Gary's for the brakes, and Danny can use the spare van till it's back.",
        ),
        ("Lisa", "I'll ring Gary's today and get the van booked in for the brakes."),
        (
            "Kev",
            "Are we still doing the Saturday emergency rota over Christmas, or did that change?",
        ),
        (
            "Steve",
            (
                "We decided that in October. Double time, one on call each Saturday. Lisa's doing "
                "the list."
            ),
        ),
        ("Lisa", "Yep, I'll have the Christmas on-call list out by the end of the week."),
        (
            "Amir",
            (
                "One thing. Are we going to start charging for the first fifteen minutes on "
                "callouts? Everyone else does."
            ),
        ),
        ("Steve", "I don't know. I don't want to lose the old dears who ring us for everything."),
        ("Steve", "Leave it with me, I'll have a think about charging over Christmas."),
        ("Steve", "Right, get going. Cheers."),
    ),
    actions=(
        Action("Kev", ("boiler",), WEDNESDAY),
        Action("Lisa", ("asbestos", "survey"), TODAY),
        Action("Amir", ("school", "toilet"), TOMORROW),
        Action("Lisa", ("van", "brakes"), TODAY),
        Action("Lisa", ("christmas", "list"), END_OF_WEEK),
    ),
    decisions=(("flats", "survey"),),
    questions=(("charging", "callouts"),),
)


CRICKET_COMMITTEE = Meeting(
    name="cricket_committee",
    lines=(
        (
            "Roger",
            (
                "Evening, well, morning, sorry, I've been up since five. Let's get going. "
                "Apologies from Brian."
            ),
        ),
        ("Roger", "Minutes of last time, any corrections? No? Good, approved."),
        (
            "Anita",
            (
                "Finances. We're about four thousand down on the bar compared to last season, "
                "mostly because of the wet June."
            ),
        ),
        ("Anita", "The subs went up in March as agreed at the AGM, so that's helped a bit."),
        ("Sanjay", "We also lost three weekends to rain, so no teas either."),
        ("Roger", "Can we do anything over the winter to make some money back?"),
        ("Jo", "The quiz night did well last year. Three hundred quid, I think."),
        ("Roger", "Let's do a quiz night in February again, then."),
        ("Roger", "Who's running it?"),
        ("Jo", "Not me, I've got the junior presentation evening."),
        ("Phil", "Oh, go on. I'll sort the hall and a quizmaster by the end of the month."),
        ("Roger", "Thanks, Phil. Ground. Sanjay?"),
        (
            "Sanjay",
            (
                "The square needs re-levelling, which we've been putting off for two years. The "
                "quote's six and a half thousand."
            ),
        ),
        ("Anita", "We don't have six and a half thousand."),
        ("Sanjay", "The ECB have grants for it. There's a deadline on the fifteenth of December."),
        ("Roger", "Then we apply for the grant."),
        (
            "Sanjay",
            (
                "I'll write the grant application before the fifteenth if Anita can give me the "
                "accounts."
            ),
        ),
        ("Anita", "I'll send you the accounts tomorrow."),
        ("Jo", "Juniors. We've got forty-two registered for the winter nets, which is a record."),
        ("Jo", "The problem is we've only got two coaches with the right qualification."),
        ("Roger", "Could any of the seniors do the course?"),
        ("Jo", "The county runs one in January. It's about a hundred and fifty each."),
        ("Roger", "Let's agree the club pays the course fee for up to two players."),
        ("Jo", "I'll put a message on the WhatsApp group tonight asking for volunteers."),
        (
            "Phil",
            "Fixtures. The league's proposing we move to forty-over games for the second team.",
        ),
        ("Sanjay", "Forty overs? Half the second team can't last twenty."),
        (
            "Phil",
            (
                "Ha. Well, we get a vote at the league meeting in January. How do we want to vote "
                "on the forty overs?"
            ),
        ),
        ("Roger", "I honestly don't know. I'd want to ask the second-team captain first."),
        ("Phil", "He's in Australia till February."),
        ("Roger", "Of course he is."),
        ("Roger", "Let's leave that one open for now."),
        ("Roger", "Any other business? No? Then that's it. Thanks all, safe home."),
    ),
    actions=(
        Action("Phil", ("hall", "quizmaster"), END_OF_MONTH),
        Action("Sanjay", ("grant", "application"), THE_15TH),
        Action("Anita", ("accounts",), TOMORROW),
        Action("Jo", ("whatsapp", "volunteers"), TODAY),
    ),
    decisions=(
        ("quiz", "february"),
        ("apply", "grant"),
        ("course", "fee"),
    ),
    questions=(("vote", "forty"),),
)


NEWSPAPER_AD_SALES = Meeting(
    name="newspaper_ad_sales",
    lines=(
        ("Claire", "Morning, team. Let's look at the numbers first, then Christmas."),
        (
            "Claire",
            (
                "November's at eighty-one percent of target with a week to go. Not terrible, not "
                "great."
            ),
        ),
        (
            "Darren",
            "Motors are down again. Two of the dealers have moved everything to online only.",
        ),
        (
            "Pooja",
            (
                "Property's up, though. The new-build on the old brewery site took a full page "
                "for four weeks."
            ),
        ),
        ("Claire", "Nice. Darren, the two dealers, have you been out to see them?"),
        (
            "Darren",
            (
                "I saw Whitfield's on Thursday. They said they'd think about the digital package "
                "and come back to me."
            ),
        ),
        ("Claire", "So that's a no, then."),
        ("Darren", "It's a maybe in car dealer language, which is basically a no, yeah."),
        (
            "Claire",
            "Can you put together a combined print and web offer for both dealers and take it in?",
        ),
        ("Darren", "Yeah, I'll get the offer to both dealers by Friday."),
        ("Claire", "Christmas. The gift guide supplement goes to press on the third."),
        ("Pooja", "We've sold eleven of sixteen pages. The back page is still open."),
        (
            "Martin",
            "I've got the garden centre interested in the back page, but they want a discount.",
        ),
        ("Claire", "How much?"),
        ("Martin", "Twenty percent."),
        ("Claire", "Offer them ten percent and a free web banner, and no lower than that."),
        ("Martin", "I'll go back to the garden centre with that this afternoon."),
        (
            "Hannah",
            (
                "For the other empty pages, we could do a small business page? Like a grid of "
                "little ads at a cheap rate?"
            ),
        ),
        (
            "Claire",
            (
                "We did that in 2023 and it was a nightmare to lay out. Thirty tiny ads, thirty "
                "sets of proofs."
            ),
        ),
        ("Hannah", "Fair. What if it was capped at twelve?"),
        ("Claire", "Twelve I could live with. Okay, we do a small business page, twelve ads max."),
        ("Hannah", "I'll draft a rate card for it tomorrow."),
        ("Pooja", "What about the obituaries price change? Is that happening in January or not?"),
        (
            "Claire",
            "That's being decided by group, not us. I've heard January, but nobody's confirmed.",
        ),
        ("Pooja", "It's just the funeral directors keep asking me."),
        (
            "Claire",
            (
                "I'll find out from group about the obituaries price and let you know by next "
                "Wednesday."
            ),
        ),
        (
            "Martin",
            "Also, the new CRM. Is anyone actually using the pipeline bit? Because I'm not.",
        ),
        ("Hannah", "Nobody is. It takes four clicks to log a call."),
        (
            "Claire",
            (
                "Honestly, I don't know whether we push on with the CRM or go back to the "
                "spreadsheet. Head office paid for it."
            ),
        ),
        ("Martin", "So we're stuck with it."),
        ("Claire", "Probably. I'll leave that one open."),
        ("Claire", "Okay. Go and sell things."),
    ),
    actions=(
        Action("Darren", ("offer", "dealers"), FRIDAY),
        Action("Martin", ("garden", "centre"), TODAY),
        Action("Hannah", ("rate", "card"), TOMORROW),
        Action("Claire", ("obituaries", "price"), NEXT_WEDNESDAY),
    ),
    decisions=(
        ("ten", "banner"),
        ("business", "page"),
    ),
    questions=(("crm", "spreadsheet"),),
)


POTTERY_STUDIO = Meeting(
    name="pottery_studio",
    lines=(
        (
            "Ines",
            (
                "Morning. Let's make this quick, the kiln's still cooling and I want to unload it "
                "before the ten-thirty class."
            ),
        ),
        ("Holly", "Is that the glaze firing from Saturday?"),
        ("Ines", "Yes. Fingers crossed, the last one had a cold spot on the bottom shelf."),
        ("Tariq", "The element on the left side is probably going. It's eight years old."),
        ("Ines", "I know. If it goes in the middle of the Christmas orders I'll cry."),
        ("Ines", "Tariq, can you get a quote for a new element from the kiln people?"),
        ("Tariq", "Yes, I'll ring them for a quote on the element tomorrow."),
        (
            "Ines",
            (
                "Christmas market. It's the twelfth and thirteenth, and we've got the big stall "
                "this year."
            ),
        ),
        (
            "Holly",
            (
                "We need more mugs. We've got maybe forty, and last year we sold sixty on the "
                "first day."
            ),
        ),
        ("Ben", "I can throw mugs all week. Forty more mugs by Friday, if the kiln behaves."),
        ("Ines", "Amazing. Holly, you're on glazes, so can you do those the week after?"),
        ("Holly", "Yep, I'll glaze Ben's mugs next week."),
        (
            "Ben",
            (
                "What colours are we doing? Last year the speckled blue sold out and the green "
                "just sat there."
            ),
        ),
        ("Ines", "Let's just do the speckled blue and the oatmeal this year, and drop the green."),
        ("Holly", "The green was my favourite."),
        ("Ines", "I know, love. Sorry."),
        (
            "Ines",
            (
                "Classes. The January beginners' course is full, twelve people, and there's a "
                "waiting list of nine."
            ),
        ),
        ("Tariq", "Should we run a second course? Thursday evenings are free."),
        ("Ines", "Who'd teach it, though? I can't do Thursdays."),
        ("Tariq", "I could, maybe, if I don't get the school residency. I'll know in a fortnight."),
        ("Ines", "Okay, so we don't know about a second course yet. Let's come back to it."),
        ("Holly", "Clay. The supplier's putting prices up eight percent from January."),
        ("Ines", "Ugh. Can we order before then?"),
        ("Holly", "We could, but where would we put a tonne of clay? The store's full."),
        ("Ben", "We could clear the back store. It's just old moulds and that broken wheel."),
        (
            "Ines",
            (
                "Right, let's do that. We clear the back store and order the clay before the "
                "price rise."
            ),
        ),
        ("Ben", "I'll clear the back store on Saturday."),
        ("Holly", "And I'll put the clay order in once it's empty."),
        ("Ines", "Last thing, the website shop still says back in stock soon on everything."),
        ("Tariq", "That's been there since the summer."),
        ("Ines", "Someone really should fix that."),
        ("Tariq", "Don't look at me."),
        ("Ines", "Fine. Right, I'm going to open that kiln. Thanks, everyone."),
    ),
    actions=(
        Action("Tariq", ("quote", "element"), TOMORROW),
        Action("Ben", ("mugs",), FRIDAY),
        Action("Holly", ("glaze", "mugs"), END_OF_NEXT_WEEK),
        Action("Ben", ("clear", "store"), SATURDAY),
        Action("Holly", ("clay", "order"), None),
    ),
    decisions=(
        ("blue", "oatmeal"),
        ("order", "clay"),
    ),
    questions=(("second", "course"),),
)


FERRY_TERMINAL = Meeting(
    name="ferry_terminal",
    lines=(
        ("Alasdair", "Morning, all. Can everyone hear me? Kirsty, you're a bit faint."),
        ("Kirsty", "Is that better? I'm on the bridge, the signal's rubbish."),
        ("Alasdair", "Better. Okay, weather first."),
        (
            "Kirsty",
            (
                "There's a front coming in Wednesday night, gusts of fifty to sixty knots "
                "forecast for Thursday morning."
            ),
        ),
        (
            "Kirsty",
            (
                "If it's above fifty on the beam we won't berth, so the 07:30 and the 09:45 are "
                "at risk."
            ),
        ),
        ("Alasdair", "When will we know?"),
        (
            "Kirsty",
            (
                "Tomorrow afternoon's forecast is the one I'll trust. I'll make the call on the "
                "Thursday sailings by six tomorrow evening."
            ),
        ),
        (
            "Fatima",
            (
                "If we cancel, I need to message about two hundred bookings, and there's a school "
                "trip on the 07:30."
            ),
        ),
        ("Fatima", "I'll draft the cancellation text now so it's ready to go."),
        ("Alasdair", "Good. Linkspan, Joe?"),
        (
            "Joe",
            "The hydraulic leak on number two is fixed, we replaced the seal on Saturday night.",
        ),
        ("Joe", "But the spare seals are all gone now, so if it goes again we're stuck."),
        ("Alasdair", "How long to get more?"),
        ("Joe", "Three to four weeks from Norway, normally. Longer in December."),
        ("Alasdair", "Then don't wait for the budget round."),
        ("Joe", "Fine, I'll put the order in for the seals today."),
        (
            "Calum",
            (
                "Can I add, the harbour authority wants the linkspan inspection report before the "
                "annual renewal."
            ),
        ),
        ("Joe", "That was sent in October."),
        ("Calum", "They say they never got it."),
        ("Joe", "Of course they didn't. I'll resend the inspection report this afternoon."),
        (
            "Alasdair",
            (
                "Christmas timetable. We agreed with the council last month, no sailings on "
                "Christmas Day, reduced on Boxing Day. That's fixed."
            ),
        ),
        (
            "Fatima",
            (
                "People are already asking about the Hogmanay late sailing. Are we running it "
                "this year?"
            ),
        ),
        (
            "Alasdair",
            "Last year we ran it with forty passengers and it cost us a fortune in overtime.",
        ),
        ("Kirsty", "But the islanders kicked off the year we cancelled it."),
        (
            "Alasdair",
            (
                "Yeah. I honestly don't know. It depends on whether the council will chip in for "
                "the overtime."
            ),
        ),
        (
            "Calum",
            (
                "Car park. The pay machines at the terminal are taking cards again, the "
                "contractor came on Friday."
            ),
        ),
        ("Alasdair", "Great, one less thing."),
        (
            "Fatima",
            (
                "One more from me. The new booking system. We go live on the 7th of December, is "
                "that still the plan?"
            ),
        ),
        ("Alasdair", "That's still the plan, yes."),
        (
            "Fatima",
            (
                "Then I'd like to close the phone line for bookings on go-live day and only take "
                "online, just for that day."
            ),
        ),
        ("Alasdair", "I think that's sensible. Agreed, phone bookings closed on go-live day."),
        (
            "Alasdair",
            "Anything else? Right, same time tomorrow, keep an eye on the weather. Cheers.",
        ),
    ),
    actions=(
        Action("Kirsty", ("thursday", "sailings"), TOMORROW),
        Action("Fatima", ("cancellation", "text"), TODAY),
        Action("Joe", ("order", "seals"), TODAY),
        Action("Joe", ("inspection", "report"), TODAY),
    ),
    decisions=(("phone", "bookings"),),
    questions=(("hogmanay", "sailing"),),
)


MEETINGS = (
    BUS_DEPOT,
    HAIR_SALON,
    ADMISSIONS_OFFICE,
    HOSPICE_VOLUNTEERS,
    CINEMA_PROGRAMMING,
    PLUMBING_JOBS,
    CRICKET_COMMITTEE,
    NEWSPAPER_AD_SALES,
    POTTERY_STUDIO,
    FERRY_TERMINAL,
)
