"""Twenty-eighth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a ski rental shop's holiday-week briefing in Colorado, an architecture firm's
competition entry in Copenhagen, a food bank's volunteer coordination in Chicago, a rooftop
solar installer's crew planning in Andalusia, a small-animal veterinary clinic in Auckland, a
theatre company's touring production meeting in Glasgow, a fintech compliance team's KYC
remediation sync in Singapore, a regional airline's crew rostering in Norway, a public library
branch's staff meeting in Montreal and a coffee roaster's wholesale team in Melbourne. People
talk as they do: fillers, interruptions, asides, jokes, self-corrections, dates changed
mid-talk, commitments in many forms, due dates in many forms or none. The labels are what a
careful note-taker would write down; past work, things that happen anyway, hypotheticals,
hedges, requests nobody takes, polite refusals, answered questions, reported speech, sarcasm
and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "this afternoon" and "tonight"
are that day, a bare weekday is the next one ("Tuesday" is 24 November), "next Tuesday",
"next Wednesday" and "next Friday" are those of next week, "the 3rd" is 3 December, "the
15th" is 15 December, "in two weeks" is 7 December, a vague period ("this week", "the end of
next week", "the end of the month") is due on its last day, Sunday for weeks, and "soon",
"when you get a minute" or no time has no date.
"""

from __future__ import annotations

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    IN_TWO_WEEKS,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_TUESDAY,
    NEXT_WEDNESDAY,
    THE_15TH,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

SKI_RENTAL_COUNTER = Meeting(
    name="ski_rental_counter",
    lines=(
        (
            "Dana",
            "Okay, morning. Thanksgiving week, so this is going to be the busiest week "
            "since opening day. Let's keep it quick.",
        ),
        ("Luis", "Quick like last year? Because last year's quick meeting was forty minutes."),
        (
            "Dana",
            "Ha. Quicker. First thing, the boot dryers in the back. Two of them are dead again.",
        ),
        ("Kim", "I called the repair guy on Friday, he said he's booked through December."),
        ("Dana", "Great. Luis, can you order two replacement dryers from the supplier today?"),
        ("Luis", "Yep, I'll do it right after this."),
        (
            "Dana",
            "Next, the demo skis. We decided last week to keep the demo fleet at forty "
            "pairs, so that's not up for discussion.",
        ),
        (
            "Wes",
            "Fine by me. But the bindings on the demo fleet need a release check before "
            "the weekend rush.",
        ),
        (
            "Wes",
            "I'll run the DIN checks on all forty pairs by Wednesday. Actually, make that "
            "Thursday, I'm short a tech on Wednesday.",
        ),
        (
            "Kim",
            "And the online reservations, people keep booking kids' packages we don't have "
            "boots for. Should we just cap kids' packages online at thirty a day?",
        ),
        ("Dana", "Yeah, let's cap them at thirty a day. Kim, can you change the booking settings?"),
        ("Kim", "Sure, I'll have that done by tomorrow morning."),
        ("Luis", "If we get a powder day on Saturday we'll be slammed regardless, cap or no cap."),
        ("Dana", "True. Someone should probably post the new hours on the door at some point."),
        ("Wes", "Not it. I did the sign last time."),
        ("Dana", "Fine, forget the sign, the website's enough."),
        (
            "Dana",
            "Last thing. Does anyone know whether the resort is extending lift hours over "
            "the holiday? That changes our closing time.",
        ),
        ("Kim", "No idea. Haven't heard a thing."),
        (
            "Dana",
            "Okay. I'll email the resort ops office and ask. And Luis, the sharpening "
            "queue, can you get that cleared before Friday?",
        ),
        ("Luis", "Should be fine, yeah."),
        ("Dana", "Great. Go rent some skis."),
    ),
    actions=(
        Action("Luis", ("replacement", "dryers"), TODAY),
        Action("Wes", ("din", "checks"), THURSDAY),
        Action("Kim", ("booking", "settings"), TOMORROW),
        Action("Dana", ("email", "resort"), None),
        Action("Luis", ("sharpening", "queue"), FRIDAY),
    ),
    decisions=(("cap", "thirty"),),
    questions=(("lift", "hours"),),
)

