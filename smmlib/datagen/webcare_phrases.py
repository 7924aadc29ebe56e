"""Phrase banks for webcare conversations (first customer message), per topic.

"gewoon" messages never need escalation; "escalatie" messages do (safety, injury, legal
threats, defect battery, public anger). Some ordinary messages use alarming-looking words
("warm", "kapot", "vallen") so that keyword rules make realistic mistakes.
"""
TOPICS = {  # topic -> usage-cycle phase
    "levering": "ontvangen", "montage": "ontvangen", "factuur": "ontvangen",
    "app": "gebruiken", "accu": "gebruiken", "bediening": "gebruiken",
    "onderhoud": "onderhouden", "reparatie": "onderhouden", "garantie": "onderhouden",
    "inruil": "vervangen", "nieuwe accu": "vervangen",
}
TOPIC_P = [0.15, 0.05, 0.05, 0.10, 0.12, 0.08, 0.12, 0.10, 0.09, 0.07, 0.07]

GEWOON = {
    "levering": ["Wanneer wordt mijn fiets bezorgd? Ik heb nog geen track & trace ontvangen",
                 "Kan de levering een week later? We zijn op vakantie",
                 "Mijn bestelling staat al 5 dagen op 'in behandeling', klopt dat?",
                 "Kan ik mijn nieuwe fiets ook bij de dealer ophalen in plaats van thuis laten bezorgen?",
                 "Hoe laat komt de bezorger ongeveer?"],
    "montage": ["Het stuur staat een beetje scheef na de bezorging, kan ik dat zelf rechtzetten?",
                "Moet ik de pedalen zelf monteren?",
                "Het zadel gaat niet hoger, zit daar een stopje in?"],
    "factuur": ["Kunnen jullie de factuur op naam van mijn bedrijf zetten?",
                "Ik heb twee keer een bevestiging gekregen, ben ik ook twee keer afgeschreven?",
                "Waar vind ik mijn factuur voor de leaseregeling?"],
    "app": ["De app maakt geen verbinding met mijn fiets via bluetooth",
            "Hoe zet ik de GPS-tracker aan in de app?",
            "Na de update zie ik mijn ritten niet meer in de app",
            "Kan mijn partner ook inloggen op dezelfde fiets in de app?"],
    "accu": ["Hoe lang gaat de accu mee bij 0 graden?",
             "Mijn accu wordt een beetje warm tijdens het laden, is dat normaal?",
             "Mag de accu de hele nacht aan de lader blijven?",
             "Het bereik is sinds de winter wat minder, hoe kan dat?",
             "Kan de accu kapot gaan als de fiets buiten in de vorst staat?"],
    "bediening": ["Hoe zet ik de duwondersteuning aan?",
                  "Het display geeft foutcode E12, wat betekent dat?",
                  "Welke ondersteuningsstand is het zuinigst?",
                  "Mijn fiets schakelt niet meer automatisch, moet ik iets instellen?"],
    "onderhoud": ["Wanneer moet mijn fiets voor de eerste onderhoudsbeurt?",
                  "Kan ik een onderhoudsbeurt online plannen?",
                  "Wat kost een grote beurt ongeveer?",
                  "Moet ik de riem ook smeren of juist niet?"],
    "reparatie": ["Mijn achterband is lek, kan de dealer dat snel maken?",
                  "Het spatbord rammelt, kunnen jullie daar naar kijken?",
                  "Mijn standaard is kapot, kan ik die los bestellen?",
                  "De verlichting achter doet het niet meer"],
    "garantie": ["Valt een krakend trapas onder de garantie?",
                 "Mijn garantiebewijs kwijt, kunnen jullie dat opzoeken?",
                 "Hoe lang is de garantie op het frame precies?"],
    "inruil": ["Wat krijg ik nog voor mijn oude fiets als ik inruil?",
               "Nemen jullie ook fietsen van een ander merk in?",
               "Kan ik mijn fiets van 2019 inruilen voor het nieuwe model?"],
    "nieuwe accu": ["Wat kost een nieuwe accu voor de Tour 5?",
                    "Past de grotere accu ook op mijn fiets uit 2022?",
                    "Nemen jullie mijn oude accu in als ik een nieuwe koop?"],
}

ESCALATIE = {
    "accu": ["Er kwam rook uit mijn accu tijdens het laden, ik heb hem naar buiten gegooid",
             "Mijn accu is opgezwollen en ruikt naar brand, wat moet ik doen?",
             "De accu werd gloeiend heet in de gang, ik ben echt geschrokken. Is dit gevaarlijk?",
             "Na dat filmpje durf ik mijn accu niet meer op te laden, de mijne wordt ook extreem heet"],
    "bediening": ["De ondersteuning viel ineens weg op een kruising en ik ben gevallen",
                  "De fiets gaat vanzelf accelereren terwijl ik niet trap, levensgevaarlijk"],
    "reparatie": ["Mijn remmen weigerden vanochtend volledig, ik ben bijna aangereden",
                  "Het voorwiel kwam los tijdens het fietsen, mijn dochter is gewond geraakt",
                  "Het frame is bij de las gescheurd na drie maanden"],
    "garantie": ["Als jullie de garantie niet nakomen schakel ik mijn advocaat in",
                 "Ik heb een klacht ingediend bij de Geschillencommissie, dit is de laatste kans",
                 "Derde keer dezelfde storing, ik wil mijn geld terug anders stap ik naar de rechter"],
    "levering": ["Al 6 weken betaald en nog steeds geen fiets. Ik ga dit overal delen en naar Radar sturen",
                 "Jullie zijn gewoon oplichters, ik heb betaald en niemand reageert. Iedereen moet dit weten"],
    "factuur": ["Er is drie keer 2.899 euro afgeschreven, ik zet dit op Twitter als het niet vandaag opgelost is"],
}

GREETINGS = ["", "", "Hoi", "Hallo", "Goedemiddag,", "Goedemorgen", "Hey Trapkracht,", "Beste klantenservice,",
             "Hoi team,", "Dag,"]
EXTRAS_GEWOON = ["Alvast bedankt!", "Groetjes", "Gr. {name}", "Ordernummer TK-{num}.", "Bvd",
                 "Hoor graag van jullie.", "Thanks!", "Fijne dag", "", "", ""]
EXTRAS_ESCALATIE = ["Bel me zo snel mogelijk terug.", "Ik wil NU een reactie.", "Ordernummer TK-{num}.",
                    "Dit is echt niet oké.", "Graag met spoed contact.", "Mijn nummer is 06-{tel}.", ""]
EMOJI_GEWOON = ["🙂", "🙏", "😊", "👍", "🚲", "🤔"]
EMOJI_ESCALATIE = ["😡", "😱", "🤬", "😤", "⚠️", "‼️"]
NAMES = ["Sanne", "Mark", "Ingrid", "Joost", "Fatima", "Peter", "Lotte", "Henk", "Yara", "Kees",
         "Anouk", "Bas", "Marloes", "Ahmed", "Els", "Ruud", "Noor", "Wim"]
