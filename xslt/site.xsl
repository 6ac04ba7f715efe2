<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's index pages, one transform per page, each from the data of that page only
  (src/site/data.ts builds it from the summaries that document.xsl took from the TEI):
    <documents-page>  index.html, or a year's documents when the list is split
    <entities-page>   persons.html, places.html, organisations.html, or one initial of them
    <map-page>        map.html (the points projected by src/site/map.ts)
    <search-page>     search.html
  The root element names the page and its file (@file); its template writes that one file.
  Lookups go through keys, so a page costs time in proportion to its own data.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <xsl:import href="common/params.xsl"/>
  <xsl:include href="common/conventions.xsl"/>
  <xsl:include href="html/chrome.xsl"/>
  <xsl:include href="site/page.xsl"/>
  <xsl:include href="site/documents.xsl"/>
  <xsl:include href="site/entities.xsl"/>
  <xsl:include href="site/map.xsl"/>
  <xsl:include href="site/search.xsl"/>

  <!-- Index pages sit at the site's root. -->
  <xsl:param name="site-root" as="xs:string" select="''"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:key name="document" match="document" use="@id"/>
  <!-- SVG path data of the map, projected by src/site/map.ts. -->
  <xsl:param name="map-land" as="xs:string" select="''"/>
  <xsl:param name="map-graticule" as="xs:string" select="''"/>
  <!-- The page's data, reachable from templates whose context is not a node. -->
  <xsl:variable name="site" as="element()" select="/*"/>

  <xsl:template match="/">
    <xsl:apply-templates select="*" mode="ed:page"/>
  </xsl:template>
</xsl:stylesheet>
