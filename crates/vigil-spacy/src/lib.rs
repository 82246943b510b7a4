//! A Rust runtime for spaCy v3 trained pipelines of the CNN family (`en_core_web_sm`,
//! `fr_core_news_sm`, ...), read from spaCy's own package directory: the tokenizer with
//! its rules and exceptions, the lexical attributes, and the named-entity recogniser.
//! Nothing is converted beforehand; weights are read from thinc's msgpack files.
//!
//! Parity with Python spaCy is measured by `scripts/spacy-parity.py`.

mod alternation;
mod error;
pub mod hash;
pub mod install;
mod layers;
pub mod lexicon;
pub mod ner;
pub mod parser;
mod quant;
pub mod tokenizer;
mod transition;
mod weights;

use std::path::{Path, PathBuf};

pub use error::SpacyError;
pub use layers::Precision;
pub use ner::TokenSpan;
pub use tokenizer::RawToken;

/// What a pipeline's `meta.json` says of itself.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Meta {
    pub lang: String,
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub spacy_version: String,
    #[serde(default)]
    pub license: String,
    #[serde(default)]
    pub pipeline: Vec<String>,
}

/// A loaded pipeline: tokenizer, lexicon, entity recogniser.
pub struct Pipeline {
    pub meta: Meta,
    pub dir: PathBuf,
    tokenizer: tokenizer::Tokenizer,
    lexicon: lexicon::Lexicon,
    ner: ner::Ner,
    /// The dependency parser and the shared encoder it reads, where the pipeline has them.
    parser: Option<(ner::Tok2Vec, parser::Parser)>,
}

/// A tokenized, entity-tagged text.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub tokens: Vec<RawToken>,
    pub entities: Vec<TokenSpan>,
    /// The dependency parse, where the pipeline has a parser.
    pub parse: Option<parser::Parse>,
}

impl Analysis {
    /// Byte range of an entity in the text.
    pub fn byte_range(&self, entity: &TokenSpan) -> (usize, usize) {
        (
            self.tokens[entity.start].start,
            self.tokens[entity.end - 1].end,
        )
    }
}

/// The lines of `config.cfg` a runtime must agree with: the entity recogniser's
/// architecture. A pipeline built another way is refused by name, not misread.
fn check_config(dir: &Path) -> Result<(), SpacyError> {
    let path = dir.join("config.cfg");
    let text = std::fs::read_to_string(&path).map_err(|e| SpacyError::io(&path, e))?;
    let mut section = String::new();
    let mut seen_ner = false;
    for line in text.lines() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim().trim_matches('"'));
        let expect = |want: &str| -> Result<(), SpacyError> {
            if value == want {
                Ok(())
            } else {
                Err(SpacyError::Unsupported {
                    path: path.clone(),
                    what: format!("[{section}] {key} = {value} (vigil reads {want})"),
                })
            }
        };
        match (section.as_str(), key) {
            ("components.ner.model", "@architectures") => {
                seen_ner = true;
                expect("spacy.TransitionBasedParser.v2")?
            }
            ("components.ner.model", "state_type") => expect("ner")?,
            ("components.ner.model", "extra_state_tokens") => expect("false")?,
            ("components.ner.model", "use_upper") => expect("true")?,
            ("components.ner.model.tok2vec.embed", "@architectures") => {
                expect("spacy.MultiHashEmbed.v2")?
            }
            ("components.ner.model.tok2vec.embed", "include_static_vectors") => expect("false")?,
            ("components.ner.model.tok2vec.encode", "@architectures") => {
                expect("spacy.MaxoutWindowEncoder.v2")?
            }
            ("components.parser.model", "@architectures") => {
                expect("spacy.TransitionBasedParser.v2")?
            }
            ("components.parser.model", "extra_state_tokens") => expect("false")?,
            ("components.parser.model", "use_upper") => expect("true")?,
            ("components.tok2vec.model.embed", "@architectures") => {
                expect("spacy.MultiHashEmbed.v2")?
            }
            ("components.tok2vec.model.embed", "include_static_vectors") => expect("false")?,
            ("components.tok2vec.model.encode", "@architectures") => {
                expect("spacy.MaxoutWindowEncoder.v2")?
            }
            _ => {}
        }
    }
    if !seen_ner {
        return Err(SpacyError::Unsupported {
            path,
            what: "no entity recogniser (components.ner)".into(),
        });
    }
    Ok(())
}

impl Pipeline {
    /// Loads a pipeline from its directory (the one holding `meta.json` and `config.cfg`),
    /// its encoders' products in 8 bits: what reading runs.
    pub fn load(dir: &Path) -> Result<Pipeline, SpacyError> {
        Pipeline::load_with(dir, Precision::Int8)
    }

