// Composition root for the browser build (filled in by the app issue).
export {};