COMPETITION_ENTRY = Meeting(
    name="competition_entry",
    lines=(
        (
            "Mette",
            "Right, the harbour pavilion entry. Submission closes on the 15th, so we "
            "have about three weeks. Where are we?",
        ),
        (
            "Jonas",
            "The massing model is done. We went with the stepped roof in the end, like "
            "we agreed with the partners on Thursday.",
        ),
        (
            "Freja",
            "The renders are, um, not done. The timber texture looks like plastic right now.",
        ),
        ("Kasper", "It looks like a Lego set. A very expensive Lego set."),
        (
            "Freja",
            "Thanks, Kasper. Very helpful. I'll redo the materials and have a new set of "
            "renders by next Wednesday.",
        ),
        ("Mette", "Good. The brief asks for a life-cycle carbon estimate. Who's on that?"),
        (
            "Jonas",
            "I can do the carbon estimate, but I'd need the structural quantities from "
            "the engineers first.",
        ),
        (
            "Mette",
            "Okay, Jonas takes the carbon estimate. And I'll chase the engineers for the "
            "quantities tomorrow.",
        ),
        (
            "Kasper",
            "Should we translate the report into Danish as well, or is English enough? "
            "The rules are unclear.",
        ),
        (
            "Mette",
            "Good question. The rules say English or Danish, which, well, could mean either.",
        ),
        ("Jonas", "We could ask the organisers through the Q&A portal. Questions close Friday."),
        ("Kasper", "I'll post it on the portal today."),
        (
            "Mette",
            "On the panels: let's go with three A1 panels rather than four. The jury "
            "won't read four.",
        ),
        ("Freja", "Agreed. Four was always a stretch."),
        ("Jonas", "If we'd gone with the flat roof we'd be done by now, for the record."),
        ("Mette", "Noted, for the record. Freja, could you also lay out the panel template?"),
        ("Freja", "Hm, not this week, I'm buried in the renders. Kasper?"),
        ("Kasper", "Fine, I'll do the template. End of the week okay?"),
        ("Mette", "Perfect. Same time next Monday, then."),
    ),
    actions=(
        Action("Freja", ("renders",), NEXT_WEDNESDAY),
        Action("Jonas", ("carbon", "estimate"), None),
        Action("Mette", ("chase", "engineers"), TOMORROW),
        Action("Kasper", ("post", "portal"), TODAY),
        Action("Kasper", ("template",), END_OF_WEEK),
    ),
    decisions=(("three", "panels"),),
    questions=(("danish",),),
)

