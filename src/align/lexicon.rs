//! The events a date can be attached to: a small, generic vocabulary of what histories and
//! news reports date (elections, coups, births, foundings, strikes...).
//!
//! A bare year is everywhere in a history, so a date is only aligned with another when both are
//! attached to the same kind of event. Some events happen once to whatever they happen to (a
//! person is born once, a party founded once): those are told apart by the name they concern,
//! and two sources giving different years for them conflict. Others recur (there is an election
//! most years): those are told apart by their year.

/// An event kind that a word signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// The readable stem used in topic keys (`coup`, `election`, `born`).
    pub name: &'static str,
    /// Happens once to its subject: align by subject name, not by year.
    pub once: bool,
}

const fn recurring(name: &'static str) -> Event {
    Event { name, once: false }
}

const fn once(name: &'static str) -> Event {
    Event { name, once: true }
}

/// The event a (folded) word signals, if any.
pub fn event_of(folded: &str) -> Option<Event> {
    Some(match folded {
        "coup" | "putsch" | "overthrow" | "overthrew" | "overthrown" | "toppled" | "topple"
        | "d'etat" | "d’etat" => recurring("coup"),
        "election" | "elected" | "electoral" | "re-elected" | "reelected" | "vote" | "voted"
        | "poll" | "referendum" | "plebiscite" => recurring("election"),
        // A military rebellion or mutiny is an attempted coup by another name.
        "rebellion" | "mutiny" => recurring("coup_attempt"),
        "uprising" | "revolt" | "insurrection" | "insurgency" => recurring("uprising"),
        "strike" | "walkout" | "stoppage" => recurring("strike"),
        "nationalized" | "nationalization" | "nationalize" | "nationalizes" | "nationalizing"
        | "expropriated" | "expropriation" | "expropriate" => recurring("nationalization"),
        "arrested" | "arrest" | "detained" | "imprisoned" => recurring("arrest"),
        "banned" | "outlawed" | "illegalized" | "proscribed" => recurring("ban"),
        "war" | "invaded" | "invasion" => recurring("war"),
        "treaty" | "pact" | "armistice" | "ceasefire" => recurring("treaty"),
        "congress" | "conference" | "plenum" | "summit" | "convention" => recurring("congress"),
        "massacre" | "massacred" => recurring("massacre"),
        "earthquake" | "flood" | "famine" | "epidemic" => recurring("disaster"),
        "fire" | "blaze" | "conflagration" => recurring("fire"),
        "explosion" | "blast" => recurring("explosion"),
        "rebuilt" | "reconstructed" | "rebuilding" | "reconstruction" => recurring("rebuilt"),
        "born" | "birth" => once("born"),
        "death" => once("died"),
        "founded" | "founding" | "founder" | "established" | "establishment" => once("founded"),
        "resigned" | "resignation" | "resign" | "resigns" => once("resigned"),
        "inaugurated" | "inauguration" | "sworn" => once("inaugurated"),
        "executed" | "assassinated" | "assassination" => once("killed"),
        "married" | "marriage" => once("married"),
        "independence" => once("independence"),
        _ => return None,
    })
}

/// The word is used in an idiom, or as a verb, and names no event: "opened fire", "under fire",
/// "returned fire", "began to fire at".
pub fn is_idiom(previous: &str, folded: &str) -> bool {
    folded == "fire"
        && matches!(
            previous.to_lowercase().as_str(),
            "opened"
                | "open"
                | "opening"
                | "opens"
                | "under"
                | "returned"
                | "return"
                | "cease"
                | "held"
                | "hold"
                | "heavy"
                | "gun"
                | "artillery"
                | "machine-gun"
                | "rifle"
                | "to"
                | "would"
                | "will"
                | "could"
                | "did"
                | "not"
        )
}

/// Words that turn an event into its failed attempt ("an attempted coup", "a failed uprising"):
/// a different event, dated differently.
pub fn is_attempt_word(folded: &str) -> bool {
    matches!(
        folded,
        "attempt"
            | "attempted"
            | "failed"
            | "abortive"
            | "foiled"
            | "thwarted"
            | "aborted"
            | "botched"
            | "unsuccessful"
            | "attempting"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::words::fold;

    #[test]
    fn folded_words_find_their_event() {
        assert_eq!(event_of(&fold("elections")).unwrap().name, "election");
        assert_eq!(
            event_of(&fold("nationalised")).unwrap().name,
            "nationalization"
        );
        assert!(event_of(&fold("born")).unwrap().once);
        assert!(event_of(&fold("Coups")).is_some());
        assert!(event_of(&fold("garden")).is_none());
        assert!(is_attempt_word(&fold("Attempted")));
    }
}
