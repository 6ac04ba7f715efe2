<?xml version="1.0" encoding="UTF-8"?>
<!--
  One document's Dublin Core record, from its teiHeader by the mapping in common/dublin-core.xsl.
  Parameter format:
    'oai_dc'  (default) an OAI-PMH oai_dc record: simple DC, qualifiers dropped;
    'dspace'  DSpace Simple Archive Format dublin_core.xml (<dublin_core schema="dc"><dcvalue …>);
    'both'    dspace as the principal result and oai_dc as the result document 'oai_dc.xml'.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:dcmap="urn:x-tei-edition:dublin-core"
  xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="common/dublin-core.xsl"/>

  <xsl:param name="format" as="xs:string" select="'oai_dc'"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="fields" select="dcmap:fields(.)"/>
    <xsl:choose>
      <xsl:when test="$format = 'dspace'">
        <xsl:call-template name="dspace"><xsl:with-param name="fields" select="$fields"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$format = 'oai_dc'">
        <xsl:call-template name="oai_dc"><xsl:with-param name="fields" select="$fields"/></xsl:call-template>
      </xsl:when>
      <!-- Both from one parse: dspace as the principal result, oai_dc as the result document 'oai_dc.xml'. -->
      <xsl:when test="$format = 'both'">
        <xsl:call-template name="dspace"><xsl:with-param name="fields" select="$fields"/></xsl:call-template>
        <xsl:result-document href="oai_dc.xml">
          <xsl:call-template name="oai_dc"><xsl:with-param name="fields" select="$fields"/></xsl:call-template>
        </xsl:result-document>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes">dublin-core.xsl: unknown format '<xsl:value-of select="$format"/>' (oai_dc, dspace or both)</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="dspace">
    <xsl:param name="fields" as="element()*"/>
    <dublin_core schema="dc">
      <xsl:sequence select="$fields"/>
    </dublin_core>
  </xsl:template>

  <xsl:template name="oai_dc">
    <xsl:param name="fields" as="element()*"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
      <xsl:for-each-group select="$fields" group-by="@element || '&#9;' || string(.)">
        <xsl:element name="dc:{@element}">
          <xsl:if test="@language">
            <xsl:attribute name="xml:lang" select="@language"/>
          </xsl:if>
          <xsl:value-of select="."/>
        </xsl:element>
      </xsl:for-each-group>
    </oai_dc:dc>
  </xsl:template>

</xsl:stylesheet>
