"""Unseen meetings for the notes rules: a fourth set, for another honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other three sets,
in ten kinds of meeting those sets lack: a restaurant pre-shift briefing, a construction site
progress meeting, a nonprofit fundraising committee, a data-science model review, a legal case
strategy meeting, a product pricing discussion, a film production meeting, a university course
planning meeting, a city council working group and an IT change advisory board. People talk as
they do: fillers, false starts, interruptions, commitments in many forms, due dates in many
forms or none. The labels are what a careful note-taker would write down; past work,
hypotheticals, hedges, requests nobody takes, answered questions, reported speech, sarcasm and
decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon" and "after
this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next Wednesday"
and "next Friday" are those of next week, "the 3rd" is 3 December, a vague period ("this
week", "next week", "the end of the month") is due on its last day, Sunday for weeks, and
"soon" or "when you can" has no date.
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


PRE_SHIFT = Meeting(
    name="pre_shift",
    lines=(
        (
            "Marco",
            "Okay, quick one before doors. Um, the halibut didn't come in, so it's off tonight. "
            "We're doing the cod instead, same beurre blanc.",
        ),
        ("Aisha", "Got it. Tomasz, can you tell the large party at eight about the fish swap?"),
        ("Tomasz", "Yep, will do."),
        (
            "Keiko",
            "And the ice machine behind the bar is making that grinding noise again. Someone "
            "should probably call the repair guy.",
        ),
        ("Aisha", "I already called them on Friday, they're coming Wednesday morning."),
        (
            "Marco",
            "Right. Allergy thing. Last week we nearly sent the risotto with pine nuts to a nut "
            "allergy table. So from tonight every allergy ticket gets read back to the kitchen "
            "out loud. No exceptions.",
        ),
        ("Tomasz", "Out loud as in at the pass, or...?"),
        ("Marco", "At the pass, yeah."),
        (
            "Marco",
            "And everybody needs to re-read the allergen matrix before Wednesday, it changed "
            "with the winter menu.",
        ),
        ("Aisha", "Keiko, the new cocktail cards, are they printed?"),
        (
            "Keiko",
            "Um, not yet, the printer wanted final prices. I'll send them the prices tomorrow.",
        ),
        (
            "Aisha",
            "Great. And I'll redo the section chart so Tomasz gets the patio, oh wait, patio's "
            "closed, it's freezing. Okay, Tomasz takes the back room. I'll redo the chart after "
            "this.",
        ),
        (
            "Tomasz",
            "Fine by me. Can someone show the new guy, um, Sami, how the card machine works? "
            "He's on with me.",
        ),
        ("Marco", "Not it."),
        ("Keiko", "I'll show Sami the card machine, no problem."),
        (
            "Marco",
            "And if the dish machine dies again like Saturday we'd have to do staff meal on "
            "paper plates, which, great, love that.",
        ),
        ("Aisha", "Are we doing the Christmas set menu this year or not?"),
        ("Marco", "Above my pay grade. Ask Gloria."),
    ),
    actions=(
        Action("Tomasz", ("party",), None),
        Action(None, ("allergen", "matrix"), WEDNESDAY),
        Action("Keiko", ("prices",), TOMORROW),
        Action("Aisha", ("chart",), TODAY),
        Action("Keiko", ("sami", "card"), None),
    ),
    decisions=(("cod",), ("allergy", "read")),
    questions=(("christmas", "set menu"),),
)

SITE_PROGRESS = Meeting(
    name="site_progress",
    lines=(
        ("Declan", "Right, let's go. Level three slab got poured Thursday, cured nicely."),
        (
            "Ingrid",
            "Good. Where are we with the scaffold on the east side? The neighbours complained "
            "again.",
        ),
        ("Declan", "Yeah, um, the scaffold company said they'd move the netting this week."),
        ("Ingrid", "Said, or will?"),
        ("Declan", "Fair. I'll chase the scaffolders today and get a date in writing."),
        (
            "Priya",
            "On the steel, the revised connection drawings for grid C. I've got the checker's "
            "comments back, so I'll, um, issue revision D by Wednesday.",
        ),
        (
            "Olu",
            "Priya, we can't start first fix on level two until those are out, just so you know.",
        ),
        ("Priya", "Understood. Wednesday."),
        (
            "Ingrid",
            "Can we talk about the windows? The supplier's pushing the delivery to January.",
        ),
        (
            "Declan",
            "If it all slips to January we'd have to wrap the whole facade for the winter, "
            "which costs a fortune.",
        ),
        ("Ingrid", "So what do we do?"),
        (
            "Declan",
            "I'd take the split delivery they offered. North and west elevations first, the "
            "rest in January.",
        ),
        ("Ingrid", "Okay, agreed. Split delivery it is."),
        (
            "Olu",
            "Also the temporary power on level two trips every afternoon. Maybe someone should "
            "look at the load on that board.",
        ),
        ("Declan", "Olu, that's your board, mate."),
        (
            "Olu",
            "Ha. Fine, leave it with me. I'll get an electrician to check the load by Friday.",
        ),
        (
            "Ingrid",
            "And the safety walk, Hamid did it last week, did anything come out of that?",
        ),
        ("Declan", "Just housekeeping, skips overflowing. Sorted the same day."),
        ("Ingrid", "Who's doing the monthly report for the funders?"),
        ("Declan", "That's me. I'll have the report to you by the 3rd."),
        (
            "Priya",
            "Do we know whether building control want to inspect the firestopping before or "
            "after the ceilings go in?",
        ),
        ("Declan", "Good question. Nobody's asked them."),
    ),
    actions=(
        Action("Declan", ("scaffolders",), TODAY),
        Action("Priya", ("revision",), WEDNESDAY),
        Action("Olu", ("load",), FRIDAY),
        Action("Declan", ("report",), DECEMBER_3),
    ),
    decisions=(("split delivery",),),
    questions=(("firestopping",),),
)

FUNDRAISING = Meeting(
    name="fundraising",
    lines=(
        (
            "Rosa",
            "Okay everyone, thanks for dialling in. So the gala raised just under forty "
            "thousand, which honestly beat last year.",
        ),
        ("Kwame", "Forty-one after the late pledges, actually."),
        (
            "Rosa",
            "Even better. Um, first thing, the year-end appeal. Mei, can you draft the appeal "
            "letter?",
        ),
        ("Mei", "Yep, I can have a draft by Thursday."),
        (
            "Henrik",
            "On grants, the Lindqvist Foundation deadline is the 3rd. I'll get the application "
            "in before the 3rd, I just need the audited accounts.",
        ),
        ("Kwame", "The accounts are with the auditor. They said they'd be done by month end."),
        (
            "Henrik",
            "Can you nudge them, Kwame? If they're late we'd miss the deadline and lose the "
            "whole grant cycle.",
        ),
        ("Kwame", "Sure, I'll email the auditor this afternoon."),
        ("Mei", "For Giving Tuesday, are we doing the matched donations again?"),
        (
            "Rosa",
            "The board settled that last month, yes, the Okafor family is matching up to ten "
            "thousand.",
        ),
        (
            "Mei",
            "It would be nice if someone did the social posts for that, but I really don't have "
            "the time.",
        ),
        ("Rosa", "Hmm. Let's see who's around."),
        (
            "Rosa",
            "Next, the donor database. It's a mess. I think we should move to the nonprofit tier "
            "of the CRM Kwame looked at.",
        ),
        ("Kwame", "It's half what we pay now."),
        (
            "Rosa",
            "So shall we just do it? Okay, everyone's nodding, so we're moving to the new CRM "
            "in January.",
        ),
        ("Kwame", "Then I'll sort out the data export with the old vendor."),
        ("Henrik", "Does the new one handle Gift Aid claims, though? I'm not sure it does."),
        ("Kwame", "No idea, honestly."),
        (
            "Rosa",
            "Last thing, the volunteer thank-you evening. Mei, you did such a lovely job last "
            "year—",
        ),
        ("Mei", "Oh no."),
        ("Rosa", "—so would you mind doing it again?"),
        ("Mei", "Fine, fine. I'll book the hall next week."),
    ),
    actions=(
        Action("Mei", ("appeal",), THURSDAY),
        Action("Henrik", ("application",), DECEMBER_3),
        Action("Kwame", ("auditor",), TODAY),
        Action("Kwame", ("export",), None),
        Action("Mei", ("hall",), END_OF_NEXT_WEEK),
    ),
    decisions=(("crm", "january"),),
    questions=(("gift aid",),),
)

MODEL_REVIEW = Meeting(
    name="model_review",
    lines=(
        ("Anika", "So, churn model v4. Jamal, you ran the backtest over the weekend?"),
        (
            "Jamal",
            "Yeah, um, AUC went from 0.81 to 0.84 on the holdout, but recall on the small "
            "business segment actually dropped.",
        ),
        ("Sven", "Dropped by how much?"),
        ("Jamal", "About six points."),
        ("Lucía", "That's the segment sales cares most about, so..."),
        ("Anika", "Right. Then we don't ship v4 as is. We keep v3 in production for now."),
        ("Jamal", "I can retrain it with the segment reweighted. Give me till Wednesday."),
        (
            "Sven",
            "Also, um, the tenure feature is leaking. For some accounts it's computed after the "
            "churn date.",
        ),
        ("Anika", "Wait, seriously?"),
        ("Sven", "Only reactivated accounts, maybe two percent. But yeah."),
        ("Anika", "Sven, can you fix the tenure calculation before Jamal retrains?"),
        ("Sven", "Yep, I'll push the fix tomorrow."),
        ("Lucía", "Should we be worried the leak inflated v3's numbers too?"),
        ("Anika", "Hm. Good question. Possibly."),
        ("Lucía", "I'll write up the segment results for the sales team, they'll ask anyway."),
        (
            "Jamal",
            "If we ever got the support-ticket data we'd probably jump another few points.",
        ),
        ("Anika", "Dream on. Legal said no to that in October."),
        (
            "Sven",
            "Do we want a fairness check on region before anything ships? The last review "
            "asked for it.",
        ),
        (
            "Anika",
            "Yes. Going forward every model gets a regional fairness check before release.",
        ),
        ("Anika", "Lucía, can you add that to the release checklist?"),
        ("Lucía", "Sure, by the end of the week."),
        (
            "Sven",
            "What threshold do we use for the retention campaign, though? Marketing wants 0.5, "
            "we've been on 0.3.",
        ),
        ("Anika", "Not our call alone. Park it."),
    ),
    actions=(
        Action("Jamal", ("retrain",), WEDNESDAY),
        Action("Sven", ("tenure",), TOMORROW),
        Action("Lucía", ("segment", "results"), None),
        Action("Lucía", ("checklist",), END_OF_WEEK),
    ),
    decisions=(("v3",), ("fairness",)),
    questions=(("inflated",), ("threshold",)),
)

CASE_STRATEGY = Meeting(
    name="case_strategy",
    lines=(
        ("Nadia", "Okay, Harmon versus Belvedere. Where are we on discovery?"),
        (
            "Ben",
            "We served the second set of interrogatories on the 10th. Their responses are due "
            "the 10th of December.",
        ),
        ("Nadia", "And the privilege log they sent, um, Yuki, you went through it?"),
        (
            "Yuki",
            "I did. About forty entries look like plain business emails. I'll draft a "
            "deficiency letter by Friday.",
        ),
        ("Nadia", "Good."),
        (
            "Chidi",
            "Their counsel called on Friday and said they'd agree to a two-week extension on "
            "depositions if we ask.",
        ),
        ("Nadia", "We're not asking. We keep the January deposition dates."),
        ("Ben", "What about the expert? Dr. Sato's fee went up."),
        (
            "Nadia",
            "If we dropped Sato we'd have to find someone new before the disclosure deadline, "
            "which is frankly impossible. So we stay with Sato.",
        ),
        ("Ben", "Okay, I'll, um, I'll send her the engagement letter with the new rate today."),
        ("Nadia", "Chidi, can you pull together the exhibit binder for the Sato deposition?"),
        ("Chidi", "Yep. When do you need it?"),
        ("Nadia", "Next Wednesday is fine."),
        (
            "Yuki",
            "Should we be thinking about mediation? The judge hinted at it at the status "
            "conference.",
        ),
        ("Nadia", "Maybe. I honestly don't know if the client has the appetite."),
        ("Ben", "Oh good, another client who wants to litigate on principle."),
        ("Nadia", "I'll call the client Thursday and take their temperature."),
        (
            "Chidi",
            "Also, the court's e-filing system is down for maintenance on Saturday, just so "
            "everyone knows.",
        ),
        ("Yuki", "Does the protective order cover the financial records or just the emails?"),
        ("Ben", "Just the emails, I checked."),
    ),
    actions=(
        Action("Yuki", ("deficiency", "letter"), FRIDAY),
        Action("Ben", ("engagement", "letter"), TODAY),
        Action("Chidi", ("exhibit", "binder"), NEXT_WEDNESDAY),
        Action("Nadia", ("client",), THURSDAY),
    ),
    decisions=(("january", "deposition"), ("sato",)),
    questions=(("mediation",),),
)

PRICING = Meeting(
    name="pricing",
    lines=(
        (
            "Leila",
            "So the question on the table is whether we raise the Pro plan from twenty-nine to "
            "thirty-five.",
        ),
        ("Tobias", "Margin-wise we have to. Hosting costs went up eighteen percent since spring."),
        (
            "Ravi",
            "If we raised it mid-contract we'd lose half the agencies, they're super price "
            "sensitive.",
        ),
        (
            "Leila",
            "Nobody's talking about mid-contract. New customers from January, existing ones at "
            "renewal.",
        ),
        ("Ama", "Okay, that I can live with."),
        (
            "Leila",
            "So that's decided: thirty-five for new customers from January, existing at renewal.",
        ),
        (
            "Ravi",
            "Can we grandfather the annual plans for a year? That's, um, like sixty accounts.",
        ),
        ("Leila", "Tobias?"),
        ("Tobias", "I'd need to model it. Let me run the numbers and come back to you by Friday."),
        (
            "Ama",
            "I'll have to update the pricing page and the FAQ. I'll get a draft to Leila next "
            "week.",
        ),
        (
            "Leila",
            "Also, heads up, the Starter free trial went down from thirty days to fourteen.",
        ),
        ("Ravi", "Wait, since when?"),
        ("Leila", "The growth team decided it last Tuesday, it's already live."),
        ("Ravi", "Great, thanks for telling us."),
        ("Ravi", "Someone should tell sales before they quote the old price."),
        ("Leila", "Ravi, that's you."),
        ("Ravi", "Yeah, yeah. I'll brief the sales team on Thursday."),
        ("Tobias", "Do we change the per-seat add-on too? It's been eight dollars forever."),
        ("Leila", "No, we leave the add-on alone this round."),
        ("Ama", "What about the education discount? Are we keeping it at fifty percent?"),
        ("Leila", "Hmm. I don't know. Let's think about that one."),
        ("Leila", "I'll write this up and send it to the exec team today."),
    ),
    actions=(
        Action("Tobias", ("numbers",), FRIDAY),
        Action("Ama", ("pricing", "page"), END_OF_NEXT_WEEK),
        Action("Ravi", ("sales",), THURSDAY),
        Action("Leila", ("exec",), TODAY),
    ),
    decisions=(("thirty-five",), ("add-on",)),
    questions=(("grandfather",), ("education", "discount")),
)

FILM_PRODUCTION = Meeting(
    name="film_production",
    lines=(
        ("Ines", "Okay, morning all. So we lost the church. The diocese pulled out on Friday."),
        ("Dmitri", "Which is brilliant, because it's day four of the schedule."),
        (
            "Zanele",
            "I've got two alternatives: the old library on Carver Street and a chapel out in "
            "Millbrook.",
        ),
        ("Kenji", "Millbrook's an hour each way. If we shot there we'd lose half a day to moves."),
        ("Ines", "Then let's go with the library."),
        ("Ines", "Zanele, can you get the library contract signed?"),
        ("Zanele", "Yep, I'll have it signed by Wednesday."),
        (
            "Dmitri",
            "I'll rework the schedule around it and send out the new call sheets tomorrow.",
        ),
        (
            "Kenji",
            "On camera, the rental house says the second body won't be back till the 3rd.",
        ),
        ("Ines", "Can we shoot single camera on the dialogue days?"),
        ("Kenji", "We can, it's just slower."),
        ("Ines", "Okay, so single camera until the 3rd."),
        ("Kenji", "Right. I'll, uh, I'll adjust the shot list for that."),
        ("Ines", "Kenji, can you do a tech scout at the library as well?"),
        ("Kenji", "Yep, Thursday works."),
        ("Dmitri", "Has anyone confirmed the extras for the market scene?"),
        ("Ines", "Casting sent the list last week, we're fine."),
        (
            "Zanele",
            "Do we need a permit for the street outside the library? There's a bus stop right "
            "there.",
        ),
        ("Ines", "No idea. Does anyone know?"),
        ("Dmitri", "Not me."),
        ("Dmitri", "Oh, and catering wants a headcount for next week."),
        ("Ines", "Leave it with me, I'll send them the headcount by the end of the week."),
        (
            "Zanele",
            "And are we still doing the night exteriors in the rain, or did we give up on rain "
            "towers?",
        ),
        ("Ines", "Let's talk about that when the budget's settled."),
    ),
    actions=(
        Action("Zanele", ("contract",), WEDNESDAY),
        Action("Dmitri", ("call", "sheets"), TOMORROW),
        Action("Kenji", ("shot", "list"), None),
        Action("Kenji", ("scout",), THURSDAY),
        Action("Ines", ("headcount",), END_OF_WEEK),
    ),
    decisions=(("library",), ("single",)),
    questions=(("permit",), ("rain",)),
)

COURSE_PLANNING = Meeting(
    name="course_planning",
    lines=(
        (
            "Fatima",
            "So, planning for Intro to Statistics next term. We've got, um, three hundred and "
            "forty registered, up from two eighty.",
        ),
        ("Liam", "We'll need at least two more tutorial groups."),
        (
            "Gabriela",
            "Timetabling closes on the 3rd, so any new rooms have to be requested before then.",
        ),
        ("Fatima", "Gabriela, can you put in the room requests for two extra tutorials?"),
        ("Gabriela", "Sure, I'll do it this week."),
        (
            "Wei",
            "And tutors: I've got four returning, I need two more. I'll post the tutor ad "
            "tomorrow.",
        ),
        ("Liam", "Should we switch the labs from R to Python while we're at it?"),
        (
            "Fatima",
            "We went through this in June. The department said stay with R until the "
            "curriculum review.",
        ),
        ("Liam", "Ugh, fine."),
        (
            "Fatima",
            "Assessment. Last year's take-home final was a disaster, half of it was copied. So "
            "we're moving to an in-person exam.",
        ),
        (
            "Liam",
            "Agreed. I'll write the new exam paper, I can have a draft by the end of the month.",
        ),
        ("Wei", "Do students with accessibility plans need separate rooms then?"),
        ("Gabriela", "Usually, yes, and disability services arranges that."),
        ("Fatima", "What about the weekly quizzes, do we keep them at ten percent?"),
        ("Liam", "I'd keep them. They keep people coming."),
        ("Fatima", "Okay, quizzes stay at ten percent."),
        ("Liam", "Maybe someone should rewrite the week three lecture, it's ancient."),
        ("Wei", "Are we recording lectures this year? The union's still arguing about it."),
        ("Fatima", "Honestly, nobody knows yet."),
        ("Fatima", "Okay. I'll update the syllabus and send it round on Friday."),
    ),
    actions=(
        Action("Gabriela", ("room", "requests"), END_OF_WEEK),
        Action("Wei", ("tutor", "ad"), TOMORROW),
        Action("Liam", ("exam", "paper"), END_OF_MONTH),
        Action("Fatima", ("syllabus",), FRIDAY),
    ),
    decisions=(("in-person", "exam"), ("quizzes",)),
    questions=(("recording",),),
)

COUNCIL_WORKING_GROUP = Meeting(
    name="council_working_group",
    lines=(
        (
            "Maryam",
            "Let's start. This is the working group on the Elm Road safety scheme. Um, Joaquín, "
            "the speed survey?",
        ),
        (
            "Joaquín",
            "Yeah, we did it two weeks ago. Eighty-fifth percentile was thirty-eight in a "
            "thirty zone.",
        ),
        ("Bridget", "Which everyone on Elm Road could have told you for free."),
        (
            "Piotr",
            "The business association is worried about losing parking if the bike lane goes in.",
        ),
        (
            "Maryam",
            "If we took out all the parking we'd have the shops up in arms, so nobody's "
            "proposing that.",
        ),
        (
            "Joaquín",
            "Option B keeps parking on the north side and puts a protected lane on the south.",
        ),
        (
            "Maryam",
            "Okay, I think we go to consultation with option B only. Everyone happy?",
        ),
        ("Bridget", "Yes."),
        ("Piotr", "Fine."),
        ("Maryam", "Joaquín, can you get the drawings for option B ready for the consultation?"),
        ("Joaquín", "Yep, I'll have them by next Friday."),
        (
            "Bridget",
            "I'll organise the drop-in session at the library, um, the community centre, not "
            "the library, the library's shut on Tuesdays.",
        ),
        (
            "Piotr",
            "Let me talk to the business association before it goes public. I'd rather they "
            "hear it from us.",
        ),
        (
            "Maryam",
            "Good. And the school crossing patrol, the head teacher asked for one at Elm and "
            "Fifth.",
        ),
        ("Joaquín", "That's the county's budget, not ours."),
        ("Maryam", "Then I'll write to the county about it on Monday."),
        ("Bridget", "Can we get a temporary speed camera in the meantime?"),
        ("Joaquín", "The police decide that, and they said no last spring."),
        ("Piotr", "How long does the consultation have to run? Four weeks or six?"),
        ("Maryam", "Legal would know. I'm not sure."),
        (
            "Maryam",
            "And do we push for a blanket twenty limit across the whole ward?",
        ),
        ("Bridget", "Let's leave that for the full council."),
        ("Maryam", "Okay. I'll circulate the notes by the end of the week."),
    ),
    actions=(
        Action("Joaquín", ("drawings",), NEXT_FRIDAY),
        Action("Bridget", ("drop-in",), None),
        Action("Piotr", ("business",), None),
        Action("Maryam", ("county",), NEXT_MONDAY),
        Action("Maryam", ("notes",), END_OF_WEEK),
    ),
    decisions=(("option b",),),
    questions=(("consultation", "weeks"), ("limit",)),
)

CHANGE_BOARD = Meeting(
    name="change_board",
    lines=(
        ("Greta", "Right, CAB for this week. Three changes. First, Mohammed, the core switches."),
        (
            "Mohammed",
            "Yeah, so, firmware upgrade on both core switches. The vendor says it fixes the "
            "memory leak we hit in October.",
        ),
        ("Greta", "Rollback plan?"),
        ("Mohammed", "Boot from the previous image, about ten minutes per switch."),
        (
            "Siobhan",
            "What window? Because if it's Wednesday night it collides with my database work.",
        ),
        ("Mohammed", "Thursday night then, eleven o'clock."),
        ("Greta", "Okay, the firmware upgrade is approved for Thursday night."),
        (
            "Mohammed",
            "I'll send the outage notice to all staff and the service desk tomorrow.",
        ),
        (
            "Siobhan",
            "Second one's mine, the Postgres patch. Minor version bump, tested in staging last "
            "week, no issues.",
        ),
        ("Greta", "Any app owners object?"),
        (
            "Thabo",
            "Payroll said they'd rather it waited until after the pay run on Wednesday.",
        ),
        ("Greta", "Okay, we defer the Postgres patch until after the pay run."),
        ("Greta", "Siobhan, can you reschedule it for next Wednesday night?"),
        ("Siobhan", "Yep."),
        ("Greta", "Third one. Thabo, the password reset self-service tool."),
        (
            "Thabo",
            "Um, honestly, it's not ready. The SSO integration is still failing in test.",
        ),
        ("Greta", "Then the password reset tool is rejected for this week."),
        ("Thabo", "I'll get the SSO integration fixed and bring it back."),
        (
            "Mohammed",
            "Is anyone on call Thursday night for the switches? If it goes wrong at midnight I "
            "don't want to be on my own.",
        ),
        ("Greta", "I'll sort the on-call rota by Wednesday."),
        (
            "Siobhan",
            "General question: should emergency changes still need two approvers? It's been "
            "slowing us down.",
        ),
        ("Greta", "Let's not decide that today, I want security in the room."),
        (
            "Thabo",
            "Maybe someone could update the CAB template, the risk field's confusing.",
        ),
        ("Greta", "And are we moving CAB to Tuesdays next year? I heard a rumour."),
        ("Mohammed", "Don't look at me."),
    ),
    actions=(
        Action("Mohammed", ("outage", "notice"), TOMORROW),
        Action("Siobhan", ("reschedule",), NEXT_WEDNESDAY),
        Action("Thabo", ("sso",), None),
        Action("Greta", ("rota",), WEDNESDAY),
    ),
    decisions=(("firmware",), ("defer", "postgres"), ("password", "rejected")),
    questions=(("approvers",), ("tuesdays",)),
)

MEETINGS = (
    PRE_SHIFT,
    SITE_PROGRESS,
    FUNDRAISING,
    MODEL_REVIEW,
    CASE_STRATEGY,
    PRICING,
    FILM_PRODUCTION,
    COURSE_PLANNING,
    COUNCIL_WORKING_GROUP,
    CHANGE_BOARD,
)
