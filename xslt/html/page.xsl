<?xml version="1.0" encoding="UTF-8"?>
<!-- The document page: head (citation and Dublin Core metadata), site navigation, the parts in order. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xmlns:dcmap="urn:x-tei-edition:dublin-core"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="TEI" mode="html-page">
    <xsl:variable name="title" select="ed:title(.)"/>
    <html lang="{(@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title || ' — ' || $edition-title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
        <link rel="alternate" type="application/tei+xml" href="{$tei-href}" title="TEI-XML"/>
        <link rel="alternate" type="text/plain" href="{$text-href}" title="Plain text"/>
        <xsl:apply-templates select="." mode="citation-meta"/>
        <xsl:call-template name="ed:dublin-core-meta"/>
        <script src="{$script-href}" defer="defer"></script>
      </head>
      <body class="document-page">
        <xsl:call-template name="ed:site-header"/>
        <main id="main-content">
          <article class="document" lang="{(text/@xml:lang, @xml:lang, 'en')[1]}">
            <header class="document-header">
              <p class="document-kind"><xsl:value-of select="$ed:document-reference?kind"/></p>
              <h1><xsl:value-of select="$title"/></h1>
            </header>
            <xsl:apply-templates select="teiHeader" mode="metadata"/>
            <section class="tei-text" aria-labelledby="text-heading">
              <h2 id="text-heading" class="visually-hidden">Text</h2>
              <xsl:apply-templates select="text" mode="html"/>
            </section>
            <xsl:apply-templates select="." mode="footnotes"/>
            <xsl:apply-templates select="." mode="how-to-cite"/>
          </article>
        </main>
        <xsl:apply-templates select="standOff" mode="entity-cards"/>
        <xsl:call-template name="ed:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Dublin Core from the edition's one mapping (common/dublin-core.xsl); a URI field whose value
       is not http(s) (a javascript: URL in hand-edited TEI) is left out rather than published. -->
  <xsl:template name="ed:dublin-core-meta">
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <link rel="schema.DCTERMS" href="http://purl.org/dc/terms/"/>
    <xsl:for-each select="dcmap:fields(.)[not(@qualifier = 'uri' and empty(ed:http-url(string(.))))]">
      <meta name="{dcmap:html-name(.)}" content="{.}">
        <xsl:if test="@language"><xsl:attribute name="lang" select="@language"/></xsl:if>
      </meta>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
