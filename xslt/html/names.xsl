<?xml version="1.0" encoding="UTF-8"?>
<!-- Names in the text link to their entry in the site's indexes. The tooltip (title) works without
     script; assets/edition.js turns the hidden entity cards into popovers. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- What a name link needs of its entry, by id (the first entry with that id), worked out once per
       document rather than per mention. -->
  <xsl:variable name="ed:name-links" as="map(xs:string, map(xs:string, xs:string))" select="map:merge(
    $ed:entries ! map { ?id: map {
      'kind': ?kind,
      'href': $site-root || $entity-pages(?kind) || '#' || ?id,
      'title': string-join((?name, ?role), ' — ') } })"/>

  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref]" mode="html">
    <xsl:variable name="ref" select="string(tokenize(@ref)[1])"/>
    <xsl:variable name="id" select="if (starts-with($ref, '#')) then substring($ref, 2) else $ref"/>
    <xsl:variable name="link" select="$ed:name-links($id)"/>
    <xsl:choose>
      <xsl:when test="empty($link)">
        <span class="name unresolved"><xsl:apply-templates mode="html"/></span>
      </xsl:when>
      <!-- A name holding names ([Eleanor] Roosevelt [Tractors for Freedom] committee): links may not
           nest, so each of its parts links to its own entry. -->
      <xsl:when test="* and descendant::*[@ref][self::persName or self::placeName or self::orgName]">
        <span class="name {$link?kind} compound">
          <xsl:for-each select="node()">
            <xsl:choose>
              <xsl:when test="self::text()[not(normalize-space())] or exists(descendant-or-self::*[self::persName or self::placeName or self::orgName][@ref])">
                <xsl:apply-templates select="." mode="html"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="ed:name-link">
                  <xsl:with-param name="id" select="$id"/>
                  <xsl:with-param name="link" select="$link"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <a class="name {$link?kind}" href="{$link?href}" title="{$link?title}" data-card="card-{$id}">
          <xsl:apply-templates mode="html"/>
        </a>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@cert = 'low'">
      <xsl:text> </xsl:text><span class="marker"><xsl:value-of select="ed:marker(., 'uncertain')"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A part of a compound name linked to the compound's entry, rendered in place (building the
       content in a temporary tree and copying it cost more than the rest of the name). -->
  <xsl:template name="ed:name-link">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="link" as="map(*)"/>
    <a class="name {$link?kind}" href="{$link?href}" title="{$link?title}" data-card="card-{$id}">
      <xsl:apply-templates select="." mode="html"/>
    </a>
  </xsl:template>

  <!-- One card per entity of the document: standard name, role, variants, authority links. -->
  <xsl:template match="standOff" mode="entity-cards">
    <xsl:variable name="standOff" select="."/>
    <xsl:variable name="entries" select="$ed:entries[some $s in ?element/ancestor::standOff satisfies $s is $standOff]"/>
    <xsl:if test="exists($entries)">
      <div class="entity-cards" hidden="hidden">
        <xsl:for-each select="$entries">
          <div class="entity-card {?kind}" id="card-{?id}">
            <p class="card-name"><xsl:value-of select="?name"/></p>
            <xsl:for-each select="?role"><p class="card-role"><xsl:value-of select="."/></p></xsl:for-each>
            <p class="card-links">
              <a href="{$site-root}{$entity-pages(?kind)}#{?id}">In the index</a>
              <xsl:for-each select="?authorities[?url]">
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
