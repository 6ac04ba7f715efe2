<?xml version="1.0" encoding="UTF-8"?>
<!-- The metadata panel: what the teiHeader says of the document, one row per field. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:tei-edition:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:template match="teiHeader" mode="metadata">
    <xsl:variable name="tei" select="parent::TEI"/>
    <xsl:variable name="source" select="fileDesc/sourceDesc"/>
    <xsl:variable name="ms" select="$source/msDesc/msIdentifier"/>
    <xsl:variable name="date" select="ed:document-date($tei)"/>
    <section class="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">About this document</h2>
      <dl>
        <!-- Rows whose value is markup are written in place: passing it as a parameter built a
             temporary tree and copied it, which cost more than the whole panel otherwise. -->
        <xsl:if test="$date">
          <div class="metadata-row"><dt>Date</dt><dd><xsl:apply-templates select="$date" mode="html"/></dd></div>
        </xsl:if>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Drawn up'"/>
          <xsl:with-param name="value" select="profileDesc/creation/date[not(. is $date)] ! normalize-space(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Conversation or meeting'"/>
          <xsl:with-param name="value" select="string-join(profileDesc/settingDesc/setting ! normalize-space(.), '; ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Kind'"/>
          <xsl:with-param name="value" select="$ed:document-reference?kind"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Classification'"/>
          <xsl:with-param name="value" select="string-join(profileDesc/textClass/keywords[@scheme = '#classification']/term ! normalize-space(.), ', ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="value" select="string-join(fileDesc/titleStmt/author ! normalize-space(.), ', ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="value" select="string-join(($ms/repository, $ms/settlement) ! normalize-space(.)[.], ', ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Shelfmark'"/>
          <xsl:with-param name="value" select="ed:shelfmark($ms)"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Pages'"/>
          <xsl:with-param name="value" select="string-join($source/msDesc/msContents/msItem/locus ! normalize-space(.), ', ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Original language'"/>
          <xsl:with-param name="value" select="ed:original-language($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Translator'"/>
          <xsl:with-param name="value" select="ed:translator($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Funder'"/>
          <xsl:with-param name="value" select="string-join(fileDesc/titleStmt/funder ! normalize-space(.), '; ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="ed:row">
          <xsl:with-param name="label" select="'Summary'"/>
          <xsl:with-param name="value" select="string-join(profileDesc/abstract ! normalize-space(.), ' ')[.]"/>
        </xsl:call-template>
        <xsl:for-each select="($source/bibl/descendant::idno[@type = 'URI'])[1]">
          <div class="metadata-row">
            <dt>Source</dt>
            <dd>
              <xsl:call-template name="ed:external-link">
                <xsl:with-param name="url" select="string(.)"/>
              </xsl:call-template>
            </dd>
          </div>
        </xsl:for-each>
        <xsl:variable name="licences" select="fileDesc/publicationStmt/availability/licence[normalize-space() or @target]"/>
        <xsl:if test="$licences">
          <div class="metadata-row">
            <dt>Licence</dt>
            <dd>
              <xsl:for-each select="$licences">
                <xsl:call-template name="ed:external-link">
                  <xsl:with-param name="url" select="string(@target)"/>
                  <xsl:with-param name="label" select="(normalize-space(.)[.], string(@target))[1]"/>
                </xsl:call-template>
              </xsl:for-each>
            </dd>
          </div>
        </xsl:if>
        <div class="metadata-row">
          <dt>This edition</dt>
          <dd>
            <a href="{$tei-href}">TEI-XML</a>
            <xsl:text> · </xsl:text>
            <a href="{$text-href}">Plain text</a>
            <xsl:text> · </xsl:text>
            <a href="#how-to-cite">How to cite</a>
          </dd>
        </div>
      </dl>
    </section>
  </xsl:template>

  <!-- A row of text, only when there is something to say. -->
  <xsl:template name="ed:row">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string*"/>
    <xsl:if test="exists($value[normalize-space(.)])">
      <div class="metadata-row">
        <dt><xsl:value-of select="$label"/></dt>
        <dd><xsl:sequence select="$value"/></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A link when the URL is http(s); otherwise the URL is shown as inert text. -->
  <xsl:template name="ed:external-link">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="label" as="xs:string" select="normalize-space($url)"/>
    <xsl:variable name="safe" select="ed:http-url($url)"/>
    <xsl:choose>
      <xsl:when test="$safe"><a href="{$safe}" rel="external"><xsl:value-of select="$label"/></a></xsl:when>
      <xsl:otherwise><span class="inert-url"><xsl:value-of select="$label"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="ed:shelfmark" as="xs:string?">
    <xsl:param name="ms" as="element()?"/>
    <xsl:variable name="idnos" select="$ms/idno[normalize-space()]"/>
    <xsl:variable name="ordered" select="for $t in $shelfmark-parts return $idnos[@type = $t],
      $idnos[not(@type = $shelfmark-parts)]"/>
    <xsl:sequence select="string-join($ordered ! (
      if (@type = $shelfmark-parts) then $shelfmark-labels(string(@type)) || ' ' || normalize-space(.)
      else normalize-space(.)), ', ')[.]"/>
  </xsl:function>

  <xsl:function name="ed:translator" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="resp" select="($tei/teiHeader/fileDesc/titleStmt/respStmt[@xml:id = 'tr'],
      $tei/teiHeader/fileDesc/titleStmt/respStmt[matches(string-join(resp), 'translat', 'i')])[1]"/>
    <xsl:variable name="people" select="string-join($resp/(persName | name) ! normalize-space(.), ', ')"/>
    <xsl:variable name="orgs" select="string-join($resp/orgName ! normalize-space(.), ', ')"/>
    <xsl:sequence select="if (not($resp)) then ()
      else if ($people and $orgs) then $people || ' (' || $orgs || ')' else ($people[.], $orgs)[1]"/>
  </xsl:function>

  <xsl:function name="ed:original-language" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="textLang" select="($tei/teiHeader/fileDesc/sourceDesc/msDesc/msContents/msItem/textLang)[1]"/>
    <xsl:sequence select="($textLang ! normalize-space(.)[.], ed:language-name($tei, $textLang/@mainLang))[1]"/>
  </xsl:function>
</xsl:stylesheet>
