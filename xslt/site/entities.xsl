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
    <xsl:variable name="entries" as="element(entity)*">
      <xsl:perform-sort select="$site/entities/entity[@kind = $kind]">
        <xsl:sort select="lower-case(ed:sort-name(.))"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="$entity-pages($kind)"/>
      <xsl:with-param name="title" select="$entity-titles($kind)"/>
      <xsl:with-param name="content" as="node()*">
        <p class="lead"><xsl:value-of select="count($entries)"/> entries.
          <xsl:if test="$kind eq 'place'"> <a href="{$site-root}map.html">See them on the map.</a></xsl:if>
        </p>
        <xsl:for-each-group select="$entries" group-adjacent="upper-case(substring(ed:sort-name(.), 1, 1))">
          <section class="letter" aria-label="{current-grouping-key()}">
            <h2><xsl:value-of select="current-grouping-key()"/></h2>
            <xsl:apply-templates select="current-group()"/>
          </section>
        </xsl:for-each-group>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Persons sort by surname: the last word of the standard name. -->
  <xsl:function name="ed:sort-name" as="xs:string">
    <xsl:param name="entity" as="element(entity)"/>
    <xsl:sequence select="if ($entity/@kind eq 'person') then (tokenize($entity/@name)[last()] || ' ' || $entity/@name) else string($entity/@name)"/>
  </xsl:function>

  <xsl:template match="entity">
    <article class="entity {@kind}" id="{@id}">
      <h3><xsl:value-of select="@name"/></h3>
      <xsl:if test="@role"><p class="role"><xsl:value-of select="@role"/></p></xsl:if>
      <xsl:if test="variant">
        <p class="variants">Also: <xsl:value-of select="string-join(variant, '; ')"/></p>
      </xsl:if>
      <xsl:for-each select="geo">
        <p class="geo">Coordinates: <xsl:value-of select="@lat || ', ' || @long"/></p>
      </xsl:for-each>
      <xsl:if test="authority[@url]">
        <p class="authorities">
          <xsl:for-each select="authority[@url]">
            <xsl:if test="position() gt 1"> · </xsl:if>
            <a href="{@url}" rel="external"><xsl:value-of select="@label || ' ' || @value"/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <ul class="occurrences">
        <xsl:for-each select="in">
          <xsl:variable name="href" select="ed:document-href(@document)"/>
          <xsl:variable name="document" select="key('document', @document)"/>
          <li>
            <a href="{$href}"><xsl:value-of select="$document/title"/></a>
            <xsl:if test="$document/@date-text"><xsl:value-of select="' (' || $document/@date-text || ')'"/></xsl:if>
            <xsl:if test="occurrence">
              <xsl:text>: </xsl:text>
              <xsl:for-each select="occurrence">
                <xsl:if test="position() gt 1">, </xsl:if>
                <a href="{$href}#{@block}"><xsl:value-of select="@label"/></a>
              </xsl:for-each>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </article>
  </xsl:template>
</xsl:stylesheet>
