"""Actor names: regime-dated state forces, units, generic and named actors, hedges, user files."""

from datetime import date

import pytest

from conflict_events.builders.actors import ActorDictionary, find_actors, generic_actor, state_actor
from conflict_events.builders.actors_dictionary import title_case
from conflict_events.builders.regimes import regimes
from conflict_events.schema.taxonomy import ActorType

ON = date(2025, 3, 1)


def found(text: str, country: str | None = "Mexico", on: date = ON, **kw) -> list[tuple[str, int]]:
    return [(m.actor.name, int(m.actor.actor_type)) for m in find_actors(text, country=country, on=on, **kw)]


@pytest.mark.parametrize(
    ("country", "day", "branch", "name"),
    [
        ("Mexico", date(2024, 9, 30), "military", "Military Forces of Mexico (2018-2024)"),
        ("Mexico", date(2024, 10, 1), "military", "Military Forces of Mexico (2024-)"),
        ("Mexico", date(2024, 10, 1), "police", "Police Forces of Mexico (2024-)"),
        ("Guatemala", date(2024, 1, 13), "military", "Military Forces of Guatemala (2020-2024)"),
        ("Guatemala", date(2024, 1, 14), "government", "Government of Guatemala (2024-)"),
        ("Peru", date(2025, 10, 9), "police", "Police Forces of Peru (2022-2025)"),
        ("Peru", date(2025, 10, 10), "police", "Police Forces of Peru (2025-)"),
        ("Bolivia", date(2025, 11, 8), "military", "Military Forces of Bolivia (2025-)"),
        ("Philippines", date(2022, 7, 1), "military", "Military Forces of the Philippines (2022-)"),
    ],
)
def test_state_forces_are_named_by_the_regime_on_the_event_date(country, day, branch, name):
    actor = state_actor(country, day, branch)
    assert (actor.name, actor.actor_type) == (name, ActorType.STATE_FORCES)


def test_a_change_of_government_changes_the_name_found_in_text():
    text = "Soldiers patrolled the border."
    assert found(text, on=date(2024, 9, 30)) == [("Military Forces of Mexico (2018-2024)", 1)]
    assert found(text, on=date(2024, 10, 2)) == [("Military Forces of Mexico (2024-)", 1)]


def test_regime_table_has_no_overlaps_and_labels_follow_the_dates():
    for country, periods in regimes().items():
        for a, b in zip(periods, periods[1:], strict=False):
            assert a.end is not None and a.end < b.start, country
        for g in periods:
            assert g.label == f"{g.start.year}-{g.end.year if g.end else ''}", country


@pytest.mark.parametrize(
    "country",
    ["Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic", "Ecuador",
     "El Salvador", "Guatemala", "Haiti", "Honduras", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru",
     "Uruguay", "Venezuela", "Belize", "Guyana", "Suriname", "Jamaica", "Puerto Rico"],
)  # fmt: skip
def test_every_latin_american_country_has_a_current_regime(country):
    assert regimes()[country][-1].end is None


def test_units_are_appended_to_the_force():
    assert found("The National Guard patrolled the town.") == [("Police Forces of Mexico (2024-) National Guard", 1)]
    assert found("Military police exchanged fire with suspects.", "Brazil", date(2023, 5, 1))[0] == (
        "Military Forces of Brazil (2023-) Military Police",
        1,
    )
    assert state_actor("Mexico", ON, "police", "State Police").name == "Police Forces of Mexico (2024-) State Police"


def test_mexican_cartel_gunmen_in_guatemala_are_a_mexican_armed_group():
    text = "Gunmen from a Mexican cartel opened fire on Guatemalan soldiers in San Marcos."
    assert found(text, "Guatemala", date(2025, 12, 8)) == [
        ("Unidentified Armed Group (Mexico)", ActorType.POLITICAL_MILITIA),
        ("Military Forces of Guatemala (2024-)", ActorType.STATE_FORCES),
    ]
    assert found("Mexican cartel gunmen crossed the river.", "Guatemala", date(2025, 12, 8)) == [
        ("Unidentified Armed Group (Mexico)", 3)
    ]


