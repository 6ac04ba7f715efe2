<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's index pages, from the per-document summaries (themselves taken from the TEI by
  document.xsl), in one transform started at the template "site":
    index.html  persons.html  places.html  organisations.html  map.html  search.html
  $summaries is a JSON array of summaries; $map the map's geometry, projected at build time.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

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
  <xsl:param name="summaries" as="xs:string" select="'[]'"/>
  <xsl:param name="map" as="xs:string" select="'{}'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:variable name="documents" as="map(*)*" select="sort(parse-json($summaries)?*, (),
    function ($d) { (string($d?date)[.], '9999')[1] || ' ' || $d?title })"/>

  <!-- Every entity once, with the documents it occurs in (the first document's data describes it). -->
  <xsl:variable name="entities" as="map(*)*">
    <xsl:for-each-group select="$documents ! (let $doc := . return $doc?entities?* ! map:put(., 'document', $doc))" group-by="?kind || ' ' || ?id">
      <xsl:sequence select="map:put(current-group()[1], 'documents', array { current-group() })"/>
    </xsl:for-each-group>
  </xsl:variable>

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