PANTRY_VOLUNTEER_ROTA = Meeting(
    name="pantry_volunteer_rota",
    lines=(
        (
            "Rosa",
            "Okay, everybody, thanks for coming in early. Thanksgiving's Thursday, so "
            "this is all about the Wednesday distribution.",
        ),
        (
            "Terrence",
            "We've got sixty-two volunteers signed up for Wednesday, which is more than last year.",
        ),
        (
            "Megan",
            "But half of them are the corporate group, and they cancelled on us twice in October.",
        ),
        (
            "Rosa",
            "Yeah. Megan, can you call the corporate group's coordinator and confirm "
            "headcount by tomorrow?",
        ),
        ("Megan", "Will do."),
        ("DeShawn", "The walk-in cooler's still making that noise, by the way."),
        ("Terrence", "That noise is the sound of money."),
        ("DeShawn", "Ha. Seriously though, if it goes on Wednesday we lose all the turkeys."),
        ("Rosa", "Okay, that's on me. I'll get the refrigeration company out today."),
        ("Hannah", "Do we do the drive-through line again, or go back to walk-up?"),
        (
            "Rosa",
            "Let's stick with the drive-through. It worked fine last year, and the "
            "alderman's office already approved the street closure.",
        ),
        ("Hannah", "Then I'll need more traffic vests. We have maybe twenty."),
        ("DeShawn", "I can pick up vests from the hardware store Tuesday."),
        (
            "Terrence",
            "And the Spanish-speaking volunteers, we need at least one at every "
            "station. I'll redo the station rota tonight so that works.",
        ),
        ("Megan", "Oh, and the Polish-speaking families? There were a lot more last month."),
        ("Rosa", "Hmm. Do we have any Polish speakers on the list at all?"),
        ("Terrence", "I honestly don't know. The sign-up form doesn't ask."),
        (
            "Rosa",
            "Hannah, could you add a languages question to the sign-up form when you get a minute?",
        ),
        ("Hannah", "Sure."),
        (
            "DeShawn",
            "Last year somebody suggested a second site on the west side. Whatever "
            "happened to that?",
        ),
        ("Rosa", "The board shelved it in the spring. Not our call anymore."),
        (
            "Rosa",
            "Okay. Let's also move volunteer arrival to seven thirty instead of eight on "
            "Wednesday.",
        ),
        ("Terrence", "Good call. I'll text everyone the new time."),
    ),
    actions=(
        Action("Megan", ("confirm", "headcount"), TOMORROW),
        Action("Rosa", ("refrigeration", "company"), TODAY),
        Action("DeShawn", ("vests",), TOMORROW),
        Action("Terrence", ("station", "rota"), TODAY),
        Action("Hannah", ("languages", "question"), None),
        Action("Terrence", ("new", "time"), None),
    ),
    decisions=(("stick", "drive-through"), ("volunteer", "arrival")),
    questions=(("polish", "speakers"),),
)

ROOFTOP_PV_CREWS = Meeting(
    name="rooftop_pv_crews",
    lines=(
        (
            "Javier",
            "Buenos días. Right, the install calendar. We've got the Dos Hermanas "
            "warehouse roof and the three houses in Carmona this week.",
        ),
        (
            "Lucia",
            "The warehouse is a problem. The roof survey said the purlins are thinner "
            "than the drawings.",
        ),
        ("Manolo", "Thinner is one way of putting it. They're basically spaghetti."),
        ("Javier", "So do we go ahead or not?"),
        (
            "Lucia",
            "Not until the structural engineer signs off. I don't want forty tons of, "
            "sorry, four tons of panels sitting on spaghetti.",
        ),
        ("Javier", "Fair. So the warehouse stays on hold until the engineer signs off."),
        ("Javier", "And the crew goes to Carmona first, starting tomorrow."),
        ("Lucia", "I'll send the engineer the survey photos this afternoon."),
        ("Carmen", "The Carmona client, the second house, still hasn't paid the deposit."),
        ("Javier", "Carmen, can you chase the deposit before we unload anything there?"),
        (
            "Carmen",
            "Yes, I'll call her today. And if she doesn't pay by Wednesday we just swap "
            "her with the third house.",
        ),
        ("Manolo", "The inverters for Carmona arrived, but one box was crushed."),
        ("Javier", "Did you open it?"),
        ("Manolo", "Yes, the inverter's fine, it's just the box."),
        (
            "Manolo",
            "At least in November we won't get cooked up there. In August it was "
            "forty-five on the tiles.",
        ),
        ("Javier", "The grid connection paperwork for Endesa, who's got that?"),
        ("Lucia", "Not me, I did the last four."),
        ("Carmen", "I'll do it. I'll submit the connection forms by Friday."),
        (
            "Manolo",
            "Do we know if the new subsidy rules from the Junta apply to installs "
            "signed before January?",
        ),
        ("Javier", "Nobody knows. The Junta hasn't published the details."),
        (
            "Javier",
            "Manolo, could you make sure the scaffolding comes back from the Écija job "
            "by Thursday?",
        ),
        ("Manolo", "Yeah, leave it with me."),
    ),
    actions=(
        Action("Lucia", ("survey", "photos"), TODAY),
        Action("Carmen", ("chase", "deposit"), TODAY),
        Action("Carmen", ("connection", "forms"), FRIDAY),
        Action("Manolo", ("scaffolding",), THURSDAY),
    ),
    decisions=(("warehouse", "hold"), ("carmona", "first")),
    questions=(("subsidy", "rules"),),
)

