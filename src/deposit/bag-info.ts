/**
 * bag-info.txt fields (RFC 8493 §2.2.2) from the edition's configuration and the document's
 * Dublin Core. Payload-Oxum and Bag-Size are added by the bag writer, which knows the payload.
 */
import type { EditionConfig } from '../model/config.js';
import { dcValues, type DcField } from './dublin-core.js';
import type { TagFields } from './tag-file.js';

export interface BagContext {
  config: EditionConfig;
  /** Bagging-Date, ISO `YYYY-MM-DD`. */
  date: string;
  /** `tei-edition v0.1.0`. */
  agent: string;
}

/** Who sent the bag: the reserved labels of the RFC, plus the edition's publisher. */
function sender({ config }: BagContext): TagFields {
  const fields: [string, string | undefined][] = [
    ['Source-Organization', config.organization],
    ['Organization-Address', config.contact.address],
    ['Contact-Name', config.contact.name],
    ['Contact-Email', config.contact.email],
    ['Publisher', config.publisher],
  ];
  return fields.filter((f): f is [string, string] => Boolean(f[1]?.trim()));
}

function bagging(context: BagContext): TagFields {
  return [
    ['Bagging-Date', context.date],
    ['Bag-Software-Agent', context.agent],
  ];
}

/** One document's bag, one of `count` bags of the edition (the group). */
export function documentBagInfo(context: BagContext, id: string, fields: DcField[], index: number, count: number): TagFields {
  const description = dcValues(fields, 'description.abstract')[0] ?? dcValues(fields, 'title')[0] ?? id;
  return [
    ...sender(context),
    ['External-Identifier', id],
    ...dcValues(fields, 'identifier.uri').map((uri): [string, string] => ['External-Identifier', uri]),
    ['External-Description', description],
    ...bagging(context),
    ['Bag-Group-Identifier', context.config.baseUrl],
    ['Bag-Count', `${index + 1} of ${count}`],
  ];
}

/** The whole edition in one bag. */
export function collectionBagInfo(context: BagContext, documents: number, registers: number): TagFields {
  const { config } = context;
  return [
    ...sender(context),
    ['External-Identifier', config.baseUrl],
    ['External-Description', `${config.title}: ${documents} document${documents === 1 ? '' : 's'} (TEI, HTML, plain text, Dublin Core)${registers ? `, with the edition's registers` : ''}.`],
    ...bagging(context),
    ['Bag-Group-Identifier', config.baseUrl],
    ['Bag-Count', '1 of 1'],
  ];
}
