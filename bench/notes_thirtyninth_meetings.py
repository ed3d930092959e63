"""Thirty-ninth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of the other sets, in
ten kinds of meeting those sets lack: a glaciology field-season planning meeting, a genomics
sequencing core facility weekly, an intermodal rail freight terminal operations meeting, a
bridge deck pre-pour meeting, a road resurfacing night-works coordination call, a publisher's
foreign rights team weekly, an athletics meet officials' briefing, a pro cycling team's
training-camp logistics meeting, a wheelchair loan charity's coordinators meeting and a parcel
cross-dock hub's peak planning meeting. People talk as they do: fillers, false starts, jokes,
interruptions, self-corrections, commitments in many forms, due dates in many forms or none.
The labels are what a careful note-taker would write down; past work, things that happen
anyway, hypotheticals, hedges, requests nobody takes, polite refusals, answered questions,
reported speech, sarcasm and decisions taken elsewhere earlier are there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon" and
"after this" are that day, a bare weekday is the next one, "next Tuesday" and "next Friday"
are those of next week ("the fourth" is 4 December), "the third" is 3 December, "the
fifteenth" is 15 December, a vague period ("this week", "next week", "the end of the month")
is due on its last day, Sunday for weeks, and "soon" or no time at all has no date.
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
    NEXT_TUESDAY,
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


GLACIER_FIELDWORK = Meeting(
    name="glacier_fieldwork_planning",
    lines=(
        ("Agustin", "Right, let's get going, we've only got the room till half past."),
        ("Agustin", "Field season prep for Patagonia. First thing, the ice-penetrating radar."),
        ("Dagny", "So, um, it came back from calibration last week, and it's fine. Fine-ish."),
        ("Dagny", "The antenna cable has a kink in it and I don't trust it at minus twenty."),
        ("Agustin", "Can you order a spare, then?"),
        ("Dagny", "Yep, I'll order two spare cables today, they're cheap."),
        ("Hedda", "Last time we took that radar out, Jens dropped it in a crevasse."),
        ("Jens", "It was a very shallow crevasse. And I got it back."),
        ("Agustin", "Ha. Okay. Permits. Kerstin, anything from the park authority?"),
        (
            "Kerstin",
            "They said in their email they'd approve it once they have the revised route. "
            "So I'll send them the revised route map by Wednesday, once Jens gives me the "
            "GPS tracks.",
        ),
        ("Jens", "You'll have the tracks tomorrow morning."),
        (
            "Hedda",
            "Do we actually need the helicopter for the second week, or can we ski the kit in?",
        ),
        (
            "Agustin",
            "Honestly, I don't know. It depends on snow cover, and we won't know that "
            "until January.",
        ),
        (
            "Agustin",
            "What I do want settled today is the team size. We're going with five on the ice, "
            "not six.",
        ),
        ("Hedda", "Fine by me. Fewer people to share the tent with."),
        ("Agustin", "Hedda, could you redo the food plan for five people?"),
        (
            "Hedda",
            "Sure, I'll have the food plan redone by Friday. Actually, make it Thursday, "
            "I'm off on Friday.",
        ),
        ("Jens", "If we'd had five people last year we'd have finished the transect. Anyway."),
        ("Dagny", "Someone should check whether the satellite phone contract has lapsed."),
        ("Agustin", "Mm. Let's leave that for now, it's not urgent."),
        ("Kerstin", "One more: the insurance forms. Everyone needs to sign them."),
        ("Agustin", "I'll collect the signed insurance forms at the group meeting next Tuesday."),
        (
            "Agustin",
            "Oh, and we're flying via Santiago, not Buenos Aires. The department signed that "
            "off last month.",
        ),
        ("Agustin", "Okay, that's it. Thanks all."),
    ),
    actions=(
        Action("Dagny", ("cables", "order"), TODAY),
        Action("Kerstin", ("route", "map"), WEDNESDAY),
        Action("Jens", ("tracks",), TOMORROW),
        Action("Hedda", ("food", "plan"), THURSDAY),
        Action("Agustin", ("insurance", "forms"), NEXT_TUESDAY),
    ),
    decisions=(("five", "ice"),),
    questions=(("helicopter", "ski"),),
)


SEQUENCING_CORE = Meeting(
    name="sequencing_core_facility",
    lines=(
        ("Ibrahim", "Morning. Let's do the queue first, then the instrument stuff."),
        ("Clara", "Queue is, uh, forty-one samples waiting, most of them from oncology."),
        ("Clara", "We ran the big batch for the plant lab on Thursday, that's all delivered."),
        ("Ibrahim", "Forty-one. Okay. Linus, the long-read machine?"),
        ("Linus", "Flow cell yields are down about thirty percent. I think it's the new lot."),
        ("Linus", "I'll contact the vendor this afternoon and ask for a replacement lot."),
        ("Fabienne", "Could it be the library prep rather than the flow cells?"),
        ("Linus", "No, we checked. Same libraries on the old lot gave normal yields."),
        (
            "Ibrahim",
            "Good. Then from now on we're pausing long-read runs until the replacement lot "
            "arrives.",
        ),
        ("Gaurav", "The oncology people won't love that."),
        ("Ibrahim", "No. Gaurav, can you let the oncology group know, and give them an estimate?"),
        ("Gaurav", "Yeah, fine. I'll email them after this."),
        ("Fabienne", "On pricing, are we raising the internal rate in January or not?"),
        ("Ibrahim", "That's the steering committee's call, and they haven't met yet."),
        ("Clara", "Just so everyone knows, the freezer alarm went off on Saturday."),
        ("Clara", "It was a door left open. It's fine."),
        ("Ibrahim", "Who left it open?"),
        ("Clara", "I'm not naming names. Linus."),
        ("Linus", "Wow. Thanks."),
        ("Ibrahim", "Ha. Okay, Fabienne, the training session for new users, when is it?"),
        (
            "Fabienne",
            "I'll run the training session on the third. As long as the seminar room's free.",
        ),
        ("Ibrahim", "Book the room then, it goes fast."),
        ("Fabienne", "Will do, I'll book it today."),
        ("Gaurav", "We should maybe think about a second basecalling server at some point."),
        ("Ibrahim", "Maybe. Not this quarter."),
        ("Clara", "I'll update the queue dashboard so the pause shows, by the end of the week."),
        ("Ibrahim", "Great. Done."),
    ),
    actions=(
        Action("Linus", ("vendor",), TODAY),
        Action("Gaurav", ("oncology",), TODAY),
        Action("Fabienne", ("training", "session"), DECEMBER_3),
        Action("Fabienne", ("room", "book"), TODAY),
        Action("Clara", ("queue", "dashboard"), END_OF_WEEK),
    ),
    decisions=(("pausing", "runs"),),
    questions=(("internal", "rate"),),
)


RAIL_FREIGHT = Meeting(
    name="rail_freight_terminal",
    lines=(
        ("Bertrand", "Okay, morning. Rail side first. Efua."),
        (
            "Efua",
            "So the Tuesday train from the port was late again, three hours, and we missed "
            "the truck slots.",
        ),
        ("Efua", "That's the fourth time this month. The operator keeps blaming the signalling."),
        (
            "Bertrand",
            "Right. I'll raise it with their account manager on Wednesday, we've got the "
            "quarterly call anyway.",
        ),
        ("Godfrey", "Reach stacker two is still down. Hydraulic leak."),
        (
            "Godfrey",
            "The part's on order, it should land Thursday, and I'll fit it to the stacker the "
            "same day.",
        ),
        ("Indira", "Do we have enough lift capacity without it? Peak's starting."),
        ("Godfrey", "Yes, just about. We managed last year with two down."),
        ("Bertrand", "Okay. On the night shift: we're extending it to six days from next week."),
        ("Lamar", "Who's telling the crew? Because it won't be me, they'll throw things."),
        ("Bertrand", "I'll tell them. I'll do a briefing at the shift change tomorrow."),
        ("Lamar", "Okay. Customs: the bonded area audit is on the fifteenth."),
        ("Lamar", "I'll have the seal logs pulled together before then, say by next Friday."),
        ("Indira", "And the new booking portal, are we forcing hauliers onto it in January?"),
        ("Bertrand", "Head office already decided that. January the fifth, everyone's on it."),
        ("Indira", "Right. Then I'll write a one-page guide for the hauliers. End of the month?"),
        ("Bertrand", "Perfect."),
        ("Efua", "Should we be charging the rail operator for the missed slots?"),
        (
            "Bertrand",
            "Good question. I genuinely don't know if the contract lets us. Let's park it.",
        ),
        ("Godfrey", "If they're late again on Tuesday I'm going to drive the train myself."),
        ("Bertrand", "Please don't. Okay, thanks everyone."),
    ),
    actions=(
        Action("Bertrand", ("account", "manager"), WEDNESDAY),
        Action("Godfrey", ("stacker",), THURSDAY),
        Action("Bertrand", ("briefing",), TOMORROW),
        Action("Lamar", ("seal", "logs"), NEXT_FRIDAY),
        Action("Indira", ("guide", "hauliers"), END_OF_MONTH),
    ),
    decisions=(("night", "six"),),
    questions=(("charging", "slots"),),
)


BRIDGE_DECK_POUR = Meeting(
    name="bridge_deck_pour",
    lines=(
        ("Desmond", "Right, pre-pour meeting for span three. Keep it tight, everyone's busy."),
        ("Alma", "Formwork's signed off. The engineer walked it on Friday and was happy."),
        ("Desmond", "Weather?"),
        ("Caspar", "Dry Thursday, rain from Friday lunchtime. So Thursday's the window."),
        ("Desmond", "Then we pour on Thursday, starting at five a.m."),
        ("Kamal", "Five? The batching plant doesn't open till six."),
        ("Desmond", "Kamal, call the plant and see if they'll open early for us."),
        ("Kamal", "Yeah, I'll ring the plant this morning."),
        ("Jocelyn", "We'll need the pump too. The big one, the fifty-two metre."),
        ("Desmond", "Isn't that already booked?"),
        ("Jocelyn", "It was booked for Friday. I'll move the pump booking to Thursday, today."),
        ("Caspar", "What about the cube tests? Who's taking them?"),
        ("Alma", "Me. I'll take the cubes on the day and get them to the lab by Friday."),
        ("Desmond", "Traffic management. The lane closure on the road below, is it approved?"),
        ("Caspar", "The council hasn't replied. I've chased them twice."),
        (
            "Desmond",
            "Chase the council again then. Today please, Caspar, we can't pour without it.",
        ),
        ("Caspar", "Fine."),
        ("Kamal", "If they say no we'd be pouring over live traffic, which, no."),
        ("Jocelyn", "Do we want a night crew for the curing, or just the blankets?"),
        ("Desmond", "Just the blankets, we're not paying a night crew for curing."),
        ("Kamal", "Are we getting paid extra for the early start, or is that goodwill?"),
        ("Desmond", "Ask me after the pour."),
        ("Alma", "Do we know if the engineer wants to be on site for the pour?"),
        ("Desmond", "No idea. Alma, ask him?"),
        ("Alma", "Sure, I'll drop the engineer a message."),
        ("Desmond", "Good. Thursday, five a.m., don't be late. Bacon rolls are on me."),
    ),
    actions=(
        Action("Kamal", ("plant",), TODAY),
        Action("Jocelyn", ("pump", "booking"), TODAY),
        Action("Alma", ("cubes", "lab"), FRIDAY),
        Action("Caspar", ("council",), TODAY),
        Action("Alma", ("engineer",), None),
    ),
    decisions=(("pour", "thursday"), ("blankets", "curing")),
    questions=(("paid", "early"),),
)


NIGHT_RESURFACING = Meeting(
    name="road_resurfacing_night_works",
    lines=(
        ("Hakan", "Evening all. Or morning, whatever it is for you night people."),
        ("Beatrix", "It's bedtime. Be quick."),
        ("Hakan", "Ha. Okay. We planed and laid the eastbound section last week, that's done."),
        ("Leopold", "Mostly done. There's a joint at the slip road that failed the core test."),
        ("Hakan", "Okay, so we redo that joint. Leopold, can you get it scheduled?"),
        ("Leopold", "Yeah, I'll get the joint redone on Wednesday night."),
        ("Greer", "We had three complaints about noise from the houses on Mill Lane."),
        ("Greer", "One of them said the breaker was going at two in the morning."),
        ("Hakan", "Was it?"),
        ("Isaac", "Yes. Sorry. That one's on me."),
        ("Hakan", "Right. From now on, no breaking after midnight near Mill Lane."),
        ("Greer", "I'll write to the residents and apologise, letters out by Thursday."),
        (
            "Beatrix",
            "What about the westbound closure, are we still doing it over the weekend or "
            "moving it?",
        ),
        ("Hakan", "Still the weekend. The highways authority confirmed it back in October."),
        ("Isaac", "Then I need more traffic management crew for Saturday night."),
        ("Hakan", "How many?"),
        ("Isaac", "Four more, at least. I'll ring the agency, uh, tomorrow, first thing."),
        ("Beatrix", "And someone needs to sort the welfare van, the heater's broken again."),
        (
            "Hakan",
            "I can look at it... actually no, I'm stuck in the office all week. Beatrix, "
            "could you?",
        ),
        ("Beatrix", "I'm not a mechanic. But fine, I'll get someone out to the van this week."),
        ("Leopold", "Do we know whether the client's going to extend us into January?"),
        ("Hakan", "Not yet. They're still arguing about the budget."),
        ("Hakan", "Okay, go to bed, all of you."),
    ),
    actions=(
        Action("Leopold", ("joint",), WEDNESDAY),
        Action("Greer", ("residents",), THURSDAY),
        Action("Isaac", ("agency",), TOMORROW),
        Action("Beatrix", ("van",), END_OF_WEEK),
    ),
    decisions=(("breaking", "midnight"),),
    questions=(("extend", "january"),),
)


FOREIGN_RIGHTS = Meeting(
    name="foreign_rights_weekly",
    lines=(
        ("Celia", "Right, weekly rights catch-up. Post-fair hangover edition."),
        ("Baptiste", "Speak for yourself, I was in bed by ten every night."),
        ("Karolina", "Liar."),
        ("Celia", "Okay, offers. Karolina, the Korean offer on the memoir?"),
        (
            "Karolina",
            "They came in at six thousand dollars, which is low. Their agent says they'd go "
            "to eight.",
        ),
        ("Celia", "Counter at eight then, and give them till Friday."),
        ("Karolina", "I'll send the counter this afternoon."),
        ("Esme", "The German publisher wants the audio rights bundled in with translation."),
        ("Celia", "No. Audio stays separate, that's been our policy for years."),
        ("Esme", "Fine, I'll let the German publisher know, um, tomorrow."),
        ("Farouk", "Has anyone sent the French scout the proof of the debut novel?"),
        ("Baptiste", "I did, on Thursday, she's reading it."),
        ("Celia", "The spring catalogue needs updating with the new covers."),
        ("Baptiste", "I'll do the catalogue. When do you need it?"),
        ("Celia", "By the fifteenth, before the London pre-fair mailing."),
        ("Baptiste", "Fine, the fifteenth."),
        (
            "Esme",
            "Should we be going to Frankfurt with a stand next year, or just a table again?",
        ),
        ("Celia", "I don't know. It's a lot of money. Let's see what the budget looks like."),
        ("Farouk", "Small thing: the contracts database still shows the Polish deal as pending."),
        ("Farouk", "I'll fix the database, it's two minutes."),
        ("Celia", "And I'll draft the royalty statements for the agents by the end of the month."),
        (
            "Celia",
            "Oh, and we're dropping the Italian sub-agent for children's books, we'll go "
            "direct from January.",
        ),
        ("Karolina", "If we'd sold the memoir to Japan in the spring we'd all be rich."),
        ("Celia", "We'd be slightly less poor. Okay, thanks everyone."),
    ),
    actions=(
        Action("Karolina", ("counter",), TODAY),
        Action("Esme", ("german", "publisher"), TOMORROW),
        Action("Baptiste", ("catalogue",), THE_15TH),
        Action("Farouk", ("database",), None),
        Action("Celia", ("royalty", "statements"), END_OF_MONTH),
    ),
    decisions=(("counter", "eight"), ("italian", "direct")),
    questions=(("frankfurt", "stand"),),
)


ATHLETICS_OFFICIALS = Meeting(
    name="athletics_meet_officials",
    lines=(
        ("Gunnar", "Okay, officials' meeting for Saturday's indoor meet. Can the back hear me?"),
        ("Daria", "Yes. Unfortunately."),
        ("Gunnar", "Ha. Right. Entries: two hundred and ten, which is up on last year."),
        (
            "Ambrose",
            "The photo-finish camera had that timing issue at the last meet. It's been "
            "serviced since.",
        ),
        ("Gunnar", "Ambrose, can you do a test run with it before Saturday?"),
        ("Ambrose", "Yep, I'll test the camera on Friday evening, I'll be there from six."),
        ("Hilde", "We're short on lap counters for the three thousand metres. I need two more."),
        (
            "Jules",
            "I can be a lap counter on Saturday. My daughter's not running till the afternoon.",
        ),
        ("Gunnar", "Great. Hilde, can you find one more?"),
        ("Hilde", "I'll ask at the club tonight for another counter."),
        (
            "Daria",
            "Question on false starts for the under-thirteens. Are we disqualifying, or giving "
            "a warning?",
        ),
        ("Gunnar", "Let's go with a warning for the under-thirteens, same as the county meet."),
        ("Daria", "Okay. I'll put that in the starters' notes."),
        (
            "Jules",
            "What happens if the high jump runs over? Last time it clashed with the relays.",
        ),
        ("Gunnar", "Good question, and I don't have an answer. The schedule's tight."),
        ("Hilde", "Parking. The leisure centre says we can't use the staff car park this time."),
        (
            "Gunnar",
            "Right, so officials park at the school across the road. I'll email everyone "
            "the map tomorrow.",
        ),
        ("Ambrose", "Are we doing the tea urn again or is that too much faff?"),
        ("Daria", "Tea urn is non-negotiable."),
        ("Gunnar", "Agreed, the tea urn stays. Thanks all, see you Saturday, seven-thirty sharp."),
    ),
    actions=(
        Action("Ambrose", ("camera", "test"), FRIDAY),
        Action("Jules", ("lap", "counter"), SATURDAY),
        Action("Hilde", ("counter",), TODAY),
        Action("Daria", ("notes",), None),
        Action("Gunnar", ("map", "email"), TOMORROW),
    ),
    decisions=(("warning",), ("park", "school"), ("tea", "urn")),
    questions=(("high", "jump"),),
)


CYCLING_CAMP = Meeting(
    name="cycling_team_camp_logistics",
    lines=(
        ("Adil", "Okay, December camp in Calpe. Eleven riders, eight staff. Let's go through it."),
        ("Fleur", "Hotel's confirmed, the deposit went out last Monday."),
        ("Adil", "Bikes. Christoph?"),
        ("Christoph", "So the new frames arrive, in theory, Wednesday. In practice, who knows."),
        ("Christoph", "Once they're here I'll build up the race bikes, takes me about a week."),
        ("Adil", "Right, the truck leaves next Friday, the fourth, whatever happens."),
        ("Kazuo", "On nutrition, I want to try the new carb drink with the climbers at camp."),
        ("Lorraine", "Has it been batch-tested? We can't risk a contamination positive."),
        ("Kazuo", "Not yet. I'll request the batch certificate from the supplier today."),
        ("Adil", "Then no new products at camp until we've seen that certificate."),
        ("Lorraine", "Medical: flu jabs. Five riders still haven't had theirs."),
        ("Lorraine", "I'll chase the five this week and book the clinic for whoever's left."),
        ("Fleur", "Who's driving the team car down? I'm not doing it again after last year."),
        ("Christoph", "Last year was fine."),
        ("Fleur", "Last year you got us lost in Andorra, Christoph."),
        ("Adil", "I'll drive it. Problem solved."),
        ("Kazuo", "Do we know yet whether the new sponsor's kit will arrive before camp?"),
        ("Fleur", "No, they keep saying 'soon'. Which means nothing."),
        ("Adil", "Fleur, can you send everyone the final rooming list?"),
        ("Fleur", "Yeah, by Thursday."),
        ("Adil", "Good. That's it. Go ride your bikes, or whatever it is you people do."),
    ),
    actions=(
        Action("Christoph", ("bikes", "build"), None),
        Action("Kazuo", ("certificate",), TODAY),
        Action("Lorraine", ("clinic",), END_OF_WEEK),
        Action("Adil", ("drive",), None),
        Action("Fleur", ("rooming", "list"), THURSDAY),
    ),
    decisions=(("truck", "leaves"), ("products", "certificate")),
    questions=(("sponsor", "kit"),),
)


WHEELCHAIR_LOANS = Meeting(
    name="wheelchair_loan_charity",
    lines=(
        ("Doreen", "Hello everyone, thanks for coming, I know it's cold. Tea's on the side."),
        ("Doreen", "So. Loans. We've got sixty-eight chairs out, which is a record."),
        ("Ishaan", "And eleven on the waiting list. Mostly short-term, after surgery."),
        ("Aurora", "Four chairs came back last week needing new tyres. I've done two of them."),
        ("Aurora", "I'll do the tyres on the other two on Wednesday when I'm in."),
        ("Doreen", "Lovely. The community foundation grant: Jacinta, any news?"),
        ("Jacinta", "Yes, it came through! Twelve thousand. They told me on Friday."),
        ("Doreen", "Brilliant. So what are we spending it on?"),
        ("Elliot", "We could get more paediatric chairs, we never have enough."),
        ("Ishaan", "Or a second van. Ours is basically held together by prayer."),
        (
            "Doreen",
            "Chairs first. We'll buy six paediatric chairs and look at the van in the spring.",
        ),
        ("Jacinta", "I'll get three quotes for the paediatric chairs by the end of next week."),
        ("Elliot", "The deposit policy. Do we still take a deposit from people on benefits?"),
        ("Doreen", "No, we waived that back in the summer. The trustees agreed it."),
        ("Elliot", "Oh. Then the website's wrong, it still says fifty pounds."),
        ("Ishaan", "I'll fix the website tonight."),
        (
            "Doreen",
            "Thank you. Volunteer Christmas party: do we want one, or do we do something in "
            "January when it's quieter?",
        ),
        ("Aurora", "January. Everyone's exhausted in December."),
        ("Elliot", "I'd rather December, honestly."),
        ("Doreen", "Let's not decide now. I'll put it to the volunteers."),
        ("Jacinta", "Oh, and the Rotary club want someone to give a talk in the new year."),
        ("Doreen", "Anyone? ... No? Okay, we'll leave that one for now."),
        (
            "Elliot",
            "Last thing, can someone check the hoist in the van? It made a horrible noise on "
            "Saturday.",
        ),
        ("Ishaan", "I'll look at the hoist tomorrow before the deliveries."),
        ("Doreen", "Perfect. Thanks all. Take a mince pie on the way out."),
    ),
    actions=(
        Action("Aurora", ("tyres",), WEDNESDAY),
        Action("Jacinta", ("quotes",), END_OF_NEXT_WEEK),
        Action("Ishaan", ("website",), TODAY),
        Action("Doreen", ("volunteers",), None),
        Action("Ishaan", ("hoist",), TOMORROW),
    ),
    decisions=(("paediatric", "chairs"),),
    questions=(("party", "january"),),
)


CROSS_DOCK_PEAK = Meeting(
    name="cross_dock_peak_planning",
    lines=(
        (
            "Lamin",
            "Okay, Black Friday's this Friday, obviously, so this is the last peak meeting. "
            "Let's be quick.",
        ),
        (
            "Gisela",
            "Volume forecast is up again. The client now says forty percent over last year.",
        ),
        ("Horatio", "Forty? Last week it was thirty."),
        ("Gisela", "I know. They revised it on Saturday."),
        (
            "Lamin",
            "Gisela, can you update the forecast in the planning sheet so we all work off forty?",
        ),
        ("Gisela", "Will do, give me an hour."),
        ("Lamin", "And we need the extra sort line running. Alexei, where are we with line four?"),
        (
            "Alexei",
            "The belt's fitted, the scanners aren't. The engineer's coming, um, Tuesday. No, "
            "sorry, Wednesday.",
        ),
        ("Lamin", "Wednesday's cutting it fine. Can you get it commissioned by Thursday?"),
        ("Alexei", "Yes, I'll have line four commissioned by Thursday, worst case late Thursday."),
        ("Belinda", "Agency staff. Sixty booked for Friday night, but I'm short on Saturday."),
        ("Lamin", "How short?"),
        ("Belinda", "Fifteen-ish. I'll go back to the second agency today."),
        ("Horatio", "What if line four isn't ready? Do we push the late trunks to Sunday?"),
        ("Lamin", "No, the trunk times stay as they are, we'll hand-sort if we have to."),
        ("Gisela", "Could we close the canteen on Friday night to free up space for cages?"),
        ("Lamin", "No, absolutely not, people need to eat."),
        ("Horatio", "Overflow yard. We'll need extra trailer spaces from the farm next door."),
        ("Horatio", "I'll ring the farmer tomorrow about renting the field."),
        ("Lamin", "Good. And I'll send the peak rota to all the shift leads tonight."),
        ("Belinda", "Do we know if the client's paying the overtime premium this year?"),
        ("Lamin", "That's still with commercial. Nobody's told me anything."),
        ("Gisela", "Right. If it's anything like last year I'm sleeping here."),
        ("Lamin", "Bring a pillow. Okay, go."),
    ),
    actions=(
        Action("Gisela", ("forecast",), TODAY),
        Action("Alexei", ("line", "four"), THURSDAY),
        Action("Belinda", ("agency",), TODAY),
        Action("Horatio", ("field",), TOMORROW),
        Action("Lamin", ("rota",), TODAY),
    ),
    decisions=(("trunk", "times"),),
    questions=(("overtime", "premium"),),
)


MEETINGS = (
    GLACIER_FIELDWORK,
    SEQUENCING_CORE,
    RAIL_FREIGHT,
    BRIDGE_DECK_POUR,
    NIGHT_RESURFACING,
    FOREIGN_RIGHTS,
    ATHLETICS_OFFICIALS,
    CYCLING_CAMP,
    WHEELCHAIR_LOANS,
    CROSS_DOCK_PEAK,
)
