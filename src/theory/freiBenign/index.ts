/** The checked statements of Frei, Chatterji & Bartlett 2022, Benign overfitting without linearity: each a function from measured quantities to BoundChecks. */
export {};
