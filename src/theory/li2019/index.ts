/** The checked statements of Li, Soltanolkotabi & Oymak 2019, Gradient descent with early stopping is provably robust to label noise: each a function from measured quantities to BoundChecks. */
export {};
