//! Write synthetic news reports for benchmarks: invented people, bodies and places in
//! sentences shaped like the ones reports use (arrests, roles, handovers, quotes, figures).
//! `gen_reports N OUT_DIR [SEED]`. Deterministic for a seed.

use std::fmt::Write;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: enough for picking words.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const GIVEN: &[&str] = &[
    "Karim", "Lena", "Olek", "Mira", "Tomas", "Paolo", "Amir", "Nadia", "Viktor", "Sara", "Hassan",
    "Elena", "Jonas", "Farid", "Irina", "Marco", "Leila", "Dmitri", "Anna", "Reza",
];
const FAMILY: &[&str] = &[
    "Zandavi",
    "Morrow",
    "Varga",
    "Beck",
    "Ferri",
    "Tavana",
    "Roshan",
    "Kovac",
    "Haddad",
    "Petrov",
    "Lindqvist",
    "Moradi",
    "Castell",
    "Novak",
    "Sorensen",
    "Karimi",
    "Albescu",
    "Dragan",
    "Fontaine",
    "Okafor",
];
const BODIES: &[&str] = &[
    "Ministry of State Security",
    "Free Ruritania Movement",
    "Council of Exiles",
    "National Liberation Front",
    "Office of External Affairs",
    "Northern Trading Company",
    "Coalition for Democratic Change",
    "Committee of Concerned Citizens",
    "Union of Free Workers",
    "Agency for Strategic Research",
];
const CITIES: &[&str] = &[
    "Rome",
    "Milan",
    "Vienna",
    "Paris",
    "Berlin",
    "Geneva",
    "Brussels",
    "London",
    "Madrid",
    "Athens",
    "Warsaw",
    "Prague",
    "Lisbon",
    "Stockholm",
    "Oslo",
    "Dublin",
];
const ROLES: &[&str] = &[
    "diplomat",
    "spokesman",
    "member",
    "director",
    "official",
    "journalist",
];
const FILLER: &[&str] = &[
    "The case has raised questions about the use of diplomatic cover by foreign services.",
    "Observers said the episode would strain relations between the two governments for months.",
    "Human rights groups have long warned that exiles abroad face threats and surveillance.",
    "The investigation is continuing and further arrests have not been ruled out by prosecutors.",
    "Lawyers for the defendants said their clients would contest every charge in court.",
    "Security at public gatherings of the diaspora has been increased across the region.",
];

fn person(r: &mut Rng) -> String {
    format!("{} {}", r.pick(GIVEN), r.pick(FAMILY))
}

fn report(r: &mut Rng) -> String {
    let mut t = String::new();
    let city = r.pick(CITIES);
    let (a, b, c) = (person(r), person(r), person(r));
    let body = r.pick(BODIES);
    let acr: String = body
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    let _ = write!(
        t,
        "{city}, {} March – Police arrested {a}, a {} at the {} ({acr}) in {city}, on Tuesday. ",
        1 + r.below(28),
        r.pick(ROLES),
        body
    );
    let _ = writeln!(
        t,
        "Prosecutors say {} gave {} kilograms of explosives to {b} and {c}.\n",
        a.split(' ').nth(1).unwrap_or(""),
        1 + r.below(5)
    );
    for _ in 0..8 {
        let city2 = r.pick(CITIES);
        let d = person(r);
        let body2 = r.pick(BODIES);
        match r.below(5) {
            0 => {
                let _ = write!(
                    t,
                    "According to the {body2}, {d} met officials in {city2} last month. "
                );
            }
            1 => {
                let _ = write!(
                    t,
                    "{d}, a {} of the {body2}, said about {} supporters attended the rally. ",
                    r.pick(ROLES),
                    100 * (1 + r.below(50))
                );
            }
            2 => {
                let _ = write!(
                    t,
                    "The arrest of {d} in {city2} followed a long investigation. "
                );
            }
            3 => {
                let _ = write!(t, "Senator {d} said the {acr} had denied any involvement. ");
            }
            _ => {
                let _ = write!(t, "{} ", r.pick(FILLER));
            }
        }
        let _ = write!(t, "{} {}\n\n", r.pick(FILLER), r.pick(FILLER));
    }
    t.push_str("Please Share:\n\nLatest news\n\nAnother story about something else entirely...\n");
    t
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).expect("N");
    let out = std::path::PathBuf::from(args.get(1).expect("OUT_DIR"));
    let seed: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(7);
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    let mut r = Rng(seed.max(1));
    let mut bytes = 0;
    for i in 0..n {
        let text = report(&mut r);
        bytes += text.len();
        std::fs::write(out.join(format!("r{i:06}.txt")), text).expect("write");
    }
    println!("{n} reports, {bytes} bytes in {}", out.display());
}