def test_a_states_military_abroad_is_external():
    assert found("Turkish troops shelled the village.", "Iraq", date(2025, 1, 1)) == [
        ("Military Forces of Turkey (2016-)", ActorType.EXTERNAL_OTHER_FORCES)
    ]
    assert found("Clashes between Ukrainian and Russian forces continued.", "Ukraine", date(2022, 5, 1)) == [
        ("Military Forces of Ukraine (2019-)", 1),
        ("Military Forces of Russia (2000-)", 8),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the Jalisco cartel fought the army.", "CJNG: Jalisco New Generation Cartel"),
        ("Fighters of the Cartel Jalisco New Generation were seen.", "CJNG: Jalisco New Generation Cartel"),
        ("Sicarios del Cártel Jalisco Nueva Generación atacaron.", "CJNG: Jalisco New Generation Cartel"),
        ("Sicarios del Cártel de Sinaloa atacaron un bar.", "Sinaloa Cartel"),
        ("Cartel Chiapas y Guatemala members were arrested.", "Cartel Chiapas y Guatemala"),
        ("MS-13 members extorted bus drivers.", "MS-13: Mara Salvatrucha"),
        ("Miembros de la Mara Salvatrucha fueron detenidos.", "MS-13: Mara Salvatrucha"),
        ("A Barrio 18 cell was dismantled.", "B-18: Barrio-18"),
    ],
)
def test_named_groups_by_english_and_spanish_aliases(text, name):
    assert (name, 3) in found(text, "Guatemala")


def test_taliban_are_a_rebel_group_before_august_2021_and_the_state_after():
    assert found("The Taliban attacked a checkpoint.", "Afghanistan", date(2021, 6, 1)) == [("Taliban", 2)]
    assert found("The Taliban attacked a checkpoint.", "Afghanistan", date(2022, 6, 1)) == [
        ("Military Forces of Afghanistan (2021-)", 1)
    ]


def test_short_acronyms_name_a_group_only_where_it_operates():
    assert ("Islamic State (Syria)", 2) in found("IS fighters attacked a checkpoint.", "Syria")
    assert found("IS fighters attacked a checkpoint.", "Chile") == [("Unidentified Armed Group (Chile)", 3)]


def test_uncertain_attributions_go_to_the_unidentified_actor():
    for text in (
        "The attackers were believed to be Sinaloa Cartel members.",
        "Gunmen possibly linked to the CJNG killed two men.",
        "There were conflicting reports that the Sinaloa Cartel was behind it.",
    ):
        names = [n for n, _ in found(text)]
        assert "Sinaloa Cartel" not in names and "CJNG: Jalisco New Generation Cartel" not in names
        assert "Unidentified Armed Group (Mexico)" in names


def test_identity_militias_and_generic_actors_have_the_codebook_types():
    assert found("Tribal gunmen attacked a convoy.", "Iraq", date(2025, 1, 1)) == [
        ("Unidentified Tribal Militia (Iraq)", ActorType.IDENTITY_MILITIA)
    ]
    assert found("armed Fulani militiamen raided the village", "Niger", date(2025, 1, 1))[0] == (
        "Fulani Ethnic Militia (Niger)",
        4,
    )
    assert generic_actor("armed_group", "Haiti") == generic_actor("armed_group", "Haiti")
    assert int(generic_actor("armed_group", "Haiti").actor_type) == 3
    assert int(generic_actor("communal", "Haiti").actor_type) == 4
    assert generic_actor("protesters", "Chile").name == "Protesters (Chile)"


def test_civilian_as_an_adjective_or_denied_is_no_actor():
    text = "Russian forces shelled the town, damaging civilian infrastructure. No civilians were hurt."
    assert found(text, "Ukraine", date(2022, 5, 1)) == [("Military Forces of Russia (2000-)", 8)]


def test_identities_are_carried_as_associated_designations():
    [m] = find_actors("A journalist was shot.", country="Honduras", on=ON)
    assert (m.actor.name, m.assoc) == ("Civilians (Honduras)", ("Journalists (Honduras)",))


