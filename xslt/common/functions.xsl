<?xml version="1.0" encoding="UTF-8"?>
<!-- Reading the TEI: the questions every output asks of a document, answered once. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:tei-edition:functions" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="ed:title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="normalize-space(($tei/teiHeader/fileDesc/titleStmt/title[@type = 'main'],
      $tei/teiHeader/fileDesc/titleStmt/title, $id)[1])"/>
  </xsl:function>

  <!-- A URL from the TEI is only ever a link when it is http(s): `javascript:` and the like stay text. -->
  <xsl:function name="ed:http-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:sequence select="$u[matches(., '^https?://[^\s&lt;&gt;&quot;]+$', 'i')]"/>
  </xsl:function>

  <xsl:function name="ed:entity-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="local-name($entry)"/>
  </xsl:function>

  <!-- The register's standard name: the first name that is not a variant. -->
  <xsl:function name="ed:standard-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(persName | placeName | orgName | name)"/>
    <xsl:sequence select="normalize-space(($names[not(@type = 'variant')], $names)[1])"/>
  </xsl:function>

  <xsl:function name="ed:variants" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="ed:standard-name($entry)"/>
    <xsl:sequence select="distinct-values($entry/(persName | placeName | orgName | name)[@type = 'variant']
      ! normalize-space(.))[. ne $name]"/>
  </xsl:function>

  <!-- Role: occupation or roleName of a person, the type of a place or an organisation. -->
  <xsl:function name="ed:role" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="roles" select="distinct-values($entry/(occupation | roleName | desc) ! normalize-space(.))[.]"/>
    <xsl:sequence select="if (exists($roles)) then string-join($roles, '; ') else $entry/@type ! string(.)"/>
  </xsl:function>

  <!-- Authority links of an entry: label, value and an http(s) URL (or no URL). -->
  <xsl:function name="ed:authorities" as="map(*)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/idno[normalize-space()]">
      <xsl:variable name="type" select="lower-case(normalize-space(@type))"/>
      <xsl:variable name="known" select="$authority-urls($type)"/>
      <xsl:variable name="value" select="normalize-space(.)"/>
      <xsl:variable name="url" select="(ed:http-url($value),
        if (exists($known) and matches($value, '^[A-Za-z0-9._-]+$')) then $known?prefix || $value else ())[1]"/>
      <xsl:sequence select="map { 'type': $type, 'label': ($known?label, string(@type), 'id')[1],
        'value': $value, 'url': string($url) }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- What the page and the summary say of each register entry of the document, in document order,
       worked out once per document (name links, entity cards and the summary all draw on it). -->
  <xsl:variable name="ed:entries" as="map(*)*" select="/TEI/standOff/descendant::*[@xml:id][self::person or self::place or self::org] ! ed:entry(.)"/>

  <xsl:function name="ed:entry" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="map {
      'element': $entry,
      'id': string($entry/@xml:id),
      'kind': ed:entity-kind($entry),
      'name': ed:standard-name($entry),
      'variants': ed:variants($entry),
      'role': ed:role($entry),
      'authorities': ed:authorities($entry),
      'geo': ed:geo($entry)
    }"/>
  </xsl:function>

  <!-- Coordinates of a place (`geo` "lat long"), when the register gives them. -->
  <xsl:function name="ed:geo" as="xs:double*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="parts" select="tokenize(normalize-space($entry/descendant::geo[1]), '[\s,]+')"/>
    <xsl:sequence select="if (count($parts) eq 2 and (every $p in $parts satisfies $p castable as xs:double))
      then $parts ! xs:double(.) else ()"/>
  </xsl:function>

  <!-- Blocks are what a reader can be sent to: a name's occurrence is the block it stands in. -->
  <xsl:function name="ed:block" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[self::p or self::head or self::opener or self::closer
      or self::item or self::sp or self::note[@place = 'foot'] or self::stamp or self::fw or self::ab
      or self::dateline or self::postscript or self::label][1]"/>
  </xsl:function>

  <!-- Ids come from the TEI (xml:id, or element name and position), never generate-id(). Positions
       are counted once per document, for the elements that are ever numbered, into one map keyed by
       generate-id() (which never reaches the output): a count of preceding:: per node is slow, and
       an accumulator kept a copy of its map on every element of the text. -->
  <xsl:variable name="ed:numbered" as="xs:string*" select="('p', 'head', 'opener', 'closer', 'item', 'sp',
    'note', 'stamp', 'fw', 'ab', 'dateline', 'postscript', 'label', 'pb', 'ptr')"/>
  <xsl:variable name="ed:positions" as="map(xs:string, xs:integer)" select="map:merge(
    let $numbered := /descendant::text/descendant::*[local-name() = $ed:numbered]
    return for $name in distinct-values($numbered ! local-name())
    return let $named := $numbered[local-name() = $name]
    return for $i in 1 to count($named) return map { generate-id($named[$i]): $i })"/>

  <xsl:function name="ed:position" as="xs:integer">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$ed:positions(generate-id($element))"/>
  </xsl:function>

  <xsl:function name="ed:block-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if ($block/@xml:id) then 'b-' || $block/@xml:id else local-name($block) || ed:position($block)"/>
  </xsl:function>

  <!-- How the index pages name a block; the numbered kinds take their position. -->
  <xsl:variable name="ed:block-labels" as="map(xs:string, xs:string)" select="map {
    'p': 'paragraph #', 'head': 'heading', 'opener': 'opening', 'closer': 'closing',
    'item': 'list item #', 'sp': 'speech #', 'note': 'note #', 'stamp': 'stamp', 'fw': 'letterhead',
    'ab': 'block #', 'dateline': 'dateline', 'postscript': 'postscript', 'label': 'label' }"/>

  <xsl:function name="ed:block-label" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="label" select="$ed:block-labels(local-name($block))"/>
    <xsl:sequence select="if (ends-with($label, '#'))
      then substring($label, 1, string-length($label) - 1) || ($block/self::note/@n, ed:position($block))[1]
      else $label"/>
  </xsl:function>

  <!-- The document as readers date it: the archive's date, else the date it was drawn up. -->
  <xsl:function name="ed:document-date" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/sourceDesc/bibl/date[@when],
      $tei/teiHeader/profileDesc/creation/date[@when], $tei/teiHeader/fileDesc/sourceDesc/bibl/date)[1]"/>
  </xsl:function>

  <!-- The document kind: the category the header points to (its id), else the div's subtype. -->
  <xsl:function name="ed:kind-id" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="kinds" select="$tei/teiHeader/profileDesc/textClass/catRef[not(@scheme = '#classification')]/@target"/>
    <xsl:sequence select="(($kinds ! tokenize(.)) ! substring-after(., '#'), $tei/text/body/div/@subtype ! string(.))[1]"/>
  </xsl:function>

  <!-- The kind as a plain name (`telegram`, not the category id `kind-telegram`), for filters. -->
  <xsl:function name="ed:kind" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="ed:kind-id($tei) ! replace(., '^kind-', '')"/>
  </xsl:function>

  <xsl:function name="ed:kind-label" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="id" select="ed:kind-id($tei)"/>
    <xsl:variable name="kind" select="ed:kind($tei)"/>
    <xsl:sequence select="if (empty($id)) then () else (
      key('category', $id, root($tei))/catDesc ! normalize-space(.),
      $kind-labels($kind), upper-case(substring($kind, 1, 1)) || replace(substring($kind, 2), '-', ' '))[1]"/>
  </xsl:function>

  <!-- Who supplied a bracket and why, in words: "supplied by the translator (completion …)". -->
  <xsl:function name="ed:responsibility" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="resp" select="tokenize($node/@resp) ! substring-after(., '#')"/>
    <!-- The conventional labels first: the by-id key (an index of the whole document) only when needed. -->
    <xsl:variable name="who" select="for $r in $resp return if (map:contains($resp-labels, $r)) then $resp-labels($r)
      else (key('by-id', $r, root($node))/(name, persName, orgName)[1] ! normalize-space(.), $r)[1]"/>
    <xsl:variable name="why" select="($node/@reason, $node/@type)[1] ! (($reason-labels(string(.)), replace(., '-', ' '))[1])"/>
    <xsl:sequence select="string-join((
      'Supplied' || (if (exists($who)) then ' by ' || string-join($who, ' and ') else ''),
      $why ! ('(' || . || ')')), ' ')"/>
  </xsl:function>

  <!-- A supplied text printed in one pair of brackets even when @next/@prev split it. -->
  <xsl:function name="ed:opens-bracket" as="xs:boolean">
    <xsl:param name="supplied" as="element()"/>
    <xsl:sequence select="not($supplied/@prev) or empty(key('by-id', substring-after($supplied/@prev, '#'), root($supplied)))"/>
  </xsl:function>
  <xsl:function name="ed:closes-bracket" as="xs:boolean">
    <xsl:param name="supplied" as="element()"/>
    <xsl:sequence select="not($supplied/@next) or empty(key('by-id', substring-after($supplied/@next, '#'), root($supplied)))"/>
  </xsl:function>

  <!-- How many brackets: 2 for the nested form [[N. P. Varnov?]] (@rend="double-brackets"). -->
  <xsl:function name="ed:bracket-depth" as="xs:integer">
    <xsl:param name="supplied" as="element()"/>
    <xsl:sequence select="if ($supplied/@rend = ('double-brackets', 'double-bracket', 'double')) then 2 else 1"/>
  </xsl:function>

  <!-- The text of a gap as it stood in the source: @rend keeps it ([Signature], […], …); else from
       its description or reason. -->
  <xsl:function name="ed:gap-form" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="if (normalize-space($gap/@rend)) then string($gap/@rend)
      else if (normalize-space($gap/desc)) then '[' || normalize-space($gap/desc) || ']'
      else ($gap-forms(string($gap/@reason)), '[…]')[1]"/>
  </xsl:function>

  <!-- The marker of sic or of an uncertain reading as the source wrote it (@rend), else the convention. -->
  <xsl:function name="ed:marker" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="($element/@rend[matches(., '^\[.*\]$')] ! string(.), $markers($kind))[1]"/>
  </xsl:function>

  <!-- A page marker as the source wrote it, (p. 2). -->
  <xsl:function name="ed:page-form" as="xs:string">
    <xsl:param name="pb" as="element()"/>
    <xsl:sequence select="($pb/@rend[normalize-space()] ! string(.), '(p. ' || ($pb/@n, ed:position($pb))[1] || ')')[1]"/>
  </xsl:function>

  <!-- Footnote number: @n, else its position among the document's footnotes. -->
  <xsl:function name="ed:note-number" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="($note/@n ! normalize-space(.)[.], string(ed:position($note)))[1]"/>
  </xsl:function>
  <xsl:function name="ed:note-id" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="'fn-' || ($note/@xml:id, ed:position($note))[1]"/>
  </xsl:function>

  <!-- Permanent URL of the page: the TEI's edition URI, else the configured base URL. -->
  <xsl:function name="ed:permanent-url" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(ed:http-url($tei/teiHeader/fileDesc/publicationStmt/idno[@type = 'URI'][1]),
      $base-url || '/html/' || $id || '.html')[1]"/>
  </xsl:function>

  <xsl:function name="ed:language-name" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="code" as="xs:string?"/>
    <xsl:sequence select="if (empty($code)) then () else (
      $tei/teiHeader/profileDesc/langUsage/language[@ident = $code] ! normalize-space(.)[.],
      $language-names($code), $code)[1]"/>
  </xsl:function>
</xsl:stylesheet>
