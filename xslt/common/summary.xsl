<?xml version="1.0" encoding="UTF-8"?>
<!-- What the site's index pages need to know of one document, taken from its TEI (so hand-edited TEI
     is indexed as it is): title, date, kind, summary, the searchable text, and each entity with the
     blocks where it occurs. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

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
      'entities': array { standOff//(person | place | org)[@xml:id] ! ed:entity-summary(.) }
    }"/>
  </xsl:template>

  <xsl:function name="ed:entity-summary" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="mentions" select="key('mentions', string($entry/@xml:id), root($entry))"/>
    <xsl:variable name="blocks" select="$mentions ! ed:block(.)"/>
    <xsl:variable name="geo" select="ed:geo($entry)"/>
    <xsl:sequence select="map:merge((map {
      'id': string($entry/@xml:id),
      'kind': ed:entity-kind($entry),
      'name': ed:standard-name($entry),
      'variants': array { ed:variants($entry) },
      'seen': array { distinct-values($mentions ! normalize-space(.)) },
      'role': string(ed:role($entry)),
      'authorities': array { ed:authorities($entry) },
      'occurrences': array { $blocks/. ! map { 'block': ed:block-id(.), 'label': ed:block-label(.) } }
    }, if (exists($geo)) then map { 'geo': array { $geo } } else ()))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>
</xsl:stylesheet>
