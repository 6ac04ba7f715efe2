<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial interventions, visible as such: brackets are real text (they copy and print), styled,
     and say who supplied the text and why. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- [Manolo] Ray; parts chained by @next/@prev print one pair of brackets. -->
  <xsl:template match="supplied" mode="html">
    <xsl:variable name="brackets" select="string-join((1 to ed:bracket-depth(.)) ! '[')"/>
    <span class="supplied" title="{ed:responsibility(.)}">
      <xsl:if test="ed:opens-bracket(.)"><span class="bracket" aria-hidden="true"><xsl:value-of select="$brackets"/></span></xsl:if>
      <xsl:apply-templates mode="html"/>
      <xsl:if test="ed:closes-bracket(.)"><span class="bracket" aria-hidden="true"><xsl:value-of select="translate($brackets, '[', ']')"/></span></xsl:if>
    </span>
  </xsl:template>

  <!-- […], [Signature]: what is not there, in the source's words. -->
  <xsl:template match="gap" mode="html">
    <span class="gap" title="{string-join(('Not reproduced', @reason ! ('(' || ($reason-labels(string(.)), .)[1] || ')')), ' ')}">
      <xsl:value-of select="ed:gap-form(.)"/>
    </span>
  </xsl:template>

  <!-- BEIPING [SIC]: as in the original; a correction, when the TEI has one, is offered as a tooltip. -->
  <xsl:template match="sic" mode="html">
    <span class="sic" title="{string-join(('Thus in the original', ../corr ! ('for ' || normalize-space(.))), ', ')}">
      <xsl:apply-templates mode="html"/>
    </span>
    <xsl:text> </xsl:text>
    <span class="marker"><xsl:value-of select="ed:marker(., 'sic')"/></span>
  </xsl:template>
  <xsl:template match="choice" mode="html">
    <xsl:apply-templates select="(sic, orig, abbr, *)[1]" mode="html"/>
  </xsl:template>

  <!-- word [?]: an uncertain reading. -->
  <xsl:template match="unclear | *[@cert = 'low'][not(self::persName or self::placeName or self::orgName)]" mode="html">
    <span class="unclear" title="Uncertain reading"><xsl:apply-templates mode="html"/></span>
    <xsl:text> </xsl:text>
    <span class="marker"><xsl:value-of select="ed:marker(., 'uncertain')"/></span>
  </xsl:template>

  <!-- [handwritten: …], [date not filled in]: editorial remarks standing in the text. -->
  <xsl:template match="note[not(@place = 'foot')]" mode="html">
    <span class="editorial-note" title="{ed:responsibility(.) => replace('^Supplied', 'Note')}">
      <span class="bracket" aria-hidden="true">[</span>
      <xsl:apply-templates mode="html"/>
      <span class="bracket" aria-hidden="true">]</span>
    </span>
  </xsl:template>

  <xsl:template match="add" mode="html">
    <span class="add" title="Added in the original{@place ! (' (' || . || ')')}"><xsl:apply-templates mode="html"/></span>
  </xsl:template>
  <xsl:template match="del" mode="html">
    <del><xsl:apply-templates mode="html"/></del>
  </xsl:template>
</xsl:stylesheet>
