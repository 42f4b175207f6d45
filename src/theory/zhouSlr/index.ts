/** The checked statements of Zhou, Xiong, Yuan & Hoi 2021, Self-labeling refinement for contrastive learning: each a function from measured quantities to BoundChecks. */
export {};
