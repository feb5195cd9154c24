// Every unit test gets a real (in-memory) IndexedDB, so the data layer is tested
// against the same API the browser has, not a mock.
import 'fake-indexeddb/auto';

// Property tests explore new random inputs on every developer run (that is how they find
// bugs); on CI they use one fixed seed so that a run is reproducible and main stays green
// for the reason it was green. A failure prints its seed and counterexample either way.
import fc from 'fast-check';
if (process.env.CI) fc.configureGlobal({ seed: 20261126 });
