<?xml version="1.0" encoding="UTF-8"?>
<!-- The documents in date order, grouped by year (navigable without script), with kind, date, title
     and summary; assets/edition.js adds the filters by kind and year. A large edition splits the
     list into one page per year: index.html then lists the years (<year> entries) with their
     counts, and each year's page lists its documents. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <xsl:template match="documents-page" mode="ed:page">
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="string(@file)"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="title" select="if (@year) then 'Documents of ' || @year else 'Documents'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="documents-page" mode="ed:content">
    <xsl:variable name="documents" select="document"/>
    <xsl:variable name="years" select="distinct-values($documents/@year)"/>
    <xsl:variable name="kinds" select="distinct-values($documents/@kind)"/>
    <xsl:variable name="count" select="if (@total) then xs:integer(@total) else count($documents)"/>
    <p class="lead">
      <xsl:value-of select="$count || (if ($count eq 1) then ' document' else ' documents')"/>
      <xsl:value-of select="if (year) then ', by year.' else ', in date order.'"/>
      <xsl:if test="@year"><xsl:text> </xsl:text><a href="{$site-root}index.html">All years</a></xsl:if>
    </p>
    <xsl:if test="year">
      <nav class="years" aria-label="Years">
        <ul>
          <xsl:for-each select="year">
            <li><a href="{$site-root}{@file}"><xsl:value-of select="@year"/></a>
              <xsl:value-of select="' (' || @count || ')'"/></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
    <xsl:if test="$documents">
      <form class="filters" hidden="hidden" aria-label="Filter the documents">
        <label>Kind
          <select name="kind">
            <option value="">All kinds</option>
            <xsl:for-each select="sort($kinds)">
              <xsl:variable name="kind" select="."/>
              <option value="{.}"><xsl:value-of select="($documents[@kind = $kind][1]/@kind-label, $kind-labels(.), replace(., '-', ' '))[1]"/></option>
            </xsl:for-each>
          </select>
        </label>
        <label>Year
          <select name="year">
            <option value="">All years</option>
            <xsl:for-each select="$years"><option value="{.}"><xsl:value-of select="."/></option></xsl:for-each>
          </select>
        </label>
        <output name="count" aria-live="polite"></output>
      </form>
      <xsl:if test="not(@year)">
        <nav class="years" aria-label="Years">
          <ul>
            <xsl:for-each select="$years"><li><a href="#year-{.}"><xsl:value-of select="."/></a></li></xsl:for-each>
          </ul>
        </nav>
      </xsl:if>
      <xsl:for-each-group select="$documents" group-adjacent="string(@year)">
        <section class="year" id="year-{current-grouping-key()}" data-year="{current-grouping-key()}">
          <h2><xsl:value-of select="current-grouping-key()"/></h2>
          <ol class="documents">
            <xsl:apply-templates select="current-group()"/>
          </ol>
        </section>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:template>

  <xsl:template match="document">
    <li class="document-entry" data-kind="{@kind}" data-year="{@year}">
      <p class="entry-meta">
        <span class="kind"><xsl:value-of select="(@kind-label, 'Document')[1]"/></span>
        <xsl:if test="@date-text">
          <xsl:text> · </xsl:text>
          <xsl:choose>
            <xsl:when test="@date castable as xs:date or @date castable as xs:gYearMonth or @date castable as xs:gYear">
              <time datetime="{@date}"><xsl:value-of select="@date-text"/></time>
            </xsl:when>
            <xsl:otherwise><span class="date"><xsl:value-of select="@date-text"/></span></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </p>
      <h3><a href="{ed:document-href(@id)}"><xsl:value-of select="title"/></a></h3>
      <xsl:if test="summary"><p class="summary"><xsl:value-of select="summary"/></p></xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
