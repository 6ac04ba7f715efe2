<?xml version="1.0" encoding="UTF-8"?>
<!--
  THE teiHeader → Dublin Core mapping of tei-edition, written once. Every Dublin Core the edition
  emits comes from here: the DC record of each document and the DSpace dublin_core.xml of the
  deposit packages (xslt/dublin-core.xsl), and the DC <meta> tags of the HTML pages (xslt/html/…).
  The mapping is documented, field by field, in docs/deposit.md.

  Import it:  <xsl:import href="common/dublin-core.xsl"/>   (namespace below)
              xmlns:dcmap="urn:x-tei-edition:dublin-core"

  dcmap:fields($tei as node()) as element()*
    $tei: the TEI document node or its TEI element. Returns one element per value, in no namespace,
    in DSpace's own form (the neutral form: element, qualifier, language):
      <dcvalue element="title" qualifier="none" language="en">Record of …</dcvalue>
      <dcvalue element="contributor" qualifier="translator">Svetlana Savranskaya</dcvalue>
    Values are whitespace-normalised; empty values are left out; repeated values are given once.

  <xsl:call-template name="dcmap:html-meta">  (param tei as node(), default: the context item)
    Writes the DC-HTML tags for a page's <head>, in no namespace (HTML5 output):
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
      <link rel="schema.DCTERMS" href="http://purl.org/dc/terms/"/>
      <meta name="DC.title" content="…" lang="en"/>  <meta name="DCTERMS.abstract" content="…"/> …

  dcmap:html-name($field as element()) as xs:string   e.g. 'DC.title', 'DCTERMS.created'

  Every path uses the tei: prefix: Saxon-JS 2.7 evaluates an imported module with the main
  stylesheet's default namespace (docs/STACK.md), so unprefixed names would silently match nothing.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:dcmap="urn:x-tei-edition:dublin-core"
  exclude-result-prefixes="#all">

  <!-- DSpace field (element.qualifier) → DC-HTML meta name: qualified DSpace fields are DCMI terms. -->
  <xsl:variable name="dcmap:html-names" as="map(xs:string, xs:string)" select="map {
    'title.none': 'DC.title',
    'creator.none': 'DC.creator',
    'contributor.translator': 'DC.contributor',
    'contributor.editor': 'DC.contributor',
    'date.created': 'DCTERMS.created',
    'date.issued': 'DCTERMS.issued',
    'language.iso': 'DC.language',
    'description.abstract': 'DCTERMS.abstract',
    'description.sponsorship': 'DC.description',
    'subject.none': 'DC.subject',
    'coverage.spatial': 'DCTERMS.spatial',
    'coverage.temporal': 'DCTERMS.temporal',
    'identifier.uri': 'DC.identifier',
    'identifier.other': 'DC.identifier',
    'source.none': 'DC.source',
    'source.uri': 'DC.source',
    'publisher.none': 'DC.publisher',
    'rights.none': 'DC.rights',
    'rights.uri': 'DCTERMS.license',
    'type.none': 'DC.type',
    'relation.ispartof': 'DCTERMS.isPartOf'
  }"/>

  <xsl:function name="dcmap:fields" as="element()*">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="TEI" select="$tei/descendant-or-self::tei:TEI[1]"/>
    <xsl:variable name="file" select="$TEI/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="profile" select="$TEI/tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="publication" select="$file/tei:publicationStmt"/>
    <xsl:variable name="source" select="$file/tei:sourceDesc"/>
    <xsl:variable name="lang" select="string(($TEI/tei:text/@xml:lang, $TEI/@xml:lang)[1])"/>
    <xsl:variable name="kinds" select="$profile/tei:textClass/tei:catRef/tokenize(@target)[starts-with(., '#')] ! substring(., 2)"/>

    <xsl:sequence select="
      dcmap:value('title', 'none', ($file/tei:titleStmt/tei:title[@type = 'main'], $file/tei:titleStmt/tei:title)[1], $lang),
      dcmap:value('creator', 'none', $file/tei:titleStmt/tei:author, ''),
      dcmap:value('contributor', 'translator', $file/tei:titleStmt/tei:respStmt[dcmap:is-translation(.)]/dcmap:responsible(.), ''),
      dcmap:value('contributor', 'editor', $file/tei:titleStmt/tei:editor, ''),
      dcmap:value('date', 'created', dcmap:date(($profile/tei:creation/tei:date, $source/tei:bibl/tei:date)[1]), ''),
      dcmap:value('date', 'issued', dcmap:date($publication/tei:date[1]), ''),
      dcmap:value('coverage', 'temporal', $profile/tei:settingDesc/tei:setting/tei:date ! dcmap:date(.), ''),
      dcmap:value('language', 'iso', $lang, ''),
      dcmap:value('description', 'abstract', $profile/tei:abstract, $lang),
      dcmap:value('description', 'sponsorship', $file/tei:titleStmt/tei:funder, $lang),
      dcmap:value('subject', 'none', (
        $profile/tei:textClass/tei:keywords[not(@scheme = '#classification')]/tei:term,
        $TEI/tei:standOff/descendant::tei:person/dcmap:standard-name(tei:persName),
        $TEI/tei:standOff/descendant::tei:org/dcmap:standard-name(tei:orgName)), ''),
      dcmap:value('coverage', 'spatial', $TEI/tei:standOff/descendant::tei:place/dcmap:standard-name(tei:placeName), ''),
      dcmap:value('identifier', 'uri', ($publication/tei:idno[@type = 'URI'], $publication/tei:idno)[1], ''),
      dcmap:value('identifier', 'other', $TEI/@xml:id, ''),
      dcmap:value('source', 'none', dcmap:citation($source), $lang),
      dcmap:value('source', 'uri', ($source/tei:bibl/descendant::tei:idno[@type = 'URI'])[1], ''),
      dcmap:value('publisher', 'none', $publication/tei:publisher, ''),
      dcmap:value('rights', 'none', $publication/tei:availability/tei:licence, $lang),
      dcmap:value('rights', 'uri', $publication/tei:availability/tei:licence/@target, ''),
      dcmap:value('type', 'none', ('Text', $TEI/tei:teiHeader/tei:encodingDesc/tei:classDecl/descendant::tei:category[@xml:id = $kinds]/tei:catDesc[1]), ''),
      dcmap:value('relation', 'ispartof', $file/tei:seriesStmt/tei:title[1], '')
    "/>
  </xsl:function>

  <!-- One dcvalue per distinct, non-empty, whitespace-normalised value. -->
  <xsl:function name="dcmap:value" as="element()*">
    <xsl:param name="element" as="xs:string"/>
    <xsl:param name="qualifier" as="xs:string"/>
    <xsl:param name="values" as="item()*"/>
    <xsl:param name="language" as="xs:string"/>
    <xsl:for-each select="distinct-values($values ! normalize-space(string(.)))[. != '']">
      <dcvalue element="{$element}" qualifier="{$qualifier}">
        <xsl:if test="$language != ''">
          <xsl:attribute name="language" select="$language"/>
        </xsl:if>
        <xsl:value-of select="."/>
      </dcvalue>
    </xsl:for-each>
  </xsl:function>

  <!-- ISO @when when the encoder could normalise the date, else the date as written. -->
  <xsl:function name="dcmap:date" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="($date/@when, $date)[normalize-space(.) != ''][1] ! normalize-space(.)"/>
  </xsl:function>

  <xsl:function name="dcmap:is-translation" as="xs:boolean">
    <xsl:param name="resp-stmt" as="element(tei:respStmt)"/>
    <xsl:sequence select="$resp-stmt/@xml:id = 'tr' or matches(string-join($resp-stmt/tei:resp), 'translat', 'i')"/>
  </xsl:function>

  <!-- The people responsible; the organisation only when no person is named. -->
  <xsl:function name="dcmap:responsible" as="element()*">
    <xsl:param name="resp-stmt" as="element(tei:respStmt)"/>
    <xsl:sequence select="($resp-stmt/tei:persName, $resp-stmt/tei:orgName[empty($resp-stmt/tei:persName)])"/>
  </xsl:function>

  <!-- A register entry's standard name: the first name that is not a variant seen in the text. -->
  <xsl:function name="dcmap:standard-name" as="element()?">
    <xsl:param name="names" as="element()*"/>
    <xsl:sequence select="($names[not(@type = 'variant')], $names)[1]"/>
  </xsl:function>

  <!--
    The source as a person would cite it: the citation as written (a note[@type='citation'] in the
    bibl, or the bibl itself when it keeps its words as mixed content), else the manuscript's
    repository, settlement and idnos, else the bibl's parts, joined by commas.
  -->
  <xsl:function name="dcmap:citation" as="xs:string?">
    <xsl:param name="source" as="element(tei:sourceDesc)?"/>
    <xsl:variable name="bibl" select="($source/tei:bibl[@type = 'citation'], $source/tei:bibl)[1]"/>
    <xsl:variable name="ms" select="$source/tei:msDesc/tei:msIdentifier"/>
    <xsl:sequence select="
      if ($bibl/tei:note[@type = 'citation']) then normalize-space($bibl/tei:note[@type = 'citation'][1])
      else if ($bibl/text()[normalize-space(.) != '']) then normalize-space($bibl)
      else if ($ms) then string-join(($ms/tei:repository, $ms/tei:settlement, $ms/tei:idno ! (@type || ' ' || .)) ! normalize-space(.), ', ')
      else if ($bibl) then string-join($bibl/* ! normalize-space(.)[. != ''], ', ')
      else ()"/>
  </xsl:function>

  <xsl:function name="dcmap:html-name" as="xs:string">
    <xsl:param name="field" as="element()"/>
    <xsl:sequence select="($dcmap:html-names($field/@element || '.' || $field/@qualifier), 'DC.' || $field/@element)[1]"/>
  </xsl:function>

  <xsl:template name="dcmap:html-meta">
    <xsl:param name="tei" as="node()" select="."/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <link rel="schema.DCTERMS" href="http://purl.org/dc/terms/"/>
    <xsl:for-each select="dcmap:fields($tei)">
      <meta name="{dcmap:html-name(.)}" content="{.}">
        <xsl:if test="@language">
          <xsl:attribute name="lang" select="@language"/>
        </xsl:if>
      </meta>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
