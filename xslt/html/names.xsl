<?xml version="1.0" encoding="UTF-8"?>
<!-- Names in the text link to their entry in the site's indexes. The tooltip (title) works without
     script; assets/edition.js turns the hidden entity cards into popovers. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- What a name link needs of its entry, worked out once per document rather than per mention. -->
  <xsl:variable name="ed:name-links" as="map(xs:string, map(xs:string, xs:string))" select="map:merge(
    /TEI/standOff//(person | place | org)[@xml:id] ! map { string(@xml:id): map {
      'kind': ed:entity-kind(.),
      'href': $site-root || $entity-pages(ed:entity-kind(.)) || '#' || @xml:id,
      'title': string-join((ed:standard-name(.), ed:role(.)), ' — ') } })"/>

  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref]" mode="html">
    <xsl:variable name="entry" select="ed:entity(., tokenize(@ref)[1])"/>
    <xsl:choose>
      <xsl:when test="empty($entry)">
        <span class="name unresolved"><xsl:apply-templates mode="html"/></span>
      </xsl:when>
      <!-- A name holding names ([Eleanor] Roosevelt [Tractors for Freedom] committee): links may not
           nest, so each of its parts links to its own entry. -->
      <xsl:when test="exists(.//(persName | placeName | orgName)[@ref])">
        <span class="name {ed:entity-kind($entry)} compound">
          <xsl:for-each select="node()">
            <xsl:choose>
              <xsl:when test="self::text()[not(normalize-space())] or exists(descendant-or-self::*[self::persName or self::placeName or self::orgName][@ref])">
                <xsl:apply-templates select="." mode="html"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="ed:name-link">
                  <xsl:with-param name="entry" select="$entry"/>
                  <xsl:with-param name="content" as="node()*"><xsl:apply-templates select="." mode="html"/></xsl:with-param>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ed:name-link">
          <xsl:with-param name="entry" select="$entry"/>
          <xsl:with-param name="content" as="node()*"><xsl:apply-templates mode="html"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@cert = 'low'">
      <xsl:text> </xsl:text><span class="marker"><xsl:value-of select="ed:marker(., 'uncertain')"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:name-link">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="link" select="$ed:name-links(string($entry/@xml:id))"/>
    <a class="name {$link?kind}" href="{$link?href}" title="{$link?title}" data-card="card-{$entry/@xml:id}">
      <xsl:sequence select="$content"/>
    </a>
  </xsl:template>

  <!-- One card per entity of the document: standard name, role, variants, authority links. -->
  <xsl:template match="standOff" mode="entity-cards">
    <xsl:variable name="entries" select=".//(person | place | org)[@xml:id]"/>
    <xsl:if test="$entries">
      <div class="entity-cards" hidden="hidden">
        <xsl:for-each select="$entries">
          <xsl:variable name="kind" select="ed:entity-kind(.)"/>
          <div class="entity-card {$kind}" id="card-{@xml:id}">
            <p class="card-name"><xsl:value-of select="ed:standard-name(.)"/></p>
            <xsl:for-each select="ed:role(.)"><p class="card-role"><xsl:value-of select="."/></p></xsl:for-each>
            <p class="card-links">
              <a href="{$site-root}{$entity-pages($kind)}#{@xml:id}">In the index</a>
              <xsl:for-each select="ed:authorities(.)[?url]">
                <xsl:text> · </xsl:text>
                <a href="{?url}" rel="external"><xsl:value-of select="?label"/></a>
              </xsl:for-each>
            </p>
          </div>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