SMALL_ANIMAL_CLINIC = Meeting(
    name="small_animal_clinic",
    lines=(
        (
            "Aroha",
            "Kia ora, everyone. Let's get through this before the first consult at half ten.",
        ),
        (
            "Ben",
            "First up, the X-ray machine. The technician came Saturday and replaced the "
            "tube, so it's working again.",
        ),
        (
            "Aroha",
            "Oh, thank goodness. Next, the controlled drugs register. The audit flagged "
            "two entries without a second signature.",
        ),
        ("Grace", "That was me, sorry. Both were the night Sione was on call and I was alone."),
        (
            "Aroha",
            "No blame. But from now on, no controlled drug goes out without two "
            "signatures, even after hours.",
        ),
        ("Sione", "Even at 3 a.m.? Who's the second signature, the cat?"),
        (
            "Aroha",
            "The on-call nurse, over video if need be. Ben, can you write that into the "
            "after-hours protocol by Friday?",
        ),
        ("Ben", "Yep, can do."),
        ("Grace", "The dental promo in December. Are we still doing the twenty percent off?"),
        ("Aroha", "The practice owners decided that last month, it's happening."),
        (
            "Sione",
            "Then the reminder texts need to go out. I'll set up the text campaign this week.",
        ),
        (
            "Grace",
            "Um, one more. Mrs Patel, with the diabetic spaniel, she's asking whether we "
            "can do home visits for the insulin checks.",
        ),
        (
            "Aroha",
            "Honestly, I'm not sure we have the staff for home visits. Let's park that for now.",
        ),
        ("Ben", "I'll call Mrs Patel back tomorrow and tell her we're looking into it."),
        (
            "Sione",
            "And the vaccine fridge log. Whoever opens on Saturdays keeps forgetting to "
            "fill it in.",
        ),
        ("Grace", "Whoever. Subtle."),
        ("Aroha", "Grace, could you put a laminated checklist on the fridge door?"),
        ("Grace", "Sure, I'll do it today."),
        ("Aroha", "Good. Oh, and we're moving Thursday's staff meeting to Friday lunchtime."),
    ),
    actions=(
        Action("Ben", ("protocol",), FRIDAY),
        Action("Sione", ("text", "campaign"), END_OF_WEEK),
        Action("Ben", ("call", "patel"), TOMORROW),
        Action("Grace", ("checklist",), TODAY),
    ),
    decisions=(("two", "signatures"), ("staff", "meeting")),
    questions=(("home", "visits"),),
)

