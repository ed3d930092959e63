"""Plain meetings for the notes rules: a sixth set, for one more honest measurement.

Written blind in session 6, without reading the rules, their tests or the meetings of the other
sets, from a brief that gave no example wordings, to be run once for an honest figure. It holds
ten kinds of meeting the other sets lack: an insurance claims triage, a public library branch
staff meeting, a factory quality (non-conformance) review, a residential property maintenance
meeting, a software localization sync, a research grant proposal meeting, a wholesale bakery
production planning meeting, an open-source issue triage call, a youth football club committee
and a contact-centre workforce planning meeting. People talk as they do at work: small talk,
past work, reported speech, hedges, hypotheticals, answered questions and jokes sit beside the
commitments, decisions and open questions. The labels are what a careful note-taker would
write down; the rest is there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC as a careful person would: "today",
"this afternoon" and "tonight" are that day, a bare weekday is the next one ("Wednesday" is
25 November), "next Tuesday" is the Tuesday of next week, "the 3rd" is 3 December, a period
("this week", "the end of next week") is due on its last day, Sunday for weeks, and a vague
time ("soon", "at some point") has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_TUESDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


CLAIMS_TRIAGE = Meeting(
    name="claims_triage",
    lines=(
        (
            "Siobhan",
            "Okay, morning all. We've got the storm backlog to get through, so let's keep "
            "it tight.",
        ),
        (
            "Kwame",
            "Quick update first, I closed out the forty low-value roof claims last week, so "
            "those are off the board.",
        ),
        (
            "Siobhan",
            "Nice. Right, the big one is the printing works fire in Leeds. Where are we on that?",
        ),
        (
            "Ines",
            "The loss adjuster's been out, he reckons it's north of two hundred grand but he "
            "wants a forensic engineer before he'll sign anything.",
        ),
        ("Siobhan", "Then we need the engineer in. Ines, can you get one booked by Wednesday?"),
        ("Ines", "Yeah, I'll book the forensic engineer, Wednesday's fine."),
        (
            "Haruto",
            "Do we know yet whether the policy covers business interruption, or was that an "
            "add-on they declined?",
        ),
        ("Kwame", "They declined it, I checked the schedule this morning. So no BI."),
        (
            "Siobhan",
            "Okay. On the flood claims, I think we should stop asking for three quotes on "
            "the small stuff. It's just slowing everyone down.",
        ),
        ("Kwame", "Agreed, one quote is plenty at that level."),
        ("Siobhan", "Right, so from today, claims under five thousand need one quote only."),
        (
            "Haruto",
            "I'll update the handling guide to say that and send it round to the team this "
            "afternoon.",
        ),
        (
            "Ines",
            "What about the ones already sitting with two quotes, do we still chase the third?",
        ),
        ("Siobhan", "No, settle those on the quotes we already have."),
        (
            "Haruto",
            "There's also the question of whether we bring in the surge team from Bristol. "
            "I honestly don't know if they've got capacity.",
        ),
        ("Siobhan", "I'll ask their manager, but don't hold your breath."),
        (
            "Kwame",
            "If we got them we could maybe clear the backlog by Christmas, but that's a big if.",
        ),
        ("Siobhan", "Kwame, the complaint from Mrs Adeyemi, can you call her back by Friday?"),
        ("Kwame", "Will do. She's been waiting three weeks, she's not happy, and fair enough."),
        ("Siobhan", "Okay, that's it. Thanks everyone."),
    ),
    actions=(
        Action("Ines", ("book", "forensic", "engineer"), WEDNESDAY),
        Action("Haruto", ("update", "handling", "guide"), TODAY),
        Action("Siobhan", ("ask", "manager"), None),
        Action("Kwame", ("call", "adeyemi"), FRIDAY),
    ),
    decisions=(
        ("one", "quote"),
        ("settle", "quotes"),
    ),
    questions=(("surge", "team", "bristol"),),
)

LIBRARY_BRANCH = Meeting(
    name="library_branch",
    lines=(
        (
            "Margit",
            "Right, let's start. First thing, the heating in the children's room is still "
            "broken. The council says an engineer is coming, but they said that last month too.",
        ),
        ("Tomasz", "The kids were in coats at story time on Saturday. It was a bit grim."),
        (
            "Margit",
            "I'll chase facilities again today, and if nothing happens I'll take it to the "
            "area manager.",
        ),
        (
            "Aaliyah",
            "On the homework club, we've had twelve kids a night, which is double what we "
            "planned for.",
        ),
        ("Dev", "We could move it upstairs to the study room, it's got more tables."),
        ("Margit", "Yes, let's do that. Homework club moves to the study room from next Monday."),
        ("Aaliyah", "I'll make some signs for the door and put a post on the branch page."),
        (
            "Tomasz",
            "Does the study room booking system let us block Tuesday and Thursday evenings, "
            "or does someone at central have to do it?",
        ),
        ("Dev", "No idea. I've never tried it."),
        (
            "Margit",
            "Dev, could you ask central about blocking the evenings and let me know by Wednesday?",
        ),
        ("Dev", "Sure."),
        (
            "Aaliyah",
            "Also the donated books are piling up in the back office again. We're running "
            "out of floor.",
        ),
        ("Tomasz", "Honestly, half of them are old encyclopaedias nobody's ever going to borrow."),
        (
            "Margit",
            "Okay, new rule, we stop taking encyclopaedias and textbooks older than ten "
            "years. A polite no at the desk.",
        ),
        ("Tomasz", "I'll write a short note for the desk staff so people know what to say."),
        (
            "Dev",
            "And the big one, when are we doing the book sale? Before Christmas or in January?",
        ),
        (
            "Margit",
            "Let's think about that one, I want to see what the volunteers can manage first.",
        ),
        (
            "Aaliyah",
            "Fine by me. Oh, and the photocopier's jammed again, but that's a running joke "
            "at this point.",
        ),
        ("Margit", "Ha. Right, thanks all, see you out front."),
    ),
    actions=(
        Action("Margit", ("chase", "facilities"), TODAY),
        Action("Aaliyah", ("signs", "door"), None),
        Action("Dev", ("ask", "central"), WEDNESDAY),
        Action("Tomasz", ("note", "desk", "staff"), None),
    ),
    decisions=(
        ("homework", "study", "room"),
        ("stop", "encyclopaedias"),
    ),
    questions=(
        ("booking", "system", "block"),
        ("book", "sale"),
    ),
)

QUALITY_REVIEW = Meeting(
    name="quality_review",
    lines=(
        (
            "Rajesh",
            "Okay, the batch of housings from line three. We've got a crack rate of about "
            "four percent, which is way over spec.",
        ),
        (
            "Beatriz",
            "It started after the mould change on the 12th. Before that we were under half "
            "a percent.",
        ),
        (
            "Olumide",
            "I think it's the cooling time. We shortened it by two seconds to hit the "
            "throughput target.",
        ),
        (
            "Lena",
            "Could also be the resin lot, the new supplier's stuff has been a bit inconsistent.",
        ),
        (
            "Rajesh",
            "So we don't know which. Right, first thing, that whole batch goes on hold, "
            "nothing ships until we've sorted it.",
        ),
        ("Beatriz", "The customer's expecting a delivery on Thursday though."),
        ("Rajesh", "I know. I'll ring their buyer today and explain, it's better coming from us."),
        (
            "Olumide",
            "I can put the cooling time back to where it was and run fifty parts tomorrow "
            "morning, see if the cracks go away.",
        ),
        ("Lena", "And I'll send samples of both resin lots to the lab for a melt flow test."),
        ("Rajesh", "How long does the lab usually take on that?"),
        ("Lena", "Three or four days, normally."),
        (
            "Beatriz",
            "Should we do a hundred percent inspection on what's in stock from last week too?",
        ),
        (
            "Rajesh",
            "Yes, full inspection on all of it. Beatriz, can you set that up with the "
            "inspectors by Friday?",
        ),
        ("Beatriz", "Yeah, I'll sort out a rota."),
        (
            "Olumide",
            "What I don't get is whether the throughput target still stands if we put the "
            "cooling time back. Nobody's told us.",
        ),
        (
            "Rajesh",
            "That's one for the plant manager, and she's away this week, so it'll have to wait.",
        ),
        (
            "Lena",
            "If it turns out to be the resin we might have to go back to the old supplier, "
            "which would cost us.",
        ),
        ("Rajesh", "Let's not get ahead of ourselves. Okay, thanks everyone."),
    ),
    actions=(
        Action("Rajesh", ("ring", "buyer"), TODAY),
        Action("Olumide", ("cooling", "time"), TOMORROW),
        Action("Lena", ("samples", "resin"), None),
        Action("Beatriz", ("inspectors",), FRIDAY),
    ),
    decisions=(
        ("batch", "hold"),
        ("full", "inspection"),
    ),
    questions=(("throughput", "target", "stands"),),
)

PROPERTY_MAINTENANCE = Meeting(
    name="property_maintenance",
    lines=(
        ("Nadia", "Okay, maintenance round-up for the Elm Court block. Chen, the lift?"),
        (
            "Chen",
            "Still out. The engineers say the part's on back order, two weeks, maybe longer.",
        ),
        ("Nadia", "Two weeks is too long for the fourth floor. Mrs Okafor can't do stairs."),
        ("Femi", "We could move her for now into the empty ground-floor flat, number two."),
        ("Nadia", "Let's do that, we offer her flat two until the lift's fixed."),
        ("Femi", "I'll go round and talk to her about the move this afternoon."),
        (
            "Gustavo",
            "The damp in number fourteen is back. I painted over it in the summer but "
            "obviously that didn't fix anything.",
        ),
        (
            "Chen",
            "That's a gutter problem, I'd bet money on it. The downpipe on that side is cracked.",
        ),
        (
            "Nadia",
            "Gustavo, can you get a roofer to look at the gutter and the downpipe by the end "
            "of next week?",
        ),
        ("Gustavo", "Yeah, I'll get two or three round."),
        (
            "Femi",
            "Are we still allowed to use the old contractor for that, or does everything have "
            "to go through the new framework now?",
        ),
        ("Nadia", "Good question. I genuinely don't know, procurement keeps changing it."),
        (
            "Chen",
            "Also the bins. Residents keep dumping mattresses in the bin store and the "
            "council won't take them.",
        ),
        ("Gustavo", "We put up a sign last year. Nobody read it."),
        (
            "Nadia",
            "Right, we'll book a bulky waste collection every month from now on and put the "
            "cost on the service charge.",
        ),
        ("Chen", "I'll book the first collection for Friday."),
        (
            "Femi",
            "Do we need to tell residents before we add it to the service charge? I think "
            "there's a consultation rule.",
        ),
        ("Nadia", "There might be. Leave that with me, I'll check the lease terms."),
        ("Gustavo", "Anything else? No? Good, I've got a boiler to look at."),
    ),
    actions=(
        Action("Femi", ("talk", "move"), TODAY),
        Action("Gustavo", ("roofer",), END_OF_NEXT_WEEK),
        Action("Chen", ("book", "collection"), FRIDAY),
        Action("Nadia", ("check", "lease"), None),
    ),
    decisions=(
        ("offer", "flat"),
        ("bulky", "waste", "collection"),
    ),
    questions=(
        ("old", "contractor", "framework"),
        ("tell", "residents"),
    ),
)

LOCALIZATION_SYNC = Meeting(
    name="localization_sync",
    lines=(
        (
            "Yuki",
            "Let's go through the release strings. We've got about eleven hundred new strings "
            "for the December release.",
        ),
        ("Pierre", "French and German are done, Spanish is at about eighty percent."),
        (
            "Amara",
            "Japanese is the problem. The agency missed their deadline again and they're "
            "saying Friday now.",
        ),
        (
            "Yuki",
            "That's the third time. I think we should move Japanese in-house for this "
            "release and deal with the agency after.",
        ),
        ("Mateus", "Makes sense to me."),
        ("Yuki", "Okay, decided, Japanese goes to Keiko for this release."),
        ("Amara", "I'll send Keiko the string export today."),
        ("Sana", "Someone should tell the agency too, politely."),
        ("Yuki", "That's me, I'll email their account manager tomorrow."),
        (
            "Pierre",
            "The other thing is the button labels in German, they're overflowing on the "
            "checkout page. Zahlungspflichtig bestellen just doesn't fit.",
        ),
        ("Mateus", "Design could make the buttons wider, or we could let the text wrap."),
        ("Pierre", "Wrapping looks awful though."),
        ("Mateus", "I'll raise it with design at Wednesday's review and ask for wider buttons."),
        (
            "Sana",
            "Are we doing right-to-left for Arabic in this release or the next one? I've seen "
            "both in different documents.",
        ),
        (
            "Yuki",
            "Nobody's signed that off yet, honestly. Let's leave it open until product decides.",
        ),
        (
            "Amara",
            "Also, the glossary. We keep getting workspace translated three different ways "
            "in Spanish.",
        ),
        (
            "Pierre",
            "We should lock the glossary terms in the tool so translators can't override them.",
        ),
        ("Yuki", "Agreed, let's lock the glossary for all languages."),
        ("Pierre", "I'll turn on the glossary lock in the tool by Thursday."),
        ("Sana", "Great. And the Spanish, any chance it's done before Wednesday?"),
        ("Pierre", "Probably, they're fast. I'm not promising anything though."),
        ("Yuki", "Okay. Thanks, everyone."),
    ),
    actions=(
        Action("Amara", ("string", "export"), TODAY),
        Action("Yuki", ("email", "account", "manager"), TOMORROW),
        Action("Mateus", ("wider", "buttons"), WEDNESDAY),
        Action("Pierre", ("glossary", "lock"), THURSDAY),
    ),
    decisions=(
        ("japanese", "keiko"),
        ("lock", "glossary"),
    ),
    questions=(("arabic", "release"),),
)

GRANT_PROPOSAL = Meeting(
    name="grant_proposal",
    lines=(
        (
            "Ingrid",
            "So the deadline is the 15th of January and we've got basically nothing but an "
            "outline. Let's divide it up.",
        ),
        (
            "Babajide",
            "I wrote most of a background section for the bid that failed last year, so "
            "that's a start.",
        ),
        (
            "Ingrid",
            "Good. Babajide, can you adapt that into the new background section by the 3rd?",
        ),
        ("Babajide", "Yes, the 3rd is fine."),
        (
            "Priya",
            "The budget's the scary part. We don't know if the funder lets us include the "
            "postdoc at full cost.",
        ),
        (
            "Tomás",
            "Last round they allowed eighty percent, I think. But the rules change every call.",
        ),
        ("Ingrid", "Priya, could you email the programme officer and ask about postdoc costing?"),
        ("Priya", "I'll do it this week."),
        (
            "Tomás",
            "Do we go for three years or four? Four gives us room but it makes the budget "
            "look huge.",
        ),
        ("Ingrid", "Three. Reviewers were twitchy about length last time. We go for three years."),
        ("Priya", "Fine, that makes my life easier."),
        ("Tomás", "I'll draft the work packages then, on the three-year plan."),
        ("Ingrid", "Who's doing the letters of support? We need at least two from industry."),
        (
            "Babajide",
            "I know someone at a battery firm. Actually no, they've gone quiet. Not sure.",
        ),
        ("Ingrid", "Okay, let's come back to that. Anyone with contacts, have a think."),
        (
            "Priya",
            "And are we submitting through the university portal or directly? The research "
            "office said something about a new system.",
        ),
        ("Ingrid", "Directly, that one I checked. The portal isn't live until March."),
        ("Tomás", "Shall we set an internal deadline for a full draft?"),
        (
            "Ingrid",
            "Yes, we'll set the internal deadline at the 18th of December for a full draft, "
            "then we've got a month to polish.",
        ),
        ("Babajide", "Ambitious. But okay."),
    ),
    actions=(
        Action("Babajide", ("background", "section"), DECEMBER_3),
        Action("Priya", ("email", "programme", "officer"), END_OF_WEEK),
        Action("Tomás", ("work", "packages"), None),
    ),
    decisions=(
        ("three", "years"),
        ("internal", "deadline"),
    ),
    questions=(
        ("postdoc", "full", "cost"),
        ("letters", "support"),
    ),
)

BAKERY_PRODUCTION = Meeting(
    name="bakery_production",
    lines=(
        (
            "Giulia",
            "Right, the Christmas orders. The cafés have put in for about thirty percent "
            "more stollen than last year.",
        ),
        ("Kofi", "Can the deck oven cope with that? It was running flat out last December."),
        ("Arjun", "It can if we add an early shift. Last year we only started baking at five."),
        ("Giulia", "Okay, then from the 1st of December we start the early shift at three."),
        ("Marta", "I'll need to rework the rota for that. Give me till Wednesday."),
        ("Kofi", "Who's actually going to work at three in the morning? Nobody's volunteered."),
        ("Giulia", "That's the big unknown, yeah."),
        ("Arjun", "Marzipan. The supplier's put the price up twelve percent."),
        ("Marta", "Ouch. Do we pass that on?"),
        (
            "Giulia",
            "Not this year, the cafés have already got their price lists printed. We absorb it.",
        ),
        (
            "Arjun",
            "I'll get a quote from the Dutch supplier for next year anyway, just to compare.",
        ),
        (
            "Kofi",
            "Also the van. The refrigerated van failed its check on Friday, compressor's gone.",
        ),
        (
            "Giulia",
            "Kofi, can you get it booked into the garage tomorrow? We need it back before "
            "the Christmas rush.",
        ),
        ("Kofi", "I'll call them first thing."),
        ("Marta", "And if it's not fixed by then?"),
        ("Giulia", "Then we hire one, but let's hope not."),
        (
            "Arjun",
            "One more thing. Are we doing the gluten-free panettone again? It barely sold "
            "last year.",
        ),
        ("Giulia", "I'd like to, but let's look at the numbers before we commit."),
        ("Kofi", "I'll pull last year's sales figures for it."),
        ("Giulia", "Lovely. Back to work."),
    ),
    actions=(
        Action("Marta", ("rework", "rota"), WEDNESDAY),
        Action("Arjun", ("quote", "dutch", "supplier"), None),
        Action("Kofi", ("garage",), TOMORROW),
        Action("Kofi", ("sales", "figures"), None),
    ),
    decisions=(
        ("early", "shift"),
        ("absorb",),
    ),
    questions=(
        ("work", "three"),
        ("panettone", "again"),
    ),
)

ISSUE_TRIAGE = Meeting(
    name="issue_triage",
    lines=(
        (
            "Ravi",
            "Okay, triage. We've got forty-odd new issues since last week, and most of them "
            "are duplicates of the Windows path bug.",
        ),
        ("Elif", "I closed a bunch of them over the weekend and pointed them at the main thread."),
        ("Jonas", "The actual fix for the path bug is in my branch, it just needs a review."),
        ("Mei", "I can review it tomorrow, I'm free in the afternoon."),
        (
            "Ravi",
            "Great. Once that's merged, do we cut a patch release straight away or wait for "
            "the end of the month?",
        ),
        ("Elif", "Straight away. People are stuck on Windows."),
        ("Ravi", "Yeah, okay, patch release as soon as the fix is merged."),
        ("Jonas", "I'll do the release notes."),
        (
            "Mei",
            "What about the request to drop Python 3.9? Half the comments are for it and half "
            "are furious.",
        ),
        ("Ravi", "I'd rather not decide that today. We need download numbers first."),
        ("Elif", "I can pull the download stats by Python version this week."),
        (
            "Jonas",
            "Also, the guy who keeps opening issues in all caps. Do we have a code of "
            "conduct process, or are we making it up?",
        ),
        ("Ravi", "We're making it up, honestly."),
        ("Mei", "We should probably write one down at some point."),
        ("Ravi", "For now, I'll lock his thread and send him a polite note."),
        (
            "Jonas",
            "Fine by me. Last thing, the docs site is still on the old theme. Is anyone "
            "actually maintaining it?",
        ),
        ("Elif", "Not really. It's kind of orphaned."),
        (
            "Ravi",
            "Then let's move the docs into the main repo, so at least it's in front of everyone.",
        ),
        ("Mei", "Agreed."),
        ("Ravi", "Okay, that's the call. Thanks all."),
    ),
    actions=(
        Action("Mei", ("review",), TOMORROW),
        Action("Jonas", ("release", "notes"), None),
        Action("Elif", ("download", "stats"), END_OF_WEEK),
        Action("Ravi", ("lock", "thread"), None),
    ),
    decisions=(
        ("patch", "release", "merged"),
        ("docs", "main", "repo"),
    ),
    questions=(("drop", "python"),),
)

FOOTBALL_CLUB = Meeting(
    name="football_club",
    lines=(
        ("Declan", "Right, let's crack on. Pitches first."),
        (
            "Fatima",
            "The council's closing the top pitch for drainage work from December. They "
            "reckon it'll be shut till February.",
        ),
        ("Hiroshi", "So the under-tens have nowhere to train on Tuesday nights."),
        (
            "Zanele",
            "The school next door has an artificial pitch. They rent it out, I think, but I "
            "don't know the price.",
        ),
        ("Declan", "Zanele, could you ask the school about renting it, say by Friday?"),
        ("Zanele", "Yes, I know the caretaker, I'll pop in."),
        ("Fatima", "Subs. We've got eleven families who haven't paid this term."),
        ("Hiroshi", "Some of them genuinely can't afford it, let's be honest."),
        (
            "Declan",
            "Right, so we bring in a hardship discount. Half price, no questions asked, "
            "they just have to ask a coach.",
        ),
        ("Fatima", "I'll write to all the families about it this week."),
        ("Hiroshi", "Who's going to fund the difference though? The kit budget's already tight."),
        ("Declan", "That's the question, isn't it. We'll need to look at it properly."),
        ("Zanele", "The tournament in March, are we entering two teams or three?"),
        ("Hiroshi", "Three. We've got enough kids and the coaches want it."),
        ("Declan", "Okay, three teams for the March tournament then."),
        ("Hiroshi", "I'll send the entry form off tonight, the deadline's Wednesday."),
        ("Fatima", "And safeguarding training. Two of the new coaches haven't done it yet."),
        ("Declan", "They can't coach until they have. I'll book them on the next course."),
        (
            "Zanele",
            "Great. Oh, and someone mentioned a Christmas party, but let's not go there today.",
        ),
        ("Declan", "Agreed. Thanks everyone."),
    ),
    actions=(
        Action("Zanele", ("ask", "school"), FRIDAY),
        Action("Fatima", ("write", "families"), END_OF_WEEK),
        Action("Hiroshi", ("entry", "form"), TODAY),
        Action("Declan", ("book", "course"), None),
    ),
    decisions=(
        ("hardship", "discount"),
        ("three", "teams"),
    ),
    questions=(("fund", "difference"),),
)

CONTACT_CENTRE = Meeting(
    name="contact_centre",
    lines=(
        (
            "Olga",
            "Okay, the forecast for December. Volume's going to spike the week after Black "
            "Friday, same as every year.",
        ),
        (
            "Tariq",
            "Last year we had wait times of twenty minutes on the Monday. It was a disaster.",
        ),
        (
            "Lucía",
            "We've got six agents still in training, they'll be on the phones from next week.",
        ),
        ("Olga", "Is that enough, though? What does the model say?"),
        (
            "Kenji",
            "It says we're about eight agents short on the peak days, even with the trainees.",
        ),
        (
            "Olga",
            "Then we freeze annual leave for the first two weeks of December, except what's "
            "already approved.",
        ),
        ("Ama", "People won't love that."),
        ("Olga", "I know. I'll tell the team leads myself this afternoon, before it leaks."),
        ("Tariq", "Can we borrow people from the billing team? They lent us a few once before."),
        ("Kenji", "Maybe. Their manager is on leave until Thursday though."),
        (
            "Olga",
            "Tariq, could you put together a short case for borrowing them and send it to me "
            "by next Tuesday?",
        ),
        ("Tariq", "Sure, can do."),
        ("Lucía", "What about a callback option instead of holding? That'd flatten the peaks."),
        ("Kenji", "The phone system supports it, we just never switched it on."),
        ("Olga", "Let's switch it on. The callback option goes live before the spike."),
        ("Kenji", "I'll configure it and test it with a few agents on Wednesday."),
        ("Ama", "Will customers actually use it, though? Some people just want to hold."),
        ("Lucía", "We'll find out, I guess."),
        (
            "Ama",
            "I'll update the IVR message to mention the callback, and I'll get legal to check "
            "the wording.",
        ),
        ("Olga", "Perfect. That's all, thanks."),
    ),
    actions=(
        Action("Olga", ("tell", "team", "leads"), TODAY),
        Action("Tariq", ("case", "borrowing"), NEXT_TUESDAY),
        Action("Kenji", ("configure", "test"), WEDNESDAY),
        Action("Ama", ("ivr", "message"), None),
        Action("Ama", ("legal", "wording"), None),
    ),
    decisions=(
        ("freeze", "annual", "leave"),
        ("callback", "live"),
    ),
    questions=(
        ("borrow", "billing", "team"),
        ("customers", "use"),
    ),
)

MEETINGS = (
    CLAIMS_TRIAGE,
    LIBRARY_BRANCH,
    QUALITY_REVIEW,
    PROPERTY_MAINTENANCE,
    LOCALIZATION_SYNC,
    GRANT_PROPOSAL,
    BAKERY_PRODUCTION,
    ISSUE_TRIAGE,
    FOOTBALL_CLUB,
    CONTACT_CENTRE,
)
