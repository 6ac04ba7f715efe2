<?xml version="1.0" encoding="UTF-8"?>
<!-- The document as a reference: the parts every citation format draws on, taken from the header. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- Worked out once per document: the page's meta tags, its citation, the text edition's header
       and the summary all draw on it. -->
  <xsl:variable name="ed:document-reference" as="map(xs:string, item()*)?" select="/TEI ! ed:reference(.)"/>

  <xsl:function name="ed:reference" as="map(xs:string, item()*)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="file" select="$tei/teiHeader/fileDesc"/>
    <xsl:variable name="ms" select="$file/sourceDesc/msDesc/msIdentifier"/>
    <xsl:variable name="date" select="ed:document-date($tei)"/>
    <xsl:sequence select="map {
      'title': ed:title($tei),
      'authors': $file/titleStmt/author ! normalize-space(.)[.],
      'date-text': normalize-space(($date[normalize-space()], $date/@when)[1]),
      'when': string($date/@when),
      'archive-portal': normalize-space(($file/sourceDesc/bibl/publisher)[1]),
      'repository': normalize-space(($ms/repository)[1]),
      'settlement': normalize-space(($ms/settlement)[1]),
      'shelfmark': string(ed:shelfmark($ms)),
      'pages': normalize-space(($file/sourceDesc/msDesc/msContents/msItem/locus)[1]),
      'translator': string(ed:translator($tei)),
      'source-url': string(ed:http-url(($file/sourceDesc/bibl/descendant::idno[@type = 'URI'])[1])),
      'publisher': normalize-space(($file/publicationStmt/publisher, $edition-publisher)[normalize-space()][1]),
      'url': ed:permanent-url($tei),
      'abstract': normalize-space(string-join($tei/teiHeader/profileDesc/abstract, ' ')),
      'language': string(($tei/text/@xml:lang, $tei/@xml:lang, 'en')[1]),
      'kind': string(ed:kind-label($tei))
    }"/>
  </xsl:function>

  <!-- Chicago (notes and bibliography), archival document in an online edition. -->
  <xsl:function name="ed:chicago" as="xs:string">
    <xsl:param name="r" as="map(*)"/>
    <xsl:variable name="archive" select="string-join(($r?repository, $r?settlement, $r?shelfmark, $r?pages)[.], ', ')"/>
    <xsl:sequence select="string-join((
      string-join($r?authors, ', ')[.] ! (. || '.'),
      '“' || $r?title || '.”',
      $r?date-text[.] ! (. || '.'),
      $archive[.] ! (. || '.'),
      $r?translator[.] ! ('Translated by ' || . || '.'),
      string-join(($edition-title, $r?publisher)[.], ', ') || '.',
      $r?url || '.'), ' ')"/>
  </xsl:function>

  <xsl:function name="ed:bibtex" as="xs:string">
    <xsl:param name="r" as="map(*)"/>
    <xsl:variable name="fields" select="(
      ['title', $r?title],
      ['author', string-join($r?authors, ' and ')],
      ['date', $r?when],
      ['howpublished', $edition-title],
      ['publisher', $r?publisher],
      ['note', string-join(($r?kind, $r?repository, $r?settlement, $r?shelfmark, $r?pages, $r?translator[.] ! ('translated by ' || .))[.], ', ')],
      ['url', $r?url],
      ['abstract', $r?abstract])"/>
    <xsl:sequence select="'@misc{' || replace($id, '[^A-Za-z0-9_:-]', '_') || ',&#10;' ||
      string-join($fields[normalize-space(?2)] ! ('  ' || ?1 || ' = {' || replace(?2, '[{}\\]', '') || '}'), ',&#10;') || '&#10;}&#10;'"/>
  </xsl:function>

  <xsl:function name="ed:ris" as="xs:string">
    <xsl:param name="r" as="map(*)"/>
    <xsl:variable name="ris-date" select="if (matches($r?when, '^\d{4}')) then
      string-join((tokenize($r?when, '-'), '', '', '')[position() le 3], '/') || '/' else ''"/>
    <xsl:variable name="fields" select="(
      ['TY', 'MANSCPT'], ['TI', $r?title], $r?authors ! ['AU', .], ['DA', $ris-date],
      ['PY', substring($r?when, 1, 4)], ['PB', $r?publisher], ['T2', $edition-title],
      ['AV', string-join(($r?repository, $r?settlement)[.], ', ')], ['CN', $r?shelfmark],
      ['SP', $r?pages], ['A4', $r?translator], ['LA', $r?language], ['AB', $r?abstract], ['UR', $r?url])"/>
    <xsl:sequence select="string-join(($fields[normalize-space(?2)] ! (?1 || '  - ' || normalize-space(?2)), 'ER  - '), '&#13;&#10;') || '&#13;&#10;'"/>
  </xsl:function>

  <!-- Highwire tags dates as YYYY/MM/DD. -->
  <xsl:function name="ed:highwire-date" as="xs:string">
    <xsl:param name="when" as="xs:string"/>
    <xsl:sequence select="translate($when, '-', '/')"/>
  </xsl:function>
</xsl:stylesheet>
