// The light end of the package: how names are compared and turned into ids,
// without loading the language model and gazetteer that extraction needs
// (about 80 MB a process that only serves readers should not carry).
export { foldForMatch, slugify } from './text/fold.ts';
export { PLACE_ID_PREFIX } from './actors/placeIds.ts';
