/** The checked statements of Frei, Chatterji & Bartlett 2022, Random feature amplification (XOR cluster data): each a function from measured quantities to BoundChecks. */
export {};
