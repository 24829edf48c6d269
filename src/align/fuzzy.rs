//! Fuzzy matching of the words alignment compares: spelling variants that folding missed
//! ("organisation"/"organizacion", a typo), and names that share a word.
//!
//! Only long words are merged, and only when nearly identical: "strike" and "striker" are close
//! in letters but count different things, and a false link makes a false conflict.

use std::collections::{BTreeMap, BTreeSet};

/// Shortest word that fuzzy matching may merge with another.
const MIN_LEN: usize = 8;
/// Jaro-Winkler similarity above which two long words are taken as one.
const MIN_SIMILARITY: f64 = 0.95;

/// Map each word to the representative of its spelling variants, for every word that has one.
/// Words are taken in order; each joins the first representative it is nearly identical to, or
/// becomes one. Joining a representative directly (never a chain of near neighbours) keeps
/// "kalotan", "kaloten", "kaloteni"... from sliding into one word. Words are compared only
/// within blocks of the same first three letters, so the cost grows with the vocabulary.
pub fn merge_variants<'a>(words: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let distinct: BTreeSet<&str> = words.into_iter().collect();
    let mut blocks: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for word in distinct {
        if word.len() >= MIN_LEN && word.is_char_boundary(3) {
            blocks.entry(&word[..3]).or_default().push(word);
        }
    }
    let mut map = BTreeMap::new();
    for block in blocks.values() {
        let mut representatives: Vec<&str> = Vec::new();
        for &word in block {
            match representatives.iter().find(|r| similar(r, word)) {
                Some(r) => {
                    map.insert(word.to_string(), r.to_string());
                }
                None => representatives.push(word),
            }
        }
    }
    map
}

fn similar(a: &str, b: &str) -> bool {
    let shorter = a.len().min(b.len());
    a.len().abs_diff(b.len()) <= 2
        && strsim::jaro_winkler(a, b) >= MIN_SIMILARITY
        && strsim::levenshtein(a, b) <= 1 + shorter / 10
}

/// Union-find root with path halving.
pub fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Share of the words of the smaller set that the other set holds too.
pub fn overlap(a: &[String], b: &[String]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    shared as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_spelling_variants_merge() {
        let map = merge_variants(["organizacion", "organization", "strike", "striker"]);
        assert_eq!(
            map.get("organization").map(String::as_str),
            Some("organizacion")
        );
        assert!(!map.contains_key("striker"));
        assert!(!map.contains_key("strike"));
    }

    #[test]
    fn different_long_words_stay_apart() {
        let map = merge_variants(["production", "productivity", "protection"]);
        assert!(map.is_empty());
    }

    #[test]
    fn overlap_counts_the_smaller_side() {
        let a = vec!["salvador".to_string(), "allende".to_string()];
        let b = vec!["allende".to_string()];
        assert_eq!(overlap(&a, &b), 1.0);
        assert_eq!(overlap(&a, &[]), 0.0);
    }
}
