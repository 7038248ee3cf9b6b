import pytest

from claimrec.extract.attribution import find_attribution, split_clauses

# (text, (source, kind, via))
SOURCES = [
    ("Storbritannia sender også 600 soldater, ifølge Reuters.", ("Reuters", "according_to", None)),
    ("Ifølge avisen forsøker forhandlerne å få et løfte.", ("avisen", "according_to", None)),
    ("Taliban hevder at de har tatt over byen.", ("Taliban", "claims", None)),
    (
        "Taliban innledet en offensiv og hevdet i juli å ha kontroll over 85 prosent av landet.",
        ("Taliban", "claims", None),
    ),
    (
        "Militære tjenestemenn sier til The New York Times at Kabul kan falle.",
        ("Militære tjenestemenn", "says", "The New York Times"),
    ),
    (
        "En talsmann for departementet sier til nyhetsbyrået Reuters at ambassaden holder åpent.",
        ("En talsmann for departementet", "says", "Reuters"),
    ),
    ("– Vi måtte forlate byen, sier talsmannen ifølge nyhetsbyrået AFP.", ("talsmannen", "says", "AFP")),
    (
        "– Fienden tok kontroll, sier departementets talsperson Mirwais Stanikzai til NRK.",
        ("Mirwais Stanikzai", "says", "NRK"),
    ),
    ("Kildene, som vil være anonyme, sier til byrået at byen falt.", ("Kildene", "says", "byrået")),
    (
        "NRK har snakket med Utenriksdepartementet som sier de følger situasjonen.",
        ("Utenriksdepartementet", "says", None),
    ),
    ("John Kirby, talsmann for Pentagon, bekrefter at USA vil evakuere.", ("John Kirby", "says", None)),
    (
        "Tidligere torsdag bekreftet innenriksdepartementet at byen hadde falt.",
        ("innenriksdepartementet", "says", None),
    ),
    ("AP får opplyst at Canada vil sende spesialstyrker.", ("AP", "says", None)),
    ("«Fienden flyktet» skriver Taliban i en uttalelse.", ("Taliban", "says", None)),
    ("Det opplyser politiet i Kabul.", ("politiet", "says", None)),
    ("Han la til at kampen fortsetter.", (None, "says", None)),
    ("Byen falt torsdag kveld.", (None, None, None)),
]

# (text, hedge)
HEDGES = [
    ("Tretten om Kandahar faktisk er inntatt.", "conditional"),
    ("De truet med isolasjon om de tar makten med vold.", "conditional"),
    ("Om Kandahar faller, mister regjeringen sør.", "conditional"),
    ("Dersom utviklingen fortsetter, tar Taliban Kabul.", "conditional"),
    ("Hvis de tar makten, blir de isolert.", "conditional"),
    ("Kabul kan havne under press innen 30 dager.", "forecast"),
    ("Mazar-e-Sharif vil trolig falle snart.", "forecast"),
    ("Flere soldater ventes å bli igjen.", "forecast"),
    # Traps: "om" as "about", "whether", "at night" and in "selv om"; "kan" as ability.
    ("De snakket om Kandahar.", None),
    ("Det kom meldinger om at Taliban hadde tatt byen.", None),
    ("De ber partene om å trappe opp fredsprosessen.", None),
    ("Han spurte om de hadde forlatt byen.", None),
    ("Om kvelden er det stille i byen.", None),
    ("Selv om hovedstaden er under kontroll, nærmer Taliban seg.", None),
    ("Om lag 3000 soldater er sendt.", None),
    ("Vi kan bekrefte at byen har falt.", None),
    ("Det kan vi ikke si.", None),
    ("NRK kan avsløre at byen har falt.", None),
    ("Byen falt torsdag.", None),
]

# (text, clauses)
CLAUSES = [
    (
        "Tolv hovedsteder er falt på bare en uke, tretten om Kandahar faktisk er inntatt.",
        ["Tolv hovedsteder er falt på bare en uke, ", "tretten om Kandahar faktisk er inntatt."],
    ),
    (
        "Storbritannia vil sende rundt 600 soldater, og i Danmark har 45 asylsøkere fått bli.",
        ["Storbritannia vil sende rundt 600 soldater, ", "og i Danmark har 45 asylsøkere fått bli."],
    ),
    ("Tolv byer er falt, og Kandahar kan bli den neste.", ["Tolv byer er falt, og Kandahar kan bli den neste."]),
    ("De snakket om Kandahar, der 3000 soldater er.", ["De snakket om Kandahar, der 3000 soldater er."]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text, expected):
    found = find_attribution(text, "nb")
    assert (found.source, found.kind, found.via) == expected


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedge(text, hedge):
    assert find_attribution(text, "nb").hedge == hedge


@pytest.mark.parametrize(("text", "clauses"), CLAUSES)
def test_clauses(text, clauses):
    assert [clause.text for clause in split_clauses(text, "nb")] == clauses
