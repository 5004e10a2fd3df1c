// Deterministic sample generator (filled in by the foundation issue).
export {};
