<?xml version="1.0" encoding="UTF-8"?>
<!-- What an edition may change in its pages. The renderer passes these from edition.config.json. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">
  <!-- The document id (file names: html/ID.html, text/ID.txt, tei/ID.xml). -->
  <xsl:param name="id" as="xs:string" select="string(/*/@xml:id)"/>
  <!-- Base URL of the published site, for permanent URLs when the TEI gives none. -->
  <xsl:param name="base-url" as="xs:string" select="'https://example.org/edition'"/>
  <xsl:param name="edition-title" as="xs:string" select="'Digital Edition of Archival Documents'"/>
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <!-- Where a document page finds the site root, its CSS and script, and the other outputs. -->
  <xsl:param name="site-root" as="xs:string" select="'../'"/>
  <xsl:param name="css-href" as="xs:string" select="$site-root || 'assets/edition.css'"/>
  <xsl:param name="script-href" as="xs:string" select="$site-root || 'assets/edition.js'"/>
  <xsl:param name="tei-href" as="xs:string" select="$site-root || 'tei/' || $id || '.xml'"/>
  <xsl:param name="text-href" as="xs:string" select="$site-root || 'text/' || $id || '.txt'"/>
  <!-- Which outputs one transform gives: converting to text needs only the text edition. -->
  <xsl:param name="outputs" as="xs:string*" select="('html', 'text', 'summary')"/>
  <!-- Width of the plain-text edition. -->
  <xsl:param name="text-width" as="xs:integer" select="78"/>
</xsl:stylesheet>
