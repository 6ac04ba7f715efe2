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

  <!-- The names in the text, read once in document order: the ids they point to, their words and the
       block each stands in (a key lookup per entry and the block per mention cost a third of the render). -->
  <xsl:variable name="ed:names-in-text" as="map(*)*" select="/TEI/text/descendant::*[@ref][self::persName or self::placeName or self::orgName]
    ! map { 'ids': tokenize(@ref) ! substring-after(., '#'), 'words': normalize-space(.), 'block': ed:block(.) }"/>

  <xsl:variable name="ed:mentions" as="map(xs:string, map(*)+)" select="map:merge(
    $ed:names-in-text ! (for $id in ?ids return map { $id: . }), map { 'duplicates': 'combine' })"/>

  <!-- How the index pages cite each block that holds a name, worked out once per block rather than
       once per entry it names. The key is generate-id(), which never reaches the output. -->
  <xsl:variable name="ed:occurrences" as="map(xs:string, map(*))" select="map:merge(
    ($ed:names-in-text ! ?block)/. ! map { generate-id(.): map { 'block': ed:block-id(.), 'label': ed:block-label(.) } })"/>

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
      'occurrences': array { ($mentions ! ?block)/. ! $ed:occurrences(generate-id(.)) }
    }, if (exists($entry?geo)) then map { 'geo': array { $entry?geo } } else ()))"/>
  </xsl:function>
</xsl:stylesheet>
