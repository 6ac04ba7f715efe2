<?xml version="1.0" encoding="UTF-8"?>
<!-- Every lookup goes through a key: a search of the document per node is what makes XSLT slow. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">
  <!-- any element by xml:id (supplied chains, notes, respStmt) -->
  <xsl:key name="by-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- taxonomy categories by id (document kinds, classification) -->
  <xsl:key name="category" match="category" use="@xml:id"/>
</xsl:stylesheet>
