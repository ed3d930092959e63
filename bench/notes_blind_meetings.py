"""Blind meetings for the notes rules: a third set, for one honest run at the end.

Written without reading the rules, their tests or the meetings of the other two sets, in
ten kinds of meeting those sets lack: a research lab meeting, a roadmap prioritisation, a
partnership call, a warehouse huddle, a clinic staff meeting, an event planning call, a
security audit follow-up, an editorial meeting, a month-end close and a customer onboarding
kickoff. People talk as they do: fillers, false starts, interruptions, commitments in many
forms, due dates in many forms or none. The labels are what a careful note-taker would write
down; past work, hypotheticals, hedges, answered questions, reported speech, sarcasm and
things that happen without an owner are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "Friday" is this week's, "next
Wednesday" is the Wednesday of next week, "the 3rd" is 3 December, a vague period ("this
week", "next week", "this month") is due on its last day, Sunday for weeks.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    DECEMBER_4,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
    NEXT_WEDNESDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


LAB = Meeting(
    name="lab",
    lines=(
        ("Helen", "Okay, um, let's get going, I know people have incubations running. Wei?"),
        (
            "Wei",
            "Sure. So the western blots from last week came out, uh, kind of smeary again. "
            "I reran them Thursday with fresh buffer and they looked better.",
        ),
        ("Helen", "Good. Did you ever figure out whether it was the transfer or the gel?"),
        ("Wei", "Honestly, no. Could be either."),
        (
            "Helen",
            "Okay. Then I'd like you to run one control with the old membrane, just so we "
            "know. Can you do that before Thursday's group meeting?",
        ),
        ("Wei", "Yeah, I can do that by Wednesday actually."),
        ("Marta", "Speaking of which, we're almost out of the antibody. The anti-GFP one."),
        (
            "Helen",
            "Again? Okay, somebody has to order it, the supplier takes like ten days "
            "over the holidays.",
        ),
        ("Marta", "I'll put the antibody order in today, I'm doing a Sigma order anyway."),
        ("Jonah", "Um, can I, sorry, quick thing on the confocal, the booking."),
        ("Helen", "Go ahead."),
        (
            "Jonah",
            "The core facility says they're moving to a new booking system in January, and, "
            "uh, apparently everyone has to redo the training.",
        ),
        ("Helen", "Wonderful. Love that for us."),
        (
            "Jonah",
            "So I'll sign us all up for one of the training sessions by Friday, they fill up fast.",
        ),
        (
            "Helen",
            "Great. On the paper, we're going with eLife, not Cell Reports. We talked it "
            "through and it's just a better fit.",
        ),
        ("Marta", "Agreed. And the supplementary figures, who's redoing those?"),
        (
            "Helen",
            "Wei and I will split them. Actually no, Wei's swamped. I'll redo the "
            "supplementary figures myself, end of next week.",
        ),
        ("Jonah", "If we had the new scope we could just reimage everything, but, you know."),
        (
            "Helen",
            "Ha. In another life. Last thing, are we still doing the lab holiday dinner or "
            "is everyone too busy this year?",
        ),
        ("Marta", "Let's, um, figure that out on Slack."),
        ("Helen", "Fine. Okay, thanks all."),
    ),
    actions=(
        Action("Wei", ("control", "membrane"), WEDNESDAY),
        Action("Marta", ("antibody", "order"), TODAY),
        Action("Jonah", ("sign", "training"), FRIDAY),
        Action("Helen", ("supplementary", "figures"), END_OF_NEXT_WEEK),
    ),
    decisions=(("elife",),),
    questions=(("transfer", "gel"), ("holiday dinner",)),
)


ROADMAP = Meeting(
    name="roadmap",
    lines=(
        (
            "Priya",
            "Alright, so the goal today is to lock the Q1 roadmap, or at least the top "
            "three. I shared the spreadsheet.",
        ),
        (
            "Luis",
            "Before we start, I just want to say, three of our biggest accounts asked for "
            "SSO again. Like, again again.",
        ),
        ("Tom", "We know. The thing is SSO is like six weeks of work if we do it properly."),
        ("Aisha", "And the onboarding redesign is already half done, it'd be a shame to park it."),
        (
            "Priya",
            "Okay, so here's what I'm proposing. SSO goes first, onboarding redesign second, "
            "and the reporting dashboard slips to Q2.",
        ),
        ("Tom", "I can live with that."),
        ("Aisha", "Yeah, fine, as long as onboarding doesn't get bumped again."),
        ("Priya", "Great, then that's the order."),
        ("Luis", "What about the mobile app? Customers keep asking when."),
        ("Priya", "Not this quarter. We're not doing mobile in Q1, full stop."),
        (
            "Tom",
            "Do we actually know how many seats need SSO? Because if it's only the "
            "enterprise tier we could scope it down.",
        ),
        (
            "Luis",
            "I'd have to check. I can pull the numbers from Salesforce, give me till Wednesday.",
        ),
        (
            "Aisha",
            "And I'll need, um, a week or so to get the onboarding specs into a state "
            "Tom's team can estimate.",
        ),
        ("Priya", "Can you aim for end of next week?"),
        ("Aisha", "Yeah, end of next week works."),
        (
            "Tom",
            "Then my team can probably estimate it after that, but I'm not promising anything.",
        ),
        (
            "Priya",
            "Fair. I'll write up the roadmap and send it to leadership tomorrow morning.",
        ),
        ("Luis", "Ooh, leadership will love that the dashboard slipped. Can't wait."),
        ("Priya", "Ha. Yeah. Okay, we're done, thanks."),
    ),
    actions=(
        Action("Luis", ("numbers",), WEDNESDAY),
        Action("Aisha", ("onboarding", "specs"), END_OF_NEXT_WEEK),
        Action("Priya", ("roadmap", "leadership"), TOMORROW),
    ),
    decisions=(("sso", "first"), ("mobile", "q1")),
    questions=(("seats", "sso"),),
)


PARTNERSHIP = Meeting(
    name="partnership",
    lines=(
        (
            "Grace",
            "Thanks for making time, Kenji, Sofia. So, uh, where we left it last time was "
            "the co-marketing piece and the API access.",
        ),
        (
            "Kenji",
            "Right. So on our side, legal has signed off on the data-sharing terms, "
            "pending one clause.",
        ),
        ("Sofia", "The liability cap. Our counsel wants it at twelve months of fees, not six."),
        (
            "Ben",
            "Hm. I don't think we can agree to that on this call. I'll take it to our "
            "legal team and come back to you by Thursday.",
        ),
        ("Kenji", "That's fine. Meanwhile we could start the sandbox integration, no?"),
        ("Grace", "Agreed, we'll start the sandbox integration now and not wait on the contract."),
        ("Kenji", "Sofia, can you get them the keys?"),
        ("Sofia", "Yep, I'll send the sandbox keys over this afternoon."),
        (
            "Ben",
            "Cool. And, sorry, just to go back, the co-marketing, are you still thinking "
            "a joint webinar in January?",
        ),
        (
            "Kenji",
            "We were, but honestly our marketing team is stretched. Maybe February. I'd "
            "rather not commit today.",
        ),
        (
            "Grace",
            "Okay, no pressure. If it's February we'd want the case study done first anyway.",
        ),
        (
            "Sofia",
            "Our CEO actually mentioned at the conference that she'd love a case study with you.",
        ),
        (
            "Grace",
            "Oh nice. Well then, I'll draft an outline for the case study and share it by "
            "next Wednesday.",
        ),
        ("Kenji", "Perfect."),
        (
            "Ben",
            "One more thing, who owns the partner listing page on our site? Is that us or "
            "marketing?",
        ),
        ("Grace", "Good question. No idea, honestly."),
        ("Kenji", "Alright, talk in two weeks then."),
    ),
    actions=(
        Action("Ben", ("legal",), THURSDAY),
        Action("Sofia", ("sandbox", "keys"), TODAY),
        Action("Grace", ("outline", "case study"), NEXT_WEDNESDAY),
    ),
    decisions=(("sandbox", "contract"),),
    questions=(("webinar",), ("partner listing",)),
)


WAREHOUSE = Meeting(
    name="warehouse",
    lines=(
        (
            "Dmitri",
            "Morning everyone, quick one, trucks are in at ten-thirty. So, yesterday we "
            "shipped eleven hundred orders, which, new record, nice work.",
        ),
        (
            "Rosa",
            "Dock three's door is still sticking. It took two of us to get it down last night.",
        ),
        ("Dmitri", "Ugh. Okay, I'll call the maintenance contractor right after this."),
        ("Kwame", "And the scanner on pick line two keeps dropping wifi."),
        (
            "Jess",
            "That's the access point, not the scanner. IT said they'd replace it last month "
            "and, well.",
        ),
        ("Dmitri", "Jess, can you chase IT about the access point? Today if you can."),
        ("Jess", "Yeah, on it."),
        (
            "Dmitri",
            "Now, peak season. Starting Monday we're moving to two shifts, six to two and "
            "two to ten. That's final, corporate approved the overtime.",
        ),
        ("Rosa", "Are we getting temps for that or is it just us?"),
        ("Dmitri", "Six temps from the agency, they start Monday."),
        (
            "Kwame",
            "Who's training them though? Last time nobody did and they mislabeled like "
            "half the pallets.",
        ),
        (
            "Rosa",
            "I can do the training. I'll need the safety video and the, uh, the checklist thing.",
        ),
        ("Dmitri", "Great, so Rosa trains the temps Monday morning."),
        (
            "Dmitri",
            "I'll print the checklists. Kwame, the safety video's on the shared drive "
            "somewhere, can you find it before Friday?",
        ),
        ("Kwame", "Should be able to, yeah."),
        (
            "Jess",
            "What happens if the temps don't show? Like, the agency flaked twice in October.",
        ),
        ("Dmitri", "Then we pull people from returns. Let's not plan for disaster."),
        ("Rosa", "Also, are we doing the inventory count before or after Black Friday?"),
        ("Dmitri", "I'll have to ask the regional manager. Let's leave it for now."),
        ("Dmitri", "Okay, that's it, let's get those trucks loaded."),
    ),
    actions=(
        Action("Dmitri", ("contractor",), TODAY),
        Action("Jess", ("access point",), TODAY),
        Action("Rosa", ("train",), NEXT_MONDAY),
        Action("Dmitri", ("print", "checklists"), None),
        Action("Kwame", ("safety video",), FRIDAY),
        Action("Dmitri", ("regional manager",), None),
    ),
    decisions=(("two shifts",),),
    questions=(("inventory count",),),
)


CLINIC = Meeting(
    name="clinic",
    lines=(
        (
            "Nadia",
            "Okay, let's start, we've got twenty minutes before the first patients. First, "
            "flu vaccines.",
        ),
        ("Sam", "We're down to about forty doses. At the rate we're going that's maybe a week."),
        ("Nadia", "I'll reorder today. Two hundred, same as last time?"),
        ("Elena", "Make it three hundred, the school letters went out and we'll get a rush."),
        ("Nadia", "Three hundred, okay."),
        (
            "Carl",
            "Can I raise the phones? People are on hold for, like, fifteen minutes in the "
            "morning. We've had complaints.",
        ),
        ("Elena", "What if we opened online booking for same-day appointments?"),
        ("Nadia", "We tried that in spring, it got flooded with non-urgent stuff."),
        ("Sam", "We could put a second person on the phones from eight to nine."),
        (
            "Nadia",
            "Yes, let's do that. From next Monday, Carl and Mira both on the phones eight to nine.",
        ),
        ("Carl", "Mira's off next week though."),
        ("Nadia", "Ugh, right. Then I'll sort out cover, leave that with me."),
        ("Elena", "Another thing. The new diabetes protocol, has everyone actually read it?"),
        ("Sam", "Um. Mostly."),
        (
            "Elena",
            "Right. Everyone needs to read the protocol by the end of the month, it's an "
            "audit thing.",
        ),
        ("Sam", "Is there a sign-off sheet or do we just, like, say we read it?"),
        ("Elena", "There's a sheet at the nurses' station, just initial it."),
        ("Carl", "And the Christmas rota, are we doing the same as last year, or...?"),
        ("Nadia", "Nobody's decided that. I'll send a poll out, let's say by Wednesday."),
        ("Sam", "Oh good, a poll. My favourite."),
        ("Nadia", "Okay, doors open in five. Thanks everyone."),
    ),
    actions=(
        Action("Nadia", ("reorder",), TODAY),
        Action("Nadia", ("cover",), None),
        Action(None, ("read", "protocol"), END_OF_MONTH),
        Action("Nadia", ("poll",), WEDNESDAY),
    ),
    decisions=(("phones", "eight to nine"),),
    questions=(("christmas rota",),),
)


EVENT = Meeting(
    name="event",
    lines=(
        (
            "Olivia",
            "Hi, hi, can everyone hear me? Okay. So the meetup is January 14th, we have, "
            "um, seven weeks.",
        ),
        ("Marcus", "Venue's confirmed, by the way. The brewery, upstairs room, eighty people max."),
        ("Hana", "Eighty? We had a hundred and twenty sign-ups last time."),
        ("Marcus", "I know, I know. It's that or the hotel, and the hotel wanted four grand."),
        (
            "Olivia",
            "Let's stick with the brewery and cap registration at eighty. We'll do a waitlist.",
        ),
        ("Pete", "Fine by me."),
        (
            "Hana",
            "Okay. I'll set up the registration page with the cap and the waitlist by Friday.",
        ),
        ("Olivia", "Speakers. We have two confirmed. We need a third."),
        (
            "Pete",
            "I could ask Anjali from the data team, she gave that talk on, uh, on "
            "observability, people loved it.",
        ),
        ("Olivia", "Yes, please ask her. This week ideally."),
        ("Pete", "Will do."),
        ("Marcus", "Do we need catering or does the brewery do food?"),
        ("Olivia", "They do pizza, it's in the contract."),
        ("Hana", "What about swag? Are we doing t-shirts this time?"),
        ("Olivia", "I mean, if there's budget left after the venue. Let's not decide today."),
        (
            "Marcus",
            "Someone should also post it on the meetup group and LinkedIn once the page is live.",
        ),
        ("Hana", "I'll do that too, once it's up."),
        (
            "Pete",
            "Last year the AV guy didn't show up and we ran the whole thing off my laptop. "
            "Just saying.",
        ),
        ("Marcus", "I'll confirm AV with the brewery, I'll call them tomorrow."),
        ("Olivia", "Great. Okay, that's everything, let's sync again next Tuesday."),
    ),
    actions=(
        Action("Hana", ("registration",), FRIDAY),
        Action("Pete", ("ask", "anjali"), END_OF_WEEK),
        Action("Hana", ("linkedin",), None),
        Action("Marcus", ("confirm", "av"), TOMORROW),
    ),
    decisions=(("brewery", "cap"),),
    questions=(("t-shirts",),),
)


SECURITY_AUDIT = Meeting(
    name="security_audit",
    lines=(
        (
            "Ravi",
            "Okay, so the auditors' report came in Friday. Eleven findings, two high, the "
            "rest medium or low.",
        ),
        ("Claire", "Which are the two highs?"),
        (
            "Ravi",
            "The admin panel being reachable from the internet, and the, um, service "
            "accounts with passwords that never expire.",
        ),
        (
            "Claire",
            "The admin panel one is mine. I'll put it behind the VPN. Should be done by Wednesday.",
        ),
        ("Tomasz", "Service accounts, I mean, half of them, nobody even knows what they're for."),
        (
            "Ravi",
            "Right, so first we need an inventory. Tomasz, can you list every service "
            "account and who owns it?",
        ),
        ("Tomasz", "Ugh. Yes. By, let's say, the 4th?"),
        ("Beth", "And then we rotate all of them? That's going to break things."),
        (
            "Ravi",
            "We rotate the ones that have an owner. The orphaned ones we disable, and we "
            "see who screams.",
        ),
        ("Beth", "Ha. Okay. Brutal, but fine."),
        ("Claire", "What about the mediums? There's the TLS one, the logging retention..."),
        (
            "Ravi",
            "We're not touching the mediums until the highs are closed. That's the rule "
            "for this round.",
        ),
        ("Beth", "The auditors said they'd want evidence for everything by January 15th."),
        (
            "Ravi",
            "Yeah. I'll set up the evidence folder today so people can drop screenshots in "
            "as they go.",
        ),
        ("Tomasz", "Do we know if the pen test next year is going to be the same firm?"),
        ("Ravi", "No idea, that's procurement's call."),
        ("Claire", "If they find the admin panel again I'm changing careers."),
        ("Ravi", "Noted. Okay, let's meet again Thursday next week to check on the highs."),
    ),
    actions=(
        Action("Claire", ("vpn",), WEDNESDAY),
        Action("Tomasz", ("service account",), DECEMBER_4),
        Action("Ravi", ("evidence folder",), TODAY),
    ),
    decisions=(("orphaned", "disable"), ("mediums", "highs")),
    questions=(("pen test",),),
)


EDITORIAL = Meeting(
    name="editorial",
    lines=(
        ("Ines", "Morning. Let's do the pitches, then the calendar. Dev?"),
        (
            "Dev",
            "So, um, I want to do a piece on the council's housing plan. The vote is December 8th.",
        ),
        (
            "Ines",
            "Can you have a draft of the housing piece by the 3rd? I want it up before the "
            "vote, with time for legal.",
        ),
        ("Dev", "The 3rd is tight but yeah, okay."),
        ("Kate", "I pitched the school lunches thing last week, did anyone look at it?"),
        (
            "Ines",
            "I did. Honestly it's good but it's not a feature, it's a news brief. Let's "
            "run it as a brief.",
        ),
        ("Kate", "Fine. Fine. I'll cut it down to four hundred words then, tomorrow."),
        ("Owen", "Photo desk is asking whether we need a photographer for Dev's thing."),
        ("Dev", "Probably, yeah, at the council meeting."),
        ("Ines", "Owen, book a photographer for the 8th."),
        ("Owen", "Sure."),
        (
            "Kate",
            "Are we still doing the year-in-review package? Nobody's mentioned it since October.",
        ),
        (
            "Ines",
            "We are. I'll assign pieces by Friday. Everyone send me two ideas before then.",
        ),
        ("Owen", "Also, the newsletter open rate dropped again. Like nine percent down."),
        ("Ines", "Is that the subject lines or the send time?"),
        ("Owen", "Could be either. Marketing thinks it's the send time."),
        ("Dev", "Or, hear me out, people just don't read newsletters anymore."),
        ("Ines", "Very helpful, Dev. Okay, back to work."),
    ),
    actions=(
        Action("Dev", ("housing",), DECEMBER_3),
        Action("Kate", ("cut",), TOMORROW),
        Action("Owen", ("photographer",), None),
        Action("Ines", ("assign",), FRIDAY),
        Action(None, ("ideas",), FRIDAY),
    ),
    decisions=(("run", "brief"),),
    questions=(("subject lines", "send time"),),
)


MONTH_END = Meeting(
    name="month_end",
    lines=(
        (
            "Laura",
            "Okay, close calendar. We're closing November, books get locked on the third "
            "business day, so that's December 3rd.",
        ),
        (
            "Tariq",
            "Accruals are mostly done. I'm just waiting on the legal invoices, they always "
            "come late.",
        ),
        ("Laura", "Just accrue an estimate on Wednesday if they're not in."),
        ("Tariq", "Yeah, fine, I'll accrue based on October on Wednesday if nothing shows up."),
        (
            "Mei",
            "Bank recs are done for the main accounts. The euro account is off by about "
            "three hundred.",
        ),
        ("Laura", "Three hundred euros?"),
        ("Mei", "Yeah, probably FX, but I haven't found it yet."),
        ("Laura", "Keep digging on the euro account, it has to be cleared before we lock."),
        ("Mei", "Will do."),
        (
            "Sven",
            "Um, on the intercompany, the UK entity still hasn't booked their side of the "
            "management fee.",
        ),
        ("Laura", "Again? Sven, email their controller today, copy me."),
        ("Sven", "Okay."),
        (
            "Tariq",
            "Should we even be charging that fee quarterly instead of monthly? It'd save us "
            "this every month.",
        ),
        ("Laura", "Maybe. That's a conversation for January, not for this close."),
        ("Mei", "And the new expense tool, are we switching in December or after year-end?"),
        (
            "Laura",
            "After year-end. We're not changing systems during the annual audit, that's decided.",
        ),
        (
            "Sven",
            "Oh, and the auditors asked last week for the fixed asset register. I sent it Friday.",
        ),
        ("Laura", "Great. I'll do the flux review on Thursday and Friday."),
        ("Tariq", "Fun weekend ahead then."),
    ),
    actions=(
        Action("Tariq", ("accrue",), WEDNESDAY),
        Action("Mei", ("euro",), DECEMBER_3),
        Action("Sven", ("email", "controller"), TODAY),
        Action("Laura", ("flux review",), FRIDAY),
    ),
    decisions=(("changing systems", "audit"),),
    questions=(("quarterly",),),
)


ONBOARDING = Meeting(
    name="onboarding",
    lines=(
        (
            "Zoe",
            "Welcome, everyone, and, uh, congrats on signing. So today's just to get the "
            "onboarding plan straight.",
        ),
        (
            "Paul",
            "Thanks. Our main thing is, we need to be live before our busy season, which "
            "starts February 1st.",
        ),
        ("Zoe", "Totally doable. Ahmed, you want to walk through the phases?"),
        (
            "Ahmed",
            "Sure. Phase one is data import, phase two is integrations, phase three is "
            "training. Import is the long pole.",
        ),
        ("Lena", "For the import, do you need the full history or just the last two years?"),
        ("Ahmed", "Two years is plenty. Older stuff we can archive."),
        ("Lena", "Okay. I'll get you the export by next Friday, it's a big database."),
        (
            "Ahmed",
            "Perfect. And I'll send over the field mapping template today so you know the format.",
        ),
        ("Paul", "Who on our side needs to be in the training? Everyone, or just supervisors?"),
        ("Zoe", "We usually recommend train-the-trainer, so supervisors first."),
        ("Paul", "Hm, I'll have to think about that, our supervisors are kind of stretched."),
        ("Lena", "Also SSO. We use Okta. Is that supported or is that a, uh, a premium thing?"),
        ("Zoe", "It's included in your plan, no extra cost."),
        (
            "Lena",
            "Oh good. Then I'll need to set up the Okta app on our end, that's maybe a week "
            "of back and forth with security.",
        ),
        ("Zoe", "I'll send you our Okta setup guide after the call."),
        ("Paul", "One thing our last vendor did was a weekly check-in. Can we do that?"),
        ("Zoe", "Absolutely. Let's do Tuesdays at two, starting next week."),
        (
            "Paul",
            "Great. And, um, worst case, if the import slips, could we go live without history?",
        ),
        ("Ahmed", "Technically yes, but I wouldn't recommend it. Let's not go there yet."),
        (
            "Zoe",
            "Okay, I'll put all of this in a kickoff summary and send it by end of day tomorrow.",
        ),
    ),
    actions=(
        Action("Lena", ("export",), NEXT_FRIDAY),
        Action("Ahmed", ("mapping template",), TODAY),
        Action("Lena", ("okta",), None),
        Action("Zoe", ("okta", "guide"), TODAY),
        Action("Zoe", ("summary",), TOMORROW),
    ),
    decisions=(("two years",), ("tuesdays",)),
    questions=(("who", "training"),),
)


MEETINGS = (
    LAB,
    ROADMAP,
    PARTNERSHIP,
    WAREHOUSE,
    CLINIC,
    EVENT,
    SECURITY_AUDIT,
    EDITORIAL,
    MONTH_END,
    ONBOARDING,
)
