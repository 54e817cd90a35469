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

describe('USPTO XML dependencies', () => {
  const parsed = parseUsptoXml(
    grant(`<claim id="CLM-00001" num="00001"><claim-text>1. A widget comprising: a base; and a lid.</claim-text></claim>
<claim id="CLM-00002" num="00002"><claim-text>2. The widget of <claim-ref idref="CLM-00001">claim l</claim-ref>, wherein the lid is hinged.</claim-text></claim>
<claim id="CLM-00003" num="00003"><claim-text>3. The widget of <claim-ref idref="CLM-00001">claim 1</claim-ref> or <claim-ref idref="CLM-00002">2</claim-ref>, wherein the base is round.</claim-text></claim>
<claim id="CLM-00004" num="00004"><claim-text>4. The widget of any one of <claim-ref idref="CLM-00001">claims 1</claim-ref> to <claim-ref idref="CLM-00003">3</claim-ref>, wherein the base is red.</claim-text></claim>
<claim id="CLM-00005" num="00005"><claim-text>5. The widget of claim 2, wherein the lid is blue.</claim-text></claim>
<claim id="CLM-00006" num="00006"><claim-text>6. The widget of <claim-ref idref="CLM-00002">claim 1</claim-ref>, wherein the lid is green.</claim-text></claim>`),
  );

  it('takes a dependency from <claim-ref idref>, whatever its text says ("claim l" read by OCR)', () => {
    const claim = claimNumbered(parsed.claims, 2);
    expect(claim.text).toBe('The widget of claim l, wherein the lid is hinged.');
    expect(claim.dependsOn).toEqual([1]);
    expect(claim.category).toBe('apparatus');
    expect(claimNumbered(parsed.claims, 6).dependsOn).toEqual([2]);
  });

  it('reads several references, and a range between two of them', () => {
    expect(claimNumbered(parsed.claims, 3).dependsOn).toEqual([1, 2]);
    expect(claimNumbered(parsed.claims, 4).dependsOn).toEqual([1, 2, 3]);
  });

  it('falls back on the text where the XML marks no reference', () => {
    expect(claimNumbered(parsed.claims, 5).dependsOn).toEqual([2]);
    expectEveryClaimVerbatim(parsed.claims);
  });
});
