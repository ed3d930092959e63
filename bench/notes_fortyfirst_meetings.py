"""Fortyfirst meetings for the notes rules: another blind set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: an aircraft heavy-maintenance check planning meeting in
a hangar, a flight school operations meeting in New Zealand, an underground gold mine
ventilation review in Western Australia, a tailings dam inspection meeting at a copper mine in
Chile, a hospital clinical coding backlog meeting, a US specialty pharmacy prior-authorisation
huddle, a museum herbarium digitisation meeting, an art gallery painting loan and courier
planning meeting, an IT backup restore drill review and a Lisbon hotel revenue meeting. Some
are ordinary, with fillers, false starts, jokes and interruptions; some are terse and fast,
with decisions and open points stated flatly, without signal words. Commitments come in many
forms and due dates in many forms or none. The labels are what a careful note-taker would
write down; past work, things that happen anyway, hypotheticals, hedges, requests nobody
takes, polite refusals, answered questions, reported speech, jokes and decisions taken
elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon", "tonight" and
"after this" are that day, a bare weekday is the next one ("Tuesday" is 24 November),
"next Wednesday" and "next Friday" are those of next week, a vague period ("this week", "end
of next week", "the end of the month") is due on its last day, Sunday for weeks, and "soon" or
no time at all has no date.
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
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS"]


HANGAR_HEAVY_CHECK = Meeting(
    name="hangar_heavy_check",
    lines=(
        (
            "Arthur",
            "Right, morning. Let's get going, the aircraft's due into the hangar Wednesday "
            "night, so this is the last planning meeting before the C-check starts.",
        ),
        (
            "Beatrice",
            "So, the work pack. I finished loading the task cards into the system on Friday, "
            "all four hundred and twelve of them.",
        ),
        ("Arthur", "Nice one. Any gaps?"),
        (
            "Beatrice",
            "The corrosion inspection cards for the aft cargo hold are still on the old "
            "revision. I'll get the corrosion cards reissued against revision fourteen by "
            "tomorrow.",
        ),
        ("Cyrus", "And the landing gear swap, are we actually doing it on this check or not?"),
        (
            "Arthur",
            "We are. Both main gear legs get swapped on this visit.",
        ),
        (
            "Dolores",
            "Um, about that. The overhauled legs came back with the paperwork missing the "
            "Form 1 for the left one.",
        ),
        ("Arthur", "Of course it did."),
        (
            "Dolores",
            "I emailed the overhaul shop on Friday already. I'll ring the overhaul shop about "
            "the Form 1 this afternoon if they haven't replied by lunch.",
        ),
        ("Cyrus", "Without that tag I'm not signing a release for it, just saying."),
        (
            "Arthur",
            "Fair. Cyrus, can you walk the hangar with the jacking crew on Wednesday before it "
            "arrives, check the jacking points and the stands?",
        ),
        ("Cyrus", "Yep, will do. Actually, make that Tuesday, I'm on nights from Wednesday."),
        (
            "Beatrice",
            "Do we know if they want the cabin refurb done at the same time? Their tech rep "
            "mentioned seats in an email last month.",
        ),
        (
            "Arthur",
            "They haven't confirmed. If they want seats we'd need another four days of slot, "
            "which we haven't got.",
        ),
        ("Arthur", "Whether the cabin refurb goes into this check is still with the customer."),
        ("Arthur", "Beatrice, chase their tech rep for an answer by Thursday, please."),
        ("Beatrice", "Sure."),
        (
            "Dolores",
            "Oh, and the consumables, the sealant and the rivets, that order went out last "
            "week, so it lands this week anyway.",
        ),
        (
            "Arthur",
            "Good. I'll send the final slot plan to the customer tomorrow. Right, that's it, "
            "thanks all.",
        ),
    ),
    actions=(
        Action("Beatrice", ("corrosion", "cards"), TOMORROW),
        Action("Dolores", ("overhaul", "form"), TODAY),
        Action("Cyrus", ("jacking",), TOMORROW),
        Action("Beatrice", ("tech", "rep"), THURSDAY),
        Action("Arthur", ("slot", "plan"), TOMORROW),
    ),
    decisions=(("main", "gear", "swapped"),),
    questions=(("cabin", "refurb"),),
)


FLIGHT_SCHOOL_OPS = Meeting(
    name="flight_school_ops",
    lines=(
        ("Gilbert", "Fleet first. Ian."),
        ("Ian", "Charlie Foxtrot back from its hundred-hourly Friday. Cherokee still grounded."),
        ("Ian", "Left mag. Part's on a courier from Auckland."),
        ("Ian", "I'll fit the new mag Thursday, once it lands."),
        ("Gilbert", "Cherokee comes off the booking sheet until Friday then."),
        ("Hazel", "Four students affected. I'll rebook the students today."),
        ("Gilbert", "Solo checks. Jana, Kenta's pre-solo?"),
        ("Jana", "Kenta's ready. Circuits were clean Saturday."),
        ("Jana", "Check ride with him Wednesday, I'll take it."),
        ("Gilbert", "Crosswind limit for first solos is eight knots, not ten. Effective now."),
        ("Jana", "Fine by me."),
        ("Hazel", "CAA audit letter came. No date yet."),
        ("Gilbert", "Who hosts the auditor, me or the quality manager."),
        ("Hazel", "Quality manager's on leave until the 15th."),
        ("Gilbert", "Then probably me. We'll see."),
        ("Ian", "Fuel bowser calibration's due. Contractor booked himself for next Tuesday."),
        ("Gilbert", "Night rating syllabus. Jana, draft by the end of the month?"),
        ("Jana", "Can't, sorry. Exam marking all week. January maybe."),
        ("Gilbert", "Fine, I'll draft the night syllabus myself, same deadline."),
        (
            "Hazel",
            "Landing fees invoice from the aerodrome is wrong again. Charged us for the twin.",
        ),
        ("Gilbert", "Dispute it."),
        ("Hazel", "Disputing the landing fees this afternoon."),
        ("Gilbert", "Whether we keep the twin past March. Board's call, not ours."),
        ("Gilbert", "Done. Go fly."),
    ),
    actions=(
        Action("Ian", ("mag",), THURSDAY),
        Action("Hazel", ("rebook", "students"), TODAY),
        Action("Jana", ("check", "ride"), WEDNESDAY),
        Action("Gilbert", ("night", "syllabus"), END_OF_MONTH),
        Action("Hazel", ("landing", "fees"), TODAY),
    ),
    decisions=(("cherokee", "booking", "sheet"), ("crosswind", "eight", "knots")),
    questions=(("hosts", "auditor"), ("twin", "march")),
)


MINE_VENTILATION_REVIEW = Meeting(
    name="mine_ventilation_review",
    lines=(
        ("Cassandra", "Okay, let's start. Bernard, you've got the survey numbers."),
        (
            "Bernard",
            "Yeah. So we did the full vent survey Thursday and Friday. Main fan's fine, but "
            "the 870 level is only getting about sixty percent of design airflow.",
        ),
        ("Dominic", "That'd explain the diesel smell the crews have been on about."),
        (
            "Bernard",
            "Probably. I reckon there's a regulator left half shut, or a door got hit at the "
            "870 crosscut.",
        ),
        ("Cassandra", "So what do we do in the meantime?"),
        ("Eva", "Honestly, I'd limit the diesel gear on 870 until it's sorted."),
        ("Cassandra", "Yep. Max two loaders on 870 until the airflow's back to design."),
        ("Dominic", "I'll brief both crews at the start of shift tonight."),
        (
            "Bernard",
            "And I'll go down and check the regulators and the doors tomorrow, first thing, "
            "with one of the fitters.",
        ),
        ("Cassandra", "Good. Eva, the gas monitors on that level, when were they last bumped?"),
        ("Eva", "Last Tuesday, they're all in date."),
        ("Cassandra", "Okay, good."),
        ("Dominic", "What about the aux fan on the decline? It keeps tripping."),
        ("Bernard", "That's the sparkies'. I logged it on Friday."),
        (
            "Cassandra",
            "Dominic, can you get the electrical supervisor to look at the aux fan this week?",
        ),
        ("Dominic", "Sure, leave it with me."),
        (
            "Eva",
            "Should we be reporting the 870 airflow to the inspector? It's under the standard.",
        ),
        (
            "Cassandra",
            "Good question, I don't know if a few days at sixty percent is notifiable. Eva, "
            "you know the regs better than me, can you find out?",
        ),
        ("Eva", "Yeah, I'll check whether it's notifiable and let you know by Wednesday."),
        (
            "Bernard",
            "If we end up needing a booster fan it's six weeks lead time, just so everyone knows.",
        ),
        (
            "Cassandra",
            "Let's not go there yet. We'll survey the 870 again straight after the fix, not "
            "wait for the quarterly.",
        ),
        ("Bernard", "Fine by me."),
        (
            "Dominic",
            "Does the stope plan even work with two loaders? Nobody's run the numbers on that.",
        ),
        ("Cassandra", "No idea, honestly. Right, thanks all, go be safe."),
    ),
    actions=(
        Action("Dominic", ("brief", "crews"), TODAY),
        Action("Bernard", ("regulators",), TOMORROW),
        Action("Dominic", ("aux", "fan"), END_OF_WEEK),
        Action("Eva", ("notifiable",), WEDNESDAY),
    ),
    decisions=(("two", "loaders"), ("survey", "fix", "quarterly")),
    questions=(("stope", "plan"),),
)


TAILINGS_DAM_INSPECTION = Meeting(
    name="tailings_dam_inspection",
    lines=(
        ("Isabel", "Tailings. Federico, quickly."),
        (
            "Federico",
            "Piezometers on the north wall up twenty centimetres since October. Inside "
            "trigger, but trending.",
        ),
        ("Isabel", "Piezometer readings weekly instead of monthly, starting now."),
        (
            "Federico",
            "Fine. I'll set up the weekly piezometer schedule with the field techs today.",
        ),
        ("Gabriel", "Seepage pond sampling. Lab results late again, third month running."),
        ("Isabel", "Switch labs?"),
        ("Gabriel", "Not mid-quarter. Their contract ends in January anyway."),
        ("Isabel", "We stay with them till January then."),
        ("Joseph", "South embankment raise. Fill's stockpiled, compaction roller's down."),
        ("Isabel", "Since?"),
        ("Joseph", "Friday. Hydraulic hose. Part arrives Wednesday."),
        ("Joseph", "I'll have the roller running Thursday."),
        ("Isabel", "Engineer of record visit."),
        (
            "Federico",
            "Due before month end. I'll confirm the visit dates with the engineer of record by "
            "Wednesday.",
        ),
        ("Gabriel", "Community meeting Thursday. Someone from ops should be there."),
        ("Isabel", "I'll attend the community meeting myself."),
        ("Isabel", "Whether the embankment raise gets mentioned at all. Legal hasn't said."),
        ("Joseph", "Drone survey firm rang. Free trial flight if we want one."),
        ("Isabel", "Not now."),
        ("Federico", "Spillway capacity check for the wet season. Outstanding since redesign."),
        ("Isabel", "Gabriel?"),
        ("Gabriel", "Not mine. Hydrology sits with the consultant."),
        ("Isabel", "Spillway check, owner unknown. Next."),
    ),
    actions=(
        Action("Federico", ("piezometer", "schedule"), TODAY),
        Action("Joseph", ("roller",), THURSDAY),
        Action("Federico", ("visit", "engineer"), WEDNESDAY),
        Action("Isabel", ("community", "meeting"), THURSDAY),
    ),
    decisions=(("readings", "weekly"), ("stay", "january")),
    questions=(("embankment", "raise"), ("spillway", "owner")),
)


CLINICAL_CODING_BACKLOG = Meeting(
    name="clinical_coding_backlog",
    lines=(
        (
            "Hilda",
            "Morning, thanks for coming. So, the backlog. We're at about three thousand "
            "uncoded episodes, which is, um, not great with the freeze next Monday.",
        ),
        (
            "Karl",
            "Most of it's day-case ortho and the endoscopy lists. The endoscopy ones are quick, "
            "it's just volume.",
        ),
        (
            "Lara",
            "From the income side, anything uncoded at freeze doesn't get paid this month. So "
            "it does matter.",
        ),
        ("Hilda", "Right. So what if everyone goes on endoscopy first, then ortho?"),
        ("Karl", "Makes sense to me."),
        ("Hilda", "Okay, endoscopy first, then ortho, that's the plan."),
        ("Karl", "I'll split the endoscopy worklist across the team today."),
        (
            "Edwin",
            "Can I just flag, the audit last quarter found we were missing comorbidities on "
            "the ortho cases. If we rush them it'll get worse.",
        ),
        (
            "Hilda",
            "Fair point. Edwin, could you do a quick refresher on comorbidity capture for the "
            "team? Fifteen minutes?",
        ),
        (
            "Edwin",
            "Yeah, I can do Thursday lunchtime. Oh, wait, Thursday's audit committee. Friday "
            "lunchtime, then.",
        ),
        ("Lara", "Would overtime be an option? The division said there might be money."),
        ("Hilda", "Might. I'm not counting on it."),
        ("Hilda", "I'll put an overtime request in to the divisional manager tomorrow anyway."),
        ("Lara", "Could someone send me a daily count of what's still uncoded? For my forecast."),
        ("Karl", "I can do the uncoded count, starting this afternoon."),
        ("Edwin", "What about the outsourcing company? Last year they took a big chunk."),
        ("Hilda", "Procurement said no to that back in September, it's not on the table."),
        (
            "Lara",
            "Are the new clinic codes from the tariff change going live on the first or in "
            "January? Nobody's told us.",
        ),
        ("Hilda", "No idea. I've asked informatics twice. Okay, thanks everyone."),
    ),
    actions=(
        Action("Karl", ("endoscopy", "worklist"), TODAY),
        Action("Edwin", ("comorbidity",), FRIDAY),
        Action("Hilda", ("overtime",), TOMORROW),
        Action("Karl", ("uncoded", "count"), TODAY),
    ),
    decisions=(("endoscopy", "ortho", "plan"),),
    questions=(("clinic", "codes", "tariff"),),
)


PRIOR_AUTH_HUDDLE = Meeting(
    name="prior_auth_huddle",
    lines=(
        ("Jacob", "PA queue. Numbers."),
        ("Antonia", "Hundred and forty open. Thirty past five days."),
        ("Jacob", "Anything past five days gets a phone call to the prescriber."),
        ("Antonia", "I'll do the prescriber calls, done by Wednesday."),
        ("Basil", "Insurer changed the biologics form. Old ones bouncing."),
        ("Jacob", "Since when?"),
        ("Basil", "The first. Memo went to the old fax number."),
        ("Basil", "I'll update the biologics templates tomorrow."),
        ("Christa", "Patients chasing. Three complaints last week."),
        ("Jacob", "Need a patient update script for anyone waiting over a week. Christa?"),
        ("Christa", "Yep, I'll draft the script, to you Friday."),
        ("Jacob", "Thanksgiving coverage. Thursday and Friday."),
        ("Antonia", "I'm off. Booked months ago."),
        ("Basil", "I'll cover the queue Friday. Not Thursday."),
        ("Jacob", "Thursday nobody, then. The queue waits till Friday."),
        ("Christa", "Copay card enrolment. Manufacturer portal down since Thursday."),
        ("Jacob", "Whether we fall back to paper forms. Ask me Wednesday."),
        ("Antonia", "Could somebody audit the October denials? There's a pattern."),
        ("Jacob", "Good idea, no capacity. January. That's it."),
    ),
    actions=(
        Action("Antonia", ("prescriber", "calls"), WEDNESDAY),
        Action("Basil", ("biologics", "templates"), TOMORROW),
        Action("Christa", ("script",), FRIDAY),
        Action("Basil", ("cover", "queue"), FRIDAY),
    ),
    decisions=(("five", "days", "prescriber"), ("queue", "waits")),
    questions=(("paper", "forms"),),
)


HERBARIUM_DIGITISATION = Meeting(
    name="herbarium_digitisation",
    lines=(
        (
            "Cecilia",
            "Hi everyone, let's make a start. So we're, what, about forty percent through the "
            "herbarium sheets?",
        ),
        ("Damien", "Forty-two. We did all the grasses last week, which was a slog."),
        ("Cecilia", "Brilliant. Any problems on the imaging side?"),
        (
            "Damien",
            "The copy stand light's flickering. I think it's the ballast. I'll order a "
            "replacement ballast today, it's about thirty quid.",
        ),
        (
            "Florence",
            "Can I raise the loan thing? Edinburgh want to borrow twenty sheets in February, "
            "and they're in the batch we haven't shot yet.",
        ),
        ("Cecilia", "Oh. Then those should jump the queue, surely."),
        ("Florence", "That would be my preference, yes."),
        (
            "Cecilia",
            "Okay, let's photograph the Edinburgh loan sheets next, before anything else.",
        ),
        (
            "Florence",
            "I'll pull them out of the cabinets and send Damien the list by Wednesday.",
        ),
        (
            "Howard",
            "On the database side, the upload script is choking on names with special "
            "characters. Hybrids with the multiplication sign, mostly.",
        ),
        ("Cecilia", "Can you fix that?"),
        ("Howard", "Probably, yeah. I'll have a look at the encoding this week."),
        (
            "Ida",
            "Volunteers. Two of my Thursday people are leaving at Christmas, so we'll lose "
            "capacity.",
        ),
        ("Cecilia", "Should we advertise?"),
        (
            "Ida",
            "We could try the university, or the botanical society. I'd rather wait until "
            "January though, nobody signs up in December.",
        ),
        ("Cecilia", "Fair enough."),
        (
            "Cecilia",
            "Is the public portal launch still on for March, do we think? Funder keeps asking.",
        ),
        (
            "Howard",
            "Depends on the encoding thing and whether the web team have anyone. I genuinely "
            "don't know.",
        ),
        ("Cecilia", "Okay. Ida, could we do a little thank-you event for the two leavers?"),
        (
            "Ida",
            "Oh, that's lovely, yes. I'll sort out an event, I'll have a plan by next Friday.",
        ),
        ("Damien", "And I'm not doing the Saturday open day, I did the last two. Just saying."),
        ("Cecilia", "Ha, noted. I'll cover the open day myself. Thanks all."),
    ),
    actions=(
        Action("Damien", ("ballast",), TODAY),
        Action("Florence", ("list",), WEDNESDAY),
        Action("Howard", ("encoding",), END_OF_WEEK),
        Action("Ida", ("event",), NEXT_FRIDAY),
        Action("Cecilia", ("open", "day"), SATURDAY),
    ),
    decisions=(("edinburgh", "loan", "sheets"),),
    questions=(("portal", "launch", "march"),),
)


PAINTING_LOAN_COURIER = Meeting(
    name="painting_loan_courier",
    lines=(
        (
            "Lola",
            "Okay, so, Osaka. The three paintings leave on the ninth, no wait, the crates go "
            "on the ninth and the paintings on the tenth. Sorry.",
        ),
        ("Katja", "The tenth, yes."),
        (
            "Gustav",
            "I did the condition reports on all three last week. The Morisot has some lifting "
            "paint on the lower edge, so.",
        ),
        ("Judith", "Is it safe to travel?"),
        (
            "Gustav",
            "I think so, if I consolidate it first. I'll consolidate the paint this week, it's "
            "a day's work at most.",
        ),
        ("Judith", "Okay, good."),
        ("Lola", "Couriers. We need one courier per flight, and there are two flights."),
        ("Lola", "Katja's already confirmed for the first one, the loans committee agreed it."),
        ("Lola", "Gustav, the second?"),
        ("Gustav", "I can't, honestly, I've got the Delft symposium that week."),
        ("Adrian", "I'd go. I've never been to Japan."),
        ("Lola", "Ha, you'd be watching crates, not sightseeing."),
        ("Judith", "Adrian's done the courier training, hasn't he?"),
        ("Adrian", "Last spring, yes."),
        ("Judith", "Then Adrian couriers the second flight."),
        ("Katja", "Okay, so I'll book the flights and hotels for both couriers by Friday."),
        (
            "Lola",
            "The indemnity. Osaka's government indemnity certificate still hasn't come through.",
        ),
        (
            "Judith",
            "We've always insisted on that. I'll email their director about the indemnity "
            "today, politely.",
        ),
        (
            "Adrian",
            "Crates. The climate crate for the Morisot needs new foam. I'll cut the foam on "
            "Thursday.",
        ),
        (
            "Lola",
            "Do we want to send the frame for the small one separately? Their team thought "
            "the glazing might not fit the display case.",
        ),
        (
            "Gustav",
            "We haven't settled that, and I'd want to see their case drawings before we do.",
        ),
        ("Lola", "Katja, can you ask them for the case drawings?"),
        ("Katja", "Yes, I'll ask this afternoon."),
        ("Lola", "Lovely. I think that's us."),
    ),
    actions=(
        Action("Gustav", ("consolidate",), END_OF_WEEK),
        Action("Katja", ("flights",), FRIDAY),
        Action("Judith", ("indemnity",), TODAY),
        Action("Adrian", ("foam",), THURSDAY),
        Action("Katja", ("case", "drawings"), TODAY),
    ),
    decisions=(("adrian", "second", "flight"),),
    questions=(("frame", "separately"),),
)


RESTORE_DRILL_REVIEW = Meeting(
    name="restore_drill_review",
    lines=(
        ("Elias", "Restore drill, Saturday's results. George."),
        ("George", "Postgres restore took four hours ten. Target's two."),
        ("Elias", "Why."),
        ("George", "Snapshot copy across regions. Throttled."),
        ("Frida", "I'll raise the throughput limit on the copy job today."),
        ("George", "And I'll rerun the restore Wednesday night."),
        ("Elias", "Target stays at two hours. Not moving it."),
        (
            "George",
            "Does the two-hour target include the DNS cutover or not? Nobody's ever said.",
        ),
        ("Elias", "Good question."),
        ("Kurt", "Backup keys. Still on the old HSM."),
        ("Elias", "Migration?"),
        ("Kurt", "Blocked on the vendor. Ticket open since October."),
        ("Kurt", "Whether we can rotate keys before the migration. Vendor hasn't answered."),
        ("Inez", "File-share restores: twelve user tickets last week, all closed."),
        ("Inez", "Self-service restore page is out of date. I'll rewrite it by next Wednesday."),
        ("Elias", "Drills go monthly from December."),
        ("Frida", "Who writes the runbook for the monthly one?"),
        ("Elias", "Me. End of next week."),
        ("Kurt", "Could also test restoring from the offline tapes. Someday."),
        ("Elias", "Done. Thanks."),
    ),
    actions=(
        Action("Frida", ("throughput",), TODAY),
        Action("George", ("restore",), WEDNESDAY),
        Action("Inez", ("restore", "page"), NEXT_WEDNESDAY),
        Action("Elias", ("runbook",), END_OF_NEXT_WEEK),
    ),
    decisions=(("target", "stays"), ("drills", "monthly")),
    questions=(("dns", "cutover"), ("rotate", "keys")),
)


HOTEL_REVENUE_MEETING = Meeting(
    name="hotel_revenue_meeting",
    lines=(
        (
            "Estelle",
            "Bom dia, everyone. Let's keep this to half an hour, I've got the owners at eleven.",
        ),
        (
            "Boris",
            "So December pace is behind last year, about eight points on occupancy, mostly "
            "the week after New Year, sorry, the week before Christmas.",
        ),
        ("Estelle", "And rate?"),
        ("Boris", "ADR's holding, about a hundred and ninety. I don't want to drop it."),
        ("Gina", "We could do a winter package, room plus dinner, aimed at the locals."),
        ("Lionel", "The restaurant can do a set menu for that, no problem."),
        (
            "Estelle",
            "Let's do it. The winter package goes on sale this week, room plus set dinner.",
        ),
        ("Boris", "I'll load it into the channel manager by Wednesday."),
        ("Lionel", "I'll cost the set menu and send it to Boris tomorrow."),
        (
            "Flavia",
            "Can I mention the overbooking on Saturday? We walked two guests to the Avenida.",
        ),
        ("Estelle", "Ugh, yes, I heard. What happened?"),
        ("Flavia", "The OTA sent two bookings after we'd closed out. It's happened before."),
        ("Boris", "I'll raise it with the OTA account manager. Today."),
        (
            "Estelle",
            "Should we stop taking their bookings for New Year's Eve altogether?",
        ),
        (
            "Boris",
            "I mean, they're thirty percent of our business. Let me think about it.",
        ),
        (
            "Gina",
            "The law firm's Christmas party, they're asking for a deposit waiver.",
        ),
        ("Estelle", "No. The deposit stays, same as everyone."),
        ("Gina", "Okay, I'll let the law firm know about the deposit tomorrow."),
        (
            "Flavia",
            "Also the key card encoder at reception is dying, someone should look at it.",
        ),
        ("Estelle", "Hmm."),
        (
            "Lionel",
            "Oh, and I'm off from Thursday, back next Tuesday, so Gina's the contact for F&B.",
        ),
        (
            "Estelle",
            "Okay. Boris, send me the updated forecast before the owners' meeting next "
            "month, no, by Friday, they've moved it up.",
        ),
        ("Boris", "Will do."),
        ("Estelle", "Great, obrigada, everyone."),
    ),
    actions=(
        Action("Boris", ("channel",), WEDNESDAY),
        Action("Lionel", ("set", "menu"), TOMORROW),
        Action("Boris", ("ota",), TODAY),
        Action("Gina", ("deposit",), TOMORROW),
        Action("Boris", ("forecast",), FRIDAY),
    ),
    decisions=(("winter", "package"), ("deposit", "stays")),
    questions=(("bookings", "eve"),),
)


MEETINGS = (
    HANGAR_HEAVY_CHECK,
    FLIGHT_SCHOOL_OPS,
    MINE_VENTILATION_REVIEW,
    TAILINGS_DAM_INSPECTION,
    CLINICAL_CODING_BACKLOG,
    PRIOR_AUTH_HUDDLE,
    HERBARIUM_DIGITISATION,
    PAINTING_LOAN_COURIER,
    RESTORE_DRILL_REVIEW,
    HOTEL_REVENUE_MEETING,
)
