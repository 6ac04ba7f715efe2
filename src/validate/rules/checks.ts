/**
 * The checks behind the edition's rules (`tei/rules/edition-rules.json`), one function per kind,
 * each taking its parameters from the rule and returning findings: the element at fault and the
 * values its message needs.
 */
import { isCalendarDate } from '../../model/calendar.js';
import { elements, hasDescendant, textOf, type Element } from './tree.js';

export interface Finding {
  element: Element;
  values: Record<string, string | number>;
}

export type Check = (root: Element, params: Record<string, unknown>) => Finding[];

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function idsOf(root: Element): Map<string, Element> {
  const ids = new Map<string, Element>();
  for (const e of elements(root)) {
    const id = e.attributes.get('xml:id');
    if (id !== undefined && !ids.has(id)) ids.set(id, e);
  }
  return ids;
}

const ISO_DATE = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** ISO 8601 as TEI's dating attributes use it (xs:gYear, xs:gYearMonth, xs:date, xs:dateTime), with real calendar days. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  return month === undefined || isCalendarDate(Number(year), Number(month), day === undefined ? undefined : Number(day));
}

export const CHECKS: Record<string, Check> = {
  pointers(root, params) {
    const ids = idsOf(root);
    const findings: Finding[] = [];
    const pointerAttributes = list(params.pointerAttributes);
    const bareIdAttributes = list(params.bareIdAttributes);
    for (const element of elements(root)) {
      for (const attribute of pointerAttributes) {
        const value = element.attributes.get(attribute);
        if (value === undefined) continue;
        for (const token of value.split(/\s+/)) {
          if (token.startsWith('#') && !ids.has(token.slice(1))) findings.push({ element, values: { attribute, value, id: token.slice(1) } });
        }
      }
      for (const attribute of bareIdAttributes) {
        const value = element.attributes.get(attribute);
        if (value !== undefined && !ids.has(value)) findings.push({ element, values: { attribute, value, id: value } });
      }
    }
    return findings;
  },

  refKeyAgree(root, params) {
    const names = new Set(list(params.elements));
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      if (!names.has(element.name)) continue;
      const ref = element.attributes.get('ref');
      const key = element.attributes.get('key');
      if (ref === undefined || key === undefined || !ref.startsWith('#')) continue;
      if (ref.slice(1) !== key) findings.push({ element, values: { ref, key, expected: ref.slice(1) } });
    }
    return findings;
  },

  uniqueIds(root) {
    const first = new Map<string, Element>();
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      const id = element.attributes.get('xml:id');
      if (id === undefined) continue;
      const earlier = first.get(id);
      if (earlier) findings.push({ element, values: { value: id, firstLine: earlier.line } });
      else first.set(id, element);
    }
    return findings;
  },

  isoDates(root, params) {
    const attributes = list(params.attributes);
    const notDatingOn = (params.notDatingOn ?? {}) as Record<string, string[]>;
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      for (const attribute of attributes) {
        const value = element.attributes.get(attribute);
        if (value === undefined || notDatingOn[attribute]?.includes(element.name)) continue;
        if (!isIsoDate(value.trim())) findings.push({ element, values: { attribute, value } });
      }
    }
    return findings;
  },

  closedList(root, params) {
    const allowed = list(params.values);
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      if (element.name !== params.element) continue;
      const value = element.attributes.get(String(params.attribute));
      if (value !== undefined && !allowed.includes(value)) findings.push({ element, values: { value, allowed: allowed.join(', ') } });
    }
    return findings;
  },

  signedHasPersName(root, params) {
    const notTheSigner = new Set(list(params.notTheSigner));
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      if (element.name !== 'signed' || hasDescendant(element, 'persName')) continue;
      const signer = textOf(element, notTheSigner).replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(signer)) findings.push({ element, values: { signer } });
    }
    return findings;
  },

  notEmpty(root, params) {
    const names = new Set(list(params.elements));
    const exceptWith = list(params.exceptWith);
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      if (!names.has(element.name) || textOf(element).trim() !== '') continue;
      if (exceptWith.some((name) => hasDescendant(element, name))) continue;
      findings.push({ element, values: {} });
    }
    return findings;
  },

  contains(root, params) {
    const findings: Finding[] = [];
    for (const element of elements(root)) {
      if (element.name === params.element && !hasDescendant(element, String(params.descendant))) findings.push({ element, values: {} });
    }
    return findings;
  },
};
