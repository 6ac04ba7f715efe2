<?xml version="1.0" encoding="UTF-8"?>
<!--
  One TEI document, parsed once, into its three outputs:
    principal result   the HTML page (html/…)
    text.txt           the plain-text edition (text/…), UTF-8, LF, wrapped at $text-width
    summary.json       what the site's index pages need (common/summary.xsl)
  The renderer receives the secondary results in memory (deliverResultDocument) and writes them.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:import href="common/dublin-core.xsl"/>
  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/conventions.xsl"/>
  <xsl:include href="common/keys.xsl"/>
  <xsl:include href="common/functions.xsl"/>
  <xsl:include href="common/citation.xsl"/>
  <xsl:include href="common/summary.xsl"/>
  <xsl:include href="html/chrome.xsl"/>
  <xsl:include href="html/page.xsl"/>
  <xsl:include href="html/metadata.xsl"/>
  <xsl:include href="html/blocks.xsl"/>
  <xsl:include href="html/editorial.xsl"/>
  <xsl:include href="html/names.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/cite.xsl"/>
  <xsl:include href="text/blocks.xsl"/>
  <xsl:include href="text/edition.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output name="text" method="text" encoding="UTF-8"/>
  <xsl:output name="json" method="json" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="tei" select="TEI"/>
    <xsl:if test="empty($tei)">
      <xsl:message terminate="yes" error-code="ed:not-tei">Not a TEI document: the root element is not TEI in the TEI namespace.</xsl:message>
    </xsl:if>
    <xsl:if test="$outputs = 'html'">
      <xsl:apply-templates select="$tei" mode="html-page"/>
    </xsl:if>
    <!-- The text as blocks of plain text, for the text edition and the search index alike. -->
    <xsl:variable name="body-blocks" as="xs:string*">
      <xsl:if test="$outputs = ('text', 'summary')"><xsl:apply-templates select="$tei/text" mode="text-blocks"/></xsl:if>
    </xsl:variable>
    <xsl:if test="$outputs = 'text'">
      <xsl:result-document href="text.txt" format="text">
        <xsl:apply-templates select="$tei" mode="text-edition">
          <xsl:with-param name="body-blocks" select="$body-blocks"/>
        </xsl:apply-templates>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="$outputs = 'summary'">
      <xsl:result-document href="summary.json" format="json">
        <xsl:apply-templates select="$tei" mode="summary">
          <xsl:with-param name="body-text" select="string-join($body-blocks, ' ')"/>
        </xsl:apply-templates>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
