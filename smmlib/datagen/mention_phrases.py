"""Phrase banks for brand mentions (social listening). {b} = brand, {o} = another brand.

The sentiment label of a mention is the bank its core sentence came from; the course's
sentiment scorer never sees these banks, only the finished text.
"""
CORE = {
    "positief": [
        "Vandaag mijn nieuwe {b} opgehaald en ik ben nu al verliefd",
        "Al 2000 km op mijn {b} en nog geen enkel probleem",
        "Wat een fijne service bij de {b} dealer, binnen een dag gerepareerd",
        "Die {b} fietst echt heerlijk, tegenwind bestaat niet meer",
        "Super blij met mijn {b}, beste aankoop van dit jaar",
        "Proefrit gemaakt op een {b}, wauw wat een verschil met mijn oude fiets",
        "De accu van mijn {b} gaat echt lang mee, drie dagen woon-werk op één lading",
        "Complimenten aan {b}, netjes op tijd geleverd en perfect afgesteld",
        "Mijn moeder van 72 fietst weer elke dag dankzij haar {b}",
        "Eindelijk een e-bike die er ook mooi uitziet, top gedaan {b}",
        "Klantenservice van {b} reageerde binnen 10 minuten, heel vriendelijk geholpen",
        "Na drie jaar nog steeds fan van mijn {b}",
        "Heerlijk rondje gefietst vandaag, de {b} doet het prima",
        "Aanrader: een {b} voor iedereen die ver moet forenzen",
        "Blij dat ik voor {b} gekozen heb, rijdt soepel en stil",
        "Mijn {b} is gewoon de fijnste fiets die ik ooit had",
        "Chapeau {b}, accu kosteloos vervangen onder garantie",
        "Wat rijdt die nieuwe {b} lekker zeg",
        "Dankzij mijn {b} laat ik de auto bijna altijd staan, geweldig",
        "Goed advies gekregen in de {b} winkel, voelde me serieus genomen",
        "Zelfs met de kinderen achterop gaat de {b} makkelijk de brug op",
        "Top ervaring met {b}, zou het zo weer doen",
        "De {b} bakfiets is echt perfect voor ons gezin",
        "Gisteren 80 km gefietst op de {b}, prachtige tocht",
    ],
    "neutraal": [
        "Weet iemand of {b} ook een dealer in de buurt van Amersfoort heeft?",
        "Twijfel tussen {b} en {o}, iemand ervaring met allebei?",
        "Hoe lang duurt het opladen van een {b} accu eigenlijk?",
        "{b} komt volgend voorjaar met een nieuw model, las ik",
        "Zag vandaag een {b} bakfiets bij school staan",
        "Wat is de actieradius van een {b} in de winter?",
        "Rijdt hier iemand een {b} via lease van de zaak?",
        "{b} staat deze week op de fietsbeurs in Utrecht",
        "Kun je bij {b} ook een proefrit aan huis krijgen?",
        "Iemand een idee wat een onderhoudsbeurt bij {b} kost?",
        "Heb een {b} besteld, volgende week wordt hij bezorgd",
        "Vraag aan {b}: passen de nieuwe accu's ook op modellen uit 2021?",
        "Mijn buurman heeft een {b}, ik ga er ook eens naar kijken",
        "Hoeveel weegt een {b} eigenlijk met accu?",
        "Op welke dagen is de {b} winkel in Zwolle open?",
        "Bij de ANWB test stond {b} ergens in het midden",
        "Is het framenummer van een {b} ergens online te checken?",
        "Morgen proefrit bij {b} en daarna bij {o}",
        "Welke maat {b} heb je nodig als je 1,85 bent?",
        "{b} gebruikt een middenmotor, {o} een voorwielmotor, klopt dat?",
        "Heeft {b} ook een winteropslag voor fietsen?",
        "Waar zit de serienummer sticker op een {b}?",
    ],
    "negatief": [
        "Al drie weken wachten op mijn {b}, nog steeds geen levering",
        "Accu van mijn {b} is na een jaar al half zo sterk, echt teleurstellend",
        "Klantenservice van {b} reageert gewoon niet op mijn mails",
        "Weer rammelt het spatbord, de kwaliteit van {b} is bedroevend",
        "Nooit meer {b}, de motor is voor de tweede keer kapot",
        "Belachelijk dat {b} 180 euro rekent voor een standaard onderhoudsbeurt",
        "Mijn {b} maakt een raar piepend geluid en de dealer doet er niks mee",
        "Slechte ervaring met {b}: verkeerde fiets geleverd en niemand neemt op",
        "De app van {b} crasht steeds, waardeloos",
        "Display van mijn {b} valt uit bij regen, dat kan toch niet",
        "Garantie afgewezen door {b}, ik voel me echt opgelicht",
        "Zonde van het geld, die {b}",
        "De remmen van mijn {b} zijn na 1500 km al versleten, slecht",
        "{b} beloofde terug te bellen, nooit meer iets gehoord",
        "Ketting van de {b} schiet er steeds af, irritant",
        "Wat een drama met {b}, al vier keer naar de dealer",
        "Onderdeel voor mijn {b} is pas over 8 weken leverbaar, echt schandalig",
        "Spijt dat ik een {b} heb gekocht",
        "Dealer van {b} was onvriendelijk en had geen tijd",
        "De {b} trapondersteuning valt steeds weg, gevaarlijk in het verkeer",
        "Top hoor {b}, alweer een week zonder fiets",               # sarcasm
        "Geweldig weer, derde keer deze maand naar de werkplaats. Bedankt {b}",  # sarcasm
        "Mooie fiets hoor, maar de service van {b} is ver onder de maat",
    ],
}