TOURING_PRODUCTION = Meeting(
    name="touring_production",
    lines=(
        (
            "Fiona",
            "Right, tour production meeting. We open in Inverness on the 3rd, so that's "
            "ten days. Callum, set?",
        ),
        (
            "Callum",
            "The set's built. The revolve is still sticking about three-quarters of the "
            "way round though.",
        ),
        ("Rab", "It's not sticking, it's making an artistic choice."),
        ("Callum", "I'll get the workshop to fix the revolve by Wednesday."),
        (
            "Isla",
            "The Aberdeen venue sent their tech spec. Their get-in door is two metres "
            "narrower than ours.",
        ),
        ("Fiona", "Two metres? How did nobody catch that?"),
        ("Isla", "Their old spec said otherwise. I checked it back in September."),
        ("Fiona", "Okay. Does our kit even fit through a door that size?"),
        (
            "Callum",
            "The truss does, if we split it. Whether the revolve fits, I genuinely don't know.",
        ),
        ("Fiona", "Isla, can you get the exact door measurements from Aberdeen by Thursday?"),
        ("Isla", "Aye, no bother."),
        ("Niamh", "Accommodation for Dundee. The hotel can only do eight rooms, we need eleven."),
        ("Fiona", "Could we put the crew in the flats we used last time?"),
        ("Niamh", "Those got sold. I'll find three more rooms somewhere, but no promises."),
        (
            "Fiona",
            "Let's drop the Saturday matinee in Dundee. The get-out's the same night and "
            "it's too tight.",
        ),
        ("Rab", "The producers won't love that."),
        (
            "Fiona",
            "The producers are welcome to come and do the get-out themselves. I'll tell "
            "the producers this afternoon.",
        ),
        ("Rab", "Sound's fine, by the way. I replaced the radio mics in October."),
        ("Niamh", "The touring insurance renewal. Is it us or the producers who pay for it?"),
        ("Fiona", "Good question. I'll check the contract."),
        ("Fiona", "Rab, could you send a rider for the Inverness sound desk by Friday?"),
        ("Rab", "Sure."),
    ),
    actions=(
        Action("Callum", ("revolve",), WEDNESDAY),
        Action("Isla", ("door", "measurements"), THURSDAY),
        Action("Niamh", ("three", "rooms"), None),
        Action("Fiona", ("tell", "producers"), TODAY),
        Action("Fiona", ("check", "contract"), None),
        Action("Rab", ("rider",), FRIDAY),
    ),
    decisions=(("drop", "matinee"),),
    questions=(("revolve", "fits"), ("insurance",)),
)

KYC_REMEDIATION = Meeting(
    name="kyc_remediation",
    lines=(
        (
            "Wei",
            "Okay, compliance sync. The MAS inspection is in January, so the KYC backlog "
            "is priority one.",
        ),
        (
            "Arjun",
            "We're at about eleven hundred files still needing refreshed documents. Down "
            "from eighteen hundred.",
        ),
        (
            "Siti",
            "Which sounds great until you remember the first seven hundred were the easy ones.",
        ),
        (
            "Wei",
            "Right. Arjun, can you split the remaining files by risk rating so we do the "
            "high-risk ones first?",
        ),
        ("Arjun", "Sure, I'll have the split by Wednesday."),
        (
            "Marcus",
            "On transaction monitoring, the false positive rate on the new crypto rule "
            "is insane. Like ninety-five percent.",
        ),
        ("Wei", "Do we switch it off?"),
        (
            "Marcus",
            "No, we can't switch it off, legal said so last week. But we could raise "
            "the threshold.",
        ),
        ("Wei", "Okay, let's raise the threshold to five thousand Singapore dollars."),
        (
            "Marcus",
            "I'll make the threshold change tomorrow and pull the alert numbers again in "
            "two weeks.",
        ),
        ("Siti", "The policy manual still quotes the old threshold in three places."),
        ("Wei", "Siti, could you update the policy manual?"),
        ("Siti", "Can it wait till after the audit prep? I'm drowning."),
        ("Wei", "Fine, but by the end of the month."),
        ("Siti", "Okay, end of the month."),
        ("Arjun", "What about the outsourced review team in Manila? Do we renew their contract?"),
        ("Wei", "That's above my pay grade. The COO decides, and she hasn't said."),
        (
            "Marcus",
            "Also, someone from product asked if we could approve the new onboarding "
            "flow by Friday.",
        ),
        ("Wei", "We'll look at it when we look at it. Not by Friday."),
        ("Siti", "I can sit in on their product demo Thursday, if that helps?"),
        ("Wei", "Yes please, that would help."),
        ("Wei", "And I'll draft the inspection readiness memo for the board by the 15th."),
    ),
    actions=(
        Action("Arjun", ("risk", "rating"), WEDNESDAY),
        Action("Marcus", ("threshold", "change"), TOMORROW),
        Action("Marcus", ("alert", "numbers"), IN_TWO_WEEKS),
        Action("Siti", ("policy", "manual"), END_OF_MONTH),
        Action("Siti", ("product", "demo"), THURSDAY),
        Action("Wei", ("readiness", "memo"), THE_15TH),
    ),
    decisions=(("raise", "threshold"),),
    questions=(("renew", "contract"),),
)

