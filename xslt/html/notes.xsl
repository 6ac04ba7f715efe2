<?xml version="1.0" encoding="UTF-8"?>
<!-- Footnotes: numbered markers in the text, the notes after it, links both ways. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="note[@place = 'foot']" mode="html">
    <xsl:variable name="note-id" select="ed:note-id(.)"/>
    <sup class="noteref"><a id="ref-{$note-id}" href="#{$note-id}" aria-label="Note {ed:note-number(.)}"><xsl:value-of select="ed:note-number(.)"/></a></sup>
  </xsl:template>

  <!-- A later marker of a note already placed points to it (ptr[@type='footnote']). -->
  <xsl:template match="ptr[@type = 'footnote']" mode="html">
    <xsl:variable name="note" select="key('by-id', substring-after(@target, '#'))[self::note]"/>
    <xsl:choose>
      <xsl:when test="$note">
        <sup class="noteref"><a href="#{ed:note-id($note)}" aria-label="Note {ed:note-number($note)}"><xsl:value-of select="(@n, ed:note-number($note))[1]"/></a></sup>
      </xsl:when>
      <xsl:otherwise><sup class="noteref"><xsl:value-of select="@n"/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="TEI" mode="footnotes">
    <xsl:variable name="notes" select="text/descendant::note[@place = 'foot']"/>
    <xsl:if test="$notes">
      <section class="footnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="{ed:note-id(.)}" class="footnote">
              <span class="note-number"><xsl:value-of select="ed:note-number(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="note-text"><xsl:apply-templates mode="note-html"/></span>
              <xsl:text> </xsl:text>
              <a class="backref" href="#ref-{ed:note-id(.)}" aria-label="Back to the text of note {ed:note-number(.)}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Paragraphs inside a note run on as sentences inside its list item. -->
  <xsl:template match="p" mode="note-html">
    <xsl:apply-templates mode="html"/>
    <xsl:if test="following-sibling::p"><br/></xsl:if>
  </xsl:template>
  <xsl:template match="node()" mode="note-html">
    <xsl:apply-templates select="." mode="html"/>
  </xsl:template>
</xsl:stylesheet>
