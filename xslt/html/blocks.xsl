<?xml version="1.0" encoding="UTF-8"?>
<!-- The text laid out as a document: one template per TEI block element. Every block a name can
     stand in gets an id from the TEI (ed:block-id), the target of the index pages' links. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="text | body | front | back" mode="html">
    <xsl:apply-templates mode="html"/>
  </xsl:template>

  <xsl:template match="div" mode="html">
    <div class="{string-join(('div', @type, @subtype), ' ')}">
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <xsl:template match="opener" mode="html">
    <div class="opener" id="{ed:block-id(.)}">
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <!-- Each line of the opener (provenance, marking, copy, registry number, routing, salute). -->
  <xsl:template match="opener/* | closer/*" mode="html">
    <p class="{string-join(('line', local-name(), @type), ' ')}">
      <xsl:apply-templates mode="html"/>
    </p>
  </xsl:template>

  <xsl:template match="head" mode="html">
    <h3 class="head" id="{ed:block-id(.)}"><xsl:apply-templates mode="html"/></h3>
  </xsl:template>

  <xsl:template match="list/head" mode="html">
    <p class="list-head"><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="dateline" mode="html" priority="2">
    <p class="dateline" id="{ed:block-id(.)}"><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="p | ab" mode="html">
    <p class="{local-name()}" id="{ed:block-id(.)}"><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <!-- A paragraph that is wholly supplied (a summary of omitted text) reads as an editorial block. -->
  <xsl:template match="p[count(*) eq 1 and supplied and not(text()[normalize-space()])]" mode="html" priority="2">
    <p class="p summary" id="{ed:block-id(.)}"><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="list" mode="html">
    <xsl:apply-templates select="head" mode="html"/>
    <ul class="{string-join(('list', @type), ' ')}">
      <xsl:apply-templates select="item" mode="html"/>
    </ul>
  </xsl:template>

  <!-- Labels are kept as written (`1)`, `A.`, `1 -`), so the list is not renumbered by the browser. -->
  <xsl:template match="item" mode="html">
    <xsl:variable name="label" select="(preceding-sibling::*[1][self::label], @n)[1]"/>
    <li id="{ed:block-id(.)}">
      <xsl:if test="$label">
        <span class="label"><xsl:apply-templates select="$label/node()" mode="html"/><xsl:value-of select="$label[self::attribute()]"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates mode="html"/>
    </li>
  </xsl:template>
  <xsl:template match="list/label" mode="html"/>

  <xsl:template match="sp" mode="html">
    <div class="sp" id="{ed:block-id(.)}">
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>
  <xsl:template match="speaker" mode="html">
    <p class="speaker"><xsl:apply-templates mode="html"/></p>
  </xsl:template>
  <xsl:template match="sp/p" mode="html" priority="2">
    <p class="speech"><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="closer" mode="html">
    <div class="closer" id="{ed:block-id(.)}">
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <xsl:template match="postscript" mode="html">
    <div class="postscript" id="{ed:block-id(.)}">
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <xsl:template match="fw" mode="html">
    <div class="fw" id="{ed:block-id(.)}"><xsl:apply-templates mode="html"/></div>
  </xsl:template>

  <xsl:template match="stamp" mode="html">
    <span class="stamp" id="{ed:block-id(.)}" title="Stamp"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <xsl:template match="lb" mode="html"><br/></xsl:template>

  <!-- A page of the original begins: shown as the source marks it, (p. 2). -->
  <xsl:template match="pb" mode="html">
    <span class="pb" id="page-{encode-for-uri(normalize-space((@n, ed:position(.))[1]))}" title="Page of the original">
      <xsl:value-of select="ed:page-form(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="roleName | signed/orgName[not(@ref)]" mode="html">
    <span class="role"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <!-- <time> only with a machine-readable date; otherwise the words stay a plain date span. -->
  <xsl:template match="date | time" mode="html">
    <xsl:choose>
      <xsl:when test="@when castable as xs:date or @when castable as xs:gYearMonth or @when castable as xs:gYear">
        <time datetime="{@when}"><xsl:apply-templates mode="html"/></time>
      </xsl:when>
      <xsl:otherwise><span class="date"><xsl:apply-templates mode="html"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="hi" mode="html">
    <span class="{string-join(('hi', tokenize(@rend) ! replace(., '[^A-Za-z0-9_-]', '')), ' ')}"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <xsl:template match="seg | rs | term | idno | num | name | measure | title" mode="html">
    <span class="{local-name()}"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <xsl:template match="foreign" mode="html">
    <i class="foreign">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="html"/>
    </i>
  </xsl:template>

  <xsl:template match="q | quote | said" mode="html">
    <span class="q"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <xsl:template match="figure | graphic | media" mode="html"/>

  <!-- Quotation marks are in the text itself, so q is not used (browsers would add a second pair). -->

  <!-- Text as it is. The rule is explicit and tried first because Saxon-JS tries a mode's rules one by
       one: left to the built-in rule, every text node was tested against every pattern above. -->
  <xsl:template match="text()" mode="html" priority="10"><xsl:value-of select="."/></xsl:template>

  <!-- Anything else: its text, never its markup. -->
  <xsl:template match="*" mode="html">
    <xsl:apply-templates mode="html"/>
  </xsl:template>
</xsl:stylesheet>
