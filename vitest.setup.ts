// Every unit test gets a real (in-memory) IndexedDB, so the data layer is tested
// against the same API the browser has, not a mock.
import 'fake-indexeddb/auto';
