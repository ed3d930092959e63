"""Thirty-fourth meetings for the notes rules: another set for an honest measurement.

Written blind, without reading the rules, their tests or the meetings of any other set, in ten
kinds of meeting: a planetarium's show planning meeting in Chicago, a sheep farm cooperative's
shearing meeting in New Zealand, a legal aid clinic's intake meeting in Toronto, a kitchen
appliance repair firm's dispatch call in Leeds, a youth orchestra's tour committee in Vienna, a
solar car racing student team's meeting in Delft, a hotel spa's therapists meeting in Bali, a
printing press union branch meeting in Sheffield, a mountain hut's season opening meeting in the
Dolomites and a fintech's incident review in São Paulo. People talk as they do: fillers, asides,
jokes, interruptions, self-corrections, a date changed mid-sentence, commitments in many forms
and due dates in many forms or none. The labels are what a careful note-taker would write down;
past work, things that happen anyway, hypotheticals, hedges, requests nobody takes, polite
refusals, answered questions, reported speech, sarcasm and decisions taken elsewhere earlier are
there to be left out.

Dates are resolved from Monday 2026-11-23 10:00 UTC: "today", "tonight", "this afternoon" and
"after this" are that day, a bare weekday is the next one ("Monday" is 30 November), "next
Tuesday" and "next Wednesday" are those of next week, "the 3rd" is 3 December, "the 15th" is 15
December, "in two weeks" is 7 December, a vague period ("this week", "the end of the week", "the
end of next week", "the end of the month") is due on its last day, Sunday for weeks, and "soon"
or no time at all has no date.
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


PLANETARIUM_SHOW_PLANNING = Meeting(
    name="planetarium_show_planning",
    lines=(
        (
            "Marisa",
            "Okay, let's get going. Winter show planning. We've got the dome till noon, so no "
            "rush. Well. Some rush.",
        ),
        (
            "Tyrell",
            "I rendered the Jupiter flyby over the weekend, it runs about four minutes now.",
        ),
        ("Marisa", "Oh nice. Have we seen it on the dome yet, Gus?"),
        (
            "Gus",
            "Not yet. The blend on projector seven is still off, so the left seam kind of "
            "shimmers.",
        ),
        ("Marisa", "Can you fix the projector blend, Gus?"),
        ("Gus", "Sure, I'll do it tomorrow morning before the school groups come in."),
        ("Marisa", "Great. Renata, education side?"),
        (
            "Renata",
            "So the teachers want a worksheet that matches the script. Which, um, Marisa, do "
            "we actually have a locked script?",
        ),
        (
            "Tyrell",
            "Sort of. Version six. Well, six and a half, I tweaked the Europa bit on Friday.",
        ),
        (
            "Marisa",
            "Okay, let's lock version six and a half as the script. No more changes unless "
            "something's factually wrong.",
        ),
        (
            "Renata",
            "Perfect. Then I'll write the teacher worksheet off that and have a draft to you "
            "by Friday.",
        ),
        ("Gus", "Who's narrating this year? Last year we had that radio guy with the voice."),
        ("Marisa", "He moved to Denver, sadly. I'll reach out to the voice agency this week."),
        ("Tyrell", "If the agency drags its feet we could always use a text-to-speech voice."),
        ("Renata", "Please no. The fourth graders would riot."),
        ("Marisa", "Ha, no robot voices. Tyrell, the Saturn rings section still flickers."),
        (
            "Tyrell",
            "Yeah, it's the particle count. Leave it with me, I'll re-render Saturn by next "
            "Tuesday. Actually, make that next Wednesday, the render farm's booked for the "
            "eclipse job.",
        ),
        ("Gus", "Also the seats in row K are still broken. Can we get facilities to look at them?"),
        ("Marisa", "That's front-of-house's budget, not ours, so I'm not touching it. Sorry, Gus."),
        ("Gus", "Fair. Did facilities ever sign off the haze machine in the dome, by the way?"),
        ("Tyrell", "Yep, they okayed it last week, it's in the thread."),
        ("Renata", "And are we doing the members' preview on the 15th, or is that too tight?"),
        (
            "Marisa",
            "Honestly it depends on the narrator. Let's leave that open until we hear from the "
            "agency.",
        ),
        (
            "Marisa",
            "Gus, one more thing, can you send me the speaker map for the new surround setup?",
        ),
        ("Gus", "On it, you'll have it today."),
        (
            "Marisa",
            "Great. And we'll hold the full rehearsal on Wednesday at four, everybody in the "
            "dome. Thanks all.",
        ),
    ),
    actions=(
        Action("Gus", ("blend",), TOMORROW),
        Action("Renata", ("worksheet",), FRIDAY),
        Action("Marisa", ("agency",), END_OF_WEEK),
        Action("Tyrell", ("saturn",), NEXT_WEDNESDAY),
        Action("Gus", ("speaker", "map"), TODAY),
    ),
    decisions=(
        ("lock", "script"),
        ("rehearsal",),
    ),
    questions=(("preview",),),
)


SHEEP_SHEARING_COOP = Meeting(
    name="sheep_shearing_coop",
    lines=(
        (
            "Murray",
            "Right, gidday all, let's crack on. Hine's got ewes to drench after this so we'll "
            "keep it tight.",
        ),
        ("Hine", "Cheers Murray. I need to be gone by eleven."),
        (
            "Murray",
            "So, the gang's booked for the first week of December, that was all sorted at the "
            "AGM, so we're not going over that again.",
        ),
        (
            "Shayne",
            "Stand three in the woolshed's still got a busted board. Someone's going to go "
            "straight through it.",
        ),
        ("Murray", "Shayne, can you get that board fixed?"),
        ("Shayne", "Yeah, sweet as. I'll grab some timber and fix it Wednesday."),
        (
            "Kiri",
            "What about the wool? Are we selling through the broker again or going direct to "
            "the scourer?",
        ),
        ("Murray", "That's the big one. Ngaire, you've run the numbers?"),
        (
            "Ngaire",
            "I have. The broker took about eight percent last season. Going direct saves that, "
            "but we'd have to do our own testing and grading.",
        ),
        ("Hine", "Yeah nah, the testing'd be a nightmare."),
        ("Murray", "Let's stick with the broker for this clip and have another look next year."),
        ("Ngaire", "Fair enough. I'll ring the broker tomorrow and confirm the bale numbers."),
        ("Kiri", "Have the hoggets been crutched yet?"),
        ("Shayne", "Done last week, mate. All of them."),
        ("Murray", "Kiri, you're on the cookshed. The gang needs smoko sorted for the whole run."),
        ("Kiri", "Yep, I'm going to sort the smoko roster by the end of the week."),
        ("Hine", "Smoko's the important bit, let's be honest."),
        ("Murray", "Only reason half the gang turns up. Right, the—"),
        (
            "Hine",
            "Sorry, before you move on. If it rains the night before, the first mob'll be wet "
            "and we lose the whole first day.",
        ),
        (
            "Murray",
            "Can't do much about the weather. Hine, could you keep the first mob in the "
            "covered pens?",
        ),
        ("Hine", "Can do."),
        ("Murray", "And the contract, Ngaire. Has the contractor signed?"),
        ("Ngaire", "Not yet. Their boss said he'd have it back to us by Friday."),
        ("Murray", "Okay. Last one, do we need a second wool presser this year?"),
        (
            "Shayne",
            "Depends how many head come over from the Hendersons' block, and they haven't said.",
        ),
        ("Murray", "Then we'll leave that open till we know the numbers. Good, cheers all."),
    ),
    actions=(
        Action("Shayne", ("board",), WEDNESDAY),
        Action("Ngaire", ("broker",), TOMORROW),
        Action("Kiri", ("smoko", "roster"), END_OF_WEEK),
        Action("Hine", ("pens",), None),
    ),
    decisions=(("broker",),),
    questions=(("presser",),),
)


LEGAL_AID_INTAKE = Meeting(
    name="legal_aid_intake",
    lines=(
        ("Simone", "Okay, let's run through intake. Farida, what came in this week?"),
        (
            "Farida",
            "Eleven new files. Four housing, three employment, two immigration and two that "
            "are, um, honestly, I'm not sure they're ours.",
        ),
        (
            "Simone",
            "Let's start with housing. The Jane Street tenant's hearing at the Landlord and "
            "Tenant Board—",
        ),
        ("Marcel", "That's Thursday. I filed the T2 application last week."),
        ("Simone", "Good. Marcel, can you prep the client for the hearing?"),
        ("Marcel", "Yes, I'll meet with her Wednesday afternoon."),
        (
            "Gurdeep",
            "Employment: two of the three are the same warehouse, same manager. Basically wage "
            "theft.",
        ),
        (
            "Simone",
            "Then let's open those as one group matter, Gurdeep, instead of two separate files.",
        ),
        ("Gurdeep", "Makes sense. I'll get both clients' pay stubs by Monday."),
        (
            "Farida",
            "The immigration ones we can't take, right? They should go to the refugee clinic "
            "on Bloor.",
        ),
        ("Simone", "Right, we don't do immigration. Farida, can you refer them over?"),
        ("Farida", "On it, I'll send the two referrals to the refugee clinic today."),
        ("Marcel", "And the two mystery ones, Simone?"),
        (
            "Farida",
            "A small claims thing about a dog bite, and a gentleman who wants to sue the city "
            "over a parking ticket.",
        ),
        ("Gurdeep", "A classic."),
        (
            "Simone",
            "We're not taking the parking ticket. The dog bite I'm less sure of, I don't know "
            "if our funding covers small claims.",
        ),
        (
            "Simone",
            "I'll check with Legal Aid Ontario whether small claims is in our mandate and get "
            "back to you in two weeks.",
        ),
        ("Marcel", "Did the dog bite client already file anything at small claims court?"),
        ("Farida", "No, she hasn't filed anything yet."),
        ("Gurdeep", "Also, the photocopier on two is jammed again."),
        ("Simone", "Of course it is. It's Monday."),
        (
            "Simone",
            "Last thing. Over the holidays, do we keep a duty lawyer on call or do we close "
            "completely? The board hasn't said.",
        ),
        ("Farida", "No idea, honestly. Nobody's told me anything."),
        (
            "Simone",
            "Okay, that stays open until the board meets. Marcel, the tenant's disclosure "
            "package has to reach the landlord's paralegal by tomorrow.",
        ),
        ("Marcel", "Yep, I'll courier the disclosure first thing tomorrow."),
        ("Simone", "Great. Thanks, everyone."),
    ),
    actions=(
        Action("Marcel", ("client",), WEDNESDAY),
        Action("Gurdeep", ("stubs",), NEXT_MONDAY),
        Action("Farida", ("refugee",), TODAY),
        Action("Simone", ("small", "claims"), IN_TWO_WEEKS),
        Action("Marcel", ("disclosure",), TOMORROW),
    ),
    decisions=(
        ("group", "matter"),
        ("parking",),
    ),
    questions=(("duty", "lawyer"),),
)


APPLIANCE_REPAIR_DISPATCH = Meeting(
    name="appliance_repair_dispatch",
    lines=(
        (
            "Dionne",
            "Morning lads. And Shabnam. Right, twenty-two jobs today and three vans, so bear "
            "with me.",
        ),
        ("Gaz", "Three? Where's the fourth gone, Dionne?"),
        ("Dionne", "At the garage with its clutch, isn't it. Back Wednesday, they reckon."),
        ("Kelvin", "Brilliant. Love that for us."),
        ("Dionne", "Gaz, you've got the Headingley run. Mrs Patel's washing machine, third visit."),
        ("Gaz", "Third? It's the drum bearing. I told them last time it needed a whole new drum."),
        ("Shabnam", "Drum came in Friday, Gaz, it's on the shelf by the door."),
        ("Gaz", "Champion. I'll take the drum with me and fit it this afternoon."),
        (
            "Dionne",
            "Kelvin, you're Roundhay and Chapel Allerton. There's a dishwasher at the Oakwood "
            "flats that the customer says is, and I quote, screaming.",
        ),
        ("Kelvin", "Screaming. Lovely. That'll be the drain pump."),
        ("Shabnam", "We've no drain pumps for the Bosch ones. I'd have to order."),
        ("Dionne", "Can you order two drain pumps, Shabnam?"),
        ("Shabnam", "Yeah, let me do that after this. They'll be here Thursday."),
        ("Dionne", "Then Kelvin, can you go back to Oakwood on Friday with the pump?"),
        ("Kelvin", "Yeah, no bother."),
        (
            "Dionne",
            "Now. Complaints. We've had a one-star review about muddy boots on a cream carpet.",
        ),
        ("Gaz", "In my defence, it was chucking it down."),
        ("Dionne", "From today everyone wears shoe covers on every job. No exceptions, Gaz."),
        ("Kelvin", "Have we even got shoe covers?"),
        ("Shabnam", "Box of five hundred in the stores."),
        (
            "Dionne",
            "Are we still doing the Hotpoint warranty work, or did head office drop that contract?",
        ),
        ("Shabnam", "Honestly, nobody's told me owt."),
        (
            "Dionne",
            "Right, nobody knows, so that one stays open till head office says. Gaz, can you "
            "swing by the Kirkstall fridge on your way back?",
        ),
        ("Gaz", "Can't today, love, I'll be at Mrs Patel's till four at least."),
        ("Kelvin", "Don't look at me, I'm the other side of town."),
        ("Dionne", "Fine. I'll ring the Kirkstall customer myself and rebook them."),
        (
            "Shabnam",
            "And the van inspection sheets have to go to the insurer by the end of the month, "
            "so I'll collect them off everyone.",
        ),
        ("Dionne", "Right, off you go. Drive safe."),
    ),
    actions=(
        Action("Gaz", ("drum",), TODAY),
        Action("Shabnam", ("drain", "pumps"), TODAY),
        Action("Kelvin", ("oakwood",), FRIDAY),
        Action("Dionne", ("kirkstall",), None),
        Action("Shabnam", ("inspection",), END_OF_MONTH),
    ),
    decisions=(("shoe", "covers"),),
    questions=(("warranty",),),
)


YOUTH_ORCHESTRA_TOUR = Meeting(
    name="youth_orchestra_tour",
    lines=(
        (
            "Konrad",
            "Grüß Gott, everyone, thanks for braving the snow. The spring tour to Ljubljana "
            "and Zagreb, we really need to get moving on it.",
        ),
        (
            "Florian",
            "Before anything, the programme. I still want the Dvořák eight, not the Brahms.",
        ),
        ("Theresa", "Florian, the board chose the Brahms in October. That's settled."),
        ("Florian", "I know, I know. I'm only registering my sadness."),
        ("Konrad", "Sadness noted. Transport. Theresa?"),
        (
            "Theresa",
            "Two coaches. The company from Graz has the cheapest quote, but they want a deposit.",
        ),
        ("Magdalena", "How much?"),
        ("Theresa", "Thirty percent, so about six thousand euro."),
        ("Konrad", "Fine, we go with the Graz company. Magdalena, that's your purse."),
        ("Magdalena", "Then I'll pay the deposit by Friday, once I've checked the account."),
        ("Konrad", "Instruments. The double basses and the timpani won't fit in the coach hold."),
        (
            "Valentina",
            "Maybe we could borrow timpani in Zagreb? I could perhaps ask someone, I'm not "
            "sure who.",
        ),
        ("Konrad", "Florian, you know people at the Zagreb conservatory."),
        (
            "Florian",
            "I do. Fine, I'll write to the conservatory about borrowing timpani this week.",
        ),
        ("Valentina", "The basses still need a van, though."),
        ("Theresa", "Leave the van with me, I'll get some quotes."),
        (
            "Magdalena",
            "Consent forms, please. Last year half of them came back after the deadline.",
        ),
        ("Konrad", "Valentina, could you send the consent forms to the parents?"),
        (
            "Valentina",
            "Yes, sure, I'll send them Wednesday. No, Thursday, I have the cello sectional on "
            "Wednesday evening.",
        ),
        (
            "Konrad",
            "And if we add Belgrade, do the players need visas for Serbia? Does anyone know?",
        ),
        ("Theresa", "No idea, Konrad."),
        ("Magdalena", "Me neither."),
        ("Konrad", "Then Belgrade stays an open question for now."),
        ("Florian", "Also, the hall in Ljubljana wants our seating plan by the 15th."),
        ("Konrad", "That's yours, Florian."),
        ("Florian", "Yes, yes. By the 15th, I'll send it."),
        ("Konrad", "Good. Thank you all, and drive carefully, the Gürtel is like glass."),
    ),
    actions=(
        Action("Magdalena", ("deposit",), FRIDAY),
        Action("Florian", ("timpani",), END_OF_WEEK),
        Action("Theresa", ("van",), None),
        Action("Valentina", ("consent", "forms"), THURSDAY),
        Action("Florian", ("seating", "plan"), THE_15TH),
    ),
    decisions=(("graz",),),
    questions=(("belgrade",),),
)


SOLAR_CAR_TEAM = Meeting(
    name="solar_car_team",
    lines=(
        (
            "Merel",
            "Goedemorgen. English today because of Bas. We've got the wind tunnel on Thursday, "
            "so let's be quick.",
        ),
        ("Bas", "Thanks, Merel. My Dutch is still at hagelslag level."),
        (
            "Sjoerd",
            "So the new nose cone is out of the mould, but there's a void in the layup at the "
            "front left.",
        ),
        ("Merel", "How bad, Sjoerd?"),
        (
            "Sjoerd",
            "Bad enough that I wouldn't trust it at a hundred. I'll patch the nose cone "
            "tomorrow and re-cure it, it'll be ready for the tunnel.",
        ),
        (
            "Thijs",
            "Battery. Cell balancing is still drifting on module four. I'm fairly sure it's "
            "the BMS firmware.",
        ),
        ("Bas", "I wrote that firmware."),
        ("Thijs", "I know, Bas."),
        ("Bas", "Okay, okay. I'm going to go through the balancing code today and push a fix."),
        ("Merel", "Good. Lieke, sponsors?"),
        (
            "Lieke",
            "The tyre sponsor renewed, so that's done. The chip company wants their logo on "
            "the canopy, but the canopy's already full.",
        ),
        ("Merel", "Then we put the chip company's logo on the rear fairing."),
        ("Lieke", "They'll be fine with that. I'll let the chip company know by Wednesday."),
        (
            "Thijs",
            "Do we know yet if the Morocco race is actually happening? The organisers have "
            "gone quiet.",
        ),
        ("Merel", "No news since September."),
        ("Thijs", "Great."),
        (
            "Merel",
            "So that's still open. Sjoerd, can you book the transport to get the car to the "
            "wind tunnel?",
        ),
        ("Sjoerd", "Ehm, I'm patching all day tomorrow."),
        ("Bas", "I'll book the transport, no problem. I'll do it today."),
        (
            "Merel",
            "Thanks. Weight: we're at a hundred sixty-eight kilos, target was a hundred sixty.",
        ),
        ("Sjoerd", "If we dropped the second camera we'd maybe save a kilo."),
        (
            "Merel",
            "And the seat padding, we could— no, wait, the regulations need that. Okay: we "
            "drop the second camera.",
        ),
        ("Lieke", "Sad, the onboard footage was great for sponsors."),
        ("Thijs", "I also need the charger cable tested before the tunnel."),
        ("Merel", "Can you do that yourself, Thijs?"),
        ("Thijs", "Yes, I'll test it on Wednesday."),
        ("Merel", "Perfect. Let's go build a car."),
    ),
    actions=(
        Action("Sjoerd", ("nose", "cone"), TOMORROW),
        Action("Bas", ("balancing",), TODAY),
        Action("Lieke", ("chip",), WEDNESDAY),
        Action("Bas", ("transport",), TODAY),
        Action("Thijs", ("charger",), WEDNESDAY),
    ),
    decisions=(
        ("logo", "fairing"),
        ("camera",),
    ),
    questions=(("morocco",),),
)


HOTEL_SPA_THERAPISTS = Meeting(
    name="hotel_spa_therapists",
    lines=(
        (
            "Dewi",
            "Om swastiastu, good morning everyone. Quick one, the first guests are at eleven.",
        ),
        ("Wayan", "Morning, Bu Dewi."),
        (
            "Dewi",
            "First, Galungan is coming, so— oh wait, no, that was last month. Sorry. I mean "
            "the Christmas high season.",
        ),
        ("Komang", "Ha, Bu Dewi is already on holiday in her head."),
        (
            "Dewi",
            "Maybe. So, bookings for December are up forty percent. We need more therapists on "
            "the late shift. Putu, can you redo the December roster with two more people on "
            "late shift?",
        ),
        ("Putu", "Yes, I'll have the new roster ready by Thursday."),
        ("Wayan", "The hot stones, two of them cracked last week. We only have one full set now."),
        ("Dewi", "Wayan, can you order a new set of stones from the supplier in Ubud?"),
        ("Wayan", "Sure, I'll order them today."),
        ("Komang", "Guests keep asking for the coconut scrub, but our supplier closed."),
        ("Ketut", "My cousin makes coconut scrub, very good quality. Maybe she can supply us."),
        (
            "Dewi",
            "We need the BPOM certificate for anything on the skin. Ketut, could you ask your "
            "cousin if she has the certificate?",
        ),
        ("Ketut", "Yes, I will ask her this week."),
        ("Dewi", "Until then, the coconut scrub comes off the menu."),
        ("Putu", "And the couples' room, the aircon is still dripping on the bed."),
        (
            "Dewi",
            "I reported it to engineering on Saturday. They said they would come on Wednesday.",
        ),
        ("Putu", "They said that last time also."),
        (
            "Komang",
            "Should we bring back the sound healing session? The singing bowls are just "
            "sitting in the storeroom.",
        ),
        (
            "Dewi",
            "Good question. It's noisy for the villas next door and the GM hasn't decided, so "
            "I can't say yet.",
        ),
        (
            "Dewi",
            "And please, everyone, towels. We use too many. From today it's one towel set per "
            "treatment, no extras.",
        ),
        ("Wayan", "Even for the Australians?"),
        ("Komang", "Especially for the Australians."),
        (
            "Dewi",
            "Ha. Last thing, first aid. Komang, your certificate expires soon. Can you book "
            "the refresher course before the end of the month?",
        ),
        ("Komang", "Yes, I'll book it."),
        (
            "Dewi",
            "Good. I'll send the updated treatment menu to reception tomorrow morning. Suksma, "
            "everyone.",
        ),
    ),
    actions=(
        Action("Putu", ("roster",), THURSDAY),
        Action("Wayan", ("stones",), TODAY),
        Action("Ketut", ("certificate",), END_OF_WEEK),
        Action("Komang", ("refresher",), END_OF_MONTH),
        Action("Dewi", ("menu",), TOMORROW),
    ),
    decisions=(
        ("coconut",),
        ("towel",),
    ),
    questions=(("sound", "healing"),),
)


PRINT_UNION_BRANCH = Meeting(
    name="print_union_branch",
    lines=(
        (
            "Trevor",
            "Right, let's make a start. We're quorate, just about. Apologies from the night shift.",
        ),
        ("Maxine", "Minutes of the last meeting went round. Any corrections?"),
        ("Glyn", "Aye, I were down as absent. I were sat right there, Maxine."),
        ("Maxine", "Sorry, Glyn. I'll correct the minutes."),
        (
            "Trevor",
            "Main business, the pay offer. Management's come back with three point two percent "
            "and a one-off payment.",
        ),
        ("Shirley", "Three point two with inflation where it is? That's a pay cut, love."),
        (
            "Glyn",
            "And they want the new shift pattern at the same time. Twelve-hour shifts on the "
            "web press.",
        ),
        ("Trevor", "So, the branch position. Do we put it to a ballot?"),
        ("Shirley", "We have to, Trevor. Members decide, not us lot in this room."),
        (
            "Trevor",
            "Agreed. We ballot the membership, and the branch recommends they reject the offer.",
        ),
        (
            "Maxine",
            "Regional office needs notifying before any ballot. I'll send that off by Wednesday.",
        ),
        ("Glyn", "Has anyone actually seen the rota they're proposing?"),
        ("Shirley", "It's been on the noticeboard by the canteen since Thursday."),
        (
            "Trevor",
            "Glyn, can you put together a one-pager comparing the old and new shift patterns "
            "for members?",
        ),
        ("Glyn", "Aye, go on then. I'll have the shift comparison done by the 3rd."),
        ("Shirley", "Health and safety rep. Still nobody?"),
        ("Trevor", "Still nobody. Unless you fancy it, Shirley?"),
        ("Shirley", "Not on your life. I've done my time."),
        ("Trevor", "So who's going to be our safety rep is still open."),
        ("Maxine", "Christmas do's booked at the Fat Cat, I put the deposit down last week."),
        ("Glyn", "Good shout, that."),
        (
            "Trevor",
            "Last thing. The hardship fund. There's a member at the bindery who lost her "
            "husband, she's struggling. Shirley, could you visit her this week about the "
            "hardship fund?",
        ),
        ("Shirley", "Course I will."),
        (
            "Maxine",
            "We'll need a leaflet about the ballot as well. Glyn, you're good with Publisher.",
        ),
        ("Glyn", "I'm not. I'm good at pretending."),
        ("Maxine", "Fine, I'll do the leaflet myself, by Friday."),
        ("Trevor", "Right. Next meeting usual time. Thanks all."),
    ),
    actions=(
        Action("Maxine", ("minutes",), None),
        Action("Maxine", ("regional",), WEDNESDAY),
        Action("Glyn", ("shift",), DECEMBER_3),
        Action("Shirley", ("hardship",), END_OF_WEEK),
        Action("Maxine", ("leaflet",), FRIDAY),
    ),
    decisions=(
        ("ballot",),
        ("reject",),
    ),
    questions=(("safety", "rep"),),
)


MOUNTAIN_HUT_OPENING = Meeting(
    name="mountain_hut_opening",
    lines=(
        ("Ilaria", "Allora, let's start. We open the weekend before Christmas, if the snow holds."),
        ("Sepp", "It will hold. My knee says so."),
        ("Manuel", "Sepp, your knee said that last year too, and we opened in the mud."),
        ("Ilaria", "Okay, okay. Snowcat, kitchen, bookings, water. Hannes, snowcat?"),
        ("Hannes", "Serviced in October, new tracks, all good."),
        ("Ilaria", "And the track up from the valley?"),
        ("Hannes", "Needs snow first. Nothing to do there yet."),
        (
            "Manuel",
            "Kitchen. The freezer compressor is making the noise again. We need the technician "
            "from Cortina.",
        ),
        ("Ilaria", "Manuel, can you call him? Today if possible."),
        ("Manuel", "Va bene, I'll call the freezer technician today."),
        (
            "Francesca",
            "Bookings, Ilaria: New Year is full already, and the Alpine Club group wants "
            "twenty beds on the first weekend.",
        ),
        (
            "Ilaria",
            "Francesca, twenty is too many with the winter room closed. We offer them fourteen "
            "beds, not twenty.",
        ),
        ("Francesca", "Okay, I'll write back to the Alpine Club tomorrow."),
        (
            "Sepp",
            "The water. The spring line froze last winter at the bend, and we carried water up "
            "with the snowcat for a week.",
        ),
        ("Ilaria", "Papà, can you wrap the pipe at the bend before the cold comes?"),
        ("Sepp", "Yes, I'll wrap the pipe on Saturday."),
        ("Francesca", "Also, the website still shows the summer prices."),
        ("Ilaria", "Oh no. Who has the password?"),
        ("Hannes", "Me. I'll fix the prices tonight."),
        ("Manuel", "Polenta night. Do we do it on Thursdays again? Last year it was half empty."),
        ("Ilaria", "We keep polenta night, but only on Saturdays this season."),
        (
            "Francesca",
            "And the avalanche transceiver training for staff, who runs it this year? The "
            "guide from Canazei retired.",
        ),
        ("Ilaria", "Hm. I don't know yet who we get."),
        ("Sepp", "And card payments, do we finally take cards up here now the signal is better?"),
        ("Hannes", "The signal dies in every storm, so who knows."),
        (
            "Ilaria",
            "That one we leave open. Okay, I'll order the gas bottles by next Tuesday, before "
            "the road closes.",
        ),
    ),
    actions=(
        Action("Manuel", ("technician",), TODAY),
        Action("Francesca", ("alpine",), TOMORROW),
        Action("Sepp", ("pipe",), SATURDAY),
        Action("Hannes", ("prices",), TODAY),
        Action("Ilaria", ("gas",), NEXT_TUESDAY),
    ),
    decisions=(
        ("alpine", "beds"),
        ("polenta",),
    ),
    questions=(
        ("avalanche",),
        ("card", "payments"),
    ),
)


FINTECH_INCIDENT_REVIEW = Meeting(
    name="fintech_incident_review",
    lines=(
        (
            "Larissa",
            "Bom dia, pessoal. Okay, this is the blameless review of Friday's Pix outage. "
            "Forty-seven minutes, roughly eleven thousand failed transfers. Rodrigo, timeline?",
        ),
        (
            "Rodrigo",
            "At 18:02 the connection pool to the ledger database maxed out, the Pix gateway "
            "started timing out, and the alert only fired at 18:09.",
        ),
        (
            "Fernanda",
            "And the trigger was my migration. The index I added locked the transfers table "
            "way longer than we expected.",
        ),
        ("Larissa", "Blameless, Fernanda. The process let it through, not you."),
        ("Caio", "Support got about nine hundred tickets. Twitter was... lively."),
        (
            "Thiago",
            "We have to file an incident report with BACEN, the Central Bank, and the deadline "
            "is Thursday.",
        ),
        ("Larissa", "Thiago, can you own the BACEN report?"),
        ("Thiago", "Yes, I'll file it by Wednesday to be safe."),
        (
            "Larissa",
            "Okay. First change: from now on, no schema migrations on payment tables during "
            "business hours.",
        ),
        (
            "Rodrigo",
            "Agreed. And seven minutes for the alert to fire is way too slow. I'll drop the "
            "alert threshold to one minute today.",
        ),
        (
            "Fernanda",
            "I'd also like a lock timeout on migrations, so they fail instead of blocking. Let "
            "me add that to the migration tool by the end of next week.",
        ),
        ("Caio", "Did the money from the failed transfers go back to customers automatically?"),
        (
            "Fernanda",
            "Yes, everything was reversed by Saturday morning, I checked the ledger myself.",
        ),
        ("Caio", "Good. Then I'll send an apology message to the affected customers tomorrow."),
        ("Larissa", "Thanks, Caio. Keep it short and human, please."),
        ("Thiago", "What about compensation? Some customers missed rent payments because of this."),
        (
            "Larissa",
            "Honestly, that's above my pay grade. Finance has to decide, so that stays open.",
        ),
        (
            "Rodrigo",
            "The connection pool has never been load tested at peak, and Black Friday is this "
            "Friday.",
        ),
        (
            "Larissa",
            "Right, then load testing the connection pool has to happen before Friday. Whoever "
            "frees up first takes it.",
        ),
        (
            "Rodrigo",
            "If we had a staging environment that matched production, we'd have caught this.",
        ),
        ("Fernanda", "If. We'd also have caught it if I'd run it at night."),
        ("Larissa", "Ha. Okay, I'll publish the postmortem doc by the end of the week."),
        (
            "Thiago",
            "One more: do we have to tell our partner banks separately, or does BACEN notify them?",
        ),
        ("Rodrigo", "No idea, Larissa, do you know?"),
        ("Larissa", "I don't. Let's keep that open too. Obrigada, everyone."),
    ),
    actions=(
        Action("Thiago", ("bacen",), WEDNESDAY),
        Action("Rodrigo", ("alert",), TODAY),
        Action("Fernanda", ("timeout",), END_OF_NEXT_WEEK),
        Action("Caio", ("apology",), TOMORROW),
        Action(None, ("load",), FRIDAY),
        Action("Larissa", ("postmortem",), END_OF_WEEK),
    ),
    decisions=(("migrations",),),
    questions=(
        ("compensation",),
        ("partner", "banks"),
    ),
)


MEETINGS = (
    PLANETARIUM_SHOW_PLANNING,
    SHEEP_SHEARING_COOP,
    LEGAL_AID_INTAKE,
    APPLIANCE_REPAIR_DISPATCH,
    YOUTH_ORCHESTRA_TOUR,
    SOLAR_CAR_TEAM,
    HOTEL_SPA_THERAPISTS,
    PRINT_UNION_BRANCH,
    MOUNTAIN_HUT_OPENING,
    FINTECH_INCIDENT_REVIEW,
)
