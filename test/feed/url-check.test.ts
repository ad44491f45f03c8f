import { expect } from '@open-wc/testing';
import { Url } from '../../src/feed/schema.js';
import { URL_CASES } from '../helpers/url-cases.js';

/** The browser's own URL parser (URL.canParse, or the URL constructor where the engine lacks it). */
function parses(value: string): boolean {
  try {
    return URL.canParse ? URL.canParse(value) : !!new URL(value);
  } catch {
    return false;
  }
}

describe('feed schema: web addresses', () => {
  it("takes exactly the addresses this browser's URL parser reads, the shortcut for plain ones included", () => {
    const differ = URL_CASES.filter((value) => Url.safeParse(value).success !== parses(value.trim()));
    expect(differ).to.deep.equal([]);
  });
});
