"""Twelfth meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: a car dealership sales meeting, a hospital catering
kitchen meeting, a translation agency project meeting, a botanical garden horticulture team,
a data centre facilities meeting, a sailing club committee, a call about a trade show stand, a
childcare nursery staff meeting, a university lab safety committee and a gym chain's regional
managers call. People talk as they do at work: fillers, asides, past work, hypotheticals,
hedges, requests nobody takes, answered questions, reported speech, jokes and decisions taken
elsewhere earlier, around the action items, decisions and open questions a careful note-taker
would write down. The labels are only what such a note-taker would put in the minutes.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon" and "after
this" are that day, "tomorrow" is 24 November, a bare weekday is the next one ("Monday" is 30
November), "next Wednesday" and "next Friday" are those of next week, "the fifteenth" is 15
December, a vague period ("this week", "next week", "the end of the month") is due on its last
day, Sunday for weeks, and "soon", "whenever" or "when you can" has no date.
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


DEALERSHIP_SALES = Meeting(
    name="dealership_sales",
    lines=(
        ("Gary", "Right, morning everyone, grab a coffee, we'll keep this to twenty minutes."),
        ("Gary", "So November's looking okay, we're at forty-one units against a target of fifty."),
        ("Priya", "Forty-two, actually, the Corolla hybrid went out Saturday afternoon."),
        ("Gary", "Forty-two, even better. Eight to go and a week left, it's doable."),
        (
            "Leon",
            "I had three test drives over the weekend, one of them's pretty warm, "
            "the couple with the twins.",
        ),
        ("Gary", "Good. Leon, follow up with them today, don't let them go cold."),
        ("Leon", "Yep, I'll follow up with them this afternoon."),
        (
            "Denise",
            "Finance-wise, the zero percent offer on the Yaris ends on the thirtieth, "
            "so that's a good hook.",
        ),
        ("Tariq", "Do we know if head office is extending it into December?"),
        (
            "Gary",
            "Not that I've heard. Last year they said they'd extend it and then pulled it "
            "at the last minute.",
        ),
        ("Tariq", "Typical."),
        (
            "Gary",
            "Denise, can you ask the regional finance guy whether the Yaris offer runs into "
            "December? I'd like to know by Wednesday.",
        ),
        ("Denise", "Sure, I'll email him."),
        ("Priya", "The demo car, the grey Tiguan, it's got a chip in the windscreen, by the way."),
        ("Gary", "Again? That car's cursed."),
        ("Priya", "I can book it into the body shop if nobody's using it Thursday."),
        ("Leon", "I've got a test drive in it Thursday morning, sorry."),
        ("Priya", "Okay, I'll book the Tiguan into the body shop for Friday then."),
        (
            "Gary",
            "Next thing, the weekend rota. We need someone on Sunday the sixth for the "
            "Christmas open day.",
        ),
        ("Tariq", "I can't, it's my daughter's birthday."),
        ("Denise", "I might be able to, let me check with my partner."),
        ("Gary", "Okay, let me know. Otherwise I'll cover it myself."),
        (
            "Leon",
            "Can we do a raffle this year? Like last year's Halloween thing, that pulled "
            "people in.",
        ),
        (
            "Gary",
            "I'd have to ask the dealer principal, he was funny about the raffle licence "
            "last time.",
        ),
        ("Priya", "The balloons from last time are still in the storeroom, I checked."),
        (
            "Gary",
            "Right, for the open day let's go with the mince pies and the kids' colouring "
            "table, keep it simple.",
        ),
        ("Gary", "Tariq, you're on the leaflets, can you get them to the printers by Wednesday?"),
        ("Tariq", "Will do."),
        (
            "Denise",
            "Oh, and the CRM still isn't logging the call-backs properly. I raised a ticket "
            "last week.",
        ),
        ("Gary", "Did they reply?"),
        ("Denise", "They said it's fixed in the next update, whenever that is."),
        (
            "Gary",
            "Classic. Okay, last thing, everyone get your November logs into the system by "
            "the end of the month, please.",
        ),
        ("Leon", "Including the walk-ins?"),
        ("Gary", "Including the walk-ins. Right, let's sell some cars."),
    ),
    actions=(
        Action("Leon", ("follow",), TODAY),
        Action("Denise", ("yaris", "offer"), WEDNESDAY),
        Action("Priya", ("tiguan", "body"), FRIDAY),
        Action("Tariq", ("leaflets",), WEDNESDAY),
        Action(None, ("logs",), END_OF_MONTH),
    ),
    decisions=(("mince", "colouring"),),
    questions=(("extending", "december"), ("raffle",)),
)

HOSPITAL_KITCHEN = Meeting(
    name="hospital_kitchen",
    lines=(
        (
            "Maureen",
            "Okay, let's make a start, I know lunch service is breathing down our necks.",
        ),
        (
            "Maureen",
            "First, the audit. Environmental health were in on Thursday and we got a five again.",
        ),
        ("Kofi", "Get in."),
        (
            "Maureen",
            "They did flag the temperature log on the ward trolleys, a couple of gaps on "
            "the Tuesday.",
        ),
        ("Hannah", "That was the day the agency porter was on, he didn't know to sign it."),
        (
            "Maureen",
            "Right, so from today every trolley goes out with the temperature sheet clipped "
            "to the lid, no exceptions.",
        ),
        (
            "Sinead",
            "On the dietary side, ward seven has two new coeliac patients and one on a "
            "texture-modified level four diet.",
        ),
        ("Kofi", "Level four is puréed, yes?"),
        ("Sinead", "Puréed, yes. Level five is minced and moist."),
        ("Kofi", "We can do the puréed shepherd's pie, we did it for ward nine last month."),
        (
            "Sinead",
            "I'll send you the updated allergen cards for ward seven by tomorrow lunchtime.",
        ),
        ("Bartek", "Stores. The gluten-free bread supplier has shorted us twice this month."),
        ("Maureen", "Twice? What did they say?"),
        (
            "Bartek",
            "They said the driver left it at the wrong loading bay. Which, to be fair, "
            "happened once.",
        ),
        ("Maureen", "Can you get a quote from the other supplier, the one in Leeds?"),
        ("Bartek", "Yeah, I'll get that to you by Friday."),
        (
            "Hannah",
            "Should we be switching now, though, or wait until the contract's up in March?",
        ),
        ("Maureen", "Let's see the quote first and decide then."),
        (
            "Kofi",
            "Christmas menu. I'm thinking turkey, a nut roast, and the salmon for the "
            "pescatarians.",
        ),
        ("Sinead", "The nut roast is a problem on wards with nut allergies, obviously."),
        ("Kofi", "Fair. What if we did a lentil and chestnut roast instead?"),
        (
            "Sinead",
            "Chestnuts are fine, they're not a tree nut on our allergen matrix. "
            "I checked last year.",
        ),
        (
            "Maureen",
            "Okay, so the lentil and chestnut roast replaces the nut roast. Agreed.",
        ),
        (
            "Kofi",
            "I'll do a test batch on Wednesday and we can taste it at the afternoon huddle.",
        ),
        ("Hannah", "Do we know how many patients we're catering for on Christmas Day yet?"),
        ("Maureen", "No idea, bed management won't have numbers until mid-December."),
        ("Hannah", "Can I say, the dishwasher on line two is making that noise again."),
        (
            "Maureen",
            "Estates said they'd send someone out last week and nobody came.",
        ),
        (
            "Maureen",
            "I'll log the dishwasher again and copy in the facilities manager this time.",
        ),
        (
            "Bartek",
            "Someone should really sort out the walk-in freezer shelving too, it's bowing.",
        ),
        ("Maureen", "Yeah. Okay, that's time, thanks all, go feed the masses."),
    ),
    actions=(
        Action("Sinead", ("allergen", "cards"), TOMORROW),
        Action("Bartek", ("quote",), FRIDAY),
        Action("Kofi", ("test", "batch"), WEDNESDAY),
        Action("Maureen", ("dishwasher",), None),
    ),
    decisions=(("trolley", "temperature"), ("lentil", "chestnut")),
    questions=(("switching",), ("patients", "christmas")),
)

TRANSLATION_PROJECT = Meeting(
    name="translation_project",
    lines=(
        ("Ingrid", "Hi all, can everyone hear me? Chloe, you're on mute, I think."),
        ("Chloe", "Sorry, yes, here now."),
        (
            "Ingrid",
            "Great. So, the Medisys manual. We're at about sixty percent overall, German and "
            "French are done, Spanish is in review.",
        ),
        ("Rafael", "Spanish review is nearly finished, I've got maybe forty pages left."),
        ("Ingrid", "Can you finish the Spanish review by Wednesday?"),
        ("Rafael", "Wednesday should be fine, yeah."),
        (
            "Yuki",
            "Japanese is the tricky one. The client's glossary has about thirty terms that "
            "don't match what their Tokyo office uses.",
        ),
        ("Ingrid", "Oh, that's annoying. Which glossary wins, theirs or Tokyo's?"),
        ("Yuki", "That's the thing, nobody's told me."),
        (
            "Ingrid",
            "I'll put the glossary question to the client today and ask them to pick one.",
        ),
        (
            "Tomás",
            "In the meantime, Yuki, you could flag them in the CAT tool so we can "
            "batch-replace later.",
        ),
        ("Yuki", "Already doing that."),
        (
            "Chloe",
            "The DTP side: the French layout is overflowing on the warning boxes, French runs "
            "about fifteen percent longer.",
        ),
        (
            "Tomás",
            "We had exactly this on the Orthex job, we ended up shrinking the font to eight point.",
        ),
        ("Ingrid", "And the client hated it, if I remember."),
        ("Tomás", "They did. They called it unreadable."),
        (
            "Chloe",
            "I could rework the boxes to wrap onto two lines instead. It's maybe a day's work.",
        ),
        (
            "Ingrid",
            "Let's do that, wrap the warning boxes rather than shrinking the font.",
        ),
        ("Chloe", "Okay, I'll have the French layout redone by Thursday."),
        ("Rafael", "Are we billing the extra DTP to the client or eating it?"),
        (
            "Ingrid",
            "Good question. It's outside the original quote, but I'd rather not fight about "
            "it mid-project.",
        ),
        ("Ingrid", "I'll raise the billing with Marcus, he's the account manager."),
        (
            "Tomás",
            "One more thing, the Italian freelancer, Paola, has said she's off from the first "
            "of December.",
        ),
        ("Ingrid", "For how long?"),
        ("Tomás", "Two weeks. So if Italian isn't done by then we need a backup."),
        (
            "Ingrid",
            "Tomás, can you find a backup Italian linguist by Friday, just in case?",
        ),
        ("Tomás", "Sure."),
        (
            "Yuki",
            "Maybe we should think about a termbase for this client in general. For next year.",
        ),
        (
            "Ingrid",
            "Maybe. Right, the delivery date stays the eleventh, as agreed with the client "
            "last week. Thanks everyone.",
        ),
    ),
    actions=(
        Action("Rafael", ("spanish", "review"), WEDNESDAY),
        Action("Ingrid", ("glossary",), TODAY),
        Action("Chloe", ("french", "layout"), THURSDAY),
        Action("Ingrid", ("billing",), None),
        Action("Tomás", ("backup", "italian"), FRIDAY),
    ),
    decisions=(("wrap", "warning"),),
    questions=(("glossary", "tokyo"), ("billing", "dtp")),
)

HORTICULTURE_TEAM = Meeting(
    name="horticulture_team",
    lines=(
        (
            "Margaret",
            "Morning. Right, frost. The Met Office has a hard frost forecast for Wednesday "
            "night, minus five possibly.",
        ),
        ("Dev", "The tree ferns in the Dell will need wrapping before then."),
        (
            "Margaret",
            "Yes. Olu, can you get the tree ferns wrapped tomorrow? Dev's on the glasshouse.",
        ),
        ("Olu", "Tomorrow's fine, I'll need the fleece out of the potting shed."),
        (
            "Freya",
            "And the Echiums in the Mediterranean bed, do we bother this year? "
            "They died anyway last winter.",
        ),
        (
            "Margaret",
            "They died because the fleece blew off in that storm, not because of the cold.",
        ),
        ("Dev", "We could stake it down properly this time."),
        ("Margaret", "Let's fleece them and peg it down, yes."),
        (
            "Dev",
            "Glasshouse: the Victoria lily is finally dying back, and the boiler in the "
            "tropical house was flickering again over the weekend.",
        ),
        ("Margaret", "Flickering how?"),
        (
            "Dev",
            "The pilot light thing. It came back on by itself but it dropped to fourteen "
            "degrees for a bit.",
        ),
        ("Freya", "Fourteen's not great for the orchids."),
        (
            "Margaret",
            "I'll call the heating contractor this afternoon and get them in before the cold snap.",
        ),
        (
            "Olu",
            "Seed bank. Kew want our Sorbus samples by the end of next week, for the "
            "duplicate collection.",
        ),
        ("Freya", "I've cleaned most of them. There's three accessions left to dry."),
        ("Margaret", "Can you get them posted by then?"),
        ("Freya", "Yeah, I'll have the Sorbus samples posted by the end of next week."),
        (
            "Dev",
            "Has anyone heard whether the lottery money for the new propagation house came "
            "through?",
        ),
        ("Margaret", "The trustees meet on the fourth, so not before then."),
        (
            "Olu",
            "Volunteers. We've got twelve signed up for the leaf clearing on Saturday, "
            "which is brilliant.",
        ),
        ("Margaret", "Brilliant. Who's leading them?"),
        ("Olu", "I'll lead the leaf clearing, and Freya said she'd bring the cake."),
        ("Freya", "Cake is non-negotiable."),
        (
            "Margaret",
            "The path by the lake is still shut from the tree that came down, by the way. "
            "The tree surgeons did the crown last Tuesday.",
        ),
        ("Dev", "Should we reopen it for the weekend?"),
        ("Margaret", "Not until the stump's ground out. We'll keep it closed for now."),
        ("Margaret", "Right, thanks all. Wrap up warm."),
    ),
    actions=(
        Action("Olu", ("ferns", "wrapped"), TOMORROW),
        Action("Margaret", ("heating", "contractor"), TODAY),
        Action("Freya", ("sorbus", "samples"), END_OF_NEXT_WEEK),
        Action("Olu", ("leaf", "clearing"), SATURDAY),
    ),
    decisions=(("fleece", "peg"), ("closed",)),
    questions=(("lottery", "propagation"),),
)

DATACENTRE_FACILITIES = Meeting(
    name="datacentre_facilities",
    lines=(
        ("Raj", "Okay, facilities weekly. Let's start with the generator test."),
        (
            "Connor",
            "Gen two ran fine on Friday's load bank test. Gen three tripped at about eighty "
            "percent load.",
        ),
        ("Raj", "Tripped on what?"),
        (
            "Connor",
            "High coolant temp. The engineer reckons it's the thermostat, but he's not sure.",
        ),
        (
            "Raj",
            "Okay. Connor, get the service company back in to replace the thermostat this "
            "week, please.",
        ),
        ("Connor", "Yep, I'll book them."),
        (
            "Nadia",
            "Until that's done, do we run with gen three out of the N plus one count?",
        ),
        (
            "Raj",
            "Yes, we treat gen three as unavailable until it's passed a retest.",
        ),
        (
            "Elif",
            "Cooling. Hall B is running warm at the top of the racks in row fourteen, about "
            "twenty-seven inlet.",
        ),
        (
            "Pete",
            "That's the new GPU customer, isn't it? They moved in those dense racks.",
        ),
        ("Elif", "Yes. Twenty-seven is inside ASHRAE, but it's creeping."),
        ("Raj", "What are our options?"),
        (
            "Elif",
            "Blanking panels first, they've left gaps everywhere. Then maybe containment on "
            "that row.",
        ),
        ("Pete", "Containment would be a capex request, I'd guess forty grand or so."),
        (
            "Raj",
            "Let's start with the blanking panels and see. Elif, can you walk row fourteen "
            "with the customer tomorrow?",
        ),
        ("Elif", "Sure, I'll set it up with their ops lead."),
        (
            "Nadia",
            "Whether we need containment at all is the real question. If they add more racks "
            "in January we definitely will.",
        ),
        ("Raj", "Agreed. Let's not decide that today."),
        (
            "Pete",
            "Access control. The badge reader on the loading dock door failed again Saturday "
            "night, the night shift had to prop it open.",
        ),
        ("Raj", "Prop it open? On the loading dock?"),
        ("Pete", "I know. I've told them not to."),
        ("Raj", "Pete, replace that reader, and I want it done by Wednesday."),
        ("Pete", "We have a spare in stores, I'll swap it."),
        (
            "Nadia",
            "Also the customer audit from the bank is on the third. They'll want the "
            "maintenance records for the UPS.",
        ),
        (
            "Raj",
            "Nadia, can you pull together the UPS maintenance records before the audit?",
        ),
        ("Nadia", "I'll have them ready by next Wednesday."),
        (
            "Connor",
            "Somebody should update the fire evacuation drawings too, they still show the "
            "old battery room.",
        ),
        ("Raj", "Yeah, good point."),
        ("Raj", "Right, that's it. Next week same time."),
    ),
    actions=(
        Action("Connor", ("thermostat",), END_OF_WEEK),
        Action("Elif", ("walk", "fourteen"), TOMORROW),
        Action("Pete", ("reader",), WEDNESDAY),
        Action("Nadia", ("ups", "records"), NEXT_WEDNESDAY),
    ),
    decisions=(("three", "unavailable"), ("blanking",)),
    questions=(("containment",),),
)

SAILING_COMMITTEE = Meeting(
    name="sailing_committee",
    lines=(
        (
            "Alan",
            "Morning all. Let's get going, apologies from Graham, he's in Tenerife, lucky sod.",
        ),
        ("Bev", "Minutes of the last meeting were circulated, any corrections?"),
        ("Mike", "Just that it was me who proposed the new safety boat, not Jonty."),
        ("Bev", "Noted, thank you."),
        (
            "Alan",
            "Right. Laying up. The boats need to be off the hard standing by the end of the "
            "month for the resurfacing.",
        ),
        (
            "Jonty",
            "Most of them are. There's four dinghies with no owners we can reach, including "
            "that old Enterprise.",
        ),
        ("Alan", "The Enterprise has been there since about 2015."),
        ("Sally", "Is it even seaworthy?"),
        ("Jonty", "It's barely land-worthy."),
        (
            "Bev",
            "We're supposed to give owners twenty-eight days' written notice before we move "
            "anything.",
        ),
        ("Alan", "Bev, can you send the notices to the four owners this week?"),
        ("Bev", "Yes, I'll send them recorded delivery."),
        (
            "Alan",
            "And the resurfacing, we agreed at the AGM to go with Coastal Surfacing, "
            "so that's settled.",
        ),
        (
            "Sally",
            "Finances. We're eleven hundred pounds down on bar takings compared with last year.",
        ),
        (
            "Mike",
            "That's because nobody came to the quiz nights after the heating broke.",
        ),
        (
            "Sally",
            "Partly. I'd like to propose we put the bar prices up twenty pence from January.",
        ),
        (
            "Alan",
            "Any objections? No? Okay, bar prices go up twenty pence from January.",
        ),
        (
            "Jonty",
            "Safety boat. The outboard on the RIB needs a service before the frostbite "
            "series starts.",
        ),
        ("Alan", "When's the first frostbite race?"),
        ("Jonty", "Sunday the sixth."),
        (
            "Mike",
            "I'll take the outboard to the marina engineers on Thursday, I'm down there anyway.",
        ),
        (
            "Sally",
            "Are we still doing the Christmas dinner at the club or going to the Anchor?",
        ),
        ("Alan", "Let's leave that until the social sec is back, it's her call."),
        (
            "Bev",
            "And the junior training, the RYA instructor renewals are due in January.",
        ),
        ("Jonty", "Three of our instructors need their first aid redone."),
        ("Alan", "Jonty, could you find a first aid course for them?"),
        ("Jonty", "I'll look into it."),
        ("Mike", "We should really get a defibrillator for the clubhouse, too."),
        (
            "Alan",
            "We should. There's a grant scheme through the council, I think.",
        ),
        (
            "Alan",
            "Right, any other business? No? Thanks everyone, see you on the water.",
        ),
    ),
    actions=(
        Action("Bev", ("notices",), END_OF_WEEK),
        Action("Mike", ("outboard",), THURSDAY),
        Action("Jonty", ("aid", "course"), None),
    ),
    decisions=(("bar", "prices"),),
    questions=(("christmas", "dinner"),),
)

TRADE_SHOW_STAND = Meeting(
    name="trade_show_stand",
    lines=(
        (
            "Marta",
            "Hi both, Ahmed's joining in a sec. So, PackTech, stand C42, we're eight weeks out.",
        ),
        ("Ahmed", "Hi, sorry, here. Other call overran."),
        ("Marta", "No worries. Lucy, where are we with the stand design?"),
        (
            "Lucy",
            "The contractor sent the third render on Friday. It looks good, but the graphics "
            "wall is still showing the old logo.",
        ),
        ("Ben", "How is it still the old logo? We sent them the brand pack in October."),
        ("Lucy", "They used the file from last year's stand. I've already told them."),
        (
            "Marta",
            "Okay. Lucy, can you get a corrected render back from them by Thursday?",
        ),
        ("Lucy", "I'll push for Wednesday, but Thursday at the latest."),
        (
            "Ben",
            "The bigger thing for me is the demo machine. Are we shipping the full line or "
            "just the labeller?",
        ),
        (
            "Ahmed",
            "The full line is three tonnes. The hall floor loading is fine, I checked, but "
            "the freight's about nine grand.",
        ),
        ("Marta", "And the labeller alone?"),
        ("Ahmed", "Fits on a pallet. Under two grand."),
        (
            "Ben",
            "Customers want to see the whole line running, though. That's what sold it at "
            "Interpack.",
        ),
        (
            "Marta",
            "Honestly I think the labeller plus a video wall of the full line is enough.",
        ),
        ("Ben", "I don't love it, but fine."),
        (
            "Marta",
            "Okay, we'll ship just the labeller and run the full line on video.",
        ),
        ("Ahmed", "I'll book the freight for the labeller this week."),
        ("Ben", "Someone needs to film the full line running, then."),
        ("Ahmed", "We've got footage from the Nottingham install, it might do."),
        (
            "Marta",
            "Ahmed, can you send me that footage so I can check it's usable? No rush, whenever.",
        ),
        ("Ahmed", "Sure."),
        (
            "Ben",
            "Meetings at the stand. I want a booking page so customers can reserve a slot "
            "with sales.",
        ),
        (
            "Marta",
            "We used Calendly last time and it double-booked everyone on day two.",
        ),
        ("Ben", "That was a timezone thing, I think."),
        (
            "Marta",
            "Either way, I'll set up the booking page by next Friday and test it properly "
            "this time.",
        ),
        (
            "Lucy",
            "Do we know yet how many stand passes we get? The organiser hasn't said.",
        ),
        ("Marta", "No. I've asked twice."),
        ("Ben", "If we only get four, I'm not giving mine up."),
        ("Marta", "Ha. Noted. Right, thanks all."),
    ),
    actions=(
        Action("Lucy", ("render",), THURSDAY),
        Action("Ahmed", ("freight",), END_OF_WEEK),
        Action("Ahmed", ("footage",), None),
        Action("Marta", ("booking", "page"), NEXT_FRIDAY),
    ),
    decisions=(("labeller", "video"),),
    questions=(("passes",),),
)

NURSERY_STAFF = Meeting(
    name="nursery_staff",
    lines=(
        (
            "Joanne",
            "Okay, thanks for coming in, I know it's been a busy morning. Let's be quick, "
            "Lisa's got the toddlers in the garden.",
        ),
        (
            "Joanne",
            "First thing, Ofsted. We're in the window now, so it could be any day.",
        ),
        ("Kerry", "Don't say that."),
        (
            "Joanne",
            "Sorry. But it does mean the learning journeys need to be up to date. "
            "How are we doing?",
        ),
        ("Aaliyah", "The pre-school room's all done except the two new starters."),
        (
            "Sophie",
            "Toddlers are behind, honestly. I've got about six I haven't updated since October.",
        ),
        (
            "Joanne",
            "Can you get those six learning journeys updated by Friday? I'll cover your "
            "ratio on Wednesday afternoon so you've got time.",
        ),
        ("Sophie", "That would help, yes. Friday's fine."),
        (
            "Ruth",
            "Kitchen. We've got a new child starting in January with a sesame allergy.",
        ),
        ("Joanne", "Sesame's in the hummus and the seeded bread, isn't it?"),
        (
            "Ruth",
            "Both. Honestly it'd be easier to take them off the menu for the whole setting "
            "than do separate plates.",
        ),
        ("Kerry", "The kids love the hummus, though."),
        (
            "Joanne",
            "Safety first. Yes, we'll go sesame-free across the whole setting from January.",
        ),
        (
            "Joanne",
            "Ruth, can you rewrite the winter menu without sesame by the end of next week?",
        ),
        ("Ruth", "Yep."),
        (
            "Aaliyah",
            "Parents' evening. Are we doing it in person this year or online again?",
        ),
        (
            "Joanne",
            "In person. The online one last year, half the parents had their cameras off "
            "and were clearly driving.",
        ),
        ("Kerry", "One dad was definitely in a car wash."),
        (
            "Joanne",
            "Date-wise, I was thinking Thursday the tenth of December. Kerry, could you send "
            "the letter out to parents?",
        ),
        ("Kerry", "I'll do it tomorrow."),
        (
            "Sophie",
            "Can I raise the garden gate? The latch is sticking again, I had to slam it "
            "twice this morning.",
        ),
        ("Joanne", "The landlord's meant to fix it. I emailed him last week."),
        ("Aaliyah", "Could we not just get a handyman?"),
        (
            "Joanne",
            "We could, but then we pay and he won't. I'll chase the landlord again today.",
        ),
        (
            "Kerry",
            "And is anyone doing the nativity costumes? Last year it was all on me.",
        ),
        ("Joanne", "Let's talk about the nativity next week when Lisa's here."),
        (
            "Ruth",
            "Oh, the big freezer's been checked, the engineer came Friday and it's fine.",
        ),
        ("Joanne", "Good. Okay, back to it, thanks everyone."),
    ),
    actions=(
        Action("Sophie", ("learning", "journeys"), FRIDAY),
        Action("Joanne", ("cover", "ratio"), WEDNESDAY),
        Action("Ruth", ("menu",), END_OF_NEXT_WEEK),
        Action("Kerry", ("letter",), TOMORROW),
        Action("Joanne", ("chase", "landlord"), TODAY),
    ),
    decisions=(("sesame",), ("person",)),
    questions=(("nativity", "costumes"),),
)

LAB_SAFETY_COMMITTEE = Meeting(
    name="lab_safety_committee",
    lines=(
        (
            "Helen",
            "Let's start, we're quorate. Thanks, Grace, for circulating the incident log.",
        ),
        (
            "Grace",
            "So, three reportable items this quarter. Two minor cuts in the teaching labs and "
            "the fume cupboard alarm in 2.14.",
        ),
        (
            "Samir",
            "The 2.14 alarm was a sensor fault, the airflow was actually fine. "
            "Estates confirmed it.",
        ),
        ("Helen", "Good. And the cuts?"),
        ("Grace", "Both broken glassware during washing up. Undergrads, first week."),
        (
            "Declan",
            "We switched to the thicker beakers in September, so hopefully that's the last of it.",
        ),
        ("Helen", "Next, the cryogen audit. Grace, where did we get to?"),
        (
            "Grace",
            "Liquid nitrogen dispensing in the basement still has no oxygen depletion "
            "monitor. It's been on the risk register since spring.",
        ),
        ("Samir", "Since spring? That's not great."),
        (
            "Helen",
            "Right, I think we have to stop unsupervised dispensing in the basement until "
            "the monitor's in.",
        ),
        ("Grace", "Agreed."),
        (
            "Declan",
            "I can get a quote for a fixed O2 monitor, we had one fitted in the physics "
            "building last year.",
        ),
        ("Helen", "Please do, by next Friday if you can."),
        (
            "Helen",
            "Grace, can you email all the groups today so everyone knows about the "
            "dispensing rule?",
        ),
        ("Grace", "Yes, I'll send it this afternoon."),
        (
            "Wei",
            "From the student side, people are asking about lone working after six. The "
            "policy says you need a buddy, but half the time nobody's around.",
        ),
        ("Samir", "Could we use the lone worker app the engineering faculty has?"),
        (
            "Grace",
            "Possibly, but I'd need to check it meets the university standard.",
        ),
        (
            "Helen",
            "Grace, would you look at whether the engineering app meets the standard and "
            "report back at the next meeting?",
        ),
        ("Grace", "Yes, happy to."),
        (
            "Wei",
            "And can the buddy be someone on a video call? Several people have asked.",
        ),
        (
            "Helen",
            "That's a good question. I honestly don't know what the insurers would say.",
        ),
        (
            "Declan",
            "Chemical waste. The collection contractor is moving us from weekly to "
            "fortnightly from January.",
        ),
        ("Samir", "Fortnightly? Our waste store will overflow."),
        ("Declan", "That's what I said to them."),
        (
            "Helen",
            "Declan, can you ask them whether we can keep weekly collections for chemistry?",
        ),
        ("Declan", "I'll ring them tomorrow."),
        (
            "Wei",
            "Also, the eyewash stations on level three, I don't think anyone's flushed them "
            "in months.",
        ),
        (
            "Declan",
            "They're meant to be weekly. That's on me, I'll flush the level three eyewash "
            "stations today and put a log sheet up.",
        ),
        (
            "Helen",
            "Thanks. The annual inspection report went to Senate last month, no actions for us.",
        ),
        ("Helen", "Okay, next meeting is in February. Thanks all."),
    ),
    actions=(
        Action("Declan", ("quote", "monitor"), NEXT_FRIDAY),
        Action("Grace", ("email", "groups"), TODAY),
        Action("Grace", ("app",), None),
        Action("Declan", ("weekly", "collections"), TOMORROW),
        Action("Declan", ("eyewash",), TODAY),
    ),
    decisions=(("unsupervised", "dispensing"),),
    questions=(("buddy", "video"),),
)

GYM_REGIONAL_CALL = Meeting(
    name="gym_regional_call",
    lines=(
        (
            "Carla",
            "Morning everyone, can you all hear me? Dean, you're breaking up a bit.",
        ),
        ("Dean", "Better now? I'm in the car park at Hatfield."),
        (
            "Carla",
            "Yes, better. So, November numbers. Joins are up eight percent, cancellations "
            "are flat, which I'll take.",
        ),
        (
            "Imogen",
            "St Albans is the outlier, we lost sixty members when the new budget gym opened "
            "on the retail park.",
        ),
        ("Carla", "Sixty in a month?"),
        ("Imogen", "Mostly off-peak members. They're paying twelve ninety-nine over there."),
        (
            "Kwame",
            "We had the same in Luton last year, they mostly came back after three months. "
            "The budget places get rammed.",
        ),
        (
            "Carla",
            "Let's not panic on pricing then. We hold prices as they are through January.",
        ),
        ("Imogen", "Can I at least run a win-back offer for the people who left?"),
        (
            "Carla",
            "Yes, something like a free month. Imogen, can you draft the win-back email and "
            "send it to me by Thursday?",
        ),
        ("Imogen", "Will do."),
        (
            "Kwame",
            "Maintenance. We've had the same treadmill fault across four sites, the belt "
            "motor. Same model.",
        ),
        ("Rosa", "The Technogym ones? We've had two go at Watford."),
        (
            "Kwame",
            "Yeah. I think it's a batch problem. I'd like to push it as a warranty claim "
            "across all sites rather than one by one.",
        ),
        ("Carla", "Agreed, do it as one claim. Kwame, you own that."),
        ("Kwame", "I'll need the serial numbers from everyone by Wednesday."),
        (
            "Rosa",
            "Staffing. Watford's down two PTs since October and I've got nobody to cover the "
            "early classes.",
        ),
        (
            "Dean",
            "I've got a PT at Hatfield who wants more hours, she might cover a couple of mornings.",
        ),
        ("Rosa", "That'd be amazing."),
        (
            "Dean",
            "I'll ask her about the Watford mornings today and put you two in touch.",
        ),
        (
            "Carla",
            "Longer term, do we need to look at PT pay? Three sites have said the same thing.",
        ),
        (
            "Kwame",
            "Head office did the benchmarking in the summer, apparently we're mid-market.",
        ),
        (
            "Carla",
            "Mid-market doesn't seem to be enough. I don't have an answer today.",
        ),
        (
            "Rosa",
            "January. The new year rush. Are we doing the same bring-a-friend campaign as "
            "last year?",
        ),
        (
            "Carla",
            "Marketing decided that at their end last week, it's the same campaign with new "
            "artwork.",
        ),
        (
            "Dean",
            "Can we get the artwork earlier this time? Last year it arrived on the second "
            "of January.",
        ),
        ("Carla", "I'll ask marketing for it by the fifteenth."),
        (
            "Imogen",
            "And the spin studio at St Albans, the air con, do I just get it fixed or...",
        ),
        ("Carla", "Get two quotes and send them over when you can."),
        ("Imogen", "Okay."),
        ("Carla", "Great. Thanks all, same time next Monday."),
    ),
    actions=(
        Action("Imogen", ("draft", "email"), THURSDAY),
        Action("Kwame", ("warranty", "claim"), None),
        Action(None, ("serial", "numbers"), WEDNESDAY),
        Action("Dean", ("watford", "mornings"), TODAY),
        Action("Carla", ("artwork",), THE_15TH),
        Action("Imogen", ("quotes",), None),
    ),
    decisions=(("hold", "prices"), ("claim",)),
    questions=(("pay",),),
)

MEETINGS = (
    DEALERSHIP_SALES,
    HOSPITAL_KITCHEN,
    TRANSLATION_PROJECT,
    HORTICULTURE_TEAM,
    DATACENTRE_FACILITIES,
    SAILING_COMMITTEE,
    TRADE_SHOW_STAND,
    NURSERY_STAFF,
    LAB_SAFETY_COMMITTEE,
    GYM_REGIONAL_CALL,
)