# Mixed messages whose overall tone is still clear (label = key)
CORE["positief"] += [
    "Levering duurde wat lang, maar de {b} zelf is echt top",
    "Was eerst sceptisch over {b}, nu wil ik niks anders meer",
]
CORE["neutraal"] += [
    "Geen idee of {b} beter is dan {o}, ze lijken erg op elkaar",
]

OPENERS = {
    "positief": ["", "", "", "Yes!", "Wauw.", "Even delen:", "Zo blij.", "Oké, ik ben om.", "Update:"],
    "neutraal": ["", "", "", "Vraagje:", "Hoi allemaal,", "Even een vraag.", "Iemand hier?", "Beetje off-topic maar"],
    "negatief": ["", "", "", "Pff.", "Serieus,", "Nou,", "Echt balen.", "Ik ben er klaar mee.", "Grrr"],
}
EXTRAS = {
    "positief": ["Aanrader!", "Kan niet meer zonder.", "Blij mee!", "Dikke duim.", "Dankjewel team!",
                 "Zou het iedereen aanraden.", "Wat een verschil.", ""],
    "neutraal": ["Alvast bedankt!", "Iemand?", "Tips welkom.", "Benieuwd.", "Hoor het graag.",
                 "Ik lees het wel in de reacties.", ""],
    "negatief": ["Echt klaar mee.", "Nooit meer.", "Wie heeft dit ook?", "Heel jammer.", "Wat een gedoe.",
                 "Ik wil mijn geld terug.", "Dit moet beter.", ""],
}
EMOJI = {
    "positief": ["😍", "👍", "🙌", "💚", "🚲", "☀️", "😊", "💪", "👌", "🔥", "🥰"],
    "neutraal": ["🤔", "🚲", "🙂", "👀", "🔋", "🙏"],
    "negatief": ["😡", "🙄", "😤", "👎", "😩", "🤬", "😞", "😒"],
}
HASHTAGS = {
    "positief": ["#ebike", "#fietsliefde", "#blij", "#woonwerk", "#fietsen", "#aanrader", "#weekend"],
    "neutraal": ["#ebike", "#fietsen", "#vraagje", "#fiets", "#elektrischefiets"],
    "negatief": ["#klantenservice", "#fail", "#ebike", "#nietblij", "#klacht", "#fiets"],
}

NEWS = {
    "positief": [
        "{b} wint prijs voor beste e-bike van het jaar",
        "{b} groeit hard en zoekt 40 nieuwe monteurs",
        "Consumententest: {b} scoort goed op accuduur",
        "{b} opent duurzame fabriek in Zwolle",
    ],
    "neutraal": [
        "{b} presenteert nieuwe collectie voor 2026",
        "{b} verhoogt prijzen van accessoires per 1 maart",
        "Fietsbranche verwacht stabiele verkoop, ook bij {b}",
        "{b} en {o} strijden om de forens",
        "{b} opent nieuwe winkel in Utrecht",
    ],
    "negatief": [
        "Klachten over levertijden bij {b} stapelen zich op",
        "{b} kampt met tekort aan onderdelen",
        "Geschillencommissie stelt klant van {b} in het gelijk",
    ],
}

CRISIS = {  # Trapkracht battery video, from CRISIS_DAY on
    "negatief": [
        "Heb je die video gezien van die {b} accu die begint te roken?? Eng hoor",
        "Ik durf mijn {b} niet meer binnen op te laden na dat filmpje",
        "{b}, wat gaan jullie doen aan die accu's die oververhitten?",
        "Rook uit de accu van een {b} in een schuur, dit is gewoon gevaarlijk",
        "Waarom zegt {b} nog steeds niks over die brandende accu",
        "Terugroepactie nu! Die {b} accu's zijn levensgevaarlijk",
        "Mijn accu wordt ook altijd zo heet, nu snap ik waarom",
        "Onverantwoord dat {b} die accu's gewoon blijft verkopen",
        "Die reactie van {b} op de accubrand is echt een schande",
        "Stel je voor dat dit 's nachts in je gang gebeurt. Bedankt {b}",
        "Ik breng mijn {b} terug, ik vertrouw het niet meer",
        "Zo'n accu die rookt in de fietsenstalling, en {b} blijft stil",
    ],
    "neutraal": [
        "{b} onderzoekt video van rokende accu",
        "Brandweer geeft tips voor veilig laden van e-bike accu's na ophef over {b}",
        "Weet iemand welke {b} modellen het precies betreft?",
        "{b} zegt in een verklaring dat het om één accu gaat",
        "Heeft {b} al gezegd of de accu's teruggeroepen worden?",
    ],
    "positief": [
        "Respect voor hoe snel {b} alle kopers persoonlijk heeft gebeld",
        "Mijn {b} rijdt al vier jaar zonder problemen, laten we niet overdrijven",
    ],
}
CRISIS_HASHTAGS = ["#trapkrachtgate", "#accubrand", "#ebike", "#veiligheid", "#terugroepactie"]
