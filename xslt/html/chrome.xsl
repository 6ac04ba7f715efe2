<?xml version="1.0" encoding="UTF-8"?>
<!-- What every page of the site shares: skip link, title, navigation, footer. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <!-- The site's navigation, shared by document pages and index pages ($site-root differs). -->
  <xsl:template name="ed:site-header">
    <xsl:param name="current" as="xs:string" select="''"/>
    <a class="skip-link" href="#main-content">Skip to content</a>
    <header class="site-header">
      <p class="site-title"><a href="{$site-root}index.html"><xsl:value-of select="$edition-title"/></a></p>
      <nav aria-label="Edition">
        <ul>
          <xsl:for-each select="(['index.html', 'Documents'], ['persons.html', 'Persons'], ['places.html', 'Places'],
            ['organisations.html', 'Organisations'], ['map.html', 'Map'], ['search.html', 'Search'])">
            <li>
              <a href="{$site-root}{?1}">
                <xsl:if test="?1 eq $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                <xsl:value-of select="?2"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </header>
  </xsl:template>

  <xsl:template name="ed:site-footer">
    <footer class="site-footer">
      <p><xsl:value-of select="$edition-title"/>. Rendered from TEI by tei-edition.</p>
    </footer>
  </xsl:template>
</xsl:stylesheet>
