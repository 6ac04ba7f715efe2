<?xml version="1.0" encoding="UTF-8"?>
<!-- How to cite: a Chicago citation with the permanent URL, BibTeX and RIS downloads (data: URLs,
     so they work from a folder on disk), and the citation_* tags reference managers read. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="TEI" mode="how-to-cite">
    <xsl:variable name="reference" select="$ed:document-reference"/>
    <section class="how-to-cite" id="how-to-cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">How to cite</h2>
      <p class="citation"><xsl:value-of select="ed:chicago($reference)"/></p>
      <p class="downloads">
        <a download="{$id}.bib" type="application/x-bibtex"
           href="data:application/x-bibtex;charset=utf-8,{encode-for-uri(ed:bibtex($reference))}">BibTeX</a>
        <xsl:text> · </xsl:text>
        <a download="{$id}.ris" type="application/x-research-info-systems"
           href="data:application/x-research-info-systems;charset=utf-8,{encode-for-uri(ed:ris($reference))}">RIS</a>
        <xsl:text> · Permanent URL: </xsl:text>
        <xsl:call-template name="ed:external-link">
          <xsl:with-param name="url" select="$reference?url"/>
        </xsl:call-template>
      </p>
    </section>
  </xsl:template>

  <xsl:template match="TEI" mode="citation-meta">
    <xsl:variable name="r" select="$ed:document-reference"/>
    <meta name="citation_title" content="{$r?title}"/>
    <xsl:for-each select="$r?authors"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:if test="$r?when"><meta name="citation_date" content="{ed:highwire-date($r?when)}"/></xsl:if>
    <xsl:if test="$r?publisher"><meta name="citation_publisher" content="{$r?publisher}"/></xsl:if>
    <meta name="citation_public_url" content="{$r?url}"/>
    <meta name="citation_language" content="{$r?language}"/>
    <xsl:if test="$r?abstract"><meta name="description" content="{$r?abstract}"/></xsl:if>
    <xsl:if test="$r?repository"><meta name="citation_archive_location" content="{string-join(($r?repository, $r?shelfmark)[.], ', ')}"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