CREW_ROSTERING = Meeting(
    name="crew_rostering",
    lines=(
        (
            "Ingrid",
            "God morgen. The December roster. It goes out to crews on the 3rd, and "
            "we're not there yet.",
        ),
        ("Lars", "We're short four captains on the Dash 8 base in Tromsø over Christmas."),
        ("Solveig", "Five, actually. Henriksen went on sick leave Friday."),
        ("Lars", "Five. Right."),
        ("Ingrid", "Can we borrow from the Bodø base?"),
        ("Erik", "Bodø is short as well. Honestly, Bodø would laugh at us."),
        ("Ingrid", "Okay. Then we offer overtime to the Tromsø captains first, at the union rate."),
        ("Solveig", "The union agreed that rate back in August, so there's nothing to negotiate."),
        ("Ingrid", "Good. Solveig, can you send the overtime offer to the captains tomorrow?"),
        ("Solveig", "Yes."),
        (
            "Erik",
            "The fatigue tool is flagging the early Hammerfest rotations. Three early "
            "starts in a row.",
        ),
        ("Lars", "If the weather's bad in Hammerfest those rotations overrun anyway."),
        (
            "Ingrid",
            "Erik, could you rework the Hammerfest rotations so nobody does more than two earlies?",
        ),
        (
            "Erik",
            "I'll rework them. Thursday, is that okay? No, Friday, I'm on the safety "
            "course Thursday.",
        ),
        (
            "Lars",
            "What about the cadet first officers? Are they cleared for the Svalbard route yet?",
        ),
        ("Ingrid", "I don't know. Flight ops hasn't decided."),
        ("Lars", "I'll publish a draft roster for the crews to comment on by next Tuesday."),
        ("Ingrid", "And let's freeze swap requests from Wednesday. Otherwise we never finish."),
        ("Solveig", "People will complain."),
        ("Ingrid", "People always complain. I'll put a note on the crew portal today."),
    ),
    actions=(
        Action("Solveig", ("overtime", "offer"), TOMORROW),
        Action("Erik", ("rotations",), FRIDAY),
        Action("Lars", ("draft", "roster"), NEXT_TUESDAY),
        Action("Ingrid", ("crew", "portal"), TODAY),
    ),
    decisions=(("offer", "overtime"), ("freeze", "swap")),
    questions=(("cadet", "svalbard"),),
)

MONTREAL_BRANCH_STAFF = Meeting(
    name="montreal_branch_staff",
    lines=(
        (
            "Genevieve",
            "Bon, on commence? Okay, in English for Patrick. Three things: the "
            "renovation, the winter programs and the laptops.",
        ),
        ("Patrick", "Merci. My French is improving, I promise."),
        ("Olivier", "It's improving the way the Habs' power play is improving."),
        (
            "Genevieve",
            "Olivier. Be nice. Renovation first. The city confirmed the children's "
            "section closes in January for six weeks.",
        ),
        ("Amira", "So where does story time go?"),
        ("Genevieve", "We'll move story time to the community room upstairs for those six weeks."),
        ("Amira", "Okay. Then I'll redo the story time posters with the new room by Friday."),
        (
            "Patrick",
            "The community room's booked Tuesday mornings by the seniors' tai chi group, though.",
        ),
        (
            "Genevieve",
            "Ah. Patrick, can you talk to the tai chi group and see if they'll shift "
            "to Wednesdays?",
        ),
        ("Patrick", "Sure, I see them tomorrow anyway."),
        ("Chloe", "Winter programs. Homework help, do we keep running it over the holidays?"),
        ("Genevieve", "No, we pause homework help over the holidays. The kids aren't here anyway."),
        (
            "Olivier",
            "The laptop lending. Four of the twelve came back with cracked screens this fall.",
        ),
        ("Chloe", "Do we start charging for damage?"),
        (
            "Genevieve",
            "That's a policy question for head office, not us. I'll raise it at the "
            "branch managers' meeting next Wednesday.",
        ),
        (
            "Olivier",
            "Meanwhile I'll get the four screens repaired. The supplier quoted ninety "
            "dollars each.",
        ),
        ("Chloe", "Could someone do the French-English signage for the new self-checkout?"),
        ("Amira", "I would, but I've got the posters."),
        ("Chloe", "Okay, I'll do the signage myself then. By the end of next week."),
        ("Genevieve", "Parfait. Merci tout le monde."),
    ),
    actions=(
        Action("Amira", ("posters",), FRIDAY),
        Action("Patrick", ("tai", "chi"), TOMORROW),
        Action("Genevieve", ("raise", "branch"), NEXT_WEDNESDAY),
        Action("Olivier", ("screens", "repaired"), None),
        Action("Chloe", ("signage",), END_OF_NEXT_WEEK),
    ),
    decisions=(("story", "time"), ("pause", "homework", "help")),
    questions=(("charging", "damage"),),
)

