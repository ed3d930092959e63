"""German, French and Spanish phrases for the notes' rules (English is in the rule modules).

The same languages as scheduling's email understanding, less Romanian, whose Whisper base
transcripts were too poor here to test against. Each set mirrors the English one: the
patterns play the same roles in :mod:`actions` and :mod:`decisions`.
"""

from __future__ import annotations

import re

from transcription.notes.phrases import NAME, TASK, ActionPhrases, PointPhrases

CASELESS = re.IGNORECASE

# Verbs said in the present that promise no work ("ich fahre morgen", "ich glaube, ...")
GERMAN_NOT_PROMISED = (
    "habe|hatte|hätte|bin|war|wäre|kann|konnte|muss|musste|will|wollte|möchte|mochte|darf|"
    "durfte|soll|sollte|könnte|würde|werde|weiß|wusste|glaube|denke|dachte|hoffe|finde|"
    "fand|meine|meinte|sehe|verstehe|vermute|schätze|fürchte|befürchte|nehme an|gebe zu|"
    "fahre|fliege|gehe|komme|bleibe|arbeite|wohne|frage|wette|wünsche|freue|stimme|sage|"
    "sagte|machte|fange|höre|warte|brauche|liebe|mag|mache frei|nehme frei"
)
GERMAN_SOON = (
    r"heute|morgen|übermorgen|gleich|nachher|später|bis|nächste[nrs]?|diese[nrs]? Woche|"
    r"am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
)
# A separable verb's particle, said last ("ich rufe ihn morgen an")
GERMAN_PARTICLES = (
    "an|auf|ab|aus|ein|mit|vor|zu|zurück|durch|weiter|fest|nach|her|hin|los|hoch|runter|rein|"
    "raus|rüber|zusammen|weg|vorbei|dazu|heraus|herunter|hinein|hinaus|fertig"
)

GERMAN = ActionPhrases(
    named_request=re.compile(
        rf"^(?:(?:Okay|Also|Und|Gut|Dann|So),?\s+)?{NAME},\s+(?:(?:kannst|könntest|würdest) du|"
        rf"(?:können|könnten|würden) Sie|bitte|du musst|du solltest|denk bitte daran,?)"
        rf"(?: bitte)?\s+{TASK}"
    ),
    trailing_name_request=re.compile(
        rf"\b(?:[Kk]annst du|[Kk]önntest du|[Kk]önnen Sie)(?: bitte)?\s+{TASK},\s+{NAME}\s*[?.!]?$"
    ),
    third_person=re.compile(
        rf"(?:^|[,;]\s*|\bund\s+){NAME}\s+(?:wird|kümmert sich um|übernimmt|soll|muss)\s+{TASK}"
    ),
    self_commitment=re.compile(
        rf"(?:\b(?:[Ii]ch werde|[Ii]ch kümmere mich (?:darum,? )?um|[Ii]ch übernehme(?: es,?)?)"
        # German promises in the present with when ("Ich schicke dem Kunden morgen das
        # Angebot"), not "ich fahre morgen nach Berlin" or "ich glaube, morgen geht"
        rf"|\b[Ii]ch(?P<conjugated>)(?=\s+(?!(?:{GERMAN_NOT_PROMISED})\b)[a-zäöüß]+e\b"
        rf"[^.?!]*\b(?:{GERMAN_SOON})\b))\s+{TASK}"
    ),
    you_request=re.compile(
        rf"^(?:\w+,\s+)?(?:[Kk]annst du|[Kk]önntest du|[Ww]ürdest du|[Kk]önnen Sie|[Kk]önnten Sie)"
        rf"(?: bitte)?\s+{TASK}"
    ),
    open_request=re.compile(rf"\b(?:[Kk]ann|[Kk]önnte) (?:jemand|einer)(?: bitte)?\s+{TASK}"),
    team=re.compile(
        rf"\b(?:[Ww]ir müssen|[Jj]emand muss|[Jj]emand sollte|[Aa]ufgabe:|[Tt]o-?[Dd]o:)\s+{TASK}"
    ),
    unnamed=re.compile(
        r"(?:^|[,;]\s*|\b(?i:und|also|dann|aber)\s+)(?i:sie|er|jemand)\s+"
        rf"(?i:wird|werden|muss|müssen|soll|sollen)\s+{TASK}"
    ),
    hedge=re.compile(
        r"\b(?:vielleicht|eventuell|wahrscheinlich|möglicherweise|hoffentlich|ich glaube|"
        r"ich denke|ich hoffe|falls|wenn|ob)\b",
        CASELESS,
    ),
    accept=re.compile(
        r"^(?:ja|klar|sicher|natürlich|okay|ok|gerne|gern|mach ich|wird gemacht|kein problem|"
        r"selbstverständlich|geht klar|ich kann|ich werde)\b",
        CASELESS,
    ),
    # German puts the verb last: "im Urlaub sein", "darüber nachdenken" promise no work
    not_tasks=re.compile(
        r"^(?:nicht|nie|sehen)\b|^(?:das|es|dies)(?: \w+)?\W*$"
        r"|^.*\b(?:sein|bleiben|nachdenken|überlegen|denken|sagen|versuchen)\W*$"
        r"|^.*\bfrei (?:machen|nehmen)\W*$"  # a day off, not work
    ),
    date_words="bis spätestens|bis zum|bis|vor dem|vor|am|zum",
    fillers="bitte|auch|dann|noch",
    promise_forms=(("kümmere mich", "sich um {task} kümmern"), ("übernehme", "{task} übernehmen")),
    # "schicke dem Kunden das Angebot" -> "dem Kunden das Angebot schicken", "rufe den
    # Lieferanten an" -> "den Lieferanten anrufen", "ändere den Plan" -> "den Plan ändern"
    verb_forms=(
        # "kümmere mich darum" -> "sich darum kümmern"
        (r"^(\w+e[lr])e\s+mich\s+(.+)$", r"sich \2 \1n"),
        (r"^(\w+?)e\s+mich\s+(.+)$", r"sich \2 \1en"),
        (rf"^(\w+?)e\s+(.+?)\s+({GERMAN_PARTICLES})$", r"\2 \3\1en"),
        (r"^(\w+e[lr])e\s+(.+)$", r"\2 \1n"),
        (r"^(\w*[bcdfgkmnpstvwxz])le\s+(.+)$", r"\2 \1eln"),  # wechsle -> wechseln
        (r"^(\w+?)e\s+(.+)$", r"\2 \1en"),
    ),
)

