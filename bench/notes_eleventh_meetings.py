"""Eleventh meetings for the notes rules: another blind set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a dental practice team meeting, a brewery production meeting,
a newsroom sports desk meeting, a ski resort lift operations briefing, a courier depot route
review, a community pharmacy stock meeting, a wedding venue events team meeting, a mobile app
release planning meeting, a community garden committee and a zoo keepers meeting. People talk
as they do at work: fillers, asides, false starts, commitments in many forms, due dates in many
forms or none. The labels are what a careful note-taker would write down; past work,
hypotheticals, hedges, requests nobody takes, answered questions, reported speech, jokes and
decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "at lunch" and
"after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Saturday"
is 28 November), "next Friday" is that of next week, a vague period ("this week", "this
weekend", "the end of the month") is due on its last day, Sunday for weeks, and "when it turns
up" or "soon" has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
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


DENTAL_PRACTICE = Meeting(
    name="dental_practice",
    lines=(
        ("Priya", "Right, shall we make a start? Coffee's in the pot if anyone wants it."),
        ("Priya", "First thing, the autoclave. Tomasz, where are we with it?"),
        (
            "Tomasz",
            "So it failed its cycle test twice last week, and the engineer came out on Thursday "
            "and swapped the door seal.",
        ),
        ("Tomasz", "It's passed every test since, touch wood."),
        (
            "Gareth",
            "Good, because I am not doing another morning of borrowing instruments from upstairs.",
        ),
        (
            "Priya",
            "The service contract's up for renewal as well. Tomasz, could you get me a quote from "
            "the new supplier by Friday?",
        ),
        ("Tomasz", "Yep, I'll ring them this afternoon and get the quote to you by Friday."),
        ("Femi", "On the front desk side, the no-shows are getting silly. Fourteen last week."),
        (
            "Leanne",
            "Most of mine were people who got the text reminder. I think they just ignore them "
            "now.",
        ),
        (
            "Gareth",
            "At my last practice we brought in a no-show fee and it halved overnight. Not saying "
            "we should, just saying.",
        ),
        (
            "Priya",
            "Let's not go there yet. What we'll do is send the reminder text forty-eight hours "
            "before instead of twenty-four.",
        ),
        (
            "Femi",
            "I can change the reminder setting in the booking system today, it's a two-minute job.",
        ),
        ("Leanne", "Does a fee even work for NHS patients, though? I genuinely don't know."),
        ("Priya", "Good question. Anyone? No? Okay, we'll park that one."),
        (
            "Priya",
            "Next, CPD. Everyone's CPD hours need to be logged by the end of the month, the GDC "
            "deadline is real.",
        ),
        ("Leanne", "I did my radiography module online on Saturday, it was actually quite good."),
        ("Gareth", "Is that the one with the quiz at the end that never loads?"),
        ("Leanne", "That's the one. Took me four goes."),
        (
            "Priya",
            "Christmas. We're closed from the 24th to the 28th, that was agreed with the partners "
            "back in September.",
        ),
        ("Femi", "Someone still has to cover the phones on the afternoon of the 23rd, though."),
        ("Priya", "Who can cover the phones that afternoon?"),
        ("Gareth", "Not me, I'm in Lisbon, sorry."),
        ("Tomasz", "I'm on leave from the 21st."),
        ("Priya", "Nobody? Fine, we'll come back to that."),
        (
            "Tomasz",
            "Last thing from me, the suction unit in surgery two is making that noise again.",
        ),
        ("Gareth", "It's been making that noise since 2019."),
        ("Tomasz", "Louder, though."),
        (
            "Priya",
            "Gareth, would you mind reporting the suction unit to the maintenance firm, since it's "
            "your surgery?",
        ),
        ("Gareth", "Sure, I'll email them first thing tomorrow."),
        (
            "Leanne",
            "Oh, and are we still on for the team meal? Femi said the Thai place was booked.",
        ),
        ("Femi", "It's booked, the 11th, half seven."),
        ("Priya", "Lovely. Right, that's us. Thanks everyone."),
    ),
    actions=(
        Action("Tomasz", ("quote", "supplier"), FRIDAY),
        Action("Femi", ("reminder", "setting"), TODAY),
        Action(None, ("cpd", "hours"), END_OF_MONTH),
        Action("Gareth", ("suction", "maintenance"), TOMORROW),
    ),
    decisions=(("reminder", "forty-eight"),),
    questions=(("fee", "nhs"), ("phones",)),
)

BREWERY_PRODUCTION = Meeting(
    name="brewery_production",
    lines=(
        ("Dave", "Morning. Let's keep this quick, we've got a brew on at eleven."),
        ("Dave", "Fermenter four. Ines, what did the lab say?"),
        (
            "Ines",
            "The pale ale in FV4 came back with a bit of diacetyl. Not terrible, but you can taste "
            "it.",
        ),
        ("Rob", "I said it was running warm on Thursday. The glycol was playing up all weekend."),
        (
            "Dave",
            "Okay. We give it a three-day diacetyl rest before we crash it, so no crashing until "
            "Thursday.",
        ),
        ("Ines", "I'll retest it Wednesday morning and send round the numbers."),
        (
            "Rob",
            "On the glycol, the guy from Coldline reckons it's the compressor, but he reckoned "
            "that last time as well.",
        ),
        (
            "Dave",
            "Rob, can you get Coldline back in for the chiller this week? I don't want to lose "
            "another batch.",
        ),
        ("Rob", "Yeah, I'll get them booked in this week."),
        ("Kasia", "Packaging-wise, we're short on cans. The 440s. We've got maybe two runs left."),
        ("Mo", "And the Christmas pack orders are up thirty percent on last year, so that's fun."),
        (
            "Dave",
            "If we ran out we'd have to go kegs-only on the IPA, which the pubs wouldn't mind but "
            "the shops would.",
        ),
        (
            "Kasia",
            "I'll put an order in for forty thousand cans today, the lead time's about ten days.",
        ),
        ("Mo", "Should we be switching the Christmas pack to bottles if cans stay tight?"),
        ("Dave", "Honestly, I don't know. Let's see what the lead time actually turns out to be."),
        ("Ines", "Also, the hop contract for next year needs signing. Has anyone looked at it?"),
        ("Dave", "I have. We're sticking with the Citra allocation we agreed in the summer."),
        ("Dave", "I'll sign the hop contract and send it back by Friday."),
        ("Rob", "Can we get a new mash paddle? The old one's got a crack in it."),
        ("Dave", "It's had a crack in it since I started."),
        ("Rob", "It's a bigger crack now."),
        ("Dave", "Fine. Order a new paddle, Rob, anything under fifty quid."),
        ("Rob", "Cheers."),
        (
            "Mo",
            "One more. The Brewers' Guild want us to pour at their January festival. I told them "
            "probably.",
        ),
        (
            "Dave",
            "I need to see the staffing before we say yes to the festival. Let's leave it open for "
            "now.",
        ),
        ("Kasia", "Did anyone ever find the spare labeller belt, by the way?"),
        ("Rob", "It's in the blue crate under the stairs. Found it Friday."),
        ("Dave", "Right. Brew's at eleven, let's go."),
    ),
    actions=(
        Action("Ines", ("retest",), WEDNESDAY),
        Action("Rob", ("coldline", "chiller"), END_OF_WEEK),
        Action("Kasia", ("order", "cans"), TODAY),
        Action("Dave", ("hop", "contract"), FRIDAY),
        Action("Rob", ("paddle",), None),
    ),
    decisions=(("diacetyl", "rest"),),
    questions=(("christmas", "bottles"), ("january", "festival")),
)

SPORTS_DESK = Meeting(
    name="sports_desk",
    lines=(
        (
            "Claire",
            "Okay, weekend's done, let's look at the week. How did Saturday's live blog do, "
            "Nikhil?",
        ),
        ("Nikhil", "Biggest we've had since the derby. Eighty thousand uniques."),
        ("Claire", "Nice. Jamal, the City manager story."),
        (
            "Jamal",
            "My source at the club says he'll be gone by Christmas, but they said that in March "
            "too.",
        ),
        ("Claire", "We don't run it until we've got a second source. That's final."),
        ("Jamal", "Fair. I'll ring his agent again by Wednesday."),
        (
            "Owen",
            "Can I just say, the match reports are coming in way over length. I cut three hundred "
            "words out of Saturday's rugby.",
        ),
        ("Claire", "From now on match reports are capped at six hundred words, everyone, please."),
        ("Beatriz", "For Wednesday's cup tie I still need a pass. The club hasn't replied to me."),
        (
            "Claire",
            "Owen, you know their press officer. Can you chase Beatriz's accreditation today?",
        ),
        ("Owen", "Yeah, I'll text her after this."),
        ("Nikhil", "Do we want a live blog for the cup tie as well?"),
        (
            "Claire",
            "Yes, we'll do a live blog, same setup as Saturday. Nikhil, you run it on Wednesday "
            "night.",
        ),
        ("Jamal", "If City lose on Wednesday the manager story might just write itself."),
        ("Owen", "Grim, Jamal."),
        ("Claire", "Next, the women's league preview. We promised it for Friday's paper."),
        ("Beatriz", "I can do portraits of the three captains if someone sets it up."),
        ("Claire", "Jamal, can you set up the captains shoot for Thursday?"),
        ("Jamal", "Go on then, I'll sort it."),
        ("Claire", "And we still need someone to actually write the preview. Who's got time?"),
        ("Owen", "Don't look at me, I'm subbing all week."),
        ("Claire", "Okay, let's think about that one, nobody's free right now."),
        ("Nikhil", "Are we still moving to the new CMS in January? IT told me the 12th."),
        ("Claire", "That's what they told me too, the 12th."),
        (
            "Nikhil",
            "And the podcast had eleven hundred listens last week. Could we do one on the cup tie?",
        ),
        ("Claire", "Maybe, if Jamal's got time. We'll see."),
        ("Claire", "Okay, that's it. Go."),
    ),
    actions=(
        Action("Jamal", ("agent",), WEDNESDAY),
        Action("Owen", ("accreditation",), TODAY),
        Action("Nikhil", ("live", "blog"), WEDNESDAY),
        Action("Jamal", ("captains", "shoot"), THURSDAY),
    ),
    decisions=(("second", "source"), ("reports", "hundred"), ("live", "blog")),
    questions=(("write", "preview"),),
)

LIFT_OPERATIONS = Meeting(
    name="lift_operations",
    lines=(
        ("Lars", "Morning. Opening day is Saturday, assuming the snow guns cooperate."),
        ("Lars", "Matteo, Summit Express. Where are we with the gearbox?"),
        (
            "Matteo",
            "New gearbox went in on Friday. We ran it empty for six hours yesterday and the "
            "temperatures were fine.",
        ),
        ("Matteo", "I still want a load test with the water bags before anyone rides it."),
        (
            "Lars",
            "Agreed. Do the load test on Wednesday, and get the inspection sheet signed by "
            "Thursday.",
        ),
        (
            "Matteo",
            "Wednesday works, weather permitting. I'll have the inspection sheet to you Thursday.",
        ),
        (
            "Hannah",
            "Patrol needs the evacuation drill done before opening. Last year we left it to the "
            "Friday and it was a mess.",
        ),
        ("Lars", "Then we'll do the evacuation drill this Friday at eight, all lift staff."),
        ("Hannah", "I'll run it. I'll send the drill plan round tomorrow."),
        ("Ben", "We're still two lifties short for the weekend shifts."),
        (
            "Sophie",
            "Two of the seasonals from Australia haven't turned up. Visa thing, apparently.",
        ),
        ("Lars", "Could we pull someone across from rentals?"),
        ("Ben", "We did that in 2023 and they didn't know the stop procedures."),
        ("Lars", "Fair. Ben, post the vacancy on the staff board and the Facebook group today."),
        ("Ben", "On it."),
        (
            "Sophie",
            "Ticketing. The new gates read the cards fine, but the phone passes are slow, like "
            "three seconds each.",
        ),
        ("Lars", "Three seconds times four thousand people is a queue back to the car park."),
        ("Sophie", "The vendor says it's a firmware patch and they'll push it by Friday."),
        ("Hannah", "And if the patch isn't there by Saturday, do we go back to paper tickets?"),
        ("Lars", "Good question. I don't know. We'll see where we are."),
        ("Matteo", "Also the bullwheel on the magic carpet, no, sorry, wrong lift, ignore me."),
        ("Ben", "Wind limits. Are we using last year's numbers for the T-bar?"),
        ("Lars", "Yes, same as last year, the board approved them in October."),
        (
            "Lars",
            "Last thing, radios. Half of them don't hold a charge. Would anyone fancy going "
            "through them to find the dead batteries?",
        ),
        ("Ben", "Hmm."),
        ("Hannah", "I'm buried this week, sorry."),
        ("Lars", "Okay, never mind. Right, safe week everyone."),
    ),
    actions=(
        Action("Matteo", ("load", "test"), WEDNESDAY),
        Action("Matteo", ("inspection", "sheet"), THURSDAY),
        Action("Hannah", ("drill", "plan"), TOMORROW),
        Action("Ben", ("vacancy",), TODAY),
    ),
    decisions=(("evacuation", "drill"),),
    questions=(("paper", "tickets"),),
)

COURIER_DEPOT = Meeting(
    name="courier_depot",
    lines=(
        (
            "Karen",
            "Right, route review. Peak's started properly, we did eleven thousand drops on "
            "Saturday.",
        ),
        (
            "Stefan",
            "And route 14 is the problem child again. Average finish was twenty to nine at night.",
        ),
        ("Aaliyah", "That's the new estate at Millbrook. The satnav doesn't know half the roads."),
        ("Stefan", "I split route 9 last week and that helped a lot."),
        ("Karen", "Okay. We split route 14 into two from Wednesday."),
        (
            "Stefan",
            "I'll redo the route 14 manifests tomorrow so the drivers have them for Wednesday.",
        ),
        (
            "Pete",
            "Which means I need another van. We've got the spare Transit, but it failed its MOT on "
            "the brakes.",
        ),
        ("Karen", "Pete, can you get the Transit's brakes done by Tuesday?"),
        ("Pete", "Tuesday's tight. Wednesday morning at the earliest."),
        ("Karen", "Wednesday morning then, first thing."),
        (
            "Joe",
            "Customer service side, the complaints are mostly parcels left in a safe place when "
            "nobody said they could be.",
        ),
        ("Aaliyah", "To be fair, the app tells the drivers to do that."),
        ("Karen", "Is that a setting we control or is it the client's?"),
        ("Joe", "It's the client's, on their account."),
        (
            "Karen",
            "Joe, email the three big clients and ask them to turn safe place off for December.",
        ),
        ("Joe", "Will do, by Friday."),
        (
            "Aaliyah",
            "The drivers want to know about the Christmas bonus. Is it the same as last year?",
        ),
        ("Karen", "That's head office. I genuinely don't know yet."),
        (
            "Pete",
            "If we got a second van from the hire place we'd be fine for the whole of December. "
            "Just saying.",
        ),
        ("Karen", "Let's not, they charged us double last year."),
        ("Stefan", "Also, the scanners. Three of them dropped their Bluetooth on Saturday."),
        ("Karen", "Again? Did anyone log it with IT?"),
        ("Stefan", "I did, Saturday night. They've got a ticket."),
        (
            "Joe",
            "Oh, one thing. A lady called, she says her parcel's been out for delivery since the "
            "14th.",
        ),
        ("Karen", "Send me the tracking number after this and I'll chase that parcel myself."),
        ("Aaliyah", "It'll be in the back of someone's van under a Christmas tree."),
        ("Karen", "Okay, that's it. Drive safe, it's icy on the ring road."),
    ),
    actions=(
        Action("Stefan", ("manifests",), TOMORROW),
        Action("Pete", ("brakes",), WEDNESDAY),
        Action("Joe", ("clients", "safe"), FRIDAY),
        Action("Karen", ("parcel",), None),
    ),
    decisions=(("split", "route"),),
    questions=(("christmas", "bonus"),),
)

PHARMACY_STOCK = Meeting(
    name="pharmacy_stock",
    lines=(
        ("Anjali", "Stock meeting. Let's start with the shortages list, because it's long."),
        (
            "Wei",
            "Amoxicillin liquid is still on the wholesaler's out-of-stock list. Third week now.",
        ),
        (
            "Craig",
            "I phoned round on Friday and the Station Road branch has six bottles they can send "
            "over.",
        ),
        (
            "Anjali",
            "Great. Craig, get those six amoxicillin bottles transferred today, we've got two "
            "scripts waiting.",
        ),
        ("Craig", "Will do."),
        ("Wei", "HRT patches are still patchy."),
        ("Nadia", "Nice one."),
        ("Wei", "Sorry, that wasn't intentional."),
        (
            "Anjali",
            "For HRT, we'll switch people to the alternative brand wherever the GP is happy with "
            "it.",
        ),
        ("Anjali", "I'll write to the surgery about the switch by Wednesday."),
        (
            "Nadia",
            "Flu vaccine. We've done four hundred and ten and we've got about sixty doses left.",
        ),
        ("Anjali", "Do we order more or let it run down? Last year we binned about thirty."),
        ("Wei", "The clinics are slowing down. I'd let it run down."),
        ("Anjali", "Okay, no more flu stock this season."),
        (
            "Craig",
            "The fridge thermometer in the back gave a weird reading on Saturday, nine point two.",
        ),
        ("Anjali", "Was the door open?"),
        ("Craig", "Probably, the delivery came in at the same time."),
        ("Anjali", "Still, log it, and recheck the fridge every morning this week."),
        ("Craig", "Yep."),
        ("Nadia", "Customers keep asking for the Christmas gift sets. The No7 ones."),
        ("Anjali", "We're not doing gift sets this year, head office decided that in the summer."),
        ("Nadia", "Shame, they sold well."),
        (
            "Wei",
            "Are we allowed to return short-dated stock to the wholesaler now, or only once it's "
            "expired? The rules changed in the spring and nobody told us.",
        ),
        ("Anjali", "I honestly don't know. Anyone?"),
        ("Craig", "No idea."),
        ("Anjali", "Wei, can you do the controlled drugs balance check by Friday?"),
        ("Wei", "Thursday, even."),
        ("Anjali", "Even better. Thanks all."),
    ),
    actions=(
        Action("Craig", ("amoxicillin",), TODAY),
        Action("Anjali", ("surgery", "switch"), WEDNESDAY),
        Action("Craig", ("fridge",), END_OF_WEEK),
        Action("Wei", ("controlled", "drugs"), THURSDAY),
    ),
    decisions=(("alternative", "brand"), ("flu", "stock")),
    questions=(("return", "wholesaler"),),
)

WEDDING_VENUE = Meeting(
    name="wedding_venue",
    lines=(
        (
            "Rosie",
            "Morning team. Three weddings this week and one the Saturday after, so let's go "
            "through them.",
        ),
        (
            "Marta",
            "Thursday's is the Patel-Hughes wedding. Two hundred and twenty guests, the big one.",
        ),
        ("Callum", "The final numbers still haven't come in. I can't order the lamb without them."),
        ("Marta", "The bride told me Friday, but she told me last Friday too."),
        ("Rosie", "Marta, call her today and get the final numbers. Not an email, a call."),
        ("Marta", "Fine, I'll call her at lunch."),
        (
            "Callum",
            "If I don't have them by tomorrow I'm ordering for two twenty and they can pay for it.",
        ),
        ("Aidan", "The marquee heaters. Two of the six didn't light on Saturday."),
        ("Rosie", "Did you get them going in the end?"),
        ("Aidan", "Yeah, eventually. It was the gas bottles."),
        ("Rosie", "Aidan, swap out all the gas bottles by Wednesday, please."),
        ("Aidan", "Will do."),
        ("Yasmin", "Bar. The Patel-Hughes party want a cocktail on arrival instead of prosecco."),
        ("Rosie", "Can we even do that for two hundred and twenty?"),
        ("Yasmin", "If it's batched, yes."),
        ("Rosie", "Then we'll do a batched cocktail and charge them the prosecco price."),
        ("Yasmin", "I'll send them three cocktail options by Wednesday."),
        ("Marta", "Saturday's couple are asking if they can bring their dog into the ceremony."),
        ("Callum", "As long as it's not in my kitchen."),
        (
            "Rosie",
            "We had a dog once in 2022 and nobody complained, but that doesn't mean the insurance "
            "covers it.",
        ),
        ("Rosie", "I don't know if we're covered. Let's leave that one open for now."),
        ("Aidan", "The bridal suite shower is still dripping."),
        ("Rosie", "Still? It's been dripping since the summer."),
        ("Aidan", "I've ordered a new cartridge. I'll fit the cartridge the day it turns up."),
        (
            "Rosie",
            "And the open day on the 6th, we agreed with the owners to keep it to the Sunday only.",
        ),
        ("Marta", "Who's doing the tours, though? Last time it was me and I lost my voice."),
        ("Rosie", "Good point. Nobody yet, we'll have to work that out."),
        ("Yasmin", "Can I just say the new glasswasher is a dream. Best thing we bought all year."),
        ("Rosie", "Okay, great. Let's have a good week."),
    ),
    actions=(
        Action("Marta", ("final", "numbers"), TODAY),
        Action("Aidan", ("gas", "bottles"), WEDNESDAY),
        Action("Yasmin", ("cocktail", "options"), WEDNESDAY),
        Action("Aidan", ("cartridge",), None),
    ),
    decisions=(("batched", "cocktail"),),
    questions=(("dog",), ("tours",)),
)

APP_RELEASE = Meeting(
    name="app_release",
    lines=(
        ("Elena", "Okay, release 4.12. We're aiming to submit to the stores on Thursday."),
        ("Raj", "Regression's about seventy percent done. iOS is clean so far."),
        (
            "Lucy",
            "Android has that crash on the checkout screen on Samsung A-series phones. Only on "
            "Android 12.",
        ),
        ("Kwame", "Didn't we see that in 4.9 as well?"),
        ("Lucy", "Similar, but not the same stack trace."),
        ("Elena", "How bad is it?"),
        ("Lucy", "Zero point four percent of sessions in the beta."),
        (
            "Elena",
            "Okay, that's a blocker for me. Android doesn't ship until the checkout crash is "
            "fixed.",
        ),
        ("Lucy", "I'll have a fix for the checkout crash up for review by Wednesday."),
        (
            "Dmitri",
            "The new pricing endpoint is live on staging. I'll deploy the pricing endpoint to "
            "production tomorrow evening.",
        ),
        (
            "Kwame",
            "And if it isn't in prod by Thursday the app just falls back to the old prices, so "
            "it's not a disaster.",
        ),
        ("Raj", "I need someone to help with regression on tablets, I can't cover both."),
        ("Elena", "Kwame, could you lend Raj half a day on the iPad regression runs?"),
        ("Kwame", "Tomorrow afternoon, yeah."),
        (
            "Elena",
            "Release notes. Marketing want them by Wednesday, and last time they said ours were "
            "unreadable.",
        ),
        ("Elena", "So I'll write the release notes myself this time, by Wednesday."),
        ("Kwame", "Brutal."),
        ("Lucy", "Are we doing a phased rollout on Android again?"),
        ("Elena", "Yes, that's the standard policy, ten percent first."),
        (
            "Raj",
            "What about the dark mode bug on the settings screen? Do we hold the release for it?",
        ),
        ("Elena", "No. It ships as a known issue."),
        ("Kwame", "Can we talk about moving to weekly releases at some point?"),
        ("Elena", "Ha. At some point. Not today."),
        (
            "Dmitri",
            "One thing I can't answer: does Apple need updated privacy labels for the pricing SDK "
            "or not?",
        ),
        ("Elena", "Does anyone know? No? Okay."),
        (
            "Raj",
            "I'd also love it if someone looked at why the test devices keep logging out, but "
            "that's a moan, not a request.",
        ),
        ("Elena", "Noted. Right, thanks all, see you in the channel."),
    ),
    actions=(
        Action("Lucy", ("checkout", "crash"), WEDNESDAY),
        Action("Dmitri", ("pricing", "endpoint"), TOMORROW),
        Action("Kwame", ("ipad", "regression"), TOMORROW),
        Action("Elena", ("release", "notes"), WEDNESDAY),
    ),
    decisions=(("android", "crash"), ("known", "issue")),
    questions=(("privacy", "labels"),),
)

COMMUNITY_GARDEN = Meeting(
    name="community_garden",
    lines=(
        (
            "Margaret",
            "Welcome, everyone, thanks for coming out on a Monday morning. Fiona, are you taking "
            "minutes?",
        ),
        ("Fiona", "I am."),
        (
            "Margaret",
            "First, water. The council say they're switching the standpipe off on the 1st for the "
            "winter, as usual.",
        ),
        ("Kofi", "The polytunnel people will want water right through December, though."),
        ("Dev", "We could put in water butts off the shed roof. It'd be maybe two hundred pounds."),
        ("Margaret", "Do we have two hundred pounds?"),
        ("Dev", "We've got about five hundred and forty in the account after the seed order."),
        ("Margaret", "Right, then let's go ahead with the water butts, up to two hundred pounds."),
        (
            "Kofi",
            "My brother-in-law's a plumber. I'll get him to fit the water butts this weekend.",
        ),
        ("Sian", "The compost bays. Someone keeps putting plastic in them."),
        ("Margaret", "Was it the school group?"),
        ("Sian", "No, they've been really good, actually."),
        ("Fiona", "We could put a sign up."),
        ("Margaret", "Fiona, would you make a laminated sign for the compost bays?"),
        ("Fiona", "Happy to. I'll have it up by Saturday."),
        ("Dev", "Membership fees for next year. Do we keep it at fifteen pounds?"),
        ("Margaret", "Any objections? No? Then the membership stays at fifteen pounds."),
        ("Dev", "I'll send the renewal letters out by the end of the month."),
        (
            "Sian",
            "The waiting list is up to twenty-three people. Should we split the bigger plots?",
        ),
        ("Kofi", "Not mine, I've only just got the asparagus going."),
        ("Margaret", "That really needs a vote at the AGM, we can't settle it here."),
        ("Fiona", "When is the AGM?"),
        ("Margaret", "Second Saturday in February, same as always."),
        (
            "Kofi",
            "And the Christmas wreath workshop. Last year we had thirty people, it was lovely.",
        ),
        ("Margaret", "It would be nice to do it again. Maybe someone could look into dates?"),
        ("Dev", "Not me, I'm hopeless with holly."),
        ("Margaret", "Well, we'll see."),
        ("Sian", "Also, the shed lock's broken."),
        ("Margaret", "Someone needs to buy a new padlock before the tools walk off."),
        ("Dev", "I'll pick up a padlock tomorrow, I'm in town anyway."),
        ("Margaret", "Lovely. Thanks all, mince pies are on the table."),
    ),
    actions=(
        Action("Kofi", ("water", "butts"), END_OF_WEEK),
        Action("Fiona", ("sign", "compost"), SATURDAY),
        Action("Dev", ("renewal", "letters"), END_OF_MONTH),
        Action("Dev", ("padlock",), TOMORROW),
    ),
    decisions=(("water", "butts"), ("fifteen", "pounds")),
    questions=(("split", "plots"),),
)

ZOO_KEEPERS = Meeting(
    name="zoo_keepers",
    lines=(
        ("Gemma", "Morning, everyone. Quick one, the vet's in at eleven."),
        ("Gemma", "Ahmed, how's Kibo?"),
        ("Ahmed", "Better. He's been eating again since Saturday and he's back in with the group."),
        ("Sean", "His bloods came back normal, so it was probably just the tooth."),
        (
            "Gemma",
            "Brilliant. We'll keep him on the soft diet until the end of the week, then back to "
            "normal.",
        ),
        (
            "Liz",
            "The tigers. The new enrichment feeder, the one on the pole, Asha worked it out in "
            "four minutes.",
        ),
        ("Gemma", "Four minutes? We paid three hundred quid for that."),
        ("Liz", "I'll raise the feeder to the top notch and try her again on Thursday."),
        (
            "Chloe",
            "Education side, the schools want keeper talks at the penguins over the Christmas "
            "holidays.",
        ),
        ("Gemma", "How many?"),
        ("Chloe", "Two a day, eleven and two."),
        ("Gemma", "Fine. We'll do two penguin talks a day over the holidays."),
        ("Chloe", "I'll draw up the talk rota by next Friday and send it round."),
        ("Sean", "The red panda's annual health check is due. The vet wants to do it Wednesday."),
        ("Gemma", "Liz, can you crate-train, no, sorry, that's Ahmed's section now."),
        ("Ahmed", "Yeah, I'll have the red panda in the crate for Wednesday morning."),
        (
            "Liz",
            "Are we getting the second snow leopard or not? Last I heard the studbook keeper said "
            "maybe spring.",
        ),
        ("Gemma", "Still waiting on the programme. No news either way."),
        ("Ahmed", "The heater in the gibbon house is tripping the fuse every night."),
        ("Gemma", "I'll get the electrician in tomorrow."),
        ("Sean", "And the quarantine room needs a deep clean before the tortoises arrive."),
        ("Gemma", "When are they due?"),
        ("Sean", "Not sure yet, the transfer paperwork's still with DEFRA."),
        ("Gemma", "Whoever's on the early shift Thursday, please do the quarantine room."),
        ("Chloe", "Oh, the visitor survey says people want more seats near the lions."),
        ("Liz", "The lions want more people near the seats."),
        ("Gemma", "Right, off you go, and wash your hands before you touch the vet's coffee."),
    ),
    actions=(
        Action("Liz", ("feeder",), THURSDAY),
        Action("Chloe", ("rota",), NEXT_FRIDAY),
        Action("Ahmed", ("panda", "crate"), WEDNESDAY),
        Action("Gemma", ("electrician",), TOMORROW),
        Action(None, ("quarantine",), THURSDAY),
    ),
    decisions=(("soft", "diet"), ("penguin", "talks")),
    questions=(("snow", "leopard"),),
)

MEETINGS = (
    DENTAL_PRACTICE,
    BREWERY_PRODUCTION,
    SPORTS_DESK,
    LIFT_OPERATIONS,
    COURIER_DEPOT,
    PHARMACY_STOCK,
    WEDDING_VENUE,
    APP_RELEASE,
    COMMUNITY_GARDEN,
    ZOO_KEEPERS,
)
