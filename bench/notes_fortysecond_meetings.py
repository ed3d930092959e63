"""Fortysecond meetings for the notes rules: another set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in ten
kinds of meeting those sets lack: a marketing agency's influencer campaign review, a branding
agency's rebrand pitch prep, a commercial real estate lease renewals meeting, a new-build homes
sales suite meeting, a harbour pilots' roster meeting, a ship chandler's order meeting, a
university exams office timetabling meeting, a university international office visa compliance
meeting, an equine vet practice meeting and a neon sign workshop meeting. Some are ordinary, some
terse and fast, with decisions and open points stated without signal words, and work changes
hands when someone says no and someone else takes it. People talk as they do: fillers, asides,
jokes, interruptions, self-corrections, a date changed mid-sentence, commitments in many forms,
due dates in many forms or none. The labels are what a careful note-taker would write down; past
work, things that happen anyway, hypotheticals, hedges, requests nobody takes, polite refusals,
answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are there to
be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon" and
"after this" are that day, a bare weekday is the next one ("Tuesday" is 24 November, "Saturday"
is 28 November, "Monday" is 30 November), "next Tuesday", "next Wednesday" and "next Friday" are
those of next week, "the 3rd" is 3 December and "the 15th" is 15 December, a vague period ("this
week", "the end of the week", "next week") is due on its last day, Sunday for weeks, and "soon",
"no rush" or no time at all has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    DECEMBER_3,
    END_OF_WEEK,
    FRIDAY,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_MONDAY,
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


INFLUENCER_CAMPAIGN = Meeting(
    name="influencer_campaign_review",
    lines=(
        (
            "Marit",
            "Right, morning. Let's get into the Fizzwell influencer numbers before the client "
            "call, um, because they will ask.",
        ),
        (
            "Yaw",
            "So, headline: the reels did about two point one million views, engagement's up, "
            "but the cost per click on the TikTok side is, honestly, ugly.",
        ),
        ("Noelani", "Ugly how ugly?"),
        (
            "Yaw",
            "Like, double the benchmark. I pulled the breakdown last Thursday and sent it round.",
        ),
        ("Marit", "Okay. Sorcha, did the two macro creators ever deliver their second posts?"),
        (
            "Sorcha",
            "One did. The other one, Bruna, says she'll post hers Wednesday, but she's said "
            "that twice now.",
        ),
        ("Marit", "Can you get on to her today?"),
        ("Sorcha", "Yep, I'll chase Bruna straight after this."),
        (
            "Marit",
            "Thanks. And let's drop the TikTok boost for December and move that budget into "
            "Instagram, the numbers aren't there.",
        ),
        ("Noelani", "If they push back we could throw in a bonus post for free, I suppose."),
        ("Yaw", "Or we could all just move to Instagram and live there. Great plan, love it."),
        (
            "Marit",
            "Ha. Yaw, could you redo the deck slide with the new December split? The call's "
            "Thursday.",
        ),
        ("Yaw", "Sure, I'll have the slide done by Wednesday morning."),
        ("Noelani", "Are the tracking links still live, by the way?"),
        ("Yaw", "Yes, I checked them this morning."),
        (
            "Noelani",
            "Cool. I'll draft the talking points and send them to you tomorrow, actually no, "
            "Wednesday, tomorrow's a wall of workshops.",
        ),
        ("Sorcha", "Someone really should rewrite the creator brief template, it's ancient."),
        ("Marit", "Agreed, but not this month."),
        ("Sorcha", "Do we know if Fizzwell wants the usage rights extended into January?"),
        ("Marit", "No idea, nobody's asked them yet."),
        ("Marit", "And I'll talk to finance today about holding back Bruna's fee."),
    ),
    actions=(
        Action("Sorcha", ("chase", "bruna"), TODAY),
        Action("Yaw", ("slide",), WEDNESDAY),
        Action("Noelani", ("talking", "points"), WEDNESDAY),
        Action("Marit", ("finance", "fee"), TODAY),
    ),
    decisions=(("tiktok", "boost", "instagram"),),
    questions=(("usage", "rights", "january"),),
)

REBRAND_PITCH = Meeting(
    name="rebrand_pitch_prep",
    lines=(
        ("Quincy", "Pitch is Friday. Three things: name, deck, budget."),
        ("Thea", "Name shortlist's down to two. Orchard Lane and Wildfall."),
        ("Quincy", "Wildfall it is. Orchard Lane tested badly."),
        ("Rutger", "Deck needs the packaging mockups. Mine, Wednesday."),
        ("Orlaith", "Budget. Their procurement said forty k ceiling."),
        ("Quincy", "We pitch forty-five with a phased option."),
        ("Orlaith", "Two stages or three for the phasing?"),
        ("Quincy", "Not settled. Depends on the costing."),
        ("Quincy", "Orlaith, costing by Thursday?"),
        ("Orlaith", "Can't, I'm at the Leeds shoot Wednesday and Thursday."),
        ("Thea", "I'll take the costing. Thursday noon."),
        ("Rutger", "Photography?"),
        ("Quincy", "Stock imagery for the pitch. A real shoot only if we win."),
        ("Thea", "Name rationale one-pager too. I'll have it by tomorrow."),
        ("Rutger", "Who's sending the NDA back?"),
        ("Quincy", "Signed it Friday. Done."),
        ("Orlaith", "Their attendee list, still nothing."),
        ("Quincy", "Rehearsal's Thursday four pm as usual. I'll book the big room today."),
    ),
    actions=(
        Action("Rutger", ("packaging", "mockups"), WEDNESDAY),
        Action("Thea", ("costing",), THURSDAY),
        Action("Thea", ("rationale",), TOMORROW),
        Action("Quincy", ("book", "room"), TODAY),
    ),
    decisions=(("wildfall",), ("phased", "option"), ("stock", "pitch")),
    questions=(("stages", "phasing"), ("attendee", "list")),
)

LEASE_RENEWALS = Meeting(
    name="commercial_lease_renewals",
    lines=(
        (
            "Tahmina",
            "Okay, let's do the renewals list. There are, what, six leases expiring in the "
            "first quarter?",
        ),
        ("Valentin", "Seven, actually, I added the dental clinic on level three last week."),
        ("Tahmina", "Seven. Right. Start with the co-working tenant on twelve."),
        (
            "Wren",
            "They want a three-year renewal but with a break clause at eighteen months. Their "
            "CFO told me they're reviewing headcount, whatever that means.",
        ),
        ("Nasir", "Which basically means they might leave."),
        ("Tahmina", "Fine, we offer the break clause but at twenty-four months, not eighteen."),
        ("Tahmina", "Wren, can you put that to them this week?"),
        ("Wren", "Yeah, I'll send them the heads of terms by Friday."),
        (
            "Valentin",
            "The dental clinic wants to know if we'll fund their fit-out. I said I'd check.",
        ),
        (
            "Tahmina",
            "We don't fund fit-outs, full stop, the board settled that back in September.",
        ),
        ("Valentin", "Okay, I'll tell the dental clinic tomorrow, gently."),
        (
            "Nasir",
            "The rent review on the ground-floor cafe, the valuer's report came in at twelve "
            "percent over passing rent.",
        ),
        ("Tahmina", "Twelve. Hm. Nasir, can you get a second valuation? I don't trust that one."),
        (
            "Nasir",
            "I could, but honestly I'm snowed under with the Jurong handover until mid-December.",
        ),
        (
            "Valentin",
            "I'll take the valuation, I know a valuer at, well, I know a valuer. I'll have "
            "quotes by next Wednesday.",
        ),
        ("Tahmina", "Great. And let's hold the cafe's rent flat until the second valuation's in."),
        (
            "Wren",
            "Are we going to pass the new service charge increase on to the renewals, or "
            "absorb it?",
        ),
        ("Tahmina", "Good question. I genuinely don't know yet, it depends on the budget."),
        ("Nasir", "I might look at the signage on level five at some point."),
        ("Tahmina", "I'll update the renewals tracker tonight and circulate it."),
    ),
    actions=(
        Action("Wren", ("heads", "terms"), FRIDAY),
        Action("Valentin", ("dental", "clinic"), TOMORROW),
        Action("Valentin", ("valuation",), NEXT_WEDNESDAY),
        Action("Tahmina", ("renewals", "tracker"), TODAY),
    ),
    decisions=(("break", "clause"), ("rent", "flat")),
    questions=(("service", "charge"),),
)

NEW_BUILD_SALES = Meeting(
    name="new_build_sales_suite",
    lines=(
        (
            "Zuri",
            "Morning! Okay, so we've got twenty-three reservations on phase two, which is, "
            "honestly, better than I feared.",
        ),
        ("Odette", "Twenty-four, the couple from Saturday signed this morning."),
        ("Zuri", "Oh, brilliant. Twenty-four."),
        (
            "Prakash",
            "The show home's boiler packed in again on Friday. Plumber came, it's fine now.",
        ),
        ("Zuri", "Of course it did. Lovely timing, as ever."),
        (
            "Ulla",
            "Big issue is plot fourteen. The buyer's mortgage offer expires on the 15th and "
            "completion is looking tight.",
        ),
        ("Zuri", "Can we get the build team to give us a firm completion date?"),
        ("Prakash", "I'll get a firm completion date out of site by Wednesday."),
        (
            "Ulla",
            "And I'll warn the buyer's solicitor, well, not warn, update the solicitor. Tomorrow.",
        ),
        (
            "Zuri",
            "Right, the incentive. We're switching from paid stamp duty to a flooring package "
            "for phase two.",
        ),
        ("Odette", "Does that affect people who already reserved?"),
        ("Zuri", "No, existing reservations keep their offer, that's in the contract."),
        ("Zuri", "Odette, can you update the brochure insert for the flooring offer?"),
        ("Odette", "Sure, I'll get the brochure done by the end of the week."),
        ("Prakash", "Someone really needs to redo the parking signs at the show home."),
        ("Zuri", "Mm. Yeah."),
        (
            "Ulla",
            "What happens with the reservation fee if the plot fourteen buyer pulls out, do we "
            "refund it?",
        ),
        ("Zuri", "I'd have to check, I don't actually know."),
        ("Zuri", "I'll ask legal on Thursday, I'm seeing them anyway."),
        ("Zuri", "Oh, and the open day moves to Saturday the fifth, not this Saturday."),
        ("Prakash", "Then I'll order the balloons, the flags, the whole circus."),
    ),
    actions=(
        Action("Prakash", ("completion", "date"), WEDNESDAY),
        Action("Ulla", ("solicitor",), TOMORROW),
        Action("Odette", ("brochure",), END_OF_WEEK),
        Action("Zuri", ("legal",), THURSDAY),
        Action("Prakash", ("order", "balloons"), None),
    ),
    decisions=(("flooring", "package"), ("open", "day")),
    questions=(("reservation", "fee"),),
)

PILOTS_ROSTER = Meeting(
    name="harbour_pilots_roster",
    lines=(
        ("Tobin", "Roster. December. Go."),
        ("Sevda", "Three pilots on leave the week of the 14th. We're short for the LNG arrivals."),
        ("Tobin", "Two LNG arrivals that week, both night tides."),
        ("Vusi", "Can't do nights that week. Medical."),
        ("Mireia", "First LNG arrival's mine."),
        ("Tobin", "Second LNG arrival uncovered for now."),
        ("Tobin", "Sevda, ask Hoek van Holland station for a loan pilot."),
        ("Sevda", "Loan pilot, by Wednesday."),
        ("Tobin", "Pilot boat two's out for refit from the 1st. Boat three takes its slots."),
        ("Vusi", "Harbour master says the new berth lights are delayed again."),
        (
            "Vusi",
            "Refresher training for the new tug procedures. Everyone needs it before January.",
        ),
        ("Tobin", "Vusi, schedule it."),
        ("Vusi", "Not me, I'm not certified to sign it off. Mireia is."),
        ("Mireia", "Fine, training's mine. Dates out by next Friday."),
        ("Sevda", "Fog protocol changing?"),
        ("Tobin", "No. Same as last winter."),
        ("Tobin", "Swap requests in writing only. No more WhatsApp swaps."),
        ("Vusi", "I'll send my medical note to HR today."),
        ("Tobin", "Draft roster out Friday. Me."),
    ),
    actions=(
        Action("Mireia", ("lng",), None),
        Action("Sevda", ("loan", "pilot"), WEDNESDAY),
        Action("Mireia", ("training",), NEXT_FRIDAY),
        Action("Vusi", ("medical", "note"), TODAY),
        Action("Tobin", ("draft", "roster"), FRIDAY),
    ),
    decisions=(("boat", "three", "slots"), ("swap", "requests", "writing")),
    questions=(("second", "lng", "uncovered"),),
)

CHANDLERY_ORDERS = Meeting(
    name="ship_chandlery_orders",
    lines=(
        (
            "Nikos",
            "Okay, kalimera, let's go through this week's orders before the phones start.",
        ),
        (
            "Perpetua",
            "The bulk carrier at the anchorage, the Aegean Dawn, wants provisions for "
            "twenty-two crew, delivery Wednesday by launch.",
        ),
        (
            "Oren",
            "Wednesday's fine for dry stores, but the fresh veg supplier is closed Wednesday, "
            "it's some saint's day.",
        ),
        (
            "Nikos",
            "Then fresh goes Tuesday evening into the cold store and out with the rest on "
            "Wednesday morning.",
        ),
        ("Nikos", "Oren, you'll sort the cold store space?"),
        ("Oren", "Yeah, I'll book the cold store tomorrow."),
        (
            "Selin",
            "The tanker at Perama still hasn't paid the October invoice. It's, what, forty "
            "days now.",
        ),
        ("Nikos", "Forty-three. I checked."),
        ("Selin", "I emailed their agent twice last week."),
        ("Nikos", "Then no more credit for them, cash on delivery until it's cleared."),
        ("Selin", "I'll tell the agent today, and I'll copy the captain."),
        ("Selin", "If that tanker company goes bust we'll never see that money."),
        ("Oren", "We'd get a lot of anchors, though."),
        (
            "Perpetua",
            "Also the bonded store. Customs want the stock reconciliation before their audit.",
        ),
        ("Nikos", "When's the audit?"),
        ("Perpetua", "They haven't said. December sometime."),
        ("Nikos", "Can someone do the reconciliation?"),
        ("Oren", "Not me, sorry, I'm on the launches all week."),
        ("Perpetua", "I'll do the reconciliation. By the 3rd, if the system behaves."),
        (
            "Perpetua",
            "Oh, and the Aegean Dawn's captain wants two cases of, um, medicinal whisky.",
        ),
        ("Nikos", "Bonded, so paperwork. Perpetua, add it to the customs declaration?"),
        ("Perpetua", "Okay, it'll be on the declaration by Tuesday."),
        ("Nikos", "And I'll call the veg supplier myself this afternoon about the holiday."),
    ),
    actions=(
        Action("Oren", ("cold", "store"), TOMORROW),
        Action("Selin", ("agent",), TODAY),
        Action("Perpetua", ("reconciliation",), DECEMBER_3),
        Action("Perpetua", ("customs", "declaration"), TOMORROW),
        Action("Nikos", ("veg", "supplier"), TODAY),
    ),
    decisions=(("fresh", "cold", "store"), ("cash", "delivery")),
    questions=(("audit",),),
)

EXAMS_TIMETABLING = Meeting(
    name="exams_office_timetabling",
    lines=(
        ("Madhuri", "January timetable. Draft two went out Friday. Clashes?"),
        ("Wilbur", "Fourteen clashes. Eleven joint honours, three resits."),
        ("Madhuri", "Joint honours first. Wilbur, can you resolve the clashes by Wednesday?"),
        ("Wilbur", "Wednesday's fine."),
        ("Roisin", "Resits can't move, Senate fixed those dates in October."),
        ("Osei", "Venue. Sports hall's booked for the basketball tournament on the 12th."),
        ("Madhuri", "Big papers go to the Exhibition Centre instead."),
        ("Osei", "I'll confirm the Exhibition Centre booking by Thursday."),
        ("Roisin", "Invigilators. Forty short."),
        ("Madhuri", "Postgrads at the usual rate, no agency this year."),
        ("Roisin", "I'll put the invigilator call out to postgrads today."),
        ("Wilbur", "Extra time students. Disability service still hasn't sent the list."),
        ("Madhuri", "Chase them, Wilbur."),
        ("Wilbur", "I've chased twice, they ignore me. Osei knows their head of service."),
        ("Osei", "Fine. I'll ring her tomorrow about the disability list."),
        ("Roisin", "Online exams for the distance learners: proctoring or not, still undecided."),
        ("Madhuri", "Final timetable publishes on the 15th, as every year."),
        ("Madhuri", "I'll send draft three to heads of school next Tuesday."),
    ),
    actions=(
        Action("Wilbur", ("clashes",), WEDNESDAY),
        Action("Osei", ("exhibition", "booking"), THURSDAY),
        Action("Roisin", ("invigilator", "postgrads"), TODAY),
        Action("Osei", ("disability", "list"), TOMORROW),
        Action("Madhuri", ("draft",), NEXT_TUESDAY),
    ),
    decisions=(("exhibition", "centre"), ("postgrads", "agency")),
    questions=(("proctoring",),),
)

VISA_COMPLIANCE = Meeting(
    name="student_visa_compliance",
    lines=(
        (
            "Nuala",
            "Okay, hi everyone, sorry, two minutes late, the lift's broken again. Let's start.",
        ),
        ("Tariku", "So the big one: the department's new attendance rules kick in on 1 February."),
        (
            "Nuala",
            "Right, and our reporting has to be ready before then. Where are we with the "
            "attendance export?",
        ),
        ("Susannah", "IT said they'd have the export working by Christmas, but, you know, IT."),
        ("Nuala", "Ha. Okay. Susannah, can you get a firm date out of them?"),
        ("Susannah", "Yeah, I'll push them on the export this week."),
        (
            "Yewande",
            "Also, we've got, um, thirty-one students whose CoEs expire before their course "
            "ends. Thirty-one.",
        ),
        ("Nuala", "Thirty-one? Okay, they each need a letter."),
        (
            "Yewande",
            "I can draft the template, but I can't send thirty-one letters on my own, I'm on "
            "leave from Friday.",
        ),
        (
            "Tariku",
            "I'll send them. You do the template by Wednesday and I'll get all the letters out "
            "by next Friday.",
        ),
        ("Yewande", "Deal."),
        (
            "Nuala",
            "And let's send them as emails with the PDF attached, not post, post takes forever.",
        ),
        (
            "Susannah",
            "Do we report students on approved leave of absence as non-attending?",
        ),
        ("Tariku", "Hmm. The guidance is, honestly, ambiguous."),
        ("Nuala", "Let's not guess. That's one for the department's helpline."),
        ("Yewande", "Is orientation week still the 16th of February?"),
        ("Nuala", "Yes, confirmed."),
        ("Tariku", "I might tidy up the FAQ page over summer, if there's time."),
        ("Tariku", "Should we move the drop-in sessions online?"),
        ("Nuala", "Yes, let's move the visa drop-ins online for December."),
        ("Susannah", "I'll update the website for that, tomorrow probably."),
        ("Nuala", "And I'll brief the deputy vice-chancellor on Thursday, I've a slot with her."),
    ),
    actions=(
        Action("Susannah", ("export",), END_OF_WEEK),
        Action("Yewande", ("template",), WEDNESDAY),
        Action("Tariku", ("letters",), NEXT_FRIDAY),
        Action("Susannah", ("website",), TOMORROW),
        Action("Nuala", ("brief",), THURSDAY),
    ),
    decisions=(("emails", "pdf"), ("online", "december")),
    questions=(("leave", "absence"),),
)

EQUINE_VETS = Meeting(
    name="equine_vet_practice",
    lines=(
        ("Mattie", "Right, let's keep this quick, I've got a lameness workup at eleven."),
        ("Ruairi", "The strangles case at Westfield yard. Second swab came back negative Friday."),
        (
            "Mattie",
            "Good. One more and we can lift the isolation. Ruairi, can you do the third swab "
            "on Thursday?",
        ),
        ("Ruairi", "Yep, Thursday morning."),
        ("Vilma", "The yard owner keeps asking if she can move horses in for the winter."),
        ("Mattie", "No movements until the third swab is clear. Tell her that."),
        ("Vilma", "I'll ring the yard owner today."),
        ("Sadia", "The portable X-ray is making that noise again."),
        ("Ruairi", "The death rattle."),
        ("Mattie", "Sadia, can you get the service engineer out?"),
        (
            "Sadia",
            "I'd rather not, last time they billed me personally because I'm not on the account.",
        ),
        ("Mattie", "Fair. I'll book the engineer then, this week."),
        (
            "Mattie",
            "And we're switching the dental rounds to Tuesdays from December, Wednesdays clash "
            "with the racing yards.",
        ),
        ("Sadia", "What about the client who hasn't paid for the colic surgery?"),
        ("Mattie", "That went to the debt collector last week, it's not ours anymore."),
        (
            "Vilma",
            "Are we still sharing the out-of-hours rota with the Fordham practice next year?",
        ),
        ("Mattie", "Honestly, no idea, their new partner hasn't said."),
        (
            "Sadia",
            "I'll put the vaccination reminders out for the January flu boosters by next Monday.",
        ),
        ("Ruairi", "If strangles turns up at a second yard, we'd need to ring half the county."),
        ("Ruairi", "Oh, and I'll write up the strangles case for the newsletter, no rush."),
    ),
    actions=(
        Action("Ruairi", ("swab",), THURSDAY),
        Action("Vilma", ("yard", "owner"), TODAY),
        Action("Mattie", ("engineer",), END_OF_WEEK),
        Action("Sadia", ("vaccination", "reminders"), NEXT_MONDAY),
        Action("Ruairi", ("newsletter",), None),
    ),
    decisions=(("swab", "clear"), ("dental", "rounds", "tuesdays")),
    questions=(("rota", "fordham"),),
)

NEON_WORKSHOP = Meeting(
    name="neon_sign_workshop",
    lines=(
        ("Milos", "Orders. Brewery sign first."),
        ("Zora", "Glass is bent. I'm pumping it tomorrow. Transformer's not in."),
        ("Milos", "Supplier?"),
        ("Zora", "Says Thursday."),
        (
            "Milos",
            "Not good enough. Rafferty, the Leicester lot have stock. Order the transformer "
            "from them today.",
        ),
        ("Rafferty", "On it."),
        ("Uriel", "Restaurant job. They want pink, not the red we quoted."),
        ("Milos", "Pink costs more. Requote."),
        ("Uriel", "New quote to them Wednesday."),
        ("Milos", "No more jobs under three hundred quid. Not worth the bench time."),
        ("Zora", "LED flex for the cafe wall. In-house or farm it out?"),
        ("Milos", "We do the LED flex in-house from now on."),
        ("Rafferty", "Extraction fan in the bombarding booth. Still rattling."),
        ("Milos", "Zora, look at it?"),
        ("Zora", "No. Not electrical, not mine. Uriel did the ducting."),
        ("Uriel", "Yeah, fair. I'll sort the fan Saturday when it's quiet."),
        ("Rafferty", "Insurance renewal, nobody's checked whether it covers the gas cylinders."),
        ("Zora", "Open the Saturday before Christmas?"),
        ("Milos", "Yes. As always."),
        ("Milos", "Gallery Christmas window, deadline the 15th. Mine."),
    ),
    actions=(
        Action("Zora", ("pumping",), TOMORROW),
        Action("Rafferty", ("order", "transformer"), TODAY),
        Action("Uriel", ("quote",), WEDNESDAY),
        Action("Uriel", ("fan",), SATURDAY),
        Action("Milos", ("gallery", "window"), THE_15TH),
    ),
    decisions=(("jobs", "three", "hundred"), ("led", "flex")),
    questions=(("insurance", "cylinders"),),
)

MEETINGS = (
    INFLUENCER_CAMPAIGN,
    REBRAND_PITCH,
    LEASE_RENEWALS,
    NEW_BUILD_SALES,
    PILOTS_ROSTER,
    CHANDLERY_ORDERS,
    EXAMS_TIMETABLING,
    VISA_COMPLIANCE,
    EQUINE_VETS,
    NEON_WORKSHOP,
)