FRENCH = ActionPhrases(
    named_request=re.compile(
        rf"^(?:(?:Bon|Alors|Et|Donc|Ok|Okay),?\s+)?{NAME},\s+(?:est-ce que tu peux|tu peux|"
        rf"peux-tu|pourrais-tu|tu pourrais|vous pouvez|pouvez-vous|pourriez-vous|"
        rf"s'il te plaît,?|s'il vous plaît,?|merci de)\s+{TASK}"
    ),
    trailing_name_request=re.compile(
        rf"\b(?:[Tt]u peux|[Pp]eux-tu|[Pp]ourrais-tu|[Pp]ouvez-vous)\s+{TASK},\s+{NAME}\s*[?.!]?$"
    ),
    third_person=re.compile(
        rf"(?:^|[,;]\s*|\bet\s+){NAME}\s+(?:va|s'occupe de|se charge de|doit|devra)\s+{TASK}"
    ),
    self_commitment=re.compile(
        rf"(?:\b(?:[Jj]e vais|[Jj]e m'occupe|[Jj]e me charge)"
        # the future: "j'enverrai le contrat demain", "je préparerai le rapport"
        rf"|\b(?:[Jj]e(?=\s)|[Jj]')(?P<conjugated>)(?=\s*[a-zàâçéèêëîïôûù]+rai\b)"
        rf"(?!\s*(?:serai|aurai|pourrai|saurai|devrai|voudrai)\b))\s*{TASK}"
    ),
    you_request=re.compile(
        rf"^(?:\w+,\s+)?(?:[Ee]st-ce que tu peux|[Tt]u peux|[Pp]eux-tu|[Pp]ourrais-tu|"
        rf"[Pp]ouvez-vous|[Pp]ourriez-vous)\s+{TASK}"
    ),
    open_request=re.compile(rf"\b[Qq]uelqu'un (?:peut|pourrait)\s+{TASK}"),
    team=re.compile(
        rf"\b(?:[Ii]l faut|[Nn]ous devons|[Oo]n doit|[Qq]uelqu'un doit|[Aa]ction ?:|"
        rf"[Àà] faire ?:)\s+{TASK}"
    ),
    unnamed=re.compile(
        r"(?:^|[,;]\s*|\b(?i:et|donc|alors|mais)\s+)(?i:ils|elles|il|elle|quelqu'un)\s+"
        rf"(?i:va|vont|doit|doivent|devra|devront)\s+{TASK}"
    ),
    hedge=re.compile(
        r"\b(?:peut-être|probablement|sans doute|j'espère|je pense|je crois|si|sauf si)\b", CASELESS
    ),
    accept=re.compile(
        r"^(?:oui|bien sûr|d'accord|ok|okay|pas de problème|volontiers|avec plaisir|"
        r"je m'en occupe|ça marche|entendu|sans problème|je vais le faire)\b",
        CASELESS,
    ),
    not_tasks=re.compile(
        r"^(?:pas|jamais|voir|être|rester|y réfléchir|réfléchir|penser|dire|essayer)\b"
        r"|^(?:le|la|les|ça) faire\W*$"
    ),
    date_words="d'ici|avant|pour|jusqu'à|au plus tard|le",
    fillers="aussi|ensuite|alors",
    promise_forms=(("m'occupe", "s'occuper {task}"), ("me charge", "se charger {task}")),
    verb_forms=(
        (r"^(\w*)ferai\b", r"\1faire"),  # ferai, referai
        (r"^(\w*)enverrai\b", r"\1envoyer"),
        (r"^irai\b", "aller"),
        (r"^(\w*)verrai\b", r"\1voir"),
        (r"^(\w*)tiendrai\b", r"\1tenir"),  # tiendrai, obtiendrai
        (r"^(\w*)viendrai\b", r"\1venir"),  # viendrai, reviendrai
        (r"^(\w*)cevrai\b", r"\1cevoir"),  # recevrai
        (r"^(\w*)oierai\b", r"\1oyer"),  # emploierai, nettoierai
        (r"^(\w*)aierai\b", r"\1ayer"),  # paierai, essaierai
        (r"^(\w*)è(\w+)erai\b", r"\1e\2er"),  # achèterai -> acheter
        (r"^(\w*e)llerai\b", r"\1ler"),  # appellerai -> appeler
        (r"^(\w*e)tterai\b", r"\1ter"),  # jetterai -> jeter
        (r"^(\w+[dt])rai\b", r"\1re"),  # prendrai -> prendre, mettrai -> mettre
        (r"^(\w*(?:écri|li|di|condui|produi|tradui))rai\b", r"\1re"),  # relirai -> relire
        (r"^(\w+)rai\b", r"\1r"),  # préparerai -> préparer, finirai -> finir
    ),
)

