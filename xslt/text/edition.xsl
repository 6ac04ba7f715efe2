<?xml version="1.0" encoding="UTF-8"?>
<!-- The plain-text edition: a header block, the text, the notes; wrapped at $text-width columns. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="TEI" mode="text-edition" as="xs:string">
    <xsl:param name="body-blocks" as="xs:string*"/>
    <xsl:variable name="r" select="$ed:document-reference"/>
    <xsl:variable name="header" select="
      $r?title,
      $r?date-text[.] ! ('Date: ' || .),
      string-join(($r?repository, $r?settlement, $r?shelfmark, $r?pages)[.], ', ')[.] ! ('Archive: ' || .),
      $r?translator[.] ! ('Translated by: ' || .),
      $r?source-url[.] ! ('Source: ' || .),
      'Edition: ' || $r?url"/>
    <xsl:variable name="notes" select="text/descendant::note[@place = 'foot']"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:sequence select="string-join($header ! ed:wrap(.), '&#10;') || '&#10;' || string-join((1 to $text-width) ! '=')"/>
      <xsl:sequence select="$body-blocks"/>
      <xsl:if test="$notes">
        <xsl:sequence select="string-join((1 to $text-width) ! '-') || '&#10;Notes'"/>
        <xsl:sequence select="$notes ! ('[' || ed:note-number(.) || '] ' || replace(ed:text-line(ed:inline(.)), '^\s+|\s+$', ''))"/>
      </xsl:if>
    </xsl:variable>
    <xsl:sequence select="string-join($blocks[normalize-space()] ! ed:wrap(.), '&#10;&#10;') || '&#10;'"/>
  </xsl:template>

  <!-- One regular expression wraps a block at word boundaries; its own line breaks are kept. -->
  <xsl:function name="ed:wrap" as="xs:string">
    <xsl:param name="block" as="xs:string"/>
    <xsl:sequence select="replace($block, '(.{1,' || $text-width || '})( +|&#10;|$)', '$1&#10;') => replace('&#10;$', '')"/>
  </xsl:function>
</xsl:stylesheet>
