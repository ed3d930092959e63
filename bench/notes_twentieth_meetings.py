"""Twentieth meetings for the notes rules: another blind set, for another honest measurement.

Written blind, without reading the rules, their tests, the benchmark or the meetings of the
other sets, in ten kinds of meeting those sets lack: a cheese shop team meeting, a train
operator customer service meeting, a university careers service meeting, a scaffolding firm
site allocation call, a food truck collective meeting, a nature reserve wardens meeting, a
print-on-demand startup operations meeting, a residents' parking committee, a dog grooming salon
team meeting and a cathedral choir school staff meeting. People talk as they do at work:
fillers, asides, jokes, commitments in many forms, due dates in many forms or none. The labels
are what a careful note-taker would write down; past work, hypotheticals, hedges, requests
nobody takes, answered questions, reported speech and decisions taken elsewhere earlier are
there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Thursday"
is 26 November), "next Tuesday" and "next Friday" are those of next week, "the 3rd" is
3 December, "the 15th" is 15 December, a vague period ("this week", "before Sunday", "next
week", "the end of the month") is due on its last day, Sunday for weeks, and "soon" or no date
said has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
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


CHEESE_SHOP = Meeting(
    name="cheese_shop",
    lines=(
        (
            "Harriet",
            "Right, morning everyone, let's do this quickly before the doors open at half ten.",
        ),
        (
            "Harriet",
            "First thing, Christmas orders. We've got about sixty hampers booked so far, which is "
            "ahead of last year.",
        ),
        ("Owen", "Sixty-two as of last night, actually. Two came in on the website after close."),
        (
            "Harriet",
            "Even better. The problem is the Stilton. The dairy told me on Friday they can only do"
            " half the usual truckle order.",
        ),
        ("Priya", "Did they say why?"),
        ("Harriet", "Something about a herd illness, they were a bit vague on the phone."),
        (
            "Owen",
            "We could swap some hampers to Stichelton, it's basically the same cheese if you "
            "squint.",
        ),
        ("Priya", "Don't let any Stilton people hear you say that."),
        (
            "Harriet",
            "Ha. No, look, we'll offer Stichelton as the swap, but we ask customers first.",
        ),
        (
            "Harriet",
            "Owen, can you email everyone with a Stilton hamper and ask if they're happy with the "
            "swap? By Wednesday ideally.",
        ),
        ("Owen", "Yep, will do, I'll pull the list off the order system first."),
        ("Priya", "The cave room fridge was reading seven degrees again on Saturday."),
        ("Gareth", "That's the door seal, I reckon. It was the same thing back in March."),
        ("Harriet", "Gareth, will you get someone in to look at the seal?"),
        (
            "Gareth",
            "Sure, I'll ring the refrigeration people today, but they're usually booked solid in "
            "December, so no promises on when they turn up.",
        ),
        ("Priya", "In the meantime should we move the washed rinds into the big fridge?"),
        ("Harriet", "Yes, let's move the washed rinds over until it's fixed."),
        ("Owen", "What about the tasting evening? Are we still doing it on the 10th?"),
        (
            "Harriet",
            "That was already settled at the owners' meeting, it's on the 10th, twenty tickets.",
        ),
        (
            "Priya",
            "I could do the tasting cards again, I suppose, though maybe someone else should have "
            "a go this year.",
        ),
        ("Harriet", "Let's sort the cards out nearer the time."),
        ("Gareth", "Also, the card machine on till two keeps dropping the connection."),
        ("Harriet", "Has anyone called the bank about it?"),
        ("Owen", "I did, last Tuesday. They said it's the router, not the machine."),
        (
            "Harriet",
            "Okay. Then whoever opens needs to restart the router every morning until we get a new"
            " one.",
        ),
        ("Priya", "Should we be buying a new router ourselves, or does the landlord supply it?"),
        ("Harriet", "No idea, honestly. The lease might say."),
        ("Gareth", "I'm not reading the lease, it's about ninety pages."),
        ("Harriet", "Last thing, rota. Priya, you wanted Saturday the 5th off?"),
        ("Priya", "Yes please, it's my sister's birthday."),
        ("Harriet", "That's fine, Gareth's covering, we agreed that last week."),
        ("Harriet", "I'll put the December rota up on the board by Friday."),
        ("Owen", "Can we get the good coffee back in the staff room?"),
        ("Harriet", "Ask me again after Christmas. Right, doors."),
    ),
    actions=(
        Action("Owen", ("email", "stilton"), WEDNESDAY),
        Action("Gareth", ("refrigeration",), TODAY),
        Action(None, ("restart", "router"), None),
        Action("Harriet", ("december", "rota"), FRIDAY),
    ),
    decisions=(
        ("stichelton", "swap"),
        ("washed", "rinds"),
    ),
    questions=(("router", "landlord"),),
)

TRAIN_CUSTOMER_SERVICE = Meeting(
    name="train_customer_service",
    lines=(
        (
            "Marcus",
            "Okay, let's start. Morning all. Weekend figures first, then the Christmas timetable "
            "stuff.",
        ),
        (
            "Leanne",
            "Complaints were up about forty percent on Saturday, nearly all of it the Ashford "
            "cancellations.",
        ),
        (
            "Marcus",
            "Yeah, that was the signalling fault at Tonbridge, Network Rail have already owned it.",
        ),
        (
            "Tomasz",
            "People don't care whose fault it is though, they just see our logo on the train.",
        ),
        (
            "Bev",
            "The delay repay claims are the big thing. We've got a backlog of about eleven "
            "hundred.",
        ),
        ("Marcus", "How long is that going to take to clear at the current rate?"),
        ("Bev", "About two weeks if nothing else goes wrong, which it will."),
        (
            "Marcus",
            "Okay, then let's put the whole team on delay repay claims tomorrow and Wednesday, "
            "with the phones on the overflow line.",
        ),
        (
            "Ifeoma",
            "Can the overflow line cope with that? Last time it fell over after about an hour.",
        ),
        (
            "Marcus",
            "Tomasz, can you check with the telephony supplier that the overflow line can take the"
            " volume?",
        ),
        ("Tomasz", "Yes, I'll call them straight after this."),
        (
            "Leanne",
            "On the Christmas timetable, the posters for the engineering works at Sevenoaks still "
            "say the 27th.",
        ),
        ("Marcus", "They're wrong? It's the 28th now?"),
        (
            "Leanne",
            "It's the 28th and 29th. The project team moved it two weeks ago and nobody told "
            "marketing.",
        ),
        ("Bev", "Classic."),
        (
            "Marcus",
            "Leanne, can you get marketing to reprint those posters? Let's get that done by "
            "Friday.",
        ),
        ("Leanne", "I'll ask them, but I can't promise anything, their printer is in Leeds."),
        ("Ifeoma", "While we're on it, the website journey planner is also showing the old dates."),
        ("Marcus", "Is that us or the digital team?"),
        ("Ifeoma", "Digital, but I can raise a ticket with them today."),
        ("Marcus", "Please do."),
        (
            "Tomasz",
            "Another thing, the new refund script. A few of the agents say it sounds robotic.",
        ),
        ("Bev", "It does sound robotic. It was written by legal."),
        (
            "Marcus",
            "The wording was signed off by legal in October, so that part's fixed whether we like "
            "it or not.",
        ),
        (
            "Marcus",
            "What we can do is let agents use their own words for the greeting and the sign-off. "
            "Let's go with that.",
        ),
        ("Bev", "I'll put that in the team briefing on Wednesday."),
        ("Ifeoma", "Do we know if we're getting any extra staff for Christmas week?"),
        ("Marcus", "Honestly, I don't know. That's with workforce planning and they haven't said."),
        ("Tomasz", "If we don't, Boxing Day is going to be carnage."),
        (
            "Marcus",
            "Let's not think about Boxing Day yet. Okay, thanks everyone, back to the phones.",
        ),
    ),
    actions=(
        Action("Tomasz", ("telephony", "overflow"), TODAY),
        Action("Leanne", ("reprint", "posters"), FRIDAY),
        Action("Ifeoma", ("ticket",), TODAY),
        Action("Bev", ("team", "briefing"), WEDNESDAY),
    ),
    decisions=(
        ("delay", "repay"),
        ("greeting",),
    ),
    questions=(("extra", "staff"),),
)

CAREERS_SERVICE = Meeting(
    name="careers_service",
    lines=(
        (
            "Nadia",
            "Hi all, thanks for coming. Three things: the employer fair debrief, CV clinics, and "
            "the January graduate scheme push.",
        ),
        (
            "Rob",
            "The fair went well, I think. We had fifty-three employers, the most since before "
            "Covid.",
        ),
        (
            "Chloe",
            "The feedback forms were mostly positive. A few said the sports hall was too hot.",
        ),
        ("Femi", "It's always too hot. It was too hot in 2019 as well."),
        (
            "Nadia",
            "Next year we book the Great Hall instead of the sports hall. I'm not doing that heat "
            "again.",
        ),
        ("Nadia", "Did we ever get the final footfall number from security?"),
        ("Rob", "Yes, 1,840 students through the door, they sent it on Friday."),
        (
            "Nadia",
            "Great. Rob, can you write up the fair report for the pro-vice-chancellor? End of next"
            " week is fine.",
        ),
        ("Rob", "Sure, I'll have it done by then."),
        (
            "Chloe",
            "CV clinics. The Thursday drop-in is completely overbooked, people are queuing down "
            "the corridor.",
        ),
        (
            "Ursula",
            "We could go to a booking system, like the law school did. They use the same software "
            "we have.",
        ),
        (
            "Femi",
            "Booking systems mean no-shows though. The law school said they get about thirty "
            "percent no-shows.",
        ),
        (
            "Nadia",
            "Okay, let's do half and half. Bookable slots in the morning, drop-in in the "
            "afternoon, starting in January.",
        ),
        ("Ursula", "I'll set up the booking slots in the system this week."),
        (
            "Chloe",
            "Who's going to tell the students? Because if it just appears, they'll be confused.",
        ),
        ("Nadia", "Femi, you do the newsletter, can you put it in the December one?"),
        ("Femi", "Yep, the December newsletter goes out on the 3rd, I'll put it in."),
        (
            "Rob",
            "On the grad scheme push, I spoke to Deloitte last week and they said they'd come and "
            "do a session in January.",
        ),
        ("Nadia", "Lovely. What about the engineering firms? We had nobody last year."),
        ("Ursula", "I tried Arup in the summer but never heard back."),
        (
            "Nadia",
            "Maybe at some point someone could email the engineering faculty office for contacts, "
            "if anyone has time.",
        ),
        ("Chloe", "Mm."),
        ("Femi", "Are we still doing the alumni mentoring scheme next term, or has that been cut?"),
        (
            "Nadia",
            "I genuinely don't know yet. It depends on the budget round, and we won't hear till "
            "February.",
        ),
        ("Ursula", "That's a shame, the mentors were really keen."),
        (
            "Nadia",
            "I know. One last thing, I'm off on Friday, so if anything urgent comes up, go to Rob.",
        ),
        ("Rob", "Ah, great, thanks for that."),
        ("Nadia", "You'll be fine. Thanks everyone."),
    ),
    actions=(
        Action("Rob", ("fair", "report"), END_OF_NEXT_WEEK),
        Action("Ursula", ("booking", "slots"), END_OF_WEEK),
        Action("Femi", ("newsletter",), DECEMBER_3),
    ),
    decisions=(
        ("great", "hall"),
        ("bookable", "slots"),
    ),
    questions=(("alumni", "mentoring"),),
)

SCAFFOLD_ALLOCATION = Meeting(
    name="scaffold_allocation",
    lines=(
        (
            "Dean",
            "Morning lads, morning Shona. Let's go through the sites for the week and who's where.",
        ),
        (
            "Shona",
            "Before we start, on the Harrow Road job the client has paid the deposit, so that's a "
            "go.",
        ),
        (
            "Dean",
            "Good. Kev, your gang on Harrow Road from Wednesday then. It's a three-lift "
            "independent on the front elevation.",
        ),
        ("Kev", "Yeah, no problem, we'll be there Wednesday first thing."),
        (
            "Jas",
            "We're still on the school in Wembley till Thursday at least. The inspector wants "
            "extra ties on the east side.",
        ),
        ("Dean", "Is that going to push you past Thursday?"),
        ("Jas", "Might do. If it rains we lose a day, and it's meant to rain Wednesday."),
        ("Mick", "It's always meant to rain Wednesday."),
        ("Dean", "Alright, Jas, you stay on Wembley till it's signed off, don't rush it."),
        ("Mick", "What about the church in Kilburn? The vicar's been ringing every day."),
        (
            "Dean",
            "That's the one with the tower. Mick, can you do the survey on it tomorrow? Just you "
            "and a labourer.",
        ),
        ("Mick", "Tomorrow's fine. I'll take Lewis."),
        (
            "Shona",
            "Also the tube and fittings delivery from Lyndon got moved, it's Thursday afternoon "
            "now, not Tuesday.",
        ),
        ("Dean", "Who's going to be at the yard Thursday to take it in?"),
        ("Shona", "I'm in the office all day, but I can't drive the forklift."),
        ("Kev", "I could maybe nip back from Harrow Road at lunchtime."),
        ("Dean", "No, I'll take the delivery in myself, I'm at the yard Thursday anyway."),
        ("Jas", "And the hire on the Camden job, the client wants to extend another four weeks."),
        (
            "Dean",
            "Have we got enough boards to leave Camden up four weeks and still do Harrow Road?",
        ),
        ("Jas", "Honestly, I'd have to count. Half the boards in the yard are knackered."),
        (
            "Dean",
            "Right, someone count the boards at the yard before the end of the week, I need a "
            "proper number.",
        ),
        ("Jas", "I'll get my lot to count them Friday morning."),
        ("Dean", "Shona, hold off confirming the Camden extension until we've got the count."),
        ("Shona", "Will do."),
        (
            "Mick",
            "Are we getting the new harnesses before Christmas or what? Two of them failed "
            "inspection.",
        ),
        ("Dean", "I've asked the MD twice. He says it's in the budget, but there's no date."),
        ("Kev", "Can't work without harnesses, Dean."),
        ("Dean", "I know, I know. Right, be safe, see you all Friday."),
    ),
    actions=(
        Action("Kev", ("harrow", "road"), WEDNESDAY),
        Action("Mick", ("survey",), TOMORROW),
        Action("Dean", ("delivery",), THURSDAY),
        Action("Jas", ("count", "boards"), FRIDAY),
    ),
    decisions=(
        ("wembley", "signed"),
        ("camden", "extension"),
    ),
    questions=(("harnesses",),),
)

FOOD_TRUCK_COLLECTIVE = Meeting(
    name="food_truck_collective",
    lines=(
        ("Rosa", "Okay, is everyone on? Lou, you're on mute, I think."),
        ("Lou", "Sorry, yeah, I'm here. I'm in the van, excuse the noise."),
        (
            "Rosa",
            "No worries. So, the winter market at the old brewery yard. They've offered us four "
            "pitches instead of six.",
        ),
        ("Dmitri", "Four? We had six last year, and the pitch fee has gone up."),
        ("Rosa", "I know. It's fifty quid more a night, they told me on Thursday."),
        ("Kwame", "Can we rotate then? Two trucks sit out each weekend?"),
        ("Bea", "That's fairer than fighting about it."),
        ("Rosa", "Yeah, let's rotate. Alphabetical order, starting this weekend."),
        ("Lou", "Alphabetical means I'm always last, but fine."),
        ("Rosa", "Ha. Someone needs to make the rota and share it in the group chat."),
        ("Bea", "I'll do the rota tonight."),
        ("Kwame", "The other thing is the shared generator. It's making that noise again."),
        ("Dmitri", "It did the same in August, and it turned out to be the fuel filter."),
        (
            "Kwame",
            "It might be the filter, might be something worse. I don't want it dying mid-service.",
        ),
        (
            "Rosa",
            "Kwame, would you take the generator to the repair place in Hackney? The one Dmitri "
            "used.",
        ),
        ("Kwame", "Yes, I'll drop it off on Wednesday, I'm not trading that day."),
        (
            "Lou",
            "We also need to renew the street trading licences. Mine runs out on the 31st of "
            "December.",
        ),
        ("Rosa", "All of ours do, they're on the same cycle. The council form is online now."),
        ("Dmitri", "Is it one application for the collective or one each?"),
        ("Rosa", "One each, I checked last year."),
        (
            "Rosa",
            "So everybody do your own licence renewal by the 15th please, the council says allow "
            "two weeks.",
        ),
        ("Bea", "What about the Instagram? Nobody's posted since October."),
        ("Lou", "That was meant to be Dmitri's nephew."),
        ("Dmitri", "He's got exams. Don't look at me."),
        ("Rosa", "Should we pay someone to do it? Like a proper freelancer?"),
        ("Kwame", "With what money, Rosa?"),
        ("Rosa", "Fair. Let's all think about it and talk again in January."),
        ("Bea", "One more, the compostable trays. The supplier's put prices up again."),
        (
            "Rosa",
            "We agreed in September to stick with them till March, so let's not reopen it now.",
        ),
        ("Lou", "Okay, I've got to go, someone's at the hatch. Bye!"),
        ("Rosa", "Bye Lou. Okay, thanks all."),
    ),
    actions=(
        Action("Bea", ("rota",), TODAY),
        Action("Kwame", ("generator", "repair"), WEDNESDAY),
        Action(None, ("licence", "renewal"), THE_15TH),
    ),
    decisions=(("rotate",),),
    questions=(("freelancer",),),
)

RESERVE_WARDENS = Meeting(
    name="reserve_wardens",
    lines=(
        (
            "Alastair",
            "Right, let's crack on, it's bitter out there and I'd like to get the hedge laying "
            "done before dark.",
        ),
        (
            "Fiona",
            "The count on Saturday was good. Two hundred and forty pink-footed geese on the west "
            "scrape.",
        ),
        (
            "Jamie",
            "And a bittern. Well, probably a bittern. Tendai saw it, I just saw a brown shape.",
        ),
        ("Tendai", "It was definitely a bittern."),
        ("Alastair", "Brilliant. Tendai, put it on the county recorder's sheet, will you?"),
        ("Tendai", "Already done, I sent it in last night."),
        (
            "Alastair",
            "Now, the boardwalk on the reedbed trail. Two planks are rotten near the second hide.",
        ),
        (
            "Morag",
            "A visitor nearly went through it on Sunday. She was very nice about it, but still.",
        ),
        (
            "Alastair",
            "We're closing that section of the trail from today until it's repaired. No arguments.",
        ),
        ("Jamie", "I'll put the signs and the barrier tape up this afternoon."),
        ("Fiona", "Have we got the timber for the repair, or does it need ordering?"),
        ("Alastair", "There's some oak in the barn, but I don't know if it's enough."),
        ("Morag", "I'll check the barn tomorrow and order more if we're short."),
        ("Tendai", "The volunteers' work party is Saturday. We've got fourteen signed up."),
        ("Alastair", "Good. What are we giving them? Scrub bashing on the heath?"),
        ("Tendai", "That was the plan, yeah. I've already done the risk assessment."),
        ("Fiona", "Could they do the willow coppicing instead? It's overdue."),
        (
            "Alastair",
            "The heath is more urgent, the birch is taking over. Let's keep them on the heath on "
            "Saturday, and do the willow in January.",
        ),
        ("Jamie", "Did anyone hear from Natural England about the grazing licence?"),
        ("Alastair", "Yes, they rang on Friday. It's renewed for five years, same terms."),
        ("Morag", "Oh, thank goodness."),
        ("Fiona", "The ponies will be thrilled."),
        (
            "Jamie",
            "One thing I'm worried about is the car park. People are parking on the verge and "
            "blocking the farm gate.",
        ),
        ("Alastair", "Farmer Hughes shouted at me about that on Thursday."),
        (
            "Morag",
            "Do we just put up a sign, or do we need to talk to the parish about double yellows?",
        ),
        ("Alastair", "I've no idea whose job that is, honestly. Let's leave it open for now."),
        ("Fiona", "And the annual report. The trust wants it by the end of the month."),
        ("Alastair", "Fiona, you did it last year, would you mind doing the annual report again?"),
        ("Fiona", "Fine, but I'll need everyone's figures by Friday."),
        ("Alastair", "You heard her. Figures to Fiona by Friday, everyone."),
        ("Jamie", "Can we go and lay some hedge now? My feet are numb."),
        ("Alastair", "Yes. Go."),
    ),
    actions=(
        Action("Jamie", ("signs",), TODAY),
        Action("Morag", ("barn",), TOMORROW),
        Action("Fiona", ("annual", "report"), END_OF_MONTH),
        Action(None, ("figures",), FRIDAY),
    ),
    decisions=(
        ("closing", "trail"),
        ("heath",),
    ),
    questions=(("double", "yellows"),),
)

PRINT_ON_DEMAND_OPS = Meeting(
    name="print_on_demand_ops",
    lines=(
        (
            "Sofia",
            "Okay, let's kick off. Black Friday's on Friday, obviously, so this is mostly about "
            "that.",
        ),
        (
            "Ben",
            "Order volume's already up. We did about three thousand yesterday, which is a Sunday "
            "record.",
        ),
        (
            "Lina",
            "The Leicester print partner is at capacity though. They told me on Friday they can't "
            "take more than four thousand a day.",
        ),
        ("Sofia", "What happens above four thousand?"),
        (
            "Lina",
            "It rolls over to the next day, so delivery slips by a day. Or we route to the Polish "
            "partner, but that's slower for UK orders.",
        ),
        (
            "Raj",
            "Could we just turn off express shipping for the weekend? Then nobody's promised next "
            "day.",
        ),
        ("Cat", "Customers will hate that. Express is like twelve percent of revenue."),
        (
            "Sofia",
            "Okay, we keep express on, but we cap it at five hundred orders a day and hide it "
            "after that.",
        ),
        (
            "Raj",
            "I can build the cap into the checkout. It's a feature flag really, I'll have it live "
            "by Wednesday.",
        ),
        (
            "Sofia",
            "Great. Lina, can you ask Leicester whether they could run a Saturday shift? Even a "
            "half shift helps.",
        ),
        ("Lina", "I'll ask them today, but last year they said no."),
        (
            "Ben",
            "On returns, the misprint rate's gone up. It was one point two percent last month, "
            "it's two point eight this month.",
        ),
        ("Cat", "Is that the new DTF printers?"),
        (
            "Ben",
            "We don't know. Could be the printers, could be the new hoodie blanks. The blanks "
            "changed the same week.",
        ),
        (
            "Sofia",
            "Ben, pull a sample of fifty returned misprints and sort them by printer and blank. By"
            " next Tuesday.",
        ),
        ("Ben", "Yeah, fine."),
        (
            "Cat",
            "Customer service wise, I want to put a banner on the site about delivery times for "
            "Black Friday.",
        ),
        ("Sofia", "Yes, do it. Can it go up tomorrow?"),
        ("Cat", "Tomorrow morning, yeah. I'll get Raj to check the wording fits on mobile."),
        ("Raj", "Oh good, more work."),
        (
            "Lina",
            "Also, totally separate, are we still moving to the new warehouse management thing in "
            "January?",
        ),
        ("Sofia", "That's been pushed to March, the board decided that last week."),
        ("Ben", "Thank god."),
        ("Raj", "If we'd migrated before Black Friday I'd have quit, to be honest."),
        ("Sofia", "Noted. Last thing, who's on call over the weekend?"),
        ("Ben", "Me Saturday, Raj Sunday, that's on the rota already."),
        ("Sofia", "Perfect. Thanks all, let's survive Friday."),
    ),
    actions=(
        Action("Raj", ("cap", "checkout"), WEDNESDAY),
        Action("Lina", ("saturday", "shift"), TODAY),
        Action("Ben", ("sample", "misprints"), NEXT_TUESDAY),
        Action("Cat", ("banner",), TOMORROW),
    ),
    decisions=(("express", "cap"),),
    questions=(("dtf", "printers"),),
)

RESIDENTS_PARKING = Meeting(
    name="residents_parking",
    lines=(
        (
            "Margaret",
            "Good morning, everyone, thank you for coming at this hour. Shall we start? Apologies "
            "from Terry, he's at the dentist.",
        ),
        ("Derek", "Lucky Terry."),
        (
            "Margaret",
            "Item one, the consultation on extending the controlled zone to Elm Grove. The "
            "council's closing date is the 11th of December.",
        ),
        (
            "Anjali",
            "We should send a committee response. Most of Elm Grove wants it, going by the "
            "doorstep survey.",
        ),
        (
            "Colin",
            "Not all of them, though. The people at the bottom end with driveways don't care "
            "either way.",
        ),
        (
            "Margaret",
            "Then let's agree: the committee supports the extension, and we say so in our "
            "response.",
        ),
        ("Derek", "Agreed."),
        (
            "Margaret",
            "Anjali, would you draft the response? Could we see a draft by next Friday, so we have"
            " time before the 11th?",
        ),
        ("Anjali", "Yes, I'll draft it and circulate it by next Friday."),
        (
            "Sue",
            "Item two is the visitor permits. The new scratch cards have gone up to four pounds "
            "each.",
        ),
        ("Colin", "Four pounds! It was two fifty in the spring."),
        (
            "Sue",
            "My daughter visits twice a week, that's thirty-two pounds a month just for her to see"
            " me.",
        ),
        ("Margaret", "Is there any concession for pensioners? Does anyone know?"),
        ("Colin", "There used to be, but I think they scrapped it in 2023. I'm not certain."),
        ("Derek", "I'll email our councillor and ask about concessions. I'll do it this week."),
        (
            "Anjali",
            "The other thing is the school run. Parents are parking on the zigzags on Cedar Road "
            "every morning.",
        ),
        ("Colin", "Someone's going to get run over."),
        ("Margaret", "Could we ask the council for a camera car? They did it on Birch Lane."),
        ("Sue", "They did, and the parents just parked round the corner instead."),
        (
            "Margaret",
            "Well, we should at least write to the head teacher. Colin, you know her, don't you?",
        ),
        (
            "Colin",
            "I do, we were on the PTA together. I'll write to her, though probably not until the "
            "consultation response is done.",
        ),
        ("Derek", "If it were up to me, I'd put bollards down the whole street."),
        ("Margaret", "Well, it isn't, Derek. Item three, the AGM date."),
        ("Sue", "We said March last time, didn't we?"),
        ("Margaret", "We did, the 14th of March at the community centre, that's booked."),
        (
            "Anjali",
            "Do we need to change the constitution to allow online voting? A few members have "
            "asked.",
        ),
        ("Margaret", "That's a big question. I don't think we can answer it today."),
        ("Colin", "Let's not, please. The last constitution change took a year."),
        (
            "Margaret",
            "Any other business? No? Then thank you all, and I'll send the minutes round tomorrow.",
        ),
    ),
    actions=(
        Action("Anjali", ("draft", "response"), NEXT_FRIDAY),
        Action("Derek", ("councillor", "concessions"), END_OF_WEEK),
        Action("Colin", ("head", "teacher"), None),
        Action("Margaret", ("minutes",), TOMORROW),
    ),
    decisions=(("supports", "extension"),),
    questions=(
        ("concession", "pensioners"),
        ("online", "voting"),
    ),
)

DOG_GROOMING = Meeting(
    name="dog_grooming",
    lines=(
        ("Jade", "Okay, quick one before the first dogs come in. Kettle's on if anyone wants one."),
        ("Ellie", "Oh yes please."),
        (
            "Jade",
            "So, December bookings. We're basically full from the 14th to Christmas Eve already.",
        ),
        (
            "Marco",
            "A woman rang on Saturday wanting a full groom for her Newfoundland on the 23rd. I "
            "told her I'd check.",
        ),
        ("Jade", "A Newfie takes four hours. If we can't fit it, we can't fit it."),
        ("Kerry", "What if we opened on the Sunday before Christmas? Just for the big dogs?"),
        ("Hana", "I'd do a Sunday if it's time and a half."),
        (
            "Jade",
            "Let's do it. We'll open on Sunday the 20th, big dogs only, and I'll pay time and a "
            "half.",
        ),
        ("Jade", "Marco, ring the Newfoundland lady back and offer her the Sunday."),
        ("Marco", "Will do, I'll ring her after the first dog."),
        ("Ellie", "Can I raise the hydrobath? It's leaking from the hose again."),
        ("Kerry", "Again? The guy only came out in October."),
        ("Jade", "He said it was the seal. Obviously it wasn't."),
        (
            "Jade",
            "Ellie, can you call the hydrobath guy and get him out this week? And tell him we're "
            "not paying the callout again.",
        ),
        ("Ellie", "Yep, I'll sort it."),
        (
            "Hana",
            "Also, the cockapoo with the matting, Biscuit. The owner was really upset when we "
            "shaved him.",
        ),
        ("Kerry", "We had no choice, he was matted to the skin."),
        (
            "Jade",
            "We did everything right. From now on, though, everyone gets a matting consent form "
            "signed before we shave anything. No exceptions.",
        ),
        ("Kerry", "Do we even have a form?"),
        (
            "Jade",
            "Not yet. Hana, can you write a consent form? There's a template on the groomers' "
            "association site.",
        ),
        ("Hana", "Sure, I'll have it ready by Thursday."),
        ("Marco", "Should we also be charging extra for matted dogs? Other salons do."),
        ("Jade", "Maybe. I need to look at what the others charge first. Let's come back to it."),
        ("Ellie", "And the Christmas party?"),
        ("Jade", "After we close on the 24th, at the pub. I booked it last week."),
        ("Kerry", "Is Biscuit invited?"),
        ("Jade", "Ha, no. Right, first one's here, that's the spaniel. Let's go."),
    ),
    actions=(
        Action("Marco", ("newfoundland",), TODAY),
        Action("Ellie", ("hydrobath",), END_OF_WEEK),
        Action("Hana", ("consent", "form"), THURSDAY),
    ),
    decisions=(
        ("open", "sunday"),
        ("consent", "form"),
    ),
    questions=(("charging", "matted"),),
)

CHOIR_SCHOOL_STAFF = Meeting(
    name="choir_school_staff",
    lines=(
        (
            "Jonathan",
            "Good morning, everyone. Let's begin, I know the choristers have a rehearsal at "
            "eleven.",
        ),
        (
            "Philip",
            "Ten forty-five, actually. We moved it for the Advent carol service run-through.",
        ),
        (
            "Jonathan",
            "Ten forty-five, then. First, the Advent carol service on Sunday. How are we looking?",
        ),
        (
            "Philip",
            "The boys are fine. The girls' top line is a bit tired, two of them have colds.",
        ),
        (
            "Anne",
            "Matron's been giving them honey and lemon, but I'd like them off the early practices "
            "until Thursday.",
        ),
        ("Philip", "Fine. The two with colds skip the early practices until Thursday."),
        (
            "Clare",
            "The parents' seating for the service. Last year the reserved pews filled up with "
            "tourists.",
        ),
        (
            "Jonathan",
            "Chapter said in September that the first four pews on the north side are for "
            "chorister families.",
        ),
        ("Clare", "Yes, but nobody enforced it."),
        (
            "Jonathan",
            "Clare, could you arrange with the vergers to put reserved signs on those pews before "
            "Sunday?",
        ),
        ("Clare", "Yes, I'll sort that with the head verger."),
        (
            "Grace",
            "On the academic side, the Year 8 scholarship exams are on the 4th of December. The "
            "papers still need proofreading.",
        ),
        ("Tobias", "I'll proofread the maths and science papers by Wednesday."),
        ("Grace", "Thank you. I'll do the English and humanities ones myself."),
        (
            "Jonathan",
            "Next, the inspection. We've heard informally that ISI might come in the spring term.",
        ),
        ("Anne", "Might, or will?"),
        ("Jonathan", "Might. Nobody will tell us anything definite, which is typical."),
        (
            "Jonathan",
            "If they do come, we'll need the safeguarding records in order. Anne, please do an "
            "audit of the safeguarding files by the end of next week.",
        ),
        ("Anne", "Yes, of course."),
        ("Grace", "Do we know whether an inspection would include the boarding house?"),
        ("Jonathan", "I don't, and I'd rather not guess."),
        (
            "Philip",
            "Last thing from me: Christmas Day. Do the choristers stay for lunch after the "
            "services again?",
        ),
        (
            "Jonathan",
            "Yes, the Dean's offered the refectory again. That was agreed at chapter last month.",
        ),
        ("Tobias", "Will there be crackers this time? Last year someone forgot."),
        ("Philip", "That was me. I'm never living that down."),
        (
            "Jonathan",
            "Right, one more decision: the end-of-term concert. Do we keep it in the Chapter House"
            " or move to the nave?",
        ),
        ("Philip", "The nave's freezing, and the acoustic swallows the little ones."),
        ("Clare", "But more parents fit in the nave."),
        (
            "Jonathan",
            "We'll stay in the Chapter House and run it twice, afternoon and evening, so everyone "
            "gets a seat.",
        ),
        ("Clare", "I'll send the letter to parents about the two performances by Friday."),
        ("Jonathan", "Thank you. That's us. Off you go, Philip, you've got ten minutes."),
    ),
    actions=(
        Action("Clare", ("reserved", "signs"), END_OF_WEEK),
        Action("Tobias", ("proofread",), WEDNESDAY),
        Action("Grace", ("english",), None),
        Action("Anne", ("audit", "safeguarding"), END_OF_NEXT_WEEK),
        Action("Clare", ("letter", "parents"), FRIDAY),
    ),
    decisions=(
        ("early", "practices"),
        ("chapter", "house"),
    ),
    questions=(("boarding", "house"),),
)

MEETINGS = (
    CHEESE_SHOP,
    TRAIN_CUSTOMER_SERVICE,
    CAREERS_SERVICE,
    SCAFFOLD_ALLOCATION,
    FOOD_TRUCK_COLLECTIVE,
    RESERVE_WARDENS,
    PRINT_ON_DEMAND_OPS,
    RESIDENTS_PARKING,
    DOG_GROOMING,
    CHOIR_SCHOOL_STAFF,
)
