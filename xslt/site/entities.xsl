<?xml version="1.0" encoding="UTF-8"?>
<!-- persons.html, places.html, organisations.html: each entity with its variants, role, authority
     links, and every document and block where it occurs. The anchor of an entry is its register id,
     the same in every document of the edition. A large edition splits an index by initial: the
     index page then lists every entry (<entry>, with its anchor) linking to its initial's page,
     which holds the full entries of that initial. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <xsl:variable name="entity-titles" as="map(xs:string, xs:string)"
    select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>

  <xsl:template match="entities-page" mode="ed:page">
    <xsl:variable name="kind" select="string(@kind)"/>
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="string(@file)"/>
      <xsl:with-param name="current" select="$entity-pages($kind)"/>
      <xsl:with-param name="title" select="$entity-titles($kind) || (if (@letter) then ': ' || @letter else '')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="entities-page" mode="ed:content">
    <xsl:variable name="kind" select="string(@kind)"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:perform-sort select="entity | entry">
        <xsl:sort select="lower-case(ed:sort-name(.))"/>
      </xsl:perform-sort>
    </xsl:variable>
    <p class="lead"><xsl:value-of select="count($entries) || (if (count($entries) eq 1) then ' entry.' else ' entries.')"/>
      <xsl:if test="@letter"><xsl:text> </xsl:text><a href="{$site-root}{$entity-pages($kind)}">All <xsl:value-of select="lower-case($entity-titles($kind))"/></a>.</xsl:if>
      <xsl:if test="$kind eq 'place'"><xsl:text> </xsl:text><a href="{$site-root}map.html">See them on the map.</a></xsl:if>
    </p>
    <xsl:if test="entry">
      <nav class="letters" aria-label="Initials">
        <ul>
          <xsl:for-each-group select="$entries" group-adjacent="ed:initial(.)">
            <li><a href="{$site-root}{@file}"><xsl:value-of select="current-grouping-key()"/></a></li>
          </xsl:for-each-group>
        </ul>
      </nav>
    </xsl:if>
    <xsl:for-each-group select="$entries" group-adjacent="ed:initial(.)">
      <section class="letter" aria-label="{current-grouping-key()}">
        <h2><xsl:value-of select="current-grouping-key()"/></h2>
        <xsl:choose>
          <xsl:when test="self::entry"><ul class="entries"><xsl:apply-templates select="current-group()"/></ul></xsl:when>
          <xsl:otherwise><xsl:apply-templates select="current-group()"/></xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Persons sort by surname: the last word of the standard name. -->
  <xsl:function name="ed:sort-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="if ($entity/@kind eq 'person') then (tokenize($entity/@name)[last()] || ' ' || $entity/@name) else string($entity/@name)"/>
  </xsl:function>

  <!-- The heading an entry is listed under (src/site/pages.ts splits by the same initial). -->
  <xsl:function name="ed:initial" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="upper-case(substring(ed:sort-name($entity), 1, 1))"/>
  </xsl:function>

  <!-- An entry of a split index: its anchor, name, role and how many documents, linking to its page. -->
  <xsl:template match="entry">
    <li class="entry {@kind}" id="{@id}">
      <a href="{$site-root}{@file}#{@id}"><xsl:value-of select="@name"/></a>
      <xsl:if test="@role"><xsl:value-of select="' — ' || @role"/></xsl:if>
      <xsl:value-of select="' (' || @documents || (if (@documents eq '1') then ' document)' else ' documents)')"/>
    </li>
  </xsl:template>

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
      <xsl:choose>
        <!-- An entity named in many documents lists them on a page per decade (<decade>). -->
        <xsl:when test="decade">
          <p class="by-decade"><xsl:value-of select="@documents || (if (@documents eq '1') then ' document' else ' documents')"/>, by decade:
            <xsl:for-each select="decade">
              <xsl:if test="position() gt 1"> · </xsl:if>
              <a href="{$site-root}{@file}"><xsl:value-of select="@decade"/></a>
              <xsl:value-of select="' (' || @count || ')'"/>
            </xsl:for-each>
          </p>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="." mode="ed:occurrences"/></xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <!-- The documents (and their blocks) where an entity occurs. -->
  <xsl:template match="entity" mode="ed:occurrences">
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
  </xsl:template>

  <!-- One decade of the documents of an entity named in many (persons/ID/1960s.html and the
       like): @entry is its entry (with the other decades), @total how many documents in all. -->
  <xsl:template match="entity-decade-page" mode="ed:page">
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="string(@file)"/>
      <xsl:with-param name="current" select="$entity-pages(string(@kind))"/>
      <xsl:with-param name="title" select="entity/@name || ': ' || @decade"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="entity-decade-page" mode="ed:content">
    <xsl:variable name="count" select="count(entity/in)"/>
    <p class="lead">
      <xsl:value-of select="(if (@decade eq 'undated') then 'Undated documents' else 'Documents of the ' || @decade)
        || ' that name ' || entity/@name || ': ' || $count || ' of ' || @total || '. '"/>
      <a href="{$site-root}{@entry}">All decades</a>
    </p>
    <xsl:apply-templates select="entity" mode="ed:occurrences"/>
  </xsl:template>
</xsl:stylesheet>
