"""Sealed meetings for the notes rules: a fifth set, kept back for one last honest measurement.

Written blind in session 6, without reading the rules, their tests or the meetings of the other
four sets, while the rules were being fixed against the fourth set; it is to be run once, at
the end, for the honest figure. It holds ten kinds of meeting the other sets lack: a hotel
operations meeting, a farm cooperative meeting, a game studio playtest review, a hospital ward
handover, a logistics fleet planning call, a podcast planning meeting, a museum exhibition
planning meeting, a software architecture review, an HR policy review and a franchise owners
call. People talk as they do: fillers, false starts, interruptions, commitments in many forms,
decisions in many forms, due dates in many forms or none. The labels are what a careful
note-taker would write down; past work, hypotheticals, hedges, requests nobody takes, answered
questions, reported speech, sarcasm and decisions taken elsewhere earlier are there to be left
out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "after this"
and "by end of day" are that day, "tomorrow" is the 24th, a bare weekday is the next one
("Monday" is 30 November), "next Wednesday" and "next Friday" are those of next week, "the 3rd"
is 3 December, "in two weeks" is 7 December, a vague period ("this week", "next week", "the
end of the month") is due on its last day, Sunday for weeks, and "soon", "before the launch"
or "when you can" has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    IN_TWO_WEEKS,
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


HOTEL_OPS = Meeting(
    name="hotel_ops",
    lines=(
        (
            "Ingrid",
            "Morning all. So, um, occupancy is at ninety-two percent through Thursday, and the "
            "conference group checks in tomorrow.",
        ),
        ("Tomasz", "Right, and the group is asking for early check-in on about forty rooms."),
        (
            "Amara",
            "Forty? I- we can't turn forty rooms by eleven, not with two housekeepers off sick.",
        ),
        (
            "Ingrid",
            "OK, so we're offering early check-in to the VIP list only, that's twelve rooms. "
            "Everyone else gets the usual three o'clock.",
        ),
        (
            "Tomasz",
            "Fine by me. I'll send the group coordinator the VIP room list this afternoon.",
        ),
        ("Ingrid", "Amara, can you book two agency housekeepers by end of day?"),
        ("Amara", "On it. Not the ones from last time, though, they'd never made a bed."),
        ("Rafael", "Um, the lift in the east wing is making that grinding noise again."),
        ("Ingrid", "Didn't the engineer fix that?"),
        ("Rafael", "He replaced the pulley in October, yeah. Didn't help much."),
        (
            "Ingrid",
            "Can we keep the east lift running through the conference, or do we take it out "
            "of service?",
        ),
        (
            "Rafael",
            "Honestly, I don't know. Let me call the lift company this afternoon and get "
            "someone to look at it.",
        ),
        ("Tomasz", "Maybe someone should put a sign up by the lift, just in case."),
        ("Amara", "Oh yes, a sign. Guests love reading signs."),
        (
            "Ingrid",
            "Right, last thing, breakfast. From now on we close the buffet at ten thirty on "
            "weekdays, not eleven.",
        ),
        ("Tomasz", "The restaurant manager said she'd print new cards for the rooms."),
        ("Ingrid", "Good. Tomasz, can you update the booking site as well?"),
        ("Tomasz", "Yep, I'll do it by tomorrow."),
        (
            "Ingrid",
            "And we still need to figure out who covers the night audit while Kofi is on "
            "leave in December.",
        ),
        ("Ingrid", "OK, thanks everyone."),
    ),
    actions=(
        Action("Tomasz", ("vip", "list"), TODAY),
        Action("Amara", ("agency", "housekeepers"), TODAY),
        Action("Rafael", ("lift", "company"), TODAY),
        Action("Tomasz", ("booking", "site"), TOMORROW),
    ),
    decisions=(("early", "vip"), ("buffet", "weekdays")),
    questions=(("lift", "running"), ("night", "audit")),
)

FARM_COOP = Meeting(
    name="farm_coop",
    lines=(
        (
            "Siobhan",
            "OK, let's start. First item is the grain dryer. The quote came back at eighteen "
            "thousand.",
        ),
        ("Kwame", "That's, um, that's a lot more than we budgeted. Way more."),
        ("Mei", "We could spread it over three seasons, if the bank would go for that."),
        ("Juan", "The bank won't. I asked them back in the spring."),
        (
            "Siobhan",
            "Then let's do option two: repair the old dryer this year and look at a new one "
            "next autumn.",
        ),
        ("Kwame", "Fine. I'll get a repair quote from Hansen's by Friday."),
        ("Siobhan", "Next, the farmers' market stall. Mei?"),
        (
            "Mei",
            "So the market wants us every Saturday through March, and we haven't got much "
            "winter produce.",
        ),
        ("Juan", "Leeks, kale, squash, eggs... it's a thin table."),
        ("Siobhan", "Mm. Mei, can you ask the market whether every other Saturday works?"),
        ("Mei", "Sure, I'll ring them tomorrow."),
        (
            "Juan",
            "While we're at it, the shared tractor. Somebody left it with an empty tank again.",
        ),
        ("Kwame", "Wasn't me."),
        (
            "Siobhan",
            "Right, new rule: whoever uses the tractor fills the tank before bringing it back. "
            "No exceptions.",
        ),
        ("Juan", "I'll put a logbook in the shed this week so we can see who had it."),
        (
            "Kwame",
            "And what about insurance? Does our policy even cover members not on the lease?",
        ),
        ("Siobhan", "Good question. No idea."),
        ("Mei", "Someone should really read that policy one of these days."),
        ("Siobhan", "Leave it with me, I'll call the broker before the end of the month."),
        ("Siobhan", "Anything else? No? Thanks all."),
    ),
    actions=(
        Action("Kwame", ("repair", "quote"), FRIDAY),
        Action("Mei", ("market", "saturday"), TOMORROW),
        Action("Juan", ("logbook",), END_OF_WEEK),
        Action("Siobhan", ("broker",), END_OF_MONTH),
    ),
    decisions=(("repair", "dryer"), ("tractor", "tank")),
    questions=(("policy", "cover"),),
)

PLAYTEST_REVIEW = Meeting(
    name="playtest_review",
    lines=(
        ("Haruto", "So, playtest number four. Nomvula, how did it go?"),
        (
            "Nomvula",
            "Um, mixed. Eleven players. Most of them got stuck in the tutorial, at the "
            "grappling hook bit.",
        ),
        ("Leila", "Stuck how? Like they didn't get the button, or-"),
        ("Nomvula", "They didn't see the prompt. It's tiny and it fades out after two seconds."),
        (
            "Leila",
            "OK, that one's on me. I'll make the hook prompt bigger and keep it on screen "
            "until they use it, by Wednesday.",
        ),
        (
            "Bjorn",
            "The frame rate tanked in the swamp level too. I saw it drop to twenty on the "
            "mid-range laptop.",
        ),
        ("Haruto", "Bjorn, can you profile the swamp level before the next build?"),
        ("Bjorn", "Yep, on it."),
        ("Nomvula", "Players also hated the boss. Three of them quit the session right there."),
        ("Leila", "Do we cut the second phase of the boss, or just tune it down?"),
        (
            "Haruto",
            "Let's tune it down, not cut it. We keep both phases and halve the damage in "
            "phase two.",
        ),
        ("Bjorn", "Great, my favourite thing, rebalancing a boss two weeks before the demo."),
        (
            "Haruto",
            "Ha. And one more: we're dropping multiplayer from the demo build. It isn't ready.",
        ),
        ("Nomvula", "Should we run a fifth playtest before the demo, or is that too tight?"),
        ("Haruto", "Hmm. I genuinely don't know. Nomvula, send me the raw survey answers first?"),
        ("Nomvula", "I'll send them today."),
        ("Leila", "Oh, and Sam said he'd redo the swamp textures."),
        ("Haruto", "Right. I'll write up the playtest summary for the publisher by Friday."),
    ),
    actions=(
        Action("Leila", ("hook", "prompt"), WEDNESDAY),
        Action("Bjorn", ("profile", "swamp"), None),
        Action("Nomvula", ("survey", "answers"), TODAY),
        Action("Haruto", ("playtest", "summary"), FRIDAY),
    ),
    decisions=(("halve", "damage"), ("multiplayer", "demo")),
    questions=(("fifth", "playtest"),),
)

WARD_HANDOVER = Meeting(
    name="ward_handover",
    lines=(
        (
            "Grace",
            "OK, handover for bay B. Bed four, Mr Alvarez, post-op day two, pain's controlled, "
            "he walked to the bathroom overnight.",
        ),
        ("Dmitri", "Good. And the drain?"),
        ("Grace", "Drain came out yesterday evening."),
        (
            "Grace",
            "Bed six, Mrs Okafor. Her potassium was low at six. The night registrar said he'd "
            "write up a replacement, but it's not on the chart.",
        ),
        ("Seun", "I'll prescribe the potassium today, then."),
        ("Dmitri", "Fatima, can you take her repeat bloods this afternoon?"),
        ("Fatima", "Yep."),
        ("Dmitri", "Is she still on the fluid restriction?"),
        ("Grace", "Yes, one litre a day."),
        ("Grace", "Bed seven, Mr Lindqvist. Confused overnight, pulled his cannula out twice."),
        (
            "Fatima",
            "Should he have a one-to-one sitter? Last week bay C had the same thing and "
            "nobody got one approved.",
        ),
        (
            "Dmitri",
            "I don't know whether the bed manager will approve a sitter on a weekday. Leave it "
            "with me, I'll ask her about a sitter at the ten thirty meeting.",
        ),
        ("Seun", "Does he need a CT head? His daughter mentioned a fall on Saturday."),
        ("Grace", "The fall was seen in ED on Saturday, CT was normal."),
        (
            "Dmitri",
            "OK. From today, all confused patients in bay B get hourly checks, written on the "
            "new chart.",
        ),
        ("Fatima", "The new chart? We ran out of those."),
        ("Dmitri", "Fatima, could you order more of the hourly check charts?"),
        ("Fatima", "Consider it done."),
        ("Grace", "Last one. Bed nine is going home, but there's no transport booked."),
        ("Seun", "Is the discharge letter done?"),
        ("Grace", "Not yet."),
        ("Seun", "Right, I'll do the discharge letter straight after this."),
        (
            "Dmitri",
            "We still need to figure out whether his wife can collect him or he needs "
            "hospital transport. So we're keeping him until after lunch, not discharging him "
            "this morning.",
        ),
        ("Grace", "That's it from me."),
        ("Dmitri", "Go home, Grace."),
    ),
    actions=(
        Action("Seun", ("potassium",), TODAY),
        Action("Fatima", ("bloods",), TODAY),
        Action("Dmitri", ("sitter",), TODAY),
        Action("Fatima", ("charts",), None),
        Action("Seun", ("discharge", "letter"), TODAY),
    ),
    decisions=(("hourly", "checks"), ("keeping", "lunch")),
    questions=(("sitter",), ("hospital", "transport")),
)

FLEET_PLANNING = Meeting(
    name="fleet_planning",
    lines=(
        ("Marcus", "Right, so, fleet planning. Peak season starts in, what, ten days?"),
        ("Ayesha", "Nine. And we're four vans short on the northern routes."),
        (
            "Pedro",
            "Two of those are in the shop. The gearbox parts have been on backorder since, "
            "um, since the second week of November.",
        ),
        ("Marcus", "So do we lease or rent?"),
        (
            "Yuki",
            "Short-term rental is cheaper if it's under eight weeks. I ran the numbers on Friday.",
        ),
        ("Marcus", "OK, we'll rent four vans for December and January, not lease."),
        ("Yuki", "I'll get three rental quotes to you by Wednesday."),
        (
            "Ayesha",
            "Can the rental vans even take our tracking units? Last time they didn't fit the "
            "dashboards.",
        ),
        ("Pedro", "No idea. It's a different model every time."),
        ("Marcus", "Pedro, once the parts arrive, how long to get the two vans back?"),
        ("Pedro", "Two days, maybe three."),
        (
            "Ayesha",
            "And the driver rota. We can't keep asking the same six people to do Saturdays.",
        ),
        (
            "Marcus",
            "Agreed. Right, no more than two Saturday shifts a month per driver, from now on.",
        ),
        ("Ayesha", "Then I'll redo the December rota by the end of the week."),
        ("Yuki", "That probably means agency drivers. Have we got budget for that?"),
        (
            "Marcus",
            "We still need to figure out the agency budget with head office, so, not yet.",
        ),
        ("Pedro", "Maybe somebody should chase the parts supplier."),
        ("Marcus", "Pedro, that somebody is you."),
        ("Pedro", "Fine, fine. I'll chase the parts supplier tomorrow."),
        ("Marcus", "Good. I'll brief head office on the rental plan next week."),
    ),
    actions=(
        Action("Yuki", ("rental", "quotes"), WEDNESDAY),
        Action("Ayesha", ("december", "rota"), END_OF_WEEK),
        Action("Pedro", ("parts", "supplier"), TOMORROW),
        Action("Marcus", ("head", "office"), END_OF_NEXT_WEEK),
    ),
    decisions=(("rent", "vans"), ("saturday", "shifts")),
    questions=(("tracking", "units"), ("budget",)),
)

PODCAST_PLANNING = Meeting(
    name="podcast_planning",
    lines=(
        (
            "Chloe",
            "OK, so, season three. We've got, um, eight episodes planned and five guests "
            "confirmed.",
        ),
        ("Mateo", "Six, actually. The climate scientist said yes on Friday."),
        ("Chloe", "Oh, nice. Who's still missing?"),
        (
            "Mateo",
            "The chef and the historian. I'll email the historian's agent again today.",
        ),
        ("Ravi", "Should we even keep the chef episode? Food podcasts are everywhere."),
        (
            "Chloe",
            "Hmm. Let's keep it, but make it about supply chains, not recipes.",
        ),
        ("Zanele", "Can we talk about the release schedule? Weekly is killing me on the edit."),
        ("Ravi", "We could go fortnightly, if the sponsor agreed."),
        ("Chloe", "I don't know whether the sponsor contract even allows fortnightly."),
        ("Ravi", "Let me check the contract and come back to you by Thursday."),
        ("Zanele", "Also, the intro music. Are we finally replacing it?"),
        (
            "Chloe",
            "Yes. OK, so we're going with the second track from the composer, the one with "
            "the piano.",
        ),
        ("Zanele", "Thank god. I'll drop it into the episode template by Monday."),
        ("Mateo", "What do we call the season, by the way? Nobody liked 'Season Three'."),
        ("Ravi", "Wow, shocking."),
        ("Chloe", "Good question. Let's park it for now."),
        ("Chloe", "Ravi, can you book the recording booth by the 3rd?"),
        ("Ravi", "Yep."),
    ),
    actions=(
        Action("Mateo", ("historian",), TODAY),
        Action("Ravi", ("contract",), THURSDAY),
        Action("Zanele", ("template",), NEXT_MONDAY),
        Action("Ravi", ("recording", "booth"), DECEMBER_3),
    ),
    decisions=(("supply", "chains"), ("second", "track")),
    questions=(("sponsor", "contract"), ("call", "season")),
)

MUSEUM_EXHIBITION = Meeting(
    name="museum_exhibition",
    lines=(
        (
            "Astrid",
            "Let's go through the textile exhibition. Opening is the fifteenth of January, "
            "so, um, seven weeks.",
        ),
        (
            "Kenji",
            "The loan agreement with the Lisbon museum is signed, it came through last Tuesday.",
        ),
        ("Astrid", "Wonderful. And the courier?"),
        (
            "Kenji",
            "They want a courier to travel with the pieces. I'll book the courier's flights "
            "and hotel by Friday.",
        ),
        ("Astrid", "Who's paying for the courier, us or Lisbon?"),
        ("Kenji", "No idea, it isn't in the agreement."),
        (
            "Luca",
            "The light levels are a problem. Fifty lux max for the silk, and the west gallery "
            "gets the afternoon sun.",
        ),
        ("Astrid", "Can we black out the west windows?"),
        ("Luca", "We could, but the building's listed, so that's a no."),
        (
            "Astrid",
            "Then let's move the silk pieces to the east room. The west room gets the printed "
            "cottons.",
        ),
        ("Luca", "Fine. I'll redraw the floor plan tomorrow."),
        ("Adaeze", "For schools, we'd love a handling collection. Replicas the kids can touch."),
        ("Astrid", "How much would that cost?"),
        (
            "Adaeze",
            "Maybe two thousand, if we commission them locally. Let me get a quote for the "
            "replicas by next Wednesday.",
        ),
        ("Kenji", "The conservators said they'd check the frames in December."),
        ("Astrid", "The director proposed 'Threads of Empire' as the title."),
        ("Astrid", "Nobody objects? Good, the title is approved."),
        (
            "Adaeze",
            "We still need to figure out whether the budget stretches to an audio guide.",
        ),
        ("Luca", "Someone should ask the Friends for money, they love an audio guide."),
        ("Astrid", "Ha. Right, I'll draft the press release by the end of the month."),
    ),
    actions=(
        Action("Kenji", ("courier", "flights"), FRIDAY),
        Action("Luca", ("floor", "plan"), TOMORROW),
        Action("Adaeze", ("quote", "replicas"), NEXT_WEDNESDAY),
        Action("Astrid", ("press", "release"), END_OF_MONTH),
    ),
    decisions=(("silk", "east"), ("title", "approved")),
    questions=(("paying", "courier"), ("audio", "guide")),
)

ARCHITECTURE_REVIEW = Meeting(
    name="architecture_review",
    lines=(
        (
            "Nadia",
            "OK, the proposal is to split the billing service out of the monolith. Sven, you "
            "wrote the doc, go ahead.",
        ),
        (
            "Sven",
            "So, um, the main pain is deploys. Every billing change means redeploying "
            "everything. I benchmarked the queue option last sprint.",
        ),
        ("Keiko", "Sync calls or events between them?"),
        ("Sven", "Events. Over the existing Kafka cluster."),
        ("Dami", "Is the cluster sized for that? We had lag issues in the summer."),
        ("Sven", "Those were fixed in August, it was a consumer bug."),
        (
            "Nadia",
            "OK. Events it is, no synchronous calls from billing back into the monolith.",
        ),
        ("Keiko", "What about the shared customer table? Both sides write to it today."),
        (
            "Sven",
            "I- yeah, that's the hard bit. I don't know yet who should own the customer table.",
        ),
        ("Dami", "If we had a proper data team, they'd own it."),
        (
            "Nadia",
            "Sven, can you write up the two ownership options for the customer table by Thursday?",
        ),
        ("Sven", "Sure, leave it with me."),
        (
            "Keiko",
            "I'll have a prototype of the billing consumer in two weeks, just to see the latency.",
        ),
        ("Dami", "And if the new service breaks, can we route traffic back to the monolith?"),
        ("Nadia", "Good question."),
        (
            "Nadia",
            "Let's also agree that we'll keep the old billing endpoints alive for two releases "
            "after the split.",
        ),
        ("Dami", "Sounds great, two whole releases of double maintenance."),
        ("Dami", "Fine, I'll set up the dashboards for the new service before the launch."),
        ("Nadia", "Good. I'll put the follow-up review in the calendar today."),
    ),
    actions=(
        Action("Sven", ("ownership", "options"), THURSDAY),
        Action("Keiko", ("prototype",), IN_TWO_WEEKS),
        Action("Dami", ("dashboards",), None),
        Action("Nadia", ("review",), TODAY),
    ),
    decisions=(("events", "synchronous"), ("old", "endpoints")),
    questions=(("customer", "table"), ("route", "monolith")),
)

HR_POLICY_REVIEW = Meeting(
    name="hr_policy_review",
    lines=(
        (
            "Beatriz",
            "So today it's the remote work policy and the parental leave update. Remote first.",
        ),
        ("Hannah", "The survey closed on Friday. Seventy percent want at least two home days."),
        (
            "Tariq",
            "Before we go on, the right to disconnect law applies from January, so we have to "
            "say something about after-hours messages.",
        ),
        (
            "Beatriz",
            "Right. OK, so we're going with two fixed office days, Tuesday and Thursday, for "
            "everyone.",
        ),
        ("Wen", "Does that include the warehouse team? They can't work from home anyway."),
        ("Beatriz", "No, the policy covers office staff only."),
        ("Tariq", "I'll draft the disconnect clause by next Friday."),
        (
            "Hannah",
            "Um, what about people who moved further away during the pandemic? Do they get an "
            "exception?",
        ),
        ("Beatriz", "I honestly don't know. Let's come back to that."),
        (
            "Beatriz",
            "Parental leave. The board approved sixteen weeks fully paid last month.",
        ),
        ("Wen", "And it's covered, I checked it with the CFO already."),
        (
            "Hannah",
            "Can it apply to anyone whose child is born after the first of January?",
        ),
        ("Beatriz", "Yes, fine, January the first it is."),
        (
            "Hannah",
            "Then I'll update the handbook and the intranet page by the end of the month.",
        ),
        (
            "Beatriz",
            "Wen, can you work out the cost for the two people already on leave?",
        ),
        ("Wen", "On it, I'll have it by Wednesday."),
        ("Tariq", "Someone should probably tell the union before the announcement."),
        ("Beatriz", "Fine, I'll set up a call with the union reps this week."),
        ("Beatriz", "Last thing: do we announce both policies together or separately?"),
        ("Tariq", "Depends on the timing, I guess."),
    ),
    actions=(
        Action("Tariq", ("disconnect", "clause"), NEXT_FRIDAY),
        Action("Hannah", ("handbook",), END_OF_MONTH),
        Action("Wen", ("cost",), WEDNESDAY),
        Action("Beatriz", ("union",), END_OF_WEEK),
    ),
    decisions=(("office", "days"), ("january", "first")),
    questions=(("exception",), ("announce", "policies")),
)

FRANCHISE_CALL = Meeting(
    name="franchise_call",
    lines=(
        (
            "Derek",
            "Hi everyone, thanks for dialling in. Three things: the winter menu, the new card "
            "terminals and the delivery app fees.",
        ),
        ("Sofia", "Can I just- sorry, is this being recorded?"),
        ("Derek", "It is, yes."),
        ("Derek", "Winter menu. The test stores sold out of the spiced bun every single day."),
        ("Ngozi", "Same in Leeds. We ran out by two most days."),
        ("Derek", "So the spiced bun goes on the menu in all stores from Monday."),
        ("Tuan", "Who supplies the spice mix? Our regular supplier doesn't carry it."),
        ("Derek", "I'll send everyone the central supplier's order form tomorrow."),
        (
            "Derek",
            "Card terminals. Head office decided in October that everyone moves to the new "
            "provider by March.",
        ),
        ("Sofia", "Do we pay for the new terminals ourselves, or does head office?"),
        ("Derek", "That's... I don't know whether finance has decided that."),
        ("Ngozi", "Great, I love paying for things nobody asked for."),
        ("Tuan", "I can take that, I'll ask finance and report back by Friday."),
        ("Derek", "Delivery fees. The app has raised its commission to thirty percent."),
        ("Ngozi", "We could just leave the app, if we had our own drivers."),
        (
            "Derek",
            "Show of hands? OK, that's settled: we stay on the app until spring and "
            "renegotiate then.",
        ),
        ("Sofia", "Ngozi, could you share your delivery numbers so we can compare?"),
        ("Ngozi", "Sure, I'll put them in the shared drive by the end of the week."),
        (
            "Tuan",
            "And what happens to the loyalty cards when we switch terminals? Nobody has told us.",
        ),
        ("Derek", "No idea, honestly. I'll put the loyalty question to head office soon."),
        ("Derek", "OK, thanks all."),
    ),
    actions=(
        Action("Derek", ("order", "form"), TOMORROW),
        Action("Tuan", ("finance",), FRIDAY),
        Action("Ngozi", ("delivery", "numbers"), END_OF_WEEK),
        Action("Derek", ("loyalty",), None),
    ),
    decisions=(("spiced", "bun"), ("stay", "app")),
    questions=(("pay", "terminals"), ("loyalty", "cards")),
)

MEETINGS = (
    HOTEL_OPS,
    FARM_COOP,
    PLAYTEST_REVIEW,
    WARD_HANDOVER,
    FLEET_PLANNING,
    PODCAST_PLANNING,
    MUSEUM_EXHIBITION,
    ARCHITECTURE_REVIEW,
    HR_POLICY_REVIEW,
    FRANCHISE_CALL,
)