WHOLESALE_ACCOUNTS = Meeting(
    name="wholesale_accounts",
    lines=(
        (
            "Josh",
            "Alright, wholesale catch-up. Green bean prices are up again, so that's the "
            "elephant in the room.",
        ),
        ("Mei", "Up eighteen percent since July. Our cafes haven't had a price rise in two years."),
        ("Liam", "Two years and three months. Not that anyone's counting."),
        (
            "Josh",
            "Okay. We put wholesale prices up eight percent from January. I'd rather eat "
            "some of it than lose the cafes.",
        ),
        ("Bec", "Then the cafes need at least a month's notice. Who's writing that letter?"),
        ("Mei", "I'll draft the price letter and send it to Josh by Wednesday."),
        ("Josh", "The Fitzroy cafe, Little Sparrow, they're two invoices overdue."),
        ("Bec", "Three, actually. October's went out late, my fault."),
        ("Josh", "Bec, can you ring them this week and sort out a payment plan?"),
        ("Bec", "Yeah, I'll ring them, but I'm not doing a payment plan without you there."),
        ("Josh", "Fair enough. Just ring them for now."),
        (
            "Liam",
            "The new decaf. The sample roasts are ready. Do we launch it to wholesale or "
            "just retail first?",
        ),
        ("Josh", "Retail first. Let's see if anyone actually drinks decaf."),
        ("Liam", "Heathen. I'll send samples to our five biggest cafes anyway, for feedback."),
        (
            "Mei",
            "And the machine service contract for the cafes, the one with Coffee Tech. Are "
            "we renewing, or going with someone else?",
        ),
        ("Josh", "I need to see other quotes first. Don't know yet."),
        ("Liam", "I'll get two more quotes by next Friday."),
        ("Bec", "Oh, the Christmas closure. Roastery's shut from the 24th, right?"),
        ("Josh", "Yes, same as every year."),
        (
            "Mei",
            "So cafes need their last orders in by the 15th. I'll email all the accounts tomorrow.",
        ),
    ),
    actions=(
        Action("Mei", ("price", "letter"), WEDNESDAY),
        Action("Bec", ("ring",), END_OF_WEEK),
        Action("Liam", ("samples",), None),
        Action("Liam", ("quotes",), NEXT_FRIDAY),
        Action("Mei", ("email", "accounts"), TOMORROW),
    ),
    decisions=(("eight", "percent"), ("retail", "first")),
    questions=(("service", "contract"),),
)

MEETINGS = (
    SKI_RENTAL_COUNTER,
    COMPETITION_ENTRY,
    PANTRY_VOLUNTEER_ROTA,
    ROOFTOP_PV_CREWS,
    SMALL_ANIMAL_CLINIC,
    TOURING_PRODUCTION,
    KYC_REMEDIATION,
    CREW_ROSTERING,
    MONTREAL_BRANCH_STAFF,
    WHOLESALE_ACCOUNTS,
)

__all__ = ["MEETING_DATE", "MEETINGS"]
