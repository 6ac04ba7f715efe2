<?xml version="1.0" encoding="UTF-8"?>
<!-- The plain-text edition's body: each block becomes one string (lines kept where the TEI has lb or
     where the block is a set of lines: opener, closer, list); inline elements give their text with
     the brackets of the source. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- A line break of the TEI survives whitespace normalisation as this private character. -->
  <xsl:variable name="LB" as="xs:string" select="'&#xE000;'"/>

  <xsl:function name="ed:text-line" as="xs:string">
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="string-join($content) => replace('\s+', ' ') => replace(' ?' || $LB || ' ?', '&#10;') => ed:trim-lines()"/>
  </xsl:function>

  <!-- Spaces trimmed at the ends of every line, the line breaks kept. -->
  <xsl:function name="ed:trim-lines" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace($s, '^ +| +$', '', 'm')"/>
  </xsl:function>

  <!-- Blocks: one string each, empty ones dropped by the caller. -->
  <xsl:template match="text | body | front | back | div | postscript" mode="text-blocks" as="xs:string*">
    <xsl:apply-templates select="*" mode="text-blocks"/>
  </xsl:template>

  <xsl:template match="p | ab | head | dateline | fw | stamp | quote | q | seg | label" mode="text-blocks" as="xs:string*">
    <xsl:sequence select="ed:text-line(ed:inline(.))"/>
  </xsl:template>

  <xsl:template match="opener | closer" mode="text-blocks" as="xs:string*">
    <xsl:sequence select="string-join(* ! ed:text-line(ed:inline(.))[.], '&#10;')"/>
  </xsl:template>

  <xsl:template match="list" mode="text-blocks" as="xs:string*">
    <xsl:variable name="lines" select="head ! ed:text-line(ed:inline(.)),
      item ! ed:text-line(((preceding-sibling::*[1][self::label] ! (ed:inline(.), ' ')), @n ! (string(.), ' '), ed:inline(.)))"/>
    <xsl:sequence select="string-join($lines[.], '&#10;')"/>
  </xsl:template>

  <xsl:template match="sp" mode="text-blocks" as="xs:string*">
    <xsl:sequence select="ed:text-line((speaker ! (ed:inline(.), ' '), (* except speaker) ! (ed:inline(.), ' ')))"/>
  </xsl:template>

  <xsl:template match="pb | lb | milestone" mode="text-blocks"/>
  <xsl:template match="note[@place = 'foot']" mode="text-blocks"/>
  <xsl:template match="*" mode="text-blocks" as="xs:string*">
    <xsl:sequence select="ed:text-line(ed:inline(.))"/>
  </xsl:template>

  <xsl:function name="ed:inline" as="item()*">
    <xsl:param name="element" as="element()"/>
    <xsl:apply-templates select="$element/node()" mode="text"/>
  </xsl:function>

  <!-- Inline: text as it is, editorial forms as the source wrote them. -->
  <!-- Tried first: Saxon-JS tries a mode's rules one by one (see html/blocks.xsl). A string, not a
       new text node: the inline content is only ever joined into a line. -->
  <xsl:template match="text()" mode="text" priority="10"><xsl:sequence select="string(.)"/></xsl:template>
  <xsl:template match="lb" mode="text"><xsl:value-of select="$LB"/></xsl:template>

  <xsl:template match="supplied" mode="text">
    <xsl:variable name="brackets" select="string-join((1 to ed:bracket-depth(.)) ! '[')"/>
    <xsl:if test="ed:opens-bracket(.)"><xsl:value-of select="$brackets"/></xsl:if>
    <xsl:apply-templates mode="text"/>
    <xsl:if test="ed:closes-bracket(.)"><xsl:value-of select="translate($brackets, '[', ']')"/></xsl:if>
  </xsl:template>

  <xsl:template match="gap" mode="text"><xsl:value-of select="ed:gap-form(.)"/></xsl:template>

  <xsl:template match="sic" mode="text">
    <xsl:apply-templates mode="text"/>
    <xsl:value-of select="' ' || ed:marker(., 'sic')"/>
  </xsl:template>
  <xsl:template match="choice" mode="text">
    <xsl:apply-templates select="(sic, orig, abbr, *)[1]" mode="text"/>
  </xsl:template>

  <xsl:template match="unclear | *[@cert = 'low']" mode="text">
    <xsl:apply-templates mode="text"/>
    <xsl:value-of select="' ' || ed:marker(., 'uncertain')"/>
  </xsl:template>

  <xsl:template match="note[not(@place = 'foot')]" mode="text">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="text"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The footnote marker stays where it stood, in brackets as the notes at the end are numbered
       (KRAJEWSKI[1]: a bare number glued to a word would read as part of it), or in the form the
       source wrote it when the TEI keeps that (@rend). -->
  <xsl:template match="note[@place = 'foot'] | ptr[@type = 'footnote']" mode="text">
    <xsl:value-of select="(@rend[normalize-space()], '[' || (@n, ed:note-number(.))[1] || ']')[1]"/>
  </xsl:template>

  <xsl:template match="pb" mode="text"><xsl:value-of select="ed:page-form(.)"/></xsl:template>

  <!-- Nested blocks inside a paragraph (a list in a note, a quoted letter) start a new line. -->
  <xsl:template match="list | p | ab | fw" mode="text">
    <xsl:value-of select="$LB"/>
    <xsl:apply-templates select="." mode="text-blocks"/>
    <xsl:value-of select="$LB"/>
  </xsl:template>
  <xsl:template match="list/label" mode="text"/>
  <xsl:template match="figure | graphic | media" mode="text"/>
  <!-- Names, the commonest elements, give their text; matched early for the same reason as text(). -->
  <xsl:template match="persName[not(@cert = 'low')] | placeName[not(@cert = 'low')] | orgName[not(@cert = 'low')]"
    mode="text" priority="1"><xsl:apply-templates mode="text"/></xsl:template>
  <xsl:template match="*" mode="text"><xsl:apply-templates mode="text"/></xsl:template>
</xsl:stylesheet>
