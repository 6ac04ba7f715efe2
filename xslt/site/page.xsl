<?xml version="1.0" encoding="UTF-8"?>
<!-- The frame of an index page. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:site-page">
    <xsl:param name="file" as="xs:string"/>
    <!-- The navigation entry the page belongs to (a year's page belongs to index.html). -->
    <xsl:param name="current" as="xs:string" select="$file"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:result-document href="{$file}">
      <html lang="en">
        <head>
          <meta charset="utf-8"/>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <title><xsl:value-of select="$title || ' — ' || $edition-title"/></title>
          <link rel="stylesheet" href="{$css-href}"/>
          <script src="{$script-href}" defer="defer"></script>
          <xsl:for-each select="$scripts"><script src="{.}" defer="defer"></script></xsl:for-each>
        </head>
        <body class="index-page {replace($current, '\.html$', '')}">
          <xsl:call-template name="ed:site-header">
            <xsl:with-param name="current" select="$file"/>
          </xsl:call-template>
          <main id="main-content">
            <h1><xsl:value-of select="$title"/></h1>
            <!-- The page's content comes straight from its data (mode ed:content), not through a
                 parameter: a temporary tree copied into the page cost a third of the time. -->
            <xsl:apply-templates select="$site" mode="ed:content"/>
          </main>
          <xsl:call-template name="ed:site-footer"/>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <xsl:function name="ed:document-href" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$site-root || 'html/' || encode-for-uri($id) || '.html'"/>
  </xsl:function>
</xsl:stylesheet>
