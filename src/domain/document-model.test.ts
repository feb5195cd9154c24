import { describe, expect, it } from 'vitest';
import { separatelyNumbered, type DocPage } from './document-model';

const page: DocPage = { blocks: [] };

describe('separatelyNumbered: papers the browser cannot number in one print job', () => {
  it('several numbered portrait papers (every nominee’s report) must be printed one by one', () => {
    expect(separatelyNumbered({ orientation: 'portrait', pages: [page, page] })).toBe(true);
  });
  it('one paper, unnumbered papers (ballots) and landscape sheets (certificates) print as one job', () => {
    expect(separatelyNumbered({ orientation: 'portrait', pages: [page] })).toBe(false);
    expect(separatelyNumbered({ orientation: 'portrait', pageNumbers: false, pages: [page, page] })).toBe(false);
    expect(separatelyNumbered({ orientation: 'landscape', pages: [page, page] })).toBe(false);
  });
});
