<?xml version="1.0" encoding="UTF-8"?>
<!-- search.html: full-text search over static files. The index is a script (search-index.js), not
     fetched JSON, so the page works from a folder on disk (file://) as well as from a server. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">


  <xsl:template match="search-page" mode="ed:page">
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="string(@file)"/>
      <xsl:with-param name="title" select="'Search'"/>
      <!-- The index: one script, or the shards of a large edition (<index src=""/>). -->
      <xsl:with-param name="scripts" select="('assets/minisearch.js', index/@src, 'assets/search.js') ! ($site-root || .)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="search-page" mode="ed:content">
    <form class="search" role="search" action="search.html">
      <label for="q">Search the documents</label>
      <input type="search" id="q" name="q" autocomplete="off"/>
      <button type="submit">Search</button>
    </form>
    <p class="search-status" aria-live="polite" id="search-status">
      <noscript>Search needs JavaScript. The <a href="{$site-root}index.html">list of documents</a> and the indexes of
        <a href="{$site-root}persons.html">persons</a>, <a href="{$site-root}places.html">places</a> and
        <a href="{$site-root}organisations.html">organisations</a> work without it.</noscript>
    </p>
    <ol class="search-results" id="search-results"></ol>
  </xsl:template>
</xsl:stylesheet>