SPANISH = ActionPhrases(
    named_request=re.compile(
        rf"^¿?(?:(?:Bueno|Entonces|Y|Vale|Ok|Okay),?\s+)?{NAME},\s+¿?(?:puedes|podrías|"
        rf"puede usted|podría usted|por favor,?|necesito que)\s+{TASK}"
    ),
    trailing_name_request=re.compile(
        rf"¿?(?:[Pp]uedes|[Pp]odrías)(?: por favor)?\s+{TASK},\s+{NAME}\s*[?.!]?$"
    ),
    third_person=re.compile(
        rf"(?:^|[,;]\s*|\by\s+){NAME}\s+(?:va a|se encarga de|se ocupa de|debe|tiene que)"
        rf"\s+{TASK}"
    ),
    self_commitment=re.compile(
        rf"(?:\b(?:[Vv]oy a|[Mm]e encargo|[Mm]e ocupo)"
        # the future: "(yo) llamaré al proveedor mañana"
        rf"|(?:^|(?<=[,;]\s)|\b[Yy]o\b)(?:\s*(?i:mañana|hoy|luego|después|pronto|"
        rf"esta (?:tarde|noche|semana)),?)?(?P<conjugated>)(?=\s*(?!(?i:seré|estaré|podré|"
        rf"sabré|tendré que|iré|volveré|llegaré|saldré|viajaré|trabajaré)\b)"
        rf"(?i:[a-záéíóúñ]+(?:aré|eré|iré|dré|ré))\b))\s*{TASK}"
    ),
    you_request=re.compile(
        rf"^(?:\w+,\s+)?¿?(?:[Pp]uedes|[Pp]odrías|[Pp]uede usted|[Pp]odría usted)"
        rf"(?: por favor)?\s+{TASK}"
    ),
    open_request=re.compile(rf"\b[Aa]lguien (?:puede|podría)\s+{TASK}"),
    team=re.compile(
        rf"\b(?:[Tt]enemos que|[Hh]ay que|[Aa]lguien tiene que|[Aa]lguien debe|[Tt]area:|"
        rf"[Pp]endiente:)\s+{TASK}"
    ),
    unnamed=re.compile(
        r"(?:^|[,;]\s*|\b(?i:y|entonces|pero)\s+)(?i:ellos|ellas|él|ella|alguien)\s+"
        rf"(?i:va a|van a|tiene que|tienen que|debe|deben)\s+{TASK}"
    ),
    hedge=re.compile(
        r"\b(?:quizás|quizá|tal vez|probablemente|a lo mejor|espero|creo|si|a menos que)\b",
        CASELESS,
    ),
    accept=re.compile(
        r"^(?:sí|claro|por supuesto|vale|ok|okay|de acuerdo|sin problema|con gusto|"
        r"yo me encargo|hecho|perfecto)\b",
        CASELESS,
    ),
    not_tasks=re.compile(
        r"^(?:no|nunca|ver|estar|ser|quedarme|pensar|pensarlo|decir|intentar)\b"
        r"|^(?:lo|la|eso) hacer\W*$"
    ),
    date_words="antes del|antes de|antes|para el|para|hasta el|hasta|el",
    fillers="también|luego|entonces",
    promise_forms=(("encargo", "encargarse {task}"), ("ocupo", "ocuparse {task}")),
    verb_forms=(
        (r"^(\w*)haré\b", r"\1hacer"),  # haré, reharé
        (r"^(\w*)diré\b", r"\1decir"),
        (r"^(\w*)pondré\b", r"\1poner"),  # propondré -> proponer
        (r"^(\w*)tendré\b", r"\1tener"),  # mantendré, obtendré
        (r"^(\w*)saldré\b", r"\1salir"),
        (r"^(\w*)vendré\b", r"\1venir"),
        (r"^querré\b", "querer"),
        (r"^(\w+)([aei])ré\b", r"\1\2r"),
    ),
)