def test_a_users_override_file_adds_and_replaces_actors(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "actors:\n"
        "  - {name: 'Los Zetas Vieja Escuela', type: 3, countries: [Mexico], aliases: [Zetas]}\n"
        "  - {name: 'Sinaloa Cartel', type: 2, countries: [Mexico], aliases: [Los Sinaloenses]}\n"
    )
    custom = ActorDictionary.load(f)
    assert found("Zetas attacked a bar.", dictionary=custom) == [("Los Zetas Vieja Escuela", 3)]
    assert found("Los Sinaloenses attacked a bar.", dictionary=custom) == [("Sinaloa Cartel", 2)]
    assert found("Zetas attacked a bar.") == [("Los Zetas", 3)]
    assert ActorDictionary.load(f) is custom


def test_a_broken_override_file_says_what_is_wrong(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("actors:\n  - {aliases: [Zetas]}\n")
    with pytest.raises(ValueError, match="name and a type"):
        ActorDictionary.load(f)


@pytest.mark.parametrize(
    ("country", "text", "name"),
    [
        ("Mali", "Fighters of Katiba Macina attacked an army post.", "JNIM: Group for Support of Islam and Muslims"),
        ("Mali", "The Azawad Liberation Front said it downed a drone.", "FLA: Azawad Liberation Front"),
        ("Burkina Faso", "Ansaroul Islam militants burned a school.", "Ansaroul Islam"),
        ("Nigeria", "Members of the Civilian JTF repelled the raid.", "CJTF: Civilian Joint Task Force"),
        ("Cameroon", "Ambazonia Defence Forces fighters set a bus ablaze.", "Ambazonian Separatists (Cameroon)"),
        ("Democratic Republic of Congo", "FRPI militiamen looted a village.", "FRPI: Patriotic Resistance Front of Ituri"),
        ("Central African Republic", "MINUSCA peacekeepers patrolled the road.",
         "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
        ("Sudan", "The Justice and Equality Movement shelled the town.", "JEM: Justice and Equality Movement"),
        ("Ethiopia", "ONLF fighters clashed with regional police.", "ONLF: Ogaden National Liberation Front"),
        ("Mozambique", "A Naparama militia leader was shot.", "Naparama Militia"),
        ("Mozambique", "ISCAP fighters beheaded two villagers.", "Islamist Militia (Mozambique)"),
        ("Democratic Republic of Congo", "ISCAP fighters killed two villagers.", "ADF: Allied Democratic Forces"),
        ("Palestine", "The al-Quds Brigades said they fired rockets.", "PIJ: Palestinian Islamic Jihad"),
        ("Syria", "Hurras al-Din fighters were hit by a drone.", "Hurras al-Din"),
        ("Iraq", "Kataib Hezbollah fired rockets at the base.", "Kataib Hezbollah"),
        ("Iraq", "YBS fighters refused to leave the checkpoint.", "YBS: Sinjar Resistance Units"),
        ("Palestine", "The Jenin Brigade said its fighters fired at troops.", "Jenin Brigade"),
        ("Pakistan", "Security forces killed khawarij in North Waziristan.", "TTP: Tehreek-i-Taliban Pakistan"),
        ("India", "Two Hizbul Mujahideen militants were killed.", "HM: Hizb-ul-Mujahideen"),
        ("India", "Kashmiri militants fired at a patrol.", "Kashmir Rebels (India)"),
        ("India", "ULFA-I claimed the grenade attack.", "ULFA-I: United Liberation Front of Asom-Independent"),
        ("Myanmar", "The Chin National Army seized a camp.", "CNF/CNA: Chin National Front/Chin National Army"),
        ("Myanmar", "The SSPP and the RCSS clashed again.", "SSPP/SSA-N: Shan State Progress Party/Shan State Army-North"),
        ("Philippines", "MILF members clashed over a land dispute.", "MILF: Moro Islamic Liberation Front"),
        ("Colombia", "Disidencias de las FARC atacaron la estación.", "FARC Dissidents"),
        ("Colombia", "Los Pachenca gunmen killed a farmer.", "ACSN: Conquering Self-Defense Forces of the Sierra Nevada"),
        ("Colombia", "El Ejército Gaitanista de Colombia amenazó a líderes.", "Gulf Clan"),
        ("Peru", "Remnants of the Shining Path ambushed a patrol.", "MPCP: Militarized Communist Party of Peru"),
        ("Brazil", "Traficantes do Terceiro Comando Puro trocaram tiros.", "TCP: Pure Third Command"),
        ("Haiti", "Gran Grif gunmen attacked Pont-Sondé.", "Gran Grif Gang"),
        ("Haiti", "Kenyan officers of the Multinational Security Support mission patrolled.",
         "MSS: Multinational Security Support Mission in Haiti"),
        ("Ecuador", "Los Tiguerones members were arrested.", "Los Tiguerones"),
        ("El Salvador", "Barrio 18 Sureños members were captured.", "B-18 (S): Barrio-18 (Surenos)"),
        ("Mexico", "Sicarios del Cártel de Juárez atacaron un bar.", "Juarez Cartel"),
        ("Mexico", "La Unión Tepito controla el mercado.", "La Union Tepito"),
        ("United Kingdom", "The New IRA claimed the bomb.", "NIRA: New Irish Republican Army"),
        ("France", "The FLNC claimed the attacks on holiday homes.",
         "FLNC: National Front for the Liberation of Corsica"),
    ],
)  # fmt: skip
def test_named_groups_of_every_region(country, text, name):
    assert name in [n for n, _ in found(text, country, date(2025, 6, 1))]


def test_groups_that_became_a_state_are_named_as_its_forces_from_that_day():
    text = "HTS fighters entered the city."
    assert found(text, "Syria", date(2024, 11, 30)) == [("HTS: Hayat Tahrir al Sham", 2)]
    assert found(text, "Syria", date(2025, 1, 10)) == [("Military Forces of Syria (2024-)", 1)]
    assert ("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", 8) in found(
        "An IRGC adviser was killed.", "Syria", date(2023, 1, 1)
    )


def test_title_case_forms_of_multi_word_aliases_are_found():
    assert title_case("Ambazonian separatists") == "Ambazonian Separatists"
    assert title_case("dissidents of the FARC") == "Dissidents of the FARC"
    assert title_case("al-Qaeda in the Arabian Peninsula") == "Al-Qaeda in the Arabian Peninsula"
    assert title_case("settlers") == "settlers"  # one word: a capital only starts a sentence
    for text in ("Ambazonian Separatists attacked a checkpoint.", "Ambazonian separatists attacked a checkpoint."):
        assert found(text, "Cameroon") == [("Ambazonian Separatists (Cameroon)", 2)]


def test_a_generic_alias_names_a_group_only_in_its_countries():
    assert ("Ambazonian Separatists (Cameroon)", 2) in found("Separatist fighters burned a school.", "Cameroon")
    assert all("Ambazonian" not in n for n, _ in found("Separatist fighters shelled a town.", "Ukraine"))
    assert found("Self-defense groups blocked the road.", "Mexico")[0] == ("Self-Defense Group (Mexico)", 3)


ORDINARY_NEWS = [
    (
        "Kenya",
        "UDA supporters gathered in Nakuru to welcome the party's candidates. The return of the rains "
        "was good news for farmers, and the Ministry said it would publish the MSA figures next week.",
    ),
    (
        "United Kingdom",
        "HM Treasury said inflation fell in May. The Premier League champions return to training in "
        "July, and the BBC will show the final. Fact checkers disputed the figures on the Latin Kings exhibition.",
    ),
    (
        "Chile",
        "La Roja drew with Peru in Santiago. Los Espartanos, a new film, opened in cinemas, and the central "
        "bank left rates unchanged. Fuel thieves were not mentioned in the report on the pipeline.",
    ),
    (
        "Germany",
        "The Bundestag debated the budget. Volunteers for the local football club cleaned the stadium, "
        "and the border guards union asked for higher pay. Return flights to Mallorca were delayed by a strike.",
    ),
    ("Italy", "The Wagner festival opened in Fano with a concert on the beach, and Juventus beat Inter."),
    ("Spain", "Ferries from La Línea to Ceuta were cancelled; La Linea's mayor blamed the wind."),
    ("Nepal", "Former Maoists in the ruling coalition backed the budget in Kathmandu."),
    ("Kenya", "Farmers in Turkana said herdsmen had driven their goats into the fields during the drought."),
    ("United States", "Sureños and Norteños were the subject of a new documentary on California prisons."),
    (
        "Australia",
        "The Reserve Bank held rates. Shane Warne's former teammates played a charity match, and the "
        "Amal cafe in Sydney reopened after the floods. Settlers Road in the hills was closed by a landslide.",
    ),
]


@pytest.mark.parametrize(("country", "text"), ORDINARY_NEWS)
def test_no_named_actor_in_ordinary_news(country, text):
    named = {e.name for entries in ActorDictionary.load().by_alias.values() for e in entries}
    assert not named & {n for n, _ in found(text, country, date(2025, 6, 1))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ye-U PDF attacked a convoy.", "People's Defense Force - Ye-U"),
        ("The People's Defense Force - Tamu raided a police post.", "People's Defense Force - Tamu"),
        ("People's Defense Force Kalay fighters laid mines.", "People's Defense Force - Kalay"),
        ("The PDF (Shwebo) ambushed troops.", "People's Defense Force - Shwebo"),
        ("Snake Eyes-PDF fighters ambushed troops.", "People's Defense Force - Snake Eyes"),
        ("A member of the CDF Matupi was killed.", "Chinland Defense Force - Matupi"),
        ("CDF-Hakha fighters attacked a camp.", "Chinland Defense Force - Hakha"),
        ("The PDF attacked a convoy.", "PDF: People's Defense Force"),
        ("PDF Battalion 4 attacked a convoy.", "PDF: People's Defense Force"),
        ("Three PDF members were killed.", "PDF: People's Defense Force"),
        ("On Monday PDF fighters attacked a convoy.", "PDF: People's Defense Force"),
    ],
)
def test_local_units_are_named_after_their_place(text, name):
    assert name in [n for n, _ in found(text, "Myanmar", date(2024, 3, 1))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mai-Mai Makanika fighters clashed with the army.", "Mayi Mayi Militia (Makanika)"),
        ("Mai-Mai militiamen clashed with the army.", "Mayi Mayi Militia"),
        ("Mai-Mai Wazalendo fighters clashed with the army.", "Mayi Mayi Militia"),
        ("CODECO-URDPC militiamen killed a farmer.", "CODECO: Cooperative for Development of Congo"),
    ],
)
def test_factions_are_named_after_their_group(text, name):
    names = [n for n, _ in found(text, "Democratic Republic of Congo", date(2024, 3, 1))]
    assert name in names and "Unidentified Armed Group (Democratic Republic of Congo)" not in names
    assert found("US forces held an exercise.", "Germany", date(2024, 3, 1)) == [
        ("Military Forces of the United States (2021-2025)", 8)
    ]


def test_a_users_file_can_name_local_units_and_a_template_needs_the_local_name(tmp_path):
    f = tmp_path / "local.yaml"
    f.write_text(
        "actors:\n"
        "  - {name: 'Village Guard', type: 3, countries: [Chile], branch: 'Village Guard - {local}', aliases: [VG]}\n"
        "not_local: [Southern]\n"
    )
    custom = ActorDictionary.load(f)
    assert found("The Temuco VG patrolled.", "Chile", dictionary=custom) == [("Village Guard - Temuco", 3)]
    assert found("The Southern VG patrolled.", "Chile", dictionary=custom) == [("Village Guard", 3)]
    bad = tmp_path / "bad_branch.yaml"
    bad.write_text("actors:\n  - {name: X, type: 3, branch: 'X unit', aliases: [Xs]}\n")
    with pytest.raises(ValueError, match="local"):
        ActorDictionary.load(bad)
