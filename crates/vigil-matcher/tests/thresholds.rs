//! The cases the screening issue names, judged at the default threshold.

use vigil_matcher::{match_names, DEFAULT_THRESHOLD};
use vigil_model::Schema;

#[test]
fn spelling_and_script_variants_match() {
    let cases = [
        (Schema::Person, "Asadollah Assadi", "ASSADI Assadollah"),
        (Schema::Person, "Assadolah Assadi", "Assadollah Asadi"),
        (Schema::Person, "Asadollah Assadi", "اسدالله اسدی"),
        (Schema::Organization, "Mojahedin-e Khalq", "مجاهدین خلق"),
        (
            Schema::Organization,
            "Mujahedin-e Khalq Organization",
            "Mojahedin-e Khalq",
        ),
        (Schema::Person, "Vladimir Putin", "Владимир Путин"),
        (Schema::Person, "Seyed Ali Khamenei", "سید علی خامنه‌ای"),
        // Written family name first, and an extra middle name: the same person.
        (Schema::Person, "Daniel Morgan", "MORGAN Daniel"),
        (Schema::Person, "Daniel Morgan", "Daniel Peter Morgan"),
        (Schema::Person, "KO TAE BIN", "KO TAE HUN"),
        // A woman's Slavic family name is her family's, written either way.
        (Schema::Person, "Anna Korvelova", "Anna KORVELOV"),
        (Schema::Person, "Marina Tolvanina", "TOLVANIN, Marina"),
        // Two spellings of one given name that differ by more than its ending stay one.
        (Schema::Person, "Fatima Tarvani", "TARVANI, Fatma"),
        // A feminine-looking -a against a consonant that writes the ending (the ta marbuta's
        // t), or that a slip of the keys moved past the a, is one name.
        (Schema::Person, "Hamza Korvanov", "Hamzat KORVANOV"),
        (Schema::Person, "Yassin Tarvawla", "TARVAWAL, Yassin"),
        (
            Schema::Person,
            "Din Mohammda Korvani",
            "Din Mohammad KORVANI",
        ),
    ];
    for (schema, a, b) in cases {
        let m = match_names(schema, a, b);
        assert!(
            m.score >= DEFAULT_THRESHOLD,
            "{a} / {b}: {} ({})",
            m.score,
            m.detail
        );
    }
}

/// A Russian name's opening Е is written Ye or E (Yelena / Elena): one spelling of one name,
/// not a typo, so a report's name links to the list's as surely as a spelling does.
#[test]
fn an_opening_ye_and_e_are_one_romanisation() {
    for (a, b, given) in [
        (
            "Yelena Dorokhova",
            "Elena Petrovna DOROKHOVA",
            "yelena~elena",
        ),
        ("Yevgeny Malkov", "MALKOV, Evgeny", "yevgeny~evgeny"),
    ] {
        let m = match_names(Schema::Person, a, b);
        assert!(m.score >= DEFAULT_THRESHOLD, "{a} / {b}: {}", m.score);
        assert!(
            m.detail.contains(&format!("{given} (romanisation variant")),
            "{a} / {b}: {}",
            m.detail
        );
    }
}

#[test]
fn different_people_sharing_a_name_part_do_not() {
    let cases = [
        (Schema::Person, "Maryam Rajavi", "Massoud Rajavi"),
        (Schema::Person, "Bashar al-Assad", "Hafez al-Assad"),
        (
            Schema::Company,
            "National Iranian Oil Company",
            "National Iranian Gas Company",
        ),
        (Schema::Company, "Corporation", "Example Corporation"),
        // A family name that is the entry's given name, the entry's own family name another.
        (Schema::Person, "Daniel Morgan", "Morgan Daniel Whitfield"),
        (
            Schema::Person,
            "Peter Lindqvist",
            "Lindqvist Peter Haraldsen",
        ),
        // A given name's feminine form is another person's name, one letter or two apart as
        // written (an a or ah added; an o become a).
        (Schema::Person, "Samira Tarvani", "TARVANI, Samir"),
        (Schema::Person, "Nabilah Tarvani", "Nabil TARVANI"),
        (Schema::Person, "Daniela Morgan", "Daniel Morgan"),
        (Schema::Person, "Ivana Korvel", "KORVEL Ivan"),
        (Schema::Person, "Antonia Varello", "Antonio Varello"),
        // A feminine -a or -ia against a name closing on a consonant of its own.
        (Schema::Person, "Nadia Korvani", "KORVANI Nader"),
        (Schema::Person, "Samia Tarvani", "Samir TARVANI"),
        (Schema::Person, "Malia Dervishi", "DERVISHI, Malik"),
    ];
    for (schema, a, b) in cases {
        let m = match_names(schema, a, b);
        assert!(
            m.score < DEFAULT_THRESHOLD,
            "{a} / {b}: {} ({})",
            m.score,
            m.detail
        );
    }
}

#[test]
fn scores_do_not_saturate() {
    // Distinct non-identical pairs get distinct scores below an exact match.
    let exact = match_names(Schema::Person, "Olaf Scholz", "Olaf Scholz").score;
    let close = match_names(Schema::Person, "Olaf Scholz", "Olaf Scholze").score;
    let order = match_names(Schema::Person, "Olaf Scholz", "SCHOLZ, Olaf").score;
    assert_eq!(exact, 1.0);
    assert!(close < exact && close > 0.8, "{close}");
    assert!(order <= exact);
}

/// A patronymic only one name gives is left out of the comparison (reports and many lists drop
/// it): "Oleg Karpenko" is "Oleg Stepanovich KARPENKO" as surely as "KARPENKO, Oleg". Two
/// different patronymics still tell two persons apart, and a surname that ends like one
/// ("Lukashevich") is no patronymic.
#[test]
fn a_patronymic_one_name_leaves_out_costs_nothing_two_that_differ_do() {
    for (a, b) in [
        ("Oleg Karpenko", "Oleg Stepanovich KARPENKO"),
        ("Oleg Karpenko", "KARPENKO, Oleg Stepanovich"),
        ("Vladimir Alekseyev", "Vladimir Stepanovich ALEXSEYEV"),
    ] {
        let m = match_names(Schema::Person, a, b);
        assert!(m.score >= 0.95, "{a} / {b}: {} ({})", m.score, m.detail);
        assert!(
            m.detail.contains("a patronymic, not counted"),
            "{}",
            m.detail
        );
    }
    for (a, b) in [
        ("Oleg Ivanovich Karpenko", "Oleg Stepanovich KARPENKO"),
        ("Alexander Lukashevich", "Alexander Lukashenko"),
    ] {
        let m = match_names(Schema::Person, a, b);
        assert!(
            m.score < DEFAULT_THRESHOLD,
            "{a} / {b}: {} ({})",
            m.score,
            m.detail
        );
    }
}
