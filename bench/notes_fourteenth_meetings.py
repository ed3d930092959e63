"""Fourteenth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests, the benchmark or the meetings of the
other sets, in ten kinds of meeting those sets lack: a supermarket store managers meeting, a
cybersecurity operations centre shift handover, a choir committee, a landscape gardening firm
planning meeting, a music festival production call, a care home staff meeting, a law firm
trainee coordinators meeting, a bicycle shop team meeting, a housing association repairs
meeting and a conference organising committee. People talk as they do at work: fillers,
asides, past work, hypotheticals, hedges, requests nobody takes, answered questions, reported
speech, jokes and decisions taken elsewhere earlier, around the action items, decisions and
open questions a careful note-taker would write down. Only those are labelled; the rest is
there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this morning" and "this
afternoon" are that day, "tomorrow" is the 24th, a bare weekday is the next one, "next
Wednesday", "next Thursday" and "next Friday" are those of next week, a period ("this week",
"the end of the week", "next week", "the end of the month") is due on its last day, Sunday for
weeks, and "soon" or no date at all has no date.
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
    NEXT_WEDNESDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


STORE_MANAGERS = Meeting(
    name="store_managers",
    lines=(
        ("Gareth", "Right, morning everyone, let's get going, I know Mondays are mad."),
        ("Gareth", "First thing, Christmas. Priya, anything from the regional buyers?"),
        (
            "Priya",
            "So we had the meeting with them last Thursday and they'd already decided we're "
            "getting the extra chilled cabinet allocation, so that's done.",
        ),
        ("Gareth", "Good. Um, the turkey pre-orders, where are we?"),
        ("Dylan", "About four hundred across the three stores, which is up on last year."),
        ("Dylan", "Last year we ran out of the large ones by the twentieth, it was a nightmare."),
        ("Fiona", "If we ran out again we'd have to do vouchers, like the old days."),
        ("Gareth", "Let's not. Dylan, can you send me the turkey numbers by store by Wednesday?"),
        ("Dylan", "Yep, will do."),
        ("Hassan", "On staffing, the night fill is short two people from next week."),
        ("Gareth", "Have we gone to the agency?"),
        (
            "Hassan",
            "Yeah, I rang them Friday, they said they'd come back to us. They haven't.",
        ),
        ("Gareth", "Okay. Hassan, chase the agency again today, please."),
        ("Hassan", "Sure."),
        (
            "Priya",
            "Honestly we should just recruit our own, the agency people never know where "
            "anything is.",
        ),
        ("Fiona", "Ha, one of them put the bananas in the freezer last year."),
        ("Gareth", "Let's park that, it's a bigger conversation. Fiona, waste?"),
        ("Fiona", "Our waste on bakery is still high, about eight percent."),
        ("Gareth", "What's the target again?"),
        ("Fiona", "Five."),
        ("Fiona", "I think we reduce the afternoon bake at Eastgate and see if it moves."),
        ("Gareth", "Okay, agreed, we cut the afternoon bake at Eastgate from this week."),
        ("Fiona", "I'll brief the bakery team tomorrow morning."),
        (
            "Priya",
            "Does anyone know if the new self-service tills are still coming before Christmas?",
        ),
        ("Gareth", "I genuinely don't know, head office keeps moving it."),
        ("Dylan", "Maybe someone could ask IT about it."),
        ("Gareth", "Hmm. Moving on. Health and safety walks."),
        ("Hassan", "Mine's done, I did it on Saturday."),
        ("Priya", "I'll do the safety walk at Northfield on Thursday."),
        (
            "Gareth",
            "And we'll keep the Sunday opening hours as they are for December, I'm not "
            "changing them this close.",
        ),
        ("Fiona", "Who's covering the Eastgate keys over Christmas week?"),
        ("Gareth", "Let's figure that out next time. Right, that's it. Thanks all."),
    ),
    actions=(
        Action("Dylan", ("turkey", "numbers"), WEDNESDAY),
        Action("Hassan", ("chase", "agency"), TODAY),
        Action("Fiona", ("brief", "bakery"), TOMORROW),
        Action("Priya", ("safety", "walk"), THURSDAY),
    ),
    decisions=(
        ("afternoon", "bake"),
        ("sunday", "opening", "hours"),
    ),
    questions=(
        ("tills", "christmas"),
        ("keys", "christmas"),
    ),
)

SOC_HANDOVER = Meeting(
    name="soc_handover",
    lines=(
        ("Marcus", "Okay, handover from nights. Fairly quiet, mostly."),
        (
            "Marcus",
            "We had a spike of failed logins on the VPN around three, looked like password "
            "spraying from a hosting range.",
        ),
        ("Leila", "Did you block the range?"),
        ("Marcus", "Yeah, blocked it at the firewall at three twenty, nothing since."),
        (
            "Marcus",
            "Ticket's still open though. Someone needs to check whether any of those accounts "
            "actually got in.",
        ),
        (
            "Leila",
            "Ben, can you take that, go through the VPN auth logs for those accounts this morning?",
        ),
        ("Ben", "Yep, on it."),
        (
            "Marcus",
            "Second thing, the EDR agent on the finance laptops is still throwing that update "
            "error.",
        ),
        (
            "Sofia",
            "That's the vendor bug. They told us last week a fix was coming in the next release.",
        ),
        ("Leila", "Hmm, do we know when that EDR fix actually ships?"),
        ("Sofia", "No, they wouldn't commit."),
        ("Leila", "Sofia, raise a case with the vendor and push for a date, by tomorrow ideally."),
        ("Sofia", "Sure, I'll do it."),
        ("Marcus", "Third, phishing. Three reports from sales, all the same fake invoice email."),
        (
            "Marcus",
            "I pulled them from the mailboxes and blocked the sender domain, so it's contained.",
        ),
        (
            "Ben",
            "If it's the same lot as October they'll be back with a new domain in a day or two.",
        ),
        ("Leila", "Probably, yeah."),
        (
            "Leila",
            "One decision from me: from tonight, nights escalate any VPN spraying straight to "
            "the on-call engineer, no waiting till morning.",
        ),
        ("Marcus", "Fine by me, I'd rather be woken up than read about it."),
        ("Sofia", "Oh, the SIEM licence renewal, did procurement ever sign it?"),
        ("Marcus", "They did, Friday."),
        (
            "Ben",
            "What about the red team exercise in December, are we told about it or is it blind?",
        ),
        (
            "Leila",
            "I honestly don't know. I'll ask the CISO about the red team on Wednesday.",
        ),
        (
            "Sofia",
            "Somebody should really tidy up the alert rules for the old print servers, they're "
            "so noisy.",
        ),
        ("Marcus", "Ha, yeah, someday."),
        ("Marcus", "Last thing, the on-call phone battery is shot, it died twice last night."),
        ("Marcus", "I'll put in an order for a new phone before I go home."),
        ("Leila", "Thanks Marcus, go and sleep."),
    ),
    actions=(
        Action("Ben", ("vpn", "logs"), TODAY),
        Action("Sofia", ("case", "vendor"), TOMORROW),
        Action("Leila", ("ciso", "red", "team"), WEDNESDAY),
        Action("Marcus", ("order", "phone"), TODAY),
    ),
    decisions=(("escalate", "vpn", "spraying"),),
    questions=(
        ("edr", "fix"),
        ("red", "team", "blind"),
    ),
)

CHOIR_COMMITTEE = Meeting(
    name="choir_committee",
    lines=(
        ("Margaret", "Shall we start? Apologies from Derek, he's got his grandson this week."),
        (
            "Margaret",
            "So, the Christmas concert. We've got the church for the twelfth, that was "
            "confirmed back in September.",
        ),
        ("Colin", "And the ticket price, we said twelve pounds last year, didn't we?"),
        ("Aisha", "Ten. It was ten last year."),
        ("Colin", "Ten, right. I think we go to twelve this year, the hall hire's gone up."),
        ("Rhys", "Twelve's a lot for some of our older audience."),
        ("Joan", "We could do concessions at ten?"),
        ("Margaret", "Okay, so twelve pounds full price and ten for concessions. Agreed?"),
        ("Colin", "Agreed."),
        ("Aisha", "Yes."),
        (
            "Margaret",
            "Aisha, could you update the posters with the prices and get them to the printer "
            "by Friday?",
        ),
        ("Aisha", "Yes, I'll do that."),
        ("Rhys", "The music. We're still four copies of the Rutter short for the altos."),
        ("Joan", "I think the library has some, or they did when we sang it in 2019."),
        ("Rhys", "I'll ring the music library tomorrow and see."),
        (
            "Colin",
            "Money-wise we're fine, about eleven hundred in the account after the summer do.",
        ),
        ("Margaret", "Good. Now, the accompanist. Peter can't do the twelfth."),
        ("Joan", "Oh no."),
        ("Margaret", "He told me at rehearsal on Thursday, he's got a wedding."),
        ("Rhys", "What about that lad from the school, Tom something?"),
        (
            "Margaret",
            "Possibly. Do we know if he's free on the twelfth, or what he'd charge as accompanist?",
        ),
        ("Colin", "No idea."),
        (
            "Margaret",
            "Joan, could you ask his mum whether he'd play for us? This week, ideally.",
        ),
        ("Joan", "Yes, leave that with me."),
        ("Aisha", "Should we do mince pies in the interval again?"),
        ("Colin", "We made forty quid on them last year."),
        ("Margaret", "Yes, let's do mince pies again."),
        ("Rhys", "My wife's already offered to bake them, don't worry."),
        ("Joan", "Someone ought to look at the robes, half of them need hemming."),
        ("Margaret", "Ha, after Christmas, Joan."),
        (
            "Colin",
            "One more: are we doing the carol singing at the station again? They wanted a risk "
            "assessment last year.",
        ),
        ("Margaret", "Let's decide that at the next meeting. Right, thank you all."),
    ),
    actions=(
        Action("Aisha", ("posters", "printer"), FRIDAY),
        Action("Rhys", ("music", "library"), TOMORROW),
        Action("Joan", ("ask", "mum"), END_OF_WEEK),
    ),
    decisions=(
        ("twelve", "concessions"),
        ("mince", "pies"),
    ),
    questions=(
        ("accompanist", "charge"),
        ("carol", "station"),
    ),
)

LANDSCAPE_PLANNING = Meeting(
    name="landscape_planning",
    lines=(
        ("Dave", "Right, week ahead. Weather's looking wet till Wednesday, so plan around that."),
        ("Kerry", "The Hendersons' patio is booked to start today."),
        ("Luca", "We can't lay slabs in this, we'll just make a mess of the sub-base."),
        ("Dave", "Agreed, we push the Henderson patio to Thursday."),
        ("Kerry", "I'll ring Mrs Henderson this morning and let her know."),
        ("Nadia", "In the meantime we've got the hedges at the school, they're fine in the wet."),
        (
            "Dave",
            "Nadia, you take the school hedges today and tomorrow, Luca can go with you.",
        ),
        ("Nadia", "Fine."),
        ("Luca", "The hedge trimmer's still making that noise. I told you about it last week."),
        ("Dave", "I know, I know. If it packs in we'll hire one from Brandons."),
        ("Luca", "Can I take the trimmer in for a service on Wednesday then?"),
        ("Dave", "Yes, go on."),
        (
            "Kerry",
            "Quotes. We've got three out, the big one's the Old Rectory garden redesign, about "
            "eighteen grand.",
        ),
        ("Dave", "Did they come back to us?"),
        ("Kerry", "They said they'd decide once they've spoken to their architect."),
        ("Nadia", "If we get that one we'll need another pair of hands in the spring."),
        ("Dave", "Let's cross that bridge. Kerry, chase the other two quotes by Friday, please."),
        ("Kerry", "Will do."),
        (
            "Nadia",
            "The Oakfield maintenance contract's up for renewal at the end of the month. Are we "
            "putting the price up?",
        ),
        ("Dave", "I'd like to, but I haven't run the numbers."),
        ("Kerry", "So do we or don't we?"),
        ("Dave", "I'll have a think. Let's leave it open for now."),
        ("Luca", "Also the van's MOT runs out soon."),
        ("Dave", "I'll book the MOT in this week."),
        ("Nadia", "Did anyone order more bark mulch?"),
        ("Kerry", "Yes, it arrives Thursday."),
        (
            "Dave",
            "Oh, and from now on nobody uses the chipper on their own, two people minimum, "
            "after what happened to Gary's lot.",
        ),
        ("Luca", "Fair."),
        ("Dave", "Right, let's go, kettle's on."),
    ),
    actions=(
        Action("Kerry", ("ring", "henderson"), TODAY),
        Action("Nadia", ("school", "hedges"), TOMORROW),
        Action("Luca", ("trimmer", "service"), WEDNESDAY),
        Action("Kerry", ("chase", "quotes"), FRIDAY),
        Action("Dave", ("book", "mot"), END_OF_WEEK),
    ),
    decisions=(
        ("push", "patio"),
        ("chipper", "two"),
    ),
    questions=(("oakfield", "price"),),
)

FESTIVAL_PRODUCTION = Meeting(
    name="festival_production",
    lines=(
        ("Jess", "Hi all, can everyone hear me? Ollie, you're on mute."),
        ("Ollie", "Sorry, yes, here."),
        ("Jess", "Okay, production call, eighteen days out. Site first."),
        (
            "Ollie",
            "The marquee contractor's confirmed for build on the eighth. Fencing's the issue, "
            "the supplier's short on Heras panels.",
        ),
        ("Jess", "How short?"),
        ("Ollie", "About two hundred metres."),
        ("Jess", "Ollie, can you get a second quote from another fencing supplier by Wednesday?"),
        ("Ollie", "Yeah, I'll sort it."),
        (
            "Kwame",
            "Power. Generators are booked. I still need the final stage plot from the headliner "
            "to size the second genny.",
        ),
        ("Hannah", "Their tour manager said he'd send it last week, and nothing."),
        ("Hannah", "I'll chase their tour manager again today."),
        ("Kwame", "If it doesn't come we'd have to guess and over-spec, which costs."),
        (
            "Sarah",
            "Safety: the event management plan went to the council's safety advisory group on "
            "Friday.",
        ),
        ("Jess", "Any feedback?"),
        ("Sarah", "Not yet, they meet on the second."),
        (
            "Sarah",
            "I need everyone's risk assessments by the end of next week, no excuses this time.",
        ),
        ("Ollie", "Ha, 'this time'."),
        (
            "Jess",
            "And just so you all know, the bars are cashless, we agreed that with licensing last "
            "month.",
        ),
        ("Hannah", "Do we know if the headliner wants their own security in the pit?"),
        ("Jess", "Good question. No, we don't."),
        ("Kwame", "Someone should look at the radio channels, last year it was chaos."),
        ("Jess", "Yeah. Okay, stage times. We'll go with doors at six, not five."),
        ("Jess", "And I'll circulate the updated run sheet tomorrow."),
        (
            "Sarah",
            "One thing still open: who's paying for the extra medics if we go over three thousand?",
        ),
        ("Jess", "That's one for the promoter, let's leave it open. Thanks all."),
    ),
    actions=(
        Action("Ollie", ("quote", "fencing"), WEDNESDAY),
        Action("Hannah", ("chase", "tour", "manager"), TODAY),
        Action(None, ("risk", "assessments"), END_OF_NEXT_WEEK),
        Action("Jess", ("run", "sheet"), TOMORROW),
    ),
    decisions=(("doors", "six"),),
    questions=(
        ("security", "pit"),
        ("medics",),
    ),
)

CARE_HOME_STAFF = Meeting(
    name="care_home_staff",
    lines=(
        (
            "Bernadette",
            "Morning, thanks for coming in early. Let's keep it short, I know the floor's busy.",
        ),
        (
            "Bernadette",
            "First, the inspection. CQC are likely to visit in the next month or so, we don't "
            "know when.",
        ),
        ("Tunde", "Are the care plans up to date?"),
        (
            "Bernadette",
            "Mostly. Ellie, can you audit the care plans on the first floor by Friday?",
        ),
        ("Ellie", "Yes, I can do that."),
        (
            "Grace",
            "The medication fridge on the ground floor was reading nine degrees on Saturday.",
        ),
        ("Mike", "I had a look yesterday, the seal's gone, so I ordered a new one."),
        ("Mike", "I'll fit the new seal on Wednesday when it arrives."),
        ("Bernadette", "Until then, meds go in the upstairs fridge."),
        ("Bernadette", "And we log the fridge temperature twice a day."),
        (
            "Tunde",
            "Mrs Okafor's daughter rang again about the laundry, another cardigan's gone missing.",
        ),
        ("Grace", "That's the third one. Honestly, the laundry's a black hole."),
        ("Ellie", "We found one in room twelve's wardrobe last time, to be fair."),
        ("Bernadette", "Tunde, could you call the daughter back this afternoon?"),
        ("Tunde", "Yes, I'll ring her after lunch."),
        ("Grace", "Could we label everything with names when people move in? Iron-on labels."),
        ("Bernadette", "Yes, let's label clothes for all new residents from now on."),
        ("Mike", "Rotas. The Christmas rota's still got gaps on Boxing Day nights."),
        (
            "Bernadette",
            "I know. I'll put the Christmas rota up on the board tomorrow and people can swap.",
        ),
        ("Ellie", "Are we getting agency cover for Boxing Day or not?"),
        ("Bernadette", "I've asked head office, they haven't said."),
        (
            "Tunde",
            "The residents were asking about the carol service, the school said they'd come on "
            "the fifteenth.",
        ),
        ("Grace", "Aw, lovely."),
        ("Bernadette", "Someone might want to sort out mince pies for that."),
        (
            "Mike",
            "If the lift fails again like in March we'd have to move the carol service downstairs.",
        ),
        (
            "Bernadette",
            "Let's hope not. Training: everyone needs their moving and handling refresher done "
            "by the end of the month.",
        ),
        ("Bernadette", "Okay, thank you, back to it."),
    ),
    actions=(
        Action("Ellie", ("audit", "care", "plans"), FRIDAY),
        Action("Mike", ("fit", "seal"), WEDNESDAY),
        Action("Tunde", ("call", "daughter"), TODAY),
        Action("Bernadette", ("christmas", "rota"), TOMORROW),
        Action(None, ("moving", "handling"), END_OF_MONTH),
    ),
    decisions=(
        ("upstairs", "fridge"),
        ("temperature", "twice"),
        ("label", "residents"),
    ),
    questions=(("agency", "boxing"),),
)

TRAINEE_COORDINATORS = Meeting(
    name="trainee_coordinators",
    lines=(
        ("Victoria", "Okay, let's start. Seat rotations for March first."),
        ("James", "We've got eleven trainees rotating and I've got preferences from nine."),
        ("Victoria", "Who's missing?"),
        ("James", "Ravi and Sophie. Sophie's on secondment at the bank, so she's got an excuse."),
        ("Victoria", "James, chase those two for their preferences by Wednesday."),
        ("James", "Will do."),
        ("Amira", "Real estate only wants one trainee this time, not two."),
        (
            "Niall",
            "Because the partner there said the last two spent all day on reports on title. "
            "Which, to be fair, is the job.",
        ),
        ("Victoria", "Then the extra seat goes to employment, they've been asking for a year."),
        ("Amira", "I'll let the employment partner know today."),
        (
            "Niall",
            "Qualification. The firm said last week it would confirm NQ salaries in January.",
        ),
        ("James", "The trainees are getting anxious. A couple have had calls from recruiters."),
        ("Victoria", "Do we know how many NQ jobs there'll be?"),
        ("Niall", "No, the board hasn't decided."),
        ("Amira", "Should we at least do a session for them on how the NQ process works?"),
        (
            "Victoria",
            "Yes, good idea. Amira, can you set up an NQ process session for next week?",
        ),
        ("Amira", "Sure, I'll book a room for next Thursday."),
        (
            "Niall",
            "SQE. Three of the first-years are sitting SQE1 in January and they've asked for "
            "study leave.",
        ),
        ("Victoria", "Policy is five days, the partnership set that in the summer."),
        ("Niall", "One of them wants ten."),
        ("Victoria", "Five. It's five."),
        ("James", "Tell her she can have ten if she passes in five."),
        ("Niall", "I'll email her and explain the policy."),
        (
            "Amira",
            "Oh, the recruitment open day, are we doing it in person or online this year?",
        ),
        (
            "Victoria",
            "Let's go in person, the online open day last year was dreadful.",
        ),
        ("James", "I'll book the venue then, same place as last time?"),
        ("Victoria", "Whatever's cheapest. Anything else? No? Thanks everyone."),
    ),
    actions=(
        Action("James", ("chase", "preferences"), WEDNESDAY),
        Action("Amira", ("employment", "partner"), TODAY),
        Action("Amira", ("nq", "session"), DECEMBER_3),
        Action("Niall", ("email", "policy"), None),
        Action("James", ("book", "venue"), None),
    ),
    decisions=(
        ("extra", "seat", "employment"),
        ("person", "open", "day"),
    ),
    questions=(("nq", "jobs"),),
)

BIKE_SHOP_TEAM = Meeting(
    name="bike_shop_team",
    lines=(
        ("Rob", "Okay, quick one before we open. Black Friday is this Friday, obviously."),
        ("Mei", "Are we doing twenty percent off accessories again?"),
        (
            "Rob",
            "Yeah, we settled that at the owners' meeting two weeks ago, twenty on accessories, "
            "nothing on bikes.",
        ),
        ("Sanjay", "Workshop's booked solid till Thursday. Fourteen services waiting."),
        ("Callum", "And eleven of them are e-bikes with those dodgy motors, I swear."),
        (
            "Rob",
            "Ha. Okay, can we stop taking service bookings for Friday and Saturday, so the "
            "workshop can help on the floor?",
        ),
        ("Sanjay", "Yes please."),
        ("Rob", "Right, no workshop bookings Friday and Saturday."),
        ("Mei", "I'll update the booking page online this afternoon."),
        ("Callum", "Stock. We're down to two of the medium gravel bikes."),
        ("Rob", "Did the distributor say when more are coming?"),
        ("Callum", "January, they said."),
        (
            "Sanjay",
            "The parts order for tubes and brake pads went in on Friday, should land Wednesday.",
        ),
        (
            "Rob",
            "Callum, can you check it against the order on Wednesday? Last time they sent us "
            "the wrong pads.",
        ),
        ("Callum", "Yep."),
        ("Mei", "Someone left the back door unlocked on Saturday night, by the way."),
        ("Callum", "Wasn't me."),
        ("Sanjay", "Wasn't me either."),
        (
            "Rob",
            "From now on whoever closes does the back door check and signs the sheet.",
        ),
        ("Mei", "Can we get a sheet printed?"),
        ("Rob", "I'll print one today."),
        (
            "Sanjay",
            "What about the cycle-to-work scheme, are we signing up with the new provider?",
        ),
        (
            "Rob",
            "I haven't read their terms. Their rep says the fees are lower, but I'll believe it "
            "when I see it.",
        ),
        ("Rob", "I'll read the terms by next Friday and we'll decide then."),
        (
            "Callum",
            "Could someone sort the window display? It's still got the summer helmets in it.",
        ),
        ("Mei", "I'll do the window on Thursday evening."),
        ("Rob", "Great. Right, doors in five."),
    ),
    actions=(
        Action("Mei", ("booking", "page"), TODAY),
        Action("Callum", ("check", "order"), WEDNESDAY),
        Action("Rob", ("print",), TODAY),
        Action("Rob", ("read", "terms"), NEXT_FRIDAY),
        Action("Mei", ("window",), THURSDAY),
    ),
    decisions=(
        ("workshop", "bookings"),
        ("back", "door"),
    ),
    questions=(("provider", "scheme"),),
)

REPAIRS_MEETING = Meeting(
    name="repairs_meeting",
    lines=(
        ("Karen", "Right, let's go through the repairs list. Damp and mould first, as always."),
        (
            "Darren",
            "I did the surveys at Mill Court last week, flats four, nine and seventeen. Nine is "
            "the worst, black mould across the bedroom ceiling.",
        ),
        ("Farah", "The tenant in nine has a newborn, she's been ringing us daily."),
        ("Karen", "Okay. We treat number nine as an emergency repair, not routine."),
        (
            "Karen",
            "Pete, can you get the mould contractor in there by Wednesday?",
        ),
        ("Pete", "Yeah, I'll get them booked for Wednesday."),
        ("Farah", "And can we offer her a dehumidifier in the meantime?"),
        ("Karen", "Yes. Farah, take a dehumidifier round to her tomorrow."),
        ("Farah", "Will do."),
        (
            "Darren",
            "Four and seventeen are condensation mostly. Ventilation. Extractor fans would sort "
            "it.",
        ),
        ("Lisa", "Is there budget for fans this quarter?"),
        ("Karen", "Lisa, you're finance, you tell me."),
        ("Lisa", "Ha. I'd have to check, we're close to the line."),
        ("Karen", "Can you check the budget for fans and let me know by Friday?"),
        ("Lisa", "Yes."),
        (
            "Pete",
            "The boiler replacements at Ash Grove, the contractor says they'll be done by "
            "Christmas.",
        ),
        ("Karen", "They said that last year."),
        (
            "Darren",
            "If they slip into January we'd have tenants without heating in the cold.",
        ),
        ("Karen", "Pete, get a written programme from them by the end of the week."),
        ("Pete", "Okay."),
        (
            "Farah",
            "Complaints. Eleven open stage one complaints, three past the ten-day response.",
        ),
        ("Karen", "Which three?"),
        ("Farah", "Two at Mill Court, one at Ferry Road."),
        ("Karen", "I'll respond to the three overdue ones myself today."),
        (
            "Lisa",
            "Are we keeping the old repairs line number after the new system goes live?",
        ),
        ("Karen", "Good question, I actually don't know. IT never said."),
        ("Darren", "Someone should update the tenant handbook, half the numbers in it are wrong."),
        ("Karen", "Okay, that's it, thanks all."),
    ),
    actions=(
        Action("Pete", ("mould", "contractor"), WEDNESDAY),
        Action("Farah", ("dehumidifier",), TOMORROW),
        Action("Lisa", ("budget", "fans"), FRIDAY),
        Action("Pete", ("written", "programme"), END_OF_WEEK),
        Action("Karen", ("respond", "overdue"), TODAY),
    ),
    decisions=(("emergency", "repair"),),
    questions=(("repairs", "line"),),
)

CONFERENCE_COMMITTEE = Meeting(
    name="conference_committee",
    lines=(
        ("Helen", "Okay, welcome, we're quorate. Paolo's joining late."),
        ("Helen", "Venue first. Tariq, any news from Edinburgh?"),
        (
            "Tariq",
            "Yes, the conference centre can hold the main hall for the fourteenth to sixteenth "
            "of April, but they want a deposit by the fifteenth of December.",
        ),
        ("Ingrid", "How much?"),
        ("Tariq", "Twenty percent, so about nine thousand."),
        ("Helen", "Okay, let's go with Edinburgh. Everyone happy?"),
        ("Chloe", "Yes."),
        ("Ingrid", "Yes."),
        (
            "Helen",
            "Tariq, can you get the contract to me for signing by next Wednesday, so we're well "
            "ahead of the deposit?",
        ),
        ("Tariq", "Sure."),
        (
            "Ingrid",
            "Call for papers. We've had sixty-two submissions, already more than last year's "
            "total.",
        ),
        ("Chloe", "Deadline's the end of the month, right?"),
        ("Ingrid", "Yes, the thirtieth."),
        (
            "Ingrid",
            "Last time we extended by a week and got another forty, so I'd argue for extending "
            "again.",
        ),
        (
            "Helen",
            "I'd rather not, the reviewers hated the squeeze. No extension this year.",
        ),
        ("Chloe", "Reviewers, we still need about ten more for the applied track."),
        (
            "Helen",
            "Chloe, could you send the invitation to the reviewer list by Wednesday?",
        ),
        ("Chloe", "Yes, will do."),
        ("Paolo", "Sorry, sorry, train was late. What have I missed?"),
        ("Helen", "Edinburgh, and no extension. Keynotes?"),
        (
            "Paolo",
            "Two of three confirmed. Professor Adeyemi said she'd love to if her teaching "
            "allows, whatever that means.",
        ),
        ("Tariq", "That's academic for no."),
        (
            "Helen",
            "Paolo, ask her for a firm answer by the end of next week, and if it's no we go to "
            "the reserve.",
        ),
        ("Paolo", "Okay."),
        ("Ingrid", "Are we doing a hybrid option this time? Members keep asking."),
        ("Helen", "It depends on the AV costs, and we don't have them."),
        ("Tariq", "I'll get the AV quote from the venue by Friday."),
        (
            "Chloe",
            "And registration fees stay as they are, right? The society board set them in October.",
        ),
        ("Helen", "Right, that's the board's call and it's made."),
        ("Paolo", "Someone could look into a discounted hotel block, maybe."),
        ("Helen", "Thanks everyone, next meeting in two weeks."),
    ),
    actions=(
        Action("Tariq", ("contract",), NEXT_WEDNESDAY),
        Action("Chloe", ("invitation", "reviewer"), WEDNESDAY),
        Action("Paolo", ("firm", "answer"), END_OF_NEXT_WEEK),
        Action("Tariq", ("av", "quote"), FRIDAY),
    ),
    decisions=(
        ("edinburgh",),
        ("extension",),
    ),
    questions=(("hybrid",),),
)

MEETINGS = (
    STORE_MANAGERS,
    SOC_HANDOVER,
    CHOIR_COMMITTEE,
    LANDSCAPE_PLANNING,
    FESTIVAL_PRODUCTION,
    CARE_HOME_STAFF,
    TRAINEE_COORDINATORS,
    BIKE_SHOP_TEAM,
    REPAIRS_MEETING,
    CONFERENCE_COMMITTEE,
)
