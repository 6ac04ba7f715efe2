<?xml version="1.0" encoding="UTF-8"?>
<!-- map.html: the places that have coordinates, on land outlines projected at build time (no tiles,
     no network). Each point links to its entry; the same places are listed under the map. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  exclude-result-prefixes="#all">

  <xsl:template match="map-page" mode="ed:page">
    <xsl:call-template name="ed:site-page">
      <xsl:with-param name="file" select="string(@file)"/>
      <xsl:with-param name="title" select="'Map of places'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="map-page" mode="ed:content">
    <xsl:variable name="map" select="."/>
    <xsl:variable name="points" select="point"/>
    <p class="lead"><xsl:value-of select="count($points)"/> of <xsl:value-of select="@places"/> places have coordinates in the registers.</p>
    <figure class="map">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {$map/@width} {$map/@height}"
           role="group" aria-labelledby="map-title">
        <title id="map-title">Places mentioned in the documents</title>
        <rect class="sea" width="{$map/@width}" height="{$map/@height}"/>
        <path class="graticule" d="{$map-graticule}"/>
        <path class="land" d="{$map-land}"/>
        <xsl:for-each select="$points">
          <xsl:variable name="name" select="string(@name)"/>
          <a href="{$site-root}places.html#{@id}" class="place-point">
            <title><xsl:value-of select="$name"/></title>
            <circle cx="{@x}" cy="{@y}" r="5"/>
            <text x="{@x + 8}" y="{@y + 4}"><xsl:value-of select="$name"/></text>
          </a>
        </xsl:for-each>
      </svg>
      <figcaption>Land outlines: Natural Earth via world-atlas (public domain).</figcaption>
    </figure>
    <h2>Places on the map</h2>
    <ul class="map-places">
      <xsl:for-each select="$points">
        <li><a href="{$site-root}places.html#{@id}"><xsl:value-of select="@name"/></a>
          <xsl:value-of select="' (' || @lat || ', ' || @long || ')'"/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
