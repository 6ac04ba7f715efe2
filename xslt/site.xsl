<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's index pages, in one transform started at the template "site":
    index.html  persons.html  places.html  organisations.html  map.html  search.html
  The source is the site's data (src/site/data.ts): documents in date order, every entity with
  the documents and blocks where it occurs, the projected map. All of it was taken from the TEI
  by document.xsl (its summaries).
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

  <xsl:key name="entity" match="entity" use="@id"/>
  <xsl:key name="document" match="document" use="@id"/>
  <!-- SVG path data of the map, projected by src/site/map.ts. -->
  <xsl:param name="map-land" as="xs:string" select="''"/>
  <xsl:param name="map-graticule" as="xs:string" select="''"/>
  <!-- The data, reachable from templates whose context is not a node. -->
  <xsl:variable name="site" as="element(site)" select="/site"/>

  <xsl:template name="site">
    <xsl:call-template name="ed:documents-page"/>
    <xsl:for-each select="('person', 'place', 'org')">
      <xsl:call-template name="ed:entities-page">
        <xsl:with-param name="kind" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="ed:map-page"/>
    <xsl:call-template name="ed:search-page"/>
  </xsl:template>
</xsl:stylesheet>
