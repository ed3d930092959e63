"""Thirty-eighth meetings for the notes rules: another blind set, for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: a department store's Christmas window planning, a
supermarket loss-prevention review, a SaaS team's API deprecation sync, a cloud cost review,
an external audit fieldwork kick-off, a payroll bureau's year-end meeting, a school's
coursework moderation, an adult literacy programme's evening-class review, a conference
hotel's banquet event order review and a plastics plant's mould changeover meeting. People
are busy and terse: they talk over each other, joke, correct themselves, change a date
mid-sentence and often state a decision or leave a point open without saying so. The labels
are what a careful note-taker would write down; past work, hypotheticals, hedges, requests
nobody takes, polite refusals, answered questions, reported speech, sarcasm and decisions
taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon"
and "after this" are that day, a bare weekday is the next one ("Tuesday" is 24 November,
"Saturday" 28 November), "next Tuesday", "next Wednesday" and "next Friday" are those of next
week, "the 15th" is 15 December, a vague period ("this week", "end of week", "next week",
"the end of the month") is due on its last day, Sunday for weeks, and no time or "soon" has
no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_TUESDAY,
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


WINDOW_DISPLAY_PLANNING = Meeting(
    name="window_display_planning",
    lines=(
        ("Sabine", "Right, windows. Reveal's next Friday, so let's be quick."),
        ("Niklas", "Snow machine's back from repair, by the way. Works now."),
        ("Tove", "Sort of works. It spat foam at me on Friday."),
        ("Sabine", "Ha. Okay, main window: the sleigh or the bookshelf wall?"),
        ("Rasmus", "Bookshelf. The sleigh's been done to death, honestly—"),
        ("Tove", "—and it doesn't fit through the loading door anyway."),
        ("Sabine", "Bookshelf wall, then."),
        ("Sabine", "Niklas, I need the shelf brackets ordered, the heavy-duty ones."),
        ("Niklas", "On it. They're here Thursday if I do it today."),
        ("Tove", "Are we allowed real candles in window three or—"),
        ("Sabine", "LED only, head office settled that back in October."),
        (
            "Rasmus",
            "I'll mock up the lighting plan for window three by Wednesday. Actually, make "
            "that Thursday, I'm off Wednesday.",
        ),
        ("Sabine", "Fine. Someone should ring the florist about pine garlands."),
        ("Niklas", "Mm."),
        ("Tove", "I would, but I'm on the shop floor all week."),
        ("Sabine", "Okay, forget the florist, we'll use the fake garlands from last year."),
        (
            "Tove",
            "Mannequins in window two — do we dress them in the wool coats or the party range?",
        ),
        ("Rasmus", "Depends what buying wants to push. Nobody's told us."),
        ("Sabine", "Tove, photos of the finished windows for socials, on reveal night?"),
        ("Tove", "Yep, I'll bring the good camera."),
        (
            "Niklas",
            "If the brackets don't turn up we could hang the shelves off the ceiling track.",
        ),
        ("Sabine", "Let's not. I'll send the final sketches to the store manager after this."),
        ("Sabine", "Go, go."),
    ),
    actions=(
        Action("Niklas", ("brackets", "order"), TODAY),
        Action("Rasmus", ("lighting", "plan"), THURSDAY),
        Action("Tove", ("photos", "windows"), NEXT_FRIDAY),
        Action("Sabine", ("sketches", "send"), TODAY),
    ),
    decisions=(("bookshelf", "wall"), ("fake", "garlands")),
    questions=(("mannequins", "coats"),),
)

LOSS_PREVENTION_REVIEW = Meeting(
    name="loss_prevention_review",
    lines=(
        ("Palesa", "Shrinkage. The numbers are ugly this month, let's not pretend."),
        ("Zubair", "Razors and baby formula again, same as September."),
        (
            "Yolanda",
            "Self-checkout's the hole. Half the scans on till nine are bananas. Very "
            "expensive bananas, apparently.",
        ),
        ("Palesa", "Ha. Okay, till nine gets a full-time attendant from Wednesday."),
        ("Zubair", "Who pays for that, though?"),
        ("Palesa", "My labour budget, it's fine."),
        ("Olamide", "I'll redo the rota tonight so someone's on till nine from Wednesday."),
        ("Zubair", "Razors. Can they go back behind the counter?"),
        ("Palesa", "Head office said no locked displays in spring. Customer experience."),
        ("Zubair", "Then spider tags on the big packs at least."),
        ("Palesa", "Yes. How many tags have we got?"),
        ("Zubair", "Forty-ish. I'll order another two hundred tags Friday."),
        ("Yolanda", "Also the camera on aisle four's been dead since the storm."),
        ("Palesa", "Since the storm? That's three weeks, Yolanda."),
        (
            "Yolanda",
            "I logged it twice! I'll phone the contractor again today, and if they fob me "
            "off I'll go over their heads.",
        ),
        ("Olamide", "The guy from Saturday — do we press charges or not?"),
        ("Palesa", "That's the area manager's call. No idea which way she'll go."),
        ("Palesa", "I'll brief the area manager on all this Wednesday anyway."),
        ("Palesa", "Zubair, shrinkage report for area, Thursday please."),
        ("Zubair", "Thursday's tight. Friday morning?"),
        ("Palesa", "Friday then."),
        ("Yolanda", "Staff bag checks still happening?"),
        ("Palesa", "Same as always, nothing changes there."),
    ),
    actions=(
        Action("Olamide", ("rota",), TODAY),
        Action("Zubair", ("tags", "order"), FRIDAY),
        Action("Yolanda", ("contractor", "phone"), TODAY),
        Action("Palesa", ("brief", "area"), WEDNESDAY),
        Action("Zubair", ("shrinkage", "report"), FRIDAY),
    ),
    decisions=(("till", "attendant"), ("spider", "tags")),
    questions=(("press", "charges"),),
)

API_DEPRECATION_SYNC = Meeting(
    name="api_deprecation_sync",
    lines=(
        ("Vasco", "Orders API v1. Are we killing it or not?"),
        ("Reza", "Traffic's down to four percent. Mostly two partners."),
        ("Talia", "Three. The logistics one still hammers the old search endpoint."),
        ("Vasco", "Three, okay. Shutdown end of March?"),
        ("Quentin", "Works for support."),
        ("Talia", "Works for me."),
        ("Vasco", "End of March, then, hard stop."),
        ("Vasco", "Reza, the deprecation notice to partners?"),
        (
            "Reza",
            "Draft's done. I'll get it out Wednesday — no, Tuesday, before the newsletter goes.",
        ),
        ("Talia", "We should add a sunset header to the v1 responses."),
        ("Quentin", "Isn't that there already?"),
        ("Talia", "It went in last sprint, actually. Ignore me."),
        (
            "Quentin",
            "The logistics partner, do they even have an engineer anymore? Their last ticket "
            "took a month.",
        ),
        ("Vasco", "Nobody knows."),
        ("Vasco", "Talia, can you pull their call volumes by endpoint?"),
        ("Talia", "Sure, end of week."),
        ("Quentin", "I'll write a migration FAQ for the support team. Next week sometime."),
        ("Vasco", "Someone needs to put the date on the status page and the docs banner."),
        ("Reza", "Leave it with me."),
        ("Reza", "We could offer them a paid extension if they beg."),
        ("Vasco", "Maybe. Let's not promise anything."),
        ("Vasco", "I'll tell the account managers today so nobody's blindsided."),
        ("Vasco", "And v2 rate limits stay as they are, no bump for migrators."),
        ("Talia", "They'll hate that."),
        ("Vasco", "They'll live."),
    ),
    actions=(
        Action("Reza", ("deprecation", "notice"), TOMORROW),
        Action("Talia", ("volumes", "endpoint"), END_OF_WEEK),
        Action("Quentin", ("migration", "faq"), END_OF_NEXT_WEEK),
        Action("Reza", ("status", "page"), None),
        Action("Vasco", ("account", "managers"), TODAY),
    ),
    decisions=(("march", "stop"), ("rate", "limits")),
    questions=(("logistics", "engineer"),),
)

CLOUD_COST_REVIEW = Meeting(
    name="cloud_cost_review",
    lines=(
        ("Yuna", "Cloud bill. Up eighteen percent. Go."),
        ("Soren", "GPU pool for the recommender. Someone left it at twenty nodes all weekend."),
        ("Ugo", "That was me. Load test. Sorry."),
        ("Yuna", "It happens. Autoscaling floor for that pool goes to two."),
        ("Phoebe", "Two's low for Black Friday, though—"),
        ("Soren", "—I'll bump the pool by hand Thursday night and drop it back after."),
        ("Yuna", "Storage. Who owns those old snapshot buckets? Four terabytes of nothing."),
        ("Ugo", "Data team? Or the old analytics lot. No clue."),
        ("Yuna", "Well, I'm not deleting anything I can't name."),
        ("Phoebe", "Reserved instances expire on the 15th, by the way."),
        ("Yuna", "Renew?"),
        ("Phoebe", "Renew for one year, not three, too much is changing."),
        ("Yuna", "Fine. Phoebe's doing the renewal, before the 15th."),
        ("Phoebe", "Yep."),
        ("Soren", "Tagging's still a mess. Half the resources have no team tag."),
        ("Yuna", "Ugo, you've earned this one. Tag audit, by next Friday."),
        ("Ugo", "Fair. Yes."),
        ("Soren", "If we moved logs to cold storage we'd save maybe two grand a month."),
        ("Yuna", "Numbers, please, then we'll talk."),
        ("Soren", "Sure, I'll cost up the cold storage move next week."),
        ("Ugo", "Finance wants a monthly cost email too, they said so at the all-hands."),
        ("Yuna", "Mm. Later. Done, thanks all."),
    ),
    actions=(
        Action("Soren", ("bump", "pool"), THURSDAY),
        Action("Phoebe", ("renewal",), THE_15TH),
        Action("Ugo", ("tag", "audit"), NEXT_FRIDAY),
        Action("Soren", ("cold", "storage"), END_OF_NEXT_WEEK),
    ),
    decisions=(("autoscaling", "floor"), ("renew", "year")),
    questions=(("snapshot", "buckets"),),
)

AUDIT_FIELDWORK_KICKOFF = Meeting(
    name="audit_fieldwork_kickoff",
    lines=(
        ("Radek", "Morning. Fieldwork starts next Monday, on site, three weeks."),
        ("Wanda", "Two of those, please. The plant shuts for Christmas on the 18th."),
        ("Radek", "Two weeks on site and the rest remote, fine."),
        ("Radek", "Wanda, the PBC list we sent on the 2nd—"),
        ("Wanda", "I know, I know. Most of it's in the data room already."),
        ("Radek", "Bank confirmations are what worry me."),
        ("Xander", "I'll send the confirmation requests to the banks tomorrow, all six."),
        ("Wanda", "Five. We closed the Pekao account in August."),
        ("Xander", "Five, then."),
        ("Ondrej", "Inventory count's Saturday. Lodz as well, or just the main warehouse?"),
        ("Radek", "Both."),
        ("Ondrej", "Sure, I'll cover the Lodz count on Saturday."),
        ("Radek", "Wanda, can you get Ondrej and Xander data room logins by Friday?"),
        ("Wanda", "Sure."),
        ("Wanda", "You'll want revenue cut-off testing again? That was painful last year."),
        ("Radek", "Yes, same as last year."),
        ("Radek", "The leasing adjustment — has your board actually signed it off?"),
        ("Wanda", "They meet on the 10th. Could go either way."),
        ("Wanda", "I'll get you the fixed asset register by Wednesday."),
        ("Radek", "Great. Materiality stays at the planning figure, we're not reopening it."),
        ("Xander", "If controls testing goes badly we'll need bigger samples."),
        ("Radek", "Let's hope not. I'll circulate the timetable after this."),
    ),
    actions=(
        Action("Xander", ("confirmation", "banks"), TOMORROW),
        Action("Ondrej", ("lodz", "count"), SATURDAY),
        Action("Wanda", ("logins",), FRIDAY),
        Action("Wanda", ("asset", "register"), WEDNESDAY),
        Action("Radek", ("timetable", "circulate"), TODAY),
    ),
    decisions=(("site", "remote"), ("materiality", "planning")),
    questions=(("leasing", "adjustment"),),
)

PAYROLL_YEAR_END = Meeting(
    name="payroll_year_end",
    lines=(
        ("Orsolya", "December run. We pay early, on the 18th, as always."),
        ("Nadine", "Harbour Foods' bonus file isn't in."),
        ("Orsolya", "Again?"),
        ("Nadine", "They said Friday. They said that last Friday too."),
        ("Orsolya", "Nadine, chase Harbour Foods for that bonus file today, and copy me."),
        ("Nadine", "Will do."),
        ("Tarek", "The new tax credits load automatically now, right?"),
        ("Vera", "Since the January update, yes."),
        (
            "Vera",
            "What isn't automatic is the Christmas party. Does that go through payroll as a "
            "benefit?",
        ),
        ("Orsolya", "Under the limit this year, so the party stays out of payroll."),
        ("Tarek", "I'll run the parallel test for the new pension rates Thursday."),
        ("Orsolya", "Wednesday, Tarek, Thursday's the cut-off."),
        ("Tarek", "Wednesday. Fine."),
        ("Vera", "Someone ought to update the year-end checklist, it still has the old bank."),
        ("Nadine", "Not me, I did it last year."),
        ("Orsolya", "Vera, you found it, it's yours."),
        ("Vera", "Ugh. Fine. End of the month."),
        (
            "Tarek",
            "Are we still printing payslips for Doyle's, or are they finally going online?",
        ),
        ("Orsolya", "Their HR hasn't said."),
        ("Orsolya", "From January, no more bonus files by email, portal only."),
        ("Nadine", "Harbour Foods will love that."),
        ("Orsolya", "I'll tell the clients about the portal in the December newsletter."),
    ),
    actions=(
        Action("Nadine", ("chase", "bonus"), TODAY),
        Action("Tarek", ("parallel", "test"), WEDNESDAY),
        Action("Vera", ("checklist", "update"), END_OF_MONTH),
        Action("Orsolya", ("clients", "portal"), None),
    ),
    decisions=(("party", "payroll"), ("portal", "email")),
    questions=(("payslips", "online"),),
)

COURSEWORK_MODERATION = Meeting(
    name="coursework_moderation",
    lines=(
        ("Petra", "Moderation. We sampled twelve folders and the marks are — well."),
        ("Silas", "Generous. Say it."),
        ("Petra", "Generous. Year eleven especially."),
        ("Uma", "That's my set. I think I marked against the old criteria."),
        ("Petra", "Okay."),
        (
            "Uma",
            "I'll remark the whole set against the new grid. By Friday — no, give me till "
            "next Wednesday, there's parents' evening.",
        ),
        ("Silas", "Can the two of us double-mark the borderline ones from now on?"),
        ("Petra", "Yes. Anything within three marks of a boundary gets two markers."),
        ("Yvette", "Exam board deadline's the 15th, isn't it?"),
        ("Petra", "The 15th, yes."),
        ("Petra", "Yvette, can you upload the marks once Uma's done?"),
        ("Yvette", "Yep, they'll be up well before the 15th."),
        ("Silas", "And the kid whose folder got water damaged, what do we do there?"),
        ("Petra", "Honestly, don't know. The board might take photos, might not."),
        ("Uma", "I could ring them—"),
        ("Petra", "—no, leave it, the exams officer's already on it."),
        ("Silas", "I'll write up the moderation notes tonight and email them round."),
        ("Petra", "I'll resend everyone the new grid this afternoon, so no excuses."),
        ("Petra", "And year ten uses the new grid from January, no going back."),
        ("Yvette", "Fine by me."),
        ("Uma", "Sorry again, everyone."),
        ("Petra", "It happens. Tea?"),
    ),
    actions=(
        Action("Uma", ("remark",), NEXT_WEDNESDAY),
        Action("Yvette", ("upload", "marks"), THE_15TH),
        Action("Silas", ("moderation", "notes"), TODAY),
        Action("Petra", ("grid",), TODAY),
    ),
    decisions=(("boundary", "markers"), ("grid", "january")),
    questions=(("folder", "damaged"),),
)

ADULT_LITERACY_EVENINGS = Meeting(
    name="adult_literacy_evenings",
    lines=(
        ("Nyambura", "Evening classes. Enrolment's forty-one, we budgeted for sixty."),
        ("Quim", "Tuesday group's basically full. It's Thursday nobody comes to."),
        ("Salome", "Because the last bus goes at eight on Thursdays."),
        ("Nyambura", "Seriously? Okay, the Thursday class moves to Wednesday from January."),
        ("Viggo", "Is the room free Wednesdays?"),
        ("Salome", "Room twelve is. I checked."),
        ("Nyambura", "Salome, book room twelve for the spring term?"),
        ("Salome", "Done by Wednesday."),
        ("Quim", "Flyers. We printed a load in September and they're wrong now."),
        (
            "Viggo",
            "I'll redo the flyer with the new day and get it to the library and the mosque "
            "by next Tuesday.",
        ),
        ("Nyambura", "Good. Quim, volunteer tutors, how many are we short?"),
        ("Quim", "Three, maybe four. I'll put a call out through the volunteer centre this week."),
        (
            "Salome",
            "Do the funders still want reading age scores every term, or did that go with "
            "the new contract?",
        ),
        ("Nyambura", "Nobody at the council can tell me. I've asked twice."),
        ("Quim", "Oh — the summer group's certificates, did those ever go out?"),
        ("Viggo", "Posted last week."),
        ("Nyambura", "Right. I'll update the enrolment forecast for the board, Friday."),
    ),
    actions=(
        Action("Salome", ("room", "book"), WEDNESDAY),
        Action("Viggo", ("flyer",), NEXT_TUESDAY),
        Action("Quim", ("volunteer",), END_OF_WEEK),
        Action("Nyambura", ("enrolment", "forecast"), FRIDAY),
    ),
    decisions=(("moves", "wednesday"),),
    questions=(("funders", "scores"),),
)

BANQUET_EVENT_REVIEW = Meeting(
    name="banquet_event_review",
    lines=(
        ("Zeynep", "BEOs. Big one's the pharma gala on the 3rd, two hundred and twenty covers."),
        ("Pascale", "Two forty. They added a table on Friday."),
        ("Zeynep", "Two forty. Lovely. Otto?"),
        ("Otto", "Two forty's fine for the main. The vegan count I don't have."),
        ("Pascale", "I'll get the final dietary numbers from the client by Wednesday."),
        ("Otto", "Thursday latest or I can't order—"),
        ("Pascale", "—Wednesday, I said Wednesday."),
        ("Teodora", "Staffing. I need twelve extra servers and the agency's being funny."),
        ("Zeynep", "Funny how?"),
        ("Teodora", "Their rates go up in December, apparently."),
        ("Zeynep", "Pay the agency rate, we're not running a gala with half a team."),
        ("Teodora", "Okay, I'll confirm the twelve servers with them this afternoon."),
        ("Otto", "Dessert. They wanted the flambe thing at the tables."),
        ("Zeynep", "In the ballroom? With those curtains? No, plated dessert."),
        ("Pascale", "They'll ask me why."),
        ("Zeynep", "Fire regulations. Which is true."),
        ("Otto", "I'll send you the costing for the plated version by Thursday."),
        ("Otto", "Wine pairing or house wine? The contract doesn't say."),
        ("Pascale", "They keep dodging it."),
        ("Pascale", "Rehearsal time's a mess too, the contract says four and six."),
        ("Zeynep", "That's your contract, Pascale."),
        ("Pascale", "Fair. I'll sort the rehearsal time with their planner tomorrow."),
        ("Zeynep", "Table plan?"),
        ("Teodora", "Leave it with me, table plan by Friday."),
        ("Otto", "If they go over two fifty we'd need the second kitchen."),
        ("Zeynep", "They won't. Next BEO."),
    ),
    actions=(
        Action("Pascale", ("dietary", "numbers"), WEDNESDAY),
        Action("Teodora", ("servers", "confirm"), TODAY),
        Action("Otto", ("costing",), THURSDAY),
        Action("Pascale", ("rehearsal",), TOMORROW),
        Action("Teodora", ("table", "plan"), FRIDAY),
    ),
    decisions=(("agency", "rate"), ("plated", "dessert")),
    questions=(("wine", "pairing"),),
)

MOULDING_CHANGEOVER = Meeting(
    name="moulding_changeover",
    lines=(
        ("Santiago", "Changeovers. Press four's averaging ninety minutes. Target was forty-five."),
        ("Valeria", "Mould carts. We've got one cart that takes the big tools. One."),
        ("Rosita", "And half the time the tool's cold when it gets there."),
        ("Santiago", "So we preheat before every changeover, and it goes on the checklist."),
        ("Norberto", "Who's writing it in?"),
        ("Rosita", "Me. I'll update the checklist and laminate it this afternoon."),
        ("Valeria", "Second cart. The quote was eleven thousand."),
        ("Santiago", "Eleven? For a cart?"),
        ("Valeria", "It's got a hydraulic table, Santiago."),
        (
            "Santiago",
            "Get me a second quote before I take it to the plant manager. Next Friday's fine.",
        ),
        ("Valeria", "Okay."),
        ("Norberto", "SMED training, night shift too, or just days again?"),
        ("Santiago", "Days and nights, both shifts."),
        ("Norberto", "I'll get the night sessions on the rota by Friday."),
        (
            "Rosita",
            "Does the customer still want the blue housings in January, or did they push "
            "them to March?",
        ),
        ("Santiago", "Purchasing thinks March. Thinks."),
        ("Valeria", "If it's March we could leave the blue tool in storage."),
        ("Santiago", "Let's wait. Norberto, I'd love a video of a good changeover for training."),
        ("Norberto", "Ha. Show me a good one first."),
        ("Santiago", "Fair. I'll time the next three changeovers myself, tomorrow and Wednesday."),
    ),
    actions=(
        Action("Rosita", ("checklist", "update"), TODAY),
        Action("Valeria", ("quote",), NEXT_FRIDAY),
        Action("Norberto", ("night", "sessions"), FRIDAY),
        Action("Santiago", ("time", "changeovers"), WEDNESDAY),
    ),
    decisions=(("preheat", "checklist"), ("nights", "shifts")),
    questions=(("blue", "housings"),),
)

MEETINGS = (
    WINDOW_DISPLAY_PLANNING,
    LOSS_PREVENTION_REVIEW,
    API_DEPRECATION_SYNC,
    CLOUD_COST_REVIEW,
    AUDIT_FIELDWORK_KICKOFF,
    PAYROLL_YEAR_END,
    COURSEWORK_MODERATION,
    ADULT_LITERACY_EVENINGS,
    BANQUET_EVENT_REVIEW,
    MOULDING_CHANGEOVER,
)
