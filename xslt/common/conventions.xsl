<?xml version="1.0" encoding="UTF-8"?>
<!-- The edition's conventions as data: labels, bracket forms and authority URLs, one table each. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- Who supplied bracketed text (@resp pointers to the header's respStmt ids). -->
  <xsl:variable name="resp-labels" as="map(xs:string, xs:string)" select="map {
    'tr': 'the translator', 'ed': 'the editor' }"/>

  <!-- Why (supplied/@reason, gap/@reason, note/@type of editorial remarks). -->
  <xsl:variable name="reason-labels" as="map(xs:string, xs:string)" select="map {
    'completion': 'completion of a name or word',
    'clarification': 'clarification',
    'summary': 'summary of omitted text',
    'omitted': 'text omitted',
    'signature': 'signature',
    'illegible': 'illegible',
    'not-filled-in': 'left blank in the original',
    'handwritten': 'handwritten in the original',
    'stamp': 'stamp',
    'comment': 'editorial comment',
    'editorial': 'editorial comment' }"/>

  <!-- How a gap without a description reads in the text (the source's own form). -->
  <xsl:variable name="gap-forms" as="map(xs:string, xs:string)" select="map {
    'omitted': '[…]', 'signature': '[signature]', 'illegible': '[illegible]' }"/>

  <!-- Markers printed after a word when the TEI has only the element. -->
  <xsl:variable name="markers" as="map(xs:string, xs:string)" select="map {
    'sic': '[sic]', 'uncertain': '[?]' }"/>

  <!-- Document kinds (div/@subtype, catRef targets) as readers name them. -->
  <xsl:variable name="kind-labels" as="map(xs:string, xs:string)" select="map {
    'record-of-conversation': 'Record of conversation',
    'diary-entry': 'Diary entry',
    'telegram': 'Telegram',
    'cable': 'Cable',
    'letter': 'Letter',
    'memorandum': 'Memorandum',
    'report': 'Report',
    'minutes': 'Minutes',
    'transcript': 'Transcript',
    'note': 'Note',
    'document': 'Document' }"/>

  <!-- Entity kinds: the index page each belongs to. -->
  <xsl:variable name="entity-pages" as="map(xs:string, xs:string)" select="map {
    'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html' }"/>

  <!-- Authority ids (idno/@type) to URLs; an idno that is itself an http(s) URL is used as it is. -->
  <xsl:variable name="authority-urls" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'wikidata': map { 'label': 'Wikidata', 'prefix': 'https://www.wikidata.org/wiki/' },
    'viaf': map { 'label': 'VIAF', 'prefix': 'https://viaf.org/viaf/' },
    'geonames': map { 'label': 'GeoNames', 'prefix': 'https://www.geonames.org/' },
    'gnd': map { 'label': 'GND', 'prefix': 'https://d-nb.info/gnd/' },
    'loc': map { 'label': 'Library of Congress', 'prefix': 'https://id.loc.gov/authorities/names/' } }"/>

  <!-- Archive identifiers in the shelfmark, in this order, with their labels. -->
  <xsl:variable name="shelfmark-parts" as="xs:string*" select="('collection', 'fond', 'opis', 'folder', 'delo', 'file', 'list', 'shelfmark', 'signature')"/>
  <xsl:variable name="shelfmark-labels" as="map(xs:string, xs:string)" select="map {
    'collection': 'Collection', 'fond': 'Fond', 'opis': 'Opis', 'folder': 'Folder', 'delo': 'Delo',
    'file': 'File', 'list': 'List', 'shelfmark': 'Shelfmark', 'signature': 'Signature' }"/>

  <!-- Languages by ISO 639-1 code, for langUsage entries that carry only the code. -->
  <xsl:variable name="language-names" as="map(xs:string, xs:string)" select="map {
    'en': 'English', 'ru': 'Russian', 'zh': 'Chinese', 'ko': 'Korean', 'pl': 'Polish', 'de': 'German',
    'fr': 'French', 'es': 'Spanish', 'fa': 'Persian', 'cs': 'Czech', 'hu': 'Hungarian',
    'ro': 'Romanian', 'bg': 'Bulgarian', 'ja': 'Japanese', 'vi': 'Vietnamese', 'ar': 'Arabic' }"/>
</xsl:stylesheet>
