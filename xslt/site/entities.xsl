<?xml version="1.0" encoding="UTF-8"?>
<!-- persons.html, places.html, organisations.html: each entity with its variants, role, authority
     links, and every document and block where it occurs. The anchor of an entry is its register id,
     the same in every document of the edition. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <xsl:variable name="entity-titles" as="map(xs:string, xs:string)"
    select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>

  <xsl:template name="ed:entities-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entries" select="sort($entities[?kind eq $kind], (), function ($e) { lower-case(ed:sort-name($e)) })"/>
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="$entity-pages($kind)"/>
      <xsl:with-param name="title" select="$entity-titles($kind)"/>
      <xsl:with-param name="content" as="node()*">
        <p class="lead"><xsl:value-of select="count($entries)"/> entries.
          <xsl:if test="$kind eq 'place'"> <a href="{$site-root}map.html">See them on the map.</a></xsl:if>
        </p>
        <xsl:for-each-group select="$entries" group-by="upper-case(substring(ed:sort-name(.), 1, 1))">
          <section class="letter" aria-label="{current-grouping-key()}">
            <h2><xsl:value-of select="current-grouping-key()"/></h2>
            <xsl:for-each select="current-group()">
              <xsl:call-template name="ed:entity-entry"/>
            </xsl:for-each>
          </section>
        </xsl:for-each-group>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Persons sort by surname: the last word of the standard name. -->
  <xsl:function name="ed:sort-name" as="xs:string">
    <xsl:param name="entry" as="map(*)"/>
    <xsl:sequence select="if ($entry?kind eq 'person') then (tokenize($entry?name)[last()] || ' ' || $entry?name) else $entry?name"/>
  </xsl:function>

  <xsl:template name="ed:entity-entry">
    <xsl:variable name="e" select="."/>
    <article class="entity {?kind}" id="{?id}">
      <h3><xsl:value-of select="?name"/></h3>
      <xsl:if test="?role"><p class="role"><xsl:value-of select="?role"/></p></xsl:if>
      <xsl:variable name="variants" select="distinct-values(($e?documents?* ! (?variants?*, ?seen?*)))[. ne $e?name]"/>
      <xsl:if test="exists($variants)">
        <p class="variants">Also: <xsl:value-of select="string-join($variants, '; ')"/></p>
      </xsl:if>
      <xsl:if test="exists(?geo?*)">
        <p class="geo">Coordinates: <xsl:value-of select="string-join(?geo?* ! string(.), ', ')"/></p>
      </xsl:if>
      <xsl:variable name="authorities" select="?authorities?*[?url]"/>
      <xsl:if test="exists($authorities)">
        <p class="authorities">
          <xsl:for-each select="$authorities">
            <xsl:if test="position() gt 1"> · </xsl:if>
            <a href="{?url}" rel="external"><xsl:value-of select="?label || ' ' || ?value"/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <ul class="occurrences">
        <xsl:for-each select="?documents?*">
          <xsl:variable name="doc" select="?document"/>
          <li>
            <a href="{ed:document-href($doc)}"><xsl:value-of select="$doc?title"/></a>
            <xsl:if test="$doc?dateText"><xsl:value-of select="' (' || $doc?dateText || ')'"/></xsl:if>
            <xsl:if test="exists(?occurrences?*)">
              <xsl:text>: </xsl:text>
              <xsl:for-each-group select="?occurrences?*" group-by="?block">
                <xsl:if test="position() gt 1">, </xsl:if>
                <a href="{ed:document-href($doc)}#{current-grouping-key()}"><xsl:value-of select="?label"/></a>
              </xsl:for-each-group>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </article>
  </xsl:template>
</xsl:stylesheet>
