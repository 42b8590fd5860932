// Word lists the actor recogniser leans on. All entries are folded (lowercase, no accents).

/** Words that stand before a person's name as a title: "President", "Deputy Foreign Minister", "opposition leader". */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'finance', 'oil',
  'secretary', 'state', 'senator', 'sen', 'rep', 'representative', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'adm', 'admiral', 'commander', 'ambassador', 'envoy', 'special', 'spokesman', 'spokeswoman',
  'spokesperson', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'king', 'queen', 'prince', 'pope', 'cardinal',
  'archbishop', 'bishop', 'judge', 'justice', 'chief', 'governor', 'gov', 'mayor', 'lawmaker', 'congressman',
  'congresswoman', 'opposition', 'leader', 'interim', 'acting', 'self', 'proclaimed', 'former', 'ex', 'then', 'head',
  'chairman', 'chairwoman', 'director', 'attorney', 'adviser', 'advisor', 'national', 'security', 'top', 'senior',
  'official', 'diplomat', 'lawyer', 'economist', 'analyst', 'activist', 'assembly', 'speaker', 'affairs', 'army',
  'house', 'senate', 'parliament', 'parliamentary', 'chairperson', 'commissioner', 'high', 'coordinator', 'ordinator',
]);

/** Nouns that make a definite description point at a person: "the diplomat", "the Russian vice chancellor". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'minister', 'chancellor', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'president',
  'leader', 'official', 'envoy', 'ambassador', 'secretary', 'senator', 'lawmaker', 'legislator', 'general', 'commander',
  'chief', 'adviser', 'advisor', 'premier', 'governor', 'mayor', 'judge', 'prosecutor', 'negotiator', 'emissary',
  'politician', 'activist', 'officer', 'colonel', 'director', 'chairman', 'chairwoman', 'king', 'queen', 'pope',
  'analyst', 'economist', 'lawyer', 'head', 'strongman', 'socialist', 'commissioner', 'rapporteur', 'mediator', 'rival',
  'challenger', 'opponent', 'candidate',
]);

/** What else a role noun may be called in someone's description ("vice chancellor" is a translation of deputy foreign minister). */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['chancellor', ['chancellor', 'foreign minister', 'foreign affairs']],
  ['diplomat', ['diplomat', 'foreign minister', 'foreign ministry', 'foreign affairs', 'ambassador', 'envoy', 'representative', 'state department', 'secretary of state']],
  ['spokesman', ['spokes', 'representative', 'press secretary']],
  ['spokeswoman', ['spokes', 'representative', 'press secretary']],
  ['spokesperson', ['spokes', 'representative', 'press secretary']],
  ['envoy', ['envoy', 'representative', 'ambassador']],
  ['leader', ['leader', 'president', 'head', 'chief']],
  ['president', ['president']],
  ['general', ['general', 'defense minister', 'defence minister', 'commander', 'armed forces']],
  ['strongman', ['president', 'leader']],
  ['socialist', ['president', 'socialist']],
]);

/** Words that end organisation names. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'council', 'party', 'assembly', 'court', 'tribunal', 'bank', 'union', 'agency', 'organization',
  'organisation', 'company', 'corporation', 'corp', 'inc', 'association', 'army', 'forces', 'force', 'navy', 'committee',
  'commission', 'parliament', 'congress', 'senate', 'university', 'institute', 'foundation', 'fund', 'office',
  'department', 'guard', 'police', 'service', 'news', 'press', 'times', 'post', 'network', 'bureau', 'authority', 'board',
  'federation', 'church', 'embassy', 'administration', 'government', 'cabinet', 'nations', 'states', 'reuters',
  'secretariat', 'command', 'pdvsa', 'airlines', 'petroleos', 'commons', 'lords', 'representatives', 'duma', 'knesset',
  'bundestag', 'rada', 'majlis', 'junta', 'club', 'league', 'watch', 'directorate',
]);

/** Words that end names of groups of states or movements. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'coalition', 'alliance', 'bloc', 'movement', 'front', 'cartel']);

/** Capitalised words that are never a name on their own. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'nor', 'so', 'yet', 'however', 'during', 'after', 'before',
  'since', 'while', 'when', 'where', 'what', 'who', 'whom', 'whose', 'why', 'how', 'this', 'that', 'these', 'those', 'it',
  'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then',
  'also', 'earlier', 'later', 'meanwhile', 'according', 'last', 'next', 'some', 'many', 'most', 'other', 'others', 'all',
  'both', 'each', 'every', 'no', 'not', 'if', 'as', 'for', 'with', 'from', 'to', 'by', 'of', 'about', 'among',
  'despite', 'although', 'though', 'because', 'until', 'once', 'still', 'now', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sign', 'subscribe', 'advertisement',
  'read', 'click', 'share', 'reporting', 'editing', 'writing', 'additional', 'photo', 'video', 'image', 'update',
  'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'mr', 'mrs', 'ms', 'dr', 'addition',
  'instead', 'indeed', 'yes', 'well', 'even', 'just', 'only', 'such', 'than', 'very', 'more', 'less', 'again', 'further',
  'furthermore', 'moreover', 'separately', 'elsewhere', 'asked', 'speaking', 'under', 'over', 'into', 'through',
  'us', 'let', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had',
  'will', 'would', 'can', 'could', 'should', 'must', 'might', 'sources', 'officials', 'minister',
  'president', 'government', 'god', 'internet', 'twitter', 'facebook', 'whatsapp', 'youtube',
]);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Words that make a capitalised run a place, a thing or an occasion rather than someone who acts. */
export const NOT_AN_ACTOR_WORDS: ReadonlySet<string> = new Set([
  'street', 'square', 'airport', 'bridge', 'river', 'island', 'islands', 'region', 'province', 'district', 'city', 'valley',
  'sea', 'ocean', 'border', 'palace', 'base', 'prize', 'war', 'cup', 'day', 'act', 'bill', 'agreement', 'deal', 'accord',
  'plan', 'treaty', 'report', 'summit', 'forum', 'conference', 'hotel', 'stadium', 'hall', 'building', 'tower', 'park',
  'road', 'avenue', 'highway', 'port', 'beach', 'desert', 'mountain', 'mountains', 'lake', 'gulf', 'peninsula', 'strait',
  'canal', 'station', 'hospital', 'prison', 'camp', 'mosque', 'cathedral', 'crisis', 'revolution', 'election', 'elections',
  'referendum', 'games', 'olympics', 'award', 'protocol', 'convention', 'charter', 'constitution', 'initiative', 'program',
  'programme', 'operation', 'square', 'county', 'state', 'capital', 'coast', 'harbor', 'harbour', 'airbase', 'embassy',
  'street', 'week', 'month', 'year', 'morning', 'evening', 'night', 'news', 'twitter', 'facebook', 'instagram', 'telegram',
]);
