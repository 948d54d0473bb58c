from conflict_events.builders.sources import outlet_names, scale_of, source_columns


def test_named_source_wins_and_lists_split_on_semicolons():
    assert outlet_names("Reuters; Prensa Libre", "https://example.org/x") == ["Reuters", "Prensa Libre"]


def test_outlet_found_from_the_url_domain_and_subdomains():
    assert outlet_names("", "https://www.reuters.com/world/story") == ["Reuters"]
    assert outlet_names("", "https://edition.cnn.com/2025/12/10/x") == ["CNN"]
    assert outlet_names("", "https://unknown-paper.example/x") == ["unknown-paper.example"]


def test_scale_is_relative_to_the_event_country():
    assert scale_of("Prensa Libre", "Guatemala").value == "National"
    assert scale_of("Prensa Libre", "Mexico").value == "International"
    assert scale_of("Twitter", "Mexico").value == "New media"
    assert scale_of("Some Blog", "Mexico").value == "Other"


def test_source_scale_combines_in_acled_order():
    source, scale = source_columns("Reuters; Twitter; Prensa Libre", "", "Guatemala")
    assert source == "Reuters; Twitter; Prensa Libre"
    assert scale == "New media-National-International"


def test_home_country_of_national_outlets_only():
    from conflict_events.builders.sources import home_country

    assert home_country("Kathmandu Post", "") == "Nepal"
    assert home_country("", "https://www.dawn.com/news/1") == "Pakistan"
    assert home_country("Reuters", "") is None  # a wire reports from everywhere
    assert home_country("Kathmandu Post; Dawn", "") is None  # outlets of two countries
    assert home_country("Some Blog", "") is None


def test_an_unlisted_outlet_is_at_home_in_the_country_its_name_or_address_names():
    from conflict_events.builders.sources import home_country

    assert home_country("Daily Courier (Nigeria)", "") == "Nigeria"
    assert home_country("Monitoring Mission-Ukraine", "") == "Ukraine"
    assert home_country("Gazeta.uz", "") == "Uzbekistan"
    assert home_country("", "https://www.unknown-daily.fr/a") == "France"
    assert home_country("", "https://www.diario.com.co/a") == "Colombia"  # a generic code under a national label


def test_no_home_from_generic_domains_longer_names_or_wires():
    from conflict_events.builders.sources import home_country

    assert home_country("", "https://news.example.tv/a") is None  # .tv is sold as a generic domain
    assert home_country("Niger Delta Courier", "") is None  # "Niger" inside a longer proper name
    assert home_country("New Mexico Gazette", "") is None
    assert home_country("Reuters", "") is None  # a wire: no home
