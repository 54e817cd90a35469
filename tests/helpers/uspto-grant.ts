/** A made-up USPTO grant (DTD v4.2) with two claims, `body` between its bibliographic data and its claims. */
export function grant(docNumber: string, kind: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v42-2006-08-23.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.2 2006-08-23" file="US${docNumber}-20070918.XML" status="PRODUCTION" id="us-patent-grant" country="US">
<us-bibliographic-data-grant>
<publication-reference>
<document-id>
<country>US</country>
<doc-number>${docNumber}</doc-number>
<kind>${kind}</kind>
<date>20070918</date>
</document-id>
</publication-reference>
<invention-title id="d0e53">Widget ${docNumber}</invention-title>
</us-bibliographic-data-grant>
${body}
<claims id="claims">
<claim id="CLM-00001" num="00001"><claim-text>1. A widget ${docNumber} comprising:<claim-text>a base; and</claim-text><claim-text>a lid.</claim-text></claim-text></claim>
<claim id="CLM-00002" num="00002"><claim-text>2. The widget of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the lid is hinged.</claim-text></claim>
</claims>
</us-patent-grant>
`;
}
