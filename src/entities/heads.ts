/**
 * Head nouns: the last word of an organisation's or a place's proper name (`Political Consultative
 * Conference`, `Yalu River`). Folded forms. A head is a head only when capitalised in the text.
 */
export const ORG_HEADS = new Set([
  'council', 'committee', 'commission', 'ministry', 'party', 'organization', 'organisation', 'embassy', 'department', 'bureau', 'agency',
  'front', 'army', 'assembly', 'conference', 'congress', 'section', 'directorate', 'administration', 'headquarters', 'secretariat',
  'presidium', 'politburo', 'league', 'institute', 'academy', 'university', 'bank', 'company', 'corporation', 'association', 'society',
  'movement', 'fund', 'foundation', 'command', 'division', 'corps', 'navy', 'forces', 'tribunal', 'court', 'senate', 'parliament',
  'commissariat', 'brigade', 'regiment', 'fleet', 'flotilla', 'legation', 'consulate', 'cabinet', 'soviet', 'sovnarkom', 'comintern', 'cominform', 'office',
  'service', 'services', 'group', 'mission', 'federation', 'union', 'alliance', 'police', 'guard', 'militia', 'staff', 'inspectorate',
  'chamber', 'diet', 'board', 'authority', 'news', 'gazette', 'times', 'post', 'daily', 'herald', 'organizations', 'organisations',
  'majlis', 'sejm', 'duma', 'knesset', 'bundestag', 'volkskammer', 'khural', 'rada', 'cortes', 'storting', 'riksdag',
]);

/**
 * Heads that make a proper-named body only with a modifier of their own (`First Front`, `UN General
 * Assembly`), never alone: and a few that name a place rather than a body when they follow a place
 * (`Soviet Union` is a country; `Radio Station` is a facility).
 */
export const WEAK_ORG_HEADS = new Set(['office', 'service', 'services', 'group', 'mission', 'staff', 'board', 'authority', 'union', 'federation', 'news', 'times', 'post', 'daily', 'guard', 'chamber', 'diet', 'soviet', 'gazette', 'herald']);

export const PLACE_HEADS = new Set([
  'river', 'sea', 'ocean', 'lake', 'bay', 'gulf', 'strait', 'straits', 'island', 'islands', 'peninsula', 'mountains', 'mountain', 'mount',
  'palace', 'station', 'building', 'square', 'airport', 'airfield', 'canal', 'desert', 'province', 'oblast', 'krai', 'kray', 'region',
  'district', 'county', 'prefecture', 'valley', 'plateau', 'coast', 'harbor', 'harbour', 'port', 'kremlin', 'cathedral', 'castle',
  'bridge', 'dam', 'reservoir', 'plant', 'mine', 'swamp', 'marsh', 'forest', 'hills', 'heights', 'pass', 'plain', 'steppe', 'delta', 'archipelago', 'base', 'camp', 'prison', 'hotel', 'hall', 'street', 'avenue', 'stadium',
]);

/** Place heads that may also come first (`River Thames`, `Lake Baikal`, `Mount Fuji`). */
export const PLACE_HEADS_BEFORE = new Set([
  'river', 'lake', 'mount', 'gulf', 'isle', 'cape', 'port', 'bay', 'sea', 'strait', 'straits', 'island', 'islands', 'fort',
  // Spanish, Portuguese, French and Italian place words (`Playa Girón`, `Sierra Maestra`, `Puerto Cabezas`).
  'sierra', 'playa', 'san', 'santa', 'santo', 'sao', 'puerto', 'porto', 'ciudad', 'villa', 'rio', 'lago', 'monte', 'cabo', 'bahia', 'isla', 'ile', 'saint',
]);

/** Nouns before or after a bare place name that say it is a place (`the province of Hunan`, `Oriente province`). */
export const PLACE_CUES = new Set(['province', 'region', 'city', 'town', 'village', 'district', 'county', 'prefecture', 'oblast', 'krai', 'state', 'island', 'port', 'capital']);

/** Prepositions after which a known town of modest size is read as a place (`the nickel plant in Moa`). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'via', 'through', 'toward', 'towards', 'outside', 'around']);

/** Words that may join the words of an organisation's name (`Organization and Guidance Department`). */
export const ORG_JOINERS = new Set(['and', 'for', '&']);
