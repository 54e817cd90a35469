import { describe, expect, it } from 'vitest';
import { parseUsptoXml } from '../../../shared/claims/uspto-xml';
import { claimNumbered, expectEveryClaimVerbatim } from './helpers';

/** A minimal USPTO grant (DTD v4.2 layout) around the given <claim> elements. */
function grant(claims: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v42-2006-08-23.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.2 2006-08-23" file="US07000001-20060101.XML" status="PRODUCTION" id="us-patent-grant" country="US">
<us-bibliographic-data-grant>
<publication-reference><document-id><country>US</country><doc-number>07000001</doc-number><kind>B2</kind><date>20060101</date></document-id></publication-reference>
<application-reference appl-type="utility"><document-id><country>US</country><doc-number>10123456</doc-number><date>20040101</date></document-id></application-reference>
<invention-title id="d0e1">Widget&#x2019;s lid</invention-title>
</us-bibliographic-data-grant>
<claims id="claims">
${claims}
</claims>
</us-patent-grant>
`;
}

describe('USPTO XML character references', () => {
  const parsed = parseUsptoXml(
    grant(`<claim id="CLM-00001" num="00001">
<claim-text>1. A widget comprising:
<claim-text>a lid marked &#x201c;OPEN&#x201d; &amp; a base&#x2019;s rim;</claim-text>
<claim-text>a seal rated at 90&#176; and &#8220;5&#xb5;m&#8221; &lt;10 mm&mdash;measured at 20&deg;C.</claim-text>
</claim-text>
</claim>`),
  );

  it('decodes numeric and named character references in claim text, keeping every word', () => {
    const claim = claimNumbered(parsed.claims, 1);
    expect(claim.text).toBe(
      'A widget comprising: a lid marked “OPEN” & a base’s rim; a seal rated at 90° and “5µm” <10 mm—measured at 20°C.',
    );
    expect(claim.limitations.map((l) => l.text)).toEqual([
      'A widget comprising:',
      'a lid marked “OPEN” & a base’s rim;',
      'a seal rated at 90° and “5µm” <10 mm—measured at 20°C.',
    ]);
    expectEveryClaimVerbatim(parsed.claims);
  });

  it('decodes once: an escaped ampersand before a reference leaves the reference as text', () => {
    const literal = parseUsptoXml(grant('<claim id="CLM-00001" num="00001"><claim-text>1. A parser that reads &amp;#8220; as text.</claim-text></claim>'));
    expect(claimNumbered(literal.claims, 1).text).toBe('A parser that reads &#8220; as text.');
  });

  it('decodes them in the bibliographic data too', () => {
    expect(parsed.patent?.title).toBe('Widget’s lid');
  });
});
