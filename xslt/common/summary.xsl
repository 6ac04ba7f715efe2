<?xml version="1.0" encoding="UTF-8"?>
<!-- What the site's index pages need to know of one document, taken from its TEI (so hand-edited TEI
     is indexed as it is): title, date, kind, summary, the searchable text, and each entity with the
     blocks where it occurs. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map" xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="TEI" mode="summary" as="map(*)">
    <xsl:param name="body-text" as="xs:string" select="''"/>
    <xsl:variable name="r" select="$ed:document-reference"/>
    <xsl:sequence select="map {
      'id': $id,
      'title': $r?title,
      'date': $r?when,
      'dateText': $r?date-text,
      'kind': string(ed:kind(.)),
      'kindLabel': $r?kind,
      'summary': $r?abstract,
      'classification': string-join(teiHeader/profileDesc/textClass/keywords[@scheme = '#classification']/term ! normalize-space(.), ', '),
      'archive': string-join(($r?repository, $r?settlement, $r?shelfmark, $r?pages)[.], ', '),
      'translator': $r?translator,
      'sourceUrl': $r?source-url,
      'url': $r?url,
      'text': normalize-space($body-text),
      'entities': array { $ed:entries ! ed:entity-summary(.) }
    }"/>
  </xsl:template>

  <!-- The names in the text by the ids they point to, read once in document order: their words and
       the block each stands in (a lookup per entry and the block per mention cost a third of the render). -->
  <xsl:variable name="ed:mentions" as="map(xs:string, map(*)+)" select="map:merge(
    for $name in //text//*[@ref][self::persName or self::placeName or self::orgName],
        $id in distinct-values(tokenize($name/@ref) ! substring-after(., '#'))
    return map { $id: map { 'words': normalize-space($name), 'block': ed:block($name) } },
    map { 'duplicates': 'combine' })"/>

  <xsl:function name="ed:entity-summary" as="map(*)">
    <xsl:param name="entry" as="map(*)"/>
    <xsl:variable name="mentions" select="$ed:mentions($entry?id)"/>
    <xsl:sequence select="map:merge((map {
      'id': $entry?id,
      'kind': $entry?kind,
      'name': $entry?name,
      'variants': array { $entry?variants },
      'seen': array { distinct-values($mentions ! ?words) },
      'role': string($entry?role),
      'authorities': array { $entry?authorities },
      'occurrences': array { ($mentions ! ?block)/. ! map { 'block': ed:block-id(.), 'label': ed:block-label(.) } }
    }, if (exists($entry?geo)) then map { 'geo': array { $entry?geo } } else ()))"/>
  </xsl:function>
</xsl:stylesheet>