    /// [`Pipeline::load`] with the encoders' products in the given precision: floats compute
    /// what Python spaCy computes, at half the speed (the parity script measures both).
    pub fn load_with(dir: &Path, precision: Precision) -> Result<Pipeline, SpacyError> {
        let meta_path = dir.join("meta.json");
        let meta_text =
            std::fs::read_to_string(&meta_path).map_err(|e| SpacyError::io(&meta_path, e))?;
        let meta: Meta = serde_json::from_str(&meta_text)
            .map_err(|e| SpacyError::format(&meta_path, e.to_string()))?;
        check_config(dir)?;
        Ok(Pipeline {
            tokenizer: tokenizer::Tokenizer::load(&dir.join("tokenizer"))?,
            lexicon: lexicon::Lexicon::load(&dir.join("vocab").join("lookups.bin"))?,
            ner: ner::Ner::load(&dir.join("ner"), precision)?,
            parser: if dir.join("parser").join("model").exists()
                && dir.join("tok2vec").join("model").exists()
            {
                Some((
                    parser::shared_tok2vec(dir, precision)?,
                    parser::Parser::load(&dir.join("parser"))?,
                ))
            } else {
                None
            },
            meta,
            dir: dir.to_path_buf(),
        })
    }

    pub fn tokenize(&self, text: &str) -> Vec<RawToken> {
        self.tokenizer.tokenize(text)
    }

    /// Entity labels the recogniser can assign.
    pub fn labels(&self) -> &[String] {
        &self.ner.labels
    }

    /// Tokens, entities and (where the pipeline parses) the dependency parse of a text.
    pub fn analyse(&self, text: &str) -> Analysis {
        self.analyse_many(&[text]).pop().unwrap_or(Analysis {
            tokens: Vec::new(),
            entities: Vec::new(),
            parse: None,
        })
    }

    /// Tokens and entities without the dependency parse: half the work, and the same
    /// entities but where the parse would end a sentence inside one (2 in 4,850 in the
    /// parity run).
    pub fn analyse_entities(&self, text: &str) -> Analysis {
        let tokens = self.tokenizer.tokenize(text);
        let entities = self.ner.recognise(&self.lexicon, text, &tokens, None);
        Analysis {
            tokens,
            entities,
            parse: None,
        }
    }

    /// Whether the pipeline has a dependency parser.
    pub fn parses(&self) -> bool {
        self.parser.is_some()
    }

    /// Tokens and dependency parse of several texts, without the entity recogniser: what
    /// reading needs of the sentences it reads claims from. `None` parses where the pipeline
    /// has no parser.
    pub fn parse_many(&self, texts: &[&str]) -> Vec<(Vec<RawToken>, Option<parser::Parse>)> {
        let tokens: Vec<Vec<RawToken>> = texts.iter().map(|t| self.tokenizer.tokenize(t)).collect();
        let parses = self.parse_tokens(texts, &tokens);
        tokens.into_iter().zip(parses).collect()
    }

    fn parse_tokens(&self, texts: &[&str], tokens: &[Vec<RawToken>]) -> Vec<Option<parser::Parse>> {
        let Some((t2v, parser)) = &self.parser else {
            return vec![None; texts.len()];
        };
        let docs: Vec<(&str, &[RawToken])> = texts
            .iter()
            .zip(tokens)
            .map(|(t, k)| (*t, k.as_slice()))
            .collect();
        let vectors = t2v.forward_many(&self.lexicon, &docs);
        let spaces: Vec<Vec<bool>> = docs
            .iter()
            .map(|(text, toks)| {
                toks.iter()
                    .map(|t| tokenizer::is_space_token(text, t))
                    .collect()
            })
            .collect();
        let shapes: Vec<(usize, &[bool])> = docs
            .iter()
            .zip(&spaces)
            .map(|((_, toks), sp)| (toks.len(), sp.as_slice()))
            .collect();
        parser
            .parse_many(&vectors, &shapes)
            .into_iter()
            .map(Some)
            .collect()
    }

    /// [`Pipeline::analyse`] for several texts at once: every layer's matrix product covers
    /// the whole batch (as spaCy's `nlp.pipe`), with the same result as one at a time.
    pub fn analyse_many(&self, texts: &[&str]) -> Vec<Analysis> {
        let tokens: Vec<Vec<RawToken>> = texts.iter().map(|t| self.tokenizer.tokenize(t)).collect();
        let parses = self.parse_tokens(texts, &tokens);
        let docs: Vec<(&str, &[RawToken])> = texts
            .iter()
            .zip(&tokens)
            .map(|(t, k)| (*t, k.as_slice()))
            .collect();
        let ner_docs: Vec<ner::NerDoc<'_>> = docs
            .iter()
            .zip(&parses)
            .map(|((text, toks), p)| {
                (
                    *text,
                    *toks,
                    p.as_ref().map(|p| p.sentence_starts.as_slice()),
                )
            })
            .collect();
        let entities = self.ner.recognise_many(&self.lexicon, &ner_docs);
        tokens
            .into_iter()
            .zip(entities)
            .zip(parses)
            .map(|((tokens, entities), parse)| Analysis {
                tokens,
                entities,
                parse,
            })
            .collect()
    }
}
