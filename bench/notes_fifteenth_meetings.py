"""Fifteenth meetings for the notes rules: another set written blind, for an honest measurement.

Written without reading the rules, their tests or the meetings of the other sets, in ten kinds
of meeting those sets lack: a radio station programming meeting, a bakery chain area managers
call, an opticians practice meeting, a removals company dispatch meeting, a students union
committee, a garden centre staff meeting, a charity shop managers meeting, a rowing club
committee, a software support team weekly and a craft brewery taproom events meeting. People
talk as they do at work: fillers, asides, commitments in many forms, due dates in many forms or
none. The labels are what a careful note-taker would write down; past work, hypotheticals,
hedges, requests nobody takes, answered questions, reported speech, jokes and decisions taken
elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, "tomorrow" is the 24th, a bare weekday is the next one ("Saturday"
is 28 November), "next Wednesday" and "next Friday" are those of next week, a period ("this
week", "this weekend", "end of next week") is due on its last day, Sunday for weeks, and a
task with no date said has none.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_WEDNESDAY,
    SATURDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


RADIO_PROGRAMMING = Meeting(
    name="radio_programming",
    lines=(
        (
            "Helen",
            "Right, morning everyone, let's get going, we've only got the meeting room till half "
            "ten.",
        ),
        (
            "Helen",
            "First thing, the Christmas schedule. The board signed off the extended carols slot "
            "back in October, so that's not up for discussion.",
        ),
        ("Marcus", "Thank god, because I was not arguing that one again."),
        ("Owen", "Music side, the festive playlist is about eighty percent there."),
        ("Owen", "I'll finish the festive playlist by Wednesday."),
        (
            "Helen",
            "Lovely. And I'll send round the updated Christmas schedule to everyone by Friday.",
        ),
        (
            "Priya",
            "On breakfast, we had that phone-in last week about the bypass and the switchboard "
            "was rammed.",
        ),
        (
            "Marcus",
            "Honestly best hour of radio we've done all year. Well, apart from the time the cat "
            "walked across the desk.",
        ),
        ("Priya", "So I'd like to do a follow-up with someone from the council."),
        (
            "Helen",
            "Yeah, let's do it. We'll run the bypass follow-up on Thursday's breakfast show.",
        ),
        (
            "Priya",
            "Great, I'll ring the council press office this afternoon and try to get a councillor "
            "on.",
        ),
        (
            "Jess",
            "Just so you know, their press office told me last time they don't do live interviews "
            "before nine.",
        ),
        (
            "Marcus",
            "So we'd want them in the eight o'clock... no, hang on, that's before nine. Quarter "
            "past nine then.",
        ),
        ("Helen", "Priya will sort the slot with them, that's fine."),
        (
            "Jess",
            "News side. The overnight bulletins are still on the old template and it's missing "
            "the travel line.",
        ),
        ("Jess", "Marcus, you built the last one, fancy having a go at it?"),
        (
            "Marcus",
            "Absolutely not, I broke the whole playout system last time I touched a template.",
        ),
        ("Jess", "Fair enough, I'll live with it for now."),
        (
            "Helen",
            "Question from me: do we keep the Sunday gardening show over Christmas or swap it for "
            "the panto repeat?",
        ),
        ("Owen", "The presenter's away both weekends anyway, so..."),
        ("Helen", "Let's not decide today, I want to hear from sales first."),
        ("Marcus", "Did the new jingles ever come back from the agency?"),
        ("Owen", "Yeah, they came back Friday, they're on the system."),
        (
            "Helen",
            "Brilliant. Jess, can you check the Ofcom logger has been recording properly since "
            "the power cut?",
        ),
        ("Jess", "Yep, I'll check the logger tomorrow morning."),
        ("Marcus", "If it wasn't recording we'd be in real trouble, wouldn't we."),
        ("Helen", "We would, which is why she's checking."),
        (
            "Helen",
            "Last thing, the staff party. Show of hands for the fourteenth? Okay, we'll move the "
            "Christmas party to the fourteenth.",
        ),
        ("Helen", "Thanks all. Marcus, you're on air in twenty minutes."),
    ),
    actions=(
        Action("Owen", ("festive", "playlist"), WEDNESDAY),
        Action("Helen", ("schedule",), FRIDAY),
        Action("Priya", ("council", "press"), TODAY),
        Action("Jess", ("logger",), TOMORROW),
    ),
    decisions=(
        ("bypass", "breakfast"),
        ("christmas", "party", "fourteenth"),
    ),
    questions=(("gardening", "show"),),
)


BAKERY_AREA_MANAGERS = Meeting(
    name="bakery_area_managers",
    lines=(
        ("Diane", "Morning, can everyone hear me? Kevin, you're on mute again."),
        ("Kevin", "Sorry, sorry. Yes, I'm here, I'm in the car outside the Hexham shop."),
        (
            "Diane",
            "Okay. Three things today: the festive range, the oven at Morpeth, and Christmas "
            "staffing.",
        ),
        (
            "Sofia",
            "Festive range first. The mince pies are flying, we sold out in four shops on "
            "Saturday.",
        ),
        (
            "Diane",
            "Right, so from Wednesday we'll double the mince pie order from the central bakery.",
        ),
        (
            "Raj",
            "They won't like that. Last year they said they couldn't go above three thousand a "
            "day.",
        ),
        (
            "Diane",
            "That was before the new line went in. I'll call Graham at the central bakery today "
            "and confirm.",
        ),
        (
            "Kevin",
            "Morpeth. The deck oven is still losing temperature. The engineer came Thursday, "
            "swapped a thermocouple, it lasted a day.",
        ),
        ("Bethan", "Is it still under warranty?"),
        ("Kevin", "Till March, yeah, I checked."),
        (
            "Diane",
            "Then Kevin, get the engineer back out this week and push for a replacement rather "
            "than another patch.",
        ),
        ("Kevin", "Will do, I'll log it with them when I get back to the office."),
        (
            "Raj",
            "If it packs in properly on a Saturday in December we'd have to bake Morpeth's stuff "
            "at Alnwick and drive it over.",
        ),
        ("Sofia", "Which would be a nightmare with the A1 the way it is."),
        ("Diane", "Let's hope not. Staffing. Bethan, how are the Christmas rotas looking?"),
        (
            "Bethan",
            "Mostly filled. Two gaps on Christmas Eve at Durham, and Sunderland has nobody for "
            "the 27th.",
        ),
        ("Diane", "Can anyone lend people to Durham?"),
        (
            "Raj",
            "I might be able to spare someone from Chester-le-Street, depends on the students.",
        ),
        ("Diane", "Okay, shout if you can."),
        ("Bethan", "I'll put an ad up for Christmas temps on the staff app by Wednesday."),
        (
            "Sofia",
            "Another thing, the gluten-free loaves. Are we keeping them in all shops after "
            "January? Customers keep asking and I don't know what to tell them.",
        ),
        (
            "Diane",
            "Honestly, I don't know. It depends on the wastage, and we haven't got those numbers "
            "yet.",
        ),
        (
            "Diane",
            "Sofia, can you pull the wastage numbers for gluten-free for the last eight weeks by "
            "Friday?",
        ),
        ("Sofia", "Yep, no problem."),
        (
            "Kevin",
            "Oh, and Raj said his shops were having trouble with contactless on the new card "
            "machines?",
        ),
        ("Raj", "That got fixed Friday, it was a software update."),
        (
            "Diane",
            "Good. And one change: from now on the till audit happens on the first Monday of the "
            "month, not the last Friday.",
        ),
        ("Diane", "Right, that's it. Kevin, drive safe."),
        ("Kevin", "Cheers, bye all."),
    ),
    actions=(
        Action("Diane", ("central", "bakery"), TODAY),
        Action("Kevin", ("engineer",), END_OF_WEEK),
        Action("Bethan", ("ad", "temps"), WEDNESDAY),
        Action("Sofia", ("wastage",), FRIDAY),
    ),
    decisions=(
        ("double", "mince"),
        ("till", "audit"),
    ),
    questions=(("loaves", "january"),),
)


OPTICIANS_PRACTICE = Meeting(
    name="opticians_practice",
    lines=(
        ("Ruth", "Okay, let's start, we've got until the first patient at half ten."),
        ("Ruth", "First, the OCT scanner. Anil, you've been using it a month now."),
        (
            "Anil",
            "It's great. I picked up early glaucoma in two patients last week that I'd probably "
            "have missed on the old kit.",
        ),
        ("Claire", "Don't say that too loud, the old kit's going to the other practice."),
        (
            "Ruth",
            "Ha. Anyway, do we charge for OCT scans separately or bundle them into the enhanced "
            "eye test?",
        ),
        ("Anil", "I'd bundle it. Nobody knows what OCT means anyway."),
        ("Ruth", "Agreed. We'll bundle the OCT scan into the enhanced eye test from December."),
        ("Megan", "Then I'll update the prices on the website and the booking system by Friday."),
        (
            "Claire",
            "Frames. The rep is coming in on Thursday, and I'd like to cut the designer frames we "
            "hold, we've got loads sitting in drawers.",
        ),
        ("Ruth", "How many are we talking?"),
        ("Claire", "About sixty that haven't moved in a year."),
        ("Ruth", "Okay, let's see what he'll take back."),
        ("Claire", "I'll print the slow sellers list on Wednesday so we've got it ready for him."),
        (
            "Megan",
            "Also the recall letters. We still post paper letters to everyone, and the stamps "
            "cost a fortune.",
        ),
        ("Anil", "My last practice went text-only and the no-show rate went through the roof."),
        (
            "Ruth",
            "Hmm. The bit I'm unsure about is whether older patients should still get paper "
            "letters.",
        ),
        ("Ruth", "Megan, can you get me this year's postage costs?"),
        ("Megan", "Sure, I'll get the postage costs from Jan in accounts tomorrow."),
        ("Claire", "Oh, did the Hoya lenses ever arrive for Mrs Patel?"),
        ("Megan", "Came in Saturday, she's collecting today."),
        ("Anil", "One from me: the fire extinguisher in the contact lens room has an expired tag."),
        ("Ruth", "Oh, for goodness' sake. I'll ring the fire company this afternoon."),
        (
            "Anil",
            "And head office's email said everyone has to do the new data protection training.",
        ),
        ("Ruth", "We all did that in October, I've got the certificates."),
        ("Ruth", "Right, that's everything. Megan, I think the first patient's here."),
    ),
    actions=(
        Action("Megan", ("prices",), FRIDAY),
        Action("Claire", ("slow", "list"), WEDNESDAY),
        Action("Megan", ("postage", "costs"), TOMORROW),
        Action("Ruth", ("fire",), TODAY),
    ),
    decisions=(("bundle", "oct"),),
    questions=(("older", "paper"),),
)


REMOVALS_DISPATCH = Meeting(
    name="removals_dispatch",
    lines=(
        ("Gary", "Right lads, and Aoife, busy week, let's get through it."),
        (
            "Gary",
            "Tuesday we've got the Hendersons, four-bed from Harrogate to Leeds. That's two "
            "lorries.",
        ),
        ("Mo", "Is that the one with the piano?"),
        ("Gary", "Baby grand, yeah, upstairs."),
        ("Mo", "Then we need the piano dolly back from the Wetherby depot."),
        (
            "Chris",
            "I'll pick the piano dolly up from Wetherby this afternoon, I'm going past anyway.",
        ),
        (
            "Lena",
            "Last time we did a baby grand without the proper straps Danny put his back out. Just "
            "saying.",
        ),
        (
            "Gary",
            "Noted. Wednesday's the storage job, Thursday's the office move for the solicitors.",
        ),
        (
            "Aoife",
            "The solicitors rang Friday, they want to move it to Saturday because of a court date.",
        ),
        ("Gary", "Can we do Saturday?"),
        ("Mo", "We've only got one crew Saturday."),
        ("Gary", "Then we'll keep the solicitors on Thursday. It's Thursday or after Christmas."),
        ("Aoife", "I'll ring the solicitors back after this and tell them."),
        ("Lena", "Van fourteen's MOT runs out on the thirtieth."),
        ("Gary", "Lena, can you book it in?"),
        ("Lena", "Fine, I'll book the MOT for van fourteen before Friday."),
        ("Chris", "We're nearly out of the big wardrobe boxes, by the way."),
        ("Gary", "I ordered two hundred last week, they're due tomorrow."),
        ("Mo", "If they don't turn up we could always borrow some off the competition, ha."),
        ("Gary", "Over my dead body."),
        ("Aoife", "There's the complaint from the Patterson job. The scratched dining table."),
        (
            "Gary",
            "Yeah. Do we just pay out, or put it through the insurance? The excess is two fifty "
            "and the table's worth maybe four hundred.",
        ),
        ("Lena", "I'd just pay it, the insurance takes months."),
        ("Gary", "I need to talk to the boss about that one, he's back Wednesday."),
        (
            "Gary",
            "Oh, and from this week every crew takes photos of the furniture before it goes on "
            "the lorry. No exceptions.",
        ),
        ("Chris", "On the company phones or ours?"),
        ("Gary", "Company ones. Aoife, can you set up a shared album for the photos by Wednesday?"),
        ("Aoife", "Yeah, I can do that."),
        ("Gary", "Right, go on, the Hendersons' survey is at eleven."),
    ),
    actions=(
        Action("Chris", ("piano", "dolly"), TODAY),
        Action("Aoife", ("solicitors",), TODAY),
        Action("Lena", ("mot",), FRIDAY),
        Action("Aoife", ("shared", "album"), WEDNESDAY),
    ),
    decisions=(
        ("solicitors", "thursday"),
        ("photos", "furniture"),
    ),
    questions=(("pay", "insurance"),),
)


STUDENTS_UNION = Meeting(
    name="students_union",
    lines=(
        ("Zara", "Okay, there are five of us, so we're quorate. Liam's minuting."),
        ("Liam", "Yep, ready."),
        ("Zara", "Item one, the society funding round. Ben?"),
        (
            "Ben",
            "We've had nineteen applications and there's eight grand in the pot. Last year we had "
            "twelve and still ran out.",
        ),
        ("Holly", "The film society asked for two thousand for a projector, which, honestly."),
        ("Ben", "I'd cap any single grant at a thousand."),
        ("Zara", "Everyone happy with that? Okay, a cap of a thousand per society, agreed."),
        (
            "Ben",
            "I'll score all the applications against the criteria and circulate them by next "
            "Wednesday.",
        ),
        ("Kwame", "Welfare. Exam season's coming and the library's shutting at ten again."),
        ("Zara", "The university said in their email it's down to security staff costs."),
        ("Kwame", "I want us to push for twenty-four hour opening during the January exams."),
        ("Zara", "I'll raise the library hours at my meeting with the registrar on Thursday."),
        ("Holly", "Events. The winter ball. Tickets go on sale Friday."),
        (
            "Holly",
            "Do we do a student price and a guest price, or just one? I genuinely can't decide.",
        ),
        ("Ben", "Two prices makes checking the guest list at the door a pain."),
        ("Zara", "Let's go with one price, then."),
        ("Holly", "Okay, great. I still need volunteers for the cloakroom."),
        ("Liam", "Don't look at me, I did it last year and someone's coat went missing."),
        ("Holly", "I'll put a call-out for cloakroom volunteers on the Instagram."),
        ("Kwame", "Could we have a welfare stall at the ball, like at freshers?"),
        ("Zara", "Good idea. Kwame, will you organise it?"),
        ("Kwame", "Sure, I'll sort the welfare stall with the campus nurses."),
        ("Liam", "Any other business?"),
        (
            "Ben",
            "Just one: are we still paying for the minibus insurance? I couldn't find it on the "
            "statement.",
        ),
        ("Zara", "Good question. I genuinely don't know, that was before my time."),
        ("Zara", "Right, meeting closed at ten forty."),
    ),
    actions=(
        Action("Ben", ("score", "applications"), NEXT_WEDNESDAY),
        Action("Zara", ("library", "registrar"), THURSDAY),
        Action("Holly", ("cloakroom", "volunteers"), None),
        Action("Kwame", ("welfare", "stall"), None),
    ),
    decisions=(
        ("cap", "thousand"),
        ("one", "price"),
    ),
    questions=(("minibus", "insurance"),),
)


GARDEN_CENTRE = Meeting(
    name="garden_centre",
    lines=(
        ("Pauline", "Morning everyone, grab a coffee, this won't take long."),
        (
            "Pauline",
            "So, Christmas trees. The first delivery landed Saturday, three hundred Nordmanns.",
        ),
        ("Frank", "And half of them are six-footers, which nobody buys."),
        ("Dev", "People bought them last year. Well, the ones with vaulted ceilings did."),
        ("Pauline", "We'll drop the big trees to forty five pounds this year."),
        ("Rosie", "I'll redo the price signs in the tree yard today then."),
        (
            "Amira",
            "The grotto. Santa's booked for the weekends from the fifth, but we've still not got "
            "an elf for Sundays.",
        ),
        ("Frank", "My nephew would do it. Probably. He's a bit unreliable."),
        ("Pauline", "Let's not. Amira, can you ask the agency for a Sunday elf by Wednesday?"),
        ("Amira", "Sure."),
        (
            "Dev",
            "The heating in the glasshouse is on the blink again. The poinsettias don't like "
            "anything under twelve degrees.",
        ),
        ("Pauline", "Didn't we have it serviced in September?"),
        ("Dev", "We did, but it's the thermostat, not the boiler."),
        ("Pauline", "Right. Dev, call the heating people tomorrow first thing."),
        ("Dev", "Will do."),
        (
            "Frank",
            "Can I raise the café? The new menu's been out two weeks and we're binning a lot of "
            "soup.",
        ),
        ("Rosie", "The soup's lovely though."),
        ("Frank", "It's lovely, we just make too much of it."),
        (
            "Pauline",
            "Should we be making the soup in house at all, or buying it in? I don't know, I'd "
            "want to see the numbers.",
        ),
        (
            "Pauline",
            "Also, late-night shopping. We're opening till eight on Thursdays in December, that's "
            "final.",
        ),
        ("Amira", "Who's doing the rota for those?"),
        ("Pauline", "I'll do the Thursday rota and have it on the board by Friday."),
        ("Frank", "And if it snows like last year we'll need the grit out."),
        ("Pauline", "We've got plenty of grit, don't worry."),
        ("Pauline", "Okay, doors open in ten."),
    ),
    actions=(
        Action("Rosie", ("price", "signs"), TODAY),
        Action("Amira", ("agency", "elf"), WEDNESDAY),
        Action("Dev", ("heating",), TOMORROW),
        Action("Pauline", ("rota",), FRIDAY),
    ),
    decisions=(
        ("big", "trees"),
        ("thursdays", "eight"),
    ),
    questions=(("soup", "house"),),
)


CHARITY_SHOP_MANAGERS = Meeting(
    name="charity_shop_managers",
    lines=(
        ("Janet", "Hello all, and thanks for coming in on your day off, Carol."),
        ("Carol", "Anything for the cause. And the biscuits."),
        ("Janet", "So, Gift Aid. Our sign-up rate has dropped to forty percent across the area."),
        ("Hugh", "At my shop it's because the volunteers don't ask. They feel pushy."),
        (
            "Nadia",
            "We did a little script at Bridge Street last spring and it went up to sixty percent.",
        ),
        ("Janet", "Nadia, could you write that script up and send it to all the shops this week?"),
        ("Nadia", "Yep, I'll dig it out and send it round."),
        ("Steph", "Donations. We're drowning in bric-a-brac and the back room's full."),
        ("Carol", "Same here. Someone dropped off eleven bags of jigsaws on Friday. Eleven."),
        ("Hugh", "Were all the pieces there?"),
        ("Carol", "Who knows. I'm not counting them."),
        ("Janet", "Okay, we'll pause bric-a-brac donations at Steph's shop until the new year."),
        ("Steph", "Thanks. I'll put a sign up on the door today."),
        (
            "Janet",
            "Next. The Christmas window competition. Head office wants an entry from each shop by "
            "the fourth.",
        ),
        ("Hugh", "Didn't we say last year we weren't doing that again?"),
        ("Janet", "We did, and then head office made it compulsory, so."),
        ("Hugh", "Fine. I'll do our window this weekend."),
        ("Nadia", "Is there any money for window props, or is it make-do?"),
        ("Janet", "I'll ask finance. No promises."),
        ("Carol", "One more thing: the card reader at my shop keeps dropping out."),
        ("Janet", "Has IT been told?"),
        ("Carol", "I emailed them Thursday and got an automatic reply."),
        ("Janet", "I'll chase IT about your card reader tomorrow."),
        ("Steph", "And the volunteers' Christmas lunch, are we going to the same pub again?"),
        ("Janet", "Yes, it's the twelfth, I booked it last week."),
        ("Janet", "Right, thanks all."),
    ),
    actions=(
        Action("Nadia", ("script",), END_OF_WEEK),
        Action("Steph", ("sign",), TODAY),
        Action("Hugh", ("window",), END_OF_WEEK),
        Action("Janet", ("finance",), None),
        Action("Janet", ("card", "reader"), TOMORROW),
    ),
    decisions=(("pause", "donations"),),
    questions=(("money", "props"),),
)


ROWING_COMMITTEE = Meeting(
    name="rowing_committee",
    lines=(
        ("Alistair", "Morning all, sorry if I'm a bit slow, I've been on nights. Let's crack on."),
        ("Fiona", "Apologies from Sue, she's on holiday."),
        ("Alistair", "First, the boathouse roof. Ingrid?"),
        (
            "Ingrid",
            "The leak over bay three is worse since the storm. The eight in there has got water "
            "in the bow section.",
        ),
        (
            "Jamal",
            "We've had one quote, four thousand two hundred. I'd want at least one more before we "
            "spend that.",
        ),
        ("Alistair", "Agreed, we'll get a second quote before committing to the roof."),
        ("Ingrid", "I'll get a roofer I know to come and look by next Friday."),
        ("Alistair", "In the meantime, can we get the eight out of bay three?"),
        ("Pete", "I'll get the juniors to move the eight after Saturday's outing."),
        (
            "Pete",
            "Talking of juniors, the head race in February. Do we enter two junior crews or one?",
        ),
        ("Alistair", "Depends if we can find a second cox, really."),
        ("Pete", "Yeah, and Maisie's moving away at Christmas, so we might not."),
        ("Alistair", "Let's leave that until we know about coxes."),
        ("Jamal", "Subs. Eleven members still haven't paid this year."),
        ("Fiona", "Some of them haven't been on the river since the summer, to be fair."),
        ("Jamal", "I'll email reminders to all eleven by Wednesday."),
        (
            "Alistair",
            "And if they still haven't paid, they can't book boats. Agreed, unpaid members come "
            "off the booking system from December.",
        ),
        ("Fiona", "The Christmas dinner. We've got the function room at the Swan again."),
        ("Pete", "Last year the food was awful. The turkey was grey."),
        ("Fiona", "They've got a new chef. Apparently."),
        ("Alistair", "Fiona, can you confirm numbers with them?"),
        ("Fiona", "I'll send the Swan our numbers on Friday."),
        (
            "Ingrid",
            "Oh, and since Rob stepped down as safety officer nobody's doing the risk assessments.",
        ),
        ("Fiona", "Does the safety officer have to be on the committee?"),
        ("Alistair", "No, the constitution says any member can do it."),
        ("Alistair", "We need to find a new safety officer, so everyone please ask around."),
        ("Alistair", "Okay. Thanks all, see you on the water."),
    ),
    actions=(
        Action("Ingrid", ("roofer",), NEXT_FRIDAY),
        Action("Pete", ("move", "eight"), SATURDAY),
        Action("Jamal", ("reminders",), WEDNESDAY),
        Action("Fiona", ("numbers",), FRIDAY),
        Action(None, ("safety", "officer"), None),
    ),
    decisions=(
        ("second", "quote"),
        ("unpaid", "booking"),
    ),
    questions=(("junior", "crews"),),
)


SUPPORT_WEEKLY = Meeting(
    name="support_weekly",
    lines=(
        ("Nina", "Hi all, weekly sync. Numbers first. Oscar?"),
        (
            "Oscar",
            "We closed two hundred and twelve tickets last week, backlog's at eighty-seven, "
            "median first response is about three hours.",
        ),
        ("Nina", "Three hours is over the SLA for enterprise, isn't it?"),
        ("Oscar", "Enterprise is two hours, so yeah, for them we're over."),
        (
            "Tariq",
            "Most of that is the Thursday spike. The billing email went out and everyone replied "
            "to it.",
        ),
        ("Emily", "Which, to be fair, literally said reply to this email with any questions. So."),
        (
            "Nina",
            "Ha. Okay, we'll route enterprise tickets to a separate queue starting this week.",
        ),
        ("Tariq", "I'll set up the enterprise queue in Zendesk today."),
        ("Emily", "And someone should really talk to billing about that email template."),
        ("Nina", "I'll talk to Clara in billing on Wednesday, I'm seeing her anyway."),
        (
            "Yusuf",
            "The macros. Half of them still mention the old dashboard and customers keep getting "
            "confused.",
        ),
        ("Nina", "How many macros are we talking about?"),
        ("Yusuf", "Forty-ish? I could do them, but not this week, I'm on the phones."),
        (
            "Nina",
            "Okay. Yusuf, update the macros by the end of next week, and Emily covers your phone "
            "shift on Thursday.",
        ),
        ("Emily", "Fine by me."),
        ("Yusuf", "Cheers."),
        (
            "Tariq",
            "Also the bug where password resets go to spam for Outlook users. Engineering said in "
            "their standup it's fixed in the next release.",
        ),
        ("Oscar", "Which is when?"),
        ("Tariq", "No idea. They wouldn't say."),
        (
            "Nina",
            "So the question is whether we put a known-issue banner up for the Outlook thing. I'm "
            "not sure yet.",
        ),
        ("Yusuf", "If we'd had a banner last time we'd have saved fifty tickets."),
        (
            "Nina",
            "Maybe. Anything else? Oh, holiday cover. Everyone, please get your December leave "
            "requests in by Friday.",
        ),
        ("Nina", "Cool, thanks all."),
    ),
    actions=(
        Action("Tariq", ("enterprise", "queue"), TODAY),
        Action("Nina", ("billing",), WEDNESDAY),
        Action("Yusuf", ("macros",), END_OF_NEXT_WEEK),
        Action("Emily", ("phone", "shift"), THURSDAY),
        Action(None, ("leave", "requests"), FRIDAY),
    ),
    decisions=(("enterprise", "queue"),),
    questions=(("banner", "outlook"),),
)


TAPROOM_EVENTS = Meeting(
    name="taproom_events",
    lines=(
        (
            "Callum",
            "Okay, events. We've got December to plan and it's already nearly December, so.",
        ),
        ("Jo", "Quiz nights are fine, they run themselves. Tuesdays, same as ever."),
        ("Sinead", "The quiz guy wants a raise, by the way. He mentioned it Friday."),
        ("Callum", "Of course he does."),
        ("Jo", "The big one is the winter ale launch. The twelfth or the nineteenth?"),
        (
            "Ravi",
            "The twelfth works, the beer's conditioning now. Tastes great, bit of a liquorice "
            "thing going on.",
        ),
        ("Callum", "The twelfth then. We'll launch the winter ale on Saturday the twelfth."),
        ("Sinead", "I'll get the launch poster designed and up on socials by Thursday."),
        ("Jo", "Do we want a band? Last time the band was so loud nobody could order."),
        ("Ravi", "The folk duo were good. The ones with the accordion."),
        ("Callum", "Yeah, book the folk duo, Jo."),
        ("Jo", "I'll message the folk duo tonight."),
        ("Ravi", "Food truck?"),
        ("Jo", "The pizza van's booked most Saturdays in December already. I rang them Thursday."),
        ("Callum", "Then maybe the taco lot? Or we do our own toasties?"),
        ("Ravi", "We haven't got a licence for hot food, have we?"),
        (
            "Callum",
            "No, that's the thing. Can we even get a licence for hot food in time? Nobody knows.",
        ),
        (
            "Sinead",
            "Another thing: the tap takeover with the Fellside lot, are we still doing it in "
            "January?",
        ),
        ("Callum", "No, we're pushing the tap takeover to February, January's too dead."),
        ("Sinead", "I'll let Fellside know this week."),
        ("Callum", "And the glass washer. It's leaking all over the floor behind the bar."),
        ("Callum", "Ravi, any chance you could look at it?"),
        ("Ravi", "I'm brewing all week, sorry. Get a proper engineer."),
        ("Callum", "Fine, I'll book an engineer for the glass washer tomorrow."),
        ("Jo", "Last thing: the Christmas gift vouchers, are they live on the website?"),
        ("Sinead", "They went live Friday."),
        ("Callum", "Great. Right, let's open up."),
    ),
    actions=(
        Action("Sinead", ("poster",), THURSDAY),
        Action("Jo", ("folk", "duo"), TODAY),
        Action("Sinead", ("fellside",), END_OF_WEEK),
        Action("Callum", ("glass", "washer"), TOMORROW),
    ),
    decisions=(
        ("winter", "ale"),
        ("takeover", "february"),
    ),
    questions=(("licence", "food"),),
)


MEETINGS = (
    RADIO_PROGRAMMING,
    BAKERY_AREA_MANAGERS,
    OPTICIANS_PRACTICE,
    REMOVALS_DISPATCH,
    STUDENTS_UNION,
    GARDEN_CENTRE,
    CHARITY_SHOP_MANAGERS,
    ROWING_COMMITTEE,
    SUPPORT_WEEKLY,
    TAPROOM_EVENTS,
)
