"""Notes of meetings held in German, French and Spanish: items, dates, decisions, names."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.transcription.meetings import GERMAN, MEETING_DATE, render
from transcription.audio import decode
from transcription.naming import resolve_names
from transcription.notes import build_notes
from transcription.notes.actions import action_items
from transcription.notes.decisions import decisions
from transcription.notes.open_questions import open_questions
from transcription.notes.sentences import Sentence
from transcription.pipeline import transcribe
from transcription.recognize import Options
from transcription.types import Segment

MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
FRIDAY, WEDNESDAY, END_OF_MONTH = (
    dt.date(2026, 11, 27),
    dt.date(2026, 11, 25),
    dt.date(2026, 11, 30),
)


def said(*lines: tuple[str, str]) -> list[Sentence]:
    return [Sentence(text, speaker, float(i), i + 1.0) for i, (speaker, text) in enumerate(lines)]


MEETINGS = {
    "de": said(
        ("David", "Maria, kannst du den Entwurf bis Freitag an den Kunden schicken?"),
        ("Maria", "Ja, klar."),
        ("Lukas", "Ich werde die Anmeldeseite nächsten Mittwoch fertigstellen."),
        ("David", "Ich kümmere mich um das Budget bis Ende des Monats."),
        ("David", "Wir haben beschlossen, die Webseite am ersten März zu starten."),
        ("Maria", "Ist das Budget für die Kampagne schon freigegeben?"),
        ("David", "Ich weiß es nicht."),
    ),
    "fr": said(
        ("David", "Claire, peux-tu envoyer la maquette au client avant vendredi ?"),
        ("Claire", "Oui, bien sûr."),
        ("Luc", "Je vais finir la page de connexion mercredi prochain."),
        ("David", "Je m'occupe du budget d'ici la fin du mois."),
        ("David", "Nous avons décidé de lancer le site le premier mars."),
        ("Claire", "Est-ce que le budget de la campagne est approuvé ?"),
        ("David", "Je ne sais pas."),
    ),
    "es": said(
        ("David", "Lucía, ¿puedes enviar el diseño al cliente el viernes?"),
        ("Lucía", "Sí, claro."),
        ("Pablo", "Voy a terminar la página de inicio el miércoles."),
        ("David", "Me encargo del presupuesto antes del viernes."),
        ("David", "Hemos decidido lanzar la web el primero de marzo."),
        ("Lucía", "¿Está aprobado el presupuesto de la campaña?"),
        ("David", "No lo sé."),
    ),
}
EXPECTED_ITEMS = {
    "de": [
        ("Maria", "den Entwurf an den Kunden schicken", FRIDAY),
        ("Lukas", "die Anmeldeseite fertigstellen", WEDNESDAY),
        ("David", "sich um das Budget kümmern", END_OF_MONTH),
    ],
    "fr": [
        ("Claire", "envoyer la maquette au client", FRIDAY),
        ("Luc", "finir la page de connexion", WEDNESDAY),
        ("David", "s'occuper du budget", END_OF_MONTH),
    ],
    "es": [
        ("Lucía", "enviar el diseño al cliente", FRIDAY),
        ("Pablo", "terminar la página de inicio", WEDNESDAY),
        ("David", "encargarse del presupuesto", FRIDAY),
    ],
}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_requests_and_promises_become_items_with_owners_and_dates(language: str) -> None:
    # Given a meeting in the language: a request someone accepts, two promises, dated
    items = action_items(MEETINGS[language], MONDAY, language)
    # Then each is an item owned by who will do it, due on the date said, the date words gone
    assert [(i.owner, i.task, i.due) for i in items] == EXPECTED_ITEMS[language]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_decisions_and_unanswered_questions_in_the_language(language: str) -> None:
    sentences = MEETINGS[language]
    assert [d.text for d in decisions(sentences, language)] == [sentences[4].text]
    assert [q.text for q in open_questions(sentences, language)] == [sentences[5].text]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Vielleicht wird er den Vertrag schicken."),  # an adverb, not a person
        ("de", "Das wird schwierig."),
        ("fr", "Il va pleuvoir demain."),
        ("fr", "Peut-être qu'ils vont envoyer le contrat."),
        ("es", "Quizás ellos van a enviar el contrato."),
        ("de", "Ich werde nächste Woche im Urlaub sein."),  # being, thinking: no work
        ("de", "Ich werde darüber nachdenken."),
        ("fr", "Je vais être en congé la semaine prochaine."),
        ("fr", "Je vais y réfléchir."),
        ("es", "Voy a estar de vacaciones la próxima semana."),
    ],
)
def test_hedges_forecasts_and_pronouns_are_not_items(language: str, text: str) -> None:
    assert action_items(said(("Lukas", text)), MONDAY, language) == []


@pytest.mark.parametrize(
    ("language", "text", "task", "due"),
    [
        # German promises in the present, with when; the verb goes last, as an infinitive
        (
            "de",
            "Ich schicke dem Kunden bis Freitag das Angebot.",
            "dem Kunden das Angebot schicken",
            FRIDAY,
        ),
        ("de", "Ich rufe den Lieferanten am Mittwoch an.", "den Lieferanten anrufen", WEDNESDAY),
        ("de", "Ich ändere den Plan bis Freitag.", "den Plan ändern", FRIDAY),
        # French and Spanish promises in the future
        ("fr", "J'enverrai le contrat vendredi.", "envoyer le contrat", FRIDAY),
        ("fr", "J'appellerai le fournisseur mercredi.", "appeler le fournisseur", WEDNESDAY),
        ("fr", "Je prendrai les billets vendredi.", "prendre les billets", FRIDAY),
        ("es", "Enviaré el informe el viernes.", "enviar el informe", FRIDAY),
        ("es", "Yo llamaré al proveedor el miércoles.", "llamar al proveedor", WEDNESDAY),
        ("es", "Haré la presentación el viernes.", "hacer la presentación", FRIDAY),
        ("es", "Propondré un plan el viernes.", "proponer un plan", FRIDAY),
        ("de", "Ich wechsle die Batterien bis Freitag.", "die Batterien wechseln", FRIDAY),
        ("de", "Ich kümmere mich am Mittwoch darum.", "sich darum kümmern", WEDNESDAY),
        ("de", "Ich lade die Datei bis Freitag hoch.", "die Datei hochladen", FRIDAY),
        ("de", "Ich rufe ihn am Mittwoch an, dann wissen wir mehr.", "ihn anrufen", WEDNESDAY),
        ("fr", "Je reviendrai vers vous vendredi.", "revenir vers vous", FRIDAY),
        ("fr", "Je paierai la facture vendredi.", "payer la facture", FRIDAY),
        ("fr", "J'achèterai les billets mercredi.", "acheter les billets", WEDNESDAY),
    ],
)
def test_a_promise_said_in_the_present_or_future_tense_is_an_item(
    language: str, text: str, task: str, due: dt.date
) -> None:
    items = action_items(said(("Lena", text)), MONDAY, language)
    assert [(i.owner, i.task, i.due) for i in items] == [("Lena", task, due)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ich fahre morgen nach Berlin."),  # going somewhere, believing: no work
        ("de", "Ich glaube, morgen regnet es."),
        ("de", "Ich schicke dir das Angebot."),  # no when: a present, not a promise
        ("de", "Ich konnte den Kunden heute nicht erreichen."),  # past, wishes, guesses
        ("de", "Ich hätte gern bis morgen die Zahlen."),
        ("de", "Ich vermute, er kommt morgen."),
        ("de", "Ich mache morgen frei."),
        ("es", "Iré al médico mañana."),
        ("fr", "Je serai en congé vendredi."),
        ("fr", "Je pourrai le faire demain."),
        ("es", "Seré breve."),
        ("es", "Estaré de vacaciones la próxima semana."),
    ],
)
def test_the_present_or_future_of_being_going_and_believing_is_no_item(
    language: str, text: str
) -> None:
    assert action_items(said(("Lena", text)), MONDAY, language) == []


def test_a_language_without_phrases_gets_no_items_rather_than_guesses() -> None:
    italian = said(("Marco", "Giulia, puoi mandare il file venerdì?"), ("Giulia", "Sì, certo."))
    assert action_items(italian, MONDAY, "it") == []
    assert decisions(italian, "it") == [] and open_questions(italian, "it") == []


def test_speakers_are_named_by_introductions_in_other_languages() -> None:
    segments = [
        Segment(0, 1, "Hallo zusammen, ich bin David. Lasst uns anfangen.", "Speaker 1"),
        Segment(1, 2, "Hallo, hier ist Anna. Die Webseite ist fast fertig.", "Speaker 2"),
        Segment(2, 3, "Ich bin Entwickler. Ich mache das Backend.", "Speaker 3"),
        Segment(3, 4, "Bonjour, je m'appelle Claire.", "Speaker 4"),
        Segment(4, 5, "Soy Lucía, de ventas.", "Speaker 5"),
        Segment(5, 6, "Gracias, Lucía. ¿Pablo, puedes empezar?", "Speaker 1"),
        Segment(6, 7, "Sí, empiezo yo.", "Speaker 6"),
        Segment(7, 8, "Die Zahlen hier sind nicht gut.", "Speaker 7"),  # nouns, not names
        Segment(8, 9, "Ja, hier ist Vorsicht geboten.", "Speaker 8"),
    ]
    assert resolve_names(segments) == {
        "Speaker 1": "David",
        "Speaker 2": "Anna",
        "Speaker 4": "Claire",
        "Speaker 5": "Lucía",
        "Speaker 6": "Pablo",
    }  # "ich bin Entwickler" names nobody: German capitalises nouns


@pytest.mark.slow
def test_a_german_meeting_gets_german_notes(
    tmp_path_factory: pytest.TempPathFactory, worker: Any
) -> None:
    # Given a German meeting rendered with espeak-ng, its language left to detection
    audio = decode(render(GERMAN, tmp_path_factory.mktemp("german")))
    transcript = transcribe(worker, audio, Options(model="auto"))
    assert transcript.language == "de" and transcript.model == "whisper-base"
    # Then the speakers are named from "ich bin David" and "hier ist Maria"
    assert set(transcript.speakers) == {"David", "Maria"}
    # And the notes hold the scripted items with owners and dates, the decision, the question
    notes = build_notes(transcript, worker, MEETING_DATE)
    found = [(i.owner, i.due, i.task.lower()) for i in notes.action_items]
    assert len(found) == len(GERMAN.actions), found
    for expected, (owner, due, task) in zip(GERMAN.actions, found, strict=True):
        assert (owner, due) == (expected.owner, expected.due)
        assert expected.task_words[0] in task, task  # the verb; nouns may be misheard
    assert [d.speaker for d in notes.decisions] == ["David"]
    assert "beschlossen" in notes.decisions[0].text
    assert [q.speaker for q in notes.questions] == ["Maria"]