ACTION_PHRASES = {"de": GERMAN, "fr": FRENCH, "es": SPANISH}

POINT_PHRASES = {
    "de": PointPhrases(
        decision=re.compile(
            r"\b(?:wir haben (?:uns )?(?:dafür |darauf )?(?:entschieden|beschlossen|geeinigt)|"
            r"(?:es|das) ist (?:beschlossen|entschieden)|wir bleiben bei|wir machen es so|"
            r"die Entscheidung ist|entschieden:|beschlossen:|wir einigen uns auf|wir nehmen)",
            CASELESS,
        ),
        unsure_reply=re.compile(
            r"^(?:ich weiß (?:es )?(?:noch )?nicht|weiß ich nicht|keine ahnung|"
            r"ich bin (?:mir )?nicht sicher|gute frage|mal sehen|schwer zu sagen|"
            r"das ist (?:noch )?unklar)",
            CASELESS,
        ),
        open_mark=re.compile(
            r"\b(?:offene frage|noch (?:unklar|offen)|(?:noch )?nicht entschieden|"
            r"wissen wir noch nicht)\b",
            CASELESS,
        ),
        small_talk=re.compile(
            r"^(?:hallo|hi|ja|nein|okay|ok|wirklich|echt|sorry|entschuldigung)\b.{0,15}\?$",
            CASELESS,
        ),
        request=re.compile(
            r"^(?:\w+,\s+)?(?:kannst|könntest|können|könnten|würdest|kann jemand|"
            r"könnte jemand)\b",
            CASELESS,
        ),
    ),
    "fr": PointPhrases(
        decision=re.compile(
            r"\b(?:nous avons décidé|on a décidé|c'est décidé|nous avons convenu|"
            r"on s'est mis d'accord|on part sur|on garde|la décision est|décision ?:|décidé ?:)",
            CASELESS,
        ),
        unsure_reply=re.compile(
            r"^(?:je ne sais pas|je sais pas|aucune idée|bonne question|"
            r"je ne suis pas sûre?|pas sûre?|on verra|difficile à dire|"
            r"c'est (?:encore )?flou)",
            CASELESS,
        ),
        open_mark=re.compile(
            r"\b(?:question ouverte|(?:encore|toujours) (?:flou|ouvert|en suspens|pas clair)|"
            r"pas encore décidé|à décider|on ne sait pas encore)",
            CASELESS,
        ),
        small_talk=re.compile(
            r"^(?:bonjour|salut|oui|non|d'accord|vraiment|pardon)\b.{0,15}\?$", CASELESS
        ),
        request=re.compile(
            r"^(?:\w+,\s+)?(?:est-ce que tu peux|tu peux|peux-tu|pourrais-tu|pouvez-vous|"
            r"pourriez-vous|quelqu'un peut)",
            CASELESS,
        ),
    ),
    "es": PointPhrases(
        decision=re.compile(
            r"\b(?:hemos decidido|decidimos|hemos acordado|acordamos|está decidido|"
            r"queda decidido|vamos con|nos quedamos con|la decisión es|decisión:)",
            CASELESS,
        ),
        unsure_reply=re.compile(
            r"^(?:no (?:lo )?sé|ni idea|buena pregunta|no estoy segur[oa]|ya veremos|"
            r"difícil de decir|(?:todavía|aún) no está claro)",
            CASELESS,
        ),
        open_mark=re.compile(
            r"\b(?:pregunta abierta|(?:todavía|aún) no (?:está claro|sabemos|se ha decidido)|"
            r"sin decidir|por decidir)",
            CASELESS,
        ),
        small_talk=re.compile(r"^(?:hola|sí|no|vale|de verdad|perdón)\b.{0,15}\?$", CASELESS),
        request=re.compile(
            r"^(?:\w+,\s+)?¿?(?:puedes|podrías|puede usted|podría usted|alguien puede)\b", CASELESS
        ),
    ),
}
