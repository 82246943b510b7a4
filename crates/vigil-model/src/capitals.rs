//! National capitals to ISO 3166-1 alpha-2 codes: a list's address that gives a city and no
//! country ("Khartoum North, Khartoum 10783") is placed by its capital. Capitals whose name
//! other well-known places share (Kingston, Victoria, Georgetown, Hamilton, San José,
//! Santiago, Saint John's, Nassau) are left out: an address naming them places nothing.

/// Normalised capital (lower-case ASCII words), country code; sorted by name.
const CAPITALS: &[(&str, &str)] = &[
    ("abu dhabi", "ae"),
    ("abuja", "ng"),
    ("accra", "gh"),
    ("addis ababa", "et"),
    ("algiers", "dz"),
    ("amman", "jo"),
    ("amsterdam", "nl"),
    ("andorra la vella", "ad"),
    ("ankara", "tr"),
    ("antananarivo", "mg"),
    ("apia", "ws"),
    ("ashgabat", "tm"),
    ("asmara", "er"),
    ("astana", "kz"),
    ("asuncion", "py"),
    ("athens", "gr"),
    ("baghdad", "iq"),
    ("baku", "az"),
    ("bamako", "ml"),
    ("bandar seri begawan", "bn"),
    ("bangkok", "th"),
    ("bangui", "cf"),
    ("banjul", "gm"),
    ("beijing", "cn"),
    ("beirut", "lb"),
    ("belgrade", "rs"),
    ("berlin", "de"),
    ("bern", "ch"),
    ("bishkek", "kg"),
    ("bissau", "gw"),
    ("bogota", "co"),
    ("brasilia", "br"),
    ("bratislava", "sk"),
    ("brazzaville", "cg"),
    ("brussels", "be"),
    ("bucharest", "ro"),
    ("budapest", "hu"),
    ("buenos aires", "ar"),
    ("bujumbura", "bi"),
    ("cairo", "eg"),
    ("canberra", "au"),
    ("caracas", "ve"),
    ("chisinau", "md"),
    ("colombo", "lk"),
    ("conakry", "gn"),
    ("copenhagen", "dk"),
    ("dakar", "sn"),
    ("damascus", "sy"),
    ("dhaka", "bd"),
    ("dili", "tl"),
    ("djibouti", "dj"),
    ("dodoma", "tz"),
    ("doha", "qa"),
    ("dublin", "ie"),
    ("dushanbe", "tj"),
    ("freetown", "sl"),
    ("gaborone", "bw"),
    ("guatemala city", "gt"),
    ("hanoi", "vn"),
    ("harare", "zw"),
    ("havana", "cu"),
    ("helsinki", "fi"),
    ("islamabad", "pk"),
    ("jakarta", "id"),
    ("juba", "ss"),
    ("kabul", "af"),
    ("kampala", "ug"),
    ("kathmandu", "np"),
    ("khartoum", "sd"),
    ("kigali", "rw"),
    ("kinshasa", "cd"),
    ("kuala lumpur", "my"),
    ("kuwait city", "kw"),
    ("kyiv", "ua"),
    ("la paz", "bo"),
    ("libreville", "ga"),
    ("lilongwe", "mw"),
    ("lima", "pe"),
    ("lisbon", "pt"),
    ("ljubljana", "si"),
    ("lome", "tg"),
    ("london", "gb"),
    ("luanda", "ao"),
    ("lusaka", "zm"),
    ("luxembourg", "lu"),
    ("madrid", "es"),
    ("malabo", "gq"),
    ("male", "mv"),
    ("managua", "ni"),
    ("manama", "bh"),
    ("manila", "ph"),
    ("maputo", "mz"),
    ("maseru", "ls"),
    ("mbabane", "sz"),
    ("mexico city", "mx"),
    ("minsk", "by"),
    ("mogadishu", "so"),
    ("monaco", "mc"),
    ("monrovia", "lr"),
    ("montevideo", "uy"),
    ("moroni", "km"),
    ("moscow", "ru"),
    ("muscat", "om"),
    ("n djamena", "td"),
    ("nairobi", "ke"),
    ("naypyidaw", "mm"),
    ("new delhi", "in"),
    ("niamey", "ne"),
    ("nicosia", "cy"),
    ("nouakchott", "mr"),
    ("oslo", "no"),
    ("ottawa", "ca"),
    ("ouagadougou", "bf"),
    ("panama city", "pa"),
    ("paramaribo", "sr"),
    ("paris", "fr"),
    ("phnom penh", "kh"),
    ("podgorica", "me"),
    ("port au prince", "ht"),
    ("port louis", "mu"),
    ("port moresby", "pg"),
    ("port of spain", "tt"),
    ("porto novo", "bj"),
    ("prague", "cz"),
    ("praia", "cv"),
    ("pretoria", "za"),
    ("pristina", "xk"),
    ("pyongyang", "kp"),
    ("quito", "ec"),
    ("rabat", "ma"),
    ("reykjavik", "is"),
    ("riga", "lv"),
    ("riyadh", "sa"),
    ("rome", "it"),
    ("sanaa", "ye"),
    ("santo domingo", "do"),
    ("sarajevo", "ba"),
    ("seoul", "kr"),
    ("singapore", "sg"),
    ("skopje", "mk"),
    ("sofia", "bg"),
    ("stockholm", "se"),
    ("sucre", "bo"),
    ("suva", "fj"),
    ("taipei", "tw"),
    ("tallinn", "ee"),
    ("tashkent", "uz"),
    ("tbilisi", "ge"),
    ("tegucigalpa", "hn"),
    ("tehran", "ir"),
    ("thimphu", "bt"),
    ("tirana", "al"),
    ("tokyo", "jp"),
    ("tripoli", "ly"),
    ("tunis", "tn"),
    ("ulaanbaatar", "mn"),
    ("vaduz", "li"),
    ("valletta", "mt"),
    ("vienna", "at"),
    ("vientiane", "la"),
    ("vilnius", "lt"),
    ("warsaw", "pl"),
    ("washington", "us"),
    ("wellington", "nz"),
    ("windhoek", "na"),
    ("yamoussoukro", "ci"),
    ("yaounde", "cm"),
    ("yerevan", "am"),
    ("zagreb", "hr"),
];

/// The country whose capital a place names, the city alone or with a postcode or a district
/// ("Khartoum 10783"; the postcode's digits are dropped), if it is a capital this table holds.
pub fn country_of_capital(place: &str) -> Option<&'static str> {
    let words: String = place
        .chars()
        .map(|c| if c.is_alphabetic() { c } else { ' ' })
        .collect();
    let key = crate::countries::key(&words);
    CAPITALS
        .binary_search_by(|(name, _)| (*name).cmp(key.as_str()))
        .ok()
        .map(|i| CAPITALS[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_each_capital_is_once_in_it() {
        assert!(CAPITALS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_capital_with_a_postcode_or_accents_places_its_country() {
        assert_eq!(country_of_capital("Khartoum 10783"), Some("sd"));
        assert_eq!(country_of_capital("Bogotá D.C."), None);
        assert_eq!(country_of_capital("Bogotá"), Some("co"));
        assert_eq!(country_of_capital(" Damascus "), Some("sy"));
        assert_eq!(country_of_capital("Khartoum North"), None);
        assert_eq!(country_of_capital("Kingston"), None);
        assert_eq!(country_of_capital("N'Djamena"), Some("td"));
        assert_eq!(country_of_capital("Asunción"), Some("py"));
    }
}
